package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestReportOfReportKeepsBriefing: `sekat report OUTDIR --out NEWDIR`
// wrote no briefing.json (nor the tables), so a second report of NEWDIR
// lost the forums and refused datasets of the briefing, or failed. It now
// carries what a later report reads back: the second report is the first.
func TestReportOfReportKeepsBriefing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, err := synth.Generate("studi", synth.Options{Seed: 8401, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"analyze", "studi", "--out", "a"}, {"report", "a", "--out", "b"}, {"report", "b", "--out", "c"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	brief, err := os.ReadFile(filepath.Join("b", briefFile))
	if err != nil {
		t.Fatalf("report of an output folder wrote no %s: %v", briefFile, err)
	}
	if !strings.Contains(string(brief), `"organizer"`) {
		t.Fatalf("%s of b holds no forum", briefFile)
	}
	first, _ := os.ReadFile(filepath.Join("a", "report.html"))
	second, _ := os.ReadFile(filepath.Join("c", "report.html"))
	if !bytes.Equal(first, second) {
		t.Error("the report of the report's folder differs from the first report")
	}
	// the help names what the read-back writes
	files, _ := os.ReadDir("b")
	for _, lang := range []string{"id", "en"} {
		for _, f := range files {
			if !strings.HasPrefix(f.Name(), ".") && !strings.Contains(msg(lang, "report.desc"), f.Name()) {
				t.Errorf("report --help --lang %s does not name %s", lang, f.Name())
			}
		}
		if strings.Contains(msg(lang, "report.desc"), map[string]string{"id": "temuan dan\nrekomendasi", "en": "findings and recommendations"}[lang]) {
			t.Errorf("report --help --lang %s says briefing.json holds recommendations", lang)
		}
	}
}

// TestReportOutOtherResult: carrying the tables into --out must not
// replace another analysis there (review of session 23): report a --out
// b, b another run's output folder, is refused and b is left as it was;
// the same command run again into its own copy goes on.
func TestReportOutOtherResult(t *testing.T) {
	hand := handStudy(t)
	t.Chdir(t.TempDir())
	for _, args := range [][]string{{"analyze", hand, "--out", "a"}, {"analyze", hand, "--out", "b", "--seed", "5"}, {"report", "a", "--out", "c"}, {"report", "a", "--out", "c"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	before, _ := os.ReadFile(filepath.Join("b", "summary.json"))
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "report", "a", "--out", "b", "-q", "--lang", lang)
		if want := msg(lang, "reportOutOtherResult", "b", "a"); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("--lang %s: exit %d; stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
	if after, _ := os.ReadFile(filepath.Join("b", "summary.json")); !bytes.Equal(before, after) {
		t.Error("b's summary.json was replaced")
	}
}
