"""Golden numbers for eigenvector centrality on a large star.

Run from the repository root with Debian's Python and its packages
(python3-networkx 2.8, python3-scipy):

    /usr/bin/python3 testdata/reference/star.py

A letter to thousands of people makes a star at person level; sekat's
eigenvector solver once panicked on stars above about 5,000 leaves. The graph
is built from a formula that metrics/centrality/star_test.go repeats (same
node order, same float weights):

- nodes 0..6000: centre 0 and leaves 1..6000; leaf i has the weight
  (1 + i % 5) / 5 (0.2, 0.4, ..., 1.0), so leaves differ;
- nodes 6001..6051: a second star, centre 6001 and 50 leaves of weight 1,
  whose largest eigenvalue (sqrt(50)) is below the first star's
  (sqrt(2640)), so it gets 0;
- nodes 6052 and 6053: isolated.

It writes testdata/golden/centrality/star.json with eigenvector:
networkx.eigenvector_centrality_numpy(G, weight="weight") (ARPACK via scipy),
one value per node. The closed form is a check on the reference itself: the
largest eigenvalue is sqrt(sum of w_i^2), the centre 1/sqrt(2) and leaf i
w_i / (sqrt(2) * lambda).
"""

import json
import os
import platform

import networkx as nx
import numpy
import scipy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "testdata", "golden", "centrality", "star.json")

LEAVES = 6000
SMALL = 50


def star():
    G = nx.Graph()
    n = 1 + LEAVES + 1 + SMALL + 2
    G.add_nodes_from(range(n))
    for i in range(1, LEAVES + 1):
        G.add_edge(0, i, weight=(1 + i % 5) / 5)
    c = LEAVES + 1
    for i in range(c + 1, c + 1 + SMALL):
        G.add_edge(c, i, weight=1.0)
    return G


def main():
    G = star()
    nodes = list(range(G.number_of_nodes()))
    ev = nx.eigenvector_centrality_numpy(G, weight="weight")
    out = {
        "graph": "star",
        "n": len(nodes),
        "leaves": LEAVES,
        "small_leaves": SMALL,
        "undirected_edges": G.number_of_edges(),
        "tools": {
            "python": platform.python_version(),
            "networkx": nx.__version__,
            "scipy": scipy.__version__,
            "numpy": numpy.__version__,
        },
        "script": "testdata/reference/star.py",
        "eigenvector": [float(ev[v]) for v in nodes],
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f)
        f.write("\n")
    print(f"{OUT}: n={len(nodes)}, centre {out['eigenvector'][0]!r}, leaf 1 {out['eigenvector'][1]!r}")


if __name__ == "__main__":
    main()
