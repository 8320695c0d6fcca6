"""Word tokens with offsets; hyphenated compounds ("US-Außenminister") stay whole."""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+(?:[-‐‑'’]\w+)*|[^\w\s]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
