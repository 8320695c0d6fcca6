"""The dashboard in real headless Chromium, served by uvicorn on a loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from dyad.serve.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run "
    "--window-size=1400,1000"
).split()


def require_chromium() -> None:
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    why = f"{CHROMIUM} and {CHROMEDRIVER} are needed (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(why + ", and CI must run every test")
    pytest.skip(why)


@pytest.fixture(scope="module")
def base_url(sample_db: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    require_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tmp_path / "chromium-profile"
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver: webdriver.Chrome, condition, what: str, seconds: float = 30):
    return WebDriverWait(driver, seconds).until(condition, message=f"waiting for {what}")


def marks(driver: webdriver.Chrome, selector: str) -> int:
    return len(driver.find_elements(By.CSS_SELECTOR, selector))


def test_dyad_view_charts_and_lists_a_pair_and_opens_an_explanation(
    browser, base_url, client, tmp_path
):
    top = client.get("/dyads", params={"limit": 1}).json()["dyads"][0]
    first, second = top["source"], top["target"]
    expected = client.get("/events", params={"dyad": f"{first}-{second}", "limit": 50}).json()

    browser.get(base_url + "/")
    wait_for(browser, lambda d: marks(d, "#dyad-a option") > 2, "the actor list")
    Select(browser.find_element(By.ID, "dyad-a")).select_by_value(first)
    Select(browser.find_element(By.ID, "dyad-b")).select_by_value(second)
    browser.find_element(By.ID, "dyad-show").click()

    monthly = client.get("/dyads", params={"a": first, "b": second, "bucket": "month"}).json()
    wait_for(
        browser,
        lambda d: marks(d, "#dyad-counts svg .mark-rect path") == len(monthly["series"]),
        "a bar segment per direction, month and quad class",
    )
    wait_for(browser, lambda d: marks(d, "#dyad-goldstein svg .mark-line path") > 0, "the lines")
    wait_for(
        browser,
        lambda d: f"dyad={first}-{second}" in d.find_element(By.ID, "events-status").text,
        "the event table for the pair",
    )
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    assert [r.get_attribute("data-event-id") for r in rows] == [e["id"] for e in expected["events"]]
    summary = browser.find_element(By.ID, "dyad-summary").text
    assert f"{first} → {second}: {top['events']} events" in summary
    for row in rows:  # every evidence sentence shows its verb
        assert row.find_elements(By.CSS_SELECTOR, "td.evidence mark.hl-trigger")
    browser.save_screenshot(str(tmp_path / "dyad-view.png"))

    # A click on a bar lists that direction's events of that month.
    browser.find_elements(By.CSS_SELECTOR, "#dyad-counts svg .mark-rect path")[0].click()
    wait_for(browser, lambda d: "since=" in d.find_element(By.ID, "events-status").text, "drill")
    status = browser.find_element(By.ID, "events-status").text
    direction = status.split("dyad=")[1].split(",")[0]
    since = status.split("since=")[1].split(",")[0]
    until = status.split("until=")[1].split(",")[0]
    assert direction in (f"{first}>{second}", f"{second}>{first}")
    assert len(since) == 10 and until == since[:7]  # a month: 2023-11-01 .. 2023-11
    drilled = client.get("/events", params={"dyad": direction, "since": since, "until": until})
    wait_for(
        browser,
        lambda d: (
            [
                r.get_attribute("data-event-id")
                for r in d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
            ]
            == [e["id"] for e in drilled.json()["events"]]
        ),
        "the month's events",
    )
    assert drilled.json()["events"]

    Select(browser.find_element(By.ID, "dyad-bucket")).select_by_value("year")
    browser.find_element(By.ID, "dyad-show").click()
    # one bar segment per direction, year and quad class, in one chart (redrawn, not added)
    yearly = client.get("/dyads", params={"a": first, "b": second, "bucket": "year"}).json()
    wait_for(
        browser,
        lambda d: marks(d, "#dyad-counts svg .mark-rect path") == len(yearly["series"]),
        "the yearly bars",
    )
    assert marks(browser, "#dyad-counts svg") == 1
    wait_for(  # the table was reloaded for the same pair
        browser,
        lambda d: (
            "shown" in d.find_element(By.ID, "events-status").text
            and marks(d, "#events-table tr.event-row") == len(expected["events"])
        ),
        "the reloaded table",
    )
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")

    rows[0].click()
    wait_for(browser, lambda d: d.find_element(By.ID, "detail").is_displayed(), "the detail panel")
    explanation = browser.find_element(By.ID, "detail-explanation").text
    assert "source_how" in explanation and "note" in explanation
    event = client.get(f"/events/{expected['events'][0]['id']}").json()
    trigger = browser.find_element(By.CSS_SELECTOR, "#detail-sentence mark.hl-trigger").text
    start, end = event["explanation"]["trigger_span"]
    assert trigger in event["sentence"][start:end]
    browser.find_element(By.ID, "detail-open-doc").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "doc-text").is_displayed(), "the document")
    assert (
        browser.find_element(By.CSS_SELECTOR, "#doc-text mark.hl-sentence").text
        == (event["sentence"])
    )
    browser.save_screenshot(str(tmp_path / "explanation.png"))
    assert_no_console_errors(browser)


def test_article_markup_stays_text_in_table_and_document(browser, base_url, xss_doc, tmp_path):
    browser.get(base_url + "/")
    browser.find_element(By.CSS_SELECTOR, "nav button[data-view=events]").click()
    search = browser.find_element(By.CSS_SELECTOR, "#events-form input[name=q]")
    search.send_keys("onerror")
    browser.find_element(By.ID, "events-filter").click()
    wait_for(browser, lambda d: "q=onerror" in d.find_element(By.ID, "events-status").text, "q")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    assert rows and all("<img src=x onerror=" in row.text for row in rows)

    rows[0].click()
    wait_for(browser, lambda d: d.find_element(By.ID, "detail").is_displayed(), "the detail panel")
    browser.find_element(By.ID, "detail-open-doc").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "doc-text").is_displayed(), "the document")
    assert browser.find_element(By.ID, "doc-title").text == xss_doc
    text = browser.execute_script("return document.getElementById('doc-text').textContent")
    assert '<script>window.__xss = "script"</script>' in text and "onerror=" in text
    assert marks(browser, "main img, aside img, #doc-text script, #events-table script") == 0
    assert browser.execute_script("return window.__xss === undefined")
    browser.save_screenshot(str(tmp_path / "markup-as-text.png"))
    assert_no_console_errors(browser)


def test_a_bad_filter_shows_the_servers_reason(browser, base_url):
    browser.get(base_url + "/")
    browser.find_element(By.CSS_SELECTOR, "nav button[data-view=events]").click()
    browser.find_element(By.CSS_SELECTOR, "#events-form input[name=cameo]").send_keys("4x")
    browser.find_element(By.ID, "events-filter").click()
    error = browser.find_element(By.ID, "error")
    wait_for(browser, lambda d: error.is_displayed(), "the error message")
    assert error.text.startswith("400: cameo '4x'")
    assert not browser.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")


def test_network_view_draws_actors_and_edges(browser, base_url, client, tmp_path):
    top = client.get("/dyads", params={"limit": 60}).json()["dyads"]
    actors = {d["source"] for d in top if d["source"] != d["target"]} | {
        d["target"] for d in top if d["source"] != d["target"]
    }
    pairs = {frozenset((d["source"], d["target"])) for d in top if d["source"] != d["target"]}

    browser.get(base_url + "/")
    wait_for(browser, lambda d: marks(d, "#network-root option") > 1, "the root list")
    browser.find_element(By.CSS_SELECTOR, "nav button[data-view=network]").click()
    browser.find_element(By.ID, "network-show").click()
    wait_for(browser, lambda d: marks(d, "#network-chart svg .mark-symbol path") > 0, "nodes")
    assert marks(browser, "#network-chart svg .mark-symbol path") == len(actors)
    assert marks(browser, "#network-chart svg .mark-path path") == len(pairs)
    labels = browser.find_elements(By.CSS_SELECTOR, "#network-chart .node-labels text")
    assert {label.text for label in labels} == actors
    browser.save_screenshot(str(tmp_path / "network-view.png"))
    assert_no_console_errors(browser)


def assert_no_console_errors(browser: webdriver.Chrome) -> None:
    # Content-Security-Policy violations and script errors show up here.
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
