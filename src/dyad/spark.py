"""Scale-out: the same per-document function inside Spark.

    from dyad.spark import code_dataframe
    events = code_dataframe(spark.read.json("articles.jsonl"))
    events.write.parquet("events.parquet")

Each executor builds one Pipeline per Python worker (the knowledge loads once)
and codes its partition's records with `Pipeline.code_records`, exactly as the
CLI does; the rows have the store's flat event schema, so Spark's output and
`dyad export --format parquet` can be read the same way. Documents that cannot
be coded come back in a second DataFrame with the reason.

pyspark is an optional extra: `pip install 'dyad[spark]'`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import pyarrow as pa

from dyad.pipeline import Options, Pipeline
from dyad.store.records import record_to_row
from dyad.store.schema import EVENT_COLUMNS

INPUT_FIELDS = ("id", "text", "url", "outlet", "published")


@cache
def _pipeline(keep_modal: bool) -> Pipeline:
    return Pipeline(Options(keep_modal=keep_modal))


def code_rows(rows: Iterable[Any], keep_modal: bool = False) -> Iterator[tuple[str, dict]]:
    """("event", flat row) or ("error", {"doc", "error"}) for each input row."""
    pipeline = _pipeline(keep_modal)
    for row in rows:
        values = row.asDict() if hasattr(row, "asDict") else dict(row)
        record = {k: values.get(k) for k in INPUT_FIELDS if values.get(k) is not None}
        for result in pipeline.code_records([record]):
            if result.error:
                yield "error", {"doc": str(record.get("id")), "error": result.error}
            for event in result.events:
                yield "event", record_to_row(event)


def _spark_type(arrow_type: pa.DataType):
    from pyspark.sql import types as T

    return {
        pa.string(): T.StringType(),
        pa.date32(): T.DateType(),
        pa.float64(): T.DoubleType(),
        pa.int8(): T.ByteType(),
        pa.int32(): T.IntegerType(),
    }[arrow_type]


def event_schema():
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(name, _spark_type(typ), True) for name, typ in EVENT_COLUMNS]
    )


def code_dataframe(frame, keep_modal: bool = False):
    """(events, errors) DataFrames for a DataFrame with at least a `text` column."""
    from pyspark.sql import types as T

    if "text" not in frame.columns:
        raise ValueError(f"the input needs a 'text' column; it has {frame.columns}")
    columns = [c for c in INPUT_FIELDS if c in frame.columns]
    coded = (
        frame.select(*columns).rdd.mapPartitions(lambda rows: code_rows(rows, keep_modal)).cache()
    )
    names = [name for name, _ in EVENT_COLUMNS]
    spark = frame.sparkSession
    events = spark.createDataFrame(
        coded.filter(lambda item: item[0] == "event").map(
            lambda item: tuple(item[1][n] for n in names)
        ),
        event_schema(),
    )
    error_schema = T.StructType(
        [T.StructField("doc", T.StringType()), T.StructField("error", T.StringType())]
    )
    errors = spark.createDataFrame(
        coded.filter(lambda item: item[0] == "error").map(
            lambda item: (item[1]["doc"], item[1]["error"])
        ),
        error_schema,
    )
    return events, errors
