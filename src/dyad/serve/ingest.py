"""POST /documents: code one submitted text or HTML page with the pipeline and store it."""

from __future__ import annotations

import hashlib
import threading
from typing import TYPE_CHECKING, Any

from fastapi import HTTPException
from pydantic import BaseModel, Field, model_validator

from dyad.cli.batch import coded_document
from dyad.ingest import make_document
from dyad.model import Document
from dyad.pipeline import DocumentResult, Options, Pipeline

if TYPE_CHECKING:
    from dyad.serve.database import Database

MAX_CHARS = 2_000_000  # a long article is ~50,000 characters; this stops accidents, not attacks


class Submission(BaseModel):
    text: str | None = Field(None, max_length=MAX_CHARS, description="plain text of the article")
    html: str | None = Field(None, max_length=MAX_CHARS, description="the article's HTML page")
    id: str | None = Field(
        None, max_length=200, description="document id; default: submitted-<hash of the content>"
    )
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40, description="ISO 8601, partial allowed")

    @model_validator(mode="after")
    def one_body(self) -> Submission:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        if not (self.text or self.html or "").strip():
            raise ValueError("the submitted document is empty")
        return self

    def doc_id(self) -> str:
        if self.id:
            return self.id
        body = (self.text or self.html or "").encode("utf-8")
        return "submitted-" + hashlib.sha256(body).hexdigest()[:16]


class Ingester:
    """Codes submissions with one Pipeline, built on first use (it loads the lexicons)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def code(self, document: Document) -> DocumentResult:
        # One submission at a time: the stages' taggers are not known to be thread-safe.
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(Options())
            return self._pipeline.code_document(document)

    def ingest(self, submission: Submission) -> dict[str, Any]:
        doc_id = submission.doc_id()
        made = make_document(
            doc_id,
            submission.html if submission.html is not None else submission.text or "",
            url=submission.url,
            outlet=submission.outlet,
            published=submission.published,
            path="POST /documents",
            is_html=submission.html is not None,
        )
        if isinstance(made, str):
            raise HTTPException(422, f"document {doc_id!r}: {made}")
        result = self.code(made)
        if result.error:
            raise HTTPException(422, result.error)
        summary = self.database.write([coded_document(result)])
        status = "added" if summary.added else "replaced" if summary.replaced else "unchanged"
        return {
            "doc": doc_id,
            "status": status,
            "n_sentences": result.n_sentences,
            "events": result.events,
        }
