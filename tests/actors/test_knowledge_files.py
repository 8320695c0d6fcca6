"""The data files are reviewable tables: headers, unique ids, sources, valid dates."""

from __future__ import annotations

import re

import pytest

from dyad.actors.lexicon import DATA_DIR, read_tsv

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FILES = {
    "countries.tsv": "source",
    "country_forms.tsv": None,
    "metonyms.tsv": "source",
    "roles.tsv": None,
    "igos.tsv": "source",
    "informants.tsv": "source",
    "people.tsv": "source",
    "surname_stoplist.tsv": "reason",
    "home_evidence.tsv": "reason",
    "federal_titles.tsv": "note",
    "act_nouns.tsv": "note",
    "ambiguous_names.tsv": "note",
    "ambiguous_evidence.tsv": "note",
    "located_institutions.tsv": "note",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_rows_have_unique_ids_and_all_columns(name: str) -> None:
    rows = read_tsv(name)
    header = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header[0] == "id"
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
    for row in rows:
        assert None not in row.values(), f"{name}:{row['id']} has too few columns"
        assert None not in row, f"{name}:{row['id']} has too many columns"
        source = FILES[name]
        if source:
            assert row[source].strip(), f"{name}:{row['id']} has no {source}"


def test_sizes_reach_the_targets() -> None:
    assert len(read_tsv("countries.tsv")) >= 249
    assert len(read_tsv("metonyms.tsv")) >= 200
    assert len(read_tsv("roles.tsv")) >= 150
    assert len(read_tsv("igos.tsv")) >= 60
    assert len({row["name"] for row in read_tsv("people.tsv")}) >= 600


def test_people_dates_are_iso_and_ordered() -> None:
    for row in read_tsv("people.tsv"):
        assert DATE_RE.match(row["start"]), row["id"]
        if row["end"]:
            assert DATE_RE.match(row["end"]), row["id"]
            assert row["start"] < row["end"], row["id"]


def test_people_codes_are_iso3_or_igo() -> None:
    iso3 = {row["iso3"] for row in read_tsv("countries.tsv")}
    igos = {row["code"] for row in read_tsv("igos.tsv")}
    for row in read_tsv("people.tsv"):
        assert row["country"] in iso3 or row["country"] in igos, row["id"]


def test_one_office_has_one_holder_at_a_time() -> None:
    """Overlapping terms in the same office of the same country are data errors."""
    by_office: dict[tuple[str, str], list[dict[str, str]]] = {}
    shared = {"spokesperson", "senior_official", "special_envoy", "presidential_aide"}
    for row in read_tsv("people.tsv"):
        if row["role"] not in shared:
            by_office.setdefault((row["country"], row["role"]), []).append(row)
    for office, rows in by_office.items():
        rows.sort(key=lambda r: r["start"])
        for earlier, later in zip(rows, rows[1:], strict=False):
            end = earlier["end"] or "9999"
            assert end <= later["start"], f"{office}: {earlier['id']} overlaps {later['id']}"


def test_metonym_and_form_countries_exist() -> None:
    iso3 = {row["iso3"] for row in read_tsv("countries.tsv")}
    igos = {row["code"] for row in read_tsv("igos.tsv")}
    for name in ("metonyms.tsv", "country_forms.tsv"):
        for row in read_tsv(name):
            assert row["country"] in iso3 or row["country"] in igos, f"{name}:{row['id']}"


def test_home_evidence_compiles_and_names_a_federation() -> None:
    for row in read_tsv("home_evidence.tsv"):
        re.compile(row["pattern"])
        assert row["country"] in ("AUT", "CHE", "DEU"), row["id"]
        assert int(row["weight"]) > 0, row["id"]
    for row in read_tsv("federal_titles.tsv"):
        assert set(row["homes"].split("|")) <= {"AUT", "CHE", "DEU"}, row["id"]
