// The query editor: runs the text area's query on the read-only endpoint and shows the answer.
// Every value from the data is written with textContent, never as markup.
"use strict";

const ENDPOINT = "../kg/sparql";
const BASE = "https://w3id.org/eurasia-kg/";
let prefixes = {};

function $(id) { return document.getElementById(id); }

/** The query a link opened the editor with: ?q= (or ?query=), or the Fuseki editor's #…?query= form. */
function linkedQuery() {
  const params = new URLSearchParams(location.search);
  const q = params.get("q") || params.get("query");
  if (q) return q;
  const at = location.hash.indexOf("query=");
  return at >= 0 ? new URLSearchParams(location.hash.substring(at)).get("query") : null;
}

function shortName(iri) {
  for (const [prefix, ns] of Object.entries(prefixes))
    if (iri.startsWith(ns) && /^[A-Za-z0-9_.-]*$/.test(iri.substring(ns.length))) return prefix + ":" + iri.substring(ns.length);
  return iri;
}

function term(cell, value) {
  if (!value) return;
  if (value.type === "uri") {
    const a = document.createElement("a");
    a.href = value.value.startsWith(BASE) ? "../page/" + value.value.substring(BASE.length) : value.value;
    a.textContent = shortName(value.value);
    a.title = value.value;
    cell.appendChild(a);
  } else if (value.type === "bnode") {
    cell.textContent = "_:" + value.value;
  } else {
    cell.appendChild(document.createTextNode(value.value));
    const note = document.createElement("span");
    if (value["xml:lang"]) { note.className = "lang"; note.textContent = " @" + value["xml:lang"]; }
    else if (value.datatype) { note.className = "datatype"; note.textContent = " " + shortName(value.datatype); }
    if (note.textContent) cell.appendChild(note);
  }
}

function table(json) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const v of json.head.vars) { const th = document.createElement("th"); th.scope = "col"; th.textContent = "?" + v; head.appendChild(th); }
  const body = t.createTBody();
  for (const b of json.results.bindings) {
    const row = body.insertRow();
    for (const v of json.head.vars) term(row.insertCell(), b[v]);
  }
  return t;
}

function show(node, status) {
  $("results").replaceChildren(node);
  $("status").textContent = status;
}

function problem(text) {
  const p = document.createElement("pre");
  p.className = "problem";
  p.textContent = text;
  return p;
}

async function run(event) {
  if (event) event.preventDefault();
  const query = $("q").value;
  const link = "?q=" + encodeURIComponent(query);
  $("permalink").href = link;
  history.replaceState(null, "", link);
  $("status").textContent = "Running…";
  const started = performance.now();
  try {
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: "query=" + encodeURIComponent(query)
    });
    const took = Math.round(performance.now() - started) + " ms";
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) { show(problem(await response.text()), "HTTP " + response.status + " in " + took); return; }
    if (type.startsWith("application/sparql-results+json")) {
      const json = await response.json();
      if ("boolean" in json) { show(document.createTextNode(json.boolean ? "true" : "false"), "ASK in " + took); return; }
      const n = json.results.bindings.length;
      const cut = response.headers.get("KG-Results-Truncated");
      show(table(json), n + (n === 1 ? " row" : " rows") + " in " + took + (cut ? " (cut off: " + cut + ")" : ""));
    } else {
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      show(pre, "graph (" + type.split(";")[0] + ") in " + took);
    }
  } catch (e) {
    show(problem("The endpoint could not be reached: " + e.message), "");
  }
}

async function start() {
  const editor = await fetch("editor.json").then(r => r.json());
  prefixes = editor.prefixes;
  const select = $("examples");
  for (const [i, ex] of editor.examples.entries()) {
    const option = document.createElement("option");
    option.value = String(i);
    option.textContent = ex.question;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const ex = editor.examples[Number(select.value)];
    if (select.value !== "" && ex) { $("q").value = ex.query; run(); }
  });
  const linked = linkedQuery();
  const declared = Object.entries(prefixes).map(([p, ns]) => "PREFIX " + p + ": <" + ns + ">").join("\n");
  $("q").value = linked || declared + "\n\n" + editor.start;
  const shown = editor.examples.findIndex(ex => ex.query === linked);
  if (shown >= 0) select.value = String(shown);
  $("editor").addEventListener("submit", run);
  $("q").addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e); });
  if (linked) run();
}

document.addEventListener("DOMContentLoaded", start);
