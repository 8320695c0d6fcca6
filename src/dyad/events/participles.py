"""Participial attributes read as reduced passive clauses.

"das zwischen Putin und Merkel ausgehandelte Abkommen" says what "das Abkommen, das
zwischen Putin und Merkel ausgehandelt wurde" says; "die von den USA verhängten
Sanktionen gegen Russland" what "die Sanktionen, die die USA gegen Russland verhängt
haben" says. Each such attribute becomes a clause of its own (kind "part"): the
`von`/`durch`/`zwischen` actors in front of the participle are its subjects, the
actors in the phrases behind the head noun its objects. Without such an agent the
attribute is left alone ("die verhängten Sanktionen" names nobody).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dyad.events.chunks import LEADING_PARTICIPLES, Chunk
from dyad.events.clauses import Clause
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
