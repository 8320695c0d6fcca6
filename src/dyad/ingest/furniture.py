"""Page furniture that spans several lines: teaser blocks, menus, link lists at the end.

A single debris line ("Anzeige") is told by its own text (data/debris.tsv). The
headlines of other articles are not: "Australien und die USA vertiefen
Militärkooperation" reads like news and would be coded as an event of this
article. What gives them away is where they stand: after a teaser header ("Mehr
zum Thema", data/teaser_headers.tsv), in a bullet list that closes the page, or
after the agency tag that ends the article. Menus are runs of section names
(data/sections.tsv).

Everything here errs on the side of keeping text: a block ends at the first line
that reads like article prose, and the article's own title is never a teaser.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dyad.ingest.lines import (
    CLOSING_TAG,
    bullet_text,
    is_headline,
    is_kicker,
    is_prose,
    is_teaser_summary,
)
from dyad.ingest.menus import is_section, menu_reasons

_SEPARATOR = r"\s*(?:[:|»>]|[-–—‒]\s)\s*"


@dataclass(frozen=True)
class TeaserHeader:
    id: str
    strength: str  # "strong": any item after it is a teaser; "weak": headlines only;
    # "alone": the header counts on its own line only
    alone: re.Pattern[str]  # the header on its own line
    inline: re.Pattern[str]  # the header, a separator and the first item


@cache
def teaser_headers() -> list[TeaserHeader]:
    headers = []
    for row in _rows("teaser_headers.tsv"):
        phrase = row["pattern"]
        headers.append(
            TeaserHeader(
                id=row["id"],
                strength=row["strength"],
                alone=re.compile(rf"^[»>•·\s]*(?:{phrase})\s*[:.…]?$", re.IGNORECASE),
                inline=re.compile(rf"^[»>•·\s]*(?:{phrase}){_SEPARATOR}(?P<item>\S.*)$", re.I),
            )
        )
    return headers


def _rows(name: str) -> list[dict[str, str]]:
    table = resources.files("dyad.ingest") / "data" / name
    with table.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def header_of(line: str) -> tuple[TeaserHeader, bool] | None:
    """The teaser header a line opens with, and whether the line carries an item too."""
    for header in teaser_headers():
        if header.alone.match(line):
            return header, False
        if header.strength == "alone":
            continue
        match = header.inline.match(line)
        if match and (header.strength == "strong" or is_headline(match["item"])):
            return header, True
    return None


def is_furniture_entry(entry: str) -> bool:
    """A section name or a bare teaser header: one entry of a line like "Anzeige | Mehr"."""
    return is_section(entry) or any(header.alone.match(entry) for header in teaser_headers())


def furniture_reasons(lines: list[str], debris: list[str | None]) -> dict[int, str]:
    """Why each furniture line (by index into the stripped lines) is not article text.

    `debris` holds, for each line, the reason a single-line rule removes it, or None.
    """
    reasons: dict[int, str] = {}
    reasons.update(_teaser_blocks(lines, debris))
    for index, why in menu_reasons(lines).items():
        reasons.setdefault(index, why)
    for index, why in _page_tail(lines, debris, reasons).items():
        reasons.setdefault(index, why)
    return reasons


def _teaser_blocks(lines: list[str], debris: list[str | None]) -> dict[int, str]:
    reasons: dict[int, str] = {}
    seen_prose = False
    index = 0
    while index < len(lines):
        line = lines[index]
        found = header_of(line) if line else None
        if found is None:
            seen_prose = seen_prose or (debris[index] is None and is_prose(line))
            index += 1
            continue
        header, inline = found
        reasons[index] = header.id
        index = _consume_block(lines, debris, index + 1, header, inline, seen_prose, reasons)
    return reasons


def _consume_block(
    lines: list[str],
    debris: list[str | None],
    start: int,
    header: TeaserHeader,
    inline: bool,
    seen_prose: bool,
    reasons: dict[int, str],
) -> int:
    """Mark the items after a teaser header; return the index of the line that ends the block."""
    why = f"teaser-item:{header.id}"
    items: list[int] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if not line:
            if inline:
                break
            index += 1
            continue
        if header_of(line) is not None:
            break
        if debris[index] is not None:
            index += 1
            continue
        if not re.search(r"[^\W\d_]", line):  # a time, a count, a rule: "14:30", "---"
            reasons[index] = why
            index += 1
            continue
        is_bullet = bullet_text(line) is not None
        # After "Lesen Sie auch: X" the link may be alone: a plain line is the article's
        # again (a subheading), only more bullets belong to the link.
        if is_bullet or (not inline and (is_headline(line) or is_kicker(line))):
            reasons[index] = why
            items.append(index)
            index += 1
            continue
        follows_item = bool(items) and items[-1] == index - 1
        if not inline and follows_item and is_teaser_summary(line, _next_line(lines, index)):
            reasons[index] = why
            index += 1
            continue
        break
    # A header above the article (a "Top-Themen" list before any prose): the last plain
    # line before the article's first text is the article's own title.
    ended_by_text = index < len(lines) and header_of(lines[index]) is None
    if not seen_prose and ended_by_text and items and bullet_text(lines[items[-1]]) is None:
        del reasons[items[-1]]
    return index


def _next_line(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 :]:
        if line:
            return line
    return None


# Single-line debris that closes an article: what follows it is the page's, not the article's.
_CLOSING_LINES = ("agency-tag", "agency-copyright", "copyright-short")


def _page_tail(
    lines: list[str], debris: list[str | None], reasons: dict[int, str]
) -> dict[int, str]:
    """Headline lists that close the page: after the agency tag, or a list of bullets."""
    bullets: list[int] = []
    headlines: list[int] = []
    stop: int | None = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or index in reasons:
            continue
        if debris[index] is not None:
            if debris[index] in _CLOSING_LINES:
                stop = index
                break
            continue
        if bullet_text(line) is not None and is_headline(bullet_text(line) or ""):
            bullets.append(index)
            headlines.append(index)
            continue
        if is_headline(line) or is_kicker(line):
            headlines.append(index)
            continue
        stop = index
        break
    closing = stop is not None and (
        debris[stop] in _CLOSING_LINES or CLOSING_TAG.search(lines[stop])
    )
    if closing and headlines:
        return {index: "after-closing-tag" for index in headlines}
    # Bullets alone at the end: not under a plain line ("Die Meldungen im Überblick") nor
    # introduced by an article line ("Die Punkte:"), which make them the article's list.
    plain = [index for index in headlines if index not in bullets]
    intro = stop is not None and lines[stop].endswith(":")
    if len(bullets) >= 2 and not plain and not intro:
        return {index: "link-list" for index in bullets}
    return {}
