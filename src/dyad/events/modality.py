"""Is a clause a factual report? Negation, questions, conditions, possibility, future, intent,
denied reports, and history told as background.

This module decides a clause's own mood (clause_mood) and how a clause treats the clauses
it governs (governor_kind); the rest is split by job, and its public names are importable
from here too:
- modality_reports: the content of a report noun ('Berichte, wonach ...'), negated when
  the sentence denies it;
- modality_time: a time ahead of the report (future) or an undated earlier period
  (history), and weekday_ahead;
- modality_nouns: the mood of a noun event (modal_head, modal_attribute, background_noun);
- modality_tense: present or past; modality_data: ClauseMood and data/modality.tsv.

The cue words live in data/cues.tsv (one word per row, with an id and a kind); those of
reported content, time phrases and history in data/modality.tsv (id, kind, phrase).

Besides the contract's three modalities there is a fourth (listed in
dyad.model.MODALITIES), HISTORICAL: an event that did take place, but in an earlier
period the sentence gives no date for ("während seiner ersten Amtszeit", "seit dem
Einmarsch"). Coding it with the report's date would count an old event as new (GDELT's
duplicate fault), so like the other modalities it is dropped unless modal clauses are
kept.
"""

from __future__ import annotations

from dyad.events.clauses import Clause
from dyad.events.cues import cues, has_cue
from dyad.events.modality_data import HISTORICAL, ClauseMood, modality_words
from dyad.events.modality_nouns import background_noun, modal_attribute, modal_head
from dyad.events.modality_reports import reported_content
from dyad.events.modality_time import time_mood, weekday_ahead
from dyad.events.tokens import Token

__all__ = [
    "HISTORICAL",
    "Clause",
    "ClauseMood",
    "clause_mood",
    "cues",
    "governor_kind",
    "has_cue",
    "background_noun",
    "weekday_ahead",
    "modal_attribute",
    "modal_head",
    "modality_words",
    "reported_content",
    "subjunctive_past",
    "time_mood",
]


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
            if perfect_infinitive and verb.lemma == "wollen":
                # "Pakistan will Kampfjets abgeschossen haben": claims to have done it
                return ClauseMood(claim=True, why=f"claimed: '{verb.text} ... haben'")
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
    content = reported_content(clause, tokens)
    if content is not None and content.modality is not None:
        return content
    timed = time_mood(clause, tokens)
    if timed is not None:
        return timed
    claim = next((w for w in words if has_cue("claim_marker", w)), None)
    if claim is not None:
        return ClauseMood(claim=True, why=f"claim marker '{claim.text}'")
    return content or ClauseMood()


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
