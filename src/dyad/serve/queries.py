"""The API's read queries over the store: pages of events, actors, dyads, documents.

Filters come from `dyad.store.where_clause` (the same as `dyad events`); this
module only adds ordering, paging and aggregation. Every value is a bound
parameter; the only strings spliced into SQL are fixed fragments chosen from
the dictionaries below.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from dyad.enrich import cameo
from dyad.store import EventFilter, where_clause
from dyad.store.records import row_to_record

# Events are paged in the order `dyad events` prints them (event day, nulls
# last; document; position), with the id as tie-breaker so the order is total.
_SORT_KEY = "(coalesce(event_day, DATE '9999-12-31'), doc, coalesce(span_start, -1), id)"
_AFTER = "(?::DATE, ?::VARCHAR, ?::INTEGER, ?::VARCHAR)"

BUCKETS = {"day": "day", "week": "week", "month": "month", "year": "year"}

# An actor as a node: the state for state actors (USAGOV and USAMIL are both
# USA), the full code for organisations without a country.
_ACTOR_KEYS = {
    "country": ("coalesce(source_country, source_code)", "coalesce(target_country, target_code)"),
    "code": ("source_code", "target_code"),
}


class CursorError(ValueError):
    """A page cursor that this server did not hand out."""


@dataclass(frozen=True)
class PageKey:
    """Where a page ended: the sort key of its last event."""

    day: str
    doc: str
    span_start: int
    id: str

    def encode(self) -> str:
        raw = json.dumps([self.day, self.doc, self.span_start, self.id], ensure_ascii=False)
        return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, cursor: str) -> PageKey:
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            day, doc, span_start, event_id = json.loads(base64.urlsafe_b64decode(padded))
            date.fromisoformat(day)
            if not (isinstance(doc, str) and isinstance(event_id, str)):
                raise TypeError("doc and id must be strings")
            return cls(day, doc, int(span_start), event_id)
        except (binascii.Error, UnicodeDecodeError, TypeError, ValueError) as error:
            raise CursorError(
                f"cursor {cursor[:40]!r} is not one this server handed out"
            ) from error


def _and(where: str, condition: str) -> str:
    return f"{where} AND {condition}" if where else f"WHERE {condition}"


def _dicts(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict]:
    result = cursor.execute(sql, params)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def event_rows(
    cursor: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, after: PageKey | None
) -> tuple[list[dict[str, Any]], PageKey | None]:
    """One page of flat store rows and the key to continue after, None on the last page."""
    where, params = where_clause(flt)
    if after is not None:
        where = _and(where, f"{_SORT_KEY} > {_AFTER}")
        params = [*params, after.day, after.doc, after.span_start, after.id]
    # Sort only the keys, then fetch the page's full rows by rowid: on a million
    # events this is several times faster than sorting whole rows (late materialisation).
    sql = (
        f"SELECT * FROM events WHERE rowid IN (SELECT rowid FROM events {where} "
        f"ORDER BY {_SORT_KEY} LIMIT ?) ORDER BY {_SORT_KEY}"
    )
    rows = _dicts(cursor, sql, [*params, limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    day = (last["event_day"] or date(9999, 12, 31)).isoformat()
    span_start = last["span_start"] if last["span_start"] is not None else -1
    return rows, PageKey(day, last["doc"], span_start, last["id"])


def event(cursor: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    rows = _dicts(cursor, "SELECT * FROM events WHERE id = ?", [event_id])
    return row_to_record(rows[0], with_explanation=True) if rows else None


def document(cursor: duckdb.DuckDBPyConnection, doc: str) -> dict[str, Any] | None:
    rows = _dicts(cursor, "SELECT * FROM documents WHERE doc = ?", [doc])
    if not rows:
        return None
    found = rows[0]
    found["coded_at"] = found["coded_at"].isoformat() if found["coded_at"] else None
    found["events"] = _dicts(
        cursor,
        "SELECT id, cameo, cameo_name, source_code, target_code, span_start, span_end "
        "FROM events WHERE doc = ? ORDER BY span_start, id",
        [doc],
    )
    return found


def counts(cursor: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    (docs,) = cursor.execute("SELECT count(*) FROM documents").fetchone()
    events, first, last = cursor.execute(
        "SELECT count(*), min(event_day), max(event_day) FROM events"
    ).fetchone()
    roots = cursor.execute(
        "SELECT root, count(*) FROM events GROUP BY root ORDER BY root"
    ).fetchall()
    return {
        "documents": docs,
        "events": events,
        "first_day": first.isoformat() if first else None,
        "last_day": last.isoformat() if last else None,
        "roots": [{"root": root, "name": _root_name(root), "events": n} for root, n in roots],
    }


def _root_name(root: str) -> str | None:
    try:
        return cameo.lookup(root).name
    except KeyError:
        return None


def actors(
    cursor: duckdb.DuckDBPyConnection, flt: EventFilter, level: str, limit: int
) -> list[dict[str, Any]]:
    """Actors with how often they act (source) and are acted upon (target)."""
    source_key, target_key = _ACTOR_KEYS[level]
    where, params = where_clause(flt)
    sql = f"""
        WITH matched AS (SELECT * FROM events {where}),
        sides AS (
            SELECT {source_key} AS actor, source_country AS country, 1 AS src, 0 AS tgt
            FROM matched
            UNION ALL
            SELECT {target_key}, target_country, 0, 1 FROM matched WHERE target_code IS NOT NULL
        )
        SELECT actor, any_value(country) AS country, sum(src)::BIGINT AS as_source,
               sum(tgt)::BIGINT AS as_target, count(*) AS events
        FROM sides WHERE actor IS NOT NULL
        GROUP BY actor ORDER BY events DESC, actor LIMIT ?"""
    return _dicts(cursor, sql, [*params, limit])


_DYAD_STATS = """
    count(*) AS events,
    round(avg(goldstein), 3) AS mean_goldstein,
    count(*) FILTER (WHERE quad_class = 1) AS quad_1,
    count(*) FILTER (WHERE quad_class = 2) AS quad_2,
    count(*) FILTER (WHERE quad_class = 3) AS quad_3,
    count(*) FILTER (WHERE quad_class = 4) AS quad_4,
    count(*) FILTER (WHERE event_day IS NULL) AS undated"""  # in the totals, not in a series

_SERIES_STATS = "count(*) AS events, round(avg(goldstein), 3) AS mean_goldstein"


def _period_sql(trunc: str) -> str:
    return f"CAST(date_trunc('{BUCKETS[trunc]}', event_day) AS DATE)"


def _by_quad(row: dict[str, Any]) -> dict[str, Any]:
    row["by_quad_class"] = {str(q): row.pop(f"quad_{q}") for q in (1, 2, 3, 4)}
    return row


def _period(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["period"] = row["period"].isoformat()
    return rows


def pair(
    cursor: duckdb.DuckDBPyConnection, flt: EventFilter, first: str, second: str, bucket: str
) -> dict[str, Any]:
    """Both directions of one dyad: totals and a series per period and quad class."""
    trunc = BUCKETS[bucket]
    directions, series = [], []
    for source, target in ((first, second), (second, first)):
        directed = EventFilter(**{**flt.__dict__, "dyad": f"{source}>{target}"})
        where, params = where_clause(directed)
        totals = _dicts(cursor, f"SELECT {_DYAD_STATS} FROM events {where}", params)[0]
        directions.append(_by_quad({"source": source, "target": target, **totals}))
        rows = _dicts(
            cursor,
            f"SELECT {_period_sql(trunc)} AS period, quad_class, {_SERIES_STATS} "
            f"FROM events {_and(where, 'event_day IS NOT NULL')} "
            "GROUP BY period, quad_class ORDER BY period, quad_class",
            params,
        )
        series += [{"source": source, "target": target, **row} for row in _period(rows)]
    return {"bucket": bucket, "dyads": directions, "series": series}


def top_dyads(
    cursor: duckdb.DuckDBPyConnection, flt: EventFilter, level: str, limit: int, bucket: str | None
) -> dict[str, Any]:
    """The dyads with most events (directed), and their series when a bucket is asked for."""
    source_key, target_key = _ACTOR_KEYS[level]
    where, params = where_clause(flt)
    where = _and(where, "target_code IS NOT NULL")
    dyads = _dicts(
        cursor,
        f"SELECT {source_key} AS source, {target_key} AS target, {_DYAD_STATS} FROM events {where} "
        "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?",
        [*params, limit],
    )
    result: dict[str, Any] = {"bucket": bucket, "dyads": [_by_quad(row) for row in dyads]}
    if bucket:
        # The series of the dyads just found, named as "SOURCE>TARGET" keys (codes have no ">").
        keys = [f"{d['source']}>{d['target']}" for d in dyads]
        rows = _dicts(
            cursor,
            f"""SELECT {source_key} AS source, {target_key} AS target,
                       {_period_sql(bucket)} AS period, quad_class, {_SERIES_STATS}
            FROM events {_and(where, "event_day IS NOT NULL")}
                AND ({source_key} || '>' || {target_key}) IN (SELECT unnest(?))
            GROUP BY ALL ORDER BY source, target, period, quad_class""",
            [*params, keys],
        )
        result["series"] = _period(rows)
    return result
