"""Write data/countries.tsv from pycountry (ISO 3166-1, English and German names).

Run once when pycountry changes: `python -m dyad.actors.build_countries`.
The resolver reads the generated TSV, so it never imports pycountry at run time
(loading stays fast and the table can be reviewed in a diff).
"""

from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).with_name("data")
COLUMNS = ["id", "iso3", "iso2", "name_en", "name_de", "official_en", "official_de", "source"]

# ISO 3166-1 leaves Kosovo to user-assigned codes; XKX is the code the EU, IMF and
# most event datasets use, so it is added by hand.
EXTRA_ROWS = [
    {
        "iso3": "XKX",
        "iso2": "XK",
        "name_en": "Kosovo",
        "name_de": "Kosovo",
        "official_en": "Republic of Kosovo",
        "official_de": "Republik Kosovo",
        "source": "user-assigned code XKX (EU/IMF usage), added by hand",
    }
]


def _reorder(name: str) -> str:
    """'Korea, Republik' -> 'Republik Korea': ISO's inverted form is never used in text."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


def build_rows() -> list[dict[str, str]]:
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    version = getattr(pycountry, "__version__", "")
    rows = []
    for country in pycountry.countries:
        official_en = getattr(country, "official_name", "") or ""
        official_de = german.gettext(official_en) if official_en else ""
        rows.append(
            {
                "iso3": country.alpha_3,
                "iso2": country.alpha_2,
                "name_en": getattr(country, "common_name", "") or _reorder(country.name),
                "name_de": _reorder(german.gettext(country.name)),
                "official_en": official_en,
                "official_de": official_de if official_de != official_en else "",
                "source": f"pycountry {version} iso3166-1 (de locale)",
            }
        )
    rows.extend(EXTRA_ROWS)
    for row in rows:
        row["id"] = "iso_" + row["iso3"].lower()
    return sorted(rows, key=lambda row: row["iso3"])


def main() -> None:
    path = DATA_DIR / "countries.tsv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(build_rows())
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
