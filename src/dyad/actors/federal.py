"""Federal titles read in the federation they belong to (data/federal_titles.tsv).

'Bundesregierung', 'Bundespräsident', 'Bundesrat' name an institution of Austria,
Germany or Switzerland. Which one, in order:

  1. the country written before the title: "die österreichische Bundesregierung",
     "Österreichs Bundespräsident", "der Schweizer Bundesrat"; or the federation's
     capital after it: "die Bundesregierung in Wien" (a genitive after it, "der
     Bundespräsident Österreichs", is combine.py's complement);
  2. the document's home country (home.py), when the title exists there;
  3. otherwise the reading the lexicon gives (the German one), as before.

A name after the title still decides (the resolver's 'Bundespräsident Fischer' rule),
because the home country is passed on as a weak modifier, like 'Bundes-' itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.actors.atoms import Atom, tokenize
from dyad.actors.combine import fillers_only
from dyad.actors.forms import role_forms
from dyad.actors.lexicon import Entry, Lexicon, read_tsv, split_forms


@dataclass(frozen=True)
class FederalTitle:
    id: str
    sector: str
    homes: tuple[str, ...]  # federations where the bare title names the state's own body


class FederalTitles:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.by_form: dict[str, FederalTitle] = {}
        for row in read_tsv("federal_titles.tsv"):
            title = FederalTitle(row["id"], row["sector"], tuple(split_forms(row["homes"])))
            for form in split_forms(row["forms"]):
                # no feminine forms generated: 'Bundeskanzlerin' has its own row and homes
                for variant in role_forms(form, False, "de"):
                    self.by_form.setdefault(variant, title)
        # most sentences name no federal title: a substring test on the titles' first
        # letters ("Bundes", "Nation", "Kanzle") skips them
        self.openings = tuple({form[:6] for form in self.by_form})

    def apply(self, text: str, atoms: list[Atom], home: str | None) -> list[Atom]:
        if not any(opening in text for opening in self.openings):
            return atoms
        atoms = self._add_bodies(text, atoms, home)
        out: list[Atom] = []
        seats: set[int] = set()  # atoms taken into the title before them
        for index, atom in enumerate(atoms):
            if index in seats:
                continue
            title = self._title_of(text, atom)
            if title is None:
                out.append(atom)
                continue
            before = out[-1] if out else None
            written = self._country_before(text, before, atom, title)
            if before is not None and written is not None:
                self._assign(atom, title, written, f"{before.how} names the federation")
                atom.start = before.start
                out[-1] = atom
                continue
            seat = atoms[index + 1] if index + 1 < len(atoms) else None
            if self._seat_after(text, atom, seat, title) and seat is not None:
                # "die Bundesregierung in Wien": the capital names the federation
                self._assign(atom, title, seat.entry, f"{seat.how} names the federation")
                atom.end = seat.end
                seats.add(index + 1)
                out.append(atom)
                continue
            if home in title.homes and atom.entry.country != home:
                home_entry = Entry("country", f"home:{home}", home, label=home, weak_prefix=True)
                self._assign(atom, title, home_entry, f"the document's home country is {home}")
            out.append(atom)
        return out

    def _title_of(self, text: str, atom: Atom) -> FederalTitle | None:
        """The federal title an atom is, if it stands bare (no name, no country of its own)."""
        if atom.kind not in ("role", "metonym") or atom.joint or atom.person is not None:
            return None
        if atom.modifier is not None and not atom.modifier.weak_prefix:
            return None
        return self.by_form.get(text[atom.start : atom.end])

    def _country_before(
        self, text: str, before: Atom | None, atom: Atom, title: FederalTitle
    ) -> Entry | None:
        """'österreichische', 'Österreichs', 'Schweizer' right before the title."""
        if before is None or not fillers_only(text[before.end : atom.start]):
            return None
        entry = before.entry
        if before.kind == "demonym":  # "Schweizer" is also the uninflected adjective
            word = text[before.start : before.end]
            entry = next((e for e in self.lex.lookup(word, "de") if e.kind == "adjective"), entry)
        is_country = entry.kind == "adjective" or (entry.kind == "country" and before.genitive)
        return entry if is_country and entry.country in title.homes else None

    @staticmethod
    def _seat_after(text: str, atom: Atom, seat: Atom | None, title: FederalTitle) -> bool:
        return (
            seat is not None
            and seat.kind == "metonym"
            and seat.entry.sector == "GOV"
            and seat.entry.country in title.homes
            and text[atom.end : seat.start] == " in "
        )

    @staticmethod
    def _assign(atom: Atom, title: FederalTitle, country: Entry, why: str) -> None:
        code = country.country or ""
        if atom.kind == "role":
            atom.modifier, atom.modifier_how = country, why
        else:  # a body named by the title alone: "Bundesregierung", "Bundesrat"
            label = atom.entry.label
            source = f"federal_titles.tsv:{title.id}"
            atom.entry = Entry("metonym", source, code, sector=title.sector, label=label)
        atom.how = f"{atom.how}; {why}: {code}{title.sector} ({title.id})"

    def _add_bodies(self, text: str, atoms: list[Atom], home: str | None) -> list[Atom]:
        """Titles the lexicon does not read at all ('Bundesrat', 'Nationalrat') become
        atoms where the home country or the country written before them has such a body."""
        added = []
        for token in tokenize(text):
            title = self.by_form.get(token.text)
            if title is None or any(a.start < token.end and token.start < a.end for a in atoms):
                continue
            atom = Atom(token.start, token.end, Entry("metonym", "", label=token.text), "")
            before = next((a for a in reversed(atoms) if a.end <= token.start), None)
            written = self._country_before(text, before, atom, title)
            country = written.country if written else home if home in title.homes else None
            if country is None:
                continue
            source = f"federal_titles.tsv:{title.id}"
            atom.entry = Entry("metonym", source, country, sector=title.sector, label=token.text)
            atom.how = f"'{token.text}' = federal title ({title.id})"
            if not written:
                atom.how += f"; the document's home country is {home}"
            added.append(atom)
        return sorted([*atoms, *added], key=lambda a: a.start) if added else atoms
