"""Step 2 of resolution: atoms combine into the longest, most specific reading.

  modifier + role        "Chinas Außenminister", "das Pekinger Verteidigungsministerium"
  role + person / name   "US-Außenminister Antony Blinken", "Vizeaußenminister Ma Zhaoxu"
  role + genitive actor  "ein Sprecher des US-Außenministeriums", "Botschafter Chinas"
  name, role             "Xiang Haoyu, Forschungsstipendiat am ..."

Each pass takes the atoms in text order and returns them merged; the resolver
then turns each remaining atom into mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dyad.actors.atoms import FUNCTION_WORDS as CAPITALISED_FUNCTION_WORDS
from dyad.actors.atoms import NOUN_ENDINGS, Atom

NAME_WORD_RE = re.compile(r"[A-ZÄÖÜ][\w'’]*(?:-[\w'’]+)*$")
# Words allowed between a modifier and its role: "Chinas neuer Außenminister".
FILLER_RE = re.compile(r"^(?:\s+(?:[a-zäöüß]+(?:e|en|er|es|em)|\d+|zwei|drei|vier|fünf))*\s+$")
FILLER_STOPWORDS = {
    "der", "die", "das", "des", "den", "dem", "eine", "einen", "einer", "eines", "einem", "seine",
    "seinen", "seiner", "ihre", "ihren", "ihrer", "unsere", "oder", "aber", "über", "unter",
    "hinter", "wieder", "immer", "sowie", "einige", "andere", "anderen", "diese", "dieser",
    "diesen", "jene", "alle", "allen", "sehr", "mehr", "oben", "gegen", "wegen", "nach", "vor",
}  # fmt: skip
# "der frühere Außenminister", "die ehemalige US-Botschafterin": a former holder (ELI).
FORMER_RE = re.compile(r"(?:ehemalig|früher|einstig|vormalig|former)\w*\s+(?:\w+\s+)?$", re.I)
GENITIVE_LINK_RE = re.compile(r"^\s+(?:des|der|von)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}$")
# "Regierungstruppen in Syrien": a government word is the government of the place after it.
GOVERNMENT_WORD_RE = re.compile(r"(?:[Rr]egierung|[Rr]egime)")
NOT_NAMES = {"Der", "Die", "Das", "Am", "Im", "In", "Bei", "Mit", "Und", "Auf", "Von", "Zu"}
# An unknown name before a comma apposition: two or three capitalised words.
APPOSITION_RE = re.compile(
    r"((?:[A-ZÄÖÜ][\w'’-]+ ){1,2}[A-ZÄÖÜ][\w'’-]+), (?:(?:ein|eine|einer|der|die|dem|den) )?"
)
NOT_NAME_WORDS = NOT_NAMES | CAPITALISED_FUNCTION_WORDS
# ", Daniel Mitrow," or ", Daniel Mitrow." right after a role with its country behind it.
TRAILING_NAME_RE = re.compile(r", ((?:[A-ZÄÖÜ][\w'’-]+ ){1,2}[A-ZÄÖÜ][\w'’-]+)(?=[,.;:]|$)")
MODIFIER_KINDS = {"adjective", "city_adjective"}
GENITIVE_KINDS = {"country", "metonym", "igo"}


Step = Callable[[str, list[Atom]], list[Atom]]


def combine(text: str, atoms: list[Atom], lang: str, place: Step | None = None) -> list[Atom]:
    """`place` reads bare institutions placed by a capital (located.py) once modifiers,
    names and leaders are attached and before complements: "ein Sprecher des
    Außenministeriums in Peking" is then the spokesman of a Chinese ministry."""
    atoms = attach_modifiers(text, atoms, lang)
    atoms = attach_named_institutions(text, atoms)
    atoms = attach_names(text, atoms)
    atoms = attach_leaders(text, atoms)
    if place is not None:
        atoms = place(text, atoms)
    atoms = attach_complements(text, atoms)
    attach_appositions(text, atoms)
    return atoms


def attach_modifiers(text: str, atoms: list[Atom], lang: str) -> list[Atom]:
    for atom in atoms:
        former = FORMER_RE.search(text[max(0, atom.start - 40) : atom.start])
        if atom.kind == "role" and former:
            atom.former = True
            atom.how = f"former ('{former.group().strip()}') + {atom.how}"

    def merge(before: Atom, atom: Atom) -> bool:
        if not (
            atom.kind == "role"
            and atom.modifier is None
            and fillers_only(text[before.end : atom.start])
            and (
                _is_modifier(before)
                # English noun adjuncts: "U.S. Secretary of State", "NATO Secretary General"
                or (lang == "en" and before.kind in GENITIVE_KINDS)
            )
        ):
            return False
        atom.modifier, atom.modifier_how = before.entry, before.how
        atom.start = before.start
        return True

    return _merge_into_next(atoms, merge)


def attach_named_institutions(text: str, atoms: list[Atom]) -> list[Atom]:
    """'die Bundespolizei FBI', 'der Geheimdienst CIA': an institution word followed by the
    name of an institution of the same sector is an apposition; the name decides the code
    (the 'Bundes-' of the word would make the FBI German)."""

    def merge(before: Atom, atom: Atom) -> bool:
        if not (
            before.kind == "role"
            and not before.entry.person_role
            and atom.kind == "metonym"
            and not atom.genitive  # "die Finanzverwaltung Berlins" is Berlin's, not a name
            and text[before.end : atom.start] == " "
            and atom.entry.sector is not None
            and atom.entry.sector == before.entry.sector
        ):
            return False
        atom.how = f"'{text[before.start : before.end]}' names the kind of {atom.how}"
        atom.start = before.start
        return True

    return _merge_into_next(atoms, merge)


def _merge_into_next(atoms: list[Atom], merge: Callable[[Atom, Atom], bool]) -> list[Atom]:
    """One pass in text order: where `merge(before, atom)` took the atom before into the
    atom (and said so by returning True), the atom replaces it."""
    out: list[Atom] = []
    for atom in atoms:
        if out and merge(out[-1], atom):
            out[-1] = atom
        else:
            out.append(atom)
    return out


def attach_names(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for index, atom in enumerate(atoms):
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == "role"
            and before.person is None
            and atom.kind == "person"
            and (
                text[before.end : atom.start] == " "
                or (text[before.end : atom.start] == ", " and before.entry.person_role)
            )
        ):
            before.person, before.end = atom.person, atom.end
            before.person_text = text[atom.start : atom.end]
            before.how += f"; {atom.how}"
            continue
        out.append(atom)
        if atom.kind == "role" and atom.entry.person_role and atom.person is None:
            # Any person role may carry a name ("Wirtschaftsminister Gabriel"); without a
            # country the resolver keeps it only if it names one listed person.
            limit = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
            _unknown_name(text, atom, limit)
    return out


def _unknown_name(text: str, atom: Atom, limit: int) -> None:
    """'Vizeaußenminister Ma Zhaoxu': capitalised words right after a person role."""
    words = []
    position = atom.end
    for match in re.finditer(r"\s([^\s,.;:!?()\"“”„]+)", text[atom.end : limit]):
        if match.start() != position - atom.end:
            break
        word = match.group(1)
        if not NAME_WORD_RE.match(word) or word in NOT_NAMES:
            break
        words.append(word)
        position = atom.end + match.end()
        if len(words) == 3:
            break
    if words:
        atom.name_text = " ".join(words)
        atom.end = position
        atom.how += f"; name '{atom.name_text}' follows the role"


def attach_leaders(text: str, atoms: list[Atom]) -> list[Atom]:
    """A state's institution named after its leader or its territory:

      "Assads Truppen", "Putins Regierung"              genitive person + institution
      "die Armee von Präsident Assad", "Truppen des Assad-Regimes"   institution + person
      "Regierungstruppen in Syrien", "Regierungskräfte in Aleppo"   government's + where

    The institution takes the leader's country (the resolver reads the person's term on
    the date). Only institutions: "Putins Sprecher" or "der Gast von Präsident Xi" may be
    of another country."""

    def merge(before: Atom, atom: Atom) -> bool:
        if _institution(atom) and _leader(before) and before.genitive:
            if not fillers_only(text[before.end : atom.start]):
                return False
            atom.person, atom.person_text = before.person, text[before.start : before.end]
            atom.how = f"{before.how} + {atom.how}: the leader's institution"
            atom.start = before.start
            return True
        return False

    out: list[Atom] = []
    for atom in _merge_into_next(atoms, merge):
        before = out[-1] if out else None
        if before is not None and _institution(before) and before.complement is None:
            gap = text[before.end : atom.start]
            if _leader(atom) and GENITIVE_LINK_RE.match(gap):
                before.person, before.end = atom.person, atom.end
                before.person_text = text[atom.start : atom.end]
                before.how += f"; of {atom.how}: the leader's institution"
                continue
            if (
                gap == " in "
                and (
                    atom.kind == "country"
                    or (atom.kind == "place" and before.entry.sector == "MIL")
                )
                and GOVERNMENT_WORD_RE.match(text[before.start : before.end])
            ):
                # the government of a country is its state; government troops in a city are
                # the state's ("die Regierung in Mailand" is the region's, not Italy's)
                before.complement, before.end = atom, atom.end
                continue
        out.append(atom)
    return out


def _institution(atom: Atom) -> bool:
    """A role that names a body of a state, not one person or a source of news."""
    return (
        atom.kind == "role"
        and not atom.entry.person_role
        and not atom.entry.informant
        and atom.modifier is None
        and atom.person is None
        and atom.complement is None
        and not atom.joint
    )


def _leader(atom: Atom) -> bool:
    """A known person alone ("Assads") or behind a title ("Präsident Assad") or a
    government word ("Assad-Regime"), without a country written before it."""
    return atom.person is not None and atom.modifier is None and atom.kind in ("person", "role")


def attach_complements(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == "role"
            and (before.modifier is None or before.modifier.weak_prefix)  # "Bundes-": a guess
            and before.name_text is None  # "sagte Ministerin X der Belgrader Zeitung"
        ):
            gap = text[before.end : atom.start]
            linked = GENITIVE_LINK_RE.match(gap) or (gap == " " and atom.genitive)
            actor_like = atom.kind in GENITIVE_KINDS or (
                atom.kind == "role" and atom.modifier is not None
            )
            if linked and actor_like:
                before.complement, before.end = atom, atom.end
                continue
        out.append(atom)
    return out


def attach_appositions(text: str, atoms: list[Atom]) -> None:
    """'Xiang Haoyu, Forschungsstipendiat am ...', 'David Santoro, ein US-Wissenschaftler':
    an unknown two- or three-word name, a comma, then a person role."""
    previous_end = 0
    for atom in atoms:
        if (
            atom.kind == "role"
            and atom.entry.person_role
            and atom.person is None
            and atom.name_text is None
            and (atom.modifier or atom.complement or atom.entry.informant)
        ):
            found = APPOSITION_RE.search(text, previous_end, atom.start)
            if found and found.end() == atom.start and _looks_like_name(found.group(1)):
                atom.name_text = found.group(1)
                atom.start = found.start(1)
                atom.how = f"name '{atom.name_text}' in apposition; {atom.how}"
        previous_end = atom.end
    for index, atom in enumerate(atoms):
        if atom.kind == "role" and atom.entry.person_role and atom.complement is not None:
            limit = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
            _trailing_name(text, atom, limit)


def _trailing_name(text: str, atom: Atom, limit: int) -> None:
    """'der Außenminister Bulgariens, Daniel Mitrow, sagte': a role with its country
    behind it, then a two- or three-word name set off by commas (or ending the sentence)."""
    if atom.person is not None or atom.name_text is not None:
        return
    found = TRAILING_NAME_RE.match(text, atom.end, limit + 1)
    if found and _looks_like_name(found.group(1)):
        atom.name_text = found.group(1)
        atom.end = found.end(1)
        atom.how += f"; name '{atom.name_text}' in apposition"


def _is_modifier(atom: Atom) -> bool:
    if atom.joint or atom.kind in MODIFIER_KINDS:
        return True
    return atom.genitive and atom.kind in GENITIVE_KINDS


def _looks_like_name(words: str) -> bool:
    parts = words.split()
    return not any(p in NOT_NAME_WORDS or p.lower().endswith(NOUN_ENDINGS) for p in parts)


def fillers_only(gap: str) -> bool:
    if gap == " ":
        return True
    if not FILLER_RE.match(gap):
        return False
    return not any(word in FILLER_STOPWORDS for word in gap.split())
