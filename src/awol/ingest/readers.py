"""File formats: the bytes of one source in, Documents (or InputErrors) out.

A file-level problem (binary, undecodable, malformed JSON) raises InputError;
a problem with one record of a multi-document file is yielded as an
InputError so that the file's other records are still read.
"""

from __future__ import annotations

import codecs
import json
import logging
from pathlib import Path
from typing import Iterator

from awol.errors import InputError
from awol.ingest.dates import DateProblem, normalize_published
from awol.ingest.sources import Source, classify, open_stream, read_all, read_bytes, read_chunk
from awol.model import Document

log = logging.getLogger("awol.ingest")

# A file that fails on every line is one problem, not thousands of messages.
MAX_ERRORS_PER_FILE = 20
_TEXT_FIELDS = ("url", "title", "publisher")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_source(source: Source, max_bytes: int) -> Iterator[Document | InputError]:
    """The documents in one file, by its format."""
    if source.format == "jsonl":
        yield from _read_jsonl(source, max_bytes)
        return
    data = read_bytes(source, max_bytes)
    if source.format == "json":
        yield from _read_json(source, data)
    elif source.format == "txt":
        yield _read_txt(source, data)
    else:
        yield _read_html(source, data)


def read_document_dict(raw: object, source: str, line: int | None = None,
                       fallback_id: str | None = None) -> Document:
    """A Document from one SCHEMA input object; InputError when it is not one.

    The id is the object's `id`, else `fallback_id`, else the file stem.
    Metadata that is not usable (a `published` value that is not a date, a
    title that is not a string) is dropped with a warning: the article is
    still worth reading without it.
    """
    if not isinstance(raw, dict):
        raise InputError(source, f"expected a JSON object, found {_json_type(raw)}", line)
    text = raw.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(source, f"'text' must be a string, found {_json_type(text)}", line)
    if not text or not text.strip():
        raise InputError(source, "no text (the 'text' field is missing or empty)", line)
    doc_id = raw.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, type(None))):
        raise InputError(source, f"'id' must be a string, found {_json_type(doc_id)}", line)
    doc_id = str(doc_id).strip() if doc_id is not None else ""
    fields: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            _warn(source, line, f"'{name}' must be a string or null, found {_json_type(value)}; ignored it")
            value = None
        fields[name] = (value.strip() or None) if value else None
    return Document(
        id=doc_id or fallback_id or stem_of(source),
        text=text,
        published=_published(raw.get("published"), source, line),
        path=source,
        **fields,
    )


def stem_of(path: str) -> str:
    """The file name without its format and compression suffixes."""
    source = classify(Path(path))
    return source.stem if source else Path(path).stem


def decode(data: bytes, source: Source) -> str:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; nothing is guessed."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source.name, "not valid UTF-16 text although it starts with a UTF-16 mark") from None
    if b"\x00" in data:
        raise InputError(source.name, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source.name, _undecodable(data, exc), data.count(b"\n", 0, exc.start) + 1) from None


def _undecodable(data: bytes, exc: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded); convert the file to UTF-8"


def _read_json(source: Source, data: bytes) -> Iterator[Document | InputError]:
    try:
        value = json.loads(decode(data, source))
    except json.JSONDecodeError as exc:
        raise InputError(source.name, f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if isinstance(value, list):
        errors = 0
        for index, item in enumerate(value, 1):
            try:
                yield read_document_dict(item, source.name, fallback_id=f"{source.stem}-{index}")
            except InputError as exc:
                errors += 1
                yield InputError(exc.path, f"array item {index}: {exc.problem}", exc.line)
                if errors >= MAX_ERRORS_PER_FILE:
                    yield InputError(source.name, "too many errors; skipped the rest of the file")
                    return
    elif isinstance(value, dict):
        yield read_document_dict(value, source.name)
    else:
        raise InputError(source.name, f"expected a JSON object or an array of objects, found {_json_type(value)}")


def _read_jsonl(source: Source, max_bytes: int) -> Iterator[Document | InputError]:
    """JSON Lines are streamed: the size limit holds per line, so a large corpus file can be read."""
    with open_stream(source) as stream:
        head = read_chunk(stream, source, 4096, peek=True)
        if head.startswith(_UTF16_BOMS):
            lines = decode(read_all(stream, source, max_bytes), source).splitlines()
            yield from _parse_lines(source, enumerate(lines, 1))
            return
        if b"\x00" in head:
            raise InputError(source.name, "binary file (contains NUL bytes), not text")
        yield from _parse_lines(source, _binary_lines(stream, source, max_bytes))


def _binary_lines(stream, source: Source, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    number = 0
    while True:
        raw = read_chunk(stream, source, max_bytes + 1, line=True)
        if not raw:
            return
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield number, InputError(source.name, f"line is longer than the limit of {max_bytes:,} bytes "
                                     "(raise it with --max-bytes)", number)
            while raw and not raw.endswith(b"\n"):
                raw = read_chunk(stream, source, max_bytes + 1, line=True)
            continue
        if b"\x00" in raw:
            raise InputError(source.name, "binary file (contains NUL bytes), not text", number)
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, InputError(source.name, _undecodable(raw, exc), number)


def _parse_lines(source: Source, lines) -> Iterator[Document | InputError]:
    errors = 0
    for number, line in lines:
        item: Document | InputError
        if isinstance(line, InputError):
            item = line
        elif not line.strip():
            continue
        else:
            try:
                value = json.loads(line)
                item = read_document_dict(value, source.name, number, fallback_id=f"{source.stem}-{number}")
            except json.JSONDecodeError as exc:
                item = InputError(source.name, f"malformed JSON: {exc.msg} (column {exc.colno})", number)
            except InputError as exc:
                item = exc
        yield item
        if isinstance(item, InputError):
            errors += 1
            if errors >= MAX_ERRORS_PER_FILE:
                yield InputError(source.name, "too many errors; skipped the rest of the file")
                return


def _read_txt(source: Source, data: bytes) -> Document:
    text = decode(data, source)
    if not text.strip():
        raise InputError(source.name, "no text (the file is empty)")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return Document(id=source.stem, text=text, title=title, path=source.name)


def _read_html(source: Source, data: bytes) -> Document:
    from awol.ingest.html import extract_page

    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        raise InputError(source.name, "binary file (contains NUL bytes), not HTML")
    try:
        content: str | bytes = decode(data, source)
    except InputError:
        content = data  # not UTF-8: trafilatura reads the page's own charset declaration
    page = extract_page(content)
    if page is None:
        raise InputError(source.name, "no text (no main article text found in the HTML)")
    published = None
    if page.date:
        try:
            published = normalize_published(page.date)
        except DateProblem:
            published = None
    return Document(id=source.stem, text=page.text, url=page.url, title=page.title,
                    publisher=page.sitename, published=published, path=source.name)


def _published(value: object, source: str, line: int | None) -> str | None:
    try:
        return normalize_published(value)
    except DateProblem as exc:
        _warn(source, line, f"{exc}; kept the document without a publication date")
        return None


def _warn(source: str, line: int | None, message: str) -> None:
    where = f"{source}:{line}" if line is not None else source
    log.warning("%s: warning: %s", where, message)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
