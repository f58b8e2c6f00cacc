"""The news sentence splitter: abbreviations, quotes, line breaks, exact offsets."""

from __future__ import annotations

import pytest

from awol.extract.sentences import split


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("   ", []),
    ("One line only", ["One line only"]),
    ("Col. Haddad said 40 men left. The army denied it.", ["Col. Haddad said 40 men left.", "The army denied it."]),
    ("Lt. Gen. Oduya spoke at 3 p.m. on Monday. Nobody else did.",
     ["Lt. Gen. Oduya spoke at 3 p.m. on Monday.", "Nobody else did."]),
    ("“We will not go back,” one deserter said. Officials gave no figure.\n\nA second paragraph follows.",
     ["“We will not go back,” one deserter said.", "Officials gave no figure.", "A second paragraph follows."]),
    # scraped copy that lost the space after a full stop, and decimals that stay whole
    ("The tally of deserters reached 731.Officials gave no other figure.",
     ["The tally of deserters reached 731.", "Officials gave no other figure."]),
    ("Desertion rose 4.5 percent.Officials said so.", ["Desertion rose 4.5 percent.", "Officials said so."]),
])
def test_sentences_and_their_offsets(text: str, expected: list[str]) -> None:
    sentences = split(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(expected)))
