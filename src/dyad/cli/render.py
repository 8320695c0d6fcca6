"""How events look on a terminal: summary, table, explanation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from dyad.enrich.cameo import lookup

if TYPE_CHECKING:
    from dyad.cli.batch import CodingReport
    from dyad.store import EventStore

# What a record carries only for `explain` and the store.
_INTERNAL = ("explanation",)


def record_for_output(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _INTERNAL}


def _root_name(root: str) -> str:
    try:
        return lookup(root).name
    except KeyError:
        return ""


def print_summary(console: Console, store: EventStore, report: CodingReport, db: Path) -> None:
    counts = store.counts()
    console.print(
        f"[bold]coded[/] {report.coded} documents ({report.unchanged} unchanged, "
        f"{report.duplicates} duplicate texts, {len(report.errors)} skipped), "
        f"{report.sentences} sentences "
        f"({report.analysed_sentences} analysed), {report.events} events -> {db}"
    )
    for why, n in report.skipped_why.most_common():
        console.print(f"  skipped {n}: {why}", highlight=False)
    console.print(
        f"store: {counts['documents']} documents, {counts['sentences']} sentences, "
        f"{counts['events']} events"
    )
    roots = Table(title="events by CAMEO root", title_justify="left")
    for col in ("root", "name", "events"):
        roots.add_column(col)
    for root, n in store.by_root():
        roots.add_row(root, _root_name(root), str(n))
    dyads = Table(title="top dyads", title_justify="left")
    for col in ("source", "target", "events", "mean Goldstein"):
        dyads.add_column(col)
    for source, target, n, goldstein in store.top_dyads(10):
        dyads.add_row(source, target, str(n), f"{goldstein:+.1f}")
    console.print(roots, dyads)


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return actor["code"] + (f" ({actor['name']})" if actor.get("name") else "")


def records_table(records: list[dict[str, Any]], total: int) -> Table:
    table = Table(caption=f"{len(records)} of {total} events", caption_justify="left")
    for col in ("id", "date", "source", "cameo", "target", "gs", "doc", "sentence"):
        table.add_column(col, overflow="fold" if col == "sentence" else "ellipsis")
    for r in records:
        table.add_row(
            r["id"][:10], r["event_date"] or "?", _actor_label(r["source"]),
            f"{r['cameo']} {r.get('cameo_name') or ''}", _actor_label(r["target"]),
            f"{r['goldstein']:+.1f}", r["doc"], r["sentence"][:160],
        )  # fmt: skip
    return table


# Marks for the evidence sentence: colour on a terminal, brackets everywhere.
_MARKS = {
    "source": ("S", "bold blue"),
    "target": ("T", "bold magenta"),
    "trigger": ("V", "bold red"),
}


def marked_sentence(sentence: str, explanation: dict[str, Any]) -> Text:
    spans = []
    for role, (label, style) in _MARKS.items():
        span = explanation.get(f"{role}_span")
        if span:
            spans.append((span[0], span[1], label, style))
    text = Text()
    position = 0
    for start, end, label, style in sorted(spans):
        if start < position:  # overlapping spans (a joint adjective): mark once
            continue
        text.append(sentence[position:start])
        text.append(f"[{label}: ", style=style)
        text.append(sentence[start:end], style=style)
        text.append("]", style=style)
        position = end
    text.append(sentence[position:])
    return text


def explain_view(record: dict[str, Any]) -> Group:
    x = record.get("explanation") or {}
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold")
    rows.add_column()
    pattern = lexicon_row(record["rule"])
    rule = record["rule"] + (f"  ({pattern})" if pattern else "")
    place = (record.get("location") or {}).get("name") or "-"
    confidence = str(record["confidence"])
    if record.get("modality"):
        confidence += f", modality {record['modality']}"
    where = f"{record['doc']} sentence {x.get('sentence_index')} chars {record['span']}"
    if (record.get("mentions") or 1) > 1:
        where += f", reported {record['mentions']} times"
    lines = [
        ("event", f"{record['id']}  {record['cameo']} {record.get('cameo_name') or ''}"),
        ("rule", rule),
        ("source", f"{_actor_label(record['source'])}: {x.get('source_how') or ''}"),
        ("target", f"{_actor_label(record['target'])}: {x.get('target_how') or ''}"),
        ("grammar", x.get("note") or ""),
        ("date", f"{record['event_date'] or 'unknown'}: {x.get('date_how') or ''}"),
        ("published", f"{record['published'] or 'unknown'}: {x.get('published_how') or ''}"),
        ("place", f"{place} {x.get('location_how') or ''}"),
        ("goldstein", f"{record['goldstein']:+.1f}, quad class {record['quad_class']}, "
                      f"PLOVER {record.get('plover') or '-'}"),
        ("confidence", confidence),
        ("document", where),
    ]  # fmt: skip
    if x.get("attribution"):
        lines.append(("reported by", _actor_label(x["attribution"])))
    for key, value in lines:
        rows.add_row(key, Text(str(value)))
    return Group(marked_sentence(record["sentence"], x), Text(""), rows)


def lexicon_row(rule: str) -> str | None:
    """The lexicon row behind a rule id, as a reviewer reads it."""
    from dyad.events import EventCoder

    for p in EventCoder.load().lexicon.patterns:
        if p.id == rule:
            verb = p.verb and ("sich " if p.verb.reflexive else "") + p.verb.base + (
                f"+{p.verb.particle}" if p.verb.particle else ""
            )
            trigger = "~".join(part for part in (p.noun, verb) if part)
            parts = [
                f"trigger {trigger}",
                f"source {'|'.join(p.source)}",
                f"target {'|'.join(p.target)}",
                f"requires {'|'.join(p.requires)}" if p.requires else "",
                f"flags {','.join(sorted(p.flags))}" if p.flags else "",
                f"{p.file}:{p.line}",
            ]
            return "; ".join(part for part in parts if part)
    return None
