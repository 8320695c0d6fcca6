"""Engine round 3: modality hooks, untargeted launches, pair slots, rejected accusations,
joint visits. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver
from dyad.events import EventCoder
from dyad.model import Candidate, Document, Sentence
from dyad.pipeline import Options, Pipeline


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


# -- 2: a launch that strikes nobody is a show of force, not an air strike ---------------


def _codes(found: list[Candidate]) -> set[tuple[str, str, str]]:
    return {
        (
            c.source.country or c.source.code,
            (c.target.country or c.target.code) if c.target else "-",
            c.cameo,
        )
        for c in found
        if c.modality is None
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordkorea feuerte ballistische Raketen ins Meer ab.",
        "Nordkorea hat am Morgen eine Kurzstreckenrakete abgefeuert.",
        "Nordkorea hat zwei Raketen in Richtung Japanisches Meer abgefeuert.",
        "Pjöngjang feuerte erneut mehrere Raketen vor seiner Ostküste ab.",
    ],
)
def test_untargeted_launch_is_150_not_an_air_strike(code_text, sentence) -> None:
    found = code_text(sentence)
    assert {code[:2] for _, _, code in _codes(found)} == {"15"}, sentence
    assert all(target == "-" for _, target, _ in _codes(found)), sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nordkorea feuerte Raketen auf Israel ab.", ("PRK", "ISR", "195")),
        ("Die Hisbollah hat Raketen auf Israel abgefeuert.", ("LBN", "ISR", "195")),
        ("Aus dem Libanon wurden Raketen auf Israel abgefeuert.", ("LBN", "ISR", "195")),
        ("Nordkorea hat eine Rakete in Richtung Japan abgefeuert.", ("PRK", "JPN", "150")),
    ],
)
def test_launch_at_someone_keeps_its_target(code_text, sentence, expected) -> None:
    assert _codes(code_text(sentence)) == {expected}, sentence


def test_launch_at_an_unnamed_place_stays_an_attack(code_text) -> None:
    # 'auf Wohngebiete' strikes something: the 195 row keeps it, the 150 row does not pre-empt
    for sentence in (
        "Russland feuerte Raketen auf Wohngebiete ab.",
        "Russland hat in der Nacht Raketen auf Wohngebiete abgefeuert.",
    ):
        assert {code for _, _, code in _codes(code_text(sentence))} == {"195"}, sentence


# -- 3: a slot naming several states does not make the source its own target ------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Teheran sagte die Gesprächsrunde zwischen den USA und dem Iran ab.",
            {("IRN", "USA")},
        ),
        (
            "Peking verurteilte die Zusammenarbeit zwischen Japan und China.",
            {("CHN", "JPN")},
        ),
        (
            "Die iranische Regierung sagte die Gespräche zwischen Iran und Frankreich ab.",
            {("IRN", "FRA")},
        ),
    ],
)
def test_pair_slot_drops_the_sources_own_country(code_text, sentence, expected) -> None:
    found = code_text(sentence)
    pairs = {(s, t) for s, t, _ in _codes(found) if t != "-"}
    assert pairs == expected, sentence


def test_mutual_pair_keeps_both_sides(code_text, dyads) -> None:
    # a joint event between the two is still coded both ways
    found = code_text("Die USA und der Iran führten in Oman Gespräche.")
    assert dyads(found, "04") == {("USA", "IRN"), ("IRN", "USA")}


# -- 4: rejecting another state's accusation is a rejection of it (12), not 016 ----------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Pakistan wies die Vorwürfe Indiens zurück.", ("PAK", "IND", "120")),
        ("Pakistan wies die Vorwürfe aus Neu-Delhi entschieden zurück.", ("PAK", "IND", "120")),
        ("Die Anschuldigungen Israels wies Teheran als Lüge zurück.", ("IRN", "ISR", "120")),
        ("Manila verwahrte sich gegen die Unterstellungen Chinas.", ("PHL", "CHN", "120")),
        ("Kanada wies die Behauptungen Indiens als absurd zurück.", ("CAN", "IND", "120")),
    ],
)
def test_rejected_accusation_of_a_named_state_is_12(code_text, sentence, expected) -> None:
    coded = {code for code in _codes(code_text(sentence)) if code[2][:2] in ("01", "12")}
    assert coded == {expected}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Russland wies die Vorwürfe als haltlos zurück.",
        "Der Iran wies alle Anschuldigungen entschieden zurück.",
        "Peking verwahrte sich gegen solche Unterstellungen.",
    ],
)
def test_rejected_accusation_without_accuser_is_still_a_rejection(code_text, sentence) -> None:
    # 'die Vorwürfe' are someone's: the discourse rule may find whose later
    found = _codes(code_text(sentence))
    assert {(target, code) for _, target, code in found} == {("-", "120")}, sentence


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Indien warf Pakistan Verstöße gegen die Waffenruhe vor. "
            "Das pakistanische Außenministerium wies die Vorwürfe zurück.",
            ("PAK", "IND"),
        ),
        (
            "Nordkorea beschuldigte Seoul, einen Angriff vorzubereiten. "
            "Südkorea wies die Anschuldigungen entschieden zurück.",
            ("KOR", "PRK"),
        ),
    ],
)
def test_rejected_accusation_of_the_sentence_before_is_12(text, expected) -> None:
    result = Pipeline(Options(collapse_repeats=False)).code_text(text, published="2024-03-07")
    last = [e for e in result.events if e["explanation"]["sentence_index"] == 1]
    coded = {
        (e["source"]["country"], e["target"]["country"] if e["target"] else None, e["cameo"][:2])
        for e in last
    }
    assert coded == {(*expected, "12")}, coded


def test_denying_accusations_stays_016(code_text) -> None:
    found = _codes(code_text("China bestritt die Vorwürfe der USA."))
    assert found == {("CHN", "USA", "016")}


def test_rejected_accusation_in_the_passive_is_the_accusation(code_text) -> None:
    found = _codes(
        code_text("Die Anschuldigungen Russlands gegen die Ukraine wurden zurückgewiesen.")
    )
    assert found == {("RUS", "UKR", "112")}


# -- 5: a joint visit of a state is a visit of it by both, not a meeting of the two -------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Zusammen mit Macron besuchte Scholz die Ukraine.",
            {("DEU", "UKR", "042"), ("FRA", "UKR", "042")},
        ),
        (
            "Gemeinsam mit dem französischen Präsidenten besuchte der deutsche Kanzler "
            "die Ukraine.",
            {("DEU", "UKR", "042"), ("FRA", "UKR", "042")},
        ),
        (
            "Scholz besuchte gemeinsam mit Macron Kiew.",
            {("DEU", "UKR", "042"), ("FRA", "UKR", "042")},
        ),
    ],
)
def test_joint_visit_of_a_state_is_a_visit_by_both(code_text, sentence, expected) -> None:
    assert _codes(code_text(sentence)) == expected, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Scholz besuchte zusammen mit Macron eine Ausstellung.",
        "Sloweniens Präsident besuchte gemeinsam mit dem mazedonischen Präsidenten ein Lager.",
    ],
)
def test_joint_visit_of_a_place_stays_a_joint_appearance(code_text, dyads, sentence) -> None:
    found = dyads(code_text(sentence), "04")
    assert len(found) == 2 and all(s != t for s, t in found), sentence
    assert all(code == "040" for _, _, code in _codes(code_text(sentence))), sentence


# -- 6: the 'event' slot fills nothing: no row lists it ----------------------------------


def test_no_row_lists_the_empty_event_slot(coder) -> None:
    listing = [p.id for p in coder.lexicon.patterns if "event" in p.source or "event" in p.target]
    assert listing == []


def test_criticism_without_object_names_the_reported_subject(code_text) -> None:
    # what 'event' was meant for is done by 'clause' (and, across sentences, discourse)
    found = _codes(code_text("Die USA dürften Taiwan nicht weiter aufrüsten, kritisierte China."))
    assert ("CHN", "USA", "111") in found


# -- 7: announced intent is 03 only where someone announces it ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ob Trump wie angekündigt im April nach Peking reisen wird, blieb offen.",
        "Offen blieb, ob Modi in Tianjin auch Putin treffen will.",
        "Will Trump wirklich nach Peking reisen?",
        "Falls Trump nach Peking reisen will, muss er sich beeilen.",
        "Trump will nicht nach Peking reisen.",
    ],
)
def test_open_questions_conditions_and_refusals_are_no_intent(code_text, sentence) -> None:
    assert not _codes(code_text(sentence)), sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Am Montag will Modi in Tianjin auch Putin treffen.", ("IND", "RUS", "036")),
        ("Trump will im April nach Peking reisen.", ("USA", "CHN", "036")),
        (
            "Im Gegenzug will Israel 2000 palästinensische Häftlinge freilassen.",
            ("ISR", "PSE", "0353"),
        ),
    ],
)
def test_announced_plans_are_intent_codes(code_text, sentence, expected) -> None:
    assert _codes(code_text(sentence)) == {expected}, sentence
