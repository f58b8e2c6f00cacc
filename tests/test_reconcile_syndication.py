"""Syndication candidates: the indexed search finds exactly the clusters of comparing every pair."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awol.reconcile import syndication
from awol.reconcile.syndication import (
    CONTAINMENT_MIN,
    JACCARD_MIN,
    MIN_SHINGLES,
    _min_overlap,
    shingles,
    syndicated_clusters,
)

# A small vocabulary, so unrelated texts share many chance shingles.
VOCAB = ["army", "soldiers", "left", "the", "base", "near", "river", "said", "officials", "on", "monday"]


def reference_clusters(documents: list[dict]) -> dict[str, str]:
    """The definition, by brute force: compare every pair, close transitively, pick the canonical."""
    docs: dict[str, dict] = {}
    for d in documents:
        docs.setdefault(d["doc_hash"], d)
    keys = sorted(docs)
    sets = {h: shingles(docs[h].get("text") or "") for h in keys}

    def copies(a: set[int], b: set[int]) -> bool:
        if min(len(a), len(b)) < MIN_SHINGLES:
            return False
        inter = len(a & b)
        return inter / len(a | b) >= JACCARD_MIN or inter / min(len(a), len(b)) >= CONTAINMENT_MIN

    component = {h: h for h in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if component[a] != component[b] and copies(sets[a], sets[b]):
                old, new = max(component[a], component[b]), min(component[a], component[b])
                component = {h: new if c == old else c for h, c in component.items()}
    clusters: dict[str, list[str]] = {}
    for h in keys:
        clusters.setdefault(component[h], []).append(h)
    out: dict[str, str] = {}
    for members in clusters.values():
        if len(members) > 1:
            canonical = min(members, key=lambda h: (docs[h].get("published") or "9999", h))
            out.update((h, canonical) for h in members)
    return out


def _variant(rng: random.Random, words: list[str]) -> list[str]:
    """A copy of a story as outlets make them: verbatim, cut, edited, extended, or fresh."""
    how = rng.choice(["copy", "cut", "edit", "extend", "wrap", "fresh", "empty"])
    if how == "copy":
        return list(words)
    if how == "cut":
        return words[: rng.randint(0, len(words))]
    if how == "edit":
        out = list(words)
        for _ in range(rng.randint(1, 6)):
            if out:
                out[rng.randrange(len(out))] = rng.choice(VOCAB + ["reuters", "update"])
        return out
    if how == "extend":
        return words + [rng.choice(VOCAB) for _ in range(rng.randint(1, 60))]
    if how == "wrap":
        return ["by", "staff"] + words[rng.randint(0, 10):] + ["copyright", "wire"]
    if how == "fresh":
        return [rng.choice(VOCAB) for _ in range(rng.randint(0, 90))]
    return []


@st.composite
def document_sets(draw) -> list[dict]:
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    stories = [[rng.choice(VOCAB) for _ in range(rng.randint(0, 120))] for _ in range(draw(st.integers(1, 4)))]
    docs = []
    for _ in range(draw(st.integers(0, 24))):
        words = _variant(rng, rng.choice(stories))
        text = None if not words and rng.random() < 0.3 else " ".join(words)
        published = rng.choice([None, "2024-03-01", "2024-03-02", "2024-02-28"])
        doc_hash = f"h{rng.randrange(30):02}"  # repeated hashes: the first document with a hash wins
        docs.append({"doc_hash": doc_hash, "text": text, "published": published})
    return docs


# (PROBE_BUDGET, PROBE_FLOOR): the default, probing only the prefix, and stopping early past it.
PROBES = [(syndication.PROBE_BUDGET, syndication.PROBE_FLOOR), (0, 0), (1, 1), (2, 4)]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document_sets(), st.sampled_from(PROBES))
def test_same_clusters_as_comparing_every_pair(docs, probe):
    saved = syndication.PROBE_BUDGET, syndication.PROBE_FLOOR
    syndication.PROBE_BUDGET, syndication.PROBE_FLOOR = probe
    try:
        got = syndicated_clusters(docs)
    finally:
        syndication.PROBE_BUDGET, syndication.PROBE_FLOOR = saved
    assert list(got.items()) == list(reference_clusters(docs).items())


def _story(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(VOCAB) for _ in range(n)]


def _table():
    rng = random.Random(3)
    long_story = _story(rng, 200)
    return [
        ("no documents", []),
        ("empty and missing texts", [{"doc_hash": "a", "text": ""}, {"doc_hash": "b", "text": None},
                                     {"doc_hash": "c"}]),
        ("identical short texts are never copies", [{"doc_hash": h, "text": "the army left the base near the river"}
                                                    for h in "abc"]),
        ("identical long texts", [{"doc_hash": h, "text": " ".join(long_story), "published": p}
                                  for h, p in [("z", "2024-01-02"), ("y", None), ("x", "2024-01-02")]]),
        ("shortened reprint of a long story", [{"doc_hash": "long", "text": " ".join(long_story)},
                                               {"doc_hash": "short", "text": " ".join(long_story[40:70])}]),
        ("copies chained through a middle copy", [{"doc_hash": "a", "text": " ".join(long_story[:120])},
                                                  {"doc_hash": "b", "text": " ".join(long_story[40:160])},
                                                  {"doc_hash": "c", "text": " ".join(long_story[80:200])}]),
        ("unrelated stories", [{"doc_hash": f"d{i}", "text": " ".join(_story(rng, 80))} for i in range(12)]),
    ]


@pytest.mark.parametrize("name, docs", _table(), ids=[name for name, _ in _table()])
def test_cases_match_the_definition(name, docs):
    assert list(syndicated_clusters(docs).items()) == list(reference_clusters(docs).items())


def test_input_order_does_not_matter():
    rng = random.Random(5)
    story = _story(rng, 150)
    docs = [{"doc_hash": f"h{i}", "text": " ".join(_variant(rng, story)), "published": rng.choice([None, "2024-05-01"])}
            for i in range(40)]
    expected = list(syndicated_clusters(docs).items())
    for seed in range(5):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert list(syndicated_clusters(shuffled).items()) == expected


@pytest.mark.parametrize("small", range(MIN_SHINGLES, 400))
def test_overlap_bound_is_the_least_a_copy_shares(small):
    """The bound equals the least overlap of any pair with `small` as its smaller set that is accepted."""
    least = min(
        inter
        for large in (small, small + 1, 2 * small, 10 * small)
        for inter in range(small + 1)
        if inter / (small + large - inter) >= JACCARD_MIN or inter / small >= CONTAINMENT_MIN
    )
    assert _min_overlap(small) == least
