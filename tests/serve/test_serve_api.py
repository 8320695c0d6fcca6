"""The REST API against the store it reads, coded from the sample corpus by the pipeline."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict

import pytest
from fastapi.testclient import TestClient

from dyad.store import EventFilter
from dyad.store.records import first_day


def all_pages(client: TestClient, limit: int, **params: str) -> list[dict]:
    events, cursor = [], None
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = client.get("/events", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["events"]) <= limit
        events += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            return events


def country_or_code(actor: dict | None) -> str | None:
    return None if actor is None else actor["country"] or actor["code"]


def test_events_come_in_the_order_dyad_events_prints_them(client, store):
    expected = [e["id"] for e in store.events()]
    response = client.get("/events", params={"limit": 1000})
    assert [e["id"] for e in response.json()["events"]] == expected
    assert response.json()["next_cursor"] is None


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_cursor_pages_cover_every_event_once_in_order(client, store, limit):
    paged = [e["id"] for e in all_pages(client, limit)]
    assert paged == [e["id"] for e in store.events()]
    assert len(set(paged)) == len(paged)


@pytest.mark.parametrize(
    "params",
    [
        {"actor": "CHN"},
        {"actor": "USAGOV"},
        {"dyad": "USA-CHN"},
        {"dyad": "CHN>USA"},
        {"root": "04"},
        {"cameo": "10"},
        {"since": "2023", "until": "2023-12"},
        {"q": "peking"},
        {"actor": "PRK", "since": "2022-01-01"},
    ],
)
def test_filters_select_what_the_store_selects(client, store, params):
    expected = [e["id"] for e in store.events(EventFilter(**params))]
    assert expected, f"the sample corpus should have events for {params}"
    assert [e["id"] for e in all_pages(client, 4, **params)] == expected


def test_dyad_filter_keeps_only_that_pair(client):
    events = all_pages(client, 100, dyad="USA-CHN")
    pairs = {(country_or_code(e["source"]), country_or_code(e["target"])) for e in events}
    assert pairs == {("USA", "CHN"), ("CHN", "USA")}


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"root": "4"}, "root"),
        ({"cameo": "04x"}, "cameo"),
        ({"since": "2024-13"}, "since"),
        ({"until": "last week"}, "until"),
        ({"dyad": "USA"}, "dyad"),
        ({"actor": "CHN'; DROP TABLE events; --"}, "actor"),
        ({"cursor": "bm90IGEgY3Vyc29y"}, "cursor"),
    ],
)
def test_bad_filter_values_are_400_with_a_reason(client, params, word):
    response = client.get("/events", params=params)
    assert response.status_code == 400
    assert word in response.json()["detail"]


def test_out_of_range_limit_is_rejected(client):
    assert client.get("/events", params={"limit": 1001}).status_code == 422
    assert client.get("/events", params={"limit": 0}).status_code == 422


def test_text_search_treats_sql_and_wildcards_as_text(client, store):
    before = store.counts()["events"]
    for q in ("'; DROP TABLE events; --", "%", "_"):
        response = client.get("/events", params={"q": q})
        assert response.status_code == 200
        assert all(q in e["sentence"] for e in response.json()["events"])
    assert client.get("/stats").json()["events"] == before


def test_csv_has_the_same_events_as_json(client):
    as_json = client.get("/events", params={"actor": "CHN", "limit": 1000}).json()["events"]
    response = client.get("/events", params={"actor": "CHN", "limit": 1000, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in as_json]
    assert [r["sentence"] for r in rows] == [e["sentence"] for e in as_json]
    by_accept = client.get("/events", params={"actor": "CHN"}, headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert by_accept.text == client.get("/events", params={"actor": "CHN", "format": "csv"}).text


def test_csv_pages_hand_on_their_cursor_in_a_header(client, store):
    first = client.get("/events", params={"limit": 2, "format": "csv"})
    second = client.get(
        "/events", params={"limit": 2, "format": "csv", "cursor": first.headers["x-next-cursor"]}
    )
    ids = [r["id"] for r in csv.DictReader(io.StringIO(second.text))]
    assert ids == [e["id"] for e in store.events(limit=2, offset=2)]


def test_one_event_carries_its_explanation(client):
    listed = client.get("/events", params={"limit": 1}).json()["events"][0]
    assert "explanation" not in listed
    event = client.get(f"/events/{listed['id']}").json()
    assert event["id"] == listed["id"]
    start, end = event["explanation"]["trigger_span"]
    assert 0 <= start < end <= len(event["sentence"])
    assert event["explanation"]["source_how"]
    missing = client.get("/events/no-such-event")
    assert missing.status_code == 404
    assert "no-such-event" in missing.json()["detail"]


def test_list_explanations_on_request(client):
    events = client.get("/events", params={"limit": 5, "explain": "true"}).json()["events"]
    assert all("trigger_span" in e["explanation"] for e in events)


def test_actor_counts_match_the_events(client, store):
    source, target = Counter(), Counter()
    for event in store.events():
        source[country_or_code(event["source"])] += 1
        if event["target"]:
            target[country_or_code(event["target"])] += 1
    actors = client.get("/actors", params={"limit": 5000}).json()["actors"]
    assert {a["actor"]: (a["as_source"], a["as_target"]) for a in actors} == {
        name: (source[name], target[name]) for name in source | target
    }
    totals = [a["events"] for a in actors]
    assert totals == sorted(totals, reverse=True)


def test_actor_counts_by_code_and_with_a_filter(client, store):
    actors = client.get("/actors", params={"level": "code", "root": "04"}).json()["actors"]
    expected = Counter(e["source"]["code"] for e in store.events(EventFilter(root="04")))
    assert {a["actor"]: a["as_source"] for a in actors if a["as_source"]} == dict(expected)


def test_a_dyad_both_ways_with_its_series(client, store):
    result = client.get("/dyads", params={"a": "usa", "b": "chn", "bucket": "month"}).json()
    assert [(d["source"], d["target"]) for d in result["dyads"]] == [("USA", "CHN"), ("CHN", "USA")]
    for direction in result["dyads"]:
        events = store.events(EventFilter(dyad=f"{direction['source']}>{direction['target']}"))
        assert direction["events"] == len(events) > 0
        mean = sum(e["goldstein"] for e in events) / len(events)
        assert direction["mean_goldstein"] == pytest.approx(mean, abs=1e-3)
        quads = Counter(str(e["quad_class"]) for e in events)
        assert direction["by_quad_class"] == {q: quads[q] for q in "1234"}
        in_series = [
            s for s in result["series"]
            if (s["source"], s["target"]) == (direction["source"], direction["target"])
        ]  # fmt: skip
        dated = [e for e in events if first_day(e["event_date"]) or first_day(e["published"])]
        assert direction["undated"] == len(events) - len(dated)
        assert sum(s["events"] for s in in_series) == len(dated)
        assert all(s["period"].endswith("-01") for s in in_series)  # months start on the 1st


def test_weekly_buckets_start_on_mondays(client):
    from datetime import date

    series = client.get("/dyads", params={"a": "USA", "b": "CHN", "bucket": "week"}).json()
    assert series["series"]
    assert {date.fromisoformat(s["period"]).weekday() for s in series["series"]} == {0}


def test_top_dyads_are_counted_and_ranked(client, store):
    counts: dict[tuple, list[float]] = defaultdict(list)
    for event in store.events():
        if event["target"]:
            key = (country_or_code(event["source"]), country_or_code(event["target"]))
            counts[key].append(event["goldstein"])
    result = client.get("/dyads", params={"limit": 5, "bucket": "year"}).json()
    top = result["dyads"]
    assert len(top) == min(5, len(counts))
    assert [d["events"] for d in top] == sorted((len(v) for v in counts.values()), reverse=True)[:5]
    for dyad in top:
        assert dyad["events"] == len(counts[(dyad["source"], dyad["target"])])
        pair = (dyad["source"], dyad["target"])
        yearly = [s for s in result["series"] if (s["source"], s["target"]) == pair]
        assert sum(s["events"] for s in yearly) == dyad["events"] - dyad["undated"]


def test_dyads_need_both_sides_of_a_pair(client):
    assert client.get("/dyads", params={"a": "USA"}).status_code == 400
    assert client.get("/dyads", params={"a": "USA", "b": "x y"}).status_code == 400
    assert client.get("/dyads", params={"bucket": "fortnight"}).status_code == 422


def test_documents_hold_the_text_every_event_points_into(client, store):
    doc_ids = {e["doc"] for e in store.events()}
    for doc_id in doc_ids:
        document = client.get(f"/documents/{doc_id}").json()
        assert document["doc"] == doc_id and document["events"]
        for event in document["events"]:
            full = client.get(f"/events/{event['id']}").json()
            assert document["text"][event["span_start"] : event["span_end"]] == full["sentence"]
    assert client.get("/documents/not-there.txt").status_code == 404


def test_markup_in_article_text_is_returned_as_data(client, xss_doc):
    response = client.get(f"/documents/{xss_doc}")
    assert response.headers["content-type"] == "application/json"
    text = response.json()["text"]
    assert '<script>window.__xss = "script"</script>' in text
    assert "<img src=x onerror=" in text
    events = client.get("/events", params={"doc": xss_doc}).json()["events"]
    assert any("<script>" in e["sentence"] for e in events)
    assert any("onerror=" in e["sentence"] for e in events)


def test_dashboard_is_served_with_a_strict_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "vega-embed.min.js" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy
    for vendored in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js"):
        assert client.get(f"/static/vendor/{vendored}").status_code == 200


def test_dashboard_script_never_parses_data_as_html(client):
    script = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_stats_and_openapi(client, store):
    stats = client.get("/stats").json()
    assert stats["events"] == store.counts()["events"]
    assert stats["documents"] == store.counts()["documents"]
    assert sum(r["events"] for r in stats["roots"]) == stats["events"]
    assert stats["allow_ingest"] is False
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/events", "/events/{event_id}", "/actors", "/dyads", "/documents"} <= set(paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_read_only_server_refuses_documents(client, store):
    before = store.counts()
    response = client.post("/documents", json={"text": "Die USA kritisierten China."})
    assert response.status_code == 403
    assert store.counts() == before


def test_a_missing_store_is_a_clear_error(tmp_path):
    from dyad.serve.app import create_app

    with pytest.raises(FileNotFoundError, match="no event store"):
        create_app(tmp_path / "missing.duckdb")


def test_serve_command_is_registered():
    from typer.testing import CliRunner

    from dyad.cli import _register_commands, app

    _register_commands()
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--allow-ingest" in result.output and "127.0.0.1" in result.output
    missing = CliRunner().invoke(app, ["serve", "--db", "/nonexistent/dyad.duckdb"])
    assert missing.exit_code == 2
