"""`dyad evaluate`: code the gold documents and score them against the gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dyad.evaluate.run import evaluate as run_evaluation

GoldOption = Annotated[
    Path, typer.Option("--gold", exists=True, dir_okay=False, help="gold JSONL (gold-format.md)")
]
DocsOption = Annotated[
    Path, typer.Option("--docs", exists=True, file_okay=False, help="folder holding each gold doc")
]
KeepModalOption = Annotated[
    bool,
    typer.Option(
        "--keep-modal", help="also score hypothetical, future, negated, historical events"
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print the report as JSON")]


def register(app: typer.Typer) -> None:
    @app.command()
    def evaluate(
        gold: GoldOption,
        docs: DocsOption,
        keep_modal: KeepModalOption = False,
        as_json: JsonOption = False,
    ) -> None:
        """Code every gold document in DOCS and score the events: precision, recall, dates."""
        report = run_evaluation(gold, docs, keep_modal=keep_modal)
        if as_json:
            typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            typer.echo(report.render())
