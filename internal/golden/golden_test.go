package golden

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// fakeTB records failures; Fatalf stops the calling goroutine like
// testing.T's does.
type fakeTB struct {
	testing.TB
	fatal, errs []string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatal = append(f.fatal, fmt.Sprintf(format, args...))
	runtime.Goexit()
}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
}

// run calls fn with a fakeTB on its own goroutine and returns the record.
func run(fn func(tb testing.TB)) *fakeTB {
	f := &fakeTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f
}

func setUpdate(t *testing.T, v bool) {
	old := *Update
	*Update = v
	t.Cleanup(func() { *Update = old })
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "a.txt")
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		update     bool
		path       string
		got        string
		fatal, err bool
		want       string // the file's content afterwards ("" = absent)
	}{
		{name: "missing file", path: p, got: "one", fatal: true},
		{name: "update creates it", update: true, path: p, got: "one", want: "one"},
		{name: "same bytes", path: p, got: "one", want: "one"},
		{name: "different bytes", path: p, got: "two", err: true, want: "one"},
		{name: "update rewrites it", update: true, path: p, got: "two", want: "two"},
		{name: "update cannot write", update: true, path: filepath.Join(notDir, "a.txt"), got: "x", fatal: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setUpdate(t, tt.update)
			f := run(func(tb testing.TB) { Check(tb, tt.path, []byte(tt.got)) })
			if got := len(f.fatal) > 0; got != tt.fatal {
				t.Errorf("fatal = %v (%q), want %v", got, f.fatal, tt.fatal)
			}
			if got := len(f.errs) > 0; got != tt.err {
				t.Errorf("error = %v (%q), want %v", got, f.errs, tt.err)
			}
			b, _ := os.ReadFile(tt.path)
			if string(b) != tt.want {
				t.Errorf("file holds %q, want %q", b, tt.want)
			}
		})
	}
}

// moduleRoot walks up from the working directory to go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		p := filepath.Dir(d)
		if p == d {
			t.Fatal("go.mod not found above the working directory")
		}
		d = p
	}
}

// TestEveryTestPackageLinksGolden: go test ./... -update fails in any
// package whose test binary does not define -update, so every folder with
// _test.go files must import this package from one of them.
func TestEveryTestPackageLinksGolden(t *testing.T) {
	const self = "github.com/sekat-ona/sekat/internal/golden"
	root := moduleRoot(t)
	linked := map[string]bool{} // folder -> imports golden
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		linked[dir] = linked[dir] || f.Name.Name == "golden"
		for _, im := range f.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p == self {
				linked[dir] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for dir, ok := range linked {
		if !ok {
			rel, _ := filepath.Rel(root, dir)
			missing = append(missing, rel)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("%s: no test file imports %s, so go test ./... -update fails there; add import _ %q", m, self, self)
	}
	if len(linked) < 10 {
		t.Errorf("found tests in %d folders only: is the walk starting at the module root (%s)?", len(linked), root)
	}
}
