"""`awol extract --engine dask`: the same extraction on a Dask distributed cluster.

One input file is one partition (JSON Lines, plain or .gz/.zst, read by awol's
own readers; or Parquet with the SCHEMA input columns id, url, title,
publisher, published, text). The run has two passes so that it gives exactly
what a local run gives: the first collects a 64-bit digest of every text, so
that the client can tell each partition which of its documents are copies of
an earlier one (the first copy in input order wins, as locally); the second
extracts and writes one Parquet file per partition, `part-NNNNN.parquet`, one
row per claim and one row (with null claim fields) per document without
claims. Each worker loads the extractor once (a module-level singleton).

Partitions are written atomically and the folder holds a `_awol-run.json`
manifest with a key of the arguments: a rerun with the same arguments skips
partitions already written.
"""

from __future__ import annotations

import glob
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from awol.errors import AwolError, InputError
from awol.model import Document, DocResult

MANIFEST = "_awol-run.json"
CLAIM_FIELDS = ("kind", "measure", "group", "group_mention", "group_country", "count_low", "count_high",
                "count_text", "period_start", "period_end", "period_text", "origin", "destination", "to_group",
                "source", "source_type", "status", "evidence")


def partitions(inputs: list[str]) -> list[str]:
    """Input files in order: each glob pattern expanded and sorted, folders walked (sorted)."""
    out: list[str] = []
    for pattern in inputs:
        matches = sorted(glob.glob(pattern, recursive=True)) or [pattern]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                out.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
            else:
                out.append(str(path))
    return out


def read_partition(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents of one input file, as `awol extract` reads them locally."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        from awol.ingest import read_document_dict

        try:
            table = pq.read_table(path)
        except Exception as exc:
            yield InputError(path, f"cannot read Parquet ({type(exc).__name__}: {exc})")
            return
        for row, raw in enumerate(table.to_pylist(), start=1):
            try:
                yield read_document_dict(raw, path, row, fallback_id=f"{Path(path).stem}-{row}")
            except InputError as exc:
                yield exc
        return
    from awol.ingest import iter_documents

    yield from iter_documents([path], max_bytes=max_bytes)


def _digests(path: str, max_bytes: int) -> list[int | None]:
    """First pass: a digest per item of the partition (None for an unreadable item)."""
    from awol.scale.stream import _digest

    return [_digest(item) if isinstance(item, Document) else None for item in read_partition(path, max_bytes)]


def duplicates(digests: list[list[int | None]]) -> list[set[int]]:
    """Per partition, the positions of documents whose text came earlier in input order."""
    seen: set[int] = set()
    out: list[set[int]] = []
    for part in digests:
        dup: set[int] = set()
        for i, d in enumerate(part):
            if d is None:
                continue
            if d in seen:
                dup.add(i)
            else:
                seen.add(d)
        out.append(dup)
    return out


@lru_cache(maxsize=2)
def _extractor(screen: bool):
    """Once per worker process."""
    from awol.scale.stream import make_extractor

    return make_extractor(screen)


def claim_rows(result: DocResult) -> list[dict[str, Any]]:
    """One row per claim, or one row with null claim fields for a document without claims."""
    base = {"doc_id": result.doc_id, "published": result.published, "drivers": list(result.drivers)}
    if not result.claims:
        return [{**base, "claim": None, **{name: None for name in CLAIM_FIELDS}}]
    rows = []
    for i, claim in enumerate(result.claims):
        rec = claim.to_schema()
        count, period = rec.pop("count") or {}, rec.pop("period") or {}
        rec.update(count_low=count.get("low"), count_high=count.get("high"),
                   period_start=period.get("start"), period_end=period.get("end"),
                   origin=json.dumps(rec["origin"], ensure_ascii=False),
                   destination=json.dumps(rec["destination"], ensure_ascii=False))
        rows.append({**base, "claim": i, **{name: rec[name] for name in CLAIM_FIELDS}})
    return rows


def _schema():
    import pyarrow as pa

    text = pa.string()
    fields = [("doc_id", text), ("published", text), ("drivers", pa.list_(text)), ("claim", pa.int32())]
    fields += [(name, pa.int64() if name.startswith("count_") and name != "count_text" else text)
               for name in CLAIM_FIELDS]
    return pa.schema(fields)


def _extract_partition(index: int, path: str, skip: set[int], out_dir: str, screen: bool,
                       max_bytes: int) -> dict[str, Any]:
    """Second pass: extract one partition and write its Parquet file atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from awol.scale.stream import extract_one

    extractor = _extractor(screen)
    rows: list[dict[str, Any]] = []
    summary: dict[str, Any] = {"documents": 0, "claims": 0, "rejected": 0, "problems": []}
    for i, item in enumerate(read_partition(path, max_bytes)):
        if isinstance(item, InputError):
            summary["rejected"] += 1
            summary["problems"].append(str(item))
            continue
        if i in skip:
            continue
        outcome = extract_one(extractor, item)
        if outcome.problem is not None:
            summary["rejected"] += 1
            summary["problems"].append(f"{path}: {item.id}: {outcome.problem}")
            continue
        rows.extend(claim_rows(outcome.result))
        summary["documents"] += 1
        summary["claims"] += len(outcome.result.claims)
    target = Path(out_dir) / f"part-{index:05d}.parquet"
    tmp = target.with_name(f".{target.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), tmp)
    os.replace(tmp, target)
    return summary


def read_results(out_dir: str | Path) -> Iterator[dict[str, Any]]:
    """The SCHEMA lines back from a Dask run's Parquet partitions, in input order."""
    import pyarrow.parquet as pq

    for part in sorted(Path(out_dir).glob("part-*.parquet")):
        current: dict[str, Any] | None = None
        for row in pq.read_table(part).to_pylist():
            if current is None or current["doc_id"] != row["doc_id"] or row["claim"] in (None, 0):
                if current is not None:
                    yield current
                current = {"doc_id": row["doc_id"], "published": row["published"], "claims": [],
                           "drivers": list(row["drivers"] or [])}
            if row["claim"] is not None:
                current["claims"].append(_claim_of(row))
        if current is not None:
            yield current


def _claim_of(row: dict[str, Any]) -> dict[str, Any]:
    count = None if row["count_low"] is None and row["count_high"] is None else \
        {"low": row["count_low"], "high": row["count_high"]}
    period = None if row["period_start"] is None else {"start": row["period_start"], "end": row["period_end"]}
    return {"kind": row["kind"], "measure": row["measure"], "group": row["group"],
            "group_mention": row["group_mention"], "group_country": row["group_country"], "count": count,
            "count_text": row["count_text"], "period": period, "period_text": row["period_text"],
            "origin": json.loads(row["origin"]), "destination": json.loads(row["destination"]),
            "to_group": row["to_group"], "source": row["source"], "source_type": row["source_type"],
            "status": row["status"], "evidence": row["evidence"]}


def run_dask(inputs: list[str], output: str | Path, scheduler: str | None = None, screen: bool = True,
             max_bytes: int | None = None, workers: int | None = None) -> dict[str, Any]:
    """Run the extraction on the cluster at `scheduler` (or a LocalCluster) into `output`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise AwolError("--engine dask needs the scale extra: pip install 'awol[scale]'") from None
    from awol.ingest import DEFAULT_MAX_BYTES
    from awol.scale.resume import run_key
    from awol.scale.stream import default_workers

    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    parts = partitions(inputs)
    out = Path(output)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AwolError(f"cannot write {out}: {exc.strerror or exc}") from None
    key = run_key("extract-dask", [os.path.abspath(p) for p in parts], max_bytes)
    manifest = out / MANIFEST
    done: set[int] = set()
    try:
        previous = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = None
    if previous and previous.get("key") == key:
        done = {i for i in range(len(parts)) if (out / f"part-{i:05d}.parquet").exists()}
    else:
        for stale in out.glob("part-*.parquet"):
            stale.unlink()
        manifest.write_text(json.dumps({"key": key, "inputs": parts}), encoding="utf-8")
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            digests = client.gather(client.map(_digests, parts, max_bytes=max_bytes, pure=False))
            skips = duplicates(digests)
            todo = [i for i in range(len(parts)) if i not in done]
            futures = client.map(_extract_partition, todo, [parts[i] for i in todo], [skips[i] for i in todo],
                                 out_dir=str(out), screen=screen, max_bytes=max_bytes, pure=False)
            summaries = client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()
    total: dict[str, Any] = {"partitions": len(parts), "skipped": len(done), "documents": 0, "claims": 0,
                             "rejected": 0, "problems": []}
    for s in summaries:
        for name in ("documents", "claims", "rejected", "problems"):
            total[name] += s[name]
    return total
