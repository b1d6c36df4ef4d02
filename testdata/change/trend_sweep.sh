#!/bin/sh
# The false-alarm and detection sweep of sekat trend (docs/change.md,
# "trend"): generated kabupaten studies at --scale SCALE, with --no-change
# (seeds 1-20) and with the planted mid-year change (seeds 1-20: one
# sector opens, one closes on 2025-07-01), each run with --every EVERY and
# the other defaults. Prints, per study, its alarms (sector:direction:
# period) and at the end: the no-change studies with an alarm, the planted
# sectors alarmed in their direction, and the alarms on sectors nothing
# was planted in; and of each kind of alarm, how many trend_alerts.csv
# says persisted (the mean of the periods after the alarm still at least
# the minimum change from the calibration mean; ? when not judged).
#   usage: testdata/change/trend_sweep.sh [SEKAT] [WORKDIR] [EVERY] [SCALE]
set -eu
SEKAT=${1:-sekat}
WORK=${2:-$(mktemp -d)}
EVERY=${3:-week}
SCALE=${4:-1}
mkdir -p "$WORK"
# sector:direction:period:persisted (columns 2, 3, 4 and 15 of trend_alerts.csv)
alarms() { awk -F, 'NR > 1 && $1 == "sector" { printf "%s:%s:%s:%s ", $2, $3, $4, ($15 == "" ? "?" : $15) }' "$1/trend_alerts.csv"; }
persisted() { n=0; for x in $1; do case $x in *:true) n=$((n + 1)) ;; esac; done; echo $n; }
nc=0
ncp=0
nca=0
for seed in $(seq 1 20); do
	d="$WORK/nochange-$SCALE-$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --no-change --scale "$SCALE" --seed "$seed" --out "$d" -q >/dev/null
	"$SEKAT" trend "$d" --every "$EVERY" --out "$d-$EVERY" -q >/dev/null 2>&1
	a=$(alarms "$d-$EVERY")
	[ -n "$a" ] && nc=$((nc + 1))
	nca=$((nca + $(echo $a | wc -w)))
	ncp=$((ncp + $(persisted "$a")))
	echo "no-change seed $seed: $a"
done
found=0
planted=0
other=0
foundp=0
otherp=0
for seed in $(seq 1 20); do
	d="$WORK/planted-$SCALE-$seed"
	[ -f "$d/truth.json" ] || "$SEKAT" generate --scale "$SCALE" --seed "$seed" --out "$d" -q >/dev/null
	"$SEKAT" trend "$d" --every "$EVERY" --out "$d-$EVERY" -q >/dev/null 2>&1
	a=$(alarms "$d-$EVERY")
	set -- $(python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
want = {s: "opening" for s in t["opened"]}
want.update({s: "closing" for s in t["closed"]})
got = [x.split(":") for x in sys.argv[2].split()]
found = sum(1 for s, d in want.items() if any(g[0] == s and g[1] == d for g in got))
other = sum(1 for g in got if g[0] not in want)
foundp = sum(1 for s, d in want.items() if any(g[0] == s and g[1] == d and g[3] == "true" for g in got))
otherp = sum(1 for g in got if g[0] not in want and g[3] == "true")
print(found, len(want), other, foundp, otherp)' "$d/truth.json" "$a")
	found=$((found + $1))
	planted=$((planted + $2))
	other=$((other + $3))
	foundp=$((foundp + $4))
	otherp=$((otherp + $5))
	echo "planted seed $seed: $a"
done
echo "every $EVERY, scale $SCALE: no-change studies with an alarm: $nc of 20; planted sectors alarmed in their direction: $found of $planted; alarms on unplanted sectors: $other"
echo "said to have persisted: $ncp of the $nca alarms of no-change studies; $foundp of the $found planted sectors alarmed; $otherp of the $other alarms on unplanted sectors"
