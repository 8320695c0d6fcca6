"""Is a clause in the present tense? The time modules ask: a time ahead makes only a
present-tense clause future, and only a past clause tells history."""

from __future__ import annotations

from functools import lru_cache

from dyad.events.clauses import Clause
from dyad.events.tokens import Token

PRESENT_AUXILIARIES = {"ist", "sind", "bin", "bist", "seid", "hat", "haben", "hast", "habt"}
PRESENT_AUXILIARIES |= {"wird", "werden", "kann", "können", "muss", "müssen", "darf", "dürfen"}
PERFECT_AUXILIARIES = {"haben", "sein"}
# The stem vowel of strong verbs in the 2nd/3rd person singular ("trifft", "fährt", "läuft").
VOWEL_CHANGES = (("e", "i"), ("e", "ie"), ("a", "ä"), ("au", "äu"), ("o", "ö"))


@lru_cache(maxsize=4096)
def present_forms(lemma: str) -> frozenset[str]:
    """The present indicative forms of a verb, regular and with a changed stem vowel."""
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    forms = {lemma, stem + "e", stem + "st", stem + "t", stem + "et", stem + "est"}
    for old, new in VOWEL_CHANGES:
        position = stem.rfind(old)
        if position >= 0:
            changed = stem[:position] + new + stem[position + len(old) :]
            forms |= {changed + "t", changed + "st", changed}  # "hält", "tritt"
    return frozenset(forms)


def present_tense(clause: Clause, tokens: list[Token]) -> bool:
    """Is the clause in the present tense ('reist', 'trifft', 'ist zu Besuch')? The
    perfect ('hat getroffen') and the preterite ('traf', 'reiste') are past."""
    words = [tokens[i] for i in clause.tokens]
    finite = [w for w in words if w.is_finite]
    if not finite:
        return False
    participle = any(w.pos == "VVPP" for w in words)
    for verb in finite:
        if verb.pos.startswith("VV"):
            if verb.lower not in present_forms(verb.lemma):
                return False
        elif verb.lower not in PRESENT_AUXILIARIES:
            return False
        elif participle and verb.lemma in PERFECT_AUXILIARIES:
            return False
    return True
