from dyad.language import detect_language, split_sentences, split_sentences_somajo, tokenize


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_ordinals_and_initials_do_not_end_sentences():
    text = (
        "Am 3. März 2024 traf Dr. Müller u.a. J. Biden in Washington. Das war z.B. wichtig! "
        "„Wir sind bereit.“ Der 2. Weltkrieg endete 1945. Danach reiste er ab."
    )
    assert _sentences(text) == [
        "Am 3. März 2024 traf Dr. Müller u.a. J. Biden in Washington.",
        "Das war z.B. wichtig!",
        "„Wir sind bereit.“",
        "Der 2. Weltkrieg endete 1945.",
        "Danach reiste er ab.",
    ]


def test_lines_are_boundaries_and_offsets_point_into_the_text():
    text = "Gipfel in Rom\n\nItalien und Frankreich einigten sich. Die Gespräche dauerten lange"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Gipfel in Rom",
        "Italien und Frankreich einigten sich.",
        "Die Gespräche dauerten lange",
    ]


def test_fast_splitter_agrees_with_somajo_on_the_seeds(seeds_dir):
    from dyad.ingest import iter_documents

    for doc in iter_documents([seeds_dir]):
        fast = set(split_sentences(doc.text))
        somajo = set(split_sentences_somajo(doc.text))
        agreement = len(fast & somajo) / max(len(somajo), 1)
        assert agreement >= 0.9, (doc.id, sorted(somajo - fast)[:3])


def test_tokens_keep_hyphenated_compounds():
    assert [t for t, _s, _e in tokenize("US-Außenminister Blinken traf Wang.")] == [
        "US-Außenminister", "Blinken", "traf", "Wang", ".",
    ]  # fmt: skip


def test_language_of_documents():
    assert detect_language("Die Regierung in Seoul kritisierte den Raketentest scharf.") == "de"
    assert detect_language("The government in Seoul sharply criticised the missile test.") == "en"
