"""CAMEO event codes: name, Goldstein value, GDELT quad class and PLOVER category.

The table is `data/cameo.tsv`, built by `tools/build_cameo_table.py` from the
GDELT lookups and the PLOVER mapping (origins in `data/SOURCES.md`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class CameoInfo:
    code: str  # "042"; always a string, "010" is not "10"
    root: str  # "04"
    name: str  # "Make a visit"
    goldstein: float  # -10.0 .. +10.0
    quad_class: int  # 1..4, GDELT's convention (see QUAD_CLASS_NAMES)
    plover: str | None  # "CONSULT"; None for roots 01 and 02, which PLOVER drops
    plover_mode: str | None = None
    plover_context: str | None = None


@cache
def _table() -> dict[str, CameoInfo]:
    source = resources.files("dyad.enrich") / "data" / "cameo.tsv"
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {
            row["code"]: CameoInfo(
                code=row["code"],
                root=row["root"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=row["plover"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
            for row in reader
        }


def lookup(code: str) -> CameoInfo:
    """The table row for a CAMEO code such as "042"; KeyError if the code does not exist."""
    table = _table()
    info = table.get(code.strip()) if isinstance(code, str) else None
    if info is None:
        raise KeyError(
            f"unknown CAMEO event code {code!r}: expected one of the {len(table)} codes in "
            "dyad/enrich/data/cameo.tsv (a string such as '042', with its leading zero)"
        )
    return info


def all_codes() -> list[str]:
    """Every known CAMEO event code, in table order."""
    return list(_table())
