"""Is an event told in the pluperfect? ("hatten sich ... geeinigt", "war ... gereist")
Such an event came before the time the text is at, so it neither takes that time
nor moves it (see date_frame)."""

from __future__ import annotations

import re
from functools import cache

from dyad.enrich.date_rules import words

_PAST_AUXILIARY = re.compile(r"\b(?:hatte|hatten|hattest|hattet|war|waren|warst|wart)\b")
# The finite auxiliaries of the tenses built with a participle; the nearest one before
# the trigger tells the tense when a list or an aside splits the clause.
_AUXILIARY = re.compile(
    r"\b(?:hatte|hatten|war|waren|hat|haben|ist|sind|habe|sei|seien|wurde|wurden|wird|werden)\b"
)
_PARTICIPLE_AT_END = re.compile(r"\b([a-zäöüß]\w{2,}(?:t|en))\W*$")
# Clause-final words that look like participles but are not.
_NOT_PARTICIPLES = {"nicht", "jetzt", "bereits", "selbst", "erst", "zuletzt", "meist", "längst"}
# Quotation marks do not end a clause here ('mit „schockierenden“ Konsequenzen gedroht').
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]–—]")
# A comma before a subordinator or relative pronoun opens a new clause.
_CLAUSE_OPENER = re.compile(
    r",\s*(?:dass|weil|nachdem|als|wenn|ob|während|bevor|seit|die|der|das|den|dem|deren|dessen)\b"
)


def _clause(text: str, position: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)), default=0)
    following = _CLAUSE_BREAK.search(text, position)
    return start, following.start() if following else len(text)


def _ends_in_participle(clause: str) -> bool:
    match = _PARTICIPLE_AT_END.search(clause)
    return match is not None and match.group(1) not in _NOT_PARTICIPLES


def pluperfect(text: str, span: tuple[int, int]) -> bool:
    """The clause around `span` is in the past perfect: a past auxiliary and a
    lower-case participle closing the clause. 'hatten sich USA, Russland, China ...
    mit dem Iran geeinigt': a list's commas split the clause, so the nearest auxiliary
    before it counts, if only a list (no clause opener) lies between."""
    start, end = _clause(text, span[0])
    clause = text[start:end]
    if not _ends_in_participle(clause):
        return False
    if _PAST_AUXILIARY.search(clause):
        return True
    auxiliaries = list(_AUXILIARY.finditer(text, 0, start))
    if not auxiliaries or _AUXILIARY.search(clause):
        return False
    nearest = auxiliaries[-1]
    between = text[nearest.end() : start]
    return _PAST_AUXILIARY.fullmatch(nearest.group(0)) is not None and not (
        _CLAUSE_OPENER.search(between) or re.search(r"[;:()–—]", between)
    )


def opens_in_pluperfect(text: str) -> bool:
    """The sentence's first finite auxiliary is a past one of a pluperfect clause
    ('Zuvor hatte X ... gedroht.', 'X war am Mittwoch nach Y gereist.')."""
    first = _AUXILIARY.search(text)
    return first is not None and pluperfect(text, (first.start(), first.end()))


# A weak preterite ('sagte', 'kritisierten'); superlatives and ordinals ('letzte',
# 'ersten') are no verbs, but a wrong reading here only keeps the frame.
_WEAK_PRETERITE = re.compile(r"\b[a-zäöüß]{2,}[^s\W]ten?\b")
_PRETERITE_MODAL = re.compile(
    r"\b(?:wurden?|konnten?|mussten?|sollten?|wollten?|durften?|gab|galt|blieb|stand|lag|ging)\b"
)


_PERFECT_AUXILIARIES = {"hat", "haben", "ist", "sind"}


@cache
def _present_forms() -> re.Pattern[str]:
    forms = sorted(words()["present_finite"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")


def reporting_present(text: str) -> bool:
    """'Der Orbiter ist 8,90 Meter lang.', 'Das Treffen gilt als Erfolg.': a sentence
    in the present with no past form at all; 'hat … beschlossen' (the perfect) tells
    the past. Such a sentence leaves the told time and returns to the report's."""
    if _PAST_AUXILIARY.search(text) or _PRETERITE_MODAL.search(text):
        return False
    if _WEAK_PRETERITE.search(text):
        return False
    for form in _present_forms().finditer(text):
        if form.group(0) not in _PERFECT_AUXILIARIES:
            return True
        start, end = _clause(text, form.start())
        coordinated = re.search(r"\s(?:und|oder|aber)\s", text[form.end() : end])
        if coordinated:  # 'ist neun Meter lang und kann …': the first conjunct
            end = form.end() + coordinated.start()
        if not _ends_in_participle(text[start:end]):
            return True
    return False
