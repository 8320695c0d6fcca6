"""The default stages, registered by name with the pipeline.

language: sentences and their language, on every document.
actors:   mentions on every sentence (a dictionary lookup: cheap).
events:   the cheap trigger scan on every sentence; the coder's expensive
          analysis only on sentences with a trigger and an actor; then each
          candidate becomes an enriched event record.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dyad.enrich.records import build_record, collapse_repeats
from dyad.language import detect_language, sentence_language, split_sentences
from dyad.model import Document, Sentence
from dyad.pipeline import stage

if TYPE_CHECKING:
    from dyad.pipeline import DocumentState, Options


@stage("language")
def language_stage(options: Options):
    from dyad.language import langid

    langid.load()  # models load with the pipeline, not inside the first document
    if options.splitter == "somajo":
        from dyad.language import split_sentences_somajo as splitter
    else:
        splitter = split_sentences

    def step(doc: Document, state: DocumentState) -> None:
        doc.language = doc.language or detect_language(doc.text)
        doc.sentences = [
            Sentence(index=i, start=s, end=e, text=doc.text[s:e], language=doc.language)
            for i, (s, e) in enumerate(splitter(doc.text))
        ]

    return step


# "Seoul (AFP) –", "Peking/Berlin (dpa) -": where the report was filed, not an actor.
DATELINE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.'/ -]{1,40}?\s*(?:\((?:[A-Za-z]{2,12}(?:[/,-][A-Za-z]{2,12})*)\))?\s*[-–—]\s"
)


_ARTICLES = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Es", "Er", "Sie"}


def dateline_end(text: str) -> int:
    match = DATELINE.match(text)
    if not match:
        return 0
    # A dateline carries an agency in brackets, or is a place name or two
    # ("Addis Abeba/Bujumbura –") before the dash: capitalised words, no article.
    words = match.group(0).strip().rstrip("-–—").split()
    if "(" in match.group(0) or (
        0 < len(words) <= 3 and words[0] not in _ARTICLES and all(w[0].isupper() for w in words)
    ):
        return match.end()
    return 0


@stage("actors")
def actors_stage(options: Options):
    from dyad.actors import ActorResolver

    resolver = ActorResolver.load()

    def step(doc: Document, state: DocumentState) -> None:
        # One context per document: its home country decides bare federal titles, and
        # names introduced with a title are remembered, so sentences go in order.
        context = resolver.document_context(doc.text, doc.outlet, doc.published, doc.url)
        for sentence in doc.sentences:
            mentions = resolver.find(
                sentence.text, date=doc.published, lang=sentence.language, context=context
            )
            skip = dateline_end(sentence.text)
            sentence.mentions = [m for m in mentions if m.start >= skip]

    return step


def paragraphs(doc: Document) -> list[int]:
    """The paragraph number of each sentence: a line break between two sentences
    starts a new one."""
    numbers, paragraph, previous_end = [], 0, 0
    for sentence in doc.sentences:
        if numbers and "\n" in doc.text[previous_end : sentence.start]:
            paragraph += 1
        numbers.append(paragraph)
        previous_end = sentence.end
    return numbers


@stage("events")
def events_stage(options: Options):
    from dyad.enrich import date_rules
    from dyad.enrich.date_frame import DateContext
    from dyad.events import EventCoder
    from dyad.events.discourse import reaction_targets
    from dyad.events.tokens import tag

    coder = EventCoder.load()
    # Models and patterns load with the pipeline, not inside the first document.
    tag("Lädt.")  # HanTa
    date_rules.load()

    def code_sentence(doc: Document, sentence: Sentence, state: DocumentState) -> None:
        # A sentence without actors may still report an event of actors named
        # before it ("Die beiden tauschten sich aus"): the coder decides, cheaply.
        if not coder.has_trigger(sentence.text):
            return
        if doc.language == "de" and sentence.mentions:
            sentence.language = sentence_language(sentence.text, doc.language)
        state.analysed_sentences += bool(sentence.mentions)
        try:
            sentence.candidates = coder.code(sentence, doc, keep_modal=options.keep_modal)
        except Exception as err:  # one odd sentence must not cost the document
            state.warnings.append(
                f"{doc.path or doc.id}: sentence {sentence.index} (chars {sentence.start}-"
                f"{sentence.end}) not coded: {type(err).__name__}: {err}"
            )
            return
        # A reaction without a target ("China protestierte gegen die Zölle") aimed at
        # an event of the sentences just before: see dyad.events.discourse.
        reaction_targets(sentence, doc)

    def step(doc: Document, state: DocumentState) -> None:
        records: list[dict[str, Any]] = []
        dates = DateContext(doc.published)
        for sentence, paragraph in zip(doc.sentences, paragraphs(doc), strict=True):
            dates.enter(sentence.index, paragraph, sentence.text)
            code_sentence(doc, sentence, state)
            records += [build_record(doc, sentence, c, dates) for c in sentence.candidates]
            # a date phrase sets the time of what follows
            dates.observe(sentence.text, [c.trigger for c in sentence.candidates])
        state.events = collapse_repeats(records) if options.collapse_repeats else records

    return step
