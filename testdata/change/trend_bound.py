#!/usr/bin/env python3
# Recomputes every z of a sekat trend output folder from trend.csv and
# trend_cusum.csv with mpmath (docs/change.md, "What a thin period's ties
# can carry"), independently of sekat's code: the standardised index
# (homophily - calibration_mean) / sd, sd widened by sqrt(calibration_weight
# / weight) for a period of less weight than the calibration's median, then
# held within the binomial bound [lo, hi], lo = min(0, Phi^-1(I_{1-p}(n-x,
# x+1))), hi = max(0, -Phi^-1(I_p(x, n-x+1))), with x the period's internal
# weight, n its tie weight and p calibration_internal_share. Prints the
# periods the CUSUM scored (a z in trend.csv, sector watched), how many of
# their z the bound set (the standardised index lay outside [lo, hi]), how
# many it held at 0, how many rows z_held marks true, and the largest
# difference between sekat's z and the recomputed one.
#   usage: testdata/change/trend_bound.py TRENDOUT
# Measured with mpmath 1.3.0 (2026-12-07) on sekat generate --seed 29
# --scale 0.2, trend --every week --from 2025-03-05 --to 2025-09-17: 200
# scored, 198 set by the bound, 109 held at 0; --seed 33 --scale 0.3
# --no-change, trend --every week: 380, 376, 175; differences below 1e-13.
import csv
import sys

import mpmath as mp

mp.mp.dps = 50


def normq(q):
    """The standard normal quantile of q, with digits enough that 2q - 1
    keeps q's own however far out q lies (a tail of 1e-108 occurs)."""
    digits = int(-mp.log10(min(q, 1 - q))) + 50 if 0 < q < 1 else 50
    with mp.workdps(digits):
        return mp.sqrt(2) * mp.erfinv(2 * q - 1)


def main(out):
    cal = {}
    with open(out + "/trend_cusum.csv", newline="") as f:
        for r in csv.DictReader(f):
            if r["watched"] == "true":
                cal[(r["type"], r["name"])] = r
    scored = bound = held = marked = 0
    worst = 0.0
    with open(out + "/trend.csv", newline="") as f:
        for r in csv.DictReader(f):
            c = cal.get((r["type"], r["name"]))
            if r["z"] == "" or c is None:
                continue
            m, s, wmid, p = (mp.mpf(c[k]) for k in (
                "calibration_mean", "calibration_sd", "calibration_weight",
                "calibration_internal_share"))
            x = mp.mpf(r["internal_weight"])
            n = x + mp.mpf(r["external_weight"])
            sd = s * mp.sqrt(wmid / n) if 0 < n < wmid else s
            raw = (mp.mpf(r["homophily"]) - m) / sd
            lo = hi = mp.mpf(0)
            if n - x > 0:
                lo = min(0, normq(mp.betainc(n - x, x + 1, 0, 1 - p, regularized=True)))
            if x > 0:
                hi = max(0, -normq(mp.betainc(x, n - x + 1, 0, p, regularized=True)))
            want = min(max(raw, lo), hi)
            worst = max(worst, abs(float(want) - float(r["z"])))
            scored += 1
            if want != raw:
                bound += 1
                held += want == 0
            marked += r["z_held"] == "true"
    print(f"scored {scored}, set by the bound {bound}, held at 0 {held}, "
          f"z_held true {marked}, largest |z - recomputed| {worst:.1e}")


if __name__ == "__main__":
    main(sys.argv[1])
