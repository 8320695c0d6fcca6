"""Participial attributes read as reduced passive clauses.

"das zwischen Putin und Merkel ausgehandelte Abkommen" says what "das Abkommen, das
zwischen Putin und Merkel ausgehandelt wurde" says; "die von den USA verhängten
Sanktionen gegen Russland" what "die Sanktionen, die die USA gegen Russland verhängt
haben" says. Each such attribute becomes a clause of its own (kind "part"): the
`von`/`durch`/`zwischen` actors in front of the participle are its subjects, the
actors in the phrases behind the head noun its objects. Without such an agent the
attribute is left alone ("die verhängten Sanktionen" names nobody).

A participle of leading makes a coalition act for its leader: in "die von Riad
geführte Allianz", "die US-geführte Koalition" the leader's chunk takes the role of the
coalition's noun phrase (`mark_leaders`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dyad.events.chunks import ARTICLE_CASE, NP_MODIFIER_POS, Chunk, preposition_index
from dyad.events.clauses import Clause, agentive_noun
from dyad.events.cues import cues
from dyad.events.scan import lemma_of
from dyad.events.tokens import Token
from dyad.model import Mention

AGENT_PREPOSITIONS = ("von", "durch", "zwischen")
# What may stand between the agent phrase and the participle: "im Februar", "bereits"
ATTRIBUTE_FILLER = {"ADV", "ADJD", "APPRART", "APPR", "ART", "NN", "CARD", "KON", "$,", "NE"}
# What the phrases behind the head noun consist of ("gegen Russland", "der EU")
PHRASE_POS = {"APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD", "KON", "PPOSAT", "PDAT"}
MAX_ATTRIBUTE = 12
INFLECTED_PARTICIPLE = ("te", "ten", "tes", "ter", "tem")
DETERMINER_POS = {"ART", "PDAT", "PPOSAT", "PIAT"}  # tokens from the agent to the participle


@dataclass
class Attribute:
    clause: Clause
    participle: Token  # the ADJA, e.g. "ausgehandelte"
    lemma: str  # the verb it comes from, e.g. "aushandeln"
    head: Token  # the noun it describes, e.g. "Abkommen"


def participle_attributes(
    tokens: list[Token], clauses: list[Clause], chunks: list[Chunk], verbs: set[str]
) -> list[Attribute]:
    """Attributes whose participle comes from one of `verbs`, numbered after `clauses`."""
    found: list[Attribute] = []
    for clause in clauses:
        for position, i in enumerate(clause.tokens):
            word = tokens[i]
            if word.pos == "ADJA":
                lemma = lemma_of(word.lemma)
            elif word.pos == "VVFIN" and word.lower.endswith(INFLECTED_PARTICIPLE):
                lemma = word.lemma  # "die von China kritisierten Manöver": HanTa says VVFIN
            else:
                continue
            if lemma not in verbs:
                continue
            head = _head_noun(tokens, clause.tokens[position + 1 :])
            agents = _agents(tokens, chunks, clause, i)
            if head is None or not agents:
                continue
            if word.pos == "VVFIN" and not _opened_by_determiner(tokens, agents[0]):
                continue  # "…, die von China kritisierten Manöver" vs "von China kritisierten sie"
            after = _phrases_after(tokens, clause, head.index)
            own = sorted({t for c in agents for t in range(c.first, c.last + 1)} | set(after))
            own = sorted(set(own) | {i, head.index})
            part = Clause(len(clauses) + len(found), own, "part")
            part.chunks = [c for c in chunks if c.first in set(own)]
            part.subjects = agents
            part.objects = [c for c in part.chunks if c.first > head.index]
            found.append(Attribute(part, word, lemma, head))
    return found


def _head_noun(tokens: list[Token], following: list[int]) -> Token | None:
    """The noun right behind the participle, after further adjectives ("Minsker")."""
    for i in following:
        if tokens[i].pos == "ADJA":
            continue
        return tokens[i] if tokens[i].pos in ("NN", "NE") else None
    return None


def _agents(tokens: list[Token], chunks: list[Chunk], clause: Clause, participle: int):
    """The `von`/`zwischen` actor phrase in front of the participle, with its conjuncts."""
    inside = set(clause.tokens)
    before = [
        c
        for c in chunks
        if c.prep in AGENT_PREPOSITIONS
        and c.genitive_of is None
        and c.first in inside
        and c.last < participle <= c.last + MAX_ATTRIBUTE
    ]
    if not before:
        return []
    agent = before[-1] if before[-1].prep != "zwischen" else before[0]
    group = [agent]
    for chunk in chunks:  # "zwischen Putin, Poroschenko und Merkel": the conjuncts
        if chunk.coordinated_with == group[-1].index and chunk.last < participle:
            group.append(chunk)
    between = range(group[-1].last + 1, participle)
    if any(tokens[j].pos not in ATTRIBUTE_FILLER or tokens[j].is_verb for j in between):
        return []
    return group


def _phrases_after(tokens: list[Token], clause: Clause, head: int) -> list[int]:
    """Tokens of the phrases behind the head noun ("gegen Russland"), up to the first
    word that belongs to the clause again (verb, adverb, negation, punctuation)."""
    after = []
    for i in clause.tokens:
        if i <= head:
            continue
        if tokens[i].pos not in PHRASE_POS:
            break
        after.append(i)
    return after


def _opened_by_determiner(tokens: list[Token], agent: Chunk) -> bool:
    """The agent phrase stands right behind an article: "Die von China kritisierten …"."""
    i = agent.first - 1
    while i >= 0 and not tokens[i].is_preposition:
        i -= 1
    return i > 0 and tokens[i - 1].pos in DETERMINER_POS


LEADER_KINDS = {"country", "metonym", "capital", "igo"}


def leader_mentions(tokens: list[Token], mentions: list[Mention], date: str | None):
    """'die US-geführte Koalition', 'Nato-geführte Truppen': the state or organisation
    named in front of a hyphenated participle of leading (the chunk stage decides whether
    a coalition noun follows)."""
    from dyad.actors import ActorResolver

    found: list[Mention] = []
    covered = [(m.start, m.end) for m in mentions]
    for token in tokens:
        part, _, participle = token.text.rpartition("-")
        if not part or not participle.lower().startswith(LEADING_PARTICIPLES):
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        for hit in ActorResolver.load().find(part, date, "de"):
            if hit.start == 0 and hit.end == len(part) and hit.kind in LEADER_KINDS:
                how = f"'{part}' in front of '{participle}' ({hit.how})"
                start = token.start
                found.append(replace(hit, start=start, end=start + len(part), how=how))
    return found


# A group of states or forces that one state leads acts for that state: "die von
# Saudi-Arabien (an)geführte Koalition", "die US-geführte Allianz", "die Koalition unter
# Führung der USA". Only these heads: "die von Deutschland geführte Debatte" or "die von
# Deutschland finanzierte Schule" name no actor.
# Word lists in data/cues.tsv (kinds coalition_head, leading_participle, leadership_noun).
COALITION_HEADS = tuple(sorted(cues()["coalition_head"]))
LEADING_PARTICIPLES = tuple(sorted(cues()["leading_participle"]))
LEADERSHIP_NOUNS = cues()["leadership_noun"]


def _coalition_noun(token: Token) -> bool:
    forms = (token.lemma.lower(), token.lower)
    return token.pos == "NN" and any(f.endswith(COALITION_HEADS) for f in forms)


def _leading_participle(token: Token) -> bool:
    """'geführte', 'angeführten', and 'US-geführte' (a leader inside the participle)."""
    word = token.lower.rsplit("-", 1)[-1]
    return token.pos in ("ADJA", "VVFIN", "VVPP") and word.startswith(LEADING_PARTICIPLES)


def _led_noun(tokens: list[Token], start: int) -> int | None:
    """The coalition noun behind a leading participle that stands at or after `start`
    (adverbs first: 'maßgeblich', further adjectives after: 'internationale')."""
    i = start
    while i < len(tokens) and tokens[i].pos in ("ADV", "ADJD"):
        i += 1
    if i >= len(tokens) or not _leading_participle(tokens[i]):
        return None
    i += 1
    while i < len(tokens) and tokens[i].pos == "ADJA":
        i += 1
    return i if i < len(tokens) and _coalition_noun(tokens[i]) else None


def mark_leaders(chunks: list[Chunk], tokens: list[Token]) -> None:
    """The leader's chunk takes the place of the coalition's noun phrase: its role, its
    preposition, its case (the clause then reads the leader as the one who acts)."""
    for chunk in chunks:
        if chunk.leads or chunk.coordinated_with is not None:
            continue
        group = [chunk] + [c for c in chunks if c.coordinated_with == chunk.index]
        last = max(c.last for c in group)
        noun: int | None = None
        phrase_start: int | None = None
        token = tokens[chunk.first]
        if chunk.first == chunk.last and "-" in token.text and _leading_participle(token):
            noun = _led_noun(tokens, chunk.first)  # "die US-geführte Koalition"
            if noun is not None:
                for member in group:
                    member.leads = tokens[noun].text
                continue
        if chunk.prep == "von" and chunk.genitive_of is None:
            noun = _led_noun(tokens, last + 1)  # "die von Riad geführte Allianz"
            phrase_start = preposition_index(tokens, chunk)
        elif chunk.prep == "unter":
            noun, phrase_start = _under_leadership(chunk, tokens)
        if noun is None or phrase_start is None:
            continue
        prep, case, owner = _phrase_context(tokens, phrase_start if noun > last else noun)
        for member in group:
            member.prep, member.case, member.genitive_of = prep, case, owner
            member.leads = tokens[noun].text


def _under_leadership(chunk: Chunk, tokens: list[Token]) -> tuple[int | None, int | None]:
    """'die Koalition unter Führung Saudi-Arabiens / der USA', 'unter saudischer
    Führung', 'die Truppen unter dem Kommando Russlands': the coalition noun in front of
    'unter' ('Führung' may be part of the mention: 'Führung der USA')."""
    places = [chunk.genitive_of, *range(chunk.first, chunk.last + 2)]
    leadership = [
        i
        for i in places
        if i is not None and i < len(tokens) and tokens[i].lemma.lower() in LEADERSHIP_NOUNS
    ]
    if not leadership:
        return None, None
    i = min(leadership[0], chunk.first) - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    if i < 1 or not (tokens[i].is_preposition and tokens[i].preposition == "unter"):
        return None, None
    for noun in range(i - 1, max(0, i - 6), -1):
        # "die Koalition gegen den IS unter Führung der USA": past one short phrase
        if _coalition_noun(tokens[noun]):
            between = tokens[noun + 1 : i]
            if not between or (between[0].is_preposition and len(between) <= 4):
                return noun, noun
            return None, None
        if tokens[noun].is_verb or tokens[noun].text in (",", ";", ":"):
            break
    return None, None


def _phrase_context(tokens: list[Token], start: int) -> tuple[str, str, int | None]:
    """Preposition, case and genitive head of the noun phrase that has its modifiers in
    front of `start` ('gegen die …', 'der …' after a noun)."""
    i = start - 1
    case = ""
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        if tokens[i].pos == "ART" and not case:
            case = ARTICLE_CASE.get(tokens[i].lower, "")
            article = tokens[i].lower
            if article in ("des", "der", "eines", "einer") and i > 0 and tokens[i - 1].pos == "NN":
                return "", "gen", i - 1  # "die Angriffe der von X geführten Koalition"
        i -= 1
    if i >= 0 and tokens[i].is_preposition:
        return tokens[i].preposition, case, None
    return "", case, None


# What opens an extended attribute in front of its phrase: "das [von Russland
# unterstützte] Serbien", "gegen [von Russland unterstützte] Separatisten".
ATTRIBUTE_OPENERS = {"ART", "PDAT", "PPOSAT", "PIAT", "APPR", "APPRART"}
# What may stand between the actor's phrase and the participle ("seit Jahren", "bereits")
INNER_FILLER = {"ADV", "ADJD", "APPR", "APPRART", "ART", "NN", "CARD", "NE"}


def mark_attributes(chunks: list[Chunk], tokens: list[Token]) -> None:
    """Flag the chunks that stand inside an extended attribute: between a determiner (or
    a preposition) and the participle or adjective that precedes the phrase's noun ("die
    von den USA verhängten Sanktionen", "das Russland nahestehende Serbien"). Such an actor
    is background of the noun phrase, not a subject, object or agent of the clause's verb;
    the participle's own reading (`participle_attributes`) and a leader of a coalition
    (`mark_leaders`, run before) still use it."""
    for chunk in chunks:
        # other phrases in an attribute still tell the clause something: "die gegen
        # Russland verhängten Sanktionen verlängern", "Zölle auf in China hergestellte …"
        if chunk.leads or chunk.genitive_of is not None:
            continue
        if chunk.coordinated_with is not None:  # "zwischen Putin und Merkel": both
            chunk.attribute_of = chunks[chunk.coordinated_with].attribute_of
            continue
        if chunk.prep:
            start = preposition_index(tokens, chunk) if chunk.prep in AGENT_PREPOSITIONS else None
            openers = ATTRIBUTE_OPENERS
        else:  # "das Russland nahestehende Serbien": only right behind a determiner
            start, openers = _phrase_start(tokens, chunk), DETERMINER_POS
        if start is None or start == 0 or tokens[start - 1].pos not in openers:
            continue
        participle, head = _attribute_closes(tokens, chunk.last + 1)
        if participle is None or head is None:
            continue
        chunk.attribute_of = head
        if tokens[participle].is_finite and tokens[start - 1].pos in DETERMINER_POS:
            # "Der von Moskau unterstützte Präsident traf …": HanTa's finite 'unterstützte'
            # would take the place of the clause's finite verb
            tokens[participle].pos = "ADJA"


def _phrase_start(tokens: list[Token], chunk: Chunk) -> int:
    """The first token of a chunk's noun phrase without preposition ("dem Iran")."""
    i = chunk.first
    while i > 0 and tokens[i - 1].pos in NP_MODIFIER_POS - {"ADV", "ADJD"}:
        i -= 1
    return i


def _attribute_closes(tokens: list[Token], start: int) -> tuple[int | None, int | None]:
    """From `start`, past short fillers, an inflected participle or adjective and further
    adjectives lead to a noun: the attribute closes there ("… unterstützte Serbien").
    Returns the indices of the participle (or adjective) and of the noun."""
    i = start
    while i < len(tokens) and i - start < MAX_ATTRIBUTE and tokens[i].pos in INNER_FILLER:
        i += 1
    if i >= len(tokens) or not _attributive(tokens, i):
        return None, None
    participle = i
    i += 1
    while i < len(tokens) and tokens[i].pos == "ADJA":
        i += 1
    if i < len(tokens) and tokens[i].pos in ("NN", "NE"):
        return participle, i
    return None, None


def _attributive(tokens: list[Token], i: int) -> bool:
    """An attributive adjective or participle ('verhängten'); HanTa may call 'unterstützte'
    a finite verb: then another finite verb must follow for the clause."""
    token = tokens[i]
    if token.pos == "ADJA":
        return True
    if token.pos not in ("VVFIN", "VVPP") or not token.lower.endswith(INFLECTED_PARTICIPLE):
        return False
    for later in tokens[i + 1 :]:
        if later.text in (",", ";", ":") or later.pos == "$.":
            return False
        if later.is_finite:
            return True
    return False


def object_attribute_agents(
    clause: Clause, chunks: list[Chunk], tokens: list[Token], after: int
) -> list[Chunk]:
    """'kritisierte die von den USA verhängten Sanktionen': the agent of an attribute on a
    noun phrase of the clause that stands in no prepositional phrase, behind token `after`
    (the finite verb). What the object's act is blamed on is its agent; a group it backs
    is not the agent ('die von Russland unterstützten Separatisten' are no Russians)."""
    positions = set(clause.tokens)
    found = []
    for chunk in chunks:
        head = chunk.attribute_of
        if head is None or chunk.prep not in ("von", "durch") or chunk.first <= after:
            continue
        if agentive_noun(tokens[head]):
            continue
        start = preposition_index(tokens, chunk)
        if chunk.first not in positions or start is None or start < 1:
            continue
        determiner = tokens[start - 1]
        in_phrase = start >= 2 and tokens[start - 2].is_preposition
        if determiner.pos in DETERMINER_POS and not in_phrase:
            found.append(chunk)
    return found
