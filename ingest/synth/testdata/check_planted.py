#!/usr/bin/python3
"""Independent check of a generated synth study against its truth.json.

Usage: /usr/bin/python3 check_planted.py STUDY_DIR [--permutations N] [--out FILE]

Reads the CSV tables of a study written by `sekat generate` (package
ingest/synth), builds the contract's combined graph for each half of the
year (the window split at truth.json's change_date) and reports:

  unit level   per sector: E, I, E-I index on weights, the E-I expected under
               random mixing ((n-n_g)-(n_g-1))/(n-1), and a one-sided
               permutation p-value (sector labels shuffled over units, sizes
               kept; p = (1 + #{E-I_perm <= E-I_obs}) / (1 + N)); is_silo =
               E-I < 0 and p <= 0.05.
  person level betweenness (python-igraph, weights = distance 1/w,
               normalised like NetworkX: 2/((n-1)(n-2)) for undirected graphs)
               and participation over sectors (1 - sum_c (k_ic/k_i)^2) of the
               planted facilitators, and the best non-facilitator in units
               that are not coordinators or external.

The graph follows CONTRACT.md "Layers": correspondence S->r += 1 for each
distinct recipient/cc unit (person) r != S; meetings +1/(|A|-1) per unordered
pair of distinct attendee units (persons); data_sharing +1 per granted event;
combined w{u,v} = c(u->v) + c(v->u) + m{u,v} + d(u->v) + d(v->u).
A person is resolved to the unit of the people spell covering the event day.

This script is not run by `go test`; it produces the numbers quoted in the
package report. Tested with Debian's python3 3.11, python3-igraph 0.10.2,
numpy 1.24.2.
"""
import argparse
import csv
import json
import os
import random
from collections import defaultdict

import igraph
import numpy as np


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("study")
    ap.add_argument("--permutations", type=int, default=9999)
    ap.add_argument("--out")
    ap.add_argument("--no-person", action="store_true")
    a = ap.parse_args()
    d = a.study
    truth = json.load(open(os.path.join(d, "truth.json")))
    units = read(os.path.join(d, "units.csv"))
    sector = {u["unit_id"]: u["sector"] for u in units}
    kind = {u["unit_id"]: u["kind"] for u in units}
    spells = defaultdict(list)  # person -> [(from, to_inclusive, unit)]
    pos = {}
    for p in read(os.path.join(d, "people.csv")):
        pos[p["person_id"]] = p["unit_id"] + " " + p["position"]
        spells[p["person_id"]].append((p["valid_from"] or "0000-00-00", p["valid_to"] or "9999-99-99", p["unit_id"]))

    def unit_of(x, day):
        if x in sector:
            return x
        for f, t, u in spells[x]:
            if f <= day <= t:
                return u
        raise ValueError("no spell for %s on %s" % (x, day))

    change = truth["change_date"]
    halves = ["h1", "h2"]

    def half(ts):
        return 0 if ts[:10] < change else 1

    # Unit and person weights per half: dict (a,b) sorted -> w.
    uw = [defaultdict(float), defaultdict(float)]
    pw = [defaultdict(float), defaultdict(float)]
    for r in read(os.path.join(d, "correspondence.csv")):
        h, day = half(r["sent_at"]), r["sent_at"][:10]
        s = r["sender"]
        rec = [x for x in (r["recipients"].split(";") + (r["cc"].split(";") if r["cc"] else [])) if x]
        su = unit_of(s, day)
        for ru in {unit_of(x, day) for x in rec}:
            if ru != su:
                uw[h][tuple(sorted((su, ru)))] += 1
        for x in set(rec):
            if x != s:
                pw[h][tuple(sorted((s, x)))] += 1
    meet = {}
    for r in read(os.path.join(d, "meetings.csv")):
        meet.setdefault(r["meeting_id"], (r["start"], set()))[1].add(r["attendee"])
    for mid in sorted(meet):
        start, att = meet[mid]
        h, day = half(start), start[:10]
        au = sorted({unit_of(x, day) for x in att})
        if len(au) >= 2:
            for i in range(len(au)):
                for j in range(i + 1, len(au)):
                    uw[h][(au[i], au[j])] += 1.0 / (len(au) - 1)
        ap_ = sorted(att)
        if len(ap_) >= 2:
            for i in range(len(ap_)):
                for j in range(i + 1, len(ap_)):
                    pw[h][(ap_[i], ap_[j])] += 1.0 / (len(ap_) - 1)
    for r in read(os.path.join(d, "data_sharing.csv")):
        if r["status"] != "granted":
            continue
        h, day = half(r["at"]), r["at"][:10]
        a_, b_ = unit_of(r["provider"], day), unit_of(r["consumer"], day)
        if a_ != b_:
            uw[h][tuple(sorted((a_, b_)))] += 1
        if r["provider"] != r["consumer"]:
            pw[h][tuple(sorted((r["provider"], r["consumer"])))] += 1

    ids = sorted(sector)
    idx = {u: i for i, u in enumerate(ids)}
    secs = sorted(set(sector.values()))
    lab = np.array([secs.index(sector[u]) for u in ids])
    n = len(ids)
    rng = np.random.default_rng(1)
    out = {"truth": {k: truth[k] for k in ("preset", "seed", "silos_h1", "silos_h2")}}
    for h in range(2):
        W = np.zeros((n, n))
        for (x, y), w in uw[h].items():
            W[idx[x], idx[y]] += w
            W[idx[y], idx[x]] += w
        rows = {}
        perms = [rng.permutation(lab) for _ in range(a.permutations)]

        def ei(labels, g):
            m = labels == g
            inside = W[np.ix_(m, m)].sum() / 2
            ext = W[np.ix_(m, ~m)].sum()
            return (ext - inside) / (ext + inside), inside, ext

        for gi, g in enumerate(secs):
            e, inside, ext = ei(lab, gi)
            ng = int((lab == gi).sum())
            expected = ((n - ng) - (ng - 1)) / (n - 1)
            cnt = sum(1 for p in perms if ei(p, gi)[0] <= e)
            pval = (1 + cnt) / (1 + a.permutations)
            rows[g] = {"size": ng, "internal": round(inside, 3), "external": round(ext, 3),
                       "inside_share": round(inside / (inside + ext), 4), "ei": round(e, 4),
                       "ei_expected": round(expected, 4), "p": round(pval, 5),
                       "silo": bool(e < 0 and pval <= 0.05)}
        out[halves[h] + "_sectors"] = rows
        out[halves[h] + "_silos"] = sorted(g for g, r in rows.items() if r["silo"])

    if not a.no_person:
        facs = {f["person"] for f in truth["facilitators"]}
        first_unit = {p: sorted(s)[0][2] for p, s in spells.items()}
        for h in range(2):
            nodes = sorted({x for e in pw[h] for x in e})
            ni = {x: i for i, x in enumerate(nodes)}
            edges = [(ni[x], ni[y]) for (x, y) in pw[h]]
            wts = list(pw[h].values())
            g = igraph.Graph(n=len(nodes), edges=edges)
            bt = g.betweenness(weights=[1.0 / w for w in wts], directed=False)
            N = len(nodes)
            bt = [b * 2.0 / ((N - 1) * (N - 2)) for b in bt]
            # participation over sectors
            ks, kc = defaultdict(float), defaultdict(lambda: defaultdict(float))
            sec_of = {x: sector[x] if x in sector else sector[first_unit[x]] for x in nodes}
            for (x, y), w in pw[h].items():
                ks[x] += w
                ks[y] += w
                kc[x][sec_of[y]] += w
                kc[y][sec_of[x]] += w
            part = {x: 1 - sum((v / ks[x]) ** 2 for v in kc[x].values()) for x in nodes}
            eligible = [x for x in nodes if x not in sector and kind[first_unit[x]] == "internal"]
            rank_b = sorted(eligible, key=lambda x: -bt[ni[x]])
            rank_p = sorted(eligible, key=lambda x: -part[x])
            best_b = next(x for x in rank_b if x not in facs)
            best_p = next(x for x in rank_p if x not in facs)
            out[halves[h] + "_people"] = {
                "nodes": N,
                "facilitators": {f: {"betweenness": round(bt[ni[f]], 6), "participation": round(part[f], 4),
                                     "rank_betweenness": rank_b.index(f) + 1, "rank_participation": rank_p.index(f) + 1}
                                 for f in sorted(facs) if f in ni},
                "best_other_betweenness": {"person": best_b, "value": round(bt[ni[best_b]], 6)},
                "best_other_participation": {"person": best_p, "value": round(part[best_p], 4)},
                "top_betweenness": [[x, round(bt[ni[x]], 6), pos.get(x, ""), round(ks[x], 1)] for x in rank_b[:12]],
                "top_participation": [[x, round(part[x], 4), pos.get(x, ""), round(ks[x], 1)] for x in rank_p[:12]],
            }
    s = json.dumps(out, indent=1, sort_keys=True)
    if a.out:
        open(a.out, "w").write(s + "\n")
    print(s)


if __name__ == "__main__":
    main()
