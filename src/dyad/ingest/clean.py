"""Scraped-page debris out of plain text, before anything is coded.

Scraped articles carry share buttons, "Artikel anhören", browser and cookie
notices, comment prompts, teasers for other articles and photo captions with
agency credits. None of these may yield an event, so they go before sentence
splitting. The line patterns are data: ingest/data/debris.tsv. Blocks of lines
(teaser lists after "Mehr zum Thema", menus, link lists that close the page) are
found by dyad.ingest.furniture.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from dyad.ingest.furniture import furniture_reasons, is_furniture_entry

# A photo credit at the end of a caption line: "APA / AFP / Leah Millis",
# "Reuters / Leah Millis", "© IMAGO / Newscom World", "Foto: dpa".
_AGENCY = (
    r"(?:APA|AFP|AP|dpa|DPA|Reuters|REUTERS|IMAGO|imago|Getty Images|picture alliance|"
    r"picturedesk\.com|EPA|EPA-EFE|Xinhua|Sputnik|TASS|Keystone|KEYSTONE|ANP|Anadolu|"
    r"Yonhap|Kyodo|KCNA|SNA|RIA Nowosti|AA|APA-Images|Bloomberg|Shutterstock|Pool)"
)
_CREDIT_CHAIN = re.compile(rf"(?:©\s*)?\b{_AGENCY}\b(?:\s*/\s*[\w.\- ]+)+\s*$")


@dataclass
class CleanResult:
    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, why)


@cache
def _debris_patterns() -> list[tuple[re.Pattern[str], str]]:
    table = resources.files("dyad.ingest") / "data" / "debris.tsv"
    with table.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(re.compile(row["pattern"], re.IGNORECASE), row["id"]) for row in rows]


def _why_debris(line: str) -> str | None:
    why = _why_single(line)
    if why is None and "|" in line:
        # "Anzeige | Weitere Artikel aus dem Ressort", "16.11.2025 | Quelle: dpa"
        parts = [part.strip() for part in line.split("|") if part.strip()]
        if len(parts) >= 2 and all(_why_single(part) or is_furniture_entry(part) for part in parts):
            return "furniture-parts"
    return why


def _why_single(line: str) -> str | None:
    stripped = line.strip()
    for pattern, rule_id in _debris_patterns():
        if pattern.search(stripped):
            return rule_id
    if len(stripped) < 200 and _CREDIT_CHAIN.search(stripped):
        return "caption-credit"
    return None


def clean_text(raw: str) -> CleanResult:
    """Drop debris lines; keep paragraph breaks; normalise line ends and spaces."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.strip() for line in text.split("\n")]
    debris = [_why_debris(line) if line else None for line in lines]
    furniture = furniture_reasons(lines, debris)
    result = CleanResult(text="")
    kept: list[str] = []
    seen: set[str] = set()
    captions: set[str] = set()
    # A caption repeated with its credit appended: both copies are captions.
    for line in lines:
        match = _CREDIT_CHAIN.search(line.strip())
        if match and match.start() > 0:
            captions.add(line.strip()[: match.start()].strip())
    for index, stripped in enumerate(lines):
        if not stripped:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        why = furniture.get(index) or debris[index]
        if why is None and stripped in captions:
            why = "caption-repeated"
        if why is None and stripped in seen and len(stripped) > 20:
            why = "repeated-line"
        if why:
            result.removed.append((stripped, why))
            continue
        seen.add(stripped)
        kept.append(" ".join(stripped.split()))
    while kept and kept[-1] == "":
        kept.pop()
    result.text = "\n".join(kept)
    return result
