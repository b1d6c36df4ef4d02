// Package golden is the one -update flag of sekat's tests and the helpers
// that compare an output with its golden file under testdata/ or, with
// -update, rewrite it.
//
// Every package with tests links this package, so that
//
//	go test ./... -update
//
// is accepted tree-wide (a test binary rejects a flag it does not define)
// and refreshes every golden file whose content is sekat's own output.
// Files written by the reference scripts in testdata/reference (NetworkX,
// igraph, R sna) are not sekat's output and are never rewritten by
// -update; each test that reads one names the script that writes it.
//
// A package with golden files calls Check or Write; a package without any
// imports this package for its flag alone:
//
//	import _ "github.com/sekat-ona/sekat/internal/golden"
//
// TestEveryTestPackageLinksGolden fails when a package's tests do neither.
package golden
