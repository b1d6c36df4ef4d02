"""Golden numbers for sekat's metrics/centrality package.

Run from the repository root with Debian's Python and its packages
(python3-networkx 2.8, python3-igraph 0.10, python3-scipy):

    /usr/bin/python3 testdata/reference/centrality.py

It reads the reference data sets exactly as metrics/internal/refgraph does
(same node order, same weights) and writes testdata/golden/centrality/<graph>.json
with one array per measure, indexed by sekat's node id:

- betweenness: networkx.betweenness_centrality(G, weight=d, normalized=True)
  where d(u, v) = 1/w{u,v} is given as an exact rational (fractions.Fraction),
  so that paths whose lengths are equal in exact arithmetic are counted as
  ties. This is the definition sekat implements (see metrics/centrality/doc.go).
- betweenness_float: the same call with d = 1/w as a Python float, i.e. what a
  user running NetworkX gets; floating-point rounding breaks some exact ties
  (on karate, 1/3 + 1/6 and 1/2 differ in the last bit).
- betweenness_igraph: python-igraph Graph.betweenness(weights=1/w), rescaled
  by 2/((n-1)(n-2)) to NetworkX's normalisation; igraph compares path lengths
  with a relative epsilon, an independent check of the exact-tie numbers.
- harmonic: networkx.harmonic_centrality(G, distance="distance") / (n-1),
  distance = 1/w as a float.
- pagerank: networkx.pagerank(D, alpha=0.85, weight="weight", tol=1e-12,
  max_iter=10000) on the directed graph (the undirected one where the data set
  has no direction: karate, davis). tol=1e-12 instead of NetworkX's 1e-6 so that
  the reference is within ~1e-12 of the true fixpoint.
- eigenvector: networkx.eigenvector_centrality_numpy(G, weight="weight") on the
  undirected graph (ARPACK via scipy).

The undirected weight is w{u,v} = w(u->v) + w(v->u), as sekat's contract says.
"""

import csv
import json
import os
import platform
import sys
from fractions import Fraction

import igraph
import networkx as nx
import numpy
import scipy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "testdata", "datasets")
OUT = os.path.join(ROOT, "testdata", "golden", "centrality")


def rows(path):
    with open(os.path.join(DATA, path), newline="") as f:
        r = list(csv.reader(f))
    return r[1:]


class Ref:
    """A data set: n nodes, directed arcs (or None) and undirected weights.

    Weights are kept both as floats summed in input order and as exact
    Fractions (the float value of each input weight, summed exactly)."""

    def __init__(self, name, n, labels):
        self.name, self.n, self.labels = name, n, labels
        self.arcs = None  # (u, v) -> float weight, directed
        self.und = {}  # (min, max) -> float weight
        self.und_exact = {}  # (min, max) -> Fraction

    def add(self, u, v, w, wexact, directed):
        if u == v or w == 0:
            return
        if directed:
            if self.arcs is None:
                self.arcs = {}
            self.arcs[(u, v)] = self.arcs.get((u, v), 0.0) + w
        k = (min(u, v), max(u, v))
        self.und[k] = self.und.get(k, 0.0) + w
        self.und_exact[k] = self.und_exact.get(k, Fraction(0)) + wexact


def karate():
    g = Ref("karate", 34, [r[0] for r in rows("zachary-karate/karate_nodes.csv")])
    for r in rows("zachary-karate/karate_edges_weighted.csv"):
        w = float(r[2])
        g.add(int(r[0]) - 1, int(r[1]) - 1, w, Fraction(w), False)
    return g


def directed_unit(name, n, nodes, edges):
    g = Ref(name, n, [r[0] for r in rows(nodes)])
    for r in rows(edges):
        g.add(int(r[0]) - 1, int(r[1]) - 1, 1.0, Fraction(1), True)
    return g


def davis():
    att = rows("davis-southern-women/davis_attendance_edges.csv")
    women = sorted({r[0] for r in att})
    idx = {w: i for i, w in enumerate(women)}
    events, order = {}, []
    for woman, ev in att:
        if ev not in events:
            events[ev] = []
            order.append(ev)
        events[ev].append(woman)
    g = Ref("davis", len(women), women)
    for ev in order:
        a = events[ev]
        if len(a) < 2:
            continue
        w = 1 / (len(a) - 1)
        for i in range(len(a)):
            for j in range(i + 1, len(a)):
                g.add(idx[a[i]], idx[a[j]], w, Fraction(1, len(a) - 1), False)
    return g


def random_weighted():
    g = Ref("random", 300, [r[0] for r in rows("random-weighted/random_nodes.csv")])
    for r in rows("random-weighted/random_edges.csv"):
        w = float(r[2])
        g.add(int(r[0]), int(r[1]), w, Fraction(w), True)
    return g


def undirected(g):
    G = nx.Graph()
    G.add_nodes_from(range(g.n))
    for (u, v), w in sorted(g.und.items()):
        G.add_edge(u, v, weight=w, distance=1 / w, exact=1 / g.und_exact[(u, v)])
    return G


def directed(g):
    if g.arcs is None:
        return undirected(g)
    D = nx.DiGraph()
    D.add_nodes_from(range(g.n))
    for (u, v), w in sorted(g.arcs.items()):
        D.add_edge(u, v, weight=w)
    return D


def golden(g):
    n = g.n
    G = undirected(g)
    D = directed(g)
    nodes = list(range(n))

    bexact = nx.betweenness_centrality(G, weight=lambda u, v, d: d["exact"], normalized=True)
    bfloat = nx.betweenness_centrality(G, weight="distance", normalized=True)

    ig = igraph.Graph(n=n, edges=[(u, v) for (u, v) in sorted(g.und)])
    ig.es["distance"] = [1 / g.und[k] for k in sorted(g.und)]
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
    bigraph = [b * scale for b in ig.betweenness(weights="distance")]

    harm = nx.harmonic_centrality(G, distance="distance")
    pr = nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    ev = nx.eigenvector_centrality_numpy(G, weight="weight")

    return {
        "graph": g.name,
        "n": n,
        "undirected_edges": G.number_of_edges(),
        "directed_arcs": D.number_of_edges() if g.arcs is not None else None,
        "tools": {
            "python": platform.python_version(),
            "networkx": nx.__version__,
            "igraph": igraph.__version__,
            "scipy": scipy.__version__,
            "numpy": numpy.__version__,
        },
        "script": "testdata/reference/centrality.py",
        "labels": g.labels,
        "betweenness": [float(bexact[v]) for v in nodes],
        "betweenness_float": [bfloat[v] for v in nodes],
        "betweenness_igraph": bigraph,
        "harmonic": [harm[v] / (n - 1) if n > 1 else 0.0 for v in nodes],
        "pagerank": [pr[v] for v in nodes],
        "eigenvector": [float(ev[v]) for v in nodes],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    graphs = [
        karate(),
        directed_unit("krackhardt", 21, "krackhardt-hightech/krack_nodes.csv",
                      "krackhardt-hightech/krack_advice_edges.csv"),
        directed_unit("lazega", 71, "lazega-lawyers/lazega_nodes.csv",
                      "lazega-lawyers/lazega_cowork_directed_edges.csv"),
        davis(),
        random_weighted(),
    ]
    for g in graphs:
        out = golden(g)
        path = os.path.join(OUT, g.name + ".json")
        with open(path, "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
        diff = sum(1 for a, b in zip(out["betweenness"], out["betweenness_float"]) if abs(a - b) > 1e-9)
        print(f"{path}: n={g.n}, nodes where float NetworkX betweenness differs from exact ties: {diff}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
