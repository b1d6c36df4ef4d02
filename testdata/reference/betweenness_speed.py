#!/usr/bin/python3
"""Exact weighted betweenness, sekat side by side with graph-tool and igraph.

The README's metrics table compares sekat's BenchmarkBetweenness_10k (10,000
nodes, 100,000 undirected edges, weights uniform in [0.5, 10), distance 1/w)
with the same computation in graph-tool and python-igraph, on the same graph,
in interleaved rounds of one run, and checks that the three give the same
values.

    go test -c -o /tmp/centrality.test ./metrics/centrality
    /usr/bin/python3 testdata/reference/betweenness_speed.py \
        --sekat /tmp/centrality.test --rounds 3 [--threads 2]

Each round runs, in this order: sekat's benchmark once (a child process; it
writes the graph and its values through SEKAT_BENCH_EDGES and
SEKAT_BENCH_VALUES, see metrics/centrality/bench_test.go), graph-tool's
betweenness with OpenMP on --threads threads, igraph's betweenness (one
thread: python-igraph 0.10 has no parallel betweenness). Wall time is
measured around the computation alone (sekat's benchmark reports its ns/op;
the graph is built before); CPU time is user + system time over the same
span (os.times, which counts all threads), for sekat that of the whole
child process (building the graph and writing the files included). NetworkX is left out: its pure-Python Brandes takes
tens of minutes on this graph.

Values: sekat's are NetworkX-normalised (2 / ((n-1)(n-2)) for an undirected
graph); graph-tool's betweenness(norm=True) is on that scale, igraph's raw
pair counts are multiplied by that factor (computed once: x * (2/N) and
x * 2 / N round differently), and the script prints the largest absolute
difference from sekat's.

Written against Debian's python3-graph-tool 2.45 and python3-igraph 0.10.2.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time


def timed(fn):
    c0, w0 = os.times(), time.perf_counter()
    out = fn()
    c1, w1 = os.times(), time.perf_counter()
    return out, w1 - w0, (c1.user - c0.user) + (c1.system - c0.system)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sekat", required=True, help="test binary of ./metrics/centrality")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()

    import graph_tool.all as gt
    import igraph

    gt.openmp_set_num_threads(a.threads)
    tmp = tempfile.mkdtemp(prefix="sekat-betweenness-")
    edges_path = os.path.join(tmp, "edges.txt")
    values_path = os.path.join(tmp, "values.txt")
    print(f"graph-tool {gt.__version__} ({a.threads} OpenMP threads), python-igraph {igraph.__version__}, "
          f"{a.rounds} rounds, load average {os.getloadavg()}")

    rows = {"sekat": [], "graph-tool": [], "igraph": []}
    g_gt = g_ig = None
    for rnd in range(1, a.rounds + 1):
        print(f"round {rnd}, load average {' '.join('%.2f' % x for x in os.getloadavg())}")
        env = dict(os.environ, SEKAT_BENCH_EDGES=edges_path, SEKAT_BENCH_VALUES=values_path)
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([a.sekat, "-test.run", "^$", "-test.bench", "^BenchmarkBetweenness_10k$",
                              "-test.benchtime", "1x", "-test.count", "1"],
                             env=env, capture_output=True, text=True, check=True,
                             cwd=os.path.dirname(os.path.abspath(a.sekat)) or ".").stdout
        m = re.search(r"BenchmarkBetweenness_10k\S*\s+\d+\s+(\d+) ns/op", out)
        if not m:
            sys.exit("no ns/op in the benchmark's output:\n" + out)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        sekat_wall = int(m.group(1)) / 1e9
        sekat_cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        rows["sekat"].append((sekat_wall, sekat_cpu))
        print(f"  sekat: wall {sekat_wall:.2f} s, cpu {sekat_cpu:.2f} s (the whole child process)")

        if g_gt is None:
            us, vs, ds = [], [], []
            with open(edges_path) as f:
                for line in f:
                    u, v, w = line.split()
                    us.append(int(u)); vs.append(int(v)); ds.append(1.0 / float(w))
            n = max(max(us), max(vs)) + 1
            sekat_vals = [float(x) for x in open(values_path)]
            n = max(n, len(sekat_vals))
            g_gt = gt.Graph(directed=False)
            g_gt.add_vertex(n)
            g_gt.add_edge_list(list(zip(us, vs)))
            dist_gt = g_gt.new_edge_property("double")
            dist_gt.a = ds
            g_ig = igraph.Graph(n=n, edges=list(zip(us, vs)), directed=False)
            g_ig.es["d"] = ds
            norm = 2.0 / ((n - 1) * (n - 2))

        (vb, _), w, c = timed(lambda: gt.betweenness(g_gt, weight=dist_gt, norm=True))
        rows["graph-tool"].append((w, c))
        gt_vals = list(vb.a)
        print(f"  graph-tool: wall {w:.2f} s, cpu {c:.2f} s")

        ig_raw, w, c = timed(lambda: g_ig.betweenness(weights="d", directed=False))
        rows["igraph"].append((w, c))
        ig_vals = [x * norm for x in ig_raw]
        print(f"  igraph: wall {w:.2f} s, cpu {c:.2f} s")

        sekat_vals = [float(x) for x in open(values_path)]
        # graph-tool's norm=True divides by (n-1)(n-2)/2 for undirected
        # graphs, as NetworkX does; check rather than assume
        d_gt = max(abs(x - y) for x, y in zip(sekat_vals, gt_vals))
        d_ig = max(abs(x - y) for x, y in zip(sekat_vals, ig_vals))
        print(f"  largest |sekat - graph-tool| {d_gt:.3g}, |sekat - igraph| {d_ig:.3g}, largest value {max(sekat_vals):.4g}")

    print("summary (wall s: min / median / max)")
    for k, v in rows.items():
        ws = sorted(x[0] for x in v)
        line = f"  {k}: wall {ws[0]:.2f} / {ws[len(ws)//2]:.2f} / {ws[-1]:.2f}"
        cs = sorted(x[1] for x in v if x[1] is not None)
        if cs:
            line += f", cpu {cs[0]:.2f} / {cs[len(cs)//2]:.2f} / {cs[-1]:.2f}"
        print(line)


if __name__ == "__main__":
    main()
