"""What pronouns and group words refer to: 'er', 'sie', 'ihn', 'ihm', 'beide Seiten',
'die drei Präsidenten', resolved to actors named in this or the previous sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyad.events.actor import Actor
from dyad.events.cues import cues
from dyad.events.tokens import Token
from dyad.model import Mention

if TYPE_CHECKING:
    from dyad.events.coder import SentenceContext

LOOKBACK_SENTENCES = 2


def resolve_pronoun(pronoun, clause, context: SentenceContext) -> Actor | None:
    """'er'/'sie' -> the subject of an earlier clause, else an actor of a previous sentence."""
    word = pronoun.lower
    if word not in ("er", "sie"):
        return None  # "wir", "ich", "man", "es": no antecedent we can trust
    for earlier in reversed(context.clauses[: clause.index]):
        if earlier.subjects and earlier.subjects[0].head.kind != "place":
            chunk = earlier.subjects[0]
            if word == "er" and not _is_person(chunk.head):
                continue
            return Actor(chunk.head, f"'{pronoun.text}' = subject '{chunk.head.text}'", 0.1, chunk)
    for looked, sentence, mentions in _earlier_sentences(context):
        speaker = context.memory.speaker(context.doc, sentence)
        if looked == 1 and speaker is not None and _reporting_again(pronoun, clause, context):
            if _is_person(speaker) and not speaker.informant:
                # "…, erklärte Kerry. Der Angriff sei empörend, kritisierte er.": the one
                # who spoke before speaks on
                return Actor(speaker, f"'{pronoun.text}' = the speaker '{speaker.text}'", 0.2)
        if word == "er":
            mentions = [m for m in mentions if _is_person(m)]
        if mentions:
            mention = min(mentions, key=lambda m: m.start)
            if mention.informant:
                return None  # "warnte er": the expert quoted before, no actor
            how = f"'{pronoun.text}' = '{mention.text}' of an earlier sentence"
            return Actor(mention, how, 0.2)
    return None


def _earlier_sentences(context: SentenceContext):
    """The previous sentences that name an actor, nearest first, at most LOOKBACK_SENTENCES
    of them, as (how many looked at, sentence, its mentions). A place ("Charkiw",
    "Lesbos") is where things happen, never what a pronoun stands for."""
    previous = [s for s in context.doc.sentences if s.index < context.sentence.index]
    looked = 0
    for sentence in reversed(previous):
        mentions = [m for m in sentence.mentions if m.kind != "place"]
        if not mentions:
            continue
        looked += 1
        yield looked, sentence, mentions
        if looked >= LOOKBACK_SENTENCES:
            return


def _reporting_again(pronoun, clause, context: SentenceContext) -> bool:
    """'…, kritisierte er.', '„…“, sagte sie.': the pronoun follows the finite verb that
    opens its clause, and that clause reports what another clause says."""
    tokens = context.tokens
    finite = clause.finite(tokens)
    if finite is None or not clause.tokens or clause.tokens[0] != finite.index:
        return False
    return pronoun.index == finite.index + 1 and clause.index > 0


OBJECT_PRONOUNS = {"ihn": "acc", "ihm": "dat"}  # unambiguous: a masculine singular object


def object_pronoun(clause, tokens: list[Token], slot: str) -> Token | None:
    """'kritisierte ihn', 'empfing ihn', 'sprach mit ihm': the pronoun that fills the slot
    ('acc', 'dat' or 'prep:mit')."""
    finite = clause.finite(tokens)
    for i in clause.tokens:
        word = tokens[i]
        if word.pos != "PPER" or word.lower not in OBJECT_PRONOUNS:
            continue
        before = tokens[i - 1] if i else None
        preposition = before.preposition if before is not None and before.is_preposition else ""
        if slot.startswith("prep:"):
            if preposition == slot[len("prep:") :]:
                return word
        elif not preposition and OBJECT_PRONOUNS[word.lower] == slot:
            if clause.kind != "main" or finite is None or i > finite.index:
                return word
    return None


def resolve_object_pronoun(pronoun, clause, context: SentenceContext) -> Actor | None:
    """'ihn'/'ihm' -> a person named in an earlier clause or one of the two previous
    sentences, of another state than the subject (nobody is his own object here)."""
    own = {a.mention.country or a.mention.code for a in context.subjects(clause)}
    if not own:
        return None
    for earlier in reversed(context.clauses[: clause.index]):
        for chunk in earlier.chunks:
            head = chunk.head
            if _official_person(head) and (head.country or head.code) not in own:
                how = f"'{pronoun.text}' = '{head.text}' of an earlier clause"
                return Actor(head, how, 0.2, chunk)
    for _, _, mentions in _earlier_sentences(context):
        people = [m for m in mentions if _official_person(m)]
        others = [m for m in people if (m.country or m.code) not in own]
        if others:
            mention = min(others, key=lambda m: m.start)
            how = f"'{pronoun.text}' = '{mention.text}' of an earlier sentence"
            return Actor(mention, how, 0.2)
        if people:
            return None  # the person named last is the subject's own: 'ihn' is unclear
    return None


def _official_person(mention: Mention) -> bool:
    """A person who acts for a state: not 'der Indonesier' (a national), not an expert."""
    return _is_person(mention) and mention.kind != "demonym" and not mention.informant


INSTITUTION_ENDINGS = (
    "regierung",
    "ministerium",
    "amt",
    "behörde",
    "behörden",
    "seite",
    "führung",
    "parlament",
    "rat",
    "kommission",
    "armee",
    "militär",
    "streitkräfte",
    "botschaft",
    "partei",
    "haus",
)


def both_sides(clause, context: SentenceContext, size: int = 2) -> list[Actor]:
    """'beide Seiten', 'die beiden': the two states of the latest earlier sentence (or
    clause) that names exactly two; 'die drei Präsidenten': the three of one naming
    exactly three."""
    pools = [
        [m for c in context.clauses[: clause.index] for ch in c.chunks for m in ch.participants]
    ]
    previous = [s for s in context.doc.sentences if s.index < context.sentence.index]
    pools += [[m for m in s.mentions if not m.informant] for s in reversed(previous[-2:])]
    for pool in pools:
        states: dict[str, Mention] = {}
        for mention in pool:
            if mention.country and mention.kind not in ("adjective", "demonym", "place"):
                states.setdefault(mention.country, mention)
        if len(states) == size:
            how = f"'{GROUP_WORDS.get(size, size)}' = the {size} states named just before"
            return [Actor(m, how, 0.2) for m in states.values()]
        if len(states) > size:
            return []
    return []


GROUP_WORDS = {2: "beide", 3: "drei", 4: "vier", 5: "fünf"}
# Armed conflict: assaults, fights, mass violence ("beide Seiten" of a war, not of a
# quarrel over a cancelled meeting).
CONFLICT_ROOTS = ("18", "19", "20")


def both_as_object(pronoun: Token, clause, context: SentenceContext) -> list[Actor]:
    """'Merz rief beide Seiten zur Zurückhaltung auf': the two parties of the armed
    conflict reported before (two states that attacked each other, each way at least
    once, the only such pair in the document so far), else the two states named just
    before.
    Never the subject's own side: it is no object of its own appeal."""
    own = {a.mention.country or a.mention.code for a in context.subjects(clause)}
    parties = _conflict_parties(context)
    if parties and not own & {m.country or m.code for m in parties}:
        how = "'beide' = the two parties of the conflict reported before"
        return [Actor(m, how, 0.2) for m in parties]
    found = both_sides(clause, context, 2)
    if own & {a.mention.country or a.mention.code for a in found}:
        return []
    return found


def _conflict_parties(context: SentenceContext) -> list[Mention]:
    """The two states of the one pair that attacked each other (both ways) in factual
    events of the document before this sentence; [] when there is none or several."""
    index = context.sentence.index
    acts: dict[tuple[str, str], Mention] = {}
    for sentence in context.doc.sentences:
        if sentence.index >= index:
            continue
        for candidate in sentence.candidates:
            source, target = candidate.source, candidate.target
            if target is None or candidate.modality or not source.country or not target.country:
                continue
            if candidate.cameo.startswith(CONFLICT_ROOTS) and source.country != target.country:
                acts.setdefault((source.country, target.country), source)
    mutual = {frozenset(pair) for pair in acts if pair[::-1] in acts}
    if len(mutual) != 1:
        return []
    first, second = sorted(next(iter(mutual)))
    return [acts[(first, second)], acts[(second, first)]]


def _is_person(mention: Mention) -> bool:
    """Can 'er' stand for it? People, person roles, 'der Norweger'; not 'die Regierung'."""
    if "person" in mention.kind or mention.kind == "demonym":
        return True
    if mention.kind not in ("role", "") or mention.informant:
        return mention.informant and mention.name is not None  # a named expert
    last = mention.text.split()[-1].lower() if mention.text.split() else ""
    return mention.kind == "role" and not last.endswith(INSTITUTION_ENDINGS)


SPOKESPERSON_ARTICLES = {"ein", "eine", "der", "die"}


def spokesperson_subject(clause, context: SentenceContext) -> Actor | None:
    """'Die chinesische Küstenwache stellte den Vorfall anders dar. …, warf ein Sprecher
    Manila vor': a spokesperson (cues `spokesperson_noun`) who names no actor speaks for
    the one state the previous sentence names (not a place, not a source of information);
    none when it names two or none."""
    tokens = context.tokens
    owned = {i for chunk in context.chunks for i in range(chunk.first, chunk.last + 1)}
    noun = None
    for i in clause.tokens:
        word = tokens[i]
        if word.pos == "NN" and i > 0 and word.lemma in cues()["spokesperson_noun"]:
            before = tokens[i - 1]
            if before.pos == "ART" and before.lower in SPOKESPERSON_ARTICLES:
                noun = word
            break
        if word.is_preposition:
            return None
    if noun is None or noun.index in owned:
        return None
    following = tokens[noun.index + 1] if noun.index + 1 < len(tokens) else None
    named_after = (
        following is not None
        and following.index not in owned
        and (following.pos in ("ART", "NE") or following.is_preposition)
    )
    if named_after:
        return None  # "ein Sprecher des Roten Kreuzes", "der Sprecher von X": named there
    previous = [s for s in context.doc.sentences if s.index == context.sentence.index - 1]
    if not previous:
        return None
    mentions = [m for m in previous[0].mentions if not m.informant and m.kind != "place"]
    sides = {m.country or m.code for m in mentions}
    if len(sides) != 1:
        return None
    mention = min(mentions, key=lambda m: m.start)
    return Actor(mention, f"'{noun.text}' of '{mention.text}' of the previous sentence", 0.2)
