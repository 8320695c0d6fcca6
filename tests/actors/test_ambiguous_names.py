"""Names two states share ('Kongo', 'Korea') are read the way the document fixes them;
names that only look alike stay apart. All texts are written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver

DATE = "2025-06-27"


def read(resolver: ActorResolver, text: str) -> list[tuple[str, str]]:
    """Mentions of every line, read in order with one document context."""
    context = resolver.document_context(text, None, DATE)
    return [
        (m.text, m.code)
        for line in text.splitlines()
        for m in resolver.find(line, DATE, "de", context)
    ]


DRC_TEXTS = [
    "Kongo klagt Ruanda an.\nDie Demokratische Republik Kongo fordert den Abzug der Truppen.",
    "Kongo klagt Ruanda an.\nDie Regierung in Kinshasa fordert den Abzug der Truppen.",
    "Kongo klagt Ruanda an.\nDie DR Kongo fordert den Abzug der Truppen.",
    "Kongo klagt Ruanda an.\nDie Rebellen der M23 halten Goma besetzt.",
    "Kongo klagt Ruanda an.\nPräsident Tshisekedi sprach von Verrat.",
]


@pytest.mark.parametrize("text", DRC_TEXTS)
def test_kongo_in_a_text_about_the_dr_congo(resolver: ActorResolver, text: str) -> None:
    assert read(resolver, text)[0] == ("Kongo", "COD")


def test_kongo_in_a_text_about_the_republic_of_the_congo(resolver: ActorResolver) -> None:
    text = "Kongo wählt einen neuen Präsidenten.\nIn Brazzaville blieb es ruhig."
    assert read(resolver, text)[0] == ("Kongo", "COG")
    text = "Die Republik Kongo wählt.\nKongos Opposition und die kongolesische Regierung streiten."
    found = read(resolver, text)
    assert ("Kongos Opposition", "COGOPP") in found
    assert ("kongolesische Regierung", "COGGOV") in found


def test_kongo_with_no_or_mixed_evidence_keeps_the_default(resolver: ActorResolver) -> None:
    # the default is the state German news means by a bare "Kongo": the DR Congo
    assert read(resolver, "Kongo und Ruanda verhandeln.")[0] == ("Kongo", "COD")
    mixed = "Kongo verhandelt.\nBrazzaville und Kinshasa liegen am selben Fluss."
    assert read(resolver, mixed)[0] == ("Kongo", "COD")


def test_the_adjective_follows_the_document_too(resolver: ActorResolver) -> None:
    text = "Die kongolesische Armee zog ab.\nIn der Hauptstadt Kinshasa wurde gefeiert."
    assert read(resolver, text)[0] == ("kongolesische Armee", "CODMIL")
    assert read(resolver, "Die kongolesische Armee zog ab.")[0] == ("kongolesische Armee", "CODMIL")


def test_the_reading_is_explained(resolver: ActorResolver) -> None:
    text = "Kongo klagt.\nDie Regierung in Kinshasa fordert Hilfe."
    context = resolver.document_context(text, None, DATE)
    mention = resolver.find("Kongo klagt.", DATE, "de", context)[0]
    assert "Kinshasa" in mention.how and "ambiguous_evidence.tsv:ae_cod_places" in mention.how


def test_korea_alone_is_no_state(resolver: ActorResolver) -> None:
    assert read(resolver, "Korea und Japan streiten über die Geschichte.") == [("Japan", "JPN")]
    both = "Korea und Japan streiten.\nNordkorea schweigt, Südkorea protestiert."
    assert ("Korea", "KOR") not in read(resolver, both)
    assert ("Korea", "PRK") not in read(resolver, both)


def test_korea_in_a_text_that_names_one_of_the_two(resolver: ActorResolver) -> None:
    south = "Seoul (dpa) - Korea und Japan wollen enger zusammenarbeiten."
    assert ("Korea", "KOR") in read(resolver, south)
    north = "Korea feuert Raketen ab.\nMachthaber Kim Jong Un sah zu."
    assert read(resolver, north)[0] == ("Korea", "PRK")
    # the plural 'die beiden Koreas' is never one state
    assert read(resolver, "Die beiden Koreas verhandeln in Seoul.") == [("Seoul", "KORGOV")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guinea und Guinea-Bissau verhandeln.", [("Guinea", "GIN"), ("Guinea-Bissau", "GNB")]),
        (
            "Äquatorialguinea grenzt nicht an Guinea.",
            [("Äquatorialguinea", "GNQ"), ("Guinea", "GIN")],
        ),
        ("Der Sudan und der Südsudan streiten.", [("Sudan", "SDN"), ("Südsudan", "SSD")]),
        ("Der Süd-Sudan ist jung.", [("Süd-Sudan", "SSD")]),
        ("Niger und Nigeria liegen nebeneinander.", [("Niger", "NER"), ("Nigeria", "NGA")]),
        ("Die nigrische Junta kritisierte Nigerias Präsidenten.", None),
        ("Irland und Nordirland öffnen die Grenze.", [("Irland", "IRL"), ("Nordirland", "GBR")]),
        ("Nord-Irland wählt.", [("Nord-Irland", "GBR")]),
        (
            "Mazedonien heißt jetzt Nordmazedonien.",
            [("Mazedonien", "MKD"), ("Nordmazedonien", "MKD")],
        ),
    ],
)
def test_names_that_look_alike_stay_apart(
    resolver: ActorResolver, sentence: str, expected: list[tuple[str, str]] | None
) -> None:
    found = [(m.text, m.code) for m in resolver.find(sentence, DATE)]
    if expected is None:
        assert [code[:3] for _, code in found] == ["NER", "NGA"]
    else:
        assert found == expected
