"""The mood of a noun event ('Angriff', 'Invasion', 'Gespräche') from the words around
it: threatened, feared or planned ('die Drohung eines Angriffs', 'der befürchteten
Invasion'), or only a time mark of its clause ('seit dem Einmarsch'): history."""

from __future__ import annotations

from dyad.events.chunks import NP_MODIFIER_POS
from dyad.events.cues import cues, has_cue
from dyad.events.modality_data import HISTORICAL, ClauseMood, dated, listed
from dyad.events.scan import lemma_of
from dyad.events.tokens import Token

GENITIVE_ARTICLES = {"des", "eines", "der", "einer"}
MODAL_HEAD_CUES = ("noun_blocker", "nonfactual_governor", "denial_governor", "intent_verb")


def modal_head(noun: Token, tokens: list[Token]) -> Token | None:
    """The noun a noun event hangs on as a genitive, when that noun makes it a threat, a
    plan or a fear ("die Drohung eines Angriffs", "Pläne einer Invasion")."""
    i = noun.index - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    if i < 0 or tokens[i].pos != "NN" or i == noun.index - 1:
        return None  # a genitive needs its article or adjective ("eines Angriffs")
    head, follower = tokens[i], tokens[i + 1]
    if follower.lower not in GENITIVE_ARTICLES and not (
        follower.pos == "ADJA" and follower.lower.endswith("er")
    ):
        return None
    return head if any(has_cue(kind, head) for kind in MODAL_HEAD_CUES) else None


MODAL_ATTRIBUTE_CUES = ("nonfactual_governor", "intent_verb")


def modal_attribute(noun: Token, tokens: list[Token]) -> Token | None:
    """A participle in front of a noun event whose verb makes it feared, threatened or
    planned: 'eines drohenden Angriffs', 'der befürchteten Invasion', 'der angebotenen
    Gespräche' (the verb's cue kind decides, as it does for a governing verb)."""
    i = noun.index - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        word = tokens[i]
        if word.pos == "ADJA":
            verb = lemma_of(word.lemma)  # a participle maps to its verb, "offen" to itself
            if verb != word.lemma.lower() and any(
                verb in cues()[kind] for kind in MODAL_ATTRIBUTE_CUES
            ):
                return word
        i -= 1
    return None


def background_noun(noun: Token, tokens: list[Token]) -> ClauseMood | None:
    """'seit dem russischen Einmarsch in die Ukraine', 'seit Beginn des Krieges', 'nach
    Ausbruch des Krieges': the noun event is a time mark of the clause, an earlier event
    the sentence does not report. Unless the phrase dates it ('seit dem Angriff am
    Montag'), it is history."""
    i = noun.index - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    if i < 0:
        return None
    marker = tokens[i]
    if marker.pos == "NN" and listed("onset_noun", marker) and i < noun.index - 1:
        j = i - 1
        while j >= 0 and tokens[j].pos in ("ART", "ADJA"):
            j -= 1
        if j < 0 or not listed("onset_preposition", tokens[j]):
            return None
        why = f"'{tokens[j].text} {marker.text}' dates the clause"
    elif marker.is_preposition and listed("time_mark_preposition", marker):
        why = f"'{marker.text} ...' dates the clause"
    else:
        return None
    phrase = list(range(i, min(noun.index + 5, len(tokens))))
    if dated(phrase, tokens):
        return None
    return ClauseMood(HISTORICAL, why=f"{why}: an earlier event, no date")
