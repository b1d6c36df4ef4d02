#!/usr/bin/python3
"""Reference numbers for sekat's metrics/community package.

Run from anywhere with Debian's interpreter (python3-igraph 0.10,
python3-networkx 2.8) and Go on the PATH:

    /usr/bin/python3 testdata/reference/community.py [--big] [--only NAME]

It writes testdata/golden/community/{karate,lazega,lazega_advice,planted_100k}.json
(with --only, just NAME.json):

* igraph's Graph.community_leiden(objective_function="modularity",
  weights="weight", resolution_parameter=1, n_iterations=-1) for seeds 0..4
  (python-igraph draws from Python's `random`, seeded with random.seed(s)),
  the same with the default n_iterations=2 and with n_iterations=1, and
  Leiden truly iterated until stable ("until_stable_loop", see leiden_loop:
  igraph 0.10's -1 stops after one iteration), each with its modularity
  (igraph Graph.modularity), wall time and process CPU time (timings depend
  on the machine and its load and are not checked by the tests);
* NetworkX 2.8 community.modularity(G, communities, weight="weight",
  resolution=gamma) of a few fixed partitions, which the Go tests compare
  with community.Modularity.

The graphs are built exactly as metrics/internal/refgraph builds them:
karate from zachary-karate/karate_edges_weighted.csv (ids 1..34 -> 0..33);
lazega from lazega-lawyers/lazega_cowork_directed_edges.csv made undirected
with w{u,v} = number of arcs between u and v (1 or 2); lazega_advice the same
from lazega_advice_edges.csv. The planted-partition
graph is produced by the Go generator itself (go run
./metrics/community/internal/plantedgen) into a temporary file, so nothing
big is committed; its size and total weight are recorded so the Go test can
check it regenerates the same graph. --big also times igraph on the
1M-node / 10M-edge graph of BenchmarkLeiden_1M (printed, not stored).
"""

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx
from networkx.algorithms import community as nxcomm

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "testdata", "datasets")
OUT = os.path.join(ROOT, "testdata", "golden", "community")

# The planted graphs: keep in step with planted100k / planted1M in the Go tests.
PLANTED_100K = dict(n=100000, block=100, edges=1000000, mixing=0.3, seed=1)
PLANTED_1M = dict(n=1000000, block=100, edges=10000000, mixing=0.3, seed=1)

TOOLS = "python-igraph %s, networkx %s, python %s" % (
    igraph.__version__, nx.__version__, sys.version.split()[0])


def rows(path):
    with open(os.path.join(DATA, path), newline="") as f:
        r = csv.reader(f)
        next(r)
        return list(r)


def build(n, weights):
    """igraph and NetworkX graphs from {(u, v): w} with u < v."""
    keys = sorted(weights)
    ig = igraph.Graph(n=n, edges=keys, directed=False)
    ig.es["weight"] = [weights[k] for k in keys]
    nxg = nx.Graph()
    nxg.add_nodes_from(range(n))
    nxg.add_weighted_edges_from((u, v, weights[(u, v)]) for u, v in keys)
    return ig, nxg


def karate():
    w = {}
    for s, t, x in rows("zachary-karate/karate_edges_weighted.csv"):
        u, v = sorted((int(s) - 1, int(t) - 1))
        w[(u, v)] = w.get((u, v), 0.0) + float(x)
    club = [r[1] for r in rows("zachary-karate/karate_nodes.csv")]
    return 34, w, {"club": club}


def lazega_relation(path):
    """A Lazega relation, undirected with w{u,v} = arcs between u and v."""
    w = {}
    for s, t in rows(path):
        u, v = sorted((int(s) - 1, int(t) - 1))
        w[(u, v)] = w.get((u, v), 0.0) + 1.0
    nodes = rows("lazega-lawyers/lazega_nodes.csv")
    return 71, w, {"office": [r[3] for r in nodes], "practice": [r[6] for r in nodes]}


def lazega():
    return lazega_relation("lazega-lawyers/lazega_cowork_directed_edges.csv")


def lazega_advice():
    return lazega_relation("lazega-lawyers/lazega_advice_edges.csv")


def planted(p, path):
    subprocess.run(
        ["go", "run", "./metrics/community/internal/plantedgen",
         "-n", str(p["n"]), "-block", str(p["block"]), "-edges", str(p["edges"]),
         "-mixing", repr(p["mixing"]), "-seed", str(p["seed"]), "-out", path],
        cwd=ROOT, check=True)
    with open(path) as f:
        head = f.readline().split()
        n = int(head[1])
        edges, ws = [], []
        for line in f:
            u, v, x = line.split()
            edges.append((int(u), int(v)))
            ws.append(float(x))
    return n, edges, ws


def labels(vals):
    """Attribute values -> dense ids in sorted value order (as refgraph does)."""
    ids = {v: i for i, v in enumerate(sorted(set(vals)))}
    return [ids[v] for v in vals]


def leiden_loop(ig):
    """Leiden iterated until an iteration leaves the partition unchanged.

    python-igraph 0.10's n_iterations=-1 means to do this, but its C core
    stops after the first iteration that changes the partition (igraph issue
    #2798, fixed by igraph PR #2799 in 2025), so -1 gives what 1 gives. This
    loop runs one iteration at a time from the previous membership instead.
    """
    memb, iterations = None, 0
    while True:
        cl = ig.community_leiden(objective_function="modularity", weights="weight",
                                 resolution_parameter=1, n_iterations=1,
                                 initial_membership=memb)
        iterations += 1
        if memb is not None and cl.membership == memb:
            return cl, iterations
        memb = cl.membership


def leiden_runs(ig, n_iterations):
    """Five seeded igraph Leiden runs; n_iterations "loop" runs leiden_loop."""
    out = {"seeds": [], "modularity": [], "communities": [], "seconds": [], "cpu_seconds": []}
    if n_iterations == "loop":
        out["iterations"] = []
    best = None
    for seed in range(5):
        random.seed(seed)
        t0, c0 = time.perf_counter(), time.process_time()
        if n_iterations == "loop":
            cl, its = leiden_loop(ig)
            out["iterations"].append(its)
        else:
            cl = ig.community_leiden(objective_function="modularity", weights="weight",
                                     resolution_parameter=1, n_iterations=n_iterations)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        q = ig.modularity(cl.membership, weights="weight", resolution=1)
        out["seeds"].append(seed)
        out["modularity"].append(q)
        out["communities"].append(len(cl))
        out["seconds"].append(round(dt, 4))
        out["cpu_seconds"].append(round(dc, 4))
        if best is None or q > best[0]:
            best = (q, cl.membership)
    out["best"] = best[0]
    return out, best[1]


def nx_partitions(nxg, parts):
    out = []
    for name, memb in parts:
        groups = {}
        for v, c in enumerate(memb):
            groups.setdefault(c, set()).add(v)
        comms = [groups[c] for c in sorted(groups)]
        qs = []
        for gamma in (0.5, 1.0, 2.0):
            qs.append({"resolution": gamma,
                       "networkx": nxcomm.modularity(nxg, comms, weight="weight", resolution=gamma)})
        out.append({"name": name, "membership": memb, "modularity": qs})
    return out


def small(name, loader, source):
    n, w, attrs = loader()
    ig, nxg = build(n, w)
    runs = {}
    runs["n_iterations=-1"], best = leiden_runs(ig, -1)
    runs["n_iterations=2"], _ = leiden_runs(ig, 2)
    runs["n_iterations=1"], _ = leiden_runs(ig, 1)
    runs["until_stable_loop"], _ = leiden_runs(ig, "loop")
    parts = [(a, labels(v)) for a, v in sorted(attrs.items())]
    parts += [("igraph_best", best), ("mod3", [v % 3 for v in range(n)]),
              ("one", [0] * n), ("singletons", list(range(n)))]
    doc = {
        "graph": name, "source": source, "tools": TOOLS,
        "nodes": n, "edges": len(w), "total_weight": sum(w.values()),
        "igraph_leiden": runs,
        "partitions": nx_partitions(nxg, parts),
    }
    write(name + ".json", doc)
    print(name, "igraph best Q", runs["n_iterations=-1"]["best"])


def big(name, p, store):
    with tempfile.TemporaryDirectory() as d:
        n, edges, ws = planted(p, os.path.join(d, "planted.txt"))
    ig = igraph.Graph(n=n, edges=edges, directed=False)
    ig.es["weight"] = ws
    runs = {}
    runs["n_iterations=-1"], _ = leiden_runs(ig, -1)
    runs["n_iterations=2"], _ = leiden_runs(ig, 2)
    runs["n_iterations=1"], _ = leiden_runs(ig, 1)
    runs["until_stable_loop"], _ = leiden_runs(ig, "loop")
    print(name, json.dumps(runs))
    if not store:
        return
    blocks = [v // p["block"] for v in range(n)]
    nxg = nx.Graph()
    nxg.add_nodes_from(range(n))
    nxg.add_weighted_edges_from((u, v, x) for (u, v), x in zip(edges, ws))
    groups = {}
    for v, c in enumerate(blocks):
        groups.setdefault(c, set()).add(v)
    comms = [groups[c] for c in sorted(groups)]
    doc = {
        "graph": name, "generator": p,
        "source": "go run ./metrics/community/internal/plantedgen (package planted)",
        "tools": TOOLS, "nodes": n, "edges": len(edges), "total_weight": sum(ws),
        "igraph_leiden": runs,
        "planted_blocks_modularity_networkx": nxcomm.modularity(nxg, comms, weight="weight", resolution=1),
    }
    write(name + ".json", doc)


def write(fname, doc):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, fname), "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")


def main():
    # --only NAME writes that file alone (the others keep their timings)
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    for name, loader, source in [
        ("karate", karate, "testdata/datasets/zachary-karate/karate_edges_weighted.csv"),
        ("lazega", lazega, "testdata/datasets/lazega-lawyers/lazega_cowork_directed_edges.csv (undirected, w = arcs between the pair)"),
        ("lazega_advice", lazega_advice, "testdata/datasets/lazega-lawyers/lazega_advice_edges.csv (undirected, w = arcs between the pair)"),
    ]:
        if only in (None, name):
            small(name, loader, source)
    if only in (None, "planted_100k"):
        big("planted_100k", PLANTED_100K, True)
    if "--big" in sys.argv:
        big("planted_1M", PLANTED_1M, False)


if __name__ == "__main__":
    main()
