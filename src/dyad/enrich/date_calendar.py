"""Calendar arithmetic for date resolution: partial publication dates, weeks,
and turning a span of days into the most precise partial ISO date that holds it."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
YEAR, MONTH, DAY = 1, 2, 3  # precisions
PRECISION_NAMES = {YEAR: "year", MONTH: "month", DAY: "day"}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Published:
    """A publication date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Published | None:
        """'2024-02-26', '2024-02-26T08:45:00', '2017-07' or '2024'; None if unreadable."""
        match = PUBLISHED.match(text or "")
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            return cls(year)
        if day is not None and month is not None:
            try:
                date(year, month, day)
            except ValueError:
                return cls(year, month)
        return cls(year, month, day)

    @property
    def precision(self) -> int:
        return DAY if self.day else MONTH if self.month else YEAR

    @property
    def value(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def span_value(first: date, last: date) -> str:
    """The most precise partial ISO date holding every day from first to last.

    One day -> '2024-02-22'; within one month -> '2024-02'; within one year ->
    '2024'; across years -> an ISO 8601 interval '2024-12-30/2025-01-05'.
    """
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month)
    if first.year == last.year:
        return f"{first.year:04d}"
    return f"{first.isoformat()}/{last.isoformat()}"
