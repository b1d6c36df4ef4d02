package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrailingDelimiterFile: a letters file whose every data row ends in
// one delimiter more than its header (an exporter that ends each row with
// one) is named as such, with the one fix for all its rows: the reject
// rate error carries the file and its delimiter, and the file's Input
// counts the rows. Before, each row was rejected for its field count and
// the message said to fix the rows (9,134 of them in a generated
// kabupaten). A file where only some rows are so (a ;-separated list not
// quoted, whose fix is the quoting) is not named: a delimiter added to its
// header would read those rows with their cells moved.
func TestTrailingDelimiterFile(t *testing.T) {
	const units = "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\n"
	const people = "person_id,unit_id\nP1,U1\nP2,U2\nP3,U3\n"
	letters := func(d string, n int, row func(i int) string) string {
		var b strings.Builder
		b.WriteString(strings.ReplaceAll("sent_at,sender,recipients,cc\n", ",", d))
		for i := 0; i < n; i++ {
			b.WriteString(row(i))
		}
		return b.String()
	}
	trailing := func(d string) func(int) string {
		return func(i int) string {
			return fmt.Sprintf("2025-02-%02d 10:00:00%sP%d%sP%d%s%s\n", 1+i%27, d, 1+i%3, d, 1+(i+1)%3, d, d)
		}
	}
	load := func(t *testing.T, body string, rate float64) (*Result, error) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), units)
		writeFile(t, filepath.Join(dir, "people.csv"), people)
		writeFile(t, filepath.Join(dir, "correspondence.csv"), body)
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		return Load(s, Options{MaxRejectRate: rate})
	}
	letterInput := func(t *testing.T, res *Result) Input {
		for _, in := range res.Inputs {
			if in.Table == Correspondence {
				return in
			}
		}
		t.Fatal("no letters input")
		return Input{}
	}
	for _, c := range []struct {
		name, delim string
		body        string
		named       bool  // the file is named as ending every row so
		trailing    int64 // rows rejected for a trailing delimiter
	}{
		{"commas", ",", letters(",", 40, trailing(",")), true, 40},
		{"semicolons", ";", letters(";", 40, trailing(";")), true, 40},
		{"tabs", "\t", letters("\t", 40, trailing("\t")), true, 40},
		// the last row without it: not every row, so not named
		{"all but one", ",", letters(",", 40, func(i int) string {
			if i == 39 {
				return "2025-02-02 10:00:00,P1,P2,\n"
			}
			return trailing(",")(i)
		}), false, 39},
		// a list not in quotes: the rows of two recipients look the same,
		// the others do not
		{"semicolon list not quoted", ";", letters(";", 40, func(i int) string {
			if i%2 == 0 {
				return "2025-02-02 10:00:00;P1;P2;P3;\n"
			}
			return "2025-02-02 10:00:00;P1;P2;\n"
		}), false, 20},
		// the extra field holds something, or is quoted: not a delimiter
		// at the end of the line
		{"extra field not empty", ",", letters(",", 40, func(i int) string { return "2025-02-02 10:00:00,P1,P2,,x\n" }), false, 0},
		{"extra field quoted", ",", letters(",", 40, func(i int) string { return "2025-02-02 10:00:00,P1,P2,,\"\"\n" }), false, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := load(t, c.body, 1)
			if err != nil {
				t.Fatal(err)
			}
			if in := letterInput(t, res); in.TrailingDelims != c.trailing {
				t.Errorf("TrailingDelims %d of %d rows, want %d", in.TrailingDelims, in.Rows, c.trailing)
			}
			_, err = load(t, c.body, 0.01)
			var re *RejectRateError
			if !errors.As(err, &re) {
				t.Fatalf("%v, want a reject rate error", err)
			}
			if got := re.TrailingFile != ""; got != c.named {
				t.Fatalf("TrailingFile %q, want named %v", re.TrailingFile, c.named)
			}
			if c.named {
				if re.TrailingFile != "correspondence.csv" || string(re.TrailingDelim) != c.delim {
					t.Errorf("TrailingFile %q, delimiter %q; want correspondence.csv, %q", re.TrailingFile, re.TrailingDelim, c.delim)
				}
				if !strings.Contains(re.Error(), "ends in one delimiter more than its header line") {
					t.Errorf("the error does not say so: %v", re)
				}
			}
		})
	}
}

// TestTrailingDelimiterParts: a letters file read in parts counts its
// rows that end in a delimiter too many as the ordinary read does.
func TestTrailingDelimiterParts(t *testing.T) {
	defer func(on bool, workers func(int) int, minBytes int64) {
		shardLetters, shardWorkers, shardMinBytes = on, workers, minBytes
	}(shardLetters, shardWorkers, shardMinBytes)
	shardMinBytes = 16 << 10
	shardWorkers = func(pieces int) int { return min(3, pieces) }
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients,cc\n")
	want := int64(0)
	for i := 0; i < 6000; i++ {
		end := ""
		if i%7 == 3 {
			end, want = ",", want+1
		}
		fmt.Fprintf(&b, "2025-02-%02d 10:00:00,P%d,P%d,%s\n", 1+i%27, 1+i%3, 1+(i+1)%3, end)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id\nP1,U1\nP2,U2\nP3,U3\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), b.String())
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, parts := range []bool{false, true} {
		shardLetters = parts
		before := shardsDone.Load()
		res, err := Load(s, Options{MaxRejectRate: 1})
		if err != nil {
			t.Fatal(err)
		}
		if parts && shardsDone.Load() == before {
			t.Fatal("the file was not read in parts")
		}
		for _, in := range res.Inputs {
			if in.Table == Correspondence && (in.TrailingDelims != want || in.Rejected != want) {
				t.Errorf("in parts %v: %d rows rejected, %d for a trailing delimiter; want %d", parts, in.Rejected, in.TrailingDelims, want)
			}
		}
	}
}
