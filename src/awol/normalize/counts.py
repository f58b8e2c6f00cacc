"""Quantities in text, read as count intervals by the SCHEMA count rules.

A claim's count is an interval: "nearly 70" is 63 to 69, "dozens" 24 to 99,
"more than a dozen" 13 to open. This module finds the quantity phrases of a
sentence and turns each into that interval, and leaves out the numbers that
are not counts of people (years, ages, money, shares, units, labels).

Why one compiled regular expression and not a token parser: find_quantities
runs on every sentence of every relevant article, and the regex engine (in C)
rejects most positions at once. The words live in data/counts.yaml; the
grammar and the arithmetic of the rules live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from typing import Any

from awol.errors import KnowledgeError

__all__ = ["Quantity", "parse_count", "find_quantities"]

_DATA = "counts.yaml"
# Spaces that group thousands in "35 000" / "13 625": plain, no-break, narrow no-break, thin.
_GROUP = "[ \u00a0\u202f\u2009]"
_GROUP_CHARS = " \u00a0\u202f\u2009"
_CURRENCY = "$€£¥₽₴₹"
# Longest text a quantity can have before its first number word or digit
# ("approximately between ").
_MAX_PREFIX = 48
# ", 2021" after a day number: "April 10, 2021".
_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d\d(?!\d)")
_STRIP = ".,;:!?\"'()[]“”‘’"
# 'and a half years' after a number: the word after the fraction says what the number counts.
_AND_A_PART = re.compile(r"\s+and\s+a\s+(?:half|quarter|third)\s+([\w'’.]+)")


@dataclass(frozen=True)
class Quantity:
    """One quantity phrase: its place in the text, its words, and its interval."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    exact: bool


def _r09(n: int) -> int:
    """round(0.9 n), half up, in integers so 0.9 x 45 gives 41 (not float 40.4999)."""
    return (9 * n + 5) // 10


def _r11(n: int) -> int:
    return (11 * n + 5) // 10


def modifier_rule(phrase: str) -> str | None:
    """The rule of a modifier phrase before a quantity ('roughly' -> 'approx'), None if it is none."""
    return _lexicon().mod_rule.get(_norm(phrase))


def share_words() -> tuple[dict[str, int], dict[str, int], set[str], set[str]]:
    """The number words, the share denominators ('third' -> 3), the percent words and the
    modifier phrases of counts.yaml: what a share of a whole is written with."""
    lex = _lexicon()
    return lex.small, lex.shares, lex.percent_words, set(lex.mod_rule)


def _apply(rule: str | None, low: int, high: int) -> tuple[int | None, int | None]:
    """A modifier rule of counts.yaml applied to the interval it modifies."""
    if rule is None or rule == "exact":
        return low, high
    if rule == "approx":
        return _r09(low), _r11(high)
    if rule == "nearly":
        return _r09(low), high - 1
    if rule == "more":
        return low + 1, None
    if rule == "at_least":
        return low, None
    if rule == "up_to":
        return None, high
    if rule == "fewer":
        return None, high - 1
    raise KnowledgeError(f"{_DATA}: unknown modifier rule {rule!r}; use one of {sorted(_RULES)}")


_RULES = {"approx", "nearly", "more", "at_least", "up_to", "fewer", "exact"}
_SUFFIX_RULES = {"approx", "at_least", "up_to"}


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _alt(phrases: Any) -> str:
    """Alternation of phrases, any whitespace between words, as a trie."""
    return _trie({_norm(str(p)) for p in phrases})


def _trie(words: Any) -> str:
    """An alternation of words with shared prefixes factored out, so the regex
    engine tests each letter once instead of each word in turn. Longer words are
    tried before their prefixes, as in a longest-first alternation."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        return body + ("?" if optional else "")

    return emit(tree)


@dataclass
class _Number:
    value: Decimal
    scale: int | None  # trailing scale word ("three thousand" -> 1000), for range distribution
    digits: str | None  # the plain digit string when written without separators
    point: bool = False  # written with a decimal point and no scale ("2.0", "17.9")


@dataclass
class _Candidate:
    start: int
    end: int
    low: int | None
    high: int | None
    exact: bool
    first_digits: bool  # the first number is written in digits
    first_value: int | None
    year_like: bool  # a plain four-digit number 1900-2099 is involved
    is_one: bool  # the bare word "one"
    range_first: int | None  # where the first number of a range starts, for reading it alone


class _Lexicon:
    """counts.yaml, checked, with the regular expressions built from it."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            nw = data["number_words"]
            self.small: dict[str, int] = {**nw["units"], **nw["teens"], **nw["tens"]}
            self.scales: dict[str, int] = {_norm(k): int(v) for k, v in data["scales"].items()}
            self.units: dict[str, int] = {_norm(k): int(v) for k, v in data["units"].items()}
            self.vague = {_norm(k): (int(v[0]), int(v[1])) for k, v in data["vague"].items()}
            self.factors = {_norm(k): (int(v[0]), int(v[1])) for k, v in data["vague_factors"].items()}
            needs_next = {_norm(k): list(v) for k, v in data["vague_needs_next"].items()}
            self.mod_rule = {_norm(p): rule for rule, ps in data["modifiers"].items() for p in ps}
            self.suffix_rule = {_norm(p): rule for rule, ps in data["suffixes"].items() for p in ps}
            self.not_people = {_norm(str(w)) for w in data["not_people_after"]}
            self.hyphen_people = {str(w).lower() for w in data["hyphen_people"]}
            self.labels = {str(w).lower() for w in data["labels_before"]}
            self.age_before = {_norm(str(w)) for w in data["age_before"]}
            self.labels_after = {str(w) for w in data["labels_after"]}
            self.age_last = {a.split()[-1] for a in self.age_before}
            self.months = {str(w) for w in data["months"]}
            self.people = {str(w).lower() for w in data["people_nouns"]}
            self.year_before = {str(w).lower() for w in data["year_before"]}
            self.one_not_before = {str(w).lower() for w in data["one_not_before"]}
            self.one_not_after = {str(w).lower() for w in data["one_not_after"]}
            self.shares = {_norm(k): int(v) for k, v in data["shares"].items()}
            self.percent_words = {_norm(str(w)) for w in data["percent_words"]}
            tallied = _alt(data["tallied_by_ordinal"])
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise KnowledgeError(
                f"{_DATA}: malformed or missing section ({exc!r}); compare it with the layout "
                "described in its comments"
            ) from exc
        bad = set(self.mod_rule.values()) - _RULES
        bad |= set(self.suffix_rule.values()) - _SUFFIX_RULES
        if bad:
            raise KnowledgeError(f"{_DATA}: unknown modifier rules {sorted(bad)}; use {sorted(_RULES)}")
        if "hundred" not in self.scales:
            raise KnowledgeError(f"{_DATA}: 'scales' must define 'hundred'")

        units = _alt(nw["units"])
        teens = _alt(nw["teens"])
        tens = _alt(nw["tens"])
        big = _alt(k for k, v in self.scales.items() if v >= 1000)
        b100 = rf"(?:(?:{tens})(?:-|\s+)(?:{units})\b|(?:{tens})\b|(?:{teens})\b|(?:{units})\b)"
        b1000 = rf"(?:(?:a|{b100})\s+hundred\b(?:\s+(?:and\s+)?{b100})?|{b100})"
        wnum = rf"(?:(?:a|{b1000})\s+(?:{big})\b(?:\s+(?:and\s+)?{b1000})?|{b1000})"
        dig = (
            rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)"
            rf"|\d{{1,3}}(?:{_GROUP}\d{{3}})+(?!\d|{_GROUP}\d)"
            rf"|[1-9],\ \d{{3}}(?!\d)"
            rf"|\d+(?:\.\d+)?)"
            rf"(?!\w|[.,:/]\d)"
        )
        scale_words = _alt(k for k, v in self.units.items() if v >= 100)
        num = rf"(?:{dig}(?:\s+(?:{scale_words})\b)?|{wnum})"
        doz = rf"(?:(?:a|half\s+a|a\s+half|{b100})\s+dozen\b)"
        scale = rf"(?:{big}|hundred)\b"
        frac = (rf"(?:(?:half\s+a|a\s+half|(?:a|one)\s+quarter\s+of\s+a|three\s+quarters\s+of\s+a|a\s+third\s+of\s+a)"
                rf"\s+{scale}|(?:{b100})\s+and\s+a\s+half\s+{scale})")
        vm = rf"(?:(?:{_alt(self.factors)})\s+(?:{_alt(self.units)})\b)"
        self._parts = (num, doz, vm, dig, frac)
        # Words a quantity can begin with: a cheap test before the full grammar.
        first_words = {p.split()[0] for p in [*self.mod_rule, *self.vague, *self.factors]}
        first_words |= {*self.small, "a", "half", "between", "from"}
        self._first = rf"(?:{_trie(first_words)})(?!\w)"
        self.rx = self._compile(needs_next, ranges=True, context=True)
        self.rx_single = self._compile(needs_next, ranges=False, context=True)
        self.rx_alone = self._compile(needs_next, ranges=True, context=False)
        # Every quantity holds a digit or one of these words; a sentence without
        # one is skipped at once, and a scan starts just before the first.
        anchors = [*self.small, *self.scales, *self.units, *self.vague, *self.factors]
        self.anchor_rx = re.compile(rf"\d|\b(?:{_alt(w.split()[-1] for w in anchors)})")
        # "the 146th case", "the 12th desertion case": a tally told by its latest entry.
        self.ordinal_rx = re.compile(rf"\bthe (\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th) (?=(?:[a-z]+ )?(?:{tallied})\b)")
        self.next_rx = re.compile(
            r"[ \t\u00a0\u202f\u2009]*(%|-[^\W\d_]+|[^\W\d_][\w'./]*)"
            r"(?:\s+([^\W\d_][\w'./]*))?(?:\s+([^\W\d_][\w'./]*))?"
        )
        # Dates, phone and ID numbers: three or more digit groups, unless they are
        # a number grouped by thousands with spaces ("5 000 000").
        self.idlike_rx = re.compile(r"(?<![\w.,])\+?\d+([-./ \u00a0\u202f\u2009])\d+(?:\1\d+)+(?!\w)")
        self.thousands_rx = re.compile(rf"\d{{1,3}}(?:{_GROUP}\d{{3}})+")

    def _compile(self, needs_next: dict[str, list[str]], ranges: bool, context: bool) -> re.Pattern[str]:
        """The quantity grammar. Without context, "scores" needs no "of" after it."""
        num, doz, vm, dig, frac = self._parts
        vague_parts = []
        for phrase in sorted(self.vague, key=len, reverse=True):
            part = r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b"
            if context and phrase in needs_next:
                part += rf"(?=\s+(?:{_alt(needs_next[phrase])})\b)"
            vague_parts.append(part)
        vague = "|".join(vague_parts)
        head = rf"(?<![\w{_CURRENCY}#@/:+\-])(?<!\d[.,])(?=\d|{self._first})(?:(?P<mod>{_alt(self.mod_rule)})\s+)?"
        tail = (
            rf"(?:\s+(?P<suf>{_alt(self.suffix_rule)})\b)?"
            rf"(?:\s*\(\s*(?P<paren>{dig})\s*\))?"
        )
        # A dash joins a range only between digits ("twenty-one" is one number);
        # an em dash with spaces around it is punctuation ("for 2022 — 6 641").
        dash = r"(?<=\d)(?:[-–—]|\s*[-–]\s*)(?=\d)"
        span = (
            rf"(?:between|from)\s+(?P<b1>{num})(?:\s+(?:and|to)\s+|{dash})(?P<b2>{num})"
            rf"|(?P<r1>{num})(?:{dash}|\s+(?:to|or)\s+)(?P<r2>{num})|"
        )
        singles = rf"(?P<frac>{frac})|(?P<doz>{doz})|(?P<vm>{vm})|(?P<num>{num})|(?P<vague>{vague})"
        body = (span if ranges else "") + singles
        return re.compile(rf"{head}(?:{body}){tail}")

    def number(self, words: str) -> _Number | None:
        """The value of one number as written: digits (with grouping), a scale, or words."""
        s = " ".join(words.split())
        if s[0].isdigit():
            scale = None
            low = s.lower()
            for name in sorted(self.units, key=len, reverse=True):
                if low.endswith(name) and self.units[name] >= 100:
                    scale = self.units[name]
                    s = s[: len(s) - len(name)].rstrip()
                    break
            raw = s.replace(",", "")
            for ch in _GROUP_CHARS:
                raw = raw.replace(ch, "")
            digits = None if raw != s or scale else raw
            if len(raw) > 1 and raw[0] == "0" and "." not in raw:
                return None
            if digits is not None and len(digits) >= 8:
                return None
            try:
                value = Decimal(raw)
            except InvalidOperation:
                return None
            return _Number(value * (scale or 1), scale, digits, "." in raw and scale is None)
        total = 0
        current = 0
        last_scale: int | None = None
        for tok in re.split(r"[\s-]+", s.lower()):
            if tok == "and":
                continue
            if tok == "a":
                current = 1
                last_scale = None
            elif tok in self.small:
                current += self.small[tok]
                last_scale = None
            elif tok == "hundred":
                current = (current or 1) * 100
                last_scale = 100
            elif tok in self.scales:
                total += (current or 1) * self.scales[tok]
                current = 0
                last_scale = self.scales[tok]
        return _Number(Decimal(total + current), last_scale, None)

    def _fraction(self, words: list[str]) -> int:
        """'half a million', 'a quarter of a million', 'three quarters of a million', 'two and a half thousand'."""
        scale = self.scales[words[-1]]
        if "and" in words:
            whole = self.number(" ".join(words[:words.index("and")]))
            return int(whole.value) * scale + scale // 2
        share = {"half": (1, 2), "quarter": (1, 4), "quarters": (3, 4), "third": (1, 3)}
        num, den = next(share[w] for w in words if w in share)
        return round(scale * num / den)

    def interpret(self, m: re.Match[str]) -> _Candidate | None | str:
        """The interval of a match; 'range' when a range reading is impossible (5 to 3)."""
        g = m.groupdict()
        mod = g["mod"]
        rule = self.mod_rule[_norm(mod)] if mod else None
        first: _Number | None = None
        year_like = False
        is_one = False
        exact = False
        if g.get("b1") or g.get("r1"):
            a = self.number(g.get("b1") or g["r1"])
            b = self.number(g.get("b2") or g["r2"])
            if a is None or b is None:
                return None
            first = a
            av, bv = a.value, b.value
            if a.scale is None and b.scale and av <= bv / b.scale:
                av = av * b.scale  # "two to three thousand", "1.5 to 2 million"
            elif a.point or b.point:
                return None
            if av != av.to_integral_value() or bv != bv.to_integral_value() or av > bv:
                return "range"
            low, high = int(av), int(bv)
            year_like = _year_like(a) or _year_like(b)
        elif m.group("doz"):
            words = _norm(m.group("doz")).split()
            if words[0] == "a" and words[1] == "dozen":
                mult = 1
            elif words[0] in ("half", "a") and "half" in words:
                low = high = 6
                mult = 0
            else:
                n = self.number(" ".join(words[:-1]))
                mult = int(n.value) if n else 0
            if mult:
                low = high = 12 * mult
            exact = True
        elif m.group("frac"):
            low = high = self._fraction(_norm(m.group("frac")).split())
            exact = True
        elif m.group("vm"):
            phrase = _norm(m.group("vm"))
            factor = next(f for f in sorted(self.factors, key=len, reverse=True) if phrase.startswith(f + " "))
            unit = self.units[phrase[len(factor) + 1 :]]
            lo_f, hi_f = self.factors[factor]
            low, high = lo_f * unit, hi_f * unit
        elif m.group("num"):
            first = self.number(m.group("num"))
            if first is None or first.point or first.value != first.value.to_integral_value():
                return None  # "17.9 per 1000", "Twitter 2.0": a rate or a version
            low = high = int(first.value)
            year_like = _year_like(first)
            is_one = mod is None and _norm(m.group("num")) == "one"
            exact = True
        else:
            low, high = self.vague[_norm(m.group("vague"))]
        first_text = g.get("b1") or g.get("r1") or g["num"] or ""
        lo, hi = _apply(rule, low, high)
        if rule not in (None, "exact"):
            exact = False
        suf = m.group("suf")
        if suf:
            srule = self.suffix_rule[_norm(suf)]
            if rule in (None, "exact"):
                lo, hi = _apply(srule, lo, hi)
            exact = False
        paren = m.group("paren")
        if paren:
            p = self.number(paren)
            if p is not None and p.value == p.value.to_integral_value():
                lo = hi = int(p.value)
                exact = True
        return _Candidate(
            start=m.start(),
            end=m.end(),
            low=lo,
            high=hi,
            exact=exact,
            first_digits=first_text[:1].isdigit(),
            first_value=int(first.value) if first is not None and first.value == first.value.to_integral_value() else None,
            year_like=year_like,
            is_one=is_one,
            range_first=m.start("b1") if g.get("b1") else (m.start() if g.get("r1") else None),
        )

    def context_ok(self, text: str, c: _Candidate) -> bool:
        """False when the words around the quantity show it counts no people."""
        before = text[max(0, c.start - 40) : c.start]
        prev_toks = before.split()
        if before and not before[-1].isspace():
            if before[-1] in _CURRENCY:
                return False
            prev_toks.append("")  # punctuation touches the quantity: "(Article" is not adjacent
        prev_raw = prev_toks[-1] if prev_toks else ""
        prev = prev_raw.strip(_STRIP).lower()
        if prev_raw and prev_raw[-1] in _CURRENCY:
            return False
        label = prev_raw.lstrip("([\"'“‘").lower()
        if c.first_digits and label in self.labels and text[c.start].isdigit():
            return False  # 'Article 337', but not 'the forces number about 300,000'
        if prev in self.age_last:
            tail = " ".join(t.strip(_STRIP).lower() for t in prev_toks[-3:])
            if any(tail == a or tail.endswith(" " + a) for a in self.age_before):
                return False
        after = text[c.end : c.end + 8]
        if (
            c.first_digits and c.range_first is None and c.first_value is not None
            and c.first_value <= 120 and (word := prev_raw.rstrip("\"'”’")).endswith(",") and after[:1] in (",", ";")
            and (word.lstrip("\"'“‘")[:1].isupper() and word[:-1] not in self.months or _one_person(word[:-1]))
        ):
            return False  # "Ahmed Ali, 36, a soldier", "the rebel, 19, surrendered": an age
        if c.first_digits and prev == "now" and len(prev_toks) >= 2 and prev_toks[-2].endswith(",") \
                and after[:1] in (",", ";") and c.first_value is not None and c.first_value <= 120:
            return False  # "Manuel, now 71, who deserted in 1967": an age
        nm = self.next_rx.match(text, c.end)
        toks = [t for t in nm.groups() if t] if nm else []
        t1 = toks[0].lower() if toks else ""
        t1s = t1.rstrip(_STRIP)
        t2 = toks[1].lower().rstrip(_STRIP) if len(toks) > 1 else ""
        if c.first_digits and c.first_value is not None and 1 <= c.first_value <= 31:
            # "November 18" and "18 November" are days; "November, 18 members" is not.
            if prev_raw in self.months or prev_raw.title() in self.months:
                return False
            if toks and toks[0].rstrip(_STRIP) in self.months:
                return False
            if _YEAR_AFTER.match(after):
                return False
        if t1 in self.not_people or t1s in self.not_people:
            return False
        if t2 and (f"{t1s} {t2}" in self.not_people or (t1s == "of" and t2 in self.not_people)):
            return False
        if t2 in self.not_people and toks[0][:1].isupper():
            return False  # '40 Turkish lira a day', '500 Syrian pounds': a currency named by its country
        if t1s == "and":
            m = _AND_A_PART.match(text, c.end)
            if m and m.group(1).lower() in self.not_people:
                return False  # 'Three and a half years after the coup': a time, not three people
        if t1.startswith("-") and t1[1:].split("-")[0] not in self.hyphen_people:
            return False
        if toks and toks[0] in self.labels_after and t2 not in self.people:
            return False  # '5 Infantry Division' names a unit; '4,300 Army personnel' counts people
        if c.year_like:
            if prev in self.year_before or prev_raw in self.months:
                return False
            if not any(t.lower().rstrip(_STRIP) in self.people for t in toks):
                return False
        if c.is_one:
            if not t1s or t1s in self.one_not_before or prev in self.one_not_after:
                return False
        return True


def _lower(text: str) -> str:
    """Lower case with offsets kept: the grammar is matched without re.IGNORECASE,
    which is several times slower, so the text is lowered instead."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _year_like(n: _Number) -> bool:
    return n.digits is not None and len(n.digits) == 4 and 1900 <= int(n.digits) <= 2099


@cache
def _lexicon() -> _Lexicon:
    """Load counts.yaml once, on first use (keeps `import awol` light)."""
    import yaml

    from awol import datafiles

    path = files("awol.normalize").joinpath("data", _DATA)
    try:
        data = datafiles.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: missing; reinstall awol or restore the file") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML ({exc}); fix the file") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of sections at the top level")
    return _Lexicon(data)


def parse_count(words: str) -> tuple[int | None, int | None] | None:
    """Interval for one quantity phrase ("nearly 70" -> (63, 69)); None if it is not a count.

    The phrase is read alone: no context rules (years, units) apply, but words that
    are never counts ("some", "many", "half", "5%") give None.
    """
    lex = _lexicon()
    s = words.strip()
    if not s:
        return None
    m = lex.rx_alone.fullmatch(_lower(s))
    if m is None:
        return None
    c = lex.interpret(m)
    if c == "range":
        return None
    if not isinstance(c, _Candidate):
        return None
    return c.low, c.high


def find_quantities(text: str) -> list[Quantity]:
    """Every people-count-like quantity phrase in a sentence, left to right, not overlapping."""
    lex = _lexicon()
    low = _lower(text)
    first = lex.anchor_rx.search(low)
    if first is None:
        return []
    masks = []
    if "." in text or "-" in text or "/" in text or " " in text:
        for im in lex.idlike_rx.finditer(text):
            if not lex.thousands_rx.fullmatch(im.group(0)):
                masks.append((im.start(), im.end()))
    found: list[Quantity] = []
    pos = 0
    search = lex.rx.search
    for anchor in lex.anchor_rx.finditer(low, first.start()):
        # A quantity starts at most _MAX_PREFIX before its first anchor, so the
        # scan from there finds the same matches as a scan of the whole sentence.
        if anchor.start() < pos:
            continue
        m = search(low, max(pos, anchor.start() - _MAX_PREFIX))
        if m is None:
            break
        pos = m.end()
        c = lex.interpret(m)
        if c == "range" or (
            isinstance(c, _Candidate) and c.year_like and c.range_first is not None
            and not lex.context_ok(text, c)
        ):
            # "from 200 to 150" is no range, and in "for 2022 - 6 641" the year is
            # no end of one: read the first number alone and go on after it.
            first = m.start("b1") if m.group("b1") else m.start()
            m = lex.rx_single.match(low, first)
            if m is None:
                continue
            pos = m.end()
            c = lex.interpret(m)
        if not isinstance(c, _Candidate):
            continue
        if masks and any(s < c.end and c.start < e for s, e in masks):
            continue
        if not lex.context_ok(text, c):
            continue
        found.append(Quantity(c.start, c.end, text[c.start : c.end], c.low, c.high, c.exact))
    return _with_tallies(lex, low, text, found)


def _with_tallies(lex: _Lexicon, low: str, text: str, found: list[Quantity]) -> list[Quantity]:
    """Add 'the 146th case' as 146: an ordinal on a tallied noun counts the cases up to it."""
    tallies = [
        Quantity(m.start(1), m.end() - 1, text[m.start(1) : m.end() - 1], n, n, True)
        for m in lex.ordinal_rx.finditer(low)
        if (n := int(m.group(1).replace(",", ""))) > 0
    ]
    if not tallies:
        return found
    kept = [q for q in found if not any(t.start < q.end and q.start < t.end for t in tallies)]
    return sorted(kept + tallies, key=lambda q: q.start)


def _one_person(word: str) -> bool:
    """A lower-case singular noun ('rebel', 'commander'): a figure set off by commas after it is an age."""
    return word.isalpha() and word.islower() and not word.endswith("s")
