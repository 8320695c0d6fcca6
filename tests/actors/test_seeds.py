"""Readings on the seed articles (scraped news, read from ../shared at run time)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyad.actors import ActorResolver
from dyad.model import Mention

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def seed(prefix: str) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed {prefix} missing in {SEEDS}")
        pytest.skip(f"seeds not available at {SEEDS}")
    return paths[0].read_text(encoding="utf-8")


def readings(mentions: list[Mention]) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in mentions}


def test_seed_000_metonyms_and_ministry(resolver: ActorResolver) -> None:
    mentions = resolver.find(seed("000"), date="2024-06-21")
    found = readings(mentions)
    assert ("Pekinger Verteidigungsministerium", "CHNMIL") in found
    assert ("Pentagon", "USAMIL") in found
    assert ("Peking", "CHNGOV") in found
    assert ("Sprecher des US-Außenministeriums", "USAGOV") in found
    reuters = [m for m in mentions if m.text == "Reuters"]
    assert reuters and all(m.informant for m in reuters)


def test_seed_001_dated_ministers(resolver: ActorResolver) -> None:
    mentions = resolver.find(seed("001"), date="2023-06-18")
    blinken = [m for m in mentions if m.name == "Antony Blinken"]
    assert blinken and {m.code for m in blinken} == {"USAGOV"}
    qin = [m for m in mentions if m.name == "Qin Gang"]
    assert qin and {m.code for m in qin} == {"CHNGOV"}
    xi = [m for m in mentions if m.text.endswith(" Xi")]  # "Chinas Staatschef Xi"
    assert xi and {(m.name, m.code) for m in xi} == {("Xi Jinping", "CHNGOV")}
    glaser = [m for m in mentions if m.name == "Bonnie Glaser"]
    assert glaser and glaser[0].informant


def test_seed_002_kremlin_patrushev_and_joint_adjective(resolver: ActorResolver) -> None:
    mentions = resolver.find(seed("002"), date="2017-05-01")
    found = readings(mentions)
    assert ("Kreml", "RUSGOV") in found
    patrushev = [m for m in mentions if m.name == "Nikolai Patruschew"]
    assert patrushev and {m.code for m in patrushev} == {"RUSGOV"}
    joint = [m for m in mentions if m.kind == "joint-adjective"]
    spans = {(m.start, m.end) for m in joint}
    assert joint and len(joint) == 2 * len(spans)
    assert {m.code for m in joint} == {"RUS", "CHN"}


def test_seed_004_vice_minister_and_former_titles(resolver: ActorResolver) -> None:
    mentions = resolver.find(seed("004"), date="2024-07-01")
    assert any(m.name == "Ma Zhaoxu" and m.code == "CHNGOV" for m in mentions)
    assert any(m.name == "Yoko Kamikawa" and m.code == "JPNGOV" for m in mentions)
    later = resolver.find(seed("004"), date="2025-03-01")
    assert any(m.name == "Yoko Kamikawa" and m.code == "JPNELI" for m in later)


def test_every_span_points_into_the_text(resolver: ActorResolver) -> None:
    text = seed("003")
    mentions = resolver.find(text, date="2024-11-01")
    assert mentions
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    starts = [(m.start, m.end) for m in mentions]
    assert starts == sorted(starts)
