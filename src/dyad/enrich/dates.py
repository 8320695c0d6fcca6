"""The event's date: the temporal expression nearest the trigger, resolved
against the publication date; otherwise inherited or the publication date.

    >>> resolve_event_date("Blinken traf am Sonntag Wang Yi.", "2024-02-26").value
    '2024-02-25'

Rules and limits are described in docs/enrich.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from dyad.enrich import date_periods as periods
from dyad.enrich import date_resolvers as resolvers
from dyad.enrich.clauses import clause_bounds, rank_by_trigger
from dyad.enrich.date_anchored import ANCHORED, weekday_of_week
from dyad.enrich.date_calendar import Published
from dyad.enrich.date_resolvers import Result
from dyad.enrich.date_rules import Expression, find_expressions, words
from dyad.enrich.date_tense import pluperfect
from dyad.model import DateResolution

if TYPE_CHECKING:
    from dyad.enrich.date_frame import DateContext

INHERITED = "inherited from earlier sentence"
NO_DATE = "no date in sentence; publication date"
PRESENT = "no date in sentence; present tense, the report's own time: publication date"
PLUPERFECT = "no date in sentence; pluperfect: the event came before the report, date unknown"


RESOLVERS: dict[str, Callable[[Expression, Published | None, bool], Result]] = {
    "weekday": resolvers.weekday,
    "day_word": resolvers.day_word,
    "month": resolvers.month,
    "date": resolvers.date_,
    "season": resolvers.season,
    "relative_period": periods.relative_period,
    "ago": periods.ago,
    "iso_date": resolvers.iso_date,
    "year": resolvers.year,
    "year_range": resolvers.year_range,
    "decade": resolvers.decade,
    "vague": resolvers.vague,
    "present": resolvers.present,
    "weekday_of_week": weekday_of_week,
}


@cache
def _future_marker() -> re.Pattern[str]:
    forms = sorted(words()["future_marker"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)", re.I)


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:der|die|das|den|dem|des|eine[mnrs]?|ein)\s*$", re.I)


def _attributive_since(text: str, expr: Expression) -> bool:
    return expr.text.lower().startswith("seit") and bool(
        _ARTICLE_BEFORE.search(text[max(0, expr.start - 12) : expr.start])
    )


def choose_expression(
    text: str, expressions: list[Expression], trigger: tuple[int, int] | None
) -> Expression | None:
    """The expression that dates the trigger: same clause first, then nearest.

    Without a trigger the first non-vague expression (or the first) is taken.
    A weekday right next to a full date ("Montag, 3. März") yields to the date.
    """
    # "die seit 2022 unterbrochene Kommunikation": a since-phrase inside a noun phrase
    # dates the state the noun is in, not the event the sentence reports.
    expressions = [e for e in expressions if not _attributive_since(text, e)]
    if not expressions:
        return None
    if trigger is None:
        best = next((e for e in expressions if e.kind != "vague"), expressions[0])
    else:
        best = min(expressions, key=lambda e: rank_by_trigger(text, e.start, e.end, trigger))
    if best.kind == "weekday":
        for other in expressions:
            gap = text[min(best.end, other.end) : max(best.start, other.start)]
            if other.kind == "date" and len(gap) <= 6 and gap.strip(" ,") in ("", "den", "dem"):
                return other
    return best


def _in_future_clause(text: str, expr: Expression) -> bool:
    start, end = clause_bounds(text, expr.start)
    return _future_marker().search(text, start, end) is not None


def _has_value_from_text(previous: DateResolution | None) -> bool:
    if previous is None or previous.value is None:
        return False
    return previous.span is not None or previous.how.startswith(INHERITED)


def _without_expression(
    text: str,
    published: str | None,
    trigger: tuple[int, int] | None,
    previous: DateResolution | None,
    context: DateContext | None,
) -> DateResolution:
    """The sentence names no time: the time the text is at, or publication."""
    in_pluperfect = trigger is not None and pluperfect(text, trigger)
    if context is not None:
        inherited = context.inherited(in_pluperfect)
        if inherited is not None:
            return inherited
    elif _has_value_from_text(previous):  # no context: the last resolution carries on
        assert previous is not None
        if previous.how.startswith(INHERITED):
            return DateResolution(previous.value, previous.how)
        return DateResolution(previous.value, f"{INHERITED} ({previous.how})")
    pub = Published.parse(published)
    if pub is None:
        return DateResolution(None, "no date in sentence and no publication date")
    if in_pluperfect:
        return DateResolution(None, PLUPERFECT)
    if context is not None and context.present:
        return DateResolution(pub.value, PRESENT)
    return DateResolution(pub.value, NO_DATE)


def resolve_event_date(
    text: str,
    published: str | None,
    trigger: tuple[int, int] | None = None,
    previous: DateResolution | None = None,
    context: DateContext | None = None,
) -> DateResolution:
    """Resolve the date of the event in `text` (one sentence).

    `published` is the document's ISO date, partial allowed; `trigger` the span
    of the event's trigger in the sentence. What earlier sentences said about time
    comes from `context` (a `date_frame.DateContext`: the frame of the paragraph,
    the last date named); without one, `previous` (the last resolution in the
    document) is both inherited and counted from.
    """
    expr = choose_expression(text, find_expressions(text), trigger)
    if expr is None:
        return _without_expression(text, published, trigger, previous, context)
    span = (expr.start, expr.end)
    if expr.kind in ANCHORED:
        anchor = context.anchor() if context is not None else previous
        value, detail = ANCHORED[expr.kind](expr, anchor)
        return DateResolution(value, f"'{expr.text}' [{expr.rule}] -> {detail}", span)
    pub = Published.parse(published)
    future = expr.kind in ("weekday", "month", "date", "season") and "dir" not in expr.parts
    future = future and _in_future_clause(text, expr)
    value, detail = RESOLVERS[expr.kind](expr, pub, future)
    return DateResolution(value, f"'{expr.text}' [{expr.rule}] -> {detail}", span)
