"""Step 2 of resolution: atoms -> mentions.

Atoms combine into the longest, most specific reading:
  modifier + role        "Chinas Außenminister", "das Pekinger Verteidigungsministerium"
  role + person / name   "US-Außenminister Antony Blinken", "Vizeaußenminister Ma Zhaoxu"
  role + genitive actor  "ein Sprecher des US-Außenministeriums", "Botschafter Chinas"
Then a role with a country and an office gets its holder on the date from people.tsv.
"""

from __future__ import annotations

import re
import time
from functools import cache

from dyad.actors.atoms import FUNCTION_WORDS as CAPITALISED_FUNCTION_WORDS
from dyad.actors.atoms import NOUN_ENDINGS, Atom, AtomFinder
from dyad.actors.lexicon import Entry, load_lexicon
from dyad.actors.people import People
from dyad.model import Mention

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
NOT_NAMES = {"Der", "Die", "Das", "Am", "Im", "In", "Bei", "Mit", "Und", "Auf", "Von", "Zu"}
# An unknown name before a comma apposition: two or three capitalised words.
APPOSITION_RE = re.compile(
    r"((?:[A-ZÄÖÜ][\w'’-]+ ){1,2}[A-ZÄÖÜ][\w'’-]+), (?:(?:ein|eine|einer|der|die|dem|den) )?"
)
NOT_NAME_WORDS = NOT_NAMES | CAPITALISED_FUNCTION_WORDS
# "X-Chef" of a seat whose sector is not the government's: the head of that sector.
HEAD_OF = {"MIL": ("defence_minister",), "SPY": ("intelligence_chief",)}
MODIFIER_KINDS = {"adjective", "city_adjective"}
GENITIVE_KINDS = {"country", "metonym", "igo"}


class ActorResolver:
    """Finds actor mentions in a sentence and resolves them to CAMEO-style codes."""

    def __init__(self) -> None:
        started = time.perf_counter()
        self.lexicon = load_lexicon()
        self.people = People.load()
        self.atoms = AtomFinder(self.lexicon, self.people)
        self.load_seconds = time.perf_counter() - started

    @classmethod
    @cache
    def load(cls) -> ActorResolver:
        return cls()

    def sizes(self) -> dict[str, int]:
        return {**self.lexicon.sizes, "people": len(self.people)}

    def find(self, text: str, date: str | None = None, lang: str = "de") -> list[Mention]:
        atoms = self.atoms.find(text, date, lang)
        atoms = self._attach_modifiers(text, atoms, lang)
        atoms = self._attach_names(text, atoms, date)
        atoms = self._attach_complements(text, atoms)
        self._attach_appositions(text, atoms)
        mentions: list[Mention] = []
        for atom in atoms:
            mentions.extend(self._mentions(text, atom, date))
        return mentions

    # -- combining atoms ------------------------------------------------------------

    def _attach_modifiers(self, text: str, atoms: list[Atom], lang: str) -> list[Atom]:
        out: list[Atom] = []
        for atom in atoms:
            former = FORMER_RE.search(text[max(0, atom.start - 40) : atom.start])
            if atom.kind == "role" and former:
                atom.former = True
                atom.how = f"former ('{former.group().strip()}') + {atom.how}"
            before = out[-1] if out else None
            if (
                before is not None
                and atom.kind == "role"
                and atom.modifier is None
                and _fillers_only(text[before.end : atom.start])
                and (
                    _is_modifier(before)
                    # English noun adjuncts: "U.S. Secretary of State", "NATO Secretary General"
                    or (lang == "en" and before.kind in GENITIVE_KINDS)
                )
            ):
                atom.modifier, atom.modifier_how = before.entry, before.how
                atom.start = before.start
                out[-1] = atom
                continue
            out.append(atom)
        return out

    def _attach_names(self, text: str, atoms: list[Atom], date: str | None) -> list[Atom]:
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
                before.how += f"; {atom.how}"
                continue
            out.append(atom)
            if atom.kind == "role" and atom.entry.person_role and atom.person is None:
                if atom.modifier is not None or atom.entry.informant:
                    limit = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
                    self._unknown_name(text, atom, limit)
        return out

    def _unknown_name(self, text: str, atom: Atom, limit: int) -> None:
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

    def _attach_complements(self, text: str, atoms: list[Atom]) -> list[Atom]:
        out: list[Atom] = []
        for atom in atoms:
            before = out[-1] if out else None
            if before is not None and before.kind == "role" and before.modifier is None:
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

    def _attach_appositions(self, text: str, atoms: list[Atom]) -> None:
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

    # -- building mentions -------------------------------------------------------------

    def _mentions(self, text: str, atom: Atom, date: str | None) -> list[Mention]:
        span = text[atom.start : atom.end]
        entry = atom.entry
        if atom.joint:
            return [
                _mention(atom, span, e.country or "", e.country, None, None, e.entry,
                         "joint-adjective", atom.how)
                for e in atom.joint
            ]  # fmt: skip
        if entry.kind == "person":
            return [self._person_mention(atom, span, date)]
        if entry.kind == "role":
            mention = self._role_mention(atom, span, date)
            return [mention] if mention else []
        if entry.kind == "city_adjective":
            return []  # "Pekinger" alone says where, not who
        sector = entry.sector
        code = (entry.igo or entry.country or "") + ("" if entry.igo else sector or "")
        name = entry.label or span if entry.kind in ("igo", "informant_org") else None
        mention = _mention(atom, span, code, entry.country, sector, name, entry.entry, entry.kind,
                           atom.how)  # fmt: skip
        mention.informant = entry.informant
        return [mention]

    def _person_mention(
        self, atom: Atom, span: str, date: str | None, role: Entry | None = None
    ) -> Mention:
        """A known person; with a role word ("Verteidigungsminister Schoigu") the office
        named in the text is preferred when the person held it on the date (or, without
        a date, ever)."""
        assert atom.person is not None
        term, status = self.people.term_on(atom.person, date)
        if role is not None and role.offices:
            named = self.people.term_in_office(atom.person, role.offices, date)
            if named is not None:
                term, status = named, "in office" if date else "named in the text"
        # Before their first listed office people are prominent, not yet in it
        # (Trump in 2016, Selenskyj in 2018): ELI, like former holders.
        sector = term.sector if status in ("in office", "named in the text") else "ELI"
        if role is not None and role.sector and status != "former":
            if not role.person_role or status == "not yet":
                # "Regierung Kishida": the government; "General David Petraeus" in 2008,
                # before his listed office: what the text calls him.
                sector = role.sector
        code = term.actor_code + ("" if term.igo and sector != "ELI" else sector)
        how = f"{atom.how}; {term.role} of {term.actor_code} {term.start}..{term.end or 'now'}"
        how += f" ({status} on {date or 'latest'}; people.tsv:{term.id})"
        return _mention(atom, span, code, term.country, sector, atom.person,
                        f"people.tsv:{term.id}", "person", how)  # fmt: skip

    def _role_mention(self, atom: Atom, span: str, date: str | None) -> Mention | None:
        role = atom.entry
        context = atom.modifier or (atom.complement.modifier if atom.complement else None)
        if atom.complement is not None and atom.complement.kind != "role":
            context = atom.complement.entry
        if atom.person is not None:
            mention = self._person_mention(atom, span, date, role)
            mention.kind = "role+person"
            if atom.modifier_how:
                mention.how = f"{atom.modifier_how} + {mention.how}"
            if atom.former:
                mention.sector, mention.code = "ELI", (mention.country or "") + "ELI"
            return mention
        if context is None and not (role.informant and role.person_role):
            return None  # a bare "Außenminister" or "Zeitung" names nobody in particular
        if atom.topic:
            context = None
        country = context.country if context else None
        igo = context.igo if context else None
        sector = role.sector
        if sector is None:  # "Sprecher des Pentagons": the speaker's sector is the Pentagon's
            inner = atom.complement.entry if atom.complement else context
            sector = (inner.sector if inner else None) or "GOV"
        if atom.former:
            sector = "ELI"
        code = (igo or "") if igo else (country or "") + sector
        how = atom.how
        if atom.modifier_how:
            how = f"{atom.modifier_how} + {how}"
        if atom.complement is not None:
            how += f"; of {atom.complement.how}"
        name = atom.name_text
        entry = role.entry
        if name is None and role.offices and context and not (atom.derived or atom.former):
            offices = role.offices
            if "leader" in offices and context.kind == "metonym" and context.sector in HEAD_OF:
                offices = HEAD_OF[context.sector]  # "Pentagon-Chef": the defence secretary
            term = self.people.holder(igo or country or "", offices, date)
            if term is not None:
                name, entry = term.name, f"people.tsv:{term.id}"
                how += f"; holder on {date or 'latest'}: {term.name} (people.tsv:{term.id})"
        mention = _mention(atom, span, code, country, sector, name, entry, "role", how)
        mention.informant = role.informant
        return mention


def _is_modifier(atom: Atom) -> bool:
    if atom.joint or atom.kind in MODIFIER_KINDS:
        return True
    return atom.genitive and atom.kind in GENITIVE_KINDS


def _looks_like_name(words: str) -> bool:
    parts = words.split()
    return not any(p in NOT_NAME_WORDS or p.lower().endswith(NOUN_ENDINGS) for p in parts)


def _fillers_only(gap: str) -> bool:
    if gap == " ":
        return True
    if not FILLER_RE.match(gap):
        return False
    return not any(word in FILLER_STOPWORDS for word in gap.split())


def _mention(
    atom: Atom,
    span: str,
    code: str,
    country: str | None,
    sector: str | None,
    name: str | None,
    entry: str,
    kind: str,
    how: str,
) -> Mention:
    return Mention(atom.start, atom.end, span, code, country, sector, name, entry, kind, how)


def describe_entry(entry: Entry) -> str:
    return f"{entry.kind} {entry.entry}"
