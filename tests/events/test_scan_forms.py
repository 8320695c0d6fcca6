"""The trigger scan knows strong past forms whose lemma the form table spells with 'ss'."""

import pytest

import dyad
from dyad.events import EventCoder
from dyad.events.scan import TriggerScan, ablaut_forms, inflected_forms


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


# The form table files some strong forms under a homograph ("brach" the adjective,
# "geboten" the adjective) or lacks a particle verb's participle; the scan rebuilds them.
SEPARABLE = TriggerScan(
    {"brechen", "abbrechen", "bieten", "anbieten", "frieren", "einfrieren", "stehen"},
    {"brechen": {"ab"}, "bieten": {"an"}, "frieren": {"ein"}, "bringen": {"vor"}},
    set(),
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicaragua brach am Montag alle Kontakte zu Israel ab.",
        "Die Regierung hat ihren Nachbarn Unterstützung geboten.",
        "Polen hatte Kiew Hilfe angeboten.",
        "Die EU fror die Zahlungen an Niger ein.",
        "Die Konten wurden eingefroren.",
        "Die Gruppe stand unter Beobachtung.",
        "Die Regierung hat ihre Bedenken vorgebracht.",
    ],
)
def test_strong_forms_the_table_misfiles_trigger(sentence):
    assert SEPARABLE(sentence)


@pytest.mark.parametrize(
    "sentence", ["Die Regierung tagte.", "Der Streit um Bauland brachte nichts."]
)
def test_scan_stays_quiet_without_the_verbs(sentence):
    assert not SEPARABLE(sentence)


def test_ablaut_forms_rebuild_past_singular_and_participle():
    forms = inflected_forms({"bieten", "brechen", "denken"})
    assert "brach" in ablaut_forms("brechen", forms["brechen"])
    assert "geboten" in ablaut_forms("bieten", forms["bieten"])
    assert "gedacht" in ablaut_forms("denken", forms["denken"])
    assert ablaut_forms("kritisieren", inflected_forms({"kritisieren"})["kritisieren"]) == set()


def test_a_noun_of_noun_plus_verb_rows_alone_is_no_trigger() -> None:
    from dyad.events import EventCoder

    coder = EventCoder.load()
    # "Hilfe" is in noun + verb rows only: alone it is everywhere, with its verb a candidate
    assert not coder.has_trigger("Die Hilfe der Nachbarn war groß.")
    assert coder.has_trigger("Japan sagte der Ukraine Hilfe zu.")
    assert coder.has_trigger("Die zugesagte Hilfe kam nie an.")  # participle attribute
    assert coder.has_trigger("Polen hat die Grenze wiedereröffnet.")
    assert not coder.has_trigger("Wegen des Wetters blieb er zu Hause.")
