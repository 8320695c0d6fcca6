"""POST /documents: code one submitted text or HTML page with the pipeline and store it."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from fastapi import HTTPException
from pydantic import BaseModel, Field, model_validator

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


def ingest_submission(submission: Submission, database: Database) -> dict[str, Any]:
    raise HTTPException(501, "ingestion needs dyad.pipeline, which this build does not have")
