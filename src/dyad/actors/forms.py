"""Inflected surface forms, generated once at load time.

German names, adjectives and role nouns inflect; the resolver only looks words
up, so every form a text can contain is produced here: adjective endings,
genitive -s, plural, dative plural and feminine forms of role nouns.
"""

from __future__ import annotations

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # the bare stem only inside compounds


def adjective_forms(stem: str) -> list[str]:
    """'chinesisch' -> chinesische, -en, -er, -es, -em; a stem with its own ending
    ('Schweizer') stands as written."""
    if stem[:1].isupper():
        return [stem]
    return [stem + ending for ending in ADJECTIVE_ENDINGS]


def phrase_forms(form: str, lang: str) -> list[str]:
    """German multi-word names inflect: 'Weißes Haus' -> 'Weißen Haus', 'Weißen Hauses'."""
    words = form.split(" ")
    if lang == "en" or len(words) < 2:
        variants = [form]
    else:
        options = []
        for word in words[:-1]:
            stem = _adjective_stem(word)
            options.append([stem + e for e in ADJECTIVE_ENDINGS if e] if stem else [word])
        variants = [""]
        for choice in options:
            variants = [f"{prefix}{word} " for prefix in variants for word in choice]
        variants = [prefix + words[-1] for prefix in variants]
        if form not in variants:
            variants.insert(0, form)
    return variants


def genitive_forms(variants: list[str], lang: str) -> list[str]:
    """German genitive of names: 'Chinas', 'des Kremls', 'des Weißen Hauses'."""
    if lang == "en":
        return [v + "'s" for v in variants] + [v + "’s" for v in variants]
    open_ending = [v for v in variants if v[-1].isalpha() and v[-1] not in "sxzß"]
    forms = [v + e for v in open_ending for e in ("s", "es")]
    # A phrase's head noun in -s takes -es ("des Weißen Hauses"); a one-word name in -s
    # does not ("Paris'", never "Parises").
    forms += [v + "es" for v in variants if " " in v and v[-1] in "sxzß"]
    return forms


def dative_plural_forms(variants: list[str], lang: str) -> list[str]:
    """Plural names take -n in the dative: 'den Vereinigten Arabischen Emiraten',
    'den Niederlanden'. Only for names whose head ends in -e; a singular such as
    'Ukraine' gets a form no text contains, which costs nothing."""
    if lang == "en":
        return []
    return [v + "n" for v in variants if v.endswith("e") and len(v) > 4]


def _adjective_stem(word: str) -> str | None:
    if not word[:1].isupper() or len(word) < 5:
        return None
    for ending in ("es", "er", "en", "e"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return None


def role_forms(form: str, person_role: bool, lang: str) -> list[str]:
    """Inflected forms of a role noun: genitive, plural, dative plural, feminine."""
    if lang == "en":
        return [form, form + "s"]
    if " " in form:
        return phrase_forms(form, lang)
    forms = [form]
    if form.endswith(("er", "el")):
        forms += [form + "s", form + "n"]
        if person_role:
            forms += [form + "in", form + "innen"]
    elif form.endswith("e"):
        forms += [form + "n", form + "r"]
        if person_role:
            forms += [form[:-1] + "in", form[:-1] + "innen"]
        else:
            forms.append(form + "s")  # neuter genitive: "des Regimes"
    elif form.endswith("um"):
        forms += [form + "s", form[:-2] + "en"]
    elif form.endswith("ung") or form.endswith("ion"):
        forms += [form + "en"]
    elif form[-1] not in "aeiouäöüy":
        forms += [form + "s", form + "es", form + "en", form + "e"]
        if person_role:
            forms += [form + "in", form + "innen"]
    else:
        forms += [form + "s"]
    return forms


def demonym_forms(forms: list[str]) -> list[str]:
    """The inflected forms of German demonyms the table does not list: 'Georgier' ->
    Georgiern, Georgiers, Georgierin, Georgierinnen; 'Russe' -> Russen, Russin,
    Russinnen; 'Jemenit' -> Jemeniten. Adjectival nouns ('Deutsche') decline like
    adjectives and are listed by hand."""
    out = []
    for form in forms:
        if not form[:1].isupper() or not form.isalpha() and "-" not in form:
            continue
        if form.endswith("er"):
            out += [form + "n", form + "s", form + "in", form + "innen"]
        elif form.endswith("e") and form != "Deutsche":
            out += [form + "n", form[:-1] + "in", form[:-1] + "innen"]
        elif form.endswith("it"):
            out += [form + "en", form + "in", form + "innen"]
        elif form.endswith("in") and any(
            other != form and form.startswith(other[:3]) for other in forms
        ):
            out.append(form + "nen")  # 'Russin' -> 'Russinnen'
    return [form for form in dict.fromkeys(out) if form not in forms]
