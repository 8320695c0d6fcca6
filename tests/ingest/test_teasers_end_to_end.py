"""Teaser headlines read like news; once cleaned away they give no event (whole pipeline)."""

from __future__ import annotations

import pytest

from dyad.pipeline import Pipeline

TEASERS = (
    "Australien und die USA vertiefen Militärkooperation",
    "Polen weist russischen Diplomaten aus",
    "Japan kritisiert China wegen Manöver im Ostchinesischen Meer",
)

PAGE = f"""Startseite
Politik
Ausland
Wirtschaft
Italien und Frankreich unterzeichnen Polizeiabkommen

Rom (dpa) - Italiens Innenminister hat am Dienstag in Rom seinen französischen Amtskollegen empfangen. Beide Minister unterzeichneten ein Abkommen über gemeinsame Streifen an der Grenze.

Mehr zum Thema
- {TEASERS[0]}
- {TEASERS[1]}

Das könnte Sie auch interessieren:
{TEASERS[2]}
"""  # noqa: E501


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_each_teaser_headline_alone_is_coded_as_an_event(pipeline):
    # The premise: without cleaning, these lines would become events of the page.
    for headline in TEASERS:
        result = pipeline.code_text(headline + ".", published="2025-03-11")
        assert result.events, headline


def test_no_event_comes_from_the_teasers_of_a_page(pipeline):
    result = pipeline.code_text(PAGE, published="2025-03-11")
    assert result.events, "the article's own events must be found"
    for event in result.events:
        assert not any(teaser in event["sentence"] for teaser in TEASERS), event["sentence"]
    assert "Italien und Frankreich unterzeichnen Polizeiabkommen" in result.doc.text
    assert "Startseite" not in result.doc.text
