"""Trigger matching: the lexicon's leaving patterns found in a sentence.

A spaCy Matcher holding every pattern tests each of them at every token, so
its cost grows with the lexicon. The screen already knows, for each anchor
word in the text, which patterns may match around it; here each pattern has
a Matcher of its own, and a sentence runs only the patterns whose anchors it
holds. Overlapping matches of one kind are then resolved as spaCy's
`greedy="LONGEST"` would resolve them in one Matcher: longest first, then
leftmost, and no token in two matches of the same kind.
"""

from __future__ import annotations

from awol.extract.lexicon import compile_pattern, ends_in_name


class Triggers:
    """One Matcher per trigger pattern, in lexicon order (the screen's pattern indexes)."""

    def __init__(self, lex, vocab):
        from spacy.matcher import Matcher

        self.kinds: list[str] = []
        self._matchers = []
        self._named: set[int] = set()  # patterns ending in a name, which `named_ok` must accept
        for kind, patterns in lex.triggers.items():
            for pattern in patterns:
                matcher = Matcher(vocab)
                matcher.add(kind, [compile_pattern(pattern)])
                if ends_in_name(pattern):
                    self._named.add(len(self._matchers))
                self.kinds.append(kind)
                self._matchers.append(matcher)

    def __len__(self) -> int:
        return len(self._matchers)

    def match(self, sent, patterns, named_ok=None) -> list[tuple[str, int, int]]:
        """(kind, start, end) document token offsets of the matches of the given pattern
        indexes in the sentence span, ordered by start and end. A match of a pattern ending in a
        name counts only when `named_ok(span)` accepts the name's first token, before overlaps are
        settled: 'have left the Kurdistan Region' is still 'have left'."""
        found: dict[str, list[tuple[int, int]]] = {}
        for index in sorted(set(patterns)):
            for _, s, e in self._matchers[index](sent):
                if index in self._named and not (named_ok and named_ok(sent.doc[sent.start + e - 1:sent.end])):
                    continue
                found.setdefault(self.kinds[index], []).append((sent.start + s, sent.start + e))
        out = [(kind, s, e) for kind, pairs in found.items() for s, e in longest(pairs)]
        return sorted(out, key=lambda t: (t[1], t[2]))


def longest(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans kept by a longest-first, then leftmost, filter of overlaps."""
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for s, e in sorted(pairs, key=lambda p: (p[0] - p[1], p[0])):
        if taken.isdisjoint(range(s, e)):
            kept.append((s, e))
            taken.update(range(s, e))
    return kept
