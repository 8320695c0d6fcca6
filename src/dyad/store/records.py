"""Between the event record (the JSONL contract) and a flat store row."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

_ACTOR_FIELDS = ("code", "country", "sector", "name", "text")


def first_day(iso: str | None) -> date | None:
    """'2024-02' -> 2024-02-01; '2024' -> 2024-01-01; an interval '2021/2023' -> its
    start, 2021-01-01; None or junk -> None."""
    if not iso:
        return None
    parts = iso.split("/")[0][:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def record_to_row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        key: record.get(key)
        for key in (
            "id", "doc", "url", "outlet", "published", "event_date", "language", "cameo",
            "root", "cameo_name", "plover", "goldstein", "quad_class", "sentence", "rule",
            "confidence", "modality", "mentions",
        )
    }  # fmt: skip
    row["event_day"] = first_day(record.get("event_date")) or first_day(record.get("published"))
    for side in ("source", "target"):
        actor = record.get(side) or {}
        for key in _ACTOR_FIELDS:
            row[f"{side}_{key}"] = actor.get(key)
    row["span_start"], row["span_end"] = record["span"]
    location = record.get("location") or {}
    row["location_name"] = location.get("name")
    row["location_country"] = location.get("country")
    row["location_lat"] = location.get("lat")
    row["location_lon"] = location.get("lon")
    row["explanation"] = json.dumps(record.get("explanation") or {}, ensure_ascii=False)
    return row


def _actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    if row.get(f"{side}_code") is None:
        return None
    return {key: row.get(f"{side}_{key}") for key in _ACTOR_FIELDS}


def row_to_record(row: dict[str, Any], with_explanation: bool = False) -> dict[str, Any]:
    """A store row back to the contract's record shape."""
    location = None
    if row.get("location_name"):
        location = {
            "name": row["location_name"],
            "country": row.get("location_country"),
            "lat": row.get("location_lat"),
            "lon": row.get("location_lon"),
        }
    record = {
        "id": row["id"],
        "doc": row["doc"],
        "url": row.get("url"),
        "outlet": row.get("outlet"),
        "published": row.get("published"),
        "event_date": row.get("event_date"),
        "language": row.get("language"),
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": row["cameo"],
        "root": row["root"],
        "plover": row.get("plover"),
        "goldstein": row.get("goldstein"),
        "quad_class": row.get("quad_class"),
        "sentence": row.get("sentence"),
        "span": [row.get("span_start"), row.get("span_end")],
        "rule": row.get("rule"),
        "confidence": row.get("confidence"),
        "location": location,
        "modality": row.get("modality"),
        "cameo_name": row.get("cameo_name"),
        "mentions": row.get("mentions"),
    }
    if with_explanation:
        record["explanation"] = json.loads(row.get("explanation") or "{}")
    return record
