package silo

// This package owns no golden file of sekat's output: its reference files
// under testdata/golden are written by the scripts in testdata/reference,
// never by -update. It links the tree-wide -update flag so that
// go test ./... -update runs here too.
import _ "github.com/sekat-ona/sekat/internal/golden"
