"""Where an event happened: a place named after a locative preposition
("in Peking", "in der ukrainischen Hauptstadt Kiew", "nach Moskau"), looked up
offline in data/places.tsv (built by dyad.enrich.build_places).

Only prepositional phrases count: a bare "Peking" is usually an actor (metonymy).
Rules and limits are described in docs/enrich.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.enrich.clauses import rank_by_trigger
from dyad.enrich.gazetteer import Place, choose, gazetteer
from dyad.model import Location

# "in", "im", "nach" (destination: the event is placed where the actor arrives),
# "bei"/"beim" (at or near), "auf" (island states only), then an optional
# article, up to two lower-case adjectives and a noun such as "Hauptstadt"
# before the name itself.
LEAD_IN = re.compile(
    r"(?<!\w)(?P<prep>[Ii]n|[Ii]m|[Nn]ach|[Bb]ei|[Bb]eim|[Aa]uf)\s+"
    r"(?P<article>(?:der|den|dem|die|das)\s+)?"
    r"(?P<words>(?:[a-zäöüß][\w-]*\s+){0,2})"
    r"(?P<noun>(?:Haupt|Hafen|Grenz|Küsten|Millionen)?[Ss]tadt\s+|Metropole\s+|Region\s+)?"
    r"(?=[A-ZÄÖÜ])"
)
PREPOSITION = re.compile(r"(?<!\w)(?:[Ii]n|[Ii]m|[Nn]ach|[Bb]ei|[Bb]eim|[Aa]uf)\s")
NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'.-]*|de|do|da|del|am|an|der|la|el|upon")
MAX_NAME_WORDS = 4
ADJECTIVE = re.compile(r"[a-zäöüß][\w-]{2,}(?:e|en|em|er|es)")
DETERMINERS = (
    "sein",
    "ihr",
    "unser",
    "dies",
    "jen",
    "ein",
    "kein",
    "mein",
    "dein",
    "eur",
    "welch",
    "all",
    "beid",
    "viel",
    "manch",
    "wenig",
    "mehr",
    "jed",
)
BEI_MIN_POPULATION = 100_000
# Words that continue a club's or a longer place's name: "Leicester City", "Ventura Bay".
NAME_CONTINUATIONS = frozenset({"City", "United", "Bay", "Albion", "Rovers", "County", "FC"})


@dataclass(frozen=True)
class LeadIn:
    """What precedes the name, and which places it allows."""

    preposition: str
    after_article: bool  # "im", "beim", "in der", ...: a city needs more than that
    allow_city: bool
    min_city_population: int


def _lead_in(lead: re.Match[str]) -> LeadIn | None:
    """German puts no article before a city ("in Rom", but "im Mai", "im Bau"),
    except with an adjective or a noun ("im ostukrainischen Charkiw", "in der
    Hauptstadt Kiew"); countries may take one ("im Iran", "in der Türkei")."""
    preposition = lead["prep"].lower()
    after_article = bool(lead["article"]) or preposition in ("im", "beim")
    words = lead["words"].split()
    if words and words != ["ganz"] and not after_article:
        return None  # "bei schlechtem Wetter", "nach seinem ersten Roman"
    if any(word.startswith(DETERMINERS) or not ADJECTIVE.fullmatch(word) for word in words):
        return None  # "bei der sie das Abo": only adjectives stand between article and name
    # "in den heimischen Bergen": a plural article never precedes a city.
    plural = (lead["article"] or "").strip() in ("den", "die")
    allow_city = not after_article or bool(lead["noun"]) or (bool(words) and not plural)
    # "auf" places events on islands that are states ("auf Taiwan", "auf den
    # Philippinen"); before a city name it is mostly "trifft auf Bremen".
    allow_city = allow_city and preposition != "auf"
    # After "bei" a name is often a company or a person ("bei Tui"): big cities only.
    min_population = BEI_MIN_POPULATION if preposition in ("bei", "beim") else 0
    return LeadIn(preposition, after_article, allow_city, min_population)


def _lookup(words: list[str], lead: LeadIn, following: str) -> tuple[int, Place, str] | None:
    """The longest run of words that names a place: (word count, place, form).

    `following` is the text after the words, to reject a place that is only
    the start of a longer name ("bei Darmstadt 98", "bei Leicester City").
    """
    index = gazetteer()
    for count in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        form = " ".join(words[:count])
        if not form[:1].isupper() or not words[count - 1][:1].isupper():
            continue  # a name neither starts nor ends with a particle
        if form in index.stop_always or (lead.after_article and form in index.stop_after_article):
            continue
        rest = (words[count:] + following.split()[:1])[:1]
        if rest and (rest[0][:1].isdigit() or rest[0] in NAME_CONTINUATIONS):
            continue

        def allowed(places: list[Place]) -> list[Place]:
            return [
                p
                for p in places
                if p.kind == "country"
                or (lead.allow_city and p.population >= lead.min_city_population)
            ]

        place = choose(
            allowed(index.places(index.primary.get(form, []))),
            allowed(index.places(index.alternate.get(form, []))),
        )
        if place is not None:
            return count, place, form
    return None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    phrase: str
    preposition: str
    place: Place


def find_places(text: str) -> list[PlaceMention]:
    """Every place named after a locative preposition, left to right."""
    found = []
    for start in PREPOSITION.finditer(text):
        # Matched one by one so "bei denen in Wiesbaden" still finds "in Wiesbaden".
        lead = LEAD_IN.match(text, start.start())
        if lead is None:
            continue
        lead_in = _lead_in(lead)
        if lead_in is None:
            continue
        words, ends, position = [], [], lead.end()
        while len(words) < MAX_NAME_WORDS:
            word = NAME_WORD.match(text, position)
            if word is None:
                break
            token = word.group(0).rstrip(".")  # "in Peking." ends the sentence
            words.append(token)
            ends.append(word.start() + len(token))
            position = word.end()
            if text[position : position + 1] != " ":
                break
            position += 1
        match = _lookup(words, lead_in, text[position:])
        if match is not None:
            count, place, _ = match
            end = ends[count - 1]
            found.append(
                PlaceMention(
                    lead.start(), end, text[lead.start() : end], lead_in.preposition, place
                )
            )
    return found


def find_location(text: str, trigger: tuple[int, int] | None = None) -> Location | None:
    """The place of the event in `text` (one sentence): the placed phrase in the
    trigger's clause nearest the trigger, else the nearest, else None."""
    mentions = find_places(text)
    if not mentions:
        return None
    if trigger is None:
        chosen = mentions[0]
    else:
        chosen = min(mentions, key=lambda m: rank_by_trigger(text, m.start, m.end, trigger))
    place = chosen.place
    role = " (destination)" if chosen.preposition == "nach" else ""
    if place.kind == "country":
        detail = f"country {place.name}{role}; no coordinates for a whole country"
    else:
        detail = f"{place.name}, {place.country}{role}, population {place.population:,}"
    how = f"'{chosen.phrase}' [{place.id}] -> {detail}"
    return Location(place.name, place.country, place.lat, place.lon, how)
