"""The whole pipeline on the five scraped seed articles (read from ../shared)."""

from __future__ import annotations

import json
from itertools import combinations

import jsonschema
import pytest
from typer.testing import CliRunner

from dyad.cli import _register_commands, app
from dyad.ingest import clean_text
from dyad.pipeline import Pipeline
from dyad.store import EventStore


@pytest.fixture(scope="module")
def coded(seeds_dir):
    return {r.doc.id: r for r in Pipeline().code_paths([seeds_dir])}


def _pairs(result, root):
    return {
        (e["source"]["country"], e["target"]["country"])
        for e in result.events
        if e["root"] == root and e["target"]
    }


def test_every_event_comes_from_article_text_never_from_debris(coded, seeds_dir):
    for doc_id, result in coded.items():
        raw = (seeds_dir / doc_id).read_text("utf-8")
        removed = [line for line, _why in clean_text(raw).removed]
        for event in result.events:
            start, end = event["span"]
            assert result.doc.text[start:end] == event["sentence"]
            for line in removed:
                assert event["sentence"] not in line and line not in event["sentence"], line


def test_trilateral_foreign_ministers_meeting_gives_04_between_each_pair(coded):
    pairs = _pairs(coded["004_6640de33ef00d5b8.txt"], "04")
    for a, b in combinations(["USA", "JPN", "KOR"], 2):
        assert (a, b) in pairs or (b, a) in pairs, (a, b, pairs)


def test_russian_chinese_naval_exercise_gives_06(coded):
    pairs = _pairs(coded["002_491ad0bdec7b5160.txt"], "06")
    assert ("RUS", "CHN") in pairs or ("CHN", "RUS") in pairs, pairs


def test_appeal_of_usa_and_south_korea_to_china_gives_02_for_each(coded):
    pairs = _pairs(coded["003_df40a1e13b40a837.txt"], "02")
    assert {("USA", "CHN"), ("KOR", "CHN")} <= pairs


def test_the_open_question_of_a_meeting_with_xi_is_no_event(coded):
    result = coded["001_3b1e2e1d15e2c6ba.txt"]
    questions = [
        s for s in result.doc.sentences if "Xi" in s.text and " ob " in f" {s.text} ".lower()
    ]
    assert questions, "the seed's question sentences were not found"
    for event in result.events:
        assert event["sentence"] not in [s.text for s in questions], event


def test_no_event_without_a_resolved_source(coded):
    for result in coded.values():
        for event in result.events:
            assert event["source"]["code"]
            assert event["modality"] is None  # default: factual clauses only


def test_cli_jsonl_output_validates_against_the_record_contract(
    seeds_dir, tmp_path, event_record_schema
):
    _register_commands()
    db = tmp_path / "seeds.duckdb"
    run = CliRunner().invoke(
        app, ["code", str(seeds_dir), "--db", str(db), "--format", "jsonl", "-q"]
    )
    assert run.exit_code == 0, run.output
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(lines) >= 8
    for line in lines:
        jsonschema.validate(json.loads(line), event_record_schema)
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == len(set(ids))


def test_coding_twice_leaves_the_same_events(seeds_dir, tmp_path):
    db = tmp_path / "twice.duckdb"
    _register_commands()
    runner = CliRunner()
    assert runner.invoke(app, ["code", str(seeds_dir), "--db", str(db), "-q"]).exit_code == 0
    with EventStore(db, read_only=True) as store:
        first = sorted(r["id"] for r in store.events())
    assert runner.invoke(app, ["code", str(seeds_dir), "--db", str(db), "-q"]).exit_code == 0
    with EventStore(db, read_only=True) as store:
        assert sorted(r["id"] for r in store.events()) == first
        assert store.counts()["documents"] == 5


def test_a_changed_document_replaces_its_events(seeds_dir, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    text = (seeds_dir / "003_df40a1e13b40a837.txt").read_text("utf-8")
    (folder / "a.txt").write_text(text, "utf-8")
    pipeline = Pipeline()
    from dyad.cli.batch import code_into_store

    with EventStore(tmp_path / "s.duckdb") as store:
        code_into_store(pipeline, [folder], store, progress=False)
        before = store.counts()["events"]
        assert before > 0
        # Keep only the first paragraph: fewer events, none of the old ones left over.
        (folder / "a.txt").write_text(text.split("\n\n")[0], "utf-8")
        report = code_into_store(pipeline, [folder], store, progress=False)
        assert report.coded == 1
        assert store.counts()["events"] < before
        assert store.counts()["documents"] == 1


def test_explain_shows_rule_spans_and_resolutions(seeds_dir, tmp_path):
    _register_commands()
    db = tmp_path / "explain.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["code", str(seeds_dir), "--db", str(db), "-q"]).exit_code == 0
    with EventStore(db, read_only=True) as store:
        event = next(e for e in store.events() if e["target"])
    run = runner.invoke(app, ["explain", event["id"][:10], "--db", str(db)])
    assert run.exit_code == 0, run.output
    assert event["rule"] in run.stdout
    assert "[S: " in run.stdout and "[V: " in run.stdout
    assert event["source"]["code"] in run.stdout
