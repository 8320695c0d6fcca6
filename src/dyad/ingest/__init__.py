"""Stage 1, ingest: files, HTML pages and JSONL records in; clean Documents out."""

from dyad.ingest.clean import clean_text
from dyad.ingest.readers import IngestError, iter_documents, make_document, record_document

__all__ = ["IngestError", "clean_text", "iter_documents", "make_document", "record_document"]
