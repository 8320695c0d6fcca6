"""Actor chunks: the noun phrases of a sentence that name actors, with their case cues.

Adjacent mentions of one actor ("Chinas" + "Außenminister Wang Yi") form one
chunk; a joint adjective ("russisch-chinesische") or a compound naming two
states ("USA-China-Gespräche") is one chunk with several participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.events.cues import is_person_noun, is_seat_noun, is_time_noun, noun_of_kind
from dyad.events.tokens import Token
from dyad.model import Mention

# Tokens a left scan may cross while staying inside the noun phrase of a chunk.
NP_INNER_POS = {"ART", "ADJA", "ADJD", "PPOSAT", "PIAT", "PDAT", "CARD", "NN", "NE", "TRUNC", "ADV"}
# "den" is accusative singular or dative plural ("den USA"): an object, case unknown.
ARTICLE_CASE = {"dem": "dat", "den": "obj", "des": "gen", "einem": "dat", "einen": "acc"}
# Without nouns: "am Montag Xi" is two phrases (the resolver already puts titles into
# the mention: "US-Außenminister Blinken").
NP_MODIFIER_POS = {"ART", "ADJA", "ADJD", "PPOSAT", "PIAT", "PDAT", "CARD", "TRUNC", "ADV"}
COORDINATORS = {"und", "sowie", "oder", ",", "wie"}


@dataclass
class Chunk:
    index: int
    mentions: list[Mention]  # every mention in the chunk (several for joint adjectives)
    first: int  # first token index
    last: int  # last token index
    prep: str = ""  # governing preposition: "mit", "an", ...
    case: str = ""  # case seen on the article: "acc", "dat", "gen" or ""
    genitive_of: int | None = None  # token index of the noun this chunk is a genitive of
    coordinated_with: int | None = None  # chunk index this one is coordinated with
    participants: list[Mention] = field(default_factory=list)  # one per state named
    nonstate: bool = False  # "österreichische Unternehmen": may be a target, not a source
    article: str = ""  # the article read for the case ("der" is also a feminine dative)
    leads: str = ""  # "die von X geführte Koalition": the chunk stands for the group X leads
    # "das von Russland unterstützte Serbien": inside an extended attribute, the chunk
    # belongs to the phrase of this noun (token index), not to the clause (see
    # participles.mark_attributes)
    attribute_of: int | None = None

    @property
    def head(self) -> Mention:
        """The most specific mention: the longest text, a named person first."""
        return max(self.mentions, key=lambda m: (m.name is not None, m.end - m.start))

    @property
    def joint(self) -> bool:
        return len(self.participants) > 1

    @property
    def is_core(self) -> bool:
        """Subject or object candidate: no preposition, not a genitive attribute."""
        return not self.prep and self.genitive_of is None


def _adjective_on(group: list[Mention], tokens: list[Token], kind: str) -> bool:
    """A nationality adjective on a noun of this cue kind: 'ein britischer Pressebericht'."""
    if not all(m.kind == "adjective" for m in group):
        return False
    end = max(m.end for m in group)
    following = [t for t in tokens if t.start >= end][:1]
    return bool(following) and following[0].pos == "NN" and noun_of_kind(kind, following[0])


def _ends_with_kind(group: list[Mention], tokens: list[Token], last: int, kind: str) -> bool:
    """'deutsche Transportunternehmen' as one mention: its head noun decides."""
    return tokens[last].pos == "NN" and noun_of_kind(kind, tokens[last])


def _country_key(mention: Mention) -> str:
    return mention.country or mention.code


def build_chunks(mentions: list[Mention], tokens: list[Token], text: str) -> list[Chunk]:
    actors = sorted((m for m in mentions if not m.informant), key=lambda m: (m.start, -m.end))
    groups: list[list[Mention]] = []
    for mention in actors:
        if groups:
            group = groups[-1]
            group_end = max(m.end for m in group)
            gap = text[group_end : mention.start] if mention.start >= group_end else ""
            same_actor = _country_key(group[-1]) == _country_key(mention)
            overlaps = mention.start < group_end
            place = _place_phrase(group, tokens)  # "in Budapest Ungarns Innenminister"
            if overlaps or (same_actor and gap.strip() in ("", "-") and not place):
                group.append(mention)
                continue
        groups.append([mention])

    chunks: list[Chunk] = []
    for group in groups:
        if _adjective_on(group, tokens, "media_noun"):
            continue
        start = min(m.start for m in group)
        end = max(m.end for m in group)
        covered = [t.index for t in tokens if t.start < end and t.end > start]
        if not covered:
            continue
        participants: dict[str, Mention] = {}
        for mention in sorted(group, key=lambda m: (m.name is None, -(m.end - m.start))):
            participants.setdefault(_country_key(mention), mention)
        chunks.append(
            Chunk(
                index=len(chunks),
                mentions=group,
                first=covered[0],
                last=covered[-1],
                participants=list(participants.values()),
                nonstate=_adjective_on(group, tokens, "nonstate_noun")
                or _ends_with_kind(group, tokens, covered[-1], "nonstate_noun"),
            )
        )
    _mark_context(chunks, tokens)
    for chunk in reversed(chunks):
        # "Österreichische und deutsche Transportunternehmen": the shared head decides.
        if chunk.coordinated_with is not None and chunk.nonstate:
            first = chunks[chunk.coordinated_with]
            if all(m.kind == "adjective" for m in first.mentions):
                first.nonstate = True
    return chunks


def _mark_context(chunks: list[Chunk], tokens: list[Token]) -> None:
    owner = {}
    for chunk in chunks:
        for i in range(chunk.first, chunk.last + 1):
            owner[i] = chunk.index
    for chunk in chunks:
        token = tokens[chunk.last]
        if chunk.first == chunk.last and _inside_word(chunk, token):
            # "des G20-Treffens": an actor inside a compound noun modifies that noun;
            # the compound's own preposition still counts ("im US-Exil").
            chunk.genitive_of = token.index
            chunk.case = "gen"
            preposition = preposition_before(tokens, token.index)
            chunk.prep = preposition
            continue
        _scan_left(chunk, tokens, owner, chunks)
        after = chunk.last + 1
        # "Chinas Vorgehen": a bare genitive before a noun that names no actor.
        if (
            chunk.first == chunk.last
            and tokens[chunk.last].text.endswith("s")
            and tokens[chunk.last].pos in ("NE", "NN")
            and after < len(tokens)
            and tokens[after].pos == "NN"
            and after not in owner
            and chunk.genitive_of is None
        ):
            chunk.genitive_of = after


def _preposition_of_conjunct(tokens: list[Token], i: int, owner: dict[int, int]) -> str:
    steps = 0
    while i >= 0 and steps < 6 and i not in owner:
        token = tokens[i]
        if token.is_preposition:
            return token.preposition
        if token.pos not in NP_MODIFIER_POS | {"NN", "NE"}:
            return ""
        i -= 1
        steps += 1
    return ""


def in_phrase(tokens: list[Token], index: int) -> bool:
    """Is the noun at `index` inside a prepositional phrase, directly or as a genitive of
    a noun that is ('vor Auswirkungen solcher Entscheidungen' -> Entscheidungen: yes)?"""
    return bool(phrase_preposition(tokens, index))


def phrase_preposition(tokens: list[Token], index: int, depth: int = 0) -> str:
    """The preposition of the phrase the noun at `index` stands in, directly or through
    a chain of genitives ('gegen die Verletzung seines Luftraums' -> Luftraums: 'gegen')."""
    i = index - 1
    # adverbs ('versehentlich zwölf Angehörige') end the noun phrase
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS - {"ADV", "ADJD"}:
        i -= 1
    if i < 0:
        return ""
    if tokens[i].is_preposition:
        return tokens[i].preposition
    if tokens[i].pos in ("NN", "NE") and depth < 4 and _genitive_of(tokens, i, index):
        return phrase_preposition(tokens, i, depth + 1)
    return ""


GENITIVE_DETERMINERS = {"des", "der", "eines", "einer", "dieses", "dieser", "jenes", "jener"}
GENITIVE_DETERMINERS |= {"seines", "seiner", "ihres", "ihrer", "unseres", "unserer"}


def _genitive_of(tokens: list[Token], head: int, index: int) -> bool:
    """Can the noun phrase that ends at `index` be a genitive of the noun at `head`?
    'Auswirkungen solcher Entscheidungen', 'die Regierung Chinas' can; 'am Samstag die
    Einigung' cannot (a time phrase, then a new phrase in another case)."""
    if is_time_noun(tokens[head]):
        return False
    follower = tokens[head + 1]
    if head + 1 == index:
        return True
    return follower.lower in GENITIVE_DETERMINERS or (
        follower.pos in ("ADJA", "PIAT", "PIDAT") and follower.lower.endswith("er")
    )


def genitive_attribute(tokens: list[Token], index: int) -> bool:
    """Is the noun at `index` a genitive attribute of the noun before its phrase
    ('der Beschuss ukrainischer Städte' -> Städte: yes; 'den Gastransit' -> no)?"""
    i = index - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS - {"ADV", "ADJD"}:
        i -= 1
    return i >= 0 and tokens[i].pos in ("NN", "NE") and _genitive_of(tokens, i, index)


def preposition_index(tokens: list[Token], chunk: Chunk) -> int | None:
    """Where the preposition of a chunk stands ("mit seinem Amtskollegen" -> 'mit')."""
    i = chunk.first - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    return i if i >= 0 and tokens[i].is_preposition else None


def through_von(tokens: list[Token], noun: int) -> int:
    """'die Lieferung von Waffen durch die USA': 'durch' hangs on 'Waffen' as read, but
    the noun that 'von Waffen' belongs to ('Lieferung') is the one the agent acts on."""
    i = noun - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    if i > 0 and tokens[i].lower == "von" and tokens[i - 1].pos == "NN":
        return i - 1
    return noun


ORIGIN_PREPOSITIONS = ("aus", "in")


def origin_in_phrase(chunk: Chunk, preposition: str, tokens: list[Token]) -> bool:
    """'Zölle auf Stahl aus China', 'Zölle auf in China hergestellte Solarmodule': the
    country the goods or people of the phrase come from. 'aus X' right after the
    phrase's noun, or 'in X' + participle inside the phrase; not 'über die Lage in X'."""
    position = preposition_index(tokens, chunk)
    if position is None or tokens[position].preposition not in ORIGIN_PREPOSITIONS:
        return False
    before = tokens[position - 1] if position > 0 else None
    if before is None:
        return False
    if tokens[position].preposition == "aus":
        # "auf Stahl aus China": the noun before 'aus' is the phrase's own noun
        return before.pos == "NN" and preposition_before(tokens, before.index) == preposition
    # "auf in China hergestellte Solarmodule": the participle follows the place
    after = tokens[chunk.last + 1] if chunk.last + 1 < len(tokens) else None
    return (
        before.is_preposition
        and before.preposition == preposition
        and after is not None
        and after.pos in ("ADJA", "VVPP")
        and after.lower.endswith(PARTICIPLE_ENDINGS)
    )


PARTICIPLE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "enes", "ener")


def has_patient(tokens: list[Token], noun: int) -> bool:
    """'den Beschuss ukrainischer Städte durch X', 'die Bombardierung von Kliniken durch
    X': between the action and 'durch' stands what it was done to; right behind the
    action ('den Gastransit durch Polen') 'durch' is a route."""
    return genitive_attribute(tokens, noun) or through_von(tokens, noun) != noun


def _place_phrase(group: list[Mention], tokens: list[Token]) -> bool:
    """A capital or other place right after a preposition ("in Budapest", "auf Lesbos")
    is a place of its own: the actor named next to it starts a new phrase."""
    if len(group) != 1 or group[0].kind not in ("metonym", "place"):
        return False
    first = next((t for t in tokens if t.start == group[0].start), None)
    return first is not None and first.index > 0 and tokens[first.index - 1].is_preposition


def preposition_before(tokens: list[Token], index: int) -> str:
    i = index - 1
    while i >= 0 and tokens[i].pos in NP_MODIFIER_POS:
        i -= 1
    return tokens[i].preposition if i >= 0 and tokens[i].is_preposition else ""


# Words that pick members out of the group named before the comma.
INCLUSION_WORDS = {"darunter", "insbesondere", "namentlich", "etwa"}


def _includes(tokens: list[Token], i: int) -> bool:
    """', darunter X': the word at `i` follows a comma after the group's noun phrase."""
    return tokens[i].lower in INCLUSION_WORDS and i >= 2 and tokens[i - 1].text == ","


def _compound_of(chunk: Chunk, token: Token) -> bool:
    """The chunk is only a part of this compound noun ("China" in "China-Reise"): the noun
    still heads its own phrase ("die China-Reise des Präsidenten")."""
    return chunk.first == chunk.last == token.index and _inside_word(chunk, token)


def _inside_word(chunk: Chunk, token: Token) -> bool:
    start = min(m.start for m in chunk.mentions)
    end = max(m.end for m in chunk.mentions)
    return token.pos == "NN" and (start > token.start or end < token.end) and "-" in token.text


def _scan_left(chunk: Chunk, tokens: list[Token], owner: dict[int, int], chunks: list[Chunk]):
    """Walk left through the chunk's noun phrase to its preposition, article or coordinator."""
    i = chunk.first - 1
    first = tokens[chunk.first]
    # "das Eindringen chinesischer Schiffe": a strong adjective right after a noun.
    if (
        i >= 0
        and i not in owner
        and tokens[i].pos == "NN"
        and first.pos == "ADJA"
        and first.lower.endswith("er")
    ):
        chunk.genitive_of = i
        chunk.case = "gen"
    # "die Regierung Chinas": a bare genitive name right after a noun (not after a time
    # noun: "besuchte am Montag Lesbos" names the place visited, no Monday of Lesbos).
    if (
        i >= 0
        and i not in owner
        and tokens[i].pos == "NN"
        and not is_time_noun(tokens[i])
        and tokens[chunk.first].text.endswith("s")
        and chunk.first == chunk.last
    ):
        chunk.genitive_of = i
        chunk.case = "gen"
    while i >= 0:
        token = tokens[i]
        if i in owner:
            return
        if token.is_preposition:
            head = i - 1
            if (
                chunk.genitive_of is None
                and head >= 0
                and head not in owner
                and (
                    (token.preposition == "aus" and is_person_noun(tokens[head]))
                    or (token.preposition == "in" and is_seat_noun(tokens[head]))
                )
            ):
                # "Diplomaten aus Japan" act for Japan, like "Japans Diplomaten";
                # so does "die Regierung in Kiew".
                chunk.genitive_of = head
                chunk.case = ""
                i = head - 1
                continue
            chunk.prep = token.preposition
            if (
                chunk.prep in ("von", "durch")
                and head >= 0
                and head not in owner
                and tokens[head].pos == "NN"
                and not is_time_noun(tokens[head])
            ):
                # "die Anschläge von Paris": an attribute of the noun, not a passive agent.
                chunk.genitive_of = head
            return
        if _includes(tokens, i) and (i - 2) in owner:
            # "Kritik kam von mehreren EU-Staaten, darunter Österreich": one of the
            # actors just named, in their role
            previous = chunks[owner[i - 2]]
            chunk.coordinated_with = previous.index
            chunk.prep, chunk.genitive_of = previous.prep, previous.genitive_of
            chunk.case = previous.case
            return
        if _includes(tokens, i) and tokens[i - 2].pos == "NN":
            # "Sanktionen gegen mehrere Staaten, darunter den Iran": the group's phrase
            chunk.prep = preposition_before(tokens, i - 2)
            return
        if token.pos == "KON" or token.text == ",":
            before = i - 1
            while before >= 0 and before not in owner and tokens[before].pos == "NE":
                before -= 1  # "Kamikawa Yoko, Blinken": skip name parts the mention lacks
            if before in owner and token.lower in COORDINATORS and chunk.genitive_of is None:
                previous = chunks[owner[before]]
                chunk.coordinated_with = previous.index
                chunk.prep = previous.prep
                chunk.genitive_of = previous.genitive_of
                chunk.case = previous.case  # "aus Japan, den USA": the first conjunct decides
            elif token.lower in ("und", "oder", "sowie"):
                # "zwischen Westbank und Gazastreifen": the other conjunct names no actor,
                # but its preposition governs both.
                chunk.prep = _preposition_of_conjunct(tokens, i - 1, owner)
            return
        if token.pos == "ART" and not chunk.case:
            chunk.case = ARTICLE_CASE.get(token.lower, "")
            chunk.article = token.lower
            noun = i - 1
            if (
                token.lower in ("des", "der", "eines", "einer")
                and noun >= 0
                and (noun not in owner or _compound_of(chunks[owner[noun]], tokens[noun]))
                and tokens[noun].pos == "NN"
            ):
                chunk.genitive_of = noun
                chunk.case = "gen"
        crossed = tokens[i + 1 : chunk.first]
        if (
            token.pos == "NN"
            and chunk.genitive_of is None
            and crossed
            and all(t.pos == "ADJA" and t.lower.endswith("er") for t in crossed)
        ):
            # "Auswirkungen einzelner EU-Staaten": a strong genitive after its noun.
            chunk.genitive_of = i
            chunk.case = "gen"
        if i == chunk.genitive_of:
            pass  # a genitive looks through its head noun for the preposition
        elif token.pos not in NP_MODIFIER_POS:
            return
        i -= 1
