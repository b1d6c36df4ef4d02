package flowcheck

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestReportListsWarnings: the run's warnings, which a reader of the
// report never saw on the terminal, are listed on its method page (the
// header says how many there are and links to them), as
// analyze wrote it and as `sekat report` draws it again from the output
// folder, in the run's language; a run without warnings has no such
// list.
func TestReportListsWarnings(t *testing.T) {
	dir := t.TempDir()
	study := clitest.HandStudy(t)
	hand := "../../../testdata/studies/hand/"
	clitest.CopyTo(t, hand+"correspondence.csv", filepath.Join(study, "correspondence_salinan.csv"), "", "")
	read := func(path string) string { return html.UnescapeString(clitest.ReadFile(t, path)) }
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(dir, "hasil-"+lang)
		if code, _, stderr := sekat(t, "analyze", study, "--out", out, "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		want := map[string]string{"id": "correspondence_salinan.csv isinya sama persis dengan correspondence.csv", "en": "correspondence_salinan.csv has the same bytes as correspondence.csv"}[lang]
		title := map[string]string{"id": "Peringatan dari pengolahan", "en": "Warnings of the run"}[lang]
		page := read(filepath.Join(out, "report.html"))
		if !strings.Contains(page, title) || !strings.Contains(page, want) {
			t.Errorf("%s: report.html lacks %q under %q", lang, want, title)
		}
		lead := map[string]string{"id": "Pengolahan ini memberi 1 peringatan tentang data", "en": "The run gave 1 warning about the data"}[lang]
		if !strings.Contains(page, `<a href="#warnings">`+lead) || !strings.Contains(page, `<h3 id="warnings">`) {
			t.Errorf("%s: the header does not point to the warnings (%q)", lang, lead)
		}
		again := filepath.Join(dir, "lagi-"+lang)
		if code, _, stderr := sekat(t, "report", out, "--out", again, "--lang", lang); code != 0 {
			t.Fatalf("%s: report: exit %d: %s", lang, code, stderr)
		}
		if page := read(filepath.Join(again, "report.html")); !strings.Contains(page, want) {
			t.Errorf("%s: the report drawn again from the folder lacks %q", lang, want)
		}
	}
	clean := filepath.Join(dir, "bersih")
	if code, _, stderr := sekat(t, "analyze", hand, "--out", clean); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if page := read(filepath.Join(clean, "report.html")); strings.Contains(page, "Peringatan dari pengolahan") {
		t.Error("a run without warnings lists warnings")
	}
}

// TestReportWarningsAboutTheAnalysis: analyze --permutations 19 on data
// without any problem gave the header "The run gave 1 warning about the
// data", and the one warning was that the E-I tests ran too few
// permutations: a warning about the analysis. The header counts it as
// one, beside the data's own warnings, as analyze writes the report and
// as sekat report draws it again.
func TestReportWarningsAboutTheAnalysis(t *testing.T) {
	dir := t.TempDir()
	hand := "../../../testdata/studies/hand/"
	study := clitest.HandStudy(t)
	clitest.CopyTo(t, hand+"correspondence.csv", filepath.Join(study, "correspondence_salinan.csv"), "", "")
	read := func(path string) string { return html.UnescapeString(clitest.ReadFile(t, path)) }
	for _, c := range []struct{ name, study, lang, lead string }{
		{"analysis only", hand, "en", "The run gave 1 warning about the analysis (its window or its statistical tests), not about the data"},
		{"analysis only", hand, "id", "Pengolahan ini memberi 1 peringatan tentang analisis (jendela waktu atau uji statistiknya), bukan tentang data"},
		{"both", study, "en", "The run gave 1 warning about the data and 1 about the analysis (its window or its statistical tests)"},
	} {
		out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+"-"+c.lang)
		if code, _, stderr := sekat(t, "analyze", c.study, "--out", out, "--lang", c.lang, "--permutations", "19"); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, stderr)
		}
		again := out + "-again"
		if code, _, stderr := sekat(t, "report", out, "--out", again, "--lang", c.lang); code != 0 {
			t.Fatalf("%s: report: exit %d: %s", c.name, code, stderr)
		}
		for _, f := range []string{out, again} {
			page := read(filepath.Join(f, "report.html"))
			if !strings.Contains(page, `<a href="#warnings">`+c.lead) {
				m := regexp.MustCompile(`<a href="#warnings">[^<]*`).FindString(page)
				t.Errorf("%s, %s (%s): header %q, want %q", c.name, c.lang, filepath.Base(f), m, c.lead)
			}
		}
	}
}

// TestCountsGrouped: the counts validate and analyze print are written
// with thousands separators, as the report and the errors write them
// (1.367 in Bahasa Indonesia, 1,367 in English); they were bare digits.
func TestCountsGrouped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if code, _, stderr := sekat(t, "generate", "--seed", "3", "--scale", "0.3", "--out", dir, "-q"); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	for lang, want := range map[string][]*regexp.Regexp{
		"id": {regexp.MustCompile(`correspondence\.csv +\d{1,3}(\.\d{3})+ baris, 0 ditolak`), regexp.MustCompile(`5 berkas, \d{1,3}(\.\d{3})+ baris`)},
		"en": {regexp.MustCompile(`correspondence\.csv +\d{1,3}(,\d{3})+ rows, 0 rejected`), regexp.MustCompile(`5 files, \d{1,3}(,\d{3})+ rows`)},
	} {
		_, stdout, _ := sekat(t, "validate", dir, "--lang", lang)
		for _, re := range want {
			if !re.MatchString(stdout) {
				t.Errorf("%s: validate does not print %s:\n%s", lang, re, stdout)
			}
		}
		_, _, stderr := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		line := map[string]*regexp.Regexp{"id": regexp.MustCompile(`\d{1,3}(\.\d{3})+ ikatan berarah`), "en": regexp.MustCompile(`\d{1,3}(,\d{3})+ directed ties`)}[lang]
		if !line.MatchString(stderr) {
			t.Errorf("%s: analyze's summary line does not group the ties (%s):\n%s", lang, line, stderr)
		}
		// a window after all events: the warnings and the error count rows
		_, _, stderr = sekat(t, "analyze", dir, "--from", "2030-01-01", "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		for _, re := range map[string][]*regexp.Regexp{
			"id": {regexp.MustCompile(`correspondence dalam jendela waktu: \d{1,3}(\.\d{3})+ barisnya`), regexp.MustCompile(`: \d{1,3}(\.\d{3})+ baris log berlangsung`)},
			"en": {regexp.MustCompile(`correspondence event in the window: its \d{1,3}(,\d{3})+ rows`), regexp.MustCompile(`the \d{1,3}(,\d{3})+ log rows run`)},
		}[lang] {
			if !re.MatchString(stderr) {
				t.Errorf("%s: an empty window's warning or error does not group the rows (%s):\n%s", lang, re, stderr)
			}
		}
	}
}

// TestBriefingAtPersonLevel: at person level units get silo verdicts
// too. The briefing names at most 8 silo and watch-list groups, sectors
// first, and says how many there are (46 ran it onto five printed pages);
// and no recommendation asks a unit to report as a "sector" (R1-R3 are
// about sectors: "Minta sektor DISNAKER" named a unit one).
func TestBriefingAtPersonLevel(t *testing.T) {
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if code, _, stderr := sekat(t, "generate", "--seed", "1", "--forums", "--out", study, "-q"); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if code, _, stderr := sekat(t, "analyze", study, "--level", "person", "--out", out, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	brief := string(page)
	if i := strings.Index(brief, `<section id="briefing"`); i >= 0 {
		brief = brief[i:]
	}
	if i := strings.Index(brief, "</section>"); i >= 0 {
		brief = brief[:i]
	}
	// boxes, or the rows of their table when the briefing names many
	named := strings.Count(brief, `<div class="silo">`) + strings.Count(brief, `<div class="watch">`)
	if i := strings.Index(brief, `<table class="verdict-table">`); i >= 0 {
		named += strings.Count(brief[i:i+strings.Index(brief[i:], "</table>")], `<td class="name">`)
	}
	all := len(clitest.ReadCSV(t, filepath.Join(out, "silos.csv")))
	if all <= 8 {
		t.Fatalf("only %d groups with a verdict: the study does not exercise the cap", all)
	}
	if named != 8 || !strings.Contains(html.UnescapeString(brief), fmt.Sprintf("Ditampilkan 8 dari %d kelompok", all)) {
		t.Errorf("the briefing names %d of %d groups, want 8 and a line saying so", named, all)
	}
	// Every sector is inward at person level (ties inside a unit are
	// inside its sector): the briefing, read alone, says so beside its
	// sector verdicts, as the summary does. On sekat generate --seed 8401
	// --scale 0.2 --pilot it named 4 silos and 6 sectors to watch, against
	// 2 and 2 at unit level, without that word.
	caveat := msg("id", "silo.summary.personLevel", i18n.PersonLevelFlag)
	if !strings.Contains(html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(brief, "")), caveat) {
		t.Errorf("the person-level briefing lacks %q", caveat)
	}
	units := map[string]bool{}
	for _, u := range clitest.ReadCSV(t, filepath.Join(study, "units.csv")) {
		units[u["unit_id"]] = true
	}
	// R3, one item for every sector on the watch list: "... kerja lintas
	// sektornya: sektor a, b serta c dalam forum ...; sektor d dalam ..."
	for _, m := range regexp.MustCompile(`<span class="rule">R3</span>([^<]*)</li>`).FindAllStringSubmatch(brief, -1) {
		for _, w := range regexp.MustCompile(`[^\s,;:.()]+`).FindAllString(m[1], -1) {
			if units[w] {
				t.Errorf("R3 asks unit %s to report as a sector: %s", w, m[1])
			}
		}
	}
}

// TestWindowShortWarned: a window under four weeks is said on stderr, in
// summary.json (code window_short) and in the report, counted with the
// warnings about the analysis: its verdicts hold for that span alone. A
// window of four weeks or the whole study is not warned about. Before, a
// one-day window gave silo verdicts with p < 0.01 and no word.
func TestWindowShortWarned(t *testing.T) {
	study := "../../../testdata/studies/hand"
	for _, tc := range []struct {
		args []string
		warn string
		days string // the headlines' qualifier
	}{
		{[]string{"--from", "2025-01-10", "--to", "2025-01-20"}, "jendela waktu hanya 10 hari (10–19 Januari 2025), kurang dari 4 pekan", "10 hari saja"},
		{[]string{"--from", "2025-01-10 09:00", "--to", "2025-01-10 12:00"}, "jendela waktu hanya 1 hari (10 Januari 2025, pukul 09.00–12.00)", "1 hari saja"},
		{[]string{"--from", "2025-01-01", "--to", "2025-01-29"}, "", ""},
		{nil, "", ""},
	} {
		out := filepath.Join(t.TempDir(), "out")
		code, _, stderr := sekat(t, append([]string{"analyze", study, "--out", out, "--permutations", "100"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", tc.args, code, stderr)
		}
		var s struct {
			Warnings []struct{ Code, Message string }
		}
		if err := json.Unmarshal([]byte(clitest.ReadFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
			t.Fatal(err)
		}
		// the report's two headlines say it where a reader looks first
		page := clitest.ReadFile(t, filepath.Join(out, "report.html"))
		if tc.days != "" {
			for _, want := range []string{"pada jendela waktu " + tc.days + ".", "berasal dari jendela waktu " + tc.days} {
				if !strings.Contains(page, want) {
					t.Errorf("%v: report.html lacks %q", tc.args, want)
				}
			}
		} else if strings.Contains(page, "hari saja") {
			t.Errorf("%v: report.html calls a window of four weeks or more short", tc.args)
		}
		var got string
		for _, w := range s.Warnings {
			if w.Code == "window_short" {
				got = w.Message
			}
		}
		if tc.warn == "" {
			if got != "" || strings.Contains(stderr, "kurang dari 4 pekan") {
				t.Errorf("%v: warned of a short window: %q", tc.args, got)
			}
			continue
		}
		if !strings.HasPrefix(got, tc.warn) || !strings.Contains(stderr, tc.warn) {
			t.Errorf("%v: summary.json %q, stderr:\n%s\nwant %q", tc.args, got, stderr, tc.warn)
		}
		if !strings.Contains(page, tc.warn) || !strings.Contains(page, "tentang analisis") {
			t.Errorf("%v: report.html does not carry the warning as one about the analysis", tc.args)
		}
	}
}
