// The dyad dashboard: plain JavaScript over the REST API, charts by Vega-Lite/Vega.
//
// Article text and everything derived from it is untrusted: it only ever enters
// the page as text nodes (textContent, append(string)), never as HTML.
"use strict";

const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict",
  "material conflict"];
const QUAD_COLORS = ["#5aa0d8", "#1f5f99", "#f0a35c", "#c0392b"];
const TIME_UNITS = { day: "utcyearmonthdate", week: "utcyearmonthdate", month: "utcyearmonth",
  year: "utcyear" };
// vega's AST interpreter instead of eval: the page runs under a CSP without 'unsafe-eval'.
const EMBED_OPTIONS = { actions: false, renderer: "svg", ast: true };

// `request` numbers the table's loads: an answer to an older one is dropped, so a
// slow first page can never land under a newer filter.
const table = { params: {}, cursor: null, shown: 0, request: 0 };

// -- small helpers ------------------------------------------------------------

const views = new Map(); // chart container -> its vega view, finalized before a redraw

async function embed(selector, spec) {
  if (views.has(selector)) views.get(selector).finalize();
  const { view } = await vegaEmbed(selector, spec, EMBED_OPTIONS);
  views.set(selector, view);
  return view;
}

function $(id) {
  return document.getElementById(id);
}

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.map((child) => (child instanceof Node ? child : String(child ?? ""))));
  return node;
}

async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ detail: response.statusText }));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function showError(error) {
  const box = $("error");
  box.textContent = error ? String(error.message || error) : "";
  box.hidden = !error;
}

function formParams(form) {
  const params = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim()) params[key] = String(value).trim();
  }
  return params;
}

function actorLabel(actor) {
  if (!actor) return "—";
  return actor.name ? `${actor.code} (${actor.name})` : actor.code;
}

function validSpan(span, length) {
  return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) &&
    Number.isInteger(span[1]) && span[0] >= 0 && span[0] < span[1] && span[1] <= length;
}

// The sentence as text nodes with <mark>s on the source, verb, target and date spans.
// A separable verb's span ("forderte Peking am Freitag auf") can enclose the actors:
// each character takes the last kind listed that covers it, so actors show inside it.
const SPAN_KINDS = [["trigger_span", "hl-trigger", "verb"], ["date_span", "hl-date", "date"],
  ["source_span", "hl-source", "source"], ["target_span", "hl-target", "target"]];

function highlighted(sentence, explanation) {
  const text = sentence || "";
  const kindAt = new Array(text.length).fill(null);
  for (const kind of SPAN_KINDS) {
    const span = explanation ? explanation[kind[0]] : null;
    if (!validSpan(span, text.length)) continue;
    for (let i = span[0]; i < span[1]; i++) kindAt[i] = kind;
  }
  const fragment = document.createDocumentFragment();
  let runStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && kindAt[i] === kindAt[runStart]) continue;
    const piece = text.slice(runStart, i);
    const kind = kindAt[runStart];
    if (kind) {
      const mark = el("mark", kind[1], piece);
      mark.title = kind[2];
      fragment.append(mark);
    } else {
      fragment.append(piece);
    }
    runStart = i;
  }
  return fragment;
}

function definitionList(target, entries) {
  target.replaceChildren();
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === "") continue;
    const shown = typeof value !== "object" ? String(value)
      : JSON.stringify(value, null, Array.isArray(value) ? 0 : 1);
    target.append(el("dt", null, key), el("dd", typeof value === "object" ? "json" : null, shown));
  }
}

// -- the event table ----------------------------------------------------------

async function loadEvents(params, append = false) {
  showError(null);
  if (!append) {
    table.params = params;
    table.cursor = null;
    table.shown = 0;
    document.querySelector("#events-table tbody").replaceChildren();
  }
  const query = { ...table.params, limit: 50, explain: "true" };
  if (append && table.cursor) query.cursor = table.cursor;
  const request = ++table.request;
  $("events-status").textContent = "loading…";
  try {
    const page = await getJSON("/events", query);
    if (request !== table.request) return;
    const body = document.querySelector("#events-table tbody");
    for (const event of page.events) body.append(eventRow(event));
    table.cursor = page.next_cursor;
    table.shown += page.events.length;
    const filters = Object.entries(table.params).map(([k, v]) => `${k}=${v}`).join(", ");
    $("events-status").textContent = `${table.shown} shown${page.next_cursor ? ", more available" : ""}` +
      (filters ? ` · ${filters}` : "");
    $("events-more").hidden = !page.next_cursor;
  } catch (error) {
    if (request !== table.request) return;
    $("events-status").textContent = "";
    showError(error);
  }
}

function eventRow(event) {
  const row = el("tr", "event-row");
  row.dataset.eventId = event.id;
  const what = el("td", null, el("span", "code", event.cameo), " ", event.cameo_name || "");
  if (event.modality) what.append(" ", el("span", "badge", event.modality));
  row.append(
    el("td", "nowrap", event.event_date || event.published || "?"),
    el("td", null, actorLabel(event.source)),
    what,
    el("td", null, actorLabel(event.target)),
    el("td", "evidence", highlighted(event.sentence, event.explanation)),
    el("td", "num", event.confidence == null ? "" : Number(event.confidence).toFixed(2)),
  );
  row.tabIndex = 0; // reachable by keyboard: Enter opens the explanation too
  row.addEventListener("click", () => showDetail(event.id));
  row.addEventListener("keydown", (key) => {
    if (key.key === "Enter") showDetail(event.id);
  });
  return row;
}

// -- the detail panel: explanation and document ------------------------------

let detailEvent = null;

async function showDetail(eventId) {
  showError(null);
  try {
    const event = await getJSON(`/events/${encodeURIComponent(eventId)}`);
    detailEvent = event;
    $("detail-title").textContent = `${event.cameo} ${event.cameo_name || ""}`;
    $("detail-sentence").replaceChildren(highlighted(event.sentence, event.explanation));
    definitionList($("detail-fields"), [
      ["source", actorLabel(event.source)], ["source text", event.source?.text],
      ["target", actorLabel(event.target)], ["target text", event.target?.text],
      ["event date", event.event_date], ["published", event.published],
      ["Goldstein", event.goldstein], ["quad class", QUAD_NAMES[event.quad_class - 1]],
      ["PLOVER", event.plover], ["rule", event.rule], ["confidence", event.confidence],
      ["modality", event.modality], ["location", event.location?.name],
      ["mentions", event.mentions], ["document", event.doc], ["outlet", event.outlet],
      ["url", event.url], ["id", event.id],
    ]);
    definitionList($("detail-explanation"), Object.entries(event.explanation || {}));
    $("detail-document").hidden = true;
    $("detail").hidden = false;
  } catch (error) {
    showError(error);
  }
}

async function showDocument() {
  if (!detailEvent) return;
  try {
    const doc = await getJSON(`/documents/${encodeURIComponent(detailEvent.doc)}`);
    $("doc-title").textContent = doc.doc;
    definitionList($("doc-meta"), [
      ["outlet", doc.outlet], ["published", doc.published], ["url", doc.url],
      ["language", doc.language], ["sentences", doc.n_sentences], ["events", doc.n_events],
    ]);
    const text = doc.text || "";
    const [start, end] = detailEvent.span || [];
    const box = $("doc-text");
    box.replaceChildren();
    if (validSpan([start, end], text.length)) {
      const mark = el("mark", "hl-sentence", text.slice(start, end));
      box.append(text.slice(0, start), mark, text.slice(end));
      $("detail-document").hidden = false;
      mark.scrollIntoView({ block: "center" });
    } else {
      box.append(text);
      $("detail-document").hidden = false;
    }
  } catch (error) {
    showError(error);
  }
}

// -- dyad view ------------------------------------------------------------------

function directionLabel(row) {
  return `${row.source} → ${row.target}`;
}

async function showDyad(params) {
  showError(null);
  try {
    const result = await getJSON("/dyads", params);
    const [forward, backward] = result.dyads;
    $("dyad-summary").textContent = result.dyads.map((d) => `${directionLabel(d)}: ${d.events} ` +
      `events${d.undated ? ` (${d.undated} undated, not charted)` : ""}, ` +
      `mean Goldstein ${d.mean_goldstein ?? "–"}`).join(" · ") +
      (forward.events + backward.events === 0 ? " — no events for this pair" : "");
    const values = result.series.map((row) => ({
      period: row.period, direction: directionLabel(row), events: row.events,
      quad: QUAD_NAMES[row.quad_class - 1] || "unknown", goldstein: row.mean_goldstein,
      // the period again as text: vega-lite turns `period` into a timestamp
      dyad: `${row.source}>${row.target}`, since: row.period,
      until: periodEnd(row.period, result.bucket),
    }));
    const timeUnit = TIME_UNITS[result.bucket];
    const directions = result.dyads.map(directionLabel);
    const view = await embed("#dyad-counts", countsSpec(values, timeUnit, directions));
    view.addEventListener("click", (_, item) => {
      // A bar: list that direction's events in that period.
      const datum = item && item.datum;
      if (datum && datum.dyad && datum.since) {
        loadEvents({ dyad: datum.dyad, since: datum.since, until: datum.until });
      }
    });
    await embed("#dyad-goldstein", goldsteinSpec(values, timeUnit));
  } catch (error) {
    showError(error);
  }
}

// The last day of a period, in the form the API's `until` takes (inclusive).
function periodEnd(period, bucket) {
  if (bucket === "year") return period.slice(0, 4);
  if (bucket === "month") return period.slice(0, 7);
  if (bucket === "week") {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return end.toISOString().slice(0, 10);
  }
  return period;
}

function countsSpec(values, timeUnit, directions) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Events per period, by quad class",
    data: { values },
    facet: { row: { field: "direction", type: "nominal", title: null, sort: directions } },
    spec: {
      width: 760,
      height: 150,
      mark: { type: "bar", tooltip: true, cursor: "pointer" },
      encoding: {
        x: { field: "period", type: "temporal", timeUnit, title: null },
        // carried through the aggregation for the click handler; they do not split bars
        detail: [{ field: "dyad" }, { field: "since" }, { field: "until" }],
        y: { field: "events", type: "quantitative", aggregate: "sum", title: "events" },
        color: { field: "quad", type: "nominal", title: "quad class",
          scale: { domain: QUAD_NAMES, range: QUAD_COLORS } },
        tooltip: [{ field: "period", type: "temporal", timeUnit }, { field: "quad" },
          { field: "events", aggregate: "sum" }],
      },
    },
  };
}

function goldsteinSpec(values, timeUnit) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Mean Goldstein per period (−10 conflict … +10 cooperation)",
    width: 760,
    height: 200,
    data: { values },
    transform: [
      { calculate: "datum.goldstein * datum.events", as: "weighted" },
      { aggregate: [{ op: "sum", field: "weighted", as: "weighted" },
        { op: "sum", field: "events", as: "events" }], groupby: ["period", "direction"] },
      { calculate: "datum.weighted / datum.events", as: "mean_goldstein" },
    ],
    layer: [
      { mark: { type: "rule", color: "#999" }, encoding: { y: { datum: 0 } } },
      {
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x: { field: "period", type: "temporal", timeUnit, title: null },
          y: { field: "mean_goldstein", type: "quantitative", title: "mean Goldstein",
            scale: { domain: [-10, 10] }, axis: { format: ".1f" } },
          color: { field: "direction", type: "nominal", title: "direction" },
          tooltip: [{ field: "direction" }, { field: "period", type: "temporal", timeUnit },
            { field: "mean_goldstein", format: ".2f" }, { field: "events" }],
        },
      },
    ],
  };
}

// -- network view ----------------------------------------------------------------

// Directed dyads folded into undirected edges: one line per pair of actors.
function networkData(dyads) {
  const edges = new Map();
  const totals = new Map();
  for (const d of dyads) {
    if (d.source === d.target) continue;
    const key = [d.source, d.target].sort().join("\u0000");
    const edge = edges.get(key) || { a: [d.source, d.target].sort()[0],
      b: [d.source, d.target].sort()[1], events: 0, weighted: 0, directions: [] };
    edge.events += d.events;
    edge.weighted += (d.mean_goldstein || 0) * d.events;
    edge.directions.push(`${directionLabel(d)}: ${d.events}`);
    edges.set(key, edge);
    for (const actor of [d.source, d.target]) totals.set(actor, (totals.get(actor) || 0) + d.events);
  }
  const names = [...totals.keys()].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const nodes = names.map((name) => ({ name, events: totals.get(name) }));
  const links = [...edges.values()].map((e) => ({
    source: index.get(e.a), target: index.get(e.b), a: e.a, b: e.b, events: e.events,
    mean_goldstein: Math.round((e.weighted / e.events) * 100) / 100,
    directions: e.directions.join(", "),
  }));
  return { nodes, links };
}

function networkSpec(nodes, links) {
  return {
    $schema: "https://vega.github.io/schema/vega/v5.json",
    width: 860,
    height: 560,
    autosize: "none",
    signals: [{ name: "cx", update: "width / 2" }, { name: "cy", update: "height / 2" }],
    data: [{ name: "node-data", values: nodes }, { name: "link-data", values: links }],
    scales: [
      { name: "colour", type: "linear", domain: [-10, 10], range: { scheme: "redblue" } },
      { name: "size", type: "sqrt", domain: { data: "node-data", field: "events" },
        range: [80, 1600] },
      { name: "width", type: "linear", domain: { data: "link-data", field: "events" },
        range: [1, 10] },
    ],
    legends: [{ fill: "colour", title: "mean Goldstein", orient: "top-right" }],
    marks: [
      {
        name: "nodes", type: "symbol", zindex: 1, from: { data: "node-data" },
        encode: { enter: { fill: { value: "#f4f1ea" }, stroke: { value: "#333" },
          size: { scale: "size", field: "events" },
          tooltip: { signal: "datum.name + ': ' + datum.events + ' events'" } } },
        transform: [{
          type: "force", iterations: 300, static: true, signal: "force",
          forces: [
            { force: "center", x: { signal: "cx" }, y: { signal: "cy" } },
            { force: "collide", radius: 28 },
            { force: "nbody", strength: -120 },
            { force: "link", links: "link-data", distance: 140 },
          ],
        }],
      },
      {
        name: "edges", type: "path", from: { data: "link-data" }, interactive: true,
        encode: { update: { stroke: { scale: "colour", field: "mean_goldstein" },
          strokeWidth: { scale: "width", field: "events" }, strokeOpacity: { value: 0.85 },
          cursor: { value: "pointer" },
          tooltip: { signal: "datum.a + ' – ' + datum.b + ': ' + datum.events + " +
            "' events (' + datum.directions + '), mean Goldstein ' + datum.mean_goldstein" } } },
        transform: [{ type: "linkpath", require: { signal: "force" }, shape: "line",
          sourceX: "datum.source.x", sourceY: "datum.source.y",
          targetX: "datum.target.x", targetY: "datum.target.y" }],
      },
      {
        name: "node-labels", type: "text", from: { data: "nodes" }, zindex: 2,
        interactive: false,
        encode: { update: { x: { field: "x" }, y: { field: "y" }, text: { field: "datum.name" },
          align: { value: "center" }, baseline: { value: "middle" }, fontSize: { value: 11 },
          fontWeight: { value: "bold" } } },
      },
    ],
  };
}

async function showNetwork(params) {
  showError(null);
  try {
    const result = await getJSON("/dyads", params);
    const { nodes, links } = networkData(result.dyads);
    const view = await embed("#network-chart", networkSpec(nodes, links));
    view.addEventListener("click", (_, item) => {
      const link = item && item.datum && item.datum.a ? item.datum : null;
      if (!link) return;
      const { limit, ...filters } = params;
      loadEvents({ ...filters, dyad: `${link.a}-${link.b}` });
    });
  } catch (error) {
    showError(error);
  }
}

// -- start-up ----------------------------------------------------------------------

function switchView(name) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  for (const button of document.querySelectorAll("nav button")) {
    button.classList.toggle("active", button.dataset.view === name);
  }
}

async function start() {
  for (const button of document.querySelectorAll("nav button")) {
    button.addEventListener("click", () => switchView(button.dataset.view));
  }
  $("detail-close").addEventListener("click", () => { $("detail").hidden = true; });
  $("detail-open-doc").addEventListener("click", showDocument);
  $("events-more").addEventListener("click", () => loadEvents(table.params, true));
  $("dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const params = formParams(event.target);
    showDyad(params);
    const { a, b, bucket, ...filters } = params;
    loadEvents({ ...filters, dyad: `${a}-${b}` });
  });
  $("network-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showNetwork(formParams(event.target));
  });
  $("events-form").addEventListener("submit", (event) => {
    event.preventDefault();
    loadEvents(formParams(event.target));
  });

  try {
    const stats = await getJSON("/stats");
    $("stats").textContent = `${stats.events} events from ${stats.documents} documents` +
      (stats.first_day ? `, ${stats.first_day} to ${stats.last_day}` : "");
    for (const select of [$("network-root"), $("events-root")]) {
      for (const root of stats.roots) {
        const option = el("option", null, `${root.root} ${root.name || ""} (${root.events})`);
        option.value = root.root;
        select.append(option);
      }
    }
    const { actors } = await getJSON("/actors", { level: "country", limit: 300 });
    for (const select of [$("dyad-a"), $("dyad-b")]) {
      select.append(el("option", null, "— pick an actor —"));
      select.firstChild.value = "";
      for (const actor of actors) {
        const option = el("option", null, `${actor.actor} (${actor.events})`);
        option.value = actor.actor;
        select.append(option);
      }
    }
  } catch (error) {
    showError(error);
  }
  loadEvents({});
}

document.addEventListener("DOMContentLoaded", start);
