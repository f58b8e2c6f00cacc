"""Many words found in one pass over a text: the Aho-Corasick index the screen, the word lists and
the name registries share.

Built on ahocorasick_rs, whose search runs in Rust and returns every match at once; it is three to
four times quicker than walking a pyahocorasick automaton from Python, and the screen runs it on
every article of a stream.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Generic, Mapping, TypeVar

V = TypeVar("V")
DFA_WORDS = 2000  # up to this many words the automaton is a DFA: about 40 % quicker to search, but its
# memory grows with the words (15 MB for the 8,000 names of the group registry, against 0.4 MB)
_BY_END = itemgetter(1, 0)  # by end, then by start: the longest of the matches that end together first


class Keywords(Generic[V]):
    """Each word of a mapping, with its value, wherever it occurs in a text (inside longer words
    too: callers check word boundaries, which differ between them)."""

    def __init__(self, words: Mapping[str, V]):
        import ahocorasick_rs

        self._values = list(words.values())
        kind = ahocorasick_rs.Implementation.DFA if len(words) <= DFA_WORDS else None
        self._search = ahocorasick_rs.AhoCorasick(list(words), implementation=kind).find_matches_as_indexes \
            if words else None

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every occurrence, overlapping ones included, by end and then
        longest first."""
        if self._search is None:
            return []
        values = self._values
        found = [(start, end, values[index]) for index, start, end in self._search(text, overlapping=True)]
        found.sort(key=_BY_END)
        return found

    def any(self, text: str) -> bool:
        """Whether any word occurs in `text`."""
        return self._search is not None and bool(self._search(text))
