"""What a single line of a scraped page looks like: headline, bullet item, kicker or prose.

Headlines of teasers have no sentence-final period and are short; article prose
ends in a period (or a quotation that ends in one). These tests only describe
shape; whether a headline-like line is furniture depends on where it stands
(dyad.ingest.furniture).
"""

from __future__ import annotations

import re

# Headlines of teasers are short; 120 characters holds nearly all of them.
HEADLINE_MAX = 120
BULLET_ITEM_MAX = 160

_BULLET = re.compile(r"^(?:[-–—•·»›>▪■►◆*]|\+\+\+)\s+(?P<text>\S.*)$")
_QUOTES = re.escape("\"'“”„«»‘’)]")
# A sentence ends here: a period, colon or semicolon, or a quotation closed after ! or ?.
_SENTENCE_END = re.compile(rf"(?:[.:;,]|[!?][{_QUOTES}]+)[{_QUOTES}]*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
# Two sentences in one line: a period and a capitalised word after it.
_INNER_SENTENCE = re.compile(r"[a-zäöüß)\"“”]\.\s+[A-ZÄÖÜ]")
_KICKER = re.compile(r"^[\w„“\"'()&/.+-]+(?: [\w„“\"'()&/.+-]+){0,3}:$")

# The agency tag or copyright line that ends an article: "(dpa)", "(dpa/AFP/mm)",
# "... sagte er. (AFP)", "© dpa-infocom, dpa:250312-930-401".
_AGENCIES = r"(?:dpa|afp|ap|reuters|rtr|kna|epd|apa|sda|ddp|dts|sid|red)"
CLOSING_TAG = re.compile(
    rf"\({_AGENCIES}(?:\s*[/,]\s*[\w-]{{1,12}}){{0,5}}\)\.?\s*$"
    rf"|^©\s*(?:\d{{4}}\s*)?{_AGENCIES}\b|^(?:dpa|afp)[- ]?infocom",
    re.IGNORECASE,
)


def bullet_text(line: str) -> str | None:
    """The text of a bullet item ("- Titel", "• Titel", "» Titel"), None for other lines."""
    match = _BULLET.match(line)
    return match["text"] if match else None


def is_headline(line: str) -> bool:
    """Short, one statement, no sentence-final period: a headline, a bullet's title."""
    text = bullet_text(line) or line
    limit = BULLET_ITEM_MAX if text is not line else HEADLINE_MAX
    if len(text) > limit or not re.search(r"[^\W\d_]", text):
        return False
    if _ELLIPSIS.search(text):
        return True  # a cut-off teaser text: "Die Regierung kündigte an, ..."
    return not _SENTENCE_END.search(text) and not _INNER_SENTENCE.search(text)


def is_kicker(line: str) -> bool:
    """A topic label above a headline: "Nahost-Konflikt:", "Liveblog:"."""
    return len(line) <= 40 and bool(_KICKER.match(line))


def is_prose(line: str) -> bool:
    """A line of article text: long, or a sentence that ends like one."""
    if bullet_text(line) is not None:
        return False
    return len(line) > HEADLINE_MAX or (len(line) >= 40 and not is_headline(line))


def is_teaser_summary(line: str, next_line: str | None) -> bool:
    """One short sentence under a teaser's headline, with another teaser or nothing after it."""
    if len(line) > 200 or _INNER_SENTENCE.search(line) or line.endswith(":"):
        return False
    if next_line is None:
        return True
    return bullet_text(next_line) is not None or is_headline(next_line) or is_kicker(next_line)
