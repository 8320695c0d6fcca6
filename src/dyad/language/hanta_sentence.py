"""HanTa's sentence Viterbi (`tag_sent_viterbi`), computed the same way with fewer steps.

For each word and each surviving state HanTa walks all 56 tags that may follow
the state and skips those the word cannot have. Here only the word's own tags
(two or three) are walked, in the order HanTa would meet them, so every row of
the table is filled in the same order with the same sums: the same tags come
out, ties included. The word's tag probabilities (`_tag_word`) are a pure
function of the word and its case flag, so they are memoised.
See dyad.language.hanta for how it is installed and tests/pipeline/
test_hanta_speed.py for the comparison with HanTa.

Licence: this module follows the structure of HanTa's own search (HanTa, by Christian
Wartena, LGPL-3.0), so it is a work based on HanTa; LGPL-3.0 code may be combined with
dyad's GPL-3.0-or-later, and HanTa's copyright stays with its author.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

LOWER_BOUND = -1e6
WORD_CACHE_SIZE = 200_000


class SentenceTagger:
    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger
        self._ranks: dict[tuple[int, int], dict[int, int]] = {}
        self.word_tags = lru_cache(maxsize=WORD_CACHE_SIZE)(self._word_tags)

    def _word_tags(self, word: str, casesensitive: bool) -> dict[int, float]:
        """HanTa's wprobs: read only, shared between sentences."""
        tags = self.tagger._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True)
        return dict(tags)

    def _rank(self, state: tuple[int, int]) -> dict[int, int]:
        """Each tag's position among the state's followers (HanTa's walking order)."""
        rank = self._ranks.get(state)
        if rank is None:
            followers = self.tagger.LP_trans_word[state]
            rank = self._ranks[state] = {tag: n for n, tag in enumerate(followers)}
        return rank

    def _followers(self, state, wprobs: dict[int, float], unknown_word: bool):
        """(tag, transition lp, word lp) in the order HanTa's loop meets them."""
        transitions = self.tagger.LP_trans_word[state]
        if unknown_word:  # HanTa: "if the word is unknown anything goes"
            return [(c, lp, 0) for c, lp in transitions.items() if c != END]
        rank = self._rank(state)
        present = sorted((rank[c], c) for c in wprobs if c in rank and c != END)
        return [(c, transitions[c], wprobs[c]) for _, c in present]

    def __call__(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        table: list[dict] = []
        backpointer: list[dict] = []
        for i, word in enumerate(sent):
            # HanTa: the first word's case says nothing; `cs` is set only when i > 0.
            cs = bool(i > 0 and casesensitive)
            wprobs = self.word_tags(word, cs)
            unknown_word = len(wprobs) == 0
            if len(wprobs) == 1 and UNKNOWN in wprobs:
                wprobs, unknown_word = {}, True
            row: dict = {}
            pointers: dict = {}
            backpointer.append(pointers)
            prevrow = {(EMPTY, START): 0.0} if i == 0 else table[i - 1]
            # "Only continue with 5 top states" (HanTa)
            rowbound = (
                sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else LOWER_BOUND
            )
            for state in prevrow:
                lp0 = prevrow[state]
                if lp0 < rowbound:
                    continue
                for c, lp_tc, lpwc in self._followers(state, wprobs, unknown_word):
                    lp = lp0 + lp_tc + lpwc
                    if lp > LOWER_BOUND:
                        newstate = (state[1], c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            pointers[newstate] = state
            table.append(row)
        return self._best_path(table, backpointer)

    def _best_path(self, table: list[dict], backpointer: list[dict]) -> list[int]:
        finalstate = (END, EMPTY)
        row: dict = {}
        backpointer.append({})
        for state in table[-1]:
            lp0 = table[-1][state]
            lp = lp0 + self.tagger.LP_trans_word[state].get(END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                backpointer[-1][finalstate] = state
        table.append(row)
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]
