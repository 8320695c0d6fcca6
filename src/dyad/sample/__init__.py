"""The bundled sample: German wire-style articles written by the dyad developers, their gold
annotations, the sentences that must not become events, and the page debris ingest must remove.

See README.md in this folder for what each file holds.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent
CORPUS_DIR = SAMPLE_DIR / "corpus"
GOLD_PATH = SAMPLE_DIR / "gold.jsonl"
NON_EVENTS_PATH = SAMPLE_DIR / "non_events.tsv"
DEBRIS_PATH = SAMPLE_DIR / "debris.tsv"
