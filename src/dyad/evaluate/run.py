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
    in_jsonl = _jsonl_records(docs_dir)
    for line in gold:
        path = docs_dir / line["doc"]
        if path.is_file():
            record = {"id": line["doc"], "text": path.read_text(encoding="utf-8")}
        elif line["doc"] in in_jsonl:  # a record of a JSONL file, named by its id
            record = dict(in_jsonl[line["doc"]])
        else:
            raise FileNotFoundError(f"gold document {line['doc']} is not in {docs_dir}")
        for key in ("url", "outlet", "published"):
            if line.get(key) or key not in record:
                record[key] = line.get(key)
        records.append(record)
    return records


def _jsonl_records(docs_dir: Path) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(docs_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and record.get("id"):
                    records[str(record["id"])] = record
    return records


def code_records(
    records: list[dict[str, Any]], keep_modal: bool = False
) -> tuple[list[dict[str, Any]], list[str]]:
    """Event records for the input records, and the errors of documents that failed.

    A failed document is reported, not fatal: its gold events then count as misses.
    """
    from dyad.pipeline import Options, Pipeline  # imported late: it loads all stages

    pipe = Pipeline(Options(keep_modal=keep_modal))
    events: list[dict[str, Any]] = []
    errors: list[str] = []
    for record in records:  # one at a time, so an error can name its document
        for result in pipe.code_records([record]):
            if result.error:
                errors.append(f"{record['id']}: {result.error}")
            events.extend(result.events)
    return events, errors


def evaluate(gold_path: Path, docs_dir: Path, keep_modal: bool = False) -> Report:
    gold = load_gold(gold_path)
    events, errors = code_records(gold_records(gold, docs_dir), keep_modal=keep_modal)
    report = score(gold, events)
    report.coding_errors = errors
    return report
