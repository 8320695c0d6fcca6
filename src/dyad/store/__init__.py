"""Stage 6, store: the DuckDB event store, its filters and its exports."""

from dyad.store.event_store import CodedDocument, EventStore, WriteSummary
from dyad.store.query import EventFilter, FilterError, where_clause

__all__ = [
    "CodedDocument",
    "EventFilter",
    "EventStore",
    "FilterError",
    "WriteSummary",
    "where_clause",
]
