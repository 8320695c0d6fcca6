"""Stage 4, events: did what to whom. A data-driven German pattern coder.

Public interface used by the pipeline (see docs/architecture.md):

    coder = EventCoder.load()                  # lexicon loaded once, cached
    coder.has_trigger(sentence_text) -> bool   # cheap scan, runs on every sentence
    coder.code(sentence, doc, keep_modal=False) -> list[Candidate]

How the grammar works and its limits: docs/events.md.
"""

from dyad.events.coder import EventCoder

__all__ = ["EventCoder"]
