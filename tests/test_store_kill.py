"""A run killed part-way (SIGKILL) and run again ends with the same database as
an uninterrupted run. Tables are compared row by row, leaving out only the
wall-clock columns `documents.ingested_at` and `migrations.applied_at`."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_DOCS = 1200
TIMESTAMPS = {("documents", "ingested_at"), ("migrations", "applied_at")}

# Invented reports; numbers, groups and places vary with the index.
TEMPLATES = [
    "Some {n} soldiers of the {group} deserted their posts near {place} last month, an officer said.",
    "Officials said {n} fighters left the {group} and fled to {place} in the past two weeks.",
    "A commander said that {n} members of the {group} had not returned from leave in {place}.",
]
GROUPS = ["Iraqi Army", "Syrian Army", "Peshmerga", "Afghan National Army"]
PLACES = ["Mosul", "Aleppo", "Erbil", "Kandahar", "Turkey"]

# Stores claims that the script reads off the generated text, so the killed
# process writes claims, places, FTS rows and events whatever the extractor does.
API_SCRIPT = r"""
import re, sys
from awol.ingest import iter_documents
from awol.model import Claim, Count, DocResult, Place
from awol.store import Store
from awol.store.ingest import ingest

class Reader:
    def extract(self, doc):
        m = re.search(r"(\d+) (?:soldiers|fighters|members) of the ([A-Z][A-Za-z ]+?) (?:deserted|had)|"
                      r"(\d+) fighters left the ([A-Z][A-Za-z ]+?) and", doc.text)
        n, group = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        place = re.search(r"(?:near|to|in) ([A-Z][a-z]+)", doc.text).group(1)
        claim = Claim(kind="desertion", group=group, group_mention=group, evidence=doc.text,
                      evidence_start=0, evidence_end=len(doc.text), count=Count(int(n), int(n)),
                      origin=[Place(place, None)], rule="kill-test")
        return DocResult(doc_id=doc.id, published=doc.published, claims=[claim], drivers=["pay"])

with Store.open(sys.argv[1]) as store:
    ingest(store, iter_documents(sys.argv[2:]), Reader())
"""


def generate(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        text = TEMPLATES[i % 3].format(n=10 + i, group=GROUPS[i % 4], place=PLACES[i % 5])
        (folder / f"r{i:05}.json").write_text(json.dumps({
            "id": f"r{i:05}", "published": f"2016-{1 + i % 12:02}-{1 + i % 28:02}",
            "publisher": f"Outlet {i % 7}", "text": f"Report {i}. {text}"}), encoding="utf-8")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'claims_fts%' ORDER BY name")]
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if (table, r[1]) not in TIMESTAMPS]
            select = ", ".join(f'"{c}"' for c in cols)
            out[table] = conn.execute(f'SELECT {select} FROM "{table}" ORDER BY {select}').fetchall()
        out["claims_fts matches"] = conn.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'deserted' ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def stored_documents(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def run_killed(cmd: list[str], db: Path, after: int) -> int:
    """Start `cmd`, SIGKILL it once the database holds `after` documents; return how many it held."""
    log = db.with_suffix(".stderr")
    with log.open("w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if db.exists() and stored_documents(db) >= after:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it was killed: {log.read_text()}"
    return stored_documents(db)


def check(tmp_path: Path, base: list[str], n_docs: int = N_DOCS, after: int = 40) -> int:
    """Kill a run once `after` documents are stored, rerun it, compare with a clean run.
    Returns the number of events the killed run had left behind."""
    docs = tmp_path / "docs"
    generate(docs, n_docs)
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    held = run_killed([*base, str(killed), str(docs)], killed, after=after)
    assert 0 < held <= n_docs
    with sqlite3.connect(killed) as conn:
        events_left = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    for db in (killed, clean):
        run = subprocess.run([*base, str(db), str(docs)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    a, b = snapshot(killed), snapshot(clean)
    assert len(a["documents"]) == n_docs
    assert a == b
    return events_left


@pytest.mark.slow
def test_killed_ingest_command_reruns_to_the_same_database(tmp_path):
    # `awol ingest DOCS --db DB`, with the arguments in the order check() gives them.
    script = ("import sys; from awol.cli import main; db, *paths = sys.argv[1:]; "
              "sys.argv = ['awol', 'ingest', *paths, '--db', db]; main()")
    # Extraction is the slow part here (milliseconds a document), so fewer documents suffice.
    check(tmp_path, [sys.executable, "-c", script], n_docs=250)


@pytest.mark.slow
@pytest.mark.parametrize("phase, after", [("storing documents", 40), ("recomputing events", N_DOCS)])
def test_killed_store_writes_with_claims_rerun_to_the_same_database(tmp_path, phase, after):
    events_left = check(tmp_path, [sys.executable, "-c", API_SCRIPT], after=after)
    assert events_left == 0, f"killed while {phase}: the events were already written"
    with sqlite3.connect(tmp_path / "clean.db") as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == N_DOCS
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
