"""Teaser blocks, menus and link lists: gone; the article's own text: kept.

Every page here was written for these tests in the layout of German news sites.
"""

from __future__ import annotations

from pathlib import Path

from dyad.ingest import clean_text

REPO = Path(__file__).resolve().parents[2]


def _kept_and_reasons(page: str) -> tuple[str, dict[str, str]]:
    result = clean_text(page)
    return result.text, dict(result.removed)


ARTICLE_LEAD = (
    "Rom (dpa) - Italien und Frankreich haben am Dienstag in Rom ein Abkommen über eine "
    "engere Zusammenarbeit ihrer Grenzpolizeien unterzeichnet. Die Innenminister beider "
    "Länder sprachen von einem wichtigen Schritt."
)


def test_bullet_items_after_a_header_on_its_own_line_are_removed():
    page = f"""Italien und Frankreich unterzeichnen Polizeiabkommen

{ARTICLE_LEAD}

Mehr zum Thema
- Australien und die USA vertiefen Militärkooperation
Anzeige
• Polen bestellt weitere Kampfpanzer in Südkorea
» Nahost-Konflikt: Ägypten vermittelt zwischen Israel und der Hamas
"""
    kept, reasons = _kept_and_reasons(page)
    assert "Italien und Frankreich unterzeichnen Polizeiabkommen" in kept
    assert "Grenzpolizeien unterzeichnet" in kept
    for teaser in ("Australien", "Kampfpanzer", "Ägypten vermittelt"):
        assert teaser not in kept, teaser
    assert reasons["Mehr zum Thema"] == "more-on-topic"
    assert reasons["- Australien und die USA vertiefen Militärkooperation"] == (
        "teaser-item:more-on-topic"
    )


def test_bare_headlines_kickers_and_dates_after_a_header_are_removed():
    page = f"""{ARTICLE_LEAD}

Das könnte Sie auch interessieren:

Nahost-Konflikt:
Israel greift erneut Ziele in Syrien an

12.03.2025
14:30
Liveblog: Russland meldet Einnahme eines Dorfes bei Charkiw
vor 3 Stunden

Warum Japan seine Verteidigungsausgaben verdoppelt?
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == ARTICLE_LEAD
    assert reasons["Israel greift erneut Ziele in Syrien an"] == "teaser-item:might-interest"
    assert reasons["Nahost-Konflikt:"] == "teaser-item:might-interest"


BELGRADE_PARAGRAPH = (
    "Die Regierung in Belgrad hat am Montag ihren Botschafter aus Podgorica abberufen. "
    "Zuvor hatte das montenegrinische Parlament eine Resolution verabschiedet, die Serbien "
    "verärgerte."
)


def test_an_article_that_follows_the_teaser_block_is_not_cut():
    page = f"""Weitere Artikel:
- Serbien und Kosovo verhandeln in Brüssel
- Ungarn blockiert EU-Hilfen

{BELGRADE_PARAGRAPH}

Kurz darauf reagierte Podgorica.

Montenegro wies den serbischen Botschafter aus.
"""
    kept, _reasons = _kept_and_reasons(page)
    assert "Serbien und Kosovo" not in kept and "Ungarn blockiert" not in kept
    assert kept.startswith("Die Regierung in Belgrad hat am Montag")
    assert "Kurz darauf reagierte Podgorica." in kept
    assert "Montenegro wies den serbischen Botschafter aus." in kept


def test_an_inline_link_in_mid_article_takes_only_its_own_line():
    page = f"""{ARTICLE_LEAD}

Lesen Sie auch: Warum die Grenzkontrollen umstritten sind

Spanien begrüßte die Einigung
Madrid will sich dem Abkommen anschließen.
"""
    kept, reasons = _kept_and_reasons(page)
    assert "Grenzkontrollen umstritten" not in kept
    assert reasons["Lesen Sie auch: Warum die Grenzkontrollen umstritten sind"] == "read-more"
    # a subheading after a blank line is the article's again
    assert "Spanien begrüßte die Einigung" in kept
    assert "Madrid will sich dem Abkommen anschließen." in kept


def test_weak_headers_need_a_headline_and_real_sentences_survive():
    page = """Auch interessant ist, dass Polen und Litauen ihre Manöver koordinieren wollen.
Mehr dazu sagte der Minister nicht.
Aktuell: Die Türkei hat den schwedischen Botschafter einbestellt.
Zum Thema äußerte sich Peking zunächst nicht.
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == page.strip()
    assert reasons == {}


def test_teaser_headlines_with_a_one_sentence_summary_are_removed():
    page = f"""{ARTICLE_LEAD}

Top-Themen
Nordkorea schickt weitere Soldaten nach Russland
Der Geheimdienst in Seoul meldet eine neue Truppenverlegung.

Indien und China öffnen Grenzübergang
Neu-Delhi und Peking einigten sich auf neue Regeln für den Handel.
"""
    kept, _reasons = _kept_and_reasons(page)
    assert kept == ARTICLE_LEAD


def test_a_list_of_headlines_above_the_article_keeps_the_article_title():
    page = f"""Meistgelesen
Brand in Lagerhalle bei Hamburg
Bundesliga: Bayern gewinnt Topspiel
Italien und Frankreich unterzeichnen Polizeiabkommen

{ARTICLE_LEAD}
"""
    kept, _reasons = _kept_and_reasons(page)
    assert kept.startswith("Italien und Frankreich unterzeichnen Polizeiabkommen\n")
    assert "Lagerhalle" not in kept and "Bayern" not in kept
    short_lead = page.replace(ARTICLE_LEAD, "Von Max Mustermann\n\nRom hat gewählt.")
    kept, _reasons = _kept_and_reasons(short_lead)
    assert kept == "Italien und Frankreich unterzeichnen Polizeiabkommen\n\nRom hat gewählt."


def test_menus_one_entry_per_line_and_in_one_line_are_removed_title_kept():
    page = f"""Startseite
Politik
Ausland
Nahost
Wirtschaft
Sport
Italien und Frankreich unterzeichnen Polizeiabkommen

{ARTICLE_LEAD}

Startseite > Politik > Ausland
Politik Wirtschaft Kultur Sport Panorama
Impressum | Datenschutz | Kontakt
Taipeh | Politik
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == "Italien und Frankreich unterzeichnen Polizeiabkommen\n\n" + ARTICLE_LEAD
    assert reasons["Nahost"] == "menu"
    assert reasons["Politik Wirtschaft Kultur Sport Panorama"] == "menu"


def test_a_bullet_list_of_facts_inside_the_article_is_kept():
    facts = """Die wichtigsten Punkte des Abkommens:
- Gemeinsame Streifen an der Grenze bei Ventimiglia
- Austausch von Verbindungsbeamten
- Ein gemeinsames Lagezentrum in Nizza"""
    middle = f"{ARTICLE_LEAD}\n\n{facts}\n\nDas Abkommen tritt im Mai in Kraft."
    assert clean_text(middle).text == middle
    at_end = f"{ARTICLE_LEAD}\n\n{facts}"
    assert clean_text(at_end).text == at_end


def test_a_bullet_list_of_headlines_that_closes_the_page_is_removed():
    page = f"""{ARTICLE_LEAD}

- Warum Rom und Paris lange stritten
- Migration: Die Zahlen im Überblick
- Kommentar: Ein überfälliger Schritt
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == ARTICLE_LEAD
    assert set(reasons.values()) == {"link-list"}


def test_headlines_after_the_agency_tag_are_removed_but_a_next_report_is_kept():
    page = f"""{ARTICLE_LEAD} (dpa)

Schweden tritt Nato-Manöver bei
Litauen verlängert Grenzkontrollen
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == f"{ARTICLE_LEAD} (dpa)"
    assert reasons["Schweden tritt Nato-Manöver bei"] == "after-closing-tag"
    copyright_line = f"""{ARTICLE_LEAD}
© dpa-infocom, dpa:250311-930-1

Nahost-Konflikt:
Israel und Libanon verlängern Waffenruhe
"""
    kept, reasons = _kept_and_reasons(copyright_line)
    assert kept == ARTICLE_LEAD
    assert reasons["Nahost-Konflikt:"] == "after-closing-tag"
    outlet_copyright = copyright_line.replace("© dpa-infocom, dpa:250311-930-1", "© SZ/dpa/mane")
    assert clean_text(outlet_copyright).text == ARTICLE_LEAD
    stockholm = (
        "Stockholm (AFP) - Schweden nimmt erstmals an einem Manöver der Nato im Nordmeer teil. "
        "Das teilte das Verteidigungsministerium mit."
    )
    second_report = f"""{ARTICLE_LEAD}
(dpa/AFP/mm)

Schweden tritt Nato-Manöver bei
{stockholm}
"""
    kept, _reasons = _kept_and_reasons(second_report)
    assert "Schweden tritt Nato-Manöver bei" in kept
    assert "Schweden nimmt erstmals" in kept


def test_single_furniture_lines_are_removed():
    furniture = [
        "Von Erika Musterfrau, Peking",
        "Von unserer Korrespondentin",
        "12.03.2025 | Von Max Mustermann",
        "Ein Kommentar von Max Mustermann",
        "14.11.2025",
        "Dienstag, 11.03.2025, 14:20 Uhr",
        "vor 2 Stunden",
        "Quelle: dpa",
        "(dpa/AFP/mm)",
        "© dpa-infocom, dpa:250311-930-1",
        "Mit Material von dpa und AFP",
        "Zur Startseite",
        "Weiterlesen mit Abo",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Sie haben bereits ein Abo? Hier anmelden",
        "Folgen Sie uns auf Instagram",
        "Facebook | Twitter | WhatsApp",
        "Die Minister vor dem Treffen in Rom. Foto: Max Mustermann/dpa",
        "Der Hafen von Odessa (Archivbild)",
        "Bild vergrößern",
        "Über die Autorin",
        "Anzeige | Weitere Artikel aus dem Ressort Europa",
        "Video abspielen",
        "Video: 02:15 min",
        "Bildunterschrift: Die Minister vor dem Treffen",
    ]
    page = ARTICLE_LEAD + "\n\n" + "\n".join(furniture)
    kept, reasons = _kept_and_reasons(page)
    assert kept == ARTICLE_LEAD
    assert set(reasons) == set(furniture)


def test_sentences_that_resemble_furniture_are_kept():
    sentences = [
        "Von Tokio aus reiste der Präsident weiter nach Seoul.",
        "Von der Leyen traf am Montag den chinesischen Regierungschef.",
        "Von Moskau Richtung Westen verlegte Russland weitere Einheiten.",
        "„Wir lassen uns nicht erpressen“, sagte der Minister.",
        "Der Kreml wies die Vorwürfe zurück (dpa berichtete).",
        "Nordkorea will jetzt testen, ob die Rakete Japan erreicht.",
        "Polen und Litauen",
        "USA sanktionieren Russland | Politik",
        "Aktuell: Israel und Libanon verlängern Waffenruhe",
    ]
    page = "\n".join(sentences)
    kept, reasons = _kept_and_reasons(page)
    assert kept == page, reasons


def test_an_article_of_short_paragraphs_keeps_every_line():
    page = """Litauen schließt zwei Grenzübergänge

Vilnius (dpa) - Litauen schließt zwei Übergänge nach Belarus.

Das beschloss die Regierung am Mittwoch.

Minsk protestierte.

Hintergrund: Ballons aus Belarus

Seit Wochen treiben Ballons über die Grenze.
"""
    assert clean_text(page).text == page.strip()


# Reasons that remove a line for what it is (a caption, a notice) even when it is long.
_LONG_LINE_REASONS = ("caption", "photo-line", "cookie-notice", "browser-notice", "more-on-topic")


def _assert_no_article_line_lost(path):
    raw = path.read_text(encoding="utf-8-sig")
    result = clean_text(raw)
    for line, why in result.removed:
        if why.startswith(_LONG_LINE_REASONS):
            continue
        ends_like_prose = line.rstrip("\"“”'").endswith((".", "!", ":"))
        assert not (len(line) > 120 or (ends_like_prose and len(line) > 60)), (path.name, line, why)


def test_no_article_line_of_the_seeds_is_removed(seeds_dir):
    pages = sorted(seeds_dir.glob("*.txt"))
    assert pages
    for page in pages:
        _assert_no_article_line_lost(page)


def test_no_article_line_of_the_written_dev_pages_is_removed():
    pages = sorted((REPO / "eval" / "written-dev").glob("*.txt"))
    assert len(pages) >= 30
    for page in pages:
        _assert_no_article_line_lost(page)
    removed = {
        why for page in pages for _line, why in clean_text(page.read_text(encoding="utf-8")).removed
    }
    assert {"menu", "teaser-item:more-on-topic", "byline"} <= removed


def test_a_subheading_right_after_an_inline_link_is_kept():
    # Text extracted from HTML has no blank lines between paragraphs.
    page = (
        "Verwandte Themen: Grenzschutz, Migration, Italien\n"
        "Paris und Rom wollen gemeinsam patrouillieren\n" + ARTICLE_LEAD
    )
    kept, reasons = _kept_and_reasons(page)
    assert kept.startswith("Paris und Rom wollen gemeinsam patrouillieren\n")
    assert reasons == {"Verwandte Themen: Grenzschutz, Migration, Italien": "more-articles"}


def test_an_english_page_loses_its_menu_byline_and_related_stories():
    lead = (
        "Australia and China agreed on Tuesday to resume talks on trade after a two-year "
        "pause, the two governments said in a joint statement."
    )
    page = f"""Home
World
Politics
Business
China and Australia agree to resume trade talks

By Jane Doe, Canberra

{lead}

Advertisement

Related stories
- Japan protests Chinese drills near Okinawa
- US sanctions Russian banks
"""
    kept, _reasons = _kept_and_reasons(page)
    assert kept == f"China and Australia agree to resume trade talks\n\n{lead}"
    sentence = "By Monday, Russia had withdrawn its ambassador from Tallinn."
    assert clean_text(sentence).text == sentence


def test_a_digest_of_the_pages_own_news_is_kept():
    page = f"""{ARTICLE_LEAD}

Die wichtigsten Meldungen im Überblick
- Polen verlängert Kontrollen an der Grenze zu Deutschland
- Litauen schließt zwei Übergänge nach Belarus
- Rom und Paris wollen gemeinsam patrouillieren
"""
    # Bullets that close the page, but under an article line: kept.
    assert clean_text(page).text == page.strip()


def test_broadcaster_notes_sources_and_a_teaser_block_with_bylines_are_removed():
    lead = (
        "Kiew (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat die Verbündeten um "
        "weitere Flugabwehrsysteme gebeten. Russland habe in der Nacht erneut Kiew angegriffen."
    )
    page = f"""Ukraine-Krieg
Selenskyj bittet um mehr Flugabwehr

{lead}

Mit Informationen von Max Muster, ARD-Studio Moskau
Über dieses Thema berichtete die tagesschau am 11. März 2025 um 20:00 Uhr.
© SZ/dpa/afp/mane
Dieser Artikel wurde am 11. März aktualisiert.

Verwendete Quellen:
- Nachrichtenagentur dpa
- Telegram-Kanal von Wolodymyr Selenskyj

Mehr zum Thema
Russische Angriffe: Kiew meldet Tote nach Drohnenattacke
Von Max Mustermann
Waffenlieferungen: Berlin prüft Taurus-Lieferung
Von Erika Musterfrau
"""
    kept, reasons = _kept_and_reasons(page)
    assert kept == f"Ukraine-Krieg\nSelenskyj bittet um mehr Flugabwehr\n\n{lead}"
    assert reasons["Waffenlieferungen: Berlin prüft Taurus-Lieferung"] == (
        "teaser-item:more-on-topic"
    )
    assert reasons["Von Erika Musterfrau"] == "byline"
