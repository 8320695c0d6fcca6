"""Reactions whose target comes from the sentences before (dyad.events.discourse),
run through the whole pipeline (actors, coder, discourse, records) on made-up text."""

from __future__ import annotations

from typing import Any

import pytest
from tests.events.conftest import events_of, last_event

from dyad.events.discourse import reaction_kind, reaction_target
from dyad.model import Candidate, Document, Mention, Sentence
from dyad.pipeline import Pipeline

SANCTIONS = "Die USA verhängten am Montag Sanktionen gegen China."
# Sentences that name no actor and no event: distance between an act and a reaction.
FILLER = (
    "Die Börsen reagierten nervös. Analysten erwarten Verluste. Die Preise stiegen deutlich. "
    "Viele Firmen warten ab. Der Handel ging zurück. "
)


def target_code(event: dict[str, Any]) -> str | None:
    return event["target"]["code"] if event["target"] else None


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        (SANCTIONS + " China protestierte am Dienstag gegen die Sanktionen.", "CHN", "USA", "114"),
        (
            "Washington verhängte Strafzölle auf chinesische Elektroautos. "
            "Peking kritisierte die Entscheidung scharf.",
            "CHNGOV",
            "USAGOV",
            "111",
        ),
        (
            "Russland wies zwei japanische Diplomaten aus. Japan protestierte scharf.",
            "JPN",
            "RUS",
            "114",
        ),
        (
            "Russland verhängte ein Einfuhrverbot gegen die EU. "
            "Die EU kritisierte die Entscheidung.",
            "IGOEUREEC",
            "RUS",
            "111",
        ),
        (
            "Peking warf Tokio vor, das Meer zu verschmutzen. Tokio wies die Vorwürfe zurück.",
            "JPNGOV",
            "CHNGOV",
            "120",
        ),
        (
            "Die USA hoben die Sanktionen gegen Venezuela auf. "
            "Venezuela begrüßte die Entscheidung.",
            "VEN",
            "USA",
            "051",
        ),
    ],
)
def test_reaction_takes_the_source_of_the_act_it_answers(
    pipeline: Pipeline, text: str, source: str, target: str, cameo: str
) -> None:
    event = last_event(pipeline, text)
    assert (event["source"]["code"], target_code(event), event["cameo"]) == (source, target, cameo)
    explanation = event["explanation"]
    assert "target from the event in sentence 0" in explanation["note"]
    assert explanation["target_span"] is None  # the target is named in another sentence
    assert "sentence 0" in explanation["target_how"]
    assert event["confidence"] < 0.8


def test_reaction_in_the_same_sentence(pipeline: Pipeline) -> None:
    text = (
        "Die USA verhängten Sanktionen gegen China, woraufhin China gegen die Sanktionen "
        "protestierte."
    )
    protests = [e for e in events_of(pipeline, text) if e["cameo"].startswith("11")]
    assert [(e["source"]["code"], target_code(e)) for e in protests] == [("CHN", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        # two states imposed them: which one is meant is unclear
        "Die USA und Japan verhängten Sanktionen gegen Russland. "
        "Russland protestierte gegen die Sanktionen.",
        # no earlier event
        "China protestierte am Dienstag gegen die Zölle.",
        # the event is too far back (eleven sentences)
        SANCTIONS + " " + FILLER + FILLER + "China protestierte gegen die Sanktionen.",
        # a party to a joint act is not its target
        "Die USA und Iran einigten sich auf ein Abkommen. " + FILLER + "Die USA zeigten sich "
        "enttäuscht.",
        # the reaction is aimed at something else
        SANCTIONS + " China kritisierte die Opposition.",
        # its object names another kind of act than the event before
        SANCTIONS + " China kritisierte das Treffen.",
        # the same country reacts to its own act
        SANCTIONS + " Die USA kritisierten die Entscheidung.",
        # a third state is named in the reaction
        SANCTIONS + " China protestierte gemeinsam mit Russland gegen die Sanktionen.",
        # praise needs an object that names the act
        SANCTIONS + " China lobte den Präsidenten.",
        # the earlier act was only announced
        "Die USA wollen Sanktionen gegen China verhängen. China protestierte gegen die Sanktionen.",
    ],
)
def test_no_target_from_the_context(pipeline: Pipeline, text: str) -> None:
    event = last_event(pipeline, text)
    assert event["target"] is None
    assert "target from the event" not in event["explanation"]["note"]


def test_reaction_codes_come_from_the_table() -> None:
    assert reaction_kind("114") == "reaction"
    assert reaction_kind("1011") == "reaction"
    assert reaction_kind("051") == "needs_act"
    assert reaction_kind("042") is None
    assert reaction_kind("163") is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Frankreich verurteilte den russischen Angriff und forderte eine Waffenruhe.", "RUS"),
        (
            "Bei einem Luftangriff ägyptischer Sicherheitskräfte wurden acht mexikanische "
            "Touristen getötet. Mexikos Regierung verurteilte den Vorfall scharf und forderte "
            "eine Untersuchung.",
            "EGYCOP",
        ),
    ],
)
def test_demand_shares_the_target_of_the_criticism_it_is_coordinated_with(
    pipeline: Pipeline, text: str, target: str
) -> None:
    [demand] = [e for e in events_of(pipeline, text) if e["cameo"].startswith("10")]
    assert target_code(demand) == target
    assert "target shared with the 'de.11.verurteilen' event" in demand["explanation"]["note"]


@pytest.mark.parametrize(
    "text",
    [
        # the demand names its own addressee
        "Präsident Selenskyj verurteilte den russischen Angriff und verlangte von den "
        "westlichen Partnern eine entschlossene Antwort.",
        # nothing to share
        "Frankreich forderte eine Waffenruhe.",
    ],
)
def test_demand_keeps_no_target(pipeline: Pipeline, text: str) -> None:
    [demand] = [e for e in events_of(pipeline, text) if e["cameo"].startswith("10")]
    assert demand["target"] is None


INSULT = "Die Ukraine beschuldigte Russland der Lüge."


def test_only_acts_of_the_kind_named_make_it_ambiguous(pipeline: Pipeline) -> None:
    text = (
        "Putin und Lukaschenko unterzeichneten einen Vertrag. Die USA verhängten Sanktionen "
        "gegen Russland. Russland protestierte gegen die Sanktionen."
    )
    event = last_event(pipeline, text)
    assert (event["source"]["code"], target_code(event)) == ("RUS", "USA")
    # Russia is a party to the treaty, not its target: it does not make the protest
    # ambiguous even when the protest names no act
    event = last_event(pipeline, text.replace(" gegen die Sanktionen", ""))
    assert target_code(event) == "USA"
    # an act of another state aimed at Russia does
    other = text.replace("Putin und Lukaschenko unterzeichneten einen Vertrag.", INSULT)
    event = last_event(pipeline, other.replace(" gegen die Sanktionen", ""))
    assert event["target"] is None
    assert target_code(last_event(pipeline, other)) == "USA"  # the object names the act


def _mention(text: str, word: str, code: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, code, code[:3], code[3:] or None)


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_the_event_its_object_names_in_the_same_sentence() -> None:
    """'verurteilte die Ausweisung … durch Russland': the noun event coded from the
    object is what the criticism answers, though its trigger comes after the verb."""
    text = "Das Auswärtige Amt verurteilte die Ausweisung deutscher Diplomaten durch Russland."
    amt, russia = _mention(text, "Auswärtige Amt", "DEUGOV"), _mention(text, "Russland", "RUS")
    diplomats = _mention(text, "deutscher Diplomaten", "DEUGOV")
    expulsion = Candidate(russia, diplomats, "161", "test.expulsion", _span(text, "Ausweisung"))
    criticism = Candidate(amt, None, "111", "test.criticism", _span(text, "verurteilte"))
    sentence = Sentence(0, 0, len(text), text, mentions=[amt, diplomats, russia])
    sentence.candidates = [criticism, expulsion]
    doc = Document(id="t", text=text, sentences=[sentence])
    filled = reaction_target(doc, sentence, criticism)
    assert filled is not None and filled.target is not None
    assert filled.target.code == "RUS"
    assert (filled.target.start, filled.target.end) == (russia.start, russia.end)  # same sentence
    # an event told after the reaction, not named by its object, does not count
    other = "Das Auswärtige Amt protestierte, nachdem Russland deutsche Diplomaten auswies."
    sentence = Sentence(0, 0, len(other), other, mentions=[])
    protest = Candidate(amt, None, "114", "test.protest", _span(other, "protestierte"))
    sentence.candidates = [
        protest,
        Candidate(russia, diplomats, "161", "test.expulsion", _span(other, "auswies")),
    ]
    doc = Document(id="t", text=other, sentences=[sentence])
    assert reaction_target(doc, sentence, protest) is None


# -- one rule for every reaction that names no target ('verurteilte den Vorfall') ----------

INCIDENT = "Aserbaidschanische Truppen haben am Montag armenische Soldaten getötet. "


@pytest.mark.parametrize(
    "text",
    [
        INCIDENT + "Armeniens Regierung verurteilte den Vorfall scharf.",
        # a paragraph later: a noun that names the act reaches back ten sentences
        INCIDENT + FILLER + "Armeniens Regierung verurteilte den Vorfall scharf.",
        INCIDENT + FILLER + "Eriwan verurteilte die Tat.",
        INCIDENT + "Armenien verurteilte die Attacke als Provokation.",
    ],
)
def test_condemned_incident_refers_to_the_attack_on_the_critic(
    pipeline: Pipeline, text: str
) -> None:
    event = last_event(pipeline, text)
    assert (event["source"]["country"], event["target"]["country"]) == ("ARM", "AZE")
    assert "target from the event in sentence 0" in event["explanation"]["note"]


def test_third_state_condemning_the_incident_targets_its_agent(pipeline: Pipeline) -> None:
    """A third state's condemnation of the one act told is aimed at its agent (it was a
    'no target' case before dyad.events.discourse.third_party_target), never its victim."""
    event = last_event(pipeline, INCIDENT + "Frankreich verurteilte den Vorfall.")
    assert (event["source"]["code"], event["target"]["country"]) == ("FRA", "AZE")


@pytest.mark.parametrize(
    "text",
    [
        # two states acted against the critic: which one is meant is unclear
        INCIDENT + "Die Türkei verhängte Sanktionen gegen Armenien. "
        "Armeniens Regierung verurteilte den Vorfall scharf.",
        # the incident is too far back
        INCIDENT + FILLER + FILLER + "Armeniens Regierung verurteilte den Vorfall scharf.",
    ],
)
def test_condemned_incident_without_a_clear_author(pipeline: Pipeline, text: str) -> None:
    event = last_event(pipeline, text)
    assert event["target"] is None


EXPULSION = "Russland wies zwei japanische Diplomaten aus. "


@pytest.mark.parametrize(
    "text",
    [
        EXPULSION + "Japan protestierte scharf.",
        # the reacting side's own steps in between do not count
        EXPULSION + "Japan bestellte den russischen Botschafter ein. Japan protestierte scharf.",
        EXPULSION + FILLER + "Japan protestierte scharf.",
    ],
)
def test_reaction_without_object_answers_the_latest_act(pipeline: Pipeline, text: str) -> None:
    event = last_event(pipeline, text)
    assert (event["source"]["country"], target_code(event)) == ("JPN", "RUS")


def test_reaction_without_object_after_another_act_gets_no_target(pipeline: Pipeline) -> None:
    text = EXPULSION + "Frankreich kritisierte Italien. Japan protestierte scharf."
    assert last_event(pipeline, text)["target"] is None
    # naming the act still finds it
    text = EXPULSION + "Frankreich kritisierte Italien. Japan protestierte gegen die Ausweisung."
    assert target_code(last_event(pipeline, text)) == "RUS"
