"""Numbered schema migrations (`migrations/NNNN_name.sql`), each applied once in
its own transaction and recorded in the `migrations` table."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from importlib.resources import files

from awol.errors import StoreError


def available() -> list[tuple[str, str]]:
    """(name, sql) of every bundled migration, in order."""
    folder = files("awol.store").joinpath("migrations")
    found = sorted((f.name, f) for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(name[:-4], f.read_text(encoding="utf-8")) for name, f in found]


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks; return their names."""
    done = set(applied(conn))
    new = []
    for name, sql in available():
        if name in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from exc
        new.append(name)
    return new


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (triggers hold inner semicolons)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
