"""Count phrases -> intervals (SCHEMA count table) and quantities found in sentences."""

from __future__ import annotations

import pytest

from awol.normalize.counts import Quantity, find_quantities, parse_count

# Every row of the SCHEMA count table, plus the forms news writes them in.
PHRASES = [
    # N, digits or words
    ("16", (16, 16)),
    ("seven", (7, 7)),
    ("Sixteen", (16, 16)),
    ("TEN", (10, 10)),
    ("twenty-one", (21, 21)),
    ("twenty one", (21, 21)),
    ("seven hundred", (700, 700)),
    ("two thousand", (2000, 2000)),
    ("a hundred", (100, 100)),
    ("a thousand", (1000, 1000)),
    ("one hundred and fifty", (150, 150)),
    ("three hundred and twenty-five", (325, 325)),
    ("fifteen thousand five hundred", (15500, 15500)),
    ("two million", (2000000, 2000000)),
    ("15,000", (15000, 15000)),
    ("35 000", (35000, 35000)),
    ("13\u00a0625", (13625, 13625)),
    ("13\u202f625", (13625, 13625)),
    ("13\u2009625", (13625, 13625)),
    ("1,250,000", (1250000, 1250000)),
    ("1.5 million", (1500000, 1500000)),
    ("2.3 million", (2300000, 2300000)),
    ("15 thousand", (15000, 15000)),
    ("5584", (5584, 5584)),
    ("a total of 4,356", (4356, 4356)),
    # a share of a scale word: its own number, not the scale's
    ("half a million", (500000, 500000)),
    ("a half million", (500000, 500000)),
    ("a quarter of a million", (250000, 250000)),
    ("three quarters of a million", (750000, 750000)),
    ("one and a half million", (1500000, 1500000)),
    ("two and a half thousand", (2500, 2500)),
    ("more than half a million", (500001, None)),
    ("upward of 300", (301, None)),
    ("north of 5,000", (5001, None)),
    # about, around, some, approximately, roughly, an estimated N
    ("about 40", (36, 44)),
    ("around 150", (135, 165)),
    ("some 250", (225, 275)),
    ("some 45", (41, 50)),  # 40.5 and 49.5 round half up
    ("approximately 3,116", (2804, 3428)),
    ("roughly 1,000", (900, 1100)),
    ("an estimated 15,000", (13500, 16500)),
    ("Some 1,140", (1026, 1254)),
    # nearly, almost, close to, just under N
    ("nearly 70", (63, 69)),
    ("Nearly 500", (450, 499)),
    ("almost 7,400", (6660, 7399)),
    ("almost three hundred", (270, 299)),
    ("close to 200,000", (180000, 199999)),
    ("closer to 3,000", (2700, 2999)),  # 'puts the number closer to 3,000'
    ("just under 45", (41, 44)),
    # more than, over, above, upwards of N
    ("more than 100", (101, None)),
    ("over 700", (701, None)),
    ("passed 800,000", (800001, None)),  # 'the number of refugees had passed 800,000'
    ("exceeded 5,000", (5001, None)),
    ("Over 2,065", (2066, None)),
    ("above 50", (51, None)),
    ("upwards of 35 000", (35001, None)),
    # at least N
    ("at least 167", (167, None)),
    ("AT LEAST 120", (120, None)),
    # up to, as many as, no more than N
    ("up to 4,400", (None, 4400)),
    ("as high as 110,000", (None, 110000)),
    ("as many as 434", (None, 434)),
    ("no more than 10,000", (None, 10000)),
    # fewer than, less than, under N
    ("fewer than 50", (None, 49)),
    ("less than 1,000", (None, 999)),
    ("under 30", (None, 29)),
    # N to M, N-M, between N and M
    ("100 to 200", (100, 200)),
    ("100-200", (100, 200)),
    ("100–200", (100, 200)),
    ("between 100 and 200", (100, 200)),
    ("from 2,000 to 3,000", (2000, 3000)),
    ("two or three", (2, 3)),
    ("two to three thousand", (2000, 3000)),
    ("between 5 and 10 million", (5000000, 10000000)),
    ("1.5 to 2 million", (1500000, 2000000)),
    ("about 100 to 130", (90, 143)),
    # a dozen, dozens, scores, tens, a handful
    ("a dozen", (12, 12)),
    ("two dozen", (24, 24)),
    ("half a dozen", (6, 6)),
    ("dozens", (24, 99)),
    ("Dozens", (24, 99)),
    ("scores", (40, 199)),
    ("tens", (20, 99)),
    ("a handful", (2, 9)),
    # hundreds / thousands / tens of thousands / hundreds of thousands / millions
    ("hundreds", (200, 999)),
    ("Hundreds", (200, 999)),
    ("thousands", (2000, 9999)),
    ("tens of thousands", (20000, 99999)),
    ("hundreds of thousands", (200000, 999999)),
    ("millions", (2000000, 9999999)),
    # a few UNIT / several UNIT
    ("a few hundred", (200, 500)),
    ("a few dozen", (24, 60)),
    ("several dozen", (36, 108)),
    ("several hundred", (300, 900)),
    ("several thousand", (3000, 9000)),
    ("several hundred thousand", (300000, 900000)),
    # a few / several / a couple, no unit
    ("a few", (2, 5)),
    ("several", (3, 9)),
    ("a couple", (2, 2)),
    # modifiers combine with vague words
    ("more than a dozen", (13, None)),
    ("More than a dozen", (13, None)),
    ("about a dozen", (11, 13)),
    ("nearly a dozen", (11, 11)),
    ("up to a dozen", (None, 12)),
    ("at least a few hundred", (200, None)),
    # suffixes and a parenthetical exact figure
    ("50 or more", (50, None)),
    ("a hundred or so", (90, 110)),
    ("more than seven hundred (718)", (718, 718)),
]

NOT_COUNTS = ["some", "many", "most", "a number of", "a growing number", "half", "5%",
              "5 percent", "$100", "33-year-old", "56th", "", "soldiers", "one of the",
              "2.0", "2.5-3"]


@pytest.mark.parametrize(("words", "interval"), PHRASES)
def test_parse_count(words: str, interval: tuple[int | None, int | None]) -> None:
    assert parse_count(words) == interval


@pytest.mark.parametrize("words", NOT_COUNTS)
def test_parse_count_rejects(words: str) -> None:
    assert parse_count(words) is None


# "scores" is a count only before "of" or "more" (not "settle scores").
IN_SENTENCE = [
    (words, interval, after)
    for words, interval in PHRASES
    for after in ("soldiers", "of the soldiers")
    if not (words == "scores" and after == "soldiers")
]


@pytest.mark.parametrize(("words", "interval", "after"), IN_SENTENCE)
def test_phrase_in_a_sentence(words: str, interval: tuple[int | None, int | None], after: str) -> None:
    """Each table phrase, put in a sentence, is found whole with the same interval."""
    text = f"The ministry said {words} {after} had left their posts."
    found = find_quantities(text)
    assert [(q.text, (q.low, q.high)) for q in found] == [(words, interval)]
    assert found[0].start == len("The ministry said ")


# Sentences: the quantities expected, as (text, low, high, exact), left to right.
SENTENCES = [
    ("The rebels number about 9,000 in all.", [("about 9,000", 8100, 9900, False)]),  # a verb, not 'number 9'
    ("Officials said nearly 70 guards had walked off the job.", [("nearly 70", 63, 69, False)]),
    ("Sixteen soldiers deserted.", [("Sixteen", 16, 16, True)]),
    ("More than 4,300 Army personnel returned.", [("More than 4,300", 4301, None, False)]),  # the force's name, then people
    ("Two dozen recruits fled the camp.", [("Two dozen", 24, 24, True)]),
    ("A dozen officers resigned.", [("A dozen", 12, 12, True)]),
    ("Dozens of fighters handed themselves over.", [("Dozens", 24, 99, False)]),
    ("Scores of militiamen returned to their units.", [("Scores", 40, 199, False)]),
    ("Tens of thousands of men left the country.", [("Tens of thousands", 20000, 99999, False)]),
    ("He said more than seven hundred (718) soldiers had gone.",
     [("more than seven hundred (718)", 718, 718, True)]),
    ("A total of 4,356 cases were opened.", [("A total of 4,356", 4356, 4356, True)]),
    ("About 100 to 130 men left every month.", [("About 100 to 130", 90, 143, False)]),
    ("Some 250 fighters and up to 4,400 conscripts fled.",
     [("Some 250", 225, 275, False), ("up to 4,400", None, 4400, False)]),
    ("Between 100 and 200 soldiers defected, and 300-400 more followed.",
     [("Between 100 and 200", 100, 200, False), ("300-400", 300, 400, False)]),
    ("The brigade lost 35 000 men and 13\u00a0625 more deserted.",
     [("35 000", 35000, 35000, True), ("13\u00a0625", 13625, 13625, True)]),
    ("About 2.3 million people fled and one soldier stayed.",
     [("About 2.3 million", 2070000, 2530000, False), ("one", 1, 1, True)]),
    ("In 2015, 300 soldiers deserted.", [("300", 300, 300, True)]),
    ("On September 19, 2024 another 45 left.", [("45", 45, 45, True)]),
    ("The 2000 soldiers at the base left in 2016.", [("2000", 2000, 2000, True)]),
    ("Two or three officers and 96 percent or 4,194 men.",
     [("Two or three", 2, 3, False), ("4,194", 4194, 4194, True)]),
    ("A 5,000-strong force lost a few hundred men.",
     [("5,000", 5000, 5000, True), ("a few hundred", 200, 500, False)]),
    ("Several dozen fighters and a handful of officers.",
     [("Several dozen", 36, 108, False), ("a handful", 2, 9, False)]),
    ("A couple of guards and several conscripts left.",
     [("A couple", 2, 2, False), ("several", 3, 9, False)]),
    ("Hundreds of thousands of men and millions of civilians.",
     [("Hundreds of thousands", 200000, 999999, False), ("millions", 2000000, 9999999, False)]),
    ("One each was sent to the two posts.", [("One", 1, 1, True), ("two", 2, 2, True)]),
    ("The remaining one came from the other faction.", [("one", 1, 1, True)]),
    ("Since the start of November, 18 members surrendered.", [("18", 18, 18, True)]),
    ("The count was 11 625 in 2021 and for 2022 — 6 641.",
     [("11 625", 11625, 11625, True), ("6 641", 6641, 6641, True)]),
    ("The number fell from 200 to 150 last year.", [("200", 200, 200, True), ("150", 150, 150, True)]),
    ("Ahmed Karim, 36, said 40 of his comrades had left.", [("40", 40, 40, True)]),
    ("From March 3 to 9, 2022, at least 1,500 left the camps.", [("at least 1,500", 1500, None, False)]),
    ("AFP APR 10, 2021: some 300 soldiers fled.", [("some 300", 270, 330, False)]),
    ("They surrendered to the 151 Task Force Battalion, 12 of them armed.", [("12", 12, 12, True)]),
    ("Recruits as young as 16 joined 30 others.", [("30", 30, 30, True)]),
    ("The İstanbul office said nearly 70 guards left.", [("nearly 70", 63, 69, False)]),
    ("Posted 2017-11-12 521 rebels surrendered.", [("521", 521, 521, True)]),
    ("They reached the camp. Almost 10,000 people called.", [("Almost 10,000", 9000, 9999, False)]),
    ("The tribunal heard its 88th case since March.", []),
    ("It was the 88th case this year, and 12 more wait.", [("88th", 88, 88, True), ("12", 12, 12, True)]),
    ("Officials called it the 1,204th case of the kind.", [("1,204th", 1204, 1204, True)]),
    ("Men of the 3rd Battalion and 40 others left.", [("40", 40, 40, True)]),
    ("Perm heard its 9th desertion case on Monday.", []),
    ("It was the 9th desertion case in Perm.", [("9th", 9, 9, True)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_find_quantities(text: str, expected: list[tuple[str, int | None, int | None, bool]]) -> None:
    found = find_quantities(text)
    assert [(q.text, q.low, q.high, q.exact) for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.text


def test_offsets_in_a_sentence() -> None:
    text = "Officials said nearly 70 guards had walked off the job."
    assert find_quantities(text) == [Quantity(15, 24, "nearly 70", 63, 69, False)]


# Sentences with no count of people in them.
NEGATIVES = [
    "The offensive began in 2015.",
    "It was reported on September 19, 2024.",
    "The plan covers 2022-2025.",
    "The rebels handed in 3,500 weapons and 120 rifles at the camp.",
    "Conscription rose in the 1990s.",
    "A 22-year-old and a 33-year-old were arrested.",
    "The deserter, aged 36, was sentenced.",
    "Men aged 18 to 60 may not leave.",
    "Only 5% of them returned.",
    "Only 5 percent of them returned.",
    "Half of the battalion stayed.",
    "The bribe was $100.",
    "The bribe was US$100.",
    "The bribe was 100 dollars.",
    "Billions of dollars and thousands of dollars were stolen.",
    "The 56th brigade and the 3rd Brigade held the line.",
    "It breaches Article 337 and Resolution 2334.",
    "They walked for 24 hours.",
    "The meeting began at 10:30.",
    "The convoy drove 190 kilometres.",
    "The checkpoint is 5 km away.",
    "Call +964 770 123 4567 for details.",
    "One of the soldiers said one day no one would stay.",
    "Some soldiers and many officers left, and most stayed.",
    "A number of recruits and a growing number of officers left.",
    "He said it happened a few days ago, several times.",
    "The rate was 17.9 per 1000.",
    "They settle scores with rivals.",
    "The F-16 and COVID-19 were discussed.",
    "Two-thirds of the unit stayed.",
    "Mohammed Saleh, 57, a farmer, was interviewed.",
    "The rebel commander, 45, gave himself up on Monday.",
    "Manuel, now 71, deserted from a unit in 1967.",
    'A rebel leader, alias "Ka Tonyo," 52, gave himself up on Monday.',
    "A former guerrilla, 19; his brother, 23; and a cousin were held.",
    "It happened on April 10, 2021 and on 12 May.",
    "The 2014-15 season ended.",
    "Twitter 2.0 was announced.",
    "By Staff Reporter 1 min read",
    "Some a few hundred metres away, several hundred thousand dollars went missing.",
    "Two and a half years after the ceasefire, the front was quiet.",
    "He served four and a half months at the border.",
    "He sews shirts for 30 Turkish lira a day.",
    "The fine was 900 Syrian pounds.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_malformed_word_list_is_a_knowledge_error() -> None:
    from awol.errors import KnowledgeError
    from awol.normalize.counts import _Lexicon

    with pytest.raises(KnowledgeError, match="counts.yaml"):
        _Lexicon({"number_words": {}})


def test_no_quantities_in_plain_text() -> None:
    assert find_quantities("The soldiers left their posts without orders.") == []
    assert find_quantities("") == []
