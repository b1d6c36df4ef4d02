package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNumbersValidated: NaN, infinities, negatives and out-of-range values
// of numeric flags and of study.yaml are bad usage (exit 2) that names the
// flag or key. Before, --max-reject-rate NaN and a .nan max_reject_rate
// switched the reject guard off (exit 0).
func TestNumbersValidated(t *testing.T) {
	hand := handStudy(t)
	nanYAML := handStudy(t)
	os.WriteFile(filepath.Join(nanYAML, "study.yaml"), []byte("thresholds: {max_reject_rate: .nan}\n"), 0o644)
	negWeight := handStudy(t)
	os.WriteFile(filepath.Join(negWeight, "study.yaml"), []byte("layer_weights: {meetings: -.inf}\n"), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	for _, tc := range []struct {
		args []string
		name string // the flag or key the message must name
	}{
		{[]string{"analyze", hand, "--max-reject-rate", "NaN"}, "--max-reject-rate"},
		{[]string{"analyze", hand, "--max-reject-rate", "-0.5"}, "--max-reject-rate"},
		{[]string{"analyze", hand, "--max-reject-rate", "Inf"}, "--max-reject-rate"},
		{[]string{"export", hand, "--max-reject-rate", "NaN", "--format", "dot"}, "--max-reject-rate"},
		{[]string{"analyze", hand, "--resolution", "Inf"}, "--resolution"},
		{[]string{"analyze", hand, "--resolution", "NaN"}, "--resolution"},
		{[]string{"analyze", nanYAML}, "max_reject_rate"},
		{[]string{"validate", nanYAML}, "max_reject_rate"},
		{[]string{"analyze", negWeight}, "meetings"},
		{[]string{"analyze", hand, "--max-spool", "0"}, "--max-spool"},
		{[]string{"analyze", hand, "--max-spool", "lots"}, "--max-spool"},
		{[]string{"validate", hand, "--max-spool", "-1GiB"}, "--max-spool"},
		{[]string{"validate", hand, "--show", "-1"}, "--show"},
		{[]string{"map", hand, "--max-ties", "-2"}, "--max-ties"},
		{[]string{"map", hand, "--max-nodes", "-7"}, "--max-nodes"},
		{[]string{"generate", "--scale", "NaN"}, "--scale"},
		{[]string{"generate", "--scale", "-1"}, "--scale"},
	} {
		for _, lang := range []string{"id", "en"} {
			args := append(append([]string(nil), tc.args...), "--lang", lang)
			switch tc.args[0] {
			case "map":
				args = append(args, "--out", filepath.Join(out, "m.svg"))
			case "analyze", "export", "generate":
				args = append(args, "--out", out)
			}
			code, _, stderr := sekat(t, args...)
			if code != 2 || !strings.Contains(stderr, tc.name) {
				t.Errorf("%v: exit %d, want 2 and a message naming %s: %q", args, code, tc.name, stderr)
			}
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused run wrote %s", out)
	}
	if code, _, stderr := sekat(t, "analyze", hand, "--max-spool", "64MiB", "--out", out); code != 0 {
		t.Errorf("--max-spool 64MiB: exit %d: %s", code, stderr)
	}
}

// TestFollowSymlinks: every command that reads a study refuses a table
// that links out of the study folder, and reads it with --follow-symlinks.
func TestFollowSymlinks(t *testing.T) {
	outside := t.TempDir()
	target := filepath.Join(outside, "letters.csv")
	os.WriteFile(target, []byte(readFile(t, "../../testdata/studies/hand/correspondence.csv")), 0o644)
	dir := handStudy(t)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	if err := os.Symlink(target, filepath.Join(dir, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	for _, args := range [][]string{
		{"analyze", dir, "--out", filepath.Join(tmp, "a")},
		{"validate", dir},
		{"export", dir, "--format", "dot", "--out", filepath.Join(tmp, "e.dot")},
		{"map", dir, "--format", "dot", "--out", filepath.Join(tmp, "m.dot")},
		{"report", dir, "--out", filepath.Join(tmp, "r")},
	} {
		code, _, stderr := sekat(t, append(args, "--lang", "en")...)
		if code != 1 || !strings.Contains(stderr, "correspondence.csv: a symbolic link to") || !strings.Contains(stderr, "--follow-symlinks") {
			t.Errorf("%v: exit %d, want 1 and the link refused: %q", args, code, stderr)
		}
		code, _, stderr = sekat(t, append(args, "--lang", "id")...)
		if code != 1 || !strings.Contains(stderr, "di luar folder studi") {
			t.Errorf("%v --lang id: exit %d, want 1 and the link refused in Indonesian: %q", args, code, stderr)
		}
		if code, _, stderr := sekat(t, append(args, "--follow-symlinks")...); code != 0 {
			t.Errorf("%v --follow-symlinks: exit %d: %s", args, code, stderr)
		}
	}
}

// TestStrayQuoteCostsOneRow: one stray quote in a correspondence table of
// 3,000 letters rejects its own line only; before, it swallowed every
// later line as one rejected row.
func TestStrayQuoteCostsOneRow(t *testing.T) {
	dir := handStudy(t)
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	for i := 1; i <= 3000; i++ {
		q := ""
		if i == 1200 {
			q = `"`
		}
		fmt.Fprintf(&b, "2025-01-01,%sp1,p3\n", q)
	}
	os.WriteFile(filepath.Join(dir, "correspondence.csv"), []byte(b.String()), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--lang", "en")
	if code != 0 || !strings.Contains(stderr, "rows rejected: 1 (") {
		t.Fatalf("exit %d, want 0 and one row rejected: %s", code, stderr)
	}
	rj := readFile(t, filepath.Join(out, "rejects.csv"))
	if !strings.Contains(rj, "correspondence.csv,1201,,") || !strings.Contains(rj, "stray quote") {
		t.Errorf("rejects.csv does not name the stray quote's line 1201:\n%s", rj)
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "summary.json")), `"messages": 2999`) {
		t.Errorf("summary.json does not count the 2,999 other letters")
	}
}

// TestRejectsCapped: rejects.csv lists the first 1,000 rejected rows of a
// file and counts the rest in one last row.
func TestRejectsCapped(t *testing.T) {
	dir := handStudy(t)
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	for i := 0; i < 2500; i++ {
		b.WriteString("kemarin,p1,p3\n")
	}
	os.WriteFile(filepath.Join(dir, "correspondence.csv"), []byte(b.String()), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--max-reject-rate", "1", "--lang", "en")
	if code != 0 || !strings.Contains(stderr, "rows rejected: 2,500 (correspondence.csv 2,500)") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// the terminal says that the first 1,000 are listed, not "they are
	// listed" (a docs check of session 31)
	if want := msg("en", "rejectedFirst", "2,500", "correspondence.csv 2,500", "1,000", filepath.Join(out, "rejects.csv")); !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(readFile(t, filepath.Join(out, "rejects.csv")), "\n"), "\n")
	if len(lines) != 1+maxRejectsListed+1 {
		t.Fatalf("%d lines in rejects.csv, want the header, %d rows and one more", len(lines), maxRejectsListed)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "correspondence.csv,0,,,") || !strings.Contains(last, "and 1,500 more rows of this file were rejected; rejects.csv lists only the first 1,000 rows") {
		t.Errorf("last row %q does not count the 1,500 rows left out", last)
	}
}

// TestGzipBombOfBadRows: a 60 KB gzipped table of 5 million bad rows
// ends with exit 1 after a fraction of them, with a rejects.csv of a few
// hundred KB. Before, every row was read and written (a 611 KB file gave
// a 597 MB rejects.csv).
func TestGzipBombOfBadRows(t *testing.T) {
	dir := handStudy(t)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("sent_at,sender,recipients\n"))
	zw.Close()
	var one bytes.Buffer
	zw, _ = gzip.NewWriterLevel(&one, gzip.BestCompression)
	zw.Write(bytes.Repeat([]byte("x,p1,p3\n"), (1<<20)/8))
	zw.Close()
	gz.Write(bytes.Repeat(one.Bytes(), 40))
	os.WriteFile(filepath.Join(dir, "correspondence.csv.gz"), gz.Bytes(), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "reading correspondence.csv.gz stopped after") {
		t.Fatalf("exit %d, want 1 and an early stop: %s", code, stderr)
	}
	st, err := os.Stat(filepath.Join(out, "rejects.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Size() > 1<<20 {
		t.Errorf("rejects.csv of %d bytes, want under 1 MiB", st.Size())
	}
	if n := strings.Count(readFile(t, filepath.Join(out, "rejects.csv")), "\n"); n != 1+maxRejectsListed+1 {
		t.Errorf("%d lines in rejects.csv, want %d", n, 1+maxRejectsListed+1)
	}
}

// TestGzipParquetBombCmd: a .parquet.gz of 10 GiB of zeros fails at the
// --max-spool limit and leaves nothing in $TMPDIR.
func TestGzipParquetBombCmd(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := handStudy(t)
	os.Remove(filepath.Join(dir, "meetings.csv"))
	var one bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&one, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "meetings.parquet.gz"), bytes.Repeat(one.Bytes(), 10<<10), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--max-spool", "16MiB", "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "decompresses to more than 16 MiB") {
		t.Errorf("exit %d, want 1 and the spool limit: %s", code, stderr)
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("left in TMPDIR: %v", ents)
	}
}
