"""Co-subjects: 'Gemeinsam mit Macron und Tusk traf Merz in Kiew Selenskyj'.

A 'mit' phrase opened by 'gemeinsam' or 'zusammen' (data/cues.tsv kind
companion_adverb) names actors who do what the subject does: each of them meets,
visits, criticises the target as the subject does. Not when the 'mit' phrase is
the event's own partner ('Gemeinsam mit Japan hielten die Philippinen ein Manöver
ab': the row's target slot is 'prep:mit'), and only when the event has a target
of another state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyad.events.actor import Actor
from dyad.events.chunks import Chunk, preposition_index
from dyad.events.cues import cues

if TYPE_CHECKING:
    from dyad.events.coder import Match, SentenceContext

COMPANION_PENALTY = 0.1  # read from an adverbial phrase, not from the subject itself


def companions(
    match: Match, context: SentenceContext, sources: list[Actor], targets: list[Actor]
) -> list[Actor]:
    """The actors of the clause's 'gemeinsam mit' phrase (with those coordinated with
    it), other than the sources and targets and their states."""
    tokens = context.tokens
    chunks = match.clause.chunks
    heads = [c for c in chunks if c.prep == "mit" and _opened_by_companion(c, context)]
    if not heads:
        return []
    group: list[Chunk] = []
    for head in heads[:1]:
        group.append(head)
        group += [c for c in chunks if _coordinated_with(c, head, context.chunks)]
    taken = {_side(a) for a in sources + targets}
    found: list[Actor] = []
    for chunk in group:
        for mention in chunk.participants:
            side = mention.country or mention.code
            if side in taken or mention.kind in ("place", "demonym") or mention.informant:
                continue
            taken.add(side)
            word = tokens[preposition_index(tokens, heads[0]) - 1].text
            how = f"'{word} mit' phrase: acts with the subject"
            found.append(Actor(mention, how, COMPANION_PENALTY, chunk))
    return found


def _opened_by_companion(chunk: Chunk, context: SentenceContext) -> bool:
    tokens = context.tokens
    position = preposition_index(tokens, chunk)
    if position is None or position == 0:
        return False
    return tokens[position - 1].lower in cues()["companion_adverb"]


def _coordinated_with(chunk: Chunk, head: Chunk, chunks: list[Chunk]) -> bool:
    """Is the chunk a later conjunct of the head ('mit X, Y und Z')? `chunks` are all
    the sentence's chunks, indexed by Chunk.index."""
    steps = 0
    while chunk.coordinated_with is not None and steps < len(chunks):
        if chunk.coordinated_with == head.index:
            return True
        chunk = chunks[chunk.coordinated_with]
        steps += 1
    return False


def _side(actor: Actor) -> str:
    return actor.mention.country or actor.mention.code
