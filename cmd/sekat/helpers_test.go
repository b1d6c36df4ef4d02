package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// readCSV reads a CSV output of sekat as maps from column to value.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	return clitest.ReadCSV(t, path)
}

// squash folds runs of white space to one space, as a reader sees text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// The study helpers below are internal/clitest's, which cmd/sekat/flowcheck
// shares.

func handStudy(t *testing.T) string { t.Helper(); return clitest.HandStudy(t) }

func handCopy(t *testing.T, add, write map[string]string) string {
	t.Helper()
	return clitest.HandCopy(t, add, write)
}

func copyDir(t *testing.T, from, to string) { t.Helper(); clitest.CopyDir(t, from, to) }

func copyTo(t *testing.T, from, to, old, new string) {
	t.Helper()
	clitest.CopyTo(t, from, to, old, new)
}

func xlsxText(t *testing.T, path, sheet string) string {
	t.Helper()
	return clitest.XlsxText(t, path, sheet)
}

func writeStudyFile(t *testing.T, dir, name string, b []byte) {
	t.Helper()
	clitest.WriteStudyFile(t, dir, name, b)
}

func readFileBytes(t *testing.T, path string) []byte { t.Helper(); return clitest.ReadBytes(t, path) }

func readFileIfAny(t *testing.T, path string) string {
	t.Helper()
	return clitest.ReadFileIfAny(t, path)
}

func testKey(t *testing.T, b byte) (people.Key, string) { t.Helper(); return clitest.Key(t, b) }

func changeStudy(t *testing.T) (string, *synth.Truth) { t.Helper(); return clitest.ChangeStudy(t) }

func seedOneStudy(t *testing.T, units ...string) (string, map[string]string) {
	t.Helper()
	return clitest.SeedOneStudy(t, units...)
}

func smallUnitStudy(t *testing.T) string { t.Helper(); return clitest.SmallUnitStudy(t) }

func appendTables(t *testing.T, dir string, tables map[string]string) {
	t.Helper()
	clitest.AppendTables(t, dir, tables)
}

// dailyLettersStudy writes a study into dir whose units write to one
// another at 09:00 every day of 2025 but the days skip refuses (nil: none):
// people and units are the tables' text, and each of pairs ("A,B") is a
// letter from its first unit to its second on each such day.
func dailyLettersStudy(t *testing.T, dir, people, units string, pairs []string, skip func(time.Time) bool) {
	t.Helper()
	lettersStudy(t, dir, people, units, 1, func(d time.Time) []string {
		if skip != nil && skip(d) {
			return nil
		}
		return pairs
	})
}

// lettersStudy writes a study into dir whose units write at 09:00 on
// every days-th day of 2025 from 1 January: people and units are the
// tables' text, and each of pairs(day) ("A,B") is a letter from its first
// unit to its second on that day.
func lettersStudy(t *testing.T, dir, people, units string, days int, pairs func(time.Time) []string) {
	t.Helper()
	writeStudyFile(t, dir, "people.csv", []byte(people))
	writeStudyFile(t, dir, "units.csv", []byte(units))
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	for d := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC); d.Year() == 2025; d = d.AddDate(0, 0, days) {
		at := d.Format("2006-01-02 15:04")
		for _, p := range pairs(d) {
			b.WriteString(at + "," + p + "\n")
		}
	}
	writeStudyFile(t, dir, "correspondence.csv", []byte(b.String()))
}

// renamedMidYear is the letters of lettersStudy's day d where A, B and C
// write to one another all year and unit OLD writes to A up to 30 June
// 2025, NEW from 1 July (a rename), with more added.
func renamedMidYear(d time.Time, more ...string) []string {
	ls := append([]string{"A,B", "B,C", "C,A"}, more...)
	if d.Before(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)) {
		return append(ls, "OLD,A")
	}
	return append(ls, "NEW,A")
}
