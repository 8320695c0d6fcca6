"""Language of a document and of a sentence (py3langid, a model shipped in the package)."""

from __future__ import annotations

import re
from functools import cache

# Sentences shorter than this take their document's language: too little
# evidence for a reliable guess.
MIN_SENTENCE_CHARS = 40
_CANDIDATES = ["de", "en", "fr", "it", "nl", "es", "pt", "pl", "ru", "tr", "da", "sv", "cs"]


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_CANDIDATES)
    return identifier


def load() -> None:
    """Load the identifier's model now (half a second) rather than on the first document."""
    _identifier()


def detect_language(text: str, default: str = "de") -> str:
    sample = text[:2000].strip()
    if not sample:
        return default
    language, _probability = _identifier().classify(sample)
    return language


# Function words that German sentences do not use: two of them make a sentence
# worth asking the language identifier about (asking for every sentence costs
# as much as coding it).
_ENGLISH_CUES = frozenset("the and of is was were with for that has have this from".split())


def _may_be_foreign(text: str) -> bool:
    words = re.findall(r"[a-z]+", text)
    return sum(word in _ENGLISH_CUES for word in words) >= 2


def sentence_language(text: str, document_language: str) -> str:
    if len(text) < MIN_SENTENCE_CHARS:
        return document_language
    if document_language == "de" and not _may_be_foreign(text):
        return document_language
    language, probability = _identifier().classify(text)
    return language if probability >= 0.9 else document_language
