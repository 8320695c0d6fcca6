"""Publication date and outlet from a scraped text's header, when the input
record does not give them."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "jänner", "january", "jan"),
            ("februar", "feber", "february", "feb"),
            ("märz", "maerz", "march", "mar", "mär"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Each pattern has named groups y, m and optionally d; the first that matches in
# the header wins.
_DATE_FORMS = [
    ("marker 'date YYYY-MM[-DD]'",
     re.compile(r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b")),
    ("English 'Month D, YYYY'",
     re.compile(rf"\b(?P<m>{_MONTH})\.? (?P<d>\d{{1,2}}), (?P<y>\d{{4}})\b", re.I)),
    ("German 'D. Monat YYYY'",
     re.compile(rf"\b(?P<d>\d{{1,2}})\. ?(?P<m>{_MONTH}) (?P<y>\d{{4}})\b", re.I)),
    ("numeric 'DD.MM.YYYY'",
     re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b")),
    ("ISO 'YYYY-MM-DD'",
     re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
]  # fmt: skip

# How far into the raw text a header date may stand: further in, a date is
# more likely an event's date than the page's.
HEADER_CHARS = 600


@dataclass
class HeaderMeta:
    published: str | None = None
    published_how: str | None = None
    outlet: str | None = None
    strip_prefix: int = 0  # characters of metadata to drop from the text's start


def _iso(year: str, month: str, day: str | None) -> str | None:
    m = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if not m or not 1 <= m <= 12:
        return None
    if day is None:
        return f"{int(year):04d}-{m:02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{int(day):02d}"


def header_meta(raw: str) -> HeaderMeta:
    meta = HeaderMeta()
    head = raw[:HEADER_CHARS]
    # Only the marker may open a paragraph; other dates count on short lines
    # (bylines, date lines), never inside running text, where they date events.
    short_lines = [line for line in head.splitlines() if len(line.strip()) <= 100]
    for how, pattern in _DATE_FORMS:
        places = [head] if how.startswith("marker") else short_lines
        match = next((m for m in map(pattern.search, places) if m), None)
        if not match:
            continue
        iso = _iso(match["y"], match["m"], match.groupdict().get("d"))
        if iso:
            meta.published = iso
            meta.published_how = f"{how} in the page header: {match.group(0).strip()!r}"
            if how.startswith("marker"):
                meta.strip_prefix = match.end()
            break
    logo = re.search(r"^\s*([\w .&-]{2,40}?) logo\s*$", head, re.M | re.I)
    if logo:
        meta.outlet = logo.group(1).strip()
    return meta


@cache
def _outlet_markers() -> list[tuple[re.Pattern[str], str, str]]:
    table = resources.files("dyad.ingest") / "data" / "outlets.tsv"
    with table.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(re.compile(r["pattern"], re.M), r["outlet"], r["id"]) for r in rows]


def outlet_from_markers(raw: str) -> str | None:
    """The outlet whose page furniture the scraped text carries (ingest/data/outlets.tsv)."""
    for pattern, outlet, _rule in _outlet_markers():
        if pattern.search(raw):
            return outlet
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site's host without 'www.', as a stand-in for the outlet's name."""
    if not url:
        return None
    match = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url, re.I)
    return match.group(1).lower() if match else None
