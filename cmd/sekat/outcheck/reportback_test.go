package outcheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
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
	brief, err := os.ReadFile(filepath.Join("b", "briefing.json"))
	if err != nil {
		t.Fatalf("report of an output folder wrote no %s: %v", "briefing.json", err)
	}
	if !strings.Contains(string(brief), `"organizer"`) {
		t.Fatalf("%s of b holds no forum", "briefing.json")
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
	hand := clitest.HandStudy(t)
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

// TestOutDirRefusesAnalysisFlags: given an output folder, map and report
// read its result back as analyze wrote it, so a flag that chooses what
// is analysed, or a level other than the folder's, is refused (exit 2)
// in the run's language instead of being ignored. report OUTDIR --from
// 2025-03-01 drew the whole year with exit 0; map of a unit-level folder
// with --ego said, in English whatever the language, "viz: an ego map
// needs a person-level result; run with --level person" (exit 1).
func TestOutDirRefusesAnalysisFlags(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	unit := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "analyze", dir, "--permutations", "100", "--out", unit, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"report", unit, "--from", "2025-03-01"}, msg(lang, "outDirFlag", "--from", unit, "--from")},
			{[]string{"report", unit, "--permutations", "5000"}, msg(lang, "outDirFlag", "--permutations", unit, "--permutations")},
			{[]string{"map", unit, "--seed", "7"}, msg(lang, "outDirFlag", "--seed", unit, "--seed")},
			{[]string{"map", unit, "--ego", "199001012015011001"}, msg(lang, "outDirLevel", unit, msg(lang, "level.unit"), "--ego", msg(lang, "level.person"), "person")},
			{[]string{"report", unit, "--level", "person"}, msg(lang, "outDirLevel", unit, msg(lang, "level.unit"), "--level person", msg(lang, "level.person"), "person")},
		} {
			args := append([]string{"--lang", lang}, tc.args...)
			args = append(args, "--out", filepath.Join(t.TempDir(), "x"+map[string]string{"map": ".svg", "report": ""}[tc.args[0]]))
			code, _, stderr := sekat(t, args...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("%v: exit %d, want 2 and %q\n%s", args, code, tc.want, stderr)
			}
		}
	}
	// the folder's own level, and flags that only draw, still go
	for _, args := range [][]string{
		{"report", unit, "--level", "unit", "--size-by", "pagerank", "--out", filepath.Join(t.TempDir(), "r")},
		{"map", unit, "--level", "unit", "--out", filepath.Join(t.TempDir(), "m.svg")},
	} {
		if code, _, stderr := sekat(t, args...); code != 0 {
			t.Errorf("%v: exit %d\n%s", args, code, stderr)
		}
	}
}

// TestOutDirRefusesMinGroup: a person-level output folder's groups were
// withheld at its run's --min-group, so report and map of the folder
// refuse --min-group rather than ignore it: report OUTDIR --min-group 50
// showed the units of fewer than 50 people it asked to withhold, without
// a word.
func TestOutDirRefusesMinGroup(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	person := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "analyze", dir, "--level", "person", "--permutations", "100", "--out", person, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		for _, args := range [][]string{
			{"report", person, "--min-group", "50", "--out", filepath.Join(t.TempDir(), "r")},
			{"map", person, "--min-group", "50", "--out", filepath.Join(t.TempDir(), "m.svg")},
		} {
			args = append([]string{"--lang", lang}, args...)
			want := msg(lang, "outDirFlag", "--min-group", person, "--min-group")
			if code, _, stderr := sekat(t, args...); code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%v: exit %d, want 2 and %q\n%s", args, code, want, stderr)
			}
		}
	}
	// without it the folder is drawn as it was written
	if code, _, stderr := sekat(t, "report", person, "--out", filepath.Join(t.TempDir(), "r"), "-q"); code != 0 {
		t.Errorf("report: exit %d\n%s", code, stderr)
	}
}

// TestPersonReportReadBackWithheld: a person-level report of a study whose
// small groups are withheld says the same read back from the output
// folder. On a study of four units in three sectors (DINKES 4 and RSUD 3
// in Kesehatan, DISDIK 4 in Pendidikan, a coordinator BAPPEDA 2 in
// Perencanaan), a QA run of session 30 found analyze's report.html giving
// "tie weight inside sectors 52% (random mixing: 100%)", over the shown
// sectors (Pendidikan and Perencanaan as one "*" with their ties between
// them inside), and `report OUTDIR` "not meaningful: no sector holds two
// units" and another headline, since every unit of Kesehatan read back as
// "*". The figure is now not shown when sectors are withheld, and
// summary.json keeps what the tables cannot tell (sectors_usable,
// informal_groups). Its briefing said "0 other sectors could not be
// tested" of the one sector tested; it now says that one is too few.
func TestPersonReportReadBackWithheld(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	units := "unit_id,name,sector,kind\nDINKES,Dinas Kesehatan,Kesehatan,\nRSUD,RSUD,Kesehatan,\nDISDIK,Dinas Pendidikan,Pendidikan,\nBAPPEDA,Bappeda,Perencanaan,coordinator\n"
	var ppl, letters strings.Builder
	ppl.WriteString("person_id,unit_id\n")
	var ids []string
	for i, u := range []string{"DINKES", "DINKES", "DINKES", "DINKES", "RSUD", "RSUD", "RSUD", "DISDIK", "DISDIK", "DISDIK", "DISDIK", "BAPPEDA", "BAPPEDA"} {
		id := fmt.Sprintf("P%02d", i+1)
		ids = append(ids, id)
		fmt.Fprintf(&ppl, "%s,%s\n", id, u)
	}
	letters.WriteString("sent_at,sender,recipients\n")
	for k := 0; k < 300; k++ {
		s, r := ids[(k*7)%13], ids[(k*11+3)%13]
		if s == r {
			continue
		}
		fmt.Fprintf(&letters, "2025-%02d-%02d 09:00,%s,%s\n", k%12+1, k%28+1, s, r)
	}
	for name, text := range map[string]string{"units.csv": units, "people.csv": ppl.String(), "correspondence.csv": letters.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, keyFile := clitest.Key(t, 30)
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "hasil")
		analyzeOK(t, "analyze", dir, "--level", "person", "--key-file", keyFile, "--lang", lang, "--out", out, "-q")
		again := filepath.Join(t.TempDir(), "lagi")
		analyzeOK(t, "report", out, "--lang", lang, "--out", again, "-q")
		first := pageText(clitest.ReadFile(t, filepath.Join(out, "report.html")))
		second := pageText(clitest.ReadFile(t, filepath.Join(again, "report.html")))
		if want := i18n.T(lang, "silo.inside.withheld"); !strings.Contains(first, want) {
			t.Errorf("%s: analyze's report.html lacks %q", lang, want)
		}
		// the headline says the others are withheld ("only 1 of 1
		// sectors could be tested" read as every sector: QA of session 30)
		if want := i18n.T(lang, "brief.headline.thinWithheld", "1", "1"); !strings.Contains(first, want) {
			t.Errorf("%s: report.html lacks the headline %q", lang, want)
		}
		// one sector tested, the others withheld: not "0 other sectors
		// could not be tested"
		if a, b := i18n.T(lang, "brief.noSilosFew", 1, i18n.MinSectorsJudged), i18n.T(lang, "brief.noSilosFewShown", 1, i18n.MinSectorsJudged); !strings.Contains(first, a) && !strings.Contains(first, b) {
			t.Errorf("%s: report.html says neither %q nor %q", lang, a, b)
		}
		if first != second {
			t.Errorf("%s: report.html read back differs: %s", lang, clitest.FirstDiff([]byte(first), []byte(second)))
		}
	}
}

// pageText is the visible text of an HTML page, one line per text run.
func pageText(page string) string {
	page = regexp.MustCompile(`(?s)<(script|style)[^>]*>.*?</(script|style)>`).ReplaceAllString(page, "")
	var lines []string
	for _, l := range strings.Split(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page, "\n"), "\n") {
		if l = strings.TrimSpace(html.UnescapeString(l)); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// TestOtherOutputDirNamed: given the output folder of compare, trend,
// evaluate or facilitators where a study is wanted, a command says whose
// folder it is and what it reads. A QA run of session 30 found 'report
// FOLDER' on a compare folder answering "FOLDER holds no units table;
// add units.csv", a fix that would make a study of an output folder.
func TestOtherOutputDirNamed(t *testing.T) {
	for _, c := range []struct{ file, command, page string }{
		{"compare.json", "compare", "compare.html"},
		{"trend_alerts.csv", "trend", "trend.html"},
		{"did.csv", "evaluate", ""},
		{"facilitators.csv", "facilitators", "facilitators.html"},
	} {
		dir := filepath.Join(t.TempDir(), "keluaran")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"report", dir}, {"analyze", dir}, {"compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"}} {
			code, _, stderr := sekat(t, append(args, "--out", filepath.Join(t.TempDir(), "o"))...)
			want := msg("id", "otherOutputDir", dir, c.command)
			if c.page != "" {
				want += msg("id", "otherOutputDir.page", c.command, filepath.Join(dir, c.page))
			}
			if code != 1 || !strings.Contains(stderr, want) {
				t.Errorf("%s on a folder of %s: exit %d, stderr %q; want exit 1 and %q", args[0], c.command, code, stderr, want)
			}
		}
	}
}

// TestReportReadBackWarningsInItsLanguage: report OUTDIR --lang en of a
// folder analysed in Bahasa Indonesia listed the run's warnings in
// Bahasa Indonesia on an English page (summary.json kept the run's
// sentence only), and the other way round. summary.json now keeps each
// warning in both languages (messages), and the report uses its own.
func TestReportReadBackWarningsInItsLanguage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, run := range []string{"id", "en"} {
		other := map[string]string{"id": "en", "en": "id"}[run]
		out := filepath.Join(t.TempDir(), "hasil")
		// A window of two weeks: the run warns window_short.
		if code, _, stderr := sekat(t, "--lang", run, "analyze", dir, "--from", "2025-03-01", "--to", "2025-03-15", "--permutations", "100", "--out", out, "-q"); code != 0 {
			t.Fatalf("analyze --lang %s: exit %d\n%s", run, code, stderr)
		}
		var s struct {
			Warnings []struct {
				Code     string            `json:"code"`
				Message  string            `json:"message"`
				Messages map[string]string `json:"messages"`
			} `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(clitest.ReadFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
			t.Fatal(err)
		}
		if len(s.Warnings) == 0 {
			t.Fatalf("--lang %s: no warning in summary.json", run)
		}
		rep := filepath.Join(t.TempDir(), "laporan")
		if code, _, stderr := sekat(t, "--lang", other, "report", out, "--out", rep, "-q"); code != 0 {
			t.Fatalf("report --lang %s: exit %d\n%s", other, code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(rep, "report.html"))
		if err != nil {
			t.Fatal(err)
		}
		page := pageText(string(b))
		for _, w := range s.Warnings {
			if w.Messages[run] != w.Message || w.Messages[other] == "" || w.Messages[other] == w.Message {
				t.Errorf("--lang %s: warning %s: messages %q beside message %q", run, w.Code, w.Messages, w.Message)
				continue
			}
			if !strings.Contains(page, w.Messages[other]) || strings.Contains(page, w.Message) {
				t.Errorf("report --lang %s of a run in %s: warning %s not in the page's language:\n%s", other, run, w.Code, page)
			}
		}
	}
}

// TestDeniedCountsSayWithheldLeftOut: at person level the data requests
// from or to a withheld sector are left out (people.Protect), and the
// briefing's headline and the friction table said "N of M cross-sector
// requests" as if M were all of them (574 of a study's 666: a QA run of
// session 31). With sectors withheld, both say those are not counted.
func TestDeniedCountsSayWithheldLeftOut(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// two sectors of 10 and 6 people shown, two of 2 and 3 withheld
	units := "unit_id,name,sector,kind\nDINKES,Dinas Kesehatan,Kesehatan,\nRSUD,RSUD,Kesehatan,\nDISDIK,Dinas Pendidikan,Pendidikan,\nBAPPEDA,Bappeda,Perencanaan,\nINSP,Inspektorat,Pengawasan,\n"
	staff := map[string]int{"DINKES": 5, "RSUD": 5, "DISDIK": 6, "BAPPEDA": 2, "INSP": 3}
	var ppl, letters, shares strings.Builder
	ppl.WriteString("person_id,unit_id\n")
	var ids []string
	for _, u := range []string{"DINKES", "RSUD", "DISDIK", "BAPPEDA", "INSP"} {
		for i := 0; i < staff[u]; i++ {
			id := fmt.Sprintf("%s%02d", u, i+1)
			ids = append(ids, id)
			fmt.Fprintf(&ppl, "%s,%s\n", id, u)
		}
	}
	letters.WriteString("sent_at,sender,recipients\n")
	for k := 0; k < 400; k++ {
		s, r := ids[(k*7)%len(ids)], ids[(k*11+3)%len(ids)]
		if s != r {
			fmt.Fprintf(&letters, "2025-%02d-%02d 09:00,%s,%s\n", k%12+1, k%28+1, s, r)
		}
	}
	shares.WriteString("at,provider,consumer,dataset,status\n")
	for k, p := range []string{"DINKES", "DISDIK", "BAPPEDA", "INSP", "RSUD", "DISDIK"} {
		c := map[string]string{"DINKES": "DISDIK", "DISDIK": "RSUD", "BAPPEDA": "DINKES", "INSP": "DISDIK", "RSUD": "DISDIK"}[p]
		status := []string{"granted", "denied"}[k%2]
		fmt.Fprintf(&shares, "2025-%02d-10 10:00,%s,%s,Data %d,%s\n", k+1, p, c, k, status)
	}
	for name, text := range map[string]string{"units.csv": units, "people.csv": ppl.String(), "correspondence.csv": letters.String(), "data_sharing.csv": shares.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, keyFile := clitest.Key(t, 31)
	for _, lang := range []string{"id", "en"} {
		tail := strings.SplitN(i18n.T(lang, "viz.frictionTotalWithheld"), "%%)", 2)[1]
		for _, level := range []string{"person", "unit"} {
			out := filepath.Join(t.TempDir(), "hasil")
			analyzeOK(t, "analyze", dir, "--level", level, "--key-file", keyFile, "--lang", lang, "--out", out, "-q")
			page := pageText(clitest.ReadFile(t, filepath.Join(out, "report.html")))
			// the headline's tail is the table's, but for its full stop
			head := strings.TrimSuffix(tail, ".")
			if n := strings.Count(page, head); level == "person" && n < 2 || level == "unit" && n > 0 {
				t.Errorf("%s, %s level: %q %d times on the page:\n%s", lang, level, head, n, page)
			}
		}
	}
}
