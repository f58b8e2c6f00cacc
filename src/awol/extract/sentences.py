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


@Language.component("awol_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    """Mark sentence starts: after a line break, and after . ! ? (with closing
    quotes) unless the full stop ends a known abbreviation or an initial."""
    abbreviations = lexicon().abbreviations
    n = len(doc)
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in tok.whitespace_ or tok.is_space and "\n" in tok.text:
            # A line break ends a headline or paragraph, but hard-wrapped copy
            # continues in lower case on the next line.
            if not nxt.text[:1].islower() or tok.text in _FINAL:
                nxt.is_sent_start = True
            continue
        if tok.text not in _FINAL and not (tok.text.endswith(".") and tok.text[:-1].lower() in abbreviations):
            continue
        if tok.text == "." and i > 0:
            prev = doc[i - 1].text
            if prev.lower() in abbreviations or (len(prev) == 1 and prev.isupper()):
                continue
        if tok.text.endswith(".") and len(tok.text) > 1:
            continue  # "Gen." or "U.S." tokenised with its full stop: an abbreviation
        j = i + 1
        while j < n and doc[j].text in _CLOSERS:
            j += 1
        if j >= n:
            break
        first = doc[j]
        if first.is_space:
            continue
        if first.text[:1].isupper() or first.text[:1].isdigit() or first.text[:1] in "\"“‘'(":
            first.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def nlp() -> Language:
    """English tokenizer and awol's sentence splitter; nothing statistical."""
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("awol_sentences")
    return pipeline


_TRIM = re.compile(r"^\s+|\s+$")


def split(text: str) -> list[Sentence]:
    """Sentences of `text` with exact character offsets (whitespace trimmed)."""
    doc = nlp()(text)
    out: list[Sentence] = []
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        start, end = start + lead, end - trail
        if end > start:
            out.append(Sentence(start, end, text[start:end], len(out)))
    return out
