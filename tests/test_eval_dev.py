"""The regression gate: extraction on the shared dev corpus must not fall below the stored floors.

Skipped cleanly when ../shared (the evaluation data) is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from awol.ingest import iter_documents
from awol.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOOR = json.loads((Path(__file__).parent / "eval_floor.json").read_text())

pytestmark = pytest.mark.skipif(not (DEV / "gold.jsonl").exists() or not SCORER.exists(),
                                reason="../shared/corpus/dev is not available")


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("awol_dev_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = tmp_path_factory.mktemp("eval") / "system.jsonl"
    extractor = Extractor()
    with out.open("w", encoding="utf-8") as fh:
        for doc in iter_documents([DEV / "docs"]):
            assert not isinstance(doc, Exception), doc
            fh.write(json.dumps(extractor.extract(doc).to_schema()) + "\n")
    gold = scorer.load(str(DEV / "gold.jsonl"))
    system = scorer.load(str(out))
    return scorer.score(gold, system), gold, system


def test_strict_f1_floor(scored):
    result, _, _ = scored
    assert result["strict"]["f1"] >= FLOOR["strict_f1"]


def test_detection_f1_floor(scored):
    result, _, _ = scored
    assert result["detection"]["f1"] >= FLOOR["detection_f1"]


def test_negative_documents_stay_quiet(scored):
    """Near-misses (staff quitting a company, politicians changing party) give (almost) no claims."""
    _, gold, system = scored
    negatives = [d for d, g in gold.items() if not g.get("claims")]
    claims = sum(len(system.get(d, {}).get("claims") or []) for d in negatives)
    assert claims / len(negatives) <= FLOOR["negative_claims_per_doc"]
