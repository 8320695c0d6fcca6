"""Commands over the pipeline and the store: code, events, explain, export, demo."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
