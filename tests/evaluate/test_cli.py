"""`dyad evaluate` end to end on a tiny gold set written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dyad.cli import evaluate as evaluate_command
from dyad.evaluate.run import gold_records, load_gold

MEETING = (
    "Berlin – Bundeskanzlerin Angela Merkel hat am Montag in Paris den französischen "
    "Präsidenten François Hollande getroffen. Die beiden sprachen über die Lage in der Ukraine."
)
WEATHER = "Wien – In Wien hat es am Sonntag den ganzen Tag geregnet."


def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app with the evaluate command only."""

    evaluate_command.register(app)
    return app


@pytest.fixture
def gold_and_docs(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "meeting.txt").write_text(MEETING, encoding="utf-8")
    (docs / "weather.txt").write_text(WEATHER, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    lines = [
        {
            "doc": "meeting.txt",
            "published": "2015-03-10",
            "events": [
                {
                    "source": "DEU",
                    "target": "FRA",
                    "roots": ["04"],
                    "symmetric": True,
                    "required": True,
                    "date": "2015-03-09",
                    "note": "Merkel meets Hollande",
                },
            ],
        },
        {"doc": "weather.txt", "events": []},
    ]
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return gold, docs


def test_evaluate_prints_a_json_report_for_every_gold_document(
    gold_and_docs: tuple[Path, Path],
) -> None:
    gold, docs = gold_and_docs
    result = CliRunner().invoke(
        cli(), ["evaluate", "--gold", str(gold), "--docs", str(docs), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["coding_errors"] == []
    assert [d["doc"] for d in report["documents"]] == ["meeting.txt", "weather.txt"]
    assert report["recall"]["total"] == 1
    # Whatever dyad codes in the weather report is wrong by construction.
    weather = report["documents"][1]
    assert weather["correct"] == 0 and len(weather["wrong"]) == weather["tuples"]


def test_evaluate_prints_totals_as_text(gold_and_docs: tuple[Path, Path]) -> None:
    gold, docs = gold_and_docs
    result = CliRunner().invoke(cli(), ["evaluate", "--gold", str(gold), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert "meeting.txt: recall" in result.output
    for figure in ("precision", "recall", "date accuracy", "dyad precision"):
        assert f"\n{figure} " in result.output


def test_the_gold_publication_date_reaches_the_pipeline(gold_and_docs: tuple[Path, Path]) -> None:
    gold, docs = gold_and_docs
    records = gold_records(load_gold(gold), docs)
    assert records[0]["id"] == "meeting.txt" and records[0]["published"] == "2015-03-10"
    assert records[1]["published"] is None and records[1]["text"] == WEATHER


def test_a_gold_document_missing_from_docs_is_an_error(
    gold_and_docs: tuple[Path, Path],
) -> None:
    gold, docs = gold_and_docs
    (docs / "weather.txt").unlink()
    with pytest.raises(FileNotFoundError, match="weather.txt"):
        gold_records(load_gold(gold), docs)
