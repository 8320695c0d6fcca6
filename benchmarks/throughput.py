"""Throughput of dyad against SoMaJo's tokenizer alone, in one run.

    python benchmarks/throughput.py ../shared/data/external/10kGNAD/test.csv [--limit N]

CORPUS is a 10kGNAD-style CSV (label;'text'), a JSONL file of records, or a
folder of text files. Prints sentences/s, documents/s and peak memory of the
full pipeline (ingest to store), the time SoMaJo alone takes to tokenise the
same texts, and the ratio; plus the load time (actor knowledge base, lexicon,
and the models the pipeline loads when it is built: language identifier,
HanTa, date patterns) and the resolver's speed. Ratios, not absolute times,
are what to compare across machines; on a shared machine, compare ratios of
the same run and repeat.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def read_corpus(path: Path, limit: int | None) -> list[dict]:
    records: list[dict] = []
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            records.append({"id": file.name, "text": file.read_text("utf-8")})
    elif path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
                if len(row) >= 2:
                    records.append({"id": f"{path.stem}-{i:04d}", "text": row[1]})
    else:
        with open(path, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    return records[:limit] if limit else records


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    records = read_corpus(args.corpus, args.limit)
    chars = sum(len(r["text"]) for r in records)
    print(f"corpus: {args.corpus} — {len(records)} documents, {chars:,} characters")

    rss_before = peak_rss_mb()
    started = time.perf_counter()
    from dyad.actors import ActorResolver
    from dyad.cli.batch import coded_document
    from dyad.events import EventCoder
    from dyad.pipeline import Pipeline
    from dyad.store import EventStore

    ActorResolver.load()
    EventCoder.load()
    pipeline = Pipeline()
    load_seconds = time.perf_counter() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    results = list(pipeline.code_records(records))
    coding_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "bench.duckdb") as store:
        started = time.perf_counter()
        store.write([coded_document(r) for r in results if r.doc])
        store_seconds = time.perf_counter() - started
    dyad_seconds = coding_seconds + store_seconds
    dyad_cpu = time.process_time() - cpu_started
    dyad_peak = peak_rss_mb()
    sentences = sum(r.n_sentences for r in results)
    analysed = sum(r.analysed_sentences for r in results)
    events = sum(len(r.events) for r in results)
    errors = sum(1 for r in results if r.error)

    # Resolver speed on every sentence of the corpus, alone.
    resolver = ActorResolver.load()
    texts = [s.text for r in results if r.doc for s in r.doc.sentences]
    started = time.perf_counter()
    mentions = sum(len(resolver.find(t, date=None, lang="de")) for t in texts)
    resolve_seconds = time.perf_counter() - started

    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False)
    started, cpu_started = time.perf_counter(), time.process_time()
    somajo_sentences = 0
    for record in records:
        paragraphs = [p for p in record["text"].split("\n") if p.strip()]
        somajo_sentences += sum(1 for _ in tokenizer.tokenize_text(paragraphs))
    somajo_seconds = time.perf_counter() - started
    somajo_cpu = time.process_time() - cpu_started

    print(f"dyad load (actors, lexicon, models):  {load_seconds:.2f} s")
    print(
        f"dyad coding:  {coding_seconds:.2f} s + store {store_seconds:.2f} s — "
        f"{sentences / dyad_seconds:,.0f} sentences/s, {len(records) / dyad_seconds:,.1f} docs/s, "
        f"{chars / dyad_seconds / 1000:,.0f}k chars/s"
    )
    print(
        f"  {sentences} sentences, {analysed} analysed ({analysed / max(sentences, 1):.0%}), "
        f"{events} events, {errors} documents skipped"
    )
    print(f"  peak memory (RSS): {dyad_peak:.0f} MB (before loading dyad: {rss_before:.0f} MB)")
    print(
        f"actor resolver: {len(texts) / resolve_seconds:,.0f} sentences/s, "
        f"{mentions} mentions ({mentions / resolve_seconds:,.0f} mentions/s)"
    )
    print(f"SoMaJo tokenising alone: {somajo_seconds:.2f} s ({somajo_sentences} sentences)")
    print(f"ratio dyad / SoMaJo: {dyad_seconds / somajo_seconds:.2f} (target: <= 1.0)")
    # CPU seconds of this process: steadier than the clock when others share the machine
    # (DuckDB's store threads may add a little to dyad's).
    print(
        f"ratio of CPU time: {dyad_cpu / somajo_cpu:.2f} "
        f"(dyad {dyad_cpu:.2f} s, SoMaJo {somajo_cpu:.2f} s)"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
