"""Engine round 3: modality hooks, untargeted launches, pair slots, rejected accusations,
joint visits. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver
from dyad.events import EventCoder
from dyad.model import Candidate, Document, Sentence


def _coded(
    resolver: ActorResolver, coder: EventCoder, text: str, published: str
) -> list[Candidate]:
    """Code one sentence of a document published on a given day (keeping modal events)."""
    doc = Document(id="engine-round3", text=text, published=published)
    mentions = resolver.find(text, published, "de")
    sentence = Sentence(0, 0, len(text), text, mentions=mentions)
    doc.sentences.append(sentence)
    return coder.code(sentence, doc, keep_modal=True)


def _moods(found: list[Candidate], root: str) -> set[tuple[str, str, str | None]]:
    return {
        (c.source.country or c.source.code, c.target.country or c.target.code, c.modality)
        for c in found
        if c.cameo.startswith(root) and c.target is not None
    }


# -- 1a: an earlier event that only dates the clause is history ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit dem russischen Einmarsch in die Ukraine sind die Gaspreise stark gestiegen.",
        "Seit der Invasion Russlands in die Ukraine hat Polen Millionen Menschen aufgenommen.",
        "Seit dem israelischen Angriff auf den Libanon fliehen viele Familien nach Norden.",
    ],
)
def test_seit_phrase_is_history_not_a_new_attack(code_text, sentence) -> None:
    assert not [c for c in code_text(sentence) if c.cameo.startswith("19")], sentence
    kept = code_text(sentence, keep_modal=True)
    attacks = [c for c in kept if c.cameo.startswith("19")]
    assert attacks and all(c.modality == "historical" for c in attacks), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach dem russischen Einmarsch in die Ukraine sind die Gaspreise stark gestiegen.",
        "Bei dem israelischen Angriff auf den Libanon starben zwei Menschen.",
        "Seit dem russischen Angriff auf Charkiw am Montag ist der Strom ausgefallen.",
    ],
)
def test_dated_or_framing_phrases_stay_facts(code_text, dyads, sentence) -> None:
    assert dyads(code_text(sentence), "19"), sentence


# -- 1b: a weekday after the publication day is ahead ----------------------------------

MONDAY = "2024-02-26"


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Mittwoch reist Bundeskanzler Scholz nach Polen.",
        "Am Freitag trifft Macron den chinesischen Präsidenten Xi.",
    ],
)
def test_weekday_after_publication_is_future(actor_resolver, coder, sentence) -> None:
    found = [c for c in _coded(actor_resolver, coder, sentence, MONDAY) if c.cameo[:2] == "04"]
    assert found and all(c.modality == "future" for c in found), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Mittwoch reiste Bundeskanzler Scholz nach Polen.",  # past tense
        "Am Montag reist Bundeskanzler Scholz nach Polen.",  # the report's own day
    ],
)
def test_past_tense_or_same_day_stays_fact(actor_resolver, coder, sentence) -> None:
    found = [c for c in _coded(actor_resolver, coder, sentence, MONDAY) if c.cameo[:2] == "04"]
    assert found and all(c.modality is None for c in found), sentence


def test_without_publication_date_a_weekday_changes_nothing(code_text, dyads) -> None:
    assert dyads(code_text("Am Mittwoch reist Bundeskanzler Scholz nach Polen."), "04")
