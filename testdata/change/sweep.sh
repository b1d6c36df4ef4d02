#!/bin/sh
# The acceptance sweep of sekat compare (docs/change.md, "Acceptance"):
# generated kabupaten studies with the planted mid-year change, seeds 1-5,
# and with --no-change, seeds 1-20; each compared half against half at
# unit level with the defaults (1,000 resamples, 1,000 permutations).
# Prints, per study, the sectors compare reports as changed and, for the
# planted seeds, the sectors truth.json says opened and closed.
#   usage: testdata/change/sweep.sh [SEKAT] [WORKDIR]
set -eu
SEKAT=${1:-sekat}
WORK=${2:-$(mktemp -d)}
mkdir -p "$WORK"
changed() { # the sectors of a compare folder that opened, closed, formed or dissolved: "name:verdict ..."
	# ("significant but small" is not counted: docs/change.md measures it apart)
	awk -F, 'NR > 1 && $1 == "sector" && $3 ~ /^(opened|closed|formed|dissolved)$/ { printf "%s:%s ", $2, $3 }' "$1/changes_groups.csv"
}
truth() { python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print("opened=" + ",".join(t["opened"]), "closed=" + ",".join(t["closed"]))' "$1/truth.json"; }
total=0
for seed in 1 2 3 4 5; do
	d="$WORK/planted$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --seed "$seed" --out "$d" >/dev/null
	"$SEKAT" compare "$d" --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --out "$d-compare" -q >/dev/null 2>&1
	echo "planted seed $seed: $(truth "$d") | reported: $(changed "$d-compare")"
done
for seed in $(seq 1 20); do
	d="$WORK/nochange$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --no-change --seed "$seed" --out "$d" >/dev/null
	"$SEKAT" compare "$d" --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --out "$d-compare" -q >/dev/null 2>&1
	c=$(changed "$d-compare")
	n=$(printf '%s' "$c" | wc -w)
	total=$((total + n))
	echo "no-change seed $seed: reported: $c"
done
echo "no-change: $total sectors reported as changed in 20 studies"
