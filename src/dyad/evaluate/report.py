"""What `score` returns: per-document misses and wrong tuples, then the overall figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# A scored prediction: (doc, source country, target country, root).
Tuple4 = tuple[str, str, str, str]


@dataclass
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        if not self.total:
            return "n/a (0/0)"
        return f"{self.value:.3f} ({self.hits}/{self.total})"


@dataclass
class DocumentReport:
    doc: str
    required: int = 0  # scorable required gold events
    found: int = 0  # of those, matched by some tuple
    tuples: int = 0  # distinct predicted tuples
    correct: int = 0  # of those, matching some gold event
    dated: int = 0  # found required events that carry a gold date
    # Required gold events that no tuple matched (the gold dicts as given).
    misses: list[dict[str, Any]] = field(default_factory=list)
    # Predicted tuples that match no gold event.
    wrong: list[Tuple4] = field(default_factory=list)
    # For each wrong tuple, the first record behind it: cameo, rule, modality, sentence.
    wrong_evidence: list[dict[str, Any]] = field(default_factory=list)
    # Matched required events with a gold date that no matched prediction agreed with:
    # (gold event, the event_dates the matching predictions carried).
    wrong_dates: list[tuple[dict[str, Any], list[str | None]]] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocumentReport]
    precision: Ratio
    recall: Ratio
    date_accuracy: Ratio
    # The same figures when only the pair of countries counts, not the root:
    # is the dyad right even where the kind of event is not?
    dyad_precision: Ratio
    dyad_recall: Ratio
    # Predictions not scored: no target, a non-state side, same country on both sides,
    # or a document that the gold does not cover.
    skipped_predictions: int = 0
    ungraded_documents: list[str] = field(default_factory=list)
    # Per CAMEO root: recall of required events (by the annotator's first root) and
    # precision of predicted tuples; shows which kinds of event dyad finds or invents.
    recall_by_root: dict[str, Ratio] = field(default_factory=dict)
    precision_by_root: dict[str, Ratio] = field(default_factory=dict)
    # Documents the pipeline could not code (filled in by the runner, not by score).
    coding_errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def ratio(r: Ratio) -> dict[str, Any]:
            return {"value": r.value, "hits": r.hits, "total": r.total}

        return {
            "precision": ratio(self.precision),
            "recall": ratio(self.recall),
            "date_accuracy": ratio(self.date_accuracy),
            "dyad_precision": ratio(self.dyad_precision),
            "dyad_recall": ratio(self.dyad_recall),
            "skipped_predictions": self.skipped_predictions,
            "ungraded_documents": self.ungraded_documents,
            "coding_errors": self.coding_errors,
            "recall_by_root": {root: ratio(r) for root, r in self.recall_by_root.items()},
            "precision_by_root": {root: ratio(r) for root, r in self.precision_by_root.items()},
            "documents": [asdict(d) for d in self.documents],
        }

    def render(self) -> str:
        """Plain text: one block per document with something to say, then the totals."""
        lines: list[str] = []
        for d in self.documents:
            header = f"{d.doc}: recall {d.found}/{d.required}, precision {d.correct}/{d.tuples}"
            lines.append(header)
            for gold in d.misses:
                lines.append(f"  miss   {_describe_gold(gold)}")
            for (_doc, src, tgt, root), evidence in zip(d.wrong, d.wrong_evidence, strict=True):
                lines.append(f"  wrong  {src}->{tgt} {root}{_describe_evidence(evidence)}")
            for gold, dates in d.wrong_dates:
                shown = ", ".join(str(x) for x in dates)
                lines.append(f"  date   {_describe_gold(gold)}: predicted {shown}")
        lines.append("")
        lines.append(f"precision      {self.precision}")
        lines.append(f"recall         {self.recall}")
        lines.append(f"date accuracy  {self.date_accuracy}")
        lines.append(f"dyad precision {self.dyad_precision}")
        lines.append(f"dyad recall    {self.dyad_recall}")
        lines.append(f"not scored (not state-to-state, no gold): {self.skipped_predictions}")
        lines.append("by root         recall          precision")
        for root in sorted(set(self.recall_by_root) | set(self.precision_by_root)):
            recall = self.recall_by_root.get(root, Ratio(0, 0))
            precision = self.precision_by_root.get(root, Ratio(0, 0))
            lines.append(f"  {root}            {_short(recall):<15} {_short(precision)}")
        for error in self.coding_errors:
            lines.append(f"coding error: {error}")
        if self.ungraded_documents:
            lines.append(f"documents without gold: {', '.join(self.ungraded_documents)}")
        return "\n".join(lines)


def _describe_evidence(evidence: dict[str, Any]) -> str:
    parts = [str(evidence[key]) for key in ("cameo", "rule", "modality") if evidence.get(key)]
    sentence = " ".join(str(evidence.get("sentence") or "").split())
    if len(sentence) > 100:
        sentence = sentence[:97] + "..."
    text = f" [{', '.join(parts)}]" if parts else ""
    return text + (f" {sentence!r}" if sentence else "")


def _short(ratio: Ratio) -> str:
    return f"{ratio.hits}/{ratio.total}" if ratio.total else "-"


def _describe_gold(gold: dict[str, Any]) -> str:
    arrow = "<->" if gold.get("symmetric") else "->"
    roots = "/".join(gold.get("roots", []))
    text = f"{gold.get('source')}{arrow}{gold.get('target')} {roots}"
    if gold.get("date"):
        text += f" @{gold['date']}"
    if gold.get("note"):
        text += f" ({gold['note']})"
    return text
