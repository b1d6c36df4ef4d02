package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: rewrite golden files from the current code
// instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the current code")

// Check compares got with the golden file at path (relative to the test's
// package folder). With -update it writes got to path instead (Write).
// A missing or different file fails t with the command that refreshes it.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		Write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (refresh with go test . -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("golden: %s differs from the current output (refresh with go test . -update if the change is intended); got:\n%s", path, got)
	}
}

// Write writes data to path with mode 0644, creating its folder, and fails
// t on any error: an -update that cannot write must not pass.
func Write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatalf("golden: %v", err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatalf("golden: %v", err)
	}
}
