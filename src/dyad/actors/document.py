"""What the resolver remembers within one document.

  home   the outlet's country (home.py), for bare federal titles (federal.py);
  readings  how names two states share are read here (ambiguous.py: 'Kongo' in a text
         that says 'DR Kongo' or 'Kinshasa' is the DR Congo);
  dateline  the capital a report was filed from, for ministers the tables do not know
         ("Manila (dpa) - ... Verteidigungsminister Gilberto Teodoro");
  names  people the tables do not know, learned from a titled mention
         ("der bulgarische Außenminister Daniel Mitrow") and recalled when the text
         later names them alone ("Mitrow sagte ...", "Mitrows Besuch").

The pipeline makes one context per document (`ActorResolver.document_context`) and
passes it to `find` for each sentence in order; without one, `find` reads each
sentence alone, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dyad.actors.ambiguous import Reading
from dyad.actors.atoms import FUNCTION_WORDS, TIME_WORD_RE, tokenize
from dyad.actors.lexicon import Entry, Lexicon
from dyad.actors.people import FAMILY_NAME_FIRST
from dyad.model import Mention

GENITIVE_ENDINGS = ("s", "'", "’")
MIN_SURNAME = 3


@dataclass(frozen=True)
class LearnedName:
    name: str  # as written after the title ("Daniel Mitrow") or the table's name
    country: str
    sector: str | None
    where: str  # the titled mention it was learned from
    # a name the tables lack is recalled wherever it stands; a listed person's surname
    # only where the tables read it as a namesake ("Kurz darauf" stays an adverb)
    alone: bool = True

    @property
    def code(self) -> str:
        return self.country + (self.sector or "")


@dataclass
class DocumentContext:
    home: str | None = None
    home_how: str = ""
    names: dict[str, LearnedName | None] = field(default_factory=dict)  # None: ambiguous
    readings: dict[str, Reading] = field(default_factory=dict)  # by ambiguous_names.tsv id
    dateline: Entry | None = None  # the one capital the report was filed from (located.py)
    dateline_how: str = ""

    def learn(self, mentions: list[Mention], lexicon: Lexicon) -> None:
        """Names written after a national title: the ones the tables do not know, and the
        surnames of listed people that the tables share with a namesake."""
        for mention in mentions:
            if not mention.name or not mention.country or mention.informant:
                continue
            if mention.kind == "role" and not mention.entry.startswith("people.tsv"):
                words = mention.name.split()
                # "Wang Shuai": the family name first; "Daniel Mitrow": last
                family = words[0] if mention.country in FAMILY_NAME_FIRST else words[-1]
                # "Außenminister Mitrow Journalisten": the family name must be no German
                # word; given names may be ("Daniel", "Rose")
                if not _looks_like_name(family, lexicon) or not all(
                    _capitalised_name_word(word, lexicon) for word in words
                ):
                    continue
                learned = LearnedName(mention.name, mention.country, mention.sector, mention.text)
                self._remember({family, mention.name}, learned)
            elif mention.kind == "role+person" and mention.country not in FAMILY_NAME_FIRST:
                # "der mazedonische Präsident Gjorge Iwanow": later "Iwanow" is he, not the
                # Russian namesake the surname alone would pick
                family = mention.text.split()[-1]
                where = mention.text
                learned = LearnedName(mention.name, mention.country, mention.sector, where, False)
                self._remember({family}, learned)

    def _remember(self, keys: set[str], learned: LearnedName) -> None:
        for key in keys:
            known = self.names.get(key, learned)
            # one surname for two countries in one text: recall neither
            same = known is not None and known.country == learned.country
            self.names[key] = (known if key in self.names else learned) if same else None

    def recall(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions of learned names: tokens no mention covers, and surnames that the
        tables gave to a namesake of another country."""
        if not self.names:
            return mentions
        out = [self._override(m) for m in mentions]
        for token in tokenize(text):
            if any(m.start < token.end and token.start < m.end for m in out):
                continue
            key = self._key(token.text)
            learned = self.names.get(key) if key else None
            if learned is None or not learned.alone:
                continue
            start = token.start
            if text[: token.end].endswith(learned.name):  # "Daniel Mitrow" again in full
                start = token.end - len(learned.name)
            out.append(_recalled(text, start, token.end, learned))
        if out == mentions:
            return mentions
        return sorted(out, key=lambda m: m.start)

    def _key(self, word: str) -> str | None:
        if word in self.names:
            return word
        for ending in GENITIVE_ENDINGS:
            if word.endswith(ending) and word[: -len(ending)] in self.names:
                return word[: -len(ending)]
        return None

    def _override(self, mention: Mention) -> Mention:
        """A bare surname the tables read as another country's person ('Iwanow' after 'der
        mazedonische Präsident Gjorge Iwanow') is the person the document introduced."""
        if mention.kind != "person" or " " in mention.text:
            return mention
        key = self._key(mention.text)
        learned = self.names.get(key) if key else None
        if learned is None or learned.country == mention.country:
            return mention
        return _recalled(mention.text, 0, len(mention.text), learned, mention.start)


def _recalled(text: str, start: int, end: int, learned: LearnedName, offset: int = 0) -> Mention:
    written = text[start:end]
    how = f"'{written}' = {learned.name}, named in this document as '{learned.where}'"
    entry = f"document:{learned.name}"
    return Mention(start + offset, end + offset, written, learned.code, learned.country,
                   learned.sector, learned.name, entry, "person", how)  # fmt: skip


def _looks_like_name(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word that is no German word and no actor: 'Mitrow', 'Oreskovic'."""
    if len(word) < MIN_SURNAME or word.isupper() or not _capitalised_name_word(word, lexicon):
        return False
    return not _german_word(word)


def _capitalised_name_word(word: str, lexicon: Lexicon) -> bool:
    return (
        word[:1].isupper()
        and word not in FUNCTION_WORDS
        and not TIME_WORD_RE.match(word)
        and not lexicon.lookup(word, "de")
    )


@cache
def _german_word(word: str) -> bool:
    import simplemma  # loaded on the first name learned: most texts name known people

    return simplemma.is_known(word, lang="de") or simplemma.is_known(word.lower(), lang="de")
