"""Build src/dyad/enrich/data/cameo.tsv from the GDELT CAMEO lookups and the PLOVER mapping.

Usage: python tools/build_cameo_table.py [--external DIR] [--out FILE]

Inputs (default DIR: ../shared/data/external relative to the repo):
  gdelt_cameo_lookups/CAMEO.eventcodes.txt    code<TAB>name (GDELT)
  gdelt_cameo_lookups/CAMEO.goldsteinscale.txt code<TAB>goldstein (GDELT)
  plover/CAMEO2PLOVER-2021.txt                "CODE: EVENT, mode, context # description"

The output has one row per GDELT code. Known quirks of the GDELT files are
repaired here (see NAME_FIXES and split_merged_rows) so the shipped table is clean.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = REPO / ".." / "shared" / "data" / "external"
DEFAULT_OUT = REPO / "src" / "dyad" / "enrich" / "data" / "cameo.tsv"

COLUMNS = [
    "code",
    "root",
    "name",
    "goldstein",
    "quad_class",
    "plover",
    "plover_mode",
    "plover_context",
]

# Upstream damage in the GDELT names (documented in its SOURCE.md).
NAME_FIXES = {
    "044": "Meet at a 'third' location",  # mangled curly quotes upstream
    "033": "Express intent to provide material aid",  # typo "matyerial" upstream
    # GDELT's names for 105-108 are shifted against the CAMEO 1.1b3 codebook
    # numbering that coders (PETRARCH dictionaries: WITHDRAWAL [105], TALKS [106])
    # and the PLOVER mapping use; sub-codes 1051-1056 are all "demand to yield".
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
}

# GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict, by CAMEO root.
QUAD_BY_ROOT = {
    **{f"{r:02d}": 1 for r in range(1, 6)},
    **{f"{r:02d}": 2 for r in range(6, 10)},
    **{f"{r:02d}": 3 for r in range(10, 15)},
    **{f"{r:02d}": 4 for r in range(15, 21)},
}

# "1056<TAB>Demand de-escalation of military engagement106:[-5.0] Demand withdrawal"
MERGED_ROW = re.compile(
    r"^(?P<name>.*?)(?P<code>\d{2,4}):\[(?P<gold>-?\d+(?:\.\d+)?)\]\s*(?P<name2>.+)$"
)


def read_tsv_pairs(path: Path) -> list[tuple[str, str]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines()
    for line in lines[1:]:  # skip the header row
        if not line.strip():
            continue
        code, value = line.split("\t", 1)
        rows.append((code.strip(), value.strip()))
    return rows


def split_merged_rows(rows: list[tuple[str, str]]) -> dict[str, str]:
    """Names by code; splits the row where GDELT merged 1056 and 106."""
    names: dict[str, str] = {}
    for code, name in rows:
        merged = MERGED_ROW.match(name)
        if merged:
            names[code] = merged["name"].strip()
            names[merged["code"]] = merged["name2"].strip()
        else:
            names[code] = name
    return names


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """(event, mode, context) by CAMEO code; the first listing wins for a repeated code.

    Root 08 is listed twice (CONCEDE, then RETREAT): the root itself keeps CONCEDE,
    its sub-codes carry their own rows.
    """
    mapping: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            break
        body = line.split("#", 1)[0]
        code, _, rest = body.partition(":")
        fields = [part.strip() for part in rest.split(",")] + ["", ""]
        mapping.setdefault(code.strip(), (fields[0], fields[1], fields[2]))
    return mapping


def build_rows(external: Path) -> list[dict[str, str]]:
    lookups = external / "gdelt_cameo_lookups"
    names = split_merged_rows(read_tsv_pairs(lookups / "CAMEO.eventcodes.txt"))
    goldstein = dict(read_tsv_pairs(lookups / "CAMEO.goldsteinscale.txt"))
    plover = read_plover(external / "plover" / "CAMEO2PLOVER-2021.txt")
    names.update(NAME_FIXES)

    missing = set(goldstein) ^ set(names)
    if missing:
        raise SystemExit(f"codes without both a name and a Goldstein value: {sorted(missing)}")

    rows = []
    for code in sorted(names):
        root = code[:2]
        event, mode, context = plover.get(code, ("", "", ""))
        rows.append(
            {
                "code": code,
                "root": root,
                "name": names[code],
                "goldstein": f"{float(goldstein[code]):.1f}",
                "quad_class": str(QUAD_BY_ROOT[root]),
                "plover": event,
                "plover_mode": mode,
                "plover_context": context,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = build_rows(args.external)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {args.out}")


if __name__ == "__main__":
    main()
