"""Trigger matching pattern by pattern gives what one greedy Matcher over all patterns gives."""

from __future__ import annotations

import pytest

from awol.extract.lexicon import lexicon
from awol.extract.sentences import nlp
from awol.extract.triggers import Triggers, longest


@pytest.mark.parametrize("pairs, kept", [
    ([(0, 2), (1, 4), (5, 6)], [(1, 4), (5, 6)]),  # the longest first; what it overlaps goes
    ([(2, 4), (0, 2)], [(0, 2), (2, 4)]),  # touching spans do not overlap
    ([(3, 5), (1, 3), (2, 4)], [(1, 3), (3, 5)]),  # equal lengths: the leftmost first
    ([(0, 1), (0, 1)], [(0, 1)]),  # the same span from two patterns is one match
])
def test_longest_keeps_the_longest_then_the_leftmost(pairs, kept):
    assert sorted(longest(pairs)) == kept


@pytest.mark.parametrize("text", [
    "Forty soldiers deserted their posts and fled their units near the river last week.",
    "The rebels handed themselves over and laid down their arms, and six others defected to the army.",
    "Of the 200 troops who went on leave only 110 returned to their units, and 12 did not return at all.",
    "Hundreds of fighters gave up their weapons, turned themselves in and joined the peace process.",
])
def test_pattern_by_pattern_equals_one_greedy_matcher(text):
    doc = nlp()(text)
    span = doc[:]
    combined = lexicon().matcher(doc.vocab, "triggers")
    expected = sorted((doc.vocab.strings[m], s, e) for m, s, e in combined(span))
    triggers = Triggers(lexicon(), doc.vocab)
    assert expected
    assert sorted(triggers.match(span, range(len(triggers)))) == expected
