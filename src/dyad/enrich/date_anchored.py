"""Date phrases counted from another date than publication: from the last date the
text named ("am Vortag", "am selben Tag", "tags darauf", "damals", "zwei Tage
später", "am darauffolgenden Donnerstag"), or from a week named relative to
publication ("am Mittwoch vergangener Woche"). Each returns (value, explanation)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dyad.enrich.date_calendar import DAY, WEEKDAY_NAMES, Published, monday_of
from dyad.enrich.date_resolvers import Result, too_coarse
from dyad.enrich.date_rules import Expression, word_value
from dyad.model import DateResolution

Anchored = Callable[[Expression, DateResolution | None], Result]


def _anchor_day(previous: DateResolution | None) -> tuple[date | None, str]:
    """The earlier date as a day, or why it cannot be counted from."""
    if previous is None or previous.value is None:
        return None, "refers to an earlier date that is unknown"
    earlier = Published.parse(previous.value)
    if earlier is None or earlier.precision < DAY or "/" in previous.value:
        return None, f"the earlier date {previous.value} is not a day"
    return earlier.as_date(), ""


def same_or_days_from(expr: Expression, previous: DateResolution | None) -> Result:
    """ "am Vortag", "am selben Tag", "tags darauf", "damals": the earlier date, moved
    by the phrase's days (a rough earlier date is kept as it is)."""
    offset = int(word_value("anaphoric", expr.parts["phrase"]))
    if previous is None or previous.value is None:
        return None, "refers to an earlier date that is unknown"
    if offset == 0:
        return previous.value, f"the earlier date {previous.value}"
    anchor, _ = _anchor_day(previous)
    if anchor is None:
        return previous.value, f"the earlier date {previous.value}, known only roughly"
    day = anchor + timedelta(days=offset)
    return day.isoformat(), f"{offset:+d} days from the earlier date {previous.value}"


def weekday_after(expr: Expression, previous: DateResolution | None) -> Result:
    """ "am darauffolgenden Donnerstag": the first such weekday after the earlier date."""
    anchor, why = _anchor_day(previous)
    if anchor is None or previous is None:
        return None, why
    target = int(word_value("weekday", expr.parts["weekday"]))
    day = anchor + timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    return day.isoformat(), f"first {WEEKDAY_NAMES[target]} after the earlier date {previous.value}"


LATER = ("später", "danach", "darauf")  # "zuvor", "vorher", "davor", "früher" count back


def days_later(expr: Expression, previous: DateResolution | None) -> Result:
    """ "zwei Tage später", "eine Woche zuvor": days counted from the earlier date."""
    anchor, why = _anchor_day(previous)
    if anchor is None or previous is None:
        return None, why
    number = expr.parts["num"]
    count = int(number) if number.isdigit() else int(word_value("number", number))
    sign = 1 if expr.parts["rel"].lower() in LATER else -1
    days = sign * count * (7 if expr.parts["laterunit"].lower().startswith("woche") else 1)
    day = anchor + timedelta(days=days)
    return day.isoformat(), f"{days:+d} days from the earlier date {previous.value}"


ANCHORED: dict[str, Anchored] = {
    "anaphoric": same_or_days_from,
    "weekday_after": weekday_after,
    "later": days_later,
}


def weekday_of_week(expr: Expression, pub: Published | None, future: bool) -> Result:
    """ "am Mittwoch vergangener Woche": that weekday in the week before (after, this)."""
    if (coarse := too_coarse(pub, DAY)) is not None:
        return coarse
    assert pub is not None
    target = int(word_value("weekday", expr.parts["weekday"]))
    weeks = int(word_value("direction", expr.parts["weekdir"]))
    day = monday_of(pub.as_date()) + timedelta(days=7 * weeks + target)
    return day.isoformat(), f"{WEEKDAY_NAMES[target]} of the week {weeks:+d} from {pub.value}"
