"""A capital's genitive after a noun: after act and speech nouns it is the government
that acts ("der Protest Pekings"); after other nouns it is the city or part of another
name and names no actor. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver

DATE = "2024-05-01"


def codes(resolver: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolver.find(text, DATE)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Protest Pekings richtete sich gegen Japan.", ("Pekings", "CHNGOV")),
        ("Die Drohungen Moskaus nahm niemand ernst.", ("Moskaus", "RUSGOV")),
        ("Die Kritik Ankaras fiel ungewöhnlich scharf aus.", ("Ankaras", "TURGOV")),
        ("Die Reaktion Washingtons ließ auf sich warten.", ("Washingtons", "USAGOV")),
        ("Die Sanktionen Brüssels treffen vor allem Banken.", ("Brüssels", "IGOEUREEC")),
        ("Man wartet auf die Antwort Teherans.", ("Teherans", "IRNGOV")),
        ("Das Veto Budapests blockierte den Beschluss.", ("Budapests", "HUNGOV")),
        ("Die Verbündeten Moskaus schwiegen.", ("Moskaus", "RUSGOV")),
    ],
)
def test_capital_genitive_after_act_noun_is_the_government(
    resolver: ActorResolver, sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in codes(resolver, sentence)


def test_the_genitive_explains_the_noun(resolver: ActorResolver) -> None:
    mention = resolver.find("Die Warnung Kiews kam spät.", DATE)[0]
    assert mention.code == "UKRGOV"
    assert "act_nouns.tsv:an_warnung" in mention.how


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Straßen Pekings waren am Feiertag leer.",
        "Die Fans Londons feierten bis in die Nacht.",
        "Die Belagerung Kiews begann im Februar.",
        "Die Museen Roms sind am Montag geschlossen.",
    ],
)
def test_capital_genitive_after_other_nouns_names_no_government(
    resolver: ActorResolver, sentence: str
) -> None:
    assert not [code for _, code in codes(resolver, sentence) if code.endswith("GOV")]


def test_residents_and_mayor_keep_their_roles(resolver: ActorResolver) -> None:
    assert codes(resolver, "Die Einwohner Moskaus froren.") == [("Einwohner Moskaus", "RUSCVL")]
    # subnational officials are coded GOV of their country (roles.tsv:r_gouverneur)
    assert codes(resolver, "Der Bürgermeister Londons lobte die Polizei.")[0] == (
        "Bürgermeister Londons",
        "GBRGOV",
    )


def test_genitive_before_the_noun_still_works(resolver: ActorResolver) -> None:
    assert ("Pekings", "CHNGOV") in codes(resolver, "Pekings Protest kam prompt.")
