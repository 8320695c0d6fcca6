"""The store's tables, as Arrow schemas and DuckDB DDL from one definition.

An event record (docs: ../shared/spec/event-record.md) is flattened into one
row: nested actors become `source_*` / `target_*` columns, the location
`location_*` columns, and everything `dyad explain` needs goes into the JSON
column `explanation`.
"""

from __future__ import annotations

import pyarrow as pa

EVENT_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("id", pa.string()),
    ("doc", pa.string()),
    ("url", pa.string()),
    ("outlet", pa.string()),
    ("published", pa.string()),
    ("event_date", pa.string()),
    # event_date, else published, as a DATE at the first day of its period, for
    # bucketing by day/week/month; null when neither is known
    ("event_day", pa.date32()),
    ("language", pa.string()),
    ("source_code", pa.string()),
    ("source_country", pa.string()),
    ("source_sector", pa.string()),
    ("source_name", pa.string()),
    ("source_text", pa.string()),
    ("target_code", pa.string()),
    ("target_country", pa.string()),
    ("target_sector", pa.string()),
    ("target_name", pa.string()),
    ("target_text", pa.string()),
    ("cameo", pa.string()),
    ("root", pa.string()),
    ("cameo_name", pa.string()),
    ("plover", pa.string()),
    ("goldstein", pa.float64()),
    ("quad_class", pa.int8()),
    ("sentence", pa.string()),
    ("span_start", pa.int32()),
    ("span_end", pa.int32()),
    ("rule", pa.string()),
    ("confidence", pa.float64()),
    ("modality", pa.string()),
    ("mentions", pa.int32()),  # how many sentences of the document report it
    ("location_name", pa.string()),
    ("location_country", pa.string()),
    ("location_lat", pa.float64()),
    ("location_lon", pa.float64()),
    ("explanation", pa.string()),  # JSON
]

DOCUMENT_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("doc", pa.string()),
    ("content_hash", pa.string()),
    ("url", pa.string()),
    ("outlet", pa.string()),
    ("published", pa.string()),
    ("language", pa.string()),
    ("path", pa.string()),
    ("text", pa.string()),
    ("n_sentences", pa.int32()),
    ("n_events", pa.int32()),
    ("coded_at", pa.timestamp("s")),
    # The same text under another name (a syndicated wire story): its events are
    # the first copy's, so they are stored once.
    ("text_hash", pa.string()),
    ("duplicate_of", pa.string()),
]

EVENT_SCHEMA = pa.schema(EVENT_COLUMNS)
DOCUMENT_SCHEMA = pa.schema(DOCUMENT_COLUMNS)

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.date32(): "DATE",
    pa.float64(): "DOUBLE",
    pa.int8(): "TINYINT",
    pa.int32(): "INTEGER",
    pa.timestamp("s"): "TIMESTAMP",
}


def create_table_sql(name: str, columns: list[tuple[str, pa.DataType]]) -> str:
    # No PRIMARY KEY: replacing a document deletes and re-inserts its rows in one
    # transaction, which DuckDB's index constraints reject; the store keeps ids unique.
    cols = ", ".join(f"{col} {_DUCK_TYPES[typ]}" for col, typ in columns)
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols})"


DDL = [
    create_table_sql("documents", DOCUMENT_COLUMNS),
    create_table_sql("events", EVENT_COLUMNS),
    # Non-unique indexes: lookups by id and document without the constraint problem.
    "CREATE INDEX IF NOT EXISTS events_id ON events (id)",
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc)",
    "CREATE INDEX IF NOT EXISTS documents_doc ON documents (doc)",
]
