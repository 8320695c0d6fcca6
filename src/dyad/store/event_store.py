"""The DuckDB event store: one file, no server, Arrow bulk loads.

A batch of coded documents is written in one transaction: a crash leaves
either the whole batch or none of it. A document is known by its id and its
content hash: the same content again adds nothing, changed content replaces
the document's old events.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyad.store.query import EventFilter, where_clause
from dyad.store.records import record_to_row, row_to_record
from dyad.store.schema import DDL, DOCUMENT_SCHEMA, EVENT_SCHEMA


@dataclass
class CodedDocument:
    """What the store keeps of one coded document."""

    doc: str
    content_hash: str
    text: str
    events: list[dict[str, Any]]
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    path: str | None = None
    n_sentences: int = 0
    duplicate_of: str | None = None

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:20]


@dataclass
class WriteSummary:
    added: int = 0  # new documents
    replaced: int = 0  # documents whose content changed
    unchanged: int = 0  # same content as stored: nothing written
    duplicates: int = 0  # new documents whose text is already stored under another name
    events: int = 0  # events written


class EventStore:
    def __init__(self, path: str | Path = "dyad.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no event store here (run `dyad code` first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            for statement in DDL:
                self.con.execute(statement)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def stored_hashes(self, doc_ids: Sequence[str]) -> dict[str, str]:
        if not doc_ids:
            return {}
        rows = self.con.execute(
            "SELECT doc, content_hash FROM documents WHERE doc IN (SELECT unnest(?))",
            [list(doc_ids)],
        ).fetchall()
        return dict(rows)

    def write(self, documents: Iterable[CodedDocument]) -> WriteSummary:
        """Store a batch in one transaction."""
        batch = _last_per_doc(documents)
        summary = WriteSummary()
        stored = self.stored_hashes([d.doc for d in batch])
        fresh = []
        for document in batch:
            old = stored.get(document.doc)
            if old == document.content_hash:
                summary.unchanged += 1
                continue
            if old is None:
                summary.added += 1
            else:
                summary.replaced += 1
            fresh.append(document)
        if not fresh:
            return summary
        self._mark_duplicates(fresh, summary)
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        doc_rows = [_document_row(d, now) for d in fresh]
        event_rows = [record_to_row(e) for d in fresh for e in d.events]
        summary.events = len(event_rows)
        doc_table = pa.Table.from_pylist(doc_rows, schema=DOCUMENT_SCHEMA)
        event_table = pa.Table.from_pylist(event_rows, schema=EVENT_SCHEMA)
        replaced_ids = [d.doc for d in fresh if d.doc in stored]
        self.con.execute("BEGIN TRANSACTION")
        try:
            if replaced_ids:
                self.con.execute(
                    "DELETE FROM events WHERE doc IN (SELECT unnest(?))", [replaced_ids]
                )
                self.con.execute(
                    "DELETE FROM documents WHERE doc IN (SELECT unnest(?))", [replaced_ids]
                )
            self.con.register("incoming_documents", doc_table)
            self.con.register("incoming_events", event_table)
            self.con.execute("INSERT INTO documents SELECT * FROM incoming_documents")
            self.con.execute("INSERT INTO events SELECT * FROM incoming_events")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.unregister("incoming_documents")
            self.con.unregister("incoming_events")
        return summary

    def _mark_duplicates(self, fresh: list[CodedDocument], summary: WriteSummary) -> None:
        """A text already stored under another name keeps its events there only."""
        hashes = [d.text_hash for d in fresh]
        rows = self.con.execute(
            "SELECT text_hash, doc FROM documents WHERE duplicate_of IS NULL "
            "AND text_hash IN (SELECT unnest(?))",
            [hashes],
        ).fetchall()
        first = dict(rows)
        for document in fresh:
            original = first.setdefault(document.text_hash, document.doc)
            if original != document.doc:
                document.duplicate_of = original
                document.events = []
                summary.duplicates += 1

    # -- reading ---------------------------------------------------------------

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Event records matching the filter, ordered by event day, document and position."""
        where, params = where_clause(flt or EventFilter())
        sql = f"SELECT * FROM events {where} ORDER BY event_day NULLS LAST, doc, span_start, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return [row_to_record(row) for row in self._dicts(sql, params)]

    def event_table(self, flt: EventFilter | None = None) -> pa.Table:
        where, params = where_clause(flt or EventFilter())
        sql = f"SELECT * FROM events {where} ORDER BY event_day NULLS LAST, doc, span_start, id"
        return self.con.sql(sql, params=params).to_arrow_table()

    def count(self, flt: EventFilter | None = None) -> int:
        where, params = where_clause(flt or EventFilter())
        return self.con.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0]

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM events WHERE id = ?", [event_id])
        return row_to_record(rows[0], with_explanation=True) if rows else None

    def event_ids_starting(self, prefix: str, limit: int = 5) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM events WHERE starts_with(id, ?) ORDER BY id LIMIT ?", [prefix, limit]
        ).fetchall()
        return [r[0] for r in rows]

    def document(self, doc: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM documents WHERE doc = ?", [doc])
        return rows[0] if rows else None

    def counts(self) -> dict[str, int]:
        docs, sentences = self.con.execute(
            "SELECT count(*), coalesce(sum(n_sentences), 0) FROM documents"
        ).fetchone()
        (events,) = self.con.execute("SELECT count(*) FROM events").fetchone()
        return {"documents": docs, "sentences": int(sentences), "events": events}

    def by_root(self) -> list[tuple[str, int]]:
        return self.con.execute(
            "SELECT root, count(*) FROM events GROUP BY root ORDER BY root"
        ).fetchall()

    def top_dyads(self, limit: int = 10) -> list[tuple[str, str, int, float]]:
        return self.con.execute(
            "SELECT source_code, target_code, count(*) AS n, round(avg(goldstein), 2) "
            "FROM events WHERE target_code IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, 1, 2 "
            "LIMIT ?",
            [limit],
        ).fetchall()

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _last_per_doc(documents: Iterable[CodedDocument]) -> list[CodedDocument]:
    # The same document twice in one batch: the later one wins, as it would in two batches.
    latest: dict[str, CodedDocument] = {}
    for document in documents:
        latest.pop(document.doc, None)
        latest[document.doc] = document
    return list(latest.values())


def _document_row(document: CodedDocument, now: datetime) -> dict[str, Any]:
    return {
        "doc": document.doc,
        "content_hash": document.content_hash,
        "url": document.url,
        "outlet": document.outlet,
        "published": document.published,
        "language": document.language,
        "path": document.path,
        "text": document.text,
        "n_sentences": document.n_sentences,
        "n_events": len(document.events),
        "coded_at": now,
        "text_hash": document.text_hash,
        "duplicate_of": document.duplicate_of,
    }
