"""Foreign cities, regions, islands and disputed territories as mentions of their state
(kind "place"), and the inflected demonyms. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver
from dyad.actors.lexicon import read_tsv, split_forms


def places(resolver: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolver.find(text, date="2023-03-01") if m.kind == "place"]


def readings(resolver: ActorResolver, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.kind) for m in resolver.find(text, date="2023-03-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland griff in der Nacht Charkiw mit Drohnen an.", [("Charkiw", "UKR")]),
        ("Die Luftangriffe auf Aleppo gingen weiter.", [("Aleppo", "SYR")]),
        ("Die Belagerung Mariupols dauerte Wochen.", [("Mariupols", "UKR")]),
        ("Separatisten in Donezk und Luhansk", [("Donezk", "UKR"), ("Luhansk", "UKR")]),
        ("Die Rebellenhochburg Idlib wurde bombardiert.", [("Idlib", "SYR")]),
        ("Der Kanzler besuchte Lesbos.", [("Lesbos", "GRC")]),
        ("Die Annexion der Krim verurteilte die EU scharf.", [("Krim", "UKR")]),
        ("Kämpfe in der Ostukraine und im Nordirak", [("Ostukraine", "UKR"), ("Nordirak", "IRQ")]),
        ("Truppen rückten in die Ost-Ukraine vor.", [("Ost-Ukraine", "UKR")]),
        ("Israel hält die Golanhöhen besetzt.", [("Golanhöhen", "SYR")]),
        ("Aserbaidschan griff Bergkarabach an.", [("Bergkarabach", "AZE")]),
        ("Moskau stationiert Soldaten in Transnistrien.", [("Transnistrien", "MDA")]),
        (
            "Russland erkannte Abchasien und Südossetien an.",
            [("Abchasien", "GEO"), ("Südossetien", "GEO")],
        ),
        ("Die Proteste in Tibet und Xinjiang", [("Tibet", "CHN"), ("Xinjiang", "CHN")]),
        ("Ein Schiff erreichte Lampedusa.", [("Lampedusa", "ITA")]),
        ("Die Gräueltaten von Butscha", [("Butscha", "UKR")]),
        ("Die Regierung in Mailand? Nein, Rom.", [("Mailand", "ITA")]),
        ("Frankreich schickte Polizisten nach Marseille.", [("Marseille", "FRA")]),
        ("In Sankt Petersburg tagte das Forum.", [("Sankt Petersburg", "RUS")]),
    ],
)
def test_places_resolve_to_their_state(resolver: ActorResolver, text: str, expected) -> None:
    assert places(resolver, text) == expected


def test_place_mention_fields_and_explanation(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Russland griff Charkiw an.", date="2023-03-01")[1:]
    assert (mention.code, mention.country, mention.sector, mention.kind) == (
        "UKR",
        "UKR",
        None,
        "place",
    )
    assert mention.entry == "places_cities.tsv:gn-706483"
    assert mention.how.startswith("'Charkiw' = place: city in UKR (GeoNames 706483, population ")
    (krim,) = resolver.find("die Krim", date=None)
    assert krim.entry == "regions.tsv:r_krim" and "disputed in UKR" in krim.how


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiew meldete Angriffe.", ("Kiew", "UKRGOV", "metonym")),
        ("Peking protestierte.", ("Peking", "CHNGOV", "metonym")),
        ("Damaskus dementierte.", ("Damaskus", "SYRGOV", "metonym")),
        ("Nordkorea feuerte Raketen ab.", ("Nordkorea", "PRK", "country")),
        ("Südafrika stimmte zu.", ("Südafrika", "ZAF", "country")),
        ("Hongkong verschärfte die Gesetze.", ("Hongkong", "HKG", "country")),
        ("Das Kosovo erklärte sich unabhängig.", ("Kosovo", "XKX", "country")),
    ],
)
def test_capitals_and_states_keep_their_reading(resolver: ActorResolver, text, expected) -> None:
    assert readings(resolver, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # domestic cities of the outlets' countries are where things happen
        "Borussia Dortmund gewann in Graz und Zürich.",
        "In München und Hamburg demonstrierten Tausende.",
        "Die Runde tagte in Süddeutschland und in der Ostschweiz.",
        # words, names and clubs that are also foreign city names
        "Nach dem Essen gingen sie zum Kanton.",
        "Victoria Beckham und Michael Jackson sangen.",
        "Der Preis für Brent stieg, Corona ging zurück.",
        "Das Derby endete unentschieden.",
        "Galatasaray Istanbul schlug Inter Mailand.",
        "Die Chicago Bulls schlugen die Toronto Raptors, Manchester United verlor.",
        "Toyota baut in Bristol Cars; Pisa-Studie und Brent-Preis.",
        "Sie lernt Java und fliegt nach Nord- und Südamerika.",
        # ethnic groups and a region spanning four states are no state
        "Kurden, Tschetschenen und Uiguren protestierten für Kurdistan.",
    ],
)
def test_collisions_do_not_resolve_to_places(resolver: ActorResolver, text: str) -> None:
    assert places(resolver, text) == []
    assert [m for m in resolver.find(text, date="2023-03-01") if m.kind == "demonym"] == []


def test_a_place_never_hides_a_known_person(resolver: ActorResolver) -> None:
    # 'Golan' alone is a surname (regions.tsv lists only 'Golanhöhen'); a surname of
    # people.tsv keeps its person reading even if a city is so named.
    assert places(resolver, "Der General Golan nahm ihn in Schutz.") == []
    lexicon, people = resolver.lexicon, resolver.people
    # no word of a listed person's name is a place ('Santos', 'Jaroslaw', 'Moreno')
    name_words = {
        word
        for row in read_tsv("people.tsv")
        for name in [row["name"], *split_forms(row["variants"])]
        for word in name.replace("-", " ").split()
    }
    place_forms = {f for f, readings in lexicon.forms.items() if readings[0].kind == "place"}
    assert place_forms & name_words == set()
    # nor its genitive: 'Bush' and 'Bushs' are not the Egyptian town Būsh
    assert [m.kind for m in resolver.find("Bushs Politik", date="2005-01-01")] == ["person"]
    shadowed = [
        s for s in people.surnames if any(e.kind == "place" for e in lexicon.forms.get(s, []))
    ]
    assert shadowed == []


def test_disputed_territories_carry_a_reason() -> None:
    for row in read_tsv("regions.tsv"):
        assert row["id"].startswith("r_") and row["source"], row
        if row["kind"] == "disputed":
            assert len(row["note"]) > 20 and len(row["country"]) == 3, row


def test_stoplist_rows_are_reviewable() -> None:
    rows = read_tsv("place_stoplist.tsv")
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["reason"] and r["origin"] in ("hand", "keep", "auto") for r in rows)
    cities = {f for r in read_tsv("places_cities.tsv") for f in split_forms(r["forms"])}
    stopped = {f for r in rows if r["origin"] != "keep" for f in split_forms(r["form"])}
    assert not cities & stopped
    assert {"Kanton", "Bergen", "Victoria", "Corona", "Jackson"} <= stopped


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("die Georgier", "GEO"),
        ("mit den Ukrainern", "UKR"),
        ("der Palästinenser", "PSE"),
        ("die Israelis", "ISR"),
        ("die Taiwaner", "TWN"),
        ("des Ukrainers", "UKR"),
        ("den Mazedoniern", "MKD"),
        ("die Syrerinnen", "SYR"),
        ("Russinnen", "RUS"),
        ("die Jemeniten", "YEM"),
    ],
)
def test_demonyms_in_their_inflected_forms(resolver: ActorResolver, text: str, code: str) -> None:
    mentions = resolver.find(text, date=None)
    assert [(m.code, m.kind) for m in mentions] == [(code, "demonym")]
