package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
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
		if got, want := explain(err, lang), msg(lang, "errPermission", "g/units.csv"); got != want {
			t.Errorf("%s: explain says %q, want %q", lang, got, want)
		}
	}
	// An output folder that cannot be written keeps its own sentence,
	// naming the folder where writing was denied.
	out := &outDirError{"a/hasil", &fs.PathError{Op: "mkdir", Path: "a/hasil", Err: fs.ErrPermission}}
	if got, want := explain(out, "id"), msg("id", "errOutDirDenied", "a/hasil", "a"); got != want {
		t.Errorf("output folder: explain says %q, want %q", got, want)
	}

	study := handStudy(t)
	units := filepath.Join(study, "units.csv")
	if err := os.Chmod(units, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(units, 0o644)
	for _, lang := range []string{"id", "en"} {
		code, stderr := sekatUnprivileged(t, "validate", study, "--lang", lang, "-q")
		if want := msg(lang, "errPermission", units); code != exitFailed || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and %q", lang, code, stderr, want)
		}
	}
}

// TestPermissionWholeInIndonesian: a file or folder the user may not
// read or write is said whole in the user's language, naming its path:
// under --lang id an English detail line ("rincian teknis (bahasa
// Inggris): units.csv: open g/units.csv: permission denied") followed the
// sentence, an unreadable --reform file was Go's English alone, and an
// output folder that could not be read back was said to be cut off or
// edited.
func TestPermissionWholeInIndonesian(t *testing.T) {
	study := handStudy(t)
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	if err := os.MkdirAll(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("name: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "hasil")
	if code, _, stderr := sekat(t, "analyze", study, "--out", out, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d, %s", code, stderr)
	}
	for _, c := range []struct {
		name, lock string
		args       []string
		want       string
	}{
		{"table", filepath.Join(study, "units.csv"), []string{"validate", study},
			msg("id", "errPermission", filepath.Join(study, "units.csv"))},
		{"reform file", reform, []string{"evaluate", study, "--reform", reform, "--out", filepath.Join(dir, "e")},
			msg("id", "errPermissionPath", reform)},
		{"output folder", locked, []string{"analyze", study, "--out", filepath.Join(locked, "o")},
			msg("id", "errOutDirDenied", filepath.Join(locked, "o"), locked)},
		{"output folder read back", filepath.Join(out, "summary.json"), []string{"report", out, "--out", filepath.Join(dir, "r")},
			msg("id", "errPermissionPath", filepath.Join(out, "summary.json"))},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode := os.FileMode(0)
			if c.lock == locked {
				mode = 0o555
			}
			if err := os.Chmod(c.lock, mode); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(c.lock, 0o755)
			code, stderr := sekatUnprivileged(t, append(c.args, "-q")...)
			if code != exitFailed || stderr != "sekat: "+c.want+"\n" {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and the one line %q", code, stderr, c.want)
			}
		})
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

// sekatUnprivileged runs sekat with args where file permissions hold: in
// this process for a user other than root, and for root in a helper
// process (this test binary, TestSekatHelper) started by setpriv without
// the capabilities that let root read and enter every file and folder.
// Without setpriv, as root, the test is skipped.
func sekatUnprivileged(t *testing.T, args ...string) (code int, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		code, _, stderr = sekat(t, args...)
		return code, stderr
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("root reads every file, and no setpriv to run without that power")
	}
	cmd := exec.Command(setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", os.Args[0], "-test.run=^TestSekatHelper$")
	j, _ := json.Marshal(args)
	cmd.Env = append(os.Environ(), "SEKAT_TEST_HELPER_ARGS="+string(j))
	var e bytes.Buffer
	cmd.Stderr = &e
	err = cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("helper: %v", err)
	}
	return code, e.String()
}

// TestSekatHelper is sekatUnprivileged's helper process: it runs sekat
// with the arguments in SEKAT_TEST_HELPER_ARGS and exits with its code.
// Run otherwise, it does nothing.
func TestSekatHelper(t *testing.T) {
	var args []string
	if json.Unmarshal([]byte(os.Getenv("SEKAT_TEST_HELPER_ARGS")), &args) != nil {
		return
	}
	os.Exit(run(context.Background(), append([]string{"sekat"}, args...), io.Discard, os.Stderr))
}

// TestPermissionFolders: a study whose folders the user may not read or
// enter is said to be a permission problem, naming the folder and the
// fix, in both languages. Before, a files: pattern in study.yaml whose
// folder could not be read was "no such file" (filepath.Glob passes over
// it), a study folder that could not be entered "no such study", and an
// unreadable study or table folder "the study cannot be read" with Go's
// English words as the only detail.
func TestPermissionFolders(t *testing.T) {
	for _, c := range []struct {
		name  string
		yaml  string
		setup func(t *testing.T, study string) (locked, arg string)
		id    string
		en    string
	}{
		{name: "glob of an unreadable folder", yaml: "files:\n  meetings: [rapat/*.csv]\n",
			setup: func(t *testing.T, study string) (string, string) {
				return moveInto(t, study, "meetings.csv", "rapat"), study
			},
			id: "study.yaml baris 2: files: meetings: rapat/*.csv tidak dapat dicari karena folder rapat tidak dapat dibaca: izin ditolak",
			en: "study.yaml line 2: files: meetings: rapat/*.csv: the folder rapat cannot be read (permission denied)"},
		{name: "file in a folder that cannot be entered", yaml: "name: x\nfiles:\n  meetings: [rapat/meetings.csv]\n",
			setup: func(t *testing.T, study string) (string, string) {
				return moveInto(t, study, "meetings.csv", "rapat"), study
			},
			id: "study.yaml baris 3: files: meetings: rapat/meetings.csv tidak dapat dicari karena folder rapat",
			en: "study.yaml line 3: files: meetings: rapat/meetings.csv: the folder rapat cannot be read"},
		// a crosswalk: in a folder that cannot be entered was "no such
		// file" (and, as a missing file, bad input: exit 2)
		{name: "crosswalk in a folder that cannot be entered", yaml: "name: x\ncrosswalk: ubah/cw.csv\n",
			setup: func(t *testing.T, study string) (string, string) {
				writeStudyFile(t, filepath.Join(study, "ubah"), "cw.csv", []byte("old_unit,new_unit,from,share\n"))
				return filepath.Join(study, "ubah"), study
			},
			id: "study.yaml baris 2: crosswalk: ubah/cw.csv tidak dapat dicari karena folder ubah tidak dapat dibaca: izin ditolak",
			en: "study.yaml line 2: crosswalk: ubah/cw.csv: the folder ubah cannot be read (permission denied)"},
		{name: "table folder", setup: func(t *testing.T, study string) (string, string) {
			return moveInto(t, study, "meetings.csv", "meetings"), study
		},
			id: "folder meetings tidak dapat dibaca atau dibuka: izin ditolak", en: "the folder meetings cannot be read or entered: permission denied"},
		{name: "study folder", setup: func(t *testing.T, study string) (string, string) { return study, study },
			id: " tidak dapat dibaca atau dibuka: izin ditolak", en: " cannot be read or entered: permission denied"},
		{name: "study below a folder that cannot be entered", setup: func(t *testing.T, study string) (string, string) {
			return study, filepath.Join(study, "sub")
		},
			id: "folder " + "%s" + " tidak dapat dibaca atau dibuka", en: "the folder " + "%s" + " cannot be read or entered"},
	} {
		t.Run(c.name, func(t *testing.T) {
			study := handStudy(t)
			os.MkdirAll(filepath.Join(study, "sub"), 0o755)
			if c.yaml != "" {
				writeStudyFile(t, study, "study.yaml", []byte(c.yaml))
			}
			locked, arg := c.setup(t, study)
			if err := os.Chmod(locked, 0); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(locked, 0o755)
			for lang, want := range map[string]string{"id": c.id, "en": c.en} {
				if strings.Contains(want, "%s") {
					want = fmt.Sprintf(want, locked)
				}
				code, stderr := sekatUnprivileged(t, "validate", arg, "--lang", lang, "-q")
				if code != exitFailed || !strings.Contains(stderr, want) {
					t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 1 and %q", lang, code, stderr, want)
				}
				for _, wrong := range []string{"tidak ada", "no such"} {
					if strings.Contains(stderr, wrong) {
						t.Errorf("%s: says %q of a folder that exists:\n%s", lang, wrong, stderr)
					}
				}
			}
		})
	}
}

// moveInto moves the study's file name into its new folder dir and
// returns that folder.
func moveInto(t *testing.T, study, name, dir string) string {
	t.Helper()
	d := filepath.Join(study, dir)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(study, name), filepath.Join(d, name)); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestPairsReadWorded: pair tables that cannot be read are said in the
// user's language, with the file or folder and the fix. Before, a table
// the user could not read gave Go's "open pt/pairs.csv: permission
// denied" alone, in English; a folder that could not be read "no meta
// table"; and a table given for its folder "no such folder".
func TestPairsReadWorded(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct {
		name   string
		locked func(tables string) string // what is made unreadable ("" nothing)
		arg    func(tables string) string // the --pairs value
		id, en string
		code   int // a file that may not be read fails; a file given for the folder is bad usage
	}{
		{"a table", func(d string) string { return filepath.Join(d, "pairs.csv") }, func(d string) string { return d },
			"pairs.csv tidak dapat dibaca: izin ditolak (permission denied); mintalah pemiliknya",
			"pairs.csv cannot be read: permission denied; ask its owner", exitFailed},
		{"the folder", func(d string) string { return d }, func(d string) string { return d },
			" tidak dapat dibaca: izin ditolak (permission denied)", " cannot be read: permission denied", exitFailed},
		{"a table for the folder", func(string) string { return "" }, func(d string) string { return filepath.Join(d, "meta.csv") },
			"meta.csv adalah berkas, bukan folder tabel pasangan: berikan folder yang memuat tabel-tabelnya, ",
			"meta.csv is a file, not a folder of pair tables: give the folder that holds the tables, ", exitUsage},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handTables(t, false, false)
			if p := c.locked(tables); p != "" {
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				defer os.Chmod(p, 0o755)
			}
			for lang, want := range map[string]string{"id": c.id, "en": c.en} {
				code, stderr := sekatUnprivileged(t, "analyze", study, "--pairs", c.arg(tables), "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang, "-q")
				if code != c.code || !strings.Contains(stderr, want) || strings.Contains(stderr, "tidak ada tabel meta") || strings.Contains(stderr, "no meta table") {
					t.Errorf("%s: exit %d, stderr:\n%s\nwant exit %d and %q", lang, code, stderr, c.code, want)
				}
			}
		})
	}
}

// TestGenerateOutDenied: generate and demo into a folder the user may not
// write are said in the user's language, naming the folder and the fix,
// as analyze's are; before, "mkdir ro/studi: permission denied" alone.
func TestGenerateOutDenied(t *testing.T) {
	ro := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"generate", "--scale", "0.01"}, {"demo"}} {
		out := filepath.Join(ro, "baru")
		code, stderr := sekatUnprivileged(t, append(args, "--out", out, "-q")...)
		if want := msg("id", "errOutDirDenied", out, ro); code != exitFailed || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 1 and %q", args[0], code, stderr, want)
		}
	}
}

// TestDashOut: --out - is standard output for export and pairs only; the
// other commands refuse it as bad usage in the user's language and write
// nothing. map wrote a file named "-" ("peta ditulis ke -"), analyze a
// folder so named.
func TestDashOut(t *testing.T) {
	study := handStudy(t)
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{
		{"generate"}, {"demo"}, {"analyze", study}, {"report", study}, {"map", study},
		{"compare", study, "--before", "2025-01-01..2025-04-01", "--after", "2025-04-01..2025-07-01"},
		{"trend", study}, {"evaluate", study}, {"facilitators", study, "--purpose", "x"},
	} {
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, append(append([]string{}, args...), "--out", "-", "--lang", lang)...)
			if want := msg(lang, "dashOut", args[0]); code != exitUsage || !strings.Contains(stderr, want) {
				t.Errorf("%s %s: exit %d, stderr %q; want exit 2 and %q", args[0], lang, code, stderr, want)
			}
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("%d files written", len(entries))
	}
	if code, stdout, stderr := sekat(t, "export", study, "--out", "-"); code != 0 || !strings.HasPrefix(stdout, "source,target") {
		t.Errorf("export --out -: exit %d, stdout %.40q, stderr %s", code, stdout, stderr)
	}
}

// TestDeclaredCrosswalkDeniedNamesStudyYAML: a crosswalk that study.yaml
// declares (crosswalk:) and the user may not read is said at the line of
// study.yaml that declares it, naming the file and the fix, in both
// languages, by the commands that read it (validate refuses, analyze
// warns). It was said as the failure of --crosswalk, a flag the user had
// not given ("--crosswalk studi/cw.csv: open studi/cw.csv: permission
// denied", in English under Bahasa Indonesia too, in analyze's warning).
func TestDeclaredCrosswalkDeniedNamesStudyYAML(t *testing.T) {
	study := handStudy(t)
	writeStudyFile(t, study, "study.yaml", []byte("name: x\ncrosswalk: cw.csv\n"))
	cw := filepath.Join(study, "cw.csv")
	if err := os.WriteFile(cw, []byte("old_unit,new_unit,from,share\n"), 0); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		want := msg(lang, "study.at", "study.yaml", 2) + ": crosswalk: " + msg(lang, "errPermissionPath", cw)
		code, stderr := sekatUnprivileged(t, "validate", study, "--lang", lang, "-q")
		if code != exitFailed || stderr != "sekat: "+want+"\n" {
			t.Errorf("validate %s: exit %d, stderr:\n%s\nwant exit 1 and the one line %q", lang, code, stderr, want)
		}
		code, stderr = sekatUnprivileged(t, "analyze", study, "--out", filepath.Join(t.TempDir(), "hasil"), "--lang", lang, "-q")
		warn := msg(lang, "warn.crosswalkUnusable", msg(lang, "study.at", "study.yaml", 2), "cw.csv", msg(lang, "errPermissionPath", cw))
		if code != exitOK || !strings.Contains(stderr, warn) || strings.Contains(stderr, "--crosswalk") {
			t.Errorf("analyze %s: exit %d, stderr:\n%s\nwant exit 0 and %q", lang, code, stderr, warn)
		}
	}
}
