#!/usr/bin/env python3
"""Reads newsgraph's dumps with rdflib, a foreign RDF reader, and checks their counts.

Usage: rdflib_roundtrip.py DIR QUADS TRIPLES
  DIR holds dump.nq, dump.trig, dump.jsonld (expected: QUADS quads in named graphs) and
  dump.ttl, dump.nt (expected: TRIPLES distinct triples, the union of the graphs).
Exits 0 when every file parses to the expected count, 1 otherwise, 2 when rdflib is missing
(install it with `pip install -r tests/interop/requirements.txt`).
"""

import os
import sys

try:
    import rdflib
except ImportError:
    print("rdflib is not installed: pip install -r tests/interop/requirements.txt", file=sys.stderr)
    sys.exit(2)


def count_quads(path, fmt):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    # Every quad newsgraph writes is in an article's named graph; one left in the default
    # graph would mean a graph name was lost.
    default_graph = getattr(ds, "default_graph", None)
    if default_graph is None:  # rdflib before 7.1
        default_graph = ds.default_context
    default = len(default_graph)
    named = sum(len(g) for g in ds.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
    graphs = sum(1 for g in ds.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g) > 0)
    return named, default, graphs


def count_triples(path, fmt):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return len(g)


def main():
    folder, quads, triples = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    failed = False
    graph_counts = set()
    for name, fmt in [("dump.nq", "nquads"), ("dump.trig", "trig"), ("dump.jsonld", "json-ld")]:
        named, default, graphs = count_quads(os.path.join(folder, name), fmt)
        ok = named == quads and default == 0
        graph_counts.add(graphs)
        print(f"{name}: {named} quads in {graphs} named graphs, {default} in the default graph "
              f"(expected {quads}, 0): {'ok' if ok else 'MISMATCH'}")
        failed |= not ok
    if len(graph_counts) != 1:
        print(f"the graph formats disagree on the number of graphs: {sorted(graph_counts)}")
        failed = True
    for name, fmt in [("dump.ttl", "turtle"), ("dump.nt", "nt")]:
        n = count_triples(os.path.join(folder, name), fmt)
        ok = n == triples
        print(f"{name}: {n} triples (expected {triples}): {'ok' if ok else 'MISMATCH'}")
        failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
