"""Cue words (data/cues.tsv): one word per row, with an id and a kind."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache

from dyad.events.lexicon import DATA_DIR
from dyad.events.tokens import Token


def table_by_kind(file_name: str, column: str) -> dict[str, frozenset[str]]:
    """The entries of one column of a data TSV (data/cues.tsv, data/modality.tsv), grouped
    by the file's 'kind' column, each entry stripped of surrounding spaces."""
    table: dict[str, set[str]] = defaultdict(set)
    with open(DATA_DIR / file_name, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            table[row["kind"]].add(row[column].strip())
    return {kind: frozenset(words) for kind, words in table.items()}


def token_listed(words: frozenset[str], token: Token) -> bool:
    """The token is listed as written, in lower case or as its lemma."""
    return token.lower in words or token.lemma in words or token.text in words


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    return table_by_kind("cues.tsv", "word")


def has_cue(kind: str, token: Token) -> bool:
    return token_listed(cues()[kind], token)


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


SCORE_PART = re.compile(r"^\d$")  # football and hockey scores; "14:30", "13:2 Stimmen" are not


def is_sports_report(tokens: list[Token]) -> bool:
    """A sentence about a match ('Spanien empfängt Italien im Viertelfinale', 'Japan schlug
    China 2:1'): its states are teams, so it reports no event between them."""
    words = cues()["match_noun"]
    for i, token in enumerate(tokens):
        last_part = token.text.rsplit("-", 1)[-1]  # "WM-Finale"
        if token.text in words or token.lemma in words or last_part in words:
            return True
        if _is_score(tokens[i : i + 4]):
            return True
    return False


def _is_score(window: list[Token]) -> bool:
    """'2 : 1' (the tokenizer splits at the colon), but not '9 : 30 Uhr' or '7 : 2 Stimmen'."""
    texts = [t.text for t in window] + ["", "", "", ""]
    return (
        bool(SCORE_PART.match(texts[0]) and SCORE_PART.match(texts[2]))
        and texts[1] == ":"
        and texts[3].lower() not in ("uhr", "stimmen")
    )
