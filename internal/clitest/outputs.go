package clitest

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/result"
)

// FirstDiff says where got and want first differ, line by line.
func FirstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b []byte
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if !bytes.Equal(a, b) {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + string(a) + "\n want " + string(b)
		}
	}
	return "(same lines)"
}

// Section returns the report's table with the HTML id id, from the id to
// the end of the table, failing t when there is none.
func Section(t testing.TB, html, id string) string {
	t.Helper()
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("report has no %s table", id)
	}
	j := strings.Index(html[i:], "</table>")
	return html[i : i+j]
}

// ReadSummary reads summary.json of the output folder dir.
func ReadSummary(t testing.TB, dir string) *result.Summary {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := result.ReadSummary(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// SmallStudyTwice generates the small study several tests change (seed 1,
// scale 0.1) and a copy of it in a folder named name, and returns both.
func SmallStudyTwice(t testing.TB, name string) (study, copied string) {
	t.Helper()
	study = filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	copied = filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(copied, os.DirFS(study)); err != nil {
		t.Fatal(err)
	}
	return study, copied
}

// DropMonths rewrites the table at path without its rows of the months
// given (YYYY-MM, a cell beginning with it), failing when it has none.
func DropMonths(t testing.TB, path string, months ...string) {
	t.Helper()
	DropRows(t, path, strings.Join(months, ", "), func(line string) bool {
		for _, m := range months {
			if strings.Contains(","+line, ","+m+"-") {
				return true
			}
		}
		return false
	})
}

// DropRows rewrites the table at path without the rows (after the header)
// that drop says to drop, failing when it drops none: which names them
// in that message.
func DropRows(t testing.TB, path, which string, drop func(line string) bool) {
	t.Helper()
	lines := strings.Split(ReadFile(t, path), "\n")
	kept := lines[:1]
	for _, l := range lines[1:] {
		if !drop(l) {
			kept = append(kept, l)
		}
	}
	if len(kept) == len(lines) {
		t.Fatalf("%s: no row of %s (no cell begins with it)", filepath.Base(path), which)
	}
	if err := os.WriteFile(path, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

// AppendTables appends text to each named table of the study in dir.
func AppendTables(t testing.TB, dir string, tables map[string]string) {
	t.Helper()
	for name, text := range tables {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(text); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
