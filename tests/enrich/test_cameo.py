import os
from pathlib import Path

import pytest

from dyad.enrich import cameo

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GDELT = SHARED / "data" / "external" / "gdelt_cameo_lookups"
PLOVER = SHARED / "data" / "external" / "plover" / "CAMEO2PLOVER-2021.txt"


def require(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing and CI=true")
        pytest.skip(f"{path} not available")
    return path


def test_every_gdelt_goldstein_value_is_shipped_unchanged():
    lines = require(GDELT / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]
    gdelt = dict(line.split("\t") for line in lines if line.strip())
    assert len(gdelt) == 311
    for code, value in gdelt.items():
        assert cameo.lookup(code).goldstein == float(value), code
    assert set(cameo.all_codes()) == set(gdelt)


def test_every_gdelt_event_code_has_a_name():
    lines = require(GDELT / "CAMEO.eventcodes.txt").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        code = line.split("\t")[0]
        assert cameo.lookup(code).name, code


def test_plover_codes_agree_with_the_mapping_file():
    text = require(PLOVER).read_text(encoding="utf-8")
    first: dict[str, str] = {}
    for raw in text.split("~~~~~")[0].splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            code, rest = line.split(":", 1)
            first.setdefault(code.strip(), rest.split(",")[0].split("#")[0].strip())
    for code in cameo.all_codes():
        assert cameo.lookup(code).plover == first.get(code), code


def test_known_values():
    visit = cameo.lookup("042")
    assert (visit.name, visit.goldstein, visit.quad_class, visit.root) == (
        "Make a visit",
        1.9,
        1,
        "04",
    )
    assert visit.plover == "CONSULT" and visit.plover_mode == "visit"
    assert cameo.lookup("193").goldstein == -10.0
    assert cameo.lookup("193").quad_class == 4
    assert cameo.lookup("193").plover == "ASSAULT"
    assert cameo.lookup("0874").goldstein == 10.0
    assert cameo.lookup("0874").quad_class == 2
    assert cameo.lookup("112").quad_class == 3
    assert cameo.lookup("112").plover == "ACCUSE"
    assert cameo.lookup("09").plover == "ACCUSE"
    assert cameo.lookup("08").plover == "CONCEDE"
    assert cameo.lookup("0871").plover == "RETREAT"


def test_upstream_quirks_are_repaired():
    assert cameo.lookup("106").goldstein == -5.0
    assert cameo.lookup("1056").name == "Demand de-escalation of military engagement"
    assert "third" in cameo.lookup("044").name
    assert "matyerial" not in cameo.lookup("033").name


def test_roots_01_and_02_have_no_plover_category():
    assert cameo.lookup("010").plover is None
    assert cameo.lookup("0213").plover is None


def test_codes_stay_strings_and_unknown_codes_fail_clearly():
    assert cameo.lookup("010").code == "010"
    with pytest.raises(KeyError, match="unknown CAMEO event code '42'"):
        cameo.lookup("42")
    with pytest.raises(KeyError, match="999"):
        cameo.lookup("999")


def test_info_is_frozen():
    info = cameo.lookup("042")
    with pytest.raises(AttributeError):
        info.goldstein = 0.0  # type: ignore[misc]
