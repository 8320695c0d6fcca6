"""The per-document function inside Spark gives exactly the CLI's events."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from dyad.pipeline import Pipeline
from dyad.store.records import record_to_row


def _spark_or_skip():
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("pyspark is part of the test extra and must be installed in CI")
        pytest.skip("pyspark not installed (pip install -e '.[spark]')")
    if not shutil.which("java"):
        if os.environ.get("CI") == "true":
            pytest.fail("Spark needs Java; CI machines have Java 17")
        pytest.skip("no java on this machine")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    return (
        SparkSession.builder.master("local[2]")
        .appName("dyad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


def test_spark_codes_the_seeds_like_the_cli(seeds_dir):
    records = [
        {"id": path.name, "text": path.read_text("utf-8")} for path in sorted(seeds_dir.iterdir())
    ]
    records.append({"id": "broken", "text": "   "})
    local = [record_to_row(e) for r in Pipeline().code_records(records) if r.doc for e in r.events]
    assert local, "the seeds give events locally"

    spark = _spark_or_skip()
    from dyad.spark import code_dataframe

    try:
        frame = spark.createDataFrame(records).repartition(2)
        events, errors = code_dataframe(frame)
        remote = {row["id"]: row.asDict() for row in events.collect()}
        failed = errors.collect()
    finally:
        spark.stop()
    assert set(remote) == {row["id"] for row in local}
    for row in local:
        other = remote[row["id"]]
        for key in ("doc", "source_code", "target_code", "cameo", "rule", "event_date", "sentence"):
            assert other[key] == row[key], key
    assert [(e["doc"], "no 'text'" in e["error"]) for e in failed] == [("broken", True)]
