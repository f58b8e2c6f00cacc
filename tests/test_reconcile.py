"""Reconcile rules, one test each: the seed conflict, combination, grouping, syndication."""

from __future__ import annotations

import pytest

from awol.reconcile import combine, reconcile, syndicated_clusters
from awol.reconcile.combine import intersect
from awol.reconcile.derived import Interval
from awol.reconcile.syndication import similar, shingles

PARENTS = {"Iraqi Special Operations Forces": "Iraqi Armed Forces"}


def claim(cid, count=None, *, group="Iraqi Armed Forces", kind="desertion", published="2015-09-21", period=None,
          source=None, source_type="publisher", doc=None, country="IQ", origin=(), destination=(), count_text=None):
    doc = doc or cid
    return {
        "claim_id": cid, "doc_id": doc, "doc_hash": f"h-{doc}", "published": published, "publisher": f"Outlet {doc}",
        "url": None, "kind": kind, "measure": None, "group": group, "group_mention": group, "group_country": country,
        "count": {"low": count[0], "high": count[1]} if count else None, "count_text": count_text,
        "period": {"start": period[0], "end": period[1]} if period else None, "period_text": None,
        "origin": [{"name": n, "country": c} for n, c in origin],
        "destination": [{"name": n, "country": c} for n, c in destination],
        "to_group": None, "source": source, "source_type": source_type, "status": "asserted",
        "evidence": "", "evidence_start": None, "evidence_end": None, "rule": None,
    }


def events_of(claims, documents=(), parents=PARENTS):
    return reconcile(list(claims), list(documents), parents=parents).events


def test_seed_tens_against_more_than_100_is_one_conflicting_event():
    claims = [
        claim("mod", (20, 99), source="Iraqi Ministry of Defence", source_type="government", doc="seed", count_text="tens"),
        claim("member", (101, None), group="Iraqi Special Operations Forces", source_type="member", doc="seed",
              count_text="more than 100"),
    ]
    (event,) = events_of(claims)
    assert event.conflict
    assert (event.low, event.high) == (None, None)
    assert event.group == "Iraqi Armed Forces"
    assert sorted(event.claim_ids) == ["member", "mod"]
    assert '"tens" (20..99) from Iraqi Ministry of Defence' in event.note
    assert '"more than 100" (101..) from member' in event.note
    assert event.note.index("tens") < event.note.index("against") < event.note.index("more than 100")
    assert {f["source_type"] for f in event.figures} == {"government", "member"}
    assert len(event.sources) == 2


def test_one_persons_story_is_part_of_a_larger_figure_not_a_rival():
    claims = [
        claim("scores", (40, 199), doc="d", count_text="scores"),
        claim("one", (1, 1), source="a conscript who fled", source_type="member", doc="d"),
    ]
    (event,) = events_of(claims)
    assert not event.conflict
    assert (event.low, event.high) == (40, 199)
    (alone,) = events_of([claim("one", (1, 1), source="a conscript who fled", source_type="member")])
    assert (alone.low, alone.high) == (1, 1)


def test_without_hierarchy_parent_and_child_stay_apart():
    claims = [claim("a", (20, 99)), claim("b", (101, None), group="Iraqi Special Operations Forces")]
    assert len(events_of(claims, parents={})) == 2


@pytest.mark.parametrize(
    ("counts", "low", "high", "conflict"),
    [
        ([(20, 99), (24, 99)], 24, 99, False),  # overlap: intersection
        ([(101, None), (150, 200)], 150, 200, False),  # open end constrains nothing
        ([(101, None)], 101, None, False),  # alone, stays open
        ([(None, 50), (20, 99)], 20, 50, False),
        ([(101, None), (None, 150)], 101, 150, False),
        ([(20, 99), (101, None)], None, None, True),  # disjoint: conflict
        ([(12, 12), (None, 4)], None, None, True),
    ],
)
def test_combination_rules(counts, low, high, conflict):
    claims = [claim(f"c{n}", c, source=f"s{n}", source_type="government") for n, c in enumerate(counts)]
    got = combine(claims)
    assert (got.low, got.high, got.conflict) == (low, high, conflict)


def test_no_figures_gives_no_estimate_and_no_conflict():
    got = combine([claim("a"), claim("b")])
    assert (got.low, got.high, got.conflict, got.note) == (None, None, False, "no figures reported")


def test_running_total_takes_latest_and_is_not_a_conflict():
    claims = [
        claim("mon", (40, 40), published="2024-03-04", period=("2024-03-04", "2024-03-04"), group="Armed Forces of Ukraine", country="UA"),
        claim("thu", (55, 55), published="2024-03-07", group="Armed Forces of Ukraine", country="UA", source="commander", source_type="military"),
        claim("fri", (51, None), published="2024-03-08", group="Armed Forces of Ukraine", country="UA", doc="fri"),
    ]
    (event,) = events_of(claims)
    assert not event.conflict
    assert (event.low, event.high) == (55, None)
    assert event.note.startswith("running total grew")


def test_shrinking_figure_is_a_conflict_not_a_running_total():
    claims = [
        claim("mon", (55, 55), published="2024-03-04", source="a", source_type="government"),
        claim("thu", (40, 40), published="2024-03-07", source="b", source_type="military"),
    ]
    assert combine(claims).conflict


def test_intersect():
    assert intersect([Interval(1, 5), Interval(3, None)]) == Interval(3, 5)
    assert intersect([Interval(1, 2), Interval(3, 4)]) is None


@pytest.mark.parametrize(
    ("second", "same_event"),
    [
        (dict(published="2015-09-25"), True),  # days later
        (dict(published="2015-12-20"), False),  # months later
        (dict(kind="defection"), False),  # another kind
        (dict(group="Peshmerga"), False),  # another group
        (dict(country="SY"), False),  # the same name in another country
        (dict(destination=[("Germany", "DE")]), False),  # first went to Turkey
        (dict(destination=[("Hatay", "TR")]), True),
        (dict(destination=[("Europe", None)]), True),  # no country: no contradiction
        (dict(period=("2015-09-14", "2015-09-20")), True),  # last week
        (dict(period=("2014-01-01", "2014-12-31")), False),  # last year's statistic is another thing
        # An undated report may be the year-to-date figure published beside it: it meets the span's end.
        (dict(period=("2015-01-01", "2015-09-20")), True),
    ],
)
def test_grouping_rules(second, same_event):
    first = claim("a", (30, 30), destination=[("Turkey", "TR")], source="ministry", source_type="government")
    other = claim("b", (35, 35), **{"source": "army", "source_type": "military", **second})
    assert (len(events_of([first, other])) == 1) is same_event


def test_long_periods_meet_when_they_mostly_overlap():
    a = claim("a", (19001, None), period=("2024-01-01", "2024-03-04"), published="2024-03-04")
    b = claim("b", (19000, 21000), period=("2024-01-01", "2024-03-07"), published="2024-03-07")
    c = claim("c", (5000, 5000), period=("2023-01-01", "2023-12-31"), published="2024-03-07")
    assert len(events_of([a, b, c])) == 2


def test_one_voice_with_two_undated_figures_in_one_report_is_two_events():
    a = claim("a", (17, 17), doc="roundup")
    b = claim("b", (5, 5), doc="roundup")
    assert len(events_of([a, b])) == 2


def test_running_total_told_in_one_report_stays_one_event():
    a = claim("a", (40, 40), doc="r", published="2024-03-08", period=("2024-03-03", "2024-03-03"))
    b = claim("b", (55, 55), doc="r", published="2024-03-08")
    assert len(events_of([a, b])) == 1


def test_undated_claims_join_only_on_agreeing_figures():
    a = claim("a", (100, 120), published=None)
    b = claim("b", (110, 110), published=None)
    c = claim("c", (3, 3), published=None)
    d = claim("d", (110, 110), published="2015-09-21")
    events = events_of([a, b, c, d])
    assert sorted(sorted(e.claim_ids) for e in events) == [["a", "b"], ["c"], ["d"]]


def test_event_ids_and_order_are_stable_under_input_order():
    claims = [claim(f"c{n}", (n + 1, n + 1), published=f"2015-0{1 + n % 9}-10", source=f"s{n}") for n in range(9)]
    first = [(e.event_id, e.claim_ids) for e in events_of(claims)]
    again = [(e.event_id, e.claim_ids) for e in events_of(reversed(claims))]
    assert first == again
    assert all(e.startswith("ev-") for e, _ in first)


def test_claim_without_id_is_an_input_error():
    from awol.errors import InputError

    bad = claim("a")
    del bad["claim_id"]
    with pytest.raises(InputError, match="no claim_id"):
        reconcile([bad], [])


STORY = (
    "Thirty soldiers crossed the border at dawn on Monday and surrendered to the guards, officials said, "
    "adding that the men had been given food and shelter at a camp near the frontier while their cases were "
    "examined by the authorities in the capital over the coming days."
)
OTHER = (
    "A group of about thirty troops fled across the frontier early on Monday, according to a monitoring group, "
    "which said the deserters were now being held in a camp and questioned about the state of their former unit."
)


def test_syndicated_copies_counted_once_in_sources_but_all_members():
    docs = [
        {"doc_hash": "h-wire", "doc_id": "wire", "publisher": "Wire", "published": "2015-09-21", "text": STORY},
        {"doc_hash": "h-copy", "doc_id": "copy", "publisher": "Portal", "published": "2015-09-22",
         "text": "From our partners. " + STORY + " Read more."},
        {"doc_hash": "h-own", "doc_id": "own", "publisher": "Daily", "published": "2015-09-22", "text": OTHER},
    ]
    claims = [claim("w", (30, 30), doc="wire"), claim("c", (30, 30), doc="copy"), claim("o", (27, 33), doc="own")]
    result = reconcile(claims, docs, parents=PARENTS)
    assert result.syndicated == {"h-wire": "h-wire", "h-copy": "h-wire"}
    (event,) = result.events
    assert sorted(event.claim_ids) == ["c", "o", "w"]
    assert event.sources == ["Daily", "Wire"]
    assert {f["claim_id"]: f["syndicated_of"] for f in event.figures}["c"] == "h-wire"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (STORY, "From our partners. " + STORY, True),
        (STORY, STORY[: len(STORY) * 2 // 3], True),  # a shortened reprint
        (STORY, OTHER, False),  # the same event, written independently
        ("Ten soldiers left.", "Ten soldiers left.", False),  # too short to tell
    ],
)
def test_similarity_threshold(a, b, expected):
    assert similar(shingles(a), shingles(b)) is expected


def test_syndicated_clusters_do_not_depend_on_order():
    docs = [
        {"doc_hash": "b", "published": None, "text": STORY},
        {"doc_hash": "a", "published": "2015-09-22", "text": STORY + " Updated."},
    ]
    assert syndicated_clusters(docs) == syndicated_clusters(docs[::-1]) == {"a": "a", "b": "a"}


def test_default_registry_gives_parent_and_child():
    pytest.importorskip("awol.normalize.groups")
    claims = [claim("a", (20, 99), source="ministry", source_type="government"),
              claim("b", (101, None), group="Iraqi Army", source_type="member")]
    (event,) = reconcile(claims, []).events
    assert event.group == "Iraqi Armed Forces"
    assert event.conflict
