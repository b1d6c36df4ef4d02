//go:build !duckdb

package engine

import "context"

// Embedded says whether this build has the embedded DuckDB engine (built
// with -tags duckdb).
const Embedded = false

// Run runs the DuckDB statements of spec with the embedded DuckDB; in this
// build it returns ErrNoEngine.
func Run(ctx context.Context, spec *Spec, step StepFunc) error { return ErrNoEngine }
