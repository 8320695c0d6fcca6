from dyad.language import sentence_language
from dyad.pipeline import Pipeline
from dyad.stages import dateline_end


def test_datelines_are_where_a_report_was_filed_not_actors():
    for text, dateline in [
        ("Seoul (AFP) – Südkorea bestellte den Botschafter ein.", "Seoul (AFP) – "),
        ("Peking/Berlin (dpa) - China protestierte.", "Peking/Berlin (dpa) - "),
        ("Moskau – Russland wies die Vorwürfe zurück.", "Moskau – "),
        ("Addis Abeba/Bujumbura – Die AU zögert.", "Addis Abeba/Bujumbura – "),
    ]:
        assert text[: dateline_end(text)] == dateline
    for text in (
        "Die USA – und Japan – protestierten.",
        "Russland und China - zwei Mächte",
        "Japan Südkorea China Russland – vier Staaten",
        "A– b",
    ):
        assert dateline_end(text) == 0


def test_a_dateline_city_never_becomes_the_source():
    result = Pipeline().code_text(
        "Seoul (AFP) – Die Regierung Japans hat China scharf kritisiert.",
        doc_id="dateline",
        published="2024-05-02",
    )
    assert result.doc is not None
    mentions = result.doc.sentences[0].mentions
    assert mentions and all(m.text != "Seoul" for m in mentions)
    assert all(e["source"]["country"] != "KOR" for e in result.events)


def test_an_english_quote_in_a_german_document_is_english():
    quote = "The United States and Japan have agreed to strengthen their alliance."
    assert sentence_language(quote, "de") == "en"
    german = "Die Vereinigten Staaten und Japan haben ihr Bündnis gestärkt, hieß es."
    assert sentence_language(german, "de") == "de"


def test_a_sentence_the_coder_fails_on_costs_only_that_sentence(monkeypatch):
    from dyad.events import EventCoder

    coder = EventCoder.load()
    real_code = coder.code

    def flaky(sentence, doc, keep_modal=False):
        if "Japan" in sentence.text:
            raise RuntimeError("simulated failure")
        return real_code(sentence, doc, keep_modal=keep_modal)

    monkeypatch.setattr(coder, "code", flaky)
    text = "Japan kritisierte China scharf.\nDie USA und Südkorea haben an China appelliert."
    result = Pipeline().code_text(text, doc_id="flaky", published="2024-11-01")
    assert result.error is None
    assert [w for w in result.warnings if "sentence 0" in w and "simulated failure" in w]
    assert {(e["source"]["country"], e["root"]) for e in result.events} == {
        ("USA", "02"),
        ("KOR", "02"),
    }


def test_the_trigger_scan_answers_each_sentence_for_itself_when_asked_twice():
    """The scan keeps its last answer for the coder's second question about the same
    sentence; a different sentence must still get its own answer."""
    from dyad.events import EventCoder
    from dyad.events.scan import TriggerScan

    scan = EventCoder.load().scan
    fresh = TriggerScan.__new__(TriggerScan)
    fresh.__dict__.update(scan.__dict__)  # the same word lists, no remembered answer
    fresh._last = (None, False)
    sentences = [
        "Japan kritisierte China scharf.",
        "Japan kritisierte China scharf.",
        "Das Wetter in Tokio war mild.",
        "Das Wetter in Tokio war mild.",
        "Russland und die Ukraine vereinbarten einen Waffenstillstand.",
        "Das Wetter in Tokio war mild.",
    ]
    answers = [scan(text) for text in sentences]
    assert answers == [True, True, False, False, True, False]
    assert answers == [fresh._scan(text) for text in sentences]


def test_the_pipeline_tags_with_the_faster_word_analyses():
    from dyad.events.tokens import _tagger

    Pipeline()
    for analysis in (_tagger().analyze_forward, _tagger().analyze_viterbi):
        assert analysis.__wrapped__.__module__ == "dyad.language.hanta"
