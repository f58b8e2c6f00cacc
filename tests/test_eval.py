"""The regression gate: extraction must not fall below the stored floors on the gold sets.

- `dev`: the shared dev corpus (real articles), skipped cleanly when ../shared is not beside the
  checkout;
- `heldout`: articles and gold claims written for awol (tests/heldout/, invented news in many
  styles, annotated before awol was run on them), scored with the shared scorer, so also skipped
  without ../shared; rules have since been written from its misses;
- `heldout2`: a second such set (tests/heldout2/: surrender programmes and defections, dense wire
  briefs), also used to write rules;
- `heldout3`: a third such set (tests/heldout3/: South Asia, Myanmar and Latin America; Africa,
  the Middle East and Russia; press digests, parliamentary answers, court reports), scored once before
  any rule was written from it (detection 0.610, strict 0.495), then used to write rules;
- `heldout4`: a fourth (tests/heldout4/: Nigeria, the Philippines, Iraq, Syria, Somalia, Afghanistan,
  Lebanon, North Korea), scored once before tuning (detection 0.708, strict 0.596), then used to write
  rules;
- `heldout5`: a fifth (tests/heldout5/: set K in many styles, live blogs, state media, messaging-channel
  summaries, Q&A, from Sudan, Yemen, Ethiopia, Russia-Ukraine and Myanmar; set L from Cameroon, the CAR,
  DR Congo, Mozambique, Burkina Faso, the Philippines, Thailand, Kashmir, Pakistan, Papua, Colombia, Peru and
  history), each scored once before rules were written from it (K: detection 0.697, strict 0.503; L: 0.683,
  0.479);
- `heldout6`: a sixth (tests/heldout6/: set N, English renderings of French, Arabic, Russian, Spanish and
  South Asian press and partisan outlets; set O, numbers-heavy statistics stories), each scored once before
  rules were written from it (N: detection 0.689, strict 0.522; O: 0.712, 0.577);
- `heldout7`: a seventh (tests/heldout7/: set Q, people and voices: deserters' and defectors' own accounts,
  relatives, lawyers and courts, a smuggler, commanders on men who did not come back), scored once before
  rules were written from it (detection 0.514, strict 0.329);
- `heldout8`: an eighth (tests/heldout8/: set R, wire briefs, bulletins, parliamentary answers and situation
  updates; set S, analysis pieces that weigh a ministry's, an NGO's, the armed group's and a researcher's
  figures against each other), each scored once before rules were written from it (R: detection 0.800,
  strict 0.600; S: 0.744, 0.623);
- `heldout9`: a ninth (tests/heldout9/: set T, English renderings of regional press, prosecutors' and
  courts-martial reports, surrender and amnesty releases, with two near-misses; set U, long features built
  on interviews, where a ministry's, an NGO's, the armed group's and a researcher's figures disagree and
  counts are worked out from wholes and parts), each scored once before rules were written from it
  (T: detection 0.836, strict 0.612; U: 0.604, 0.400);
- `blind`: more such articles (tests/blind/), kept for measuring only: no rule has been written
  from them, so their score estimates awol on unseen text. Do not tune on them.
- `blind2`: a second measuring-only set (tests/blind2/: Russia and Ukraine, the Horn of Africa, the
  Sahel, historical retrospectives; statistics stories, court reports, transcripts). Do not tune on it.
- `blind3`: a third (tests/blind3/: a week of a monitoring desk's intake, mostly wire copy, from Syria,
  Iraq, Afghanistan, Somalia, Lake Chad, Mali, South Sudan, Libya, Venezuela, Russia-Ukraine, North Korea
  and Eritrea). Do not tune on it.
- `blind4`: a fourth (tests/blind4/: a second week of intake, from Colombia, Haiti, Mozambique, Cameroon, Chad,
  Yemen, South Sudan, Sudan, Ethiopia, Somalia, Nigeria, Myanmar, Afghanistan, Russia-Ukraine, North Korea
  and Syria). Do not tune on it.
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
HELDOUT = Path(__file__).parent / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = json.loads((Path(__file__).parent / "eval_floor.json").read_text())
HELDOUT2 = Path(__file__).parent / "heldout2"
BLIND = Path(__file__).parent / "blind"
HELDOUT3 = Path(__file__).parent / "heldout3"
BLIND2 = Path(__file__).parent / "blind2"
HELDOUT4 = Path(__file__).parent / "heldout4"
HELDOUT5 = Path(__file__).parent / "heldout5"
BLIND3 = Path(__file__).parent / "blind3"
HELDOUT6 = Path(__file__).parent / "heldout6"
HELDOUT7 = Path(__file__).parent / "heldout7"
HELDOUT8 = Path(__file__).parent / "heldout8"
HELDOUT9 = Path(__file__).parent / "heldout9"
BLIND4 = Path(__file__).parent / "blind4"
CORPORA = {"dev": (DEV / "docs", DEV / "gold.jsonl"), "heldout": (HELDOUT / "docs.jsonl", HELDOUT / "gold.jsonl"),
           "heldout2": (HELDOUT2 / "docs.jsonl", HELDOUT2 / "gold.jsonl"),
           "heldout3": (HELDOUT3 / "docs.jsonl", HELDOUT3 / "gold.jsonl"),
           "heldout4": (HELDOUT4 / "docs.jsonl", HELDOUT4 / "gold.jsonl"),
           "heldout5": (HELDOUT5 / "docs.jsonl", HELDOUT5 / "gold.jsonl"),
           "heldout6": (HELDOUT6 / "docs.jsonl", HELDOUT6 / "gold.jsonl"),
           "heldout7": (HELDOUT7 / "docs.jsonl", HELDOUT7 / "gold.jsonl"),
           "heldout8": (HELDOUT8 / "docs.jsonl", HELDOUT8 / "gold.jsonl"),
           "heldout9": (HELDOUT9 / "docs.jsonl", HELDOUT9 / "gold.jsonl"),
           "blind": (BLIND / "docs.jsonl", BLIND / "gold.jsonl"),
           "blind2": (BLIND2 / "docs.jsonl", BLIND2 / "gold.jsonl"),
           "blind3": (BLIND3 / "docs.jsonl", BLIND3 / "gold.jsonl"),
           "blind4": (BLIND4 / "docs.jsonl", BLIND4 / "gold.jsonl")}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not available")


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request, tmp_path_factory):
    docs, gold_path = CORPORA[request.param]
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is not available")
    spec = importlib.util.spec_from_file_location("awol_dev_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = tmp_path_factory.mktemp("eval") / "system.jsonl"
    extractor = Extractor()
    with out.open("w", encoding="utf-8") as fh:
        for doc in iter_documents([docs]):
            assert not isinstance(doc, Exception), doc
            fh.write(json.dumps(extractor.extract(doc).to_schema()) + "\n")
    gold = scorer.load(str(gold_path))
    system = scorer.load(str(out))
    return scorer.score(gold, system), gold, system, FLOORS[request.param]


def test_strict_f1_floor(scored):
    result, _, _, floor = scored
    assert result["strict"]["f1"] >= floor["strict_f1"]


def test_detection_f1_floor(scored):
    result, _, _, floor = scored
    assert result["detection"]["f1"] >= floor["detection_f1"]


def test_negative_documents_stay_quiet(scored):
    """Near-misses (staff quitting a company, politicians changing party) give (almost) no claims."""
    _, gold, system, floor = scored
    negatives = [d for d, g in gold.items() if not g.get("claims")]
    if not negatives:
        pytest.skip("this set has no near-miss documents")
    claims = sum(len(system.get(d, {}).get("claims") or []) for d in negatives)
    assert claims / len(negatives) <= floor["negative_claims_per_doc"]
