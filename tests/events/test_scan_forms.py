"""The trigger scan knows strong past forms whose lemma the form table spells with 'ss'."""

import pytest

import dyad
from dyad.events import EventCoder


@pytest.mark.parametrize("verb", ["beschoss", "beschossen", "erschoss"])
def test_strong_past_forms_of_sz_verbs_trigger(verb):
    assert EventCoder.load().has_trigger(f"Die Armee {verb} die Grenzposten.")


def test_a_shelling_in_the_simple_past_is_coded():
    events = dyad.code_text(
        "Russland beschoss am Montag die ukrainische Stadt Charkiw mit Raketen.",
        published="2024-05-06",
    )
    assert [(e["source"]["country"], e["root"], e["target"]["country"]) for e in events] == [
        ("RUS", "19", "UKR")
    ]
