"""The fast screen: drop documents that cannot hold a claim before any NLP runs.

Almost all of a news stream is irrelevant, and the extractor returns nothing
for a document in which its trigger Matcher finds nothing. The screen asks
the same question far more cheaply, without spaCy: an Aho-Corasick pass over
the lower-cased text finds each trigger pattern's *anchor* word (the required
token of the pattern least likely to be a common word; a second pass finds
member nouns only when a rule below needs them), and a regular
expression compiled from the same pattern confirms the pattern around it
(once each of the pattern's required words is found there as a substring). The
keywords and the regexes are derived at load time from the extraction
lexicon (`awol.extract.lexicon`), so the screen cannot drift from the rules.

A document passes when

- a strong trigger pattern (kinds desertion, defection, return) is present, or
- a weak `leaving` pattern ("fled", "left the country", "asylum") is present
  within `NEAR` characters of a member noun (the lexicon's `member_nouns`:
  soldiers, fighters, army, unit ...): leaving words alone are common in
  ordinary news (weather, sport, markets) and give a claim only when members
  of a force leave. A leaving word whose subject names civilians ("thousands
  of civilians fled the fighting as army units moved in", with no member noun
  in its clause or the few words after) is not counted: the extractor makes it
  an emigration claim, which counts only beside a force's claim, or
- a pattern ending in a name ("left the Islamic State") is present where the word after it may
  start an armed group's or a country's name, within `NEAR` characters of a member noun, and the
  registry finds a named armed group there ("left the summit", "left Kherson" are no such name), or
- a strong pattern found by a word common outside armed forces (the lexicon's
  `screen_common`: "resigned", "surrendered", "returned") is within `NEAR`
  characters of a member noun in its own sentence, or in the one before or
  after when its own has an anaphor (words.yaml `anaphors`: "By Monday, 120 of
  them had quit"), or of an armed group the registry names. War coverage is
  dense with member nouns: "the chair resigned" beside "the army said" is no
  claim.

An arriving pattern ("arrived in") passes no document by itself: it gives only emigration
claims, which count only beside a force's claims.

An "officer" after a company or civil title ("chief financial officer") is no
member noun here, as in the extractor.

Case nouns ("criminal cases") count in the extractor only beside a desertion
trigger, which passes by the first rule; alone they are not pass words.

The regexes are supersets of the Matcher patterns (whitespace, quotation marks
or nothing separates a pattern's adjacent words, which the Matcher finds only as
adjacent tokens or with a quotation mark between, so 'left. The army' is no
'left the army'; any non-word characters follow a wildcard, which may take
punctuation tokens; wildcards allow more words), looked for within `SPAN`
characters of the anchor (a pattern is at most a few words long), so a strong
trigger the Matcher would find is not screened out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from awol.extract.lexicon import NAME, ends_in_name
from awol.keywords import Keywords
from awol.model import Document, DocResult

NEAR = 200  # characters between a leaving pattern and a member noun
SPAN = 160  # characters around an anchor word in which its whole pattern is looked for
STRONG_KINDS = ("desertion", "defection", "return")
_SEP = r"[\s\"'“”‘’]*"  # between two of a pattern's words: adjacent tokens or a quotation mark, no other punctuation
_ANY_SEP = r"\W*"
_CLITIC = "n't"
_NEXT_WORD = re.compile(r"\W+(?:the\W+)?(\w+)")
CLAUSE = 80  # characters looked at before and after a leaving word for who leaves
AFTER_WORDS = 4  # words after a leaving word that may still name who leaves ('fled with the soldiers')
_CLAUSE_END = re.compile(r"[.;:!?,\n]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n+")
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern
    needs: tuple[tuple[str, ...], ...]  # for each required word token but the anchor, its alternatives
    first: bool = False  # the anchor is the pattern's first token: a match containing it starts there
    named: bool = False  # the pattern ends in a name ('left Boko Haram'): an armed group must follow
    arriving: bool = False  # 'arrived in': claims only beside force claims, so it passes no document alone

    def around(self, low: str, window: str, lo: int, hi: int, start: int) -> bool:
        """Whether the pattern may match in `window` (low[lo:hi], SPAN characters either side of an
        anchor at `start`), taking in that anchor. Each other required word must be in the window
        before the regex is tried: a substring test is far cheaper, and most anchors are common
        words whose pattern is not there."""
        for words in self.needs:
            for word in words:
                if word in window:
                    break
            else:
                return False
        if self.first:
            return self.regex.match(low, start, hi) is not None
        return self.regex.search(low, lo, hi) is not None

    def ends(self, low: str, lo: int, hi: int, start: int) -> list[int]:
        """Where each match in low[lo:hi] ends: for a pattern ending in a name, where the name would
        start ('joined' in '300 soldiers of the brigade joined the Partisans', found by 'soldiers')."""
        if self.first:
            m = self.regex.match(low, start, hi)
            return [m.end()] if m else []
        return [m.end() for m in self.regex.finditer(low, lo, hi)]


def _parse(pattern: str) -> list[tuple[str, list[str], bool]]:
    """Tokens of the lexicon's pattern language: (type, words, optional);
    type is 'word', 'prefix' or 'wild' (words then holds the count)."""
    out: list[tuple[str, list[str], bool]] = []
    for part in pattern.split():
        if part.startswith("*") and part[1:].isdigit():
            out.append(("wild", [part[1:]], True))
            continue
        if part == NAME:
            out.append(("wild", ["1"], True))  # the text is lower-cased here: any word, as a superset
            continue
        optional = part.endswith("?") and len(part) > 1
        if optional:
            part = part[:-1]
        if part.endswith("~"):
            out.append(("prefix", [part[:-1].lower()], optional))
        else:
            out.append(("word", [w.lower() for w in part.split("|") if w], optional))
    return out


def _regex(tokens: list[tuple[str, list[str], bool]]) -> re.Pattern:
    """A regex that matches wherever the Matcher pattern could (and sometimes more)."""
    pieces: list[str] = []
    after_wild = False  # a wildcard may have taken punctuation tokens ('had "joined'), which the next separator then allows
    for i, (kind, words, optional) in enumerate(tokens):
        sep = "" if not i else _ANY_SEP if after_wild else _SEP
        if kind == "wild":
            # \W+ (not \W*) between words: each word can then be matched only one way,
            # so a failed search is linear, not exponential, in the number of words.
            pieces.append(rf"(?:\W+\w+){{0,{3 * int(words[0])}}}")
            after_wild = True
            continue
        after_wild = after_wild and optional
        if kind == "prefix":
            body = rf"(?<!\w){re.escape(words[0])}\w*"
        else:
            body = _alternatives(words)
        pieces.append(f"(?:{sep}{body})?" if optional else sep + body)
    return re.compile("".join(pieces))


def _alternatives(words: list[str]) -> str:
    """Any of the words, on word boundaries where spaCy's tokens end: "didn't" is "did" and
    "n't", so a word may run into a clitic, and a clitic follows a letter."""
    plain = [w for w in words if re.fullmatch(r"\w.*\w|\w", w) and not w.startswith(_CLITIC)]
    other = [w for w in words if w not in plain]
    pieces = []
    if plain:
        alts = "|".join(re.escape(w) for w in sorted(plain, key=len, reverse=True))
        pieces.append(rf"\b(?:{alts})(?:\b|(?={_CLITIC}))")
    pieces += [re.escape(w) for w in other]
    return "(?:" + "|".join(pieces) + ")"


def _anchor(tokens: list[tuple[str, list[str], bool]], common=frozenset()) -> tuple[str, list[str]]:
    """The rarest word to look for: a required token that is no clitic ("n't" is found inside
    "didn't", not as a word), with no stop word among its alternatives ('arms|weapons', not 'down'),
    then the fewest words common in news (`common`: 'reported', 'army'), then the one whose
    shortest alternative is longest."""
    from spacy.lang.en.stop_words import STOP_WORDS

    required = [(kind, words) for kind, words, optional in tokens if not optional and kind != "wild"]
    return max(required, key=lambda t: (not any(w.startswith(_CLITIC) for w in t[1]),
                                        not STOP_WORDS.intersection(t[1]),
                                        -len(common.intersection(t[1])) / len(t[1]),
                                        min(len(w) for w in t[1]), -len(t[1])))


def _commonness(words, common=frozenset()) -> tuple[bool, int]:
    """How likely any of the words is to be in a window of any text: a pattern's required words
    are looked for rarest first, so that a window without its pattern is given up soonest."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return bool(STOP_WORDS.intersection(words) or common.intersection(words)), -min(len(w) for w in words)


class Screen:
    """Built once from the lexicon; `passes(text)` is then a few microseconds per kilobyte."""

    def __init__(self, lex=None):
        from awol.extract.lexicon import lexicon
        from awol.extract.lexicon import words as word_sets

        lex = lex or lexicon()
        arrival_words = word_sets()["arrival_words"]
        self.patterns: list[_Pattern] = []
        keys: dict[str, tuple[bool, set[int]]] = {}  # anchor word -> (is_prefix, pattern indexes)
        for kind, patterns in lex.triggers.items():
            for pattern in patterns:
                tokens = _parse(pattern)
                index = len(self.patterns)
                anchor_kind, words = _anchor(tokens, lex.news_common)
                needs = [tuple(w) for t, w, optional in tokens if t != "wild" and not optional]
                needs.remove(tuple(words))  # the anchor is in its window by construction
                needs.sort(key=lambda alternatives: _commonness(alternatives, lex.news_common))
                first = tokens[0][0] != "wild" and not tokens[0][2] and tokens[0][1] == words
                arriving = tokens[0][0] == "word" and set(tokens[0][1]) <= arrival_words
                named = ends_in_name(pattern)  # the regex stops before the name, where the screen looks for one
                self.patterns.append(_Pattern(kind, _regex(tokens[:-1] if named else tokens), tuple(needs), first, named,
                                              arriving))
                for word in words:
                    prefix, ids = keys.setdefault(word, (anchor_kind == "prefix", set()))
                    ids.add(index)
                    if anchor_kind == "prefix" and not prefix:
                        keys[word] = (True, ids)
        self.keywords = frozenset(keys) | lex.member_nouns
        self._anchors = Keywords({word: (prefix, tuple(sorted(ids)), word in lex.screen_common)
                                    for word, (prefix, ids) in keys.items()})
        # Member nouns fill ordinary war coverage: they are looked for only in a text whose
        # leaving or common words need one nearby.
        self._members = Keywords({noun: (False, (), False) for noun in lex.member_nouns})
        self._offices = word_sets()["civilian_office_words"]
        self._civilians = lex.civilian_nouns | word_sets()["non_members"]
        self._subject_fillers = word_sets()["subject_fillers"]
        self._anaphors = word_sets()["anaphors"]
        self._member_words = frozenset(w for noun in lex.member_nouns for w in noun.split())
        self._name_words: frozenset[str] | None = None  # read from the registry on first need

    @staticmethod
    def _hits(low: str, keywords: Keywords):
        """(start, last, ids, common) for each of the `keywords` found in `low` on word boundaries."""
        n = len(low)
        for start, end, (prefix, ids, common) in keywords.find(low):
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue
            if not prefix and end < n and (low[end].isalnum() or low[end] == "_") and not low.startswith(_CLITIC, end):
                continue
            yield start, end - 1, ids, common

    def passes(self, text: str) -> bool:
        """True when the text may hold a claim (see the module docstring for the rule)."""
        low = text.lower()
        tried: dict[int, bool] = {}
        leaving: list[int] = []
        common_hits: list[int] = []
        named: list[int] = []
        for start, end, ids, common in self._hits(low, self._anchors):
            lo, hi = max(0, start - SPAN), end + SPAN
            window = low[lo:hi]
            for index in ids:
                pattern = self.patterns[index]
                if pattern.arriving:
                    continue
                if not tried.get(index):
                    tried[index] = pattern.around(low, window, lo, hi, start)
                    if not tried[index]:
                        continue
                if pattern.named:
                    named += [p for p in pattern.ends(low, lo, hi, start) if self._name_follows(low, p)]
                elif pattern.kind not in STRONG_KINDS:
                    if not self._civilians_leave(low, start, end):
                        leaving.append(start)
                elif common:
                    common_hits.append(start)
                else:
                    return True
        if not leaving and not common_hits and not named:
            return False
        members = [start for start, *_ in self._hits(low, self._members) if not self._office(low, start)]
        if members and (_near(leaving, members, NEAR) or self._in_sentences_near(low, common_hits, members)):
            return True
        if members and any(_near([p], members, NEAR) and self._group_after(text, p) for p in named):
            return True
        return bool(common_hits) and self._group_near(text, common_hits)

    def _in_sentences_near(self, low: str, hits: list[int], members: list[int]) -> bool:
        """Whether a member noun is within NEAR characters of a hit and in its sentence, or in the
        sentence before or after when the hit's own speaks of people named there ('The garrison
        had 300 soldiers. By Monday, 120 of them had quit'). 'Resigned as party chair' beside
        'the army said' is no claim."""
        if not hits:
            return False
        ends = [m.end() for m in _SENTENCE_END.finditer(low)]
        for p in hits:
            i = bisect.bisect_right(ends, p)
            start, end = ends[i - 1] if i >= 1 else 0, ends[i] if i < len(ends) else len(low)
            if self._anaphors.isdisjoint(_WORD.findall(low, start, end)):
                lo, hi = start, end
            else:
                lo = ends[i - 2] if i >= 2 else 0
                hi = ends[i + 1] if i + 1 < len(ends) else len(low)
            if any(lo <= m < hi and abs(m - p) <= NEAR for m in members):
                return True
        return False

    def _civilians_leave(self, low: str, start: int, end: int) -> bool:
        """'Thousands of civilians fled the fighting as army units moved in': the word a leaving
        word follows (auxiliaries and 'who' aside) names civilians, and no member noun is in its
        clause before it or in the few words after it ('fled with the soldiers'). The extractor
        makes that an emigration claim, which counts only beside a force's claim, and a force's
        claim has a trigger of its own."""
        clause = _CLAUSE_END.split(low[max(0, start - CLAUSE):start])[-1]
        before = _WORD.findall(clause)
        while before and before[-1] in self._subject_fillers:
            before.pop()
        if not before or before[-1] not in self._civilians:
            return False
        after = _WORD.findall(low[end + 1:end + 1 + CLAUSE])[:AFTER_WORDS]
        return not any(w in self._member_words for w in (*before, *after))

    def _office(self, low: str, start: int) -> bool:
        """'the chief financial officer': an officer of a firm or a civil post, no member of a force
        (the extractor reads it so too)."""
        if not low.startswith("officer", start):
            return False
        before = low[max(0, start - 16):start].split()
        return bool(before) and before[-1] in self._offices

    def _group_near(self, text: str, positions: list[int]) -> bool:
        """A named armed group within NEAR characters ('Boko Haram surrendered')."""
        from awol.normalize.groups import default_registry

        registry = default_registry()
        return any(registry.find(text[max(0, p - NEAR):p + NEAR]) for p in positions)

    def _name_follows(self, low: str, position: int) -> bool:
        """Whether the next word ('the' aside) may start an armed group's name: the first word of a
        name or alias in the registry, or of a country's name or demonym ('the Russian army')."""
        if self._name_words is None:
            self._name_words = _name_words()
        m = _NEXT_WORD.match(low, position)
        return m is not None and m.group(1) in self._name_words

    @staticmethod
    def _group_after(text: str, position: int) -> bool:
        """A named armed group right after `position` ('left the Islamic State'), as the extractor
        requires of a pattern ending in a name."""
        from awol.normalize.groups import default_registry

        return any(m.start <= len(" the ") and m.entry is not None and not m.generic
                   for m in default_registry().find(text[position:position + 80]))

    def anchors(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(character offset, pattern indexes) for each trigger anchor with a pattern that may be
        around it, ascending: a sentence can give a match only of the patterns its anchors list."""
        low = text.lower()
        out: list[tuple[int, tuple[int, ...]]] = []
        for start, end, ids, _ in self._hits(low, self._anchors):
            lo, hi = max(0, start - SPAN), end + SPAN
            window = low[lo:hi]
            confirmed = tuple(i for i in ids if self.patterns[i].around(low, window, lo, hi, start))
            if confirmed:
                out.append((start, confirmed))
        return out

    def screen(self, doc: Document) -> DocResult | None:
        """None when the document passes (extract it); else the empty result the extractor would give."""
        if self.passes(doc.text):
            return None
        return empty_result(doc)


def _name_words() -> frozenset[str]:
    """The lower-cased first words of armed groups' names and aliases and of countries' names and demonyms."""
    from awol.normalize.countries import all_countries
    from awol.normalize.groups import default_registry

    forms = [f for e in default_registry().entries() for f in e.forms]
    forms += [f for c in all_countries() for f in (c.name, *c.aliases, *c.demonyms)]
    return frozenset(m.group() for f in forms if (m := re.match(r"\w+", f.lower())))


def _near(a: list[int], b: list[int], distance: int) -> bool:
    """Whether some position in `a` is within `distance` of some position in `b` (both ascending)."""
    j = 0
    for x in a:
        while j < len(b) and b[j] < x - distance:
            j += 1
        if j < len(b) and b[j] <= x + distance:
            return True
    return False


def empty_result(doc: Document) -> DocResult:
    """What the extractor returns for a document with no trigger: no claims, no drivers."""
    return DocResult(doc_id=doc.id, published=doc.published if doc.published_date else None, doc_hash=doc.hash)


@lru_cache(maxsize=1)
def default_screen() -> Screen:
    return Screen()


class ScreenedExtractor:
    """The extractor behind the screen: the same results, with no NLP for screened-out documents.

    The screen is derived from the rules of `awol.extract.pipeline.Extractor`,
    so it screens only for that extractor (or for one passed in explicitly);
    a substituted extractor class sees every document. The extractor itself
    is made on first need: a stream with nothing relevant never loads spaCy
    and the knowledge bases."""

    def __init__(self, extractor=None, screen: Screen | None = None):
        from awol.extract import pipeline

        self._extractor = extractor
        self.screening = extractor is not None or pipeline.Extractor.__module__ == pipeline.__name__
        self.screen = (screen or default_screen()) if self.screening else None

    @property
    def extractor(self):
        if self._extractor is None:
            from awol.extract.pipeline import Extractor

            self._extractor = Extractor()
        return self._extractor

    def extract(self, doc: Document) -> DocResult:
        if self.screen is not None and not self.screen.passes(doc.text):
            return empty_result(doc)
        return self.extractor.extract(doc)
