"""Date resolution on the real seed articles (read from ../shared at run time)."""

import os
import re
from pathlib import Path

import pytest

from dyad.enrich.dates import resolve_event_date

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
PARTIAL_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def seed_sentences() -> list[str]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no seeds in {SEEDS} and CI=true")
        pytest.skip(f"no seeds in {SEEDS}")
    sentences = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        sentences += [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    return sentences


def test_every_seed_sentence_resolves_to_a_partial_iso_date_or_none():
    for published in ("2024-02-26", "2017-07", "2024", None):
        for sentence in seed_sentences():
            resolution = resolve_event_date(sentence, published)
            assert resolution.how
            assert resolution.value is None or PARTIAL_ISO.match(resolution.value), sentence
            if resolution.span is not None:
                start, end = resolution.span
                assert 0 <= start < end <= len(sentence)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("im vorigen Jahr", "2017-07", "2016"),
        ("zwischen 2021 und 2023", "2024-05-17", "2021/2023"),
        ("Zu Beginn dieser Woche", "2024-02-26", "2024-02-26"),
        ("Im März haben", "2024-05-17", "2024-03"),
        ("sprach am Sonntag", "2023-06-19", "2023-06-18"),
    ],
)
def test_seed_sentences_with_known_expressions(phrase, published, expected):
    matching = [s for s in seed_sentences() if phrase in s]
    assert matching, f"no seed sentence contains {phrase!r}"
    for sentence in matching:
        start = sentence.index(phrase)
        trigger = (start, start + len(phrase))  # the expression itself is the nearest
        assert resolve_event_date(sentence, published, trigger).value == expected, sentence


def test_vague_seed_sentence_is_unknown():
    matching = [s for s in seed_sentences() if "hat jüngst" in s and "stattgefunden" in s]
    assert matching
    for sentence in matching:
        trigger = sentence.index("stattgefunden")
        resolution = resolve_event_date(sentence, "2017-07", (trigger, trigger + 13))
        assert resolution.value is None and "vague" in resolution.how
