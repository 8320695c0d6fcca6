"""The knowledge tables of ingest: unique ids, patterns that compile, examples that match."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from dyad.ingest.clean import _why_debris
from dyad.ingest.furniture import header_of
from dyad.ingest.menus import section_names


def _rows(name: str) -> list[dict[str, str]]:
    table = resources.files("dyad.ingest") / "data" / name
    with table.open(encoding="utf-8") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("name", ["debris.tsv", "teaser_headers.tsv", "sections.tsv"])
def test_ids_are_unique_and_cells_filled(name):
    rows = _rows(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert all(value and value.strip() for value in row.values()), row


def test_every_debris_example_is_removed_by_its_own_row():
    for row in _rows("debris.tsv"):
        assert re.search(row["pattern"], row["example"], re.IGNORECASE), row["id"]
        assert _why_debris(row["example"]) is not None, row["id"]


def test_every_teaser_header_example_opens_a_block_of_its_row():
    for row in _rows("teaser_headers.tsv"):
        found = header_of(row["example"])
        assert found is not None and found[0].id == row["id"], row


def test_section_names_are_single_entries():
    assert {"startseite", "politik", "ausland"} <= section_names()
    assert all(len(name.split()) <= 3 for name in section_names())
