"""Who says so: the speaker of a sentence, its SCHEMA source type, and hedges.

SCHEMA: the nearest attribution governs ("X said, citing Y" is X); a sentence
with no attribution of its own is the publisher's, even when it follows an
attributed one. Pronoun speakers ("he said") take the last named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from awol.extract.lexicon import lexicon

_STOP = {",", ";", ":", "“", "”", '"', "—", "–", "(", ")", "‘", "’"}
_CLAUSE = {"that", "which", "who", "while", "whereas", "but", "and", "as", "because", "if", "when", "after", "before"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_SHOW_VERBS = {"show", "shows", "showed"}
_RESEARCH = re.compile(r"\b(research|analysis|interviews?|data|records?|figures|statistics|tally|count|review)\b", re.I)
_LEAD = re.compile(r"^(?:but|and|however|meanwhile|also|yet|so|then)\s+", re.I)
_NAME = re.compile(r"\b[A-Z][a-z’']+(?:[- ][A-Z][a-z’']+)*\b")


@dataclass
class Attribution:
    source: str | None
    source_type: str
    start: int = -1  # character offsets of the speaker phrase in the document (-1: none)
    end: int = -1


@dataclass
class SpeakerMemory:
    """Speakers named earlier in the document, so that 'Osman said' and 'he said'
    inherit the type of 'National Security spokesman Mohamed Yusuf Osman'."""

    by_name: dict[str, Attribution] = field(default_factory=dict)
    last: Attribution | None = None

    def remember(self, attr: Attribution) -> None:
        if not attr.source or attr.source_type == "publisher":
            return
        self.last = attr
        for name in _NAME.findall(attr.source):
            for part in name.split():
                if len(part) > 2:
                    self.by_name.setdefault(part, attr)

    def recall(self, phrase: str) -> Attribution | None:
        for name in _NAME.findall(phrase):
            for part in reversed(name.split()):
                if part in self.by_name:
                    return self.by_name[part]
        return None


def _phrase_before(sent: Span, k: int) -> tuple[int, int]:
    """Token range of the speaker phrase ending just before token k.

    'X, adviser to the minister, said' keeps the appositive: a comma right
    before the verb lets the phrase run back over up to two more commas."""
    doc = sent.doc
    end = k
    commas = 0
    if k - 1 > sent.start and doc[k - 1].text == ",":
        end = k - 1
        commas = 2
    i = end
    while i > sent.start and (end - i) < 22:
        t = doc[i - 1]
        if t.text == "," and commas > 0 and i - 1 > sent.start and not _is_quote(doc[i - 2].text):
            commas -= 1
            i -= 1
            continue
        if t.text in _STOP:
            break
        if t.lower_ in _CLAUSE and i < end:
            break
        i -= 1
    return i, end


def _is_quote(text: str) -> bool:
    return text in {"”", '"', "’", "'"} or text.endswith("”")


def _phrase_after(sent: Span, k: int) -> tuple[int, int]:
    j = k
    while j < sent.end and (j - k) < 14:
        t = sent.doc[j]
        if t.text in _STOP or t.text in {".", "!", "?"} or (t.lower_ in _CLAUSE and j > k):
            break
        j += 1
    return k, j


def _clean(text: str) -> str:
    text = _LEAD.sub("", text.strip(" ,.;:\"“”‘’"))
    return text.strip()


def attribute(sent: Span, memory: SpeakerMemory, publisher: str | None) -> Attribution:
    """The attribution that governs a sentence's claims."""
    lex = lexicon()
    doc = sent.doc
    candidates: list[tuple[int, int, int]] = []  # (anchor token, phrase start, phrase end)
    citing_from = None
    for tok in sent:
        low = tok.lower_
        if low in lex.citing and citing_from is None:
            citing_from = tok.i
        if low == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            a, b = _phrase_after(sent, tok.i + 2)
            if b > a:
                candidates.append((tok.i, a, b))
        elif low in lex.speech_verbs:
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            before = _phrase_before(sent, tok.i)
            quoted = prev is not None and (_is_quote(prev.text) or (
                prev.text == "," and tok.i - 2 >= sent.start and _is_quote(doc[tok.i - 2].text)))
            if quoted or before[1] - before[0] == 0:
                a, b = _phrase_after(sent, tok.i + 1)
            else:
                a, b = before
            if b > a:
                candidates.append((tok.i, a, b))
    if citing_from is not None:
        kept = [c for c in candidates if c[0] < citing_from]
        candidates = kept or candidates
    if not candidates:
        return Attribution(None, "publisher")
    anchor, a, b = candidates[-1]
    phrase = _clean(doc[a:b].text)
    if not phrase:
        return Attribution(None, "publisher")
    low = phrase.lower()
    if doc[anchor].lower_ in _SHOW_VERBS and _RESEARCH.search(phrase) and lex.source_type(phrase) in ("other",):
        return Attribution(None, "publisher")
    if publisher and _same_outlet(phrase, publisher):
        return Attribution(None, "publisher")
    if low in _PRONOUNS or low.split()[0] in _PRONOUNS and len(low.split()) <= 2:
        if memory.last is not None:
            return Attribution(memory.last.source, memory.last.source_type, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
        return Attribution(None, "publisher")
    stype = lex.source_type(phrase)
    if stype == "other":
        known = memory.recall(phrase)
        if known is not None:
            stype = known.source_type
    attr = Attribution(phrase, stype, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
    memory.remember(attr)
    return attr


def _same_outlet(phrase: str, publisher: str) -> bool:
    """'the Associated Press' speaking in an AP story is the publisher's own voice."""
    words = {w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"the", "has", "have", "learned"}}
    outlet = set(re.findall(r"[a-z]+", publisher.lower()))
    short = re.findall(r"\(([A-Za-z]+)\)", publisher)
    return bool(words) and (words <= outlet or any(s.lower() in words for s in short))


def hedged(sent: Span) -> bool:
    """True when the sentence says its claim could not be verified, is unconfirmed or alleged.
    ('alleged members' hedges who they are, not the leaving: the lexicon's patterns skip it.)"""
    from awol.extract.sentences import nlp

    matcher = lexicon().matcher(nlp().vocab, "hedges")
    return bool(matcher(sent.as_doc()))
