"""The event's date: the temporal expression nearest the trigger, resolved
against the publication date; otherwise inherited or the publication date.

    >>> resolve_event_date("Blinken traf am Sonntag Wang Yi.", "2024-02-26").value
    '2024-02-25'

Rules and limits are described in docs/enrich.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from functools import cache

from dyad.enrich import date_periods as periods
from dyad.enrich import date_resolvers as resolvers
from dyad.enrich.clauses import clause_bounds, rank_by_trigger
from dyad.enrich.date_calendar import DAY, Published
from dyad.enrich.date_resolvers import Result
from dyad.enrich.date_rules import Expression, find_expressions, word_value, words
from dyad.model import DateResolution

INHERITED = "inherited from earlier sentence"
NO_DATE = "no date in sentence; publication date"


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


def _relative_to_previous(
    expr: Expression, previous: DateResolution | None
) -> tuple[str | None, str]:
    """ "am Vortag", "tags darauf", "damals": counted from the earlier sentence's date."""
    offset = int(word_value("anaphoric", expr.parts["phrase"]))
    if previous is None or previous.value is None:
        return None, "refers to an earlier date that is unknown"
    if offset == 0:
        return previous.value, f"the earlier sentence's date {previous.value}"
    earlier = Published.parse(previous.value)
    if earlier is None or earlier.precision < DAY or "/" in previous.value:
        return previous.value, f"the earlier sentence's date {previous.value}, known only roughly"
    day = earlier.as_date() + timedelta(days=offset)
    return day.isoformat(), f"{offset:+d} days from the earlier sentence's date {previous.value}"


PLUPERFECT = "no date in sentence; pluperfect: the event came before the report, date unknown"
_PAST_AUXILIARY = re.compile(r"\b(?:hatte|hatten|hattest|hattet|war|waren|warst|wart)\b")
_CLAUSE_END_PARTICIPLE = re.compile(r"\b[a-zäöüß]\w*(?:t|en)\W*$")


def _pluperfect(text: str, trigger: tuple[int, int]) -> bool:
    """'hatten sich ... geeinigt', 'war ... gereist': the trigger's clause is in the
    past perfect (auxiliary in the past, a lower-case participle closing the clause)."""
    start, end = clause_bounds(text, trigger[0])
    clause = text[start:end]
    return bool(_PAST_AUXILIARY.search(clause) and _CLAUSE_END_PARTICIPLE.search(clause))


def resolve_event_date(
    text: str,
    published: str | None,
    trigger: tuple[int, int] | None = None,
    previous: DateResolution | None = None,
) -> DateResolution:
    """Resolve the date of the event in `text` (one sentence).

    `published` is the document's ISO date, partial allowed; `trigger` the span
    of the event's trigger in the sentence; `previous` the last resolution in
    the same document, inherited when this sentence names no time.
    """
    expr = choose_expression(text, find_expressions(text), trigger)
    if expr is None:
        if _has_value_from_text(previous):
            assert previous is not None
            if previous.how.startswith(INHERITED):
                return DateResolution(previous.value, previous.how)
            return DateResolution(previous.value, f"{INHERITED} ({previous.how})")
        pub = Published.parse(published)
        if pub is None:
            return DateResolution(None, "no date in sentence and no publication date")
        if trigger is not None and _pluperfect(text, trigger):
            return DateResolution(None, PLUPERFECT)
        return DateResolution(pub.value, NO_DATE)
    span = (expr.start, expr.end)
    if expr.kind == "anaphoric":
        value, detail = _relative_to_previous(expr, previous)
        return DateResolution(value, f"'{expr.text}' [{expr.rule}] -> {detail}", span)
    future = expr.kind in ("weekday", "month", "date", "season") and "dir" not in expr.parts
    future = future and _in_future_clause(text, expr)
    value, detail = RESOLVERS[expr.kind](expr, Published.parse(published), future)
    return DateResolution(value, f"'{expr.text}' [{expr.rule}] -> {detail}", span)
