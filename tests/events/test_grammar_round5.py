"""Round 5: discourse and coordination, on sentences written for these tests.

- reactions whose object names the act ('verurteilte den Start', 'die Angriffe')
- group references to two actors ('die beiden Politiker', 'beide Seiten' as object)
- co-subjects ('Gemeinsam mit X traf Y Z')
- a fronted content clause of a demand or accusation ('X müsse …, forderte Y')
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.events.conftest import events_of, last_sentence

from dyad.pipeline import Pipeline

FILLER = "Die Börsen reagierten nervös. Analysten erwarten Verluste. "


def pairs(events: list[dict[str, Any]], root: str) -> set[tuple[str, str | None]]:
    return {
        (e["source"]["country"], e["target"]["country"] if e["target"] else None)
        for e in events
        if e["cameo"].startswith(root)
    }


# -- 1. reactions whose object names the act --------------------------------------------

LAUNCH = "Nordkorea hat am Morgen mehrere Raketen in Richtung Südkorea abgefeuert. "
UNTARGETED_LAUNCH = "Nordkorea hat nach Angaben des südkoreanischen Militärs Raketen abgefeuert. "


@pytest.mark.parametrize(
    "text",
    [
        LAUNCH + "Die Regierung in Seoul verurteilte den Start als Provokation.",
        UNTARGETED_LAUNCH + "Südkorea verurteilte den Raketenstart scharf.",
        UNTARGETED_LAUNCH + FILLER + "Seoul kritisierte den Start als Provokation.",
    ],
)
def test_condemned_launch_is_aimed_at_the_launching_state(pipeline: Pipeline, text: str) -> None:
    assert pairs(last_sentence(pipeline, text), "11") == {("KOR", "PRK")}


def test_condemned_launch_by_a_third_state_is_aimed_at_the_launcher(pipeline: Pipeline) -> None:
    # a third party condemning the one launch told is aimed at its agent
    # (dyad.events.discourse.third_party_target; this wanted no target before)
    text = UNTARGETED_LAUNCH + "Frankreich verurteilte den Start."
    assert pairs(last_sentence(pipeline, text), "11") == {("FRA", "PRK")}


STRIKES = "Die US-Armee griff am Montag mehrere Boote in der Karibik an. "


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # the sentence after the strikes says where the boats came from
        ("Die Boote waren nach Angaben aus Washington aus Venezuela gekommen. ", "USA"),
        ("Die Schiffe stammten aus Venezuela. ", "USA"),
        # nothing ties the strikes to Venezuela: its president condemns them as a third
        # party, and that is aimed at their agent all the same
        ("Die Boote waren aus Kolumbien gekommen. ", "USA"),
        ("", "USA"),
    ],
)
def test_strikes_without_target_answered_by_the_country_named_next(
    pipeline: Pipeline, middle: str, expected: str | None
) -> None:
    text = STRIKES + middle + "Venezuelas Präsident verurteilte die Angriffe."
    assert pairs(last_sentence(pipeline, text), "11") == {("VEN", expected)}


def test_states_named_in_a_coordinated_demand_do_not_block_the_reaction(
    pipeline: Pipeline,
) -> None:
    text = (
        "Die israelische Luftwaffe griff Ziele im Libanon an. Der libanesische Präsident "
        "verurteilte die Angriffe und forderte Frankreich auf, Druck auf Israel auszuüben."
    )
    assert pairs(last_sentence(pipeline, text), "11") == {("LBN", "ISR")}
    # a third state in the reaction's own clause still does
    text = (
        "Die israelische Luftwaffe griff Ziele im Libanon an. Der libanesische Präsident "
        "verurteilte gemeinsam mit Frankreich die Angriffe."
    )
    assert ("LBN", "ISR") not in pairs(last_sentence(pipeline, text), "11")


# -- 2. group references to two actors -------------------------------------------------

MODI_XI = "Indiens Premierminister Modi und Chinas Präsident Xi haben sich um Annäherung bemüht. "


@pytest.mark.parametrize(
    "second",
    [
        "Die beiden Politiker kamen am Sonntag am Rande des Gipfels zu Gesprächen zusammen.",
        "Die beiden Staatschefs trafen sich am Rande des Gipfels.",
        "Beide Regierungschefs trafen sich am Sonntag in Tianjin.",
    ],
)
def test_the_two_politicians_are_the_two_named_before(pipeline: Pipeline, second: str) -> None:
    assert pairs(last_sentence(pipeline, MODI_XI + second), "04") == {
        ("IND", "CHN"),
        ("CHN", "IND"),
    }


def test_the_two_politicians_need_exactly_two_states(pipeline: Pipeline) -> None:
    three = "Modi, Xi und Putin haben sich um Annäherung bemüht. "
    text = three + "Die beiden Politiker trafen sich am Rande des Gipfels."
    assert not pairs(events_of(pipeline, text), "04")


WAR = (
    "Israel hat in der Nacht Ziele im Iran angegriffen. "
    "Am Abend feuerte der Iran Raketen auf Israel ab. "
    "Saudi-Arabien und die Türkei kritisierten Israel scharf. "
)


@pytest.mark.parametrize(
    "appeal",
    [
        "Bundeskanzler Merz rief beide Seiten zur Zurückhaltung auf.",
        "Frankreich forderte beide Seiten auf, die Kämpfe einzustellen.",
    ],
)
def test_both_sides_as_object_are_the_two_parties_of_the_war(
    pipeline: Pipeline, appeal: str
) -> None:
    events = last_sentence(pipeline, WAR + appeal)
    sources = {e["source"]["country"] for e in events}
    assert len(sources) == 1
    [source] = sources
    assert {(s, t) for s, t in pairs(events, "") if t} == {(source, "ISR"), (source, "IRN")}


@pytest.mark.parametrize(
    "text",
    [
        # only one side attacked: no two parties of a conflict, and three states named
        "Israel hat Ziele im Iran angegriffen. Saudi-Arabien und die Türkei kritisierten "
        "Israel scharf. Merz rief beide Seiten zur Zurückhaltung auf.",
        # two wars reported, then three states: which two sides are meant is unclear
        WAR + "Russland griff die Ukraine an. Die Ukraine beschoss Russland. Polen, "
        "Italien und Spanien verurteilten die Gewalt. Merz rief beide Seiten zur Ruhe auf.",
    ],
)
def test_both_sides_as_object_unresolved(pipeline: Pipeline, text: str) -> None:
    assert all(e["target"] is None for e in last_sentence(pipeline, text))


def test_both_sides_named_just_before_without_a_war(pipeline: Pipeline) -> None:
    text = (
        "Die USA und China streiten seit Monaten über Zölle. "
        "Die EU-Kommission rief beide Seiten zu Gesprächen auf."
    )
    events = last_sentence(pipeline, text)
    assert {e["target"]["country"] for e in events if e["target"]} == {"USA", "CHN"}


# -- 3. co-subjects: 'gemeinsam mit X' -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "Gemeinsam mit dem französischen Präsidenten Macron und dem polnischen "
            "Regierungschef Tusk traf Kanzler Merz in Kiew den ukrainischen Präsidenten.",
            "04",
            {("DEU", "UKR"), ("FRA", "UKR"), ("POL", "UKR")},
        ),
        (
            "Gemeinsam mit Frankreich kritisierte Deutschland Russland scharf.",
            "11",
            {("DEU", "RUS"), ("FRA", "RUS")},
        ),
        (
            "Zusammen mit Kanada verhängten die USA Sanktionen gegen den Iran.",
            "16",
            {("USA", "IRN"), ("CAN", "IRN")},
        ),
    ],
)
def test_companions_do_what_the_subject_does(
    pipeline: Pipeline, text: str, root: str, expected: set[tuple[str, str]]
) -> None:
    found = {(s, t) for s, t in pairs(events_of(pipeline, text), root) if t}
    assert expected <= found
    assert not {(s, t) for s, t in found if {s, t} <= {"DEU", "FRA", "POL", "USA", "CAN"}}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the 'mit' phrase is the partner of a joint exercise, not a co-subject
        (
            "Gemeinsam mit Japan hielten die Philippinen ein Manöver ab.",
            "06",
            {("PHL", "JPN"), ("JPN", "PHL")},
        ),
        # a plain 'mit' phrase is no companion
        (
            "Mit Frankreich sprach Deutschland über Russland.",
            "04",
            {("DEU", "FRA"), ("FRA", "DEU")},
        ),
    ],
)
def test_mit_partner_is_no_companion(
    pipeline: Pipeline, text: str, root: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, t) for s, t in pairs(events_of(pipeline, text), root) if t} == expected


def test_companion_without_a_target_adds_nothing(pipeline: Pipeline) -> None:
    text = "Gemeinsam mit Frankreich protestierte Deutschland."
    assert pairs(events_of(pipeline, text), "11") == {("DEU", None)}


# -- 4. the fronted content clause of a demand or an accusation ------------------------


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "Pjöngjang müsse derartige Handlungen sofort einstellen, forderte das "
            "Präsidialamt in Seoul.",
            "10",
            ("KOR", "PRK"),
        ),
        (
            "Russland solle seine Truppen abziehen, verlangte die Bundesregierung.",
            "10",
            ("DEU", "RUS"),
        ),
        (
            "Die Bundesregierung forderte, Russland möge die Gefangenen freilassen.",
            "10",
            ("DEU", "RUS"),
        ),
        (
            "Washington verletze damit das Völkerrecht, warf Kolumbiens Präsident Gustavo "
            "Petro vor.",
            "11",
            ("COL", "USA"),
        ),
        ("China warf vor, Japan verletze die Souveränität des Landes.", "11", ("CHN", "JPN")),
    ],
)
def test_reported_subject_is_the_addressee(
    pipeline: Pipeline, text: str, root: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), root) == {expected}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # 'man' names nobody; the object of the reported clause is no addressee
        ("Man müsse Russland stärker sanktionieren, forderte Kanzler Merz.", "10", ("DEU", None)),
        # without a modal of obligation the reported clause states a fact, not a demand
        ("Russland habe die Truppen verstärkt, forderte Kanzler Merz.", "10", ("DEU", None)),
        # the speaker's own side is no addressee
        (
            "Deutschland müsse mehr Verantwortung übernehmen, forderte Kanzler Merz.",
            "10",
            ("DEU", None),
        ),
    ],
)
def test_reported_clause_without_addressee(
    pipeline: Pipeline, text: str, root: str, expected: tuple[str, str | None]
) -> None:
    assert pairs(events_of(pipeline, text), root) == {expected}


# -- coordinated owners of one shared event: 'ihre Übung' ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Streitkräfte der USA und Südkoreas hatten am Montag ihre jährliche Übung begonnen.",
        "Die USA und Südkorea begannen am Montag ihre Übung.",
    ],
)
def test_their_one_exercise_is_a_joint_one(pipeline: Pipeline, text: str) -> None:
    assert pairs(events_of(pipeline, text), "06") == {("USA", "KOR"), ("KOR", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        # exercises in the plural may be separate ones
        "Die USA und Südkorea begannen am Montag ihre Übungen.",
        # one state's own exercise
        "Die Armee Südkoreas begann am Montag ihre jährliche Übung.",
    ],
)
def test_no_joint_exercise_without_two_owners_of_one(pipeline: Pipeline, text: str) -> None:
    assert not pairs(events_of(pipeline, text), "06")


# -- 'das Nachbarland': the one bordering state named before ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die DR Kongo und Ruanda haben verhandelt. Die kongolesische Regierung "
            "wirft dem Nachbarland vor, Rebellen zu unterstützen.",
            ("COD", "RWA"),
        ),
        (
            "Finnland hat alle Grenzübergänge geschlossen. Russland kritisierte den "
            "Nachbarstaat scharf.",
            ("RUS", "FIN"),
        ),
        (
            "Die Ukraine meldete neue Angriffe. Polen kritisierte sein Nachbarland scharf.",
            ("POL", "UKR"),
        ),
    ],
)
def test_the_neighbour_is_the_bordering_state_named_before(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(last_sentence(pipeline, text), "11") == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # no bordering state named
        "Japan hat Sanktionen verhängt. Russland kritisierte das Nachbarland scharf.",
        # two bordering states named: which one is unclear
        "Finnland und Estland schlossen ihre Grenzen. Russland kritisierte den Nachbarstaat.",
        # the neighbours in the plural are several states
        "Finnland hat die Grenze geschlossen. Russland kritisierte die Nachbarländer scharf.",
    ],
)
def test_no_neighbour_without_one_bordering_state(pipeline: Pipeline, text: str) -> None:
    assert all(e["target"] is None for e in last_sentence(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Andernfalls würden die Sanktionen gegen Moskau massiv verschärft, drohte "
            "Kanzler Merz.",
            ("DEU", "RUS"),
        ),
        ("Israel werde diesen Angriff bitter bereuen, drohte der Iran.", ("IRN", "ISR")),
        ("Man werde Taiwan notfalls mit Gewalt einnehmen, drohte Peking.", ("CHN", "TWN")),
        # nobody named who would suffer
        ("Die Lage werde weiter eskalieren, drohte Peking.", ("CHN", None)),
        # the speaker's own side is not threatened
        ("China werde seine Interessen verteidigen, drohte Peking.", ("CHN", None)),
    ],
)
def test_threat_is_aimed_at_who_would_suffer_the_reported_act(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None]
) -> None:
    assert pairs(events_of(pipeline, text), "13") == {expected}


# -- a spokesperson who names nobody speaks for the state named just before ------------

COAST_GUARD = "Die chinesische Küstenwache stellte den Vorfall anders dar. "


@pytest.mark.parametrize(
    "second",
    [
        "Manila habe die Spannungen verschärft, kritisierte ein Sprecher.",
        "Philippinische Schiffe seien illegal eingedrungen, warf ein Sprecher Manila vor.",
        "Ein Sprecher warf Manila eine gezielte Provokation vor.",
        "Eine Sprecherin kritisierte Manila scharf.",
    ],
)
def test_spokesperson_of_the_state_named_before(pipeline: Pipeline, second: str) -> None:
    assert ("CHN", "PHL") in pairs(last_sentence(pipeline, COAST_GUARD + second), "11")


@pytest.mark.parametrize(
    "text",
    [
        # two states named before
        "Japan und China streiten über Inseln. Ein Sprecher warf Manila Provokationen vor.",
        # the spokesperson's own organisation is named, though not as an actor
        COAST_GUARD + "Ein Sprecher des Roten Kreuzes warf Manila Versäumnisse vor.",
        # nobody named before
        "Die Lage ist ernst. Ein Sprecher warf Manila Provokationen vor.",
    ],
)
def test_spokesperson_without_one_state_before(pipeline: Pipeline, text: str) -> None:
    assert not pairs(events_of(pipeline, text), "11")
