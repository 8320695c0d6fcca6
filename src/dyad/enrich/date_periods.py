"""Resolving spans counted from publication: "diese Woche", "vergangene Woche",
"am Wochenende", "im vergangenen Monat", "vor zwei Wochen", "vor drei Jahren".

A span of days becomes the most precise partial ISO date that holds it (see
date_calendar.span_value)."""

from __future__ import annotations

from datetime import date, timedelta

from dyad.enrich.date_calendar import (
    DAY,
    MONTH,
    Published,
    monday_of,
    month_value,
    shift_month,
    span_value,
)
from dyad.enrich.date_resolvers import Result, direction_of, too_coarse
from dyad.enrich.date_rules import Expression, word_value

# Which days of a week "Anfang/Mitte/Ende der Woche" covers (Monday = 0).
WEEK_PART = {"start": (0, 2), "middle": (2, 4), "end": (4, 6), None: (0, 6)}


def _week_days(monday: date, part: str | None) -> tuple[date, date]:
    first, last = WEEK_PART[part]
    return monday + timedelta(days=first), monday + timedelta(days=last)


def relative_period(expr: Expression, pub: Published | None, future: bool) -> Result:
    if "unitrel" in expr.parts:
        unit, offset_text = word_value("unit_relative", expr.parts["unitrel"]).split(":")
        offset = int(offset_text)
    else:
        unit = word_value("unit", expr.parts["unit"])
        offset = direction_of(expr) or 0
    part = word_value("position", expr.parts["pos"]) if "pos" in expr.parts else None
    if unit == "year":
        if pub is None:
            return None, "no publication date to resolve against"
        return f"{pub.year + offset:04d}", f"year {offset:+d} from published {pub.value}"
    if unit == "month":
        if (coarse := too_coarse(pub, MONTH)) is not None:
            return coarse
        assert pub is not None and pub.month is not None
        year, number = shift_month(pub.year, pub.month, offset)
        return month_value(year, number), f"month {offset:+d} from published {pub.value}"
    if (coarse := too_coarse(pub, DAY)) is not None:
        return coarse
    assert pub is not None
    today = pub.as_date()
    if unit == "weekend":
        if "dir" not in expr.parts and "unitrel" not in expr.parts and today.weekday() < 5:
            offset = -1  # "am Wochenende" in a weekday report: the one just past
        first = monday_of(today) + timedelta(days=7 * offset + 5)
        last = first + timedelta(days=1)
    else:
        first, last = _week_days(monday_of(today) + timedelta(days=7 * offset), part)
    if offset == 0 and not future:
        last = max(first, min(last, today))  # a report covers the days up to publication
    monday = monday_of(first)
    how = f"week of {monday.isoformat()} ({first.isoformat()}..{last.isoformat()})"
    return span_value(first, last), f"{how}, {offset:+d} from published {pub.value}"


def ago(expr: Expression, pub: Published | None, future: bool) -> Result:
    raw = expr.parts["num"]
    count = int(raw) if raw.isdigit() else int(word_value("number", raw))
    unit = expr.parts["agounit"].lower()
    if unit.startswith("jahr"):
        if pub is None:
            return None, "no publication date to resolve against"
        return f"{pub.year - count:04d}", f"{count} years before published {pub.value}"
    if unit.startswith("monat"):
        if (coarse := too_coarse(pub, MONTH)) is not None:
            return coarse
        assert pub is not None and pub.month is not None
        year, number = shift_month(pub.year, pub.month, -count)
        return month_value(year, number), f"{count} months before published {pub.value}"
    if (coarse := too_coarse(pub, DAY)) is not None:
        return coarse
    assert pub is not None
    if unit.startswith("tag"):
        day = pub.as_date() - timedelta(days=count)
        return day.isoformat(), f"{count} days before published {pub.value}"
    first = monday_of(pub.as_date() - timedelta(days=7 * count))
    return span_value(first, first + timedelta(days=6)), f"the week {count} weeks before"
