"""A capital or country after a capitalised word that only opens the sentence is still an
actor ('Aus Peking kam Kritik'); after an unknown name it is part of that name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Aus Peking kam scharfe Kritik an Tokio.", "CHNGOV"),
        ("Aus Moskau hieß es, man sei zu Gesprächen bereit.", "RUSGOV"),
        ("Seitens Washingtons gab es keine Reaktion.", "USAGOV"),
        ("Zwischen Berlin und Paris gibt es Streit.", "DEUGOV"),
    ],
)
def test_a_capital_after_a_sentence_opening_word_is_an_actor(resolver, text, code) -> None:
    assert code in [m.code for m in resolver.find(text, date="2024-01-01", lang="de")]


def test_a_capital_after_an_unknown_name_is_part_of_it(resolver) -> None:
    assert resolver.find("Union Berlin gewann das Spiel.", date="2024-01-01", lang="de") == []
