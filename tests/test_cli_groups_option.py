"""`--groups FILE` on extract and ingest adds the user's groups for the run (worker processes included)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

AWOL = [sys.executable, "-m", "awol"]

CSV = "name,alias,country,type,parent\nNorthern Rangers Militia,NRM,XK,militia,\n"
DOC = {"id": "g1", "published": "2024-03-06",
       "text": "Twelve NRM fighters surrendered to the police on Monday, the ministry said."}


@pytest.fixture()
def inputs(tmp_path: Path):
    (tmp_path / "groups.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "doc.json").write_text(json.dumps(DOC), encoding="utf-8")
    return tmp_path


def run(*args, cwd):
    return subprocess.run([*AWOL, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_extract_uses_the_extra_groups(inputs, workers):
    proc = run("extract", "doc.json", "--groups", "groups.csv", "--workers", workers, cwd=inputs)
    assert proc.returncode == 0, proc.stderr
    claims = json.loads(proc.stdout)["claims"]
    assert [(c["group"], c["count"]) for c in claims] == [("Northern Rangers Militia", {"low": 12, "high": 12})]


def test_a_malformed_groups_file_fails_before_any_work(inputs):
    (inputs / "bad.csv").write_text("name,alias\nX\n", encoding="utf-8")
    proc = run("extract", "doc.json", "--groups", "bad.csv", cwd=inputs)
    assert proc.returncode == 2
    assert "bad.csv:1" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_ingest_uses_the_extra_groups(inputs):
    proc = run("ingest", "doc.json", "--db", "t.db", "--groups", "groups.csv", "--no-events", cwd=inputs)
    assert proc.returncode == 0, proc.stderr
    out = run("claims", "--db", "t.db", "--format", "jsonl", cwd=inputs)
    assert [json.loads(line)["group"] for line in out.stdout.splitlines()] == ["Northern Rangers Militia"]
