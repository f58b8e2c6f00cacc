"""The fast screen: what passes, what does not, and that it never costs a claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.extract.lexicon import lexicon
from awol.extract.screen import Screen, ScreenedExtractor, _near, empty_result
from awol.model import Document

DEV = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def screen() -> Screen:
    return Screen()


@pytest.mark.parametrize("text, passes", [
    ("Forty soldiers deserted their posts near the river last week.", True),
    ("The unit reported that AWOL cases had doubled.", True),
    ("Two commanders defected to the rebels on Sunday.", True),
    ("Officers absconded with the payroll.", True),  # prefix pattern abscond~
    ("Some 300 fighters laid down their arms in the hills.", True),
    ("Half of the men came back to their units after the amnesty.", True),
    ("Hundreds of troops fled across the border into the neighbouring country.", True),  # leaving + member noun
    ("Thousands of residents fled the floods as the river rose.", False),  # leaving, no member noun
    ("The striker left for Madrid in a record transfer."
     + " The manager said so in a long interview on Tuesday evening." * 4
     + " The club's army of fans was furious.", False),  # a member noun, but far away
    ("Markets rose on Tuesday as investors welcomed the central bank's decision.", False),
    ("The undeserted plaza was busy.", False),  # a trigger word inside another word
    ("Deserted villages lined the valley road.", True),  # the screen is a superset: the extractor decides
    ("Of the recruits called up in spring, 12 didn't show up at the depot.", True),  # 'did' + "n't", as spaCy splits it
    ("The conscripts simply don't return after leave, an officer said.", True),
    # words common outside armed forces need a member noun or a named armed group nearby
    ("The finance minister resigned on Tuesday, a day after the budget vote.", False),
    ("The home side surrendered a two-goal lead in the second half.", False),
    ("Twelve policemen resigned from the force in protest last month.", True),
    ("Hundreds from Boko Haram surrendered in large numbers last month.", True),
    ("The firm's chief operating officer quit after the merger.", False),  # a company post, not a force
    ("A police officer quit after the merger of the two forces.", True),
    # a leaving verb before a name passes when the name is an armed group's
    ("About 40 fighters left Boko Haram in the spring, the army said.", True),
    ("About 40 soldiers left the Russian army in the spring, a rights group said.", True),
    ("Some 300 soldiers of the garrison at Kidal joined the MNLA in March.", True),  # found by 'soldiers', named after 'joined'
    ("The president left the summit early while troops guarded the hall.", False),
    ("The troops left Kherson in the autumn after weeks of shelling.", False),
    # civilians who flee give emigration claims, which count only beside a force's claims
    ("Thousands of civilians fled the fighting near the town as army units moved in.", False),
    ("Residents who had already fled returned to find the army gone.", False),
    ("Soldiers and hundreds of civilians fled the town as the front collapsed.", True),  # members in the clause
    ("Villagers fled with the soldiers as the front collapsed.", True),  # members right after the leaving word
    ("As the army advanced, 40 soldiers fled across the border.", True),
    # a common word needs its member noun in its own sentence, or in the one before or after
    # when its own speaks of people named there ('of them', 'they')
    ("The mayor resigned on Monday. The council met on Tuesday to choose a successor. Later the"
     " army said its troops had taken the bridge.", False),
    ("The brigade was cut off for a week. On Monday, 200 of them surrendered.", True),
    ("Two hundred of them surrendered on Monday. The brigade had been cut off for a week.", True),
    ("The depot had 300 soldiers in March. By June, 120 of them had quit.", True),
    ("The depot had 300 soldiers in March. By June, they had all quit.", True),
    ("The bank's chief executive quit on Friday. The army said its troops had taken the bridge.", False),
    ("The striker resigned from the club on Monday. Rebel fighters shelled the port overnight.", False),
    # a pattern's adjacent words are adjacent tokens: sentence punctuation between them breaks it
    ("The coach said there was a lot of work left. The army said its troops held the bridge.", False),
    ("The coach said there was a lot of work left.” The army said its troops held the bridge.", False),
    ("The coach said there was little time left; the army said its troops held the bridge.", False),
    # ... but a wildcard may take punctuation tokens, after which the next word may follow them
    ('Some 150 soldiers had "joined the ranks" of the opposition, its leader said.', True),
    ("Thirty members of the National Army (NA) joined its fighters with their rifles.", True),
    # arriving gives emigration claims only beside a force's claims
    ("About 500 troops arrived in Poland on Monday, and 8,000 refugees arrived in Chad.", False),
    ("Eight guerrillas came down from the mountains of Samar on Friday.", True),
    ("A commander joined the peace process with 45 of his men.", True),
    ("He abandoned his motorised rifle unit in July.", True),
    ("The corporal left with two other soldiers from his company.", True),
    ("Six soldiers crossed the river and asked for protection.", True),
    ("Some 640 soldiers have reported back under the amnesty.", True),
    ("Forty militia volunteers handed back their rifles and went home.", True),
    ("The players handed back their shirts and went home.", False),
])
def test_examples(screen: Screen, text: str, passes: bool) -> None:
    assert screen.passes(text) is passes


def test_keywords_come_from_the_lexicon(screen: Screen) -> None:
    lex = lexicon()
    assert lex.member_nouns <= screen.keywords
    assert {"deserted", "awol", "defected", "abscond", "reinstated"} <= screen.keywords
    assert len(screen.patterns) == sum(len(p) for p in lex.triggers.values())


@pytest.mark.parametrize("a, b, distance, expected", [
    ([10], [300], 200, False), ([10], [150], 200, True), ([500], [10, 320], 200, True), ([], [1], 5, False),
])
def test_near(a, b, distance, expected) -> None:
    assert _near(a, b, distance) is expected


class _Counting:
    def __init__(self) -> None:
        self.calls = 0

    def extract(self, doc: Document):
        self.calls += 1
        return empty_result(doc)


def test_screened_out_documents_get_the_extractors_empty_result() -> None:
    inner = _Counting()
    screened = ScreenedExtractor(inner)
    quiet = Document(id="a", text="The council approved the budget.", published="2024-03-05")
    result = screened.extract(quiet)
    assert inner.calls == 0
    assert result.to_schema() == {"doc_id": "a", "published": "2024-03-05", "claims": [], "drivers": []}
    assert empty_result(Document(id="b", text="x", published="2024-03")).published is None
    screened.extract(Document(id="c", text="Nine soldiers deserted."))
    assert inner.calls == 1


def test_near_misses_in_generated_news_give_no_claims(screen: Screen) -> None:
    """Generated articles that hold a trigger word but fail the screen (civilians fleeing, a
    chair who resigned) give no claims from the real extractor either."""
    import sys

    from awol.extract.pipeline import Extractor

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import generate

    extractor = Extractor()
    near_misses = 0
    for record in generate.stream(1500, relevant=0.0, seed=11):
        doc = Document(id=record["id"], text=record["text"], published=record["published"])
        if screen.anchors(doc.text) and not screen.passes(doc.text):
            near_misses += 1
            assert extractor.extract(doc).claims == [], doc.text
    assert near_misses > 20


def _unlisted_matches(screen: Screen, text: str) -> tuple[int, list[str]]:
    """How many matches each pattern run alone over the whole text gives, and those with no anchor
    inside that lists the pattern: the extractor runs a pattern only where an anchor lists it."""
    from awol.extract.pipeline import Extractor

    extractor = Extractor()
    tokens = extractor.nlp(text)
    anchors = screen.anchors(text)
    missing, n = [], 0
    for index, matcher in enumerate(extractor.triggers._matchers):
        for _, s, e in matcher(tokens):
            n += 1
            span = tokens[s:e]
            if not any(span.start_char <= a < span.end_char and index in ids for a, ids in anchors):
                missing.append(f"pattern {index} {span.text!r}")
    return n, missing


@pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="needs ../shared/corpus/dev")
def test_dev_corpus_loses_nothing(screen: Screen) -> None:
    """Every document with a gold claim passes; every trigger kind the Matcher finds, the
    screen's regexes find too, each match around an anchor that lists its pattern; screened-out
    documents give no claims from the real extractor."""
    from awol.extract.pipeline import Extractor
    from awol.ingest import iter_documents

    gold = {}
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["doc_id"]] = len(record["claims"])
    extractor = Extractor()
    combined = lexicon().matcher(extractor.nlp.vocab, "triggers")
    docs = [d for d in iter_documents([DEV / "docs"]) if isinstance(d, Document)]
    assert docs
    for doc in docs:
        low = doc.text.lower()
        matched = {extractor.nlp.vocab.strings[m] for m, _, _ in combined(extractor.nlp(doc.text))}
        assert matched <= {p.kind for p in screen.patterns if p.regex.search(low)}, doc.id
        assert _unlisted_matches(screen, doc.text)[1] == [], doc.id
        if not screen.passes(doc.text):
            assert not gold.get(doc.id), doc.id
            assert extractor.extract(doc).to_schema() == empty_result(doc).to_schema(), doc.id


@pytest.mark.parametrize("text", [
    "Of the 80 recruits sent home on leave, 31 failed to report back by Monday.",
    "Two platoons didn't turn up for the morning parade, the colonel admitted.",
    "Several officers quit the army after the pay cut, and others left the security services.",
    "The rebels handed themselves over to the police after weeks in the forest.",
    "A dozen fighters gave up their weapons and renounced violence at the camp.",
    "Most of the conscripts who fled national service crossed into the next country.",
    "Dozens of fighters left the Islamic State and surrendered to the Kurdish forces.",
])
def test_every_match_holds_an_anchor_that_lists_its_pattern(screen: Screen, text: str) -> None:
    """The extractor runs a trigger pattern only on sentences with an anchor the screen confirmed
    for that pattern, so each match must contain one (the screen's word pre-check included)."""
    n, missing = _unlisted_matches(screen, text)
    assert n and missing == []
