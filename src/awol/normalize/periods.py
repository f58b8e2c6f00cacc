"""Time expressions in a sentence, resolved to periods by the SCHEMA time rules.

`find_times` finds every time phrase in a sentence (left to right, not
overlapping) and resolves each against the publication date; `resolve` does
one phrase. The grammar (how words combine) is here; the words (months,
weekdays, seasons, vague phrases, event nouns, speech verbs) are in
data/periods.yaml, loaded once on first use.

Choices the SCHEMA leaves open, made here so that they are the same everywhere:

- "early/mid/late YEAR" are its thirds: Jan 1-Apr 30, May 1-Aug 31, Sep 1-Dec 31
  ("mid-2023" is 2023-05-01..2023-08-31).
- "by X", "as of X" and "until X" give X's own period (the start of what accumulated by
  then is not in the phrase); the text keeps "By"/"As of" so that a caller
  that knows better can tell.
- "since X" is [start of X, published] also when X sits at the end of a short
  clause ("since the new chief took office in June"); "since" + an event with
  no date ("since the coup") is kind "event", period None.
- "N days ago" is that day; "N weeks ago" the ISO week (Monday-Sunday) that
  day falls in; "N months ago" that calendar month; "N years ago" that year.
- "the past (last, previous) N hours" is the past ceil(N/24) days.
- "last weekend" is the latest Saturday-Sunday that ends before the
  publication day; "this weekend"/"over the weekend" is the latest Saturday on
  or before it, through the following Sunday (or the publication day, if
  earlier).
- "this week/month/year" and their parts ("the first half of this year") end
  at the publication day; "last ..." are whole calendar units.
- "last MONTH"/"last SEASON" is the latest one that ended before publication's
  month/day; "this SEASON" is the latest one begun on or before it.
- Seasons and months with no year follow the SCHEMA month rule: the year of
  publication, or the one before if that would start after publication.
- In a range with one year ("from 01 January to 15 March 2018") the other end
  takes the same year (the year before/after if it would otherwise be
  reversed).
- A bare four-digit year ("2023") counts only after a cue word ("in", "for",
  "since", ...) and not before a count noun ("of 2000 soldiers").
- `speech_dated` is set only for day-level phrases ("on Monday", "said
  Friday", "14 October"): a month or year beside "said" dates the events
  reported, not the statement.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Callable

from awol.errors import KnowledgeError

Span = tuple[date, date]
_WORD = re.compile(r"[a-z]+")
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_UNTIL_NOW = re.compile(r"\b(?:until|till|up to)\s+$", re.I)

_DATA = "periods.yaml"
_SECTIONS = {
    "months": dict, "month_needs_cue": list, "weekdays": dict, "seasons": dict,
    "season_needs_year": list, "number_words": dict, "units": dict,
    "vague_quantities": list, "vague_phrases": list, "event_nouns": list,
    "event_phrases": list, "speech_words": list, "prefixes": list, "cues": list,
    "count_nouns": list, "day_prefixes": list, "holidays": dict,
}


@dataclass(frozen=True)
class TimeMention:
    """One time phrase of a sentence, with what it resolves to."""

    start: int  # character offsets in the text given to find_times
    end: int
    text: str  # the time words exactly as written
    period: tuple[date, date] | None  # inclusive; None when vague, event-anchored or unresolvable
    kind: str  # "absolute" | "relative" | "vague" | "event"
    speech_dated: bool  # the phrase dates a statement ("said on Monday"), not an event


# --------------------------------------------------------------------------
# Calendar arithmetic


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    """Calendar month arithmetic, clamping the day: 2015-03-31 minus 1 month is 2015-02-28."""
    idx = d.year * 12 + (d.month - 1) + n
    y, m = divmod(idx, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _iso_week(d: date) -> Span:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _clip(span: Span, published: date | None) -> Span:
    """End a span that runs on past publication at publication ("this year" = [1 Jan, published])."""
    if published is None or span[0] > published:
        return span
    return span[0], min(span[1], published)


def _mod_key(mod: str | None) -> str | None:
    if not mod:
        return None
    low = mod.lower()
    for key in ("early", "middle", "mid", "late", "start", "beginning", "end"):
        if key in low:
            return {"middle": "mid", "beginning": "start"}.get(key, key)
    return None


def _raw_span(y: int, m: int | None, d: int | None, mod: str | None) -> Span | None:
    """The period of a year, month or day, narrowed by early/mid/late/start/end."""
    try:
        if d is not None and m is not None:
            day = date(y, m, d)
            return day, day
        if m is not None:
            first, last = date(y, m, 1), _month_end(y, m)
            parts = {
                "early": (first, date(y, m, 10)),
                "mid": (date(y, m, 11), date(y, m, 20)),
                "late": (date(y, m, 21), last),
                "start": (first, first),
                "end": (last, last),
            }
            return parts.get(mod, (first, last))
        first, last = date(y, 1, 1), date(y, 12, 31)
        parts = {
            "early": (first, date(y, 4, 30)),
            "mid": (date(y, 5, 1), date(y, 8, 31)),
            "late": (date(y, 9, 1), last),
            "start": (first, first),
            "end": (last, last),
        }
        return parts.get(mod, (first, last))
    except ValueError:
        return None


def _span_no_year(m: int, d: int | None, mod: str | None, published: date | None) -> Span | None:
    """SCHEMA: a month with no year takes published's year, or the year before
    if that would put it after published."""
    if published is None:
        return None
    span = _raw_span(published.year, m, d, mod)
    if span is None or span[0] > published:
        span = _raw_span(published.year - 1, m, d, mod)
    return span


def _unit_back(published: date, n: int, unit: tuple[int, int], hours: bool) -> date:
    days, months = unit
    if hours:
        return published - timedelta(days=math.ceil(n / 24))
    if months:
        return _add_months(published, -n * months)
    return published - timedelta(days=n * days)


def _season_span(y: int, first_month: int) -> Span:
    start = date(y, first_month, 1)
    return start, _add_months(start, 3) - timedelta(days=1)


# --------------------------------------------------------------------------
# The grammar, built from the YAML once


def _alt(words: list[str]) -> str:
    """Regex alternation of phrases, longest first, any whitespace between words."""
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in forms)


@dataclass
class _Cand:
    start: int
    end: int
    period: Span | None
    kind: str
    daylike: bool = False
    needs_cue: bool = False
    sinceable: bool = True
    absorb: bool = True


@dataclass
class _Grammar:
    month_of: dict[str, int]
    cue_months: set[str]
    weekday_of: dict[str, int]
    season_of: dict[str, int]
    season_needs_year: set[str]
    number_of: dict[str, int]
    unit_of: dict[str, tuple[int, int]]
    speech: set[str]
    cues: set[str]
    patterns: list[tuple[str, re.Pattern[str], Callable, frozenset[str]]]
    event_re: re.Pattern[str]
    prefix_re: re.Pattern[str]
    day_prefix_re: re.Pattern[str]
    holiday_of: dict[str, tuple[int, int]]
    since_adjacent_re: re.Pattern[str]
    since_window_re: re.Pattern[str]
    count_after_re: re.Pattern[str]
    number_after_re: re.Pattern[str]
    event_suffix_re: re.Pattern[str]
    alone_re: re.Pattern[str]
    so_far_re: re.Pattern[str]
    word_before_re: re.Pattern[str]

    def number(self, s: str) -> int | None:
        s = s.strip().lower()
        if s.isdigit():
            return int(s)
        parts = re.split(r"[\s-]+", s)
        total = 0
        for p in parts:
            if p not in self.number_of:
                return None
            total += self.number_of[p]
        return total

    def unit(self, s: str) -> tuple[str, tuple[int, int]]:
        key = s.lower().rstrip("s")
        return key, self.unit_of[key]

    def month(self, s: str) -> int:
        return self.month_of[s.rstrip(".").lower()]


def _load() -> dict:
    import yaml

    from awol import datafiles

    path = resources.files("awol.normalize") / "data" / _DATA
    try:
        data = datafiles.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read the time word lists ({exc}); restore the file from git") from exc
    _check(data, str(path))
    return data


def _check(data: object, path: str) -> None:
    """Fail early, naming the section, when the word lists are malformed."""
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of word lists at the top level")
    for key, typ in _SECTIONS.items():
        if not isinstance(data.get(key), typ):
            raise KnowledgeError(f"{path}: section '{key}' is missing or is not a {typ.__name__}; see the other sections for the shape")
    for key, typ in _SECTIONS.items():
        if typ is list and not all(isinstance(w, str) for w in data[key]):
            raise KnowledgeError(f"{path}: section '{key}' must hold only strings; quote words YAML reads as other types (on, no, yes)")
    for m, forms in data["months"].items():
        if not (isinstance(m, int) and 1 <= m <= 12 and isinstance(forms, list) and forms):
            raise KnowledgeError(f"{path}: months: entry {m!r} must be a month number 1-12 with a list of names")
    for wd, forms in data["weekdays"].items():
        if not (isinstance(wd, int) and 0 <= wd <= 6 and isinstance(forms, list) and forms):
            raise KnowledgeError(f"{path}: weekdays: entry {wd!r} must be 0 (Monday)..6 with a list of names")
    for name, unit in data["units"].items():
        if not (isinstance(unit, list) and len(unit) == 2 and all(isinstance(x, int) for x in unit)):
            raise KnowledgeError(f"{path}: units: '{name}' must be [days, months]")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = _load()
    month_of: dict[str, int] = {}
    cue_months: set[str] = {w.lower() for w in data["month_needs_cue"]}
    mon_forms: list[str] = []
    for m, forms in data["months"].items():
        for i, f in enumerate(forms):
            month_of[f.lower()] = m
            if i == 0:
                mon_forms.append(re.escape(f))
            else:
                cue_months.add(f.lower())
                mon_forms.append(re.escape(f) + r"\.?")
    mon_forms.sort(key=len, reverse=True)
    weekday_of = {f.lower(): wd for wd, forms in data["weekdays"].items() for f in forms}
    season_of = {k.lower(): int(v) for k, v in data["seasons"].items()}
    number_of = {k.lower(): int(v) for k, v in data["number_words"].items()}
    unit_of = {k.lower(): tuple(v) for k, v in data["units"].items()}

    MON = "(?P<{}>" + "|".join(mon_forms) + r")(?![A-Za-z])"
    ANY_WD = "|".join(f for forms in data["weekdays"].values() for f in forms)
    WD = "(?P<{}>" + ANY_WD + r")(?![A-Za-z])"
    DAY = r"(?<![\d.,/:$£€])(?P<{}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:]|[.,]\d)"
    YEAR = r"(?<![\d.,/:$£€])(?P<{}>1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)"
    MOD = r"(?i:early|mid|late|(?:the\s+)?(?:start|beginning|end|middle)\s+of)"
    num_words = sorted(number_of, key=len, reverse=True)
    tens = [w for w, v in number_of.items() if v >= 20 and v % 10 == 0]
    ones = [w for w, v in number_of.items() if 1 <= v <= 9 and w not in ("a", "an")]
    NUM = r"(?:\d{1,3}|(?:" + "|".join(tens) + r")[\s-](?:" + "|".join(ones) + r")|" + "|".join(num_words) + r")(?![\w-])"
    HOLIDAY = _alt(list(data["holidays"])).replace("'", "['’]")
    UNIT = r"(?:" + "|".join(sorted(unit_of, key=len, reverse=True)) + r")s?"
    SEASON = r"(?:" + "|".join(sorted(season_of, key=len, reverse=True)) + r")"

    def point(p: str) -> str:
        return (
            rf"(?:(?P<{p}mod>{MOD})[\s-]+)?"
            r"(?:"
            rf"(?P<{p}iso>(?<!\d)(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d))"
            rf"|(?:{WD.format(p + 'wda')}(?:,?\s+|\s*(?P<{p}para>\()))?(?:(?i:the)\s+)?{DAY.format(p + 'da')}\s+(?:of\s+)?{MON.format(p + 'ma')}(?:,?\s+{YEAR.format(p + 'ya')})?(?({p}para)\))"
            rf"|(?:{WD.format(p + 'wdb')}(?:,?\s+|\s*(?P<{p}parb>\()))?{MON.format(p + 'mb')}\s+{DAY.format(p + 'db')}(?:,?\s+{YEAR.format(p + 'yb')})?(?({p}parb)\))"
            rf"|{MON.format(p + 'mc')}\.?,?\s+{YEAR.format(p + 'yc')}"
            rf"|{MON.format(p + 'md')}"
            rf"|{YEAR.format(p + 'ye')}"
            r")"
        )

    K = "(?i:{})".format
    SPAN_UNIT = K(r"(?:and\s+a\s+half\s+)?(?:days?|weeks?)(?:\s+and\s+a\s+half)?")
    DW_SPAN = K(r"(?:overnight\s+)?from\s+yesterday\s+(?:to|until|till|into)\s+today")
    DW_M2 = K(r"the\s+day\s+before\s+yesterday")
    DW_M1 = K(r"(?:earlier\s+)?yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+night")
    DW_0 = K(r"(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)")
    EVENT_LEAD = K(r"(?:ever\s+)?(?:since|after|following|before|prior\s+to|until|by\s+the\s+time|from\s+the\s+(?:day|moment)"
                   r"|in\s+the\s+(?:days|weeks|months|years)\s+(?:before|after|since|following|preceding|leading\s+up\s+to))")
    SINCE = K(r"(?:ever\s+)?since")
    PERCENT = K(r"per\s*cent")
    patterns: list[tuple[str, str, Callable]] = [
        ("range",
         rf"(?:(?P<r_open>{K('from|between|since')})\s+)?{point('a_')}\s*,?\s*(?P<r_conn>{K('to|and|until|till|through|thru')}|[-–—])\s*{point('b_')}",
         _h_range),
        ("dayrange",
         rf"(?:(?P<dr_open>{K('from|between')})\s+)?(?:{MON.format('dr_ma')}\s+{DAY.format('dr_a1')}\s*(?:{K('to|and|through|until')}|[-–])\s*{DAY.format('dr_a2')}(?:,?\s+{YEAR.format('dr_ya')})?"
         rf"|{DAY.format('dr_b1')}\s*(?:{K('to|and|through|until')}|[-–])\s*{DAY.format('dr_b2')}\s+(?:of\s+)?{MON.format('dr_mb')}(?:,?\s+{YEAR.format('dr_yb')})?)",
         _h_dayrange),
        ("yrange", r"(?<![\d.,/:$£€])(?P<yr_a>1[89]\d\d|20\d\d)[/–-](?P<yr_b>\d\d)(?![\w%]|[.,]\d)", _h_yrange),
        ("decade", rf"(?:{K('the')}\s+)?(?P<dc>(?:1[89]|20)\d0)s(?!\w)", _h_decade),
        ("part",
         rf"(?:{K('the')}\s+)?(?:(?P<pt_half>{K('first|second|1st|2nd|latter')})\s+{K('half')}|(?P<pt_q>{K('first|second|third|fourth|final|last|1st|2nd|3rd|4th')})\s+{K('quarter')})\s+{K('of')}\s+(?:{YEAR.format('pt_y')}|(?P<pt_rel>{K('this|last|the')})\s+{K('year')})"
         rf"|(?P<pt_code>[HQ][1-4])\s+{YEAR.format('pt_y2')}",
         _h_part),
        ("firstn",
         rf"(?:{K('in|during|over|throughout|within')}\s+)?(?:{K('the')}\s+)?(?P<fn_side>{K('first|last|final')})\s+(?:(?P<fn_n>{K(NUM)})\s+)?(?P<fn_unit>{K('days?|weeks?|months?')})\s+{K('of')}\s+(?:{MON.format('fn_m')}(?:,?\s+{YEAR.format('fn_my')})?|{YEAR.format('fn_y')}|(?P<fn_rel>{K('this|last|the')})\s+(?P<fn_relu>{K('year|month')}))",
         _h_firstn),
        ("spanin",
         rf"(?:{K('in|within|during|over')}\s+)?(?P<si_n>{K(NUM)})\s+{SPAN_UNIT}\s+{K('in|of')}\s+{MON.format('si_m')}(?:,?\s+{YEAR.format('si_y')})?",
         _h_spanin),
        ("season",
         rf"(?:{K('the')}\s+)?(?P<se_s>{K(SEASON)})(?:\s+{K('of')})?,?\s+{YEAR.format('se_y')}(?:[/–-]\d{{2,4}}(?!\d))?"
         rf"|(?P<se_which>{K('last|this|past')})\s+(?P<se_s2>{K(SEASON)})(?!\w)"
         rf"|(?:{K('the')}\s+)?(?P<se_s3>{K(SEASON)})(?!\w)",
         _h_season),
        ("fiscal",
         rf"(?:{K('in|during|for|over')}\s+)?{K('the')}\s+(?:{K('fiscal|financial')}\s+)?{K('year')}\s+(?:{K('that|which')}\s+)?"
         rf"{K('ended|ending|ends|to')}\s+{point('fy_')}",
         _h_fiscal),
        ("point", point("p_"), _h_point),
        ("holiday", rf"(?P<hd>{HOLIDAY})(?![\w'’])", _h_holiday),
        ("pastn",
         rf"(?:(?P<pn_prep>{K('in|over|during|within|throughout|for')})\s+)?{K('the')}\s+{K('past|last|previous|preceding')}\s+(?:(?P<pn_n>{K(NUM)})\s+)?(?P<pn_unit>{K(UNIT)})(?!\w)",
         _h_pastn),
        ("ago", rf"(?P<ag_n>{K(NUM)})\s+(?P<ag_unit>{K(UNIT)})\s+{K('ago')}(?!\w)", _h_ago),
        ("relunit",
         rf"(?:(?P<ru_mod>{MOD})[\s-]+)?(?P<ru_earlier>{K('earlier')}\s+)?(?:{K('so far')}\s+)?(?P<ru_which>{K('this|last|the current|the')})\s+(?P<ru_unit>{K('year|month|week')})(?P<ru_sofar>\s+{K('so far|to date')})?(?!\w)",
         _h_relunit),
        ("weekend", rf"(?P<we_which>{K('last|this past|this|over the|at the|during the|the past')})\s+{K('weekend')}(?!\w)", _h_weekend),
        ("lastmon", rf"(?P<lm_which>{K('last|this|past')})\s+{MON.format('lm_m')}(?!\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d))", _h_lastmon),
        ("weekday",
         rf"(?:(?P<wk_which>{K('last|this|past|next')})\s+)?{WD.format('wk_d')}(?:\s+(?P<wk_tod>{K('morning|afternoon|evening|night')}))?",
         _h_weekday),
        ("dayword",
         rf"(?P<dw_span>{DW_SPAN})"
         rf"|(?P<dw_m2>{DW_M2})"
         rf"|(?P<dw_m1>{DW_M1})"
         rf"|(?P<dw_0>{DW_0})"
         rf"|(?P<dw_on>{K('overnight')}(?!\s+(?:{K('on')}\s+)?(?:{ANY_WD})(?![A-Za-z])))",  # 'overnight on Thursday': the weekday
         _h_dayword),
        ("vague",
         rf"(?:{K('in|over|during|for|within|throughout')}\s+)?{K('the')}\s+{K('past|last|previous|preceding')}\s+(?:{K(_alt(data['vague_quantities']))})\s+{K(UNIT)}(?!\w)"
         rf"|(?:{K('in|over|during|throughout')}\s+)?{K('recent')}\s+{K(UNIT)}(?!\w)"
         rf"|{K('in')}\s+{K('recent')}\s+[a-z]+(?!\w)"
         rf"|(?<![\w-])(?:{K(_alt(data['vague_phrases']))})(?!\w)",
         _h_vague),
    ]
    # A pattern runs only on sentences holding one of its trigger words, words every match of it
    # holds ("#year" stands for a year's digits, which every point without a month name holds):
    # most sentences have no time phrase.
    months_low = set(month_of)

    def first_words(phrases: list[str]) -> set[str]:
        return {p.split()[0].lower() for p in phrases}

    def last_words(phrases: list[str]) -> set[str]:  # 'every day': 'day' is far rarer than 'every'
        return {p.split()[-1].lower() for p in phrases}

    triggers = {
        "range": months_low | {"#year"},
        "dayrange": months_low,
        "yrange": {"#year"},
        "decade": {"#year"},
        "part": {"half", "quarter", "h", "q"},
        "firstn": {"first", "last", "final"},
        "spanin": {"day", "days", "week", "weeks"},
        "season": set(season_of),
        "fiscal": {"year"},
        "point": months_low | {"#year"},
        "holiday": first_words(data["holidays"]),
        "pastn": {"past", "last", "previous", "preceding"},
        "ago": {"ago"},
        "relunit": {"year", "month", "week"},
        "weekend": {"weekend"},
        "lastmon": {"last", "this", "past"},
        "weekday": set(weekday_of),
        "dayword": {"yesterday", "today", "tonight", "overnight", "night", "morning", "afternoon", "evening"},
        "vague": last_words(data["vague_phrases"]) | {"recent", "past", "last", "previous", "preceding"},
    }
    compiled = [(name, re.compile(rx), fn, frozenset(triggers[name])) for name, rx, fn in patterns]

    nouns = _alt(data["event_nouns"])
    event_rx = (
        rf"(?<![\w-])(?:{K(_alt(data['event_phrases']))})(?!\w)"
        rf"|(?<![\w-]){EVENT_LEAD}"
        rf"\s+(?:{K('the|its|their|his|her|this|that')}\s+)?(?:[\w'’-]+\s+){{0,4}}?{K(nouns)}(?!\w)"
        rf"(?:\s+{K('of')}\s+(?:{K('the|a|its|their')}\s+)?(?:[\w'’-]+\s+){{0,2}}?{K(nouns)}(?!\w)|\s+{K('of')}\s+(?:{K('the|a|its|their')}\s+)?[\w'’-]+)?"
    )
    return _Grammar(
        month_of=month_of,
        cue_months=cue_months,
        weekday_of=weekday_of,
        season_of=season_of,
        season_needs_year={s.lower() for s in data["season_needs_year"]},
        number_of=number_of,
        unit_of=unit_of,
        speech={w.lower() for w in data["speech_words"]},
        cues={w.lower() for w in data["cues"]},
        patterns=compiled,
        event_re=re.compile(event_rx),
        prefix_re=re.compile(rf"(?<![\w-])(?:{K(_alt(data['prefixes']))})\s+$"),
        day_prefix_re=re.compile(rf"(?<![\w-])(?:{K(_alt(data['day_prefixes']))})\s+$"),
        holiday_of={" ".join(k.replace("’", "'").lower().split()): tuple(v) for k, v in data["holidays"].items()},
        since_adjacent_re=re.compile(rf"(?<![\w-]){SINCE}\s+$"),
        since_window_re=re.compile(rf"(?<![\w-]){SINCE}\s+((?:[\w'’“”\"‘-]+\s+){{1,10}})$"),
        count_after_re=re.compile(rf"\s+(?:{K(_alt(data['count_nouns']))})(?!\w)|\s*(?:%|{PERCENT}(?!\w))"),
        number_after_re=re.compile(rf"\s*(?:{K('and|or|to')}|[-–])\s*(\d[\d,.]*)"),
        event_suffix_re=re.compile(rf"\s+(?:{K(nouns)})(?!\w)"),
        alone_re=re.compile(rf"\s+{K('alone')}(?!\w)"),
        so_far_re=re.compile(rf"\s+{K('so far|to date')}(?!\w)"),
        word_before_re=re.compile(r"([A-Za-z]+)[\s-]*$"),
    )


# --------------------------------------------------------------------------
# Pattern handlers: match -> candidate (or None to drop the match)


def _point_parts(g: dict, p: str, G: _Grammar) -> tuple[int | None, int | None, int | None, str | None, str]:
    """(year, month, day, mod, form) of a point; form is 'day', 'month', 'year' or 'month_alone'."""
    mod = _mod_key(g.get(p + "mod"))
    if g.get(p + "iso"):
        y, m, d = (int(x) for x in g[p + "iso"].split("-"))
        return y, m, d, mod, "day"
    day = g.get(p + "da") or g.get(p + "db")
    mon = g.get(p + "ma") or g.get(p + "mb") or g.get(p + "mc") or g.get(p + "md")
    yr = g.get(p + "ya") or g.get(p + "yb") or g.get(p + "yc") or g.get(p + "ye")
    y = int(yr) if yr else None
    m = G.month(mon) if mon else None
    d = int(day) if day else None
    if d is not None:
        form = "day"
    elif g.get(p + "md"):
        form = "month_alone"
    elif m is not None:
        form = "month"
    else:
        form = "year"
    return y, m, d, mod, form


def _h_point(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    y, m, d, mod, form = _point_parts(g, "p_", G)
    if d is not None and mod:
        return None
    span = _raw_span(y, m, d, mod) if y is not None else _span_no_year(m, d, mod, pub)  # type: ignore[arg-type]
    needs_cue = False
    if form == "year" and not mod:
        needs_cue = True
    if form == "month_alone" and not mod and g["p_md"].rstrip(".").lower() in G.cue_months:
        needs_cue = True
    return _Cand(mt.start(), mt.end(), span, "absolute", daylike=d is not None, needs_cue=needs_cue)


def _h_fiscal(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    """'the fiscal year that ended June 30', 'the year to June 2022': the twelve months up to that day or month."""
    y, m, d, mod, form = _point_parts(mt.groupdict(), "fy_", G)
    if form not in ("day", "month") or mod:
        return None  # 'the year to June 2022', not 'the year to 2022'
    span = _raw_span(y, m, d, None) if y is not None else _span_no_year(m, d, None, pub)  # type: ignore[arg-type]
    year = (_add_months(span[1], -12) + timedelta(days=1), span[1]) if span is not None else None
    return _Cand(mt.start(), mt.end(), year, "absolute", sinceable=False)


def _h_holiday(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    m, d = G.holiday_of[" ".join(mt["hd"].replace("’", "'").lower().split())]
    return _Cand(mt.start(), mt.end(), _span_no_year(m, d, None, pub), "absolute", daylike=True)


def _h_range(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    opener = (g.get("r_open") or "").lower()
    conn = g["r_conn"].lower()
    ay, am, ad, amod, aform = _point_parts(g, "a_", G)
    by, bm, bd, bmod, bform = _point_parts(g, "b_", G)
    if bm is None and am is not None and bd is None and ad is None:
        return None  # "March to 2024" is not a range
    if conn == "and" and opener != "between" and not (ad is None and bd is None and am and bm):
        return None
    if not opener and aform == "year" and bform == "year" and conn not in "-–—":
        return None
    if ad is not None and amod or bd is not None and bmod:
        return None
    if opener == "since":
        conn_ok = conn in ("to", "until", "till", "through", "thru", "-", "–", "—")
        if not conn_ok:
            return None

    def span(y: int | None, m: int | None, d: int | None, mod: str | None) -> Span | None:
        return _raw_span(y, m, d, mod) if y is not None else None

    period: Span | None = None
    if ay is None and by is None:
        a = _span_no_year(am, ad, amod, pub) if am else None  # type: ignore[arg-type]
        if a is not None:
            ay = a[0].year
    if ay is not None and by is None and bm is not None:
        by = ay
        b = span(by, bm, bd, bmod)
        a = span(ay, am, ad, amod)
        if a and b and b[1] < a[0]:
            by += 1
    elif by is not None and ay is None and am is not None:
        ay = by
        a = span(ay, am, ad, amod)
        b = span(by, bm, bd, bmod)
        if a and b and a[0] > b[1]:
            ay -= 1
    a = span(ay, am, ad, amod)
    b = span(by, bm, bd, bmod)
    if a and b:
        if a[0] > b[1]:
            return None
        period = (a[0], b[1])
    return _Cand(mt.start(), mt.end(), period, "absolute", sinceable=False, absorb=not opener)


def _h_dayrange(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    if g.get("dr_ma"):
        m, d1, d2, yr = G.month(g["dr_ma"]), int(g["dr_a1"]), int(g["dr_a2"]), g.get("dr_ya")
    else:
        m, d1, d2, yr = G.month(g["dr_mb"]), int(g["dr_b1"]), int(g["dr_b2"]), g.get("dr_yb")
    if d2 <= d1:
        return None
    period: Span | None = None
    if yr:
        a, b = _raw_span(int(yr), m, d1, None), _raw_span(int(yr), m, d2, None)
    else:
        a = _span_no_year(m, d1, None, pub)
        b = _raw_span(a[0].year, m, d2, None) if a else None
    if a and b:
        period = (a[0], b[1])
    return _Cand(mt.start(), mt.end(), period, "absolute", sinceable=False, absorb=not g.get("dr_open"))


def _h_yrange(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    a = int(mt["yr_a"])
    b = a - a % 100 + int(mt["yr_b"])
    if b <= a or b - a > 20:
        return None
    return _Cand(mt.start(), mt.end(), (date(a, 1, 1), date(b, 12, 31)), "absolute", sinceable=False)


def _h_decade(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    y = int(mt["dc"])
    return _Cand(mt.start(), mt.end(), (date(y, 1, 1), date(y + 9, 12, 31)), "absolute")


def _year_ref(rel: str | None, y: str | None, pub: date | None) -> tuple[int | None, bool]:
    """(year, relative) for "2023" / "this year" / "last year" / "the year"."""
    if y:
        return int(y), False
    if pub is None:
        return None, True
    return (pub.year - 1 if rel and rel.lower() == "last" else pub.year), True


def _h_part(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    if g.get("pt_code"):
        code, y, relative = g["pt_code"], int(g["pt_y2"]), False
        which = int(code[1])
        if code[0] == "H" and which > 2:
            return None
        half, q = (which, None) if code[0] == "H" else (None, which)
    else:
        y, relative = _year_ref(g.get("pt_rel"), g.get("pt_y"), pub)
        ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "third": 3, "3rd": 3,
                "fourth": 4, "4th": 4, "final": 4, "last": 4}
        half = ords[g["pt_half"].lower()] if g.get("pt_half") else None
        q = ords[g["pt_q"].lower()] if g.get("pt_q") else None
    kind = "relative" if relative else "absolute"
    if y is None:
        return _Cand(mt.start(), mt.end(), None, kind)
    first_month, months = ((half - 1) * 6 + 1, 6) if half else ((q - 1) * 3 + 1, 3)  # type: ignore[operator]
    start = date(y, first_month, 1)
    span = (start, _add_months(start, months) - timedelta(days=1))
    return _Cand(mt.start(), mt.end(), _clip(span, pub) if relative else span, kind)


def _h_firstn(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    n = G.number(g["fn_n"]) if g.get("fn_n") else (None if g["fn_unit"].lower().endswith("s") else 1)
    if not n:
        return None  # 'the first weeks of May' says no number
    unit = g["fn_unit"].lower().rstrip("s")
    kind = "absolute"
    base: Span | None
    if g.get("fn_m"):
        m = G.month(g["fn_m"])
        base = _raw_span(int(g["fn_my"]), m, None, None) if g.get("fn_my") else _span_no_year(m, None, None, pub)
    elif g.get("fn_y"):
        base = _raw_span(int(g["fn_y"]), None, None, None)
    else:
        kind = "relative"
        if pub is None:
            base = None
        elif g["fn_relu"].lower() == "month":
            first = date(pub.year, pub.month, 1)
            base = (_add_months(first, -1), first - timedelta(days=1)) if g["fn_rel"].lower() == "last" else (first, _month_end(pub.year, pub.month))
        else:
            y, _ = _year_ref(g["fn_rel"], None, pub)
            base = (date(y, 1, 1), date(y, 12, 31))  # type: ignore[arg-type]
    if base is None:
        return _Cand(mt.start(), mt.end(), None, kind)
    if g["fn_side"].lower() != "first":  # 'the last week of March': counted back from the end
        if unit == "month":
            start = _add_months(base[1] + timedelta(days=1), -n)
        else:
            start = base[1] - timedelta(days=n * (7 if unit == "week" else 1) - 1)
        return _Cand(mt.start(), mt.end(), _clip((max(start, base[0]), base[1]), pub), kind)
    if unit == "month":
        end = _add_months(base[0], n) - timedelta(days=1)
    else:
        end = base[0] + timedelta(days=n * (7 if unit == "week" else 1) - 1)
    return _Cand(mt.start(), mt.end(), _clip((base[0], min(end, base[1])), pub), kind)


def _h_spanin(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    if G.number(g["si_n"]) is None:
        return None
    m = G.month(g["si_m"])
    base = _raw_span(int(g["si_y"]), m, None, None) if g.get("si_y") else _span_no_year(m, None, None, pub)
    return _Cand(mt.start(), mt.end(), _clip(base, pub) if base else None, "absolute")


def _h_season(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    if g.get("se_s"):
        first = G.season_of[g["se_s"].lower()]
        return _Cand(mt.start(), mt.end(), _season_span(int(g["se_y"]), first), "absolute")
    if g.get("se_s2"):
        first = G.season_of[g["se_s2"].lower()]
        if pub is None:
            return _Cand(mt.start(), mt.end(), None, "relative")
        spans = [_season_span(y, first) for y in range(pub.year + 1, pub.year - 3, -1)]
        if g["se_which"].lower() == "this":
            span = next(s for s in spans if s[0] <= pub)
            return _Cand(mt.start(), mt.end(), _clip(span, pub), "relative")
        return _Cand(mt.start(), mt.end(), next(s for s in spans if s[1] < pub), "relative")
    name = g["se_s3"].lower()
    if name in G.season_needs_year:
        return None
    first = G.season_of[name]
    span = None
    if pub is not None:
        span = _season_span(pub.year, first)
        if span[0] > pub:
            span = _season_span(pub.year - 1, first)
    return _Cand(mt.start(), mt.end(), span, "absolute", needs_cue=True)


def _h_pastn(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    if g.get("pn_n"):
        n = G.number(g["pn_n"])
        if not n:
            return None
    elif g.get("pn_prep"):
        n = 1
    else:
        return None
    key, unit = G.unit(g["pn_unit"])
    period = (_unit_back(pub, n, unit, key == "hour"), pub) if pub else None
    return _Cand(mt.start(), mt.end(), period, "relative", absorb=not g.get("pn_prep"))


def _h_ago(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    n = G.number(mt["ag_n"])
    if not n:
        return None
    key, unit = G.unit(mt["ag_unit"])
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative")
    day = _unit_back(pub, n, unit, key == "hour")
    if key in ("hour", "day"):
        span = (day, day)
    elif key in ("week", "fortnight"):
        span = _iso_week(day)
    elif key == "month":
        span = (date(day.year, day.month, 1), _month_end(day.year, day.month))
    else:
        span = (date(day.year, 1, 1), date(day.year, 12, 31))
    return _Cand(mt.start(), mt.end(), span, "relative", daylike=key in ("hour", "day"))


def _h_relunit(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    g = mt.groupdict()
    which = " ".join(g["ru_which"].lower().split())
    mod = _mod_key(g.get("ru_mod"))
    if which == "the" and not mod:
        return None
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative")
    unit = g["ru_unit"].lower()
    last = which == "last"
    if unit == "year":
        y = pub.year - 1 if last else pub.year
        span = _raw_span(y, None, None, mod)
    elif unit == "month":
        first = date(pub.year, pub.month, 1)
        ref = _add_months(first, -1) if last else first
        span = _raw_span(ref.year, ref.month, None, mod)
    else:
        monday, sunday = _iso_week(pub - timedelta(days=7) if last else pub)
        parts = {"start": (monday, monday), "end": (sunday, sunday), "early": (monday, monday + timedelta(1)),
                 "mid": (monday + timedelta(2), monday + timedelta(3)), "late": (monday + timedelta(4), sunday)}
        span = parts.get(mod, (monday, sunday))  # type: ignore[arg-type]
    if span is None:
        return None
    return _Cand(mt.start(), mt.end(), span if last else _clip(span, pub), "relative")


def _h_weekend(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative", absorb=False)
    which = mt["we_which"].lower()
    if which == "last" or which.startswith("the past") or which.startswith("this past"):
        sunday = pub - timedelta(days=(pub.weekday() - 6) % 7 or 7)
        span = (sunday - timedelta(days=1), sunday)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        span = (saturday, min(saturday + timedelta(days=1), pub))
    return _Cand(mt.start(), mt.end(), span, "relative", absorb=False)


def _h_lastmon(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative")
    m = G.month(mt["lm_m"])
    which = mt["lm_which"].lower()
    if which == "this":
        y = pub.year
    else:
        y = pub.year if m < pub.month else pub.year - 1
    return _Cand(mt.start(), mt.end(), _raw_span(y, m, None, None), "relative")


def _h_weekday(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    which = (mt["wk_which"] or "").lower()
    if which == "next":
        return None
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative", daylike=True)
    wd = G.weekday_of[mt["wk_d"].lower()]
    if which in ("last", "past"):
        back = (pub.weekday() - wd - 1) % 7 + 1
    else:
        back = (pub.weekday() - wd) % 7
    day = pub - timedelta(days=back)
    return _Cand(mt.start(), mt.end(), (day, day), "relative", daylike=True)


def _h_dayword(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    if pub is None:
        return _Cand(mt.start(), mt.end(), None, "relative", daylike=True)
    one = timedelta(days=1)
    if mt["dw_span"] or mt["dw_on"]:
        span = (pub - one, pub)
    elif mt["dw_m2"]:
        span = (pub - 2 * one, pub - 2 * one)
    elif mt["dw_m1"]:
        span = (pub - one, pub - one)
    else:
        span = (pub, pub)
    return _Cand(mt.start(), mt.end(), span, "relative", daylike=True)


def _h_vague(mt: re.Match, pub: date | None, G: _Grammar) -> _Cand | None:
    return _Cand(mt.start(), mt.end(), None, "vague", sinceable=False, absorb=False)


# --------------------------------------------------------------------------
# Finding


def _select(cands: list[tuple[int, _Cand]]) -> list[_Cand]:
    """Leftmost, then longest, then by pattern order; no overlaps."""
    cands.sort(key=lambda pc: (pc[1].start, -(pc[1].end - pc[1].start), pc[0]))
    out: list[_Cand] = []
    last_end = -1
    for _, c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def _between_before(text: str, start: int) -> bool:
    return re.search(r"(?i)\bbetween\s+$", text[max(0, start - 12):start]) is not None


def _has_cue(text: str, base_start: int, absorbed: bool, G: _Grammar) -> bool:
    """A preposition or cue word just before: "in 2023", "of 2023", not "2023 soldiers"."""
    if absorbed:
        return True
    wb = G.word_before_re.search(text, max(0, base_start - 30), base_start)
    return bool(wb and wb.group(1).lower() in G.cues)


def _speech_dated(text: str, start: int, end: int, G: _Grammar) -> bool:
    """A speech word among the three words before the phrase, or right after it
    ("on Wednesday said"), or among the four after a phrase that opens the
    sentence ("On Monday, officials said"); never across a "that", which
    starts the reported content. "Forty fled on Monday, the army said" dates
    the flight, not the statement."""
    before = re.split(r"[.;:!?]", text[max(0, start - 80):start])[-1]
    words = [w.lower() for w in re.findall(r"[\w'’]+", before)]
    opens_sentence = len(words) <= 1 and all(w in ("and", "but", "so") for w in words)
    words = words[-3:]
    for i, w in enumerate(words):
        if w in G.speech and "that" not in words[i + 1:]:
            return True
    after = re.split(r"[.;:!?]", text[end:end + 80])[0]
    words = [w.lower() for w in re.findall(r"[\w'’]+", after)][:4 if opens_sentence else 1]
    for w in words:
        if w == "that":
            return False
        if w in G.speech:
            return True
    return False


def find_times(text: str, published: date | None) -> list[TimeMention]:
    """Every time expression in a sentence, left to right, not overlapping, resolved against `published`."""
    G = _grammar()
    cands: list[tuple[int, _Cand]] = []
    low = text.lower()
    words = set(_WORD.findall(low))
    if _YEAR_DIGITS.search(text):
        words.add("#year")
    for prio, (_, rx, handler, trig) in enumerate(G.patterns):
        if words.isdisjoint(trig):
            continue
        for mt in rx.finditer(text):
            c = handler(mt, published, G)
            if c is not None and c.end > c.start:
                cands.append((prio, c))
    chosen = _select(cands)

    out: list[TimeMention] = []
    prev_end = 0
    for i, c in enumerate(chosen):
        base_start = c.start
        start, end, period, kind = c.start, c.end, c.period, c.kind
        absorbed = False
        lo = max(prev_end, start - 40)
        if c.absorb:
            pm = (G.day_prefix_re if c.daylike else G.prefix_re).search(text, lo, start)
            if pm:
                start, absorbed = pm.start(), True
        since = False
        if c.sinceable and kind in ("absolute", "relative"):
            sm = G.since_adjacent_re.search(text, lo, start)
            if sm is None:
                sm = G.since_window_re.search(text, max(prev_end, start - 120), start)
                if sm is not None and re.search(r"(?i)\bsince\b", sm.group(1)):
                    sm = None
            if sm is not None:
                since = True
                start = sm.start()
                kind = "relative"
                period = (period[0], published) if period and published and period[0] <= published else None
                em = G.event_suffix_re.match(text, end)
                if em:
                    end = em.end()
        if _UNTIL_NOW.search(text, max(0, base_start - 12), base_start) and text[base_start:c.end].lower() in ("today", "now"):
            continue  # 'until today, 340 have not come back': the end of a span whose start the sentence does not give
        if c.needs_cue and not since:
            if not _has_cue(text, base_start, absorbed, G):
                continue
            if G.count_after_re.match(text, c.end):
                continue
            nm = G.number_after_re.match(text, c.end)
            if nm and not re.fullmatch(r"(?:1[89]|20)\d\d", nm.group(1)) and not (
                    nm.group(0).strip()[:2].lower() in ("an", "or") and not _between_before(text, base_start)):
                continue  # 'between 2000 and 3000 soldiers' is a count; '287 in 2020 and 241 in 2021' is a year
        am = G.alone_re.match(text, end)
        if am:
            end = am.end()
        sf = G.so_far_re.match(text, end)
        if sf and kind in ("absolute", "relative"):
            end = sf.end()
            if period:
                period = _clip(period, published)
        nxt = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        end = min(end, max(nxt, c.end))
        out.append(TimeMention(start, end, text[start:end], period, kind,
                               c.daylike and _speech_dated(text, start, end, G)))
        prev_end = end

    taken = [(m.start, m.end) for m in out]
    for mt in G.event_re.finditer(text):
        s, e = mt.start(), mt.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append(TimeMention(s, e, text[s:e], None, "event", False))
        taken.append((s, e))
    out.sort(key=lambda m: m.start)
    return out


def resolve(text: str, published: date | None) -> tuple[date, date] | None:
    """Resolve one time phrase: the period of the longest time expression in it."""
    mentions = find_times(text, published)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).period
