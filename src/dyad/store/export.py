"""Exports of the store: Parquet, CSV, JSONL and the GDELT 2.0 event layout."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from dyad.store.event_store import EventStore
from dyad.store.query import EventFilter, where_clause

# The 61 columns of a GDELT 2.0 event export, in order.
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                              "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                              "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
assert len(GDELT_COLUMNS) == 61


def export_parquet(store: EventStore, flt: EventFilter, out: Path) -> int:
    table = store.event_table(flt)
    pq.write_table(table, out)
    return table.num_rows


def export_csv(store: EventStore, flt: EventFilter, out: Path) -> int:
    table = store.event_table(flt)
    pa_csv.write_csv(table, out)
    return table.num_rows


def write_csv(store: EventStore, flt: EventFilter, handle: IO[str], limit: int | None) -> int:
    table = store.event_table(flt)
    if limit is not None:
        table = table.slice(0, limit)
    writer = csv.writer(handle)
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(["" if v is None else v for v in row.values()])
    return table.num_rows


def export_jsonl(store: EventStore, flt: EventFilter, out: Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as handle:
        for record in store.events(flt):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _fraction_date(day) -> str:
    if day is None:
        return ""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def gdelt_row(row: dict, coded_at) -> list[str]:
    """One event as the GDELT 2.0 columns; what dyad does not know stays empty."""

    def s(value) -> str:
        return "" if value is None else str(value)

    day = row["event_day"]
    explanation = json.loads(row.get("explanation") or "{}")
    actors = []
    for side in ("source", "target"):
        name = row.get(f"{side}_name") or row.get(f"{side}_text")
        actors += [
            s(row.get(f"{side}_code")), s(name and name.upper()), s(row.get(f"{side}_country")),
            "", "", "", "", s(row.get(f"{side}_sector")), "", "",
        ]  # fmt: skip
    action_geo = ["", "", "", "", "", "", "", ""]
    if row.get("location_name"):
        is_country = row["location_name"] and row.get("location_lat") is None
        # ISO alpha-3 in the country column: dyad has no FIPS 10-4 codes.
        action_geo = [
            "1" if is_country else "4", row["location_name"], s(row.get("location_country")),
            "", "", s(row.get("location_lat")), s(row.get("location_lon")), "",
        ]  # fmt: skip
    cameo = row["cameo"]
    return [
        str(int(row["id"][:15], 16)),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        _fraction_date(day),
        *actors,
        "1" if explanation.get("sentence_index", 99) < 3 else "0",
        cameo, cameo[:3], row["root"], s(row.get("quad_class")), s(row.get("goldstein")),
        s(row.get("mentions") or 1), "1", "1", "",
        *([""] * 16), *action_geo,
        coded_at.strftime("%Y%m%d%H%M%S") if coded_at else "", s(row.get("url")),
    ]  # fmt: skip


def export_gdelt(store: EventStore, flt: EventFilter, out: Path) -> int:
    where, params = where_clause(flt)
    table: pa.Table = store.con.sql(
        f"SELECT e.*, d.coded_at FROM (SELECT * FROM events {where}) e "
        "LEFT JOIN (SELECT doc, coded_at FROM documents) d USING (doc) "
        "ORDER BY e.event_day NULLS LAST, e.doc, e.span_start",
        params=params,
    ).to_arrow_table()
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        for row in table.to_pylist():
            handle.write("\t".join(gdelt_row(row, row.get("coded_at"))) + "\n")
            n += 1
    return n
