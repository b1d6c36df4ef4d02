package wasmcache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain gives TMPDIR back before the tests: viz, which calls Restore in
// a real binary, is not linked into this test.
func TestMain(m *testing.M) {
	Restore()
	os.Exit(m.Run())
}

func TestPrivateCreates(t *testing.T) {
	base := filepath.Join(t.TempDir(), "cache") // missing: created 0700
	got, err := Private(base)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(base, "sekat", "wasm"); got != want {
		t.Fatalf("Private = %q, want %q", got, want)
	}
	for _, d := range []string{base, filepath.Join(base, "sekat"), got} {
		st, err := os.Lstat(d)
		if err != nil {
			t.Fatal(err)
		}
		if perm := st.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v, want 0700 at most", d, perm)
		}
	}
	// A second call accepts the folders the first one made.
	if again, err := Private(base); err != nil || again != got {
		t.Fatalf("second Private = %q, %v", again, err)
	}
}

func TestPrivateRefuses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, base string) // base exists, 0700
		want  string                          // in the error
	}{
		{"cache folder writable by others", func(t *testing.T, base string) {
			chmod(t, base, 0o777)
		}, "written by other users"},
		{"sekat folder writable by group", func(t *testing.T, base string) {
			mkdir(t, filepath.Join(base, "sekat"), 0o770)
		}, "written by other users"},
		{"wasm folder writable by others", func(t *testing.T, base string) {
			mkdir(t, filepath.Join(base, "sekat"), 0o700)
			mkdir(t, filepath.Join(base, "sekat", "wasm"), 0o777)
		}, "written by other users"},
		{"sekat is a symbolic link", func(t *testing.T, base string) {
			other := t.TempDir()
			if err := os.Symlink(other, filepath.Join(base, "sekat")); err != nil {
				t.Fatal(err)
			}
		}, "symbolic link"},
		{"wasm is a file", func(t *testing.T, base string) {
			mkdir(t, filepath.Join(base, "sekat"), 0o700)
			if err := os.WriteFile(filepath.Join(base, "sekat", "wasm"), []byte("x"), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "not a folder"},
		{"sekat belongs to another user", func(t *testing.T, base string) {
			if os.Getuid() != 0 {
				t.Skip("needs root to give a folder away")
			}
			d := filepath.Join(base, "sekat")
			mkdir(t, d, 0o700)
			if err := os.Chown(d, 65534, 65534); err != nil {
				t.Fatal(err)
			}
		}, "belongs to user id 65534"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := filepath.Join(t.TempDir(), "cache")
			mkdir(t, base, 0o700)
			tc.setup(t, base)
			got, err := Private(base)
			if err == nil {
				t.Fatalf("Private accepted %q", got)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "wasmcache: ") {
				t.Fatalf("error %q, want one mentioning %q", err, tc.want)
			}
		})
	}
	if _, err := Private("relative/cache"); err == nil {
		t.Error("Private accepted a relative path")
	}
}

// TestRestore: the init of this test binary switched TMPDIR and TestMain
// restored it; the value now is the one the process started with.
func TestRestore(t *testing.T) {
	if switched {
		t.Fatal("TMPDIR still switched after Restore")
	}
	got, had := os.LookupEnv("TMPDIR")
	if had != hadTmp || got != tmpdir {
		t.Fatalf("TMPDIR = %q (set %v), want %q (set %v)", got, had, tmpdir, hadTmp)
	}
	if d, err := Dir(); d == "" && err == nil {
		t.Fatal("Dir gives neither a folder nor a reason")
	}
}

func mkdir(t *testing.T, d string, perm os.FileMode) {
	t.Helper()
	if err := os.Mkdir(d, perm); err != nil {
		t.Fatal(err)
	}
	chmod(t, d, perm) // past the umask
}

func chmod(t *testing.T, d string, perm os.FileMode) {
	t.Helper()
	if err := os.Chmod(d, perm); err != nil {
		t.Fatal(err)
	}
}
