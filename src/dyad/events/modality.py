"""Is a clause a factual report? Negation, questions, conditions, possibility, future, intent,
denied reports, and history told as background.

The cue words live in data/cues.tsv (one word per row, with an id and a kind); those of
reported content, time phrases and history in data/modality.tsv (id, kind, phrase).

Besides the contract's three modalities this module gives a fourth (listed in
dyad.model.MODALITIES), HISTORICAL: an event that did take place, but in an earlier
period the sentence gives no date for ("während seiner ersten Amtszeit", "seit dem
Einmarsch"). Coding it with the report's date would count an old event as new (GDELT's
duplicate fault), so like the other modalities it is dropped unless modal clauses are
kept.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dyad.events.chunks import NP_MODIFIER_POS
from dyad.events.clauses import Clause
from dyad.events.cues import cues, has_cue
from dyad.events.lexicon import DATA_DIR
from dyad.events.scan import lemma_of
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


# -- data/modality.tsv ---------------------------------------------------------

HISTORICAL = "historical"  # took place, but in an earlier period with no date given


@lru_cache(maxsize=1)
def modality_words() -> dict[str, frozenset[str]]:
    """Phrases of data/modality.tsv by kind; several words are joined by one space."""
    table: dict[str, set[str]] = defaultdict(set)
    with open(DATA_DIR / "modality.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            table[row["kind"]].add(row["phrase"].strip())
    return {kind: frozenset(words) for kind, words in table.items()}


def _is(kind: str, token: Token) -> bool:
    words = modality_words()[kind]
    return token.text in words or token.lower in words or token.lemma in words


def _phrase_in(kind: str, positions: list[int], tokens: list[Token]) -> str | None:
    """The first phrase of this kind that starts inside `positions` (lower case)."""
    phrases = [p.lower().split() for p in modality_words()[kind]]
    for i in positions:
        for words in phrases:
            found = [t.lower for t in tokens[i : i + len(words)]]
            if found == words:
                return " ".join(words)
    return None


YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:er)?$")  # "2019", "1990er"


def _dated(positions: list[int], tokens: list[Token]) -> bool:
    """Do these tokens name a date of their own (a year, a weekday, a month)? Then the
    date resolver gives the event that date, and it need not be held back."""
    return any(YEAR.match(tokens[i].text) or _is("date_word", tokens[i]) for i in positions)


# -- tense ---------------------------------------------------------------------

PRESENT_AUXILIARIES = {"ist", "sind", "bin", "bist", "seid", "hat", "haben", "hast", "habt"}
PRESENT_AUXILIARIES |= {"wird", "werden", "kann", "können", "muss", "müssen", "darf", "dürfen"}
PERFECT_AUXILIARIES = {"haben", "sein"}
# The stem vowel of strong verbs in the 2nd/3rd person singular ("trifft", "fährt", "läuft").
VOWEL_CHANGES = (("e", "i"), ("e", "ie"), ("a", "ä"), ("au", "äu"), ("o", "ö"))


@lru_cache(maxsize=4096)
def _present_forms(lemma: str) -> frozenset[str]:
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


def _present_tense(clause: Clause, tokens: list[Token]) -> bool:
    """Is the clause in the present tense ('reist', 'trifft', 'ist zu Besuch')? The
    perfect ('hat getroffen') and the preterite ('traf', 'reiste') are past."""
    words = [tokens[i] for i in clause.tokens]
    finite = [w for w in words if w.is_finite]
    if not finite:
        return False
    participle = any(w.pos == "VVPP" for w in words)
    for verb in finite:
        if verb.pos.startswith("VV"):
            if verb.lower not in _present_forms(verb.lemma):
                return False
        elif verb.lower not in PRESENT_AUXILIARIES:
            return False
        elif participle and verb.lemma in PERFECT_AUXILIARIES:
            return False
    return True


# -- reported content: "wies Berichte zurück, wonach ..." --------------------------

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
        if _is("denial_predicate", token) and token.pos in ("ADJD", "NN", "ADJA", "FM", "NE"):
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


# -- time: ahead of the report, or an earlier period ----------------------------

AHEAD_BLOCKERS = ("intent_verb", "report_verb", "nonfactual_governor", "denial_governor")


def _ahead_phrase(clause: Clause, tokens: list[Token]) -> str | None:
    """A time phrase pointing past the report's present: 'morgen', 'nächste Woche', 'am
    kommenden Montag', 'in zwei Wochen', 'später im Monat'. Not one that dates an object
    ('für nächste Woche') or a participle attribute ('die morgen beginnende Übung')."""
    for i in clause.tokens:
        length = _ahead_length(i, tokens)
        if not length or (i and tokens[i - 1].lower == "für"):
            continue
        following = tokens[i + length] if i + length < len(tokens) else None
        if following is not None and following.pos == "ADJA":
            continue
        return " ".join(t.text for t in tokens[i : i + length])
    return None


def _ahead_length(i: int, tokens: list[Token]) -> int:
    """How many tokens from i form a time phrase pointing ahead (0: none)."""
    token = tokens[i]
    before = tokens[i - 1].lower if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if _is("tomorrow", token) and (token.pos == "ADV" or token.text.islower()):
        # "Morgen trifft ...", not "am Morgen", "heute Morgen"
        return 0 if before in ("heute", "gestern", "vorgestern", "am", "jeden") else 1
    if _is("ahead_adjective", token) and after is not None and _is("ahead_noun", after):
        return 2
    if (
        token.lower == "in"
        and after is not None
        and (after.pos == "CARD" or _is("ahead_quantity", after))
        and i + 2 < len(tokens)
        and _is("ahead_noun", tokens[i + 2])
    ):
        return 3
    phrase = _phrase_in("ahead", [i], tokens)
    return len(phrase.split()) if phrase else 0


def _onward_trip(clause: Clause, tokens: list[Token]) -> Token | None:
    """'reist weiter nach Seoul': the next leg of a trip, told in the present."""
    words = [tokens[i] for i in clause.tokens]
    onward = "weiter" in {w.lower for w in words}
    for word in words:
        if word.is_verb and _is("onward_verb", word):
            if word.lemma.startswith("weiter") or onward:
                return word
    return None


def _governs_content(clause: Clause, tokens: list[Token]) -> bool:
    """Verbs of saying, announcing or asking act now: the time phrase dates their content."""
    words = [tokens[i] for i in clause.tokens if tokens[i].is_verb]
    particles = [tokens[i].lower for i in clause.tokens if tokens[i].pos == "PTKVZ"]
    for word in words:
        lemmas = {word.lemma} | {p + word.lemma for p in particles}
        if any(lemmas & cues()[kind] for kind in AHEAD_BLOCKERS):
            return True
    return False


def _fronted_since(clause: Clause, tokens: list[Token]) -> str:
    """'Seit Russland die Ukraine angegriffen hat, ...': the tagger reads a fronted 'Seit'
    as a preposition; a verb at the end of its clause shows it is a subordinator."""
    first = tokens[clause.tokens[0]]
    words = [tokens[i] for i in clause.tokens if not tokens[i].pos.startswith("$")]
    if first.lower in ("seit", "seitdem") and len(words) > 2 and words[-1].is_finite:
        return first.lower
    return ""


def time_mood(clause: Clause, tokens: list[Token]) -> ClauseMood | None:
    """A present-tense clause with a time phrase that points ahead is future ('Morgen
    trifft Wang Yi seinen Amtskollegen'); a past clause about an earlier period that
    it gives no date for is history ('während seiner ersten Amtszeit', 'einst'), as is
    a 'seit' clause that only dates the main clause ('seit Russland X angegriffen hat').
    'damals' is left to the date resolver: it counts from the date the text named last.
    A bare weekday decides nothing here: 'am Mittwoch' tells the past as often as not
    (weekday_ahead decides with the publication day)."""
    if not clause.tokens:
        return None
    opener = clause.opener or _fronted_since(clause, tokens)
    if opener in ("seit", "seitdem") and not _dated(clause.tokens, tokens):
        return ClauseMood(HISTORICAL, why=f"'{opener}' clause: a time mark, no date")
    present = _present_tense(clause, tokens)
    if present and not _governs_content(clause, tokens):
        ahead = _ahead_phrase(clause, tokens)
        if ahead is not None:
            return ClauseMood("future", why=f"present tense with '{ahead}'")
        onward = _onward_trip(clause, tokens)
        if onward is not None:
            return ClauseMood("future", why=f"'{onward.text} weiter': the next leg of a trip")
    if not present and any(tokens[i].is_finite for i in clause.tokens):
        earlier = _phrase_in("earlier_period", clause.tokens, tokens)
        if earlier is not None and not _dated(clause.tokens, tokens):
            return ClauseMood(HISTORICAL, why=f"earlier period '{earlier}' with no date")
    return None


# -- noun events that only date the clause -------------------------------------


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
    if marker.pos == "NN" and _is("onset_noun", marker) and i < noun.index - 1:
        j = i - 1
        while j >= 0 and tokens[j].pos in ("ART", "ADJA"):
            j -= 1
        if j < 0 or not _is("onset_preposition", tokens[j]):
            return None
        why = f"'{tokens[j].text} {marker.text}' dates the clause"
    elif marker.is_preposition and _is("time_mark_preposition", marker):
        why = f"'{marker.text} ...' dates the clause"
    else:
        return None
    phrase = list(range(i, min(noun.index + 5, len(tokens))))
    if _dated(phrase, tokens):
        return None
    return ClauseMood(HISTORICAL, why=f"{why}: an earlier event, no date")


# -- a weekday after publication (needs the document's date) --------------------

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
PAST_WEEK = {"vergangenen", "vergangener", "letzten", "letzter", "vorigen", "voriger"}


def weekday_ahead(clause: Clause, tokens: list[Token], published: str | None) -> ClauseMood | None:
    """'Am Mittwoch reist der Präsident nach Seoul' in a report of Monday: a present-tense
    clause whose weekday comes after the publication day in its week is future. The same
    day is today, an earlier one a past day told in the present (headlines): both stay
    facts, as does any weekday with a past tense, 'seit' or 'vergangener Woche'."""
    if not published or len(published) < 10 or not _present_tense(clause, tokens):
        return None
    if _governs_content(clause, tokens):
        return None
    try:
        today = date.fromisoformat(published[:10]).weekday()
    except ValueError:
        return None
    for i in clause.tokens:
        word = tokens[i].lower
        named = next((d for d, name in enumerate(WEEKDAYS) if word.startswith(name)), None)
        if named is None or word.endswith("s"):  # "mittwochs": every Wednesday
            continue
        around = {t.lower for t in tokens[max(0, i - 3) : i + 3]}
        if around & PAST_WEEK or (i and tokens[i - 1].lower == "seit"):
            continue
        if named > today:
            why = f"present tense with '{tokens[i].text}', after the report's {WEEKDAYS[today]}"
            return ClauseMood("future", why=why)
    return None
