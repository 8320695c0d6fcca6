"""dyad: coded political event data from German and English news.

    >>> import dyad
    >>> events = dyad.code_text(
    ...     "Die USA und Südkorea haben an China appelliert.", published="2024-11-01"
    ... )
    >>> sorted((e["source"]["country"], e["cameo"], e["target"]["country"]) for e in events)
    [('KOR', '020', 'CHN'), ('USA', '020', 'CHN')]

For batches, files and the store: `dyad.pipeline.Pipeline` and the `dyad` command.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__version__ = "0.1.0"


@cache
def _default_pipeline():
    from dyad.pipeline import Pipeline

    return Pipeline()


def code_text(text: str, doc_id: str = "text", **meta: str | None) -> list[dict[str, Any]]:
    """Event records for one text; `meta` may give url, outlet and published.

    Raises ValueError with the reason when the text cannot be coded (e.g. empty).
    """
    result = _default_pipeline().code_text(text, doc_id=doc_id, **meta)
    if result.error:
        raise ValueError(result.error)
    return result.events
