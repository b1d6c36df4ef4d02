"""Reference check of `sekat export` with the tools analysts open it in.

Run from the repository root with Debian's Python and its packages
(python3-networkx 2.8, python3-igraph 0.10) and system Graphviz (gc):

    d=$(mktemp -d)
    for f in graphml gexf dot; do
        go run ./cmd/sekat export cmd/sekat/sample --format $f --out $d/export.$f
    done
    go run ./cmd/sekat export cmd/sekat/sample --format csv --out $d/edges.csv
    go run ./cmd/sekat analyze cmd/sekat/sample --out $d/out
    /usr/bin/python3 testdata/reference/exports.py $d > testdata/golden/export/sample.txt

It prints, for each reader, the node and edge counts, the node attributes it
found (sorted) and how many layer values it read as NaN or missing. The Go test
cmd/sekat TestExportReference recomputes the same lines from the files sekat
writes and compares them with this golden file, so `go test` needs no Python.
What it checks:

- networkx.read_graphml and igraph.Graph.Read_GraphML read every column of
  units.csv (out/units.csv) that has a value in some row as a node attribute, and every edge's four layers
  and weight with no NaN (GraphML keys carry <default>0</default>);
- networkx.read_gexf reads every column of units.csv too, and the layers
  without NaN;
- Graphviz's gc -e counts as many edges in the DOT as edges.csv has rows
  (denied-only arcs included).
"""
import csv
import math
import os
import subprocess
import sys

import igraph
import networkx as nx

LAYERS = ["correspondence", "meetings", "data_sharing", "data_denied", "weight"]


def units_columns(d):
    """The columns of units.csv with a value in some row: a column empty in
    every row (short_name of a study without short names) has nothing for
    an export to carry, as sekat writes no value for an empty cell."""
    with open(os.path.join(d, "out", "units.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [c for j, c in enumerate(rows[0]) if any(j < len(r) and r[j] != "" for r in rows[1:])]


def nan_count(values):
    n = 0
    for v in values:
        if v is None:
            n += 1
            continue
        try:
            if math.isnan(float(v)):
                n += 1
        except (TypeError, ValueError):
            n += 1
    return n


def line(reader, nodes, edges, attrs, missing_cols, nan_layers):
    print(f"{reader}: nodes={nodes} edges={edges} missing_unit_columns={','.join(missing_cols) or '-'} nan_layer_values={nan_layers}")
    print(f"{reader}: node_attributes={','.join(sorted(attrs))}")


def main(d):
    cols = units_columns(d)
    want = [c for c in cols if c not in ("unit_id",)]

    # GraphML through NetworkX.
    g = nx.read_graphml(os.path.join(d, "export.graphml"))
    attrs = set()
    for _, a in g.nodes(data=True):
        attrs |= set(a)
    nan = sum(nan_count([a.get(k) for _, _, a in g.edges(data=True)]) for k in LAYERS)
    line("graphml networkx", g.number_of_nodes(), g.number_of_edges(), attrs, [c for c in want if c not in attrs], nan)

    # GraphML through igraph.
    ig = igraph.Graph.Read_GraphML(os.path.join(d, "export.graphml"))
    attrs = set(ig.vs.attributes()) - {"id"}
    nan = sum(nan_count(ig.es[k]) for k in LAYERS)
    line("graphml igraph", ig.vcount(), ig.ecount(), attrs, [c for c in want if c not in attrs], nan)

    # GEXF through NetworkX (label is the name).
    x = nx.read_gexf(os.path.join(d, "export.gexf"))
    attrs = set()
    for _, a in x.nodes(data=True):
        attrs |= set(a)
    attrs = {"name" if a == "label" else a for a in attrs}
    nan = sum(nan_count([a.get(k) for _, _, a in x.edges(data=True)]) for k in LAYERS)
    line("gexf networkx", x.number_of_nodes(), x.number_of_edges(), attrs, [c for c in want if c not in attrs], nan)

    # DOT through Graphviz's gc.
    out = subprocess.run(["gc", "-e", os.path.join(d, "export.dot")], capture_output=True, text=True, check=True).stdout
    dot_edges = int(out.split()[0])
    with open(os.path.join(d, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    print(f"dot gc: edges={dot_edges} edges_csv_rows={rows}")


if __name__ == "__main__":
    main(sys.argv[1])
