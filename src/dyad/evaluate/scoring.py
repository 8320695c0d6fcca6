"""Score predicted event records against gold annotations (shared/spec/gold-format.md).

`score` is a pure function: gold lines and event records in, a Report out.
Decisions the spec leaves open (documented in docs/evaluation.md):
- a required gold event's date counts as right when ANY prediction matching it carries
  an event_date that agrees: duplicates collapse into one tuple, so one dated mention is
  enough, as it is for the tuple itself;
- an event_date agrees when it is at least as precise as the gold date and starts with it
  ("2024-02-22" agrees with gold "2024-02"; "2024-02" does not agree with "2024-02-22");
- gold events that are not between two different states are not scored (neither in the
  recall denominator nor as something a tuple can match);
- predictions for documents the gold does not list are skipped, not counted wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pycountry

from dyad.evaluate.report import DocumentReport, Ratio, Report, Tuple4

# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code CAMEO data and the EU use.
EXTRA_STATES = frozenset({"XKX"})


@lru_cache(maxsize=1024)
def is_state(code: str | None) -> bool:
    """True for an ISO 3166-1 alpha-3 country code (or XKX); False for IGO codes and the like."""
    if not code or len(code) != 3 or not code.isalpha() or not code.isupper():
        return False
    return code in EXTRA_STATES or pycountry.countries.get(alpha_3=code) is not None


def is_dyadic(source: str | None, target: str | None) -> bool:
    return is_state(source) and is_state(target) and source != target


def prediction_tuple(record: dict[str, Any]) -> Tuple4 | None:
    """The (doc, source, target, root) a record scores as, or None when it is not scored."""
    source = (record.get("source") or {}).get("country")
    target = (record.get("target") or {}).get("country")
    if not is_dyadic(source, target):
        return None
    root = record.get("root") or str(record.get("cameo") or "")[:2]
    if not root:
        return None
    return (str(record.get("doc")), source, target, root)


def tuple_matches(tup: Tuple4, gold: dict[str, Any]) -> bool:
    return pair_matches(tup, gold) and tup[3] in gold.get("roots", [])


def pair_matches(tup: Tuple4, gold: dict[str, Any]) -> bool:
    _, source, target, _ = tup
    if (source, target) == (gold["source"], gold["target"]):
        return True
    return bool(gold.get("symmetric")) and (target, source) == (gold["source"], gold["target"])


def date_agrees(predicted: str | None, gold: str) -> bool:
    """Agreement at the gold's precision; a less precise prediction does not agree."""
    if not predicted:
        return False
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def score(gold: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> Report:
    gold_events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in gold:
        events = gold_events[line["doc"]]  # a document with no events is still graded
        events.extend(e for e in line.get("events", []) if is_dyadic(e["source"], e["target"]))

    dates_by_tuple: dict[Tuple4, list[str | None]] = defaultdict(list)
    evidence_by_tuple: dict[Tuple4, dict[str, Any]] = {}  # the first record behind a tuple
    skipped = 0
    ungraded: set[str] = set()
    for record in predictions:
        tup = prediction_tuple(record)
        if tup is None or tup[0] not in gold_events:
            skipped += 1
            if tup is not None:
                ungraded.add(tup[0])
            continue
        dates_by_tuple[tup].append(record.get("event_date"))
        evidence_by_tuple.setdefault(tup, _evidence(record))

    tuples_by_doc: dict[str, list[Tuple4]] = defaultdict(list)
    for tup in dates_by_tuple:
        tuples_by_doc[tup[0]].append(tup)

    reports = [
        _score_document(doc, events, tuples_by_doc[doc], dates_by_tuple, evidence_by_tuple)
        for doc, events in sorted(gold_events.items())
    ]
    return Report(
        documents=reports,
        precision=Ratio(sum(r.correct for r in reports), sum(r.tuples for r in reports)),
        recall=Ratio(sum(r.found for r in reports), sum(r.required for r in reports)),
        date_accuracy=_date_ratio(reports),
        dyad_precision=_dyad_precision(gold_events, tuples_by_doc),
        dyad_recall=_dyad_recall(gold_events, tuples_by_doc),
        skipped_predictions=skipped,
        ungraded_documents=sorted(ungraded),
        recall_by_root=_recall_by_root(gold_events, tuples_by_doc),
        precision_by_root=_precision_by_root(gold_events, tuples_by_doc),
    )


def _score_document(
    doc: str,
    events: list[dict[str, Any]],
    tuples: list[Tuple4],
    dates_by_tuple: dict[Tuple4, list[str | None]],
    evidence_by_tuple: dict[Tuple4, dict[str, Any]],
) -> DocumentReport:
    report = DocumentReport(doc=doc, tuples=len(tuples))
    for tup in sorted(tuples):
        if any(tuple_matches(tup, g) for g in events):
            report.correct += 1
        else:
            report.wrong.append(tup)
            report.wrong_evidence.append(evidence_by_tuple[tup])
    for event in events:
        if not event.get("required"):
            continue
        report.required += 1
        matching = [t for t in tuples if tuple_matches(t, event)]
        if not matching:
            report.misses.append(event)
            continue
        report.found += 1
        if event.get("date"):
            dates = [d for t in sorted(matching) for d in dates_by_tuple[t]]
            report.dated += 1
            if not any(date_agrees(d, event["date"]) for d in dates):
                report.wrong_dates.append((event, dates))
    return report


def _evidence(record: dict[str, Any]) -> dict[str, Any]:
    """What a reader needs to see why a tuple was coded: the code, the rule, the sentence."""
    return {key: record.get(key) for key in ("cameo", "rule", "modality", "sentence")}


def _date_ratio(reports: Iterable[DocumentReport]) -> Ratio:
    dated = sum(r.dated for r in reports)
    wrong = sum(len(r.wrong_dates) for r in reports)
    return Ratio(dated - wrong, dated)


def _dyad_precision(
    gold_events: dict[str, list[dict[str, Any]]], tuples_by_doc: dict[str, list[Tuple4]]
) -> Ratio:
    pairs = {(t[0], t[1], t[2], "") for tuples in tuples_by_doc.values() for t in tuples}
    hits = sum(1 for p in pairs if any(pair_matches(p, g) for g in gold_events[p[0]]))
    return Ratio(hits, len(pairs))


def _dyad_recall(
    gold_events: dict[str, list[dict[str, Any]]], tuples_by_doc: dict[str, list[Tuple4]]
) -> Ratio:
    required = [(doc, e) for doc, evs in gold_events.items() for e in evs if e.get("required")]
    hits = sum(1 for doc, e in required if any(pair_matches(t, e) for t in tuples_by_doc[doc]))
    return Ratio(hits, len(required))


def _recall_by_root(
    gold_events: dict[str, list[dict[str, Any]]], tuples_by_doc: dict[str, list[Tuple4]]
) -> dict[str, Ratio]:
    """Recall per CAMEO root of the required events, by the annotator's first root."""
    by_root: dict[str, Ratio] = defaultdict(lambda: Ratio(0, 0))
    for doc, events in gold_events.items():
        for event in events:
            if event.get("required"):
                ratio = by_root[event["roots"][0]]
                ratio.total += 1
                ratio.hits += any(tuple_matches(t, event) for t in tuples_by_doc[doc])
    return dict(sorted(by_root.items()))


def _precision_by_root(
    gold_events: dict[str, list[dict[str, Any]]], tuples_by_doc: dict[str, list[Tuple4]]
) -> dict[str, Ratio]:
    """Precision per CAMEO root of the predicted tuples."""
    by_root: dict[str, Ratio] = defaultdict(lambda: Ratio(0, 0))
    for doc, tuples in tuples_by_doc.items():
        for tup in tuples:
            ratio = by_root[tup[3]]
            ratio.total += 1
            ratio.hits += any(tuple_matches(tup, g) for g in gold_events[doc])
    return dict(sorted(by_root.items()))
