"""Opening the SQLite file with the settings every awol connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from awol.errors import StoreError

# WAL lets readers (Datasette, `awol claims`) work while an ingest writes;
# synchronous=NORMAL in WAL mode keeps every committed transaction across a
# killed process (only a power cut can lose the last ones), and makes a
# per-document commit cheap.
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
)


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode: the store opens its own transactions."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open as an SQLite database ({exc}); "
                         "pass another file with --db") from exc
    return conn
