"""The objects that flow through the pipeline.

Each stage reads what the stages before it filled in and adds its own part:

    ingest   -> Document (cleaned text, metadata)
    language -> Document.sentences (offsets, language)
    actors   -> Sentence.mentions
    events   -> Sentence.candidates (who did what to whom, with the rule)
    enrich   -> Event records (CAMEO names, Goldstein, dates, places)

Offsets of a Mention or a trigger are relative to the sentence text;
offsets of a Sentence are relative to the cleaned document text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The modalities a clause can have; None means a factual report. The contract names the
# first three; "historical" (it happened, in an earlier period the text gives no date
# for) is dyad's addition, dropped by default like them.
MODALITIES = ("hypothetical", "future", "negated", "historical")


@dataclass
class Document:
    id: str  # the file's base name or the record's id
    text: str  # cleaned text: every offset points into this
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601, partial allowed
    language: str | None = None
    content_hash: str = ""
    path: str | None = None  # where it was read from, for error messages
    published_how: str | None = None  # how the publication date was found
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Mention:
    """A span of a sentence that names an actor, resolved to a CAMEO-style code."""

    start: int
    end: int
    text: str
    code: str  # e.g. "USAGOV", "CHN", "IGOUNO"
    country: str | None  # ISO 3166-1 alpha-3; None for organisations without one
    sector: str | None  # "GOV", "MIL", ...; None for the state as a whole
    name: str | None = None  # the person or institution, when known
    entry: str = ""  # id of the knowledge entry that matched
    kind: str = ""  # "country", "adjective", "metonym", "role", "person", "igo", ...
    how: str = ""  # one line for `dyad explain`: why this code
    # Media, experts and other sources of information: they report events,
    # they are not actors in them.
    informant: bool = False

    def as_actor(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "text": self.text,
        }


@dataclass
class Candidate:
    """An event found in one sentence, before enrichment."""

    source: Mention
    target: Mention | None
    cameo: str  # "042", "0312", ...
    rule: str  # id of the lexicon pattern that fired
    trigger: tuple[int, int]  # span of the trigger words within the sentence
    confidence: float = 0.8
    modality: str | None = None  # one of MODALITIES, None for a factual clause
    attribution: Mention | None = None  # who reports it ("X erklärte, dass ...")
    note: str = ""  # why the grammar chose source and target


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    language: str = "de"
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class DateResolution:
    value: str | None  # ISO 8601, partial allowed; None when unknown
    how: str  # e.g. "'am Sonntag' -> Sunday before published 2024-02-26"
    span: tuple[int, int] | None = None  # within the sentence


@dataclass
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    how: str = ""

    def as_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}
