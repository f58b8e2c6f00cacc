"""Writers: claims and events as CSV, JSON Lines, JSON, Parquet, GeoJSON, and
events as an ACLED-shaped CSV."""

from __future__ import annotations

import csv
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, TextIO

from awol.errors import StoreError

if TYPE_CHECKING:
    from awol.store.store import Store

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "geojson", "acled")
OUTPUT_FORMATS = ("table", "csv", "jsonl", "json")

# Flat claim columns (CSV, Parquet, GeoJSON properties): every SCHEMA field,
# count and period split in two, places as JSON text.
CLAIM_COLUMNS = (
    "claim_id", "doc_id", "event_id", "kind", "measure", "group", "group_mention", "group_country",
    "count_low", "count_high", "count_text", "period_start", "period_end", "period_text", "origin",
    "destination", "to_group", "source", "source_type", "status", "evidence", "evidence_start",
    "evidence_end", "rule", "published", "publisher", "url", "doc_hash",
)
EVENT_COLUMNS = (
    "event_id", "kind", "group", "group_country", "measure", "period_start", "period_end", "low", "high",
    "conflict", "n_claims", "sources", "note", "claim_ids",
)
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "country", "iso", "location", "latitude", "longitude", "source", "notes", "fatalities",
)


def flat_claim(rec: dict) -> dict:
    count, period = rec.get("count") or {}, rec.get("period") or {}
    out = {k: rec.get(k) for k in CLAIM_COLUMNS}
    out.update(count_low=count.get("low"), count_high=count.get("high"),
               period_start=period.get("start"), period_end=period.get("end"),
               origin=json.dumps(rec.get("origin") or [], ensure_ascii=False),
               destination=json.dumps(rec.get("destination") or [], ensure_ascii=False))
    return out


def flat_event(rec: dict) -> dict:
    out = {k: rec.get(k) for k in EVENT_COLUMNS}
    out["sources"] = "; ".join(rec.get("sources") or [])
    out["claim_ids"] = " ".join(rec.get("claim_ids") or [])
    out["conflict"] = int(bool(rec.get("conflict")))
    return out


def write_records(records: Iterable[dict], fmt: str, out: TextIO, columns: tuple[str, ...], flatten) -> int:
    """csv (flat columns), jsonl (one nested record a line) or json (one array)."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for rec in records:
            writer.writerow(flatten(rec))
            n += 1
    elif fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        items = list(records)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    else:
        raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(f for f in OUTPUT_FORMATS if f != 'table')}")
    return n


def write_claims(records: Iterable[dict], fmt: str, out: TextIO) -> int:
    return write_records(records, fmt, out, CLAIM_COLUMNS, flat_claim)


def write_events(records: Iterable[dict], fmt: str, out: TextIO) -> int:
    return write_records(records, fmt, out, EVENT_COLUMNS, flat_event)


def write_parquet(records: list[dict], path: str | Path) -> int:
    """Claims as a Parquet table (flat columns, integers typed)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow; install it with: pip install 'awol[scale]'") from None
    ints = {"count_low", "count_high", "evidence_start", "evidence_end"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in CLAIM_COLUMNS])
    rows = [flat_claim(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=schema)
    try:
        pq.write_table(table, str(path))
    except OSError as exc:
        # pyarrow's own message repeats the path; the system's words are enough.
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise StoreError(f"{path}: cannot write ({reason})") from exc
    return len(rows)


def geojson(store: "Store", records: list[dict]) -> dict:
    """One Point per origin or destination place with coordinates (the claim's
    fields as properties), and one LineString per origin -> destination pair
    where both ends have coordinates. Places without coordinates are left out."""
    features: list[dict] = []
    for rec in records:
        props = flat_claim(rec)
        located: dict[str, list[tuple[dict, float, float]]] = {"origin": [], "destination": []}
        for role in ("origin", "destination"):
            for place in rec.get(role) or []:
                lat, lon = place.get("lat"), place.get("lon")
                if lat is None or lon is None:
                    lat, lon = store.coordinates(place["name"], place.get("country"))
                if lat is None or lon is None:
                    continue
                located[role].append((place, lat, lon))
                features.append({
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {**props, "role": role, "place": place["name"],
                                   "place_country": place.get("country")},
                })
        for o, olat, olon in located["origin"]:
            for d, dlat, dlon in located["destination"]:
                features.append({
                    "type": "Feature",
                    "geometry": {"type": "LineString", "coordinates": [[olon, olat], [dlon, dlat]]},
                    "properties": {**props, "role": "flow", "from": o["name"], "to": d["name"]},
                })
    return {"type": "FeatureCollection", "features": features}


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry
    found = pycountry.countries.get(alpha_2=code)
    return found.name if found else code


def _country_numeric(code: str | None) -> str:
    if not code:
        return ""
    import pycountry
    found = pycountry.countries.get(alpha_2=code)
    return str(int(found.numeric)) if found else ""


def _range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return "no figure"
    if low == high:
        return f"{low}"
    return f"{'?' if low is None else low}-{'?' if high is None else high}"


def acled_rows(store: "Store", events: list[dict]) -> list[dict]:
    """One ACLED-shaped row per event. ACLED has no category for people leaving a
    force; 'Strategic developments' is its category for non-violent
    developments, and the kind goes in sub_event_type."""
    claims = {c["claim_id"]: c for c in store.claims()}
    rows = []
    for ev in events:
        members = [claims[cid] for cid in ev["claim_ids"] if cid in claims]
        dates = [c["published"] for c in members if c.get("published")]
        event_date = ev.get("period_end") or ev.get("period_start") or (max(dates) if dates else "")
        precision = 1 if ev.get("period_end") and ev.get("period_start") == ev.get("period_end") else (
            2 if ev.get("period_end") else 3)
        place, lat, lon = "", None, None
        for c in members:
            for p in (c.get("origin") or []) + (c.get("destination") or []):
                plat, plon = p.get("lat"), p.get("lon")
                if plat is None or plon is None:
                    plat, plon = store.coordinates(p["name"], p.get("country"))
                if not place or (lat is None and plat is not None):
                    place, lat, lon = p["name"], plat, plon
            if place and lat is not None:
                break
        figures = "; ".join(
            f"{c.get('count_text') or _range((c.get('count') or {}).get('low'), (c.get('count') or {}).get('high'))}"
            f" ({c.get('source') or c.get('publisher') or 'publisher'}, {c['source_type']}, {c['doc_id']})"
            for c in members)
        note = (f"{ev['kind']} of {ev.get('group') or 'unknown group'}: figures {figures}. "
                f"Range {_range(ev.get('low'), ev.get('high'))}"
                + ("; sources disagree" if ev.get("conflict") else "") + "."
                + (f" {ev['note']}" if ev.get("note") else ""))
        country = ev.get("group_country")
        rows.append({
            "event_id_cnty": f"{country or 'XX'}-{ev['event_id']}",
            "event_date": event_date,
            "year": event_date[:4] if event_date else "",
            "time_precision": precision,
            "event_type": "Strategic developments",
            "sub_event_type": ev["kind"],
            "actor1": ev.get("group") or "",
            "country": _country_name(country),
            "iso": _country_numeric(country),
            "location": place,
            "latitude": "" if lat is None else lat,
            "longitude": "" if lon is None else lon,
            "source": "; ".join(ev.get("sources") or []),
            "notes": note,
            "fatalities": 0,
        })
    return rows


@contextmanager
def _text_out(out: TextIO | str | Path) -> Iterator[TextIO]:
    if isinstance(out, (str, Path)):
        try:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                yield fh
        except OSError as exc:
            raise StoreError(f"{out}: cannot write ({exc.strerror})") from exc
    else:
        yield out


def export(store: "Store", fmt: str, out: TextIO | str | Path, **filters: Any) -> int:
    """Write the filtered claims (or, for acled, events) to `out` in `fmt`; return rows/features written."""
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "acled":
        rows = acled_rows(store, store.events(**filters))
        with _text_out(out) as fh:
            writer = csv.DictWriter(fh, fieldnames=list(ACLED_COLUMNS))
            writer.writeheader()
            writer.writerows(rows)
        return len(rows)
    records = store.claims(**filters)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise StoreError("Parquet export writes a file; give one with -o FILE")
        return write_parquet(records, out)
    if fmt == "geojson":
        collection = geojson(store, records)
        with _text_out(out) as fh:
            json.dump(collection, fh, ensure_ascii=False)
            fh.write("\n")
        return len(collection["features"])
    with _text_out(out) as fh:
        return write_claims(records, fmt, fh)

