"""A store coded by the real pipeline from the bundled sample corpus, plus an XSS probe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import dyad
from dyad.cli.batch import code_into_store
from dyad.pipeline import Options, Pipeline
from dyad.serve.app import create_app
from dyad.store import EventStore

SAMPLE_CORPUS = Path(dyad.__file__).parent / "sample" / "corpus"

# A document whose text carries markup that would run if a page ever treated
# article text as HTML. Its sentences are ones the pipeline codes, so the
# markup reaches the evidence sentences in the event table too.
XSS_DOC = "xss_probe.txt"
XSS_TEXT = """Treffen in Washington <script>window.__xss = "title"</script>

Washington, 14.03.2024. US-Präsident Joe Biden traf am Donnerstag in Washington den \
chinesischen Außenminister <script>window.__xss = "script"</script> zu einem langen Gespräch.

<img src=x onerror="window.__xss = 'img'">

Der chinesische Außenminister traf danach den US-Präsidenten <img src=x \
onerror="window.__xss = 'img'"> im Weißen Haus.
"""


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SAMPLE_CORPUS.is_dir(), f"the sample corpus is missing: {SAMPLE_CORPUS}"
    folder = tmp_path_factory.mktemp("serve-store")
    probe = folder / "inputs" / XSS_DOC
    probe.parent.mkdir()
    probe.write_text(XSS_TEXT, encoding="utf-8")
    db = folder / "sample.duckdb"
    with EventStore(db) as store:
        report = code_into_store(Pipeline(Options()), [SAMPLE_CORPUS, probe], store, progress=False)
    assert not report.errors, report.errors
    assert report.events >= 10, "the pipeline coded almost nothing from the sample corpus"
    return db


@pytest.fixture(scope="session")
def xss_doc() -> str:
    return XSS_DOC


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def store(sample_db: Path, client: TestClient) -> Iterator[EventStore]:
    """The same file read directly, to check the API against the store's own answers."""
    with EventStore(sample_db, read_only=True) as read_only:
        yield read_only
