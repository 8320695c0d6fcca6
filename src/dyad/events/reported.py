"""Who a demand or an accusation is aimed at when its verb names no object: the subject
of the clause it governs.

    "Pjöngjang müsse derartige Handlungen einstellen, forderte das Präsidialamt."
    "Washington verletze damit das Völkerrecht, warf Petro vor."

A demand takes the subject of a governed 'dass' clause or of a reported clause whose
finite verb is a modal of obligation ('müsse', 'solle', 'möge': data/cues.tsv kind
obligation_modal); an accusation or criticism (111, 112; not a regret, 110) takes the
subject of any governed clause; a threat (13) the one who would suffer the reported
act (its subject, else its object or 'gegen'/'auf' phrase, of another side). Only
actors named in the sentence count (not 'man', not a pronoun), and never the
speaker's own side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyad.events.actor import Actor, actors_of
from dyad.events.cues import cues

if TYPE_CHECKING:
    from dyad.events.clauses import Clause
    from dyad.events.coder import Match, SentenceContext

DEMAND_ROOT = "10"
THREAT_ROOT = "13"
ACCUSATION_ROOTS = ("111", "112")  # criticise, accuse; not a regret (110)


def governed_clauses(match: Match, context: SentenceContext) -> list[Clause]:
    """The clauses the match's verb governs: 'dass' clauses and reported V2 clauses
    hanging on it, the main clause in front of a clause that opens with its finite verb
    ('…, kritisierte ein Sprecher'), or the unlinked main clause right behind it."""
    clause, clauses, tokens = match.clause, context.clauses, context.tokens
    governed = [
        c
        for c in clauses
        if c.parent == clause.index and c.kind in ("sub", "main") and c.opener in ("dass", "")
    ]
    first = tokens[clause.tokens[0]] if clause.tokens else None
    if not governed and clause.index > 0 and first is not None and first.is_finite:
        previous = clauses[clause.index - 1]  # "…, kritisierte ein Sprecher"
        if previous.kind == "main" and previous.parent in (None, clause.index):
            governed = [previous]
    following = clauses[clause.index + 1] if clause.index + 1 < len(clauses) else None
    if not governed and following is not None and following.kind == "main":
        if following.parent is None and not following.coordinated:
            governed = [following]  # "X warnte, die Befürworter … würden …"
    return governed


def addressee_of_report(
    match: Match, context: SentenceContext, sources: list[Actor]
) -> list[Actor]:
    """The target of a demand or accusation without an object (see the module doc)."""
    cameo = match.pattern.cameo
    demand = cameo.startswith(DEMAND_ROOT)
    if match.pattern.kind == "noun":
        return []
    own = {a.mention.country or a.mention.code for a in sources}
    if cameo.startswith(THREAT_ROOT):
        return _threatened(match, context, own)
    if not (demand or cameo.startswith(ACCUSATION_ROOTS)):
        return []
    tokens = context.tokens
    for child in governed_clauses(match, context):
        if demand and child.opener != "dass":
            finite = child.finite(tokens)
            if finite is None or finite.lower not in cues()["obligation_modal"]:
                continue
        subjects = [a for a in context.subjects(child) if a.chunk is not None]
        subjects = [a for a in subjects if (a.mention.country or a.mention.code) not in own]
        if subjects:
            what = "demand" if demand else "accusation"
            how = f"subject of the clause the {what} reports"
            return [a.derived(how) for a in subjects]
    return []


def _threatened(match: Match, context: SentenceContext, own: set[str]) -> list[Actor]:
    """'Andernfalls würden die Sanktionen gegen Moskau verschärft, drohte der Kanzler':
    a threat is aimed at who would suffer the act it reports: the governed clause's
    subject of another side, else its object or 'gegen'/'auf' phrase of another side."""
    for child in governed_clauses(match, context):
        named = [a for a in context.subjects(child) if a.chunk is not None]
        named += actors_of(
            [c for c in child.chunks if c.is_core or (c.prep in THREAT_PREPOSITIONS)],
            "in the clause the threat reports",
        )
        foreign = [a for a in named if (a.mention.country or a.mention.code) not in own]
        if foreign:
            how = "who would suffer the act the threat reports"
            return [foreign[0].derived(how)]
    return []


THREAT_PREPOSITIONS = ("gegen", "auf")
