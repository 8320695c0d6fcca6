"""Fixtures for the event coder tests: the real actor resolver and the real lexicon."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyad.actors import ActorResolver
from dyad.events import EventCoder
from dyad.model import Candidate, Document, Sentence

# Lexicon examples and test sentences are resolved as of this date (office holders).
EXAMPLE_DATE = "2024-02-26"


@pytest.fixture(scope="session")
def example_date() -> str:
    return EXAMPLE_DATE


@pytest.fixture(scope="session")
def actor_resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder.load()


CodeText = Callable[..., list[Candidate]]


@pytest.fixture(scope="session")
def code_text(actor_resolver: ActorResolver, coder: EventCoder) -> CodeText:
    """Code the last of some sentences (earlier ones are context), like the pipeline does."""

    def run(*sentences: str, keep_modal: bool = False, date: str = EXAMPLE_DATE):
        doc = Document(id="test", text=" ".join(sentences))
        offset = 0
        candidates: list[Candidate] = []
        for index, text in enumerate(sentences):
            mentions = actor_resolver.find(text, date, "de")
            sentence = Sentence(index, offset, offset + len(text), text, mentions=mentions)
            offset += len(text) + 1
            doc.sentences.append(sentence)
            candidates = coder.code(sentence, doc, keep_modal=keep_modal)
        return candidates

    return run


def _dyads(candidates: list[Candidate], root: str = "") -> set[tuple[str, str]]:
    """(source, target) of the factual candidates of a root: countries, else codes."""
    return {
        (
            c.source.country or c.source.code,
            (c.target.country or c.target.code) if c.target else "-",
        )
        for c in candidates
        if c.cameo.startswith(root) and c.modality is None
    }


@pytest.fixture(scope="session")
def dyads() -> Callable[..., set[tuple[str, str]]]:
    return _dyads


def country(mention) -> str:
    return (mention.country or mention.code) if mention is not None else "-"


def assert_coded(coder, code_text, text, cameo, source, target) -> None:
    """The trigger scan sends TEXT on, and some event of CAMEO runs SOURCE -> TARGET."""
    assert coder.has_trigger(text), f"the trigger scan misses {text!r}"
    found = [(c.cameo, country(c.source), country(c.target), c.rule) for c in code_text(text)]
    assert any(
        code.startswith(cameo) and (src, tgt) == (source, target) for code, src, tgt, _ in found
    ), found


def assert_quiet(code_text, text, root) -> None:
    """Nothing of ROOT is coded in TEXT."""
    found = [(c.cameo, c.rule) for c in code_text(text) if c.cameo.startswith(root)]
    assert not found, found


@pytest.fixture(scope="session")
def pipeline():
    """The whole pipeline, each sentence's events kept (no collapsing of repeats)."""
    from dyad.pipeline import Options, Pipeline

    return Pipeline(Options(collapse_repeats=False))


def events_of(pipeline, text: str) -> list[dict]:
    result = pipeline.code_text(text, published="2024-03-07")
    assert result.error is None
    return result.events


def last_sentence(pipeline, text: str) -> list[dict]:
    """The events of the text's last sentence that has any."""
    events = events_of(pipeline, text)
    last = max(e["explanation"]["sentence_index"] for e in events)
    return [e for e in events if e["explanation"]["sentence_index"] == last]


def last_event(pipeline, text: str) -> dict:
    [event] = last_sentence(pipeline, text)
    return event
