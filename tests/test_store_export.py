"""Every export format, parsed back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from awol.errors import StoreError
from awol.store.export import ACLED_COLUMNS, CLAIM_COLUMNS

import test_store

store = test_store.store  # the fixture: the five test articles, stored and reconciled


def test_csv_round_trip(store, tmp_path):
    out = tmp_path / "c.csv"
    assert store.export("csv", out) == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    by_doc = {r["doc_id"]: r for r in rows}
    assert by_doc["iq-member"]["count_low"] == "101" and by_doc["iq-member"]["count_high"] == ""
    assert json.loads(by_doc["iq-member"]["destination"])[0]["name"] == "Europe"
    assert {r["claim_id"] for r in rows} == {c["claim_id"] for c in store.claims()}


def test_jsonl_round_trip_with_filter(store):
    buf = io.StringIO()
    assert store.export("jsonl", buf, kind="desertion") == 3
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert lines == store.claims(kind="desertion")
    assert all(line["event_id"] and line["doc_id"] for line in lines)


def test_parquet_round_trip(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "c.parquet"
    assert store.export("parquet", out) == 5
    table = pq.read_table(out)
    assert table.column_names == list(CLAIM_COLUMNS)
    rows = table.to_pylist()
    assert sorted(r["count_low"] for r in rows if r["count_low"] is not None) == [12, 20, 63, 101, 400]


def test_parquet_needs_a_file(store):
    with pytest.raises(StoreError, match="-o FILE"):
        store.export("parquet", io.StringIO())


def test_geojson_points_and_flows(store, tmp_path):
    out = tmp_path / "c.geojson"
    n = store.export("geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n
    points = {(f["properties"]["place"], f["properties"]["role"]): f["geometry"]["coordinates"]
              for f in data["features"] if f["geometry"]["type"] == "Point"}
    # Europe has no coordinates unless a gazetteer knows it; the others were given.
    assert points[("Anbar", "origin")] == [43.0, 33.0]
    assert points[("Turkey", "destination")] == [35.0, 39.0]
    assert ("Baghdad", "origin") in points
    for f in data["features"]:
        assert f["properties"]["kind"] and f["properties"]["claim_id"]
        if f["geometry"]["type"] == "LineString":
            assert f["properties"]["role"] == "flow" and len(f["geometry"]["coordinates"]) == 2


def test_acled_rows(store, tmp_path):
    out = tmp_path / "a.csv"
    n = store.export("acled", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert n == len(rows) == len(store.events())
    assert list(rows[0]) == list(ACLED_COLUMNS)
    for row in rows:
        assert row["event_type"] == "Strategic developments" and row["fatalities"] == "0"
        assert row["sub_event_type"] in {"desertion", "defection", "strength"}
        assert row["year"] == row["event_date"][:4]
    syria = [r for r in rows if r["actor1"] == "Syrian Army"]
    assert syria[0]["country"] == "Syrian Arab Republic" and syria[0]["location"] == "Turkey"
    assert syria[0]["latitude"] == "39.0" and "12" in syria[0]["notes"]
    iraq_notes = " ".join(r["notes"] for r in rows if r["actor1"] == "Iraqi Army")
    assert "tens" in iraq_notes and "more than 100" in iraq_notes


def test_unknown_format(store):
    with pytest.raises(StoreError, match="unknown export format"):
        store.export("xlsx", io.StringIO())
