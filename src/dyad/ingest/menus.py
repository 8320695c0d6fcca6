"""Menus: site sections one per line ("Startseite", "Politik", "Ausland") or in one line
("Startseite > Politik > Ausland", "Menü | Suche | Anmelden"). The names are data:
ingest/data/sections.tsv.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources


@cache
def section_names() -> frozenset[str]:
    table = resources.files("dyad.ingest") / "data" / "sections.tsv"
    with table.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return frozenset(row["name"].casefold() for row in rows)


def is_section(entry: str) -> bool:
    return entry.strip(" -–•·*").casefold() in section_names()


_MENU_SPLIT = re.compile(r"\s*[|•·›»>]\s*")


def _is_menu_line(line: str) -> bool:
    parts = [part for part in _MENU_SPLIT.split(line) if part]
    if len(parts) >= 2:
        sections = [part for part in parts if is_section(part)]
        # Other entries may be a place or a topic ("Taipeh | Politik"), not a headline.
        others = [part for part in parts if not is_section(part)]
        if any(len(part) > 30 or len(part.split()) > 2 for part in others):
            return False
        if any(re.search(r"[.,;:!?]$", part) for part in others):
            return False
        return 2 * len(sections) >= len(parts)
    words = line.split()
    return len(words) >= 3 and all(is_section(word) for word in words)


def _is_menu_entry(line: str) -> bool:
    """Short enough for a menu entry between section names ("Ukraine-Krieg")."""
    return len(line) <= 30 and len(line.split()) <= 3 and not re.search(r"[.,;:!?]$", line)


def menu_reasons(lines: list[str]) -> dict[int, str]:
    """Menus in one line ("Startseite > Politik > Ausland") or one entry per line."""
    reasons: dict[int, str] = {}
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if is_section(line) or (run and _is_menu_entry(line)):
            run.append(index)
            continue
        reasons.update(_menu_run(lines, run))
        run = []
        if _is_menu_line(line):
            reasons[index] = "menu"
    reasons.update(_menu_run(lines, run))
    return reasons


def _menu_run(lines: list[str], run: list[int]) -> dict[int, str]:
    # A run starts with a section name; entries after the last one are dropped from it,
    # so that the article's title after a menu is not swallowed.
    while run and not is_section(lines[run[-1]]):
        run = run[:-1]
    sections = sum(is_section(lines[index]) for index in run)
    if sections >= 3 and 3 * sections >= 2 * len(run):
        return {index: "menu" for index in run}
    return {index: "section-label" for index in run if is_section(lines[index])}
