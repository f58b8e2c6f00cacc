"""Event grouping measured with B-cubed on clusters of several outlets per event.

The fixture (tests/fixtures/reconcile/outlets.yaml) is our own writing: five
or so outlets per event, running totals that grow over days, figures that
disagree, syndicated copies, and distractors (same group months apart, same
group other kind, aggregate statistics beside incidents, other groups).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from awol.model import content_hash
from awol.reconcile import bcubed, reconcile
from awol.reconcile.evaluate import group_kind_baseline

FIXTURES = Path(__file__).parent / "fixtures" / "reconcile"
DEV_GOLD = Path("/work/shared/corpus/dev/gold.jsonl")
F1_FLOOR = 0.90


def _places(rows) -> list[dict]:
    return [{"name": name, "country": country, "lat": None, "lon": None} for name, country in rows or []]


def load_outlets(path: Path = FIXTURES / "outlets.yaml") -> tuple[list[dict], list[dict], dict[str, str], dict]:
    """claims, documents, gold labels (claim_id -> event label) and parents from the fixture."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    claims, documents, gold = [], [], {}
    for doc in data["documents"]:
        text = doc.get("text") or f"Report {doc['id']} by {doc['publisher']}."
        doc_hash = content_hash(text)
        published = str(doc["published"])
        documents.append({"doc_hash": doc_hash, "doc_id": doc["id"], "title": doc["id"], "publisher": doc["publisher"],
                          "published": published, "url": f"https://example.org/{doc['id']}", "text": text})
        for n, spec in enumerate(doc["claims"]):
            spec = {**data["events"][spec["event"]], **spec}
            cid = f"{doc['id']}#{n}"
            count, period = spec.get("count"), spec.get("period")
            claims.append({
                "claim_id": cid, "doc_id": doc["id"], "doc_hash": doc_hash, "published": published,
                "publisher": doc["publisher"], "url": f"https://example.org/{doc['id']}",
                "kind": spec["kind"], "measure": spec.get("measure"), "group": spec["group"],
                "group_mention": spec["group"], "group_country": spec.get("group_country"),
                "count": {"low": count[0], "high": count[1]} if count else None,
                "count_text": spec.get("count_text"),
                "period": {"start": str(period[0]), "end": str(period[1])} if period else None,
                "period_text": spec.get("period_text"),
                "origin": _places(spec.get("origin")), "destination": _places(spec.get("destination")),
                "to_group": spec.get("to_group"), "source": spec.get("source"),
                "source_type": spec.get("source_type", "publisher"), "status": spec.get("status", "asserted"),
                "evidence": f"sentence {n} of {doc['id']}", "evidence_start": None, "evidence_end": None, "rule": "fixture",
            })
            gold[cid] = spec["event"]
    return claims, documents, gold, data.get("parents") or {}


def test_bcubed_on_outlet_clusters_beats_floor_and_baseline():
    claims, documents, gold, parents = load_outlets()
    events = reconcile(claims, documents, parents=parents).events
    pred = {cid: ev.event_id for ev in events for cid in ev.claim_ids}
    p, r, f1 = bcubed(pred, gold)
    bp, br, bf1 = bcubed(group_kind_baseline(claims), gold)
    print(f"\nreconcile B-cubed P={p:.3f} R={r:.3f} F1={f1:.3f}; group+kind baseline P={bp:.3f} R={br:.3f} F1={bf1:.3f}")
    assert f1 >= F1_FLOOR
    assert f1 > bf1


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        ({"a": 1, "b": 1, "c": 2}, (1.0, 1.0, 1.0)),
        ({"a": 1, "b": 1, "c": 1}, (5 / 9, 1.0, 2 * (5 / 9) / (5 / 9 + 1))),
        ({"a": 1, "b": 2, "c": 3}, (1.0, 2 / 3, 0.8)),
    ],
)
def test_bcubed_known_values(pred, expected):
    gold = {"a": "x", "b": "x", "c": "y"}
    got = bcubed({k: str(v) for k, v in pred.items()}, gold)
    assert got == pytest.approx(expected)


def test_grouping_does_not_depend_on_input_order():
    claims, documents, _, parents = load_outlets()
    first = reconcile(claims, documents, parents=parents)
    second = reconcile(list(reversed(claims)), list(reversed(documents)), parents=parents)
    assert [(e.event_id, e.claim_ids) for e in first.events] == [(e.event_id, e.claim_ids) for e in second.events]
