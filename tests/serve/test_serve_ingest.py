"""POST /documents: the pipeline codes a submitted text or page, the store keeps it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyad.serve.app import create_app

# Written for this test: two meetings the pipeline codes (as in the sample corpus).
ARTICLE = """Treffen in Washington

Washington, 14.03.2024. US-Präsident Joe Biden traf am Donnerstag in Washington den \
chinesischen Außenminister zu einem langen Gespräch.
"""

PAGE = """<!doctype html><html><head><title>Treffen in Washington</title>
<meta property="article:published_time" content="2024-03-14"></head>
<body><nav>Startseite | Politik | Wirtschaft</nav><article><h1>Treffen in Washington</h1>
<p>US-Präsident Joe Biden traf am Donnerstag in Washington den chinesischen Außenminister zu
einem langen Gespräch über den Handel und die Lage in der Straße von Taiwan.</p>
<p>Beide Seiten wollen die Gespräche nach Angaben aus Washington in den kommenden Wochen
fortsetzen, hieß es am Abend.</p></article><footer>Impressum</footer></body></html>"""


@pytest.fixture
def ingest_client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "new.duckdb", allow_ingest=True)) as test_client:
        yield test_client


def test_a_submitted_text_is_coded_stored_and_served(ingest_client):
    response = ingest_client.post(
        "/documents", json={"id": "meeting-1", "text": ARTICLE, "outlet": "Test-Agentur"}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["doc"] == "meeting-1" and body["status"] == "added"
    pairs = {(e["source"]["country"], e["target"]["country"]) for e in body["events"]}
    assert ("USA", "CHN") in pairs
    listed = ingest_client.get("/events", params={"doc": "meeting-1"}).json()["events"]
    assert sorted(e["id"] for e in listed) == sorted(e["id"] for e in body["events"])
    assert all(e["outlet"] == "Test-Agentur" for e in listed)
    document = ingest_client.get("/documents/meeting-1").json()
    assert "Biden traf am Donnerstag" in document["text"]
    again = ingest_client.post(
        "/documents", json={"id": "meeting-1", "text": ARTICLE, "outlet": "Test-Agentur"}
    )
    assert again.json()["status"] == "unchanged"
    assert ingest_client.get("/stats").json()["events"] == len(body["events"])


def test_a_submitted_page_is_cleaned_before_coding(ingest_client):
    response = ingest_client.post("/documents", json={"html": PAGE})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["doc"].startswith("submitted-") and body["events"]
    text = ingest_client.get(f"/documents/{body['doc']}").json()["text"]
    assert "Biden traf" in text and "Impressum" not in text and "<p>" not in text


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": "a", "html": "<p>a</p>"}, {"text": "   "}, {"text": 42}, {"html": None}],
)
def test_malformed_submissions_are_422(ingest_client, payload):
    response = ingest_client.post("/documents", json=payload)
    assert response.status_code == 422
    assert ingest_client.get("/stats").json()["documents"] == 0
