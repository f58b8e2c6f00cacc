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

To stay near linear, candidate pairs come from an index over a sample of the
shingles (those whose hash is 0 modulo 8); only documents sharing a sampled
shingle are compared exactly. Sampled shingles found in very many documents
(boilerplate) are dropped from the index.
"""

from __future__ import annotations

import hashlib
import re
from itertools import combinations

SHINGLE = 5
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.8
MIN_SHINGLES = 20
SAMPLE_MOD = 8
MAX_POSTINGS = 500

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """The text's word k-grams, as stable 64-bit hashes."""
    words = _WORD.findall((text or "").casefold())
    grams = (" ".join(words[i:i + k]) for i in range(max(len(words) - k + 1, 0)))
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams}


def similar(a: set[int], b: set[int]) -> bool:
    """Whether two shingle sets are copies of one story (thresholds above)."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    inter = len(a & b)
    return inter / len(a | b) >= JACCARD_MIN or inter / min(len(a), len(b)) >= CONTAINMENT_MIN


def syndicated_clusters(documents: list[dict]) -> dict[str, str]:
    """doc_hash -> canonical doc_hash, for documents in a copy cluster of two or more.

    The canonical copy is the earliest published one (ties and undated: the
    smallest doc_hash), so the result does not depend on input order.
    """
    docs: dict[str, dict] = {}
    for d in documents:
        docs.setdefault(d["doc_hash"], d)
    keys = sorted(docs)
    sets = {h: shingles(docs[h].get("text") or "") for h in keys}

    index: dict[int, list[str]] = {}
    for h in keys:
        for s in sets[h]:
            if s % SAMPLE_MOD == 0:
                index.setdefault(s, []).append(h)
    pairs: set[tuple[str, str]] = set()
    for posting in index.values():
        if 1 < len(posting) <= MAX_POSTINGS:
            pairs.update(combinations(posting, 2))

    parent = {h: h for h in keys}

    def find(h: str) -> str:
        while parent[h] != h:
            parent[h] = parent[parent[h]]
            h = parent[h]
        return h

    for a, b in sorted(pairs):
        if find(a) != find(b) and similar(sets[a], sets[b]):
            parent[max(find(a), find(b))] = min(find(a), find(b))

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


def _pub_key(published: str | None) -> str:
    """Sort key putting dated documents first, earliest first."""
    return published if published else "9999"
