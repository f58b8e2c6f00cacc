"""The extraction lexicon loads, and every trigger pattern matches an example built from it."""

import re

import pytest

from awol.extract.lexicon import NAME, WordLists, compile_pattern, lexicon
from awol.extract.sentences import nlp
from awol.errors import KnowledgeError


def example(pattern: str) -> str:
    """The shortest phrase a pattern describes: the first alternative of each required token
    (a name for the capitalised-word token)."""
    words = []
    for part in pattern.split():
        if part.endswith("?") or re.fullmatch(r"\*\d+", part):
            continue
        words.append("Hamas" if part == NAME else part.split("|")[0].rstrip("~"))
    return " ".join(words)


ALL = [(kind, p) for kind, ps in lexicon().triggers.items() for p in ps] + [("hedge", p) for p in lexicon().hedges]


@pytest.mark.parametrize("kind,pattern", ALL, ids=[f"{k}:{p}" for k, p in ALL])
def test_every_pattern_matches_its_own_example(kind, pattern):
    name = "hedges" if kind == "hedge" else "triggers"
    matcher = lexicon().matcher(nlp().vocab, name)
    doc = nlp()(f"Officials said that {example(pattern)} yesterday.")
    labels = {nlp().vocab.strings[m] for m, _, _ in matcher(doc)}
    assert labels, f"pattern {pattern!r} does not match {example(pattern)!r}"


def test_hyphenated_words_follow_the_tokenizer():
    assert compile_pattern("ex-combatants") == [{"LOWER": "ex"}, {"LOWER": "-"}, {"LOWER": "combatants"}]


def test_the_name_token_is_a_capitalised_word():
    doc = nlp()("They left Hamas and left town.")
    matcher = lexicon().matcher(nlp().vocab, "triggers")
    spans = [doc[s:e].text for _, s, e in matcher(doc)]
    assert "left Hamas" in spans and "left town" not in spans


def test_a_pattern_of_only_optional_tokens_is_rejected():
    with pytest.raises(KnowledgeError):
        compile_pattern("the? *3")


@pytest.mark.parametrize("speaker,expected", [
    ("a spokesman for the Defence Ministry", "government"),
    ("Army spokesman Colonel Ali", "military"),
    ("the UN refugee agency", "international_org"),
    ("Human Rights Watch", "ngo"),
    ("a deserter who fled last year", "member"),
    ("an analyst at a think tank", "expert"),
    ("the state news agency", "media"),
    ("a village elder", "other"),
    ("Kenyan intelligence", "government"),
    ("the country's military intelligence", "military"),
    ("our field monitors", "publisher"),  # the outlet's own finding
    ("This newspaper's count of court rulings", "publisher"),
    ("Free Them Now, a network set up by former officers to help soldiers leave", "ngo"),  # the head decides
    ("Colonel Ali, a spokesman for the army", "military"),
    # public bodies whose names hold a rank or force word ('general', 'headquarters', 'task force')
    ("the Federal Directorate General of Migration", "government"),
    ("the Bureau of the Commissioner General for Rehabilitation", "government"),
    ("the Coordination Headquarters for Prisoners of War", "government"),
    ("the National Task Force to End Local Communist Armed Conflict", "government"),
    ("the Amnesty Commission in Kampala", "government"),  # not the rights group
    ("a member of the Duma's defence committee", "government"),
    ("the regional interim administration", "government"),
    ("the national immigration board", "government"),
    ("the indictment", "government"),  # a court's papers
    ("the coordinator of the Kumba DDR centre", "government"),
    ("the UN's DDR section", "international_org"),
    ("the Soldiers' Homecoming Network", "ngo"),  # a body's name, though it holds a member noun
    ("Deserters' Aid Foundation", "ngo"),
    ("the African Union", "international_org"),
    ("NATO training officials", "international_org"),
])
def test_source_types_by_speaker_words(speaker, expected):
    assert lexicon().source_type(speaker) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Reuters could not independently verify the account.", True),
    ("The figure couldn't be confirmed.", True),
    ("The claim cannot be verified.", True),
    ("The numbers have not been independently verified.", True),
    ("The alleged desertion was reported on Monday.", True),
    ("Alleged members of the group surrendered.", False),
    ("The army confirmed the figure.", False),
    ("The agency was unable to verify the numbers.", True),
    ("The agency was not able to independently confirm the numbers.", True),
    ("The agency was able to confirm the numbers with two officers.", False),
])
def test_hedges(sentence, expected):
    from awol.extract.attribution import hedged

    assert hedged(nlp()(sentence)[:]) is expected


def test_word_sets_load_lower_cased(tmp_path):
    from awol.extract.lexicon import read_words

    path = tmp_path / "words.yaml"
    path.write_text("version: 1\nranks: [Sergeant, major]\ncues:\n  total: [numbered, Strong]\n", encoding="utf-8")
    assert read_words(path) == {"ranks": frozenset({"sergeant", "major"}), "cues": {"total": frozenset({"numbered", "strong"})}}


@pytest.mark.parametrize("text, problem", [
    ("ranks: sergeant\n", "ranks must be a list of words"),
    ("cues:\n  total: [numbered, 3]\n", "cues.total must be a list of words"),
    ("- just\n- a list\n", "expected a mapping"),
    ("ranks: [unclosed\n", "cannot read"),
])
def test_a_bad_word_set_file_is_named_with_its_problem(tmp_path, text, problem):
    from awol.extract.lexicon import read_words

    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=problem) as info:
        read_words(path)
    assert str(path) in str(info.value)


def test_the_bundled_word_sets_are_lower_case_words():
    from awol.extract.lexicon import words

    sets = words()
    assert {"intent_before_to", "singular_members", "strength_cues", "weak_speech"} <= set(sets)
    flat = [w for v in sets.values() for s in (v.values() if isinstance(v, dict) else [v]) for w in s]
    assert flat and all(w == w.lower() and w.strip() == w for w in flat)


def test_the_people_of_every_country_are_civilian_nouns():
    nouns = lexicon().civilian_nouns
    assert {"eritreans", "sudanese", "uzbeks", "nicaraguans", "chechens"} <= nouns
    assert not {"french", "danish", "laos"} & nouns  # adjectives and a country, not peoples


def test_a_peoples_name_names_its_country_unless_shared():
    from awol.extract.lexicon import demonym_homes

    homes = demonym_homes()
    assert (homes["colombians"], homes["sudanese"], homes["lankans"]) == ("CO", "SD", "LK")
    assert homes["koreans"] is None  # North and South Korea


@pytest.mark.parametrize("text", [
    "They left because their salaries went unpaid for months.",
    "UNPAID SALARIES and fear of the front drove them out.",
    "The ſalary had not come, he said.",  # IGNORECASE reads 'ſ' as 's'; lower() does not
    "Desertions rose as morale collapsed and rations ran short.",
    "A weather report: rain on Tuesday.",
    "Fighters cited unpaid-wages, ethnic discrimination and the economy.",
])
def test_word_lists_match_as_their_regexes_do(text):
    """A list's regex is tried only where the text holds one of its words; the answer is the
    one trying every regex gives."""
    lists = {"pay": ["salary", "unpaid", "wages"], "morale": ["morale", "demoralised"],
             "ethnic": ["ethnic", "discrimination"], "economy": ["economy", "jobs"]}
    word_lists = WordLists(lists)
    expected = {key for key, regex in word_lists.regexes.items() if regex.search(text)}
    assert word_lists.matching(text) == expected
