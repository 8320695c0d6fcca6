"""Ambiguous names, placed institutions and datelines on real articles: DER STANDARD
texts of the dev set (10kGNAD rows listed in eval/sources.tsv), read from ../shared at
run time and checked by SHA-1 (the loader is test_document_context_real's)."""

from __future__ import annotations

from tests.actors.test_document_context_real import article, mentions

from dyad.actors import ActorResolver


def test_eastern_congo_is_the_dr_congo(resolver: ActorResolver) -> None:
    # a report from Kampala on refugees from the war in the east: 'des Kongo' is COD
    _, found = mentions(resolver, article(962))
    congo = {code for text, code in found if text.startswith("Kongo")}
    assert congo == {"COD"}


def test_a_capital_dateline_places_an_unlisted_minister(resolver: ActorResolver) -> None:
    # "Sanaa – ...": the foreign minister of the Yemeni government, not in people.tsv
    _, found = mentions(resolver, article(641))
    assert ("Außenminister Abdel-Malek", "YEMGOV") in found


def test_a_ministry_in_a_capital_is_that_state_s(resolver: ActorResolver) -> None:
    # "Wie das Verteidigungsministerium in Kabul mitteilte": the Afghan armed forces' side
    _, found = mentions(resolver, article(8))
    assert ("Verteidigungsministerium in Kabul", "AFGMIL") in found
