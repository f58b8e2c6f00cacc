"""The HTTP API of `awol serve`: every endpoint on a seeded database, filters,
pagination, bad parameters, the ingest token, the body limit, and errors
that never carry a stack trace. `seed_database` is shared with the browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from awol.model import Claim, Count, Document, DocResult, Period, Place  # noqa: E402
from awol.store import Store  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

# (doc_id, published, publisher, title, text, claims: (sentence that holds it, fields))
ARTICLES = [
    ("seed-a", "2023-03-15", "Northern Ledger", "Hundreds desert the Syrian army",
     "Winter has been hard on the front lines. More than 400 soldiers of the Syrian Arab Army deserted from Idlib "
     "to Turkey in February 2023, the defence ministry said. Officers blamed unpaid salaries.",
     [("More than 400 soldiers", dict(kind="desertion", group="Syrian Arab Army", group_mention="Syrian Arab Army",
                                      group_country="SY", count=Count(401, None), count_text="More than 400",
                                      period=Period("2023-02-01", "2023-02-28"), period_text="in February 2023",
                                      origin=[Place("Idlib", "SY")], destination=[Place("Turkey", "TR")],
                                      source="the defence ministry", source_type="government"))]),
    ("seed-b", "2023-03-20", "Harbour Post", "Monitors count fewer deserters",
     "Only 150 soldiers of the Syrian Arab Army deserted in February 2023, according to a monitoring group. "
     "The group said it could not verify the higher figure.",
     [("Only 150 soldiers", dict(kind="desertion", group="Syrian Arab Army", group_mention="Syrian Arab Army",
                                 group_country="SY", count=Count(150, 150), count_text="150",
                                 period=Period("2023-02-01", "2023-02-28"), period_text="in February 2023",
                                 source="a monitoring group", source_type="ngo", status="unverified"))]),
    ("seed-c", "2022-11-02", "Delta Wire", "Rebels surrender in Mindanao",
     "Forty-two fighters of the New People's Army defected to the government in October 2022, the army said. "
     "The army said the New People's Army had 2,000 fighters in total.",
     [("Forty-two fighters", dict(kind="defection", group="New People's Army", group_mention="New People's Army",
                                  group_country="PH", count=Count(42, 42), count_text="Forty-two",
                                  period=Period("2022-10-01", "2022-10-31"), period_text="in October 2022",
                                  origin=[Place("Mindanao", "PH")], to_group="Armed Forces of the Philippines",
                                  source="the army", source_type="military")),
      ("2,000 fighters", dict(kind="strength", measure="total", group="New People's Army",
                              group_mention="New People's Army", group_country="PH", count=Count(2000, 2000),
                              count_text="2,000", source="the army", source_type="military"))]),
    ("seed-x", "2023-05-01", f"<b>Evil</b> Press {IMG}", f"Police flee {SCRIPT}",
     f"Twelve officers of the Haitian National Police deserted to the Dominican Republic in April 2023, a union "
     f"said. {SCRIPT} {IMG} The union gave no names.",
     [("Twelve officers", dict(kind="desertion", group="Haitian National Police",
                               group_mention="Haitian National Police", group_country="HT", count=Count(12, 12),
                               count_text="Twelve", period=Period("2023-04-01", "2023-04-30"),
                               period_text="in April 2023", origin=[Place("Haiti", "HT")],
                               destination=[Place("Dominican Republic", "DO")], source=f"a union {IMG}",
                               source_type="other"))]),
]


def _document(doc_id, published, publisher, title, text, specs) -> tuple[Document, DocResult]:
    doc = Document(id=doc_id, text=text, published=published, publisher=publisher, title=title,
                   url=f"https://news.example.org/{doc_id}")
    claims = []
    for anchor, fields in specs:
        at = text.index(anchor)
        start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
        end = text.index(".", at) + 1
        claims.append(Claim(evidence=text[start:end], evidence_start=start, evidence_end=end, rule="test/v1",
                            **fields))
    return doc, DocResult(doc_id=doc_id, published=published, claims=claims, drivers=["pay"], doc_hash=doc.hash)


def seed_database(path: Path) -> Path:
    """A small database of hand-written articles: a conflict between two reports,
    a flow with places on both ends, a group with strength, and an article full of markup."""
    with Store.open(path) as store:
        for art in ARTICLES:
            store.add(*_document(*art))
        store.reconcile()
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return seed_database(tmp_path_factory.mktemp("serve") / "seed.db")


@pytest.fixture(scope="module")
def client(db_path):
    from awol.serve.app import create_app
    with TestClient(create_app(db_path), raise_server_exceptions=False) as c:
        yield c


class FakeExtractor:
    """Stands in for awol.extract (no spaCy in API tests): one claim per document."""

    def extract(self, doc: Document) -> DocResult:
        end = doc.text.index(".") + 1
        claim = Claim(kind="desertion", group="Iraqi Army", group_mention="Iraqi Army", group_country="IQ",
                      evidence=doc.text[:end], evidence_start=0, evidence_end=end, count=Count(30, 30),
                      count_text="30", rule="fake/v1")
        return DocResult(doc_id=doc.id, published=doc.published, claims=[claim], drivers=[], doc_hash=doc.hash)


@pytest.fixture
def writable(tmp_path):
    from awol.serve.app import create_app
    app = create_app(seed_database(tmp_path / "w.db"), ingest_token="s3cret", max_body=4096,
                     extractor_factory=FakeExtractor)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


# -- reading -----------------------------------------------------------------------

@pytest.mark.parametrize("path, total", [
    ("/api/documents", 4),
    ("/api/claims", 5),
    ("/api/documents?kind=defection", 1),
    ("/api/claims?kind=desertion", 3),
    ("/api/claims?group=Syrian%20Arab%20Army", 2),
    ("/api/claims?country=tr", 1),          # a destination's country counts; case-insensitive
    ("/api/claims?source_type=ngo", 1),
    ("/api/claims?since=2023-01-01", 3),
    ("/api/claims?until=2022-12-31", 2),
    ("/api/claims?since=2023-02-01&until=2023-02-28&kind=desertion", 2),
    ("/api/search?q=deserted", 3),
    ("/api/search?q=deserted&country=HT", 1),
])
def test_lists_filter_like_the_cli(client, path, total):
    r = client.get(path)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == total
    assert len(body["items"]) == total


def test_pagination_gives_totals_and_slices(client):
    first = client.get("/api/claims?limit=2&offset=0").json()
    second = client.get("/api/claims?limit=2&offset=2").json()
    rest = client.get("/api/claims?limit=2&offset=4").json()
    assert (first["total"], first["limit"], first["offset"]) == (5, 2, 0)
    ids = [c["claim_id"] for page in (first, second, rest) for c in page["items"]]
    assert len(ids) == len(set(ids)) == 5
    assert client.get("/api/claims?offset=100").json()["items"] == []


def test_claim_and_document_detail(client):
    claim = client.get("/api/claims?kind=defection").json()["items"][0]
    assert claim["count"] == {"low": 42, "high": 42}
    assert claim["evidence"].startswith("Forty-two fighters")
    assert client.get(f"/api/claims/{claim['claim_id']}").json() == claim
    doc = client.get(f"/api/documents/{claim['doc_id']}").json()
    assert doc["publisher"] == "Delta Wire" and doc["drivers"] == ["pay"]
    assert [c["kind"] for c in doc["claims"]] == ["defection", "strength"]
    assert doc["text"][claim["evidence_start"]:claim["evidence_end"]] == claim["evidence"]
    assert client.get(f"/api/documents/{doc['doc_hash']}").json()["doc_id"] == "seed-c"


def test_events_show_the_conflict(client):
    events = client.get("/api/events?conflict=true").json()
    assert events["total"] == 1
    ev = events["items"][0]
    assert ev["group"] == "Syrian Arab Army" and ev["n_claims"] == 2
    detail = client.get(f"/api/events/{ev['event_id']}").json()
    assert sorted(c["source_type"] for c in detail["claims"]) == ["government", "ngo"]
    assert client.get("/api/events?conflict=false").json()["total"] == client.get("/api/events").json()["total"] - 1


def test_groups_with_registry_facts_and_derived_figures(client):
    groups = {g["name"]: g for g in client.get("/api/groups").json()["items"]}
    assert groups["Syrian Arab Army"]["n_claims"] == 2
    events = client.get("/api/events?limit=200").json()["items"]
    assert any(g["n_events"] for g in groups.values())
    for name, g in groups.items():  # one query counts each group's events
        assert g["n_events"] == sum(e["group"] == name for e in events), name
    npa = client.get("/api/groups/New People's Army").json()
    assert npa["country"] == "PH"
    names = {f["name"]: f["value"] for f in npa["figures"]}
    assert names["departures reported"] == "42"
    assert names["attrition"] == "2.1%"
    saa = client.get("/api/groups/syrian arab army").json()
    assert saa["name"] == "Syrian Arab Army" and "SAA" in saa["aliases"]


def test_places_flows_stats_series(client):
    places = {p["name"]: p for p in client.get("/api/places").json()["items"]}
    assert places["Turkey"]["n_destination"] == 1 and places["Idlib"]["n_origin"] == 1
    assert places["Idlib"]["lat"] is not None
    flows = client.get("/api/flows").json()["items"]
    assert {(f["origin"]["name"], f["destination"]["name"]) for f in flows} == {
        ("Idlib", "Turkey"), ("Haiti", "Dominican Republic")}
    assert client.get("/api/flows?country=HT").json()["total"] == 1
    stats = client.get("/api/stats").json()
    assert (stats["documents"], stats["claims"], stats["conflicts"]) == (4, 5, 1)
    assert client.get("/api/stats?kind=defection").json()["claims"] == 1
    series = client.get("/api/series").json()
    months = [t["month"] for t in series["totals"]]
    assert months[0] == "2022-10" and months[-1] == "2023-04" and len(months) == 7
    feb = next(t for t in series["totals"] if t["month"] == "2023-02")
    assert feb["events"] == 1 and feb["low"] >= 150
    assert client.get("/api/series?by=country").json()["by"] == "country"


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/claims", "/api/events", "/api/groups", "/api/places", "/api/stats",
                 "/api/search", "/api/flows", "/api/series"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/documents"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/claims" in docs.text


# -- bad requests ------------------------------------------------------------------

@pytest.mark.parametrize("path, status, field", [
    ("/api/claims?kind=mutiny", 422, "kind"),
    ("/api/claims?since=last-week", 422, "since"),
    ("/api/claims?until=2023-13-01", 422, "until"),
    ("/api/claims?country=Iraq", 422, "country"),
    ("/api/claims?source_type=blog", 422, "source_type"),
    ("/api/claims?limit=0", 422, "limit"),
    ("/api/claims?limit=100000", 422, "limit"),
    ("/api/claims?offset=-1", 422, "offset"),
    ("/api/events?conflict=maybe", 422, "conflict"),
    ("/api/search", 422, "q"),
    ("/api/series?by=weekday", 422, "by"),
])
def test_bad_parameters_answer_json(client, path, status, field):
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert body["status"] == status and body["error"]
    assert any(d["loc"][-1] == field for d in body["details"])


@pytest.mark.parametrize("path", ["/api/claims/nope", "/api/events/nope", "/api/documents/nope",
                                  "/api/groups/Nobody", "/api/nothing"])
def test_missing_things_are_404_json(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["status"] == 404


def test_odd_search_syntax_is_not_an_error(client):
    r = client.get('/api/search', params={"q": 'deserted" AND ('})
    assert r.status_code == 200


def test_server_errors_hide_the_stack_trace(client, monkeypatch):
    from awol.serve import queries

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals at /srv/awol/db.py line 12")

    monkeypatch.setattr(queries, "claims_page", boom)
    r = client.get("/api/claims")
    assert r.status_code == 500
    assert r.json() == {"error": "internal server error; the server log has the details", "status": 500}
    assert "secret" not in r.text and "Traceback" not in r.text
    assert r.headers["content-security-policy"]


# -- security headers and escaping ---------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/api/claims", "/documents/seed-x", "/static/app.css", "/api/nothing"])
def test_security_headers_everywhere(client, path):
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/documents/seed-x", "/events", "/search?q=officers", "/groups/Haitian National Police",
                                  "/documents", "/map"])
def test_pages_escape_article_markup(client, path):
    html = client.get(path).text
    assert SCRIPT not in html and IMG not in html
    assert "<b>Evil</b>" not in html


def test_document_page_shows_markup_as_text(client):
    html = client.get("/documents/seed-x").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<mark" in html


# -- writing -----------------------------------------------------------------------

ARTICLE = {"id": "posted-1", "published": "2024-01-05", "publisher": "Test Wire", "title": "Posted",
           "text": "Thirty soldiers of the Iraqi Army deserted last week. Nothing else happened."}


def test_read_only_by_default(client):
    r = client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "read-only" in r.json()["error"]


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Basic s3cret"}, 401),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Bearer wrong"}, 403),
])
def test_token_is_checked(writable, headers, status):
    r = writable.post("/api/documents", json=ARTICLE, headers=headers)
    assert r.status_code == status
    assert r.json()["status"] == status
    assert writable.get("/api/documents").json()["total"] == 4


def test_ingest_with_token_stores_and_reconciles(writable):
    auth = {"Authorization": "Bearer s3cret"}
    r = writable.post("/api/documents", json=ARTICLE, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["documents"][0]["stored"] is True and body["documents"][0]["claims"] == 1
    assert body["events"] >= 1
    again = writable.post("/api/documents", json=[ARTICLE], headers=auth).json()
    assert again["documents"][0]["stored"] is False
    doc = writable.get("/api/documents/posted-1").json()
    assert doc["claims"][0]["group"] == "Iraqi Army" and doc["claims"][0]["event_id"]
    assert writable.get("/api/stats").json()["documents"] == 5


@pytest.mark.parametrize("body, content_type, status, words", [
    (b"{not json", "application/json", 400, "not valid JSON"),
    (b'{"id": "x"}', "application/json", 400, "no text"),
    (b'{"id": "x", "text": 5}', "application/json", 400, "'text' must be a string"),
    (b'"just a string"', "application/json", 400, "expected a JSON object"),
    (b"[]", "application/json", 400, "no documents"),
    (b"id=x", "application/x-www-form-urlencoded", 415, "JSON"),
])
def test_bad_ingest_bodies(writable, body, content_type, status, words):
    r = writable.post("/api/documents", content=body,
                      headers={"Authorization": "Bearer s3cret", "Content-Type": content_type})
    assert r.status_code == status
    assert words in r.json()["error"]


def test_body_limit(writable):
    auth = {"Authorization": "Bearer s3cret"}
    big = dict(ARTICLE, text="Soldiers left. " * 1000)
    r = writable.post("/api/documents", json=big, headers=auth)
    assert r.status_code == 413
    assert "4096 bytes" in r.json()["error"]

    def chunks():  # no Content-Length: the limit applies while reading
        for _ in range(10):
            yield b" " * 1000

    r = writable.post("/api/documents", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert writable.get("/api/documents").json()["total"] == 4


def test_any_search_text_answers_without_a_server_error(client):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(min_size=1, max_size=40))
    def check(q):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code in (200, 422), r.text

    check()


# -- highlighting by splitting ---------------------------------------------------------

@pytest.mark.parametrize("text, spans, expected", [
    ("abcdef", [(1, 3)], [("a", []), ("bc", [0]), ("def", [])]),
    ("abcdef", [(0, 6)], [("abcdef", [0])]),
    ("abcdef", [(0, 4), (2, 6)], [("ab", [0]), ("cd", [0, 1]), ("ef", [1])]),
    ("abcdef", [None, (3, 6)], [("abc", []), ("def", [1])]),
    ("<b>x</b>", [(3, 4)], [("<b>", []), ("x", [0]), ("</b>", [])]),
])
def test_segments(text, spans, expected):
    from awol.serve.highlight import segments
    assert [(s.text, s.marks) for s in segments(text, spans)] == expected


@pytest.mark.parametrize("evidence, start, end, expected", [
    ("beta", 6, 10, (6, 10)),        # offsets kept
    ("beta", 5, 9, (6, 10)),         # offsets that miss the evidence: found instead
    ("beta", None, None, (6, 10)),   # found in the text
    ("beta", 50, 60, (6, 10)),       # offsets out of range: found instead
    ("gamma", None, None, None),     # not in the text
    ("gamma", 0, 5, (0, 5)),         # not in the text, offsets as stored
])
def test_span_of(evidence, start, end, expected):
    from awol.serve.highlight import span_of
    assert span_of("alpha beta delta", evidence, start, end) == expected
