"""The Typer application that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="awol",
    help="Read conflict reporting and record people leaving armed forces and armed groups.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Read conflict reporting and record people leaving armed forces and armed groups."""
