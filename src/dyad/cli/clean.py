"""`dyad clean FILE`: what ingest keeps of a scraped page, and why each other line went."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("clean")(clean)


def clean(
    path: Annotated[Path, typer.Argument(help="A text or HTML file.", exists=True, dir_okay=False)],
    text: Annotated[bool, typer.Option("--text", help="Also print the kept text.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show the lines ingest removes from FILE (menus, teasers, captions ...) with the
    rule that removed each, and the date and outlet read from the page's header."""
    from dyad.ingest.clean import clean_text
    from dyad.ingest.html import extract_html
    from dyad.ingest.meta import header_meta, outlet_from_markers

    raw = path.read_text(encoding="utf-8-sig", errors="replace")
    if path.suffix.lower() in {".html", ".htm"}:
        page = extract_html(raw)
        if page.text is None:
            raise typer.BadParameter(f"{path}: HTML page without article text")
        raw = page.text
    header = header_meta(raw)
    result = clean_text(raw[header.strip_prefix :])
    outlet = header.outlet or outlet_from_markers(raw)
    if as_json:
        report = {
            "doc": path.name,
            "published": header.published,
            "outlet": outlet,
            "removed": [{"line": line, "rule": why} for line, why in result.removed],
            "text": result.text,
        }
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{path.name}: published {header.published or '?'}, outlet {outlet or '?'}")
    typer.echo(f"removed {len(result.removed)} lines:")
    for line, why in result.removed:
        typer.echo(f"  [{why}] {line[:100]}")
    if text:
        typer.echo("\n" + result.text)
