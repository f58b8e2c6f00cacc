"""`awol extract`: read inputs, extract claims, write one SCHEMA line per document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List

import typer

from awol.cli.app import app


@app.command()
def extract(paths: List[Path] = typer.Argument(..., help="Files or directories of articles.")) -> None:
    """Extract claims from articles and print them as JSON Lines."""
    from awol.extract.pipeline import Extractor
    from awol.model import Document

    extractor = Extractor()
    for path in paths:
        files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
        for f in files:
            raw = json.loads(f.read_text(encoding="utf-8"))
            doc = Document(id=str(raw.get("id") or f.stem), text=raw["text"], published=raw.get("published"))
            print(json.dumps(extractor.extract(doc).to_schema(), ensure_ascii=False))
