"""Mentions the sentence-level actor stage cannot see, found on candidate sentences only:

- actors inside compound nouns: "China-Besuch", "USA-China-Gespräche", "Peking-Reise"
  (the hyphenated parts are looked up through the same ActorResolver);
- a bare surname repeating a person named in full earlier in the document
  ("Cho Tae-yul" ... "traf mit Cho zusammen");
- a bare title with the definite article repeating a person named earlier with that title
  ("Bundeskanzler Werner Faymann" ... "Der Bundeskanzler hatte Lesbos besucht").
"""

from __future__ import annotations

from dataclasses import replace

from dyad.events.tokens import Token
from dyad.model import Mention

PART_KINDS = {"country", "metonym", "capital", "adjective", "place"}
# Treaties, conventions and processes named after the place they were signed or began
# ("Istanbul-Konvention", "Minsk-Abkommen", "Paris-Protokoll"): the place is a name, not a
# party. Matched on the start of the compound's last part, so plurals and cases fit.
NAMED_AFTER_A_PLACE = (
    "Abkommen",
    "Konvention",
    "Vertrag",
    "Verträge",
    "Protokoll",
    "Prozess",
    "Format",
    "Erklärung",
    "Deklaration",
    "Statut",
    "Übereinkommen",
    "Raum",
    "Runde",
    "Kriterien",
    "Gruppe",
)


def compound_mentions(tokens: list[Token], mentions: list[Mention], date: str | None):
    from dyad.actors import ActorResolver

    found: list[Mention] = []
    covered = [(m.start, m.end) for m in mentions]
    for token in tokens:
        if "-" not in token.text.strip("-") or token.pos != "NN":
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        if token.text.rsplit("-", 1)[-1].startswith(NAMED_AFTER_A_PLACE):
            continue
        offset = token.start
        for part in token.text.split("-")[:-1]:
            if len(part) >= 2:
                for hit in ActorResolver.load().find(part, date, "de"):
                    if hit.start == 0 and hit.end == len(part) and _is_state(hit):
                        how = f"'{part}' inside the compound '{token.text}' ({hit.how})"
                        found.append(replace(hit, start=offset, end=offset + len(part), how=how))
            offset += len(part) + 1
    return found


def _is_state(mention: Mention) -> bool:
    return not mention.informant and (mention.kind in PART_KINDS or mention.code.isalpha())


def repeated_names(tokens: list[Token], mentions: list[Mention], earlier: list[Mention]):
    """'Cho' after 'Cho Tae-yul': the same person, when exactly one earlier person fits."""
    people = [m for m in earlier if m.name and not m.informant and m.kind.endswith("person")]

    def name_fits(before: Token | None, token: Token, person: Mention) -> bool:
        if token.pos != "NE" or len(token.text) < 2:
            return False
        return token.text in _words(person.name) or token.text in person.text.split()

    found = _repeats(tokens, mentions, people, name_fits, "named earlier in the document")
    return found + repeated_titles(tokens, mentions + found, people)


DEFINITE = {"der", "des", "dem", "den", "die"}


def repeated_titles(tokens: list[Token], mentions: list[Mention], people: list[Mention]):
    """'der Bundeskanzler' after 'Bundeskanzler Werner Faymann': the same person, when exactly
    one person named earlier carried that title. A title with its own country ('der russische
    Präsident') is a mention of its own and never reaches this."""

    def title_fits(before: Token | None, token: Token, person: Mention) -> bool:
        if token.pos != "NN" or before is None or before.lower not in DEFINITE:
            return False
        if token.text in _words(person.name) or len(token.text) < 5:
            return False
        # "die Kanzlerin" after "Bundeskanzlerin Angela Merkel": the title or its last part
        return any(word.lower().endswith(token.lower) for word in _words(person.text))

    return _repeats(tokens, mentions, people, title_fits, "named earlier with that title")


def _words(text: str | None) -> list[str]:
    return (text or "").replace("-", " ").split()


def _repeats(tokens, mentions, people, fits_person, why: str) -> list[Mention]:
    """A token no mention covers that fits exactly one person named earlier is that person."""
    found: list[Mention] = []
    covered = [(m.start, m.end) for m in mentions]
    for before, token in zip([None, *tokens], tokens, strict=False):
        if not token.text[:1].isupper():
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        fits = {(m.name, m.code): m for m in people if fits_person(before, token, m)}
        if len(fits) == 1:
            person = next(iter(fits.values()))
            how = f"'{token.text}' = {person.name}, {why}"
            found.append(
                replace(person, start=token.start, end=token.end, text=token.text, how=how)
            )
    return found
