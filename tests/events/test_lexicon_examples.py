"""Every lexicon row's example sentence, run through ActorResolver + EventCoder, must be
coded by that row with its CAMEO code and the expected source/target countries."""

from __future__ import annotations

import pytest

from dyad.events.lexicon import COLUMNS, PATTERN_DIR, Lexicon, read_pattern_file
from dyad.model import Document, Sentence

PATTERNS = Lexicon.read().patterns


def country(mention) -> str:
    return (mention.country or mention.code) if mention is not None else "-"


def test_lexicon_files_share_one_header_and_unique_ids() -> None:
    ids = [p.id for p in PATTERNS]
    assert len(ids) == len(set(ids))
    for path in sorted(PATTERN_DIR.glob("*.tsv")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert tuple(first.split("\t")) == COLUMNS, path.name
        for pattern in read_pattern_file(path):
            assert pattern.id.startswith(f"de.{path.stem}."), (path.name, pattern.id)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_example_is_coded_by_its_pattern(pattern, actor_resolver, coder, example_date) -> None:
    text = pattern.example
    mentions = actor_resolver.find(text, example_date, "de")
    sentence = Sentence(0, 0, len(text), text, mentions=mentions)
    doc = Document(id=pattern.id, text=text, sentences=[sentence])
    assert coder.has_trigger(text), f"the trigger scan misses {text!r}"
    fired = [c for c in coder.code(sentence, doc) if c.rule == pattern.id]
    found = {(country(c.source), country(c.target)) for c in fired}
    notes = [c.note for c in coder.code(sentence, doc)]
    assert fired, f"{pattern.id} did not fire on {text!r}; coded instead: {notes}"
    assert {c.cameo for c in fired} == {pattern.cameo}, notes
    for source, target in pattern.expect:
        reverse = pattern.mutual and (target, source) in found
        assert (source, target) in found or reverse, (
            f"{pattern.id}: expected {source}>{target} in {sorted(found)}; {notes}"
        )
