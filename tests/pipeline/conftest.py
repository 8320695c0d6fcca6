"""The event record contract (../shared/spec/event-record.md) as a JSON Schema."""

import pytest

ACTOR = {
    "type": "object",
    "required": ["code", "country", "sector", "name", "text"],
    "properties": {
        "code": {"type": "string", "minLength": 3},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "sector": {"type": ["string", "null"]},
        "name": {"type": ["string", "null"]},
        "text": {"type": "string", "minLength": 1},
    },
}
# ISO 8601, partial allowed, or an interval of such dates ("2021/2023")
PARTIAL_DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
}

EVENT_RECORD = {
    "type": "object",
    "required": [
        "id", "doc", "url", "outlet", "published", "event_date", "language", "source", "target",
        "cameo", "root", "plover", "goldstein", "quad_class", "sentence", "span", "rule",
        "confidence", "location",
    ],
    "properties": {
        "id": {"type": "string", "minLength": 8},
        "doc": {"type": "string", "minLength": 1},
        "url": {"type": ["string", "null"]},
        "outlet": {"type": ["string", "null"]},
        "published": PARTIAL_DATE,
        "event_date": PARTIAL_DATE,
        "language": {"type": "string", "pattern": "^[a-z]{2}$"},
        "source": ACTOR,
        "target": {"oneOf": [ACTOR, {"type": "null"}]},
        "cameo": {"type": "string", "pattern": r"^\d{2,4}$"},
        "root": {"type": "string", "pattern": r"^\d{2}$"},
        "plover": {"type": ["string", "null"]},
        "goldstein": {"type": "number", "minimum": -10, "maximum": 10},
        "quad_class": {"type": "integer", "enum": [1, 2, 3, 4]},
        "sentence": {"type": "string", "minLength": 1},
        "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        "rule": {"type": "string", "minLength": 1},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "location": {
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "required": ["name", "country", "lat", "lon"],
                    "properties": {
                        "name": {"type": "string"},
                        "country": {"type": ["string", "null"]},
                        "lat": {"type": ["number", "null"]},
                        "lon": {"type": ["number", "null"]},
                    },
                },
            ]
        },
        "modality": {"enum": [None, "hypothetical", "future", "negated"]},
    },
}  # fmt: skip


@pytest.fixture(scope="session")
def event_record_schema() -> dict:
    return EVENT_RECORD
