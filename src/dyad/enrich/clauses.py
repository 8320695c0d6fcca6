"""Clause spans within a sentence, shared by the date and place resolvers:
an expression in the trigger's own clause is preferred over a nearer one elsewhere."""

from __future__ import annotations

import re

# Punctuation that ends a clause.
CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]„“”\"«»–—]")


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the clause around `position`."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)), default=0)
    following = CLAUSE_BREAK.search(text, position)
    return start, following.start() if following else len(text)


def gap(start: int, end: int, trigger: tuple[int, int]) -> int:
    """Characters between a span and the trigger; 0 when they overlap."""
    if end <= trigger[0]:
        return trigger[0] - end
    if start >= trigger[1]:
        return start - trigger[1]
    return 0


def rank_by_trigger(text: str, start: int, end: int, trigger: tuple[int, int]) -> tuple[bool, int]:
    """Sort key: spans in the trigger's clause first, then the nearest."""
    clause = clause_bounds(text, trigger[0])
    inside = clause[0] <= start and end <= clause[1]
    return (not inside, gap(start, end, trigger))
