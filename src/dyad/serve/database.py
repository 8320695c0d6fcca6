"""The server's one DuckDB connection, handed out as a cursor per request.

A DuckDB connection must not be shared between threads, and FastAPI runs
request handlers in a thread pool: every request gets its own cursor (a
connection of its own to the same database), which is cheap.

Read-only by default. With ingestion allowed the database is opened for
writing through an `EventStore`, whose writes are serialised by a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyad.store import CodedDocument, EventStore, WriteSummary


class Database:
    def __init__(self, path: str | Path, allow_ingest: bool = False) -> None:
        self.path = str(path)
        self.allow_ingest = allow_ingest
        self._write_lock = threading.Lock()
        self._store: EventStore | None = None
        if allow_ingest:
            self._store = EventStore(self.path)  # creates the tables when the file is new
            # Reads get their own connection (DuckDB shares the open database within
            # the process), so a request never waits on the writer's connection.
            self._con = duckdb.connect(self.path)
        else:
            if not Path(self.path).exists():
                raise FileNotFoundError(f"{self.path}: no event store here (run `dyad code` first)")
            self._con = duckdb.connect(self.path, read_only=True)

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def write(self, documents: list[CodedDocument]) -> WriteSummary:
        if self._store is None:
            raise PermissionError("this server is read-only (start it with --allow-ingest)")
        with self._write_lock:
            return self._store.write(documents)

    def close(self) -> None:
        self._con.close()
        if self._store is not None:
            self._store.close()
