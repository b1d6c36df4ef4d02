package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
)

func writeFile(t testing.TB, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyStudy copies the files of a study folder.
func copyStudy(t testing.TB, from, to string) {
	t.Helper()
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pqWrite writes rows as a Parquet file with opts and returns its bytes.
func pqWrite[T any](t testing.TB, rows []T, opts ...parquet.WriterOption) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := parquet.NewGenericWriter[T](&buf, opts...)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// loadNoRejects opens the study in dir and loads it with o, failing t on
// any error and on every rejected row (o.OnReject is set to do so).
func loadNoRejects(t *testing.T, dir string, o Options) *Result {
	t.Helper()
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	o.OnReject = func(re *RowError) { t.Errorf("rejected %v", re) }
	res, err := Load(s, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
