"""Reported and denied content: what a report noun says ('Berichte, wonach ...',
'Meldungen, dass ...', 'Angaben, denen zufolge ...') is a claim, not a fact; when the
sentence denies the report ('wies ... zurück', 'bestritt', 'als falsch bezeichnet') it
is negated. Report nouns, denial verbs and predicates live in data/modality.tsv."""

from __future__ import annotations

from dyad.events.clauses import Clause
from dyad.events.modality_data import ClauseMood, listed, modality_words
from dyad.events.tokens import Token

REPORT_WINDOW = 8  # tokens between the comma and the report noun ("Berichte der Zeitung")


def _report_noun(clause: Clause, tokens: list[Token]) -> Token | None:
    """The report noun whose content the clause gives: 'Berichte, wonach ...'."""
    i = clause.tokens[0] - 1
    if i < 0 or tokens[i].text != ",":
        return None
    for j in range(i - 1, max(-1, i - 1 - REPORT_WINDOW), -1):
        token = tokens[j]
        if token.is_verb or token.pos in ("$,", "$."):
            return None
        lemma = token.lemma.lower()  # the compound head counts: "Medienberichte"
        if token.pos == "NN" and any(
            lemma.endswith(noun.lower()) for noun in modality_words()["report_noun"]
        ):
            return token
    return None


def _content_clause(clause: Clause, tokens: list[Token]) -> tuple[bool, Token | None]:
    """Does the clause give the content of a report ('Berichte, wonach ...', 'Meldungen,
    dass ...', 'Angaben, denen zufolge ...')? And the report noun, when found."""
    noun = _report_noun(clause, tokens)
    first = clause.tokens[0]
    if clause.opener == "wonach":
        return True, noun  # "wonach" opens nothing but the content of a report
    if noun is None:
        return False, None
    if clause.opener == "dass":
        return True, noun
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    return following is not None and following.lower == "zufolge", noun


def _denial_outside(clause: Clause, tokens: list[Token]) -> Token | None:
    """A denial of the report in the rest of the sentence: 'wies ... zurück', 'bestritt',
    'widersprach', 'als falsch bezeichnet', 'seien falsch'."""
    inside = set(clause.tokens)
    outside = [t for t in tokens if t.index not in inside]
    particles = [t.lower for t in outside if t.pos == "PTKVZ"]
    for token in outside:
        if token.is_verb or token.pos == "NN":
            lemmas = {token.lemma, token.lower} | {p + token.lemma for p in particles}
            if lemmas & modality_words()["denial_verb"]:
                return token
        if listed("denial_predicate", token) and token.pos in ("ADJD", "NN", "ADJA", "FM", "NE"):
            before = {t.lower for t in tokens[max(0, token.index - 3) : token.index]}
            if before & {"als", "sei", "seien", "ist", "sind", "wären"}:
                return token
    return None


def reported_content(clause: Clause, tokens: list[Token]) -> ClauseMood | None:
    """The content of a report noun is not a fact: denied ('wies Berichte zurück, wonach
    Peking ... verlangt habe') it is negated, else it is a reported claim. So is what
    follows a colon after a denial ('dementierte: X habe ...'): the denier's own claim."""
    if not clause.tokens:
        return None
    first = clause.tokens[0]
    if clause.kind == "main" and clause.parent is None and first and tokens[first - 1].text == ":":
        after_colon = Clause(clause.index, list(range(first - 1, len(tokens))), "main")
        denial = _denial_outside(after_colon, tokens)  # looks before the colon only
        if denial is not None:
            return ClauseMood(claim=True, why=f"after '{denial.text}:' the denier's own claim")
        return None
    content, noun = _content_clause(clause, tokens)
    if not content:
        return None
    named = f"'{noun.text}'" if noun is not None else f"'{clause.opener}'"
    denial = _denial_outside(clause, tokens)
    if denial is not None:
        return ClauseMood("negated", why=f"content of {named} denied by '{denial.text}'")
    return ClauseMood(claim=True, why=f"content of {named}: a reported claim")
