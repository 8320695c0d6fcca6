"""Load the actor knowledge (data/*.tsv) into surface-form dictionaries.

Every surface form a text can contain is expanded here, once, at load time
(adjective endings, genitive -s, plural and feminine forms of role nouns), so
that `ActorResolver.find` only does dictionary lookups.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from dyad.actors.forms import (
    adjective_forms,
    dative_plural_forms,
    demonym_forms,
    genitive_forms,
    phrase_forms,
    role_forms,
)

DATA_DIR = Path(__file__).with_name("data")

PRIORITY = {  # when one surface form has several readings, the more specific wins
    "person": 0,
    "igo": 1,
    "informant_org": 2,
    "metonym": 3,  # "Bundestag", "Duma": a named institution of one country
    "role": 4,
    "country": 5,
    "demonym": 6,
    "adjective": 7,
    "city_adjective": 8,
    "place": 10,  # only where a form has no other reading (places.py)
}


@dataclass(frozen=True)
class Entry:
    """One reading of a surface form: a row of a data file, seen from one of its forms."""

    kind: str
    entry: str  # "file.tsv:row_id"
    country: str | None = None  # ISO3, or None
    igo: str | None = None  # CAMEO IGO code when the actor is an organisation of states
    sector: str | None = None
    label: str = ""  # canonical name for `name` and `how`
    offices: tuple[str, ...] = ()  # role entries: the offices whose holder it names
    person_role: bool = False  # a role word naming one person ("Außenminister", not "Armee")
    informant: bool = False
    topic_prefix: bool = False  # "China-Experte": the prefix is the topic, not the origin
    lang: str = "any"
    # "Bundes-": several federations use it; a named person's own country wins.
    weak_prefix: bool = False
    # Ambassadors and delegates act for the state that sends them, also to an IGO:
    # "der deutsche EU-Vertreter" is Germany's (roles.tsv column `sender`).
    sender: bool = False
    # "die Volksrepublik" = China only when no name follows or precedes it
    # ("Volksrepublik Polen", "Demokratische Volksrepublik"): country_forms kind `bare_name`.
    bare_only: bool = False
    # "Flüchtlinge von Serbien": a place after the role, not whose they are (roles.tsv
    # column `place_after`); the role then names nobody.
    place_after: bool = False

    @property
    def actor_code(self) -> str:
        return self.igo or self.country or ""


def read_tsv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_forms(value: str) -> list[str]:
    return [form.strip() for form in value.split("|") if form.strip()]


class Lexicon:
    """Surface form -> readings, for single tokens and multi-token phrases."""

    def __init__(self) -> None:
        self.forms: dict[str, list[Entry]] = defaultdict(list)
        self.prefixes: dict[str, Entry] = {}  # left part of a hyphen compound
        self.role_heads: dict[str, Entry] = {}  # role forms usable as compound heads
        self.adjective_stems: dict[str, Entry] = {}  # "russisch" in "russisch-chinesische"
        self.blocked: set[str] = set()  # words that are never actors (not_actors.tsv)
        self.genitives: set[str] = set()  # forms that are genitives of a name ("Chinas")
        # words after which a place is part of a longer name: "Manchester United"
        self.place_continuations: set[str] = set()
        # nouns after which a capital's genitive is the government acting: "der Protest
        # Pekings" (act_nouns.tsv); form -> row id
        self.act_nouns: dict[str, str] = {}
        self.max_tokens = 1
        self.sizes: dict[str, int] = {}

    def add(self, form: str, entry: Entry) -> None:
        readings = self.forms[form]
        if entry not in readings:
            readings.append(entry)
            readings.sort(key=lambda e: PRIORITY.get(e.kind, 9))
        self.max_tokens = max(self.max_tokens, form.count(" ") + 1)

    def add_name(self, form: str, entry: Entry, lang: str) -> None:
        """A name with its inflected and genitive forms (and, for country names, the
        dative plural: 'den Emiraten')."""
        variants = phrase_forms(form, lang)
        for variant in variants:
            self.add(variant, entry)
        if entry.kind == "country":
            for variant in dative_plural_forms(variants, lang):
                self.add(variant, entry)
        for variant in genitive_forms(variants, lang):
            if variant not in self.forms:
                self.genitives.add(variant)
            self.add(variant, entry)

    def lookup(self, form: str, lang: str) -> list[Entry]:
        """Readings of a form; entries of the text's language first, others as fallback."""
        readings = self.forms.get(form)
        if not readings:
            return []
        own = [e for e in readings if e.lang in ("any", lang)]
        # Names cross languages ("White House" in a German text); role words do not.
        return own or [e for e in readings if e.kind != "role"]


def load_lexicon() -> Lexicon:
    lex = Lexicon()
    _load_countries(lex)
    _load_country_forms(lex)
    _load_metonyms(lex)
    _load_igos(lex)
    _load_roles(lex)
    _load_informant_orgs(lex)
    for row in read_tsv("not_actors.tsv"):
        forms = split_forms(row["form"])
        lex.blocked.update(form for form in forms if " " not in form)
        # Phrases ("Paris Saint-Germain") are read as one atom that yields no mention.
        entry = Entry("not_actor", f"not_actors.tsv:{row['id']}")
        for form in forms:
            if " " in form:
                lex.forms[form].insert(0, entry)
    for row in read_tsv("act_nouns.tsv"):
        for form in split_forms(row["forms"]):
            lex.act_nouns[form] = f"act_nouns.tsv:{row['id']}"
    from dyad.actors.places import load_places  # places fill only forms still free

    load_places(lex)
    return lex


def _load_countries(lex: Lexicon) -> None:
    rows = read_tsv("countries.tsv")
    for row in rows:
        for column, lang in (("name_de", "de"), ("short_de", "de"), ("official_de", "de")) + (
            ("name_en", "en"),
            ("official_en", "en"),
        ):
            name = row[column]
            if not name or "," in name:
                continue
            source = f"countries.tsv:{row['id']}"
            entry = Entry("country", source, row["iso3"], label=name, lang=lang)
            lex.add_name(name, entry, lang)
    lex.sizes["countries"] = len(rows)


def _load_country_forms(lex: Lexicon) -> None:
    rows = read_tsv("country_forms.tsv")
    for row in rows:
        kind, lang, country = row["kind"], row["lang"], row["country"]
        source = f"country_forms.tsv:{row['id']}"
        for form in split_forms(row["forms"]):
            if kind in ("prefix", "federal_prefix"):
                weak = kind == "federal_prefix"
                entry = Entry("country", source, country, label=form, lang=lang, weak_prefix=weak)
                lex.prefixes[form] = entry
                continue
            reading = "country" if kind in ("name", "bare_name") else kind
            bare = kind == "bare_name"
            entry = Entry(reading, source, country, label=form, lang=lang, bare_only=bare)
            if bare:
                lex.add(form, entry)
                continue
            if kind == "name":
                lex.add_name(form, entry, lang)
                lex.prefixes.setdefault(form, entry)
                continue
            variants = [form]
            if kind == "adjective":
                # "russisch-" and "Russian-" open joint adjectives ("Russian-Chinese")
                lex.adjective_stems.setdefault(form.lower(), entry)
                if lang != "en":
                    variants = adjective_forms(form)
            for variant in variants:
                lex.add(variant, entry)
        if kind == "demonym" and lang != "en":
            # generated forms never take a reading from another row ('Polen' is a country)
            for variant in demonym_forms(split_forms(row["forms"])):
                if variant not in lex.forms:
                    lex.add(variant, entry)
    lex.sizes["country_forms"] = len(rows)


def _load_metonyms(lex: Lexicon) -> None:
    rows = read_tsv("metonyms.tsv")
    for row in rows:
        code = row["country"]
        country, igo = (None, code) if code.startswith("IGO") else (code, None)
        source = f"metonyms.tsv:{row['id']}"
        forms = split_forms(row["forms"])
        entry = Entry(
            "metonym",
            source,
            country,
            igo,
            row["sector"] or None,
            forms[0],
            person_role=row["kind"] == "office",  # "Papst": a title that names one person
            lang=row["lang"],
        )
        for form in forms:
            lex.add_name(form, entry, row["lang"])
            lex.prefixes.setdefault(form, entry)
        for adjective in split_forms(row["adjective"]):
            lex.add(adjective, Entry("city_adjective", source, country, igo, label=forms[0]))
    lex.sizes["metonyms"] = len(rows)


def _load_igos(lex: Lexicon) -> None:
    rows = read_tsv("igos.tsv")
    for row in rows:
        source = f"igos.tsv:{row['id']}"
        forms = split_forms(row["forms"])
        entry = Entry("igo", source, None, row["code"], label=forms[0], lang=row["lang"])
        for form in forms:
            lex.add_name(form, entry, row["lang"])
        for prefix in split_forms(row["prefix"]):
            lex.prefixes[prefix] = entry
    lex.sizes["igos"] = len(rows)


def _load_roles(lex: Lexicon) -> None:
    rows = read_tsv("roles.tsv")
    for row in rows:
        person_role = row["person"] == "1"
        forms = split_forms(row["forms"])
        entry = Entry(
            "role",
            f"roles.tsv:{row['id']}",
            sector=row["sector"] or None,
            label=forms[0],
            offices=tuple(split_forms(row["office"])),
            person_role=person_role,
            informant=row["informant"] == "1",
            topic_prefix=row["topic_prefix"] == "1",
            lang=row["lang"],
            sender=row["sender"] == "1",
            place_after=row["place_after"] == "1",
        )
        for form in forms:
            for variant in role_forms(form, person_role, row["lang"]):
                lex.add(variant, entry)
                if " " not in variant and len(variant) >= 5:
                    lex.role_heads.setdefault(variant.lower(), entry)
    lex.sizes["roles"] = len(rows)


def _load_informant_orgs(lex: Lexicon) -> None:
    path = DATA_DIR / "informants.tsv"
    if not path.exists():
        return
    rows = read_tsv("informants.tsv")
    for row in rows:
        forms = split_forms(row["forms"])
        entry = Entry(
            "informant_org",
            f"informants.tsv:{row['id']}",
            row["country"] or None,
            sector=row["sector"],
            label="",  # rows group several outlets: the name is the matched text
            informant=True,
            lang=row["lang"],
        )
        for form in forms:
            lex.add_name(form, entry, row["lang"])
    lex.sizes["informants"] = len(rows)
