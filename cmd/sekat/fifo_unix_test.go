//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNotRegularWorded: a table that is a named pipe is refused in one
// line of the user's language that names the file and what it is; before,
// a general sentence came with the library's English text as its detail.
func TestNotRegularWorded(t *testing.T) {
	dir := handStudy(t)
	os.Remove(filepath.Join(dir, "meetings.csv"))
	if err := syscall.Mkfifo(filepath.Join(dir, "meetings.csv"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, c := range []struct{ lang, want string }{
		{"id", "sekat: meetings.csv adalah pipa bernama (FIFO), bukan berkas biasa, sehingga tidak dibaca"},
		{"en", "sekat: meetings.csv: a named pipe (FIFO), not a regular file;"},
	} {
		code, _, stderr := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
		if code != 1 || !strings.HasPrefix(stderr, c.want) || strings.Count(stderr, "\n") != 1 || strings.Contains(stderr, "ingest:") {
			t.Errorf("--lang %s: exit %d, stderr %q; want exit 1 and one line starting %q", c.lang, code, stderr, c.want)
		}
	}
}
