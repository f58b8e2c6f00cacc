"""Extraction, storage and reconciliation together on the two founding situations:
an official 'tens' against an insider's 'more than 100', and battalion arithmetic.

The articles below are written for this test; the same checks run on the real
founding documents when ../shared is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.extract.pipeline import Extractor
from awol.ingest import iter_documents
from awol.model import Document
from awol.reconcile.derived import Interval, attrition, non_return_rate, shortfall
from awol.store import Store

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "docs" / "seed-000.json"

MINISTRY_AND_INSIDER = Document(
    id="conflict", published="2016-03-14", publisher="Example Wire",
    text=(
        "The number of Iraqi soldiers who had left for Europe was only in the \u201ctens\u201d, a defence "
        "ministry spokesman said on Sunday.\n\n"
        "A special forces soldier based in Mosul said his battalion alone had seen more than 100 men leave "
        "for Europe in the past six months. The agency could not independently verify his account."
    ),
)

BATTALION = Document(
    id="battalion", published="2016-03-14", publisher="Example Blog",
    text=(
        "A battalion with 400 troops of the Iraqi Army has seen nearly 70 of its soldiers desert. "
        "Every month the battalion must provide 170 men at the front, yet it is only able to send 130. "
        "Of the 200 soldiers who went on leave last week, only 110 returned."
    ),
)


def _interval(count) -> Interval:
    return Interval(count.low, count.high)


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _store(tmp_path: Path, extractor, docs) -> Store:
    store = Store.open(tmp_path / "awol.db")
    for doc in docs:
        store.add(doc, extractor.extract(doc))
    store.reconcile()
    return store


def _conflict_event(store: Store) -> dict:
    conflicts = [e for e in store.events(kind="desertion") if e["conflict"]]
    assert len(conflicts) == 1, store.events()
    return conflicts[0]


def test_tens_against_more_than_100_is_one_conflicting_picture(tmp_path, extractor):
    store = _store(tmp_path, extractor, [MINISTRY_AND_INSIDER])
    claims = {c["count_text"]: c for c in store.claims(kind="desertion")}
    assert (claims["tens"]["source_type"], claims["tens"]["status"]) == ("government", "asserted")
    assert (claims["more than 100"]["source_type"], claims["more than 100"]["status"]) == ("member", "unverified")
    event = _conflict_event(store)
    assert {f["count_text"] for f in event["figures"]} == {"tens", "more than 100"}
    assert {f["source_type"] for f in event["figures"]} == {"government", "member"}


def test_battalion_figures_give_attrition_shortfall_and_non_return(extractor):
    claims = extractor.extract(BATTALION).claims
    by = {(c.kind, c.measure, c.count_text): c for c in claims}
    total = by[("strength", "total", "400")].count
    deserted = by[("desertion", None, "nearly 70")].count
    required = by[("strength", "required", "170")].count
    deployed = by[("strength", "deployed", "130")].count
    returned = by[("return", None, "110")].count
    assert (by[("desertion", None, "200 ... only 110 returned")].count.low, returned.low) == (90, 110)
    rate = attrition(_interval(deserted), _interval(total))
    assert (round(rate.low, 4), round(rate.high, 4)) == (round(63 / 400, 4), round(69 / 400, 4))
    gap = shortfall(_interval(deployed), _interval(required))
    assert (gap.low, gap.high) == (40, 40)
    gone = non_return_rate(Interval(200, 200), _interval(returned))
    assert (gone.low, gone.high) == (pytest.approx(0.45), pytest.approx(0.45))


@pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus is not available")
def test_the_founding_reuters_story_reconciles_into_a_conflict(tmp_path, extractor):
    (doc,) = [d for d in iter_documents([SEED]) if isinstance(d, Document)]
    store = _store(tmp_path, extractor, [doc])
    event = _conflict_event(store)
    texts = {f["count_text"] for f in event["figures"]}
    assert {"tens", "more than 100"} <= texts
    note = json.dumps(event)
    assert "government" in note and "member" in note
