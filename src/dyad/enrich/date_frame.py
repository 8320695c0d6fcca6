"""The time a document is at, sentence by sentence: what an event without a date
phrase of its own inherits, and what "am selben Tag" counts from.

    context = DateContext(doc.published)
    for sentence, paragraph in ...:
        context.enter(sentence.index, paragraph)   # before dating its events
        resolve_event_date(text, published, trigger, context=context)
        context.observe(sentence.text)              # after: its own date phrase

Rules (docs/enrich.md, "Dates from the context"):
- A date phrase of a sentence's own clause sets the narrative frame, which holds
  until another one appears; phrases that only schedule ("für Dienstag", "bis
  Sonntag"), belong to a relative clause or a future clause set nothing.
- A sentence in the pluperfect tells what came before: its date phrase opens a
  flashback frame and leaves the narrative frame alone. Later pluperfect events of
  the same paragraph take the flashback frame; a pluperfect event without one
  has no date.
- A paragraph that opens in the pluperfect ("Zuvor hatte X ... gedroht.", "X war am
  Mittwoch nach Y gereist.") is a flashback as a whole: its events take its own
  dates, which do not become the narrative frame of later paragraphs.
- A vague phrase ("kürzlich", "zuvor") sets a frame of unknown date.
- "am selben Tag", "tags darauf", "zwei Tage später", "damals" count from the last
  date the text named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dyad.enrich.clauses import clause_bounds
from dyad.enrich.date_anchored import ANCHORED
from dyad.enrich.date_rules import Expression, find_expressions, word_value
from dyad.enrich.date_tense import opens_in_pluperfect, pluperfect, reporting_present
from dyad.enrich.dates import INHERITED, choose_expression, resolve_event_date
from dyad.model import DateResolution

# "für Dienstag wurde eine Sitzung einberufen", "bis Sonntag dauern", "ab Montag":
# the date of something scheduled, not of the telling.
_SCHEDULED_BY = re.compile(r"\b(?:für|auf)\s+(?:den\s+)?$", re.I)
# "seit seinem Amtsantritt im Januar": the start of a span, told inside a since-phrase.
# Its words are articles, possessives, adjectives and nouns, up to eight: a verb ends it.
_INSIDE_SINCE = re.compile(
    r"\bseit\s+(?:(?:[A-ZÄÖÜ][\w-]*|d(?:er|ie|as|es|em|en)|ein\w*|sein\w*|ihr\w*"
    r"|[a-zäöüß]\w*(?:e|en|er|es|em))\s+){1,8}$"
)
_SCHEDULE_START = re.compile(r"(?:bis|ab|seit)\b", re.I)
_FUTURE = re.compile(r"\b(?:wird|werden|soll|sollen|solle|sollten|will|wollen)\b")


@dataclass
class Frame:
    date: DateResolution
    sentence: int
    paragraph: int


@dataclass
class DateContext:
    published: str | None
    narrative: Frame | None = None  # the time the report is at
    flashback: Frame | None = None  # the time a pluperfect passage is at
    latest: Frame | None = None  # the last date named, whatever its tense
    sentence: int = -1
    paragraph: int = 0
    flashback_paragraph: int | None = None  # a paragraph that opened in the pluperfect
    present: bool = False  # the current sentence is in the reporting present

    def enter(self, sentence: int, paragraph: int, text: str = "") -> None:
        if paragraph != self.paragraph or sentence == 0:
            self.flashback_paragraph = paragraph if opens_in_pluperfect(text) else None
        self.sentence, self.paragraph = sentence, paragraph
        self.present = reporting_present(text)

    def anchor(self) -> DateResolution | None:
        """What 'am selben Tag', 'tags darauf', 'damals' count from."""
        return self.latest.date if self.latest else None

    def _in_flashback_paragraph(self) -> bool:
        return self.flashback_paragraph == self.paragraph

    def inherited(self, pluperfect: bool) -> DateResolution | None:
        """The frame an undated event of the current sentence takes, or None (then
        the caller gives the publication date, or no date in the pluperfect)."""
        if self.present and not pluperfect:
            return None  # back in the report's own time
        if pluperfect or self._in_flashback_paragraph():
            frame = self.flashback
            if frame is None or frame.paragraph != self.paragraph:
                return None
            kind = "flashback of sentence"
        else:
            frame, kind = self.narrative, "time set in sentence"
        if frame is None or frame.date.value is None:
            return None
        return DateResolution(
            frame.date.value, f"{INHERITED} ({kind} {frame.sentence}: {frame.date.how})"
        )

    def observe(self, text: str, triggers: Sequence[tuple[int, int]] = ()) -> None:
        """After the current sentence: its own date phrase, if any, moves a frame.
        The phrase that dated the sentence's last event wins over the sentence's
        first ('Experten warnten am Sonntag, als X und Y am Donnerstag ... trafen')."""
        every = find_expressions(text)  # skips the patterns that cannot match
        eligible = [e for e in every if self._sets_frame(text, e)]
        chosen = [choose_expression(text, every, trigger) for trigger in triggers]
        expr = next((e for e in reversed(chosen) if e in eligible), None)
        expr = expr or choose_expression(text, eligible, None)
        if expr is None:
            if self.present:  # 'Der Orbiter ist 8,90 Meter lang.': the told time ends
                self.narrative = self.flashback = None
            return
        date = resolve_event_date(text, self.published, (expr.start, expr.end), context=self)
        frame = Frame(date, self.sentence, self.paragraph)
        if self._in_flashback_paragraph() or pluperfect(text, (expr.start, expr.end)):
            self.flashback = frame
        else:
            self.narrative, self.flashback = frame, None
        if date.value is not None:
            self.latest = frame

    @staticmethod
    def _sets_frame(text: str, expr: Expression) -> bool:
        """Phrases that date a point of the telling; not spans ('seit 2014', 'bislang'),
        schedules ('für Dienstag', 'bis Sonntag'), the future ('kommende Woche', 'soll
        am Montag')."""
        if expr.kind == "vague" and word_value("vague", expr.parts["phrase"]) == "span":
            return False
        if _SCHEDULE_START.match(expr.text) or _SCHEDULED_BY.search(text, 0, expr.start):
            return False
        direction = expr.parts.get("dir") or expr.parts.get("weekdir")
        if expr.kind not in ANCHORED and direction and word_value("direction", direction) == "1":
            return False
        if _INSIDE_SINCE.search(text, 0, expr.start):
            return False
        start, end = clause_bounds(text, expr.start)
        return not _FUTURE.search(text, start, end)
