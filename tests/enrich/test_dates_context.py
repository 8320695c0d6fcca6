"""Event dates taken from the surrounding sentences (dyad.enrich.date_frame).

Each story is a list of paragraphs, each a list of sentences; the word in [brackets]
is the event's trigger (brackets are removed before dating). Sentences without a
bracketed word have no event but may still set the time.

Reference weekdays: 2024-03-07 is a Thursday, 2024-06-21 a Friday.
"""

import pytest

from dyad.enrich.date_frame import DateContext
from dyad.enrich.date_tense import pluperfect, reporting_present
from dyad.enrich.dates import INHERITED, NO_DATE, PLUPERFECT, PRESENT, resolve_event_date
from dyad.model import DateResolution

THURSDAY = "2024-03-07"
FRIDAY = "2024-06-21"


def date_story(published: str, paragraphs: list[list[str]]) -> list[DateResolution]:
    """The date of every bracketed trigger, in order, as the events stage finds them."""
    context = DateContext(published)
    dates = []
    index = 0
    for number, paragraph in enumerate(paragraphs):
        for marked in paragraph:
            text = marked.replace("[", "").replace("]", "")
            context.enter(index, number, text)
            triggers = []
            if "[" in marked:
                start = marked.index("[")
                trigger = (start, marked.index("]") - 1)
                dates.append(resolve_event_date(text, published, trigger, context=context))
                triggers.append(trigger)
            context.observe(text, triggers)
            index += 1
    return dates


def values(published: str, paragraphs: list[list[str]]) -> list[str | None]:
    return [d.value for d in date_story(published, paragraphs)]


def test_frame_carries_to_the_following_sentences() -> None:
    story = [
        [
            "Am Dienstag kamen die Außenminister in Genf zusammen.",  # no event: sets the time
            "Russland und die Ukraine [unterzeichneten] ein Abkommen.",
            "Die USA [begrüßten] die Einigung.",
        ]
    ]
    dates = date_story(THURSDAY, story)
    assert [d.value for d in dates] == ["2024-03-05", "2024-03-05"]
    assert dates[0].how.startswith(INHERITED)
    assert "sentence 0" in dates[0].how and "'Am Dienstag'" in dates[0].how


def test_a_new_date_phrase_replaces_the_frame() -> None:
    story = [
        [
            "Am Montag [traf] Scholz Macron.",
            "Am Mittwoch reiste er nach Rom.",
            "Dort [traf] er Meloni.",
        ]
    ]
    assert values(THURSDAY, story) == ["2024-03-04", "2024-03-06"]


def test_frame_carries_into_the_next_paragraph() -> None:
    story = [
        ["Biden und Xi [trafen] sich am Mittwoch in Kalifornien."],
        ["Auf einer Pressekonferenz [bezeichnete] Biden Xi als Diktator."],
    ]
    assert values(THURSDAY, story) == ["2024-03-06", "2024-03-06"]


def test_pluperfect_sentence_opens_a_flashback_and_keeps_the_narrative_time() -> None:
    story = [
        [
            "Xi und Putin [führten] am Dienstag Gespräche.",
            "Xi war am Montag in Moskau [eingetroffen].",
            "Am Abend waren beide zu einem Essen [zusammengekommen].",
        ],
        ["Putin [lobte] den Friedensplan."],
    ]
    assert values(THURSDAY, story) == ["2024-03-05", "2024-03-04", "2024-03-04", "2024-03-05"]


def test_pluperfect_event_without_a_flashback_date_has_no_date() -> None:
    story = [
        [
            "Chinas Armee [begann] am Donnerstag ein Manöver um Taiwan.",
            "Lai hatte in seiner Rede China [aufgefordert], die Drohungen zu beenden.",
        ]
    ]
    dates = date_story(THURSDAY, story)
    assert dates[0].value == "2024-03-07"
    assert dates[1].value is None and dates[1].how == PLUPERFECT


def test_flashback_ends_with_its_paragraph() -> None:
    story = [
        ["Im Mai 2022 waren Bomber beider Länder nahe Japan [geflogen]."],
        ["Japan hatte bei beiden Regierungen [protestiert]."],
    ]
    assert values(THURSDAY, story) == ["2022-05", None]


def test_paragraph_opening_in_the_pluperfect_is_a_flashback_as_a_whole() -> None:
    story = [
        ["Südkorea [bestellte] am Freitag den russischen Botschafter ein."],
        [
            "Putin war am Mittwoch nach Pjöngjang [gereist].",
            "Dort [unterzeichneten] Putin und Kim einen Vertrag.",
        ],
        ["Auch Japan [kritisierte] den Vertrag."],
    ]
    assert values(FRIDAY, story) == ["2024-06-21", "2024-06-19", "2024-06-19", "2024-06-21"]


def test_sentence_in_the_reporting_present_ends_the_frame() -> None:
    story = [
        [
            "Der erste Testflug fand im Dezember 2010 statt.",
            "Das Raumschiff ist neun Meter lang und kann lange im All bleiben.",
            "Russland [warf] den USA deshalb vor, das All zu militarisieren.",
        ]
    ]
    dates = date_story("2011-03-06", story)
    assert dates[0].value == "2011-03-06" and dates[0].how == NO_DATE


def test_present_tense_event_takes_the_publication_date_not_the_frame() -> None:
    story = [["Am Montag [trafen] sich die Minister.", "Das Treffen [gilt] als Erfolg."]]
    dates = date_story(THURSDAY, story)
    assert [d.value for d in dates] == ["2024-03-04", THURSDAY]
    assert dates[1].how == PRESENT


def test_scheduled_and_future_dates_set_no_frame() -> None:
    story = [
        [
            "Russland [griff] am Montag Kiew an.",
            "Für Dienstag wurde eine Sitzung des Sicherheitsrats einberufen.",
            "Das Manöver soll bis Sonntag dauern.",
            "McConnell kündigte eine Abstimmung für die kommende Woche an.",
            "Die Ukraine [verurteilte] den Angriff.",
        ]
    ]
    assert values(THURSDAY, story) == ["2024-03-04", "2024-03-04"]


def test_since_phrases_and_spans_set_no_frame() -> None:
    story = [
        [
            "Die Außenminister [trafen] sich am Montag in Rio.",
            "Das Gespräch, das erste seit seinem Amtsantritt im Januar, verlief gut.",
            "Seit 2014 ist das Verhältnis angespannt.",
            "Die drei vereinbarten, sich künftig jedes Jahr zu treffen.",
            "Danach [empfing] Cho den chinesischen Vizeminister.",
        ]
    ]
    assert values(THURSDAY, story) == ["2024-03-04", "2024-03-04"]


def test_vague_point_in_time_leaves_the_date_unknown() -> None:
    story = [["Am Montag [trafen] sich die Minister.", "Zuvor hatte Nordkorea den USA [gedroht]."]]
    assert values(THURSDAY, story) == ["2024-03-04", None]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Am selben Tag [traf] Modi in Moskau ein.", "2024-03-04"),
        ("Am gleichen Tag [verhängte] Biden Sanktionen.", "2024-03-04"),
        ("Tags darauf [reiste] Modi nach Wien.", "2024-03-05"),
        ("Zwei Tage später [protestierte] China.", "2024-03-06"),
        ("Einen Tag zuvor [hatte] China protestiert.", "2024-03-03"),
        ("China [protestierte] am darauffolgenden Mittwoch.", "2024-03-06"),
        ("China [protestierte] am folgenden Montag.", "2024-03-11"),
        ("Am Vorabend hatte China [protestiert].", "2024-03-03"),
        ("Am Tag danach [reiste] Modi ab.", "2024-03-05"),
        ("Tage später [protestierte] China.", None),  # later, by how much is unknown
        ("Drei Monate später [einigten] sich beide.", None),
    ],
)
def test_phrases_counted_from_the_last_date_named(second: str, expected: str | None) -> None:
    story = [["Russland [griff] am Montag Kiew an."], [second]]
    assert values(THURSDAY, story)[1] == expected


def test_same_day_counts_from_the_event_date_not_from_a_schedule() -> None:
    story = [
        [
            "Russland [griff] am Montag Kiew an.",
            "Für Dienstag wurde eine Dringlichkeitssitzung einberufen.",
        ],
        ["Am selben Tag [traf] Modi in Moskau ein."],
    ]
    assert values("2024-03-05", story) == ["2024-03-04", "2024-03-04"]


def test_relative_phrase_without_an_earlier_date_has_no_date() -> None:
    assert values(THURSDAY, [["Am selben Tag [traf] Modi in Moskau ein."]]) == [None]


def test_weekday_of_a_named_week() -> None:
    text = "Am Mittwoch vergangener Woche hat das Ministerium Zölle beschlossen."
    assert resolve_event_date(text, "2012-10-18").value == "2012-10-10"
    text = "Die Minister treffen sich am Freitag dieser Woche."
    assert resolve_event_date(text, "2012-10-16").value == "2012-10-19"


def test_the_event_date_of_a_sentence_sets_the_frame_rather_than_its_first_phrase() -> None:
    story = [
        [
            "Experten warnten am Sonntag, als die Minister am Donnerstag ein Treffen [abhielten].",
            "Dabei [tauschten] die Minister ihre Meinungen aus.",
        ]
    ]
    assert values("2024-02-26", story) == ["2024-02-22", "2024-02-22"]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Die Partner hatten sich mit dem Iran geeinigt.", "geeinigt", True),
        (
            "In dem Abkommen hatten sich USA, Russland, China und Frankreich mit dem Iran "
            "darauf geeinigt.",
            "geeinigt",
            True,
        ),
        ("Zuvor hatte Pjöngjang den USA mit „schockierenden“ Folgen gedroht.", "gedroht", True),
        ("Die Partner haben sich mit dem Iran geeinigt.", "geeinigt", False),
        ("Die Partner einigten sich, nachdem sie lange verhandelt hatten.", "einigten", False),
        ("Er hatte keine Zeit, als die USA mit dem Iran verhandelt haben.", "verhandelt", False),
    ],
)
def test_pluperfect(sentence: str, word: str, expected: bool) -> None:
    start = sentence.index(word)
    assert pluperfect(sentence, (start, start + len(word))) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Orbiter ist neun Meter lang.", True),
        ("Das Treffen gilt als Erfolg der Annäherung.", True),
        ("Es gibt keine Alternative.", True),
        ("China hat die Zölle scharf kritisiert.", False),
        ("Das Treffen war ein Erfolg.", False),
        ("Er sagte, es gibt keine Alternative.", False),
        ("Russland warf den USA vor, das All zu militarisieren.", False),
    ],
)
def test_reporting_present(sentence: str, expected: bool) -> None:
    assert reporting_present(sentence) is expected


def test_events_stage_dates_from_the_context() -> None:
    """The whole pipeline: frames from sentences without events, a schedule that sets
    nothing, 'am selben Tag' across paragraphs, a flashback paragraph, a present-tense
    sentence that ends the time told."""
    from dyad.pipeline import Pipeline

    text = (
        "Kiew (dpa) – Bei einem Luftangriff sind am Montag in Kiew viele Menschen getötet "
        "worden. Russland griff Kiew mit Raketen an. Für Dienstag wurde eine Sitzung des "
        "Sicherheitsrats einberufen.\n\n"
        "Am selben Tag traf Indiens Premier Modi in Moskau ein.\n\n"
        "Putin war am Sonntag nach Minsk gereist. Dort unterzeichneten Putin und Lukaschenko "
        "einen Vertrag.\n\n"
        "Die Ukraine ist seit Jahren im Krieg. Die USA verhängten Sanktionen gegen Russland."
    )
    events = Pipeline().code_text(text, published=THURSDAY).events
    dates = {(e["source"]["country"], e["cameo"][:2]): e["event_date"] for e in events}
    assert dates[("RUS", "19")] == "2024-03-04"  # the attack: 'am Montag' the sentence before
    assert dates[("IND", "04")] == "2024-03-04"  # 'am selben Tag', not the scheduled Tuesday
    assert dates[("BLR", "05")] == "2024-03-03"  # the flashback paragraph's Sunday
    assert dates[("USA", "16")] == THURSDAY  # after 'ist seit Jahren im Krieg'
