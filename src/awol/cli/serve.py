"""`awol serve`: the HTTP API and dashboard over a database (uvicorn)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from awol.cli.app import app


@app.command()
def serve(db: Annotated[Path, typer.Option("--db", help="The SQLite database file.")] = Path("awol.db"),
          host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
          ingest_token: Annotated[Optional[str], typer.Option(
              "--ingest-token", envvar="AWOL_INGEST_TOKEN", show_envvar=True,
              help="Accept POST /api/documents from clients sending this Bearer token (default: read-only).")] = None,
          max_body: Annotated[int, typer.Option(
              "--max-body", min=1, help="Largest request body accepted by the ingest endpoint, in bytes.")]
          = 2 * 1024 * 1024,
          workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
          log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info") -> None:
    """Serve the JSON API (/api, described at /openapi.json and /docs) and the dashboard."""
    try:
        import uvicorn
    except ImportError:
        print("awol: error: awol serve needs the serve extra: pip install 'awol[serve]'", file=sys.stderr)
        raise typer.Exit(2) from None
    from awol.serve.app import create_app

    if workers > 1:
        # uvicorn starts worker processes from an import string; pass the settings by environment.
        os.environ["AWOL_SERVE_DB"] = str(db)
        os.environ["AWOL_SERVE_MAX_BODY"] = str(max_body)
        if ingest_token:
            os.environ["AWOL_INGEST_TOKEN"] = ingest_token
        create_app(db, ingest_token=ingest_token, max_body=max_body)  # fail here, not in every worker
        uvicorn.run("awol.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level=log_level, access_log=False)
        return
    application = create_app(db, ingest_token=ingest_token, max_body=max_body)
    mode = "ingest enabled (token set)" if ingest_token else "read-only"
    print(f"awol: serving {db} on http://{host}:{port}/ ({mode})", file=sys.stderr)
    uvicorn.run(application, host=host, port=port, log_level=log_level, access_log=False)
