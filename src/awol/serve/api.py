"""JSON API under /api: the same filters as the CLI, pages of results with
totals, and one write endpoint (POST /api/documents) that needs the token."""

from __future__ import annotations

import hmac
import json
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from awol.errors import InputError
from awol.model import KINDS, SOURCE_TYPES
from awol.serve import queries
from awol.store.queries import Filters

router = APIRouter(prefix="/api")

Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]
SourceType = Enum("SourceType", {k: k for k in SOURCE_TYPES}, type=str)  # type: ignore[misc]
MAX_LIMIT = 1000
MAX_DOCUMENTS_PER_POST = 100


def filters(
    group: Annotated[str | None, Query(max_length=300, description="Canonical group name or mention.")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description=(
        "ISO 3166-1 alpha-2: the group's country, or a place of origin or destination."))] = None,
    kind: Annotated[Kind | None, Query(description="Kind of claim.")] = None,
    since: Annotated[date | None, Query(description="Only what overlaps this day or later (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Only what overlaps this day or earlier (YYYY-MM-DD).")] = None,
    source_type: Annotated[SourceType | None, Query(description="Only claims from this source type.")] = None,
) -> Filters:
    """The CLI's filters as query parameters (validated: a bad value is a 422)."""
    return Filters(group=group or None, country=country, kind=kind.value if kind else None,
                   since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                   source_type=source_type.value if source_type else None)


class Paging(BaseModel):
    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 100,
           offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0) -> Paging:
    return Paging(limit=limit, offset=offset)


FiltersDep = Annotated[Filters, Depends(filters)]
PagingDep = Annotated[Paging, Depends(paging)]


# -- response shapes (for the OpenAPI description) ------------------------------

class CountOut(BaseModel):
    low: int | None
    high: int | None


class PeriodOut(BaseModel):
    start: str | None
    end: str | None


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class ClaimOut(BaseModel):
    """A claim: every SCHEMA field plus what traces it (ids, offsets, rule, document)."""
    claim_id: str
    doc_id: str
    doc_hash: str
    event_id: str | None
    kind: str
    measure: str | None
    group: str
    group_mention: str | None
    group_country: str | None
    count: CountOut | None
    count_text: str | None
    period: PeriodOut | None
    period_text: str | None
    origin: list[PlaceOut]
    destination: list[PlaceOut]
    to_group: str | None
    source: str | None
    source_type: str
    status: str
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    rule: str | None
    published: str | None
    publisher: str | None
    url: str | None
    title: str | None


class EventOut(BaseModel):
    """Claims that report the same thing, with their combined figure and whether they conflict."""
    event_id: str
    kind: str
    group: str | None
    group_country: str | None
    measure: str | None
    period_start: str | None
    period_end: str | None
    low: int | None
    high: int | None
    conflict: bool
    note: str | None
    sources: list[str]
    figures: list[dict[str, Any]]
    n_claims: int
    claim_ids: list[str]


class EventDetail(EventOut):
    claims: list[ClaimOut]


class DocumentOut(BaseModel):
    doc_id: str
    doc_hash: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    n_claims: int


class DocumentDetail(DocumentOut):
    text: str
    drivers: list[str]
    claims: list[ClaimOut]


class ClaimPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ClaimOut]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventOut]


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentOut]


class GroupOut(BaseModel):
    name: str
    country: str | None
    n_claims: int
    n_documents: int
    n_events: int
    kinds: list[str]


class GroupList(BaseModel):
    total: int
    items: list[GroupOut]


class FigureOut(BaseModel):
    name: str
    value: str
    basis: str


class GroupDetail(BaseModel):
    name: str
    country: str | None
    type: str | None
    parent: str | None
    aliases: list[str]
    stats: dict[str, Any]
    figures: list[FigureOut]
    events: list[EventOut]
    claims: list[ClaimOut]


class PlaceSummary(PlaceOut):
    place_id: str
    n_origin: int
    n_destination: int


class PlaceList(BaseModel):
    total: int
    items: list[PlaceSummary]


class FlowOut(BaseModel):
    origin: PlaceOut
    destination: PlaceOut
    n_claims: int
    low: int
    high: int | None
    kinds: list[str]
    claim_ids: list[str]


class FlowList(BaseModel):
    total: int
    items: list[FlowOut]


class SeriesRow(BaseModel):
    month: str
    key: str
    low: float
    high: float | None
    events: int


class MonthTotal(BaseModel):
    month: str
    low: float
    high: float | None
    events: int


class Series(BaseModel):
    by: str
    rows: list[SeriesRow]
    totals: list[MonthTotal]


class Stats(BaseModel):
    documents: int
    claims: int
    events: int
    conflicts: int
    by_kind: dict[str, int]
    by_source_type: dict[str, int]
    by_group: dict[str, int]
    by_country: dict[str, int]


class DocumentIn(BaseModel):
    """A document in the SCHEMA input format."""
    id: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM, YYYY or null")
    text: str


class IngestedDocument(BaseModel):
    doc_id: str
    doc_hash: str
    stored: bool
    claims: int


class IngestResult(BaseModel):
    documents: list[IngestedDocument]
    events: int | None


class ErrorOut(BaseModel):
    error: str
    status: int
    details: list[dict[str, Any]] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad input"},
    422: {"model": ErrorOut, "description": "Invalid parameters"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {**ERRORS, 404: {"model": ErrorOut, "description": "Not found"}}


def _db(request: Request) -> Any:
    return request.app.state.db


def _json(data: Any, status: int = 200) -> JSONResponse:
    """Records straight to JSON: they are plain dicts already, so the response
    skips FastAPI's re-encoding (the models above document the shapes)."""
    return JSONResponse(data, status_code=status)


# -- read endpoints -------------------------------------------------------------

@router.get("/documents", response_model=DocumentPage, responses=ERRORS, tags=["documents"])
def list_documents(request: Request, f: FiltersDep, page: PagingDep) -> Any:
    """Documents, newest first; with filters, those with at least one matching claim."""
    return _json(queries.documents_page(_db(request).conn(), f, page.limit, page.offset).as_dict())


@router.get("/documents/{doc_id}", response_model=DocumentDetail, responses=NOT_FOUND, tags=["documents"])
def get_document(request: Request, doc_id: str) -> Any:
    """One document (by doc_id or doc_hash) with its text, drivers and claims."""
    doc = queries.document_with_claims(_db(request).conn(), doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return _json(doc)


@router.get("/claims", response_model=ClaimPage, responses=ERRORS, tags=["claims"])
def list_claims(request: Request, f: FiltersDep, page: PagingDep) -> Any:
    """Claims matching the filters, oldest first."""
    return _json(queries.claims_page(_db(request).conn(), f, page.limit, page.offset).as_dict())


@router.get("/claims/{claim_id}", response_model=ClaimOut, responses=NOT_FOUND, tags=["claims"])
def get_claim(request: Request, claim_id: str) -> Any:
    found = queries.claim(_db(request).conn(), claim_id)
    if found is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    return _json(found)


@router.get("/events", response_model=EventPage, responses=ERRORS, tags=["events"])
def list_events(request: Request, f: FiltersDep, page: PagingDep,
                conflict: Annotated[bool | None, Query(description="Only events whose sources disagree "
                                                       "(true) or agree (false).")] = None) -> Any:
    """Events (claims grouped as reports of the same thing), oldest first."""
    return _json(queries.events_page(_db(request).conn(), f, page.limit, page.offset, conflict).as_dict())


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, tags=["events"])
def get_event(request: Request, event_id: str) -> Any:
    """One event with every claim that reports it."""
    ev = queries.event_with_claims(_db(request).conn(), event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(ev)


@router.get("/groups", response_model=GroupList, responses=ERRORS, tags=["groups"])
def list_groups(request: Request, f: FiltersDep) -> Any:
    """Groups with matching claims, most claimed first."""
    items = queries.groups(_db(request).conn(), f)
    return _json({"total": len(items), "items": items})


def group_detail(db: Any, name: str) -> dict | None:
    """Everything the API and the group page show about one group."""
    from awol.serve.figures import group_figures

    conn = db.conn()
    row = queries.group_row(conn, name)
    if row is None:
        return None
    name = row["name"]
    entry = _registry_entry(name)
    f = Filters(group=name)
    claims = [c for c in queries.select_claims(conn, f) if c["group"] == name]
    events = [e for e in queries.events_page(conn, f, 10_000, 0).items if e["group"] == name]
    return {
        "name": name,
        "country": row["country"] or (entry.country if entry else None),
        "type": entry.type if entry else None,
        "parent": entry.parent if entry else None,
        "aliases": list(entry.aliases) if entry else [],
        "stats": db.store().stats(group=name),
        "figures": group_figures(events, claims),
        "events": events,
        "claims": claims,
    }


def _registry_entry(name: str) -> Any:
    from awol.errors import KnowledgeError
    try:
        from awol.normalize.groups import default_registry
        return default_registry().get(name)
    except (ImportError, KnowledgeError):
        return None


@router.get("/groups/{name:path}", response_model=GroupDetail, responses=NOT_FOUND, tags=["groups"])
def get_group(request: Request, name: str) -> Any:
    """One group: registry facts (aliases, type, parent), its claims and events, derived rates."""
    detail = group_detail(_db(request), name)
    if detail is None:
        raise HTTPException(404, f"no group {name!r} in this database")
    return _json(detail)


@router.get("/places", response_model=PlaceList, responses=ERRORS, tags=["places"])
def list_places(request: Request, f: FiltersDep) -> Any:
    """Places named as origins or destinations of matching claims, with coordinates when known."""
    items = queries.places(_db(request).conn(), f)
    return _json({"total": len(items), "items": items})


@router.get("/flows", response_model=FlowList, responses=ERRORS, tags=["places"])
def list_flows(request: Request, f: FiltersDep) -> Any:
    """Where people left from and where they went: origin -> destination pairs of matching claims."""
    items = queries.flows(_db(request).conn(), f)
    return _json({"total": len(items), "items": items})


@router.get("/stats", response_model=Stats, responses=ERRORS, tags=["stats"])
def stats(request: Request, f: FiltersDep) -> Any:
    """Counts of documents, claims, events and conflicts; claims by kind, source type, group, country."""
    return _json(_db(request).store().stats(**vars(f)))


def monthly(db: Any, f: Filters, by: str) -> dict:
    from awol.reconcile.derived import DEPARTURE_KINDS, monthly_series

    claims = queries.select_claims(db.conn(), f)
    kinds = (f.kind,) if f.kind else DEPARTURE_KINDS
    rows = monthly_series(claims, by=by, kinds=kinds)
    totals: dict[str, dict] = {}
    for row in rows:
        t = totals.setdefault(row["month"], {"month": row["month"], "low": 0.0, "high": 0.0, "events": 0})
        t["low"] = round(t["low"] + row["low"], 2)
        t["high"] = None if t["high"] is None or row["high"] is None else round(t["high"] + row["high"], 2)
        t["events"] += row["events"]
    rows = [{"month": r["month"], "key": r[by] or "", "low": r["low"], "high": r["high"], "events": r["events"]}
            for r in rows]
    return {"by": by, "rows": rows, "totals": _fill_months([totals[m] for m in sorted(totals)])}


def _fill_months(totals: list[dict]) -> list[dict]:
    """Months with nothing reported between the first and last, as zeros, so a chart's time axis is even."""
    if not totals:
        return []
    have = {t["month"]: t for t in totals}
    year, month = map(int, totals[0]["month"].split("-"))
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append(have.get(key, {"month": key, "low": 0.0, "high": 0.0, "events": 0}))
        if key >= totals[-1]["month"]:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@router.get("/series", response_model=Series, responses=ERRORS, tags=["stats"])
def series(request: Request, f: FiltersDep,
           by: Annotated[Literal["group", "country"], Query(description="Split rows by group or country.")] = "group"
           ) -> Any:
    """Departures (desertion and defection, or the `kind` asked) per month with low and high bands;
    each event counted once, its figure spread over the months of its period."""
    return _json(monthly(_db(request), f, by))


@router.get("/search", response_model=ClaimPage, responses=ERRORS, tags=["claims"])
def search(request: Request, f: FiltersDep, page: PagingDep,
           q: Annotated[str, Query(min_length=1, max_length=500, description=(
               "Words, or an FTS5 query, over evidence sentences."))]) -> Any:
    """Full-text search over claims' evidence, best matches first."""
    found = queries.search(_db(request).store(), q, **vars(f))
    return _json({"total": len(found), "limit": page.limit, "offset": page.offset,
                  "items": found[page.offset:page.offset + page.limit]})


# -- the write endpoint ----------------------------------------------------------

def _check_token(request: Request) -> None:
    token = request.app.state.ingest_token
    if not token:
        raise HTTPException(403, "ingest is disabled: this server is read-only "
                                 "(start it with --ingest-token or AWOL_INGEST_TOKEN to accept documents)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "send the ingest token as 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong ingest token")


_BODY_SCHEMA = {
    "required": True,
    "content": {"application/json": {"schema": {"oneOf": [
        {"$ref": "#/components/schemas/DocumentIn"},
        {"type": "array", "items": {"$ref": "#/components/schemas/DocumentIn"}, "maxItems": MAX_DOCUMENTS_PER_POST},
    ]}}},
}


@router.post("/documents", status_code=201, response_model=IngestResult, tags=["documents"],
             openapi_extra={"requestBody": _BODY_SCHEMA},
             responses={**ERRORS, 401: {"model": ErrorOut, "description": "No token sent"},
                        403: {"model": ErrorOut, "description": "Wrong token, or ingest disabled"},
                        413: {"model": ErrorOut, "description": "Body over the size limit"}})
async def post_documents(request: Request) -> Any:
    """Extract and store one document, or a list of them (SCHEMA input format), then recompute
    events. Needs `Authorization: Bearer TOKEN`; the body is limited in size."""
    _check_token(request)
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise HTTPException(415, "send the document as JSON (Content-Type: application/json)")
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"body is not valid JSON ({exc})") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise HTTPException(400, "no documents in the body")
    if len(items) > MAX_DOCUMENTS_PER_POST:
        raise HTTPException(400, f"{len(items)} documents in one request; send at most {MAX_DOCUMENTS_PER_POST}")
    from awol.ingest.readers import read_document_dict
    docs = []
    for i, item in enumerate(items):
        where = "body" if not isinstance(data, list) else f"body[{i}]"
        try:
            docs.append(read_document_dict(item, where, fallback_id=f"posted-{i}"))
        except InputError as exc:
            raise HTTPException(400, str(exc)) from None
    result = await run_in_threadpool(_ingest, request.app, docs)
    return _json(result, status=201)


def _ingest(app: Any, docs: list) -> dict:
    """Extract and store under the write lock (one writer at a time)."""
    db = app.state.db
    with db.write_lock:
        if app.state.extractor is None:
            factory = app.state.extractor_factory
            if factory is None:
                from awol.extract.pipeline import Extractor
                factory = Extractor
            app.state.extractor = factory()
        store = db.store()
        out = []
        for doc in docs:
            doc_hash = doc.hash
            if store.has(doc_hash):
                out.append({"doc_id": doc.id, "doc_hash": doc_hash, "stored": False, "claims": 0})
                continue
            result = app.state.extractor.extract(doc)
            stored = store.add(doc, result, doc_hash=doc_hash)
            out.append({"doc_id": doc.id, "doc_hash": doc_hash, "stored": stored,
                        "claims": len(result.claims) if stored else 0})
        events = store.reconcile() if any(d["stored"] for d in out) else store.counts()["events"]
    return {"documents": out, "events": events}
