"""Actors inside compound nouns, and the compounds where a place only names a document."""

from __future__ import annotations

import pytest

import dyad


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e["source"]["country"], (e.get("target") or {}).get("country"), e["cameo"][:2])
        for e in dyad.code_text(text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Polen kritisierte die Istanbul-Konvention scharf.",
        "Ungarn lehnte die Dublin-Verträge ab.",
        "Frankreich lobte das Dayton-Abkommen.",
        "Die Slowakei kritisierte das Minsk-Format.",
    ],
)
def test_a_place_that_names_a_treaty_or_process_is_no_target(text: str) -> None:
    events = coded(text)
    assert events, f"the event itself should still be coded: {text}"
    assert all(target is None for _, target, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Scholz beendete am Freitag seine Peking-Reise.",
        "Der Peking-Besuch von Scholz dauerte zwei Tage.",
    ],
)
def test_a_compound_visit_still_names_its_destination(text: str) -> None:
    assert ("DEU", "CHN", "04") in coded(text)


def test_a_bare_title_repeats_the_person_named_earlier_with_it() -> None:
    text = (
        "Bundeskanzler Werner Faymann sprach am Donnerstag im Radio. "
        "Der Bundeskanzler hatte am Dienstag Flüchtlingslager auf der Insel Lesbos besucht."
    )
    assert ("AUT", "GRC", "04") in coded(text)


def test_a_bare_title_that_fits_two_people_named_earlier_is_nobody() -> None:
    text = (
        "US-Außenminister John Kerry und der russische Außenminister Sergej Lawrow sprachen "
        "in Genf. Der Außenminister traf danach Chinas Außenminister Wang Yi."
    )
    assert not {e for e in coded(text) if e[1] == "CHN"}


def test_a_bare_title_may_be_the_last_part_of_the_full_one() -> None:
    text = (
        "Bundeskanzlerin Angela Merkel sprach am Montag in Berlin. "
        "Die Kanzlerin besuchte danach Polen."
    )
    assert ("DEU", "POL", "04") in coded(text)
