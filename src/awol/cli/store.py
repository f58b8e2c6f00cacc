"""Store commands: `ingest`, `reconcile`, `claims`, `events`, `stats`, `search`,
`export`, `demo`. Each parses options and calls awol.store.Store."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from awol.cli.app import GROUPS_OPTION, app, use_groups
from awol.cli.report import Reporter
from awol.ingest import DEFAULT_MAX_BYTES
from awol.store.export import EXPORT_FORMATS, OUTPUT_FORMATS

# Enums so that --help lists the choices and click rejects anything else.
ListFormat = Enum("ListFormat", {name: name for name in OUTPUT_FORMATS}, type=str)
ExportFormat = Enum("ExportFormat", {name: name for name in EXPORT_FORMATS}, type=str)

DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite database file.")]
GroupOpt = Annotated[Optional[str], typer.Option("--group", help="Only this group (canonical name or mention).")]
CountryOpt = Annotated[Optional[str], typer.Option(
    "--country", help="Only this country (ISO alpha-2): the group's, or a place of origin or destination.")]
KindOpt = Annotated[Optional[str], typer.Option("--kind", help="Only this kind (desertion, defection, ...).")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", help="Only what overlaps this date or later (YYYY-MM-DD); undated claims by publication date.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Only what overlaps this date or earlier (YYYY-MM-DD).")]
SourceTypeOpt = Annotated[Optional[str], typer.Option("--source-type", help="Only claims from this source type.")]
FormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output: a table for people, or csv, jsonl, json.")]


def _filters(group, country, kind, since, until, source_type) -> dict:
    return {"group": group, "country": country, "kind": kind, "since": since, "until": until,
            "source_type": source_type}


def _open(db: Path, must_exist: bool = True):
    from awol.errors import StoreError
    from awol.store import Store
    if must_exist and not db.exists():
        raise StoreError(f"{db}: no such database; run `awol ingest PATH... --db {db}` first")
    return Store.open(db)


def _run_ingest(paths: list[Path], db: Path, max_bytes: int = DEFAULT_MAX_BYTES, events: bool = True) -> int:
    """Ingest with a progress bar (on a terminal) and a closing summary; the exit code."""
    from awol.scale.stream import make_extractor
    from awol.ingest import iter_documents
    from awol.store.ingest import ingest

    with _open(db, must_exist=False) as store, Reporter() as report:
        extractor = make_extractor()  # the extractor behind the fast screen (awol.scale)
        summary = ingest(store, iter_documents(paths, max_bytes=max_bytes), extractor, events=events,
                         on_item=lambda s: report.status(f"ingesting: {s.read} read, {s.new} new, {s.claims} claims"),
                         on_error=lambda e: report.line(f"awol: {e}"))
        totals = store.counts()
    if summary.events is not None:
        events_note = f"{summary.events} events"
    elif events:
        events_note = "events: not computed (reconcile stage not installed)"
    else:
        events_note = "events not recomputed (run `awol reconcile`)"
    print(f"{summary.read} documents read: {summary.new} new, {summary.duplicate} already stored, "
          f"{summary.rejected} rejected; {summary.claims} claims stored; {events_note}. "
          f"{db} holds {totals['documents']} documents, {totals['claims']} claims.", file=sys.stderr)
    return 1 if summary.rejected else 0


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., metavar="PATH", help="Article files or directories of them "
                                             "(the formats `awol extract` reads)."),
           db: DbOpt = Path("awol.db"),
           max_bytes: Annotated[int, typer.Option(
               "--max-bytes", min=1, help="Largest input file accepted, after decompression (per line for JSON Lines)."
           )] = DEFAULT_MAX_BYTES,
           events: Annotated[bool, typer.Option(
               "--events/--no-events", help="Recompute events at the end (--no-events: later, with `awol reconcile`)."
           )] = True,
           groups: Optional[Path] = GROUPS_OPTION) -> None:
    """Extract claims from articles and store them (re-ingesting stores nothing new)."""
    use_groups(groups)
    code = _run_ingest(list(paths), db, max_bytes, events)
    if code:
        raise typer.Exit(code)


@app.command()
def reconcile(db: DbOpt = Path("awol.db")) -> None:
    """Recompute events from all stored claims."""
    with _open(db) as store:
        n = store.reconcile()
    print("reconcile stage not installed; no events" if n is None else f"{n} events", file=sys.stderr)


def _table(rows: list[dict], columns: list[tuple[str, str]], title: str) -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table(title=title, show_lines=False)
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(k) is None else str(row.get(k)) for k, _ in columns))
    Console().print(table)


def _figure(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    if low == high:
        return str(low)
    return f"{'' if low is None else low}-{'' if high is None else high}"


def _claim_cells(rec: dict) -> dict:
    count = rec.get("count") or {}
    period = rec.get("period") or {}
    figure = _figure(count.get("low"), count.get("high"))
    return {**rec, "figure": figure, "when": " to ".join(v for v in (period.get("start"), period.get("end")) if v)
            or (rec.get("published") or "")}


def _print_claims(records: list[dict], fmt: str, title: str) -> None:
    from awol.store.export import write_claims
    if fmt == "table":
        _table([_claim_cells(r) for r in records],
               [("doc_id", "doc"), ("kind", "kind"), ("group", "group"), ("group_country", "cc"),
                ("figure", "count"), ("count_text", "as written"), ("when", "when"), ("source_type", "source type"),
                ("evidence", "evidence")], f"{title} ({len(records)})")
    else:
        write_claims(records, fmt, sys.stdout)


@app.command()
def claims(db: DbOpt = Path("awol.db"), group: GroupOpt = None, country: CountryOpt = None, kind: KindOpt = None,
           since: SinceOpt = None, until: UntilOpt = None, source_type: SourceTypeOpt = None,
           fmt: FormatOpt = ListFormat.table) -> None:
    """List stored claims (jsonl: every SCHEMA field plus doc_id and event_id)."""
    fmt = fmt.value
    with _open(db) as store:
        records = store.claims(**_filters(group, country, kind, since, until, source_type))
    _print_claims(records, fmt, "claims")


@app.command()
def search(text: str = typer.Argument(..., metavar="TEXT", help="Words or an FTS5 query over evidence sentences."),
           db: DbOpt = Path("awol.db"), limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
           fmt: FormatOpt = ListFormat.table) -> None:
    """Full-text search over claims' evidence, best matches first."""
    fmt = fmt.value
    with _open(db) as store:
        records = store.search(text, limit=limit)
    _print_claims(records, fmt, f"claims matching {text!r}")


@app.command()
def events(db: DbOpt = Path("awol.db"), group: GroupOpt = None, country: CountryOpt = None, kind: KindOpt = None,
           since: SinceOpt = None, until: UntilOpt = None, source_type: SourceTypeOpt = None,
           fmt: FormatOpt = ListFormat.table) -> None:
    """List events: claims grouped as reports of the same thing, with combined figures and conflicts."""
    from awol.store.export import write_events
    fmt = fmt.value
    with _open(db) as store:
        records = store.events(**_filters(group, country, kind, since, until, source_type))
    if fmt == "table":
        rows = [{**r, "period": " to ".join(v for v in (r.get("period_start"), r.get("period_end")) if v),
                 "range": _figure(r["low"], r["high"]),
                 "conflict": "CONFLICT" if r["conflict"] else "", "sources": "; ".join(r["sources"])} for r in records]
        _table(rows, [("event_id", "event"), ("kind", "kind"), ("group", "group"), ("group_country", "cc"),
                      ("period", "period"), ("range", "combined"), ("conflict", "conflict"),
                      ("n_claims", "claims"), ("sources", "sources"), ("note", "note")], f"events ({len(records)})")
    else:
        write_events(records, fmt, sys.stdout)


@app.command()
def stats(db: DbOpt = Path("awol.db"), group: GroupOpt = None, country: CountryOpt = None, kind: KindOpt = None,
          since: SinceOpt = None, until: UntilOpt = None, source_type: SourceTypeOpt = None,
          fmt: FormatOpt = ListFormat.table) -> None:
    """Counts of documents, claims, events and conflicts, and claims by kind, source type, group and country."""
    fmt = fmt.value
    with _open(db) as store:
        result = store.stats(**_filters(group, country, kind, since, until, source_type))
    if fmt == "table":
        _print_stats(result)
    elif fmt == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        rows = [{"dimension": "total", "key": k, "value": result[k]}
                for k in ("documents", "claims", "events", "conflicts")]
        rows += [{"dimension": dim[3:], "key": k, "value": v}
                 for dim in ("by_kind", "by_source_type", "by_group", "by_country") for k, v in result[dim].items()]
        if fmt == "jsonl":
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
        else:
            import csv
            writer = csv.DictWriter(sys.stdout, fieldnames=["dimension", "key", "value"])
            writer.writeheader()
            writer.writerows(rows)


def _print_stats(result: dict, console=None) -> None:
    from rich.console import Console
    from rich.table import Table
    console = console or Console()
    console.print(f"[bold]{result['documents']}[/] documents, [bold]{result['claims']}[/] claims, "
                  f"[bold]{result['events']}[/] events, [bold]{result['conflicts']}[/] with conflicting figures")
    for dim, title in (("by_kind", "kind"), ("by_source_type", "source type"), ("by_group", "group"),
                       ("by_country", "country")):
        if result[dim]:
            table = Table(title=f"claims by {title}")
            table.add_column(title)
            table.add_column("claims", justify="right")
            for k, v in list(result[dim].items())[:15]:
                table.add_row(k, str(v))
            console.print(table)


@app.command()
def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Claims as csv, jsonl, parquet or geojson; events as acled.")],
           output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")],
           db: DbOpt = Path("awol.db"), group: GroupOpt = None, country: CountryOpt = None, kind: KindOpt = None,
           since: SinceOpt = None, until: UntilOpt = None, source_type: SourceTypeOpt = None) -> None:
    """Export claims (csv, jsonl, parquet, geojson) or events (acled: an ACLED-shaped CSV)."""
    fmt = fmt.value
    with _open(db) as store:
        out = sys.stdout if str(output) == "-" else output
        n = store.export(fmt, out, **_filters(group, country, kind, since, until, source_type))
    unit = "features" if fmt == "geojson" else ("events" if fmt == "acled" else "claims")
    print(f"wrote {n} {unit} to {output}", file=sys.stderr)


@app.command()
def demo(db: DbOpt = Path("awol.db")) -> None:
    """Ingest the bundled sample articles and summarise what awol found."""
    from importlib.resources import files

    from rich.console import Console

    from awol.errors import StoreError
    samples = files("awol").joinpath("samples")
    paths = sorted(Path(str(f)) for f in samples.iterdir() if f.name.endswith(".json"))
    if not paths:
        raise StoreError(f"no sample articles found in {samples}; reinstall awol")
    console = Console()
    console.rule("awol demo")
    console.print(f"Ingesting {len(paths)} sample articles into {db} ...")
    code = _run_ingest(paths, db)
    with _open(db) as store:
        result = store.stats()
        events_found = store.events()
    _print_stats(result, console)
    from rich.table import Table
    table = Table(title=f"events ({len(events_found)}; conflicting figures first)")
    for header in ("kind", "group", "period", "combined", "claims", "sources"):
        table.add_column(header, overflow="fold")
    for ev in sorted(events_found, key=lambda e: not e["conflict"])[:12]:
        combined = "[bold red]conflict[/]" if ev["conflict"] else _figure(ev["low"], ev["high"])
        table.add_row(ev["kind"], ev["group"] or "", " to ".join(v for v in (ev["period_start"], ev["period_end"]) if v),
                      combined, str(ev["n_claims"]), "; ".join(ev["sources"]))
    console.print(table)
    console.print(f"Next: [bold]awol claims --db {db}[/], [bold]awol events --db {db}[/], "
                  f"[bold]awol search 'left' --db {db}[/], [bold]awol export -f geojson -o out.geojson --db {db}[/]")
    if code:
        raise typer.Exit(code)
