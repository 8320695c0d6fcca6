"""`dyad actor "TEXT"`: show how the actor stage reads a sentence, as JSON."""

from __future__ import annotations

import json
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("actor")(actor)


def actor(
    text: Annotated[str, typer.Argument(help="A sentence or short text.")],
    date: Annotated[str | None, typer.Option(help="Event date YYYY-MM-DD.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the text: de or en.")] = "de",
) -> None:
    """Resolve the actors named in TEXT to CAMEO-style codes and print them as JSON."""
    from dyad.actors import ActorResolver

    mentions = ActorResolver.load().find(text, date=date, lang=lang)
    rows = [
        {
            "text": m.text,
            "span": [m.start, m.end],
            "code": m.code,
            "country": m.country,
            "sector": m.sector,
            "name": m.name,
            "entry": m.entry,
            "kind": m.kind,
            "how": m.how,
            "informant": m.informant,
        }
        for m in mentions
    ]
    typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
