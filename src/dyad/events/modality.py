"""Is a clause a factual report? Negation, questions, conditions, possibility, future, intent.

The cue words live in data/cues.tsv (one word per row, with an id and a kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.events.chunks import NP_MODIFIER_POS
from dyad.events.clauses import Clause
from dyad.events.cues import cues, has_cue
from dyad.events.scan import lemma_of
from dyad.events.tokens import Token

__all__ = [
    "Clause",
    "ClauseMood",
    "clause_mood",
    "cues",
    "governor_kind",
    "has_cue",
    "modal_attribute",
    "modal_head",
    "subjunctive_past",
]


@dataclass
class ClauseMood:
    modality: str | None = None  # None = factual; else one of dyad.model.MODALITIES
    intent: bool = False  # announced intent ("will", "plant", "wird ... treffen")
    claim: bool = False  # "soll ... getroffen haben", "angeblich": lower confidence
    why: str = ""


def _negated(clause: Clause, tokens: list[Token]) -> Token | None:
    exceptions = [tuple(p.split()) for p in cues()["negation_exception"]]
    for i in clause.tokens:
        token = tokens[i]
        if not has_cue("negation", token):
            continue
        following = tuple(tokens[j].lower for j in range(i, min(i + 5, len(tokens))))
        if any(following[: len(e)] == e for e in exceptions):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        before = tokens[i - 1] if i else None
        if token.lower == "nicht" and (
            (after is not None and after.pos == "ADJA")
            or (before is not None and before.lower == "als")
        ):
            continue  # "als nicht hilfreich kritisiert", "die nicht genehmigte Reise"
        if token.lower == "weder" or token.pos in ("PTKNEG", "PIAT", "PIS", "ADV", "KON"):
            return token
    return None


def clause_mood(clause: Clause, tokens: list[Token], question: bool) -> ClauseMood:
    """The clause's own mood, not yet counting the clause that governs it."""
    words = [tokens[i] for i in clause.tokens]
    negation = _negated(clause, tokens)
    if negation is not None:
        return ClauseMood("negated", why=f"negation '{negation.text}'")
    if question:
        return ClauseMood("hypothetical", why="question")
    if clause.opener in cues()["conditional_opener"] or clause.opener in cues()["question_opener"]:
        return ClauseMood("hypothetical", why=f"'{clause.opener}' clause")
    if clause.opener in ("ohne", "statt", "anstatt"):
        return ClauseMood("negated", why=f"'{clause.opener} ... zu'")
    if clause.opener == "um":
        return ClauseMood("hypothetical", why="purpose 'um ... zu'")
    finite = [w for w in words if w.is_finite]
    participle = any(w.pos == "VVPP" for w in words)
    infinitive = any(w.pos in ("VVINF", "VAINF") for w in words)
    perfect_infinitive = participle and any(w.lemma in ("haben", "sein") for w in words)
    if clause.kind == "main" and words and words[0].lower in ("sollte", "sollten"):
        return ClauseMood("hypothetical", why="conditional 'sollte'")
    for verb in finite:
        if has_cue("claim_modal", verb):
            if perfect_infinitive:
                return ClauseMood(claim=True, why=f"reported claim '{verb.text}'")
            return ClauseMood("future", why=f"planned '{verb.text}'")
        if has_cue("intent_modal", verb):
            return ClauseMood("future", intent=True, why=f"intent '{verb.text}'")
        if has_cue("hypothetical_form", verb):
            return ClauseMood("hypothetical", why=f"modal '{verb.text}'")
        if has_cue("future_aux", verb) and infinitive and not participle:
            # A plain future is the writer's forecast, not the actor's announced intent.
            return ClauseMood("future", why=f"future '{verb.text}'")
    expected = next((w for w in words if w.lower in cues()["future_adverb"]), None)
    if expected is not None:
        # "besucht der Papst voraussichtlich erst nächstes Jahr": not yet happened
        return ClauseMood("future", why=f"expected '{expected.text}'")
    claim = next((w for w in words if has_cue("claim_marker", w)), None)
    if claim is not None:
        return ClauseMood(claim=True, why=f"claim marker '{claim.text}'")
    return ClauseMood()


def subjunctive_past(clause: Clause, tokens: list[Token]) -> Token | None:
    for i in clause.tokens:
        if tokens[i].is_finite and has_cue("subjunctive_past", tokens[i]):
            return tokens[i]
    return None


def governor_kind(
    clause: Clause, tokens: list[Token], nouns: bool = True
) -> tuple[str, Token | None]:
    """How a clause treats the clauses it governs: 'report', 'denial', 'nonfactual',
    'intent', 'factive' (a decision or a start: the zu-infinitive is done) or ''.
    With nouns=False only verbs and predicative adjectives count."""
    if clause.opener == "so":
        return "report", None  # ", so der Minister."
    words = [tokens[i] for i in clause.tokens]
    kinds = ("ADJD", "NN", "PTKVZ") if nouns else ("ADJD", "PTKVZ")
    verbs = [w for w in words if w.is_verb or w.pos in kinds]
    particles = [w.lower for w in words if w.pos == "PTKVZ"]
    lemmas: list[tuple[str, Token]] = []
    for verb in verbs:
        lemmas.append((verb.lemma, verb))
        lemmas.extend((particle + verb.lemma, verb) for particle in particles)
    for kind, cue_kind in (
        ("denial", "denial_governor"),
        ("nonfactual", "nonfactual_governor"),
        ("intent", "intent_verb"),
        ("report", "report_verb"),
        ("factive", "factive_governor"),
    ):
        for lemma, token in lemmas:
            if lemma in cues()[cue_kind]:
                return kind, token
    return "", None


# -- noun events: is the noun itself feared, threatened or planned? ------------

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
