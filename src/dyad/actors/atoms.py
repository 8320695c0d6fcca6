"""Step 1 of resolution: tokens -> atoms (one lexicon reading per word or phrase).

An atom is the longest run of tokens the knowledge base knows, read in one way:
a country, a metonym, a role noun, a person, ... Hyphen compounds are split here
("US-Außenminister" -> role Außenminister with modifier USA).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyad.actors.lexicon import Entry, Lexicon
from dyad.actors.people import People

TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*")
CLOSED_HOLDER_MIN = 8  # head length from which a closed compound names an office's holder
SUFFIX_MIN = 7  # shortest role head inside a compound ("Grenztruppen" -> "truppen"; not "sender")
# Capitalised words that open sentences or phrases and are not first names: "Auch Merkel".
FUNCTION_WORDS = {
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Und", "Oder", "Aber",
    "Auch", "Dass", "Doch", "Wie", "Als", "Laut", "Nach", "Mit", "Für", "Von", "Bei", "Gegen",
    "Dann", "Heute", "Gestern", "Morgen", "Am", "Im", "So", "Nun", "Jetzt", "Zudem", "Selbst",
    "Sogar", "Nur", "Noch", "Schon", "Während", "Seit", "Trotz", "Wegen", "Über", "Unter", "Vor",
    "Zu", "Zum", "Zur", "Beim", "Vom", "Auf", "An", "In", "Ob", "Wenn", "Weil", "Obwohl", "Da",
    "Hier", "Dort", "Dabei", "Damit", "Daher", "Deshalb", "Also", "Denn", "Bereits", "Erst",
    "Gerade", "Allerdings", "Außerdem", "Inzwischen", "Später", "Zuvor", "Danach", "Dies",
    "Diese", "Dieser", "Sein", "Seine", "Ihr", "Ihre", "Herr", "Frau", "Mr", "Mrs", "Ms", "Dr",
    "The", "And", "But", "When", "After", "Before", "While", "As", "If", "Then", "Now", "By",
    "Of", "For", "With", "From", "To", "At", "On", "Mr.", "Mrs.", "Dr.", "Prof", "Hauptstadt",
    # prepositions, pronouns and particles that open a sentence ("Aus Peking kam Kritik")
    "Aus", "Durch", "Ohne", "Um", "Bis", "Ab", "Neben", "Zwischen", "Hinter", "Außer",
    "Gegenüber", "Seitens", "Innerhalb", "Außerhalb", "Angesichts", "Aufgrund", "Dank",
    "Entgegen", "Statt", "Anstatt", "Binnen", "Jenseits", "Mittels", "Samt", "Wider", "Es",
    "Er", "Man", "Wir", "Ich", "Was", "Wer", "Wo", "Warum", "Weder", "Sowohl", "Nicht",
    "Kein", "Keine", "Alle", "Beide", "Jeder", "Jede", "Welche", "Ebenso", "Zwar",
}  # fmt: skip
# Time words stand before names without being part of them: "traf am Dienstag Lawrow",
# "am Montagabend Blinken", "im Januar Faymann".
TIME_WORD_RE = re.compile(
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende"
    r"|Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Vormittag|Nachmittag|Abend|Mittag|Nacht|Anfang|Ende|Mitte"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht|s)?$"
)
# "die Millionen Griechen": capitalised quantity nouns before a demonym are no names.
QUANTITY_WORD_RE = re.compile(
    r"(?:Zehn|Hundert)?(?:[Tt]ausende?|Millionen|Milliarden|Hunderte)$|Dutzende$"
)
# Nouns that name what kind of place follows: "die Hafenstadt Mariupol", "Provinz Idlib".
PLACE_NOUN_RE = re.compile(
    r"(?:[Ss]tadt|[Mm]etropole|[Rr]egion|[Pp]rovinz|[Ii]nsel|[Gg]ebiet|[Hh]ochburg|[Ee]nklave"
    r"|[Oo]blast|[Bb]ezirk|[Dd]istrikt|[Hh]afen|[Ff]ront|[Gg]renze|[Oo]rt|[Dd]orf|[Kk]reis"
    r"|[Ss]ektor|[Hh]öhen|[Hh]albinsel|[Rr]epublik|[Zz]entrum)$"
)
ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem"}
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "ern", "chen", "gen")
FORMER_PREFIXES = {"Ex", "ex", "Alt", "Ex-", "former"}
DEPUTY_PREFIXES = ("Vize", "vize", "Vize-", "stellvertretende")
GENITIVE_ENDINGS = ("s", "es", "'s", "’s")


@dataclass
class Token:
    text: str
    start: int
    end: int


@dataclass
class Atom:
    start: int
    end: int
    entry: Entry
    how: str
    modifier: Entry | None = None  # the country/IGO that qualifies a role
    modifier_how: str = ""
    person: str | None = None  # canonical name of a known person
    person_text: str = ""  # how the person is written after a role ("Sobotka", "Sigmar Gabriel")
    name_text: str | None = None  # an unknown name written after a role
    genitive: bool = False
    former: bool = False
    derived: bool = False  # role found inside a compound or with "Vize": no office holder
    topic: bool = False  # the modifier is the topic ("China-Experte"), not the origin
    joint: list[Entry] = field(default_factory=list)
    complement: Atom | None = None  # "Sprecher des Pentagons": the Pentagon atom

    @property
    def kind(self) -> str:
        return self.entry.kind


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


class AtomFinder:
    def __init__(self, lexicon: Lexicon, people: People) -> None:
        self.lex = lexicon
        self.people = people
        # First word of every multi-word form -> its longest form in tokens, so that
        # most tokens cost one dictionary lookup before the single-word readings.
        self.phrase_starts: dict[str, int] = {}
        for form in [*lexicon.forms, *people.full_names]:
            words = form.split(" ")
            if len(words) > 1:
                self.phrase_starts[words[0]] = max(self.phrase_starts.get(words[0], 0), len(words))

    def find(self, text: str, date: str | None, lang: str) -> list[Atom]:
        tokens = tokenize(text)
        atoms: list[Atom] = []
        i = 0
        while i < len(tokens):
            atom, used = self._phrase_at(text, tokens, i, lang)
            if atom is None:
                token = tokens[i]
                mid = token.text in self.people.mid_sentence_surnames and _mid_sentence(text, token)
                atom = self._token_atom(token, date, lang, mid)
                used = 1
            if atom is not None and atom.entry.bare_only and _named_next_to(text, tokens, i):
                atom = None
            if atom is not None and used == 1 and self._first_name_of_other(text, tokens, i, atom):
                atom = None
            if atom is not None and atom.kind == "demonym" and _in_party_name(text, tokens, i):
                atom = None
            if (
                atom is not None
                and atom.kind == "place"
                and self._opens_name(text, tokens, i + used)
            ):
                atom = None  # "Manchester United", "Chicago Bulls", "Bristol Cars"
            if atom is not None and not (
                used == 1 and self._inside_other_name(text, tokens, i, atom, atoms)
            ):
                atoms.append(atom)
            i += used
        return atoms

    def _first_name_of_other(self, text: str, tokens: list[Token], i: int, atom: Atom) -> bool:
        """'Gabriel Felbermayr': a first name that resolves alone only while its bearer is
        in office (surname_stoplist.tsv `in_office`) opens another name when a capitalised
        word follows it; a genitive does not ('Gabriels Plan')."""
        if atom.kind != "person" or tokens[i].text not in self.people.office_surnames:
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return bool(after and text[tokens[i].end : after.start] == " " and after.text[:1].isupper())

    def _opens_name(self, text: str, tokens: list[Token], after: int) -> bool:
        if after >= len(tokens) or text[tokens[after - 1].end : tokens[after].start] != " ":
            return False
        return tokens[after].text in self.lex.place_continuations

    def _inside_other_name(
        self, text: str, tokens: list[Token], i: int, atom: Atom, atoms: list[Atom]
    ) -> bool:
        """'Heinz Lindner', 'Dennis Schröder', 'Union Berlin', 'Atletico Madrid': a bare
        surname or capital right after an unknown capitalised word is part of another name."""
        if atom.kind not in ("person", "metonym", "place") or i == 0:
            return False
        if atom.kind == "person" and " " in text[atom.start : atom.end]:
            return False  # a full name was written
        before = tokens[i - 1]
        if text[before.end : tokens[i].start] != " " or (atoms and atoms[-1].end >= before.end):
            return False
        word = before.text
        if not word[:1].isupper() or word in FUNCTION_WORDS or "-" in word:
            return False
        if atom.kind == "metonym" and atom.genitive and word in self.lex.act_nouns:
            # "der Protest Pekings", "die Drohungen Moskaus": who protests or threatens;
            # "die Straßen Pekings" stays nothing (the city, not the government)
            atom.how += f"; genitive after '{word}' ({self.lex.act_nouns[word]}): who acts"
            return False
        if len(word) > 10 and atom.kind != "place":  # "Galatasaray Istanbul" is a club
            return False
        if TIME_WORD_RE.match(word):
            return False
        if atom.kind == "place" and PLACE_NOUN_RE.search(word):
            return False  # "Hafenstadt Mariupol", "Rebellenhochburg Idlib", "Insel Lesbos"
        if atom.kind in ("person", "place") and word.lower().endswith(NOUN_ENDINGS):
            return False  # a title the tables do not know: "Kanzlerkandidat Merz"
        if atom.kind == "place" and atom.genitive:
            return False  # "die Belagerung Mariupols", "Einnahme Bachmuts"
        if atom.person is not None and word in self.people.given_names.get(atom.person, ()):
            return False
        if atom.person is not None and _after_title_and_names(text, tokens, i, atoms):
            # "Präsident Abd Rabbu Mansur Hadi": a spelling the table lacks, with at least
            # one of the person's names ("Heinz Lindner" is not Christian Lindner)
            spellings = self.people.forms.get(atom.person, [atom.person])
            known = {word for spelling in spellings for word in spelling.split()}
            return not known & set(text[atoms[-1].end : tokens[i].start].split())
        return True

    def _phrase_at(
        self, text: str, tokens: list[Token], i: int, lang: str
    ) -> tuple[Atom | None, int]:
        """The longest known multi-word name starting at token i (people first)."""
        first = tokens[i].text
        longest = self.phrase_starts.get(first, 0)
        if first[:1].isupper():  # "Chinesische Botschaft" at the start of a sentence
            longest = max(longest, self.phrase_starts.get(first[0].lower() + first[1:], 0))
        end = i + 1  # tokens joined by single spaces, as the forms are written
        while end < len(tokens) and end - i < longest:
            if text[tokens[end - 1].end : tokens[end].start] != " ":
                break
            end += 1
        for n in range(end - i, 1, -1):
            start_char, end_char = tokens[i].start, tokens[i + n - 1].end
            form = text[start_char:end_char]
            person = self.people.full_names.get(form)
            if person is not None:
                return self._person_atom(start_char, end_char, person, form, False), n
            readings = self.lex.lookup(form, lang)
            if not readings and form[:1].isupper():
                readings = self.lex.lookup(form[0].lower() + form[1:], lang)
            if readings:
                return self._lexicon_atom(start_char, end_char, form, readings), n
        return None, 1

    def _lexicon_atom(self, start: int, end: int, form: str, readings: list[Entry]) -> Atom:
        entry = readings[0]
        genitive = form in self.lex.genitives
        return Atom(start, end, entry, f"'{form}' = {_describe(entry)}", genitive=genitive)

    def _person_atom(self, start: int, end: int, person: str, form: str, surname: bool) -> Atom:
        entry = Entry("person", "people.tsv", label=person)
        how = f"'{form}' = {'surname of ' if surname else ''}{person}"
        return Atom(start, end, entry, how, person=person, genitive=form.endswith("s"))

    def _token_atom(
        self, token: Token, date: str | None, lang: str, mid_sentence: bool = False
    ) -> Atom | None:
        word = token.text
        if word in self.lex.blocked:
            return None
        readings = self.lex.lookup(word, lang)
        if not readings and word[:1].isupper():
            readings = [e for e in self.lex.lookup(word[0].lower() + word[1:], lang)]
        if readings:
            return self._lexicon_atom(token.start, token.end, word, readings)
        person = self._surname(word, date, mid_sentence and lang == "de")
        if person:
            return self._person_atom(token.start, token.end, person, word, True)
        if "-" in word:
            return self._compound_atom(token, date, lang)
        return self._closed_compound(token, lang) or self._role_inside(token, lang)

    def _surname(self, word: str, date: str | None, mid_sentence: bool = False) -> str | None:
        if not word[:1].isupper():
            return None
        person = self.people.by_surname(word, date, mid_sentence)
        if person is None:
            for ending in GENITIVE_ENDINGS:
                if word.endswith(ending) and len(word) > len(ending) + 2:
                    person = self.people.by_surname(word[: -len(ending)], date)
                    if person:
                        break
        return person

    def _compound_atom(self, token: Token, date: str | None, lang: str) -> Atom | None:
        parts = token.text.split("-")
        joint = self._joint_adjective(parts, lang)
        if joint:
            entry = joint[-1]
            how = f"'{token.text}' = joint adjective " + " + ".join(e.country or "" for e in joint)
            return Atom(token.start, token.end, entry, how, joint=joint)
        prefix, head = "-".join(parts[:-1]), parts[-1]
        head_start = token.end - len(head)
        head_atom = self._token_atom(Token(head, head_start, token.end), date, lang)
        if prefix in FORMER_PREFIXES and head_atom and head_atom.kind == "role":
            head_atom.start, head_atom.former = token.start, True
            head_atom.how = f"'{token.text}' = former + {head_atom.how}"
            return head_atom
        modifier = self.lex.prefixes.get(prefix)
        if modifier is None:
            person = self.people.full_names.get(prefix) or self._surname(prefix, date)
            if (
                person
                and head_atom
                and head_atom.kind == "role"
                and not head_atom.entry.person_role
            ):
                # "Tsipras-Regierung", "Merkel-Regierung": that person's government
                head_atom.start, head_atom.person = token.start, person
                head_atom.how = f"'{prefix}-' = {person} + {head_atom.how}"
                return head_atom
            return head_atom if head_atom and head_atom.kind in ("role", "person") else None
        if head_atom is not None and head_atom.kind in ("role", "demonym"):
            head_atom.start = token.start
            head_atom.modifier = modifier
            head_atom.modifier_how = f"'{prefix}-' = {_describe(modifier)}"
            head_atom.topic = head_atom.entry.topic_prefix
            return head_atom
        if modifier.kind == "igo":
            # "Nato-Gipfel", "EU-Sanktionen": the organisation acts; the head is not an actor.
            end = token.start + len(prefix)
            how = f"'{prefix}' (in '{token.text}') = {_describe(modifier)}"
            return Atom(token.start, end, modifier, how)
        # "China-Besuch", "Taiwan-Frage", "Peking-Reise": a place or topic, not an actor.
        return None

    def _joint_adjective(self, parts: list[str], lang: str) -> list[Entry]:
        """'russisch-chinesische', 'US-iranischen': stems (or prefixes) + one inflected part."""
        if len(parts) < 2:
            return []
        found = []
        for part in parts[:-1]:
            entry = self.lex.adjective_stems.get(part.lower()) or self.lex.prefixes.get(part)
            if entry is None or entry.country is None:
                return []
            found.append(entry)
        last = parts[-1]
        readings = self.lex.lookup(last.lower(), lang) or self.lex.lookup(last, lang)
        adjectives = [e for e in readings if e.kind == "adjective"]
        if not adjectives:
            return []
        found.append(adjectives[0])
        return found if len({e.country for e in found}) == len(found) else []

    def _closed_compound(self, token: Token, lang: str) -> Atom | None:
        """'Kremlsprecher', 'Bundesaußenministerin', 'Russlandexperte': prefix + role."""
        word = token.text
        if lang == "en" or len(word) < 8 or not word[:1].isupper():
            return None
        for cut in range(len(word) - 4, 1, -1):
            modifier = self.lex.prefixes.get(word[:cut])
            if modifier is None:
                continue
            head = word[cut].upper() + word[cut + 1 :]
            roles = [e for e in self.lex.lookup(head, lang) if e.kind == "role"]
            if roles:
                how = f"'{word}' = '{word[:cut]}' + role '{head}' ({roles[0].entry})"
                atom = Atom(token.start, token.end, roles[0], how, modifier=modifier)
                atom.modifier_how = f"'{word[:cut]}' = {_describe(modifier)}"
                atom.topic = roles[0].topic_prefix
                # 'Bundesaußenministerin' names the office; 'Bundeschefin' (of some
                # federation) does not: short generic heads get no office holder.
                atom.derived = len(head) < CLOSED_HOLDER_MIN and modifier.kind == "country"
                return atom
        return None

    def _role_inside(self, token: Token, lang: str) -> Atom | None:
        """'Vizeaußenminister', 'Grenztruppen': a known role noun as the head of a compound."""
        word = token.text
        if lang == "en" or len(word) < SUFFIX_MIN + 3 or not word[:1].isupper():
            return None
        lowered = word.lower()
        for cut in range(3, len(word) - SUFFIX_MIN + 1):
            entry = self.lex.role_heads.get(lowered[cut:])
            if entry is not None:
                how = f"'{word}' = compound with head '{word[cut:]}' = {_describe(entry)}"
                return Atom(token.start, token.end, entry, how, derived=True)
        return None


def _after_title_and_names(text: str, tokens: list[Token], i: int, atoms: list[Atom]) -> bool:
    """Whether one to three capitalised words between a person role and token i are all
    that stands between them: 'Präsident Abd Rabbu Mansur Hadi'."""
    if not atoms or atoms[-1].kind != "role" or not atoms[-1].entry.person_role:
        return False
    first = i
    while first > 0 and i - first < 3:
        before = tokens[first - 1]
        if before.end <= atoms[-1].end or text[before.end : tokens[first].start] != " ":
            break
        if not before.text[:1].isupper() or before.text in FUNCTION_WORDS:
            return False
        first -= 1
    return first < i and text[atoms[-1].end : tokens[first].start] == " "


def _in_party_name(text: str, tokens: list[Token], i: int) -> bool:
    """'der Unabhängigen Griechen', 'die Wahren Finnen': a demonym after an article and a
    capitalised adjective is the end of a party's name; the party is no state actor."""
    if i < 2 or not all(text[tokens[k].end : tokens[k + 1].start] == " " for k in (i - 2, i - 1)):
        return False
    article, adjective = tokens[i - 2].text, tokens[i - 1].text
    return (
        article.lower() in ARTICLES
        and adjective[:1].isupper()
        and adjective.endswith(("e", "en", "er"))
        and adjective not in FUNCTION_WORDS
        and not QUANTITY_WORD_RE.match(adjective)
    )


def _named_next_to(text: str, tokens: list[Token], i: int) -> bool:
    """'Volksrepublik Polen', 'Demokratische Volksrepublik': a capitalised word right
    after, or a capitalised non-function word right before, names another state."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after and text[tokens[i].end : after.start] == " " and after.text[:1].isupper():
        return True
    before = tokens[i - 1] if i > 0 else None
    return bool(
        before
        and text[before.end : tokens[i].start] == " "
        and before.text[:1].isupper()
        and before.text not in FUNCTION_WORDS
    )


def _mid_sentence(text: str, token: Token) -> bool:
    """Whether the token stands inside a sentence after a lower-case word or a comma
    ("sagte Kurz", ", Kurz"): not after a full stop, quote or dash that may open a new
    sentence, and not after a title, which the title rules read ("Experte Klug")."""
    before = text[max(0, token.start - 60) : token.start].rstrip()
    if not before or before[-1] in ".!?:;\"„“”»«–—-('":
        return False
    if before[-1] == ",":
        return True
    previous = before.split()[-1]
    # an article before a capitalised word makes it a noun or another name: "der Jung von Matt"
    return previous[:1].islower() and previous not in ARTICLES


def _describe(entry: Entry) -> str:
    if entry.kind == "place":
        return f"place: {entry.label}"
    code = entry.igo or entry.country or ""
    sector = entry.sector or ""
    what = f"{entry.kind} {code}{sector}".strip() if code or sector else entry.kind
    return f"{what} ({entry.entry})"
