"""Rebuild eval/docs/*.txt from the shared corpora, as listed in eval/sources.tsv.

The texts are CC BY-NC-SA (10kGNAD: DER STANDARD articles; quotation corpus: German
Wikinews), so the repository keeps only their names and where they come from; this script
puts them back. Each line of sources.tsv carries the SHA-1 of the text, so a changed corpus
is noticed instead of silently scoring against different words.

    python eval/build_docs.py [--shared ../shared] [--out eval/docs]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
DEFAULT_SHARED = EVAL_DIR.parents[1] / "shared"
GNAD_PATH = Path("data/external/10kGNAD/test.csv")
QUOTES_PATH = Path("data/external/german_news_quotation_attribution_2024/test.jsonl")


def read_sources(path: Path = EVAL_DIR / "sources.tsv") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def load_gnad(shared: Path) -> list[str]:
    """10kGNAD test split: `label;'text'` rows, ' as quote character; the text is column 2."""
    with (shared / GNAD_PATH).open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'")]


def load_quotes(shared: Path) -> dict[str, str]:
    """Quotation corpus: one Wikinews document per line, keyed by its id (before ' - ')."""
    texts = {}
    with (shared / QUOTES_PATH).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts[record["documentName"].split(" - ", 1)[0]] = record["originalText"]
    return texts


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def build(shared: Path, out: Path) -> list[Path]:
    """Write every listed document to `out`; raise if one is missing or its text changed."""
    gnad = load_gnad(shared)
    quotes = load_quotes(shared)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source in read_sources():
        if source["corpus"] == "10kGNAD":
            text = gnad[int(source["key"])]
        elif source["corpus"] == "quotes":
            text = quotes[source["key"]]
        else:
            raise ValueError(f"{source['doc']}: unknown corpus {source['corpus']!r}")
        if sha1(text) != source["sha1"]:
            raise ValueError(f"{source['doc']}: the text in {shared} is not the annotated one")
        path = out / source["doc"]
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=EVAL_DIR / "docs")
    args = parser.parse_args()
    written = build(args.shared, args.out)
    print(f"wrote {len(written)} documents to {args.out}")


if __name__ == "__main__":
    main()
