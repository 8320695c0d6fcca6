"""Event filters shared by `dyad events`, the exports and the REST API.

Every value reaches DuckDB as a bound parameter; only fixed SQL fragments are
concatenated, so no input string ever becomes SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from dyad.store.records import first_day

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_ROOT = re.compile(r"^\d{2}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ValueError):
    """A filter value that cannot be right; the message says which and why."""


@dataclass
class EventFilter:
    actor: str | None = None  # code prefix or country, on either side: "CHN", "USAGOV"
    dyad: str | None = None  # "USA-CHN" either direction, "USA>CHN" directed
    root: str | None = None  # "04"
    cameo: str | None = None  # "042" (prefix match: "04" also finds 042)
    since: str | None = None  # "2024", "2024-01", "2024-01-15" (inclusive)
    until: str | None = None  # inclusive: "2024-01" means up to 2024-01-31
    doc: str | None = None
    outlet: str | None = None
    q: str | None = None  # case-insensitive text search in the sentence
    modality: str | None = None  # "factual" for none, or a modality name

    def validate(self) -> EventFilter:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not (_PARTIAL_DATE.match(value) and first_day(value)):
                raise FilterError(f"--{name} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        if self.root and not _ROOT.match(self.root):
            raise FilterError(f"--root {self.root!r}: expected two digits such as 04")
        if self.cameo and not _CAMEO.match(self.cameo):
            raise FilterError(f"--cameo {self.cameo!r}: expected 2 to 4 digits such as 042")
        if self.actor and not _CODE.match(self.actor.upper()):
            raise FilterError(f"--actor {self.actor!r}: expected an actor code such as CHN")
        if self.dyad:
            self.dyad_sides()
        return self

    def dyad_sides(self) -> tuple[str, str, bool]:
        """(first, second, directed)."""
        directed = ">" in self.dyad
        parts = re.split(r"[>-]", self.dyad.upper())
        if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
            raise FilterError(f"--dyad {self.dyad!r}: expected A-B (either way) or A>B")
        return parts[0], parts[1], directed

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def _side_matches(side: str, code: str) -> tuple[str, list[str]]:
    return f"({side}_code LIKE ? OR {side}_country = ?)", [code + "%", code]


def where_clause(flt: EventFilter) -> tuple[str, list[object]]:
    """SQL WHERE clause (with leading 'WHERE', or '') and its parameters."""
    flt.validate()
    parts: list[str] = []
    params: list[object] = []

    def add(sql: str, values: list[object]) -> None:
        parts.append(sql)
        params.extend(values)

    if flt.actor:
        code = flt.actor.upper()
        src, src_params = _side_matches("source", code)
        tgt, tgt_params = _side_matches("target", code)
        add(f"({src} OR {tgt})", src_params + tgt_params)
    if flt.dyad:
        first, second, directed = flt.dyad_sides()
        forward_src, p1 = _side_matches("source", first)
        forward_tgt, p2 = _side_matches("target", second)
        forward = f"({forward_src} AND {forward_tgt})"
        if directed:
            add(forward, p1 + p2)
        else:
            back_src, p3 = _side_matches("source", second)
            back_tgt, p4 = _side_matches("target", first)
            add(f"({forward} OR ({back_src} AND {back_tgt}))", p1 + p2 + p3 + p4)
    if flt.root:
        add("root = ?", [flt.root])
    if flt.cameo:
        add("cameo LIKE ?", [flt.cameo + "%"])
    if flt.since:
        add("event_day >= ?", [first_day(flt.since)])
    if flt.until:
        add("event_day <= ?", [_last_day(flt.until)])
    if flt.doc:
        add("doc = ?", [flt.doc])
    if flt.outlet:
        add("outlet = ?", [flt.outlet])
    if flt.q:
        add(
            "sentence ILIKE ? ESCAPE '\\'",
            ["%" + flt.q.replace("%", r"\%").replace("_", r"\_") + "%"],
        )
    if flt.modality:
        if flt.modality == "factual":
            add("modality IS NULL", [])
        else:
            add("modality = ?", [flt.modality])
    return ("WHERE " + " AND ".join(parts) if parts else ""), params


def _last_day(iso: str):
    from calendar import monthrange
    from datetime import date

    start = first_day(iso)
    assert start is not None
    pieces = iso.split("-")
    if len(pieces) == 1:
        return date(start.year, 12, 31)
    if len(pieces) == 2:
        return date(start.year, start.month, monthrange(start.year, start.month)[1])
    return start
