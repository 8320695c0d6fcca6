"""What the resolver learns from the whole document: its home country (for bare federal
titles) and the names it introduced with a national title. All texts are written for
these tests."""

from __future__ import annotations

from dyad.actors import ActorResolver

DATE = "2015-11-10"


def read(resolver: ActorResolver, text: str, date: str = DATE) -> list[list[tuple[str, str]]]:
    """The mentions of each line, read in order with one document context."""
    context = resolver.document_context(text, None, date)
    return [
        [(m.text, m.code) for m in resolver.find(line, date, "de", context)]
        for line in text.splitlines()
        if line.strip()
    ]


def home(resolver: ActorResolver, text: str, outlet: str | None = None) -> str | None:
    return resolver.document_context(text, outlet, DATE).home


AUSTRIAN = """Wien (APA) - Die Bundesregierung will die Kontrollen an der Grenze verschärfen.
Der Bundeskanzler kritisierte am Dienstag Ungarn.
Der Bundespräsident empfing den Gast in der Hofburg.
Der Nationalrat stimmte dem Gesetz zu."""

SWISS = """Bern (sda) - Der Bundesrat hat die Sanktionen gegen Russland übernommen.
Die Bundespräsidentin telefonierte mit dem Kanzler.
Die Kantone begrüßten den Entscheid."""

GERMAN = """Berlin (dpa) - Die Bundesregierung hat Ungarn kritisiert.
Der Bundesrat billigte das Gesetz, im Bundestag stimmten CDU und SPD zu."""

# An Austrian report about Germany: the evidence is mixed and the titles stay German.
MIXED = """Wien (APA) - Die Bundesregierung hat Ungarn kritisiert, hieß es in Berlin.
Kanzlerin Merkel (CDU) sagte im Bundestag, Deutschland bleibe bei seiner Linie.
Vizekanzler Gabriel (SPD) stimmte zu."""


def test_home_country_from_the_documents_own_evidence(resolver: ActorResolver) -> None:
    assert home(resolver, AUSTRIAN) == "AUT"
    assert home(resolver, SWISS) == "CHE"
    assert home(resolver, GERMAN) == "DEU"
    assert home(resolver, MIXED) is None
    assert home(resolver, "Die Bundesregierung hat Ungarn kritisiert.") is None
    # party tags, Austrian month names and office holders, without a dateline
    text = "Innenministerin Johanna Mikl-Leitner (ÖVP) will im Jänner nach Brüssel reisen."
    assert home(resolver, text) == "AUT"
    # the outlet the ingest record names
    assert home(resolver, "Die Bundesregierung lehnt das ab.", "derstandard.at") == "AUT"
    context = resolver.document_context(AUSTRIAN, None, DATE)
    assert "h_aut_apa_tag" in context.home_how


def test_bare_federal_titles_in_an_austrian_text(resolver: ActorResolver) -> None:
    lines = read(resolver, AUSTRIAN)
    assert ("Bundesregierung", "AUTGOV") in lines[0]
    assert ("Bundeskanzler", "AUTGOV") in lines[1]
    assert lines[2][0] == ("Bundespräsident", "AUTGOV")
    assert lines[3] == [("Nationalrat", "AUTLEG")]
    context = resolver.document_context(AUSTRIAN, None, DATE)
    (president,) = resolver.find("Der Bundespräsident reiste ab.", DATE, "de", context)
    assert president.name == "Heinz Fischer"
    assert "home country is AUT" in president.how


def test_bare_federal_titles_in_a_swiss_text(resolver: ActorResolver) -> None:
    lines = read(resolver, SWISS)
    assert ("Bundesrat", "CHEGOV") in lines[0]
    assert ("Bundespräsidentin", "CHEGOV") in lines[1]


def test_german_and_mixed_texts_keep_the_german_reading(resolver: ActorResolver) -> None:
    german = read(resolver, GERMAN)
    assert ("Bundesregierung", "DEUGOV") in german[0]
    # the German Bundesrat is a chamber of the states: no actor, as without a context
    assert not [m for m in german[1] if m[0] == "Bundesrat"]
    mixed = read(resolver, MIXED)
    assert ("Bundesregierung", "DEUGOV") in mixed[0]
    # the named person still decides: Fischer was Austria's president in 2015
    context = resolver.document_context(GERMAN, None, DATE)
    found = resolver.find("Bundespräsident Fischer reiste ab.", DATE, "de", context)
    assert [m.code for m in found] == ["AUTGOV"]


def test_the_written_country_decides_a_federal_title(resolver: ActorResolver) -> None:
    def codes(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.code) for m in resolver.find(text, DATE)]

    assert codes("Die österreichische Bundesregierung protestierte.") == [
        ("österreichische Bundesregierung", "AUTGOV")
    ]
    assert codes("Österreichs Bundespräsident reiste ab.") == [
        ("Österreichs Bundespräsident", "AUTGOV")
    ]
    assert codes("Der Schweizer Bundesrat beschloss Sanktionen.")[0] == (
        "Schweizer Bundesrat",
        "CHEGOV",
    )
    assert codes("Die deutsche Bundesregierung protestierte.") == [
        ("deutsche Bundesregierung", "DEUGOV")
    ]
    # in an Austrian text too, the written country wins over the home country
    context = resolver.document_context(AUSTRIAN, None, DATE)
    found = resolver.find("Die deutsche Bundesregierung widersprach.", DATE, "de", context)
    assert [(m.text, m.code) for m in found] == [("deutsche Bundesregierung", "DEUGOV")]


def test_a_titled_unknown_name_is_remembered(resolver: ActorResolver) -> None:
    text = """Der bulgarische Außenminister Daniel Mitrow traf Steinmeier in Berlin.
Mitrow sagte, sein Land baue den Grenzschutz aus.
Auf die Frage nach Hilfe verwies Mitrows Sprecher auf die EU.
Kroatiens Regierungschef Tihomir Oreskovic kritisierte Serbien.
Oreskovic drohte Belgrad mit Gegenmaßnahmen.
Die lettische Präsidentin Anna Berzina kam; später trafen Berzina und Daniel Mitrow ein."""
    lines = read(resolver, text, "2016-03-01")
    assert lines[0][0] == ("bulgarische Außenminister Daniel Mitrow", "BGRGOV")
    assert lines[1] == [("Mitrow", "BGRGOV")]
    assert ("Mitrows", "BGRGOV") in lines[2]
    assert lines[4][0] == ("Oreskovic", "HRVGOV")
    assert ("Berzina", "LVAGOV") in lines[5]
    assert ("Daniel Mitrow", "BGRGOV") in lines[5]


def test_names_are_remembered_only_within_a_document_and_when_they_are_names(
    resolver: ActorResolver,
) -> None:
    # without a context each sentence is read alone
    assert resolver.find("Mitrow sagte, sein Land baue den Grenzschutz aus.", DATE) == []
    # a German noun after the title is no name to remember
    text = """Bulgariens Außenminister Koralow sagte Journalisten, er sei besorgt.
Journalisten fragten nach, Koralow antwortete."""
    lines = read(resolver, text)
    assert ("Journalisten", "BGRGOV") not in lines[1]
    assert ("Koralow", "BGRGOV") in lines[1]
    # one surname with two countries in one text: neither is recalled
    text = """Der bulgarische Minister Petar Dimow kam.
Der serbische Minister Ivan Dimow kam auch.
Dimow sagte nichts."""
    assert read(resolver, text)[2] == []


def test_the_records_url_names_the_outlet(resolver: ActorResolver) -> None:
    text = "Die Bundesregierung lehnt das ab."
    context = resolver.document_context(text, None, DATE, "https://www.nzz.ch/international/x")
    assert context.home == "CHE"
    found = resolver.find("Der Bundesrat lehnt das ab.", DATE, "de", context)
    assert [(m.text, m.code) for m in found] == [("Bundesrat", "CHEGOV")]
    # a German site: the German reading, as without a context
    context = resolver.document_context(text, None, DATE, "https://www.spiegel.de/politik/x")
    assert context.home == "DEU"
    assert [m.code for m in resolver.find(text, DATE, "de", context)] == ["DEUGOV"]


def test_a_name_set_off_by_commas_after_a_role_with_its_country(
    resolver: ActorResolver,
) -> None:
    text = """Der Außenminister Bulgariens, Daniel Mitrow, kritisierte Serbien.
Das sagte der Regierungschef Kroatiens, Tihomir Oreskovic.
Mitrow und Oreskovic reisten ab."""
    lines = read(resolver, text, "2016-03-01")
    assert lines[0][0] == ("Außenminister Bulgariens, Daniel Mitrow", "BGRGOV")
    # a listed person after the comma keeps their own mention
    assert lines[1] == [("Regierungschef Kroatiens", "HRVGOV"), ("Tihomir Oreskovic", "HRVGOV")]
    assert lines[2] == [("Mitrow", "BGRGOV"), ("Oreskovic", "HRVGOV")]
    # a place list after the comma is no name
    found = resolver.find("Der Außenminister Bulgariens, Sofia und Varna, kam.", DATE)
    assert found[0].text == "Außenminister Bulgariens"


def test_a_titled_person_wins_over_a_namesake_later(resolver: ActorResolver) -> None:
    text = """Der mazedonische Präsident Gjorge Iwanow warnte vor neuen Zäunen.
Iwanow sagte, sein Land werde die Grenze schließen."""
    assert read(resolver, text, "2016-03-01")[1] == [("Iwanow", "MKDGOV")]
    # without the titled mention the surname alone reads as before
    alone = resolver.find("Iwanow sagte, sein Land werde die Grenze schließen.", "2016-03-01")
    assert [m.code for m in alone] != ["MKDGOV"]
    # a listed person's surname that is also a word is not recalled where the tables
    # do not read it as a name
    text = """Außenminister Sebastian Kurz kam am Morgen.
Kurz darauf reiste er wieder ab."""
    assert read(resolver, text, "2016-03-01")[1] == []


def test_chancellor_titles_and_their_gender(resolver: ActorResolver) -> None:
    text = """Wien (APA) - Der Kanzler kritisierte Ungarn, wie Minister Kurz (ÖVP) sagte.
Die Kanzlerin antwortete aus Berlin.
Kanzlerin Merkel blieb bei ihrer Linie."""
    lines = read(resolver, text)
    assert ("Kanzler", "AUTGOV") in lines[0]
    # Austria's chancellor was a man in 2015: 'die Kanzlerin' is not read as Austria's
    assert not [m for m in lines[1] if m[0] == "Kanzlerin"]
    assert lines[2] == [("Kanzlerin Merkel", "DEUGOV")]


def test_a_country_behind_a_federal_title_decides(resolver: ActorResolver) -> None:
    found = resolver.find("Der Bundespräsident Österreichs kam nach Rom.", DATE)
    assert (found[0].text, found[0].code) == ("Bundespräsident Österreichs", "AUTGOV")
    context = resolver.document_context(AUSTRIAN, None, DATE)
    found = resolver.find("Der Kanzler Deutschlands kam nach Wien.", DATE, "de", context)
    assert (found[0].text, found[0].code) == ("Kanzler Deutschlands", "DEUGOV")


def test_the_seat_after_a_federal_title_decides(resolver: ActorResolver) -> None:
    context = resolver.document_context(AUSTRIAN, None, DATE)
    found = resolver.find(
        "Die Bundesregierung in Berlin reagierte zurückhaltend.", DATE, "de", context
    )
    assert [(m.text, m.code) for m in found] == [("Bundesregierung in Berlin", "DEUGOV")]
    found = resolver.find("Die Bundesregierung in Wien will die Grenze schließen.", DATE)
    assert [(m.text, m.code) for m in found] == [("Bundesregierung in Wien", "AUTGOV")]
    found = resolver.find("Der Bundespräsident in Bern gratulierte.", DATE)
    assert [(m.text, m.code) for m in found] == [("Bundespräsident in Bern", "CHEGOV")]
    # a capital of no federation with such a title is another actor
    found = resolver.find("Die Bundesregierung in Moskau reagierte.", DATE)
    assert [(m.text, m.code) for m in found] == [
        ("Bundesregierung", "DEUGOV"),
        ("Moskau", "RUSGOV"),
    ]
