"""A state's institution named through its leader or territory ('Assads Truppen', 'die
Armee von Präsident Assad', 'Regierungstruppen in Syrien'), and the genitive of capitals
used as the state ('Ankaras Protest'). All sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver

DATE = "2016-03-01"


def codes(resolver: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolver.find(text, date=DATE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankaras Protest richtete sich gegen die EU.", ("Ankaras", "TURGOV")),
        ("Pekings Reaktion fiel scharf aus.", ("Pekings", "CHNGOV")),
        ("Man fürchtet Moskaus Drohungen.", ("Moskaus", "RUSGOV")),
        ("Washingtons Verbündete sind besorgt.", ("Washingtons", "USAGOV")),
        ("Kiews Gegenoffensive kommt nur langsam voran.", ("Kiews", "UKRGOV")),
        ("Seouls Regierung bestellte den Botschafter ein.", ("Seouls Regierung", "KORGOV")),
        ("Taipehs Außenministerium wies das zurück.", ("Taipehs Außenministerium", "TWNGOV")),
        ("Teherans Antwort ließ auf sich warten.", ("Teherans", "IRNGOV")),
        ("Russlands Drohungen nehmen zu.", ("Russlands", "RUS")),
    ],
)
def test_genitive_of_a_capital_or_country_is_the_state(
    resolver: ActorResolver, text: str, expected: tuple[str, str]
) -> None:
    assert codes(resolver, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assads Truppen rückten auf die Stadt vor.", ("Assads Truppen", "SYRMIL")),
        ("Putins Regierung wies die Vorwürfe zurück.", ("Putins Regierung", "RUSGOV")),
        (
            "Die Armee von Präsident Assad griff die Vororte an.",
            ("Armee von Präsident Assad", "SYRMIL"),
        ),
        (
            "Regierungstruppen von Präsident Assad eroberten den Ort.",
            ("Regierungstruppen von Präsident Assad", "SYRMIL"),
        ),
        (
            "Truppen des Assad-Regimes beschossen die Stadt.",
            ("Truppen des Assad-Regimes", "SYRMIL"),
        ),
        (
            "Die Regierung von Baschar al-Assad lehnte das ab.",
            ("Regierung von Baschar al-Assad", "SYRGOV"),
        ),
        ("Die Regierung in Syrien lehnte das ab.", ("Regierung in Syrien", "SYRGOV")),
        ("Regierungstruppen in Syrien griffen an.", ("Regierungstruppen in Syrien", "SYRMIL")),
        ("Die Regierungssoldaten in Mali zogen ab.", ("Regierungssoldaten in Mali", "MLIMIL")),
        ("Regierungskräfte in Aleppo griffen an.", ("Regierungskräfte in Aleppo", "SYRMIL")),
        ("Die syrischen Regierungstruppen griffen an.", ("syrischen Regierungstruppen", "SYRMIL")),
        ("Die Armee Myanmars griff Dörfer an.", ("Armee Myanmars", "MMRMIL")),
    ],
)
def test_institution_takes_its_leaders_or_territorys_state(
    resolver: ActorResolver, text: str, expected: tuple[str, str]
) -> None:
    assert expected in codes(resolver, text)


def test_a_person_role_of_a_leader_keeps_its_own_mention(resolver: ActorResolver) -> None:
    # a guest, a spokesman or a counterpart of a leader may be of any country
    assert codes(resolver, "Der Gast von Präsident Xi lobte das Land.") == [
        ("Präsident Xi", "CHNGOV")
    ]
    assert codes(resolver, "Putins Sprecher widersprach.") == [("Putins", "RUSGOV")]


def test_only_government_words_take_the_place_after_them(resolver: ActorResolver) -> None:
    # NATO troops in Afghanistan are not Afghan; negotiators in Geneva are not Swiss
    assert codes(resolver, "Die Truppen in Afghanistan bleiben.") == [("Afghanistan", "AFG")]
    assert codes(resolver, "Die Regierungsvertreter in Genf verhandelten.") == []
    # the government in a city is a region's: only troops take a city's state
    assert ("Mailand", "ITA") in codes(resolver, "Die Regierung in Mailand protestierte.")
