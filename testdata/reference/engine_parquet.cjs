// engine_parquet.cjs writes Parquet files the way an engine writes them,
// for the ingest tests (ingest/testdata/readers), with DuckDB's node API
// (npm install @duckdb/node-api; NODE_PATH to its node_modules):
//
//	NODE_PATH=/path/to/node_modules node testdata/reference/engine_parquet.cjs
//
// lz4_raw.parquet: 20,000 letters compressed with LZ4_RAW, which parquet-go
// v0.32.0 could not decode ("input of length ... is too short"; review r3
// of session 15) and v0.32.1 reads. Written by DuckDB 1.5.
//
// gzip.parquet, zstd.parquet, brotli.parquet: the first 2,000 of those
// letters in the codecs whose pages sekat decodes once before parquet-go
// does (internal/pqguard), as an engine writes them; also seeds of
// FuzzParquet.
const { DuckDBInstance } = require('@duckdb/node-api');
const path = require('path');

(async () => {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const dir = path.join(__dirname, '..', '..', 'ingest', 'testdata', 'readers');
  // 20,000 letters: pages of some tens of kilobytes, as the failing
  // files had (a file of a few rows read fine with v0.32.0)
  const letters = (n) => `SELECT
      TIMESTAMP '2025-01-06 08:00:00' + to_minutes(i * 7) AS sent_at,
      'P-' || lpad(CAST((i * 37) % 500 AS VARCHAR), 4, '0') AS sender,
      'P-' || lpad(CAST((i * 53 + 1) % 500 AS VARCHAR), 4, '0') ||
        CASE WHEN i % 3 = 0 THEN ';U-' || lpad(CAST(i % 40 AS VARCHAR), 3, '0') ELSE '' END AS recipients,
      CASE WHEN i % 4 = 0 THEN 'P-' || lpad(CAST((i * 11) % 500 AS VARCHAR), 4, '0') END AS cc
    FROM range(${n}) AS r(i)`;
  const v = (await conn.runAndReadAll('SELECT version()')).getRows()[0][0];
  for (const [name, n, codec] of [['lz4_raw', 20000, 'lz4_raw'], ['gzip', 2000, 'gzip'], ['zstd', 2000, 'zstd'], ['brotli', 2000, 'brotli']]) {
    const out = path.join(dir, `${name}.parquet`);
    await conn.run(`COPY (${letters(n)}) TO '${out}' (FORMAT parquet, COMPRESSION ${codec})`);
    console.log(`wrote ${out} with DuckDB ${v}`);
  }
})();
