"""Clauses of a German sentence and the grammatical roles of the actor chunks in them.

A sentence is cut at commas, dashes, brackets, colons and semicolons, and at
"und"/"aber" between two finite verbs. Pieces that open with a subordinator
(KOUS), a relative pronoun or "um/ohne … zu" start subordinate clauses; pieces
without a verb are appositions or list items and join the clause they belong to
(the last unfinished clause, else the previous one). In a main clause (verb
second) the subject is the actor in front of the finite verb or, after an
adverbial, the first actor behind it; in a verb-final clause it is the first
actor after the subordinator; a relative pronoun in the nominative makes the
antecedent the subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.events.chunks import Chunk
from dyad.events.cues import cues
from dyad.events.tokens import Token

BOUNDARY_TEXT = {",", ";", ":", "(", ")", "–", "—", "-", "[", "]"}
# Quotation marks are left out, not cut at: scare quotes sit inside a clause ("mit
# „schockierenden“ Konsequenzen gedroht"), and quoted speech ends with a comma anyway.
QUOTES = {"„", "“", "”", '"', "«", "»", "‚", "‘"}
CLAUSE_COORDINATORS = {"und", "aber", "sondern", "doch", "oder", "denn", "sowie"}
RELATIVE_POS = {"PRELS", "PRELAT"}
WH_POS = {"PWAV", "PWS", "PWAT"}
NOMINATIVE_RELATIVES = {"der", "die", "das", "welcher", "welche", "welches"}
SUBJECT_PRONOUNS = {"er", "sie", "es", "ich", "wir", "du", "ihr", "man", "beide", "beiden"}
OBJECT_CASES = ("acc", "dat", "obj", "gen")
# Unambiguously nominative ("sie" may be an accusative: "Russland kritisierte sie")
NOMINATIVE_PRONOUNS = {"er", "ich", "wir", "du"}


@dataclass
class Clause:
    index: int
    tokens: list[int]  # token indices, in order (a clause may be interrupted)
    kind: str  # "main", "sub", "rel", "inf"
    opener: str = ""  # subordinator / relative pronoun / "zu", lower case
    coordinated: bool = False  # opened by "und"/"aber" before its finite verb
    parent: int | None = None
    chunks: list[Chunk] = field(default_factory=list)
    subjects: list[Chunk] = field(default_factory=list)
    objects: list[Chunk] = field(default_factory=list)
    subject_pronoun: Token | None = None  # "er"/"sie" standing for the subject
    antecedent_object: Chunk | None = None  # "X, den Y traf": X is the object
    # "Den Protest der Türkei wies Athen zurück": the prefield is an object by its case
    object_first: bool = False
    # "Die Forderung Russlands wies Kiew zurück": a prefield of unknown case whose noun
    # names no agent, and the actor behind the verb that may be the subject instead
    fronted_noun: int | None = None
    late_subjects: list[Chunk] = field(default_factory=list)

    def finite(self, tokens: list[Token]) -> Token | None:
        finite = [tokens[i] for i in self.tokens if tokens[i].is_finite]
        if not finite:
            return None
        return finite[0] if self.kind == "main" else finite[-1]

    def has_verb(self, tokens: list[Token]) -> bool:
        return any(tokens[i].is_verb for i in self.tokens)


DATELINE_POS = {"NE", "NN", "$(", "CARD", "XY", "FM", "ADJA"}


def _dateline_end(tokens: list[Token]) -> int:
    """'London/Brüssel – …', 'Wien (APA) – …': the place names before the dash are no
    part of the sentence's grammar. Returns the index of the first token after them."""
    for token in tokens[:8]:
        if token.text in ("–", "—", "-") and token.index > 0:
            before = tokens[: token.index]
            if all(t.pos in DATELINE_POS or t.text in ("/", "(", ")") for t in before):
                return token.index + 1
            return 0
        if token.pos not in DATELINE_POS and token.text not in ("/", "(", ")"):
            return 0
    return 0


DASHES = ("–", "—")


def _segments(tokens: list[Token]) -> list[list[int]]:
    segments: list[list[int]] = [[]]
    depth = 0
    start = _dateline_end(tokens)
    body = tokens[start:]
    dashes = [t.index for t in body if t.text in DASHES]
    aside_ends = {
        b: a
        for a, b in zip(dashes[::2], dashes[1::2], strict=False)
        if not _finite_follows(tokens, b + 1)  # "– … – gestellt", not two headline parts
    }
    resume: dict[int, list[int]] = {}  # closing dash -> the segment the aside interrupted
    for token in body:
        # Brackets hold asides ("(Bosnien-Herzegowina, Kosovo, Albanien)"): left out.
        if token.text in ("(", "["):
            depth += 1
            continue
        if token.text in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if token.index in aside_ends.values():
            # "… an die USA und Irland – dort hat Airbnb seinen Sitz – gestellt": the text
            # after the second dash continues the clause before the first.
            closing = next(b for b, a in aside_ends.items() if a == token.index)
            resume[closing] = segments[-1]
            segments.append([])
            continue
        if token.index in resume:
            segments.append([])
            segments[-1] = resume.pop(token.index)
            segments.append(segments.pop(-1))
            continue
        if token.text in QUOTES:
            continue
        if _missing_full_stop(tokens, token.index) and segments[-1]:
            segments.append([token.index])  # "… durchführen Laut Medienberichten hatten …"
            continue
        if token.text in BOUNDARY_TEXT or token.pos == "$(":
            if token.text == "-" and token.pos != "$(":
                segments[-1].append(token.index)
                continue
            segments.append([])
        elif token.pos == "$." and token.text not in (";", ":"):
            continue
        else:
            segments[-1].append(token.index)
    ordered = _dedupe([sorted(s) for s in segments if s])
    return _split_coordinated(ordered, tokens)


# Words that start a sentence but stand capitalised inside one only in names and titles
# (articles are left out: "berichtete Der Spiegel"; pronouns too: "kritisieren Sie").
SENTENCE_OPENER_POS = {"APPR", "APPRART", "ADV", "KOUS", "PROAV", "PWAV"}


def _missing_full_stop(tokens: list[Token], index: int) -> bool:
    """A capitalised preposition, adverb or pronoun right after a verb ('… dort
    durchführen Laut Medienberichten hatten …'): a sentence boundary the text lost
    (headlines and quoted posts glued to the article)."""
    token = tokens[index]
    return (
        index > 0
        and token.text[:1].isupper()
        and token.pos in SENTENCE_OPENER_POS
        and tokens[index - 1].pos.startswith("VV")
    )


def _finite_follows(tokens: list[Token], start: int) -> bool:
    for token in tokens[start:]:
        if token.text in BOUNDARY_TEXT or token.text in DASHES or token.pos == "$.":
            return False
        if token.is_finite:
            return True
    return False


def _dedupe(segments: list[list[int]]) -> list[list[int]]:
    """A resumed segment appears twice in the list (before and after its aside)."""
    seen: set[int] = set()
    result = []
    for segment in segments:
        if segment and segment[0] in seen:
            continue
        seen.update(segment)
        result.append(segment)
    return sorted(result, key=lambda seg: seg[0])


def _split_coordinated(segments: list[list[int]], tokens: list[Token]) -> list[list[int]]:
    """Cut "X traf Y und kritisierte Z" before "und" when both sides have a finite verb."""
    result: list[list[int]] = []
    for segment in segments:
        current: list[int] = []
        for position, i in enumerate(segment):
            token = tokens[i]
            if (
                token.lower in CLAUSE_COORDINATORS
                and token.pos == "KON"
                and current
                and any(tokens[j].is_finite for j in current)
                and any(tokens[j].is_finite for j in segment[position + 1 :])
                and tokens[current[0]].pos not in ("KOUS",)
            ):
                result.append(current)
                current = []
            current.append(i)
        if current:
            result.append(current)
    return result


def _classify(segment: list[int], tokens: list[Token], sentence_start: bool) -> tuple[str, str]:
    words = [tokens[i] for i in segment]
    lead = words[1:] if words[0].pos == "KON" and len(words) > 1 else words
    first = lead[0]
    if first.pos == "KOUS" or (first.lower == "als" and first.pos == "KOKOM" and len(lead) > 2):
        return "sub", first.lower
    if first.pos == "KOUI":
        return "inf", first.lower
    if first.pos in RELATIVE_POS and not sentence_start:
        return "rel", first.lower
    if len(lead) > 1 and first.is_preposition and lead[1].pos in RELATIVE_POS:
        return "rel", lead[1].lower
    if first.pos in WH_POS and not sentence_start:
        return "sub", first.lower
    if not any(w.is_finite for w in words) and any(w.pos in ("VVIZU", "PTKZU") for w in words):
        return "inf", "zu"
    return "main", ""


def split_clauses(tokens: list[Token]) -> list[Clause]:
    clauses: list[Clause] = []
    for number, segment in enumerate(_segments(tokens)):
        kind, opener = _classify(segment, tokens, number == 0)
        has_verb = any(tokens[i].is_verb for i in segment)
        if _so_attribution(segment, tokens) and clauses:
            # "„…“, so der iranische Außenminister.": a reporting clause without a verb
            clauses.append(Clause(len(clauses), list(segment), "main", "so"))
            continue
        unfinished = [c for c in clauses if not c.has_verb(tokens)]
        if kind == "main" and unfinished and not tokens[segment[0]].pos == "KON":
            unfinished[-1].tokens.extend(segment)
            continue
        if kind == "main" and not has_verb and clauses:
            clauses[-1].tokens.extend(segment)
            continue
        if kind == "main" and clauses and _continues_open_bracket(clauses[-1], segment, tokens):
            # "hatten sich USA, Russland, China und Frankreich mit dem Iran geeinigt"
            clauses[-1].tokens.extend(segment)
            continue
        finite_in_segment = any(tokens[i].is_finite for i in segment)
        coordinated = tokens[segment[0]].pos == "KON" and (
            any(tokens[i].is_finite for i in segment[1:3])
            # ", und mit Konsequenzen gedroht": shares subject and auxiliary
            or (not finite_in_segment and has_verb and kind == "main")
        )
        clauses.append(Clause(len(clauses), list(segment), kind, opener, coordinated))
    for clause in clauses:
        clause.tokens.sort()
    _link_parents(clauses, tokens)
    return clauses


def _continues_open_bracket(clause: Clause, segment: list[int], tokens: list[Token]) -> bool:
    """A list of noun phrases that a comma cut from its clause: the clause has only a
    finite auxiliary or modal so far, the piece has only the non-finite verb that
    closes the bracket, and the comma stands between two nouns."""
    words = [tokens[i] for i in clause.tokens]
    piece = [tokens[i] for i in segment]
    if clause.kind != "main" or any(w.is_verb and not w.is_finite for w in words):
        return False
    if not any(w.pos in ("VAFIN", "VMFIN") for w in words):
        return False
    if any(w.is_finite for w in piece) or piece[0].pos not in ("NE", "NN", "ART"):
        return False
    return tokens[clause.tokens[-1]].pos in ("NE", "NN")


def _so_attribution(segment: list[int], tokens: list[Token]) -> bool:
    words = [tokens[i] for i in segment]
    return (
        len(words) >= 2
        and words[0].lower == "so"
        and not any(w.is_verb for w in words)
        and segment[-1] >= len(tokens) - 2
    )


def _link_parents(clauses: list[Clause], tokens: list[Token]) -> None:
    """A subordinate clause hangs on the main clause before it, or after it at the start."""
    last_main: Clause | None = None
    waiting: list[Clause] = []
    for clause in clauses:
        if clause.kind == "main":
            for orphan in waiting:
                orphan.parent = clause.index
            waiting = []
            last_main = clause
        elif clause.kind == "rel":
            clause.parent = clauses[clause.index - 1].index if clause.index else None
        elif last_main is not None:
            previous = clauses[clause.index - 1]
            clause.parent = previous.index if previous.kind != "rel" else last_main.index
        else:
            waiting.append(clause)
    _link_reported_speech(clauses, tokens)


def _reports(clause: Clause, tokens: list[Token]) -> bool:
    if clause.opener == "so":
        return True
    words = [tokens[i] for i in clause.tokens]
    particles = [w.lower for w in words if w.pos == "PTKVZ"]
    verbs = cues()["report_verb"]
    return any(
        w.pos.startswith("VV")
        and (w.lemma in verbs or any(p + w.lemma in verbs for p in particles))
        for w in words
    )


def _link_reported_speech(clauses: list[Clause], tokens: list[Token]) -> None:
    """'X sagte, Y habe Z getroffen' and 'Y habe Z getroffen, sagte X': the reported
    main clause hangs on the reporting one."""
    for previous, clause in zip(clauses, clauses[1:], strict=False):
        if previous.kind != "main" or clause.kind != "main" or clause.coordinated:
            continue
        if clause.parent is None and _reports(previous, tokens) and previous.parent is None:
            clause.parent = previous.index
        elif previous.parent is None and _reports(clause, tokens):
            first = tokens[clause.tokens[0]]
            if first.is_finite or clause.opener == "so":
                previous.parent = clause.index


def assign_roles(clause: Clause, clauses: list[Clause], tokens: list[Token], chunks: list[Chunk]):
    positions = set(clause.tokens)
    # an actor inside an extended attribute ("die von X verhängten Sanktionen") plays no
    # role in the clause
    clause.chunks = [c for c in chunks if c.first in positions and c.attribute_of is None]
    core = [c for c in clause.chunks if c.is_core]
    finite = clause.finite(tokens)

    if clause.kind == "rel":
        antecedent = _antecedent(clause, chunks)
        if antecedent is not None and clause.opener in NOMINATIVE_RELATIVES:
            clause.subjects = _with_coordinated(antecedent, chunks)
            clause.objects = core
            return
        if antecedent is not None:
            clause.antecedent_object = antecedent
        elif clause.opener in ("der", "welcher") or (
            clause.opener in NOMINATIVE_RELATIVES and _relative_is_subject(clause, tokens)
        ):
            # "Die Staaten, die Russland kritisierten": the pronoun is the subject.
            clause.objects = core
            return
    if clause.kind == "inf":
        clause.objects = core
        return
    if clause.coordinated:
        clause.objects = core
        return
    if clause.kind == "main" and finite is not None:
        _read_prefield(clause, tokens, finite, core)

    if not core or (
        clause.kind == "main"
        and finite is not None
        and (not _core_before(core, finite) or clause.object_first)
    ):
        owners = _owners_of(_subject_head(clause, tokens, finite), clause.chunks)
        if owners:
            clause.subjects = owners
            clause.objects = [c for c in core if c not in owners]
            return

    if clause.kind == "main" and finite is not None:
        before = [c for c in core if c.last < finite.index]
        after_verb = tokens[finite.index + 1] if finite.index + 1 < len(tokens) else None
        if before and after_verb is not None and after_verb.lower in NOMINATIVE_PRONOUNS:
            # "Schäuble warf er vor, …": the fronted actor is the object of 'er'
            clause.subject_pronoun = after_verb
            clause.objects = core
            return
        if before and all(c.case not in OBJECT_CASES for c in before) and not clause.object_first:
            clause.subjects = before
            clause.objects = [c for c in core if c.first > finite.index]
            return
        both = _both_subject(tokens, clause, finite.index) if not before else None
        if both is not None:
            clause.subject_pronoun = both
            clause.objects = core
            return
        if not before and _prefield_is_other_subject(clause, tokens, finite):
            clause.objects = core  # "Die Regierung kritisierte China": no actor subject
            return
        pronoun = _pronoun_between(tokens, clause, finite.index - 1, finite.index + 1)
        pronoun = pronoun or _both_subject(tokens, clause, finite.index)
        if pronoun is not None:
            clause.subject_pronoun = pronoun
            clause.objects = [c for c in core if c not in before] + before
            return
        after = [c for c in core if c.first > finite.index and c.case not in OBJECT_CASES]
        if after and _other_np_first(clause, tokens, finite.index, after[0]):
            clause.objects = core  # "Seit Jahren werfen westliche Staaten China … vor"
            return
        if after:
            subject = after[0]
            clause.subjects = _with_coordinated(subject, core)
            clause.objects = [c for c in core if c not in clause.subjects]
        else:
            clause.objects = core
        return

    # Verb-final clause: the first actor after the subordinator is the subject.
    first_position = clause.tokens[1] if len(clause.tokens) > 1 else clause.tokens[0]
    pronoun = _pronoun_between(tokens, clause, first_position, first_position)
    if pronoun is not None and (not core or pronoun.index < core[0].first):
        clause.subject_pronoun = pronoun
        clause.objects = core
        return
    candidates = [c for c in core if c.case not in OBJECT_CASES]
    if candidates:
        clause.subjects = _with_coordinated(candidates[0], core)
    clause.objects = [c for c in core if c not in clause.subjects]


SUBJECT_NP_START = {"ART", "NN", "NE", "ADJA", "PDAT", "PIAT", "PPOSAT", "CARD", "PIS"}


def _subject_head(clause: Clause, tokens: list[Token], finite: Token | None) -> int | None:
    """The noun heading the subject phrase when the subject names no actor itself
    ("Die Regierung Chinas", "Diplomaten aus Japan")."""
    words = [tokens[i] for i in clause.tokens]
    if clause.kind == "main" and finite is not None:
        prefield = [w for w in words if w.index < finite.index and w.pos != "KON"]
        around = prefield + [w for w in words if w.index == finite.index + 1]
        if any(w.pos in ("PPER", "PIS") and w.lower in SUBJECT_PRONOUNS for w in around):
            return None  # "Wir verurteilen den Angriff Israels": the pronoun is the subject
        if clause.object_first:
            prefield = []  # "Den Protest der Türkei wies Athen zurück": no subject in front
        elif clause.fronted_noun is not None:
            return None  # "Die Forderung Russlands wies Kiew zurück": not Russia's act
        if prefield:
            if prefield[0].pos not in SUBJECT_NP_START:
                prefield = []
            nouns = [w for w in prefield if w.pos in ("NN", "NE")]
            if nouns and not all(_is_time(w) for w in nouns):
                return nouns[0].index  # ("Anfang April waren …": a time, no subject)
        rest = [w for w in words if w.index > finite.index]
    else:
        rest = words[1:] if clause.opener else words
    skipping_phrase = False
    for word in rest:
        if word.is_preposition:
            skipping_phrase = True
        elif word.pos in ("NN", "NE"):
            if not skipping_phrase:
                return word.index
            skipping_phrase = False
        elif word.pos in ("ADV", "PRF", "PTKNEG", "ART", "ADJA", "PIAT", "PPOSAT", "CARD"):
            continue
        elif word.is_verb:
            return None
    return None


def _is_time(token: Token) -> bool:
    return token.lemma in cues()["time_noun"] or token.text in cues()["time_noun"]


def _prefield_is_other_subject(clause: Clause, tokens: list[Token], finite: Token) -> bool:
    """A noun phrase in front of the finite verb that names no actor is the subject
    (not a time phrase, not an object in the accusative/dative)."""
    prefield = [tokens[i] for i in clause.tokens if i < finite.index and tokens[i].pos != "KON"]
    if not prefield or prefield[0].pos not in SUBJECT_NP_START:
        return False
    if prefield[0].lower in cues()["object_determiner"]:
        return False
    nouns = [w for w in prefield if w.pos in ("NN", "NE")]
    if not nouns or any(
        w.lemma in cues()["time_noun"] or w.text in cues()["time_noun"] for w in nouns
    ):
        return False
    return prefield[0].pos != "PIS"


def _other_np_first(clause: Clause, tokens: list[Token], finite: int, chunk: Chunk) -> bool:
    """Between the finite verb and the first actor stands a noun phrase of its own
    (not inside a prepositional phrase, not a time phrase): that is the subject."""
    in_phrase = False
    for i in clause.tokens:
        if i <= finite:
            continue
        if i >= chunk.first:
            return False
        token = tokens[i]
        if token.is_preposition:
            in_phrase = True
        elif token.pos in ("NN", "NE"):
            if not in_phrase and token.lemma not in cues()["time_noun"]:
                listed = any(c.coordinated_with == chunk.index for c in clause.chunks)
                if i + 1 == chunk.first and listed and _apposition_head(token):
                    return False  # "hatten sich die Verhandlungspartner USA, … geeinigt"
                previous = tokens[i - 1]
                return previous.pos in ("ART", "ADJA", "PIAT", "PDAT", "PPOSAT", "CARD") or (
                    previous.index == finite
                )
            in_phrase = False
        elif token.is_verb:
            return False
    return False


def _apposition_head(token: Token) -> bool:
    """A common noun that an actor right behind it names ("die Nachbarländer Österreich
    und Ungarn"): the noun and the actor are one phrase."""
    if token.pos != "NN":
        return False
    words = cues()["apposition_head"]
    forms = (token.lemma.lower(), token.lower)
    return any(form.endswith(word) for form in forms for word in words)


def _owners_of(head: int | None, chunks: list[Chunk]) -> list[Chunk]:
    if head is None:
        return []
    owners = [c for c in chunks if c.genitive_of == head and not c.prep]
    return _with_coordinated(owners[0], chunks) if owners else []


def _core_before(core: list[Chunk], finite: Token) -> bool:
    return any(c.last < finite.index for c in core)


def _relative_is_subject(clause: Clause, tokens: list[Token]) -> bool:
    """'die'/'das' as subject: the finite verb agrees with a plural/neuter antecedent we
    cannot see; read it as subject unless another noun phrase (not an actor) follows
    the pronoun directly ('die die Regierung kritisierte')."""
    following = tokens[clause.tokens[1]] if len(clause.tokens) > 1 else None
    return following is None or following.pos not in ("ART", "PDAT", "PPOSAT")


def _with_coordinated(first: Chunk, chunks: list[Chunk]) -> list[Chunk]:
    group = [first]
    for chunk in chunks:
        if chunk.coordinated_with is not None and chunk.coordinated_with in {
            g.index for g in group
        }:
            group.append(chunk)
    return group


def _antecedent(clause: Clause, chunks: list[Chunk]) -> Chunk | None:
    """The chunk that ends right before the comma that opens a relative clause."""
    start = clause.tokens[0]
    for chunk in chunks:
        if chunk.last in (start - 1, start - 2):
            return chunk
    return None


BOTH_HEADS = {"Seite", "Land", "Staat", "Regierung", "Minister", "Außenminister", "Präsident"}
# people and bodies who act for a state: "die beiden Politiker", "beide Staatschefs"
BOTH_HEADS |= {"Politiker", "Staatschef", "Regierungschef", "Staatsoberhaupt", "Premier"}
BOTH_HEADS |= {"Kanzler", "Delegation", "Nachbar", "Nachbarland", "Nachbarstaat"}


# "die drei Präsidenten": a number of earlier named states, like "die beiden"
GROUP_NUMBERS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def group_size(token: Token) -> int:
    """How many earlier actors a group word stands for ('beide' 2, 'drei' 3), else 0."""
    if token.lower in ("beide", "beiden"):
        return 2
    return GROUP_NUMBERS.get(token.lower, 0)


def _both_phrase(tokens: list[Token], i: int) -> bool:
    """'beide Seiten', 'die beiden (Länder)': a pair standing for two earlier actors;
    'die drei Präsidenten': a group of three (a number needs the article and a head)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].lower in GROUP_NUMBERS:
        return (
            i > 0
            and tokens[i - 1].lower == "die"
            and following is not None
            and following.pos == "NN"
            and _group_head(following)
        )
    if following is None or following.pos != "NN":
        return i > 0 and tokens[i - 1].lower == "die"
    return following.lemma in BOTH_HEADS or _group_head(following)


def _group_head(token: Token) -> bool:
    """'Präsidenten', 'Außenminister', 'Staaten', 'Staatschefs': the head of a group."""
    lemma = token.lemma.lower()
    return any(lemma.endswith(head.lower()) for head in BOTH_HEADS | {"chef"})


def both_object(tokens: list[Token], clause: Clause) -> Token | None:
    """'rief beide Seiten zur Zurückhaltung auf', 'empfing die beiden Minister': a pair
    word behind the finite verb, in no prepositional phrase, that is not the subject."""
    finite = clause.finite(tokens)
    pronoun = clause.subject_pronoun
    if finite is None or (pronoun is not None and group_size(pronoun)):
        return None  # "tauschten sich die beiden aus": the pair is the subject
    for i in clause.tokens:
        if i <= finite.index or group_size(tokens[i]) != 2:
            continue
        before = tokens[i - 1]
        if before.is_preposition or before.pos == "APPRART":
            continue
        if _both_phrase(tokens, i) and i + 1 < len(tokens) and tokens[i + 1].pos == "NN":
            return tokens[i]
    return None


def _both_subject(tokens: list[Token], clause: Clause, finite: int) -> Token | None:
    """'Beide Seiten stimmten …', 'tauschten sich die beiden … aus' (not 'mit beiden')."""
    for i in clause.tokens:
        if i > finite + 4 or not group_size(tokens[i]):
            continue
        before = tokens[i - 1] if i else None
        if before is not None and (before.is_preposition or before.pos == "APPRART"):
            continue
        if _both_phrase(tokens, i):
            return tokens[i]
    return None


def _pronoun_between(tokens: list[Token], clause: Clause, low: int, high: int) -> Token | None:
    for i in clause.tokens:
        if (
            low <= i <= high
            and tokens[i].pos in ("PPER", "PIS")
            and tokens[i].lower in SUBJECT_PRONOUNS
        ):
            return tokens[i]
    return None


# -- the prefield: subject or fronted object ------------------------------------------


def _read_prefield(clause: Clause, tokens: list[Token], finite: Token, core: list[Chunk]):
    """German may put the object in front of the verb ("Den Protest der Türkei wies Athen
    zurück"). A determiner in the accusative or dative ('den', 'dem', 'einen', 'diesem',
    'seinen', data/cues.tsv kind object_determiner) shows it: `object_first`. 'die', 'das',
    'eine' and bare nouns show no case; when such a prefield is headed by a noun that
    names no agent ('Forderung', not 'Regierung') and an actor of unknown case follows the
    verb, either may be the subject: the clause then has none (`fronted_noun`), unless a
    pattern's own noun settles it (resolve reads `late_subjects` then)."""
    prefield = [tokens[i] for i in clause.tokens if i < finite.index and tokens[i].pos != "KON"]
    if not prefield or any(w.pos == "APPO" for w in prefield):
        return  # "Dem Bericht zufolge": an adverbial
    nouns = [w for w in prefield if w.pos in ("NN", "NE")]
    if not nouns or all(_is_time(w) for w in nouns):
        return  # "Den ganzen Tag": a time, neither subject nor object
    first = prefield[0]
    if first.lower in cues()["object_determiner"]:
        # not the article of a name ("Den Haag kritisierte Moskau")
        in_name = any(c.first <= first.index <= c.last for c in clause.chunks)
        if not in_name and not _determiner_embedded(prefield):
            clause.object_first = True
        return
    if first.pos not in SUBJECT_NP_START or first.pos == "PIS":
        return
    head = _prefield_head(prefield)
    owner = next((c for c in clause.chunks if head and c.first <= head.index <= c.last), None)
    if owner is not None and owner.genitive_of is not None and owner.last < owner.genitive_of:
        head = tokens[owner.genitive_of]  # "Pekings Vorwürfe": the noun behind the genitive
        owner = None
    if head is None or owner is not None or head.index >= finite.index or agentive_noun(head):
        return
    late = [c for c in core if c.first > finite.index and c.case not in OBJECT_CASES]
    if late:
        clause.fronted_noun = head.index
        clause.late_subjects = _with_coordinated(late[0], core)


def _prefield_head(prefield: list[Token]) -> Token | None:
    """The first noun of the prefield outside a prepositional phrase."""
    in_phrase = False
    for word in prefield:
        if word.is_preposition:
            in_phrase = True
        elif word.pos in ("NN", "NE"):
            if not in_phrase:
                return word
            in_phrase = False
    return None


def _determiner_embedded(prefield: list[Token]) -> bool:
    """'Dem Iran nahestehende Milizen': the determiner's noun is followed by an adjective
    that opens a new noun phrase without a determiner of its own: the dative belongs to
    an attribute of 'Milizen', the prefield's head, whose case it does not show."""
    nouns = [i for i, w in enumerate(prefield) if w.pos in ("NN", "NE")]
    if not nouns or (len(prefield) > 1 and prefield[1].is_preposition):
        return False  # "Den von Russland geforderten Rückzug": its own extended attribute
    after = prefield[nouns[0] + 1 :]
    for previous, word in zip(prefield[nouns[0] :], after, strict=False):
        genitive = previous.pos in ("NN", "NE") and word.lower.endswith("er")
        if word.pos == "ADJA" and previous.pos not in DETERMINER_LIKE and not genitive:
            return True  # (not "den Beschuss ukrainischer Städte": a genitive)
    return False


DETERMINER_LIKE = {"ART", "PDAT", "PPOSAT", "PIAT", "APPR", "APPRART", "ADJA", "CARD"}


def agentive_noun(noun: Token) -> bool:
    """Can the noun act: a person, an authority, armed forces, a state word ('Regierung',
    'Streitkräfte', 'Nachbarländer'), or an agent_noun of the cue table ('Sprecher')?"""
    lemma = noun.lemma.lower()
    kinds = ("person_noun", "seat_noun", "coalition_head", "apposition_head", "agent_noun")
    return any(lemma.endswith(word.lower()) for kind in kinds for word in cues()[kind])
