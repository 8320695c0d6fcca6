"""Which actors fill a pattern's slots (pronouns and group words: `references`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dyad.events.actor import Actor, actors_of, from_noun_phrase
from dyad.events.chunks import (
    NP_INNER_POS,
    Chunk,
    genitive_attribute,
    has_patient,
    in_phrase,
    origin_in_phrase,
    phrase_preposition,
    preposition_before,
    preposition_index,
    through_von,
)
from dyad.events.clauses import BOUNDARY_TEXT, both_object
from dyad.events.cues import cues, is_time_noun
from dyad.events.modality import governor_kind
from dyad.events.neighbours import neighbour_noun, resolve_neighbour
from dyad.events.participles import object_attribute_agents
from dyad.events.references import both_as_object, object_pronoun, resolve_object_pronoun
from dyad.events.reported import governed_clauses
from dyad.events.tokens import Token

if TYPE_CHECKING:
    from dyad.events.coder import Match, SentenceContext

PASSIVE_AGENT = ("von", "durch")
# Prepositions that frame an event as having happened ("seit dem Eingreifen X", "bei
# einem Luftangriff"); after "vor", "für", "zu", "gegen", "mit" only a definite article
# does ("gegen den Angriff" happened, "für einen Angriff" is wanted): `_framed_as_fact`.
FACT_FRAME_PREPOSITIONS = {"nach", "seit", "bei", "während", "durch", "wegen", "aufgrund"}
FACT_FRAME_PREPOSITIONS |= {"infolge", "trotz", "angesichts", "in"}


def noun_window(match: Match, context: SentenceContext) -> tuple[list[Chunk], list[Chunk]]:
    """Chunks inside the noun's phrase: (in front of or in the noun, behind it)."""
    tokens = context.tokens
    noun = match.noun
    assert noun is not None
    owned = {i: c for c in context.chunks for i in range(c.first, c.last + 1)}
    left = noun.index
    article = False  # "kritisierte Scholz die Angriffe": an actor before the article is
    # outside the phrase (a prenominal genitive takes the article's place: "Chinas Angriffe")
    while left - 1 >= 0 and (
        ((left - 1) in owned and not article)
        or ((left - 1) not in owned and tokens[left - 1].pos in (NP_INNER_POS - {"NN", "ADV"}))
        or (tokens[left - 1].pos == "KON" and (left - 2) in owned)
    ):
        left -= 1
        article = article or tokens[left].pos == "ART"
    right = noun.index
    while (
        right + 1 < len(tokens)
        and right + 1 - noun.index <= 15
        and not tokens[right + 1].is_verb
        and tokens[right + 1].text not in BOUNDARY_TEXT
        and tokens[right + 1].pos not in ("$.", "KOUS", "PRELS")
    ):
        if is_time_noun(tokens[right + 1]) and tokens[right].pos in ("APPRART", "APPR", "ART"):
            # "kritisierte die Reise des Staatschefs am Montag in Washington": what
            # follows the time phrase belongs to the clause, not to the noun
            right -= 1
            break
        right += 1
    before = [c for c in context.chunks if left <= c.first and c.last <= noun.index]
    after = [c for c in context.chunks if noun.index < c.first <= right]
    return before, after


def slot_actors(slot: str, match: Match, context: SentenceContext) -> list[Actor]:
    found = _slot_actors(slot, match, context)
    if found or not (slot in ("acc", "dat") or slot.startswith("prep:")):
        return found
    victims = _threatened_victims(match, context) if slot in ("acc", "dat") else []
    if victims:
        return from_noun_phrase(victims[:1], "victim of the threatened act")
    # "lehnte es ab, mit Moskau zu verhandeln": the row's `requires` word stands in the
    # zu-infinitive the verb governs, and so does the partner it is about.
    for child in _required_complements(match, context):
        inner = replace(match, clause=child, noun=None)
        found = _slot_actors(slot, inner, context)
        if found:
            return [a.derived(f"{a.how} of the governed zu-infinitive") for a in found]
    return []


def _threatened_victims(match: Match, context: SentenceContext) -> list[Chunk]:
    """'drohte mit der Besetzung der Krim', 'drohte mit einer Blockade Taiwans': a threat
    that names no addressee is aimed at the victim of the act it threatens (the genitive
    or 'von' phrase behind a transitive action noun in the 'mit' phrase)."""
    if not match.pattern.cameo.startswith(THREAT_ROOT):
        return []
    tokens = context.tokens
    return [
        c
        for c in match.clause.chunks
        if c.prep in ("mit", "von", "")
        and c.genitive_of is not None
        and c.first > c.genitive_of
        and context.patient_noun(tokens[c.genitive_of])
        and phrase_preposition(tokens, c.genitive_of) == "mit"
    ]


def _required_complements(match: Match, context: SentenceContext) -> list:
    """Governed zu-infinitives that hold the row's `requires` word; for a threat any
    governed zu-infinitive ("drohte, die Ukraine anzugreifen": the one who would suffer
    the threatened act is the one threatened)."""
    verb = match.pattern.verb
    # the threatened act is the subject's own ("drohte, … anzugreifen"); after a warning
    # someone else would act ("warnte davor, Taiwan zu unterstützen")
    threat = (
        match.pattern.cameo.startswith(THREAT_ROOT)
        and verb is not None
        and verb.joined not in cues()["object_control"]
    )
    if match.pattern.kind == "noun" or (match.required_at is None and not threat):
        return []
    return [
        c
        for c in context.clauses
        if c.parent == match.clause.index
        and c.kind == "inf"
        and c.opener == "zu"
        and (threat or match.required_at in c.tokens)
    ]


THREAT_ROOT = "13"
GENITIVE_SLOTS = ("gen", "gen_pre", "gen_post")


def _slot_actors(slot: str, match: Match, context: SentenceContext) -> list[Actor]:
    clause = match.clause
    if slot == "none":
        return []
    if slot == "subj":
        if not clause.subjects and clause.late_subjects and fronted_object(match):
            how = f"subject behind the verb ('{context.tokens[clause.fronted_noun].text}' "
            return actors_of(clause.late_subjects, how + "in front is the object)")
        return context.subjects(clause)
    noun_before, noun_after = noun_window(match, context) if match.noun else ([], [])
    if slot in ("acc", "dat"):
        wrong_case = "dat" if slot == "acc" else "acc"
        fronted = fronted_object(match)
        objects = [c for c in clause.objects if c.case != wrong_case]
        if fronted and not clause.subjects:  # the actor behind the verb is the subject
            objects = [c for c in objects if c not in clause.late_subjects]
        if clause.antecedent_object is not None:
            objects.append(clause.antecedent_object)
        if objects:
            return actors_of(objects, "object")
        pair = both_object(context.tokens, clause) if clause.kind != "part" else None
        if pair is not None and slot == "acc":
            return both_as_object(pair, clause, context)
        neighbour = neighbour_noun(clause, context.tokens) if clause.kind != "part" else None
        if neighbour is not None:
            return resolve_neighbour(neighbour, clause, context)
        pronoun = object_pronoun(clause, context.tokens, slot)
        if pronoun is not None and clause.kind != "part":
            resolved = resolve_object_pronoun(pronoun, clause, context)
            return [resolved] if resolved else []
        shared = _shared_middle_field(clause, context)
        if shared:
            return actors_of(shared, "object shared with the coordinated participle")
        subject_chunks = {c.index for c in clause.subjects}
        finite = clause.finite(context.tokens)
        noun_index = match.noun.index if match.noun is not None else -1
        tokens = context.tokens
        # "verurteilte den Beschuss ukrainischer Städte durch Russland": the agent of the
        # object's action is what the verb is about; the genitive is its patient
        # (only for demands, criticism and coercion: "begrüßte die Gaslieferungen durch die
        # Ukraine" is a route, and a welcome of it is no welcome of the transit country)
        agents = [
            c
            for c in clause.chunks
            if c.prep == "durch"
            and match.pattern.cameo[:2] >= "10"
            and (finite is None or c.first > finite.index or clause.kind != "main" or fronted)
            and (
                (
                    c.genitive_of is not None
                    and has_patient(tokens, c.genitive_of)
                    and not in_phrase(tokens, through_von(tokens, c.genitive_of))
                )
                or (c.genitive_of is None and match.noun is None and _after_object(c, tokens))
            )
        ]
        if agents:
            return from_noun_phrase(agents[:1], "agent ('durch') of the object's action")
        if "10" <= match.pattern.cameo[:2] <= "13":  # blamed, rejected, demanded, threatened
            after = -1 if finite is None or clause.kind != "main" or fronted else finite.index
            agents = object_attribute_agents(clause, context.chunks, tokens, after)
            if agents:
                return from_noun_phrase(agents[:1], "agent of the attribute on the object")
        genitives = [
            c
            for c in clause.chunks
            if c.genitive_of is not None
            and (
                c.genitive_of == noun_index  # "zum Boykott französischer Waren"
                or (
                    c.prep in ("", "von")  # "das Vorgehen Russlands / von Russland"
                    and not preposition_before(tokens, c.genitive_of)
                    and (
                        _object_head(clause, tokens, c.genitive_of)
                        # "im Vorfeld der Tagung der griechischen Regierung vorgeworfen":
                        # 'der' may be the dative the verb asks for
                        or (slot == "dat" and c.article in ("der", "einer"))
                    )
                )
            )
            and c.index not in subject_chunks
            # in front of the verb only in a fronted object ("Den Protest der Türkei wies …")
            and (finite is None or c.genitive_of > finite.index or clause.kind != "main" or fronted)
            and not _patient_genitive(c, match, context)
        ]
        if genitives:
            return actors_of(genitives[:1], "genitive in the object")
        return _partner_in_object(clause, context)
    if slot.startswith("prep:"):
        preposition = slot[len("prep:") :]
        pool = noun_after if match.pattern.kind == "noun" else clause.chunks
        if match.pattern.kind == "noun" and preposition in ORIGIN_OF_COMING:
            # "Vorwürfe gegen Flüchtlinge aus Syrien": the origin of another noun
            pool = [
                c
                for c in pool
                if c.prep != preposition or not _on_a_noun(context.tokens, c, match.noun)
            ]
        direct = [c for c in pool if c.prep == preposition and c.genitive_of is None]
        if preposition == "nach":
            # "reiste nach Moskau" names a place; "nach dem russischen Angriff" and "nach
            # dem Besuch Chinas" name a time: an adjective or a genitive there is no target.
            direct = [c for c in direct if c.head.kind != "adjective"]
            if not direct:
                return []
        if direct:
            return actors_of(direct, f"'{preposition}' phrase")
        if preposition in ORIGIN_OF_COMING and match.pattern.kind == "noun":
            senders = _came_from(match, context)  # "Vorwürfe kamen auch aus Peking"
            if senders:
                return actors_of(senders, "'von'/'aus' phrase of 'kommen'")
        pronoun = object_pronoun(clause, context.tokens, slot)
        if pronoun is not None and match.pattern.kind != "noun" and clause.kind != "part":
            resolved = resolve_object_pronoun(pronoun, clause, context)  # "sprach mit ihm"
            return [resolved] if resolved else []
        # "protestierte gegen Äußerungen von Chinas Botschafter", "gegen die Festnahme
        # eines Japaners durch Russland": the agent of the noun first, then its owner
        tokens = context.tokens
        attributes = [
            c
            for c in pool
            if c.prep in ("von", "durch")
            and c.genitive_of is not None
            and phrase_preposition(tokens, c.genitive_of) == preposition
            # "gegen die Festnahme von Japanern": 'von' names the victim there
            and not (c.prep == "von" and _patient_genitive(c, match, context))
        ]
        if attributes:
            return actors_of(attributes[:1], f"agent of the noun in the '{preposition}' phrase")
        # "protestierte gegen die Besetzung der Krim durch Russland": the agent of the
        # transitive action noun, behind its victim
        agents = [
            c
            for c in pool
            if c.prep == "durch" and _acted_on_in(c, preposition, context) is not None
        ]
        if agents:
            how = f"agent of the noun in the '{preposition}' phrase"
            return from_noun_phrase(agents[:1], how)
        genitives = [
            c for c in pool if c.prep == preposition and not _patient_genitive(c, match, context)
        ]
        if genitives:
            return actors_of(genitives[:1], f"genitive in the '{preposition}' phrase")
        origins = [c for c in pool if origin_in_phrase(c, preposition, tokens)][:1]
        origins += [c for c in pool if origins and c.coordinated_with == origins[0].index]
        return from_noun_phrase(origins, f"origin named in the '{preposition}' phrase")
    if slot in GENITIVE_SLOTS:
        # "gen_pre": the adjective or Saxon genitive in front ("die russische Invasion",
        # "Russlands Invasion"); "gen_post": the genitive behind ("die Invasion der
        # Ukraine"); "gen": either. With a transitive action noun the two differ in role.
        pre, post = slot != "gen_post", slot != "gen_pre"
        if slot == "gen_pre" and _directional_target(match, noun_after):
            post = True  # "die Invasion Russlands in die Ukraine": no victim behind the noun
        own = [c for c in noun_before if pre and not c.prep and not _inside(c, match)]
        genitives = [
            c
            for c in context.chunks
            if match.noun
            and c.genitive_of == match.noun.index
            and not _inside(c, match)
            and (pre if c.first < match.noun.index else post)
        ]
        phrase = phrase_preposition(context.tokens, match.noun.index) if match.noun else ""
        noun_event = match.pattern.kind == "noun"  # a support row's verb states the fact
        if genitives and phrase and not own and noun_event:
            # "nach dem Angriff Israels auf Gaza": a noun event inside a phrase is a fact
            # only in a phrase that frames it as one ("für einen Angriff Israels" is not)
            if not _framed_as_fact(phrase, match, context):
                return []
            return from_noun_phrase(genitives, f"owner of the noun in a '{phrase}' phrase")
        if own or genitives:
            return actors_of(own + genitives, "owner of the noun")
        # "bei einem russischen Luftangriff auf Kiew": the preposition governs the whole
        # phrase, the adjective still names who attacked; for a noun event only prepositions
        # that frame a past event ("nach", "seit", "bei"), not "vor"/"für"/"zu" (warned
        # of, called for); a support row's verb frames its own noun ("ging auf die
        # türkischen Forderungen ein").
        framed = [
            c
            for c in noun_before
            if pre
            and (not noun_event or _framed_as_fact(c.prep, match, context))
            and c.prep == _noun_preposition(match, context)
        ]
        framed = [c for c in framed if not _inside(c, match)]
        how = f"owner of the noun in a '{framed[0].prep}' phrase" if framed else ""
        return from_noun_phrase(framed, how)
    if slot == "comp":
        inside = [c for c in noun_before if _inside(c, match) and not c.joint]
        return actors_of(inside[:1], "named in the compound")
    if slot == "pair":
        return _pair(match, context, noun_before, noun_after)
    if slot == "clause":
        return _complement_actors(match, context)
    # "event" ('verurteilte den Vorfall': the source of an earlier event aimed at the
    # critic) is filled after coding by the one discourse rule for reactions without a
    # target (dyad.events.discourse.reaction_target), not here
    return []


def fronted_object(match: Match) -> bool:
    """Is the prefield of the match's clause its verb's object? Yes when its determiner
    shows the case ('Den Protest …'), or when the prefield's noun of unknown case is the
    pattern's own object noun ('Die Forderung Russlands wies Kiew zurück': a support row
    'Forderung~zurückweisen' with a subject of its own, or the row's `requires` word)."""
    clause = match.clause
    if clause.object_first:
        return True
    head = clause.fronted_noun
    if head is None:
        return False
    own_noun = (
        match.noun is not None
        and match.noun.index == head
        and match.pattern.kind == "support"
        and "subj" in match.pattern.source
    )
    return own_noun or match.required_at == head


def _directional_target(match: Match, noun_after: list[Chunk]) -> bool:
    """Does a prepositional target slot of the row ('prep:in' of 'Invasion') name an actor
    in the noun's phrase? Then the noun is used without a direct object, and a genitive
    behind it is its agent, as with 'Einmarsch'."""
    wanted = {slot[len("prep:") :] for slot in match.pattern.target if slot.startswith("prep:")}
    wanted.discard("von")  # 'die Bombardierung von Aleppo' names the victim
    return any(c.prep in wanted and c.genitive_of is None for c in noun_after)


def _complement_actors(match: Match, context: SentenceContext) -> list[Actor]:
    """Who a criticism or warning is about when the verb names no object: the subject
    of the clause it governs ("kritisierte, die USA dürften keine Blöcke bilden";
    "Die USA dürften …, kritisierte ein Sprecher")."""
    tokens = context.tokens
    for child in governed_clauses(match, context):
        subjects = [a for a in context.subjects(child) if a.chunk is not None]
        if subjects:
            return [a.derived("subject of the governed clause") for a in subjects]
        # "die Befürworter einer Unabhängigkeit Taiwans würden …": the genitive owner
        named = [c for c in child.chunks if not c.prep]
        if named:
            return actors_of(named[:1], "actor of the governed clause")
        # "warnte, dass die Lieferung von US-Raketen an Taiwan eine rote Linie wäre":
        # the agent of the noun that heads the governed clause
        agents = [
            c
            for c in child.chunks
            if c.prep in PASSIVE_AGENT
            and c.genitive_of is not None
            and tokens[c.genitive_of].pos == "NN"
            and not in_phrase(tokens, through_von(tokens, c.genitive_of))
        ]
        if agents:
            return from_noun_phrase(agents[:1], "agent of a noun in the governed clause")
    return []


def _shared_middle_field(clause, context: SentenceContext) -> list[Chunk]:
    """'hatte Ankara aufgefordert, … zu verzichten, und mit Sanktionen gedroht': two
    participles under one auxiliary share what stands between the auxiliary and the
    first participle; the second conjunct has no finite verb and no object of its own."""
    tokens = context.tokens
    if not clause.coordinated or clause.kind != "main" or clause.finite(tokens) is not None:
        return []
    if clause.chunks:
        return []  # "und mit China gesprochen": the conjunct names its own partner
    earlier = [c for c in context.clauses[: clause.index] if c.kind == "main"]
    if not earlier:
        return []
    first = earlier[-1]
    finite = first.finite(tokens)
    if finite is None or finite.pos not in ("VAFIN", "VMFIN"):
        return []
    participles = [i for i in first.tokens if i > finite.index and not tokens[i].is_finite]
    participles = [i for i in participles if tokens[i].is_verb]
    if not participles:
        return []
    return [c for c in first.objects if finite.index < c.first and c.last < participles[0]]


ORIGIN_OF_COMING = ("von", "aus")


def _came_from(match: Match, context: SentenceContext) -> list[Chunk]:
    """'Vorwürfe kamen unter anderem aus Peking', 'Aus Moskau kamen Drohungen', 'Kritik
    gab es auch von Japan': a noun event that is the subject of 'kommen' (or of 'es gab')
    comes from the actor of the clause's 'von'/'aus' phrase, not from one that hangs on
    another noun ('Kritik an Flüchtlingen aus Syrien kam von Ungarn' is Hungary's)."""
    tokens = context.tokens
    noun = match.noun
    assert noun is not None
    if preposition_before(tokens, noun.index) or genitive_attribute(tokens, noun.index):
        return []  # the noun stands in a phrase of its own ("nach der Kritik kam …")
    words = [tokens[i] for i in match.clause.tokens]
    there_is = any(w.lower == "es" for w in words)  # "gab es", "hagelte es"
    verbs = [
        w
        for w in words
        if w.pos.startswith("VV")
        and (w.lemma == "kommen" or (there_is and w.lemma in THERE_IS_VERBS))
    ]
    if not verbs or any(w.pos == "PTKVZ" for w in words):
        return []  # "zukommen", "ankommen", "aufkommen" say other things
    senders = [
        c
        for c in match.clause.chunks
        if c.prep in ORIGIN_OF_COMING and c.genitive_of is None and not _on_a_noun(tokens, c)
    ]
    return [c for c in senders[:1]] + [
        c for c in match.clause.chunks if senders and c.coordinated_with == senders[0].index
    ]


THERE_IS_VERBS = {"geben", "hageln"}


def _patient_genitive(chunk: Chunk, match: Match, context: SentenceContext) -> bool:
    """'verurteilte die Invasion der Ukraine': the genitive behind a transitive action
    noun is the victim, not the one the criticism is aimed at (that is the agent, named
    in front or with 'durch'; when it is not named, nobody)."""
    head = chunk.genitive_of
    if head is None or chunk.first < head or (match.noun and head == match.noun.index):
        return False  # the row's own noun: its victim is what the row wants
    tokens = context.tokens
    while head >= 0 and tokens[head].pos != "NN":
        head -= 1  # a genitive of a genitive ("der Besetzung der Krim der Ukraine") is rare
    if head < 0 or not context.patient_noun(tokens[head]):
        return False
    # "die Invasion Russlands in die Ukraine": with a direction the genitive is the agent
    after = chunk.last + 1
    directed = after < len(tokens) and tokens[after].lower in ("in", "nach")
    return not (directed and context.directional_noun(tokens[head]))


def _acted_on_in(agent: Chunk, preposition: str, context: SentenceContext) -> int | None:
    """'gegen die Festnahme von Fischern durch China': the transitive action noun whose
    victim ('von Fischern', 'der Krim') stands between it and the 'durch' phrase, when
    that noun stands in a phrase with this preposition."""
    tokens = context.tokens
    position = preposition_index(tokens, agent)
    if position is None:
        return None
    i = position - 1
    while i >= 0 and not tokens[i].is_verb and tokens[i].text not in BOUNDARY_TEXT:
        word = tokens[i]
        if word.is_preposition and word.lower != "von":
            return None  # another phrase in between: 'durch' is not this noun's agent
        if context.patient_noun(word) and i < position - 1:
            return i if phrase_preposition(tokens, i) == preposition else None
        i -= 1
    return None


def _on_a_noun(tokens: list[Token], chunk: Chunk, own: Token | None = None) -> bool:
    """Does the chunk's 'von'/'aus' stand right behind a noun ('Flüchtlinge aus Syrien',
    'Vorwürfe von Diplomaten aus Japan')? Then it belongs to that noun."""
    position = preposition_index(tokens, chunk)
    if position is None or position == 0:
        return False
    before = tokens[position - 1]
    if own is not None and before.index == own.index:
        return False  # "Kritik aus Peking": the trigger noun's own origin
    return before.pos == "NN" and not is_time_noun(before)  # "kam am Montag aus Moskau"


def _after_object(chunk: Chunk, tokens: list[Token]) -> bool:
    """'die Bombardierung von Krankenhäusern in Syrien durch Russland': the 'durch'
    phrase closes a noun phrase that began with an article after the verb and names
    what was done to whom ('von Krankenhäusern') before it."""
    i = preposition_index(tokens, chunk)
    if i is None:
        return False
    j = i - 1
    patient = False
    while j >= 0 and not tokens[j].is_verb and tokens[j].text not in BOUNDARY_TEXT:
        patient = patient or tokens[j].lower == "von" or genitive_attribute(tokens, j)
        if tokens[j].pos == "ART" and tokens[j + 1].pos in ("NN", "ADJA"):
            return patient
        j -= 1
    return False


def _partner_in_object(clause, context: SentenceContext) -> list[Actor]:
    """'begrüßte die Einigung mit Österreich', 'lobte die Zusammenarbeit mit China': the
    object names a joint event (a noun of a mutual row with a 'mit' partner) and its
    partner is the one the verb is about. A 'mit' phrase on any other noun is not
    ('Gespräche über den Handel mit China' keeps China out)."""
    tokens = context.tokens
    finite = clause.finite(tokens)
    for chunk in clause.chunks:
        if chunk.prep != "mit" or chunk.genitive_of is not None:
            continue
        position = preposition_index(tokens, chunk)
        if position is None or position == 0:
            continue
        noun = tokens[position - 1]
        if not context.partner_noun(noun) or in_phrase(tokens, noun.index):
            continue
        if noun.index > 0 and tokens[noun.index - 1].pos == "PPOSAT":
            continue  # "kritisierte sein Treffen mit X": whose meeting is not said here
        in_front = clause.kind == "main" and finite is not None and noun.index < finite.index
        if in_front and not clause.object_first:
            continue  # in front of the verb: the subject's phrase, not the object
        how = f"partner of the '{noun.text}' in the object"
        return from_noun_phrase([chunk], how)
    return []


def _object_head(clause, tokens, head: int) -> bool:
    """'kritisierte die Politik der USA', 'tötete Angehörige einer mexikanischen Gruppe':
    the genitive hangs on the object, not on a noun inside a prepositional phrase
    ('warnte vor Auswirkungen solcher Entscheidungen einzelner EU-Staaten')."""
    return not in_phrase(tokens, head)


def _framed_as_fact(preposition: str, match: Match, context: SentenceContext) -> bool:
    """Does a phrase with this preposition report its noun event as having happened?
    'nach dem Angriff', 'bei einem Luftangriff'; 'über einen Angriff' only under a verb
    of reporting ('berichtete über', not 'spekulierte über')."""
    if preposition in FACT_FRAME_PREPOSITIONS:
        return True
    if preposition in REPORTED_PREPOSITIONS:
        kind, _ = governor_kind(match.clause, context.tokens, nouns=False)
        if kind == "report":
            return True
    # "protestierte gegen den Angriff", "reagierte auf den Angriff", "an dem Treffen":
    # a definite article presupposes the event; "für einen Angriff", "mit einem Angriff
    # rechnen", "auf einen Angriff vorbereiten" name one that may never happen
    return match.noun is not None and _definite(context.tokens, match.noun.index)


REPORTED_PREPOSITIONS = {"über", "von"}
DEFINITE_ARTICLES = {"der", "die", "das", "den", "dem", "des"}


def _definite(tokens: list[Token], noun: int) -> bool:
    """Does the noun's own phrase open with a definite article ('den Angriff', 'zum
    Treffen') or a name in the genitive ('Chinas Angriff')?"""
    i = noun - 1
    while i >= 0 and tokens[i].pos in ("ADJA", "CARD", "ADV", "ADJD"):
        i -= 1
    if i < 0:
        return False
    word = tokens[i]
    if word.pos == "ART":
        return word.lower in DEFINITE_ARTICLES
    if word.pos in ("NE", "NN") and word.text.endswith("s") and word.text[:1].isupper():
        return True  # "gegen Chinas Angriff auf Taiwan"
    return word.pos == "APPRART"  # "zum", "beim", "im": with the definite article


def _noun_preposition(match: Match, context: SentenceContext) -> str:
    return preposition_before(context.tokens, match.noun.index) if match.noun else ""


def _inside(chunk: Chunk, match: Match) -> bool:
    """The chunk is part of the trigger word itself ("China-Besuch", "USA-China-Gespräche")."""
    return match.noun is not None and chunk.first <= match.noun.index <= chunk.last


def _pair(match, context, noun_before: list[Chunk], noun_after: list[Chunk]) -> list[Actor]:
    subjects = context.subjects(match.clause) if match.pattern.kind != "noun" else []
    if len(subjects) >= 2:
        return [s.derived("joint subject") for s in subjects]
    pool = noun_after if match.pattern.kind == "noun" else match.clause.chunks
    between = [c for c in pool if c.prep == "zwischen"]
    between_actors = actors_of(between, "'zwischen' phrase")
    if len(between_actors) >= 2:
        return between_actors
    joint = [c for c in noun_before if c.joint]
    if match.pattern.kind != "noun" and not joint:
        joint = [c for c in match.clause.chunks if c.joint and not c.prep]
    joint_actors = actors_of(joint[:1], "joint adjective / compound")
    if len(joint_actors) >= 2:
        return joint_actors
    return []
