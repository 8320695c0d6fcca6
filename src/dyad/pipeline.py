"""The per-document function and the pipeline that runs it.

`Pipeline.code_document(doc)` takes one ingested Document through
language -> actors -> events -> enrich and returns its event records. It holds
no state between documents, so the CLI calls it in a loop and Spark calls it
inside `mapPartitions` (see dyad.spark) with the same results.

Stages are registered by name (`@stage("events")`), like spaCy components:
another implementation of a stage can be registered under a new name and
chosen with `Options(stages=...)`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyad.ingest import IngestError, iter_documents, record_document
from dyad.model import Document

StageFactory = Callable[["Options"], Callable[[Document, "DocumentState"], None]]
_STAGES: dict[str, StageFactory] = {}

DEFAULT_STAGES = ("language", "actors", "events")


def stage(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory: factory(options) -> step(doc, state)."""

    def register(factory: StageFactory) -> StageFactory:
        _STAGES[name] = factory
        return factory

    return register


@dataclass
class Options:
    keep_modal: bool = False  # keep hypothetical/future/negated clauses, flagged in `modality`
    splitter: str = "fast"  # "fast" (dyad's own) or "somajo"
    collapse_repeats: bool = True  # one record per event a document reports several times
    stages: tuple[str, ...] = DEFAULT_STAGES


@dataclass
class DocumentState:
    """What the stages pass on beside the Document itself."""

    analysed_sentences: int = 0  # sentences that got the expensive analysis
    events: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # sentences that could not be coded


@dataclass
class DocumentResult:
    doc: Document | None
    events: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None  # "where: what is wrong", for input that could not be coded
    analysed_sentences: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def n_sentences(self) -> int:
        return len(self.doc.sentences) if self.doc else 0


class Pipeline:
    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._steps = [(name, _STAGES[name](self.options)) for name in self.options.stages]

    def code_document(self, doc: Document) -> DocumentResult:
        state = DocumentState()
        try:
            for _name, step in self._steps:
                step(doc, state)
        except Exception as err:  # one bad document never stops a batch
            where = doc.path or doc.id
            return DocumentResult(doc=None, error=f"{where}: coding failed: {err!r}")
        return DocumentResult(
            doc=doc,
            events=state.events,
            analysed_sentences=state.analysed_sentences,
            warnings=state.warnings,
        )

    def code_paths(self, paths: Iterable[str | Path]) -> Iterator[DocumentResult]:
        for item in iter_documents(paths):
            yield self.code_item(item)

    def code_records(self, records: Iterable[dict[str, Any]]) -> Iterator[DocumentResult]:
        """Input records {"id","text","url","outlet","published"} (only text required)."""
        for number, record in enumerate(records, start=1):
            for item in record_document(record, f"record {number}", default_id=f"record-{number}"):
                yield self.code_item(item)

    def code_text(self, text: str, doc_id: str = "text", **meta: str | None) -> DocumentResult:
        record = {"id": doc_id, "text": text, **meta}
        return self.code_item(next(record_document(record, doc_id, default_id=doc_id)))

    def code_item(self, item: Document | IngestError) -> DocumentResult:
        if isinstance(item, IngestError):
            return DocumentResult(doc=None, error=str(item))
        return self.code_document(item)


def event_id(doc: Document, sentence_start: int, *parts: object) -> str:
    """Stable: the same input gives the same id on every run and machine."""
    key = "|".join(str(p) for p in (doc.id, doc.content_hash, sentence_start, *parts))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# The stages live in dyad.stages; importing it registers them.
from dyad import stages as _stages  # noqa: E402,F401
