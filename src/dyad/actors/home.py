"""A document's home country: where the outlet that wrote it stands.

German is written in three federations, and each calls its own government
"Bundesregierung", its own head of state "Bundespräsident". A bare federal title
means the home country's institution, so a document from Vienna must not read it as
German. The home is inferred only from strong evidence in the document itself
(data/home_evidence.tsv: agency tags, outlets, party tags, national words) and from
the office holders of those countries that the text names (data/people.tsv). When the
evidence is weak or mixed there is no home and the titles keep their German reading.

What is inferred is, strictly, whose federal titles the text uses: an Austrian paper's
report on Berlin politics (Merkel, CDU, Bundestag) gets Germany, which is what its bare
"Bundesregierung" means there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from dyad.actors.lexicon import read_tsv
from dyad.actors.people import UNDATED, People

HOMES = ("AUT", "CHE", "DEU")
# Evidence needed before a home is believed, and how far it must lead the next country:
# an Austrian agency tag alone (3) suffices; an Austrian text about Berlin is mixed.
MIN_SCORE = 3
LEAD_FACTOR = 2
# An outlet named by the ingest record (its name or site) is evidence enough alone.
OUTLET_FIELD_WEIGHT = 4
# A title right before a surname that is also a word: "Außenminister Kurz".
TITLE_BEFORE = r"(?:[Mm]inister|[Kk]anzler|[Pp]räsident|[Cc]hef)(?:in)? "
# Office holders of a country named in the text: one point each, at most this many, so
# that they alone never make a home (a German report on Austrian politics names many).
PEOPLE_CAP = 2


@dataclass(frozen=True)
class Evidence:
    id: str
    country: str
    kind: str
    pattern: re.Pattern[str]
    weight: int


@dataclass(frozen=True)
class Home:
    country: str | None
    how: str  # which evidence, for `dyad explain`


class HomeFinder:
    def __init__(self, people: People) -> None:
        self.evidence = [
            Evidence(
                row["id"],
                row["country"],
                row["kind"],
                re.compile(row["pattern"], re.M),
                int(row["weight"]),
            )
            for row in read_tsv("home_evidence.tsv")
        ]
        self.people = people
        # one-word and full names of national office holders of the three federations
        self.names: dict[str, set[str]] = defaultdict(set)  # name form -> persons
        for person, terms in people.terms_by_person.items():
            if any(t.country in HOMES and t.igo is None for t in terms):
                for form in {*people.forms.get(person, [person]), *people.names_of(person)}:
                    self.names[form].add(person)
        self.name_re = re.compile(
            r"\b(?:" + "|".join(sorted(map(re.escape, self.names), key=len, reverse=True)) + r")\b"
        )

    def find(self, text: str, outlet: str | None = None, date: str | None = None) -> Home:
        scores: dict[str, int] = defaultdict(int)
        reasons: dict[str, list[str]] = defaultdict(list)
        for evidence in self.evidence:
            hit = outlet and evidence.kind == "outlet" and evidence.pattern.search(outlet)
            # the record's own outlet or site is stronger than an outlet named in the text
            weight = max(evidence.weight, OUTLET_FIELD_WEIGHT) if hit else evidence.weight
            hit = hit or evidence.pattern.search(text)
            if hit:
                scores[evidence.country] += weight
                reasons[evidence.country].append(f"{evidence.id} '{hit.group().strip()}'")
        for country, persons in self._office_holders(text, date).items():
            scores[country] += min(len(persons), PEOPLE_CAP)
            reasons[country].append("office holders " + ", ".join(sorted(persons)))
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        summary = "; ".join(f"{c} {s} ({', '.join(reasons[c])})" for c, s in ranked)
        if not ranked or ranked[0][1] < MIN_SCORE:
            return Home(None, f"no home country: too little evidence ({summary or 'none'})")
        top, score = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if score < LEAD_FACTOR * second:
            return Home(None, f"no home country: mixed evidence ({summary})")
        return Home(top, f"home country {top}: {summary}")

    def _office_holders(self, text: str, date: str | None) -> dict[str, set[str]]:
        """Countries of the national office holders the text names, in office on the date
        (or at any time when undated); a name that fits two of them counts for none."""
        found: dict[str, set[str]] = defaultdict(set)
        for form in set(self.name_re.findall(text)):
            if (
                " " not in form
                and form not in self.people.surnames
                and not re.search(TITLE_BEFORE + re.escape(form) + r"\b", text)
            ):
                continue  # "Kurz", "Fischer" alone: also common words; "Minister Kurz" counts
            holders = {}
            for person in self.names[form]:
                term, status = self.people.term_on(person, date)
                if term.country in HOMES and status in ("in office", UNDATED):
                    holders[person] = term.country
            if len(holders) == 1:
                person, country = holders.popitem()
                found[country].add(person)
        return found
