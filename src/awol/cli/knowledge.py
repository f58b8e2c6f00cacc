"""`awol groups ...`: inspect, check and extend the armed-group registry."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

from awol.cli.app import GROUPS_OPTION, app

groups_app = typer.Typer(
    help="Search, count and validate the armed-group registry (add groups with --groups FILE.csv).",
    no_args_is_help=True,
)
app.add_typer(groups_app, name="groups")



def _registry(extra: Optional[Path]):
    from awol.normalize.groups import Registry, default_registry

    return Registry.load(extra=extra) if extra else default_registry()


@groups_app.command("search")
def search(
    text: str = typer.Argument(..., help="A mention or a sentence, e.g. 'Asaeb al-Haq' or 'Iraqi soldiers fled'."),
    country: List[str] = typer.Option([], "--country", "-c", help="Document country context (ISO code), most likely first; repeatable."),
    groups: Optional[Path] = GROUPS_OPTION,
) -> None:
    """Show what TEXT resolves to, and why."""
    from rich.console import Console
    from rich.table import Table

    registry = _registry(groups)
    found = registry.search(text, [c.upper() for c in country])
    console = Console()
    if not found:
        console.print(f"No group found in {text!r}.")
        raise typer.Exit(1)
    table = Table("mention", "group", "country", "type", "parent", "why")
    for m in found:
        e = m.entry
        table.add_row(m.text, m.name + (" (generic)" if m.generic else ""), m.country or "",
                      e.type if e else "", (e.parent or "") if e else "", m.why)
    console.print(table)


@groups_app.command("stats")
def stats(groups: Optional[Path] = GROUPS_OPTION) -> None:
    """Count entries per country and per type (the registry's coverage)."""
    from rich.console import Console
    from rich.table import Table

    from awol.normalize.countries import country_name

    entries = _registry(groups).entries()
    state = [e for e in entries if e.nouns or e.side == "state"]
    by_country = Counter(e.country or "-" for e in entries)
    state_countries = {e.country for e in state if e.country}
    console = Console()
    per_country = Table("country", "name", "entries", "state", "non-state", title="Entries per country")
    for code, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])):
        s = sum(1 for e in state if (e.country or "-") == code)
        per_country.add_row(code, country_name(code) or "", str(n), str(s), str(n - s))
    console.print(per_country)
    per_type = Table("type", "entries", title="Entries per type")
    for gtype, n in Counter(e.type for e in entries).most_common():
        per_type.add_row(gtype, str(n))
    console.print(per_type)
    console.print(
        f"Total: {len(entries)} entries, {len(by_country)} countries; "
        f"{len(state)} state entries covering {len(state_countries)} countries; "
        f"{len(entries) - len(state)} non-state entries; "
        f"{sum(len(e.aliases) for e in entries)} aliases."
    )


@groups_app.command("validate")
def validate(groups: Optional[Path] = GROUPS_OPTION) -> None:
    """Load and check every data file (and --groups FILE); exit 2 with the problem if one is wrong."""
    registry = _registry(groups)
    typer.echo(f"ok: {len(registry.entries())} groups")
