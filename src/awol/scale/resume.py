"""Resumable output: a run that is killed continues where it stopped when rerun.

`awol extract ... -o FILE` writes to `FILE.awol-partial` and records, in the
sidecar `FILE.awol-progress`, how many input items are fully written, how many
bytes they took and a key of the run's arguments. The record is written after
the output is flushed, and replaced atomically, so the partial file always
holds at least what the record says. A rerun with the same arguments truncates
the partial file to the recorded length, skips that many input items and
appends; a rerun with other arguments starts afresh. When the run ends the
partial file becomes FILE (atomically) and the record is removed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
from pathlib import Path
from typing import Any, Callable, TextIO

from awol.errors import AwolError

PARTIAL = ".awol-partial"
PROGRESS = ".awol-progress"


def run_key(*parts: Any) -> str:
    """A stable key of a run's arguments (paths made absolute by the caller)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode("utf-8")).hexdigest()


class Checkpoint:
    """The partial output file and its progress record for one target file."""

    def __init__(self, target: Path, key: str, every: float = 0.5):
        self.target = target
        self.partial = target.with_name(target.name + PARTIAL)
        self.progress = target.with_name(target.name + PROGRESS)
        self.key = key
        self.every = every
        self.items = 0  # input items done when the run (re)started
        self.state: dict[str, Any] = {}  # the caller's counters, as last recorded
        self._raw: io.BufferedWriter | None = None
        self.stream: TextIO | None = None
        self._last = 0.0

    def open(self) -> TextIO:
        """The output stream, positioned after what an earlier run of the same arguments wrote."""
        size = 0
        record = self._read_record()
        if record and record.get("key") == self.key and self.partial.exists():
            size, self.items, self.state = int(record["bytes"]), int(record["items"]), dict(record.get("state", {}))
        try:
            raw = open(self.partial, "r+b" if size else "wb")
            raw.truncate(size)
            raw.seek(size)
        except OSError as exc:
            raise AwolError(f"cannot write {self.target}: {exc.strerror or exc}") from None
        self._raw = raw
        self.stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return self.stream

    @property
    def resumed(self) -> bool:
        return self.items > 0

    def record(self, items: int, state: Callable[[], dict[str, Any]], force: bool = False) -> None:
        """Note that `items` input items are fully written (at most every `every` seconds unless forced);
        `state()` gives what the run wants back on resume, asked for only when the record is written."""
        now = time.monotonic()
        if not force and now - self._last < self.every:
            return
        self._last = now
        assert self.stream is not None and self._raw is not None
        self.stream.flush()
        record = {"key": self.key, "items": items, "bytes": self._raw.tell(), "state": state()}
        tmp = self.progress.with_name(self.progress.name + ".tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, self.progress)

    def finish(self) -> None:
        """The run is complete: FILE appears whole, the partial file and the record go."""
        assert self.stream is not None
        self.stream.close()
        os.chmod(self.partial, 0o666 & ~_umask())
        os.replace(self.partial, self.target)
        self.progress.unlink(missing_ok=True)

    def suspend(self) -> None:
        """The run stops early: keep the partial file and an exact record for the rerun."""
        if self.stream is not None and not self.stream.closed:
            self.stream.close()

    def _read_record(self) -> dict | None:
        try:
            return json.loads(self.progress.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
