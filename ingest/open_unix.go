//go:build unix

package ingest

import (
	"os"
	"syscall"
)

// openNoBlock opens path for reading without waiting for a writer: a named
// pipe opened this way returns at once, so that the caller can see what it
// is and refuse it instead of hanging.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
