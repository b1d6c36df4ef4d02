package engine

// Linked so that `go test ./... -update` is accepted here too
// (internal/golden defines the flag for every test package).
import _ "github.com/sekat-ona/sekat/internal/golden"
