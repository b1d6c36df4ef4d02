"""End-to-end reference for sekat analyze on a provinsi-shaped study.

Run from the module root with Debian's python3 (python3-networkx 2.8, numpy):
    /usr/bin/python3 testdata/reference/analyze_provinsi.py
It runs `go run ./cmd/sekat generate --preset provinsi --seed 1010
--scale 0.02` and `sekat analyze --permutations 10` on it in a temporary
folder (the same commands as studycheck's TestProvinsiAgainstNetworkX),
reads back only the network sekat built (edges.csv, units.csv's ids), and
computes three per-unit path and neighbourhood measures from the
contract's definitions (docs/metrics.md):
  G: undirected, w{u,v} = weight(u->v) + weight(v->u), self-ties left out;
     distance = 1/w
  betweenness: networkx.betweenness_centrality(G, weight=distance,
     normalized=True), distance a float
  harmonic: networkx.harmonic_centrality(G, distance=distance) / (n-1)
  constraint: Burt's C_i = sum_j (p_ij + sum_q p_iq p_qj)^2 over the
     neighbours j of i, p_ij = w_ij / sum_q w_iq, computed with numpy
     matrices, since networkx.constraint recomputes each p from scratch
     and takes hours on 390 units of degree ~150; the script checks the
     matrix form against networkx.constraint on the five units of least
     degree and stops if they differ by more than 1e-12.
The study has 390 units (the provinsi preset's count at every scale) and
16,689 undirected ties: dense, unlike the demo of analyze_sample.py.
It writes testdata/golden/analyze/provinsi_units.json.
"""
import csv, json, os, subprocess, tempfile
import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
tmp = tempfile.mkdtemp()
study, out = os.path.join(tmp, "studi"), os.path.join(tmp, "hasil")
env = dict(os.environ, SEKAT_KEY="0" * 63 + "7")
subprocess.run(["go", "run", "./cmd/sekat", "generate", "--preset", "provinsi", "--seed", "1010", "--scale", "0.02", "--out", study, "-q"],
               cwd=ROOT, check=True, capture_output=True, env=env)
subprocess.run(["go", "run", "./cmd/sekat", "analyze", study, "--permutations", "10", "--out", out, "-q"],
               cwd=ROOT, check=True, capture_output=True, env=env)

ids = [u["unit_id"] for u in csv.DictReader(open(os.path.join(out, "units.csv")))]
G = nx.Graph(); G.add_nodes_from(ids)
for e in csv.DictReader(open(os.path.join(out, "edges.csv"))):
    w = float(e["weight"])
    if w > 0 and e["source"] != e["target"]:
        if G.has_edge(e["source"], e["target"]):
            G[e["source"]][e["target"]]["weight"] += w
        else:
            G.add_edge(e["source"], e["target"], weight=w)
for u, v, d in G.edges(data=True):
    d["distance"] = 1 / d["weight"]
n = G.number_of_nodes()

W = nx.to_numpy_array(G, nodelist=ids, weight="weight")
s = W.sum(axis=1)
P = np.divide(W, s[:, None], out=np.zeros_like(W), where=s[:, None] > 0)
L = P + P @ P
C = ((W > 0) * L * L).sum(axis=1)
constraint = {ids[i]: float(C[i]) for i in range(n) if s[i] > 0}
for v in sorted(constraint, key=lambda x: (G.degree(x), x))[:5]:
    c = nx.constraint(G, nodes=[v], weight="weight")[v]
    assert abs(c - constraint[v]) <= 1e-12 * c, (v, c, constraint[v])

res = {
    "source": f"networkx {nx.__version__}, numpy {np.__version__} on edges.csv of `sekat generate --preset provinsi --seed 1010 --scale 0.02` analysed with --permutations 10 (testdata/reference/analyze_provinsi.py)",
    "betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
    "harmonic": {k: v / (n - 1) for k, v in nx.harmonic_centrality(G, distance="distance").items()},
    "constraint": constraint,
}
with open(os.path.join(ROOT, "testdata/golden/analyze/provinsi_units.json"), "w") as f:
    json.dump(res, f, indent=0, sort_keys=True)
    f.write("\n")
print("wrote testdata/golden/analyze/provinsi_units.json for", n, "units and", G.number_of_edges(), "ties")
