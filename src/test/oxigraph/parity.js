// Loads a release's N-Quads dump into Oxigraph and answers a list of queries there, so that
// OxigraphParityTest can compare another engine's answers with Jena's.
// Usage: node parity.js DUMP.nq QUERIES.json
//   QUERIES.json: [{"name": "...", "file": "q.rq", "format": "application/sparql-results+json", "union": true}, ...]
// Prints one JSON object: {"engine", "quads", "answers": {name: {"format", "text"} or {"error"}}}.
"use strict";
const fs = require("fs");
const path = require("path");
const oxigraph = require("oxigraph");

const [dump, queryList] = process.argv.slice(2);
if (!dump || !queryList) {
  console.error("usage: node parity.js DUMP.nq QUERIES.json");
  process.exit(2);
}

const version = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("oxigraph")), "package.json"), "utf8")).version;
const store = new oxigraph.Store();
store.load(fs.readFileSync(dump), { format: "application/n-quads" });

const answers = {};
for (const q of JSON.parse(fs.readFileSync(queryList, "utf8"))) {
  try {
    // the served store's default graph is the union of its named graphs; a query with FROM picks its own
    const text = store.query(fs.readFileSync(q.file, "utf8"), { use_default_graph_as_union: q.union, results_format: q.format });
    answers[q.name] = { format: q.format, text };
  } catch (e) {
    answers[q.name] = { error: String(e && e.message ? e.message : e) };
  }
}
process.stdout.write(JSON.stringify({ engine: "oxigraph " + version, quads: store.size, answers }) + "\n");
