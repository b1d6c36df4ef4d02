"""End-to-end reference for sekat analyze on the embedded sample study.

Run from the module root with Debian's python3 (python3-networkx 2.8):
    /usr/bin/python3 testdata/reference/analyze_sample.py
It runs `go run ./cmd/sekat demo` into a temporary folder, reads back only
the network sekat built (edges.csv, units.csv's id/sector columns), and
computes the per-unit measures the contract names after NetworkX straight
from the contract's definitions:
  D: directed, arc u->v with weight(u->v) > 0 (edges.csv's weight column)
  G: undirected, w{u,v} = weight(u->v) + weight(v->u); distance = 1/w
and writes testdata/golden/analyze/sample_units.json. cmd/sekat's
TestAnalyzeAgainstNetworkX compares units.csv with it.
"""
import csv, json, os, subprocess, tempfile
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = tempfile.mkdtemp()
subprocess.run(["go", "run", "./cmd/sekat", "demo", "--out", out], cwd=ROOT, check=True, capture_output=True)
out = os.path.join(out, "hasil")  # demo writes the study to studi/, the results to hasil/

units = list(csv.DictReader(open(os.path.join(out, "units.csv"))))
ids = [u["unit_id"] for u in units]
D = nx.DiGraph(); D.add_nodes_from(ids)
G = nx.Graph(); G.add_nodes_from(ids)
for e in csv.DictReader(open(os.path.join(out, "edges.csv"))):
    w = float(e["weight"])
    if w > 0:
        D.add_edge(e["source"], e["target"], weight=w)
        if G.has_edge(e["source"], e["target"]):
            G[e["source"]][e["target"]]["w"] += w
        else:
            G.add_edge(e["source"], e["target"], w=w)
for u, v, d in G.edges(data=True):
    d["distance"] = 1 / d["w"]
n = G.number_of_nodes()
res = {
    "source": f"networkx {nx.__version__} on edges.csv of `sekat demo` (testdata/reference/analyze_sample.py)",
    "betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
    "harmonic": {k: v / (n - 1) for k, v in nx.harmonic_centrality(G, distance="distance").items()},
    "pagerank": nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000),
    "eigenvector": nx.eigenvector_centrality_numpy(G, weight="w"),
    "constraint": nx.constraint(G, weight="w"),
    "effective_size": nx.effective_size(G, weight="w"),
    "strength": dict(G.degree(weight="w")),
    "out_strength": dict(D.out_degree(weight="weight")),
    "in_strength": dict(D.in_degree(weight="weight")),
    "degree": dict(G.degree()),
}
with open(os.path.join(ROOT, "testdata/golden/analyze/sample_units.json"), "w") as f:
    json.dump(res, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote testdata/golden/analyze/sample_units.json for", n, "units")
