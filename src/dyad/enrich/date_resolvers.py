"""Turning one temporal expression into a partial ISO date, given the publication date.

News reports past events, so an undirected expression ("am Montag", "im März")
means the most recent such day or month on or before publication, unless its
clause is in the future tense. Each resolver returns (value, explanation).
"""

from __future__ import annotations

from datetime import date, timedelta

from dyad.enrich.date_calendar import (
    DAY,
    PRECISION_NAMES,
    WEEKDAY_NAMES,
    Published,
    last_day,
    monday_of,
    month_value,
    span_value,
)
from dyad.enrich.date_rules import Expression, word_value

Result = tuple[str | None, str]
SEASON_NAMES = {"3-5": "spring", "6-8": "summer", "9-11": "autumn", "12-2": "winter"}


def direction_of(expr: Expression) -> int | None:
    return int(word_value("direction", expr.parts["dir"])) if "dir" in expr.parts else None


def _relative_year(expr: Expression, pub: Published | None) -> int | None:
    """The year of "im März dieses/vergangenen Jahres"; None when not said so."""
    if "yeardir" not in expr.parts or pub is None:
        return None
    return pub.year + int(word_value("direction", expr.parts["yeardir"]))


def too_coarse(pub: Published | None, needed: int) -> Result | None:
    """The answer when the publication date is too coarse to count from."""
    if pub is None:
        return None, "no publication date to resolve against"
    if pub.precision < needed:
        coarse = PRECISION_NAMES[pub.precision]
        return pub.value, f"publication date known only to the {coarse}: {pub.value}"
    return None


def _month_year(month: int, pub: Published, direction: int | None, future: bool) -> int:
    """The year of the month named without a year, relative to publication."""
    pub_month = pub.month or month  # publication known to the year only: same year
    if direction == 0:
        return pub.year
    if direction == -1:
        return pub.year if month < pub_month else pub.year - 1
    if direction == 1 or future:
        return pub.year if month > pub_month or (month == pub_month and future) else pub.year + 1
    return pub.year if month <= pub_month else pub.year - 1


def _day_year(month: int, day: int, pub: Published, future: bool) -> int:
    """The year of a day and month named without a year: on or before publication
    (on or after in a future clause)."""
    if pub.month is None:
        return pub.year
    # Publication known to the month only: the whole month counts as "published".
    pub_day = pub.day or (1 if future else 31)
    named, published = (month, day), (pub.month, pub_day)
    if future:
        return pub.year if named >= published else pub.year + 1
    return pub.year if named <= published else pub.year - 1


def weekday(expr: Expression, pub: Published | None, future: bool) -> Result:
    if (coarse := too_coarse(pub, DAY)) is not None:
        return coarse
    assert pub is not None
    today = pub.as_date()
    target = int(word_value("weekday", expr.parts["weekday"]))
    direction = direction_of(expr)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    if direction == -1:
        day, rule = today - timedelta(days=back or 7), "before"
    elif direction == 1:
        day, rule = today + timedelta(days=ahead or 7), "after"
    elif direction == 0:
        day, rule = monday_of(today) + timedelta(days=target), "in the week of"
    elif future:
        day, rule = today + timedelta(days=ahead), "on or after (future clause)"
    else:
        day, rule = today - timedelta(days=back), "on or before"
    return day.isoformat(), f"{WEEKDAY_NAMES[target]} {rule} published {pub.value}"


def day_word(expr: Expression, pub: Published | None, future: bool) -> Result:
    if (coarse := too_coarse(pub, DAY)) is not None:
        return coarse
    assert pub is not None
    offset = int(word_value("day_word", expr.parts["word"]))
    day = pub.as_date() + timedelta(days=offset)
    return day.isoformat(), f"{offset:+d} days from published {pub.value}"


def month(expr: Expression, pub: Published | None, future: bool) -> Result:
    number = int(word_value("month", expr.parts["monthname"]))
    where = f" ({expr.parts['pos']} of the month)" if "pos" in expr.parts else ""
    if "year" in expr.parts:
        return month_value(int(expr.parts["year"]), number), f"month and year given{where}"
    if (year := _relative_year(expr, pub)) is not None:
        return month_value(year, number), f"month of the year {year}{where}"
    if pub is None:
        return None, "month without year and no publication date"
    year = _month_year(number, pub, direction_of(expr), future)
    tense = "future clause" if future else "most recent"
    return month_value(year, number), f"{tense} such month relative to published {pub.value}{where}"


def date_(expr: Expression, pub: Published | None, future: bool) -> Result:
    parts = expr.parts
    if "monthname" in parts:
        number = int(word_value("month", parts["monthname"]))
    else:
        number = int(parts["month"])
    if "year" in parts:
        year = int(parts["year"]) + (2000 if len(parts["year"]) == 2 else 0)
        how = "date given"
    elif (relative := _relative_year(expr, pub)) is not None:
        year, how = relative, f"year {relative} from published {pub.value if pub else ''}"
    elif pub is None:
        return None, "day and month without year and no publication date"
    else:
        year = _day_year(number, int(parts["day"]), pub, future)
        how = f"year from published {pub.value}"
    try:
        return date(year, number, int(parts["day"])).isoformat(), how
    except ValueError:
        return None, "not a valid calendar date"


def season(expr: Expression, pub: Published | None, future: bool) -> Result:
    code = word_value("season", expr.parts["season"])
    first_month, last_month = (int(n) for n in code.split("-"))
    if "year" in expr.parts:
        year = int(expr.parts["year"])
    elif (relative := _relative_year(expr, pub)) is not None:
        year = relative
    elif pub is None:
        return None, "season without year and no publication date"
    else:
        year = _month_year(first_month, pub, direction_of(expr), future)
    end_year = year + 1 if last_month < first_month else year
    value = span_value(date(year, first_month, 1), last_day(end_year, last_month))
    return value, f"{SEASON_NAMES[code]} {year}"


def iso_date(expr: Expression, pub: Published | None, future: bool) -> Result:
    written = Published.parse(expr.text)
    if written is None or written.value != expr.text:
        return None, "not a valid calendar date"
    return written.value, "ISO date given"


def year(expr: Expression, pub: Published | None, future: bool) -> Result:
    return expr.parts["year"], "year given"


def year_range(expr: Expression, pub: Published | None, future: bool) -> Result:
    first, last = sorted((expr.parts["y1"], expr.parts["y2"]))
    return f"{first}/{last}", "range of years, written as an ISO 8601 interval"


def decade(expr: Expression, pub: Published | None, future: bool) -> Result:
    start = int(expr.parts["decade"])
    return f"{start}/{start + 9}", "decade, written as an ISO 8601 interval"


def vague(expr: Expression, pub: Published | None, future: bool) -> Result:
    return None, "vague time reference: date unknown"


def present(expr: Expression, pub: Published | None, future: bool) -> Result:
    if pub is None:
        return None, "present tense reference and no publication date"
    return pub.value, "present: the publication date"
