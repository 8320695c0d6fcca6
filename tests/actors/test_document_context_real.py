"""Document context on real articles: DER STANDARD texts of the dev set (10kGNAD rows
listed in eval/sources.tsv), read from ../shared at run time and checked by SHA-1."""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

import pytest

from dyad.actors import ActorResolver
from dyad.language import split_sentences

REPO = Path(__file__).resolve().parents[2]
GNAD = REPO / ".." / "shared" / "data" / "external" / "10kGNAD" / "test.csv"


def article(row: int) -> str:
    if not GNAD.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"10kGNAD missing at {GNAD}")
        pytest.skip(f"10kGNAD not available at {GNAD}")
    with (REPO / "eval" / "sources.tsv").open(encoding="utf-8", newline="") as handle:
        sources = {r["key"]: r["sha1"] for r in csv.DictReader(handle, delimiter="\t")}
    with GNAD.open(encoding="utf-8", newline="") as handle:
        texts = [r[1] for r in csv.reader(handle, delimiter=";", quotechar="'")]
    text = texts[row]
    assert hashlib.sha1(text.encode("utf-8")).hexdigest() == sources[str(row)]
    return text


def mentions(resolver: ActorResolver, text: str) -> tuple[str | None, set[tuple[str, str]]]:
    context = resolver.document_context(text)
    found = set()
    for start, end in split_sentences(text):
        found |= {(m.text, m.code) for m in resolver.find(text[start:end], None, "de", context)}
    return context.home, found


def test_austrian_reports_read_bare_federal_titles_as_austrian(resolver: ActorResolver) -> None:
    home, found = mentions(resolver, article(761))  # refugee policy, Vienna
    assert home == "AUT"
    assert ("Bundesregierung", "AUTGOV") in found
    assert ("Bundeskanzler", "AUTGOV") in found
    assert not any(code.startswith("DEU") for text, code in found if text.startswith("Bundes"))
    home, found = mentions(resolver, article(893))  # interview with an Austrian politician
    assert home == "AUT"
    assert ("Bundesregierung", "AUTGOV") in found


def test_an_austrian_report_about_germany_keeps_the_german_reading(
    resolver: ActorResolver,
) -> None:
    home, found = mentions(resolver, article(749))  # German steel workers, Berlin
    assert home == "DEU"
    assert ("Bundesregierung", "DEUGOV") in found


def test_titled_unknown_people_are_recalled_by_surname(resolver: ActorResolver) -> None:
    _, found = mentions(resolver, article(8))  # Moldova's prime minister
    assert ("Brega", "MDAGOV") in found
