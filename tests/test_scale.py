"""Streaming at scale: ordered parallel extraction, resume after kill -9, and the Dask engine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from awol.cli import app
from awol.errors import InputError
from awol.model import Document
from awol.scale.stream import extract_stream

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def small_stream(tmp_path_factory) -> Path:
    """300 invented articles, 10 % relevant, with a duplicate and a bad line."""
    path = tmp_path_factory.mktemp("stream") / "news.jsonl"
    records = list(generate.stream(300, relevant=0.1, seed=3))
    lines = [json.dumps(r) for r in records]
    lines.insert(50, json.dumps({**records[10], "id": "copy-of-10"}))
    lines.insert(120, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["extract", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def reference(small_stream: Path) -> str:
    """The in-process run without the screen: what every other run must equal."""
    code, out = _run(small_stream, "--workers", "1", "--no-screen")
    assert code == 1  # the bad line
    assert any(json.loads(line)["claims"] for line in out.splitlines())
    return out


@pytest.mark.parametrize("args", [["--workers", "1"], ["--workers", "2"], ["--workers", "3", "--no-screen"]])
def test_workers_and_screen_give_the_same_output_in_order(small_stream, reference, args) -> None:
    assert _run(small_stream, *args) == (1, reference)


def test_outcomes_keep_input_order_across_chunks() -> None:
    items = [Document(id=f"d{i}", text=f"Text number {i}.") for i in range(200)]
    items[7] = InputError("x.jsonl", "bad line", 8)
    items[90] = Document(id="again", text="Text number 3.")
    outcomes = list(extract_stream(items, workers=2, chunk=16, window=2))
    assert [o.item for o in outcomes] == items
    assert outcomes[90].duplicate_of == "d3"
    assert all(o.result.doc_id == o.item.id for i, o in enumerate(outcomes) if i not in (7, 90))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers see the patched loader")
def test_a_worker_that_cannot_load_the_extractor_stops_the_run(monkeypatch) -> None:
    """A broken knowledge file must end the run with its error, not leave the pool restarting workers."""
    from awol.errors import KnowledgeError
    from awol.scale import stream

    def broken(screen: bool = True):
        raise KnowledgeError("words.yaml: after_stock_figure must be a list of words")

    monkeypatch.setattr(stream, "make_extractor", broken)
    items = [Document(id=f"d{i}", text=f"About {i} soldiers deserted their posts in Gao.") for i in range(40)]

    def hung(signum, frame):
        raise TimeoutError("the run hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        with pytest.raises(KnowledgeError, match="after_stock_figure"):
            list(extract_stream(items, workers=2, chunk=8, window=2))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_deduplicator_agrees_with_a_dict_across_merged_runs(monkeypatch) -> None:
    """Digests move from the buffer into sorted runs that merge; every lookup still
    finds the first copy's id, whitespace differences still count as the same text."""
    import random

    from awol.scale.stream import CompactDeduplicator

    monkeypatch.setattr(CompactDeduplicator, "BUFFER", 7)
    seen, first = CompactDeduplicator(), {}
    rnd = random.Random(5)
    for i in range(3000):
        words = f"report {rnd.randrange(900)} of the week"
        text = words.replace(" ", "  \n") if i % 3 else words
        expected = first.setdefault(words, f"doc-é{i}")
        assert seen.first_copy(Document(id=f"doc-é{i}", text=text)) == (None if expected == f"doc-é{i}" else expected)
    assert len(seen._runs) > 1


def test_resume_skips_what_was_written(small_stream, reference, tmp_path) -> None:
    """A run stopped part-way (its partial file and record left behind) finishes on rerun."""
    from awol.scale.resume import Checkpoint

    target = tmp_path / "out.jsonl"
    assert _run(small_stream, "-o", target)[0] == 1
    full = target.read_text(encoding="utf-8")
    assert full == reference
    # Forge the state of a run killed after 100 input items, with half a line written past the record.
    lines = full.splitlines(keepends=True)
    written = "".join(lines[:99])  # items 0..99 hold one duplicate, so 99 lines
    partial = target.with_name(target.name + ".awol-partial")
    partial.write_text(written + lines[99][:40], encoding="utf-8")
    key = json.loads(_progress_of(small_stream, target))["key"]
    Path(str(target) + ".awol-progress").write_text(json.dumps(
        {"key": key, "items": 100, "bytes": len(written.encode()), "state": {"files": 1, "documents": 99,
                                                                           "claims": 0, "duplicates": 1,
                                                                           "rejected": 0}}))
    target.unlink()
    assert _run(small_stream, "-o", target)[0] == 1
    assert target.read_text(encoding="utf-8") == reference
    assert not partial.exists() and not Path(str(target) + ".awol-progress").exists()
    assert Checkpoint  # the module the record belongs to


def _progress_of(stream: Path, target: Path) -> str:
    from awol.cli.extract import DEFAULT_MAX_BYTES
    from awol.scale.resume import run_key

    return json.dumps({"key": run_key("extract", [str(stream.resolve())], "jsonl", DEFAULT_MAX_BYTES)})


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(tmp_path) -> None:
    stream = generate.write(tmp_path / "news.jsonl", 4000, relevant=0.15, seed=5)
    clean = tmp_path / "clean.jsonl"
    assert _run(stream, "-o", clean, "--workers", "1")[0] == 0
    target = tmp_path / "out.jsonl"
    progress = Path(str(target) + ".awol-progress")
    command = [sys.executable, "-c", "from awol.cli import main; main()", "extract", str(stream), "-o", str(target),
               "--workers", "2"]
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if json.loads(progress.read_text())["items"] >= 150:
                break
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed; make the stream longer"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not target.exists()
    done = json.loads(progress.read_text())["items"]
    assert 0 < done < 4000
    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert target.read_bytes() == clean.read_bytes()


@pytest.mark.slow
def test_dask_run_gives_byte_identical_claims(tmp_path, small_stream) -> None:
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from awol.scale.dask_engine import read_results, run_dask

    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = small_stream.read_text(encoding="utf-8").splitlines(keepends=True)
    for k in range(3):  # three partitions; the duplicate of an article in the first is in the first too
        (inputs / f"part{k}.jsonl").write_text("".join(lines[k * 101:(k + 1) * 101]), encoding="utf-8")
    code, local = _run(inputs, "--workers", "1")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_dask([str(inputs / "*.jsonl")], tmp_path / "out", scheduler=cluster.scheduler_address)
        assert summary["rejected"] == 1 and summary["partitions"] == 3
        canonical = lambda rows: [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]  # noqa: E731
        assert canonical(read_results(tmp_path / "out")) == canonical(json.loads(x) for x in local.splitlines())
        again = run_dask([str(inputs / "*.jsonl")], tmp_path / "out", scheduler=cluster.scheduler_address)
        assert again["skipped"] == 3


@pytest.mark.slow
def test_dask_reads_parquet_partitions_like_json_lines(tmp_path) -> None:
    pytest.importorskip("distributed")
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from distributed import LocalCluster

    from awol.scale.dask_engine import read_results, run_dask

    records = list(generate.stream(120, relevant=0.2, seed=5))
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    inputs = tmp_path / "pq"
    inputs.mkdir()
    for k in range(2):
        pq.write_table(pa.Table.from_pylist(records[k * 60:(k + 1) * 60]), inputs / f"part{k}.parquet")
    code, local = _run(jsonl, "--workers", "1")
    assert code == 0 and any(json.loads(x)["claims"] for x in local.splitlines())
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        summary = run_dask([str(inputs / "*.parquet")], tmp_path / "out", scheduler=cluster.scheduler_address)
    assert summary["partitions"] == 2 and summary["rejected"] == 0
    canonical = lambda rows: [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]  # noqa: E731
    assert canonical(read_results(tmp_path / "out")) == canonical(json.loads(x) for x in local.splitlines())


def test_the_benchmark_stream_reads_like_news_to_a_tokenizer() -> None:
    """The generator's text carries what makes news slow to tokenize (quotes, possessives, new names,
    short paragraphs); a stream of a few hundred template words in long paragraphs would flatter the
    tokenizer the benchmark compares with."""
    records = list(generate.stream(300, seed=2))
    stats = generate.text_stats([r["text"] for r in records])
    assert stats["apostrophes per 1,000 characters"] > 1
    assert stats["double quotes per 1,000 characters"] > 1
    assert 3.5 < stats["paragraph breaks per 1,000 characters"] < 7  # news paragraphs are a sentence or two
    assert stats["distinct words per word (as many articles as the dev corpus)"] > 0.05
    assert 2 <= sum("/report/" in r["url"] for r in records) <= 25
    assert records == list(generate.stream(300, seed=2))  # the same seed gives the same stream
