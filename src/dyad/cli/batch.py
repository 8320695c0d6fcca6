"""Code inputs into the store in batches, with a progress bar.

Each batch is written in one transaction, so a crash loses at most the batch
being coded and never leaves half a document; one bad document is reported
and skipped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyad.ingest.readers import expand_paths, read_path
from dyad.pipeline import DocumentResult, Pipeline
from dyad.store import CodedDocument, EventStore

BATCH_DOCUMENTS = 200


@dataclass
class CodingReport:
    coded: int = 0  # documents added or replaced
    unchanged: int = 0  # already stored with the same content
    duplicates: int = 0  # the same text as a stored document under another name
    events: int = 0
    sentences: int = 0
    analysed_sentences: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # sentences that could not be coded
    skipped_why: Counter[str] = field(default_factory=Counter)


def _reason_kind(error: str) -> str:
    # "path:line: reason (details)" -> "reason" for the summary's counts
    reason = error.rsplit(": ", 1)[-1] if ": " in error else error
    return reason.split(" (")[0]


def coded_document(result: DocumentResult) -> CodedDocument:
    doc = result.doc
    assert doc is not None
    return CodedDocument(
        doc=doc.id, content_hash=doc.content_hash, text=doc.text, events=result.events,
        url=doc.url, outlet=doc.outlet, published=doc.published, language=doc.language,
        path=doc.path, n_sentences=result.n_sentences,
    )  # fmt: skip


def code_into_store(
    pipeline: Pipeline,
    inputs: Iterable[str | Path],
    store: EventStore,
    emit: Callable[[dict[str, Any]], None] | None = None,
    progress: bool = True,
) -> CodingReport:
    report = CodingReport()
    files = list(expand_paths(inputs))
    batch: list[CodedDocument] = []

    def flush() -> None:
        summary = store.write(batch)
        report.coded += summary.added + summary.replaced
        report.unchanged += summary.unchanged
        report.duplicates += summary.duplicates
        report.events += summary.events
        batch.clear()

    with Progress(
        TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[events]} events"), disable=not progress, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("coding", total=len(files), events=0)
        for item in files:
            results = (
                [DocumentResult(doc=None, error=str(item))]
                if not isinstance(item, Path)
                else (pipeline.code_item(doc) for doc in read_path(item))
            )
            for result in results:
                if result.error:
                    report.errors.append(result.error)
                    report.skipped_why[_reason_kind(result.error)] += 1
                    continue
                report.warnings.extend(result.warnings)
                report.sentences += result.n_sentences
                report.analysed_sentences += result.analysed_sentences
                if emit:
                    for record in result.events:
                        emit(record)
                batch.append(coded_document(result))
                if len(batch) >= BATCH_DOCUMENTS:
                    flush()
            bar.update(task, advance=1, events=report.events + sum(len(d.events) for d in batch))
        if batch:
            flush()
    return report
