#!/usr/bin/env python3
# Tallies the placebo dates of sekat evaluate's homophily over the studies
# that testdata/change/evaluate_sweep.sh left in WORKDIR (docs/change.md,
# "evaluate"): for SUFFIX "evaluate" the no-reform studies with every other
# internal unit a control, for "few" those with the second planted silo
# sector's units as controls. Prints the placebo dates, how many have a
# randomisation p of at most 0.05 and 0.10 and an interval excluding 0, the
# doubtful dates (either), the studies with a doubtful date and those whose
# check fails (at least half of the judged dates doubtful; a date without
# an interval and without a p of at most 0.05 is not judged), with two 95%
# intervals of each share: Clopper-Pearson, which takes the dates as
# independent, and a percentile bootstrap of the studies (10,000
# resamples, seed 1), which keeps a study's dates, which share periods and
# units, together.
#   usage: testdata/change/placebo_tally.py SUFFIX WORKDIR...
import csv
import glob
import sys

import numpy as np
from scipy.stats import beta


def clopper_pearson(k, n):
    lo = beta.ppf(0.025, k, n - k + 1) if k > 0 else 0.0
    hi = beta.ppf(0.975, k + 1, n - k) if k < n else 1.0
    return lo, hi


suffix = sys.argv[1]
per = []  # per study: dates, p <= 0.05, p <= 0.10, interval excludes 0, doubtful, fails
for work in sys.argv[2:]:
    for d in sorted(glob.glob(work + "/noreform*-" + suffix)):
        rows = [r for r in csv.DictReader(open(d + "/did.csv")) if r["outcome"] == "homophily" and r["kind"] == "placebo"]
        p05 = p10 = ci = doubtful = judged = 0
        for r in rows:
            p = float(r["p_randomisation"]) if r["p_randomisation"] else None
            lo, hi = r["effect_low"], r["effect_high"]
            fp = p is not None and p <= 0.05
            fc = lo != "" and hi != "" and (float(lo) > 0 or float(hi) < 0)
            p05 += fp
            p10 += p is not None and p <= 0.10
            ci += fc
            doubtful += fp or fc
            judged += lo != "" or fp
        per.append((len(rows), p05, p10, ci, doubtful, int(judged > 0 and 2 * doubtful >= judged)))
a = np.array(per)
n = int(a[:, 0].sum())
rng = np.random.default_rng(1)
boot = [rng.integers(0, len(a), len(a)) for _ in range(10000)]
print(f"{len(a)} studies, {n} placebo dates")
for j, name in ((1, "p <= 0.05"), (2, "p <= 0.10"), (3, "interval excludes 0"), (4, "doubtful")):
    k = int(a[:, j].sum())
    lo, hi = clopper_pearson(k, n)
    shares = [a[i, j].sum() / a[i, 0].sum() for i in boot]
    blo, bhi = np.percentile(shares, [2.5, 97.5])
    print(f"{name}: {k} of {n} ({100 * k / n:.1f}%; Clopper-Pearson {100 * lo:.1f}% to {100 * hi:.1f}%, studies resampled {100 * blo:.1f}% to {100 * bhi:.1f}%)")
print(f"studies with a doubtful date: {int((a[:, 4] > 0).sum())} of {len(a)}; check fails: {int(a[:, 5].sum())} of {len(a)}")
