"""Reading, extracting and storing a stream of documents: the loop behind
`awol ingest` and `awol demo`.

Already-stored documents are recognised by content hash before extraction, so
a rerun after a crash only extracts what is missing. Events are recomputed from
all claims at the end of every run, so a killed run and its rerun end with the
same events as an uninterrupted one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from awol.errors import AwolError, InputError
from awol.model import Document, DocResult
from awol.store.store import Store


class Extracts(Protocol):
    def extract(self, doc: Document) -> DocResult: ...


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    claims: int = 0          # claims stored by this run
    events: int | None = None  # events after the run; None when not recomputed or reconcile is unavailable
    errors: list[InputError] = field(default_factory=list)


def ingest(store: Store, items: Iterable[Document | InputError], extractor: Extracts,
           on_item: Callable[[IngestSummary], None] | None = None,
           on_error: Callable[[InputError], None] | None = None, events: bool = True) -> IngestSummary:
    """Extract and store each new document (one transaction each), then recompute
    events when anything changed since they were last computed (events=False
    leaves that to a later `Store.reconcile()`)."""
    summary = IngestSummary()
    for item in items:
        if isinstance(item, InputError):
            summary.rejected += 1
            summary.errors.append(item)
            if on_error:
                on_error(item)
        else:
            summary.read += 1
            doc_hash = item.hash
            if store.has(doc_hash):
                summary.duplicate += 1
            else:
                try:
                    result = extractor.extract(item)
                except Exception as exc:  # one document's failure must not cost the others
                    problem = str(exc) if isinstance(exc, AwolError) else \
                        f"extraction failed ({type(exc).__name__}: {exc})"
                    error = InputError(item.path or item.id, f"{item.id}: {problem}")
                    summary.rejected += 1
                    summary.errors.append(error)
                    if on_error:
                        on_error(error)
                    if on_item:
                        on_item(summary)
                    continue
                if store.add(item, result, doc_hash=doc_hash):
                    summary.new += 1
                    summary.claims += len(result.claims)
                else:
                    summary.duplicate += 1
        if on_item:
            on_item(summary)
    summary.events = store.reconcile(force=False) if events else None
    return summary
