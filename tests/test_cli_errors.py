"""User mistakes end in one `awol: error:` line naming the file or value, a
non-zero exit and no traceback: run through `awol.cli.main`, as the command is."""

from __future__ import annotations

import sys

import pytest

from awol.cli import main
from awol.store import Store

from test_store import ARTICLES, make


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "t.db"
    with Store.open(path) as s:
        for art in ARTICLES:
            s.add(*make(*art))
        s.reconcile()
    return str(path)


def run_main(monkeypatch, capsys, args: list[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["awol", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code, capsys.readouterr().err


CASES = [
    (["claims", "--db", "{tmp}/none.db"], "none.db: no such database"),
    (["serve", "--db", "{tmp}/none.db"], "none.db: no such database"),
    (["export", "--format", "parquet", "-o", "/no/such/dir/x.parquet", "--db", "{db}"], "/no/such/dir/x.parquet: cannot write"),
    (["export", "--format", "csv", "-o", "/no/such/dir/x.csv", "--db", "{db}"], "/no/such/dir/x.csv: cannot write"),
    (["claims", "--since", "yesterday", "--db", "{db}"], "--since 'yesterday' is not a date"),
    (["events", "--until", "2015-02-30", "--db", "{db}"], "--until '2015-02-30' is not a date"),
    (["claims", "--country", "Iraq", "--db", "{db}"], "--country 'Iraq' is not an ISO alpha-2 code; use IQ"),
    (["stats", "--kind", "mutiny", "--db", "{db}"], "unknown kind 'mutiny'"),
    (["ingest", "{tmp}", "--db", "/no/such/dir/x.db"], "/no/such/dir/x.db: cannot open"),
    (["extract", "{tmp}", "-o", "/no/such/dir/x.jsonl"], "/no/such/dir/x.jsonl"),
]


@pytest.mark.parametrize("args, message", CASES)
def test_user_error_is_one_line_without_traceback(monkeypatch, capsys, tmp_path, db, args, message):
    args = [a.format(tmp=tmp_path, db=db) for a in args]
    code, err = run_main(monkeypatch, capsys, args)
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("awol: error: ") and message in lines[0], err
