//go:build duckdb

package engine

import (
	"context"
	"database/sql"
	"os"

	// the embedded DuckDB (cgo); only in builds with -tags duckdb
	_ "github.com/duckdb/duckdb-go/v2"
)

// Embedded says whether this build has the embedded DuckDB engine (built
// with -tags duckdb).
const Embedded = true

// Run runs the DuckDB statements of spec with the embedded DuckDB, which
// writes the pair tables under spec.Dest. Intermediate results that do not
// fit in memory spill to a temporary folder in os.TempDir(), removed at
// the end. When ctx is done the running statement is interrupted.
func Run(ctx context.Context, spec *Spec, step StepFunc) error {
	g, err := generate(spec, DuckDB)
	if err != nil {
		return err
	}
	stmts := g.stmts
	tmp, err := os.MkdirTemp("", "sekat-duckdb-*")
	if err != nil {
		return sqlErr("tempDir", "cannot make DuckDB's temporary folder in %s (%v): set TMPDIR to a folder you may write that has room", os.TempDir(), err.Error())
	}
	defer os.RemoveAll(tmp)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return sqlErr("start", "the embedded DuckDB could not start (%v): run the SQL of sekat pairs (without --run) in DuckDB, Spark or Trino", err.Error())
	}
	defer db.Close()
	// temporary views and tables belong to one connection
	conn, err := db.Conn(ctx)
	if err != nil {
		return sqlErr("start", "the embedded DuckDB could not start (%v): run the SQL of sekat pairs (without --run) in DuckDB, Spark or Trino", err.Error())
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET temp_directory = "+lit(tmp)); err != nil {
		return sqlErr("start", "the embedded DuckDB could not start (%v): run the SQL of sekat pairs (without --run) in DuckDB, Spark or Trino", err.Error())
	}
	for i, s := range stmts {
		if step != nil {
			step(i, len(stmts), g.phases[i])
		}
		if _, err := conn.ExecContext(ctx, s); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return runError(i+1, len(stmts), g.phases[i], err)
		}
	}
	return nil
}
