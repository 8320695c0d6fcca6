"""Precision guard: dyad's precision and recall on the development gold must not fall.

Rebuilds the gold documents from ../shared (the texts are not in the repository), codes
them with the pipeline, scores them and compares with the floors in eval/floor.json.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from dyad.evaluate.run import evaluate

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
EVAL = REPO / "eval"


def shared_or_skip() -> Path:
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SHARED} is missing; CI must provide the shared corpora")
    pytest.skip(f"{SHARED} is missing: the gold documents cannot be rebuilt")


def load_build_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_docs", EVAL / "build_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def floors(name: str) -> dict[str, float]:
    return json.loads((EVAL / "floor.json").read_text(encoding="utf-8"))[name]


@pytest.fixture(scope="module")
def dev_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = shared_or_skip()
    out = tmp_path_factory.mktemp("dev-docs")
    written = load_build_docs().build(shared.resolve(), out)
    gold_lines = (EVAL / "dev-gold.jsonl").read_text(encoding="utf-8").splitlines()
    # sources.tsv also lists the fresh (held-out) batches: dev must be among what was built.
    dev_names = {json.loads(line)["doc"] for line in gold_lines if line.strip()}
    assert dev_names <= {path.name for path in written}
    return out


def check(report_name: str, gold: Path, docs: Path) -> None:
    report = evaluate(gold, docs)
    floor = floors(report_name)
    assert report.coding_errors == []
    assert report.ungraded_documents == []
    precision = report.precision.value or 0.0
    recall = report.recall.value or 0.0
    summary = f"{report_name}: precision {report.precision}, recall {report.recall}"
    assert precision >= floor["precision"], summary
    assert recall >= floor["recall"], summary


def test_dev_precision_and_recall_stay_above_their_floors(dev_docs: Path) -> None:
    check("dev", EVAL / "dev-gold.jsonl", dev_docs)


def test_seed_precision_and_recall_stay_above_their_floors() -> None:
    check("seeds", EVAL / "seeds-gold.jsonl", shared_or_skip() / "seeds")


def test_written_dev_precision_and_recall_stay_above_their_floors() -> None:
    # Its texts are the developers' own, kept in the repository: no ../shared needed.
    check("written-dev", EVAL / "written-dev-gold.jsonl", EVAL / "written-dev")
