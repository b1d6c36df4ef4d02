package clitest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// Testdata is the path of rel inside the repository's testdata folder,
// wherever the calling test package lies.
func Testdata(rel string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", rel)
}

// ReadBytes returns the content of path, failing t when it cannot be read.
func ReadBytes(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ReadFileIfAny is the text of the file at path, "" when there is none.
func ReadFileIfAny(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(b)
}

// WriteStudyFile writes b as file name of folder dir, making the folder.
func WriteStudyFile(t testing.TB, dir, name string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// CopyDir copies the files of folder from into folder to.
func CopyDir(t testing.TB, from, to string) {
	t.Helper()
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		WriteStudyFile(t, to, e.Name(), ReadBytes(t, filepath.Join(from, e.Name())))
	}
}

// CopyTo copies a file, replacing old by new in it when old is given.
func CopyTo(t testing.TB, from, to, old, new string) {
	t.Helper()
	b := ReadFile(t, from)
	if old != "" {
		b = strings.ReplaceAll(b, old, new)
	}
	if err := os.WriteFile(to, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
}

// HandStudy copies the five tables of testdata/studies/hand into a new
// temporary folder.
func HandStudy(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		CopyTo(t, Testdata("studies/hand/"+f), filepath.Join(dir, f), "", "")
	}
	return dir
}

// HandCopy copies testdata/studies/hand into a temporary folder, appends
// lines to the tables named in add (file name -> lines with their "\n")
// and writes the files of write as they are.
func HandCopy(t testing.TB, add, write map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "hand")
	CopyDir(t, Testdata("studies/hand"), dir)
	for name, lines := range add {
		WriteStudyFile(t, dir, name, append(ReadBytes(t, filepath.Join(dir, name)), lines...))
	}
	for name, text := range write {
		WriteStudyFile(t, dir, name, []byte(text))
	}
	return dir
}

// XlsxText returns every cell of one sheet of a workbook, a row a line and
// cells separated by tabs.
func XlsxText(t testing.TB, path, sheet string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// ChangeStudy generates the kabupaten study of seed 1 (planted: sector
// pemerintahan opens and keuangan becomes a silo on 2025-07-01), with a
// renamed unit and a merger.
func ChangeStudy(t testing.TB) (string, *synth.Truth) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 1, Reorg: true})
	if err != nil {
		t.Fatal(err)
	}
	return dir, truth
}

// SeedOneStudy writes the generated study of seed 1 at scale 0.1 to a new
// folder and returns it with the first person of each of units
// (FirstStaff), the study the tests that add people to it start from.
func SeedOneStudy(t testing.TB, units ...string) (string, map[string]string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	return dir, FirstStaff(t, dir, units...)
}

// FirstStaff returns the first person of each of units in the people.csv
// of the study in dir, and fails the test when a unit has nobody.
func FirstStaff(t testing.TB, dir string, units ...string) map[string]string {
	t.Helper()
	first := map[string]string{}
	for _, r := range ReadCSV(t, filepath.Join(dir, "people.csv")) {
		if u := r["unit_id"]; first[u] == "" && slices.Contains(units, u) {
			first[u] = r["person_id"]
		}
	}
	for _, u := range units {
		if first[u] == "" {
			t.Fatalf("%s: no person of unit %s", dir, u)
		}
	}
	return first
}

// SmallUnitStudy generates the kabupaten study of seed 1 at scale 0.1
// and adds unit UJI (sector keuangan) of 3 people, each writing every
// month of 2025 to a person of BAPENDA and one of SETDA: a unit of fewer
// people than the minimum group size, with ties in every period.
func SmallUnitStudy(t testing.TB) string {
	t.Helper()
	return StudyWithAdded(t, nil)
}

// StudyWithAdded is SmallUnitStudy with also the people of movers, each
// a line of people.csv without its final line end; they write every
// month as UJI's people do.
func StudyWithAdded(t testing.TB, movers []string) string {
	t.Helper()
	dir, first := SeedOneStudy(t, "BAPENDA", "SETDA")
	bapenda, setda := first["BAPENDA"], first["SETDA"]
	var ppl, letters strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&ppl, "UJI-%d,UJI,Pegawai Uji %d,Staf,,\n", i, i)
		for m := 1; m <= 12; m++ {
			fmt.Fprintf(&letters, "SRT-UJI-%d-%d,2025-%02d-15 09:00:00,UJI-%d,%s;%s,,nota_dinas,\n", i, m, m, i, bapenda, setda)
		}
	}
	seen := map[string]bool{}
	for _, line := range movers {
		ppl.WriteString(line + "\n")
		id, _, _ := strings.Cut(line, ",")
		if seen[id] {
			continue
		}
		seen[id] = true
		for m := 1; m <= 12; m++ {
			fmt.Fprintf(&letters, "SRT-%s-%d,2025-%02d-15 10:00:00,%s,%s;%s,,nota_dinas,\n", id, m, m, id, bapenda, setda)
		}
	}
	for name, text := range map[string]string{"units.csv": "UJI,Unit Uji Kecil,keuangan,,internal\n", "people.csv": ppl.String(), "correspondence.csv": letters.String()} {
		WriteStudyFile(t, dir, name, append(ReadBytes(t, filepath.Join(dir, name)), text...))
	}
	return dir
}
