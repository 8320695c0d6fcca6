"""What the modality modules share: the ClauseMood they return, the HISTORICAL modality,
and the phrases of data/modality.tsv (id, kind, phrase) with their look-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyad.events.cues import table_by_kind, token_listed
from dyad.events.tokens import Token

HISTORICAL = "historical"  # took place, but in an earlier period with no date given


@dataclass
class ClauseMood:
    modality: str | None = None  # None = factual; else one of dyad.model.MODALITIES
    intent: bool = False  # announced intent ("will", "plant", "wird ... treffen")
    claim: bool = False  # "soll ... getroffen haben", "angeblich": lower confidence
    why: str = ""


@lru_cache(maxsize=1)
def modality_words() -> dict[str, frozenset[str]]:
    """Phrases of data/modality.tsv by kind; several words are joined by one space."""
    return table_by_kind("modality.tsv", "phrase")


def listed(kind: str, token: Token) -> bool:
    """The token (as written, in lower case or as its lemma) is a phrase of this kind."""
    return token_listed(modality_words()[kind], token)


def phrase_in(kind: str, positions: list[int], tokens: list[Token]) -> str | None:
    """The first phrase of this kind that starts inside `positions` (lower case)."""
    phrases = [p.lower().split() for p in modality_words()[kind]]
    for i in positions:
        for words in phrases:
            found = [t.lower for t in tokens[i : i + len(words)]]
            if found == words:
                return " ".join(words)
    return None


YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:er)?$")  # "2019", "1990er"


def dated(positions: list[int], tokens: list[Token]) -> bool:
    """Do these tokens name a date of their own (a year, a weekday, a month)? Then the
    date resolver gives the event that date, and it need not be held back."""
    return any(YEAR.match(tokens[i].text) or listed("date_word", tokens[i]) for i in positions)
