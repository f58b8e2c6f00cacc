"""The store commands: a thin layer over awol.store.Store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from awol.cli import app
from awol.errors import StoreError
from awol.store import Store

from test_store import ARTICLES, make

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    with Store.open(path) as s:
        for art in ARTICLES:
            s.add(*make(*art))
        s.reconcile()
    return str(path)


def write_articles(folder, n: int, start: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(start, start + n):
        (folder / f"a{i:03}.json").write_text(json.dumps({
            "id": f"a{i:03}", "published": "2016-03-04", "publisher": "Example Daily",
            "text": f"Article {i}. Some {i + 10} soldiers deserted their base near Mosul, an officer said."}))


def test_ingest_twice_stores_nothing_new(tmp_path):
    write_articles(tmp_path / "in", 4)
    db = str(tmp_path / "x.db")
    first = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "4 new, 0 already stored" in first.stderr
    second = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert second.exit_code == 0
    assert "0 new, 4 already stored" in second.stderr
    with Store.open(db) as s:
        assert s.counts()["documents"] == 4


def test_ingest_reports_bad_files_and_exits_1(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "broken.json").write_text("{not json")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    bad = [line for line in result.stderr.splitlines() if line.startswith("awol: ")]
    assert len(bad) == 1 and "broken.json" in bad[0]
    assert "2 new, 0 already stored, 1 rejected" in result.stderr


def test_claims_jsonl_has_schema_fields_doc_and_event(db):
    result = runner.invoke(app, ["claims", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    schema = {"kind", "measure", "group", "group_mention", "group_country", "count", "count_text", "period",
              "period_text", "origin", "destination", "to_group", "source", "source_type", "status", "evidence"}
    for line in lines:
        assert schema | {"doc_id", "event_id"} <= set(line)
        assert line["event_id"]


@pytest.mark.parametrize("args, docs", [
    (["--group", "Syrian Army"], {"sy-defect"}),
    (["--country", "IQ"], {"iq-ministry", "iq-member"}),
    (["--kind", "strength"], {"ua-battalion"}),
    (["--since", "2023-01-01"], {"ua-battalion"}),
    (["--until", "2014-01-01"], {"sy-defect"}),
    (["--source-type", "government"], {"iq-ministry"}),
])
def test_claims_filters_csv(db, args, docs):
    result = runner.invoke(app, ["claims", "--db", db, "--format", "csv", *args])
    assert result.exit_code == 0
    assert {r["doc_id"] for r in csv.DictReader(io.StringIO(result.stdout))} == docs


@pytest.mark.parametrize("command", ["claims", "events", "stats"])
@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl", "json"])
def test_every_listing_format(db, command, fmt):
    result = runner.invoke(app, [command, "--db", db, "--format", fmt, "--country", "IQ"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert data["claims"] == 2 if command == "stats" else len(data) >= 1
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines()) and out
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out)))) >= 1
    else:
        assert "Iraqi Army" in out or "IQ" in out


def test_events_json_lists_claims(db):
    result = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    events = json.loads(result.stdout)
    with Store.open(db) as s:
        assert {c for e in events for c in e["claim_ids"]} == {c["claim_id"] for c in s.claims()}


def test_search_command(db):
    result = runner.invoke(app, ["search", "Free Syrian", "--db", db, "--format", "jsonl"])
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["sy-defect"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "geojson", "acled"])
def test_export_command_writes_files(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "wrote" in result.stderr


def test_bad_format_is_a_usage_error(db):
    result = runner.invoke(app, ["claims", "--db", db, "--format", "xml"])
    assert result.exit_code == 2 and "--format" in result.output


def test_missing_database_is_explained(tmp_path):
    result = runner.invoke(app, ["claims", "--db", str(tmp_path / "none.db")])
    assert isinstance(result.exception, StoreError) and "awol ingest" in str(result.exception)
    assert not (tmp_path / "none.db").exists()


def test_demo_ingests_the_samples(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout
    with Store.open(db) as s:
        assert s.counts()["documents"] >= 1


def test_ingest_no_events_then_reconcile(tmp_path):
    db = str(tmp_path / "x.db")
    with Store.open(db) as s:
        s.add(*make(*ARTICLES[0]))
    write_articles(tmp_path / "in", 2)
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--no-events"])
    assert result.exit_code == 0 and "run `awol reconcile`" in result.stderr
    with Store.open(db) as s:
        assert s.counts()["events"] == 0
    result = runner.invoke(app, ["reconcile", "--db", db])
    assert result.exit_code == 0
    with Store.open(db) as s:
        assert s.counts()["events"] >= 1 and result.stderr.strip() == f"{s.counts()['events']} events"


def test_ingest_reports_warnings_as_awol_lines(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "a", "published": "last spring",
                                               "text": "Some 12 soldiers deserted their base, an officer said."}))
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0, result.output
    assert "awol: " in result.stderr and "'last spring'" in result.stderr
