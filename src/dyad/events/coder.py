"""EventCoder: lexicon patterns + clause roles + modality -> Candidates."""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dyad.events import modality
from dyad.events.actor import Actor, actors_of
from dyad.events.chunks import Chunk, build_chunks, preposition_before
from dyad.events.clauses import Clause, assign_roles, group_size, split_clauses
from dyad.events.compounds import compound_mentions, repeated_names
from dyad.events.cues import cues, is_sports_report
from dyad.events.lexicon import PATTERN_DIR, Lexicon, Pattern
from dyad.events.participles import (
    Attribute,
    leader_mentions,
    mark_attributes,
    mark_leaders,
    participle_attributes,
)
from dyad.events.references import both_sides, resolve_pronoun, spokesperson_subject
from dyad.events.scan import MIN_COMPOUND_HEAD, TriggerScan
from dyad.events.tokens import Token, tag_sentence
from dyad.model import Candidate, Document, Mention, Sentence

MIN_MODIFIER = 2  # letters of the first part of a compound ("Öltanker")
BOTH_RE = re.compile(
    r"\b(?:[Bb]eide[n]? [A-ZÄÖÜ]\w+|[Dd]ie beiden|[Dd]ie (?:zwei|drei|vier|fünf) [A-ZÄÖÜ]\w+)\b"
)
REFLEXIVES = {"sich", "mich", "dich", "uns", "euch"}
CONDITIONS = {"wenn", "falls", "sofern"}
# "abhalten" written joined counts as specific as "halten+ab".
SEPARABLE_PREFIXES = ("ab", "an", "auf", "aus", "bei", "ein", "fort", "mit", "nach", "vor", "weg")
SEPARABLE_PREFIXES += ("weiter", "wieder", "zurück", "zusammen", "statt", "teil", "durch")
# A support noun inside these phrases is no object of the verb.
ADVERBIAL_PREPOSITIONS = {"trotz", "wegen", "nach", "seit", "bei", "während", "ohne"}
ADVERBIAL_PREPOSITIONS |= {"angesichts", "aufgrund", "statt", "anstatt", "infolge", "laut"}
LIGHT_AUX = {"haben", "sein", "werden"}  # support verbs HanTa tags as auxiliaries
COMPLEMENT_OPENERS = {"dass", "ob", "zu", "um", "ohne", "statt", "anstatt", ""}


def _is_complement(clause: Clause) -> bool:
    """Clauses whose truth depends on the governing verb (not adverbial clauses)."""
    return clause.kind in ("sub", "inf", "main") and clause.opener in COMPLEMENT_OPENERS


BASE_CONFIDENCE = 0.8
SOURCELESS_KINDS = {"place"}  # mention kinds that never act
# A place can be visited, sent aid or troops, blockaded, attacked; it cannot be met, hosted,
# praised, asked or criticised ("Benfica empfängt St. Petersburg" is a football match).
PLACE_TARGET_CODES = ("042", "06", "07", "15", "17", "18", "19", "20")


@dataclass
class Match:
    pattern: Pattern
    clause: Clause
    trigger: list[Token]  # verb (and particle / noun) tokens
    verb: Token | None
    noun: Token | None
    required: str | None = ""  # the `requires` word found ("" = none needed)
    required_at: int | None = None  # the token it was found on
    own_side_target: bool = False  # the only target named is the source's own side

    @property
    def specificity(self) -> int:
        pattern = self.pattern
        verb = pattern.verb
        return (
            4 * bool(pattern.requires)
            + 5 * (pattern.kind == "support")
            + (pattern.kind != "noun")
            + bool(verb and verb.reflexive)
            + bool(verb and (verb.particle or verb.base.startswith(SEPARABLE_PREFIXES)))
        )


class EventCoder:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.memory = SubjectMemory()
        self.by_verb: dict[str, list[Pattern]] = defaultdict(list)
        self.by_noun: dict[str, list[Pattern]] = defaultdict(list)
        particles: dict[str, set[str]] = defaultdict(set)
        for pattern in lexicon.patterns:
            if pattern.kind == "verb" and pattern.verb:
                self.by_verb[pattern.verb.joined].append(pattern)
            else:
                self.by_noun[pattern.noun.lower()].append(pattern)
            if pattern.verb and pattern.verb.particle:
                particles[pattern.verb.base].add(pattern.verb.particle)
        self.particles = particles
        self.noun_keys = sorted(self.by_noun, key=len, reverse=True)
        self.noun_key_rank = {key: rank for rank, key in enumerate(self.noun_keys)}
        self.scan = TriggerScan(
            lexicon.verb_lemmas(), particles, lexicon.nouns(), _support_only(lexicon)
        )
        # Verbs whose participle may head an attribute ("die verhängten Sanktionen").
        self.participle_verbs = {p.verb.joined for p in lexicon.patterns if p.verb}
        # Nouns of joint events whose partner stands in a 'mit' phrase ("Einigung mit X").
        # Transitive action nouns: rows naming the victim in the genitive behind the noun
        # ('gen_post'), and the cue list for those without a row of their own.
        patients = {p.noun.lower() for p in lexicon.patterns if p.noun and "gen_post" in p.target}
        patients |= {word.lower() for word in cues()["patient_noun"]}
        self.patient_keys = sorted(patients, key=len, reverse=True)
        # ... and those of them that may also take a direction ("Invasion Russlands in X")
        self.directional_keys = {
            p.noun.lower()
            for p in lexicon.patterns
            if p.noun
            and "gen_post" in p.target
            and any(s.startswith("prep:") and s != "prep:von" for s in p.target)
        }
        self.partner_keys = sorted(
            {
                p.noun.lower()
                for p in lexicon.patterns
                if p.noun and p.mutual and "prep:mit" in p.target
            },
            key=len,
            reverse=True,
        )

    def patient_noun(self, noun: Token) -> bool:
        """Is this a transitive action noun whose genitive behind it is the one acted upon
        ("die Invasion der Ukraine", "die Festnahme eines Japaners")?"""
        lemma, text = noun.lemma.lower(), noun.lower
        return noun.pos == "NN" and any(
            _head_lemma(lemma, key) or _compound_head(text, key) for key in self.patient_keys
        )

    def directional_noun(self, noun: Token) -> bool:
        lemma, text = noun.lemma.lower(), noun.lower
        return any(
            _head_lemma(lemma, key) or _compound_head(text, key) for key in self.directional_keys
        )

    def partner_noun(self, noun: Token) -> bool:
        """Does this noun name a joint event whose partner follows with 'mit'?"""
        lemma, text = noun.lemma.lower(), noun.lower
        return noun.pos == "NN" and any(
            _head_lemma(lemma, key) or _compound_head(text, key) for key in self.partner_keys
        )

    @classmethod
    def load(cls, folder: Path | None = None) -> EventCoder:
        return _load(str(folder or PATTERN_DIR))

    def has_trigger(self, text: str) -> bool:
        return self.scan(text)

    # -- matching -------------------------------------------------------------

    def _verb_matches(self, clause: Clause, tokens: list[Token]) -> list[Match]:
        words = [tokens[i] for i in clause.tokens]
        reflexive = any(w.pos == "PRF" or w.lower in REFLEXIVES for w in words)
        nouns = {w.lemma for w in words if w.pos == "NN"}
        blockers = modality.cues()["verb_blocker"]
        matches = []
        for verb, lemma, trigger in _verb_readings(words):
            if not verb.pos.startswith("VV"):
                continue
            if any(f"{lemma}:{noun}" in blockers for noun in nouns):
                continue  # "eine Entscheidung treffen" is no meeting
            for pattern in self.by_verb.get(lemma, []):
                if pattern.verb and pattern.verb.reflexive and not reflexive:
                    continue
                matches.append(Match(pattern, clause, trigger, verb, None))
        return matches

    def _noun_matches(self, clause: Clause, tokens: list[Token]) -> list[Match]:
        words = [tokens[i] for i in clause.tokens]
        matches = []
        for noun in (w for w in words if w.pos in ("NN", "NE") and w.text[:1].isupper()):
            lemma = noun.lemma.lower()
            text = noun.text.lower()
            false_compound = modality.has_cue("false_compound", noun)
            for key in self._keys_ending(lemma, text):
                if not (_head_lemma(lemma, key) or _compound_head(text, key)):
                    continue
                if false_compound and not lemma.startswith(key):
                    continue  # "Einreise" ends in "Reise" but is no journey of a state
                for pattern in self.by_noun[key]:
                    if "exact" in pattern.flags and lemma != key:
                        continue
                    if pattern.kind == "noun":
                        matches.append(Match(pattern, clause, [noun], None, noun))
                        continue
                    if preposition_before(tokens, noun.index) in ADVERBIAL_PREPOSITIONS:
                        if not _number_comparison(tokens, noun.index):
                            continue  # "trotz der Kritik seines Ministers äußerte er sich …"
                    for verb_match in self._support_verbs(pattern, clause, tokens):
                        matches.append(
                            Match(pattern, clause, [noun, *verb_match], verb_match[0], noun)
                        )
        return matches

    def _keys_ending(self, lemma: str, text: str) -> list[str]:
        """The noun keys that end the lemma or the word (before a case ending), longest
        first: the only keys `_head_lemma` or `_compound_head` can accept. Looking up the
        word's suffixes is much cheaper than trying every key on every noun."""
        stems = {lemma, text}
        stems.update(text[: -len(end)] for end in CASE_ENDINGS if text.endswith(end))
        found = {stem[i:] for stem in stems for i in range(len(stem))} & self.noun_key_rank.keys()
        return sorted(found, key=self.noun_key_rank.__getitem__)

    def _participle_matches(self, attribute: Attribute) -> list[Match]:
        """Verb rows of the participle's verb, and noun + verb rows whose noun is the
        head noun ("die verhängten Sanktionen" = Sanktion~verhängen)."""
        clause, participle = attribute.clause, attribute.participle
        matches = [
            Match(pattern, clause, [participle], participle, None)
            for pattern in self.by_verb.get(attribute.lemma, [])
            if not (pattern.verb and pattern.verb.reflexive)
        ]
        head = attribute.head
        for key in self._keys_ending(head.lemma.lower(), head.lower):
            if not (_head_lemma(head.lemma.lower(), key) or _compound_head(head.lower, key)):
                continue
            for pattern in self.by_noun[key]:
                if pattern.kind == "support" and pattern.verb.joined == attribute.lemma:
                    matches.append(Match(pattern, clause, [head, participle], participle, head))
        return matches

    def _support_verbs(self, pattern: Pattern, clause: Clause, tokens: list[Token]):
        """The verb part of a noun + verb pattern ("abhalten" also as "hielten … ab")."""
        spec = pattern.verb
        assert spec is not None
        words = [tokens[i] for i in clause.tokens]
        if spec.reflexive and not any(w.pos == "PRF" or w.lower in REFLEXIVES for w in words):
            return
        full_verbs = [w for w in words if w.pos.startswith("VV")]
        for verb, lemma, trigger in _verb_readings(words):
            if lemma != spec.joined:
                continue
            # "hatte ein Treffen mit X" counts; "hat Berichte über ein Treffen dementiert"
            # (auxiliary of another verb) does not.
            if verb.pos.startswith("VV") or (spec.base in LIGHT_AUX and not full_verbs):
                yield trigger

    # -- coding ---------------------------------------------------------------

    def code(self, sentence: Sentence, doc: Document, keep_modal: bool = False) -> list[Candidate]:
        if sentence.language and not sentence.language.startswith("de"):
            return []  # the lexicon and grammar are German
        actors = [m for m in sentence.mentions if not m.informant]
        # "Die beiden tauschten sich aus" names its actors only in earlier sentences.
        if not (actors or BOTH_RE.search(sentence.text)) or not self.has_trigger(sentence.text):
            return []
        tokens = tag_sentence(sentence)
        if is_sports_report(tokens):
            return []  # national teams are not states acting on each other
        earlier = [m for s in doc.sentences if s.index < sentence.index for m in s.mentions]
        mentions = sentence.mentions + compound_mentions(tokens, sentence.mentions, doc.published)
        mentions += leader_mentions(tokens, mentions, doc.published)  # "US-geführte"
        mentions += repeated_names(tokens, mentions, earlier)
        chunks = build_chunks(mentions, tokens, sentence.text)
        mark_leaders(chunks, tokens)  # "die von Riad geführte Allianz" acts for Riad
        mark_attributes(chunks, tokens)  # "das von Russland unterstützte Serbien": not Russia
        clauses = split_clauses(tokens)
        for clause in clauses:
            assign_roles(clause, clauses, tokens, chunks)
        attributes = participle_attributes(tokens, clauses, chunks, self.participle_verbs)
        parts = [a.clause for a in attributes]
        context = SentenceContext(sentence, doc, tokens, chunks, clauses + parts, self.memory)
        context.partner_noun = self.partner_noun
        context.patient_noun = self.patient_noun
        context.directional_noun = self.directional_noun
        self.memory.remember(doc, sentence, clauses, tokens)
        candidates: list[Candidate] = []
        for clause in clauses + parts:
            if clause.kind == "part":
                matches = self._participle_matches(attributes[clause.index - len(clauses)])
            else:
                matches = self._verb_matches(clause, tokens) + self._noun_matches(clause, tokens)
            for match in matches:
                match.required, match.required_at = _required_word(match, tokens, clauses)
            matches = [m for m in matches if m.required is not None]
            # Most specific first; among `requires` rows the longest word found wins
            # ("Finanzhilfe" over "Hilfe").
            matches.sort(key=lambda m: (-m.specificity, -len(m.required or "")))
            used: set[int] = set()
            fallbacks: list[tuple[Match, list[Candidate]]] = []
            for match in matches:
                if used & {t.index for t in match.trigger}:
                    continue
                found = context.candidates(match)
                if not found:
                    continue
                if all(c.target is None for c in found) and not match.own_side_target:
                    # A row without a target (none found, or none by design) yields to a
                    # less specific one that finds one ("Manöver abhalten" rund um X vs.
                    # mit X; "Die Anschuldigungen Russlands gegen die Ukraine wurden
                    # zurückgewiesen" is the accusation). A `struck` row needs its target
                    # and gives way for good ("hat Raketen abgefeuert" struck nobody).
                    if "struck" not in match.pattern.flags:
                        fallbacks.append((match, found))
                    continue
                used |= {t.index for t in match.trigger}
                candidates.extend(c for c in found if keep_modal or c.modality is None)
            # Among rows without target the most specific wins; at equal specificity the
            # row meant to have none ("wies die Vorwürfe zurück" 016, not 120 to nobody).
            fallbacks.sort(
                key=lambda item: (-item[0].specificity, item[0].pattern.target != ("none",))
            )
            for match, found in fallbacks:
                if not used & {t.index for t in match.trigger}:
                    used |= {t.index for t in match.trigger}
                    candidates.extend(c for c in found if keep_modal or c.modality is None)
        # Kept on the sentence: a later reaction ("verurteilte den Vorfall") without a target
        # looks them up (dyad.events.discourse).
        sentence.candidates = _deduplicate(candidates)
        return sentence.candidates


def _support_only(lexicon: Lexicon) -> dict[str, set[tuple[str, str]]]:
    """Nouns that appear only in noun + verb rows, with those rows' verbs."""
    support: dict[str, set[tuple[str, str]]] = defaultdict(set)
    standalone = set()
    for pattern in lexicon.patterns:
        if pattern.kind == "support" and pattern.verb:
            support[pattern.noun].add((pattern.verb.base, pattern.verb.particle))
        elif pattern.noun:
            standalone.add(pattern.noun)
    return {noun: verbs for noun, verbs in support.items() if noun not in standalone}


def _verb_readings(words: list[Token]):
    """(verb, lemma, trigger tokens) for each verb: a finite verb with a separable
    particle at the clause end reads as the particle verb ("hielten … ab" = abhalten)."""
    particles = _particles(words)
    for verb in (w for w in words if w.is_verb):
        split = [p for p in particles if p.index > verb.index] if verb.is_finite else []
        for particle in split:
            yield verb, particle.lower + verb.lemma, [verb, particle]
        if not any(p.pos == "PTKVZ" for p in split):
            yield verb, verb.lemma, [verb]


def _particles(words: list[Token]) -> list[Token]:
    """Separable particles: PTKVZ tags, and the clause's last word when it could be one
    that HanTa tags otherwise ("machte sich für X stark", "stellte ... in Frage")."""
    found = [w for w in words if w.pos == "PTKVZ"]
    content = [w for w in words if not w.pos.startswith("$")]
    if content and content[-1].pos in ("ADJD", "ADV", "APPR") and content[-1] not in found:
        found.append(content[-1])
    return found


def _number_comparison(tokens: list[Token], noun: int) -> bool:
    """ "80 statt 40 Polizisten": 'statt' compares two numbers of the same noun."""
    i = noun - 1
    while i > 0 and tokens[i].pos in ("CARD", "ADV", "ADJA"):
        i -= 1
    return tokens[i].lower in ("statt", "anstatt") and i > 0 and tokens[i - 1].pos == "CARD"


CASE_ENDINGS = ("e", "en", "n", "s", "es", "er")


def _head_lemma(lemma: str, key: str) -> bool:
    if len(key) < MIN_COMPOUND_HEAD:
        return lemma == key or lemma.endswith("-" + key)
    return lemma.endswith(key) and _is_modifier(lemma[: len(lemma) - len(key)])


def _is_modifier(prefix: str) -> bool:
    """What stands before a compound head: nothing, a hyphenated part, or a word of two
    letters or more ("Preise" is no compound of "Reise", "Staatsbesuch" is one of "Besuch";
    after a hyphen too: "Dumping-Preisen" is no "Reise")."""
    last = prefix.rsplit("-", 1)[-1]
    return last == "" or len(last) >= MIN_MODIFIER


def _compound_head(text: str, key: str) -> bool:
    """'friedensgespräche' has head 'gespräch': the key followed by a plural/case ending.
    Keys shorter than five letters match whole words only ("haft" is not "Wirtschaft")."""
    position = text.rfind(key)
    if position > 0 and len(key) < MIN_COMPOUND_HEAD and text[position - 1] != "-":
        return False
    if position < 0 or not _is_modifier(text[:position]):
        return False
    return text[position + len(key) :] in ("", *CASE_ENDINGS)


def _required_word(
    match: Match, tokens: list[Token], clauses: list[Clause]
) -> tuple[str | None, int | None]:
    """The `requires` word found in the clause or in the clause it governs ("forderte X
    auf, die Gefangenen freizulassen") and where; "" when the row requires nothing, None
    if missing."""
    required = match.pattern.requires
    if not required:
        return "", None
    scope = list(match.clause.tokens)
    for clause in clauses:
        if clause.parent == match.clause.index and clause.kind in ("sub", "inf"):
            scope.extend(clause.tokens)
    words = [tokens[i] for i in scope]
    for word in words:
        lemma, text = word.lemma.lower(), word.text.lower()
        for need in required:
            need = need.lower()
            if lemma == need or text == need:
                return need, word.index
            if word.pos in ("NN", "NE") and (
                _head_lemma(lemma, need) or _compound_head(text, need) or need in text.split("-")
            ):
                return need, word.index
    if JOINTLY in {need.lower() for need in required} and _shared_possessive(match, tokens):
        return JOINTLY, match.noun.index if match.noun is not None else None
    return None, None


JOINTLY = "gemeinsam"


def _shared_possessive(match: Match, tokens: list[Token]) -> bool:
    """'Die Streitkräfte der USA und Südkoreas begannen ihre jährliche Übung': one event
    (a singular noun) that subjects of two states call 'ihre' is a joint one, as if
    'gemeinsam' were said."""
    noun = match.noun
    if noun is None or noun.lemma.lower() != noun.lower:
        return False  # a plural ("ihre Übungen") may be two separate ones
    states = {m.country or m.code for chunk in match.clause.subjects for m in chunk.participants}
    if len(states) < 2:
        return False
    i = noun.index - 1
    while i >= 0 and tokens[i].pos in ("ADJA", "CARD", "ADV"):
        i -= 1
    return i >= 0 and tokens[i].pos == "PPOSAT" and tokens[i].lower.startswith("ihr")


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    seen = set()
    unique = []
    for candidate in candidates:
        key = (
            candidate.source.code,
            candidate.source.country,
            candidate.target.code if candidate.target else None,
            candidate.cameo,
            candidate.modality,
            candidate.trigger,
        )
        if key not in seen:
            seen.add(key)
            unique.append(candidate)
    return unique


@lru_cache(maxsize=4)
def _load(folder: str) -> EventCoder:
    return EventCoder(Lexicon.read(Path(folder)))


class SentenceContext:
    """Everything the slot filling needs about one sentence."""

    def __init__(self, sentence, doc, tokens, chunks, clauses, memory=None):
        self.sentence: Sentence = sentence
        self.doc: Document = doc
        self.tokens: list[Token] = tokens
        self.chunks: list[Chunk] = chunks
        self.clauses: list[Clause] = clauses
        self.memory: SubjectMemory = memory or SubjectMemory()
        self.question = sentence.text.rstrip().endswith("?")
        self.partner_noun: Callable[[Token], bool] = lambda noun: False
        self.patient_noun: Callable[[Token], bool] = lambda noun: False
        self.directional_noun: Callable[[Token], bool] = lambda noun: False

    def subjects(self, clause: Clause) -> list[Actor]:
        """Subject actors of a clause, following pronouns, coordination and control."""
        if clause.subjects:
            return actors_of(clause.subjects, "subject")
        if clause.subject_pronoun is not None:
            pronoun = clause.subject_pronoun
            if pronoun.lower in ("wir", "ich") and clause.parent is not None:
                parent = self.clauses[clause.parent]
                kind, _ = modality.governor_kind(parent, self.tokens)
                if kind == "report":  # X erklärte: „Wir haben …“ -> X
                    return [
                        a.derived(f"'{pronoun.text}' = the speaker") for a in self.subjects(parent)
                    ]
            if group_size(pronoun):
                return both_sides(clause, self, group_size(pronoun))
            if pronoun.lower == "sie" and _plural_verb(clause, self.tokens):
                group = self.memory.previous_group(self.doc, self.sentence)
                if group:  # "Die USA und Japan … Sie kritisierten China": both
                    how = f"'{pronoun.text}' = the joint subject of the previous sentence"
                    return [Actor(m, how, 0.2) for m in group]
            resolved = resolve_pronoun(pronoun, clause, self)
            return [resolved] if resolved else []
        if clause.coordinated and clause.index > 0:
            # the conjunct of the same kind: "X forderte Y auf, … zu tun, und drohte"
            same_kind = [c for c in self.clauses[: clause.index] if c.kind == clause.kind]
            previous = same_kind[-1] if same_kind else self.clauses[clause.index - 1]
            shared = "subject shared with the coordinated clause"
            return [a.derived(shared) for a in self.subjects(previous)]
        if clause.kind == "inf" and clause.parent is not None:
            parent = self.clauses[clause.parent]
            if _object_control(parent, self.tokens) and parent.objects:
                return actors_of(parent.objects, "object of the governing verb (control)")
            return [a.derived("subject of the governing clause") for a in self.subjects(parent)]
        if clause.kind == "main":
            spokesperson = spokesperson_subject(clause, self)  # "…, warf ein Sprecher vor"
            return [spokesperson] if spokesperson else []
        return []

    def mood(self, clause: Clause) -> tuple[modality.ClauseMood, Actor | None]:
        """The clause's effective mood and who reports it.

        A complement clause ("dass", "ob", zu-infinitive, reported V2 clause) takes its
        mood from the verb that governs it: denied, demanded, hoped-for and announced
        actions are not facts. Adverbial clauses ("als", "nachdem", "weil") keep their
        own mood; a main clause that governs a condition is hypothetical."""
        mood = modality.clause_mood(clause, self.tokens, self.question)
        if mood.modality is None:
            # "Am Mittwoch reist der Präsident nach Seoul" in a report of Monday: ahead
            mood = modality.weekday_ahead(clause, self.tokens, self.doc.published) or mood
        attribution = self._reporter(clause)
        if clause.kind == "main":
            for child in self.clauses:
                if child.parent == clause.index and child.opener in CONDITIONS:
                    return modality.ClauseMood("hypothetical", why="governs a condition"), None
        parent = self.clauses[clause.parent] if clause.parent is not None else None
        if parent is None or not _is_complement(clause):
            return self._unreal(clause, mood, reported=False), attribution
        kind, cue = modality.governor_kind(parent, self.tokens)
        if kind == "report":
            subjects = self.subjects(parent)
            attribution = subjects[0] if subjects else self._informant(parent) or attribution
        if mood.modality is None or mood.modality == "future":
            if kind == "denial":
                return modality.ClauseMood("negated", why=f"denied by '{cue.text}'"), attribution
            if kind == "nonfactual":
                why = f"complement of '{cue.text}'"
                return modality.ClauseMood("hypothetical", why=why), attribution
            if kind == "intent":
                return modality.ClauseMood("future", True, why=f"announced: '{cue.text}'"), None
            if kind != "report":
                parent_mood, _ = self.mood(parent)
                if parent_mood.modality is not None:
                    return parent_mood, attribution
                if clause.kind == "inf" and kind != "factive":
                    why = "zu-infinitive of a verb that does not report a fact"
                    return modality.ClauseMood("hypothetical", why=why), attribution
        return self._unreal(clause, mood, reported=kind == "report"), attribution

    def _unreal(self, clause: Clause, mood: modality.ClauseMood, reported: bool):
        """'hätte'/'wäre': unreal, unless it is the subjunctive of reported speech."""
        if mood.modality is None and not reported and not mood.claim:
            past = modality.subjunctive_past(clause, self.tokens)
            if past is not None:
                return modality.ClauseMood("hypothetical", why=f"unreal '{past.text}'")
        return mood

    def _reporter(self, clause: Clause) -> Actor | None:
        """'…, wie X berichtete' / 'laut X' / 'X zufolge': who the report comes from."""
        for child in self.clauses:
            if child.parent == clause.index and child.opener == "wie":
                kind, _ = modality.governor_kind(child, self.tokens)
                if kind == "report":
                    subjects = self.subjects(child)
                    return subjects[0] if subjects else self._informant(child)
        words = [self.tokens[i] for i in clause.tokens]
        if any(modality.has_cue("attribution_preposition", w) for w in words):
            return self._informant(clause)
        return None

    def _informant(self, clause: Clause) -> Actor | None:
        """Who a clause cites: the actor right after 'laut' / before 'zufolge', else a
        media or expert mention in the clause."""
        positions = set(clause.tokens)
        cited: list[tuple[int, int]] = []  # character spans of the phrases after 'laut'
        for i in clause.tokens:
            if self.tokens[i].lower in ("laut", "gemäß"):
                end = i + 1
                while end < len(self.tokens) and not (
                    self.tokens[end].is_verb or self.tokens[end].pos.startswith("$")
                ):
                    end += 1
                cited.append((self.tokens[i].end, self.tokens[end - 1].end))
        in_clause = [
            m
            for m in self.sentence.mentions
            if any(self.tokens[i].start <= m.start < self.tokens[i].end for i in positions)
        ]
        for mention in in_clause:
            if any(start <= mention.start < end for start, end in cited):
                return Actor(mention, "cited")
        for mention in in_clause:
            if mention.informant:
                return Actor(mention, "informant")
        return None

    def candidates(self, match: Match) -> list[Candidate]:
        from dyad.events.build import build_candidates

        found = build_candidates(match, self)
        if match.noun is not None and match.pattern.kind == "noun":
            head = modality.modal_head(match.noun, self.tokens)
            attribute = modality.modal_attribute(match.noun, self.tokens)
            for candidate in found:
                if candidate.modality is not None:
                    continue
                if head is not None:  # "die Drohung eines russischen Angriffs": feared
                    candidate.modality = "hypothetical"
                    candidate.note += f"; the noun hangs on '{head.text}'"
                elif attribute is not None:  # "eines drohenden Angriffs": not (yet) done
                    candidate.modality = "hypothetical"
                    candidate.note += f"; the noun is '{attribute.text}'"
        # A place ("Charkiw", "Lesbos") is where something happens or what is hit, never
        # who acts: it may be a target, not a source.
        found = [c for c in found if c.source.kind not in SOURCELESS_KINDS]
        for candidate in found:
            target = candidate.target
            if (
                target
                and target.kind == "place"
                and not candidate.cameo.startswith(PLACE_TARGET_CODES)
            ):
                candidate.note += f"; '{target.text}' is a place, no target of this act"
                candidate.target = None
        return found


class SubjectMemory:
    """The joint subjects of recently coded sentences, for a plural 'sie' in the next one."""

    LIMIT = 4096

    def __init__(self) -> None:
        self.groups: OrderedDict[tuple[str, int, str], list[Mention]] = OrderedDict()
        # the one person who speaks in a sentence ("…, erklärte Kerry in Washington")
        self.speakers: OrderedDict[tuple[str, int, str], Mention] = OrderedDict()

    def remember(
        self, doc: Document, sentence: Sentence, clauses: list[Clause], tokens: list[Token]
    ) -> None:
        speakers = [
            c.subjects[0].head
            for c in clauses
            if c.kind == "main"
            and len(c.subjects) == 1
            and not c.subjects[0].joint
            and (finite := c.finite(tokens)) is not None
            and finite.lemma in modality.cues()["report_verb"]
        ]
        if len(speakers) == 1:
            self.speakers[(doc.id, sentence.index, sentence.text)] = speakers[0]
            if len(self.speakers) > self.LIMIT:
                self.speakers.popitem(last=False)
        for clause in clauses:
            if clause.kind == "main" and clause.subjects:
                group = [m for chunk in clause.subjects for m in chunk.participants]
                self.groups[(doc.id, sentence.index, sentence.text)] = group
                if len(self.groups) > self.LIMIT:
                    self.groups.popitem(last=False)
                return

    def speaker(self, doc: Document, sentence: Sentence) -> Mention | None:
        return self.speakers.get((doc.id, sentence.index, sentence.text))

    def previous_group(self, doc: Document, sentence: Sentence) -> list[Mention]:
        previous = [s for s in doc.sentences if s.index == sentence.index - 1]
        if not previous:
            return []
        group = self.groups.get((doc.id, previous[0].index, previous[0].text), [])
        return group if len({m.country or m.code for m in group}) >= 2 else []


def _plural_verb(clause: Clause, tokens: list[Token]) -> bool:
    finite = clause.finite(tokens)
    return finite is not None and finite.lower.endswith(("en", "ten", "sind"))


def _object_control(clause: Clause, tokens: list[Token]) -> bool:
    words = [tokens[i] for i in clause.tokens]
    particles = [w.lower for w in words if w.pos == "PTKVZ"]
    controls = modality.cues()["object_control"]
    for word in words:
        if word.pos.startswith("VV"):
            if word.lemma in controls or any(p + word.lemma in controls for p in particles):
                return True
    return False
