"""The FastAPI application: JSON API under /api, dashboard pages, static files.

`create_app` wires the parts; the routes live in `api.py` (JSON) and
`pages.py` (HTML). Security lives here because it applies to every response:
a strict Content-Security-Policy (scripts and styles only from /static, no
inline code), a request body limit, and error handlers that answer with a
short JSON (or HTML) message and never a stack trace.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from awol.errors import AwolError, InputError, StoreError

log = logging.getLogger("awol.serve")

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
DEFAULT_MAX_BODY = 2 * 1024 * 1024  # bytes accepted by POST /api/documents

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
)


class BodyTooLarge(Exception):
    """The request body passed the configured limit while it was being read."""


class Database:
    """One SQLite connection per worker thread (sqlite3 objects are not shared
    between threads safely), all on the same file, opened on first use."""

    def __init__(self, path: str | Path):
        from awol.store import Store
        self.path = str(path)
        if not Path(path).exists():
            raise StoreError(f"{path}: no such database; build one with `awol demo --db {path}` "
                             f"or `awol ingest PATH... --db {path}`")
        Store.open(path).close()  # apply missing migrations once, before serving
        self._local = threading.local()
        self.write_lock = threading.Lock()

    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            from awol.store.db import connect
            conn = self._local.conn = connect(self.path)
        return conn

    def store(self) -> Any:
        from awol.store import Store
        return Store(self.conn(), self.path)


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP response."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware: refuse request bodies over `max_bytes` (413), by the
    declared Content-Length when there is one, else while the body is read."""

    def __init__(self, app: Any, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_bytes:
                    response = _error(413 if declared > 0 else 400,
                                      f"request body over the limit of {self.max_bytes} bytes"
                                      if declared > 0 else "invalid Content-Length header")
                    await response(scope, receive, send)
                    return
        seen = 0

        async def limited_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge()
            return message

        await self.app(scope, limited_receive, send)


def _error(status: int, message: str, details: list | None = None, headers: dict | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message, "status": status}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",)


def _install_error_handlers(app: FastAPI) -> None:
    def html_error(request: Request, status: int, message: str) -> HTMLResponse:
        from awol.serve.pages import render_error
        return render_error(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if _wants_html(request):
            return html_error(request, exc.status_code, message)
        return _error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Any:
        details = [{"loc": [str(p) for p in err.get("loc", ())], "msg": err.get("msg", ""),
                    "type": err.get("type", "")} for err in exc.errors()]
        if _wants_html(request):
            where = "; ".join(f"{d['loc'][-1] if d['loc'] else 'request'}: {d['msg']}" for d in details)
            return html_error(request, 422, f"invalid request ({where})")
        return _error(422, "invalid request parameters or body", details)

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> Any:
        return _error(413, f"request body over the limit of {app.state.max_body} bytes")

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Any:
        return _error(400, exc.problem)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Any:
        if _wants_html(request):
            return html_error(request, 400, str(exc))
        return _error(400, str(exc))

    @app.exception_handler(AwolError)
    async def awol_error(request: Request, exc: AwolError) -> Any:
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Any:
        log.exception("error while serving %s %s", request.method, request.url.path)
        response = _error(500, "internal server error; the server log has the details")
        for name, value in SECURITY_HEADERS:
            response.headers[name] = value
        return response


def create_app(db_path: str | Path, ingest_token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               extractor_factory: Callable[[], Any] | None = None, static_dir: str | Path | None = None) -> FastAPI:
    """The awol web application over the database at `db_path`.

    `ingest_token` turns on POST /api/documents for clients that send it as a
    Bearer token; without it the application only reads. `extractor_factory`
    builds the extractor used by that endpoint (default: awol.extract's).
    """
    from awol import __version__ as version
    from awol.serve import api, pages

    app = FastAPI(
        title="awol",
        version=version,
        description="Claims about people leaving armed forces and armed groups, read from conflict reporting: "
                    "documents, claims, events (claims grouped as reports of one thing), groups, places, "
                    "statistics and full-text search over evidence. Read-only unless started with an ingest token.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.db = Database(db_path)
    app.state.ingest_token = ingest_token or None
    app.state.max_body = max_body
    app.state.extractor_factory = extractor_factory
    app.state.extractor = None
    _install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(static_dir or STATIC_DIR)), name="static")
    return app


def app_from_env() -> FastAPI:
    """The application from AWOL_SERVE_DB, AWOL_INGEST_TOKEN and AWOL_SERVE_MAX_BODY
    (how `awol serve --workers N` hands its settings to worker processes)."""
    import os
    return create_app(os.environ.get("AWOL_SERVE_DB", "awol.db"), ingest_token=os.environ.get("AWOL_INGEST_TOKEN"),
                      max_body=int(os.environ.get("AWOL_SERVE_MAX_BODY", DEFAULT_MAX_BODY)))
