"""The modality modules after the split: the names other modules use stay importable from
dyad.events.modality, every phrase kind the code asks for is in data/modality.tsv, and
each module's entry point decides on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from dyad.events import (
    modality,
    modality_data,
    modality_nouns,
    modality_reports,
    modality_tense,
    modality_time,
)
from dyad.events.clauses import Clause, split_clauses
from dyad.events.cues import cues, table_by_kind
from dyad.events.tokens import Token, tag

DEFINED_IN = {
    "ClauseMood": modality_data,
    "HISTORICAL": modality_data,
    "modality_words": modality_data,
    "reported_content": modality_reports,
    "time_mood": modality_time,
    "weekday_ahead": modality_time,
    "background_noun": modality_nouns,
    "modal_head": modality_nouns,
    "modal_attribute": modality_nouns,
}


@pytest.mark.parametrize("name", sorted(DEFINED_IN))
def test_public_names_are_the_split_modules_own(name) -> None:
    assert getattr(modality, name) is getattr(DEFINED_IN[name], name)
    assert name in modality.__all__


def test_names_the_coder_uses_are_importable_from_modality() -> None:
    for name in ("cues", "has_cue", "governor_kind", "clause_mood", "subjunctive_past"):
        assert callable(getattr(modality, name))


KIND_CALLS = re.compile(r'(?:listed|phrase_in)\("(\w+)"|modality_words\(\)\["(\w+)"\]')


def test_every_phrase_kind_the_code_asks_for_is_in_the_data_file() -> None:
    asked = set()
    for module in (modality_data, modality_nouns, modality_reports, modality_time):
        source = open(module.__file__, encoding="utf-8").read()
        asked |= {a or b for a, b in KIND_CALLS.findall(source)}
    assert {"report_noun", "denial_verb", "ahead", "earlier_period"} <= asked
    assert asked - set(modality_data.modality_words()) == set()


def test_cues_and_modality_phrases_come_from_one_loader() -> None:
    assert cues() == table_by_kind("cues.tsv", "word")
    phrases = modality_data.modality_words()
    assert phrases == table_by_kind("modality.tsv", "phrase")
    assert all(p == p.strip() and p for words in phrases.values() for p in words)


def _clause_with(text: str, word: str) -> tuple[Clause, list[Token]]:
    tokens = tag(text, [])
    index = next(t.index for t in tokens if t.text == word)
    return next(c for c in split_clauses(tokens) if index in c.tokens), tokens


# -- modality_reports ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "modality_", "why_part"),
    [
        ("Moskau wies Berichte zurück, wonach Russland Polen gedroht habe.", "gedroht",
         "negated", "'Berichte' denied"),
        ("Ankara bestritt Meldungen, dass die Türkei Syrien angegriffen habe.", "angegriffen",
         "negated", "'Meldungen'"),
        ("Die Zeitung zitierte Berichte, wonach Iran Irak Raketen geliefert habe.", "geliefert",
         None, "reported claim"),
    ],
)  # fmt: skip
def test_report_content(text, word, modality_, why_part) -> None:
    clause, tokens = _clause_with(text, word)
    mood = modality_reports.reported_content(clause, tokens)
    assert mood is not None and mood.modality == modality_ and why_part in mood.why
    assert mood.claim == (modality_ is None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Minister sagte, dass Polen Truppen entsandt habe.", "entsandt"),  # no report noun
        ("Moskau wies die Forderung zurück, dass Russland abziehe.", "abziehe"),  # no report
        ("Russland hat Polen gedroht.", "gedroht"),
    ],
)
def test_no_report_content(text, word) -> None:
    clause, tokens = _clause_with(text, word)
    assert modality_reports.reported_content(clause, tokens) is None


# -- modality_time and modality_tense ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Morgen empfängt Macron den polnischen Präsidenten.", "empfängt", "future"),
        ("In drei Tagen besucht Erdogan Aserbaidschan.", "besucht", "future"),
        ("Zu Sowjetzeiten belieferte Moskau Vietnam mit Waffen.", "belieferte", "historical"),
        ("Seit Polen der NATO beigetreten ist, wächst der Handel.", "beigetreten", "historical"),
        ("Am Morgen empfing Macron den polnischen Präsidenten.", "empfing", None),
        ("Zu Sowjetzeiten, im Jahr 1975, belieferte Moskau Vietnam.", "belieferte", None),
        ("Morgen will Macron den Präsidenten empfangen, sagte er.", "sagte", None),
    ],
)
def test_time_mood(text, word, expected) -> None:
    clause, tokens = _clause_with(text, word)
    mood = modality_time.time_mood(clause, tokens)
    assert (mood.modality if mood else None) == expected


@pytest.mark.parametrize(
    ("text", "word", "present"),
    [
        ("Der Kanzler trifft den Präsidenten.", "trifft", True),
        ("Die Ministerin hält eine Rede.", "hält", True),
        ("Der Kanzler ist in Paris zu Besuch.", "ist", True),
        ("Der Kanzler traf den Präsidenten.", "traf", False),
        ("Der Kanzler hat den Präsidenten getroffen.", "hat", False),
    ],
)
def test_present_tense(text, word, present) -> None:
    clause, tokens = _clause_with(text, word)
    assert modality_tense.present_tense(clause, tokens) is present
