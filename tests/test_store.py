"""The Store API: migrations, idempotent adds, stable ids, filters, search, events."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awol.errors import StoreError
from awol.model import KINDS, MEASURES, SOURCE_TYPES, STATUSES, Claim, Count, Document, DocResult, Period, Place
from awol.store import Store, claim_id
from awol.store.migrations import available

# Sentences written for these tests (not corpus text).
ARTICLES = [
    ("iq-ministry", "2015-09-21", "Example Daily",
     "A ministry official said tens of soldiers deserted their posts in Anbar last month. Officials deny more.",
     [dict(kind="desertion", group="Iraqi Army", group_mention="soldiers", group_country="IQ",
           count=Count(20, 99), count_text="tens", period=Period("2015-08-01", "2015-08-31"),
           period_text="last month", origin=[Place("Anbar", "IQ", 33.0, 43.0)],
           source="Iraqi Ministry of Defence", source_type="government")]),
    ("iq-member", "2015-09-22", "Example Weekly",
     "A special forces member said more than 100 men deserted from one unit alone and went to Europe.",
     [dict(kind="desertion", group="Iraqi Army", group_mention="men", group_country="IQ",
           count=Count(101, None), count_text="more than 100", source_type="member",
           origin=[Place("Baghdad", "IQ", 33.3, 44.4)], destination=[Place("Europe", None)])]),
    ("sy-defect", "2013-05-10", "Example Wire",
     "Twelve officers of the Syrian Army defected to the Free Syrian Army and crossed into Turkey on Friday.",
     [dict(kind="defection", group="Syrian Army", group_mention="Syrian Army", group_country="SY",
           count=Count(12, 12), count_text="Twelve", period=Period("2013-05-10", "2013-05-10"),
           period_text="on Friday", to_group="Free Syrian Army", destination=[Place("Turkey", "TR", 39.0, 35.0)],
           source_type="publisher")]),
    ("ua-battalion", "2023-03-01", "Example Post",
     "The battalion was 400 strong in February. Nearly 70 of its men deserted, a commander said.",
     [dict(kind="strength", measure="total", group="Ukrainian Ground Forces", group_mention="The battalion",
           group_country="UA", count=Count(400, 400), count_text="400", period=Period("2023-02-01", "2023-02-28"),
           period_text="in February", source_type="publisher"),
      dict(kind="desertion", group="Ukrainian Ground Forces", group_mention="its men", group_country="UA",
           count=Count(63, 69), count_text="Nearly 70", source="a commander", source_type="military",
           status="unverified")]),
]


def make(doc_id: str, published: str | None, publisher: str, text: str, specs: list[dict]) -> tuple[Document, DocResult]:
    doc = Document(id=doc_id, text=text, published=published, publisher=publisher, url=f"https://example.org/{doc_id}",
                   title=doc_id.replace("-", " "))
    claims = []
    for spec in specs:
        # Evidence: the sentence that holds the count words.
        anchor = spec.get("count_text") or spec["group_mention"]
        start = text.rfind(". ", 0, text.index(anchor))
        start = 0 if start < 0 else start + 2
        end = text.index(".", text.index(anchor)) + 1
        claims.append(Claim(evidence=text[start:end], evidence_start=start, evidence_end=end, rule="test/v1", **spec))
    return doc, DocResult(doc_id=doc_id, published=published, claims=claims, drivers=["pay"], doc_hash=doc.hash)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        for art in ARTICLES:
            s.add(*make(*art))
        s.reconcile()
        yield s


def test_migrations_apply_once_and_are_recorded(tmp_path):
    path = tmp_path / "m.db"
    with Store.open(path) as s:
        first = s.conn.execute("SELECT name, applied_at FROM migrations ORDER BY name").fetchall()
    with Store.open(path) as s:
        second = s.conn.execute("SELECT name, applied_at FROM migrations ORDER BY name").fetchall()
        mode = s.conn.execute("PRAGMA journal_mode").fetchone()[0]
        fk = s.conn.execute("PRAGMA foreign_keys").fetchone()[0]
    assert [tuple(r) for r in first] == [tuple(r) for r in second]
    assert [r[0] for r in first] == [name for name, _ in available()]
    assert len(first) >= 2
    assert (mode, fk) == ("wal", 1)


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store.open(bad)


def test_add_is_idempotent_by_content(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        doc, result = make(*ARTICLES[0])
        assert s.add(doc, result) is True
        before = s.counts()
        assert s.add(doc, result) is False
        # The same text under another id and publisher is the same document.
        copy = Document(id="copy", text=doc.text.replace(" ", "  "), publisher="Other")
        assert s.add(copy, DocResult(doc_id="copy", published=None)) is False
        assert s.counts() == before == {"documents": 1, "claims": 1, "events": 0, "conflicts": 0}


def test_claim_ids_are_stable_across_databases(tmp_path):
    ids = []
    for name in ("a.db", "b.db"):
        with Store.open(tmp_path / name) as s:
            for art in reversed(ARTICLES) if name == "b.db" else ARTICLES:
                s.add(*make(*art))
            ids.append(sorted(r[0] for r in s.conn.execute("SELECT claim_id FROM claims")))
    doc, result = make(*ARTICLES[0])
    assert ids[0] == ids[1]
    assert claim_id(doc.hash, result.claims[0]) in ids[0]


def test_claims_carry_every_schema_field(store):
    recs = store.claims(kind="defection")
    assert len(recs) == 1
    rec = recs[0]
    assert rec["doc_id"] == "sy-defect"
    assert rec["count"] == {"low": 12, "high": 12}
    assert rec["period"] == {"start": "2013-05-10", "end": "2013-05-10"}
    assert rec["to_group"] == "Free Syrian Army"
    assert rec["destination"] == [{"name": "Turkey", "country": "TR", "lat": 39.0, "lon": 35.0}]
    assert rec["evidence"].startswith("Twelve officers") and rec["rule"] == "test/v1"
    for key in ("kind", "measure", "group", "group_mention", "group_country", "count", "count_text", "period",
                "period_text", "origin", "destination", "to_group", "source", "source_type", "status", "evidence",
                "doc_id", "event_id"):
        assert key in rec
    text = store.conn.execute("SELECT text FROM documents WHERE doc_id = 'sy-defect'").fetchone()[0]
    assert text[rec["evidence_start"]:rec["evidence_end"]] == rec["evidence"]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["sy-defect", "iq-ministry", "iq-member", "ua-battalion", "ua-battalion"]),
    ({"group": "iraqi army"}, ["iq-ministry", "iq-member"]),
    ({"group": "The battalion"}, ["ua-battalion"]),
    ({"country": "IQ"}, ["iq-ministry", "iq-member"]),
    ({"country": "tr"}, ["sy-defect"]),
    ({"kind": "strength"}, ["ua-battalion"]),
    ({"source_type": "member"}, ["iq-member"]),
    ({"since": "2015-09-01"}, ["iq-member", "ua-battalion", "ua-battalion"]),
    ({"since": "2015-08-15", "until": "2015-09-30"}, ["iq-ministry", "iq-member"]),
    ({"until": "2015-08-31"}, ["sy-defect", "iq-ministry"]),
    ({"kind": "desertion", "country": "UA"}, ["ua-battalion"]),
])
def test_claim_filters(store, filters, expected):
    assert [r["doc_id"] for r in store.claims(**filters)] == expected


@pytest.mark.parametrize("filters, message", [
    ({"kind": "fleeing"}, "unknown kind"),
    ({"source_type": "rumour"}, "unknown source type"),
    ({"since": "last week"}, "YYYY-MM-DD"),
    ({"colour": "red"}, "unknown filter"),
])
def test_bad_filters_are_explained(store, filters, message):
    with pytest.raises(StoreError, match=message):
        store.claims(**filters)


def test_events_are_recomputed_from_all_claims(store):
    events = store.events()
    assert events and all(e["n_claims"] == len(e["claim_ids"]) for e in events)
    linked = {cid for e in events for cid in e["claim_ids"]}
    assert linked == {r["claim_id"] for r in store.claims()}
    assert all(r["event_id"] for r in store.claims())
    iraq = store.events(country="IQ", kind="desertion")
    assert {cid for e in iraq for cid in e["claim_ids"]} == {r["claim_id"] for r in store.claims(country="IQ")}
    assert store.events(source_type="member") and all(
        any(c["source_type"] == "member" for c in store.claims() if c["claim_id"] in e["claim_ids"])
        for e in store.events(source_type="member"))
    assert store.events(since="2030-01-01") == []
    # Recomputing gives the same events.
    store.reconcile()
    assert store.events() == events


def test_stats(store):
    st = store.stats()
    assert (st["documents"], st["claims"]) == (4, 5)
    assert st["by_kind"] == {"desertion": 3, "defection": 1, "strength": 1}
    assert st["by_country"] == {"IQ": 2, "UA": 2, "SY": 1}
    only = store.stats(country="SY")
    assert (only["documents"], only["claims"], only["by_group"]) == (1, 1, {"Syrian Army": 1})


@pytest.mark.parametrize("query, expected", [
    ("deserted", {"iq-ministry", "iq-member", "ua-battalion"}),
    ("Free Syrian", {"sy-defect"}),
    ('"one unit alone"', {"iq-member"}),
    ("special-forces", {"iq-member"}),   # not FTS syntax: searched as words
    ("tanks", set()),
])
def test_search(store, query, expected):
    assert {r["doc_id"] for r in store.search(query)} == expected


def test_datasette_detects_the_fts_table(store):
    # The query Datasette runs to find a table's full-text index.
    sql = """select name from sqlite_master where rootpage = 0 and (
        sql like '%VIRTUAL TABLE%USING FTS%content="claims"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[claims]%'
        or (tbl_name = "claims" and sql like '%VIRTUAL TABLE%USING FTS%'))"""
    assert [r[0] for r in store.conn.execute(sql)] == ["claims_fts"]
    hits = store.conn.execute("SELECT count(*) FROM claims WHERE rowid IN "
                              "(SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'deserted')").fetchone()[0]
    assert hits == 3
    store.conn.execute("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)")


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO drivers (doc_hash, driver) VALUES ('nope', 'pay')")


def test_ingest_loop_counts_and_survives_a_failing_document(tmp_path):
    from awol.errors import InputError
    from awol.store.ingest import ingest

    class Extractor:
        def extract(self, doc):
            if doc.id == "iq-member":
                raise ValueError("boom")
            return next(result for d, result in (make(*a) for a in ARTICLES) if d.id == doc.id)

    docs = [make(*a)[0] for a in ARTICLES]
    items = [docs[0], InputError("bad.json", "malformed JSON", 3), docs[1], docs[2], docs[0], docs[3]]
    errors = []
    with Store.open(tmp_path / "t.db") as s:
        summary = ingest(s, items, Extractor(), on_error=errors.append)
        assert (summary.read, summary.new, summary.duplicate, summary.rejected) == (5, 3, 1, 2)
        assert summary.claims == 4 and summary.events == s.counts()["events"] > 0
    assert str(errors[0]) == "bad.json:3: malformed JSON"
    assert "iq-member: extraction failed (ValueError: boom)" in str(errors[1])


def test_events_are_recomputed_only_when_inputs_change(tmp_path, monkeypatch):
    import awol.reconcile

    calls = []
    real = awol.reconcile.reconcile
    monkeypatch.setattr(awol.reconcile, "reconcile", lambda c, d: calls.append(len(c)) or real(c, d))
    with Store.open(tmp_path / "t.db") as s:
        s.add(*make(*ARTICLES[0]))
        first = s.reconcile(force=False)
        assert s.reconcile(force=False) == first and len(calls) == 1
        s.add(*make(*ARTICLES[1]))
        s.reconcile(force=False)
        s.reconcile()
    assert calls == [1, 2, 2]


_words = st.text(alphabet="abcdefghij XYZ'-", min_size=1, max_size=12).map(str.strip).filter(bool)
_count = st.one_of(st.none(), st.builds(Count, st.one_of(st.none(), st.integers(0, 10**7)),
                                        st.one_of(st.none(), st.integers(0, 10**7))))
_place = st.builds(Place, _words, st.one_of(st.none(), st.sampled_from(["IQ", "SY", "TR"])))
_claim = st.builds(
    Claim, kind=st.sampled_from(KINDS), group=_words, group_mention=_words, evidence=_words,
    group_country=st.one_of(st.none(), st.sampled_from(["IQ", "UA"])), measure=st.one_of(st.none(), st.sampled_from(MEASURES)),
    count=_count, count_text=st.one_of(st.none(), _words),
    period=st.one_of(st.none(), st.just(Period("2020-01-01", "2020-02-29"))), period_text=st.one_of(st.none(), _words),
    origin=st.lists(_place, max_size=2), destination=st.lists(_place, max_size=2),
    to_group=st.one_of(st.none(), _words), source=st.one_of(st.none(), _words),
    source_type=st.sampled_from(SOURCE_TYPES), status=st.sampled_from(STATUSES),
    evidence_start=st.one_of(st.none(), st.integers(0, 50)), evidence_end=st.just(None), rule=st.just("prop/v1"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(_claim, max_size=4))
def test_claims_round_trip_through_the_store(tmp_path_factory, claims):
    """What goes in comes back in the SCHEMA shape (a count with both ends unknown reads as null)."""
    with Store.open(tmp_path_factory.mktemp("prop") / "p.db") as s:
        doc = Document(id="p", text="Some text.", published="2020-03-01")
        s.add(doc, DocResult(doc_id="p", published="2020-03-01", claims=claims))
        back = s.claims()
    assert len(back) == len(claims)
    # One document: claims come back in the order they were extracted.
    assert {r["claim_id"].split("-")[0] for r in back} == {claim_id(doc.hash, c) for c in claims}
    for c, r in zip(claims, back):
        want = c.to_schema()
        if want["count"] == {"low": None, "high": None}:
            want["count"] = None
        got = {k: r[k] for k in want}
        got["origin"] = [{"name": p["name"], "country": p["country"]} for p in got["origin"]]
        got["destination"] = [{"name": p["name"], "country": p["country"]} for p in got["destination"]]
        assert got == want
