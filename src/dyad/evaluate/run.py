"""Code the gold documents with dyad's pipeline and score the result."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dyad.evaluate.report import Report
from dyad.evaluate.scoring import score


def load_gold(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_records(gold: list[dict[str, Any]], docs_dir: Path) -> list[dict[str, Any]]:
    """One pipeline input record per gold document, carrying the gold's publication date.

    The record's id is the gold's doc name, so the events come back under that name.
    """
    records = []
    for line in gold:
        path = docs_dir / line["doc"]
        if not path.is_file():
            raise FileNotFoundError(f"gold document {line['doc']} is not in {docs_dir}")
        records.append(
            {
                "id": line["doc"],
                "text": path.read_text(encoding="utf-8"),
                "url": line.get("url"),
                "outlet": line.get("outlet"),
                "published": line.get("published"),
            }
        )
    return records


def code_records(records: list[dict[str, Any]], keep_modal: bool = False) -> list[dict[str, Any]]:
    """Event records for the given input records; a document that fails is reported, not fatal."""
    from dyad.pipeline import Options, Pipeline  # the pipeline loads its knowledge lazily

    pipe = Pipeline(Options(keep_modal=keep_modal))
    events: list[dict[str, Any]] = []
    for result in pipe.code_records(records):
        if result.error:
            doc = result.doc.id if result.doc is not None else "?"
            raise RuntimeError(f"the pipeline failed on {doc}: {result.error}")
        events.extend(result.events)
    return events


def evaluate(gold_path: Path, docs_dir: Path, keep_modal: bool = False) -> Report:
    gold = load_gold(gold_path)
    return score(gold, code_records(gold_records(gold, docs_dir), keep_modal=keep_modal))
