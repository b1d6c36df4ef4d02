//go:build !unix

package ingest

import "os"

// openNoBlock opens path for reading. Systems other than Unix have no
// named pipes in the file system that an open could block on.
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
