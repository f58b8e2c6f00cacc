"""Sentences: spaCy's tokenizer plus a sentence splitter made for news copy.

spaCy's statistical parsers are not used (none ships offline); its rule-based
`sentencizer` splits on every full stop, which breaks "Lt. Gen. Abdel Fattah"
and runs headlines into the lead. This component splits on sentence-final
punctuation and at line breaks, and keeps abbreviations and initials together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from awol.extract.lexicon import lexicon

_FINAL = {".", "!", "?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets in the document text
    end: int
    text: str
    index: int  # position in the document


def sentence_starts(texts: list[str], spaces: list[str], abbreviations: frozenset[str]) -> list[bool]:
    """Which tokens start a sentence: after a line break, and after . ! ? (with
    closing quotes) unless the full stop ends a known abbreviation or an initial.
    Works on plain token texts so that it stays fast on long documents."""
    n = len(texts)
    starts = [False] * n
    if n:
        starts[0] = True
    for i in range(n - 1):
        text = texts[i]
        nxt = texts[i + 1]
        if "\n" in spaces[i] or (not text.strip() and "\n" in text):
            # A line break ends a headline or paragraph, but hard-wrapped copy
            # continues in lower case on the next line.
            if not nxt[:1].islower():
                starts[i + 1] = True
            continue
        if text not in _FINAL:
            continue
        if text == "." and i > 0:
            prev = texts[i - 1]
            if prev.lower() in abbreviations or (len(prev) == 1 and prev.isupper()):
                continue
        j = i + 1
        while j < n and texts[j] in _CLOSERS:
            j += 1
        if j >= n:
            break
        first = texts[j]
        if not first.strip():
            continue
        if first[:1].isupper() or first[:1].isdigit() or first[:1] in "\"“‘'(":
            starts[j] = True
    return starts


@Language.component("awol_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    """spaCy component: set sentence starts from `sentence_starts` in one array write."""
    import numpy
    from spacy.attrs import SENT_START

    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    # Line breaks are tokens of their own, so a space is a single " " or nothing.
    texts = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
    spaces = [" " if s else "" for s in doc.to_array(SPACY).tolist()] if len(doc) else []
    starts = sentence_starts(texts, spaces, lexicon().abbreviations)
    values = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    if len(doc):
        doc.from_array([SENT_START], values)
    doc.user_data[_STARTS] = [i for i, s in enumerate(starts) if s]
    return doc


_STARTS = "awol_sentence_starts"
_TEXT = "awol_text"


def parse(text: str) -> Doc:
    """Tokens and sentences of `text`; the Doc keeps the text, which `Doc.text` would rebuild token by token."""
    doc = nlp()(text)
    doc.user_data[_TEXT] = text
    return doc


def text_of(doc: Doc) -> str:
    return doc.user_data.get(_TEXT) or doc.text


def span_text(span) -> str:
    """`span.text` cut from the kept text: the same string, without a Token object per token."""
    return text_of(span.doc)[span.start_char:span.end_char]


def spans(doc: Doc) -> list:
    """The sentences as Spans, from the starts the component kept: `doc.sents` makes a
    Token object for every token to find them, which costs more than the tokenizer."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        return list(doc.sents)
    ends = starts[1:] + [len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends)]


@lru_cache(maxsize=1)
def nlp() -> Language:
    """English tokenizer and awol's sentence splitter; nothing statistical."""
    import spacy

    from spacy.util import compile_infix_regex

    pipeline = spacy.blank("en")
    # Scraped copy loses the space after a full stop ('... rose to 5584.The ministry said'); spaCy
    # already splits 'word.Word', and this splits a figure from the next sentence the same way.
    infixes = [*pipeline.Defaults.infixes, r"(?<=[0-9])\.(?=[A-Z][a-z])"]
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    pipeline.add_pipe("awol_sentences")
    return pipeline


_TRIM = re.compile(r"^\s+|\s+$")


def split(text: str) -> list[Sentence]:
    """Sentences of `text` with exact character offsets (whitespace trimmed)."""
    doc = parse(text)
    out: list[Sentence] = []
    for span in spans(doc):
        start, end = span.start_char, span.end_char
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        start, end = start + lead, end - trail
        if end > start:
            out.append(Sentence(start, end, text[start:end], len(out)))
    return out
