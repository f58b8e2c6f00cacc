"""The news sentence splitter: abbreviations, quotes, line breaks, and spans equal to spaCy's."""

from __future__ import annotations

import pytest

from awol.extract.sentences import nlp, sentence_spans, split

TEXTS = [
    "",
    "   ",
    "One line only",
    "Col. Haddad said 40 men left. The army denied it.",
    "“We will not go back,” one deserter said. Officials gave no figure.\n\nA second paragraph follows here.",
    "Lt. Gen. Oduya spoke at 3 p.m. on Monday. Nobody else did.",
    "Figures rose (by 20 percent). Then they fell.\nHeadline without a stop\nBody text starts.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_spans_are_spacys_sentences(text: str) -> None:
    doc = nlp()(text)
    expected = [(s.start, s.end) for s in doc.sents] if len(doc) else []
    assert [(s.start, s.end) for s in sentence_spans(doc)] == expected


def test_abbreviations_do_not_end_sentences() -> None:
    assert [s.text for s in split(TEXTS[3])] == ["Col. Haddad said 40 men left.", "The army denied it."]


def test_offsets_point_at_the_text() -> None:
    text = TEXTS[4]
    sentences = split(text)
    assert len(sentences) == 3
    assert all(text[s.start:s.end] == s.text for s in sentences)
