"""The gate that skips date patterns which cannot match a sentence: it must never
change what find_expressions finds, only how fast."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from dyad.enrich import date_rules
from dyad.enrich.date_prefilter import DIGIT, PatternGate, required_factors
from dyad.enrich.date_rules import find_expressions, patterns
from dyad.language import split_sentences

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing and CI=true")
        pytest.skip(f"{path} is not here (tests read ../shared beside the checkout)")
    return path


def every_pattern_run(text: str) -> list[tuple[int, int, str]]:
    """find_expressions as it was before the gate: all patterns on every text."""

    class OpenGate:
        @staticmethod
        def runnable(_text: str) -> list[bool]:
            return [True] * len(patterns())

    original = date_rules._gate
    date_rules._gate = lambda: OpenGate()
    date_rules._expressions.cache_clear()  # answers kept from the gated run do not count
    try:
        return [(e.start, e.end, e.rule) for e in find_expressions(text)]
    finally:
        date_rules._gate = original
        date_rules._expressions.cache_clear()


def gated(text: str) -> list[tuple[int, int, str]]:
    date_rules._expressions.cache_clear()
    return [(e.start, e.end, e.rule) for e in find_expressions(text)]


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?:am\s+)?(?P<day>[0-3]?\d)\.", {DIGIT}),
        (r"im\s+(?:März|April)", {"märz", "april"}),  # longer words beat "im"
        (r"(?:vor\s+)?(?:Tag|Tage|Tagen)\s+danach", {"danach"}),
        (r"(?:Jahres|Jahr)\s+\d+", {"jahr"}),  # "Jahres" contains "Jahr"
        (r"(?:19|20)\d0er", {"19", "20"}),  # rarer than the "er" behind them
        (r"(?:heute|\d{1,2})\s+Uhr", {"uhr"}),
    ],
)
def test_required_factors_of_written_patterns(regex: str, expected: set[str]) -> None:
    assert required_factors(re.compile(regex, re.IGNORECASE)) == expected


@pytest.mark.parametrize("regex", [r"(?:Montag)?", r"\w+", r"(?:heute|\w+)\s+Abend?"])
def test_patterns_without_a_required_factor_have_none(regex: str) -> None:
    factors = required_factors(re.compile(regex, re.IGNORECASE))
    gate = PatternGate([re.compile(regex, re.IGNORECASE)])
    if factors is None:
        assert gate.runnable("Nichts davon.") == [True]
    else:  # "Abend?" still needs "Aben"
        assert factors == {"aben"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Minister reiste am Dienstag nach Paris.",
        "AM DIENSTAG REISTE DER MINISTER NACH PARIS.",
        "Die Gespräche begannen am 3. März 2024 in Genf.",
        "Zwei Tage später protestierte die Regierung.",
        "Vor zwei Wochen hatte Moskau gedroht.",
        "Im Frühjahr 2023 kam es zu Gefechten.",
        "Die Delegation war bereits am Vortag eingetroffen.",
        "Zu Beginn dieser Woche trafen sich die Außenminister.",
        "Seit Jahren streiten beide Staaten um die Insel.",
        "Derzeit verhandeln die Parteien über einen Waffenstillstand.",
        "Das Treffen fand am 22.02.2024 statt.",
        "In den 1990er Jahren schlossen sie einen Vertrag.",
        "Am Wochenende demonstrierten Tausende.",
    ],
)
def test_gate_finds_what_every_pattern_finds(sentence: str) -> None:
    expected = every_pattern_run(sentence)
    assert expected, "the sentence names a date"
    assert gated(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierung kritisierte die Entscheidung scharf.",
        "Der Vorsitzende sprach von einer Zeitenwende.",  # 'vor', 'zeit', 'ende' inside words
        "Beide Seiten verurteilten die Angriffe.",
    ],
)
def test_sentences_without_a_date_find_nothing(sentence: str) -> None:
    assert every_pattern_run(sentence) == []
    assert gated(sentence) == []


def test_kept_answers_are_new_lists_with_the_same_expressions() -> None:
    sentence = "Am Montag traf der Minister in Paris ein, am Dienstag reiste er weiter."
    first = find_expressions(sentence)
    first.clear()  # a caller may change its list
    again = find_expressions(sentence)
    assert [e.text for e in again] == ["Am Montag", "am Dienstag"]


def test_a_sentence_without_any_factor_runs_no_pattern() -> None:
    runnable = date_rules._gate().runnable("Die Regierung kritisierte die Entscheidung scharf.")
    assert not any(runnable)


def test_characters_that_fold_unlike_their_lower_case_run_every_pattern() -> None:
    # IGNORECASE matches 'ſ' (long s) to 's' and 'İ' to 'i'; str.lower() does not.
    gate = date_rules._gate()
    for sentence in ("Der Miniſter reiſte am Dienſtag ab.", "Sie trafen sich am FREİTAG."):
        assert gate.folds_unlike_lower(sentence)
        assert all(gate.runnable(sentence))
        assert gated(sentence) == every_pattern_run(sentence) != []
    assert not gate.folds_unlike_lower("Grüße aus Köln – „am Montag“ …")


def test_gate_changes_nothing_on_real_news() -> None:
    """Every sentence of the 10kGNAD test articles and the seeds: the same expressions,
    and the gate lets through every pattern that has a match."""
    corpus = shared_path("data", "external", "10kGNAD", "test.csv")
    texts = [p.read_text(encoding="utf-8") for p in sorted(shared_path("seeds").glob("*.txt"))]
    with open(corpus, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    texts += [row[1] for row in rows[:400] if len(row) >= 2]
    sentences = [text[s:e] for text in texts for s, e in split_sentences(text)]
    gate = date_rules._gate()
    with_dates = 0
    for sentence in sentences:
        runnable = gate.runnable(sentence)
        for order, (_rule, _kind, regex) in enumerate(patterns()):
            if regex.search(sentence):
                assert runnable[order], (patterns()[order][0], sentence)
        expected = every_pattern_run(sentence)
        assert gated(sentence) == expected
        with_dates += bool(expected)
    assert with_dates > 100  # the check did look at dates
