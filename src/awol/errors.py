"""awol's own exceptions. Library code raises these; only the CLI and HTTP layers
turn them into exit codes and status codes."""

from __future__ import annotations


class AwolError(Exception):
    """Base class: a problem awol can explain to the user."""


class InputError(AwolError):
    """An input file (or one record in it) cannot be read as a document."""

    def __init__(self, path: str, problem: str, line: int | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class KnowledgeError(AwolError):
    """A knowledge file (groups, places, lexicons) is missing or malformed."""


class StoreError(AwolError):
    """The database cannot be opened, migrated or written."""
