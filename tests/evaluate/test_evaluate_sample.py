import json

from typer.testing import CliRunner

from dyad.cli import _register_commands, app
from dyad.sample import CORPUS_DIR, GOLD_PATH


def test_evaluate_finds_jsonl_records_by_id_and_scores_the_sample():
    gold_ids = {json.loads(line)["doc"] for line in GOLD_PATH.read_text("utf-8").splitlines()}
    in_jsonl = {
        json.loads(line)["id"]
        for path in CORPUS_DIR.glob("*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    assert gold_ids & in_jsonl, "the sample gold names records of its JSONL file"
    _register_commands()
    run = CliRunner().invoke(
        app, ["evaluate", "--gold", str(GOLD_PATH), "--docs", str(CORPUS_DIR), "--json"]
    )
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert not report.get("coding_errors")
    assert report["precision"]["value"] >= 0.9
