"""Events as CSV: the store's flat columns, one event per row, without the explanation."""

from __future__ import annotations

import csv
import io
from typing import Any

from dyad.store.schema import EVENT_COLUMNS

CSV_COLUMNS = [name for name, _ in EVENT_COLUMNS if name != "explanation"]


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
