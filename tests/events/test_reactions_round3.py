"""Criticism and rejection with an implicit target (CAMEO 11, 12): a third party's
reaction to an act told just before is aimed at the act's agent, never its victim
(dyad.events.discourse.third_party_target); the reaction's own noun ('legte Protest
ein', 'Kritik an …') is no object. Whole pipeline on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from tests.events.conftest import last_event

from dyad.pipeline import Pipeline

ATTACK = "Russische Truppen griffen am Montag Stellungen in der Ukraine an. "
BOMBING = "Israelische Kampfflugzeuge bombardierten am Sonntag Ziele im Libanon. "
SANCTIONS = "China verhängte am Freitag Sanktionen gegen Litauen. "
VERDICT = "Ein Gericht in Saudi-Arabien verurteilte den Blogger zu zehn Jahren Haft. "
SHOT_DOWN = "Die Türkei schoss ein russisches Kampfflugzeug ab. "


def pair(event: dict[str, Any]) -> tuple[str, str | None, str]:
    target = event["target"]["country"] if event["target"] else None
    return event["source"]["country"], target, event["cameo"][:2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ATTACK + "Frankreich verurteilte den Angriff.", ("FRA", "RUS", "11")),
        (
            ATTACK + "Frankreich verurteilte den Angriff auf die Ukraine scharf.",
            ("FRA", "RUS", "11"),
        ),
        (BOMBING + "Die Türkei verurteilte die Bombardierung scharf.", ("TUR", "ISR", "11")),
        (BOMBING + "Die Türkei protestierte gegen die Luftangriffe.", ("TUR", "ISR", "11")),
        # the act named in a reported clause in front of the reaction
        (
            BOMBING + "Die Angriffe seien inakzeptabel, kritisierte der türkische Außenminister.",
            ("TUR", "ISR", "11"),
        ),
        (
            "Syrische Regierungstruppen griffen ein Krankenhaus in Aleppo an. "
            "Die Attacke sei empörend, kritisierte Kerry.",
            ("USA", "SYR", "11"),
        ),
        # the noun's genitive repeats the agent's own noun
        (
            "Syrische Regierungstruppen griffen ein Krankenhaus in Aleppo an. Kerry kritisierte "
            "den Angriff der Regierungstruppen auf das Krankenhaus als empörend.",
            ("USA", "SYR", "11"),
        ),
        # the owner of a verdict, in the reaction's own noun phrase or behind the verb
        (VERDICT + "Kritik an dem Urteil kam aus den USA.", ("USA", "SAU", "11")),
        (VERDICT + "Die USA übten scharfe Kritik an dem Urteil.", ("USA", "SAU", "11")),
        (VERDICT + "Österreich legte gegen das Urteil Protest ein.", ("AUT", "SAU", "11")),
        # rejection and protest by a third party
        (SANCTIONS + "Die EU wies die Sanktionen zurück.", ("EU", "CHN", "12")),
        (SANCTIONS + "Deutschland legte gegen die Sanktionen Protest ein.", ("DEU", "CHN", "11")),
        # the victim's protest: the reaction's own noun is no object
        (SHOT_DOWN + "Russland legte Protest ein.", ("RUS", "TUR", "11")),
    ],
)
def test_reaction_is_aimed_at_the_agent_of_the_act_it_names(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    event = last_event(pipeline, text)
    source, target, root = pair(event)
    if expected[0] == "EU":
        source = "EU" if event["source"]["code"].startswith("IGOEU") else source
    assert (source, target, root) == expected
    assert "target from the event in sentence 0" in event["explanation"]["note"]
    assert event["explanation"]["target_span"] is None  # named in another sentence


@pytest.mark.parametrize(
    "text",
    [
        # the reacting side's own act
        "Französische Truppen griffen Stellungen in Mali an. "
        "Die französische Regierung wies die Kritik an dem Angriff zurück.",
        "Französische Truppen griffen Stellungen in Mali an. Frankreich kritisierte den Angriff.",
        # two agents of that kind of act
        "Russland griff die Ukraine an. Die Türkei griff Syrien an. "
        "Frankreich verurteilte den Angriff.",
        # an act by someone who is no state, told after the state's act
        "Russland griff Ziele in Syrien an. Kämpfer des IS griffen eine Stadt im Irak an. "
        "Frankreich verurteilte den Angriff.",
        "Die Taliban griffen Kabul an. Frankreich verurteilte den Angriff.",
        "Unbekannte griffen eine Kaserne in Mali an. Frankreich verurteilte den Angriff.",
        # the reaction is about something else, or tells a new act
        ATTACK + "Frankreich kritisierte die Opposition.",
        ATTACK + "Frankreich verurteilte Angriffe auf Zivilisten.",
        ATTACK + "Frankreich verurteilte den Angriff der Rebellen.",
        BOMBING + "Die Türkei verurteilte den Anschlag auf eine Synagoge.",
        BOMBING + "Die Türkei verurteilte den Angriff auf Zivilisten in Syrien.",
        # a reported clause that names no act
        ATTACK + "Die Lage sei empörend, kritisierte Macron.",
        # the noun names another kind of act
        SANCTIONS + "Deutschland kritisierte den Angriff.",
        # the act is too far back for a third party
        ATTACK + "Die Börsen reagierten nervös. Analysten erwarten Verluste. Die Preise stiegen. "
        "Viele Firmen warten ab. Frankreich verurteilte den Angriff.",
        # praise is no criticism, and an announced condemnation is no fact
        BOMBING + "Die Türkei lobte den Angriff.",
    ],
)
def test_no_target_for_the_reaction(pipeline: Pipeline, text: str) -> None:
    event = last_event(pipeline, text)
    assert event["target"] is None
    assert "target from the event" not in event["explanation"]["note"]


def test_the_agent_not_the_victim(pipeline: Pipeline) -> None:
    """The victim of the act is named in the reaction; the target stays the agent."""
    event = last_event(pipeline, ATTACK + "Polen verurteilte den Angriff auf die Ukraine.")
    assert pair(event) == ("POL", "RUS", "11")
    assert "agent of the 'de.19.angreifen' act in sentence 0" in event["explanation"]["target_how"]


# -- no act of that kind coded: the owner the sentences before name ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Parlament in Moskau verabschiedete am Mittwoch ein Gesetz gegen ausländische "
            "Agenten. Die Bundesregierung kritisierte das Gesetz scharf.",
            ("DEU", "RUS", "11"),
        ),
        (
            "Ungarns Regierung beschloss ein neues Mediengesetz. Das Gesetz sei ein Angriff auf "
            "die Pressefreiheit, kritisierte die EU-Kommission.",
            ("EU", "HUN", "11"),
        ),
        (
            "Die Bemerkungen des chinesischen Botschafters lösten in Paris Empörung aus. "
            "Frankreich protestierte gegen die Bemerkungen.",
            ("FRA", "CHN", "11"),
        ),
        (
            "Die Äußerungen des iranischen Präsidenten sorgten für Empörung. "
            "Frankreich wies die Äußerungen zurück.",
            ("FRA", "IRN", "12"),
        ),
        (
            "Der Oberste Gerichtshof Saudi-Arabiens bestätigte das Urteil gegen den Blogger. "
            "Kritik an dem Urteil kam aus den USA.",
            ("USA", "SAU", "11"),
        ),
    ],
)
def test_reaction_is_aimed_at_the_owner_named_before(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    event = last_event(pipeline, text)
    source, target, root = pair(event)
    if expected[0] == "EU":
        source = "EU" if event["source"]["code"].startswith("IGOEU") else source
    assert (source, target, root) == expected
    assert "target from sentence 0: its object names" in event["explanation"]["note"]


@pytest.mark.parametrize(
    "text",
    [
        # who welcomed the verdict did not give it
        "Die USA begrüßten das Urteil gegen den russischen Spion. China kritisierte das Urteil.",
        # the latest sentence naming it names who welcomed it, not who gave it
        "Der Oberste Gerichtshof Saudi-Arabiens bestätigte das Urteil gegen den Blogger. "
        "Die USA begrüßten das Urteil. Österreich kritisierte das Urteil.",
        # the owner is the reacting side itself
        "Die Äußerungen des iranischen Präsidenten sorgten für Empörung. "
        "Iran kritisierte die Äußerungen.",
        # no state named as the owner
        "Ein Gericht verurteilte den Oppositionspolitiker. Die USA kritisierten das Urteil.",
        # two owners
        "Russland und China verabschiedeten ein Gesetz. Die EU kritisierte das Gesetz.",
        "Die Äußerungen von Politikern in Polen und Deutschland sorgten für Empörung. "
        "Frankreich wies die Äußerungen zurück.",
    ],
)
def test_no_owner_for_the_reaction(pipeline: Pipeline, text: str) -> None:
    event = last_event(pipeline, text)
    assert event["target"] is None


@pytest.mark.parametrize(
    "reaction",
    [
        "Den Angriff verurteilte Frankreich scharf.",
        "Der Angriff wurde von Frankreich scharf verurteilt.",
        "Auch Frankreich verurteilte die Angriffe.",
        "Frankreich verurteilte die Tat auf das Schärfste.",
    ],
)
def test_act_noun_in_front_or_in_a_passive(pipeline: Pipeline, reaction: str) -> None:
    assert pair(last_event(pipeline, ATTACK + reaction)) == ("FRA", "RUS", "11")


@pytest.mark.parametrize(
    "reaction",
    [
        "Die Opposition wurde von Frankreich scharf kritisiert.",
        "Den Präsidenten kritisierte Frankreich scharf.",
    ],
)
def test_other_object_in_front_or_in_a_passive(pipeline: Pipeline, reaction: str) -> None:
    assert last_event(pipeline, ATTACK + reaction)["target"] is None


def test_act_told_in_a_relative_clause_of_the_reaction(pipeline: Pipeline) -> None:
    text = (
        "Die Bundesregierung verurteilte den Luftangriff, bei dem die israelische Armee Ziele "
        "im Libanon bombardiert hatte."
    )
    result = pipeline.code_text(text, published="2024-03-07")
    [criticism] = [e for e in result.events if e["cameo"].startswith("11")]
    assert pair(criticism) == ("DEU", "ISR", "11")
    assert criticism["explanation"]["target_span"] is not None  # named in this sentence
    # a temporal clause is no description of the act the noun names
    result = pipeline.code_text(text.replace("bei dem", "nachdem"), published="2024-03-07")
    [criticism] = [e for e in result.events if e["cameo"].startswith("11")]
    assert criticism["target"] is None


def test_states_reacting_together_do_not_block_each_other(pipeline: Pipeline) -> None:
    result = pipeline.code_text(
        ATTACK + "Die Ukraine und Polen verurteilten den Angriff.", published="2024-03-07"
    )
    criticisms = [e for e in result.events if e["cameo"].startswith("11")]
    assert sorted(pair(e) for e in criticisms) == [("POL", "RUS", "11"), ("UKR", "RUS", "11")]


def test_an_act_its_sentence_accuses_someone_of_is_no_act_told(pipeline: Pipeline) -> None:
    text = (
        "Philippinische Schiffe seien illegal in chinesische Gewässer eingedrungen, warf ein "
        "Sprecher Pekings Manila vor. Japan äußerte sich besorgt über die Zwischenfälle."
    )
    event = last_event(pipeline, text)
    assert event["source"]["country"] == "JPN"
    assert event["target"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VERDICT + "Die USA übten scharfe Kritik am Urteil.", ("USA", "SAU", "11")),
        (ATTACK + "Kritik am Angriff kam aus Paris.", ("FRA", "RUS", "11")),
    ],
)
def test_contracted_phrase_on_the_reactions_own_noun(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert pair(last_event(pipeline, text)) == expected


def test_contracted_circumstance_phrase_is_no_object(pipeline: Pipeline) -> None:
    assert last_event(pipeline, ATTACK + "Kritik im Parlament kam aus Paris.")["target"] is None
