"""Syndication: find documents that are the same story under several outlets.

A wire story reprinted by five outlets is one report, not five: the events
count it once among their sources while keeping every copy as a member.

Method: each text becomes its set of word 5-gram shingles (lowercased words,
punctuation dropped). Two documents are copies when the Jaccard similarity of
their shingle sets is at least 0.5, or when at least 0.8 of the smaller set is
in the larger (a shortened reprint of a longer story). Why these numbers:
independent reports of the same event, written by different journalists,
share few five-word sequences (Jaccard well under 0.1 even when they quote the
same statement), while a copy with a new headline, byline and footer keeps most
of its shingles (one edited word costs at most five shingles). A text shorter
than 20 shingles is never called a copy: too little to tell.

Candidates are exact, not sampled (every pair that meets the thresholds is
found), and near linear on real streams, by prefix filtering: if the smaller
set x of a pair is a copy, the two share at least ALPHA(x) = 2/3 of x's
shingles (Jaccard 0.5 needs |x & y| >= (|x| + |y|) / 3; containment 0.8 needs
more), so any |x| - ALPHA(x) + 1 of x's shingles include a shared one. Each
document, largest first, probes an index of the larger documents with only its
rarest shingles (shingles in no other document dropped first, since they
cannot be shared), counting what each indexed document shares; every shingle
probed past those |x| - ALPHA(x) + 1 raises the count a copy must reach by one.
Only documents reaching it are compared exactly. Each text is shingled once per
call, and identical shingle sets are copies without a search.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter

SHINGLE = 5
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.8
MIN_SHINGLES = 20
PROBE_BUDGET = 4
PROBE_FLOOR = 256

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """The text's word k-grams, as stable 64-bit hashes."""
    words = _WORD.findall((text or "").casefold())
    grams = (" ".join(words[i:i + k]) for i in range(max(len(words) - k + 1, 0)))
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams}


def _numbered_shingles(text: str, numbers: dict[tuple[str, ...], int]) -> frozenset[int]:
    """The text's word k-grams as numbers shared by the whole run (the same k-gram, the same number).

    Within one call numbering is exact (no hash collisions) and several times cheaper
    than hashing each k-gram.
    """
    words = _WORD.findall((text or "").casefold())
    grams = zip(*(words[i:] for i in range(SHINGLE)))
    return frozenset(numbers.setdefault(g, len(numbers)) for g in grams)


def similar(a: set[int], b: set[int]) -> bool:
    """Whether two shingle sets are copies of one story (thresholds above)."""
    small = min(len(a), len(b))
    if small < MIN_SHINGLES:
        return False
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) >= JACCARD_MIN or inter / small >= CONTAINMENT_MIN


def _min_overlap(size: int) -> int:
    """The fewest shingles a set of `size` shares with any copy at least as large.

    Jaccard J with |x| <= |y| needs |x & y| >= J (|x| + |y|) / (1 + J) >= 2J/(1+J) |x|
    (easiest when |y| = |x|); containment C needs C |x|. Found by counting up from
    just below that estimate with the very tests `similar` makes, so float rounding
    of the thresholds cannot make the bound too high.
    """
    share = min(2 * JACCARD_MIN / (1 + JACCARD_MIN), CONTAINMENT_MIN)
    inter = max(1, math.floor(share * size) - 2)
    while inter / (2 * size - inter) < JACCARD_MIN and inter / size < CONTAINMENT_MIN:
        inter += 1
    return inter


def syndicated_clusters(documents: list[dict]) -> dict[str, str]:
    """doc_hash -> canonical doc_hash, for documents in a copy cluster of two or more.

    The canonical copy is the earliest published one (ties and undated: the
    smallest doc_hash), so the result does not depend on input order. Clusters
    are the connected components of the pairs `similar` accepts.
    """
    docs: dict[str, dict] = {}
    for d in documents:
        docs.setdefault(d["doc_hash"], d)
    keys = sorted(docs)
    parent = {h: h for h in keys}

    def find(h: str) -> str:
        while parent[h] != h:
            parent[h] = parent[parent[h]]
            h = parent[h]
        return h

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Shingle each distinct document once; identical sets are copies outright,
    # so only one representative of each set takes part in the search.
    by_set: dict[frozenset, str] = {}
    sets: dict[str, frozenset] = {}
    numbers: dict[tuple[str, ...], int] = {}
    for h in keys:
        s = _numbered_shingles(docs[h].get("text") or "", numbers)
        if len(s) < MIN_SHINGLES:
            continue
        first = by_set.setdefault(s, h)
        if first == h:
            sets[h] = s
        else:
            union(first, h)
    del numbers, by_set

    df = Counter(s for shingle_set in sets.values() for s in shingle_set)
    index: dict[int, list[str]] = {}
    for x in sorted(sets, key=lambda h: (-len(sets[h]), h)):
        # Every document already indexed is at least as large as x.
        shared = sorted((s for s in sets[x] if df[s] > 1), key=lambda s: (df[s], s))
        prefix = len(shared) - _min_overlap(len(sets[x])) + 1
        if prefix > 0:
            counts, probed = _probe(shared, prefix, index)
            need = probed - prefix + 1
            for y in sorted(y for y, c in counts.items() if c >= need):
                if find(x) != find(y) and similar(sets[x], sets[y]):
                    union(x, y)
        for s in shared:
            index.setdefault(s, []).append(x)

    clusters: dict[str, list[str]] = {}
    for h in keys:
        clusters.setdefault(find(h), []).append(h)
    out: dict[str, str] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        canonical = min(members, key=lambda h: (_pub_key(docs[h].get("published")), h))
        for h in members:
            out[h] = canonical
    return out


def _probe(shared: list[int], prefix: int, index: dict[int, list[str]]) -> tuple[Counter, int]:
    """Count, per indexed document, the shingles it shares among x's first `probed` rarest ones.

    The first `prefix` must all be probed (a copy shares at least one of them). Each further
    one probed raises by one the count a copy must reach, which prunes documents that share
    only a sentence or two; probing stops once postings grow past PROBE_BUDGET times what the
    prefix cost, since rarer shingles come first and the rest are common ones.
    """
    counts: Counter = Counter()
    walked = probed = 0
    budget = 0
    for s in shared:
        posting = index.get(s, ())
        if probed == prefix:
            budget = PROBE_BUDGET * max(walked, PROBE_FLOOR)
        if probed >= prefix and walked + len(posting) > budget:
            break
        counts.update(posting)
        walked += len(posting)
        probed += 1
    return counts, probed


def _pub_key(published: str | None) -> str:
    """Sort key putting dated documents first, earliest first."""
    return published if published else "9999"
