package sekat

// The documentation tests own no golden file; this links the tree-wide
// -update flag so that go test ./... -update runs here too.
import _ "github.com/sekat-ona/sekat/internal/golden"
