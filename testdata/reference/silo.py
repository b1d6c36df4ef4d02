#!/usr/bin/python3
"""Reference numbers for sekat's metrics/silo and metrics/broker packages.

Run from the module root with Debian's interpreter:

    /usr/bin/python3 testdata/reference/silo.py

It reads the reference data sets in testdata/datasets the way
metrics/internal/refgraph loads them (same node order, same group indices,
undirected weight w{u,v} = w(u->v) + w(v->u), Davis projected with Newman's
1/(k-1) weights) and writes

    testdata/golden/broker/<graph>.json
    testdata/golden/silo/<graph>.json

Provenance of each field is written into the files. NaN is written as null.
Fields that no library computes (participation, within-module z, E-I, the
weighted assortativity, hierarchy, brokerage) are computed here directly from
their published definitions, as an independent second implementation; the
rest come from networkx 2.8 and python-igraph 0.10.
"""

import csv
import itertools
import json
import math
import os
import sys

import igraph
import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "testdata", "datasets")
OUT = os.path.join(ROOT, "testdata", "golden")
TOOLS = "networkx %s, python-igraph %s, numpy %s, Python %s" % (
    nx.__version__, igraph.__version__, np.__version__, sys.version.split()[0])


def rows(path):
    with open(os.path.join(DATA, path), newline="") as f:
        r = csv.reader(f)
        next(r)
        return list(r)


def group_index(vals):
    """Dense indices in sorted order of the string values (refgraph.groupIndex)."""
    idx = {v: i for i, v in enumerate(sorted(set(vals)))}
    return [idx[v] for v in vals]


class Ref:
    def __init__(self, name, n, arcs, directed):
        self.name = name
        self.n = n
        und = {}
        dir_ = {}
        for u, v, w in arcs:
            if u == v or w == 0:
                continue
            key = (min(u, v), max(u, v))
            und[key] = und.get(key, 0.0) + w
            dir_[(u, v)] = dir_.get((u, v), 0.0) + w
        self.G = nx.Graph()
        self.G.add_nodes_from(range(n))
        for (u, v), w in sorted(und.items()):
            if w != 0:
                self.G.add_edge(u, v, weight=w)
        self.D = None
        if directed:
            self.D = nx.DiGraph()
            self.D.add_nodes_from(range(n))
            for (u, v), w in sorted(dir_.items()):
                if w != 0:
                    self.D.add_edge(u, v, weight=w)
        self.groups = {}
        self.partitions = {}  # second partitions for NMI / ARI only


def karate():
    arcs = [(int(r[0]) - 1, int(r[1]) - 1, float(r[2])) for r in rows("zachary-karate/karate_edges_weighted.csv")]
    g = Ref("karate", 34, arcs, False)
    nodes = rows("zachary-karate/karate_nodes.csv")
    g.groups["club"] = group_index([r[1] for r in nodes])
    g.partitions["group_readme"] = group_index([r[2] for r in nodes])
    return g


def krackhardt():
    arcs = [(int(r[0]) - 1, int(r[1]) - 1, 1.0) for r in rows("krackhardt-hightech/krack_advice_edges.csv")]
    g = Ref("krackhardt", 21, arcs, True)
    nodes = rows("krackhardt-hightech/krack_nodes.csv")
    g.groups["dept"] = group_index([r[4] for r in nodes])
    g.partitions["level"] = group_index([r[3] for r in nodes])
    return g


def lazega():
    arcs = [(int(r[0]) - 1, int(r[1]) - 1, 1.0) for r in rows("lazega-lawyers/lazega_cowork_directed_edges.csv")]
    g = Ref("lazega", 71, arcs, True)
    nodes = rows("lazega-lawyers/lazega_nodes.csv")
    g.groups["office"] = group_index([r[3] for r in nodes])
    g.groups["practice"] = group_index([r[6] for r in nodes])
    return g


def davis():
    women, seen, events, order = [], set(), {}, []
    for w, e in rows("davis-southern-women/davis_attendance_edges.csv"):
        if w not in seen:
            seen.add(w)
            women.append(w)
        if e not in events:
            events[e] = []
            order.append(e)
        events[e].append(w)
    women.sort()
    idx = {w: i for i, w in enumerate(women)}
    arcs = []
    for e in order:
        a = events[e]
        if len(a) < 2:
            continue
        w = 1 / (len(a) - 1)
        for i in range(len(a)):
            for j in range(i + 1, len(a)):
                arcs.append((idx[a[i]], idx[a[j]], w))
    return Ref("davis", len(women), arcs, False)


def random_graph():
    arcs = [(int(r[0]), int(r[1]), float(r[2])) for r in rows("random-weighted/random_edges.csv")]
    g = Ref("random", 300, arcs, True)
    g.groups["sector"] = group_index([r[1] for r in rows("random-weighted/random_nodes.csv")])
    g.partitions["mod4"] = [i % 4 for i in range(300)]
    return g


def clean(x):
    """JSON-safe: NaN and infinities become null."""
    if isinstance(x, float):
        return None if (math.isnan(x) or math.isinf(x)) else x
    if isinstance(x, (np.floating,)):
        return clean(float(x))
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    return x


def write(kind, name, obj):
    os.makedirs(os.path.join(OUT, kind), exist_ok=True)
    with open(os.path.join(OUT, kind, name + ".json"), "w") as f:
        json.dump(clean(obj), f, indent=1, sort_keys=True, allow_nan=False)
        f.write("\n")


# ---------------------------------------------------------------- broker

def hierarchy_from_definition(G):
    """Burt's hierarchy (UCINET / migraph) from networkx's dyadic constraint."""
    out = []
    for v in range(G.number_of_nodes()):
        nb = sorted(G[v])
        N = len(nb)
        if N == 0:
            out.append(float("nan"))
            continue
        if N == 1:
            out.append(0.0)  # sekat's documented choice for 0/0
            continue
        c = [nx.local_constraint(G, v, j, weight="weight") for j in nb]
        C = sum(c) / N
        out.append(sum((x / C) * math.log(x / C) for x in c) / (N * math.log(N)))
    return out


def brokerage_brute(D, grp):
    """Gould-Fernandez roles, every ordered triple, sna's rule (i->b->j, no i->j)."""
    n = D.number_of_nodes()
    res = {k: [0] * n for k in ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")}
    for b in range(n):
        for i in D.predecessors(b):
            for j in D.successors(b):
                if len({i, b, j}) < 3 or D.has_edge(i, j):
                    continue
                gi, gb, gj = grp[i], grp[b], grp[j]
                if gi == gb == gj:
                    res["coordinator"][b] += 1
                elif gi == gj:
                    res["itinerant"][b] += 1
                elif gb == gi:
                    res["representative"][b] += 1
                elif gb == gj:
                    res["gatekeeper"][b] += 1
                else:
                    res["liaison"][b] += 1
    return res


def broker(g):
    G = g.G
    n = g.n
    con = nx.constraint(G, weight="weight")
    es = nx.effective_size(G, weight="weight")
    obj = {
        "provenance": "testdata/reference/silo.py; " + TOOLS + "; graph " + g.name +
        " loaded as metrics/internal/refgraph does",
        "n": n,
        "constraint": [con[v] for v in range(n)],
        "constraint_source": "networkx.constraint(G, weight='weight')",
        "effective_size": [es[v] for v in range(n)],
        "effective_size_source": "networkx.effective_size(G, weight='weight')",
        "hierarchy": hierarchy_from_definition(G),
        "hierarchy_source": "Burt hierarchy from networkx.local_constraint, formula in silo.py",
        "articulation_points": sorted(nx.articulation_points(G)),
        "articulation_points_source": "networkx.articulation_points(G)",
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "bridges_source": "networkx.bridges(G)",
        "brokerage": {},
        "brokerage_source": "brute force over ordered triples in silo.py (sna rule: i->b->j, i!=j, no i->j)",
    }
    if g.D is not None:
        for gname, grp in sorted(g.groups.items()):
            obj["brokerage"][gname] = brokerage_brute(g.D, grp)
    write("broker", g.name, obj)


# ---------------------------------------------------------------- silo

def participation(G, grp):
    out = []
    for v in range(G.number_of_nodes()):
        k = G.degree(v, weight="weight")
        if k == 0:
            out.append(0.0)
            continue
        kc = {}
        for u, d in G[v].items():
            kc[grp[u]] = kc.get(grp[u], 0.0) + d["weight"]
        out.append(1 - sum((x / k) ** 2 for x in kc.values()))
    return out


def within_z(G, grp):
    n = G.number_of_nodes()
    kin = [sum(d["weight"] for u, d in G[v].items() if grp[u] == grp[v]) for v in range(n)]
    out = [0.0] * n
    for c in set(grp):
        mem = [v for v in range(n) if grp[v] == c]
        vals = np.array([kin[v] for v in mem])
        mu, sd = vals.mean(), vals.std(ddof=0)  # population sd (Guimera & Amaral)
        for v in mem:
            out[v] = 0.0 if sd == 0 else (kin[v] - mu) / sd
    return out


def node_ei(G, grp):
    out = []
    for v in range(G.number_of_nodes()):
        E = sum(d["weight"] for u, d in G[v].items() if grp[u] != grp[v])
        I = sum(d["weight"] for u, d in G[v].items() if grp[u] == grp[v])
        out.append(float("nan") if E + I == 0 else (E - I) / (E + I))
    return out


def expected_ei(n, ng):
    if n < 2 or ng < 1:
        return float("nan")
    cross = ng * (n - ng)          # pairs with exactly one end in the group
    inside = ng * (ng - 1) / 2     # pairs with both ends in it
    return (cross - inside) / (cross + inside)


def homophily(I, E, n, ng):
    """Coleman (1958) / Freeman (1978): (p - q) / (1 - q), p = I/(I+E), q the
    internal share of the expected weights (pairs of a random labelling)."""
    if I + E == 0 or n < 2 or ng < 1:
        return float("nan")
    cross = ng * (n - ng)
    inside = ng * (ng - 1) / 2
    q = inside / (cross + inside)
    if q == 1:
        return float("nan")
    return (I / (I + E) - q) / (1 - q)


def group_stats(G, grp):
    n = G.number_of_nodes()
    out = []
    for c in range(max(grp) + 1):
        S = [v for v in range(n) if grp[v] == c]
        Sset = set(S)
        rest = [v for v in range(n) if v not in Sset]
        I = sum(d["weight"] for u, v, d in G.edges(data=True) if u in Sset and v in Sset)
        E = nx.cut_size(G, S, rest, weight="weight")
        It = sum(1 for u, v in G.edges() if u in Sset and v in Sset)
        Et = nx.cut_size(G, S, rest)
        ng = len(S)
        volS = nx.volume(G, S, weight="weight")
        volR = nx.volume(G, rest, weight="weight")
        out.append({
            "group": c,
            "size": ng,
            "internal_weight": I,
            "external_weight": E,
            "internal_ties": It,
            "external_ties": Et,
            "ei_index": float("nan") if E + I == 0 else (E - I) / (E + I),
            "ei_ties": float("nan") if Et + It == 0 else (Et - It) / (Et + It),
            # E-I of the expected weights under label shuffling, each tie
            # counted once: E : I = 2 ng (n-ng) : ng (ng-1) (pairs of a
            # random labelling), computed from the pair counts.
            "ei_expected": expected_ei(n, ng),
            "homophily": homophily(I, E, n, ng),
            # networkx.conductance divides by zero for an empty side; sekat: NaN.
            "conductance": float("nan") if min(volS, volR) == 0 else nx.conductance(G, S, rest, weight="weight"),
            "density": nx.density(G.subgraph(S)),
        })
    return out


def weighted_assortativity(G, grp):
    k = max(grp) + 1
    M = np.zeros((k, k))
    for u, v, d in G.edges(data=True):
        M[grp[u], grp[v]] += d["weight"]
        M[grp[v], grp[u]] += d["weight"]
    if M.sum() == 0:
        return float("nan")
    M = M / M.sum()
    a = M.sum(axis=1)
    s = float((a * a).sum())
    t = float(np.trace(M))
    return float("nan") if s == 1 else (t - s) / (1 - s)


def silo(g):
    G = g.G
    n = g.n
    obj = {
        "provenance": "testdata/reference/silo.py; " + TOOLS + "; graph " + g.name +
        " loaded as metrics/internal/refgraph does",
        "n": n,
        "sources": {
            "participation": "definition (Guimera & Amaral 2005) in silo.py",
            "within_module_z": "definition, population sd (numpy std ddof=0), in silo.py",
            "node_ei": "definition in silo.py",
            "groups": "weights and ties by definition; external_weight networkx.cut_size; "
                      "ei_expected and homophily from the pair counts of a random labelling in silo.py; "
                      "conductance networkx.conductance; density networkx.density of the induced subgraph",
            "ei_index": "definition in silo.py",
            "assortativity": "networkx.attribute_assortativity_coefficient(G, 'g')",
            "weighted_assortativity": "numpy, mixing matrix of weights, (tr e - sum a_i^2)/(1 - sum a_i^2)",
            "compare": "igraph.compare_communities(method='nmi' / 'adjusted_rand')",
        },
        "groupings": {},
        "compare": [],
    }
    for gname, grp in sorted(g.groups.items()):
        H = G.copy()
        nx.set_node_attributes(H, {v: grp[v] for v in range(n)}, "g")
        I = sum(d["weight"] for u, v, d in G.edges(data=True) if grp[u] == grp[v])
        E = sum(d["weight"] for u, v, d in G.edges(data=True) if grp[u] != grp[v])
        obj["groupings"][gname] = {
            "labels": grp,
            "participation": participation(G, grp),
            "within_module_z": within_z(G, grp),
            "node_ei": node_ei(G, grp),
            "groups": group_stats(G, grp),
            "ei_index": (E - I) / (E + I),
            "assortativity": nx.attribute_assortativity_coefficient(H, "g"),
            "weighted_assortativity": weighted_assortativity(G, grp),
        }
    parts = dict(g.groups)
    parts.update(g.partitions)
    for a, b in itertools.combinations(sorted(parts), 2):
        obj["compare"].append({
            "a": a, "b": b,
            "labels_a": parts[a], "labels_b": parts[b],
            "nmi": igraph.compare_communities(parts[a], parts[b], method="nmi"),
            "ari": igraph.compare_communities(parts[a], parts[b], method="adjusted_rand"),
        })
    write("silo", g.name, obj)


def main():
    for g in (karate(), krackhardt(), lazega(), davis(), random_graph()):
        broker(g)
        if g.groups:
            silo(g)


if __name__ == "__main__":
    main()
