"""Every command and sub-command, found by walking the Typer app (so a new one
is covered without editing this file), has help text, and so does each of its
options and arguments."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from awol.cli import app

runner = CliRunner()


def _walk(command, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    found = [(path, command)]
    # Typer's groups carry their sub-commands in `commands` (its click is vendored).
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _walk(sub, path + (name,))
    return found


COMMANDS = _walk(typer.main.get_command(app))


def test_walk_finds_the_commands():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"extract", "ingest", "claims", "export", "serve", "groups search", "places search"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) or "awol" for p, _ in COMMANDS])
def test_command_has_help(path, command):
    assert (command.help or "").strip(), f"awol {' '.join(path)} has no help text"
    undocumented = [p.name for p in command.params if not (getattr(p, "help", None) or "").strip()]
    assert not undocumented, f"awol {' '.join(path)}: no help for {undocumented}"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help.strip().split("\n")[0][:40] in " ".join(result.output.split())
