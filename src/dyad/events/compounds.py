"""Actors named inside compound nouns: "China-Besuch", "USA-China-Gespräche", "Peking-Reise".

The actor stage reads whole words; a trigger noun's hyphenated parts are looked up
here, only on candidate sentences, through the same ActorResolver.
"""

from __future__ import annotations

from dataclasses import replace

from dyad.events.tokens import Token
from dyad.model import Mention

PART_KINDS = {"country", "metonym", "capital", "adjective"}


def compound_mentions(tokens: list[Token], mentions: list[Mention], date: str | None):
    from dyad.actors import ActorResolver

    found: list[Mention] = []
    covered = [(m.start, m.end) for m in mentions]
    for token in tokens:
        if "-" not in token.text.strip("-") or token.pos != "NN":
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        offset = token.start
        for part in token.text.split("-")[:-1]:
            if len(part) >= 2:
                for hit in ActorResolver.load().find(part, date, "de"):
                    if hit.start == 0 and hit.end == len(part) and _is_state(hit):
                        how = f"'{part}' inside the compound '{token.text}' ({hit.how})"
                        found.append(replace(hit, start=offset, end=offset + len(part), how=how))
            offset += len(part) + 1
    return found


def _is_state(mention: Mention) -> bool:
    return not mention.informant and (mention.kind in PART_KINDS or mention.code.isalpha())
