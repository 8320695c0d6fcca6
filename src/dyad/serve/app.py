"""The REST API and the dashboard: `create_app(db_path)` -> FastAPI.

Routes (OpenAPI document at /openapi.json):

    GET  /events              filtered, keyset-paged events (JSON or CSV)
    GET  /events/{id}         one event with its explanation
    GET  /actors              actors with event counts as source and as target
    GET  /dyads               one dyad both ways (a, b) or the top dyads; series by bucket
    GET  /documents/{doc}     a document's metadata, cleaned text and event spans
    POST /documents           code a submitted text and store it (--allow-ingest only)
    GET  /stats               store size, date range, events per root
    GET  /                    the dashboard (static files, no build step)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dyad.serve import queries
from dyad.serve.csv_output import rows_to_csv
from dyad.serve.database import Database
from dyad.serve.ingest import Ingester, Submission
from dyad.store import EventFilter, FilterError
from dyad.store.records import row_to_record

MAX_PAGE = 1000

# The dashboard's own files only; vega needs no eval (it runs with its AST
# interpreter) but injects its tooltip styles, hence 'unsafe-inline' for styles.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def event_filter(
    actor: Annotated[
        str | None, Query(description="actor code prefix or country, either side")
    ] = None,
    dyad: Annotated[str | None, Query(description="A-B either direction, A>B directed")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, two digits")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix")] = None,
    since: Annotated[
        str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")
    ] = None,
    until: Annotated[
        str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")
    ] = None,
    doc: Annotated[str | None, Query(max_length=500, description="document id")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="outlet, exact")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="text in the sentence, case-insensitive")
    ] = None,
    modality: Annotated[str | None, Query(description="'factual' or a modality name")] = None,
) -> EventFilter:
    flt = EventFilter(actor, dyad, root, cameo, since, until, doc, outlet, q, modality)
    return flt.validate()  # FilterError -> 400 (handler below)


Filter = Annotated[EventFilter, Depends(event_filter)]


def create_app(db_path: str | Path, allow_ingest: bool = False) -> FastAPI:
    database = Database(db_path, allow_ingest=allow_ingest)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN: dyad runs
        # offline, so it serves the OpenAPI document only.
        docs_url=None,
        redoc_url=None,
        title="dyad",
        description="Coded political events, each traceable to its sentence and rule.",
        version="0.1.0",
    )
    app.state.database = database
    ingester = Ingester(database)

    @app.exception_handler(FilterError)
    def bad_filter(_: Request, error: FilterError) -> JSONResponse:
        # The store words its messages for the command line ("--root '4': ...").
        return JSONResponse({"detail": str(error).removeprefix("--")}, status_code=400)

    @app.exception_handler(queries.CursorError)
    def bad_cursor(_: Request, error: queries.CursorError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.get("/events", summary="Events matching the filters, one page at a time")
    def list_events(
        request: Request,
        flt: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
        explain: Annotated[bool, Query(description="include each event's explanation")] = False,
        format: Annotated[Literal["json", "csv"] | None, Query()] = None,
    ) -> Any:
        after = queries.PageKey.decode(cursor) if cursor else None
        with database.cursor() as cur:
            rows, next_key = queries.event_rows(cur, flt, limit, after)
        next_cursor = next_key.encode() if next_key else None
        wants_csv = format == "csv" or (
            format is None and "text/csv" in request.headers.get("accept", "")
        )
        if wants_csv:
            headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
            return Response(
                rows_to_csv(rows), media_type="text/csv; charset=utf-8", headers=headers
            )
        events = [row_to_record(row, with_explanation=explain) for row in rows]
        return JSONResponse({"events": events, "next_cursor": next_cursor})

    @app.get("/events/{event_id}", summary="One event with its explanation")
    def get_event(event_id: str) -> dict[str, Any]:
        with database.cursor() as cur:
            found = queries.event(cur, event_id)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        return found

    @app.get("/actors", summary="Actors with event counts as source and as target")
    def list_actors(
        flt: Filter,
        level: Annotated[Literal["country", "code"], Query()] = "country",
        limit: Annotated[int, Query(ge=1, le=5000)] = 200,
    ) -> JSONResponse:
        with database.cursor() as cur:
            return JSONResponse({"level": level, "actors": queries.actors(cur, flt, level, limit)})

    @app.get("/dyads", summary="One dyad in both directions, or the top dyads, over time")
    def list_dyads(
        flt: Filter,
        a: Annotated[str | None, Query(description="first actor of a pair")] = None,
        b: Annotated[str | None, Query(description="second actor of a pair")] = None,
        bucket: Annotated[Literal["day", "week", "month", "year"] | None, Query()] = None,
        level: Annotated[Literal["country", "code"], Query()] = "country",
        limit: Annotated[int, Query(ge=1, le=1000, description="top dyads")] = 50,
    ) -> JSONResponse:
        if bool(a) != bool(b):
            raise HTTPException(400, "give both a and b for a pair, or neither for the top dyads")
        with database.cursor() as cur:
            if a and b:
                # Validate the pair as a filter would: the same codes, the same message.
                EventFilter(dyad=f"{a}-{b}").validate()
                result = queries.pair(cur, flt, a.upper(), b.upper(), bucket or "month")
            else:
                result = queries.top_dyads(cur, flt, level, limit, bucket)
        return JSONResponse(result)

    @app.get("/documents/{doc:path}", summary="A document: metadata, cleaned text, event spans")
    def get_document(doc: str) -> dict[str, Any]:
        with database.cursor() as cur:
            found = queries.document(cur, doc)
        if found is None:
            raise HTTPException(404, f"no document with id {doc!r}")
        return found

    @app.post("/documents", status_code=201, summary="Code a text or HTML page and store it")
    def post_document(submission: Submission) -> dict[str, Any]:
        if not database.allow_ingest:
            raise HTTPException(403, "this server is read-only; start it with --allow-ingest")
        return ingester.ingest(submission)

    @app.get("/stats", summary="How much the store holds")
    def stats() -> dict[str, Any]:
        with database.cursor() as cur:
            return queries.counts(cur) | {"allow_ingest": database.allow_ingest}

    static = resources.files("dyad.serve") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(static / "index.html"))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app
