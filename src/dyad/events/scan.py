"""The cheap trigger scan run on every sentence: set lookups over word forms.

The word forms of every trigger lemma come from inverting simplemma's German
form -> lemma table once at load time, so irregular forms ("traf", "getroffen")
are covered without a lemmatizer at scan time. Nouns also match as the last
part of a compound ("Friedensgespräche"). The scan may over-trigger (a
separable verb's base form alone triggers), it must not miss.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

WORD_RE = re.compile(r"\w+")
MIN_COMPOUND_HEAD = 5  # shorter nouns only match whole words
NOUN_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern")


def _as_text(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


@lru_cache(maxsize=1)
def german_forms():
    """simplemma's German form -> lemma table, loaded once for the scan and the tagger."""
    return DefaultDictionaryFactory().get_dictionary("de")


def lemma_of(word: str) -> str:
    """The table's lemma of a word form (lower case), or the word itself."""
    return german_forms().get(word.lower()) or word.lower()


def inflected_forms(lemmas: set[str]) -> dict[str, set[str]]:
    """Map each lemma (lower case) to its word forms known to simplemma."""
    wanted = {lemma.lower() for lemma in lemmas}
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in wanted}
    # The table spells some lemmas with "ss" for "ß" ("beschoss" -> "beschiessen").
    spellings = {lemma: lemma for lemma in wanted}
    spellings.update({lemma.replace("ß", "ss"): lemma for lemma in wanted if "ß" in lemma})
    table = german_forms()
    raw = getattr(table, "_dict", None)  # bytes -> bytes: comparing bytes is 5x faster
    if isinstance(raw, dict):
        wanted_bytes = {spelling.encode("utf-8"): lemma for spelling, lemma in spellings.items()}
        for form, lemma in raw.items():
            key = wanted_bytes.get(lemma) or wanted_bytes.get(_lower_bytes(lemma))
            if key is not None:
                forms[key].add(_as_text(form).lower())
        return forms
    for form, lemma in table.items():
        lemma_text = spellings.get(_as_text(lemma).lower())
        if lemma_text is not None:
            forms[lemma_text].add(_as_text(form).lower())
    return forms


def _lower_bytes(value: bytes) -> bytes:
    if value[:1].islower():
        return value
    return value.decode("utf-8", "replace").lower().encode("utf-8")


# "über", "unter", "durch", "wider", "hinter" are inseparable in "überflog", "unterzeichnete"
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter")
INSEPARABLE_PREFIXES += ("durch", "wider", "hinter")


def inseparable_prefix(verb: str) -> tuple[str, str] | None:
    """('be', 'schießen') for 'beschießen'; None when no such prefix leaves a verb."""
    for prefix in INSEPARABLE_PREFIXES:
        base = verb[len(prefix) :]
        if verb.startswith(prefix) and len(base) >= 4 and base.endswith(("en", "ern", "eln")):
            return prefix, base
    return None


def ablaut_forms(verb: str, forms: set[str]) -> set[str]:
    """Strong-verb forms the table files under a homograph ("brach" the adjective,
    "geboten" the adjective): rebuilt from forms it does list.

    Past singular: the stem shared by the past plural and its 2nd person ("brachen",
    "brachst" -> "brach"; "standen", "standest" -> "stand"). Participle, only when the
    table has none: "ge" + infinitive ("gefahren"), "ge" + past plural, also with the
    vowel of the i-a-u and e-a-o series ("geboten", "gestanden", "gedrungen",
    "gebrochen"), "ge" + weak past of mixed verbs ("gedacht"). Surplus forms that are no
    words cost nothing: the scan may over-trigger, it must not miss.
    """
    past_stems = {
        form[:-2]
        for form in forms
        if form.endswith("en") and (form[:-2] + "st" in forms or form[:-2] + "est" in forms)
    }
    extra = set(past_stems)
    has_participle = any(form.startswith("ge") for form in forms)
    if verb.endswith("en") and not _is_ieren_verb(verb) and not has_participle:
        participles = {"ge" + verb}
        for form in forms:
            if form.endswith("en") and form[:-2] in past_stems and form != verb:
                participles |= {"ge" + form, "ge" + form.replace("a", "u")}
                participles.add("ge" + form.replace("a", "o"))
            if form.endswith("te") and not form.startswith(verb[:-2]):
                participles.add("ge" + form[:-1])  # "dachte" -> "gedacht"
        extra |= participles
    return extra - forms


def _is_ieren_verb(verb: str) -> bool:
    """'kritisieren' (participle without 'ge'), not 'frieren'."""
    return verb.endswith("ieren") and any(vowel in verb[:-5] for vowel in "aeiouäöü")


def regular_forms(verb: str) -> set[str]:
    """Weak-verb forms, for verbs simplemma's table lacks ("empörte")."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    endings = ("e", "st", "t", "en", "et", "te", "test", "ten", "tet", "end")
    return {stem + ending for ending in endings} | {"ge" + stem + "t", stem + "t"}


class TriggerScan:
    def __init__(
        self,
        verbs: set[str],
        particles: dict[str, set[str]],
        nouns: set[str],
        support: dict[str, set[tuple[str, str]]] | None = None,
    ):
        """verbs: lemmas (with and without particle); particles: base -> particles;
        support: nouns found only in noun + verb rows -> their verbs as (base, particle).
        Such a noun triggers only with a form of one of its verbs in the sentence
        ("Hilfe" alone is everywhere; "Hilfe ... zugesagt" is a candidate)."""
        prefixed = {v.lower(): split for v in verbs if (split := inseparable_prefix(v.lower()))}
        bases = {base for _, base in prefixed.values()} | set(particles)
        forms = inflected_forms(verbs | nouns | bases)
        self.words: set[str] = set()
        for verb in verbs:
            lower = verb.lower()
            self.words |= forms[lower] | regular_forms(lower) | ablaut_forms(lower, forms[lower])
        for prefix, base in prefixed.values():
            # The table may lack a prefixed verb's strong forms ("beschossen"): build
            # them from the base verb's ("schoss", "geschossen" -> "beschoss", "beschossen").
            for form in forms[base]:
                self.words.add(prefix + (form[2:] if form.startswith("ge") else form))
        for base, base_particles in particles.items():
            base_forms = forms[base] | ablaut_forms(base, forms[base])
            participles = {form for form in base_forms if form.startswith("ge")}
            for particle in base_particles:
                self.words.add(f"{particle}zu{base}")  # "aufzufordern"
                # The table may lack the particle verb ("vorbringen" has no "vorgebracht").
                self.words |= {particle + form for form in participles}
        support = support or {}
        verb_forms = self._support_verb_forms(support)
        self.noun_forms: set[str] = set()  # matched as the end of a capitalised word
        self.whole_nouns: set[str] = set()  # short nouns: whole capitalised words only
        self.needs_verb: dict[str, frozenset[str]] = {}  # noun form -> forms of its verbs
        always: set[str] = set()
        for noun in nouns:
            lower = noun.lower()
            inflected = forms[lower] | {lower + ending for ending in NOUN_ENDINGS}
            if len(lower) < MIN_COMPOUND_HEAD:
                self.whole_nouns |= inflected  # "Haft" must not fire on "Wirtschaft"
            else:
                self.noun_forms |= inflected
            if noun not in support:
                always |= inflected
            for form in inflected if noun in support else ():
                self.needs_verb[form] = self.needs_verb.get(form, frozenset()) | verb_forms[noun]
        for form in always:  # a noun with a row of its own needs no verb
            self.needs_verb[form] = frozenset()
        self.noun_lengths = sorted({len(f) for f in self.noun_forms})
        self._last: tuple[str | None, bool] = (None, False)

    def _support_verb_forms(self, support: dict[str, set[tuple[str, str]]]):
        """Every form a support row's verb can take in a sentence: finite, participle,
        zu-infinitive, joined with its particle ("aufgenommen", "aufzunehmen")."""
        lemmas = {
            lemma
            for verbs in support.values()
            for base, particle in verbs
            for lemma in (base, particle + base)
        }
        forms = inflected_forms(lemmas)
        result: dict[str, frozenset[str]] = {}
        for noun, verbs in support.items():
            found: set[str] = set()
            for base, particle in verbs:
                base_forms = forms[base] | regular_forms(base) | ablaut_forms(base, forms[base])
                found |= base_forms | forms[particle + base]
                if particle:
                    found |= {particle + form for form in base_forms}  # "wiedereröffnet"
                    found.add(f"{particle}zu{base}")
            result[noun] = frozenset(found)
        return result

    def __call__(self, text: str) -> bool:
        # The events stage asks about a sentence, then the coder asks again about the
        # same one: the last answer is kept (one tuple, so threads never see half).
        last_text, last_answer = self._last
        if text == last_text:
            return last_answer
        answer = self._scan(text)
        self._last = (text, answer)
        return answer

    def _scan(self, text: str) -> bool:
        words = self.words
        nouns = self.noun_forms
        lengths = self.noun_lengths
        wanted_verbs: list[frozenset[str]] = []  # support nouns seen, waiting for a verb
        seen: set[str] = set()
        for match in WORD_RE.finditer(text):
            original = match.group()
            word = original.lower()
            seen.add(word)
            if word in words:
                return True
            if not original[:1].isupper():
                continue
            found = [word] if word in self.whole_nouns else []
            found += [word[-n:] for n in lengths if n <= len(word) and word[-n:] in nouns]
            for noun in found:  # every compound head: "Rechtshilfeersuchen", "Ersuchen"
                verbs = self.needs_verb.get(noun, frozenset())
                if not verbs:
                    return True
                wanted_verbs.append(verbs)
        return any(_has_verb_form(verbs, seen) for verbs in wanted_verbs)


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _has_verb_form(verbs: frozenset[str], seen: set[str]) -> bool:
    """A form of the verb, also as an inflected participle ("die verhängten Sanktionen")."""
    if not verbs.isdisjoint(seen):
        return True
    return any(
        word[: -len(ending)] in verbs
        for word in seen
        for ending in ADJECTIVE_ENDINGS
        if word.endswith(ending)
    )
