//go:build unix

package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFIFORefused: a named pipe as a table is refused with a message
// naming it, by OpenStudy (found by name) and by Open. Before, opening it
// waited for ever for a writer.
func TestFIFORefused(t *testing.T) {
	dir := handCopy(t)
	fifo := filepath.Join(dir, "data_sharing.csv")
	os.Remove(fifo)
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, err := OpenStudy(dir)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "data_sharing.csv: a named pipe (FIFO), not a regular file") {
		t.Errorf("OpenStudy: err = %v, want the pipe refused", err)
	}
	if _, err := Open(fifo); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "data_sharing.csv") {
		t.Errorf("Open: err = %v, want the pipe refused", err)
	}
	// A study.yaml that is a pipe is refused too, not read.
	dir2 := handCopy(t)
	if err := syscall.Mkfifo(filepath.Join(dir2, "study.yaml"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStudy(dir2); !errors.Is(err, ErrNotRegular) {
		t.Errorf("study.yaml pipe: err = %v, want ErrNotRegular", err)
	}
}
