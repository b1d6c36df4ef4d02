#!/usr/bin/env bash
# The national-scale rehearsal of docs/scale.md (issue 14, point 4): a
# generated study of 1M people (sekat generate --preset nasional, Parquet),
# pair tables by the embedded DuckDB, sekat analyze at unit level for all
# 4,992 units, and at person level for one large instansi (Dinas
# Pendidikan and its 127 satker, a sub-study: see
# testdata/engines/substudy). Every step runs under /usr/bin/time -v; the
# load average is written before and after.
#
# Run from the repository root:
#
#	bash testdata/engines/rehearsal.sh WORK [STEP...]
#
# WORK holds the binaries, the study (about 140 MB), the pair tables, the
# outputs and logs/STEP.{time,out,load}. STEPs, in order (default all):
# build generate substudy pairs-unit analyze-pairs analyze-raw pairs-person
# analyze-person check. Needs gcc and g++ for the DuckDB build (cgo).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:?usage: rehearsal.sh WORK [STEP...]}
shift
mkdir -p "$work/logs"
work=$(cd "$work" && pwd)
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(build generate substudy pairs-unit analyze-pairs analyze-raw pairs-person analyze-person check)
instansi='^DISDIK(_R[0-9]{3})?$'

# measure NAME CMD...: runs CMD under /usr/bin/time -v.
measure() {
  local name=$1
  shift
  uptime >"$work/logs/$name.load"
  /usr/bin/time -v "$@" >"$work/logs/$name.out" 2>"$work/logs/$name.time"
  uptime >>"$work/logs/$name.load"
  grep -E 'Elapsed|User time|System time|Maximum resident' "$work/logs/$name.time" | sed "s/^/$name: /"
}

for step in "${steps[@]}"; do
  case $step in
  build)
    go build -o "$work/sekat" ./cmd/sekat
    measure build-duckdb go build -tags duckdb -o "$work/sekat-duckdb" ./cmd/sekat
    go build -o "$work/substudy" ./testdata/engines/substudy
    ;;
  generate)
    rm -rf "$work/nasional"
    measure generate "$work/sekat" generate --preset nasional --scale 1 --out "$work/nasional"
    ;;
  substudy)
    rm -rf "$work/sub"
    "$work/substudy" -study "$work/nasional" -units "$instansi" -out "$work/sub"
    ;;
  pairs-unit)
    rm -rf "$work/pairs-unit"
    measure pairs-unit "$work/sekat-duckdb" pairs "$work/nasional" --run --out "$work/pairs-unit"
    ;;
  analyze-pairs)
    rm -rf "$work/out-pairs"
    measure analyze-pairs "$work/sekat" analyze "$work/nasional" --pairs "$work/pairs-unit" --out "$work/out-pairs"
    ;;
  analyze-raw)
    rm -rf "$work/out-raw"
    measure analyze-raw "$work/sekat" analyze "$work/nasional" --out "$work/out-raw"
    ;;
  pairs-person)
    rm -rf "$work/pairs-person"
    measure pairs-person "$work/sekat-duckdb" pairs "$work/sub" --level person --run --follow-symlinks --out "$work/pairs-person"
    ;;
  analyze-person)
    rm -rf "$work/out-person"
    measure analyze-person "$work/sekat" analyze "$work/sub" --level person --pairs "$work/pairs-person" --follow-symlinks --out "$work/out-person"
    ;;
  check)
    # the pair tables give the unit network the raw tables give
    for f in edges.csv units.csv groups.csv silos.csv; do
      cmp "$work/out-raw/$f" "$work/out-pairs/$f" && echo "check: $f the same from the raw tables and from the pair tables"
    done
    du -sh "$work/nasional" "$work/pairs-unit" "$work/pairs-person" | sed 's/^/check: size /'
    ;;
  *)
    echo "rehearsal.sh: unknown step $step" >&2
    exit 2
    ;;
  esac
done
