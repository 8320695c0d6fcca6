"""`dyad clean FILE` shows what ingest removes from a page and which rule removed it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dyad.cli import _register_commands, app

PAGE = """Startseite
Politik
Ausland
Wirtschaft
Kanada und Mexiko vereinbaren engere Zusammenarbeit
12.03.2025, 14:30 Uhr
Die Außenminister Kanadas und Mexikos haben am Dienstag in Ottawa ein Abkommen über den \
Austausch von Zolldaten unterzeichnet. Beide Seiten sprachen von einem wichtigen Schritt.
Anzeige
Mehr zum Thema
- Brasilien verhängt Zölle auf Stahl aus Argentinien
- Chile beruft Botschafter aus Peru ab
"""


def run(path: Path, *flags: str) -> dict:
    _register_commands()
    result = CliRunner().invoke(app, ["clean", str(path), "--json", *flags])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_clean_names_each_removed_line_with_its_rule(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    report = run(page)
    rules = {row["line"]: row["rule"] for row in report["removed"]}
    assert rules["Anzeige"] == "advert"
    assert rules["- Chile beruft Botschafter aus Peru ab"].startswith("teaser-item")
    assert "Politik" in rules and "Startseite" in rules
    # The article itself stays, headline included; the teasers' events are gone from it.
    assert "in Ottawa ein Abkommen" in report["text"]
    assert report["text"].startswith("Kanada und Mexiko vereinbaren")
    assert "Chile" not in report["text"]


def test_clean_reports_a_page_with_nothing_to_remove(tmp_path: Path) -> None:
    page = tmp_path / "plain.txt"
    page.write_text("Japan und Indien hielten am Montag ein Manöver ab.\n", encoding="utf-8")
    report = run(page)
    assert report["removed"] == []
    assert report["text"] == "Japan und Indien hielten am Montag ein Manöver ab."
