"""Where documents come from: paths and directories in, (file, format) out, and
the bytes of one file, decompressed and held to a size limit.

Directories are walked recursively in sorted path order so that output order
never depends on the file system; hidden files and folders are skipped, as are
files whose type awol does not read (unless the user named them explicitly).
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, Iterable, Iterator

from awol.errors import InputError

FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt", ".html": "html", ".htm": "html"}
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Source:
    """One input file: where it is, what format its content is, how it is compressed."""

    path: Path
    format: str
    compression: str | None = None

    @cached_property
    def name(self) -> str:
        """The path as the user gave it (or as found under a directory they gave)."""
        return str(self.path)

    @cached_property
    def stem(self) -> str:
        """File name without compression and format suffixes: the default document id."""
        name = self.path.name
        if self.compression:
            name = name[: -len(self.path.suffix)]
        return Path(name).stem


def classify(path: Path) -> Source | None:
    """The Source for a path, or None when its extension is not one awol reads."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    if compression:
        suffixes = suffixes[:-1]
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    return Source(path, fmt, compression) if fmt else None


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Every readable file under the given paths, in input order; directories in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            source = classify(path)
            if source is None:
                kinds = ", ".join(sorted(FORMATS))
                yield InputError(str(path), f"unknown file type (awol reads {kinds}, optionally .gz or .zst)")
            else:
                yield source
        else:
            yield InputError(str(path), "no such file or directory")


def _walk(root: Path) -> Iterator[Source]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder, f) for f in files if not f.startswith("."))
    for path in sorted(found, key=lambda p: p.parts):
        source = classify(path)
        if source is not None:
            yield source


def read_bytes(source: Source, max_bytes: int) -> bytes:
    """The whole (decompressed) content of a file; InputError when it cannot be read or is too big."""
    with open_stream(source) as stream:
        return read_all(stream, source, max_bytes)


def open_stream(source: Source) -> IO[bytes]:
    """A binary stream of the decompressed content (the caller closes it)."""
    try:
        raw = open(source.path, "rb")
    except OSError as exc:
        raise InputError(source.name, f"cannot open: {exc.strerror or exc}") from None
    if source.compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if source.compression == "zstd":
        return io.BufferedReader(_ZstdStream(raw), _CHUNK)
    return raw


def read_all(stream: IO[bytes], source: Source, max_bytes: int) -> bytes:
    """The rest of a stream, read in chunks so that an oversized file stops at the limit."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = read_chunk(stream, source, _CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(source.name, too_big(source, max_bytes))
        chunks.append(chunk)


def read_chunk(stream: IO[bytes], source: Source, size: int, line: bool = False, peek: bool = False) -> bytes:
    """One read (or line, or look ahead) from a maybe compressed stream; decompression failures become InputError."""
    try:
        if peek:
            return stream.peek(size)[:size]  # type: ignore[attr-defined]
        return stream.readline(size) if line else stream.read(size)
    except _decompression_errors(source) as exc:
        raise InputError(source.name, corrupt(source, exc)) from None


def _decompression_errors(source: Source) -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)
    if source.compression == "zstd":
        import zstandard

        errors += (zstandard.ZstdError,)
    return errors


def too_big(source: Source, max_bytes: int) -> str:
    after = " after decompression" if source.compression else ""
    return f"file is larger than the limit of {max_bytes:,} bytes{after} (raise it with --max-bytes)"


def corrupt(source: Source, exc: BaseException) -> str:
    if source.compression is None:
        return f"cannot read: {exc}"
    label = {"gzip": "gzip", "zstd": "zstandard"}[source.compression]
    return f"corrupt or truncated {label} file ({exc})"


class _ZstdStream(io.RawIOBase):
    """Streaming zstandard decompression that notices a truncated file.

    zstandard's own stream reader returns a short read at a cut-off frame
    instead of failing; a file cut short must be reported, not half-read.
    """

    def __init__(self, raw: IO[bytes]):
        import zstandard

        self._zstd = zstandard
        self._raw = raw
        self._obj = zstandard.ZstdDecompressor().decompressobj()
        self._pending = b""
        self._in_frame = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                if self._in_frame:
                    raise EOFError("the file ends in the middle of a frame")
                return 0
            self._feed(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _feed(self, chunk: bytes) -> None:
        while chunk:
            self._in_frame = True
            self._pending += self._obj.decompress(chunk)
            if not self._obj.eof:
                return
            chunk = self._obj.unused_data
            self._obj = self._zstd.ZstdDecompressor().decompressobj()
            self._in_frame = False

    def close(self) -> None:
        self._raw.close()
        super().close()
