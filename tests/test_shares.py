"""Shares of a whole ('about a third of the 240') read as count intervals."""

from __future__ import annotations

import pytest

from awol.normalize.shares import share_ending


@pytest.mark.parametrize("text, whole, interval", [
    ("he said about a third of", (240, 240), (72, 88)),  # 80, widened by 'about'
    ("roughly two-thirds of", (120000, 120000), (72000, 88000)),
    ("perhaps one in five of", (15000, 20000), (3000, 4000)),  # a share of a range is a range
    ("nearly half of", (900, 999), (405, 499)),
    ("40 percent of", (250, 250), (100, 100)),
    ("more than half of", (300, 300), (151, None)),
    ("a quarter of", (1000, 1000), (250, 250)),
    ("half of", (45, 45), (23, 23)),  # 22.5 rounds half up, as SCHEMA rounds
])
def test_share_of_a_whole(text, whole, interval):
    share = share_ending(text)
    assert share is not None
    assert share.of(*whole) == interval


@pytest.mark.parametrize("text", ["fifty of", "most of", "the rest of", "three of"])
def test_counts_and_vague_parts_are_no_shares(text):
    assert share_ending(text) is None


def test_no_share_of_an_open_whole():
    assert share_ending("half of").of(601, None) is None


def test_share_words_and_where_they_start():
    share = share_ending("Officials said about a third of")
    assert (share.text, share.start) == ("about a third", 15)
