"""The Typer application that every command module registers on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

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


# Shared by `extract`, `ingest` and the `groups` commands.
GROUPS_OPTION = typer.Option(
    None, "--groups", help="CSV of extra groups or aliases: name,alias,country,type,parent (one alias a row).",
    exists=True, dir_okay=False,
)


def use_groups(path: Optional[Path]) -> None:
    """Make a user CSV of groups part of the default registry for this run and its
    worker processes; a malformed file fails here, with its line, before any work."""
    if path is None:
        return
    from awol.normalize.groups import GROUPS_ENV, Registry, default_registry

    Registry.load(extra=path)
    os.environ[GROUPS_ENV] = str(path.resolve())
    default_registry.cache_clear()
