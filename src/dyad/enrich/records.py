"""From a coder's candidate to the event record of the contract
(../shared/spec/event-record.md), with everything `dyad explain` shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dyad.enrich.cameo import lookup
from dyad.model import Candidate, Document, Mention, Sentence

if TYPE_CHECKING:
    from dyad.enrich.date_frame import DateContext


def _span(mention: Mention | None) -> list[int] | None:
    # A target taken from an earlier sentence (dyad.events.discourse) has no span here.
    return [mention.start, mention.end] if mention and mention.start >= 0 else None


def build_record(
    doc: Document,
    sentence: Sentence,
    candidate: Candidate,
    dates: DateContext | None = None,
) -> dict[str, Any]:
    """The record; `dates` holds what earlier sentences said about time (see
    dyad.enrich.date_frame), entered at this sentence."""
    from dyad.enrich.dates import resolve_event_date
    from dyad.enrich.places import find_location
    from dyad.pipeline import event_id

    info = lookup(candidate.cameo)
    date = resolve_event_date(sentence.text, doc.published, candidate.trigger, context=dates)
    location = find_location(sentence.text, candidate.trigger)
    source, target = candidate.source, candidate.target
    record = {
        "id": event_id(
            doc,
            sentence.start,
            candidate.trigger,
            source.code,
            source.start,
            target.code if target else None,
            target.start if target else None,
            candidate.cameo,
        ),
        "doc": doc.id,
        "url": doc.url,
        "outlet": doc.outlet,
        "published": doc.published,
        "event_date": date.value,
        "language": sentence.language,
        "source": source.as_actor(),
        "target": target.as_actor() if target else None,
        "cameo": info.code,
        "root": info.root,
        "plover": info.plover,
        "goldstein": info.goldstein,
        "quad_class": info.quad_class,
        "sentence": sentence.text,
        "span": [sentence.start, sentence.end],
        "rule": candidate.rule,
        "confidence": round(candidate.confidence, 3),
        "location": location.as_record() if location else None,
        "modality": candidate.modality,
        "cameo_name": info.name,
        "mentions": 1,
        "explanation": {
            "trigger_span": list(candidate.trigger),
            "source_span": _span(source),
            "target_span": _span(target),
            "source_how": source.how,
            "target_how": target.how if target else None,
            "source_entry": source.entry,
            "target_entry": target.entry if target else None,
            "date_how": date.how,
            "date_span": list(date.span) if date.span else None,
            "location_how": location.how if location else None,
            "published_how": doc.published_how,
            "note": candidate.note,
            "attribution": candidate.attribution.as_actor() if candidate.attribution else None,
            "sentence_index": sentence.index,
        },
    }
    return record


def _repeat_key(record: dict[str, Any]) -> tuple[Any, ...]:
    target = record["target"] or {}
    return (
        record["source"]["code"],
        record["source"].get("name"),
        target.get("code"),
        record["cameo"],
        record["event_date"],
        record["modality"],
    )


def collapse_repeats(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A document that reports one event in several sentences yields one record:
    the first, with `mentions` counting the sentences and their spans kept."""
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    kept = []
    for record in records:
        key = _repeat_key(record)
        if key in first:
            original = first[key]
            original["mentions"] += 1
            original["explanation"].setdefault("repeated_in", []).append(record["span"])
            original["confidence"] = max(original["confidence"], record["confidence"])
            continue
        first[key] = record
        kept.append(record)
    return kept
