"""HanTa's two per-word analyses, computed the same way with fewer steps.

HanTa (HanoverTagger) finds a word's part of speech and morphemes with a
Viterbi search over its segmentations: for each split point i, each surviving
state, each end j and each tag that may follow, it calls `lp_m_t(word[i:j],
tag)`, the log-probability of that morpheme under that tag. Nine calls in ten
look up a morpheme that the tag's lexicon lacks, for a closed class that guesses
nothing, and return -inf, which HanTa adds and then drops below its bound. Here
the lexicon lookup is done in the loop, without the call, and those -inf steps
are skipped; the guesses of open classes are HanTa's formula with its constant
terms summed once (see `_Morphemes.guesser`).
Everything else (the loop order, the additions in the same order, the pruning,
the tie-breaking by insertion order) is HanTa's, so the results are the same
floats in the same lists: tests/pipeline/test_hanta_speed.py compares both on
real words.

`speed_up(tagger)` replaces a tagger's `analyze_forward` and `analyze_viterbi`
with these versions, memoised as dyad.events.tokens memoises HanTa's own, its
sentence Viterbi with dyad.language.hanta_sentence's, and memoises the lemma of
a tagged word.
Written for and tested on HanTa 1.2.1; another version leaves the tagger alone
(its search might differ).

Licence: this module follows the structure of HanTa's own search (HanTa, by Christian
Wartena, LGPL-3.0), so it is a work based on HanTa; LGPL-3.0 code may be combined with
dyad's GPL-3.0-or-later, and HanTa's copyright stays with its author.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from typing import Any

from HanTa.HanoverTagger import EMPTY, END_UNKNOWN, START, UNKNOWN, logaddexp

from dyad.language.hanta_sentence import SentenceTagger

TESTED_VERSIONS = ("1.2.1",)
LOWER_BOUND = -1e6  # HanTa's cut-off for a path's log-probability
WORD_CACHE_SIZE = 200_000


def speed_up(tagger: Any) -> bool:
    """Install the faster analyses on a HanoverTagger; False (tagger unchanged) when
    it does not look like the HanTa this was written for."""
    needed = ("LP_trans_nonfinal", "LP_trans_final", "lp_m_t", "reachability", "strict")
    if metadata.version("HanTa") not in TESTED_VERSIONS:
        return False
    if not all(hasattr(tagger, name) for name in needed):
        return False
    morphemes = _Morphemes(tagger)
    tagger.analyze_forward = lru_cache(maxsize=WORD_CACHE_SIZE)(
        lambda word: analyze_forward(tagger, word, morphemes)
    )
    tagger.analyze_viterbi = lru_cache(maxsize=WORD_CACHE_SIZE)(
        lambda word, targetpos: analyze_viterbi(tagger, word, targetpos, morphemes)
    )
    tagger.tag_sent_viterbi = SentenceTagger(tagger)
    tagger._analyze = _memoised_lemmas(tagger._analyze)
    return True


def _memoised_lemmas(analyze: Callable[..., Any]) -> Callable[..., Any]:
    """HanTa's `_analyze(word, pos, taglevel)`, the lemma of a tagged word, is a pure
    function; its answers at taglevels 0-2 are strings and kept. Level 3 answers hold
    a list, which a caller could change: those are computed each time."""
    kept = lru_cache(maxsize=WORD_CACHE_SIZE)(analyze)

    def lemma(word: str, pos: int, taglevel: int = 1) -> Any:
        return analyze(word, pos, taglevel) if taglevel == 3 else kept(word, pos, taglevel)

    return lemma


class _Morphemes:
    """For each transition, the tagger's morpheme lexicon of the next tag, and whether
    that tag may also guess an unknown morpheme (open classes, when not strict)."""

    def __init__(self, tagger: Any) -> None:
        open_tags = {t for t in tagger.LP_m_t if t in tagger.LP_hapax_t and t in tagger.LP_s_t}
        self.nonfinal = {
            state: [(tag, lp, tagger.LP_m_t[tag], tag in open_tags) for tag, lp in followers]
            for state, followers in tagger.LP_trans_nonfinal.items()
        }
        # HanTa's guess is Int_t + LP_hapax_t[t] + LP_len_t[t][min(mlen, 24)] + lp_suf,
        # added left to right: the first three terms are the same sum for each length.
        self.heads = {
            t: [tagger.Int_t + tagger.LP_hapax_t[t] + tagger.LP_len_t[t][k] for k in range(25)]
            for t in open_tags
        }
        self.suffixes = {t: tagger.LP_s_t[t] for t in open_tags}

    def guesser(self, word: str):
        """HanTa's lp_m_t(word[i:j], tag, len(word), False) for a morpheme the open tag's
        lexicon lacks. A morpheme longer than four letters is scored by the last four,
        three, two or one letters of word[:j] whatever i is: computed once per (j, tag)."""
        wlen, heads, suffixes = len(word), self.heads, self.suffixes
        long_suffixes: dict[tuple[int, int], float] = {}

        def guess(segment: str, j: int, tag: int) -> float:
            mlen = len(segment)
            if mlen > 4:
                lp_suf = long_suffixes.get((j, tag))
                if lp_suf is None:
                    lp_suf = long_suffixes[(j, tag)] = _suffix_lp(suffixes[tag], segment, mlen)
            elif wlen < 4 or mlen > 2:
                lp_suf = _suffix_lp(suffixes[tag], segment, mlen)
            else:
                return -math.inf
            lp = heads[tag][min(mlen, 24)] + lp_suf
            if wlen == mlen:  # HanTa: "penalize ... the whole word is one unknown morpheme"
                lp -= 4.6
            return lp

        return guess


def _suffix_lp(suffixes: dict[str, float], m: str, mlen: int) -> float:
    """HanTa's choice of the longest known suffix of the morpheme, in its order."""
    if mlen > 4 and m[-4:] in suffixes:
        return suffixes[m[-4:]]
    if mlen > 3 and m[-3:] in suffixes:
        return suffixes[m[-3:]]
    if mlen > 2 and m[-2:] in suffixes:
        return suffixes[m[-2:]]
    if mlen > 1 and m[-1:] in suffixes:
        return suffixes[m[-1:]]
    return suffixes[""]


def _rowbound(row: dict) -> float:
    # "Only continue with 3 top states" (HanTa)
    return sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWER_BOUND


def analyze_forward(tagger: Any, word: str, morphemes: _Morphemes) -> list[tuple[int, float]]:
    """HanoverTagger.analyze_forward: (pos, log-probability) best first."""
    wlen = len(word)
    table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
    nonfinal, guess, strict = morphemes.nonfinal, morphemes.guesser(word), tagger.strict
    for i in range(wlen + 1):
        row = table[i]
        rowbound = _rowbound(row)
        for state in row:
            lp = row[state]
            if lp < rowbound:
                continue
            followup = nonfinal.get(state, [])
            for j in range(i + 1, wlen + 1):
                segment = word[i:j]
                cell = table[j]
                for tag1, lpt, lexicon, guesses in followup:
                    # HanTa's lp_m_t: the lexicon's value, else a guess for open classes,
                    # else -inf, which HanTa adds and then drops below LOWER_BOUND.
                    if segment in lexicon:
                        morpheme = lexicon[segment]
                    elif guesses and not strict:
                        morpheme = guess(segment, j, tag1)
                    else:
                        continue
                    lp1 = lp + lpt + morpheme
                    if lp1 > LOWER_BOUND:
                        newstate = (state[1], tag1)
                        if newstate not in cell or lp1 > cell[newstate]:
                            cell[newstate] = lp1
    final = tagger.LP_trans_final
    for state, lp in table[-2].items():
        for tag1, lpt in final.get(state, []):
            lp1 = lp + lpt
            if lp1 > LOWER_BOUND:
                newstate = (state[1], tag1)
                if newstate not in table[-1] or lp1 > table[-1][newstate]:
                    table[-1][newstate] = lp1
    return _pos_scores(tagger, table[-1])


def _pos_scores(tagger: Any, last: dict) -> list[tuple[int, float]]:
    results: dict[int, float] = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    result_list = sorted(results.items(), key=lambda item: item[1], reverse=True)
    return result_list or [(UNKNOWN, 0)]


def analyze_viterbi(
    tagger: Any, word: str, targetpos: int, morphemes: _Morphemes
) -> list[tuple[int, int]]:
    """HanoverTagger.analyze_viterbi: the best morpheme path to `targetpos`."""
    wlen = len(word)
    reachable_t = tagger.reachability.get(targetpos, frozenset())
    nonfinal, final = morphemes.nonfinal, tagger.LP_trans_final
    guess = morphemes.guesser(word)
    for localstrict in (True, False):
        table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        backpointer: list[dict] = [{} for _ in range(wlen + 2)]
        for i in range(wlen + 1):
            row = table[i]
            rowbound = _rowbound(row)
            for state in row:
                lp = row[state]
                if lp < rowbound:
                    continue
                followup = [f for f in nonfinal.get(state, []) if f[0] in reachable_t]
                for j in range(i + 1, wlen + 1):
                    segment = word[i:j]
                    cell, pointers = table[j], backpointer[j]
                    for tag1, lpt, lexicon, guesses in followup:
                        if segment in lexicon:
                            morpheme = lexicon[segment]
                        elif guesses and not localstrict:
                            morpheme = guess(segment, j, tag1)
                        else:
                            continue
                        lp1 = lp + lpt + morpheme
                        if lp1 > LOWER_BOUND:
                            newstate = (state[1], tag1)
                            if newstate not in cell or lp1 > cell[newstate]:
                                cell[newstate] = lp1
                                pointers[newstate] = (state, i)
        for state in table[-2]:
            lp = table[-2][state]
            for tag1, lpt in final.get(state, []):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > LOWER_BOUND:
                        newstate = (state[1], tag1)
                        if newstate not in table[-1] or lp1 > table[-1][newstate]:
                            table[-1][newstate] = lp1
                            backpointer[-1][newstate] = (state, wlen)
                    break
        if len(table[-1]) > 0:
            break  # HanTa retries without the strict lexicon only when nothing was found
    pmax, beststate = -math.inf, (EMPTY, EMPTY)
    for state, lp in table[-1].items():
        if lp > pmax:
            pmax, beststate = lp, state
    i = len(backpointer) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states = [(beststate, i)]
        state = beststate
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]
