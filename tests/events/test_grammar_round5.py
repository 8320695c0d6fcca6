"""Round 5: discourse and coordination, on sentences written for these tests.

- reactions whose object names the act ('verurteilte den Start', 'die Angriffe')
- group references to two actors ('die beiden Politiker', 'beide Seiten' as object)
- co-subjects ('Gemeinsam mit X traf Y Z')
- a fronted content clause of a demand or accusation ('X müsse …, forderte Y')
"""

from __future__ import annotations

from typing import Any

import pytest

from dyad.pipeline import Options, Pipeline

FILLER = "Die Börsen reagierten nervös. Analysten erwarten Verluste. "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Options(collapse_repeats=False))


def events_of(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    result = pipeline.code_text(text, published="2024-03-07")
    assert result.error is None
    return result.events


def last_sentence(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    events = events_of(pipeline, text)
    last = max(e["explanation"]["sentence_index"] for e in events)
    return [e for e in events if e["explanation"]["sentence_index"] == last]


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


def test_condemned_launch_by_a_third_state_stays_without_target(pipeline: Pipeline) -> None:
    text = UNTARGETED_LAUNCH + "Frankreich verurteilte den Start."
    assert pairs(last_sentence(pipeline, text), "11") == {("FRA", None)}


STRIKES = "Die US-Armee griff am Montag mehrere Boote in der Karibik an. "


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # the sentence after the strikes says where the boats came from
        ("Die Boote waren nach Angaben aus Washington aus Venezuela gekommen. ", "USA"),
        ("Die Schiffe stammten aus Venezuela. ", "USA"),
        # nothing ties the strikes to Venezuela
        ("Die Boote waren aus Kolumbien gekommen. ", None),
        ("", None),
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
