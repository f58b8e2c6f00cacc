"""Time phrases resolved by the SCHEMA time rules (awol.normalize.periods).

Each row: a sentence, the publication date (or None), the time words expected
exactly as written, and the period they resolve to (None when they do not).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from awol.errors import KnowledgeError
from awol.normalize.periods import TimeMention, _check, find_times, resolve


def D(s: str) -> date:
    return date.fromisoformat(s)


def P(a: str, b: str) -> tuple[date, date]:
    return D(a), D(b)


def only(sentence: str, published: date | None, text: str) -> TimeMention:
    """The mention whose text is `text`, after checking every offset."""
    found = find_times(sentence, published)
    for m in found:
        assert sentence[m.start:m.end] == m.text
    hits = [m for m in found if m.text == text]
    assert hits, f"{text!r} not found in {[m.text for m in found]}"
    return hits[0]


# Relative expressions: they need a full publication date.
RELATIVE = [
    ("Officials say 300 soldiers deserted in the past three months.", "2015-09-21",
     "in the past three months", P("2015-06-21", "2015-09-21")),
    ("In the past six months about 1,000 men have left the brigade.", "2015-09-21",
     "In the past six months", P("2015-03-21", "2015-09-21")),
    ("Over the past two years the militia lost half its fighters.", "2015-10-28",
     "Over the past two years", P("2013-10-28", "2015-10-28")),
    ("In the last five days 40 recruits walked away.", "2003-10-22",
     "In the last five days", P("2003-10-17", "2003-10-22")),
    ("During the past 4 weeks the unit shrank.", "2020-03-31",
     "During the past 4 weeks", P("2020-03-03", "2020-03-31")),
    ("Desertions rose sharply throughout the past year.", "2017-09-12",
     "throughout the past year", P("2016-09-12", "2017-09-12")),
    ("In the past 24 hours twelve guards fled.", "2020-03-31",
     "In the past 24 hours", P("2020-03-30", "2020-03-31")),
    ("Some 900 people crossed over the previous 48 hours.", "2020-03-31",
     "over the previous 48 hours", P("2020-03-29", "2020-03-31")),
    ("In the preceding two weeks 70 recruits deserted.", "2020-03-31",
     "In the preceding two weeks", P("2020-03-17", "2020-03-31")),
    ("For the past twenty-four months the pay has been late.", "2020-03-31",
     "For the past twenty-four months", P("2018-03-31", "2020-03-31")),
    ("Last month 200 conscripts failed to report.", "2015-09-21",
     "Last month", P("2015-08-01", "2015-08-31")),
    ("Two companies abandoned their posts last week.", "2015-10-18",
     "last week", P("2015-10-05", "2015-10-11")),
    ("This week another 30 crossed the border.", "2024-04-13",
     "This week", P("2024-04-08", "2024-04-13")),
    ("The deserters were caught last weekend.", "2018-12-26",
     "last weekend", P("2018-12-22", "2018-12-23")),
    ("The deserters were caught this past weekend.", "2018-12-26",
     "this past weekend", P("2018-12-22", "2018-12-23")),
    ("Six officers defected over the weekend.", "2018-12-24",
     "over the weekend", P("2018-12-22", "2018-12-23")),
    ("This year 900 cases were opened.", "2013-11-18", "This year", P("2013-01-01", "2013-11-18")),
    ("Earlier this year the battalion lost 50 men.", "2013-11-18",
     "Earlier this year", P("2013-01-01", "2013-11-18")),
    ("The army counted 700 desertions this year so far.", "2019-07-19",
     "this year so far", P("2019-01-01", "2019-07-19")),
    ("So far this year 700 have gone.", "2019-07-19", "So far this year", P("2019-01-01", "2019-07-19")),
    ("This month 15 pilots resigned.", "2024-04-13", "This month", P("2024-04-01", "2024-04-13")),
    ("Earlier this month 15 pilots resigned.", "2024-04-13", "Earlier this month", P("2024-04-01", "2024-04-13")),
    ("Last year 4,000 soldiers went missing.", "2010-04-29", "Last year", P("2009-01-01", "2009-12-31")),
    ("Yesterday ten guards left their posts.", "2013-09-18", "Yesterday", P("2013-09-17", "2013-09-17")),
    ("Today the camp is empty.", "2013-09-18", "Today", P("2013-09-18", "2013-09-18")),
    ("Thirty fighters surrendered overnight from yesterday to today.", "2013-09-18",
     "overnight from yesterday to today", P("2013-09-17", "2013-09-18")),
    ("The day before yesterday five left.", "2013-09-18",
     "The day before yesterday", P("2013-09-16", "2013-09-16")),
    ("Forty soldiers fled on Friday.", "2017-04-22", "on Friday", P("2017-04-21", "2017-04-21")),
    ("Tuesday saw more desertions.", "2013-01-02", "Tuesday", P("2013-01-01", "2013-01-01")),
    ("Fighters left the base on Wednesday.", "2012-07-04", "on Wednesday", P("2012-07-04", "2012-07-04")),
    ("They were arrested last Tuesday.", "2022-05-19", "last Tuesday", P("2022-05-17", "2022-05-17")),
    ("They were arrested last Thursday.", "2022-05-19", "last Thursday", P("2022-05-12", "2022-05-12")),
    ("The post was abandoned earlier on Monday.", "2015-02-23",
     "earlier on Monday", P("2015-02-23", "2015-02-23")),
    ("The convoy left on Sunday night.", "2015-02-23", "on Sunday night", P("2015-02-22", "2015-02-22")),
    ("Last March 60 marines deserted.", "2021-07-05", "Last March", P("2021-03-01", "2021-03-31")),
    ("Last September 60 marines deserted.", "2021-07-05", "Last September", P("2020-09-01", "2020-09-30")),
    ("Three weeks ago two pilots defected.", "2020-03-31", "Three weeks ago", P("2020-03-09", "2020-03-15")),
    ("Two days ago two pilots defected.", "2020-03-31", "Two days ago", P("2020-03-29", "2020-03-29")),
    ("Six months ago the brigade was full.", "2020-03-31", "Six months ago", P("2019-09-01", "2019-09-30")),
    ("Late last month 80 left.", "2021-07-05", "Late last month", P("2021-06-21", "2021-06-30")),
    ("At the end of last year the army had 20,000 troops.", "2021-07-05",
     "At the end of last year", P("2020-12-31", "2020-12-31")),
    ("In the first half of this year 300 deserted.", "2021-05-05",
     "In the first half of this year", P("2021-01-01", "2021-05-05")),
    ("Last summer hundreds fled.", "2016-07-15", "Last summer", P("2015-06-01", "2015-08-31")),
    ("This winter hundreds fled.", "2016-01-15", "This winter", P("2015-12-01", "2016-01-15")),
]


@pytest.mark.parametrize("sentence, published, text, period", RELATIVE)
def test_relative(sentence, published, text, period):
    m = only(sentence, D(published), text)
    assert m.period == period
    assert m.kind == "relative"


@pytest.mark.parametrize("sentence, published, text, period", RELATIVE)
def test_relative_needs_a_full_publication_date(sentence, published, text, period):
    m = only(sentence, None, text)
    assert m.period is None
    assert m.kind == "relative"


SINCE = [
    ("Since the president declared a \"special operation\" on March 3, some 9,000 men have gone.", "2023-04-11",
     'Since the president declared a "special operation" on March 3', P("2023-03-03", "2023-04-11")),
    ("Since January 2023 some 500 have deserted.", "2024-10-16", "Since January 2023", P("2023-01-01", "2024-10-16")),
    ("Since the beginning of 2024 the army lost 900 men.", "2024-10-16",
     "Since the beginning of 2024", P("2024-01-01", "2024-10-16")),
    ("Hundreds have gone since early August.", "2024-10-16", "since early August", P("2024-08-01", "2024-10-16")),
    ("Since September 2022 the draft has emptied villages.", "2023-04-11",
     "Since September 2022", P("2022-09-01", "2023-04-11")),
    ("Since 2016 the force has halved.", "2020-02-13", "Since 2016", P("2016-01-01", "2020-02-13")),
    ("Since mid-April 400 have crossed.", "2023-08-01", "Since mid-April", P("2023-04-11", "2023-08-01")),
    ("Since the start of November 70 returned.", "2017-11-12",
     "Since the start of November", P("2017-11-01", "2017-11-12")),
    ("Since last year the unit has lost 60 men.", "2021-07-05", "Since last year", P("2020-01-01", "2021-07-05")),
    ("Some 800 officers have defected since the February 2021 coup.", "2021-09-01",
     "since the February 2021 coup", P("2021-02-01", "2021-09-01")),
    ("Desertions have doubled since the new commander took over in June.", "2025-10-19",
     "since the new commander took over in June", P("2025-06-01", "2025-10-19")),
    ("Since the talks collapsed on February 4 the rebels lost 90 men.", "2017-11-12",
     "Since the talks collapsed on February 4", P("2017-02-04", "2017-11-12")),
]


@pytest.mark.parametrize("sentence, published, text, period", SINCE)
def test_since(sentence, published, text, period):
    m = only(sentence, D(published), text)
    assert m.period == period
    assert m.kind == "relative"


@pytest.mark.parametrize("sentence, published, text, period", SINCE)
def test_since_needs_a_full_publication_date(sentence, published, text, period):
    assert only(sentence, None, text).period is None


# Absolute expressions resolve alone (published None).
ABSOLUTE = [
    ("About 41,000 soldiers deserted during the fiscal year that ended June 30, 1969.",
     "during the fiscal year that ended June 30, 1969", P("1968-07-01", "1969-06-30")),
    ("Desertions rose in the year to March 2019, the report said.", "in the year to March 2019", P("2018-04-01", "2019-03-31")),
    ("Some 312 fighters defected in 2019, 287 in 2020 and 241 in 2021.", "in 2020", P("2020-01-01", "2020-12-31")),
    ("The unit was disbanded on September 19, 2024.", "on September 19, 2024", P("2024-09-19", "2024-09-19")),
    ("The unit was disbanded on 19 September 2024.", "on 19 September 2024", P("2024-09-19", "2024-09-19")),
    ("The unit was disbanded Sept. 29, 2016.", "Sept. 29, 2016", P("2016-09-29", "2016-09-29")),
    ("It happened on Wednesday, December 26, 2018.", "on Wednesday, December 26, 2018",
     P("2018-12-26", "2018-12-26")),
    ("Report dated 2024-09-19 lists 40 names.", "2024-09-19", P("2024-09-19", "2024-09-19")),
    ("It began on the 5th of March 2020.", "on the 5th of March 2020", P("2020-03-05", "2020-03-05")),
    ("Most left in early May 2022.", "in early May 2022", P("2022-05-01", "2022-05-10")),
    ("Most left in mid-May 2022.", "in mid-May 2022", P("2022-05-11", "2022-05-20")),
    ("Most left in late February 2024.", "in late February 2024", P("2024-02-21", "2024-02-29")),
    ("In March 2024 about 30 fled.", "In March 2024", P("2024-03-01", "2024-03-31")),
    ("The count for Sept. 2022 was 40.", "for Sept. 2022", P("2022-09-01", "2022-09-30")),
    ("The count for October. 1964 was 40.", "for October. 1964", P("1964-10-01", "1964-10-31")),
    ("In 2023 some 3,000 soldiers fled.", "In 2023", P("2023-01-01", "2023-12-31")),
    ("For the whole of 2023 the tally was 3,000.", "For the whole of 2023", P("2023-01-01", "2023-12-31")),
    ("The figure for 2022 was lower.", "for 2022", P("2022-01-01", "2022-12-31")),
    ("From January to September 2024, 500 cases were opened.", "From January to September 2024",
     P("2024-01-01", "2024-09-30")),
    ("Between February and November 2014 some 300 left.", "Between February and November 2014",
     P("2014-02-01", "2014-11-30")),
    ("They left from November 29, 2024, to March 1, 2025.", "from November 29, 2024, to March 1, 2025",
     P("2024-11-29", "2025-03-01")),
    ("Between August 10 and 12, 2021, hundreds fled.", "Between August 10 and 12, 2021",
     P("2021-08-10", "2021-08-12")),
    ("Between 10 and 12 August 2021 hundreds fled.", "Between 10 and 12 August 2021",
     P("2021-08-10", "2021-08-12")),
    ("Between January 2022 and August 2025 the court heard 900 cases.", "Between January 2022 and August 2025",
     P("2022-01-01", "2025-08-31")),
    ("The court heard 900 cases in 2022-2025.", "in 2022-2025", P("2022-01-01", "2025-12-31")),
    ("The court heard 900 cases in 2022–25.", "in 2022–25", P("2022-01-01", "2025-12-31")),
    ("From 2010 to August 2016 the army shrank.", "From 2010 to August 2016", P("2010-01-01", "2016-08-31")),
    ("From 01 January to 15 March 2018 some 60 returned.", "From 01 January to 15 March 2018",
     P("2018-01-01", "2018-03-15")),
    ("In the first half of 2023 the rate fell.", "In the first half of 2023", P("2023-01-01", "2023-06-30")),
    ("In the second half of 2023 the rate rose.", "In the second half of 2023", P("2023-07-01", "2023-12-31")),
    ("In the third quarter of 2023 the rate rose.", "In the third quarter of 2023", P("2023-07-01", "2023-09-30")),
    ("During the first 10 months of 1965, 30 deserted.", "During the first 10 months of 1965",
     P("1965-01-01", "1965-10-31")),
    ("In the first week of March 2023 forty fled.", "In the first week of March 2023", P("2023-03-01", "2023-03-07")),
    ("In the last week of March 2023 forty fled.", "In the last week of March 2023", P("2023-03-25", "2023-03-31")),
    ("During the last two months of 2022, 30 deserted.", "During the last two months of 2022",
     P("2022-11-01", "2022-12-31")),
    ("In the final three days of May 2021 ten left.", "In the final three days of May 2021", P("2021-05-29", "2021-05-31")),
    ("As of March 2013, 200 had defected.", "As of March 2013", P("2013-03-01", "2013-03-31")),
    ("By 3 April 2023, 500 had fled.", "By 3 April 2023", P("2023-04-03", "2023-04-03")),
    ("Many deserted in summer 2015.", "in summer 2015", P("2015-06-01", "2015-08-31")),
    ("Many deserted in the winter of 2015.", "in the winter of 2015", P("2015-12-01", "2016-02-29")),
    ("Many deserted in autumn 2019.", "in autumn 2019", P("2019-09-01", "2019-11-30")),
    ("By the start of 2023 the unit was empty.", "By the start of 2023", P("2023-01-01", "2023-01-01")),
    ("At the end of 2023 the unit was empty.", "At the end of 2023", P("2023-12-31", "2023-12-31")),
    ("At the end of March 2023 the unit was empty.", "At the end of March 2023", P("2023-03-31", "2023-03-31")),
    ("In mid-2023 the unit was empty.", "In mid-2023", P("2023-05-01", "2023-08-31")),
    ("In early 2023 the unit was empty.", "In early 2023", P("2023-01-01", "2023-04-30")),
    ("In late 2023 the unit was empty.", "In late 2023", P("2023-09-01", "2023-12-31")),
    ("In the 1990s thousands fled.", "In the 1990s", P("1990-01-01", "1999-12-31")),
]


@pytest.mark.parametrize("sentence, text, period", ABSOLUTE)
def test_absolute_resolves_alone(sentence, text, period):
    m = only(sentence, None, text)
    assert m.period == period
    assert m.kind == "absolute"


@pytest.mark.parametrize("sentence, text, period", ABSOLUTE)
def test_absolute_ignores_publication(sentence, text, period):
    assert only(sentence, D("2025-12-01"), text).period == period


# A month or day with no year takes published's year, or the year before.
NO_YEAR = [
    ("About 41,000 soldiers deserted during the fiscal year that ended June 30.", "1969-09-12",
     "during the fiscal year that ended June 30", P("1968-07-01", "1969-06-30")),
    ("In late September a unit abandoned its posts.", "2015-10-18", "In late September", P("2015-09-21", "2015-09-30")),
    ("In March alone 40 left.", "2024-04-12", "In March alone", P("2024-03-01", "2024-03-31")),
    ("February was the worst month.", "2024-04-12", "February", P("2024-02-01", "2024-02-29")),
    ("In October 300 deserted.", "1965-11-24", "In October", P("1965-10-01", "1965-10-31")),
    ("In December 300 deserted.", "2016-01-10", "In December", P("2015-12-01", "2015-12-31")),
    ("They fled on November 3.", "2017-11-12", "on November 3", P("2017-11-03", "2017-11-03")),
    ("They fled on 20 December.", "2017-11-12", "on 20 December", P("2016-12-20", "2016-12-20")),
    ("They fled in early September.", "2017-09-12", "in early September", P("2017-09-01", "2017-09-10")),
    ("Between November and December 80 left.", "2024-02-15", "Between November and December",
     P("2023-11-01", "2023-12-31")),
    ("In a week and a half in April 300 fled.", "2024-04-12", "In a week and a half in April",
     P("2024-04-01", "2024-04-12")),
    ("In the first five days of April 40 fled.", "2024-04-20", "In the first five days of April",
     P("2024-04-01", "2024-04-05")),
    ("In the first ten days of April 40 fled.", "2024-04-06", "In the first ten days of April",
     P("2024-04-01", "2024-04-06")),
    ("The camp emptied on Friday, November 15.", "2024-11-18", "on Friday, November 15",
     P("2024-11-15", "2024-11-15")),
    ("Many deserted in the summer.", "2016-01-10", "in the summer", P("2015-06-01", "2015-08-31")),
    ("They returned on All Souls' Day.", "2017-11-12", "on All Souls' Day", P("2017-11-02", "2017-11-02")),
]


@pytest.mark.parametrize("sentence, published, text, period", NO_YEAR)
def test_no_year_takes_the_publication_year(sentence, published, text, period):
    assert only(sentence, D(published), text).period == period


@pytest.mark.parametrize("sentence, published, text, period", NO_YEAR)
def test_no_year_and_no_publication_stays_unresolved(sentence, published, text, period):
    assert only(sentence, None, text).period is None


VAGUE = [
    ("Recently, dozens have left.", "Recently"),
    ("Dozens have left in recent months.", "in recent months"),
    ("Dozens have left in recent weeks.", "in recent weeks"),
    ("Dozens have left lately.", "lately"),
    ("Dozens have left in the past few days.", "in the past few days"),
    ("Dozens leave every month.", "every month"),
    ("Dozens have left in recent years.", "in recent years"),
    ("Dozens have left over the past several months.", "over the past several months"),
    ("Dozens were killed in recent fighting.", "in recent fighting"),
]


@pytest.mark.parametrize("sentence, text", VAGUE)
def test_vague(sentence, text):
    m = only(sentence, D("2020-05-05"), text)
    assert (m.kind, m.period) == ("vague", None)


EVENT = [
    ("Since the coup, 300 soldiers have defected.", "Since the coup"),
    ("Since the invasion, 300 soldiers have defected.", "Since the invasion"),
    ("Since the start of the civil war, 300 soldiers have defected.", "Since the start of the civil war"),
    ("Since inception the programme has received 900 fighters.", "Since inception"),
    ("After the adoption of the law, 40 returned.", "After the adoption of the law"),
    ("In the months leading up to the attack, 20 left.", "In the months leading up to the attack"),
]


@pytest.mark.parametrize("sentence, text", EVENT)
def test_event_anchors(sentence, text):
    m = only(sentence, D("2020-05-05"), text)
    assert (m.kind, m.period) == ("event", None)


NOT_TIMES = [
    "A 33-year-old soldier was arrested.",
    "He served for two months before he left.",
    "The rebels were given a 45-day ultimatum.",
    "He was halfway through a three-year term.",
    "Guards watch the border 24 hours a day.",
    "The attack began at 10pm.",
    "A force of 2000 soldiers guards the pass.",
    "The unit of 2015 men was split in two.",
    "The camp holds between 2000 and 3000 fighters.",
    "Theresa May visited the base.",
    "The fall of Mosul shocked the army.",
    "The summer offensive failed.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_time_expressions(sentence):
    assert find_times(sentence, D("2020-05-05")) == []


SPEECH = [
    ("The ministry said on Monday that 40 soldiers deserted.", "on Monday", True),
    ("The ministry announced Friday that 40 soldiers deserted.", "Friday", True),
    ("A commander told AFP on Tuesday that 40 had fled.", "on Tuesday", True),
    ("The army on Wednesday said 40 had fled.", "on Wednesday", True),
    ("The army said Wednesday 40 had fled.", "Wednesday", True),
    ("The agency reported on 14 October that 40 had fled.", "on 14 October", True),
    ("In a statement released on Monday the army named 40 deserters.", "on Monday", True),
    ("On Monday, officials said 40 had fled.", "On Monday", True),
    ("Forty soldiers fled on Monday, the army said.", "on Monday", False),
    ("The army said that on Monday 40 soldiers fled.", "on Monday", False),
    ("The army said 40 soldiers fled their posts on Monday.", "on Monday", False),
    ("The army said 40 soldiers fled in March.", "in March", False),
]


@pytest.mark.parametrize("sentence, text, dated", SPEECH)
def test_speech_dated(sentence, text, dated):
    assert only(sentence, D("2019-10-20"), text).speech_dated is dated


def test_several_mentions_in_order_and_disjoint():
    s = "In 2022 some 300 left, in 2023 another 500, and last month 40, officials said on Monday."
    found = find_times(s, D("2024-04-12"))
    assert [m.text for m in found] == ["In 2022", "in 2023", "last month", "on Monday"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert [m.speech_dated for m in found] == [False, False, False, True]


RESOLVE = [
    ("in the past six months", "2015-09-21", P("2015-03-21", "2015-09-21")),
    ("last month", "2015-09-21", P("2015-08-01", "2015-08-31")),
    ("since January 2023", "2024-10-16", P("2023-01-01", "2024-10-16")),
    ("19 September 2024", None, P("2024-09-19", "2024-09-19")),
    ("recently", "2015-09-21", None),
    ("since the coup", "2015-09-21", None),
    ("last month", None, None),
    ("no time here", "2015-09-21", None),
]


@pytest.mark.parametrize("phrase, published, period", RESOLVE)
def test_resolve(phrase, published, period):
    assert resolve(phrase, D(published) if published else None) == period


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_weekday_is_latest_on_or_before_published(published, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    day = resolve(f"on {name}", published)[0]
    assert day.weekday() == wd and published - timedelta(days=6) <= day <= published
    last = resolve(f"last {name}", published)[0]
    assert last.weekday() == wd and published - timedelta(days=7) <= last < published


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 24))
def test_past_months_end_at_published(published, n):
    start, end = resolve(f"in the past {n} months", published)
    assert end == published
    months = (published.year - start.year) * 12 + published.month - start.month
    assert months == n and start.day <= published.day


@pytest.mark.parametrize("data, section", [
    ([], "top level"),
    ({"months": {}}, "month_needs_cue"),
])
def test_malformed_word_lists_raise_knowledge_error(data, section):
    with pytest.raises(KnowledgeError, match=section):
        _check(data, "periods.yaml")


@pytest.mark.parametrize("sentence, texts", [
    ("About 1,200 soldiers have deserted in recent months, 40 of them officers.", ["in recent months"]),
    ("Some 300 fighters surrendered every month, a spokesman said.", ["every month"]),
    ("Desertions rose between 2014 and 2016 to 5,000.", ["between 2014 and 2016"]),
    ("In the 1990s about 700 men a year left the army.", ["In the 1990s"]),
    ("The 2015/16 figure was 900.", ["2015/16"]),
    ("In mid-2019, 45 troops defected.", ["In mid-2019"]),
    ("Nowadays 12 recruits vanish each year.", ["Nowadays", "each year"]),
    ("Of late 60 militiamen have crossed over.", ["Of late"]),
    ("Some 1,500 fighters surrendered to the 3rd Brigade.", []),
])
def test_patterns_run_on_the_words_every_match_holds(sentence, texts):
    """A pattern runs only on sentences with one of its trigger words (a year's digits, 'late' of
    'of late'): gating by those words misses no phrase, and a figure that is no year is no date."""
    assert [m.text for m in find_times(sentence, D("2024-05-01"))] == texts


def test_until_today_is_no_day():
    """'Until today, 340 have not come back': the end of a span whose start is not given, not the day itself."""
    assert find_times("Until today, 340 have not come back.", D("2024-05-01")) == []
    assert [m.text for m in find_times("They left today.", D("2024-05-01"))] == ["today"]
