"""Latency of the REST API over a store of 1,000,000 SYNTHETIC events.

    .venv/bin/python benchmarks/api_load.py [--events 1000000] [--requests 100] [--keep DIR]

Builds a DuckDB store of generated events (not coded from any text: every
document id is `synthetic-NNNNNN`, every sentence says it is synthetic) with
Arrow bulk inserts, starts `dyad serve` on a free loopback port in its own
process, sends a bounded number of requests per query (one at a time, then from
several client threads) and prints p50/p99 latency per query.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx
import pyarrow as pa

from dyad.enrich import cameo
from dyad.store import EventStore
from dyad.store.schema import DOCUMENT_SCHEMA, EVENT_SCHEMA

# Actors with skewed weights, so that some dyads are dense (like USA-CHN in real news).
ACTORS = [
    ("USAGOV", "USA", "GOV", 30), ("CHNGOV", "CHN", "GOV", 22), ("RUSGOV", "RUS", "GOV", 22),
    ("UKRGOV", "UKR", "GOV", 16), ("DEUGOV", "DEU", "GOV", 14), ("FRAGOV", "FRA", "GOV", 8),
    ("GBRGOV", "GBR", "GOV", 8), ("ISRMIL", "ISR", "MIL", 9), ("IRNGOV", "IRN", "GOV", 8),
    ("TWNGOV", "TWN", "GOV", 5), ("PRKGOV", "PRK", "GOV", 4), ("KORGOV", "KOR", "GOV", 4),
    ("JPNGOV", "JPN", "GOV", 5), ("TURGOV", "TUR", "GOV", 5), ("IGOEUREEC", None, None, 10),
    ("IGONAT", None, None, 6), ("IGOUNO", None, None, 7), ("POLGOV", "POL", "GOV", 4),
    ("INDGOV", "IND", "GOV", 4), ("BRAGOV", "BRA", "GOV", 3), ("USAMIL", "USA", "MIL", 6),
    ("RUSMIL", "RUS", "MIL", 8), ("CHNMIL", "CHN", "MIL", 4), ("UKRMIL", "UKR", "MIL", 8),
]  # fmt: skip
CAMEO_CODES = ["010", "020", "036", "042", "043", "046", "051", "057", "061", "071", "090",
               "111", "112", "120", "130", "138", "160", "172", "190", "193", "195"]  # fmt: skip
OUTLETS = ["Synthetic Outlet A", "Synthetic Outlet B", "Synthetic Outlet C"]
EVENTS_PER_DOC = 10
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650


def build_store(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    weights = [a[3] for a in ACTORS]
    infos = {code: cameo.lookup(code) for code in CAMEO_CODES}
    with EventStore(path) as store:
        chunk = 250_000
        for start in range(0, n_events, chunk):
            size = min(chunk, n_events - start)
            events, documents = _chunk(rng, start, size, weights, infos)
            store.con.register("incoming_events", events)
            store.con.register("incoming_documents", documents)
            store.con.execute("INSERT INTO events SELECT * FROM incoming_events")
            store.con.execute("INSERT INTO documents SELECT * FROM incoming_documents")
            store.con.unregister("incoming_events")
            store.con.unregister("incoming_documents")
        store.con.execute("CHECKPOINT")


def _chunk(rng, start, size, weights, infos) -> tuple[pa.Table, pa.Table]:
    sources = rng.choices(range(len(ACTORS)), weights, k=size)
    targets = rng.choices(range(len(ACTORS)), weights, k=size)
    codes = rng.choices(CAMEO_CODES, k=size)
    numbers = range(start, start + size)
    doc_numbers = [n // EVENTS_PER_DOC for n in numbers]
    doc_days = {d: FIRST_DAY + timedelta(days=rng.randrange(DAYS)) for d in set(doc_numbers)}
    days = [doc_days[d] for d in doc_numbers]
    docs = [f"synthetic-{d:06d}" for d in doc_numbers]
    columns = {
        "id": [f"synthetic-e{n:07d}" for n in numbers],
        "doc": docs,
        "url": [None] * size,
        "outlet": [OUTLETS[d % len(OUTLETS)] for d in doc_numbers],
        "published": [d.isoformat() for d in days],
        "event_date": [d.isoformat() for d in days],
        "event_day": days,
        "language": ["de"] * size,
        "cameo": codes,
        "root": [c[:2] for c in codes],
        "cameo_name": [infos[c].name for c in codes],
        "plover": [infos[c].plover for c in codes],
        "goldstein": [infos[c].goldstein for c in codes],
        "quad_class": [infos[c].quad_class for c in codes],
        "rule": ["synthetic"] * size,
        "confidence": [0.8] * size,
        "modality": [None] * size,
        "mentions": [1] * size,
        "explanation": ['{"note": "synthetic benchmark event"}'] * size,
    }
    for side, picks in (("source", sources), ("target", targets)):
        columns[f"{side}_code"] = [ACTORS[i][0] for i in picks]
        columns[f"{side}_country"] = [ACTORS[i][1] for i in picks]
        columns[f"{side}_sector"] = [ACTORS[i][2] for i in picks]
        columns[f"{side}_name"] = [None] * size
        columns[f"{side}_text"] = [ACTORS[i][0] for i in picks]
    columns["sentence"] = [
        f"Synthetic sentence {n}: {ACTORS[s][0]} {c} {ACTORS[t][0]}."
        for n, s, c, t in zip(numbers, sources, codes, targets, strict=True)
    ]
    positions = [(n % EVENTS_PER_DOC) * 60 for n in numbers]
    columns["span_start"] = positions
    columns["span_end"] = [p + 50 for p in positions]
    for name in ("location_name", "location_country", "location_lat", "location_lon"):
        columns[name] = [None] * size
    events = pa.Table.from_pydict({f.name: columns[f.name] for f in EVENT_SCHEMA}, EVENT_SCHEMA)
    first_doc = doc_numbers[0] if start % EVENTS_PER_DOC == 0 else doc_numbers[0] + 1
    doc_ids = range(first_doc, doc_numbers[-1] + 1)
    documents = pa.Table.from_pylist(
        [
            {
                "doc": f"synthetic-{d:06d}",
                "content_hash": f"synthetic-{d}",
                "outlet": OUTLETS[d % len(OUTLETS)],
                "published": doc_days[d].isoformat(),
                "language": "de",
                "text": f"Synthetic document {d}, generated for the API benchmark.",
                "n_sentences": EVENTS_PER_DOC,
                "n_events": EVENTS_PER_DOC,
            }
            for d in doc_ids
        ],
        schema=DOCUMENT_SCHEMA,
    )
    return events, documents


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from dyad.cli import main; main()", "serve",
               "--db", str(db), "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/stats", timeout=5).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("server did not come up: " + server.stderr.read().decode()[-2000:])


def queries(client: httpx.Client, n_events: int) -> dict[str, dict]:
    """Name -> query parameters of the requests to time (second pages found first)."""
    first = client.get("/events", params={"limit": 100}).json()
    deep = {"limit": 1000}
    for _ in range(20):  # twenty pages of 1000 in: keyset paging should not slow down
        deep["cursor"] = client.get("/events", params=deep).json()["next_cursor"]
    return {
        "/events (first page, 100)": {"path": "/events", "params": {"limit": 100}},
        "/events (page 2 by cursor)": {
            "path": "/events",
            "params": {"limit": 100, "cursor": first["next_cursor"]},
        },
        "/events (page 21 of 1000)": {"path": "/events", "params": deep},
        "/events actor=CHN": {"path": "/events", "params": {"actor": "CHN", "limit": 100}},
        "/events dyad=USA-CHN since=2020": {
            "path": "/events",
            "params": {"dyad": "USA-CHN", "since": "2020", "limit": 100},
        },
        "/events root=19 q=TWN": {"path": "/events", "params": {"root": "19", "q": "TWN"}},
        "/events format=csv 1000": {"path": "/events", "params": {"limit": 1000, "format": "csv"}},
        "/events/{id}": {"path": f"/events/synthetic-e{n_events // 2:07d}", "params": {}},
        "/dyads a=USA b=CHN bucket=month": {
            "path": "/dyads",
            "params": {"a": "USA", "b": "CHN", "bucket": "month"},
        },
        "/dyads top 50 bucket=month": {"path": "/dyads", "params": {"bucket": "month"}},
        "/dyads top 60 root=19 2020-2021": {
            "path": "/dyads",
            "params": {"root": "19", "since": "2020", "until": "2021", "limit": 60},
        },
        "/actors": {"path": "/actors", "params": {}},
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_requests(client: httpx.Client, query: dict, n: int) -> list[float]:
    timings = []
    for _ in range(n):
        began = time.perf_counter()
        response = client.get(query["path"], params=query["params"])
        timings.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=100, help="per query, sequential")
    parser.add_argument("--threads", type=int, default=8, help="client threads, concurrent pass")
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="dyad-api-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "synthetic.duckdb"
    if not db.exists():
        began = time.perf_counter()
        build_store(db, args.events)
        print(f"built {args.events:,} synthetic events in {time.perf_counter() - began:.1f} s")
    port = free_port()
    server = start_server(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            stats = client.get("/stats").json()
            print(
                f"store: {stats['events']:,} events, {stats['documents']:,} documents (synthetic)"
            )
            print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
            results = {}
            for name, query in queries(client, stats["events"]).items():
                time_requests(client, query, 3)  # warm-up
                results[name] = time_requests(client, query, args.requests)
            print(f"\nsequential, {args.requests} requests per query (ms):")
            print(f"{'query':40} {'p50':>8} {'p99':>8} {'mean':>8}")
            for name, timings in results.items():
                p50, p99 = percentile(timings, 0.5), percentile(timings, 0.99)
                print(f"{name:40} {p50:8.1f} {p99:8.1f} {statistics.fmean(timings):8.1f}")
            concurrent_pass(client, queries(client, stats["events"]), args.threads, args.requests)
            print(f"load average {os.getloadavg()[0]:.1f} at the end (other processes count too)")
    finally:
        server.terminate()
        server.wait(10)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def concurrent_pass(client: httpx.Client, named: dict, threads: int, per_query: int) -> None:
    mix = [q for q in named.values() if "cursor" not in q["params"]]
    jobs = [mix[i % len(mix)] for i in range(per_query * 2)]
    began = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        timings = [
            t for batch in pool.map(lambda q: time_requests(client, q, 1), jobs) for t in batch
        ]
    elapsed = time.perf_counter() - began
    print(f"\n{threads} client threads, {len(jobs)} mixed requests: "
          f"p50 {percentile(timings, 0.5):.1f} ms, p99 {percentile(timings, 0.99):.1f} ms, "
          f"{len(jobs) / elapsed:.1f} requests/s")  # fmt: skip


if __name__ == "__main__":
    main()
