"""Foreign cities, regions, islands and disputed territories as mentions of their state.

"Russland griff Charkiw an", "Faymann besuchte Lesbos", "Luftangriffe auf Aleppo": the
place stands for the state it lies in (kind `place`, code = ISO3, no sector). Sources:

- data/places_cities.tsv: GeoNames cities of 100,000 people or more outside DEU, AUT and
  CHE, minus capitals (metonyms.tsv) and forms that are also words or names (built by
  `python -m dyad.actors.build_places`; the dropped forms are in data/place_stoplist.tsv);
- data/regions.tsv: regions, islands, disputed territories and war towns, by hand, each
  with the code CAMEO/Phoenix gives it and why;
- compass compounds of a country's name: "Ostukraine", "Nordsyrien", "Ost-Ukraine".

A place never replaces another reading: a form that is also a country, capital, role,
demonym or known surname keeps that reading. The event coder never makes a place the
source of an event (it acts through its state's named actors); a plain locative
"in Charkiw" is not used as a target either.
"""

from __future__ import annotations

from dyad.actors.forms import phrase_forms
from dyad.actors.lexicon import DATA_DIR, Entry, Lexicon, read_tsv, split_forms
from dyad.actors.people import People

# The outlets' own countries: their cities and compass regions ("Ostdeutschland") are
# where things happen in German-language news, not foreign states acted upon.
DOMESTIC = {"DEU", "AUT", "CHE"}


def load_places(lex: Lexicon) -> None:
    stop = {f for row in read_tsv("place_stoplist.tsv") if row["origin"] != "keep"
            for f in split_forms(row["form"])}  # fmt: skip
    regions = read_tsv("regions.tsv")
    directions: list[str] = []
    for row in regions:
        forms = split_forms(row["forms"])
        if row["kind"] == "direction_prefix":
            directions = forms
            continue
        if row["kind"] == "not_region":
            stop.update(forms)
            continue
        if row["kind"] == "name_continuation":
            lex.place_continuations.update(forms)
            continue
        label = f"{row['kind']} in {row['country']} (regions.tsv:{row['id']})"
        entry = Entry("place", f"regions.tsv:{row['id']}", row["country"], label=forms[0])
        entry = _with_label(entry, label)
        for form in forms:
            _add_place(lex, form, entry, stop)
    _add_compass_regions(lex, directions, stop)
    lex.sizes["places_cities"] = _load_cities(lex, stop)
    lex.sizes["regions"] = len(regions)


def _load_cities(lex: Lexicon, stop: set[str]) -> int:
    """40,000 forms at every load: a plain loop over the lines, no per-form inflection
    (city names do not inflect but for the genitive -s)."""
    forms, blocked = lex.forms, lex.blocked
    count = 0
    with (DATA_DIR / "places_cities.tsv").open(encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            geonames_id, _, country, population, names, _ = line.rstrip("\n").split("\t")
            label = (
                f"city in {country} (GeoNames {geonames_id.removeprefix('gn-')}, "
                f"population {int(population):,})"
            )
            entry = Entry("place", f"places_cities.tsv:{geonames_id}", country, label=label)
            count += 1
            for name in names.split("|"):
                if name in stop or name in blocked or name in forms:
                    continue
                forms[name] = [entry]
                if " " in name:
                    lex.max_tokens = max(lex.max_tokens, name.count(" ") + 1)
                elif name[-1] not in "sxzß":
                    genitive = name + "s"  # 'Aleppos'
                    if genitive not in forms and genitive not in stop:
                        forms[genitive] = [entry]
                        lex.genitives.add(genitive)
    return count


def _with_label(entry: Entry, label: str) -> Entry:
    return Entry(entry.kind, entry.entry, entry.country, label=label)


def _add_place(lex: Lexicon, form: str, entry: Entry, stop: set[str]) -> None:
    """The form and its genitive ('Aleppos', 'Nordsyriens'), each only where nothing else
    is known. Written straight into the dictionary: 40,000 forms, read at every load."""
    if form in stop or form in lex.blocked:
        return
    variants = phrase_forms(form, "de") if " " in form else [form]
    genitive = form + "s" if form[-1] not in "sxzß" and form[-1].isalpha() else None
    if genitive:
        variants.append(genitive)  # one-word names take -s only: 'Nordsyriens', 'Krims'
    forms = lex.forms
    for variant in variants:
        if variant not in forms and variant not in stop:
            forms[variant] = [entry]
            if variant == genitive:
                lex.genitives.add(variant)
    if " " in form:
        lex.max_tokens = max(lex.max_tokens, form.count(" ") + 1)


def _add_compass_regions(lex: Lexicon, directions: list[str], stop: set[str]) -> None:
    """'Ostukraine', 'Nordirak', 'Ost-Ukraine' from every one-word German country name."""
    names = [
        (form, readings[0])
        for form, readings in list(lex.forms.items())
        if readings[0].kind == "country"
        and readings[0].lang in ("de", "any")
        and readings[0].country not in DOMESTIC
        and not readings[0].bare_only
        and form not in lex.genitives
        and form.isalpha()
        and form[:1].isupper()
        and not form.isupper()  # "USA": "Ost-USA" is no region anyone names
    ]
    for name, country in names:
        for direction in directions:
            label = f"region in {country.country} ('{direction}' + '{name}', {country.entry})"
            entry = Entry("place", "regions.tsv:r_directions", country.country, label=label)
            for form in (direction + name.lower(), f"{direction}-{name}"):
                _add_place(lex, form, entry, stop)


def drop_places_named_like_people(lex: Lexicon, people: People) -> None:
    """A surname of people.tsv keeps its person reading: the lexicon is read before
    surnames, so a city with that name ("Santos") would hide the person. Any other word
    of a listed person's name ("Jaroslaw", "Lenín Moreno") is no place either."""
    words = set(people.surnames)
    for spellings in people.forms.values():
        words.update(w for spelling in spellings for w in spelling.replace("-", " ").split())
    for word in words:
        for form in (word, word + "s"):  # "Bushs" is no Egyptian town's genitive
            readings = lex.forms.get(form)
            if readings and all(entry.kind == "place" for entry in readings):
                del lex.forms[form]
