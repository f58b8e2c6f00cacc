"""The Python API over the database: add documents with their claims, recompute
events, and read claims, events and statistics back. The CLI is a thin layer
over this class."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, TextIO

from awol.errors import StoreError
from awol.model import Claim, Document, DocResult, Place
from awol.store.db import connect
from awol.store.migrations import migrate
from awol.store.queries import Filters, claim_where, event_where

DEFAULT_DB = "awol.db"

_CLAIM_COLUMNS = (
    "claim_id", "doc_hash", "seq", "kind", "measure", "group", "group_mention", "group_country",
    "count_low", "count_high", "count_text", "period_start", "period_end", "period_text",
    "origin", "destination", "to_group", "source", "source_type", "status", "evidence",
    "evidence_start", "evidence_end", "rule",
)
_INSERT_CLAIM = "INSERT INTO claims ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in _CLAIM_COLUMNS), ", ".join("?" * len(_CLAIM_COLUMNS)))

CLAIM_SELECT = """
SELECT c.*, d.doc_id, d.published, d.publisher, d.url, d.title, ec.event_id
FROM claims c
JOIN documents d ON d.doc_hash = c.doc_hash
LEFT JOIN (SELECT claim_id, min(event_id) AS event_id FROM event_claims GROUP BY claim_id) ec
       ON ec.claim_id = c.claim_id
"""
CLAIM_ORDER = " ORDER BY d.published IS NULL, d.published, d.doc_id, c.doc_hash, c.seq"


def select_claims(conn: sqlite3.Connection, f: Filters) -> list[dict]:
    """Claims matching the filters, in the store's order, as records."""
    where, args = claim_where(f)
    return [claim_record(r) for r in conn.execute(CLAIM_SELECT + " WHERE " + where + CLAIM_ORDER, args)]

def claim_id(doc_hash: str, claim: Claim) -> str:
    """Content hash of what identifies a claim, so the same input gives the same
    id on every run: its document, evidence offsets, kind, group and count."""
    count = claim.count
    key: list[Any] = [doc_hash, claim.evidence_start, claim.evidence_end, claim.kind, claim.group,
                      count.low if count else None, count.high if count else None, claim.measure]
    if claim.evidence_start is None:
        key.append(claim.evidence)
    return hashlib.sha256(json.dumps(key).encode("utf-8")).hexdigest()[:16]


def place_id(name: str, country: str | None) -> str:
    return f"{name}|{country or ''}"


class Store:
    """One awol database. Open with `Store.open(path)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path
        self._gazetteer: Any = None
        self._gazetteer_loaded = False

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB) -> "Store":
        """Open (creating if needed) the database and apply missing migrations."""
        conn = connect(path)
        try:
            migrate(conn)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: not an awol database ({exc}); pass another file with --db") from exc
        return cls(conn, str(path))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: all of it is written or none (even on Ctrl-C);
        SQLite errors become a StoreError saying what could not be stored."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot {what}: {exc}") from exc
            raise

    def has(self, doc_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_hash = ?", (doc_hash,)).fetchone() is not None

    def add(self, doc: Document, result: DocResult, doc_hash: str | None = None) -> bool:
        """Store one document with its claims and drivers in one transaction.
        Returns False (and stores nothing) when its content is already stored."""
        doc_hash = doc_hash or doc.hash
        with self._transaction(f"store document {doc.id!r}") as conn:
            if self.has(doc_hash):
                return False
            conn.execute(
                "INSERT INTO documents (doc_hash, doc_id, url, title, publisher, published, text, path, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_hash, doc.id, doc.url, doc.title, doc.publisher, doc.published, doc.text, doc.path,
                 datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.executemany("INSERT OR IGNORE INTO drivers (doc_hash, driver) VALUES (?, ?)",
                             [(doc_hash, d) for d in result.drivers])
            seen: set[str] = set()
            for seq, claim in enumerate(result.claims):
                cid = claim_id(doc_hash, claim)
                base, n = cid, 1
                while cid in seen:  # two identical claims in one document stay two rows
                    n += 1
                    cid = f"{base}-{n}"
                seen.add(cid)
                self._add_claim(cid, doc_hash, seq, claim)
        return True

    def _add_claim(self, cid: str, doc_hash: str, seq: int, claim: Claim) -> None:
        conn = self.conn
        conn.execute('INSERT INTO groups (name, country) VALUES (?, ?) ON CONFLICT (name) DO UPDATE '
                     'SET country = coalesce(groups.country, excluded.country)', (claim.group, claim.group_country))
        if claim.to_group:
            conn.execute("INSERT OR IGNORE INTO groups (name, country) VALUES (?, NULL)", (claim.to_group,))
        rec = claim.to_record()
        count, period = claim.count, claim.period
        places = {"origin": [self._place(p) for p in claim.origin],
                  "destination": [self._place(p) for p in claim.destination]}
        row = (cid, doc_hash, seq, claim.kind, claim.measure, claim.group, claim.group_mention, claim.group_country,
               count.low if count else None, count.high if count else None, claim.count_text,
               period.start if period else None, period.end if period else None, claim.period_text,
               json.dumps(places["origin"], ensure_ascii=False), json.dumps(places["destination"], ensure_ascii=False),
               claim.to_group, claim.source, claim.source_type, claim.status, claim.evidence,
               rec["evidence_start"], rec["evidence_end"], rec["rule"])
        conn.execute(_INSERT_CLAIM, row)
        for role, items in places.items():
            for pos, p in enumerate(items):
                pid = place_id(p["name"], p["country"])
                conn.execute("INSERT INTO places (place_id, name, country, lat, lon) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (place_id) DO UPDATE SET lat = coalesce(places.lat, excluded.lat), "
                             "lon = coalesce(places.lon, excluded.lon)",
                             (pid, p["name"], p["country"], p["lat"], p["lon"]))
                conn.execute("INSERT INTO claim_places (claim_id, role, position, place_id) VALUES (?, ?, ?, ?)",
                             (cid, role, pos, pid))

    def _place(self, place: Place) -> dict:
        lat, lon = place.lat, place.lon
        if lat is None or lon is None:
            lat, lon = self.coordinates(place.name, place.country)
        return {"name": place.name, "country": place.country, "lat": lat, "lon": lon}

    def coordinates(self, name: str, country: str | None) -> tuple[float | None, float | None]:
        """Coordinates from the gazetteer, when it is installed and knows the place."""
        if not self._gazetteer_loaded:
            self._gazetteer_loaded = True
            try:
                from awol.normalize.places import default_gazetteer
                self._gazetteer = default_gazetteer()
            except ImportError:
                self._gazetteer = None
        if self._gazetteer is None:
            return None, None
        entry = self._gazetteer.lookup(name, [country] if country else [])
        if entry is None:
            return None, None
        return getattr(entry, "lat", None), getattr(entry, "lon", None)

    def inputs_digest(self) -> str:
        """Digest of what events are computed from: every document and claim, by id."""
        h = hashlib.sha256()
        for (doc_hash,) in self.conn.execute("SELECT doc_hash FROM documents ORDER BY doc_hash"):
            h.update(doc_hash.encode("ascii"))
        h.update(b"|")
        for (cid,) in self.conn.execute("SELECT claim_id FROM claims ORDER BY claim_id"):
            h.update(cid.encode("ascii") + b",")
        return h.hexdigest()

    def reconcile(self, force: bool = True) -> int | None:
        """Recompute all events from all stored claims (deterministic: the input is
        ordered by content, not by ingest order). With force=False, skip the work
        when documents and claims are unchanged since the last recompute. Returns
        the number of events, or None when the reconcile stage is not installed."""
        try:
            from awol.reconcile import reconcile
        except ImportError:
            return None
        digest = self.inputs_digest()
        if not force:
            row = self.conn.execute("SELECT inputs_digest, events FROM reconcile_state").fetchone()
            if row is not None and row[0] == digest:
                return row[1]
        claims = [self._reconcile_claim(r) for r in self.conn.execute(
            CLAIM_SELECT + " ORDER BY d.published IS NULL, d.published, c.doc_hash, c.seq")]
        documents = [dict(r) for r in self.conn.execute(
            "SELECT doc_hash, doc_id, title, publisher, published, url, text FROM documents "
            "ORDER BY published IS NULL, published, doc_hash")]
        result = reconcile(claims, documents)
        with self._transaction("store events") as conn:
            conn.execute("DELETE FROM event_claims")
            conn.execute("DELETE FROM events")
            conn.execute("DELETE FROM syndication")
            for ev in result.events:
                claim_ids = list(dict.fromkeys(ev.claim_ids))
                conn.execute(
                    'INSERT INTO events (event_id, kind, "group", group_country, measure, period_start, period_end,'
                    " low, high, conflict, note, sources, figures, n_claims)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (ev.event_id, ev.kind, ev.group, ev.group_country, ev.measure, ev.period_start, ev.period_end,
                     ev.low, ev.high, int(bool(ev.conflict)), ev.note or None,
                     json.dumps(list(ev.sources or []), ensure_ascii=False),
                     json.dumps(list(getattr(ev, "figures", None) or []), ensure_ascii=False, default=str),
                     len(claim_ids)))
                conn.executemany("INSERT INTO event_claims (event_id, claim_id) VALUES (?, ?)",
                                 [(ev.event_id, cid) for cid in claim_ids])
            conn.executemany("INSERT INTO syndication (doc_hash, canonical_hash) VALUES (?, ?)",
                             sorted((k, v) for k, v in (result.syndicated or {}).items() if k != v))
            conn.execute("INSERT OR REPLACE INTO reconcile_state (id, inputs_digest, events) VALUES (1, ?, ?)",
                         (digest, len(result.events)))
        return len(result.events)

    @staticmethod
    def _reconcile_claim(row: sqlite3.Row) -> dict:
        rec = claim_record(row)
        rec.pop("event_id", None)
        rec.pop("title", None)
        return rec

    # -- reading -------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": one("SELECT count(*) FROM documents"), "claims": one("SELECT count(*) FROM claims"),
                "events": one("SELECT count(*) FROM events"),
                "conflicts": one("SELECT count(*) FROM events WHERE conflict")}

    def claims(self, **filters: str | None) -> list[dict]:
        """Claims matching the filters, each with every SCHEMA field plus doc_id and event_id."""
        return select_claims(self.conn, Filters.of(**filters))

    def events(self, **filters: str | None) -> list[dict]:
        """Events matching the filters, with their claim ids."""
        where, args = event_where(Filters.of(**filters))
        rows = self.conn.execute(
            "SELECT e.*, (SELECT json_group_array(claim_id) FROM (SELECT claim_id FROM event_claims ec "
            "WHERE ec.event_id = e.event_id ORDER BY claim_id)) AS claim_ids FROM events e WHERE " + where +
            " ORDER BY e.period_start IS NULL, e.period_start, e.kind, e.\"group\", e.event_id", args)
        return [event_record(r) for r in rows]

    def stats(self, **filters: str | None) -> dict:
        """Counts of documents, claims and events, and claims by kind, source type, group and country."""
        f = Filters.of(**filters)
        where, args = claim_where(f)
        base = "FROM claims c JOIN documents d ON d.doc_hash = c.doc_hash WHERE " + where

        def by(column: str) -> dict[str, int]:
            rows = self.conn.execute(f"SELECT {column} AS k, count(*) AS n {base} GROUP BY k ORDER BY n DESC, k",
                                     args)
            return {str(r["k"]) if r["k"] is not None else "unknown": r["n"] for r in rows}

        ewhere, eargs = event_where(f)
        events = self.conn.execute(f"SELECT count(*), coalesce(sum(conflict), 0) FROM events e WHERE {ewhere}",
                                   eargs).fetchone()
        any_filter = any(v is not None for v in vars(f).values())
        docs = (self.conn.execute(f"SELECT count(DISTINCT c.doc_hash) {base}", args).fetchone()[0] if any_filter
                else self.counts()["documents"])
        return {
            "documents": docs,
            "claims": self.conn.execute(f"SELECT count(*) {base}", args).fetchone()[0],
            "events": events[0],
            "conflicts": events[1],
            "by_kind": by("c.kind"),
            "by_source_type": by("c.source_type"),
            "by_group": by('c."group"'),
            "by_country": by("c.group_country"),
        }

    def search(self, text: str, limit: int | None = None, **filters: str | None) -> list[dict]:
        """Claims whose evidence matches `text` (FTS5 syntax; plain words also work), best first."""
        where, args = claim_where(Filters.of(**filters))
        sql = (CLAIM_SELECT + " JOIN claims_fts ON claims_fts.rowid = c.id WHERE claims_fts MATCH ? AND " + where +
               " ORDER BY claims_fts.rank, c.claim_id" + (f" LIMIT {int(limit)}" if limit else ""))
        try:
            rows = self.conn.execute(sql, [text, *args]).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax (quotes, hyphens): search for the words as written.
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in text.split())
            if not quoted:
                return []
            rows = self.conn.execute(sql, [quoted, *args]).fetchall()
        return [claim_record(r) for r in rows]

    def export(self, fmt: str, out: TextIO | str | Path, **filters: str | None) -> int:
        """Write claims (csv, jsonl, parquet, geojson) or events (acled) to `out`; return rows written."""
        from awol.store.export import export
        return export(self, fmt, out, **filters)


def _json(value: str | None) -> Any:
    return json.loads(value) if value else []


def claim_record(row: sqlite3.Row) -> dict:
    """A stored claim in the SCHEMA shape, plus what traces it (ids, offsets, rule, document)."""
    r = dict(row)
    low, high = r["count_low"], r["count_high"]
    return {
        "claim_id": r["claim_id"],
        "doc_id": r["doc_id"],
        "doc_hash": r["doc_hash"],
        "event_id": r.get("event_id"),
        "kind": r["kind"],
        "measure": r["measure"],
        "group": r["group"],
        "group_mention": r["group_mention"],
        "group_country": r["group_country"],
        "count": None if low is None and high is None else {"low": low, "high": high},
        "count_text": r["count_text"],
        "period": ({"start": r["period_start"], "end": r["period_end"]}
                   if r["period_start"] is not None or r["period_end"] is not None else None),
        "period_text": r["period_text"],
        "origin": _json(r["origin"]),
        "destination": _json(r["destination"]),
        "to_group": r["to_group"],
        "source": r["source"],
        "source_type": r["source_type"],
        "status": r["status"],
        "evidence": r["evidence"],
        "evidence_start": r["evidence_start"],
        "evidence_end": r["evidence_end"],
        "rule": r["rule"],
        "published": r["published"],
        "publisher": r["publisher"],
        "url": r["url"],
        "title": r.get("title"),
    }


def event_record(row: sqlite3.Row) -> dict:
    r = dict(row)
    r["conflict"] = bool(r["conflict"])
    r["sources"] = _json(r["sources"])
    r["figures"] = _json(r.get("figures"))
    r["claim_ids"] = _json(r.get("claim_ids"))
    return r

