#!/usr/bin/env bash
# Writes the Spark SQL and Trino texts of sekat pairs for the embedded
# sample study (CSV), a generated study (Parquet) and the hand study with a
# signature block under its attendance list (footer_rows) and a sekat_row
# column in its people and meetings tables (the Trino text's row order), at unit and person
# level, unpartitioned, by month and by day, and parses every statement with
# sqlglot (Debian package python3-sqlglot). docs/engines.md quotes its
# output. Run from the repository root: bash testdata/engines/check-sql.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
py=/usr/bin/python3
"$py" -c 'import sqlglot' 2>/dev/null || { echo "install python3-sqlglot (apt-get install python3-sqlglot)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sekat" ./cmd/sekat
"$tmp/sekat" generate --seed 7 --scale 0.2 --format parquet --out "$tmp/parquet" >/dev/null
cp -r testdata/studies/hand "$tmp/footer"
# people and meetings with the row order the Trino text reads (sekat_row)
for t in people meetings; do
  awk 'NR == 1 { print $0 ",sekat_row"; next } { print $0 "," NR - 1 }' "$tmp/footer/$t.csv" >"$tmp/rows.csv"
  mv "$tmp/rows.csv" "$tmp/footer/$t.csv"
done
printf 'Jumlah,,3 orang,,,\n,,Mengetahui,,,\n,,Kepala Bagian Organisasi,,,\n,,NIP. 19700101 199503 1 001,,,\n' >>"$tmp/footer/meetings.csv"
rc=0
for study in cmd/sekat/sample "$tmp/parquet" "$tmp/footer"; do
  for d in spark trino; do
    for opts in "--level unit" "--level person --every month" "--level unit --every day"; do
      f="$tmp/pairs.sql"
      # shellcheck disable=SC2086
      "$tmp/sekat" pairs "$study" --dialect $d $opts --dest /lake/sekat/pairs --out "$f" --force >/dev/null 2>"$tmp/said"
      name=$(basename "$study")
      echo "== $name $d $opts"
      "$py" testdata/engines/check_sql.py "$d" "$f" | sed "s#$f#pairs.sql#" || rc=1
    done
  done
done
exit $rc
