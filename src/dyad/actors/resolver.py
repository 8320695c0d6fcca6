"""Step 3 of resolution: combined atoms -> Mentions with CAMEO-style codes.

tokens -> atoms (atoms.py) -> combined readings (combine.py) -> mentions (here).
A role with a country and an office gets its holder on the date from people.tsv;
a known person is coded by their office term on the date.
"""

from __future__ import annotations

import time
from functools import cache

from dyad.actors.ambiguous import AmbiguousNames
from dyad.actors.atoms import Atom, AtomFinder
from dyad.actors.combine import combine, fillers_only
from dyad.actors.document import DocumentContext
from dyad.actors.federal import FederalTitles
from dyad.actors.home import HomeFinder
from dyad.actors.lexicon import Entry, load_lexicon
from dyad.actors.located import LocatedInstitutions, dateline_minister, dateline_place
from dyad.actors.people import UNDATED, People
from dyad.actors.places import drop_places_named_like_people
from dyad.model import Mention

# "X-Chef" of a seat whose sector is not the government's: the head of that sector.
HEAD_OF = {"MIL": ("defence_minister",), "SPY": ("intelligence_chief",)}
# States whose head is not a national of them: a nationality adjective before the Pope
# ("der argentinische Pontifex") says where he comes from, not whom he represents. The
# same holds for every office of an IGO ("der südkoreanische UN-Generalsekretär").
NOT_NATIONAL_OFFICES = {"VAT"}


class ActorResolver:
    """Finds actor mentions in a sentence and resolves them to CAMEO-style codes."""

    def __init__(self) -> None:
        started = time.perf_counter()
        self.lexicon = load_lexicon()
        self.people = People.load()
        drop_places_named_like_people(self.lexicon, self.people)
        self.ambiguous = AmbiguousNames(self.lexicon)
        self.atoms = AtomFinder(self.lexicon, self.people)
        self.federal = FederalTitles(self.lexicon)
        self.home = HomeFinder(self.people)
        self.located = LocatedInstitutions()
        self.load_seconds = time.perf_counter() - started

    @classmethod
    @cache
    def load(cls) -> ActorResolver:
        return cls()

    def sizes(self) -> dict[str, int]:
        return {**self.lexicon.sizes, "people": len(self.people)}

    def document_context(
        self, text: str, outlet: str | None = None, date: str | None = None, url: str | None = None
    ) -> DocumentContext:
        """What `find` should know of the whole document: its home country (from the
        full text and the outlet's name or site) and, as sentences are read in order,
        the names it introduced with a title, and how it reads names two states share."""
        home = self.home.find(text, " ".join(filter(None, (outlet, url))) or None, date)
        dateline, dateline_how = dateline_place(text, self.lexicon)
        return DocumentContext(
            home.country,
            home.how,
            readings=self.ambiguous.decide(text),
            dateline=dateline,
            dateline_how=dateline_how,
        )

    def find(
        self,
        text: str,
        date: str | None = None,
        lang: str = "de",
        context: DocumentContext | None = None,
    ) -> list[Mention]:
        atoms = self.atoms.find(text, date, lang)
        atoms = self.ambiguous.apply(text, atoms, context.readings if context else None)
        if lang == "de":
            atoms = self.federal.apply(text, atoms, context.home if context else None)
        atoms = combine(text, atoms, lang, self.located.apply if lang == "de" else None)
        atoms = self._origin_adjectives(text, atoms, date)
        mentions: list[Mention] = []
        for atom in atoms:
            found = self._mentions(text, atom, date)
            if (
                not found
                and context
                and self._dateline_lends(context)
                and dateline_minister(text, atom)
            ):
                # "Manila (dpa) - ... Verteidigungsminister Gilberto Teodoro": nothing else
                # codes the title, so the report's capital lends its state
                atom.modifier, atom.modifier_how = context.dateline, context.dateline_how
                atom.how += f"; {context.dateline_how}: an unlisted minister, no country written"
                found = self._mentions(text, atom, date)
            mentions.extend(found)
        if context is not None:
            context.learn(mentions, self.lexicon)
            mentions = context.recall(text, mentions)
        return mentions

    @staticmethod
    def _dateline_lends(context: DocumentContext) -> bool:
        """A dateline capital lends its state unless the outlet is of another country
        ("Kiew (APA) - ... Außenministerin X" in an Austrian paper is Austria's)."""
        dateline = context.dateline
        return dateline is not None and context.home in (None, dateline.country)

    def _origin_adjectives(self, text: str, atoms: list[Atom], date: str | None) -> list[Atom]:
        """'der argentinische Pontifex', 'der portugiesische UN-Generalsekretär Guterres':
        the adjective joins the office holder's mention and codes nothing itself."""
        out: list[Atom] = []
        for atom in atoms:
            before = out[-1] if out else None
            if (
                before is not None
                and before.kind == "adjective"
                and not before.joint
                and fillers_only(text[before.end : atom.start])
                and self._represents_no_nation(atom, date)
            ):
                atom.start = before.start
                atom.how = f"{before.how}: origin only, {atom.how}"
                out[-1] = atom
                continue
            out.append(atom)
        return out

    def _represents_no_nation(self, atom: Atom, date: str | None) -> bool:
        if atom.person is not None:
            term, _ = self.people.term_on(atom.person, date)
            return term.igo is not None or term.country in NOT_NATIONAL_OFFICES
        if not atom.entry.person_role or atom.entry.sender:
            return False
        if atom.kind == "metonym":
            return atom.entry.igo is not None or atom.entry.country in NOT_NATIONAL_OFFICES
        context = atom.modifier or (atom.complement.entry if atom.complement else None)
        if atom.kind != "role" or context is None:
            return False
        return context.igo is not None or context.country in NOT_NATIONAL_OFFICES

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
        if entry.kind in ("city_adjective", "not_actor"):
            return []  # "Pekinger" alone says where, not who; "Paris Saint-Germain" is a club
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
        sector = term.sector if status in ("in office", "named in the text", UNDATED) else "ELI"
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

    def _other_country(self, atom: Atom, context: Entry | None, date: str | None) -> bool:
        """A surname after a national role names someone of another country."""
        if context is None or context.country is None or context.igo or " " in atom.person_text:
            return False
        term = self.people.term_on(atom.person or "", date)[0]
        return term.country is not None and term.country != context.country and not term.igo

    def _role_mention(self, atom: Atom, span: str, date: str | None) -> Mention | None:
        role = atom.entry
        context = atom.modifier or (atom.complement.modifier if atom.complement else None)
        if atom.complement is not None and atom.complement.kind != "role":
            context = atom.complement.entry
        if role.place_after and atom.complement is not None and atom.modifier is None:
            return None  # "Flüchtlinge von Serbien": Serbia is where they are, not who acts
        if atom.person is not None and self._other_country(atom, context, date):
            # "der chinesische Botschafter Wu ...": the written country and role win over a
            # namesake of another country that the surname alone would pick.
            atom.how += f"; not {atom.person}: the role's country is {context.country}"
            atom.person, atom.name_text = None, atom.person_text
        if atom.person is not None:
            surname = span.split()[-1]
            if (
                role.offices
                and " " not in atom.person_text
                and not self.people.term_in_office(atom.person, role.offices, None)
            ):
                # "Innenminister Sobotka": the Sobotka who held that office, not the
                # namesake the surname alone would pick on the date.
                other = self.people.holder_named(role.offices, surname, date)
                other = other or self.people.holder_named(role.offices, surname, None)
                if other is not None and surname in self.people.names_of(other.name):
                    atom.person = other.name
            mention = self._person_mention(atom, span, date, role)
            mention.kind = "role+person"
            if atom.modifier_how:
                mention.how = f"{atom.modifier_how} + {mention.how}"
            if atom.former:
                mention.sector, mention.code = "ELI", (mention.country or "") + "ELI"
            return mention
        if context is None and atom.name_text and role.offices and not atom.former:
            # "Außenminister Wang" without a country: the one holder of such an office
            # on the date who bears that name, if there is exactly one.
            term = self.people.holder_named(role.offices, atom.name_text, date)
            if term is not None:
                sector = term.sector
                code = term.actor_code + ("" if term.igo else sector)
                how = f"{atom.how}; the only {term.role} named so on {date or 'latest'}: "
                how += f"{term.name} (people.tsv:{term.id})"
                return _mention(atom, span, code, term.country, sector, term.name,
                                f"people.tsv:{term.id}", "role+person", how)  # fmt: skip
        if context is None and atom.name_text and " " not in atom.name_text and not role.informant:
            # "Wirtschaftsminister Gabriel": a surname too common to resolve alone (or a
            # title without an office key) names the one listed person so called.
            person = self.people.only_person_named(atom.name_text, date)
            if person is not None:
                atom.person = person
                mention = self._person_mention(atom, span, date, role)
                mention.kind = "role+person"
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
        if role.offices and context and not (atom.derived or atom.former):
            offices = role.offices
            if "leader" in offices and context.kind == "metonym" and context.sector in HEAD_OF:
                offices = HEAD_OF[context.sector]  # "Pentagon-Chef": the defence secretary
            term = self.people.holder(igo or country or "", offices, date)
            if (
                name
                and context.weak_prefix
                and not (term and self.people.has_name(term.name, name))
            ):
                # "Bundespräsident Fischer" in an Austrian text: the named holder's country
                named = self.people.holder_named(offices, name, date)
                if named is not None:
                    term, country, sector = named, named.country, named.sector
                    code = named.actor_code + ("" if named.igo else sector)
                    how += f"; '{name}' names {named.name} of {named.actor_code}, not Germany"
            # A written name must be the holder's ("Premier Li", "Ratspräsident Michel":
            # surnames too common to resolve alone); another name is kept as written.
            if term is not None and (name is None or self.people.has_name(term.name, name)):
                name, entry = term.name, f"people.tsv:{term.id}"
                how += f"; holder on {date or 'latest'}: {term.name} (people.tsv:{term.id})"
        mention = _mention(atom, span, code, country, sector, name, entry, "role", how)
        mention.informant = role.informant
        return mention


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
