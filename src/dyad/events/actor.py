"""An actor found for a pattern's slot: the mention, how it was found, and what it cost."""

from __future__ import annotations

from dataclasses import dataclass

from dyad.events.chunks import Chunk
from dyad.model import Mention

NOUN_PHRASE_PENALTY = 0.1  # an actor read from inside a noun phrase, not a clause role


@dataclass
class Actor:
    mention: Mention
    how: str  # "subject", "object", "'mit' phrase", ...
    penalty: float = 0.0  # confidence lost on the way (pronouns)
    chunk: Chunk | None = None

    @classmethod
    def all(cls, chunk: Chunk, how: str) -> list[Actor]:
        """One actor per state a chunk names (two for "russisch-chinesisch")."""
        if chunk.joint:
            return [cls(m, how + " (joint)", 0.0, chunk) for m in chunk.participants]
        if chunk.leads:  # "die von Riad geführte Koalition" acts for Saudi-Arabia
            how += f", leading the '{chunk.leads}'"
            return [cls(chunk.head, how, NOUN_PHRASE_PENALTY, chunk)]
        return [cls(chunk.head, how, 0.0, chunk)]

    def derived(self, how: str) -> Actor:
        return Actor(self.mention, how, self.penalty, self.chunk)

    @property
    def key(self) -> tuple:
        return (self.mention.country or self.mention.code, self.mention.name, self.mention.code)


def actors_of(chunks: list[Chunk], how: str) -> list[Actor]:
    return [actor for chunk in chunks for actor in Actor.all(chunk, how)]


def from_noun_phrase(chunks: list[Chunk], how: str) -> list[Actor]:
    """Actors read from inside a noun phrase rather than a clause role: less sure."""
    return [
        Actor(a.mention, a.how, a.penalty + NOUN_PHRASE_PENALTY, a.chunk)
        for a in actors_of(chunks, how)
    ]
