"""`awol extract`: read inputs, extract claims, write them out.

Streams: documents are read, extracted (on `--workers` processes, behind the
fast screen) and written in input order as they come; memory stays flat. With
`-o FILE` an interrupted run resumes when rerun (awol.scale.resume); with
`--engine dask` the run goes to a Dask cluster (awol.scale.dask_engine).
Bad inputs are reported one line each on stderr and the run goes on; the exit
status is 1 when any input was rejected.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import List, Optional, TextIO

import typer

from awol.cli.app import GROUPS_OPTION, app, use_groups
from awol.cli.output import FORMATS, atomic_output, make_writer
from awol.cli.report import Reporter
from awol.errors import InputError
from awol.ingest import DEFAULT_MAX_BYTES

_FORMAT_HELP = "jsonl: one SCHEMA line per document; csv: one row per claim; table: for people."


OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


@dataclass
class Tally:
    files: int = 0
    documents: int = 0
    claims: int = 0
    duplicates: int = 0
    rejected: int = 0


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATH", help="Article files (.json, .jsonl, .ndjson, .txt, "
                                       ".html, .htm; also .gz/.zst) or directories of them; with --engine dask, "
                                       "JSON Lines or Parquet files or glob patterns."),
    fmt: OutputFormat = typer.Option("jsonl", "--format", "-f", help=_FORMAT_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout; "
                                          "an interrupted run resumes when rerun. With --engine dask: a folder "
                                          "of Parquet partitions."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1,
                                  help="Largest input file accepted, after decompression (per line for JSON Lines)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1,
                                          help="Processes extracting in parallel (default: the number of cores; "
                                               "1 = in this process). Output order is input order."),
    screen: bool = typer.Option(True, "--screen/--no-screen",
                                help="Skip the NLP for documents without any leaving word (same results, faster)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine; dask: a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://HOST:8786); "
                                            "default: a LocalCluster on this machine."),
    groups: Optional[Path] = GROUPS_OPTION,
) -> None:
    """Extract claims from articles: one SCHEMA line per document, in input order."""
    from awol.scale.stream import default_workers

    use_groups(groups)
    if engine is Engine.dask:
        _extract_dask(paths, output, scheduler, screen, max_bytes, workers)
        return
    workers = workers or default_workers()
    resumable = output is not None and fmt.value != "table"
    checkpoint = None
    try:
        with Reporter() as report:
            if resumable:
                from awol.scale.resume import Checkpoint, run_key

                key = run_key("extract", [str(p.resolve()) for p in paths], fmt.value, max_bytes)
                checkpoint = Checkpoint(output, key)
                stream = checkpoint.open()
                tally = run(paths, stream, fmt.value, max_bytes, report, workers, screen, checkpoint)
                checkpoint.finish()
            else:
                with atomic_output(output) if output else nullcontext(sys.stdout) as stream:
                    tally = run(paths, stream, fmt.value, max_bytes, report, workers, screen)
    except KeyboardInterrupt:
        if checkpoint is not None:
            checkpoint.suspend()
            print(f"awol: interrupted; run the same command again to resume ({output} is not complete yet)",
                  file=sys.stderr)
        else:
            print("awol: interrupted" + (f"; {output} was not written" if output else ""), file=sys.stderr)
        raise typer.Exit(130) from None
    if tally.rejected:
        raise typer.Exit(1)


def run(paths: List[Path], stream: TextIO, fmt: str, max_bytes: int, report: Reporter, workers: int = 1,
        screen: bool = True, checkpoint=None) -> Tally:
    """Read, extract and write each document in turn; report what could not be read.

    With a checkpoint, the items an earlier run wrote are skipped, and progress
    is recorded as output is written."""
    from awol.ingest import iter_documents
    from awol.scale.stream import extract_stream

    skip = checkpoint.items if checkpoint is not None else 0
    tally = Tally(**checkpoint.state) if checkpoint is not None and checkpoint.state else Tally()
    writer = make_writer(fmt, stream, header=skip == 0)
    last_path: str | None = None
    done = skip
    try:
        for outcome in extract_stream(iter_documents(paths, max_bytes=max_bytes), workers, screen, skip=skip):
            item = outcome.item
            path = item.path
            if path != last_path:
                tally.files += 1
                last_path = path
            if isinstance(item, InputError):
                tally.rejected += 1
                report.line(f"awol: {item}")
            elif outcome.duplicate_of is not None:
                tally.duplicates += 1
                report.line(f"awol: {path}: {item.id}: skipped duplicate of {outcome.duplicate_of}")
            elif outcome.problem is not None:
                tally.rejected += 1
                report.line(f"awol: {path}: {item.id}: {outcome.problem}")
            else:
                writer.write(outcome.result)
                tally.documents += 1
                tally.claims += len(outcome.result.claims)
            done += 1
            if checkpoint is not None:
                checkpoint.record(done, lambda: asdict(tally))
            report.status(f"{tally.files} files, {tally.documents} documents, {tally.claims} claims, "
                          f"{tally.rejected} rejected")
    except KeyboardInterrupt:
        if checkpoint is not None:
            checkpoint.record(done, lambda: asdict(tally), force=True)
        raise
    writer.close()
    if checkpoint is not None:
        checkpoint.record(done, lambda: asdict(tally), force=True)
    if report.interactive:
        report.line(f"awol: {tally.documents} documents from {tally.files} files, {tally.claims} claims; "
                    f"{tally.duplicates} duplicates skipped, {tally.rejected} inputs rejected")
    return tally


def _extract_dask(paths: List[Path], output: Optional[Path], scheduler: Optional[str], screen: bool,
                  max_bytes: int, workers: Optional[int]) -> None:
    """The same extraction on a Dask cluster: Parquet partitions in the output folder."""
    from awol.errors import AwolError
    from awol.scale.dask_engine import run_dask

    if output is None:
        raise AwolError("--engine dask writes Parquet partitions: give an output folder with -o DIR")
    summary = run_dask([str(p) for p in paths], output, scheduler=scheduler, screen=screen, max_bytes=max_bytes,
                       workers=workers)
    for problem in summary["problems"]:
        print(f"awol: {problem}", file=sys.stderr)
    print(f"awol: {summary['documents']} documents, {summary['claims']} claims in {summary['partitions']} "
          f"partitions under {output} ({summary['skipped']} partitions already done)", file=sys.stderr)
    if summary["rejected"]:
        raise typer.Exit(1)
