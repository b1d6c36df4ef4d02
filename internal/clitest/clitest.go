// Package clitest holds the helpers that the command's test packages
// share: cmd/sekat's own tests, which run the command in the test process,
// and those of cmd/sekat/pagecheck (pages in Chromium),
// cmd/sekat/faccheck (facilitators.html in Chromium and in print),
// cmd/sekat/studycheck (whole studies, seconds a run), cmd/sekat/flowcheck
// (compare, trend, evaluate, facilitators) and cmd/sekat/outcheck (what
// analyze and report write, read back), which run a built binary: packages of their own, so that each keeps within go
// test's default ten minutes on a loaded two-core machine.
package clitest

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/people"
)

// ReadFile returns the content of path, failing t when it cannot be read.
func ReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// ReadCSV reads a CSV output of sekat as maps from column to value.
func ReadCSV(t testing.TB, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// Key writes a pseudonym key made of the byte b repeated into a
// temporary folder (outside every output folder) and returns the key and
// its path.
func Key(t testing.TB, b byte) (people.Key, string) {
	t.Helper()
	k, err := people.NewKey(bytes.NewReader(bytes.Repeat([]byte{b}, people.KeyBytes)))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(path, k.Text(), 0o600); err != nil {
		t.Fatal(err)
	}
	return k, path
}

// Isolate points the process's configuration folders at a fresh
// temporary folder and clears SEKAT_LANG and SEKAT_KEY, so that neither
// the caller's language nor a pseudonym key of theirs changes what the
// tests read, and a person-level run's key is made in the tests' folder.
// The returned function removes the folder.
func Isolate() (cleanup func()) {
	os.Unsetenv("SEKAT_LANG")
	os.Unsetenv("SEKAT_KEY")
	cfg, err := os.MkdirTemp("", "sekat-test-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", cfg)
	os.Setenv("HOME", cfg)
	return func() { os.RemoveAll(cfg) }
}

// ReadRows reads the CSV file at path as rows, its header first.
func ReadRows(t testing.TB, path string) [][]string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	rows, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// WriteRows writes rows to the CSV file at path.
func WriteRows(t testing.TB, path string, rows [][]string) {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// QuoteAll writes the CSV text again with every cell quoted, as exports
// that quote every cell write it.
func QuoteAll(t testing.TB, text string) string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, row := range rows {
		for i, cell := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + strings.ReplaceAll(cell, `"`, `""`) + `"`)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
