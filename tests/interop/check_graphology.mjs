// Parses a newsgraph GEXF export with graphology-gexf (the parser behind Gephi Lite) and
// checks it against the expectation file the Rust test writes (see check_networkx.py).
//
// Usage: node check_graphology.mjs EXPECT.json GRAPH.gexf
import { readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";

const [expectPath, gexfPath] = process.argv.slice(2);
const expect = JSON.parse(readFileSync(expectPath, "utf8"));
const graph = gexf.parse(Graph, readFileSync(gexfPath, "utf8"), { allowUndeclaredAttributes: false });

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}
function check(what, got, want) {
  if (got !== want) fail(`${what}: graphology read ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

// graphology infers the graph's type and multiplicity from the edges it reads, so an
// empty graph is "mixed"; what matters is that every edge is directed.
graph.forEachEdge((edge) => check(`edge ${edge} is directed`, graph.isDirected(edge), true));
check("node count", graph.order, Object.keys(expect.nodes).length);
check("edge count", graph.size, expect.edges.length);
for (const [iri, attrs] of Object.entries(expect.nodes)) {
  if (!graph.hasNode(iri)) fail(`no node ${iri}`);
  const a = graph.getNodeAttributes(iri);
  check(`node ${iri} label`, a.label, attrs.label);
  check(`node ${iri} kind`, a.kind, attrs.kind);
  check(`node ${iri} type`, a.type, attrs.type);
  check(`node ${iri} mentions`, a.mentions, attrs.mentions);
  if (typeof a.size !== "number" || !a.color) fail(`node ${iri}: no viz size or colour (${JSON.stringify(a)})`);
}
const byKey = new Map();
graph.forEachEdge((edge, a, source, target) => {
  byKey.set(`${source}\u0000${target}\u0000${a.kind === undefined ? "" : a.kind}\u0000${a.label}\u0000${a.polarity ?? ""}`, a);
});
for (const e of expect.edges) {
  const plain = e.kind.split(":")[0];
  const key = `${e.source}\u0000${e.target}\u0000${plain}\u0000${e.label}\u0000${e.polarity ?? ""}`;
  const a = byKey.get(key);
  if (!a) fail(`no edge ${key.replaceAll("\u0000", " | ")}`);
  check(`edge ${e.source} -> ${e.target} weight`, a.weight, e.weight);
  check(`edge ${e.source} -> ${e.target} cameo`, a.cameo ?? "", e.cameo ?? "");
}
console.log(`ok: graphology-gexf read ${graph.order} nodes and ${graph.size} edges, attributes agree`);
