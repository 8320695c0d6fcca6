"""Tokens with part-of-speech tags and lemmas (HanTa), only for candidate sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyad.events.scan import lemma_of
from dyad.model import Sentence

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-‐]\w+)*-?|[^\w\s]")

# APPRART contractions -> the preposition they contain.
CONTRACTIONS = {
    "am": "an",
    "ans": "an",
    "im": "in",
    "ins": "in",
    "zum": "zu",
    "zur": "zu",
    "vom": "von",
    "beim": "bei",
    "aufs": "auf",
    "fürs": "für",
    "übers": "über",
    "vors": "vor",
    "hinterm": "hinter",
    "unterm": "unter",
}


@dataclass
class Token:
    index: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # STTS tag without HanTa's brackets: VVFIN, VVPP, NN, APPR, ...

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_verb(self) -> bool:
        return self.pos.startswith("V")

    @property
    def is_finite(self) -> bool:
        return self.pos.endswith("FIN")

    @property
    def is_preposition(self) -> bool:
        return self.pos in ("APPR", "APPRART", "APPO", "APZR")

    @property
    def preposition(self) -> str:
        return CONTRACTIONS.get(self.lower, self.lower)


# Word analyses repeat across sentences; HanTa recomputes them every time. Its two
# per-word analyses are pure functions of their arguments, so memoising them gives
# the same tags many times faster (measured: 10x on sentences seen before).
WORD_CACHE_SIZE = 200_000


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    from dyad.language import hanta

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    # The same analyses in fewer steps (dyad.language.hanta); for a HanTa version it was
    # not checked against, plain HanTa with its word analyses cached.
    if not hanta.speed_up(tagger):
        tagger.analyze_forward = lru_cache(maxsize=WORD_CACHE_SIZE)(tagger.analyze_forward)
        tagger.analyze_viterbi = lru_cache(maxsize=WORD_CACHE_SIZE)(tagger.analyze_viterbi)
    return tagger


def _stts(tag: str) -> str:
    """HanTa writes 'VV(FIN)', 'ADJ(A)'; STTS spells them VVFIN, ADJA."""
    return tag.replace("(", "").replace(")", "")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


RELATIVE_FORMS = {"der", "die", "das", "den", "dem", "denen", "deren", "dessen"}
NOMINAL_POS = {"NN", "NE", "ADJA", "ADJD", "ART", "TRUNC", "CARD", "APPR", "APPRART"}


def tag_sentence(sentence: Sentence) -> list[Token]:
    """Tag a sentence with its actor mentions read as proper nouns."""
    return tag(sentence.text, [(m.start, m.end) for m in sentence.mentions])


def tag(text: str, names: list[tuple[int, int]] = ()) -> list[Token]:
    """Tag a sentence; tokens inside `names` (actor spans) are proper nouns whatever
    HanTa guesses ("Blinken" is not the verb "blinken")."""
    raw = tokenize(text)
    if not raw:
        return []
    tagged = _tagger().tag_sent([word for word, _, _ in raw], taglevel=1)
    tokens = []
    for index, ((word, start, end), (_, lemma, pos)) in enumerate(zip(raw, tagged, strict=True)):
        pos = _stts(pos)
        if pos in ("NNI", "NNA"):  # HanTa's nominalised verbs / adjectives: nouns for us
            pos = "NN"
        if pos.startswith("V") and lemma[:1].isupper():
            lemma = lemma.lower()
        if pos.startswith("V") and lemma == word and not pos.endswith("INF"):
            lemma = lemma_of(word)
        if pos not in NOMINAL_POS and any(s < end and start < e for s, e in names):
            pos, lemma = "NE", word
        tokens.append(Token(index, word, start, end, lemma, pos))
    _repair_finite_verbs(tokens)
    for index, token in enumerate(tokens):
        previous = tokens[index - 1] if index else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        # "Während des Gipfels": a preposition, not the subordinator.
        if token.lower == "während" and following is not None and following.pos == "ART":
            token.pos = "APPR"
        after_comma = previous is not None and previous.text == ","
        if token.pos == "ART" and token.lower in RELATIVE_FORMS and after_comma:
            if _relative_pronoun(tokens, index) or _verb_final(tokens, index + 1):
                token.pos = "PRELS"
        # ", als Diplomaten aus Japan ... abhielten": after a comma "als" opens a clause.
        if token.lower == "als" and after_comma:
            token.pos = "KOUS"
    return tokens


def _relative_pronoun(tokens: list[Token], index: int) -> bool:
    """', der China besuchte': an "article" after a comma that is not followed by its noun
    is the relative pronoun (not in a list of names: 'aus Japan, den USA und Südkorea').
    Otherwise `_verb_final` may still show one: ', die Anfang der Woche nach Taipeh
    gereist war' (a non-finite verb right before the finite one at the end is verb-final
    order, which a main clause opened by an article never has)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.pos not in ("NN", "ADJA", "CARD", "PIAT", "TRUNC")
        and _finite_before_boundary(tokens, index + 1)
        and not (following.pos == "NE" and index > 1 and tokens[index - 2].pos == "NE")
    )


def _verb_final(tokens: list[Token], start: int) -> bool:
    """Does the stretch from `start` to the next boundary end in a non-finite verb and
    the finite auxiliary or modal after it ('… gereist war', '… treffen wollte')?"""
    end = start
    while end < len(tokens) and tokens[end].text not in (",", ";", ":", "(", "–"):
        if tokens[end].pos == "$.":
            break
        end += 1
    stretch = tokens[start:end]
    if len(stretch) < 3 or sum(t.is_finite for t in stretch) != 1:
        return False
    last, before = stretch[-1], stretch[-2]
    return (
        last.pos in ("VAFIN", "VMFIN")
        and before.pos in ("VVPP", "VVINF", "VAPP", "VAINF")
        and all(t.pos not in ("VVFIN", "KOUS", "PRELS") for t in stretch)
    )


def _finite_before_boundary(tokens: list[Token], start: int) -> bool:
    """A relative clause has its finite verb before the next comma ("aus Japan, den USA
    und Südkorea" has none)."""
    for token in tokens[start:]:
        if token.text in (",", ";", ":") or token.pos == "$.":
            return False
        if token.is_finite:
            return True
    return False


def _repair_finite_verbs(tokens: list[Token]) -> None:
    """HanTa reads some past forms after a name as adjectives ("Deutschland genehmigte
    Waffen"): in a stretch without a finite verb, an 'adjective' right after a noun phrase
    whose lemma is a verb is the finite verb."""
    stretch: list[Token] = []
    for token in [*tokens, None]:
        if token is not None and token.text not in (",", ";", ":") and token.pos != "$.":
            stretch.append(token)
            continue
        if stretch and not any(t.is_finite for t in stretch):
            for previous, word in zip(stretch, stretch[1:], strict=False):
                if word.pos != "ADJA" or previous.pos not in ("NE", "NN", "PPER"):
                    continue
                lemma = lemma_of(word.lower)
                if is_participle_form(word.lower, lemma):
                    continue  # "zwischen X und Y ausgehandelte Abkommen": never finite
                if lemma != word.lower and lemma.endswith(("en", "ern", "eln")):
                    word.pos, word.lemma = "VVFIN", lemma
                    break
        stretch = []


def is_participle_form(word: str, lemma: str) -> bool:
    """A form with the participle's "ge" that its infinitive lacks ("ausgehandelte" of
    "aushandeln", "gelieferte" of "liefern"): a participle, not a past finite verb
    ("genehmigte" of "genehmigen" may be either)."""
    shared = 0
    while shared < min(len(word), len(lemma)) and word[shared] == lemma[shared]:
        shared += 1
    return word[shared : shared + 2] == "ge" and lemma[shared : shared + 2] != "ge"
