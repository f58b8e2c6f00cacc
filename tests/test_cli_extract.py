"""`awol extract`: each input and output format, -o, order, and every bad-input case."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from awol.extract import pipeline
from awol.cli import app
from awol.model import Claim, Count, DocResult, Document, Period, Place

from test_ingest import HTML, TEXT_A, TEXT_B

DEV_DOCS = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev" / "docs"
SAMPLES = Path(__file__).parents[1] / "src" / "awol" / "samples"
AWOL = Path(sys.executable).with_name("awol")


class StubExtractor:
    """The extractor's interface with no rules: these tests are about the command's plumbing,
    and must not change when the rules do. Tests marked by the `real_extractor` fixture use the real one."""

    def extract(self, doc: Document) -> DocResult:
        return DocResult(doc_id=doc.id, published=doc.published if doc.published_date else None, doc_hash=doc.hash)


@pytest.fixture
def real_extractor() -> None:
    """Asks for awol's real extractor instead of the stub."""


@pytest.fixture(autouse=True)
def stub_extractor(request, monkeypatch) -> None:
    if "real_extractor" not in request.fixturenames:
        monkeypatch.setattr(pipeline, "Extractor", StubExtractor)


def awol(*args: object):
    result = CliRunner().invoke(app, ["extract", *map(str, args)])
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def jsonl_ids(stdout: str) -> list[str]:
    return [json.loads(line)["doc_id"] for line in stdout.splitlines()]


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


INPUTS = [
    ("a.json", lambda art: art(id="from-json")),
    ("a.jsonl", lambda art: json.dumps(art(id="from-jsonl")) + "\n"),
    ("a.ndjson", lambda art: json.dumps(art(id="from-ndjson")) + "\n"),
    ("from-txt.txt", lambda art: TEXT_A),
    ("from-html.html", lambda art: HTML),
    ("from-htm.htm", lambda art: HTML),
]


@pytest.mark.parametrize("compression", ["", ".gz", ".zst"])
@pytest.mark.parametrize("name,make", INPUTS, ids=[i[0] for i in INPUTS])
def test_each_input_format(write, article, name, make, compression):
    path = write(name + compression, make(article))
    result = awol(path)
    assert result.exit_code == 0, result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert set(record) == {"doc_id", "published", "claims", "drivers"}
    assert record["doc_id"] == "from-" + name.split(".")[1]
    assert result.stderr == ""


def test_jsonl_is_one_line_per_document_in_input_order(write, article, tmp_path):
    write("dir/b/2.txt", "The second platoon was never seen again after the flood.")
    write("dir/a.json", article(id="dir-a", text=TEXT_B))
    write("dir/b/1.jsonl", json.dumps(article(id="line-1", text="One.")) + "\n" + json.dumps(article(id="line-2", text="Two.")))
    last = write("z.json", article(id="last"))
    result = awol(last, tmp_path / "dir")
    assert result.exit_code == 0
    assert jsonl_ids(result.stdout) == ["last", "dir-a", "line-1", "line-2", "2"]


def test_published_is_passed_through(write, article):
    result = awol(write("a.json", article(published="2019-06-01T09:00:00Z")))
    assert json.loads(result.stdout)["published"] == "2019-06-01"


def test_duplicate_text_is_one_document(write, article):
    first = write("first.json", article(id="first", text=TEXT_A))
    second = write("second.txt", "  " + TEXT_A.replace(" ", "  ") + "\n")
    result = awol(first, second)
    assert result.exit_code == 0
    assert jsonl_ids(result.stdout) == ["first"]
    assert stderr_lines(result) == [f"awol: {second}: second: skipped duplicate of first"]


def test_nonsense_published_keeps_document_with_a_warning(write, article):
    path = write("a.json", article(id="odd-date", published="the day after"))
    result = awol(path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["published"] is None
    [line] = stderr_lines(result)
    assert line.startswith(f"awol: {path}: warning: 'published' is not a date")


BAD = [
    # name, bytes, what stderr says, suffix for the line number
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file", ""),
    ("latin.txt", "Déserteurs".encode("latin-1"), "not UTF-8", ":1"),
    ("malformed.json", b'{"id": "x",\n"text": "unfinished', "malformed JSON", ":2"),
    ("malformed.jsonl", b'{"id": "x", "text": }\n', "malformed JSON", ":1"),
    ("array.jsonl", b'[1, 2]\n', "expected a JSON object", ":1"),
    ("scalar.json", b'"text"', "expected a JSON object", ""),
    ("notext.json", b'{"id": "x", "title": "t"}', "no text", ""),
    ("emptytext.json", b'{"id": "x", "text": ""}', "no text", ""),
    ("empty.txt", b"", "no text", ""),
    ("corrupt.json.gz", b"\x1f\x8b\x08\x00broken", "corrupt or truncated gzip", ""),
    ("corrupt.json.zst", b"\x28\xb5\x2f\xfdbroken", "corrupt or truncated zstandard", ""),
]


@pytest.mark.parametrize("name,content,problem,where", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_stderr_line_and_the_rest_is_processed(write, article, tmp_path, name, content, problem, where):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = write("before.json", article(id="before", text=TEXT_A))
    after = write("after.json", article(id="after", text=TEXT_B))
    result = awol(before, bad, after)
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == ["before", "after"]
    [line] = stderr_lines(result)
    assert line.startswith(f"awol: {bad}{where}: ")
    assert problem in line


def test_missing_file(write, article, tmp_path):
    good = write("good.json", article(id="good"))
    result = awol(tmp_path / "missing.json", good)
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == ["good"]
    assert stderr_lines(result) == [f"awol: {tmp_path / 'missing.json'}: no such file or directory"]


def test_file_over_the_size_limit(write, article):
    big = write("big.txt.gz", "The unit lost men every week. " * 200)
    small = write("small.json", article(id="small"))
    result = CliRunner().invoke(app, ["extract", "--max-bytes", "2000", str(big), str(small)])
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == ["small"]
    [line] = stderr_lines(result)
    assert line.startswith(f"awol: {big}: file is larger than the limit of 2,000 bytes after decompression")


def test_directory_with_nothing_readable_is_fine(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "readme.md").write_text("not an article")
    result = awol(tmp_path / "docs")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_one_failing_document_is_reported_and_the_rest_go_on(write, article, monkeypatch):
    real = StubExtractor.extract

    def flaky(self, doc):
        if doc.id == "boom":
            raise ZeroDivisionError("division by zero")
        return real(self, doc)

    monkeypatch.setattr(StubExtractor, "extract", flaky)
    paths = [write("1.json", article(id="ok-1", text=TEXT_A)), write("2.json", article(id="boom", text="Boom.")),
             write("3.json", article(id="ok-2", text=TEXT_B))]
    result = awol(*paths)
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == ["ok-1", "ok-2"]
    assert stderr_lines(result) == [f"awol: {paths[1]}: boom: extraction failed (ZeroDivisionError: division by zero)"]


# --- output formats, with a claim made by hand (the writers are tested, not the extractor) ---

CLAIM = Claim(
    kind="desertion", group="Example Army", group_mention="the army", group_country="XA",
    count=Count(20, 99), count_text="tens", period=Period("2020-01-01", "2020-03-31"),
    period_text="in the first quarter", origin=[Place("North Province", "XA")],
    destination=[Place("Europe", None)], source="Ministry of Defence", source_type="government",
    status="unverified", evidence="Tens of soldiers deserted. " * 12,
)


@pytest.fixture
def one_claim(monkeypatch):
    def fake(self, doc):
        return DocResult(doc_id=doc.id, published=doc.published, claims=[CLAIM] if doc.id == "with-claim" else [])

    monkeypatch.setattr(StubExtractor, "extract", fake)


def test_jsonl_lines_are_the_schema_shape(write, article, one_claim):
    result = awol(write("a.json", article(id="with-claim")))
    record = json.loads(result.stdout)
    assert record == DocResult("with-claim", "2020-05-04", [CLAIM]).to_schema()


def test_csv_is_one_row_per_claim(write, article, one_claim):
    paths = [write("a.json", article(id="with-claim")), write("b.json", article(id="none", text=TEXT_B))]
    result = CliRunner().invoke(app, ["extract", "--format", "csv", *map(str, paths)])
    assert result.exit_code == 0
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["doc_id"] == "with-claim"
    assert (row["count_low"], row["count_high"], row["period_start"], row["period_end"]) == ("20", "99", "2020-01-01", "2020-03-31")
    assert json.loads(row["origin"]) == [{"name": "North Province", "country": "XA"}]
    assert row["destination"] == '[{"name":"Europe","country":null}]'
    assert (row["kind"], row["measure"], row["to_group"], row["status"]) == ("desertion", "", "", "unverified")
    assert row["evidence"] == CLAIM.evidence


def test_csv_without_claims_has_a_header(write, article):
    result = CliRunner().invoke(app, ["extract", "-f", "csv", str(write("a.json", article()))])
    assert result.stdout.splitlines()[0].startswith("doc_id,kind,measure,group,")


def test_table_is_for_people(write, article, one_claim):
    result = CliRunner().invoke(app, ["extract", "--format", "table", str(write("a.json", article(id="with-claim")))])
    assert result.exit_code == 0
    out = result.stdout
    for words in ("with-claim", "desertion", "Example Army", "tens [20–99]", "2020-01-01 – 2020-03-31",
                  "Ministry of Defence", "unverified", "1 claims in 1 documents", "…"):
        assert words in out
    assert CLAIM.evidence.strip() not in out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_output_file(write, article, tmp_path, fmt, one_claim):
    target = tmp_path / "out" / f"result.{fmt}"
    target.parent.mkdir()
    result = CliRunner().invoke(app, ["extract", "-f", fmt, "-o", str(target), str(write("a.json", article(id="with-claim")))])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "with-claim" in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left behind


def test_output_file_is_written_even_when_some_inputs_fail(write, article, tmp_path):
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "-o", str(target), str(tmp_path / "nope.json"),
                                      str(write("a.json", article(id="kept")))])
    assert result.exit_code == 1
    assert jsonl_ids(target.read_text()) == ["kept"]


def test_unknown_format_is_a_usage_error(write, article):
    result = CliRunner().invoke(app, ["extract", "-f", "xml", str(write("a.json", article()))])
    assert result.exit_code == 2


@pytest.mark.slow
def test_unwritable_output_is_one_line_without_traceback(write, article, tmp_path):
    if not AWOL.exists():
        pytest.skip("the awol console script is not installed next to this Python")
    proc = subprocess.run([str(AWOL), "extract", "-o", str(tmp_path / "no" / "such" / "dir.jsonl"),
                           str(write("a.json", article()))], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.splitlines()
    assert line.startswith("awol: error: cannot write") and "dir.jsonl" in line


def test_bundled_samples(real_extractor):
    result = awol(SAMPLES)
    assert result.exit_code == 0, result.stderr
    assert jsonl_ids(result.stdout) == [f"sample-00{i}" for i in range(1, 7)]


def test_dev_corpus_gives_one_line_per_document(real_extractor):
    if not DEV_DOCS.is_dir():
        pytest.skip(f"{DEV_DOCS} is absent")
    result = awol(DEV_DOCS)
    assert result.exit_code == 0, result.stderr
    expected = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in sorted(DEV_DOCS.glob("*.json"))]
    assert jsonl_ids(result.stdout) == expected
