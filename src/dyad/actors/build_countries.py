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
COLUMNS = [
    "id", "iso3", "iso2", "name_en", "name_de", "short_de", "official_en", "official_de", "source"
]  # fmt: skip

# ISO 3166-1 leaves Kosovo to user-assigned codes; XKX is the code the EU, IMF and
# most event datasets use, so it is added by hand.
EXTRA_ROWS = [
    {
        "iso3": "XKX",
        "iso2": "XK",
        "name_en": "Kosovo",
        "name_de": "Kosovo",
        "short_de": "",
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


def _short_names(german: gettext.GNUTranslations) -> dict[str, str]:
    """'Syrien, Arabische Republik' -> 'Syrien', when no other country has that head.

    ISO's inverted names put the everyday name first; 'Korea' and 'Kongo' are
    shared by two states and stay out.
    """
    heads: dict[str, list[str]] = {}
    for country in pycountry.countries:
        name = german.gettext(country.name)
        if ", " in name:
            heads.setdefault(name.split(", ")[0], []).append(country.alpha_3)
    return {codes[0]: head for head, codes in heads.items() if len(codes) == 1}


def build_rows() -> list[dict[str, str]]:
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    version = getattr(pycountry, "__version__", "")
    short = _short_names(german)
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
                "short_de": short.get(country.alpha_3, ""),
                "official_en": official_en,
                "official_de": official_de if official_de != official_en else "",
                "source": f"pycountry {version} iso3166-1 (de locale)",
            }
        )
    rows.extend(EXTRA_ROWS)
    rows.extend(_historic_rows())
    for row in rows:
        row["id"] = "iso_" + row["iso3"].lower()
    return sorted(rows, key=lambda row: row["iso3"])


# Former states that news and office holders before 1993 still name (ISO 3166-3).
HISTORIC = ("SUN", "DDR", "YUG", "CSK", "SCG")


def _historic_rows() -> list[dict[str, str]]:
    german = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["de"])
    rows = []
    for country in pycountry.historic_countries:
        if country.alpha_3 not in HISTORIC:
            continue
        name_en, _, official_en = country.name.partition(", ")
        name_de, _, official_de = german.gettext(country.name).partition(", ")
        rows.append(
            {
                "iso3": country.alpha_3,
                "iso2": country.alpha_2,
                "name_en": name_en,
                "name_de": name_de,
                "short_de": "",
                "official_en": "" if "(" in official_en else official_en,
                "official_de": "" if "(" in official_de else official_de,
                "source": f"pycountry iso3166-3 historic, withdrawn {country.withdrawal_date}",
            }
        )
    return rows


def main() -> None:
    path = DATA_DIR / "countries.tsv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(build_rows())
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
