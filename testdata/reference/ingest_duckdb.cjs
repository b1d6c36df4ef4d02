#!/usr/bin/env node
// The DuckDB side of README.md's ingest comparison (issue 14): the same
// aggregation sekat's ingest does on a letters table, and DuckDB's bare
// scan of the same file, timed side by side with sekat's benchmark in one
// interleaved run, with the pair counts shown equal.
//
// With --base PATH, a test binary of an earlier sekat runs too, right
// after --sekat in each round, so a change is measured in the same run.
//
// Needs Node.js and @duckdb/node-api (written against 1.5.6-r.1), installed
// outside the repository, e.g.
//
//	mkdir -p /tmp/ddbnode && (cd /tmp/ddbnode && npm install @duckdb/node-api)
//	go test -c -o /tmp/ingest.test ./ingest/
//	NODE_PATH=/tmp/ddbnode/node_modules node testdata/reference/ingest_duckdb.cjs \
//	    --sekat /tmp/ingest.test --format csv --rows 10000000 --rounds 5
//
// --format parquet-snappy or parquet-zstd runs the same letters written
// with Snappy or Zstd pages (BenchmarkIngestParquetSnappy_ROWS, ...Zstd).
//
// The study is the one ingest/bench_test.go writes (benchStudy: 40 units,
// 3,000 people, letters with 1-3 recipients and one cc in four) under
// $TMPDIR/sekat-bench-FORMAT-ROWS; run the Go benchmark once first to write
// it (the --sekat rounds do). Each round runs, in this order: sekat's
// BenchmarkIngest{CSV,Parquet}_ROWS once (a child process), DuckDB's
// aggregation, DuckDB's count(*) scan (CSV only: a Parquet file's count
// comes from its metadata), DuckDB's scan of all the columns (the time and
// the lengths of the texts, which makes it decode them) and its scan of the
// columns sekat reads (all but message_id, which sekat does not use). Wall time
// is measured around each; CPU time is the process's user+system time
// (getrusage: the Go benchmark's own cpu-s/op, process.cpuUsage() here,
// which counts DuckDB's threads).
//
// The aggregation applies the rules of sekat's contract that the letters
// table exercises: an id is a unit's own id or a person, resolved to the
// unit of the person's spell that covers the letter's time with the latest
// start (an interval join over the people table's valid_from/valid_to, a
// date-only valid_to including its whole day; equal starts: the later row
// of people.csv wins); the letter's recipients and cc are split on ';',
// trimmed, empty and unknown ids left out; a letter with an unknown sender
// or no known recipient is not used; each distinct recipient unit other
// than the sender's own gets one letter from the sender's unit; a letter
// whose recipients span more than 4 units other than the sender's
// (circular_units, sekat's default) is a circular and makes no pair. Times
// are read as written (no zone), which is what sekat does with the study's
// zone when neither the letters nor the spells carry one; only ISO times
// (DuckDB's TIMESTAMP casts) are read here, not the other forms sekat
// accepts.
//
// The pair table is summed up as ingest/bench_test.go's pairDigest sums up
// sekat's: pairs=N sum=S sha256=H over the lines "from,to,count" sorted by
// from then to, joined by "\n". The script prints both and says whether
// they are equal.
'use strict';

const { DuckDBInstance } = require('@duckdb/node-api');
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function args() {
  const a = { format: 'csv', rows: 10000000, rounds: 5, sekat: '', base: '', threads: os.availableParallelism(), dir: '' };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    const k = v[i].replace(/^--/, '');
    if (!(k in a)) throw new Error(`ingest_duckdb: unknown option ${v[i]}; options: --format csv|parquet|parquet-snappy|parquet-zstd --rows N --rounds N --sekat PATH --base PATH --threads N --dir DIR`);
    a[k] = typeof a[k] === 'number' ? Number(v[++i]) : v[++i];
  }
  if (!(a.format in benchName)) throw new Error(`ingest_duckdb: unknown format ${a.format}; use csv, parquet, parquet-snappy or parquet-zstd`);
  if (!a.dir) a.dir = path.join(os.tmpdir(), `sekat-bench-${a.format}-${a.rows}`);
  return a;
}

// benchName is the Go benchmark's name for each format (BenchmarkIngestX_ROWS).
const benchName = { csv: 'CSV', parquet: 'Parquet', 'parquet-snappy': 'ParquetSnappy', 'parquet-zstd': 'ParquetZstd' };

const q = (s) => "'" + s.replace(/'/g, "''") + "'";

// source is the letters table as DuckDB reads it: sent_at a TIMESTAMP, the
// ids text.
function source(a) {
  if (a.format.startsWith('parquet')) {
    return `read_parquet(${q(path.join(a.dir, 'correspondence.parquet'))})`;
  }
  return `read_csv(${q(path.join(a.dir, 'correspondence.csv'))}, header = true, delim = ',', quote = '"',
    columns = {'sent_at': 'TIMESTAMP', 'sender': 'VARCHAR', 'recipients': 'VARCHAR', 'cc': 'VARCHAR', 'message_id': 'VARCHAR'})`;
}

// spellsSQL makes the table spells(id, unit, vf, vt, ord): every unit as an
// open spell of its own id, and every row of people.csv; then seg(id, vf,
// vt, u): each id's time line cut at every spell bound into pieces, each
// piece with the unit (as a dense integer u, units(unit, u)) of the covering
// spell with the latest start, equal starts going to the later row. A named
// id at time ts then matches at most one piece, so the letters need a plain
// join and no per-id grouping (an arg_max per named id was 3x slower).
async function spellsSQL(conn, a) {
  const people = q(path.join(a.dir, 'people.csv'));
  const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_csv(${people}, header = true, all_varchar = true)`))
    .getRows().map((r) => String(r[0]).toLowerCase());
  const vf = cols.includes('valid_from') ? `TRY_CAST(nullif(trim(valid_from), '') AS TIMESTAMP)` : 'NULL::TIMESTAMP';
  const vt = cols.includes('valid_to')
    ? `CASE WHEN length(trim(valid_to)) = 10 THEN TRY_CAST(trim(valid_to) AS DATE) + INTERVAL 1 DAY
            ELSE TRY_CAST(nullif(trim(valid_to), '') AS TIMESTAMP) END`
    : 'NULL::TIMESTAMP';
  return [`CREATE OR REPLACE TEMP TABLE spells AS
    SELECT trim(unit_id) AS id, trim(unit_id) AS unit, NULL::TIMESTAMP AS vf, NULL::TIMESTAMP AS vt, 0::BIGINT AS ord
      FROM read_csv(${q(path.join(a.dir, 'units.csv'))}, header = true, all_varchar = true)
    UNION ALL
    SELECT trim(person_id), trim(unit_id), ${vf}, ${vt}, row_number() OVER ()
      FROM read_csv(${people}, header = true, all_varchar = true)`,
  `CREATE OR REPLACE TEMP TABLE units AS
    SELECT unit, (row_number() OVER (ORDER BY unit))::INTEGER AS u FROM (SELECT DISTINCT unit FROM spells)`,
  `CREATE OR REPLACE TEMP TABLE seg AS
    WITH b AS (SELECT id, vf AS t FROM spells WHERE vf IS NOT NULL UNION SELECT id, vt FROM spells WHERE vt IS NOT NULL),
    piece AS (
      SELECT id, lag(t) OVER (PARTITION BY id ORDER BY t) AS lo, t AS hi FROM b
      UNION ALL SELECT id, max(t), NULL FROM b GROUP BY id
      UNION ALL SELECT DISTINCT id, NULL::TIMESTAMP, NULL::TIMESTAMP FROM spells WHERE id NOT IN (SELECT id FROM b))
    SELECT p.id, p.lo AS vf, p.hi AS vt,
           arg_max(units.u, [epoch_us(coalesce(s.vf, TIMESTAMP '0001-01-01')), s.ord]) AS u
    FROM piece p
    JOIN spells s ON s.id = p.id
      AND (s.vf IS NULL OR (p.lo IS NOT NULL AND p.lo >= s.vf))
      AND (s.vt IS NULL OR (p.hi IS NOT NULL AND p.hi <= s.vt))
    JOIN units ON units.unit = s.unit
    GROUP BY ALL`];
}

// aggregateSQL is sekat's letter aggregation (see the header). Of the
// forms tried on the 1M-letter study this was the fastest: the sender
// resolved on the letter's row, the recipients unnested and resolved, one
// grouping per letter with the units as integers (a list(DISTINCT) or a
// DISTINCT then a window per letter took 1.5x its CPU time).
function aggregateSQL(a) {
  const covers = (x) => `(g.vf IS NULL OR ${x}.ts >= g.vf) AND (g.vt IS NULL OR ${x}.ts < g.vt)`;
  return `
WITH l AS (
  SELECT row_number() OVER () AS lid, sent_at AS ts, trim(sender) AS sid,
         coalesce(recipients, '') || ';' || coalesce(cc, '') AS rc
  FROM ${source(a)}
),
s AS (SELECT l.lid, l.ts, g.u AS su, l.rc FROM l JOIN seg g ON g.id = l.sid AND ${covers('l')}),
x AS (SELECT lid, ts, su, trim(unnest(string_split(rc, ';'))) AS id FROM s),
o AS (
  SELECT x.lid, any_value(x.su) AS su, list_distinct(list(g.u) FILTER (WHERE g.u <> x.su)) AS rs
  FROM x JOIN seg g ON g.id = x.id AND ${covers('x')}
  GROUP BY x.lid
),
p AS (SELECT su, r, count(*) AS n FROM (SELECT su, unnest(rs) AS r FROM o WHERE len(rs) <= 4) GROUP BY ALL)
SELECT a.unit AS "from", b.unit AS "to", p.n FROM p JOIN units a ON a.u = p.su JOIN units b ON b.u = p.r`;
}

function digest(rows) {
  const lines = rows.map((r) => `${r[0]},${r[1]},${r[2]}`);
  lines.sort((x, y) => (Buffer.compare(Buffer.from(x), Buffer.from(y))));
  let sum = 0n;
  for (const r of rows) sum += BigInt(r[2]);
  const h = crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
  return `pairs=${rows.length} sum=${sum} sha256=${h}`;
}

async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = await fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6, out };
}

function runSekat(a, bin) {
  const name = `^BenchmarkIngest${benchName[a.format]}_${a.rows >= 1e6 && a.rows % 1e6 === 0 ? a.rows / 1e6 + 'M' : a.rows}$`;
  const out = execFileSync(bin, ['-test.run', '^$', '-test.bench', name, '-test.benchtime', '1x', '-test.count', '1'],
    { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = out.match(/\s(\d+) ns\/op\s+([\d.]+) cpu-s\/op/);
  const d = out.match(/pairs=\d+ sum=\d+ sha256=[0-9a-f]+/);
  if (!m || !d) throw new Error('ingest_duckdb: unexpected benchmark output:\n' + out);
  return { wall: Number(m[1]) / 1e9, cpu: Number(m[2]), out: d[0] };
}

async function main() {
  const a = args();
  const inst = await DuckDBInstance.create(':memory:', { threads: String(a.threads) });
  const conn = await inst.connect();
  const ver = (await conn.runAndReadAll('SELECT version()')).getRows()[0][0];
  console.log(`duckdb ${ver}, threads ${a.threads}, node ${process.version}, ${a.format}, ${a.rows} rows, ${a.dir}`);
  if (a.sekat) {
    runSekat(a, a.sekat); // writes the study when it is missing; not timed
  }
  if (!fs.existsSync(path.join(a.dir, 'done'))) {
    throw new Error(`ingest_duckdb: no study in ${a.dir}; run the Go benchmark once first (or give --sekat)`);
  }
  const src = source(a);
  const jobs = [
    ['duckdb aggregation', async () => {
      for (const sql of await spellsSQL(conn, a)) await conn.run(sql);
      return digest((await conn.runAndReadAll(aggregateSQL(a))).getRows());
    }],
    // A Parquet file's count(*) and count(column) come from its metadata,
    // so for Parquet only the full read is a scan.
    ...(a.format === 'csv'
      ? [['duckdb scan count(*)', async () => String((await conn.runAndReadAll(`SELECT count(*) FROM ${src}`)).getRows()[0][0])]]
      : []),
    ['duckdb scan all columns', async () => String((await conn.runAndReadAll(
      `SELECT count(*), max(sent_at), max(length(sender)), max(length(recipients)), max(length(cc)), max(length(message_id)) FROM ${src}`)).getRows()[0])],
    ['duckdb scan of the columns sekat reads', async () => String((await conn.runAndReadAll(
      `SELECT count(*), max(sent_at), max(length(sender)), max(length(recipients)), max(length(cc)) FROM ${src}`)).getRows()[0])],
  ];
  const res = {};
  const add = (name, r) => {
    (res[name] = res[name] || []).push(r);
    console.log(`  ${name}: wall ${r.wall.toFixed(2)} s, cpu ${r.cpu.toFixed(2)} s, ${r.out}`);
  };
  for (let round = 1; round <= a.rounds; round++) {
    console.log(`round ${round}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    if (a.sekat) add('sekat ingest', runSekat(a, a.sekat));
    if (a.base) add('sekat ingest, base build', runSekat(a, a.base));
    for (const [name, fn] of jobs) add(name, await timed(fn));
  }
  console.log('summary (wall s, cpu s: min / median / max)');
  const st = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    return `${s[0].toFixed(2)} / ${s[s.length >> 1].toFixed(2)} / ${s[s.length - 1].toFixed(2)}`;
  };
  for (const [name, rs] of Object.entries(res)) {
    console.log(`  ${name}: wall ${st(rs.map((r) => r.wall))}, cpu ${st(rs.map((r) => r.cpu))}`);
  }
  if (res['sekat ingest']) {
    // Every run of every side must give the same pair table.
    const want = res['duckdb aggregation'][0].out;
    const all = Object.entries(res).filter(([name]) => name.startsWith('sekat') || name === 'duckdb aggregation')
      .flatMap(([name, rs]) => rs.map((r) => [name, r.out]));
    const bad = all.filter(([, out]) => out !== want);
    console.log(bad.length === 0 ? `pair counts equal in all ${all.length} runs: ${want}`
      : `pair counts DIFFER from duckdb's ${want}:\n` + bad.map(([n, o]) => `  ${n} ${o}`).join('\n'));
    if (bad.length > 0) process.exitCode = 1;
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
