"""Shared fixtures: input files written into tmp_path, compressed by their suffix."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Callable

import pytest


def _compress(name: str, data: bytes) -> bytes:
    if name.endswith(".gz"):
        return gzip.compress(data)
    if name.endswith(".zst"):
        import zstandard

        return zstandard.ZstdCompressor().compress(data)
    return data


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write("a/b.json.gz", content) -> path: text is UTF-8 encoded, then gzip/zstd by suffix."""

    def _write(name: str, content: str | bytes | dict | list) -> Path:
        if isinstance(content, (dict, list)):
            content = json.dumps(content)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_compress(name, data))
        return path

    return _write


@pytest.fixture
def article() -> Callable[..., dict]:
    """A SCHEMA input object with sentences written for the tests."""

    def _article(id: str | None = "t1", text: str = "Thirty soldiers left their posts near the river on Monday, an officer said.",
                 **fields: object) -> dict:
        raw = {"id": id, "url": "https://example.org/a", "title": "A test article", "publisher": "Test Wire",
               "published": "2020-05-04", "text": text}
        raw.update(fields)
        return {k: v for k, v in raw.items() if not (k == "id" and v is None)}

    return _article
