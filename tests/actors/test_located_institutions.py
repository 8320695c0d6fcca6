"""A bare government institution placed by a capital in its clause: 'In Taipeh bedankte
sich das Präsidialamt', 'der Generalstab in Seoul'. All sentences are written for these
tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver

DATE = "2025-12-19"


def codes(resolver: ActorResolver, text: str) -> dict[str, str]:
    return {m.text: m.code for m in resolver.find(text, DATE)}


@pytest.mark.parametrize(
    ("sentence", "institution", "code"),
    [
        ("In Taipeh bedankte sich das Präsidialamt bei Washington.", "Präsidialamt", "TWNGOV"),
        ("In Peking reagierte das Außenministerium gelassen.", "Außenministerium", "CHNGOV"),
        (
            "In Seoul erklärte das Verteidigungsministerium, man beobachte die Lage.",
            "Verteidigungsministerium",
            "KORMIL",
        ),
        ("Auch in Moskau wies die Regierung jede Schuld zurück.", "Regierung", "RUSGOV"),
        ("In der ukrainischen Hauptstadt Kiew protestierte die Regierung.", "Regierung", "UKRGOV"),
        ("In China reagierte das Außenministerium verärgert.", "Außenministerium", "CHNGOV"),
        ("In der Ukraine reagierte die Regierung gelassen.", "Regierung", "UKRGOV"),
        ("In den USA prüfte das Außenministerium den Fall.", "Außenministerium", "USAGOV"),
        (
            "In Berlin bestellte das Außenministerium den Botschafter ein.",
            "Außenministerium",
            "DEUGOV",
        ),
        ("In Ankara sprach der Generalstab von einem Erfolg.", "Generalstab", "TURMIL"),
    ],
)
def test_a_fronted_capital_places_the_institution(
    resolver: ActorResolver, sentence: str, institution: str, code: str
) -> None:
    assert codes(resolver, sentence)[institution] == code


def test_the_placing_is_explained(resolver: ActorResolver) -> None:
    mentions = resolver.find("In Peking reagierte das Außenministerium gelassen.", DATE)
    ministry = next(m for m in mentions if m.text == "Außenministerium")
    assert "'In Peking'" in ministry.how
    assert "located_institutions.tsv:li_aussenministerium" in ministry.how


@pytest.mark.parametrize(
    ("sentence", "institution", "code"),
    [
        ("Das sagte der Generalstab in Seoul.", "Generalstab in Seoul", "KORMIL"),
        ("Das Außenministerium in Peking widersprach.", "Außenministerium in Peking", "CHNGOV"),
        ("Das Präsidialamt in Taipeh dankte.", "Präsidialamt in Taipeh", "TWNGOV"),
    ],
)
def test_a_capital_after_the_institution_places_it(
    resolver: ActorResolver, sentence: str, institution: str, code: str
) -> None:
    assert codes(resolver, sentence)[institution] == code


def test_the_government_in_a_capital_stays_the_capital(resolver: ActorResolver) -> None:
    # the capital alone codes the government; the event coder reads the clause by it
    found = codes(resolver, "Die Regierung in Kiew dementierte den Bericht.")
    assert found == {"Kiew": "UKRGOV"}


def test_an_institution_with_its_own_country_keeps_it(resolver: ActorResolver) -> None:
    found = codes(resolver, "In Peking traf das deutsche Außenministerium Vertreter Chinas.")
    assert found["deutsche Außenministerium"] == "DEUGOV"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Genf erklärte das Außenministerium, man sei besorgt.",  # a city, no capital
        "In Brüssel erklärte die Regierung, man sei besorgt.",  # the EU's seat
        "In Peking und Tokio reagierte die Regierung gelassen.",  # which one?
        "In Peking, so heißt es, reagierte die Regierung gelassen.",  # another clause
        "Der Präsident war in Peking, das Außenministerium schwieg.",  # not fronted
        "Wie in Peking üblich, schwieg das Außenministerium.",  # not the clause's opening
        "Die Regierung in Mailand protestierte.",  # a region's government
        "Die Botschaft in Peking bestellte einen Diplomaten ein.",  # not in the table
        "In der Stadt reagierte die Regierung gelassen.",  # no place named
    ],
)
def test_no_state_from_other_places_or_clauses(resolver: ActorResolver, sentence: str) -> None:
    placed = [m for m in resolver.find(sentence, DATE) if m.kind == "role"]
    assert placed == []


def test_a_spokesman_of_a_placed_ministry_speaks_for_its_state(resolver: ActorResolver) -> None:
    found = codes(resolver, "Ein Sprecher des Außenministeriums in Peking schwieg.")
    assert found == {"Sprecher des Außenministeriums in Peking": "CHNGOV"}


# The dateline's capital lends its state to a minister the tables do not know.


def read(resolver: ActorResolver, text: str) -> dict[str, str]:
    context = resolver.document_context(text, None, DATE)
    lines = text.splitlines()
    return {m.text: m.code for line in lines for m in resolver.find(line, DATE, "de", context)}


@pytest.mark.parametrize(
    ("text", "minister", "code"),
    [
        (
            "Manöver im Meer\n\nManila (dpa) - Die Marine übte.\n"
            "Verteidigungsminister Gilberto Teodoro dankte Japan.",
            "Verteidigungsminister Gilberto Teodoro",
            "PHLMIL",
        ),
        (
            "Seoul (AFP) – Die Regierung protestiert.\n"
            "Vizeaußenminister Pak Min-so bestellte den Botschafter ein.",
            "Vizeaußenminister Pak Min-so",
            "KORGOV",
        ),
        (
            "Streit um Hilfen. Athen – Die Verhandlungen beginnen. Energieminister Nikos Pappas "
            "warnte vor Kürzungen.",
            "Energieminister Nikos Pappas",
            "GRCGOV",
        ),
    ],
)
def test_a_single_capital_dateline_places_an_unlisted_minister(
    resolver: ActorResolver, text: str, minister: str, code: str
) -> None:
    assert read(resolver, text)[minister] == code


def test_the_dateline_is_explained(resolver: ActorResolver) -> None:
    text = "Manila (dpa) - Verteidigungsminister Gilberto Teodoro dankte Japan."
    context = resolver.document_context(text, None, DATE)
    minister = next(m for m in resolver.find(text, DATE, "de", context) if m.kind == "role")
    assert "dateline 'Manila (dpa) -'" in minister.how


@pytest.mark.parametrize(
    "text",
    [
        # two places: whose minister?
        "Tokio/Peking - Streit.\nVizeaußenminister Sun Weidong bestellte den Botschafter ein.",
        # a city that is no capital, an IGO's seat
        "Puebla – Gipfel.\nVizepräsidentin Roxana Baldetti und Außenminister Carlos Raul Morales.",
        "Brüssel (dpa) - Treffen.\nGesundheitsministerin Maggie De Block sprach.",
        # not a minister; a minister with a nationality; a name not written
        "Manila (dpa) - Streit.\nSprecher Jose Reyes schwieg.",
        "Manila (dpa) - Streit.\nDer Verteidigungsminister sprach.",
        # the outlet's own minister on a visit: a party tag, or a home of its own
        "Kiew (dpa) - Besuch.\nEntwicklungsministerin Svenja Schulze (SPD) sagte Hilfe zu.",
        "Kiew (APA) - Besuch.\nSozialministerin Anna Berger (ÖVP) sagte Hilfe zu.",
        "Kiew (APA) - Besuch.\nSozialministerin Anna Berger sagte Hilfe zu. Die APA berichtete.",
    ],
)
def test_no_dateline_state_elsewhere(resolver: ActorResolver, text: str) -> None:
    # the dateline's own place is a mention; no title takes its state
    titled = [name for name in read(resolver, text) if " " in name]
    assert titled == []


def test_a_minister_with_a_nationality_or_a_known_name_keeps_it(resolver: ActorResolver) -> None:
    text = "Seoul (AFP) – Streit.\nDer chinesische Vizeaußenminister Sun Weidong reiste ab."
    assert read(resolver, text)["chinesische Vizeaußenminister Sun Weidong"] == "CHNGOV"
    text = "Seoul (AFP) – Streit.\nAußenminister Wang Yi reiste ab."
    assert read(resolver, text)["Außenminister Wang Yi"] == "CHNGOV"


def test_without_a_document_context_there_is_no_dateline(resolver: ActorResolver) -> None:
    assert codes(resolver, "Verteidigungsminister Gilberto Teodoro dankte Japan.") == {
        "Japan": "JPN"
    }
