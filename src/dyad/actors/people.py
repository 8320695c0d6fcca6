"""Office holders over time (data/people.tsv): who held which office on a date.

One row per office term. Rows with the same `name` are one person; the first row
carries the spelling variants. Dates are ISO (YYYY-MM-DD); an empty end means
still in office at the time the file was written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as calendar_date

from dyad.actors.lexicon import read_tsv, split_forms

# In these countries the family name comes first ("Xi Jinping", "Kim Jong Un").
FAMILY_NAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MAC", "SGP"}
LATEST = "9999-12-31"
# Family names this short ("Wu", "Xi", "Ma") resolve alone only for a person in office.
SHORT_SURNAME = 3


@dataclass(frozen=True)
class Term:
    id: str
    name: str
    country: str | None  # ISO3; None for officials of an IGO
    igo: str | None
    sector: str
    role: str  # office key, e.g. "foreign_minister"
    start: str
    end: str  # "" while in office

    def covers(self, date: str) -> bool:
        return self.start <= date and (not self.end or date < self.end)

    @property
    def actor_code(self) -> str:
        return self.igo or self.country or ""


UNDATED = "longest office, date unknown"


class People:
    def __init__(self) -> None:
        self.terms_by_person: dict[str, list[Term]] = defaultdict(list)
        self.full_names: dict[str, str] = {}  # multi-word form -> person
        self.surnames: dict[str, set[str]] = defaultdict(set)  # one-word form -> persons
        self.given_names: dict[str, set[str]] = defaultdict(set)  # person -> first words
        self.forms: dict[str, list[str]] = {}  # person -> every spelling in the file
        self.by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
        self.mid_sentence_surnames: dict[str, set[str]] = defaultdict(set)  # "sagte Kurz"
        self._by_family_name: dict[str, set[str]] = defaultdict(set)  # built on first use
        # "Gabriel": a common first name that names its bearer alone only while in office
        self.office_surnames: dict[str, set[str]] = defaultdict(set)

    @classmethod
    def load(cls) -> People:
        people = cls()
        forms: dict[str, list[str]] = defaultdict(list)
        countries: dict[str, str | None] = {}
        for row in read_tsv("people.tsv"):
            code = row["country"]
            country, igo = (None, code) if code.startswith("IGO") else (code, None)
            term = Term(
                row["id"],
                row["name"],
                country,
                igo,
                row["sector"],
                row["role"],
                row["start"],
                row["end"],
            )
            people.terms_by_person[term.name].append(term)
            people.by_office[(term.actor_code, term.role)].append(term)
            forms[term.name] += [row["name"], *split_forms(row["variants"])]
            countries.setdefault(term.name, country)
        people.forms = dict(forms)
        rows = read_tsv("surname_stoplist.tsv")
        stoplist = {row["word"] for row in rows}
        lowercase_words = {row["word"] for row in rows if row["lowercase_word"] == "1"}
        in_office_words = {row["word"] for row in rows if row["in_office"] == "1"}
        for person, names in forms.items():
            people._index(person, names, countries[person], stoplist)
        # "sagte Kurz": a word written lower case in running text ("kurz", "jung") is a
        # name when it is capitalised inside a sentence.
        for person, names in forms.items():
            for name in people._family_names(names, countries[person]):
                if name in lowercase_words:
                    people.mid_sentence_surnames[name].add(person)
                if name in in_office_words:
                    people.office_surnames[name].add(person)
        return people

    def _index(
        self, person: str, names: list[str], country: str | None, stoplist: set[str]
    ) -> None:
        """Full names always; the family name alone unless it is a common word.

        A person with a one-word variant in the file ("Putin") gets exactly the
        listed one-word forms; otherwise the family name is derived from the
        first full name (first word in East Asian names, last word elsewhere).
        """
        for name in names:
            if " " in name:
                self.full_names[name] = person
                self.given_names[person].add(name.split()[0])
        for name in self._family_names(names, country):
            if name not in stoplist and len(name) > 1:
                self.surnames[name].add(person)

    @staticmethod
    def _family_names(names: list[str], country: str | None) -> list[str]:
        single = [n for n in names if " " not in n]
        if not single:
            words = names[0].split()
            single = [words[0] if country in FAMILY_NAME_FIRST else words[-1]]
        return single

    def __len__(self) -> int:
        return len(self.terms_by_person)

    def term_on(self, person: str, date: str | None) -> tuple[Term, str]:
        """The person's term that best describes them on the date, and its status.

        status is "in office", "former" (every term ended before the date),
        "not yet" (the first term starts after the date) or, without a date, UNDATED
        (the longest term: Schäuble is best known as finance minister, not as the
        Bundestag president he was last).
        """
        terms = sorted(self.terms_by_person[person], key=lambda t: t.start)
        if date is None:
            # Without a date nobody can be called former: a text undated for us was
            # written while someone held the office it reports them acting in.
            current = [t for t in terms if not t.end]
            if current:
                return current[-1], "in office"
            return max(terms, key=lambda t: (_days(t), t.start)), UNDATED
        current = [t for t in terms if t.covers(date)]
        if current:
            return current[-1], "in office"
        past = [t for t in terms if t.start <= date]
        if past:
            return past[-1], "former"
        return terms[0], "not yet"

    def term_in_office(
        self, person: str, offices: tuple[str, ...], date: str | None
    ) -> Term | None:
        """The person's term in one of `offices` covering the date (any, latest, if no date)."""
        terms = [t for t in self.terms_by_person[person] if t.role in offices]
        if date is not None:
            terms = [t for t in terms if t.covers(date)]
        return max(terms, key=lambda t: t.start) if terms else None

    def holder_named(self, offices: tuple[str, ...], written: str, date: str | None) -> Term | None:
        """The one holder of any of `offices` (in any country) on the date named `written`.

        Without a date, a current holder first, then anyone who ever held such an office
        (an undated archive text: "Innenminister Sobotka")."""
        for day in (date or LATEST,) if date else (LATEST, None):
            found = {
                t.name: t
                for (_, role), terms in self.by_office.items()
                if role in offices
                for t in terms
                if (day is None or t.covers(day)) and self.has_name(t.name, written)
            }
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def has_name(self, person: str, written: str) -> bool:
        """Whether `written` ("Li", "Michel", "Wang Yi") is one of the person's names."""
        words = set(written.split())
        return any(words <= set(form.split()) for form in self.forms.get(person, [person]))

    def only_person_named(self, written: str, date: str | None) -> str | None:
        """The one listed person bearing `written` as a family name ("Gabriel" after a
        title); None when two people share it, whatever the date ("Minister Fischer"
        may be neither Joschka nor Heinz Fischer), or when nobody listed is in office
        or was before the date."""
        if not self._by_family_name:
            for person in self.forms:
                for name in self.names_of(person):
                    self._by_family_name[name].add(person)
        persons = list(self._by_family_name.get(written, ()))
        if len(persons) != 1:
            return None
        if date is not None and self.term_on(persons[0], date)[1] == "not yet":
            return None
        return persons[0]

    def names_of(self, person: str) -> set[str]:
        """Family names of a person: the last word of every non-East-Asian full name and
        every one-word form."""
        forms = self.forms.get(person, [person])
        return {f for f in forms if " " not in f} | {f.split()[-1] for f in forms if " " in f}

    def by_surname(self, form: str, date: str | None, mid_sentence: bool = False) -> str | None:
        """The one person a bare surname names on the date, or None when ambiguous."""
        persons = self.surnames.get(form)
        if not persons and mid_sentence:
            persons = self.mid_sentence_surnames.get(form)
        if not persons and form in self.office_surnames and date is not None:
            in_office = {
                p for p in self.office_surnames[form] if self.term_on(p, date)[1] == "in office"
            }
            return next(iter(in_office)) if len(in_office) == 1 else None
        if not persons:
            return None
        if len(form) <= SHORT_SURNAME and date is not None:
            # "Wu", "Xi", "Ma": a short family name alone is shared by millions; it names
            # a listed person only while that one person is in office on the date.
            in_office = {p for p in persons if self.term_on(p, date)[1] == "in office"}
            return next(iter(in_office)) if len(in_office) == 1 else None
        if len(persons) == 1:
            return next(iter(persons))
        in_office = {p for p in persons if self.term_on(p, date)[1] == "in office"}
        return next(iter(in_office)) if len(in_office) == 1 else None

    def holder(self, actor_code: str, offices: tuple[str, ...], date: str | None) -> Term | None:
        """Who held the first of `offices` that was filled in that country on the date."""
        day = date or LATEST
        for office in offices:
            terms = self.by_office.get((actor_code, office), [])
            current = [t for t in terms if t.covers(day)]
            if current:
                return max(current, key=lambda t: t.start)
        return None


def _days(term: Term) -> int:
    """Length of a term in days (a running term counts up to the latest date we know)."""
    end = calendar_date.fromisoformat(term.end) if term.end else calendar_date.today()
    return (end - calendar_date.fromisoformat(term.start)).days
