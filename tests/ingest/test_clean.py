from dyad.ingest import clean_text, iter_documents

SCRAPED = """Außenminister treffen sich in Wien

Artikel anhören • 3 Minuten
  • Drucken
Teilen
Die Außenminister Österreichs und Italiens kamen am Montag in Wien zusammen.
Die Minister bei der Pressekonferenz.
Die Minister bei der Pressekonferenz.APA / AFP / Max Muster
Dieser Browser wird nicht mehr unterstützt
Bitte wechseln Sie zu einem unterstützten Browser wie Chrome, Firefox, Safari oder Edge.
Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Akzeptieren
Mehr zum Thema – Italien und Österreich streiten über den Brenner
Weiterführendes zum Thema – Ein anderer Artikel
Lesen Sie mehr zu diesen Themen:
Schreibe einen Kommentar
"""


def test_debris_lines_are_removed_and_article_text_kept():
    result = clean_text(SCRAPED)
    assert "Die Außenminister Österreichs und Italiens kamen am Montag in Wien zusammen." in (
        result.text
    )
    for debris in (
        "anhören", "Drucken", "Teilen", "Browser", "Cookies", "Mehr zum Thema",
        "Weiterführendes", "Lesen Sie mehr", "Kommentar", "Pressekonferenz", "AFP",
    ):  # fmt: skip
        assert debris not in result.text, debris
    reasons = {why for _line, why in result.removed}
    assert {"listen", "share-buttons", "browser-notice", "more-on-topic"} <= reasons
    assert "caption-repeated" in reasons


def test_caption_credit_alone_is_removed_but_agency_in_a_sentence_is_not():
    text = "Ein Beamter bestätigte das Treffen, wie Reuters berichtete.\nFoto: dpa / Erika Muster"
    cleaned = clean_text(text).text
    assert "wie Reuters berichtete" in cleaned
    assert "Erika Muster" not in cleaned


def test_seed_boilerplate_never_reaches_the_text(seeds_dir):
    texts = {d.id: d.text for d in iter_documents([seeds_dir])}
    assert len(texts) == 5
    joined = "\n".join(texts.values())
    for debris in (
        "Artikel anhören", "Drucken", "Dieser Browser", "Mehr zum Thema", "Weiterführendes",
        "Lesen Sie mehr", "Schreibe einen Kommentar", "Leah Millis", "IMAGO",
    ):  # fmt: skip
        assert debris not in joined, debris
