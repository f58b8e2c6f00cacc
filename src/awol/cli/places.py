"""`awol places search`: what a place name resolves to, and why."""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from awol.cli.app import app

places_app = typer.Typer(
    help="Inspect the place gazetteer (countries, subdivisions, cities, press regions).",
    no_args_is_help=True,
)
app.add_typer(places_app, name="places")


@places_app.command("search")
def search(
    text: Annotated[str, typer.Argument(help="A place name as written, e.g. 'Waset' or 'northern Iraq'.")],
    country: Annotated[Optional[List[str]], typer.Option(
        "--country", "-c", help="Document country context (ISO alpha-2); repeat for several.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most this many candidates.")] = 20,
) -> None:
    """Show every candidate for TEXT, best first, with the reason for its rank."""
    from rich.console import Console
    from rich.table import Table

    from awol.normalize.places import default_gazetteer

    gaz = default_gazetteer()
    countries = [c.upper() for c in country or []]
    chosen = gaz.lookup(text, countries)
    rows = gaz.search(text, countries)
    console = Console()
    if chosen is not None and all(entry != chosen for entry, _ in rows):
        rows.insert(0, (chosen, "matched in context (direction, type word or phrase)"))
    if not rows:
        console.print(f"No place named {text!r}: kept as written, country null.", soft_wrap=True)
        raise typer.Exit(1)
    table = Table(title=f"places matching {text!r}" + (f" (context {', '.join(countries)})" if countries else ""))
    for col in ("name", "kind", "country", "lat", "lon", "population", "why"):
        table.add_column(col, justify="right" if col in ("lat", "lon", "population") else "left")
    for entry, why in rows[:limit]:
        table.add_row(
            entry.name, entry.kind, entry.country or "-",
            "-" if entry.lat is None else f"{entry.lat:.3f}",
            "-" if entry.lon is None else f"{entry.lon:.3f}",
            "-" if entry.population is None else f"{entry.population:,}",
            why,
        )
    console.print(table)
    verdict = f"resolves to {chosen.name} ({chosen.country or 'no country'}, {chosen.kind})" if chosen \
        else "does not resolve (kept as written, country null)"
    console.print(f"{text!r} {verdict}", soft_wrap=True)
