"""Names that two states share, read the way the document fixes them.

'Kongo' is the Republic of the Congo or the DR Congo; 'Korea' is the peninsula or either
state (data/ambiguous_names.tsv). A bare ambiguous name takes the one reading that the
document fixes explicitly: the state's full name, its capital, its leaders
(data/ambiguous_evidence.tsv), anywhere in the text, so that a headline's "Kongo" is read
by the "Demokratische Republik Kongo" of the first paragraph. When the document fixes
none of the readings or more than one, the row's default stays; 'Korea' has none and
then names no state.

Names that merely look alike are different words and need no rule: 'Guinea',
'Guinea-Bissau', 'Äquatorialguinea'; 'Sudan', 'Südsudan'; 'Niger', 'Nigeria';
'Irland', 'Nordirland' (a region of GBR, regions.tsv).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from dyad.actors.atoms import Atom
from dyad.actors.lexicon import Entry, Lexicon, read_tsv, split_forms

READ_AS = ("country", "adjective", "ambiguous")  # the kinds an ambiguous form can have


@dataclass(frozen=True)
class AmbiguousName:
    id: str
    form: str  # the name or adjective stem as the lexicon labels it
    readings: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class Reading:
    country: str
    why: str  # the evidence, for `dyad explain`


class AmbiguousNames:
    def __init__(self, lexicon: Lexicon) -> None:
        self.by_form: dict[str, AmbiguousName] = {}
        for row in read_tsv("ambiguous_names.tsv"):
            name = AmbiguousName(
                row["id"], row["form"], tuple(split_forms(row["readings"])), row["default"] or None
            )
            self.by_form[name.form] = name
            if not lexicon.lookup(name.form, "de"):
                # 'Korea' has no reading of its own; the atom exists to be decided here
                entry = Entry("ambiguous", f"ambiguous_names.tsv:{name.id}", label=name.form)
                lexicon.add(name.form, entry)
        self.evidence: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
        for row in read_tsv("ambiguous_evidence.tsv"):
            self.evidence[row["country"]].append((row["id"], re.compile(row["pattern"])))
        # most texts name none of the forms: a substring test skips them
        self.cues = tuple({name.form[:5].lower() for name in self.by_form.values()})

    def decide(self, text: str) -> dict[str, Reading]:
        """The reading each ambiguous name takes in this text: the one state the text
        fixes among the name's readings, if exactly one."""
        lowered = text.lower()
        if not any(cue in lowered for cue in self.cues):
            return {}
        found: dict[str, str] = {}
        for country, patterns in self.evidence.items():
            for evidence_id, pattern in patterns:
                hit = pattern.search(text)
                if hit:
                    found[country] = f"'{hit.group()}' (ambiguous_evidence.tsv:{evidence_id})"
                    break
        decided = {}
        for name in self.by_form.values():
            fixed = [country for country in name.readings if country in found]
            if len(fixed) == 1:
                decided[name.id] = Reading(fixed[0], found[fixed[0]])
        return decided

    def apply(self, text: str, atoms: list[Atom], decided: dict[str, Reading] | None) -> list[Atom]:
        """Atoms of an ambiguous form get the document's reading, else the default; an
        atom with neither (a bare 'Korea') is dropped."""
        out: list[Atom] = []
        for atom in atoms:
            if atom.modifier is not None:
                atom.modifier = self._read(text, atom.modifier, decided)[0] or atom.modifier
            entry, why = self._read(text, atom.entry, decided)
            if entry is None:
                continue
            if why:
                atom.entry, atom.how = entry, f"{atom.how}; {why}"
            out.append(atom)
        return out

    def _read(
        self, text: str, entry: Entry, decided: dict[str, Reading] | None
    ) -> tuple[Entry | None, str]:
        name = self.by_form.get(entry.label)
        if name is None or entry.kind not in READ_AS:
            return entry, ""
        if entry.kind != "ambiguous" and entry.country not in name.readings:
            return entry, ""
        if decided is None:  # a sentence read alone is its own document
            decided = self.decide(text)
        reading = decided.get(name.id)
        country = reading.country if reading else name.default
        if country is None:
            return None, ""
        if country == entry.country:
            return entry, f"the document fixes {country}: {reading.why}" if reading else ""
        kind = "country" if entry.kind == "ambiguous" else entry.kind
        source = f"ambiguous_names.tsv:{name.id}"
        why = f"the document fixes {country}: {reading.why}" if reading else "default reading"
        return Entry(kind, source, country, label=entry.label, lang=entry.lang), why
