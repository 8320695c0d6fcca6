"""The gold files themselves: well-formed by gold-format.md, and every document traceable."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from dyad.evaluate import is_state

EVAL = Path(__file__).resolve().parents[2] / "eval"
ISO_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
ROOT = re.compile(r"0[1-9]|1\d|20")


# Held-out batches annotated after dyad's rules were written (one file per annotator).
FRESH_GOLD = sorted(path.name for path in EVAL.glob("fresh-gold-*.jsonl"))
SOURCED_GOLD = ["dev-gold.jsonl", *FRESH_GOLD]
# Sets whose texts the developers wrote themselves, kept beside their gold in eval/<set>/.
WRITTEN_GOLD = sorted(path.name for path in EVAL.glob("written-*-gold.jsonl"))


def gold_lines(name: str) -> list[dict]:
    text = (EVAL / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["dev-gold.jsonl", "seeds-gold.jsonl", *FRESH_GOLD, *WRITTEN_GOLD])
def test_gold_events_are_state_pairs_with_cameo_roots(name: str) -> None:
    docs = [line["doc"] for line in gold_lines(name)]
    assert len(docs) == len(set(docs))
    for line in gold_lines(name):
        assert ISO_DATE.fullmatch(line.get("published", "2000"))
        for event in line["events"]:
            where = f"{line['doc']}: {event}"
            assert is_state(event["source"]) and is_state(event["target"]), where
            assert event["source"] != event["target"], where
            assert event["roots"] and all(ROOT.fullmatch(r) for r in event["roots"]), where
            assert isinstance(event["required"], bool) and isinstance(event["symmetric"], bool)
            assert ISO_DATE.fullmatch(event.get("date", "2000")), where
            assert event["note"], where


def test_every_dev_and_fresh_document_is_listed_in_sources_with_its_hash() -> None:
    with (EVAL / "sources.tsv").open(encoding="utf-8", newline="") as handle:
        sources = list(csv.DictReader(handle, delimiter="\t"))
    listed = [row["doc"] for row in sources]
    assert len(listed) == len(set(listed))
    gold_docs = {line["doc"] for name in SOURCED_GOLD for line in gold_lines(name)}
    assert set(listed) == gold_docs
    for row in sources:
        assert row["corpus"] in {"10kGNAD", "quotes"} and re.fullmatch(r"[0-9a-f]{40}", row["sha1"])
        prefix = "10kgnad-" if row["corpus"] == "10kGNAD" else "quotes-"
        assert row["doc"].startswith(prefix) and row["doc"].endswith(".txt")


def test_dev_gold_is_big_enough_to_measure_with() -> None:
    lines = gold_lines("dev-gold.jsonl")
    required = sum(1 for line in lines for event in line["events"] if event["required"])
    assert len(lines) >= 50 and required >= 75


def test_fresh_batches_are_disjoint_from_dev_and_from_each_other() -> None:
    seen = {line["doc"] for line in gold_lines("dev-gold.jsonl")}
    for name in FRESH_GOLD:
        docs = {line["doc"] for line in gold_lines(name)}
        assert not docs & seen, f"{name} repeats {sorted(docs & seen)}"
        seen |= docs


@pytest.mark.parametrize("name", WRITTEN_GOLD)
def test_written_sets_hold_exactly_the_documents_their_gold_lists(name: str) -> None:
    folder = EVAL / name.removesuffix("-gold.jsonl")
    listed = {line["doc"] for line in gold_lines(name)}
    assert listed == {path.name for path in folder.glob("*.txt")}
    assert all(line.get("published") for line in gold_lines(name)), "dates resolve against it"
