package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestPermissionWorded: a table the user may not read is said in the
// user's language, naming the file and the fix, in both languages. It was
// printed as Go's error alone, "sekat: units.csv: open g/units.csv:
// permission denied", in English under Bahasa Indonesia too, with no fix.
func TestPermissionWorded(t *testing.T) {
	err := fmt.Errorf("units.csv: %w", &ingest.FileError{File: "units.csv",
		Err: &fs.PathError{Op: "open", Path: "g/units.csv", Err: fs.ErrPermission}})
	for _, lang := range []string{"id", "en"} {
		if got, want := explain(err, lang), msg(lang, "errPermission", "units.csv"); got != want {
			t.Errorf("%s: explain says %q, want %q", lang, got, want)
		}
	}
	// An output folder that cannot be written keeps its own sentence.
	out := &outDirError{"hasil", &fs.PathError{Op: "mkdir", Path: "hasil", Err: fs.ErrPermission}}
	if got, want := explain(out, "id"), msg("id", "errOutDir", "hasil"); got != want {
		t.Errorf("output folder: explain says %q, want %q", got, want)
	}

	if os.Geteuid() == 0 {
		t.Skip("root reads every file: the run itself is checked as another user only")
	}
	study := handStudy(t)
	units := filepath.Join(study, "units.csv")
	if err := os.Chmod(units, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(units, 0o644)
	for _, lang := range []string{"id", "en"} {
		var stderr bytes.Buffer
		code := run(context.Background(), []string{"sekat", "validate", study, "--lang", lang, "-q"}, io.Discard, &stderr)
		if want := msg(lang, "errPermission", "units.csv"); code != exitFailed || !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and %q", lang, code, stderr.String(), want)
		}
	}
}

// TestNoSpaceWorded: a disk that fills up while the outputs are written is
// said in the user's language, naming the output folder (not the temporary
// file, removed by then) and the fix. It was printed as Go's error alone,
// "sekat: write hasil/.edges.csv.tmp1rwj…: no space left on device", in
// English under Bahasa Indonesia too.
func TestNoSpaceWorded(t *testing.T) {
	full := &fs.PathError{Op: "write", Path: filepath.Join("hasil", ".edges.csv.tmp1rwjubg1pihe7"), Err: syscall.ENOSPC}
	for _, err := range []error{full, fmt.Errorf("writing logs: %w", full)} {
		for _, lang := range []string{"id", "en"} {
			if got, want := explain(err, lang), msg(lang, "errNoSpace", "hasil"); got != want {
				t.Errorf("%s: explain(%v) says %q, want %q", lang, err, got, want)
			}
		}
	}
}

// TestPeopleHeaderAlone: a people table of a header alone is told at the
// first log id it leaves unknown, in the user's language: validate and
// analyze rejected every row of the logs as an unknown id without a word
// of the cause (117,560 rows of a generated study), where a units table
// of a header alone stops the run saying so. In the files analyze writes,
// the id is left out.
func TestPeopleHeaderAlone(t *testing.T) {
	study := handStudy(t)
	writeStudyFile(t, study, "people.csv", []byte("person_id,unit_id,name\n"))
	for _, lang := range []string{"id", "en"} {
		_, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if want := msg(lang, "warn.peopleEmpty", "correspondence.csv", 2, "sender", "p1", "people.csv"); !strings.Contains(stderr, want) {
			t.Errorf("%s: validate's stderr lacks %q:\n%s", lang, want, stderr)
		}
	}
	out := filepath.Join(t.TempDir(), "hasil")
	sekat(t, "analyze", study, "--out", out, "--max-reject-rate", "1")
	if want := msg("id", "warn.peopleEmptyHidden", "correspondence.csv", 2, "sender", "people.csv"); !strings.Contains(readFile(t, filepath.Join(out, "summary.json")), want) {
		t.Errorf("summary.json lacks %q", want)
	}
}

// TestEmptyOut: --out "" is bad usage, said in the user's language, for
// every command with --out. generate failed (exit 1) with "invalid
// options: empty output folder" in English, analyze spoke of the current
// folder as "--out " and export wrote to standard output.
func TestEmptyOut(t *testing.T) {
	study := handStudy(t)
	dir := t.TempDir()
	t.Chdir(dir) // what a run might write lands here, not in the package
	for _, args := range [][]string{
		{"generate"}, {"demo"}, {"analyze", study}, {"report", study}, {"export", study}, {"map", study},
		{"compare", study, "--before", "2025-01-01..2025-04-01", "--after", "2025-04-01..2025-07-01"},
		{"trend", study}, {"evaluate", study}, {"facilitators", study, "--purpose", "x"}, {"pairs", study},
	} {
		for _, lang := range []string{"id", "en"} {
			a := append(append([]string{}, args...), "--out", "", "--lang", lang)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"sekat"}, a...), &stdout, &stderr)
			if want := msg(lang, "emptyOut"); code != exitUsage || !strings.Contains(stderr.String(), want) || stdout.Len() > 0 {
				t.Errorf("%s %s: exit %d, %d bytes on stdout, stderr %q; want exit 2 and %q", args[0], lang, code, stdout.Len(), stderr.String(), want)
			}
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("%d files written", len(entries))
	}
}
