"""The lexicon reader: trigger grammar, slots, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.events.lexicon import COLUMNS, Lexicon, LexiconError, parse_trigger

ROW = {
    "id": "de.04.treffen_mit",
    "cameo": "040",
    "trigger": "kommen+zusammen",
    "source": "",
    "target": "prep:mit|pair",
    "requires": "",
    "flags": "mutual",
    "intent": "036",
    "expect": "USA>CHN",
    "example": "Blinken kam mit Wang Yi zusammen.",
    "note": "",
}


def write(folder: Path, name: str, rows: list[dict[str, str]]) -> None:
    lines = ["\t".join(COLUMNS)] + ["\t".join(row[c] for c in COLUMNS) for row in rows]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_trigger_forms() -> None:
    kind, verb, noun = parse_trigger("fordern+auf")
    assert (kind, verb.base, verb.particle, verb.joined, noun) == (
        "verb",
        "fordern",
        "auf",
        "auffordern",
        "",
    )
    kind, verb, _ = parse_trigger("sich treffen")
    assert kind == "verb" and verb.reflexive and verb.base == "treffen"
    kind, verb, noun = parse_trigger("Gespräch~nehmen+auf")
    assert (kind, noun, verb.joined) == ("support", "Gespräch", "aufnehmen")
    assert parse_trigger("Manöver")[0] == "noun"


def test_valid_file_reads(tmp_path: Path) -> None:
    write(tmp_path, "04.tsv", [ROW])
    (pattern,) = Lexicon.read(tmp_path).patterns
    assert pattern.source == ("subj",)
    assert pattern.target == ("prep:mit", "pair")
    assert pattern.mutual and pattern.intent == "036"
    assert pattern.expect == (("USA", "CHN"),)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cameo", "140", "does not fit"),
        ("target", "prep", "bad slot"),
        ("flags", "mutual,always", "unknown flags"),
        ("expect", "USA-CHN", "bad expect"),
        ("trigger", "gespräch~führen", "capitalised"),
        ("id", "04.treffen", "bad id"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, field: str, value: str, message: str) -> None:
    write(tmp_path, "04.tsv", [ROW, {**ROW, "id": "de.04.zweite", field: value}])
    with pytest.raises(LexiconError, match=rf"04\.tsv:3: .*{message}"):
        Lexicon.read(tmp_path)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, "04.tsv", [ROW])
    write(tmp_path, "05.tsv", [{**ROW, "cameo": "050", "id": "de.04.treffen_mit"}])
    with pytest.raises(LexiconError):
        Lexicon.read(tmp_path)
