package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// boolCCStudy writes the hand study with its correspondence table as
// Parquet whose cc column is BOOLEAN (the rows of
// testdata/studies/hand/correspondence.csv, cc false but in the first
// row), which sekat analyze reads as the words true and false: ids that
// no unit or person has, so those letters are used in part.
func boolCCStudy(t *testing.T) string {
	type letter struct {
		SentAt     string `parquet:"sent_at"`
		Sender     string `parquet:"sender"`
		Recipients string `parquet:"recipients"`
		CC         bool   `parquet:"cc"`
	}
	var b bytes.Buffer
	w := parquet.NewGenericWriter[letter](&b)
	rows := []letter{{"2025-01-10 09:00", "p1", "p3;p4", true}, {"2025-02-01T08:00:00+07:00", "p3", "p1; p2", false}, {"15/03/2025 10:00", "p1", "p2", false},
		{"2025-03-31 16:00", "p4", "p5", false}, {"2025-04-01 08:00", "p4", "p5", false}, {"2025-05-05", "B", "C;p4", false}}
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "data_sharing.csv", "meetings.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	if err := os.WriteFile(filepath.Join(dir, "correspondence.parquet"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestPairsBoolColumn: a Parquet BOOLEAN column other than status (here
// correspondence's cc), which sekat analyze reads as the text true or
// false, is read so by the SQL of every dialect: sekat pairs refused it
// (exit 2, "holds true and false (BOOLEAN), where text is expected")
// where analyze read the table, so the two paths disagreed on it.
func TestPairsBoolColumn(t *testing.T) {
	dir := boolCCStudy(t)
	code, _, stderr := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "a"), "--lang", "en")
	if code != 0 {
		t.Fatalf("analyze on the raw tables: exit %d: %s", code, stderr)
	}
	for _, d := range []string{"duckdb", "spark", "trino"} {
		code, sql, stderr := sekat(t, "pairs", dir, "--dialect", d, "--lang", "en")
		if code != 0 {
			t.Errorf("%s: sekat pairs: exit %d, want 0 as analyze reads the table: %s", d, code, stderr)
			continue
		}
		if !strings.Contains(sql, "THEN 'true' WHEN NOT") {
			t.Errorf("%s: the SQL text does not read the BOOLEAN column as the words true and false", d)
		}
	}
}
