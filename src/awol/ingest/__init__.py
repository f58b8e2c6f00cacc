"""Ingest: read articles from files (JSON, JSON Lines, text, HTML; plain, .gz or
.zst; or directories of them) into Documents.

Bad input never stops a run: each file or record that cannot be read comes
out as an InputError in the stream, in its place, and reading goes on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from awol.errors import InputError
from awol.ingest.readers import read_document_dict, read_source
from awol.ingest.sources import iter_sources
from awol.model import Document

# Per input file, after decompression, checked while reading; for JSON Lines
# (streamed a line at a time) per line. Far above any news article, low enough
# that a wrong path (a disk image, a database dump) fails fast.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "iter_documents", "read_document_dict", "Deduplicator"]


def iter_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents from files and directories (recursive, sorted), in input order.

    A file (or one JSON Lines record) that cannot be read yields an InputError
    naming the file, the line when there is one, and the problem. Never raises
    for bad input.
    """
    for source in iter_sources(paths):
        if isinstance(source, InputError):
            yield source
            continue
        try:
            yield from read_source(source, max_bytes)
        except InputError as exc:
            yield exc
        except Exception as exc:  # a reader bug or a library failure must not end the run
            yield InputError(source.name, f"cannot read ({type(exc).__name__}: {exc})")


class Deduplicator:
    """Remembers content hashes so that the same text twice is one document."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def first_copy(self, doc: Document) -> str | None:
        """The id of an earlier document with the same text, or None (and remember this one)."""
        key = doc.hash
        earlier = self._seen.get(key)
        if earlier is None:
            self._seen[key] = doc.id
        return earlier
