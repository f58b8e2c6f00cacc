"""The shared Aho-Corasick index: every occurrence, in character offsets, in a fixed order."""

from awol.keywords import Keywords


def test_finds_every_occurrence_with_its_value_overlapping_ones_included():
    words = Keywords({"men": 1, "women": 2, "army": 3})
    text = "women and men of the army; the armymen"
    assert words.find(text) == [(0, 5, 2), (2, 5, 1), (10, 13, 1), (21, 25, 3), (31, 35, 3), (35, 38, 1)]


def test_matches_that_end_together_come_longest_first_and_in_order_of_end():
    words = Keywords({"e": "e", "ue": "ue", "blue": "blue", "lu": "lu"})
    assert [value for _, _, value in words.find("blue")] == ["lu", "blue", "ue", "e"]


def test_offsets_count_characters_not_bytes_in_non_ascii_text():
    words = Keywords({"deserted": True})
    text = "“Élite” units — of Kyiv’s army — deserted"
    (start, end, _), = words.find(text)
    assert text[start:end] == "deserted"


def test_any_and_an_empty_index():
    words = Keywords({"defect": None})
    assert words.any("they may defect") and not words.any("they may stay")
    empty = Keywords({})
    assert empty.find("anything") == [] and not empty.any("anything")
