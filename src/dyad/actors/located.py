"""A bare government institution placed by a capital in its clause.

  fronted  "In Taipeh bedankte sich das Präsidialamt bei ...", "In Peking reagierte das
           Außenministerium gelassen": a clause opening with 'In' + a capital, seat or
           state, then the verb, then the institution with its article;
  after    "der Generalstab in Seoul", "das Außenministerium in Peking": the institution,
           'in', a capital or seat (not "die Regierung in Kiew": the capital alone codes
           that already, and the event coder reads the clause by it).

The institution is then that state's. A third, weaker placing is the dateline's:

  dateline "Manila (dpa) - ... Verteidigungsminister Gilberto Teodoro dankte Tokio": a
           minister the tables do not know, with no country written, in a report filed
           from one capital, is that capital's state's minister (only where nothing else
           codes the title; never for a known person, a title with a nationality, a name
           with a party tag "(SPD)", or where the document's home is another country:
           an outlet's own ministers travel).

The first two take only the government institutions of data/located_institutions.tsv,
only without a country of their own ("das deutsche
Außenministerium" stays German), and only capitals and seats of government
(metonyms.tsv) or states: a city that is no capital ("In Genf ...") places nothing.
"""

from __future__ import annotations

import re

from dyad.actors.atoms import Atom
from dyad.actors.combine import _looks_like_name
from dyad.actors.lexicon import Entry, Lexicon, read_tsv, split_forms

# from the clause start to the place: "In ", "Auch in ", "In der Hauptstadt ", "In der "
# (Ukraine), "In den " (USA)
FRONTED_RE = re.compile(
    r"(?:^|[.;:!?]\s+)[\"„“»]?(?:(?:Auch|Und|Aber|Doch|Selbst)\s+)?(?:[Ii]n|[Ii]m)"
    r"(?:\s+der\s+(?:[a-zäöü]+en\s+)?Hauptstadt|\s+de[rn])?\s+$"
)
# from the place to the institution: a lower-case finite verb, up to four more words, and
# the article; no clause boundary and no conjunction that starts another clause
BETWEEN_RE = re.compile(
    r"^\s+[a-zäöüß]+(?:\s+[\wäöüß]+){0,4}?\s+(?:das|die|der)(?:\s+[a-zäöüß]+(?:e|en))?\s+$"
)
NOT_BETWEEN = {"und", "oder", "aber", "dass", "wo", "als", "wie", "weil", "wenn", "ob"}
PLACE_KINDS = {"metonym", "country"}
# "Manila (dpa) - ", "Seoul – ": one place (no "Peking/Taipeh"), an optional agency, a dash;
# at the start of a line or, in texts without line breaks, right after the lead sentence
DATELINE_RE = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*([A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*)?)[ \t]*"
    r"(?:\([^()/\n]{2,30}\))?[ \t]*[-–—] ",
    re.M,
)
DATELINE_HEAD = 600  # the dateline opens the report, after a headline, a date or a lead
# "Svenja Schulze (SPD)": German-language news tags its own politicians with their party
PARTY_TAG_RE = re.compile(r"\s*\([^()\d]{1,15}\)")


class LocatedInstitutions:
    def __init__(self) -> None:
        self.forms: dict[str, str] = {}
        self.placed_after: set[str] = set()  # rows that "in <capital>" after them places
        for row in read_tsv("located_institutions.tsv"):
            source = f"located_institutions.tsv:{row['id']}"
            for form in split_forms(row["forms"]):
                self.forms[form] = source
            if row["after"] == "1":
                self.placed_after.add(source)

    def apply(self, text: str, atoms: list[Atom]) -> list[Atom]:
        out: list[Atom] = []
        for atom in atoms:
            before = out[-1] if out else None
            row = self._bare(text, before) if before is not None else None
            if (
                before is not None
                and row in self.placed_after
                and self._located_after(text, before, atom)
            ):
                # "der Generalstab in Seoul": one mention, the capital inside it
                _place(before, atom, f"'in {text[atom.start : atom.end]}' after it", row)
                before.end = atom.end
                continue
            row = self._bare(text, atom)
            opening = self._fronted(text, before, atom) if before is not None and row else None
            if before is not None and row and opening:
                _place(atom, before, f"the clause opens with '{opening}'", row)
            out.append(atom)
        return out

    def _bare(self, text: str, atom: Atom) -> str | None:
        """The table row of a bare institution atom, if it is one."""
        if (
            atom.kind != "role"
            or atom.modifier is not None
            or atom.complement is not None
            or atom.person is not None
            or atom.former
            or atom.joint
        ):
            return None
        return self.forms.get(text[atom.start : atom.end].split(" ")[0])

    @staticmethod
    def _located_after(text: str, institution: Atom, place: Atom) -> bool:
        return _is_place(place, {"metonym"}) and text[institution.end : place.start] == " in "

    @staticmethod
    def _fronted(text: str, place: Atom, institution: Atom) -> str | None:
        """'In Taipeh' when the clause opens with it and the institution follows the verb."""
        if not _is_place(place, PLACE_KINDS):
            return None
        opening = FRONTED_RE.search(text[max(0, place.start - 60) : place.start])
        between = text[place.end : institution.start]
        if not opening or not BETWEEN_RE.match(between) or NOT_BETWEEN & set(between.split()):
            return None
        written = opening.group().lstrip('.;:!?"„“» ')
        return written + text[place.start : place.end]


def _is_place(atom: Atom, kinds: set[str]) -> bool:
    """A state, or a capital or seat of its government (not an IGO's seat, not a city)."""
    entry = atom.entry
    return (
        atom.kind in kinds
        and entry.country is not None
        and entry.igo is None
        and (atom.kind == "country" or entry.sector == "GOV")
    )


def _place(institution: Atom, place: Atom, why: str, row: str) -> None:
    institution.modifier = place.entry
    institution.modifier_how = f"{place.how}: {why} ({row})"
    institution.how = f"{institution.how}; placed by {place.how}: {why} ({row})"


def dateline_place(text: str, lexicon: Lexicon) -> tuple[Entry | None, str]:
    """The capital a report was filed from, if its dateline names one capital alone."""
    found = DATELINE_RE.search(text[:DATELINE_HEAD])
    if not found:
        return None, ""
    readings = lexicon.lookup(found.group(1), "de")
    entry = readings[0] if readings else None
    if entry is None or entry.kind != "metonym" or entry.igo or entry.sector != "GOV":
        return None, ""  # a city, a region or an IGO's seat: no state to lend
    return entry, f"dateline '{found.group().strip()}' = {entry.country} ({entry.entry})"


def dateline_minister(text: str, atom: Atom) -> bool:
    """A minister's title alone with a name the tables do not know: 'Verteidigungsminister
    Gilberto Teodoro', 'Vizeaußenminister Kim Hong-kyun'."""
    title = text[atom.start : atom.end].split(" ")[0]
    return (
        atom.kind == "role"
        and atom.entry.person_role
        and not atom.entry.informant
        and atom.modifier is None
        and atom.complement is None
        and atom.person is None
        and not atom.former
        and atom.name_text is not None
        and "minister" in title.lower()
        and _looks_like_name(atom.name_text)
        and not PARTY_TAG_RE.match(text, atom.end)
    )
