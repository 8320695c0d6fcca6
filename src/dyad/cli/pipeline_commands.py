"""Commands over the pipeline and the store: code, events, explain, export."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dyad.cli.render import explain_view, print_summary, record_for_output, records_table
from dyad.store import EventFilter, EventStore, FilterError

err_console = Console(stderr=True)
DB_OPTION = typer.Option("--db", help="DuckDB event store file.")


class CodeFormat(StrEnum):
    summary = "summary"
    jsonl = "jsonl"


class TableFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    gdelt = "gdelt"
    jsonl = "jsonl"


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"dyad: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def code(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files and folders to code.")] = None,
    db: Annotated[Path, DB_OPTION] = Path("dyad.duckdb"),
    fmt: Annotated[CodeFormat, typer.Option("--format", help="jsonl: also print events.")] = (
        CodeFormat.summary
    ),
    sample: Annotated[bool, typer.Option("--sample", help="Code the bundled sample.")] = False,
    keep_modal: Annotated[
        bool, typer.Option("--keep-modal", help="Keep modal events, flagged.")
    ] = False,
    splitter: Annotated[str, typer.Option(help="Sentence splitter: fast or somajo.")] = "fast",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
) -> None:
    """Code documents (text, HTML, JSONL) into the event store."""
    from dyad.cli.batch import code_into_store
    from dyad.pipeline import Options, Pipeline

    inputs = list(paths or [])
    if sample:
        from dyad.sample import CORPUS_DIR

        inputs.append(CORPUS_DIR)
    if not inputs:
        raise fail("nothing to code: give files or folders, or --sample")
    if splitter not in ("fast", "somajo"):
        raise fail(f"--splitter {splitter!r}: expected fast or somajo")
    pipeline = Pipeline(Options(keep_modal=keep_modal, splitter=splitter))
    emit = None
    if fmt is CodeFormat.jsonl:

        def emit(record: dict) -> None:
            sys.stdout.write(json.dumps(record_for_output(record), ensure_ascii=False) + "\n")

    with EventStore(db) as store:
        report = code_into_store(pipeline, inputs, store, emit=emit, progress=not quiet)
        for warning in report.warnings:
            err_console.print(
                warning, markup=False, highlight=False, style="yellow", soft_wrap=True
            )
        for error in report.errors:
            err_console.print(
                f"skipped {error}", markup=False, highlight=False, style="yellow", soft_wrap=True
            )
        if not quiet:
            print_summary(err_console if emit else Console(), store, report, db)
    if report.coded == 0 and report.unchanged == 0:
        raise fail(f"no document could be coded ({len(report.errors)} skipped)")


def _filter(**values: str | None) -> EventFilter:
    try:
        return EventFilter(**values).validate()
    except FilterError as err:
        raise fail(str(err), code=2) from None


def _open_store(db: Path) -> EventStore:
    try:
        return EventStore(db, read_only=True)
    except FileNotFoundError as err:
        raise fail(str(err)) from None


def events(
    db: Annotated[Path, DB_OPTION] = Path("dyad.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Actor code on either side: CHN")] = None,
    dyad: Annotated[str | None, typer.Option(help="USA-CHN either way, USA>CHN directed")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root: 04")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix: 042")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]], inclusive")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]], inclusive")] = None,
    doc: Annotated[str | None, typer.Option(help="Document name")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet")] = None,
    q: Annotated[str | None, typer.Option(help="Text in the sentence")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
    limit: Annotated[int | None, typer.Option(help="At most this many (table: 50)")] = None,
) -> None:
    """Query the event store."""
    flt = _filter(
        actor=actor, dyad=dyad, root=root, cameo=cameo, since=since, until=until, doc=doc,
        outlet=outlet, q=q,
    )  # fmt: skip
    if fmt is TableFormat.table and limit is None:
        limit = 50
    with _open_store(db) as store:
        if fmt is TableFormat.csv:
            from dyad.store.export import write_csv

            write_csv(store, flt, sys.stdout, limit=limit)
            return
        records = store.events(flt, limit=limit)
        if fmt is TableFormat.jsonl:
            for record in records:
                sys.stdout.write(json.dumps(record_for_output(record), ensure_ascii=False) + "\n")
            return
        total = store.count(flt)
    Console().print(records_table(records, total))


def explain(
    event_id: Annotated[str, typer.Argument(help="Event id (a unique prefix is enough)")],
    db: Annotated[Path, DB_OPTION] = Path("dyad.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="The record with its explanation")] = (
        False
    ),
) -> None:
    """Why an event was coded: sentence with spans, rule, actor and date resolution."""
    with _open_store(db) as store:
        record = store.event(event_id)
        if record is None:
            matches = store.event_ids_starting(event_id)
            if len(matches) == 1:
                record = store.event(matches[0])
            elif matches:
                raise fail(f"{event_id!r} is ambiguous: {', '.join(matches)} ...")
        if record is None:
            raise fail(f"no event {event_id!r} in {db}")
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    Console().print(explain_view(record))


def export(
    out: Annotated[Path, typer.Argument(help="Output file")],
    fmt: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.parquet,
    db: Annotated[Path, DB_OPTION] = Path("dyad.duckdb"),
    actor: Annotated[str | None, typer.Option()] = None,
    dyad: Annotated[str | None, typer.Option()] = None,
    root: Annotated[str | None, typer.Option()] = None,
    since: Annotated[str | None, typer.Option()] = None,
    until: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Write the events as Parquet, CSV, JSONL or the GDELT 2.0 event layout."""
    from dyad.store import export as exporters

    flt = _filter(actor=actor, dyad=dyad, root=root, since=since, until=until)
    with _open_store(db) as store:
        writer = {
            ExportFormat.parquet: exporters.export_parquet,
            ExportFormat.csv: exporters.export_csv,
            ExportFormat.gdelt: exporters.export_gdelt,
            ExportFormat.jsonl: exporters.export_jsonl,
        }[fmt]
        n = writer(store, flt, out)
    err_console.print(f"wrote {n} events to {out} ({fmt.value})", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(code)
    app.command()(events)
    app.command()(explain)
    app.command()(export)
