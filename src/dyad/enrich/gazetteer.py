"""The offline gazetteer: data/places.tsv (cities >= 15,000 inhabitants and
countries, built by dyad.enrich.build_places) indexed by name form, and the
rules that pick one place for a name."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

# An alternate name beats a place's own name only for a city this many times bigger.
ALTERNATE_OVERRIDE = 5
# A second candidate in another country this close in population makes a name ambiguous.
AMBIGUITY_RATIO = 1 / 3


@dataclass(frozen=True)
class Place:
    id: str
    kind: str  # "city" or "country"
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True)
class Gazetteer:
    rows: list[list[str]]  # the split lines of places.tsv, parsed into a Place on use
    primary: dict[str, list[int]]  # row numbers by the place's own name (and country forms)
    alternate: dict[str, list[int]]  # row numbers by an alternate name from GeoNames
    stop_always: frozenset[str]
    stop_after_article: frozenset[str]

    def places(self, rows: list[int]) -> list[Place]:
        return [_place(tuple(self.rows[row])) for row in rows]


@cache
def _place(row: tuple[str, ...]) -> Place:
    place_id, kind, name, country, lat, lon, population, _ = row
    return Place(
        id=place_id,
        kind=kind,
        name=name,
        country=country or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(population),
    )


def _read(name: str) -> list[dict[str, str]]:
    source = resources.files("dyad.enrich") / "data" / name
    with source.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def gazetteer() -> Gazetteer:
    """The name index, built once on first use."""
    source = resources.files("dyad.enrich") / "data" / "places.tsv"
    # Split by hand and parse rows only when they match: loading stays well under 0.3 s.
    rows = [line.split("\t") for line in source.read_text(encoding="utf-8").splitlines()[1:]]
    primary: dict[str, list[int]] = {}
    alternate: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        if row[1] == "country":
            by_form = primary  # a country is found by its German forms only
        else:
            primary.setdefault(row[2], []).append(number)
            by_form = alternate
        for form in row[7].split("|") if row[7] else ():
            by_form.setdefault(form, []).append(number)
    stops = _read("place_stopwords.tsv")
    return Gazetteer(
        rows=rows,
        primary=primary,
        alternate=alternate,
        stop_always=frozenset(s["form"] for s in stops if s["when"] == "always"),
        stop_after_article=frozenset(s["form"] for s in stops if s["when"] == "after_article"),
    )


def _best(candidates: list[Place]) -> Place | None:
    """The most populous candidate, unless a rival in another country is nearly as big.

    A name shared by a country and its city means the country ("Mexiko",
    "Luxemburg"), unless the city holds half the country's people ("Singapur").
    """
    countries = [p for p in candidates if p.kind == "country"]
    cities = sorted((p for p in candidates if p.kind == "city"), key=lambda p: -p.population)
    if countries:
        country = countries[0]
        same = [c for c in cities if c.country == country.country]
        city_state = same and same[0].population * 2 >= country.population
        return same[0] if city_state else country
    if not cities:
        return None
    top = cities[0]
    rivals = [c for c in cities[1:] if c.country != top.country]
    if rivals and rivals[0].population >= top.population * AMBIGUITY_RATIO:
        return None
    return top


def choose(primary: list[Place], alternate: list[Place]) -> Place | None:
    """A place's own name wins over another's alternate name ("Victoria" is
    Victoria), unless the alternate belongs to a far bigger city ("Odessa" is
    Odesa, not Odessa, Texas)."""
    if not primary or any(p.kind == "country" for p in primary):
        return _best(primary + alternate) if primary or alternate else None
    own = max(p.population for p in primary)
    bigger = [p for p in alternate if p.population >= own * ALTERNATE_OVERRIDE]
    return _best(bigger) if bigger else _best(primary)
