"""Event dates from German temporal expressions, each case checked against the calendar.

Reference weekdays: 2024-02-26 is a Monday, 2023-06-18 a Sunday, 2025-03-10 a Monday.
"""

import pytest

from dyad.enrich.dates import resolve_event_date
from dyad.model import DateResolution

MONDAY = "2024-02-26"
THURSDAY = "2024-02-29"


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # weekdays: the most recent one on or before publication
        ("Blinken traf am Sonntag Wang Yi.", MONDAY, "2024-02-25"),
        ("Blinken traf am Montag Wang Yi.", MONDAY, "2024-02-26"),
        ("Blinken traf am Dienstag Wang Yi.", MONDAY, "2024-02-20"),
        ("Am Montagabend protestierte Moskau.", THURSDAY, "2024-02-26"),
        ("Moskau protestierte Freitagnacht.", MONDAY, "2024-02-23"),
        ("Blinken traf Montag Wang Yi.", THURSDAY, "2024-02-26"),
        ("Blinken traf am vergangenen Montag Wang Yi.", MONDAY, "2024-02-19"),
        ("Blinken traf am letzten Mittwoch Wang Yi.", THURSDAY, "2024-02-28"),
        ("Blinken trifft am kommenden Montag Wang Yi.", MONDAY, "2024-03-04"),
        ("Blinken trifft am nächsten Freitag Wang Yi.", THURSDAY, "2024-03-01"),
        ("Blinken wird am Mittwoch Wang Yi treffen.", MONDAY, "2024-02-28"),
        ("Am Samstag trafen sich die Minister.", "2024-02", "2024-02"),
        ("Am Samstag trafen sich die Minister.", "2024", "2024"),
        # day words
        ("Russland protestierte heute.", MONDAY, "2024-02-26"),
        ("Russland protestierte gestern.", MONDAY, "2024-02-25"),
        ("Gestern Abend protestierte Russland.", "2024-03-01", "2024-02-29"),
        ("Russland protestierte vorgestern.", "2024-03-01", "2024-02-28"),
        ("Russland wird morgen protestieren.", "2024-12-31", "2025-01-01"),
        ("Russland protestierte gestern.", "2024-02", "2024-02"),
        # months
        ("Im März nahmen beide Staaten Gespräche auf.", "2024-05-17", "2024-03"),
        ("Im März nahmen beide Staaten Gespräche auf.", "2024-02-17", "2023-03"),
        ("Im März nahmen beide Staaten Gespräche auf.", "2024-03-02", "2024-03"),
        ("Anfang März nahmen beide Staaten Gespräche auf.", "2024-05-17", "2024-03"),
        ("Ende Dezember nahmen beide Staaten Gespräche auf.", "2024-01-04", "2023-12"),
        ("Im Oktober gaben die USA eine Warnung heraus.", "2017-07", "2016-10"),
        ("Im Juli gaben die USA eine Warnung heraus.", "2017-07", "2017-07"),
        ("Im kommenden März wollen beide Staaten verhandeln.", "2024-05-17", "2025-03"),
        ("Im Juni soll der Gipfel stattfinden.", "2024-05-17", "2024-06"),
        ("Im Januar 2022 trat Kishida sein Amt an.", MONDAY, "2022-01"),
        ("Im März nahmen beide Staaten Gespräche auf.", "2024", "2024-03"),
        # years
        ("Im vorigen Jahr lieferte Russland Waffen.", "2017-07", "2016"),
        ("Im vergangenen Jahr lieferte Russland Waffen.", MONDAY, "2023"),
        ("Im letzten Jahr lieferte Russland Waffen.", MONDAY, "2023"),
        ("In diesem Jahr liefert Russland Waffen.", "2017-07", "2017"),
        ("Dieses Jahr liefert Russland Waffen.", MONDAY, "2024"),
        ("Ende vergangenen Jahres verhängte die EU Sanktionen.", MONDAY, "2023"),
        ("Anfang des Jahres verhängte die EU Sanktionen.", MONDAY, "2024"),
        ("Im Vorjahr verhängte die EU Sanktionen.", MONDAY, "2023"),
        ("Im nächsten Jahr will die EU Sanktionen verhängen.", MONDAY, "2025"),
        ("Im Jahr 2019 verhängte die EU Sanktionen.", MONDAY, "2019"),
        ("Die EU verhängte 2019 neue Sanktionen.", MONDAY, "2019"),
        ("Seit 2014 verhängt die EU Sanktionen.", MONDAY, "2014"),
        ("Sie nahmen die seit 2022 unterbrochenen Gespräche wieder auf.", MONDAY, MONDAY),
        ("Die EU verhängte Sanktionen gegen 2000 Personen.", MONDAY, MONDAY),
        ("Im März dieses Jahres trafen sie sich.", MONDAY, "2024-03"),
        ("Im Juni vergangenen Jahres trafen sie sich.", MONDAY, "2023-06"),
        ("Ende Mai des vergangenen Jahres trafen sie sich.", MONDAY, "2023-05"),
        ("Am 3. März letzten Jahres trafen sie sich.", MONDAY, "2023-03-03"),
        ("Im Herbst vergangenen Jahres trafen sie sich.", MONDAY, "2023"),
        ("Die Exporte stiegen gegenüber dem Vorjahr.", MONDAY, MONDAY),
        ("Ende des Vorjahres stiegen die Exporte.", MONDAY, "2023"),
        ("Auf der ZDF-Heute-Show wurde gelacht.", "2024-02-20", "2024-02-20"),
        # months relative
        ("Im vergangenen Monat verhängte die EU Sanktionen.", MONDAY, "2024-01"),
        ("Im Vormonat verhängte die EU Sanktionen.", "2024-01-10", "2023-12"),
        ("Vor drei Monaten verhängte die EU Sanktionen.", MONDAY, "2023-11"),
        ("Vor zwei Jahren verhängte die EU Sanktionen.", MONDAY, "2022"),
        ("Vor drei Tagen verhängte die EU Sanktionen.", "2024-03-01", "2024-02-27"),
        # weeks: the most precise partial date holding the week's days
        ("Zu Beginn dieser Woche kam es zu einem Treffen.", MONDAY, "2024-02-26"),
        ("Zu Beginn dieser Woche kam es zu einem Treffen.", THURSDAY, "2024-02"),
        ("Diese Woche kam es zu einem Treffen.", "2024-03-01", "2024"),
        ("Vergangene Woche kam es zu einem Treffen.", MONDAY, "2024-02"),
        ("Letzte Woche kam es zu einem Treffen.", "2024-03-05", "2024"),
        ("In der vergangenen Woche kam es zu einem Treffen.", "2024-01-03", "2023-12"),
        (
            "In der vergangenen Woche kam es zu einem Treffen.",
            "2025-01-08",
            "2024-12-30/2025-01-05",
        ),
        ("Am vergangenen Wochenende kam es zu einem Treffen.", MONDAY, "2024-02"),
        ("Am Wochenende kam es zu einem Treffen.", "2024-03-04", "2024-03"),
        ("Am Wochenende kam es zu einem Treffen.", "2024-03-31", "2024-03"),
        ("Am Wochenende kam es zu einem Treffen.", "2024-09-02", "2024"),
        ("Vor einer Woche kam es zu einem Treffen.", THURSDAY, "2024-02"),
        ("Vergangene Woche kam es zu einem Treffen.", "2024-02", "2024-02"),
        # absolute dates
        ("Die Minister trafen sich am 22.02.2024 in Rio.", MONDAY, "2024-02-22"),
        ("Die Minister trafen sich am 3. März 2024 in Rio.", MONDAY, "2024-03-03"),
        ("Die Minister trafen sich am 3. März in Rio.", "2024-05-17", "2024-03-03"),
        ("Die Minister trafen sich am 28. Dezember in Rio.", "2024-01-05", "2023-12-28"),
        ("Die Minister trafen sich am 22.2. in Rio.", MONDAY, "2024-02-22"),
        ("Die Minister trafen sich am 22.02.24 in Rio.", MONDAY, "2024-02-22"),
        ("Die Minister trafen sich um 10.05.", MONDAY, MONDAY),
        ("Am Montag, 3. März, trafen sich die Minister.", "2025-03-10", "2025-03-03"),
        ("Die Minister trafen sich im März 2024 in Rio.", MONDAY, "2024-03"),
        ("Die Minister trafen sich im Sommer 2022 in Rio.", MONDAY, "2022"),
        ("Die Minister trafen sich (2024-02-22) in Rio.", MONDAY, "2024-02-22"),
        ("Die Minister trafen sich (2024-13-22) in Rio.", MONDAY, None),
        # ranges and decades: ISO 8601 intervals
        ("China baute sein Arsenal zwischen 2021 und 2023 aus.", MONDAY, "2021/2023"),
        ("China baute sein Arsenal von 2021 bis 2023 aus.", MONDAY, "2021/2023"),
        ("China baute sein Arsenal in den 1990er Jahren aus.", MONDAY, "1990/1999"),
        # vague: unknown
        ("In Peking fand jüngst eine Gesprächsrunde statt.", "2017-07", None),
        ("Russland lieferte kürzlich Waffen.", MONDAY, None),
        ("China hat sich bislang nicht geäußert.", MONDAY, None),
        ("China hat sich bis heute nicht geäußert.", MONDAY, None),
        ("Die Spannungen wuchsen in den vergangenen Monaten.", MONDAY, None),
        # present
        ("Derzeit verhandeln beide Staaten.", MONDAY, MONDAY),
    ],
)
def test_resolves(sentence, published, expected):
    assert resolve_event_date(sentence, published).value == expected


def test_morning_is_not_tomorrow():
    resolution = resolve_event_date("Am Morgen protestierte Russland.", MONDAY)
    assert resolution.how.startswith("no date in sentence")


def test_nearest_expression_to_the_trigger_in_the_same_clause_wins():
    sentence = "Schoigu sagte kürzlich, dass Russland im vorigen Jahr Waffen geliefert habe."
    delivered = resolve_event_date(sentence, "2017-07", span_of(sentence, "geliefert"))
    said = resolve_event_date(sentence, "2017-07", span_of(sentence, "sagte"))
    assert delivered.value == "2016"
    assert said.value is None and "vague" in said.how


def test_same_clause_beats_a_closer_expression_in_another_clause():
    sentence = "Am Montag reiste Blinken ab, am Sonntag hatte er Wang Yi getroffen."
    met = resolve_event_date(sentence, MONDAY, span_of(sentence, "getroffen"))
    left = resolve_event_date(sentence, MONDAY, span_of(sentence, "reiste"))
    assert (met.value, left.value) == ("2024-02-25", "2024-02-26")


def test_future_clause_looks_forward():
    sentence = "Ob er am Montag auch Xi treffen wird, war unklar."
    resolution = resolve_event_date(sentence, "2023-06-18", span_of(sentence, "treffen"))
    assert resolution.value == "2023-06-19"
    assert "future" in resolution.how


def test_span_and_how_point_at_the_expression():
    sentence = "Blinken traf am Sonntag Wang Yi."
    resolution = resolve_event_date(sentence, MONDAY)
    assert resolution.span is not None
    assert sentence[resolution.span[0] : resolution.span[1]] == "am Sonntag"
    assert "p-weekday" in resolution.how and "Sunday" in resolution.how


def test_no_expression_falls_back_to_publication_date():
    resolution = resolve_event_date("China kritisierte die USA.", "2024-02-26T08:45:00")
    assert resolution.value == "2024-02-26"
    assert resolution.how == "no date in sentence; publication date"
    assert resolution.span is None


def test_inherits_a_date_from_text_but_not_a_fallback():
    first = resolve_event_date("Am Sonntag trafen sich Blinken und Wang.", MONDAY)
    second = resolve_event_date("Beide sprachen über Taiwan.", MONDAY, previous=first)
    third = resolve_event_date("China kritisierte die USA.", MONDAY, previous=second)
    assert (second.value, third.value) == ("2024-02-25", "2024-02-25")
    assert third.how.startswith("inherited from earlier sentence")
    fallback = resolve_event_date("Beide sprachen über Taiwan.", "2024-03-01")
    after_fallback = resolve_event_date("China kritisierte die USA.", MONDAY, previous=fallback)
    assert after_fallback.value == MONDAY
    unknown = DateResolution(None, "vague", (0, 5))
    assert resolve_event_date("Beide sprachen.", MONDAY, previous=unknown).value == MONDAY


def test_without_publication_date():
    assert resolve_event_date("Am Sonntag trafen sie sich.", None).value is None
    assert resolve_event_date("Im Jahr 2019 trafen sie sich.", None).value == "2019"
    assert resolve_event_date("Sie trafen sich.", None).value is None


def test_day_before_and_after_count_from_the_previous_sentence():
    sunday = resolve_event_date("Am Sonntag trafen sich die Minister.", MONDAY)
    before = resolve_event_date("Am Vortag hatte Peking protestiert.", MONDAY, previous=sunday)
    after = resolve_event_date("Tags darauf reiste er ab.", MONDAY, previous=sunday)
    assert (before.value, after.value) == ("2024-02-24", "2024-02-26")
    march = resolve_event_date("Im März 2019 trafen sie sich.", MONDAY)
    assert resolve_event_date("Damals protestierte Peking.", MONDAY, previous=march).value == (
        "2019-03"
    )
    assert resolve_event_date("Am Vortag protestierte Peking.", MONDAY, previous=march).value == (
        "2019-03"
    )
    assert resolve_event_date("Damals protestierte Peking.", MONDAY).value is None


def test_english_byline_date():
    assert resolve_event_date("February 26, 2024 um 08:45 AM", None).value == "2024-02-26"


def test_a_pluperfect_event_without_a_date_is_not_given_the_publication_date():
    from dyad.enrich.dates import resolve_event_date

    text = "Serbien und Kroatien hatten sich auf einen Zugverkehr geeinigt."
    trigger = (text.index("geeinigt"), text.index("geeinigt") + 8)
    resolution = resolve_event_date(text, "2015-10-20", trigger)
    assert resolution.value is None and "pluperfect" in resolution.how
    # 'zuvor' says so in words: before the time told, date unknown
    text = "Zuvor hatten sich Serbien und Kroatien auf einen Zugverkehr geeinigt."
    trigger = (text.index("geeinigt"), text.index("geeinigt") + 8)
    resolution = resolve_event_date(text, "2015-10-20", trigger)
    assert resolution.value is None and "'Zuvor'" in resolution.how
    simple_past = "Serbien und Kroatien einigten sich auf einen Zugverkehr."
    trigger = (simple_past.index("einigten"), simple_past.index("einigten") + 8)
    assert resolve_event_date(simple_past, "2015-10-20", trigger).value == "2015-10-20"
