package result

// This package owns no golden file (result reads the ones cmd/sekat writes
// with TestGoldenTables); it links the tree-wide -update flag so that
// go test ./... -update runs here too.
import _ "github.com/sekat-ona/sekat/internal/golden"
