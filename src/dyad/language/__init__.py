"""Stage 2, language: sentences with offsets, tokens, language per document and sentence."""

from dyad.language.langid import detect_language, sentence_language
from dyad.language.sentences import split_sentences, split_sentences_somajo
from dyad.language.tokens import tokenize

__all__ = [
    "detect_language",
    "sentence_language",
    "split_sentences",
    "split_sentences_somajo",
    "tokenize",
]
