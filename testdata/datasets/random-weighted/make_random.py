"""Seeded random weighted directed graph for reference tests (sekat).

Run with Debian's python3 (stdlib only):  python3 make_random.py
300 nodes in 6 sectors; arcs drawn with a 4x preference for the own sector,
weights uniform in [0.5, 10) rounded to 3 decimals; nodes 297-299 form a
separate component (297-298 tied, 299 isolated) so edge cases are covered.
"""
import random

rng = random.Random(20261122)
N, S = 300, 6
sector = [i % S for i in range(N)]
arcs = {}
main = list(range(297))
for u in main:
    for _ in range(5):
        while True:
            v = rng.choice(main)
            if v == u:
                continue
            if sector[v] == sector[u] or rng.random() < 0.25:
                break
        arcs[(u, v)] = round(rng.uniform(0.5, 10.0), 3)
arcs[(297, 298)] = 2.5
with open("random_edges.csv", "w") as f:
    f.write("source,target,weight\n")
    for (u, v), w in sorted(arcs.items()):
        f.write(f"{u},{v},{w}\n")
with open("random_nodes.csv", "w") as f:
    f.write("id,sector\n")
    for i in range(N):
        f.write(f"{i},S{sector[i]+1}\n")
