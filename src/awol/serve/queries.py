"""Read queries the HTTP layer needs beyond `awol.store.Store`: pages of
claims, events and documents (LIMIT/OFFSET with a total), groups, places,
flows and the monthly series. They use the store's filters
(`awol.store.queries`) so the API filters exactly as the CLI does.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from awol.store.queries import Filters, claim_where, event_where
from awol.store.store import CLAIM_ORDER, CLAIM_SELECT, claim_record, event_record, select_claims

_EVENT_SELECT = (
    "SELECT e.*, (SELECT json_group_array(claim_id) FROM (SELECT claim_id FROM event_claims ec "
    "WHERE ec.event_id = e.event_id ORDER BY claim_id)) AS claim_ids FROM events e"
)
_EVENT_ORDER = ' ORDER BY e.period_start IS NULL, e.period_start, e.kind, e."group", e.event_id'


@dataclass(frozen=True)
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict]

    def as_dict(self) -> dict:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def _page(conn: sqlite3.Connection, source: str, select: str, order: str, where: str, args: list,
          limit: int, offset: int, record) -> Page:
    """One page of `select ... WHERE where order`, with the count over `source` (its FROM clause)."""
    total = conn.execute(f"SELECT count(*) FROM {source} WHERE {where}", args).fetchone()[0]
    rows = conn.execute(f"{select} WHERE {where}{order} LIMIT ? OFFSET ?", [*args, limit, offset])
    return Page(total, limit, offset, [record(r) for r in rows])


def claims_page(conn: sqlite3.Connection, f: Filters, limit: int, offset: int) -> Page:
    where, args = claim_where(f)
    return _page(conn, "claims c JOIN documents d ON d.doc_hash = c.doc_hash", CLAIM_SELECT, CLAIM_ORDER,
                 where, args, limit, offset, claim_record)


def claim(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    row = conn.execute(CLAIM_SELECT + " WHERE c.claim_id = ?", (claim_id,)).fetchone()
    return claim_record(row) if row else None


def claims_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(CLAIM_SELECT + f" WHERE c.claim_id IN ({marks})" + CLAIM_ORDER, ids)
    return [claim_record(r) for r in rows]


def claims_of_document(conn: sqlite3.Connection, doc_hash: str) -> list[dict]:
    rows = conn.execute(CLAIM_SELECT + " WHERE c.doc_hash = ? ORDER BY c.seq", (doc_hash,))
    return [claim_record(r) for r in rows]


def events_page(conn: sqlite3.Connection, f: Filters, limit: int, offset: int,
                conflict: bool | None = None) -> Page:
    where, args = event_where(f)
    if conflict is not None:
        where += " AND e.conflict = ?"
        args = [*args, int(conflict)]
    return _page(conn, "events e", _EVENT_SELECT, _EVENT_ORDER, where, args, limit, offset, event_record)


def event(conn: sqlite3.Connection, event_id: str) -> dict | None:
    row = conn.execute(_EVENT_SELECT + " WHERE e.event_id = ?", (event_id,)).fetchone()
    return event_record(row) if row else None


def event_with_claims(conn: sqlite3.Connection, event_id: str) -> dict | None:
    """An event with every claim that reports it (the API's and the page's detail)."""
    ev = event(conn, event_id)
    if ev is not None:
        ev["claims"] = claims_by_ids(conn, ev["claim_ids"])
    return ev


def _document_item(row: sqlite3.Row) -> dict:
    return {k: row[k] for k in ("doc_id", "doc_hash", "title", "publisher", "published", "url", "n_claims")}


def documents_page(conn: sqlite3.Connection, f: Filters, limit: int, offset: int) -> Page:
    """Documents with at least one claim matching the filters (all documents when none is set)."""
    filtered = any(v is not None for v in vars(f).values())
    args: list[Any] = []
    where = "1"
    if filtered:
        cwhere, args = claim_where(f)
        where = ("EXISTS (SELECT 1 FROM claims c JOIN documents d ON d.doc_hash = c.doc_hash "
                 "WHERE c.doc_hash = doc.doc_hash AND " + cwhere + ")")
    select = ("SELECT doc.doc_id, doc.doc_hash, doc.title, doc.publisher, doc.published, doc.url, "
              "(SELECT count(*) FROM claims c WHERE c.doc_hash = doc.doc_hash) AS n_claims FROM documents doc")
    order = " ORDER BY doc.published IS NULL, doc.published DESC, doc.doc_id, doc.doc_hash"
    return _page(conn, "documents doc", select, order, where, args, limit, offset, _document_item)


def document(conn: sqlite3.Connection, key: str) -> dict | None:
    """A document by doc_id (the first stored, when several share it) or by doc_hash."""
    row = conn.execute(
        "SELECT doc.*, (SELECT count(*) FROM claims c WHERE c.doc_hash = doc.doc_hash) AS n_claims "
        "FROM documents doc WHERE doc.doc_id = ? OR doc.doc_hash = ? "
        "ORDER BY doc.doc_id = ? DESC, doc.ingested_at, doc.doc_hash LIMIT 1", (key, key, key)).fetchone()
    if row is None:
        return None
    out = _document_item(row)
    out["text"] = row["text"]
    out["drivers"] = [r[0] for r in conn.execute(
        "SELECT driver FROM drivers WHERE doc_hash = ? ORDER BY driver", (row["doc_hash"],))]
    return out


def document_with_claims(conn: sqlite3.Connection, key: str) -> dict | None:
    """A document (see `document`) with its claims in order."""
    doc = document(conn, key)
    if doc is not None:
        doc["claims"] = claims_of_document(conn, doc["doc_hash"])
    return doc


def groups(conn: sqlite3.Connection, f: Filters) -> list[dict]:
    """Groups with claims matching the filters: claim and event counts, kinds."""
    where, args = claim_where(f)
    rows = conn.execute(
        'SELECT c."group" AS name, max(g.country) AS country, count(*) AS n_claims, '
        "count(DISTINCT c.doc_hash) AS n_documents, group_concat(DISTINCT c.kind) AS kinds, "
        'coalesce(max(e.n_events), 0) AS n_events '
        'FROM claims c JOIN documents d ON d.doc_hash = c.doc_hash LEFT JOIN groups g ON g.name = c."group" '
        'LEFT JOIN (SELECT "group", count(*) AS n_events FROM events GROUP BY "group") e ON e."group" = c."group" '
        f'WHERE {where} GROUP BY c."group" ORDER BY n_claims DESC, name', args)
    return [{"name": r["name"], "country": r["country"], "n_claims": r["n_claims"], "n_documents": r["n_documents"],
             "n_events": r["n_events"], "kinds": sorted(r["kinds"].split(",")) if r["kinds"] else []}
            for r in rows]


def group_row(conn: sqlite3.Connection, name: str) -> dict | None:
    row = conn.execute('SELECT name, country FROM groups WHERE lower(name) = lower(?)', (name,)).fetchone()
    return dict(row) if row else None


def places(conn: sqlite3.Connection, f: Filters) -> list[dict]:
    """Places named as origins or destinations of matching claims, with counts by role."""
    where, args = claim_where(f)
    rows = conn.execute(
        "SELECT p.place_id, p.name, p.country, p.lat, p.lon, "
        "sum(cp.role = 'origin') AS n_origin, sum(cp.role = 'destination') AS n_destination "
        "FROM claim_places cp JOIN places p ON p.place_id = cp.place_id "
        "JOIN claims c ON c.claim_id = cp.claim_id JOIN documents d ON d.doc_hash = c.doc_hash "
        f"WHERE {where} GROUP BY p.place_id ORDER BY n_origin + n_destination DESC, p.name", args)
    return [dict(r) for r in rows]


def flows(conn: sqlite3.Connection, f: Filters) -> list[dict]:
    """Origin -> destination pairs of matching claims: claims and the summed low/high figures."""
    pairs: dict[tuple, dict] = {}
    for rec in select_claims(conn, f):
        count = rec.get("count") or {}
        for o in rec["origin"]:
            for d in rec["destination"]:
                key = (o["name"], o.get("country"), d["name"], d.get("country"))
                flow = pairs.setdefault(key, {
                    "origin": {k: o.get(k) for k in ("name", "country", "lat", "lon")},
                    "destination": {k: d.get(k) for k in ("name", "country", "lat", "lon")},
                    "n_claims": 0, "low": 0, "high": 0, "kinds": set(), "claim_ids": []})
                flow["n_claims"] += 1
                flow["low"] += count.get("low") or 0
                flow["high"] = None if flow["high"] is None or count.get("high") is None else \
                    flow["high"] + count["high"]
                flow["kinds"].add(rec["kind"])
                flow["claim_ids"].append(rec["claim_id"])
    out = []
    for flow in sorted(pairs.values(), key=lambda x: (-x["n_claims"], x["origin"]["name"], x["destination"]["name"])):
        flow["kinds"] = sorted(flow["kinds"])
        out.append(flow)
    return out


def search(store: Any, text: str, limit: int | None = None, **filters: str | None) -> list[dict]:
    """The store's full-text search, for text typed by anyone: control characters
    are dropped, and text that FTS5 cannot read even quoted finds nothing."""
    cleaned = "".join(ch for ch in text if ch.isprintable() or ch in "\t\n").strip()
    if not cleaned:
        return []
    try:
        return store.search(cleaned, limit=limit, **filters)
    except sqlite3.OperationalError:
        return []
