"""The coder on the scraped seed articles (read from ../shared at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.language import split_sentences
from dyad.model import Candidate, Document, Sentence


@pytest.fixture(scope="module")
def coded_seeds(
    seeds_dir: Path, actor_resolver, coder
) -> dict[str, list[tuple[Sentence, Candidate]]]:
    """Every seed document, coded sentence by sentence as the pipeline does."""
    coded: dict[str, list[tuple[Sentence, Candidate]]] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Document(id=path.name, text=text)
        found = coded.setdefault(path.name[:3], [])
        for index, (start, end) in enumerate(split_sentences(text)):
            sentence_text = text[start:end]
            mentions = actor_resolver.find(sentence_text, "2024-02-26", "de")
            sentence = Sentence(index, start, end, sentence_text, mentions=mentions)
            doc.sentences.append(sentence)
            if mentions and coder.has_trigger(sentence_text):
                found.extend((sentence, c) for c in coder.code(sentence, doc, keep_modal=True))
    return coded


def dyads(found, root: str, factual: bool = True) -> set[tuple[str, str]]:
    return {
        (
            c.source.country or c.source.code,
            (c.target.country or c.target.code) if c.target else "-",
        )
        for _, c in found
        if c.cameo.startswith(root) and (c.modality is None or not factual)
    }


def test_trilateral_meeting_gives_every_pair(coded_seeds) -> None:
    meetings = {frozenset(d) for d in dyads(coded_seeds["004"], "04")}
    for pair in ({"USA", "JPN"}, {"USA", "KOR"}, {"JPN", "KOR"}):
        assert frozenset(pair) in meetings


def test_vice_minister_meets_counterpart_named_earlier(coded_seeds) -> None:
    assert ("CHN", "KOR") in dyads(coded_seeds["004"], "04")


def test_russian_chinese_naval_exercise(coded_seeds) -> None:
    assert {("RUS", "CHN"), ("CHN", "RUS")} <= dyads(coded_seeds["002"], "06")


def test_demand_from_beijing(coded_seeds) -> None:
    assert ("USA", "CHN") in dyads(coded_seeds["002"], "10")


def test_talks_with_counterpart(coded_seeds) -> None:
    assert {("USA", "CHN"), ("CHN", "USA")} <= dyads(coded_seeds["001"], "04")


def test_appeal_of_two_states(coded_seeds) -> None:
    assert {("USA", "CHN"), ("KOR", "CHN")} <= dyads(coded_seeds["003"], "02")


def test_open_questions_give_no_factual_event(coded_seeds) -> None:
    for found in coded_seeds.values():
        for sentence, candidate in found:
            if sentence.text.startswith("Ob ") or sentence.text.rstrip().endswith("?"):
                assert candidate.modality is not None, candidate.note


def test_every_factual_event_has_a_rule_and_a_note(coded_seeds) -> None:
    for found in coded_seeds.values():
        for sentence, candidate in found:
            start, end = candidate.trigger
            assert 0 <= start < end <= len(sentence.text)
            assert candidate.rule.startswith("de.") and candidate.note
