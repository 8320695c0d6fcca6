"""Places named in German sentences, geocoded offline."""

import pytest

from dyad.enrich.places import find_location, find_places


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Blinken traf Wang Yi in Peking.", "Beijing", "CHN"),
        (
            "Am Rande des G20-Treffens in Rio de Janeiro trafen sich die Minister.",
            "Rio de Janeiro",
            "BRA",
        ),
        ("Bei ihrem Treffen in Rio de Janeiro sprachen sie über Taiwan.", "Rio de Janeiro", "BRA"),
        ("Blinken reiste nach Moskau.", "Moscow", "RUS"),
        ("Raketen schlugen in der ukrainischen Hauptstadt Kiew ein.", "Kyiv", "UKR"),
        ("Kämpfe im ostukrainischen Charkiw dauern an.", "Kharkiv", "UKR"),
        ("Die Minister trafen sich in Den Haag.", "The Hague", "NLD"),
        ("Ein Treffen in Frankfurt am Main fand statt.", "Frankfurt am Main", "DEU"),
        ("In Essen protestierten Kurden.", "Essen", "DEU"),
        ("Die Verhandlungen in Genf scheiterten.", "Geneva", "CHE"),
        ("Der Gipfel in Washington begann.", "Washington", "USA"),
        ("Die Gespräche in Tokio endeten.", "Tokyo", "JPN"),
        ("Kim empfing Putin in Pjöngjang.", "Pyongyang", "PRK"),
        ("Der Präsident landete in Singapur.", "Singapore", "SGP"),
        ("Truppen wurden bei Kiew zusammengezogen.", "Kyiv", "UKR"),
        ("In Odessa wurde demonstriert.", "Odesa", "UKR"),  # not Odessa, Texas
        ("Blinken hat in Peking Gespräche geführt.", "Beijing", "CHN"),
        ("Die Polizei in New York City ermittelt.", "New York City", "USA"),
    ],
)
def test_cities(sentence, name, country):
    location = find_location(sentence)
    assert location is not None, sentence
    assert (location.name, location.country) == (name, country)
    assert location.lat is not None and location.lon is not None


def test_coordinates_are_the_city():
    location = find_location("Blinken traf Wang Yi in Peking.")
    assert location is not None
    assert location.lat == pytest.approx(39.9, abs=0.2)
    assert location.lon == pytest.approx(116.4, abs=0.2)
    assert "in Peking" in location.how and "gn-1816670" in location.how


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Die Gespräche fanden in China statt.", "CHN"),
        ("Proteste in den USA nahmen zu.", "USA"),
        ("Im Iran protestierten Frauen.", "IRN"),
        ("Die Lage in der Ukraine bleibt angespannt.", "UKR"),
        ("Erdoğan sprach in der Türkei.", "TUR"),
        ("Wahlen im Kosovo wurden verschoben.", "XKX"),
        ("Die Armee marschierte in Russland ein.", "RUS"),
        ("Zuvor hatte es in Mexiko Proteste gegeben.", "MEX"),  # the country, not the capital
        ("Wahlen in Guatemala fanden statt.", "GTM"),
        ("Die Wahlen auf Taiwan verliefen ruhig.", "TWN"),
        ("Manöver auf den Philippinen begannen.", "PHL"),
    ],
)
def test_countries_have_no_coordinates(sentence, country):
    location = find_location(sentence)
    assert location is not None, sentence
    assert location.country == country
    assert (location.lat, location.lon) == (None, None)
    assert "country" in location.how


@pytest.mark.parametrize(
    "sentence",
    [
        "Peking kritisierte Washington scharf.",  # metonymy: actors, not places
        "Er sei nicht in der Lage, das zu sagen.",
        "Nach dem Essen sprachen sie über Taiwan.",
        "Das Treffen fand im Mai statt.",
        "Die Truppen zogen nach Norden.",
        "Bei schlechtem Wetter fiel der Termin aus.",
        "Nach seinem ersten Roman schwieg er.",
        "Er wanderte in den heimischen Bergen.",
        "Sie sprach im Namen der Regierung.",
        "Der Vertrag trat in Kraft.",
        "Nach Angaben der Polizei gab es Tote.",
        "Das Treffen in Cambridge war kurz.",  # England or Massachusetts: too close to call
        "Er arbeitet bei Tui.",  # a company; the Spanish town is too small after "bei"
        "Eine Nummer, bei der sie das Abo kündigen können.",  # Abo: Swedish name of Turku
        "Er erhielt einen Orden in Gold.",
        "Ein Gericht in Virginia verurteilte ihn.",  # a US state, not the South African town
        "Die Gäste gewannen bei Darmstadt 98.",  # a football club
        "Im Pokal trifft Werder auf Bremerhaven.",  # "auf" + a city is a fixture, not a place
        "Peking reagierte auf Druck der USA.",
    ],
)
def test_no_place(sentence):
    assert find_location(sentence) is None


def test_nearest_place_in_the_trigger_clause_wins():
    sentence = "Nachdem Blinken in Peking gelandet war, traf er Lawrow in Moskau."
    met = find_location(sentence, span_of(sentence, "traf"))
    landed = find_location(sentence, span_of(sentence, "gelandet"))
    assert met is not None and landed is not None
    assert (met.name, landed.name) == ("Moscow", "Beijing")


def test_destination_is_noted():
    location = find_location("Scholz reiste nach Peking.")
    assert location is not None and "destination" in location.how


def test_find_places_reports_each_phrase():
    sentence = "Von Berlin flog sie nach Peking und weiter in die Mongolei."
    phrases = [m.phrase for m in find_places(sentence)]
    assert phrases == ["nach Peking", "in die Mongolei"]
