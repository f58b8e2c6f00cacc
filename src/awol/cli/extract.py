"""`awol extract`: read inputs, extract claims, write them out.

Streams: one document is read, extracted and written before the next is read.
Bad inputs are reported one line each on stderr and the run goes on; the exit
status is 1 when any input was rejected.
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional, TextIO

import typer

from awol.cli.app import app
from awol.cli.output import FORMATS, atomic_output, make_writer
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


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATH", help="Article files (.json, .jsonl, .ndjson, .txt, "
                                       ".html, .htm; also .gz/.zst) or directories of them."),
    fmt: OutputFormat = typer.Option("jsonl", "--format", "-f", help=_FORMAT_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1,
                                  help="Largest input file accepted, after decompression (per line for JSON Lines)."),
) -> None:
    """Extract claims from articles: one SCHEMA line per document, in input order."""
    try:
        with _Reporter() as report, (atomic_output(output) if output else nullcontext(sys.stdout)) as stream:
            tally = run(paths, stream, fmt.value, max_bytes, report)
    except KeyboardInterrupt:
        print("awol: interrupted" + (f"; {output} was not written" if output else ""), file=sys.stderr)
        raise typer.Exit(130) from None
    if tally.rejected:
        raise typer.Exit(1)


def run(paths: List[Path], stream: TextIO, fmt: str, max_bytes: int, report: "_Reporter") -> Tally:
    """Read, extract and write each document in turn; report what could not be read."""
    from awol.errors import AwolError, InputError
    from awol.extract.pipeline import Extractor
    from awol.ingest import Deduplicator, iter_documents

    extractor = Extractor()
    writer = make_writer(fmt, stream)
    seen = Deduplicator()
    tally = Tally()
    last_path: str | None = None
    for item in iter_documents(paths, max_bytes=max_bytes):
        path = item.path
        if path != last_path:
            tally.files += 1
            last_path = path
        if isinstance(item, InputError):
            tally.rejected += 1
            report.line(f"awol: {item}")
        else:
            earlier = seen.first_copy(item)
            if earlier is not None:
                tally.duplicates += 1
                report.line(f"awol: {path}: {item.id}: skipped duplicate of {earlier}")
            else:
                try:
                    result = extractor.extract(item)
                except AwolError as exc:
                    tally.rejected += 1
                    report.line(f"awol: {path}: {item.id}: {exc}")
                except Exception as exc:  # one document's failure must not cost the others
                    tally.rejected += 1
                    report.line(f"awol: {path}: {item.id}: extraction failed ({type(exc).__name__}: {exc})")
                else:
                    writer.write(result)
                    tally.documents += 1
                    tally.claims += len(result.claims)
        report.progress(tally)
    writer.close()
    report.summary(tally)
    return tally


class _Reporter:
    """stderr for people: problem lines, ingest warnings and, on a terminal, a progress bar."""

    def __init__(self) -> None:
        self.interactive = sys.stderr.isatty()
        self._progress = None
        self._task = None
        self._handler = _LogToReporter(self)

    def __enter__(self) -> "_Reporter":
        logger = logging.getLogger("awol")
        logger.addHandler(self._handler)
        self._propagate, logger.propagate = logger.propagate, False
        if self.interactive:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True)
            self._task = self._progress.add_task("starting")
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
        logger = logging.getLogger("awol")
        logger.removeHandler(self._handler)
        logger.propagate = self._propagate

    def line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr, flush=True)

    def progress(self, tally: Tally) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=f"{tally.files} files, {tally.documents} documents, "
                                                          f"{tally.claims} claims, {tally.rejected} rejected")

    def summary(self, tally: Tally) -> None:
        if self.interactive:
            self.line(f"awol: {tally.documents} documents from {tally.files} files, {tally.claims} claims; "
                      f"{tally.duplicates} duplicates skipped, {tally.rejected} inputs rejected")


class _LogToReporter(logging.Handler):
    """Ingest warnings (such as a `published` value that is not a date) as `awol: ...` lines."""

    def __init__(self, reporter: _Reporter):
        super().__init__(logging.WARNING)
        self.reporter = reporter

    def emit(self, record: logging.LogRecord) -> None:
        self.reporter.line(f"awol: {record.getMessage()}")
