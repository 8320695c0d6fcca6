"""The event lexicon: one pattern per TSV row (format: docs/lexicon-format.md)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
PATTERN_DIR = DATA_DIR / "patterns"
COLUMNS = (
    "id",
    "cameo",
    "trigger",
    "source",
    "target",
    "requires",
    "flags",
    "intent",
    "expect",
    "example",
    "note",
)
# `struck`: the row needs its target: without one it gives way to other rows and yields
# nothing itself ("Nordkorea hat Raketen abgefeuert" struck nobody: no air strike).
# `noobject`: the row gives way when the direct object names a state of another side
# ("Zusammen mit Macron besuchte Scholz die Ukraine" is a visit of both, no meeting).
KNOWN_FLAGS = {"mutual", "nopassive", "exact", "low", "struck", "noobject"}
SLOT_RE = re.compile(
    r"^(subj|acc|dat|gen|gen_pre|gen_post|comp|pair|clause|event|none|prep:[a-zäöüß]+)$"
)
ID_RE = re.compile(r"^de\.(\d\d)\.[a-z0-9_]+$")


class LexiconError(ValueError):
    """A row of the lexicon breaks the format; the message names file and line."""


@dataclass(frozen=True)
class VerbSpec:
    """A verb as the lexicon names it: `fordern+auf`, `sich treffen`, `treffen`."""

    base: str  # lemma without particle: "fordern"
    particle: str = ""  # separable particle: "auf"
    reflexive: bool = False

    @property
    def joined(self) -> str:
        """The lemma with its particle in front, as lemmatizers give it: "auffordern"."""
        return self.particle + self.base


@dataclass(frozen=True)
class Pattern:
    id: str
    cameo: str
    kind: str  # "verb", "support" (noun + verb) or "noun"
    verb: VerbSpec | None
    noun: str  # "" for plain verb patterns
    source: tuple[str, ...]
    target: tuple[str, ...]
    requires: tuple[str, ...]
    flags: frozenset[str]
    intent: str
    expect: tuple[tuple[str, str], ...]
    example: str
    note: str
    file: str = ""
    line: int = 0

    @property
    def mutual(self) -> bool:
        return "mutual" in self.flags


def parse_verb(text: str) -> VerbSpec:
    text = text.strip()
    reflexive = text.startswith("sich ")
    if reflexive:
        text = text[len("sich ") :].strip()
    base, _, particle = text.partition("+")
    if not re.fullmatch(r"[a-zäöüß]+", base) or (particle and not particle.isalpha()):
        raise ValueError(f"bad verb {text!r}")
    return VerbSpec(base=base, particle=particle, reflexive=reflexive)


def parse_trigger(trigger: str) -> tuple[str, VerbSpec | None, str]:
    """Return (kind, verb, noun) for a trigger cell."""
    trigger = trigger.strip()
    if "~" in trigger:
        noun, _, verb = trigger.partition("~")
        if not noun[:1].isupper():
            raise ValueError(f"noun part of {trigger!r} must be capitalised")
        return "support", parse_verb(verb), noun.strip()
    if trigger[:1].isupper():
        if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß\-]+", trigger):
            raise ValueError(f"bad noun {trigger!r}")
        return "noun", None, trigger
    return "verb", parse_verb(trigger), ""


def parse_slots(cell: str, default: str) -> tuple[str, ...]:
    slots = tuple(s.strip() for s in (cell or default).split("|") if s.strip())
    for slot in slots:
        if not SLOT_RE.match(slot):
            raise ValueError(f"bad slot {slot!r}")
    return slots


def parse_expect(cell: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in cell.split(";"):
        item = item.strip()
        if not item:
            continue
        src, sep, tgt = item.partition(">")
        if not sep or not src:
            raise ValueError(f"bad expect {item!r}: use SRC>TGT or SRC>-")
        pairs.append((src.strip(), tgt.strip()))
    if not pairs:
        raise ValueError("expect is empty")
    return tuple(pairs)


def parse_row(row: dict[str, str], file: str, line: int) -> Pattern:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    where = f"{file}:{line}"
    try:
        match = ID_RE.match(cell("id"))
        if not match:
            raise ValueError(f"bad id {cell('id')!r}")
        cameo = cell("cameo")
        if not re.fullmatch(r"\d{2,4}", cameo) or not cameo.startswith(match.group(1)):
            raise ValueError(f"cameo {cameo!r} does not fit id {cell('id')!r}")
        intent = cell("intent")
        if intent and not re.fullmatch(r"\d{2,4}", intent):
            raise ValueError(f"bad intent code {intent!r}")
        flags = frozenset(f.strip() for f in cell("flags").split(",") if f.strip())
        if flags - KNOWN_FLAGS:
            raise ValueError(f"unknown flags {sorted(flags - KNOWN_FLAGS)}")
        kind, verb, noun = parse_trigger(cell("trigger"))
        if not cell("target"):
            raise ValueError("target is required (use 'none')")
        if not cell("example"):
            raise ValueError("example is required")
        return Pattern(
            id=cell("id"),
            cameo=cameo,
            kind=kind,
            verb=verb,
            noun=noun,
            source=parse_slots(cell("source"), "subj"),
            target=parse_slots(cell("target"), "none"),
            requires=tuple(w.strip() for w in cell("requires").split("|") if w.strip()),
            flags=flags,
            intent=intent,
            expect=parse_expect(cell("expect")),
            example=cell("example"),
            note=cell("note"),
            file=file,
            line=line,
        )
    except ValueError as error:
        raise LexiconError(f"{where}: {error}") from error


def read_pattern_file(path: Path) -> list[Pattern]:
    lines = [
        (number, text)
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if text.strip() and not text.startswith("#")
    ]
    if not lines:
        return []
    header = lines[0][1].split("\t")
    if tuple(header[: len(COLUMNS)]) != COLUMNS:
        raise LexiconError(f"{path.name}: header must be {' '.join(COLUMNS)}")
    reader = csv.DictReader(
        (text for _, text in lines), delimiter="\t", quoting=csv.QUOTE_NONE, strict=True
    )
    return [
        parse_row(row, path.name, number)
        for (number, _), row in zip(lines[1:], reader, strict=True)
    ]


@dataclass
class Lexicon:
    patterns: list[Pattern] = field(default_factory=list)

    @classmethod
    def read(cls, folder: Path = PATTERN_DIR) -> Lexicon:
        patterns: list[Pattern] = []
        seen: dict[str, str] = {}
        for path in sorted(folder.glob("*.tsv")):
            for pattern in read_pattern_file(path):
                if pattern.id in seen:
                    raise LexiconError(
                        f"{path.name}:{pattern.line}: id {pattern.id} also in {seen[pattern.id]}"
                    )
                seen[pattern.id] = path.name
                patterns.append(pattern)
        return cls(patterns)

    def verb_lemmas(self) -> set[str]:
        """Every verb lemma of the verb patterns, with and without particle (noun + verb
        patterns are found by their noun: 'sein' in 'Gastgeber~sein' would fire everywhere)."""
        lemmas: set[str] = set()
        for pattern in self.patterns:
            if pattern.verb and pattern.kind == "verb":
                lemmas.add(pattern.verb.base)
                lemmas.add(pattern.verb.joined)
        return lemmas

    def nouns(self) -> set[str]:
        return {p.noun for p in self.patterns if p.noun}
