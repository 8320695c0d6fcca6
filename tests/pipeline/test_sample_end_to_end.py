"""The bundled sample corpus through the CLI: the README's first command, checked."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from dyad.cli import _register_commands, app
from dyad.evaluate import score
from dyad.sample import DEBRIS_PATH, GOLD_PATH, NON_EVENTS_PATH
from dyad.store import EventStore
from dyad.store.export import GDELT_COLUMNS

_register_commands()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("sample") / "dyad.duckdb"
    run = CliRunner().invoke(app, ["code", "--sample", "--db", str(db)])
    assert run.exit_code == 0, run.output
    assert "events by CAMEO root" in run.stdout and "top dyads" in run.stdout
    return db


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_no_event_from_the_sentences_that_must_not_be_coded(sample_db):
    with EventStore(sample_db, read_only=True) as store:
        events = store.events()
    assert events
    for row in _rows(NON_EVENTS_PATH):
        coded = [e for e in events if e["doc"] == row["doc"] and row["sentence"] in e["sentence"]]
        assert not coded, (row["id"], row["why"], coded[0]["rule"])


def test_no_page_debris_in_the_stored_texts(sample_db):
    with EventStore(sample_db, read_only=True) as store:
        for row in _rows(DEBRIS_PATH):
            document = store.document(row["doc"])
            assert document is not None, row["doc"]
            assert row["text"] not in document["text"], row["id"]


def test_sample_precision_stays_high(sample_db):
    gold = [json.loads(line) for line in GOLD_PATH.read_text("utf-8").splitlines() if line]
    with EventStore(sample_db, read_only=True) as store:
        report = score(gold, store.events())
    assert report.precision.value >= 0.8, report.precision


def test_exports(sample_db, tmp_path):
    import pyarrow.parquet as pq

    runner = CliRunner()
    with EventStore(sample_db, read_only=True) as store:
        total = store.counts()["events"]
    parquet, gdelt = tmp_path / "e.parquet", tmp_path / "e.tsv"
    for fmt, out in (("parquet", parquet), ("gdelt", gdelt)):
        run = runner.invoke(app, ["export", str(out), "--format", fmt, "--db", str(sample_db)])
        assert run.exit_code == 0, run.output
    assert pq.read_table(parquet).num_rows == total
    lines = gdelt.read_text("utf-8").splitlines()
    assert len(lines) == total
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == len(GDELT_COLUMNS) == 61
        row = dict(zip(GDELT_COLUMNS, cells, strict=True))
        assert row["EventCode"].startswith(row["EventRootCode"])
        assert len(row["EventRootCode"]) == 2  # codes stay strings: "04", not "4"
        assert row["QuadClass"] in {"1", "2", "3", "4"}


def test_events_filters_and_formats(sample_db):
    runner = CliRunner()
    run = runner.invoke(
        app, ["events", "--db", str(sample_db), "--root", "04", "--format", "jsonl"]
    )
    assert run.exit_code == 0
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert records and all(r["root"] == "04" for r in records)
    run = runner.invoke(app, ["events", "--db", str(sample_db), "--dyad", "USA-CHN"])
    assert run.exit_code == 0 and "USA" in run.stdout
    run = runner.invoke(app, ["events", "--db", str(sample_db), "--since", "last week"])
    assert run.exit_code == 2 and "--since" in run.output


def test_nothing_to_code_fails_with_one_line(tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    run = CliRunner().invoke(app, ["code", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert run.exit_code == 1
    assert "empty.txt: empty file" in run.output
    assert "no document could be coded" in run.output


def test_keep_modal_keeps_the_non_events_flagged(tmp_path):
    run = CliRunner().invoke(
        app,
        ["code", "--sample", "--keep-modal", "--db", str(tmp_path / "m.duckdb"), "--format",
         "jsonl", "-q"],
    )  # fmt: skip
    assert run.exit_code == 0, run.output
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    flagged = [r for r in records if r["modality"]]
    assert flagged, "no modal clause kept"
    assert {r["modality"] for r in flagged} <= {"hypothetical", "future", "negated"}
    non_events = {(row["doc"], row["sentence"]) for row in _rows(NON_EVENTS_PATH)}
    kept_non_events = [r for r in flagged if any(
        doc == r["doc"] and sentence in r["sentence"] for doc, sentence in non_events
    )]  # fmt: skip
    assert kept_non_events, "the listed non-events should come back flagged with --keep-modal"
