"""Sentences with character offsets, fast enough to run on every document.

A regular-expression splitter that knows German abbreviations, ordinals
("am 3. März") and initials is many times faster than a full tokenizer, and
most sentences never need more: only the ones that can hold an event are
analysed further. `split_sentences_somajo` gives SoMaJo's reading for whoever
prefers it (`--splitter somajo`).
"""

from __future__ import annotations

import re
from functools import cache

# Abbreviations after which a period does not end a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(
    """
    abs abg adm anm art bd bzgl bzw ca chr co corp dipl dr ebd etc evtl engl frz
    gegr gen ggf hl hg hrsg inc inkl insb jh jr jun kap kath lt ltd max mio min mind mrd
    mr mrs ms nachf nr nrn prof rd rep sen sog sr st str tel u ua usw vgl vs zb zt ziff zzgl
    bspw bzw. evang gez ca jan feb febr mär apr jun jul aug sep sept okt nov dez vorm nachm
    """.split()
)
_MONTH_WORDS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)

# A candidate boundary: end punctuation, optional closing quotes/brackets, space.
_BOUNDARY = re.compile(r"[.!?…]+[\"“”„'’»«)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"“„'‚»«(\[]?\s*[A-ZÄÖÜ0-9])")
# "am 3.", "der 2.", "zum 5.": a number after an article or preposition is an ordinal
_ORDINAL_BEFORE = re.compile(
    r"(?:^|\s)(?:[Dd]e[rmns]|[Dd]ie|[Dd]as|[Aa]m|[Ii]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Aa]b|[Bb]is|"
    r"[Ss]eit|[Ee]in(?:e[mnrs]?)?|[Ff]ür|[Nn]ach|[Vv]or)\s+\d{1,2}\.$"
)
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH_WORDS})\b")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\.$")


def _is_boundary(text: str, end: int) -> bool:
    """Does the period-group ending at `end` close a sentence?"""
    next_start = _NEXT_START.match(text, end)
    if not next_start:
        return False
    punct = text[end - 1]
    if punct != ".":
        return True
    before = text[max(0, end - 30) : end]
    if _ORDINAL_BEFORE.search(before):
        return False
    if re.search(r"(?:^|\s)\d{1,2}\.$", before) and _MONTH_AFTER.match(text, end):
        return False  # "3. März"
    word = _WORD_BEFORE.search(before)
    if word:
        token = word.group(1)
        if token.replace(".", "").lower() in ABBREVIATIONS:
            return False
        if len(token) == 1 and token.isupper():  # an initial: "J. Biden"
            return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; lines never run into each other."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        line_start = line.start()
        line_text = line.group(0)
        start = 0
        for match in _BOUNDARY.finditer(line_text):
            end = match.end()
            if _is_boundary(line_text, end):
                spans.append((line_start + start, line_start + end))
                start = _NEXT_START.match(line_text, end).start(1)
        tail = line_text[start:].rstrip()
        if tail.strip():
            spans.append((line_start + start, line_start + start + len(tail)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _somajo():
    from somajo import SoMaJo

    return SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)


def split_sentences_somajo(text: str) -> list[tuple[int, int]]:
    """SoMaJo's sentence boundaries, as (start, end) offsets into `text`."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for sentence in _somajo().tokenize_text([paragraph.group(0)]):
            offsets = [t.character_offset for t in sentence if t.character_offset]
            if offsets:
                spans.append(
                    (paragraph.start() + offsets[0][0], paragraph.start() + offsets[-1][1])
                )
    return spans
