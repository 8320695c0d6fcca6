"""Second modality round: GDELT's faults of coding non-events as facts. Denied reports
('wies Berichte zurück, wonach ...'), old events told as time marks or history ('seit dem
Einmarsch', 'während seiner ersten Amtszeit'), and present-tense clauses whose time lies
ahead ('Morgen trifft ...'). Every sentence here was written for these tests."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from dyad.events import modality
from dyad.events.clauses import split_clauses
from dyad.events.lexicon import DATA_DIR
from dyad.events.tokens import tag


def _modalities(candidates, root: str) -> set[str | None]:
    return {c.modality for c in candidates if c.cameo.startswith(root)}


# -- 1. denied report content --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Peking wies Berichte zurück, wonach China Russland Waffen geliefert habe.", "07"),
        ("Zugleich wies er Meldungen zurück, wonach Peking Japan gedroht habe.", "13"),
        ("Moskau dementierte Angaben, wonach Russland Georgien angegriffen habe.", "19"),
        ("Der Kreml bestritt Medienberichte, wonach Putin Kim Jong Un getroffen habe.", "04"),
        ("Seoul widersprach Spekulationen, wonach Südkorea der Ukraine Waffen liefere.", "07"),
        (
            "Peking hat Berichte, wonach China Russland Waffen geliefert habe, als haltlos "
            "bezeichnet.",
            "07",
        ),
        (
            "Gerüchte, denen zufolge Japan China Hilfe angeboten habe, wies Tokio zurück.",
            "03",
        ),
        ("Die Regierung wies Berichte zurück, dass China Russland Waffen geliefert habe.", "07"),
        (
            "Peking bezeichnete Meldungen, dass China Russland Waffen geliefert habe, als unwahr.",
            "07",
        ),
        ("Berichte, wonach Russland Georgien angegriffen habe, seien falsch, sagte Lawrow.", "19"),
    ],
)
def test_denied_report_content_is_negated(code_text, dyads, sentence, root) -> None:
    assert dyads(code_text(sentence), root) == set()
    kept = code_text(sentence, keep_modal=True)
    assert "negated" in _modalities(kept, root)


@pytest.mark.parametrize(
    "sentence",
    [
        "China bestritt, Japan gedroht zu haben.",
        "Nordkorea dementierte, dass seine Armee Südkorea beschossen habe.",
    ],
)
def test_denied_own_action_is_negated(code_text, dyads, sentence) -> None:
    assert dyads(code_text(sentence)) & {("CHN", "JPN"), ("PRK", "KOR")} == set()


def test_undenied_report_content_is_a_claim(code_text, dyads) -> None:
    plain = code_text("China hat Russland Waffen geliefert.")
    reported = code_text("Es gibt Berichte, wonach China Russland Waffen geliefert habe.")
    assert dyads(reported, "07") == {("CHN", "RUS")}
    assert max(c.confidence for c in reported) < max(c.confidence for c in plain)


@pytest.mark.parametrize(
    ("sentence", "plain", "dyad"),
    [
        (
            "Pakistan will mehrere indische Kampfjets abgeschossen haben.",
            "Pakistan hat mehrere indische Kampfjets abgeschossen.",
            ("PAK", "IND"),
        ),
        (
            "Russland will eine ukrainische Drohne abgeschossen haben.",
            "Russland hat eine ukrainische Drohne abgeschossen.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_wollen_with_a_perfect_infinitive_is_a_claim(code_text, dyads, sentence, plain, dyad):
    claimed, done = code_text(sentence), code_text(plain)
    assert dyad in dyads(claimed, "19")
    assert max(c.confidence for c in claimed) < max(c.confidence for c in done)


def test_wollen_with_an_infinitive_is_no_claim(code_text, dyads) -> None:
    assert dyads(code_text("Pakistan will indische Kampfjets abschießen."), "19") == set()


@pytest.mark.parametrize(
    ("sentence", "root", "dyad"),
    [
        # the rejection is itself an event (12) and stays one; the capital's genitive
        # after a speech noun is the government whose demand was rejected
        ("Peking wies die Forderung Washingtons zurück.", "12", ("CHN", "USA")),
        ("Den Vorwurf Japans wies Peking entschieden zurück.", "12", ("CHN", "JPN")),
        # 'dass' after a verb of saying is no report noun's content
        ("Peking erklärte, dass China Russland keine Waffen liefern werde.", "07", None),
    ],
)
def test_rejections_stay_events(code_text, dyads, sentence, root, dyad) -> None:
    found = dyads(code_text(sentence), root)
    assert found == ({dyad} if dyad else set())


def test_colon_after_a_denial_is_the_deniers_claim(code_text) -> None:
    sentence = "Moskau wies die Vorwürfe zurück: Die Ukraine habe Charkiw selbst beschossen."
    shelling = [c for c in code_text(sentence) if c.cameo.startswith("19")]
    plain = [c for c in code_text("Die Ukraine hat Charkiw beschossen.") if c.cameo[:2] == "19"]
    assert shelling and plain
    assert shelling[0].confidence < plain[0].confidence


# -- 2. old events: time marks and earlier periods ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin hatte während seiner ersten Amtszeit mehrfach China besucht.",
        "In der Vergangenheit hat China Japan wiederholt scharf kritisiert.",
        "Einst besuchte Putin regelmäßig Deutschland.",
        "Vor Jahren hatte Russland Georgien angegriffen.",
        "Zu Sowjetzeiten unterstützte Moskau Kuba mit Waffen.",
    ],
)
def test_earlier_period_without_date_is_historical(code_text, dyads, sentence) -> None:
    assert dyads(code_text(sentence)) == set()
    kept = code_text(sentence, keep_modal=True)
    assert kept and {c.modality for c in kept} == {modality.HISTORICAL}


@pytest.mark.parametrize(
    ("sentence", "root", "dyad"),
    [
        # a date of its own: the date resolver gives the event that date, so it stays
        ("Im Jahr 2019 besuchte Putin Japan.", "04", ("RUS", "JPN")),
        ("Vor zehn Jahren besuchte Xi Jinping Deutschland.", "04", ("CHN", "DEU")),
        ("In den 1990er Jahren unterstützte Russland Serbien mit Waffen.", "07", ("RUS", "SRB")),
        ("Während seiner ersten Amtszeit besuchte Putin im Jahr 2003 Japan.", "04", ("RUS", "JPN")),
        # ongoing since a date: a present event
        ("Seit Dienstag verhandeln Russland und die Ukraine in Istanbul.", "04", ("RUS", "UKR")),
    ],
)
def test_dated_or_ongoing_events_stay(code_text, dyads, sentence, root, dyad) -> None:
    assert dyad in dyads(code_text(sentence), root)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit Russland die Ukraine angegriffen hat, liefert Deutschland Kiew Waffen.",
        "Deutschland liefert Kiew Waffen, seit Russland die Ukraine angegriffen hat.",
    ],
)
def test_since_clause_is_a_time_mark(code_text, dyads, sentence) -> None:
    candidates = code_text(sentence, keep_modal=True)
    assert ("DEU", "UKR") in dyads(candidates, "07")
    attacks = [c for c in candidates if c.cameo.startswith("19")]
    assert attacks and all(c.modality == modality.HISTORICAL for c in attacks)


def _noun(text: str, word: str):
    tokens = tag(text, [])
    return next(t for t in tokens if t.text == word), tokens


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Beide haben ihre Zusammenarbeit seit dem russischen Einmarsch ausgebaut.", "Einmarsch"),
        ("Seit dem Überfall auf die Ukraine sind die Preise gestiegen.", "Überfall"),
        ("Seit Beginn des Krieges sind Millionen Menschen geflohen.", "Krieges"),
        ("Nach Ausbruch des Krieges schloss das Land seine Grenzen.", "Krieges"),
        ("Kurz vor Beginn der Invasion reiste der Kanzler nach Moskau.", "Invasion"),
    ],
)
def test_noun_event_as_time_mark_is_background(text, noun) -> None:
    token, tokens = _noun(text, noun)
    mood = modality.background_noun(token, tokens)
    assert mood is not None and mood.modality == modality.HISTORICAL


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the phrase dates the event: the date resolver can give it its own date
        ("Seit dem Angriff am Montag sind die Grenzen geschlossen.", "Angriff"),
        ("Seit dem Einmarsch im Februar 2022 gilt das Kriegsrecht.", "Einmarsch"),
        # not a time mark
        ("Der Einmarsch russischer Truppen begann im Morgengrauen.", "Einmarsch"),
        ("Nach dem Angriff verurteilte Berlin Moskau.", "Angriff"),
        ("Zum Beginn der Gespräche trafen sich die Minister.", "Gespräche"),
    ],
)
def test_noun_event_not_a_time_mark(text, noun) -> None:
    token, tokens = _noun(text, noun)
    assert modality.background_noun(token, tokens) is None


# -- 3. present tense with a time ahead ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Morgen trifft Wang Yi seinen russischen Amtskollegen Lawrow.",
        "Nächste Woche besucht Scholz China.",
        "Am kommenden Montag empfängt Biden den japanischen Ministerpräsidenten Kishida.",
        "In zwei Wochen reist Blinken nach Peking.",
        "Kommendes Jahr besucht Xi Jinping Frankreich.",
        "Am Mittwoch reist Blinken weiter nach Südkorea.",
        "Von Peking aus reist Blinken weiter nach Seoul.",
        "Anschließend reist Scholz nach Japan.",
    ],
)
def test_present_tense_with_time_ahead_is_future(code_text, dyads, sentence) -> None:
    assert dyads(code_text(sentence)) == set()
    kept = code_text(sentence, keep_modal=True)
    assert kept and {c.modality for c in kept} == {"future"}


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        ("Am Morgen traf Wang Yi seinen russischen Amtskollegen Lawrow.", ("CHN", "RUS")),
        ("Heute Morgen traf Scholz Macron in Paris.", ("DEU", "FRA")),
        ("Am Mittwoch reiste Blinken weiter nach Südkorea.", ("USA", "KOR")),
        ("Am nächsten Tag reiste Blinken nach Peking.", ("USA", "CHN")),
        ("Vergangene Woche besuchte Scholz China.", ("DEU", "CHN")),
        # a bare weekday decides nothing: German news tells the past with it too
        ("Am Mittwoch trifft Blinken in Peking Wang Yi.", ("USA", "CHN")),
        ("Seit Tagen verhandeln Russland und die Ukraine in Istanbul.", ("RUS", "UKR")),
    ],
)
def test_past_or_undecided_times_stay_events(code_text, dyads, sentence, dyad) -> None:
    assert dyad in dyads(code_text(sentence), "04")


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        # the time phrase dates what is criticised, not the criticism
        ("China kritisiert die nächste Woche beginnende Übung der USA.", ("CHN", "USA")),
        ("Japan kritisiert das morgen beginnende Manöver Chinas.", ("JPN", "CHN")),
        ("Peking kritisiert die für nächste Woche geplante Übung Japans.", ("CHN", "JPN")),
    ],
)
def test_time_ahead_inside_an_object_leaves_the_clause_factual(
    code_text, dyads, sentence, dyad
) -> None:
    assert dyad in dyads(code_text(sentence), "11")


MONDAY, THURSDAY = "2024-02-26", "2024-02-29"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Am Mittwoch reist Blinken nach Seoul.", MONDAY),
        ("Am Donnerstagabend trifft Scholz in Paris Macron.", MONDAY),
        ("Am Freitag empfängt Biden den japanischen Regierungschef.", THURSDAY),
    ],
)
def test_weekday_after_publication_in_the_present_is_future(text, published) -> None:
    tokens = tag(text, [])
    mood = modality.weekday_ahead(split_clauses(tokens)[0], tokens, published)
    assert mood is not None and mood.modality == "future"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Am Mittwoch reiste Blinken nach Seoul.", MONDAY),  # past tense
        ("Am Mittwoch hat Blinken Wang Yi getroffen.", THURSDAY),
        ("Am Mittwoch trifft Blinken Wang Yi.", THURSDAY),  # an earlier day: told in the present
        ("Am Montag trifft Scholz Macron in Paris.", MONDAY),  # today
        ("Seit Mittwoch verhandeln Russland und die Ukraine.", MONDAY),
        ("Mittwochs trifft sich der Sicherheitsrat.", MONDAY),  # every Wednesday
        ("Am Mittwoch reist Blinken nach Seoul.", None),  # no publication day
    ],
)
def test_weekday_not_ahead_decides_nothing(text, published) -> None:
    tokens = tag(text, [])
    assert modality.weekday_ahead(split_clauses(tokens)[0], tokens, published) is None


# -- the data file -----------------------------------------------------------------


def test_modality_data_file_has_ids_kinds_and_phrases() -> None:
    with open(DATA_DIR / "modality.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and list(rows[0]) == ["id", "kind", "phrase", "note"]
    duplicates = [key for key, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert duplicates == []
    assert all(r["id"].startswith("mod.") and r["kind"] and r["phrase"].strip() for r in rows)
