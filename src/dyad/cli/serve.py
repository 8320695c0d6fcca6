"""`dyad serve`: the REST API and dashboard over an event store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[Path, typer.Option("--db", help="the event store (DuckDB file)")] = Path(
        "dyad.duckdb"
    ),
    host: Annotated[
        str, typer.Option(help="interface to listen on; the default keeps it on this machine")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    allow_ingest: Annotated[
        bool,
        typer.Option(
            "--allow-ingest", help="accept POST /documents (code and store texts); else read-only"
        ),
    ] = False,
) -> None:
    """Serve the REST API (/openapi.json) and the dashboard (/) over the event store."""
    import duckdb
    import uvicorn

    from dyad.serve.app import create_app

    try:
        api = create_app(db, allow_ingest=allow_ingest)
    except FileNotFoundError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    except duckdb.IOException as error:  # another process (dyad code) holds the write lock
        typer.echo(f"error: cannot open {db}: {error}", err=True)
        raise typer.Exit(2) from error
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: listening on {host}: the API has no authentication", err=True)
    typer.echo(
        f"dyad: dashboard at http://{host}:{port}/  OpenAPI at http://{host}:{port}/openapi.json"
    )
    uvicorn.run(api, host=host, port=port, log_level="info")
