import pytest

from dyad.store import CodedDocument, EventFilter, EventStore, FilterError


def _record(event_id, source="USA", target="CHN", root="04", cameo="040", date="2024-02-22"):
    return {
        "id": event_id, "doc": "a.txt", "url": None, "outlet": "Test", "published": "2024-02-26",
        "event_date": date, "language": "de",
        "source": {"code": source + "GOV", "country": source, "sector": "GOV", "name": None,
                   "text": source},
        "target": {"code": target, "country": target, "sector": None, "name": None,
                   "text": target},
        "cameo": cameo, "root": root, "plover": "CONSULT", "goldstein": 1.0, "quad_class": 1,
        "sentence": "Die USA trafen China.", "span": [0, 21], "rule": "de.04.test",
        "confidence": 0.8, "location": None, "modality": None, "explanation": {"note": "x"},
    }  # fmt: skip


def _doc(content_hash, records):
    return CodedDocument("a.txt", content_hash, "text", records)


def test_same_content_adds_nothing_and_changed_content_replaces(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        assert store.write([_doc("h1", [_record("e1")])]).added == 1
        assert store.write([_doc("h1", [_record("e1")])]).unchanged == 1
        assert store.counts()["events"] == 1
        summary = store.write([_doc("h2", [_record("e2"), _record("e3", target="JPN")])])
        assert summary.replaced == 1
        assert sorted(r["id"] for r in store.events()) == ["e2", "e3"]


def test_filters(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([_doc("h", [
            _record("e1"),
            _record("e2", source="CHN", target="USA", root="11", cameo="112", date="2024-03-05"),
            _record("e3", source="JPN", target="KOR", date="2023-12-31"),
        ])])  # fmt: skip

        def ids(**kw):
            return sorted(r["id"] for r in store.events(EventFilter(**kw)))

        assert ids(actor="CHN") == ["e1", "e2"]
        assert ids(dyad="USA-CHN") == ["e1", "e2"]
        assert ids(dyad="CHN>USA") == ["e2"]
        assert ids(root="11") == ["e2"]
        assert ids(cameo="04") == ["e1", "e3"]
        assert ids(since="2024") == ["e1", "e2"]
        assert ids(until="2024-02") == ["e1", "e3"]
        assert ids(q="china") == ["e1", "e2", "e3"]
        assert store.count(EventFilter(actor="JPN")) == 1


@pytest.mark.parametrize(
    "bad", [{"since": "March"}, {"root": "4"}, {"dyad": "USA"}, {"actor": "x; DROP TABLE"}]
)
def test_bad_filters_are_refused_with_a_reason(bad):
    with pytest.raises(FilterError) as err:
        EventFilter(**bad).validate()
    assert next(iter(bad)) in str(err.value)


def test_the_same_text_under_another_name_stores_its_events_once(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        first = CodedDocument("wire-a.txt", "h1", "Japan kritisierte China.", [_record("e1")])
        copy = CodedDocument("wire-b.txt", "h2", "Japan kritisierte China.", [_record("e2")])
        assert store.write([first]).added == 1
        summary = store.write([copy])
        assert summary.added == 1 and summary.duplicates == 1
        assert [r["id"] for r in store.events()] == ["e1"]
        assert store.document("wire-b.txt")["duplicate_of"] == "wire-a.txt"
