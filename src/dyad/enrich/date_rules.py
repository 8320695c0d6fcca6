"""Finding German temporal expressions in a sentence.

The words (weekdays, months, "vergangen", "kürzlich", ...) are in
`data/date_words.tsv`, the patterns that combine them in
`data/date_patterns.tsv`; each pattern has an id that ends up in the
resolution's `how`. This module only finds and classifies; `dates.py` resolves.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from dyad.enrich.date_prefilter import PatternGate

YEAR = r"(?:19|20)\d{2}"

# Placeholder in date_patterns.tsv -> word kind in date_words.tsv.
PLACEHOLDERS = {
    "WEEKDAY": "weekday",
    "MONTH": "month",
    "DAY_WORD": "day_word",
    "DIR": "direction",
    "UNIT": "unit",
    "UNIT_REL": "unit_relative",
    "POS": "position",
    "DAYPART": "daypart",
    "SEASON": "season",
    "NUMBER": "number",
    "VAGUE": "vague",
    "PRESENT": "present",
    "ANAPHORIC": "anaphoric",
}
# Direction words are stems; German adds an inflection ("vergangenen", "dieser").
INFLECTION = r"(?:e|en|er|es|em)?"


@dataclass(frozen=True)
class Expression:
    rule: str  # pattern id from date_patterns.tsv
    kind: str  # "weekday", "month", "vague", ...
    start: int
    end: int
    text: str
    parts: dict[str, str]  # the named groups that matched


def _read_tsv(name: str) -> list[dict[str, str]]:
    source = resources.files("dyad.enrich") / "data" / name
    with source.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def words() -> dict[str, dict[str, str]]:
    """{kind: {lower-cased form: value}} from date_words.tsv."""
    table: dict[str, dict[str, str]] = {}
    for row in _read_tsv("date_words.tsv"):
        table.setdefault(row["kind"], {})[row["form"].lower()] = row["value"]
    return table


def word_value(kind: str, form: str) -> str:
    """The value of a matched word; direction stems match their inflected forms."""
    table = words()[kind]
    key = form.lower()
    if kind == "direction":
        key = next(stem for stem in sorted(table, key=len, reverse=True) if key.startswith(stem))
    elif kind in ("vague", "present", "anaphoric"):
        key = " ".join(key.split())
    return table[key]


def _alternation(kind: str) -> str:
    forms = sorted(words()[kind], key=len, reverse=True)  # longest first: "Jahres" before "Jahr"
    escaped = [r"\s+".join(re.escape(part) for part in form.split()) for form in forms]
    body = "|".join(escaped)
    return f"(?:(?:{body}){INFLECTION})" if kind == "direction" else f"(?:{body})"


@cache
def patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(id, kind, compiled regex) in file order."""
    fills = {name: _alternation(kind) for name, kind in PLACEHOLDERS.items()}
    fills["YEAR"] = YEAR
    compiled = []
    for row in _read_tsv("date_patterns.tsv"):
        regex = row["regex"]
        for name, fill in fills.items():
            regex = regex.replace("{" + name + "}", fill)
        # Whole words only, not inside a compound ("ZDF-Heute-Show"); a date
        # never starts right after a digit or a dot.
        compiled.append(
            (row["id"], row["kind"], re.compile(rf"(?<![\w.-]){regex}(?![\w-])", re.IGNORECASE))
        )
    return compiled


def _plausible(kind: str, match: re.Match[str], text: str) -> bool:
    """Filters that a regex cannot express well."""
    parts = match.groupdict()
    if kind == "day_word" and match["word"] == "Morgen":
        return False  # capitalised "Morgen" is "the morning", not "tomorrow"
    if kind == "date" and parts.get("month") and not 1 <= int(parts["month"]) <= 12:
        return False
    if kind == "date" and not 1 <= int(parts["day"]) <= 31:
        return False
    if kind == "date" and text[: match.start()].rstrip().endswith((" um", "Uhr")):
        return False  # "um 10.05." is a time of day
    if kind == "year" and not parts.get("prep"):
        # "2000 Soldaten": a bare number before a capitalised noun counts things.
        following = text[match.end() :].lstrip()
        if following[:1].isupper() or following[:1].isdigit():
            return False
    return True


def load() -> None:
    """Compile the patterns and their gate now, not on the first sentence."""
    _gate()


@cache
def _gate() -> PatternGate:
    """Which patterns can match a sentence at all (a digit, a month name, ...), read
    from the compiled patterns themselves: see date_prefilter."""
    return PatternGate([regex for _, _, regex in patterns()])


def find_expressions(text: str) -> list[Expression]:
    """All temporal expressions in the text, left to right, without overlaps.

    Where matches overlap the longest wins ("am 3. März 2024" over "März 2024"),
    then the earlier pattern in date_patterns.tsv.
    """
    # A sentence with events is read again for each event's date and for the time
    # it sets: the answer is kept for the last few sentences (a new list each time).
    return list(_expressions(text))


@lru_cache(maxsize=256)
def _expressions(text: str) -> tuple[Expression, ...]:
    # Most sentences name no date, and most of the others one kind of date: the
    # patterns that cannot match are not run.
    runnable = _gate().runnable(text)
    found: list[tuple[int, int, int, str, str, re.Match[str]]] = []
    for order, (rule, kind, regex) in enumerate(patterns()):
        if not runnable[order]:
            continue
        for match in regex.finditer(text):
            if _plausible(kind, match, text):
                found.append((match.start(), match.end(), order, rule, kind, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[2]))
    taken: list[tuple[int, int, int, str, str, re.Match[str]]] = []
    for item in found:
        if all(item[1] <= other[0] or item[0] >= other[1] for other in taken):
            taken.append(item)
    taken.sort()
    return tuple(
        Expression(
            rule=rule,
            kind=kind,
            start=start,
            end=end,
            text=match.group(0),
            parts={key: value for key, value in match.groupdict().items() if value},
        )
        for start, end, _, rule, kind, match in taken
    )
