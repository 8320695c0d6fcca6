"""Evaluation: score coded events against gold annotations (shared/spec/gold-format.md)."""

from dyad.evaluate.report import DocumentReport, Ratio, Report
from dyad.evaluate.scoring import date_agrees, is_state, score

__all__ = ["DocumentReport", "Ratio", "Report", "date_agrees", "is_state", "score"]
