"""Which date patterns can match a sentence at all: an exact, cheap test computed
from the compiled patterns themselves.

A match of a regex contains one of its *required factors*: `(?:am\\s+)?(\\d)\\.`
needs a digit, `im\\s+(?:März|April)` needs "im" (or, as well, "März" or
"April"). Each pattern of date_patterns.tsv, with its words filled in, is
parsed with Python's own regex parser and one set of factors is chosen for it.
A sentence that contains none of a pattern's factors cannot match it, so
skipping that pattern changes no result. A pattern without a required factor
(or a parser that is not what this module expects) is always run.

The factors are looked up in the lower-cased sentence with plain substring
tests. That is what the patterns' IGNORECASE does, except for the few
characters the regex engine folds differently ('ſ' matches 's', 'İ' matches
'i'): a sentence with one of those runs every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

try:  # Python's own regex parser (sre_parse); private, so its absence is handled.
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - other Python versions
    sre = sre_parse = None

DIGIT = r"\d"  # the factor "some decimal digit", searched as the patterns search it
Factors = frozenset[str]  # lower-cased literal strings, or DIGIT
_DIGIT_RE = re.compile(DIGIT)


class PatternGate:
    """`gate.runnable(text)`: for each regex, may it match `text`?"""

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.factors = [required_factors(regex) for regex in regexes]
        self.strings = sorted({f for fs in self.factors if fs for f in fs if f != DIGIT})
        self._letters = sorted({char for string in self.strings for char in string})
        # Characters that IGNORECASE may match to one of the factors' characters.
        self._letter_class = re.compile(
            "|".join(map(re.escape, self._letters)) or "(?!)", re.IGNORECASE
        )
        self._plain: set[str] = set()  # characters seen that fold as their lower case

    def runnable(self, text: str) -> list[bool]:
        if self.folds_unlike_lower(text):
            return [True] * len(self.factors)
        lowered = text.lower()
        found = {string for string in self.strings if string in lowered}
        if _DIGIT_RE.search(text):
            found.add(DIGIT)
        return [factors is None or not found.isdisjoint(factors) for factors in self.factors]

    def folds_unlike_lower(self, text: str) -> bool:
        """Does the text hold a character that IGNORECASE matches to a factor's
        character although its lower case is not that character?"""
        chars = set(text)
        if chars <= self._plain:
            return False
        for char in chars - self._plain:
            if self._folds_unlike_lower(char):
                return True
            self._plain.add(char)
        return False

    def _folds_unlike_lower(self, char: str) -> bool:
        if not self._letter_class.fullmatch(char):
            return False  # matches no factor's character at all
        lower = char.lower()
        return any(
            lower != letter
            for letter in self._letters
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE)
        )


def required_factors(regex: re.Pattern[str]) -> Factors | None:
    """Factors one of which every match of `regex` contains; None when unknown."""
    if sre_parse is None or not isinstance(regex.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an unexpected parser means: no gate
        return None
    factors = _sequence(list(parsed))
    if not factors:
        return None
    lowered = {f if f == DIGIT else f.lower() for f in factors}
    # A text that holds "jahres" holds "jahr": the longer one adds no test.
    return frozenset(f for f in lowered if not any(o != f and o in f for o in lowered - {DIGIT}))


def _sequence(items: Iterable[tuple[object, object]]) -> Factors | None:
    """A sequence matches each of its items in turn: any one mandatory item's
    factors will do; the most selective is kept."""
    best: Factors | None = None
    literal_run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            literal_run.append(chr(value))
            continue
        if literal_run:  # consecutive literal characters are one string
            best = _more_selective(best, frozenset({"".join(literal_run)}))
            literal_run = []
        best = _more_selective(best, _item(op, value))
    return best


def _item(op: object, value: object) -> Factors | None:
    if op is sre.SUBPATTERN:  # (group, add_flags, del_flags, pattern)
        return _sequence(value[3])
    if op is sre.BRANCH:  # (None, [alternative, ...]): each needs its own factor
        branches = [_sequence(branch) for branch in value[1]]
        if any(not branch for branch in branches):
            return None
        return frozenset().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        minimum, _maximum, pattern = value
        return _sequence(pattern) if minimum >= 1 else None
    if op is sre.IN and _digits_only(value):
        return frozenset({DIGIT})
    return None  # lookarounds, anchors, other classes: nothing to require


def _digits_only(items: list[tuple[object, object]]) -> bool:
    """A character class of decimal digits only ('\\d', '[0-3]', '[01]')."""

    def is_digit(op: object, value: object) -> bool:
        if op is sre.CATEGORY:
            return value is sre.CATEGORY_DIGIT
        if op is sre.LITERAL:
            return 48 <= value <= 57
        if op is sre.RANGE:
            return 48 <= value[0] <= value[1] <= 57
        return False  # NEGATE and anything else

    return bool(items) and all(is_digit(op, value) for op, value in items)


def _more_selective(current: Factors | None, other: Factors | None) -> Factors | None:
    """Prefer the factor set whose commonest member is rarest in text; on a tie, the
    smaller set. Any choice is exact; this one only makes the gate sharper."""
    if not other:
        return current
    if not current:
        return other
    return min(current, other, key=lambda factors: (-_rarity(factors), len(factors)))


def _rarity(factors: Factors) -> int:
    """Longer strings are rarer, digits rarer than letters: 'er' is in most sentences,
    '19' or '20' in few, some digit in about a third."""
    return min(
        3 if factor == DIGIT else len(factor) + 2 * sum(c.isdigit() for c in factor)
        for factor in factors
    )
