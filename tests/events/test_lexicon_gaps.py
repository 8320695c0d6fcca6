"""Rows added to close recall gaps: variants beyond each row's own example must be coded,
and modal, negated, domestic and wrong-sense uses of the same words must not be."""

from __future__ import annotations

import pytest


def country(mention) -> str:
    return (mention.country or mention.code) if mention is not None else "-"


# (sentence, expected CAMEO prefix, source, target): phrasings the row examples do not show.
CODED = [
    # borders and entry rules (081 ease / 172 impose administrative sanctions)
    ("Mazedonien hat die Grenze zu Griechenland wieder geöffnet.", "081", "MKD", "GRC"),
    ("Am Donnerstag öffnete Ungarn seine Grenze zu Serbien wieder.", "081", "HUN", "SRB"),
    ("Österreich hat die Grenzkontrollen zu Slowenien aufgehoben.", "081", "AUT", "SVN"),
    ("Die Türkei hat die Einreisebestimmungen für Iraker verschärft.", "172", "TUR", "IRQ"),
    ("Russland verschärfte die Visabestimmungen für Georgier.", "172", "RUS", "GEO"),
    ("Mazedonien hat die Grenze zu Griechenland dichtgemacht.", "172", "MKD", "GRC"),
    # suspending aid or cooperation (16x)
    ("Washington legte die Militärhilfe für Ägypten auf Eis.", "1622", "USA", "EGY"),
    ("Die USA haben die Hilfe für Niger gestoppt.", "162", "USA", "NER"),
    ("Deutschland hat die Zahlungen an Niger eingefroren.", "162", "DEU", "NER"),
    # praise (051)
    ("Macron äußerte sich anerkennend über Deutschland.", "051", "FRA", "DEU"),
    # sending migrants back (174)
    ("Ungarn hat die Flüchtlinge nach Serbien zurückgeschickt.", "174", "HUN", "SRB"),
    ("Mazedonien wies Hunderte Migranten nach Griechenland zurück.", "174", "MKD", "GRC"),
    # extradition and legal assistance (0213 request / 121 refuse)
    ("Die Schweiz hat ein Auslieferungsersuchen an Russland gestellt.", "0213", "CHE", "RUS"),
    ("Deutschland hat Österreich ein Rechtshilfeersuchen übermittelt.", "0213", "DEU", "AUT"),
    ("Großbritannien hat die Auslieferung an die USA abgelehnt.", "121", "GBR", "USA"),
    # money and goods made available (07x)
    ("Japan stellte Indonesien eine Milliarde Dollar zur Verfügung.", "071", "JPN", "IDN"),
    ("Die USA haben der Ukraine weitere Raketen zur Verfügung gestellt.", "072", "USA", "UKR"),
]

# (sentence, CAMEO root that must not be coded)
NOT_CODED = [
    ("Mazedonien könnte seine Grenze zu Griechenland bald wieder öffnen.", "08"),
    ("Mazedonien will die Grenze zu Griechenland nicht öffnen.", "08"),
    ("Deutschland wird die Grenzkontrollen zu Polen wohl nicht aufheben.", "08"),
    ("Die Türkei hat die Visa-Bestimmungen für Iraker nicht verschärft.", "17"),
    ("Die Regierung verschärfte die Regeln für Banken.", "17"),
    ("Die Polizei riegelte die Grenze zum Festivalgelände ab.", "17"),
    ("Die Regierung legte die Rentenreform auf Eis.", "16"),
    ("Die USA wollen die Hilfe für Niger auf Eis legen.", "16"),
    ("Die USA stoppten die Hilfe für Niger nicht.", "16"),
    ("Die Bundesregierung stellte die Ausbildung von Lehrern ein.", "16"),
    ("Frankreich schickte seinen Botschafter nach Moskau zurück.", "17"),
    ("Österreich könnte die Flüchtlinge nach Slowenien zurückschicken.", "17"),
    ("Die Regierung stellte ein Ersuchen an das Parlament.", "02"),
    ("Österreich lehnte die Auslieferung an die USA nicht ab.", "12"),
    ("Die USA gaben drei Millionen Dollar für Werbung in Kanada aus.", "07"),
    ("Der Konzern stellte der Stadt drei Millionen Euro zur Verfügung.", "07"),
]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), CODED)
def test_gap_variant_is_coded(code_text, coder, text, cameo, source, target) -> None:
    assert coder.has_trigger(text), f"the trigger scan misses {text!r}"
    found = [(c.cameo, country(c.source), country(c.target), c.rule) for c in code_text(text)]
    assert any(
        code.startswith(cameo) and (src, tgt) == (source, target) for code, src, tgt, _ in found
    ), found


@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_gap_row_stays_quiet(code_text, text, root) -> None:
    found = [(c.cameo, c.rule) for c in code_text(text) if c.cameo.startswith(root)]
    assert not found, found
