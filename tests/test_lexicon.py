"""The extraction lexicon loads, and every trigger pattern matches an example built from it."""

import re

import pytest

from awol.extract.lexicon import compile_pattern, lexicon
from awol.extract.sentences import nlp
from awol.errors import KnowledgeError


def example(pattern: str) -> str:
    """The shortest phrase a pattern describes: the first alternative of each required token."""
    words = []
    for part in pattern.split():
        if part.endswith("?") or re.fullmatch(r"\*\d+", part):
            continue
        words.append(part.split("|")[0].rstrip("~"))
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
])
def test_hedges(sentence, expected):
    from awol.extract.attribution import hedged

    assert hedged(nlp()(sentence)[:]) is expected
