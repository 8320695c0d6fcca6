"""Turn one pattern match into Candidates: slots, passive, mutual pairs, mood, confidence."""

from __future__ import annotations

from itertools import permutations
from typing import TYPE_CHECKING

from dyad.events import modality
from dyad.events.actor import Actor, actors_of
from dyad.events.chunks import preposition_before
from dyad.events.companions import companions
from dyad.events.reported import addressee_of_report
from dyad.events.resolve import PASSIVE_AGENT, slot_actors
from dyad.model import Candidate

if TYPE_CHECKING:
    from dyad.events.coder import Match, SentenceContext

LOW_CONFIDENCE = 0.6
NOUN_CONFIDENCE = 0.7
CLAIM_PENALTY = 0.2
# Verbs that deny that something happened at all (not just reject its content).
EXISTENCE_DENIALS = {"bestreiten", "dementieren", "leugnen", "abstreiten", "verneinen", "absagen"}


def _bloc_code(cameo: str) -> bool:
    return any(cameo.startswith(prefix) for prefix in modality.cues()["bloc_code"])


def _first_filled(slots: tuple[str, ...], match: Match, context: SentenceContext):
    for slot in slots:
        actors = slot_actors(slot, match, context)
        if actors:
            return slot, actors
    return "", []


# Where the source's own people or posts are: "besuchte die deutsche Botschaft in Kabul".
PLACE_SLOTS = ("prep:in",)


def _first_foreign(
    slots: tuple[str, ...], match: Match, context: SentenceContext, source_slot: str, sources
):
    """The first target slot that names someone of another state than the sources: in
    "Merkel besuchte die deutsche Botschaft in Kabul" the object is Merkel's own side, so
    the 'in' phrase is tried next (if the row has one); a slot of the source's own
    country alone is never the target; after it only a place slot ('in') may be."""
    own = {_country(a) for a in sources}
    skipped = False
    for slot in slots:
        if skipped and slot not in PLACE_SLOTS:
            continue  # "beschwerte sich bei der eigenen Regierung über X": X is no addressee
        actors = slot_actors(slot, match, context)
        if not actors:
            continue
        if len(own) != 1 or slot == source_slot or any(_country(a) not in own for a in actors):
            return slot, actors  # joint sources pair up among themselves ("pair" slots)
        skipped = True
        # another actor of the same side ("die deutsche Botschaft") is a target named: no
        # other row should find one; the source itself named again is none
        keys = {a.key for a in sources}
        match.own_side_target = any(a.key not in keys for a in actors)
    return "", []


# Sectors that stand against their own state's government: "die Houthi-Rebellen griffen
# Sanaa an" is a conflict inside Yemen, not the source's own side.
OPPOSING_SECTORS = ("REB", "OPP", "INS", "SEP", "UAF")


def _country(actor: Actor) -> str:
    """The side an actor is on: its state, or a rebel or opposition group of it."""
    code = actor.mention.code
    country = actor.mention.country or code
    opposing = [sector for sector in OPPOSING_SECTORS if sector in code[3:]]
    return f"{country}/{opposing[0]}" if opposing else country


def _other_sides(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """'Teheran sagte die Gesprächsrunde zwischen den USA und dem Iran ab': a slot naming
    several states (a 'pair', a list) may name the source's own; one side does not act on
    itself, so only the others are targets (a slot of the own side alone is skipped by
    `_first_foreign`)."""
    own = {_country(a) for a in sources}
    others = [t for t in targets if _country(t) not in own]
    return others if len(own) == 1 and others else targets


def _object_of_another_side(match: Match, context: SentenceContext, sources) -> bool:
    """Does the direct object name a state of another side than the sources? Then a row
    flagged `noobject` (a joint appearance with its 'mit' partner) gives way to the row
    of the transitive verb, whose companions act on that object too."""
    own = {_country(a) for a in sources}
    return any(_country(a) not in own for a in slot_actors("acc", match, context))


def _is_passive(match: Match, context: SentenceContext) -> bool:
    verb = match.verb
    if verb is None or verb.pos != "VVPP" or "nopassive" in match.pattern.flags:
        return False
    if "acc" not in match.pattern.target:
        return False
    return any(
        context.tokens[i].lemma == "werden" and context.tokens[i].pos.startswith("VA")
        for i in match.clause.tokens
    )


def _noun_mood(match: Match, context: SentenceContext) -> modality.ClauseMood | None:
    """A noun event needs a clause that reports it as having happened."""
    tokens = context.tokens
    assert match.noun is not None
    # "seit dem russischen Einmarsch in die Ukraine": an earlier event marks the time
    background = modality.background_noun(match.noun, tokens)
    if background is not None:
        return background
    if preposition_before(tokens, match.noun.index) in ("vor", "bis"):
        return modality.ClauseMood("future", why="'vor dem ...': not yet happened")
    for i in match.clause.tokens:
        if modality.has_cue("noun_blocker", tokens[i]):
            return modality.ClauseMood("future", why=f"'{tokens[i].text}' near the noun")
    if preposition_before(tokens, match.noun.index) in PAST_FRAMES:
        # "Bei seinem Besuch in Kiew sagte Scholz Hilfe zu", "Nach dem Treffen forderte
        # X …": an adverbial that frames the clause, no object of its verb
        return None
    # Only verbs and predicates govern the noun ("Gerüchte" elsewhere in the clause do not).
    kind, cue = modality.governor_kind(match.clause, tokens, nouns=False)
    if kind == "denial" and cue is not None and not _denies_existence(cue, match, tokens):
        kind = ""  # "Chinas Kritik wurde zurückgewiesen": the criticism was made
    if kind in ("nonfactual", "denial") and cue is not None:
        return modality.ClauseMood("hypothetical", why=f"governed by '{cue.text}'")
    if kind == "intent" and cue is not None:
        return modality.ClauseMood("future", True, why=f"announced: '{cue.text}'")
    return None


# Phrases that place the clause after or during an event that took place.
PAST_FRAMES = ("nach", "bei", "beim", "während", "seit")


def _denies_existence(cue, match: Match, tokens) -> bool:
    particles = [tokens[i].lower for i in match.clause.tokens if tokens[i].pos == "PTKVZ"]
    lemmas = {cue.lemma} | {particle + cue.lemma for particle in particles}
    return bool(lemmas & EXISTENCE_DENIALS)


def _negated_noun(match: Match, context: SentenceContext) -> bool:
    """Is the noun event itself negated? 'kein Treffen', 'Gespräche sind nicht in Sicht'
    are; 'nach den Gesprächen gab es keine Erklärung' is not (the 'kein' belongs to
    another noun)."""
    noun = match.noun
    assert noun is not None
    tokens = context.tokens
    before = tokens[max(0, noun.index - 4) : noun.index]
    if any(modality.has_cue("negation", t) for t in before):
        return True
    others = [
        tokens[i]
        for i in match.clause.tokens
        if modality.has_cue("negation", tokens[i]) and tokens[i].lower.startswith("kein")
    ]
    negations = [tokens[i] for i in match.clause.tokens if modality.has_cue("negation", tokens[i])]
    return len(others) < len(negations)  # a 'nicht'/'nie' negates the whole clause


def _official(actor: Actor, context: SentenceContext) -> bool:
    mention = actor.mention
    if mention.kind == "demonym":
        return False
    if mention.kind == "adjective" and actor.chunk is not None and not actor.chunk.joint:
        following = actor.chunk.last + 1
        tokens = context.tokens
        return not (following < len(tokens) and tokens[following].pos == "NN")
    return True


def _subject_owns_noun(match: Match, context: SentenceContext) -> bool:
    """'bei seinem Besuch', 'zu Besuch in', 'nach dem Treffen mit X': the noun is the
    subject's own (a possessive, or a framing phrase at the start of the clause)."""
    tokens = context.tokens
    noun = match.noun
    assert noun is not None
    before = tokens[max(0, noun.index - 3) : noun.index]
    if any(t.pos == "PPOSAT" and t.lower.startswith(("sein", "ihr")) for t in before):
        return True
    if not (match.pattern.cameo.startswith(PARTICIPATION_ROOT) or match.pattern.mutual):
        # "Nach den Angriffen auf Charkiw kritisierte Selenskyj Russland": what frames the
        # clause is what the subject reacts to; only meetings, visits and joint acts are
        # the subject's own without a possessive ("Nach dem Treffen mit Xi sagte Biden")
        return False
    if noun.index > 0 and tokens[noun.index - 1].lower == "zu" and _purpose_of_stay(match, context):
        return True
    if any(t.lower.startswith("gemeinsam") for t in before):
        return True  # "auf einer gemeinsamen Pressekonferenz mit X"
    if preposition_before(tokens, noun.index) in ("bei", "nach", "während") and any(
        tokens[i].lower == "mit" for i in range(noun.index + 1, min(noun.index + 3, len(tokens)))
    ):
        return True  # "sagte bei dem Treffen mit Biden": the subject was there
    first = match.clause.tokens[0]
    return (
        noun.index - first <= 2
        and tokens[first].lower in ("nach", "bei", "beim", "während", "am")
        and all(t.pos in ("ART", "APPR", "APPRART", "ADJA") for t in tokens[first : noun.index])
    )


PARTICIPATION_ROOT = "04"  # meetings and visits: a framing phrase names the subject's own

# Verbs of coming, going and staying: "ist zu Besuch in X", "kam zu Gesprächen nach X",
# "reiste zu Verhandlungen nach X" make the subject the one who visits or talks. After any
# other verb "zu + noun" is what someone is called, urged or invited to ("rief zu
# Protesten gegen X auf", "lud zu Gesprächen ein"): nobody owns it yet.
STAY_VERBS = {"sein", "kommen", "reisen", "fahren", "fliegen", "eintreffen", "aufbrechen"}
STAY_VERBS |= {"weilen", "aufhalten", "treffen", "zusammenkommen", "zusammentreffen"}


def _purpose_of_stay(match: Match, context: SentenceContext) -> bool:
    """Does 'zu + noun' ('zu Besuch', 'zu Gesprächen') say why the subject came or is
    there? Only with a verb of coming or staying, or at the head of the clause without
    a verb of its own ('Zu Besuch in Peking stellte Scholz klar, …')."""
    tokens = context.tokens
    assert match.noun is not None
    first = match.clause.tokens[0]
    if tokens[first].lower == "zu" and first == match.noun.index - 1:
        return True  # "Zu Besuch in X sagte Y": a framing phrase in front of the verb
    words = [tokens[i] for i in match.clause.tokens]
    particles = [w.lower for w in words if w.pos == "PTKVZ"]
    for word in words:
        if not word.is_verb:
            continue
        lemmas = {word.lemma} | {particle + word.lemma for particle in particles}
        if lemmas & STAY_VERBS:
            return True
    return False


def _reciprocal(match: Match, context: SentenceContext) -> bool:
    words = {context.tokens[i].lower for i in match.clause.tokens}
    return bool(words & {"gegenseitig", "einander", "wechselseitig"})


def _distinct(actors: list[Actor]) -> list[Actor]:
    seen, unique = set(), []
    for actor in actors:
        if actor.key not in seen:
            seen.add(actor.key)
            unique.append(actor)
    return unique


def _infinitive_mood(match: Match, context: SentenceContext) -> modality.ClauseMood | None:
    """'X versuchte Y einzuschüchtern' (no comma): the finite verb governs the trigger."""
    verb = match.verb
    tokens = context.tokens
    if verb is None or not (
        verb.pos == "VVIZU" or (verb.index > 0 and tokens[verb.index - 1].pos == "PTKZU")
    ):
        return None
    finite = [
        tokens[i]
        for i in match.clause.tokens
        if tokens[i].is_finite and tokens[i].pos.startswith("VV") and i != verb.index
    ]
    if not finite:
        return None
    governor = modality.Clause(0, [finite[0].index], "main")
    kind, cue = modality.governor_kind(governor, tokens)
    if kind == "denial":
        return modality.ClauseMood("negated", why=f"denied by '{cue.text}'")
    if kind == "intent":
        return modality.ClauseMood("future", True, why=f"announced: '{cue.text}'")
    if kind in ("nonfactual", "report") or cue is None:
        return modality.ClauseMood("hypothetical", why=f"zu-infinitive under '{finite[0].text}'")
    return None


def build_candidates(match: Match, context: SentenceContext) -> list[Candidate]:
    pattern = match.pattern
    mood, attribution = context.mood(match.clause)
    if mood.modality is None:
        mood = _infinitive_mood(match, context) or mood
    if pattern.kind == "noun" and mood.modality == "negated" and mood.why.startswith("negation"):
        if not _negated_noun(match, context):
            mood = modality.ClauseMood()  # "nach dem Treffen gab es keine Erklärung"
    if pattern.kind == "noun" and mood.modality is None:
        mood = _noun_mood(match, context) or mood

    if _is_passive(match, context):
        agents = [
            c for c in match.clause.chunks if c.prep in PASSIVE_AGENT and c.genitive_of is None
        ]
        sources = actors_of(agents, "agent of the passive ('von'/'durch')")
        targets = [a.derived("subject of the passive") for a in context.subjects(match.clause)]
        source_slot, target_slot = "passive agent", "passive subject"
    else:
        source_slot, sources = _first_filled(pattern.source, match, context)
        if "noobject" in pattern.flags and _object_of_another_side(match, context, sources):
            return []  # "Zusammen mit Macron besuchte Scholz die Ukraine": both visit it
        target_slot, targets = _first_foreign(pattern.target, match, context, source_slot, sources)
        if not targets and sources and not match.own_side_target and not pattern.mutual:
            # "Pjöngjang müsse die Tests einstellen, forderte Seoul": the reported subject
            targets = addressee_of_report(match, context, sources)
            target_slot = "reported clause" if targets else target_slot
        if not targets and len(sources) >= 2 and _reciprocal(match, context):
            # "Armenien und Aserbaidschan warfen sich gegenseitig Verstöße vor"
            target_slot, targets = "each other", [s.derived("each other") for s in sources]
        if (
            not sources
            and pattern.kind == "noun"
            and (_subject_owns_noun(match, context) or (mood.intent and pattern.intent))
        ):
            # "Biden plant ein Treffen mit Xi": the planner is the source.
            # "Bei seinem Besuch in X sagte Y", "Zu Besuch in X stellte Y klar": Y visits.
            source_slot = "subject owns the noun"
            sources = [
                a.derived("subject, owner of the noun") for a in context.subjects(match.clause)
            ]
            own = {_country(a) for a in sources}
            if len(own) == 1 and targets and all(_country(t) in own for t in targets):
                targets, match.own_side_target = [], True  # "bei seinem Besuch in Bayern"

    cameo, modality_value = pattern.cameo, mood.modality
    intent = mood.intent and bool(pattern.intent) and modality_value in (None, "future")
    if intent:
        cameo, modality_value = pattern.intent, None
    elif mood.intent and modality_value is None:
        modality_value = "future"

    sources = [a for a in sources if a.chunk is None or not a.chunk.nonstate]
    if pattern.cameo.startswith("04"):
        # Meetings and visits are made by officials: not by "ein Norweger" or "der
        # argentinische Pontifex" (a bare nationality adjective on an unknown noun).
        sources = [a for a in sources if _official(a, context)]
        targets = [a for a in targets if a.mention.kind != "demonym"]

    if pattern.mutual and not intent:
        if not sources or not targets:
            return []  # a joint action needs its actor and its partner
        participants = _distinct(sources + targets)
        if len(participants) < 2:
            return []
        pairs = [(a, b) for a, b in permutations(participants, 2) if a.key != b.key]
        if target_slot == "prep:mit" and _bloc_code(cameo):
            # "USA, Russland und China einigten sich mit dem Iran": one side and its
            # partner, not an agreement of the USA with Russland.
            pairs = [(a, b) for a, b in pairs if (a in sources) != (b in sources)]
    else:
        # An announced intent belongs to its subject alone.
        if intent and pattern.mutual and source_slot == "pair":
            sources, targets = context.subjects(match.clause)[:1], sources[1:]
        if not sources:
            return []
        if intent and pattern.mutual and not targets:
            targets = sources  # "X und Y planen Gespräche": each with the other
        if intent:  # "X und Y wollen ihre Gespräche fortsetzen": each intends to meet the other
            pairs = [(s, t) for s in sources for t in targets if s.key != t.key]
        else:
            if target_slot == "each other":
                pairs = [(s, t) for s in sources for t in targets if s.key != t.key]
            else:
                targets = [t for t in targets if all(t.key != s.key for s in sources)]
                targets = _other_sides(sources, targets)
                pairs = [(s, t) for s in sources for t in targets]
        pairs = pairs or [(s, None) for s in sources]
    pairs += _companion_pairs(match, context, source_slot, target_slot, sources, targets)

    base = LOW_CONFIDENCE if "low" in pattern.flags else BASE[pattern.kind]
    if mood.claim:
        base -= CLAIM_PENALTY
    start = min(t.start for t in match.trigger)
    end = max(t.end for t in match.trigger)
    trigger_text = " ".join(t.text for t in match.trigger)
    candidates = []
    for source, target in pairs:
        penalty = max(source.penalty, target.penalty if target else 0.0)
        note = (
            f"{pattern.id} on '{trigger_text}': source {source.mention.text!r} ({source.how}"
            f"{', ' + source_slot if source_slot and source_slot != 'subj' else ''})"
        )
        if target is not None:
            note += f", target {target.mention.text!r} ({target.how})"
        elif match.own_side_target:
            note += "; the only target named is the source's own side"
        if mood.why:
            note += f"; {mood.why}"
        if cameo != pattern.cameo:
            note += f" -> intent code {cameo}"
        candidates.append(
            Candidate(
                source=source.mention,
                target=target.mention if target else None,
                cameo=cameo,
                rule=pattern.id,
                trigger=(start, end),
                confidence=round(max(0.1, base - penalty), 2),
                modality=modality_value,
                attribution=attribution.mention if attribution else None,
                note=note,
            )
        )
    return candidates


BASE = {"verb": 0.8, "support": 0.8, "noun": NOUN_CONFIDENCE}


def _companion_pairs(match, context, source_slot, target_slot, sources, targets):
    """'Gemeinsam mit Macron traf Merz Selenskyj': Macron meets Selenskyj too (both ways
    for a joint event); not when the 'mit' phrase is the row's own partner slot."""
    if source_slot != "subj" or target_slot in ("", "prep:mit", "pair", "each other"):
        return []
    if not sources or not targets:
        return []
    found = []
    for companion in companions(match, context, sources, targets):
        for target in targets:
            found.append((companion, target))
            if match.pattern.mutual:
                found.append((target, companion))
    return found
