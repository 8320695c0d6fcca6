from __future__ import annotations

import json

from typer.testing import CliRunner

from dyad.cli import _register_commands, app


def test_actor_command_prints_json() -> None:
    _register_commands()
    result = CliRunner().invoke(
        app, ["actor", "Chinas Außenminister traf Lawrow.", "--date", "2023-06-18"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["code"], r["name"]) for r in rows] == [
        ("CHNGOV", "Qin Gang"),
        ("RUSGOV", "Sergej Lawrow"),
    ]
    assert rows[0]["span"] == [0, 20]
    assert "people.tsv:" in rows[0]["how"]
