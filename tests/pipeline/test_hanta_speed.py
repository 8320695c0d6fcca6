"""dyad.language.hanta computes HanTa's word analyses in fewer steps: the results
must be HanTa's own, float for float, and the tags of whole sentences the same."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from HanTa import HanoverTagger

from dyad.language import hanta

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

# Words written for this test: compounds, names, inflected verbs and adjectives,
# short function words, numbers, hyphenated forms, punctuation, unknown strings.
WRITTEN = """
Außenministerin Außenministerinnen Verteidigungsministeriums Waffenstillstandsabkommen
Friedensgespräche Sanktionen verhängte verhängten zurückgewiesen zurückweisen wies zurück
kritisierte kritisiert Kritik traf getroffen trifft treffen beschossen beschoss überflogen
Raketenangriffe Grenzposten Botschafter einbestellt einbestellte Bundesregierung Kreml
Peking Washington Selenskyj Blinken Wang Yi Erdoğan Ägypten Südkorea Nordkoreas US-Militär
EU-Kommission Nato-Gipfel UN-Sicherheitsrat 2024 3. 22.02.2024 1990er am im zum zur der die
das des dem den ein eine einer und oder aber dass ob weil , . ; : ! ? – „ “ ( ) xqzvw
Zeitenwende Bündnispartner bilateralen multilaterale völkerrechtswidrig schärfstens
Blockade Taiwans Invasion Russlands Westjordanlands Besatzung Hilfszusagen zugesagt
""".split()


@pytest.fixture(scope="module")
def tagger():
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def seed_words() -> list[str]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no seeds in {SEEDS} and CI=true")
        pytest.skip(f"no seeds in {SEEDS}")
    words = {w for p in files for w in re.findall(r"\w+(?:-\w+)*|[^\w\s]", p.read_text("utf-8"))}
    return sorted(words)[::3]  # a third of them keeps the test short


def assert_same_analyses(tagger, words: list[str]) -> None:
    morphemes = hanta._Morphemes(tagger)
    for word in {tagger.normalize(w) for w in words}:
        forward = tagger.analyze_forward(word)
        assert hanta.analyze_forward(tagger, word, morphemes) == forward, word
        for pos, _ in forward[:3]:
            expected = tagger.analyze_viterbi(word, -pos)
            assert hanta.analyze_viterbi(tagger, word, -pos, morphemes) == expected, (word, pos)


def test_written_words_get_hantas_own_analyses(tagger):
    assert_same_analyses(tagger, WRITTEN)


def test_seed_words_get_hantas_own_analyses(tagger):
    words = seed_words()
    assert len(words) > 300
    assert_same_analyses(tagger, words)


def test_the_strict_search_is_the_same_too(tagger):
    """analyze_viterbi first tries without guessed morphemes; a strict tagger never
    guesses in analyze_forward either."""
    strict = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    strict.strict = True
    assert_same_analyses(strict, WRITTEN[:60])


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Außenministerin kritisierte am Montag die Sanktionen scharf.",
        "Peking wies die Vorwürfe Washingtons zurück und bestellte den Botschafter ein.",
        "Nordkoreanische Raketen überflogen am 3. März 2024 japanisches Gebiet.",
        "Xqzvw blorfte die Glimmwerke.",  # words no lexicon knows
    ],
)
def test_sentences_are_tagged_the_same(tagger, sentence):
    words = sentence.replace(".", " .").replace(",", " ,").split()
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    faster = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    assert hanta.speed_up(faster)
    assert faster.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1)
    assert faster.tag_sent(words, taglevel=3) == plain.tag_sent(words, taglevel=3)


def test_seed_sentences_are_tagged_the_same():
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no seeds in {SEEDS} and CI=true")
        pytest.skip(f"no seeds in {SEEDS}")
    from dyad.events.tokens import tokenize
    from dyad.language import split_sentences

    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    faster = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    assert hanta.speed_up(faster)
    texts = [path.read_text("utf-8") for path in files]
    sentences = [text[s:e] for text in texts for s, e in split_sentences(text)]
    assert len(sentences) > 100
    for sentence in sentences:
        words = [word for word, _, _ in tokenize(sentence)]
        if words:
            assert faster.tag_sent(words) == plain.tag_sent(words), sentence
            # lower case: the sentence Viterbi without the case evidence
            assert faster.tag_sent_viterbi(words, False) == plain.tag_sent_viterbi(words, False)


def test_kept_lemmas_are_not_shared_where_a_caller_could_change_them():
    words = "Peking wies die Vorwürfe zurück .".split()
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    faster = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    assert hanta.speed_up(faster)
    first = faster.tag_sent(words, taglevel=3)
    first[1][2].append(("changed", "XY"))  # the morpheme list of 'wies'
    assert faster.tag_sent(words, taglevel=3) == plain.tag_sent(words, taglevel=3)
    assert faster.tag_sent(words) == faster.tag_sent(words) == plain.tag_sent(words)


def test_an_unexpected_tagger_is_left_alone():
    class NotHanTa:
        pass

    tagger = NotHanTa()
    assert not hanta.speed_up(tagger)
    assert not hasattr(tagger, "analyze_forward")
