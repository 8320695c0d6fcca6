"""The bundled sample corpus checked as data: its documents, its gold, its non-events and debris.

These tests do not run the pipeline; they make sure the test bed the end-to-end tests rely on
is complete and consistent (every gold document exists, every listed sentence is really there).
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from dyad.sample import CORPUS_DIR, DEBRIS_PATH, GOLD_PATH, NON_EVENTS_PATH

REQUIRED_ROOTS = ("02", "04", "06", "10", "11", "12", "13")
NON_EVENT_KINDS = {"hypothetical", "conditional", "future", "negated", "question", "denial"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = {"source", "target", "roots", "symmetric", "required", "date", "note"}
# Organisation codes the gold format allows beside states (CAMEO IGO codes).
ORGANISATION = re.compile(r"^IGO[A-Z]{3,}$")


class _VisibleText(HTMLParser):
    """Text of an HTML page outside <head>, <script> and <style>, whitespace collapsed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"head", "script", "style"}:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"head", "script", "style"}:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _load_documents() -> dict[str, dict[str, str]]:
    """Every sample document by its id (file name, or record id): raw text and visible text."""
    documents: dict[str, dict[str, str]] = {}
    for path in sorted(CORPUS_DIR.iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                record = json.loads(line)
                assert record["id"] not in documents, f"duplicate id {record['id']}"
                documents[record["id"]] = {"kind": "jsonl", "raw": line, "text": record["text"]}
        elif path.suffix == ".html":
            parser = _VisibleText()
            parser.feed(raw)
            documents[path.name] = {"kind": "html", "raw": raw, "text": "".join(parser.parts)}
        elif path.suffix == ".txt":
            documents[path.name] = {"kind": "txt", "raw": raw, "text": raw}
        else:
            pytest.fail(f"unexpected file in the sample corpus: {path.name}")
    return documents


DOCUMENTS = _load_documents()
GOLD = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line]


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _is_actor_code(code: str) -> bool:
    if code == "XKX" or ORGANISATION.match(code):
        return True
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _parse_partial(value: str) -> date:
    """The first day a partial ISO date can mean, validating month and day on the way."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def test_corpus_has_enough_articles_in_every_input_format() -> None:
    kinds = [doc["kind"] for doc in DOCUMENTS.values()]
    assert len(DOCUMENTS) >= 12
    assert kinds.count("txt") >= 8
    assert kinds.count("html") >= 2
    assert 2 <= kinds.count("jsonl") <= 3


@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_article_length_is_wire_style(doc_id: str) -> None:
    words = len(DOCUMENTS[doc_id]["text"].split())
    lower = 120 if DOCUMENTS[doc_id]["kind"] != "html" else 150  # pages carry boilerplate
    assert lower <= words <= 420, f"{doc_id} has {words} words"


def test_jsonl_records_carry_ingest_metadata() -> None:
    records = [json.loads(d["raw"]) for d in DOCUMENTS.values() if d["kind"] == "jsonl"]
    for record in records:
        assert set(record) == {"id", "text", "url", "outlet", "published"}
        assert record["url"].startswith("https://example.org/")
        assert record["outlet"] == "dyad sample"
        assert PARTIAL_DATE.match(record["published"])


def test_html_pages_state_their_publication_date() -> None:
    pages = {k: d["raw"] for k, d in DOCUMENTS.items() if d["kind"] == "html"}
    for name, raw in pages.items():
        meta = re.search(r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', raw)
        time = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
        found = (meta or time).group(1) if (meta or time) else None
        gold_published = next(g["published"] for g in GOLD if g["doc"] == name)
        assert found == gold_published, name
        assert "<nav" in raw and "<footer" in raw, f"{name} lacks boilerplate to strip"


def test_gold_covers_every_document_once() -> None:
    gold_docs = [line["doc"] for line in GOLD]
    assert len(gold_docs) == len(set(gold_docs)), "a document has two gold lines"
    assert set(gold_docs) == set(DOCUMENTS)


@pytest.mark.parametrize("line", GOLD, ids=[line["doc"] for line in GOLD])
def test_gold_line_follows_the_format(line: dict) -> None:
    assert set(line) == {"doc", "published", "events"}
    assert PARTIAL_DATE.match(line["published"])
    published = _parse_partial(line["published"])
    assert line["events"], f"{line['doc']} has no gold event"
    for event in line["events"]:
        assert set(event) <= EVENT_KEYS and {"source", "target", "roots", "required"} <= set(event)
        assert _is_actor_code(event["source"]) and _is_actor_code(event["target"]), event
        assert event["source"] != event["target"], event
        roots = event["roots"]
        assert roots and len(roots) == len(set(roots)), event
        assert all(re.fullmatch(r"\d{2}", r) and 1 <= int(r) <= 20 for r in roots), event
        assert isinstance(event["required"], bool)
        assert isinstance(event.get("symmetric", False), bool)
        assert event.get("note"), f"every gold event explains itself: {event}"
        if "date" in event:
            assert PARTIAL_DATE.match(event["date"]), event
            assert _parse_partial(event["date"]) <= published, f"event after publication: {event}"


def test_gold_requires_every_root_the_coder_supports() -> None:
    required_roots = {e["roots"][0] for line in GOLD for e in line["events"] if e["required"]}
    missing = [root for root in REQUIRED_ROOTS if root not in required_roots]
    assert not missing, f"no required gold event with root {missing}"


def test_gold_has_no_duplicate_events() -> None:
    for line in GOLD:
        keys = [
            (e["source"], e["target"], tuple(e["roots"]), e.get("date"), e["note"])
            for e in line["events"]
        ]
        assert len(keys) == len(set(keys)), line["doc"]


NON_EVENTS = _read_tsv(NON_EVENTS_PATH)


def test_non_events_cover_every_kind_of_unreal_clause() -> None:
    assert len(NON_EVENTS) >= 6
    assert {row["why"] for row in NON_EVENTS} == NON_EVENT_KINDS
    assert len({row["id"] for row in NON_EVENTS}) == len(NON_EVENTS)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[row["id"] for row in NON_EVENTS])
def test_non_event_sentence_occurs_in_its_document(row: dict[str, str]) -> None:
    assert row["doc"] in DOCUMENTS, row["doc"]
    assert _collapse(row["sentence"]) in _collapse(DOCUMENTS[row["doc"]]["text"])


DEBRIS = _read_tsv(DEBRIS_PATH)


@pytest.mark.parametrize("row", DEBRIS, ids=[row["id"] for row in DEBRIS])
def test_debris_occurs_in_its_raw_document(row: dict[str, str]) -> None:
    assert row["doc"] in DOCUMENTS, row["doc"]
    raw = DOCUMENTS[row["doc"]]["raw"]
    if DOCUMENTS[row["doc"]]["kind"] == "txt":  # a whole line of its own, as scrapers leave it
        assert row["text"] in raw.splitlines()
    else:
        assert row["text"] in _collapse(DOCUMENTS[row["doc"]]["text"])


def test_sample_is_reachable_as_package_data() -> None:
    """The CLI finds the corpus through importlib.resources, as `dyad code --sample` does."""
    corpus = Path(str(resources.files("dyad.sample") / "corpus"))
    assert {p.name for p in corpus.iterdir()} == {p.name for p in CORPUS_DIR.iterdir()}


COPY_WINDOW = 7  # words in a row; seven shared words are a copied phrase, not a shared name


def _windows(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + COPY_WINDOW]) for i in range(len(words) - COPY_WINDOW + 1)}


def test_no_phrase_is_copied_from_the_seeds(seeds_dir: Path) -> None:
    """The project holds only text its developers wrote: no seed phrase may reappear."""
    seed_windows = set().union(*(_windows(p.read_text("utf-8")) for p in seeds_dir.glob("*.txt")))
    assert seed_windows, "no seed text read"
    copied = {
        doc_id: sorted(" ".join(w) for w in _windows(doc["text"]) & seed_windows)
        for doc_id, doc in DOCUMENTS.items()
        if _windows(doc["text"]) & seed_windows
    }
    assert not copied, copied
