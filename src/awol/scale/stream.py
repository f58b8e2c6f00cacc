"""Streaming extraction: documents in, outcomes out, in input order, on N processes.

The main process reads, removes duplicates (order decides which copy is the
first) and hands chunks of documents to worker processes, each of which
loads the extractor once (in its initializer, lazily: a worker that only sees
screened-out documents never loads spaCy). At most `window` chunks are in
flight, so memory stays flat however long the input; outcomes come back in
input order, one per input item, for the caller to write as they arrive.
"""

from __future__ import annotations

import heapq
import os
import signal
import sys
from array import array
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from awol.errors import AwolError, InputError
from awol.model import Document, DocResult

CHUNK = 64  # documents per task: large enough to amortise pickling, small enough to keep order cheap


@dataclass
class Outcome:
    """What became of one input item: a result, an unreadable input, a duplicate, or a failure."""

    item: Document | InputError
    result: DocResult | None = None
    problem: str | None = None  # the extraction failure, as the CLI reports it
    duplicate_of: str | None = None


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def make_extractor(screen: bool = True):
    """awol's extractor, behind the fast screen unless `screen` is False."""
    if screen:
        from awol.extract.screen import ScreenedExtractor

        return ScreenedExtractor()
    from awol.extract.pipeline import Extractor

    return Extractor()


class CompactDeduplicator:
    """Remembers the first id of each text by a 64-bit digest of the normalised text.

    This is the one thing that grows with the input, so it is kept small:
    digests sit in sorted runs of `array('Q')` whose lengths follow a binary
    counter (a run is merged with the one before it when that one is no
    longer), ids in one `bytearray`. A document costs about 30 bytes plus its
    id's length, against about 200 in a dict; a lookup is a binary search in
    each of at most log2(n) runs. New digests wait in a small dict."""

    BUFFER = 4096

    def __init__(self) -> None:
        self._recent: dict[int, int] = {}
        self._runs: list[tuple[array, array]] = []  # (sorted digests, id numbers)
        self._ids = bytearray()
        self._ends = array("Q")

    def first_copy(self, doc: Document) -> str | None:
        key = _digest(doc)
        number = self._find(key)
        if number is not None:
            return self._id(number)
        self._ids += doc.id.encode("utf-8")
        self._ends.append(len(self._ids))
        self._recent[key] = len(self._ends) - 1
        if len(self._recent) >= self.BUFFER:
            self._flush()
        return None

    def _find(self, key: int) -> int | None:
        number = self._recent.get(key)
        if number is not None:
            return number
        for digests, numbers in self._runs:
            i = bisect_left(digests, key)
            if i < len(digests) and digests[i] == key:
                return numbers[i]
        return None

    def _id(self, number: int) -> str:
        start = self._ends[number - 1] if number else 0
        return self._ids[start:self._ends[number]].decode("utf-8")

    def _flush(self) -> None:
        pairs = sorted(self._recent.items())
        self._runs.append((array("Q", (k for k, _ in pairs)), array("Q", (n for _, n in pairs))))
        self._recent.clear()
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= len(self._runs[-1][0]):
            (a, an), (b, bn) = self._runs.pop(-2), self._runs.pop()
            digests, numbers = array("Q"), array("Q")
            for key, number in heapq.merge(zip(a, an), zip(b, bn)):
                digests.append(key)
                numbers.append(number)
            self._runs.append((digests, numbers))


def _digest(doc: Document) -> int:
    """64 bits of the document's content hash, which its result carries anyway (one hashing, not two)."""
    return int(doc.hash[:16], 16)


def extract_one(extractor, doc: Document) -> Outcome:
    """One document through the extractor; a failure becomes the outcome's `problem`."""
    try:
        return Outcome(doc, result=extractor.extract(doc))
    except AwolError as exc:
        return Outcome(doc, problem=str(exc))
    except Exception as exc:  # one document's failure must not cost the others
        return Outcome(doc, problem=f"extraction failed ({type(exc).__name__}: {exc})")


def extract_stream(items: Iterable[Document | InputError], workers: int = 1, screen: bool = True,
                   skip: int = 0, chunk: int = CHUNK, window: int | None = None) -> Iterator[Outcome]:
    """One Outcome per input item, in input order, after the first `skip` items
    (read only to remember their texts, for a resumed run)."""
    seen = CompactDeduplicator()
    items = iter(items)
    for _ in range(skip):
        item = next(items, None)
        if item is None:
            return
        if isinstance(item, Document):
            seen.first_copy(item)
    if workers <= 1:
        extractor = make_extractor(screen)
        for item in items:
            outcome = _triage(item, seen)
            yield outcome if outcome is not None else extract_one(extractor, item)
        return
    yield from _parallel(items, seen, workers, screen, chunk, window or 2 * workers)


def _triage(item: Document | InputError, seen: CompactDeduplicator) -> Outcome | None:
    """The outcome decided without extraction (bad input, duplicate), or None."""
    if isinstance(item, InputError):
        return Outcome(item)
    earlier = seen.first_copy(item)
    return Outcome(item, duplicate_of=earlier) if earlier is not None else None


def _parallel(items: Iterator, seen: CompactDeduplicator, workers: int, screen: bool, chunk: int,
              window: int) -> Iterator[Outcome]:
    import multiprocessing

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    pool = context.Pool(workers, initializer=_init_worker, initargs=(screen,))
    pending: deque = deque()
    try:
        batch: list[Outcome | Document] = []
        docs: list[Document] = []
        for item in items:
            outcome = _triage(item, seen)
            batch.append(outcome if outcome is not None else item)
            if outcome is None:
                docs.append(item)
            if len(docs) >= chunk:
                pending.append((batch, pool.apply_async(_extract_chunk, (docs,))))
                batch, docs = [], []
                while len(pending) >= window:
                    yield from _merge(*pending.popleft())
        if batch:
            pending.append((batch, pool.apply_async(_extract_chunk, (docs,)) if docs else None))
        while pending:
            yield from _merge(*pending.popleft())
        pool.close()
    except Exception:
        pool.close()  # a chunk failed (a knowledge file that would not load): the chunks still queued end as fast,
        pool.join()  # and letting them end spares terminate() killing a worker mid-write, which can hang the pool
        raise
    finally:
        pool.terminate()
        pool.join()


def _merge(batch: list, task) -> Iterator[Outcome]:
    results = iter(task.get() if task is not None else ())
    for entry in batch:
        if isinstance(entry, Outcome):
            yield entry
        else:
            result, problem = next(results)
            yield Outcome(entry, result=result, problem=problem)


_EXTRACTOR = None
_LOAD_ERROR: Exception | None = None


def _init_worker(screen: bool) -> None:
    """Once per worker process: the extractor, and Ctrl-C left to the parent. A failure to load
    (a broken knowledge file) is kept for the first chunk to raise: a failing initializer would
    have the pool start new workers forever, and the run would hang instead of stopping."""
    global _EXTRACTOR, _LOAD_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    try:
        _EXTRACTOR = make_extractor(screen)
    except Exception as exc:  # noqa: BLE001 - re-raised in the parent, whatever it is
        _LOAD_ERROR = exc


def _die_with_parent() -> None:
    """On Linux, a worker whose parent is killed (kill -9) ends too, instead of lingering."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def _extract_chunk(docs: list[Document]) -> list[tuple[DocResult | None, str | None]]:
    """Results only: the documents stay in the parent, which need not get their texts back."""
    if _LOAD_ERROR is not None:
        raise _LOAD_ERROR
    return [(o.result, o.problem) for o in (extract_one(_EXTRACTOR, doc) for doc in docs)]
