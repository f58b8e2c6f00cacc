"""Writers for `awol extract`: one SCHEMA line per document (jsonl), one row per
claim (csv), or a Rich table for people. jsonl and csv stream; the table is
drawn at the end because Rich sizes its columns from all rows."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Protocol, TextIO

from awol.errors import AwolError
from awol.model import Claim, DocResult

FORMATS = ("jsonl", "csv", "table")

CSV_COLUMNS = (
    "doc_id", "kind", "measure", "group", "group_mention", "group_country",
    "count_low", "count_high", "count_text", "period_start", "period_end", "period_text",
    "origin", "destination", "to_group", "source", "source_type", "status", "evidence",
)
_EVIDENCE_WIDTH = 160


class Writer(Protocol):
    def write(self, result: DocResult) -> None: ...

    def close(self) -> None: ...


def make_writer(fmt: str, stream: TextIO, header: bool = True) -> Writer:
    """`header=False` continues a CSV file that already has its header (a resumed run)."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, header)
    if fmt == "table":
        return TableWriter(stream)
    raise AwolError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")


class JsonlWriter:
    """Exactly the SCHEMA line per document, the shape eval/score.py reads."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, result: DocResult) -> None:
        self.stream.write(json.dumps(result.to_schema(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """One row per claim, for spreadsheets: nested values as compact JSON in their cells."""

    def __init__(self, stream: TextIO, header: bool = True):
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        if header:
            self.writer.writeheader()

    def write(self, result: DocResult) -> None:
        for claim in result.claims:
            self.writer.writerow(claim_row(result.doc_id, claim))

    def close(self) -> None:
        self.stream.flush()


def claim_row(doc_id: str, claim: Claim) -> dict[str, object]:
    """A claim flattened into CSV cells: count and period split into their own columns."""
    record = claim.to_schema()
    count = record.pop("count") or {}
    period = record.pop("period") or {}
    row: dict[str, object] = {"doc_id": doc_id}
    for name in CSV_COLUMNS[1:]:
        value = record.get(name)
        row[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if isinstance(value, (list, dict)) else value
    row.update(count_low=count.get("low"), count_high=count.get("high"),
               period_start=period.get("start"), period_end=period.get("end"))
    return row


class TableWriter:
    """A Rich table of all claims, drawn when the run ends."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.rows: list[tuple[str, ...]] = []
        self.documents = 0

    def write(self, result: DocResult) -> None:
        self.documents += 1
        for claim in result.claims:
            self.rows.append(_table_row(result.doc_id, claim))

    def close(self) -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console(file=self.stream, width=None if self.stream.isatty() else 200)
        table = Table(title=f"{len(self.rows)} claims in {self.documents} documents", show_lines=True)
        for column in ("doc", "kind", "group", "count", "period", "source", "evidence"):
            table.add_column(column, overflow="fold")
        for row in self.rows:
            table.add_row(*row)
        console.print(table, markup=False, highlight=False)
        self.stream.flush()


def _table_row(doc_id: str, claim: Claim) -> tuple[str, ...]:
    kind = claim.kind + (f" ({claim.measure})" if claim.measure else "")
    group = claim.group + (f" [{claim.group_country}]" if claim.group_country else "")
    if claim.to_group:
        group += f" → {claim.to_group}"
    count = ""
    if claim.count:
        low = "?" if claim.count.low is None else str(claim.count.low)
        high = "?" if claim.count.high is None else str(claim.count.high)
        count = f"{claim.count_text or ''} [{low}–{high}]".strip()
    period = f"{claim.period.start} – {claim.period.end}" if claim.period else ""
    source = f"{claim.source or 'publisher'} ({claim.source_type})"
    if claim.status != "asserted":
        source += f", {claim.status}"
    evidence = claim.evidence if len(claim.evidence) <= _EVIDENCE_WIDTH else claim.evidence[: _EVIDENCE_WIDTH - 1] + "…"
    return doc_id, kind, group, count, period, source, evidence


@contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A file that appears at `path` only when writing finished: a failed run leaves no half file."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder,
                                             prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise AwolError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with handle:
            yield handle
        os.chmod(handle.name, 0o666 & ~_umask())  # as if created directly, not 0600 like temp files
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
