#!/usr/bin/python3
"""Reference intervals for coord.ClopperPearson (metrics/coord).

Run from the module root with Debian's interpreter and python3-scipy:

    /usr/bin/python3 testdata/reference/clopper_pearson.py

It writes testdata/golden/coord/clopper_pearson.json: for each (x, n) the
exact (Clopper-Pearson) two-sided 95% interval of a binomial proportion,
low = beta.ppf(0.025, x, n-x+1) (0 when x = 0) and
high = beta.ppf(0.975, x+1, n-x) (1 when x = n), from scipy.stats.beta.
R's binom.test(x, n)$conf.int gives the same ends (binom.test(0, 66):
0 to 0.05436).

The cases: the planted ceremonial forum of `sekat generate --seed 642
--forums` (0 of 66), the three-instance forum with nothing followed up
(0 of 3), the boundary of the ceremonial verdict at 10% (0 of 35: high
just above 0.10; 0 of 36: just below), small all-followed forums (1 of 1,
2 of 2, 3 of 3) on either side of the active boundary, and a few rates
inside.
"""

import json
import os
import sys

import scipy
from scipy.stats import beta

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "testdata", "golden", "coord", "clopper_pearson.json")
LEVEL = 0.95
CASES = [(0, 66), (66, 66), (0, 3), (0, 9), (9, 9), (0, 35), (0, 36), (1, 1),
         (2, 2), (3, 3), (17, 177), (5, 7), (1, 10), (770, 831)]


def interval(x, n):
    tail = (1 - LEVEL) / 2
    low = 0.0 if x == 0 else float(beta.ppf(tail, x, n - x + 1))
    high = 1.0 if x == n else float(beta.ppf(1 - tail, x + 1, n - x))
    return low, high


def main():
    rows = []
    for x, n in CASES:
        low, high = interval(x, n)
        rows.append({"x": x, "n": n, "low": low, "high": high})
    doc = {
        "provenance": "scipy %s stats.beta.ppf, Python %s; testdata/reference/clopper_pearson.py" % (
            scipy.__version__, sys.version.split()[0]),
        "level": LEVEL,
        "intervals": rows,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
