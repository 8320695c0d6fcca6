"""When a clause's event lies: ahead of the report ('Morgen trifft ...', 'am Mittwoch'
after a Monday's report) it is future; in an earlier period the sentence gives no date
for ('während seiner ersten Amtszeit', 'seit Russland ... angegriffen hat') it is
history, HISTORICAL. Time phrases live in data/modality.tsv."""

from __future__ import annotations

from datetime import date

from dyad.events.clauses import Clause
from dyad.events.cues import cues
from dyad.events.modality_data import HISTORICAL, ClauseMood, dated, listed, phrase_in
from dyad.events.modality_tense import present_tense
from dyad.events.tokens import Token

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
    if listed("tomorrow", token) and (token.pos == "ADV" or token.text.islower()):
        # "Morgen trifft ...", not "am Morgen", "heute Morgen"
        return 0 if before in ("heute", "gestern", "vorgestern", "am", "jeden") else 1
    if listed("ahead_adjective", token) and after is not None and listed("ahead_noun", after):
        return 2
    if (
        token.lower == "in"
        and after is not None
        and (after.pos == "CARD" or listed("ahead_quantity", after))
        and i + 2 < len(tokens)
        and listed("ahead_noun", tokens[i + 2])
    ):
        return 3
    phrase = phrase_in("ahead", [i], tokens)
    return len(phrase.split()) if phrase else 0


def _onward_trip(clause: Clause, tokens: list[Token]) -> Token | None:
    """'reist weiter nach Seoul': the next leg of a trip, told in the present."""
    words = [tokens[i] for i in clause.tokens]
    onward = "weiter" in {w.lower for w in words}
    for word in words:
        if word.is_verb and listed("onward_verb", word):
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
    if opener in ("seit", "seitdem") and not dated(clause.tokens, tokens):
        return ClauseMood(HISTORICAL, why=f"'{opener}' clause: a time mark, no date")
    present = present_tense(clause, tokens)
    if present and not _governs_content(clause, tokens):
        ahead = _ahead_phrase(clause, tokens)
        if ahead is not None:
            return ClauseMood("future", why=f"present tense with '{ahead}'")
        onward = _onward_trip(clause, tokens)
        if onward is not None:
            return ClauseMood("future", why=f"'{onward.text} weiter': the next leg of a trip")
    if not present and any(tokens[i].is_finite for i in clause.tokens):
        earlier = phrase_in("earlier_period", clause.tokens, tokens)
        if earlier is not None and not dated(clause.tokens, tokens):
            return ClauseMood(HISTORICAL, why=f"earlier period '{earlier}' with no date")
    return None


# -- a weekday after publication (needs the document's date) --------------------

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
PAST_WEEK = {"vergangenen", "vergangener", "letzten", "letzter", "vorigen", "voriger"}


def weekday_ahead(clause: Clause, tokens: list[Token], published: str | None) -> ClauseMood | None:
    """'Am Mittwoch reist der Präsident nach Seoul' in a report of Monday: a present-tense
    clause whose weekday comes after the publication day in its week is future. The same
    day is today, an earlier one a past day told in the present (headlines): both stay
    facts, as does any weekday with a past tense, 'seit' or 'vergangener Woche'."""
    if not published or len(published) < 10 or not present_tense(clause, tokens):
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
