"""Cue words (data/cues.tsv): one word per row, with an id and a kind."""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import lru_cache

from dyad.events.lexicon import DATA_DIR
from dyad.events.tokens import Token


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    with open(DATA_DIR / "cues.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            table[row["kind"]].add(row["word"].strip())
    return {kind: frozenset(words) for kind, words in table.items()}


def has_cue(kind: str, token: Token) -> bool:
    words = cues()[kind]
    return token.lower in words or token.lemma in words or token.text in words


def is_person_noun(token: Token) -> bool:
    """'Diplomaten', 'Spitzendiplomaten', 'Regierungsvertreter': the head is a person noun."""
    if token.pos != "NN":
        return False
    lemma = token.lemma.lower()
    return any(lemma.endswith(word.lower()) for word in cues()["person_noun"])


def is_seat_noun(token: Token) -> bool:
    return token.pos == "NN" and token.lemma in cues()["seat_noun"]


def is_time_noun(token: Token) -> bool:
    words = cues()["time_noun"]
    return token.lemma in words or token.text in words


def noun_of_kind(kind: str, token: Token) -> bool:
    """The noun (or its compound head) is listed under this cue kind."""
    lemma = token.lemma.lower()
    return any(lemma.endswith(word.lower()) for word in cues()[kind])
