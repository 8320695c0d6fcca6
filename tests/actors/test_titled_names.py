"""A title, given names the people table does not list, and a known surname:
'Präsident Abd Rabbu Mansur Hadi'. Sentences written for these tests."""

from __future__ import annotations

from dyad.actors import ActorResolver


def codes(resolver: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolver.find(text, date="2016-03-01")]


def test_unlisted_spelling_of_given_names_after_a_title(resolver: ActorResolver) -> None:
    text = "Die Rebellen zwangen Präsident Abd Rabbu Mansur Hadi zur Flucht."
    assert ("Präsident Abd Rabbu Mansur Hadi", "YEMGOV") in codes(resolver, text)
    text = "Außenminister Sergej Wiktorowitsch Lawrow reiste ab."
    assert codes(resolver, text) == [("Außenminister Sergej Wiktorowitsch Lawrow", "RUSGOV")]


def test_other_given_names_make_another_person(resolver: ActorResolver) -> None:
    # none of the written given names is the listed person's: a namesake
    assert codes(resolver, "Der Präsident Heinz Lindner sprach.") == []
    assert codes(resolver, "Der Manager Alex Merkel sprach.") == []
    assert codes(resolver, "Trainer Dennis Schröder sprach.") == []
