"""Targets from the surrounding sentences: a reaction aimed at an event told just before.

    "Die USA verhängten Zölle auf chinesische Solarmodule. China protestierte am
    Donnerstag gegen die neuen Tarife."

The second sentence names no target, but the protest answers the tariffs. This is the
one rule for such reactions (also 'Mexikos Regierung verurteilte den Vorfall', an
incident told a paragraph before). A candidate whose code is a reaction
(`reaction_code` rows of data/discourse.tsv: demand, disapprove, reject, threaten,
praise, deny) with a source and no target takes as target the source of an earlier
event (same sentence, or up to ten sentences before) that was aimed at the reacting
actor's country (an organisation without one: at the organisation itself; a joint act
the reacting side took part in is not aimed at it), when:

- exactly one state aimed such an event at it in that window (two: no target);
  when the reaction names the act, only events of that kind count;
- the reaction's own clause names no other object: its first noun (behind the
  finite verb of a main clause) that names an act of the earlier event's kind
  ('die Zölle' for sanctions, `act_noun` rows) is evidence for the rule; any other
  object noun ('kritisierte die Opposition') blocks it; nouns of actors, time and
  circumstance ('in einer Erklärung', 'am Donnerstag') do not count; praise and
  denial need such an act noun;
- a reaction that names no act answers the latest act told: no act of another
  side with a target stands between the chosen event and the reaction;
- the sentence names no third state the reaction could be aimed at.

An earlier event without a target qualifies only with act-noun evidence, if its
sentence names the reacting country ('Zölle auf in China hergestellte Module').
A demand coordinated with a criticism of the same speaker shares its target
('verurteilte den Vorfall und forderte eine Untersuchung'). The candidate's note
says where the target came from; its confidence drops by 0.2.

A criticism or rejection by a side no earlier event was aimed at (a third party) that
names a definite act noun takes the act's agent (`third_party_target`: 'Russische
Truppen griffen … an. Frankreich verurteilte den Angriff.' -> FRA->RUS), or, with no
such act coded, the one state named before as the owner of that noun
(`_named_owner`: 'Das russische Parlament verabschiedete ein Gesetz … Die EU
kritisierte das Gesetz.' -> EU->RUS); see docs/events.md.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from dyad.events.cues import is_time_noun
from dyad.events.tokens import Token, tag_sentence
from dyad.model import Candidate, Document, Mention, Sentence

DATA = Path(__file__).parent / "data" / "discourse.tsv"
LOOKBACK = 10  # sentences before the reaction: a named act is often answered a paragraph later
PENALTY = 0.2
CLAUSE_END = {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", '"'}
ARTICLE_POS = {"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "ADV", "ADJD"}


@cache
def _rows() -> list[dict[str, str]]:
    with open(DATA, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def words(kind: str) -> frozenset[str]:
    return frozenset(row["value"].strip() for row in _rows() if row["kind"] == kind)


@cache
def act_nouns() -> dict[str, tuple[str, ...]]:
    """Noun (lower case) -> the CAMEO roots of the acts it can name ('*': any)."""
    return {
        row["value"].strip().lower(): tuple(row["detail"].split(","))
        for row in _rows()
        if row["kind"] == "act_noun"
    }


def reaction_kind(cameo: str) -> str | None:
    """'needs_act' for codes that need an object naming the act (praise, denial),
    'reaction' for the other listed codes, None for codes that are no reaction."""
    for row in _rows():
        if row["kind"] == "reaction_code" and cameo.startswith(row["value"].strip()):
            return row["detail"].strip() or "reaction"
    return None


def act_roots(token: Token) -> tuple[str, ...] | None:
    """The roots a noun can name, also as a compound head with a modifier of four
    letters or more ('Strafzölle', 'Raketenstart'; not 'Protest', 'Bedrohung')."""
    lemma = (token.lemma or token.text).lower()
    for word, roots in act_nouns().items():
        if lemma == word or (lemma.endswith(word) and len(lemma) - len(word) >= 4):
            return roots
    return None


@dataclass
class ObjectEvidence:
    """The first object noun of the reaction's clause: an act (with the roots it can
    name), something else, or nothing."""

    roots: tuple[str, ...] | None = None
    other: str | None = None
    span: tuple[int, int] | None = None  # of the act noun in the sentence
    definite: bool = False  # 'den Angriff', 'diese Entscheidung', not 'Angriffe'
    relative: tuple[int, int] | None = None  # a relative clause telling the act
    phrase: tuple[int, int] | None = None  # the act noun's own phrase (its genitive, 'durch')

    def names(self, trigger: tuple[int, int]) -> bool:
        """Is this event (of the reaction's sentence) the act the noun or its relative
        clause names?"""
        return any(
            span is not None and span[0] < trigger[1] and trigger[0] < span[1]
            for span in (self.span, self.relative)
        )

    def fits(self, cameo: str) -> bool:
        return self.roots is not None and ("*" in self.roots or cameo[:2] in self.roots)


def object_evidence(
    sentence: Sentence, trigger: tuple[int, int], cameo: str = ""
) -> ObjectEvidence:
    """What the reaction's clause is about: its first noun outside actor mentions,
    time and circumstance phrases; in a main clause only behind the finite verb (in
    front of it stands the subject: 'Das Ministerium in Peking kritisierte …')."""
    tokens = tag_sentence(sentence)
    start, end = _clause_of(tokens, trigger)
    clause = tokens[start:end]
    finite = next((t.index for t in clause if t.pos.endswith("FIN")), None)
    main = finite is not None and clause and clause[0].pos not in ("KOUS", "PRELS", "PWAV")
    if main and not _prefield_is_object(clause, tokens[finite], trigger):
        # the prefield is the subject, unless it is the reaction's own noun phrase
        # ('Kritik an dem Urteil kam aus den USA')
        clause = [t for t in clause if t.index > finite or _inside(t, trigger)]
    own_nouns = _own_nouns(cameo)
    for token in clause:
        in_name = any(m.start < token.end and token.start < m.end for m in sentence.mentions)
        if token.pos != "NN" or in_name:
            continue
        if _inside(token, trigger) and (token.lemma or token.text).lower() in own_nouns:
            continue  # 'legte Protest ein', 'übte Kritik an …': the reaction itself
        if is_time_noun(token):
            continue
        if _circumstance(tokens, token.index) and not _own_complement(tokens, token, own_nouns):
            continue
        roots = act_roots(token)
        if roots is None:
            return ObjectEvidence(other=token.text)
        return _act_evidence(tokens, token, roots)
    if 0 < start < len(tokens) and tokens[start - 1].text == "," and tokens[start].is_finite:
        return _reported_act(tokens[: start - 1])  # 'Die Attacke sei empörend, kritisierte er'
    return ObjectEvidence()


def _prefield_is_object(clause: list[Token], finite: Token, trigger: tuple[int, int]) -> bool:
    """'Den Angriff verurteilte Frankreich scharf' (an accusative determiner in front),
    'Der Angriff wurde von Frankreich verurteilt' (a passive: the prefield is what was
    criticised)."""
    if clause[0].lower in words("accusative_determiner"):
        return True
    participle = any(t.pos == "VVPP" and _inside(t, trigger) for t in clause)
    return (finite.lemma or "").lower() == "werden" and participle


def _inside(token: Token, span: tuple[int, int]) -> bool:
    return span[0] <= token.start and token.end <= span[1]


def _own_nouns(cameo: str) -> frozenset[str]:
    """Nouns that name the reaction itself for its code ('Protest', 'Kritik' for 11)."""
    return frozenset(
        row["value"].strip().lower()
        for row in _rows()
        if row["kind"] == "reaction_noun" and cameo.startswith(row["detail"].strip())
    )


def _act_evidence(tokens: list[Token], noun: Token, roots: tuple[str, ...]) -> ObjectEvidence:
    """An act noun, whether it is definite ('den Angriff', 'die jüngsten Sanktionen'),
    and the extent of its own phrase (a genitive or 'durch'/'von' phrase behind it)."""
    position = noun.index - 1
    while position >= 0 and tokens[position].pos in ("ADJA", "ADV", "ADJD", "CARD"):
        position -= 1
    article = tokens[position] if position >= 0 else None
    definite = article is not None and (
        article.pos in ("PDAT", "PPOSAT", "APPRART")  # 'am Urteil': 'an dem Urteil'
        or (article.pos == "ART" and article.lower in words("definite_article"))
    )
    end = noun.index + 1
    while end < len(tokens) and tokens[end].text not in CLAUSE_END and not tokens[end].is_finite:
        end += 1
    phrase = (noun.end, tokens[end - 1].end) if end > noun.index + 1 else None
    return ObjectEvidence(
        roots=roots,
        span=(noun.start, noun.end),
        definite=definite,
        phrase=phrase,
        relative=_relative_clause(tokens, end),
    )


def _relative_clause(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The relative clause right behind the act noun's phrase, which tells the act
    ('verurteilte den Luftangriff, bei dem die israelische Armee … bombardiert hatte')."""
    if comma + 2 >= len(tokens) or tokens[comma].text != ",":
        return None
    opener = comma + 1
    if tokens[opener].is_preposition:
        opener += 1
    if tokens[opener].pos != "PRELS":
        return None
    end = opener + 1
    while end < len(tokens) and tokens[end].text not in CLAUSE_END:
        end += 1
    return tokens[comma + 1].start, tokens[end - 1].end


def _reported_act(front: list[Token]) -> ObjectEvidence:
    """The subject of a reported clause in front of the reaction ('Die Attacke auf das
    Krankenhaus sei empörend, kritisierte er'): its first noun, when it names an act;
    any other noun there is no object of the reaction and blocks nothing."""
    if front and front[0].pos in ("KOUS", "PRELS", "PWAV"):
        return ObjectEvidence()
    start = len(front)
    while start > 0 and not _boundary(front, start - 1):
        start -= 1
    for token in front[start:]:
        if token.is_finite:
            break
        if token.pos == "NN":
            roots = act_roots(token)
            return _act_evidence(front, token, roots) if roots else ObjectEvidence()
    return ObjectEvidence()


def _clause_of(tokens: list[Token], trigger: tuple[int, int]) -> tuple[int, int]:
    """Token range of the trigger's clause: between punctuation, or an 'und' that
    opens a new verb ('… und erklärte, …')."""
    inside = [t.index for t in tokens if t.start < trigger[1] and trigger[0] < t.end]
    first = inside[0] if inside else 0
    start = first
    while start > 0 and not _boundary(tokens, start - 1):
        start -= 1
    end = first
    while end < len(tokens) and not _boundary(tokens, end):
        end += 1
    return start, end


def _boundary(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.text in CLAUSE_END:
        return True
    return token.lower in ("und", "aber", "sowie") and _finite_follows(tokens, index)


def _finite_follows(tokens: list[Token], index: int) -> bool:
    return any(t.pos.endswith("FIN") for t in tokens[index + 1 : index + 3])


def _own_complement(tokens: list[Token], noun: Token, own_nouns: frozenset[str]) -> bool:
    """'Kritik am Urteil': the phrase hangs on the reaction's own noun, it is no
    circumstance ('am Donnerstag' is, and is a time noun anyway)."""
    position = noun.index - 1
    while position >= 0 and tokens[position].pos in ARTICLE_POS:
        position -= 1
    head = tokens[position - 1] if position >= 1 else None
    return head is not None and (head.lemma or head.text).lower() in own_nouns


def _circumstance(tokens: list[Token], index: int) -> bool:
    """The noun is in a phrase of place, manner or source ('in einer Erklärung')."""
    position = index - 1
    while position >= 0 and tokens[position].pos in ARTICLE_POS:
        position -= 1
    return position >= 0 and tokens[position].lower in words("circumstance_preposition")


def side(mention: Mention) -> str:
    """The state an actor belongs to, or the organisation itself ('IGOEU')."""
    return mention.country or mention.code


@dataclass
class Aimed:
    candidate: Candidate
    sentence: int
    weak: bool  # the earlier event had no target; its sentence names the country


def _earlier_events(
    doc: Document, sentence: Sentence, reaction: Candidate, evidence: ObjectEvidence
) -> list[Aimed]:
    """Factual events of the window aimed at the reacting side by another state; in
    the reaction's own sentence those before it, and the one its object noun names
    ('verurteilte die Ausweisung der Diplomaten durch Russland')."""
    country = side(reaction.source)
    found = []
    window = _window(doc, sentence, LOOKBACK)
    for earlier in window:
        joint = _joint_acts(earlier, country)
        for candidate in earlier.candidates:
            if (candidate.rule, candidate.trigger) in joint:
                continue  # "Die USA und Iran einigten sich": the side took part in it
            if earlier is sentence and candidate.trigger[0] >= reaction.trigger[0]:
                if not evidence.names(candidate.trigger):
                    continue
            source = side(candidate.source)
            if candidate.modality or source == country or candidate is reaction:
                continue
            if candidate.target is not None:
                if side(candidate.target) == country:
                    found.append(Aimed(candidate, earlier.index, weak=False))
            elif _names_country(earlier, country) or _told_on(doc, earlier, sentence, country):
                found.append(Aimed(candidate, earlier.index, weak=True))
    return found


def _window(doc: Document, sentence: Sentence, back: int) -> list[Sentence]:
    """The sentence and the `back` sentences before it."""
    return [s for s in doc.sentences if sentence.index - back <= s.index <= sentence.index]


def _names_country(sentence: Sentence, country: str) -> bool:
    return any(side(m) == country and not m.informant for m in sentence.mentions)


def _told_on(doc: Document, earlier: Sentence, reaction: Sentence, country: str) -> bool:
    """'Die USA griffen Boote an. Die Boote waren aus Venezuela gekommen.': the sentence
    right after an event without a target names the reacting country, not as the author
    of an act of its own, before the reaction's sentence."""
    following = [s for s in doc.sentences if s.index == earlier.index + 1]
    if not following or following[0].index >= reaction.index:
        return False
    after = following[0]
    acting = any(side(c.source) == country for c in after.candidates)
    return _names_country(after, country) and not acting


def _joint_acts(sentence: Sentence, country: str) -> set[tuple[str, tuple[int, int]]]:
    """(rule, trigger) of the sentence's events that the reacting side is a source of:
    of a mutual event ('einigten sich', coded both ways) it is a party, not a target."""
    return {(c.rule, c.trigger) for c in sentence.candidates if side(c.source) == country}


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def _later_act(window: list[Sentence], sentence: Sentence, reaction: Candidate, chosen: Aimed):
    """Is there a factual act of another side with a target told after the chosen event
    and before the reaction? A reaction that names no act answers the latest one."""
    country = side(reaction.source)
    position = (chosen.sentence, chosen.candidate.trigger[0])
    for earlier in window:
        for candidate in earlier.candidates:
            at = (earlier.index, candidate.trigger[0])
            if candidate is reaction or candidate.modality or candidate.target is None:
                continue
            if earlier is sentence and candidate.trigger[0] >= reaction.trigger[0]:
                continue
            if side(candidate.source) != country and at > position:
                return True
    return False


def _third_state(sentence: Sentence, reaction: Candidate, allowed: set[str | None]) -> bool:
    """Does the sentence name another state the reaction could be aimed at? A state named
    in a clause coordinated after the reaction's own ('verurteilte die Angriffe und
    forderte Frankreich auf, …') is the object of that other verb."""
    tokens = tag_sentence(sentence)
    _, end = _clause_of(tokens, reaction.trigger)
    # 'Die Ukraine und Polen verurteilten …': who reacts together is no third state
    allowed = allowed | {
        side(c.source)
        for c in sentence.candidates
        if (c.rule, c.trigger) == (reaction.rule, reaction.trigger)
    }
    limit = len(sentence.text)
    if end < len(tokens) and tokens[end].lower in ("und", "aber", "sowie"):
        limit = tokens[end].start
    return any(
        side(m) not in allowed
        for m in sentence.mentions
        if m.country and not m.informant and m.start < limit
    )


def reaction_target(doc: Document, sentence: Sentence, reaction: Candidate) -> Candidate | None:
    """The reaction with its target filled in, or None when the rule does not apply."""
    kind = reaction_kind(reaction.cameo)
    country = side(reaction.source)
    if kind is None or reaction.target is not None or reaction.modality:
        return None
    window = _window(doc, sentence, LOOKBACK)
    answerable = any(c is not reaction for s in window for c in s.candidates)
    if not answerable and not reaction.cameo.startswith(THIRD_PARTY_ROOTS):
        return None  # nothing to answer (nor an owner to find): spare the tagger
    evidence = object_evidence(sentence, reaction.trigger, reaction.cameo)
    aimed = _earlier_events(doc, sentence, reaction, evidence)
    if evidence.roots is not None:  # 'gegen die Zölle': only acts of that kind count
        aimed = [a for a in aimed if evidence.fits(a.candidate.cameo)]
        fitting, why = aimed, "its object names that act"
    elif evidence.other is None and kind != "needs_act":  # 'China protestierte.'
        fitting, why = [a for a in aimed if not a.weak], "the reaction names no object"
    else:  # 'kritisierte die Opposition': aimed at something else
        return None
    sources = {side(a.candidate.source) for a in aimed}
    if not aimed and evidence.roots is not None:  # 'Frankreich verurteilte den Angriff'
        return third_party_target(doc, sentence, reaction, evidence)
    if not fitting or len(sources) != 1:
        return None  # nothing before, or two states it could answer
    if _third_state(sentence, reaction, {country} | sources):
        return None
    chosen = max(fitting, key=lambda a: (a.sentence, a.candidate.trigger[0]))
    if evidence.roots is None and _later_act(window, sentence, reaction, chosen):
        return None  # 'China protestierte.' answers the last act told, and that is another
    earlier = chosen.candidate
    how = (
        f"'{earlier.source.text}', source of the '{earlier.rule}' event in sentence "
        f"{chosen.sentence}"
    )
    note = (
        f"target from the event in sentence {chosen.sentence} "
        f"('{earlier.rule}', aimed at {country}): {why}"
    )
    return _aimed_at(reaction, earlier.source, how, note, chosen.sentence != sentence.index)


def _aimed_at(
    reaction: Candidate, mention: Mention, how: str, note: str, elsewhere: bool
) -> Candidate:
    """The reaction aimed at `mention`, found by discourse: lower confidence, the reason
    in its note, and no span when the mention stands in another sentence."""
    target = replace(mention, how=how)
    if elsewhere:
        target = replace(target, start=-1, end=-1)
    confidence = max(0.3, reaction.confidence - PENALTY)
    return replace(reaction, target=target, note=f"{reaction.note}; {note}", confidence=confidence)


def shared_demand_target(sentence: Sentence, demand: Candidate) -> Candidate | None:
    """'Mexikos Regierung verurteilte den Vorfall und forderte eine Untersuchung': a
    demand coordinated with a criticism or rejection of the same speaker, earlier in
    the sentence and with a target, is made of that target, unless the demand names
    its own addressee ('verlangte von den Partnern eine Antwort')."""
    if not demand.cameo.startswith("10") or demand.target is not None or demand.modality:
        return None
    partners = [
        c
        for c in sentence.candidates
        if c.target is not None
        and c.cameo[:2] in ("11", "12")
        and c.source.code == demand.source.code
        and c.trigger[1] <= demand.trigger[0]
        and not c.modality
    ]
    if len({c.target.code for c in partners if c.target}) != 1:
        return None
    tokens = tag_sentence(sentence)
    start, end = _clause_of(tokens, demand.trigger)
    if any(t.lower in words("addressee_preposition") for t in tokens[start:end]):
        return None
    partner = partners[-1]
    note = (
        f"{demand.note}; target shared with the '{partner.rule}' event it is coordinated "
        f"with (the demand names no addressee of its own)"
    )
    confidence = max(0.3, demand.confidence - PENALTY)
    return replace(demand, target=partner.target, note=note, confidence=confidence)


def reaction_targets(sentence: Sentence, doc: Document) -> None:
    """Fill the targets of the sentence's reactions in place (see the module doc)."""
    sentence.candidates = [
        reaction_target(doc, sentence, candidate) or candidate for candidate in sentence.candidates
    ]
    sentence.candidates = [
        shared_demand_target(sentence, candidate) or candidate for candidate in sentence.candidates
    ]


# -- a third party's reaction to an act not aimed at it ------------------------------------

THIRD_PARTY_LOOKBACK = 4  # a third party names an act told just before
THIRD_PARTY_ROOTS = ("11", "12")  # criticise, condemn, protest; reject
AGENT_OPENERS = {"der", "des", "eines", "einer", "durch", "von", "vom"}


def third_party_target(
    doc: Document, sentence: Sentence, reaction: Candidate, evidence: ObjectEvidence
) -> Candidate | None:
    """'Russische Truppen griffen … in der Ukraine an. Frankreich verurteilte den Angriff':
    a criticism or rejection whose object is a definite act noun, by a side the act was not
    aimed at, is aimed at the act's agent: the source of the one state that did an act of
    that kind in this or the four sentences before. Never its victim; none when acts of
    that kind by two sides, or by a non-state ('Unbekannte', a militia), are told, when
    the act is the reacting side's own, or when the noun's own genitive or 'durch' phrase
    names someone else ('den Angriff der Rebellen')."""
    country = side(reaction.source)
    if not reaction.cameo.startswith(THIRD_PARTY_ROOTS) or not evidence.definite:
        return None
    acts = _fitting_acts(doc, sentence, reaction, evidence)
    if not acts:  # 'Kritik an dem Urteil': the court that gave it, named before
        return _named_owner(doc, sentence, reaction, evidence)
    if {side(a.candidate.source) for a in acts} == {country}:
        return None
    agents = {side(a.candidate.source) for a in acts}
    chosen = max(acts, key=lambda a: (a.sentence, a.candidate.trigger[0]))
    agent = chosen.candidate.source
    if len(agents) != 1 or not agent.country or agent.country == country:
        return None  # two agents, a non-state agent, or the reacting side's own act
    if agent.sector and agent.sector not in words("state_sector"):
        return None  # 'Die Taliban griffen … an': rebels and militias are not the state
    if _untold_act_since(doc, sentence, reaction, chosen, evidence):
        return None
    victims = {side(a.candidate.target) for a in acts if a.candidate.target is not None}
    if _third_state(sentence, reaction, {country, side(agent)} | victims):
        return None
    if not _agent_phrase_fits(sentence, evidence, agent, victims):
        return None
    earlier = chosen.candidate
    how = f"'{agent.text}', agent of the '{earlier.rule}' act in sentence {chosen.sentence}"
    note = (
        f"target from the event in sentence {chosen.sentence} "
        f"('{earlier.rule}'): its object names that act, and {side(agent)} did it"
    )
    return _aimed_at(reaction, agent, how, note, chosen.sentence != sentence.index)


def _fitting_acts(
    doc: Document, sentence: Sentence, reaction: Candidate, evidence: ObjectEvidence
) -> list[Aimed]:
    """Factual events of the window of the kind the act noun names, by anyone but the
    reaction itself; in the reaction's sentence those before it or named by its noun."""
    found = []
    for earlier in _window(doc, sentence, THIRD_PARTY_LOOKBACK):
        for candidate in earlier.candidates:
            if candidate is reaction or candidate.modality or not evidence.fits(candidate.cameo):
                continue
            if _accused_of(earlier, candidate):
                continue
            if earlier is sentence and candidate.trigger[0] >= reaction.trigger[0]:
                if not evidence.names(candidate.trigger):
                    continue
            found.append(Aimed(candidate, earlier.index, weak=candidate.target is None))
    return found


def _accused_of(sentence: Sentence, act: Candidate) -> bool:
    """'Philippinische Schiffe seien eingedrungen, warf ein Sprecher Manila vor': an act
    its sentence accuses its agent of (11 by another side, aimed at the agent) is a
    claim, not an act told."""
    return any(
        c.cameo.startswith("11")
        and c.target is not None
        and side(c.target) == side(act.source)
        and side(c.source) != side(act.source)
        for c in sentence.candidates
    )


def _untold_act_since(
    doc: Document, sentence: Sentence, reaction: Candidate, chosen: Aimed, evidence: ObjectEvidence
) -> bool:
    """Is an act of that kind told after the chosen one that coded no event of that kind
    ('Kämpfer des IS griffen eine Stadt an': no state to code)? Then the reaction may be
    about that act. Words of acts by kind: `act_word` rows of data/discourse.tsv."""
    stems = [
        row["value"].strip()
        for row in _rows()
        if row["kind"] == "act_word" and set(row["detail"].split(",")) & set(evidence.roots or ())
    ]
    for later in doc.sentences:
        if not chosen.sentence < later.index < sentence.index:
            continue  # the reaction's own sentence names the act it means
        text = later.text.lower()
        coded = any(evidence.fits(c.cameo) and not c.modality for c in later.candidates)
        if not coded and any(stem in text for stem in stems):
            return True
    return False


def _agent_phrase_fits(
    sentence: Sentence, evidence: ObjectEvidence, agent: Mention, victims: set[str]
) -> bool:
    """The act noun's phrase tells no new act (no indefinite article), and a genitive or
    'durch'/'von' phrase right behind the act noun must name the agent
    (or, as in 'die Invasion der Ukraine', the victim): a state of that side, or a noun of
    the agent's own mention ('der Regierungstruppen' for 'Syrische Regierungstruppen')."""
    if evidence.phrase is None:
        return True
    tokens = [t for t in tag_sentence(sentence) if _inside(t, evidence.phrase)]
    if any(t.pos == "ART" and t.lower in words("indefinite_article") for t in tokens):
        return False  # 'den Anschlag auf eine Synagoge': an act the reaction first tells
    if not tokens or tokens[0].lower not in AGENT_OPENERS:
        return True  # 'den Angriff auf das Krankenhaus': no agent named
    end = next((t.index for t in tokens[1:] if t.is_preposition), tokens[-1].index + 1)
    span = (tokens[0].start, max(t.end for t in tokens if t.index < end))
    named = [m for m in sentence.mentions if span[0] <= m.start and m.end <= span[1]]
    if named:
        return all(side(m) in {side(agent)} | victims for m in named)
    nouns = [t.text.lower() for t in tokens if t.index < end and t.pos == "NN"]
    return bool(nouns) and all(noun in agent.text.lower() for noun in nouns)


OWNER_LOOKBACK = 3


def _named_owner(
    doc: Document, sentence: Sentence, reaction: Candidate, evidence: ObjectEvidence
) -> Candidate | None:
    """'Saudi-Arabiens Oberster Gerichtshof bestätigte das Urteil. Kritik an dem Urteil kam
    aus den USA': with no event of that kind coded, the act's owner is the one state the
    latest of the three sentences before that names the same noun gives it: as the
    noun's adjective or genitive ('das russische Gesetz', 'die Äußerungen des iranischen
    Präsidenten'), or as the subject of a verb that makes it ('verabschiedete',
    'bestätigte', `owner_verb` rows). None with two such states or the reacting side."""
    country = side(reaction.source)
    noun = _act_key(sentence, evidence)
    earlier = [
        s for s in doc.sentences if sentence.index - OWNER_LOOKBACK <= s.index < sentence.index
    ]
    for before in reversed(earlier):
        tokens = tag_sentence(before)
        heads = [t for t in tokens if t.pos == "NN" and _act_key_of(t) == noun]
        if noun is None or not heads:
            continue
        owners = _owners(before, tokens, heads[0])
        states = {side(m) for m in owners}
        if len(states) != 1 or country in states:
            return None
        owner = owners[0]
        how = f"'{owner.text}', owner of the '{heads[0].text}' named in sentence {before.index}"
        note = (
            f"target from sentence {before.index}: its object names "
            f"'{heads[0].text}', which {side(owner)} made"
        )
        return _aimed_at(reaction, owner, how, note, elsewhere=True)
    return None


def _act_key_of(token: Token) -> str | None:
    lemma = (token.lemma or token.text).lower()
    for word in act_nouns():
        if lemma == word or (lemma.endswith(word) and len(lemma) - len(word) >= 4):
            return word
    return None


def _act_key(sentence: Sentence, evidence: ObjectEvidence) -> str | None:
    for token in tag_sentence(sentence):
        if evidence.span == (token.start, token.end):
            return _act_key_of(token)
    return None


def _owners(sentence: Sentence, tokens: list[Token], noun: Token) -> list[Mention]:
    """States that own the noun: its adjective or genitive, else the subject in front of
    a verb of making."""
    states = [
        m
        for m in sentence.mentions
        if m.country and not m.informant and (not m.sector or m.sector in words("state_sector"))
    ]
    following = tokens[noun.index + 1 : noun.index + 2]
    genitive = following and following[0].lower in ("des", "der")
    phrase_end = tokens[noun.index + 4].start if noun.index + 4 < len(tokens) else noun.end + 200
    own = [
        m
        for m in states
        if (m.end <= noun.start and not _words_between(tokens, m.end, noun.start))
        or (genitive and noun.end < m.start < phrase_end)
    ]
    if own:
        return own
    finite = next((t for t in tokens if t.is_finite), None)
    if finite is None or finite.index > noun.index:
        return []
    if (finite.lemma or "").lower() not in words("owner_verb"):
        return []
    return [m for m in states if m.end <= finite.start]


def _words_between(tokens: list[Token], start: int, end: int) -> bool:
    """Any word but adjectives between an adjective mention and its noun?"""
    return any(start <= t.start and t.end <= end and t.pos != "ADJA" for t in tokens)
