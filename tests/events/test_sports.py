"""Matches between national teams are sport, not relations between states."""

from __future__ import annotations

import pytest

import dyad


def pairs(text: str) -> set[tuple[str, str | None]]:
    return {
        (e["source"]["country"], (e.get("target") or {}).get("country"))
        for e in dyad.code_text(text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Spanien empfängt Italien im Viertelfinale.",
        "Frankreich empfängt am Samstag Portugal zum Länderspiel.",
        "Die Türkei empfing Kroatien und gewann 2:1.",
        "Im WM-Finale empfängt Argentinien die Niederlande.",
    ],
)
def test_a_match_is_no_event(text: str) -> None:
    assert not {pair for pair in pairs(text) if pair[1]}, text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spaniens Regierungschef empfing um 9:30 Uhr Italiens Präsidenten.", ("ESP", "ITA")),
        ("Der UN-Sicherheitsrat verurteilte Russland mit 13:2 Stimmen.", None),
        ("Die USA kritisierten China scharf.", ("USA", "CHN")),
    ],
)
def test_times_and_votes_are_no_scores(text: str, pair) -> None:
    found = pairs(text)
    assert found, text
    if pair:
        assert pair in found
