#!/bin/sh
# The calibration sweep of sekat evaluate (docs/change.md, "evaluate"):
# generated kabupaten studies without any reform (--no-change, --scale 0.3,
# seeds FIRST..LAST), each evaluated with the units of its first planted
# silo sector as treated, every other internal unit as control, and the
# reform date 2025-10-01 (monthly periods: 9 before, 3 after); and studies
# with the planted pilot (--pilot), the pilot's treated units
# against its declared control units (seeds 1-PILOTS); and the no-reform studies again with
# the units of their second planted silo sector as the only controls (few controls, as a
# pilot declares). Prints, per study, the homophily row of did.csv (effect, interval,
# randomisation p, assignments, p_floor, min_significant_effect) and at
# the end how many no-reform studies had p <= 0.05 and an interval
# excluding 0, and how many pilots did.
#   usage: testdata/change/evaluate_sweep.sh [SEKAT] [WORKDIR] [FIRST] [LAST] [PILOTS]
set -eu
SEKAT=${1:-sekat}
WORK=${2:-$(mktemp -d)}
FIRST=${3:-21}
LAST=${4:-100}
PILOTS=${5:-10}
mkdir -p "$WORK"
row() { # effect low high p assignments p_floor min_significant_effect of the homophily did row
	awk -F, 'NR > 1 && $1 == "homophily" && $2 == "did" { print $10, $11, $12, $13, $14, $15, $16 }' "$1/did.csv"
}
count() { # adds "p<=0.05 ci-excludes-0" flags of a row to the totals
	echo "$1" | awk '{ printf "%d %d\n", ($4 != "" && $4 <= 0.05), ($2 > 0 || $3 < 0) }'
}
units() { # the unit ids of sector $2 in study $1, as a YAML list
	python3 -c 'import csv,sys; print("[" + ", ".join(r["unit_id"] for r in csv.DictReader(open(sys.argv[1] + "/units.csv")) if r["sector"] == sys.argv[2]) + "]")' "$1" "$2"
}
np=0
nc=0
n=0
for seed in $(seq "$FIRST" "$LAST"); do
	d="$WORK/noreform$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --no-change --scale 0.3 --seed "$seed" --out "$d" -q >/dev/null
	silo=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["silos_h1"][0])' "$d/truth.json")
	printf 'date: 2025-10-01\ntreated: %s\n' "$(units "$d" "$silo")" >"$WORK/reform$seed.yaml"
	"$SEKAT" evaluate "$d" --reform "$WORK/reform$seed.yaml" --out "$d-evaluate" -q >/dev/null 2>&1
	r=$(row "$d-evaluate")
	set -- $(count "$r")
	np=$((np + $1))
	nc=$((nc + $2))
	n=$((n + 1))
	echo "no-reform seed $seed ($silo): $r"
	second=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["silos_h1"]; print(s[1] if len(s) > 1 else "")' "$d/truth.json")
	if [ -n "$second" ]; then
		printf 'date: 2025-10-01\ntreated: %s\ncontrol: %s\n' "$(units "$d" "$silo")" "$(units "$d" "$second")" >"$WORK/few$seed.yaml"
		"$SEKAT" evaluate "$d" --reform "$WORK/few$seed.yaml" --out "$d-few" -q >/dev/null 2>&1
		echo "no-reform seed $seed ($silo against $second): $(row "$d-few")"
	fi
done
pp=0
pc=0
for seed in $(seq 1 "$PILOTS"); do
	d="$WORK/pilot$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --pilot --scale 0.3 --seed "$seed" --out "$d" -q >/dev/null
	python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["pilot"]; print("date: " + p["date"]); print("treated: [" + ", ".join(p["treated_units"]) + "]"); print("control: [" + ", ".join(p["control_units"]) + "]")' "$d/truth.json" >"$WORK/pilot$seed.yaml"
	"$SEKAT" evaluate "$d" --reform "$WORK/pilot$seed.yaml" --out "$d-evaluate" -q >/dev/null 2>&1
	r=$(row "$d-evaluate")
	set -- $(count "$r")
	pp=$((pp + $1))
	pc=$((pc + $2))
	echo "pilot seed $seed: $r"
done
echo "no reform: p <= 0.05 in $np of $n studies; interval excluding 0 in $nc"
echo "pilot: p <= 0.05 in $pp of $PILOTS; interval excluding 0 in $pc"
