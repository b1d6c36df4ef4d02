#!/usr/bin/env python3
# The calibration of sekat evaluate's randomisation p under its own null
# model (docs/change.md, "evaluate"): the treated units drawn at random.
# Generated kabupaten studies without any reform (--no-change --scale 0.3,
# seeds FIRST..LAST; one already in WORKDIR/noreformSEED, as
# evaluate_sweep.sh leaves them, is used as it is); in each, DRAWS sets of
# k internal units drawn at random (k = the size of the first planted silo
# sector, as evaluate_sweep.sh treats) are treated in turn, every other
# internal unit a control, date 2025-10-01, monthly periods. Prints how
# many homophily p_randomisation of the did rows (the reform date) and of
# the placebo rows are at most 0.05 and 0.10, with Clopper-Pearson 95%
# intervals of the shares (rows of one study share periods and units, so
# the intervals are narrower than the data allow). A valid p gives shares
# of at most 0.05 and 0.10 but for chance.
#   usage: testdata/change/evaluate_null.py SEKAT WORKDIR FIRST LAST DRAWS
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys

sekat, work = sys.argv[1], sys.argv[2]
first, last, draws = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
os.makedirs(work, exist_ok=True)


def clopper_pearson(x, n):
    def cdf(x, p):  # P(X <= x), X binomial(n, p), summed in logs (n of thousands)
        if p <= 0 or p >= 1:
            return 1.0 if p <= 0 else float(x >= n)
        lc = lambda i: math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
        return sum(math.exp(lc(i) + i * math.log(p) + (n - i) * math.log1p(-p)) for i in range(x + 1))

    def root(above):
        lo, hi = 0.0, 1.0
        for _ in range(60):
            m = (lo + hi) / 2
            lo, hi = (m, hi) if above(m) else (lo, m)
        return (lo + hi) / 2

    low = 0.0 if x == 0 else root(lambda p: 1 - cdf(x - 1, p) < 0.025)
    high = 1.0 if x == n else root(lambda p: cdf(x, p) > 0.025)
    return low, high


ps = {"did": [], "placebo": []}
for seed in range(first, last + 1):
    d = f"{work}/noreform{seed}"
    if not os.path.exists(d + "/truth.json"):
        subprocess.run([sekat, "generate", "--no-change", "--scale", "0.3", "--seed", str(seed), "--out", d, "-q"], check=True, stdout=subprocess.DEVNULL)
    units = list(csv.DictReader(open(d + "/units.csv")))
    internal = [u["unit_id"] for u in units if u["kind"] == "internal"]
    silo = json.load(open(d + "/truth.json"))["silos_h1"][0]
    k = sum(1 for u in units if u["kind"] == "internal" and u["sector"] == silo)
    rng = random.Random(1000 * seed)
    for r in range(draws):
        treated = rng.sample(internal, k)
        reform, out = f"{work}/null{seed}_{r}.yaml", f"{work}/null{seed}_{r}"
        with open(reform, "w") as fh:
            fh.write("date: 2025-10-01\ntreated: [" + ", ".join(treated) + "]\n")
        # the p does not depend on the resamples, which only the interval uses
        subprocess.run([sekat, "evaluate", d, "--reform", reform, "--out", out, "-q", "--resamples", "100"], check=True, stdout=subprocess.DEVNULL)
        for row in csv.DictReader(open(out + "/did.csv")):
            if row["outcome"] == "homophily" and row["kind"] in ps and row["p_randomisation"] != "":
                ps[row["kind"]].append(float(row["p_randomisation"]))
        os.remove(reform)
        shutil.rmtree(out)
for kind, xs in ps.items():
    n = len(xs)
    line = f"{kind}: {n} p"
    for a in (0.05, 0.10):
        x = sum(p <= a + 1e-12 for p in xs)
        low, high = clopper_pearson(x, n) if n else (math.nan, math.nan)
        line += f"; p <= {a:.2f} in {x} ({x / max(n, 1):.3f}, 95% {low:.3f} to {high:.3f})"
    print(line)
