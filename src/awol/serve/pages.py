"""Dashboard pages, rendered on the server with Jinja2 (autoescaping on for
every template: article text and metadata are always escaped). Charts and
the map are drawn by small scripts in /static that read the JSON API."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from awol.errors import StoreError
from awol.model import KINDS, SOURCE_TYPES
from awol.serve import queries
from awol.serve.highlight import segments, span_of
from awol.store.queries import Filters

router = APIRouter(include_in_schema=False)

FILTER_NAMES = ("group", "country", "kind", "since", "until", "source_type")
PAGE_SIZE = 50


def _templates() -> Jinja2Templates:
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,  # every template, whatever its name
    )
    env.filters["figure"] = figure
    env.filters["period"] = period
    env.filters["combined"] = combined
    return Jinja2Templates(env=env)


def figure(count: dict | None) -> str:
    """A count as people read it: 42, 63-69, more than 101, up to 50, no figure."""
    if not count:
        return "no figure"
    low, high = count.get("low"), count.get("high")
    if low is not None and low == high:
        return f"{low:,}"
    if low is None and high is None:
        return "no figure"
    if high is None:
        return f"{low:,} or more"
    if low is None:
        return f"up to {high:,}"
    return f"{low:,}–{high:,}"


def combined(event: dict) -> str:
    """An event's combined figure; where the sources disagree there is none to give."""
    if event.get("conflict") and event.get("low") is None and event.get("high") is None:
        return "none: sources disagree"
    return figure({"low": event.get("low"), "high": event.get("high")})


def period(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    if "period_start" in value:  # an event
        start, end = value.get("period_start"), value.get("period_end")
    else:  # a claim's period
        start, end = value.get("start"), value.get("end")
    if not start and not end:
        return ""
    return start if start == end else f"{start or '?'} to {end or '?'}"


TEMPLATES = _templates()


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("nav", name.split(".")[0])
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message, nav="")


def _filters(request: Request) -> tuple[Filters, dict[str, str], str | None]:
    """Filters from the query string; empty form fields mean 'any'. A bad value
    is reported on the page (and ignored) instead of failing it."""
    given = {k: request.query_params.get(k, "").strip() for k in FILTER_NAMES}
    given = {k: v for k, v in given.items() if v}
    try:
        return Filters.of(**given), given, None
    except StoreError as exc:
        return Filters(), {}, str(exc)


def _options(request: Request) -> dict:
    conn = request.app.state.db.conn()
    return {
        "groups": [r[0] for r in conn.execute('SELECT DISTINCT "group" FROM claims ORDER BY "group"')],
        "countries": [r[0] for r in conn.execute(
            "SELECT DISTINCT group_country FROM claims WHERE group_country IS NOT NULL "
            "UNION SELECT DISTINCT country FROM places WHERE country IS NOT NULL ORDER BY 1")],
        "kinds": KINDS,
        "source_types": SOURCE_TYPES,
    }


def _pager(request: Request, total: int, offset: int, limit: int) -> dict:
    def link(at: int) -> str:
        params = dict(request.query_params)
        params["offset"] = str(at)
        return "?" + urlencode(params)

    return {"total": total, "offset": offset, "limit": limit, "first": offset + 1 if total else 0,
            "last": min(offset + limit, total),
            "prev": link(max(offset - limit, 0)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


def _bars(counts: dict[str, int], top: int = 12) -> list[dict]:
    items = list(counts.items())[:top]
    most = max((n for _, n in items), default=0) or 1
    return [{"key": k, "n": n, "width": round(100 * n / most, 1)} for k, n in items]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    f, given, problem = _filters(request)
    db = request.app.state.db
    stats = db.store().stats(**vars(f))
    events = queries.events_page(db.conn(), f, 10, 0, conflict=True).items
    return _render(request, "overview.html", stats=stats, given=given, problem=problem, options=_options(request),
                   by_kind=_bars(stats["by_kind"]), by_group=_bars(stats["by_group"]),
                   by_country=_bars(stats["by_country"]), by_source_type=_bars(stats["by_source_type"]),
                   conflicts=events, query=urlencode(given))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    f, given, problem = _filters(request)
    conn = request.app.state.db.conn()
    flows = queries.flows(conn, f)
    places = queries.places(conn, f)
    return _render(request, "map.html", given=given, problem=problem, options=_options(request), flows=flows,
                   places=places, query=urlencode(given), countries=" ".join(_numeric_codes(places)))


def _numeric_codes(places: list[dict]) -> list[str]:
    """ISO numeric codes (the ids of world-atlas features) of the places' countries, to shade them."""
    import pycountry
    out = []
    for code in sorted({p["country"] for p in places if p.get("country")}):
        found = pycountry.countries.get(alpha_2=code)
        if found:
            out.append(str(int(found.numeric)))
    return out


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, offset: int = Query(0, ge=0), conflict: str = "") -> HTMLResponse:
    f, given, problem = _filters(request)
    only = {"yes": True, "no": False}.get(conflict)
    page = queries.events_page(request.app.state.db.conn(), f, PAGE_SIZE, offset, conflict=only)
    return _render(request, "events.html", given=given, problem=problem, options=_options(request),
                   events=page.items, pager=_pager(request, page.total, offset, PAGE_SIZE), conflict=conflict)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    conn = request.app.state.db.conn()
    ev = queries.event_with_claims(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    claims = ev["claims"]
    reports = []
    for c in claims:
        doc = queries.document(conn, c["doc_hash"]) or {"text": ""}
        reports.append({"claim": c, "doc": doc, "context": _context(doc["text"], c)})
    distinct = {figure(c.get("count")) for c in claims if c.get("count")}
    return _render(request, "event.html", nav="events", event=ev, reports=reports, distinct_figures=len(distinct))


def _context(text: str, claim: dict, around: int = 400) -> list:
    """The evidence highlighted inside the text around it (a window of the document)."""
    span = span_of(text, claim["evidence"], claim.get("evidence_start"), claim.get("evidence_end"))
    if span is None:
        return segments(claim["evidence"], [(0, len(claim["evidence"]))])
    a = max(0, span[0] - around)
    b = min(len(text), span[1] + around)
    a = text.rfind("\n", 0, span[0]) + 1 if text.rfind("\n", a, span[0]) >= 0 else a
    nl = text.find("\n", span[1], b)
    b = nl if nl >= 0 else b
    cut = segments(text[a:b], [(span[0] - a, span[1] - a)])
    if a > 0:
        cut[0].text = "… " + cut[0].text
    if b < len(text):
        cut[-1].text = cut[-1].text + " …"
    return cut


@router.get("/groups", response_class=HTMLResponse)
def groups_page(request: Request) -> HTMLResponse:
    f, given, problem = _filters(request)
    items = queries.groups(request.app.state.db.conn(), f)
    return _render(request, "groups.html", given=given, problem=problem, options=_options(request), groups=items)


@router.get("/groups/{name:path}", response_class=HTMLResponse)
def group_page(request: Request, name: str) -> HTMLResponse:
    from awol.serve.api import group_detail
    detail = group_detail(request.app.state.db, name)
    if detail is None:
        raise HTTPException(404, f"no group {name!r} in this database")
    return _render(request, "group.html", nav="groups", group=detail)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, offset: int = Query(0, ge=0)) -> HTMLResponse:
    f, given, problem = _filters(request)
    page = queries.documents_page(request.app.state.db.conn(), f, PAGE_SIZE, offset)
    return _render(request, "documents.html", given=given, problem=problem, options=_options(request),
                   documents=page.items, pager=_pager(request, page.total, offset, PAGE_SIZE))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc = queries.document_with_claims(request.app.state.db.conn(), doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    claims = doc["claims"]
    spans = [span_of(doc["text"], c["evidence"], c.get("evidence_start"), c.get("evidence_end")) for c in claims]
    return _render(request, "document.html", nav="documents", doc=doc, claims=claims,
                   segments=segments(doc["text"], spans), located=[s is not None for s in spans])


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    f, given, problem = _filters(request)
    results = queries.search(request.app.state.db.store(), q, limit=200, **vars(f))
    return _render(request, "search.html", q=q, given=given, problem=problem, options=_options(request),
                   results=results)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI description (offline, no script)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""),
                              "parameters": op.get("parameters", []),
                              "responses": sorted(op.get("responses", {}).keys())})
    return _render(request, "docs.html", spec=spec, endpoints=endpoints)
