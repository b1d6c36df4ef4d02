package outcheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// TestPersonNotice: every page, map and table of analyze --level person
// carries the sentence that it is a shortlist for human review, not an
// automated decision (issue 13, item 5; people.Notice, the same text as
// the facilitators' pages), in the language of the run: report.html in
// its header and in every section and table of people, map.svg and
// map.dot in their title, the maps of sekat map (sector overview, ego
// map), and summary.json (notice) for the CSV tables, which cannot carry
// a sentence. At unit level no output carries it: it is about people.
func TestPersonNotice(t *testing.T) {
	study := clitest.HandCopy(t, nil, nil)
	_, keyFile := clitest.Key(t, 9)
	notices := map[string]string{"id": people.Notice("id"), "en": people.Notice("en")}
	if notices["id"] == notices["en"] || notices["id"] == "people.notice" {
		t.Fatalf("notice catalogue: %q, %q", notices["id"], notices["en"])
	}
	for _, lang := range []string{"id", "en"} {
		want, other := notices[lang], notices["en"]
		if lang == "en" {
			other = notices["id"]
		}
		out := filepath.Join(t.TempDir(), "out")
		analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--lang", lang, "--permutations", "10", "-q")
		ents, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, e := range ents {
			switch filepath.Ext(e.Name()) {
			case ".html", ".svg", ".dot":
				b := clitest.ReadFile(t, filepath.Join(out, e.Name()))
				if !strings.Contains(b, want) {
					t.Errorf("%s: %s lacks the notice %q", lang, e.Name(), want)
				}
				if strings.Contains(b, other) {
					t.Errorf("%s: %s carries the notice in the other language", lang, e.Name())
				}
				seen++
			}
		}
		if seen != 3 {
			t.Errorf("%s: %d pages and maps checked, want report.html, map.svg, map.dot", lang, seen)
		}
		if s := clitest.ReadSummary(t, out); s.Notice != want {
			t.Errorf("%s: summary.json notice %q, want %q", lang, s.Notice, want)
		}
		if a := people.FolderAudit(out); a == nil || a.Notice != want {
			t.Errorf("%s: audit.json lacks the notice", lang)
		}
		// The report: in the header, and in every section and every
		// table of people.
		html := clitest.ReadFile(t, filepath.Join(out, "report.html"))
		if head := html[:strings.Index(html, "<main>")]; !strings.Contains(head, want) {
			t.Errorf("%s: the report's header lacks the notice", lang)
		}
		for _, id := range []string{"briefing", "ringkasan", "peta", "campuran", "perantara", "data", "tabel", "metode"} {
			if !strings.Contains(htmlSection(t, html, id), want) {
				t.Errorf("%s: report section %s lacks the notice", lang, id)
			}
		}
		for _, id := range []string{"brokers", "units", "groups"} {
			if !strings.Contains(clitest.Section(t, html, id), "<caption class=\"notice-cap\">"+want+"</caption>") {
				t.Errorf("%s: report table %s lacks the notice", lang, id)
			}
		}
		// The maps of sekat map at person level.
		for _, args := range [][]string{{"--sectors"}, {"--ego", "p1"}} {
			file := filepath.Join(t.TempDir(), "map.svg")
			analyzeOK(t, append([]string{"map", study, "--level", "person", "--key-file", keyFile, "--out", file, "--lang", lang, "-q"}, args...)...)
			if !strings.Contains(clitest.ReadFile(t, file), want) {
				t.Errorf("%s: sekat map %s lacks the notice", lang, args[0])
			}
		}
	}
	// At unit level the outputs are about units: no notice anywhere.
	unit := filepath.Join(t.TempDir(), "unit")
	analyzeOK(t, "analyze", study, "--out", unit, "--permutations", "10", "-q")
	ents, err := os.ReadDir(unit)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b := clitest.ReadFile(t, filepath.Join(unit, e.Name()))
		for _, n := range notices {
			if strings.Contains(b, n) {
				t.Errorf("unit level: %s carries the person-level notice", e.Name())
			}
		}
	}
	if s := clitest.ReadSummary(t, unit); s.Notice != "" {
		t.Errorf("unit level: summary.json notice %q", s.Notice)
	}
}

// htmlSection returns the section of html with id="name", to its end.
func htmlSection(t *testing.T, html, id string) string {
	t.Helper()
	i := strings.Index(html, `<section id="`+id+`"`)
	if i < 0 {
		t.Fatalf("report has no section %s", id)
	}
	j := strings.Index(html[i:], "</section>")
	if j < 0 {
		t.Fatalf("report section %s has no end", id)
	}
	return html[i : i+j]
}

// TestMapEgoUnknownWorded: an --ego id not in the network is refused in
// the user's language, naming the id as written, not the pseudonym it
// was looked up under (the session-14 reviews read English and
// "P-ZJ18-…" for "P-0042"), with exit 2 (bad usage: it was 1, a failed
// run) and what to give --ego instead.
func TestMapEgoUnknownWorded(t *testing.T) {
	study := clitest.HandStudy(t)
	_, keyFile := clitest.Key(t, 5)
	for lang, want := range map[string]string{"id": `pegawai "P-0042" tidak ada dalam jejaring`, "en": `person "P-0042" is not in the network`} {
		code, _, stderr := sekat(t, "map", study, "--ego", "P-0042", "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "e.svg"), "--lang", lang, "-q")
		if code != 2 || !strings.Contains(stderr, "--ego") || !strings.Contains(stderr, want) || strings.Contains(stderr, "P-0042\" is not in the network") && lang == "id" {
			t.Errorf("%s: exit %d, stderr %q, want %q", lang, code, stderr, want)
		}
	}
}

// TestMapEgoNIPSpelt: --ego takes a NIP as the people table writes it,
// with its spaces, or without them, with --reveal and without: the
// network names a person by the NIP without spaces (graph.CanonicalID),
// and "19850101 201001 1 001" as the people table wrote it was refused as
// not in the network with --reveal.
func TestMapEgoNIPSpelt(t *testing.T) {
	study := clitest.HandStudy(t)
	for _, f := range []string{"people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		b := regexp.MustCompile(`\bp1\b`).ReplaceAllString(clitest.ReadFile(t, filepath.Join(study, f)), "19850101 201001 1 001")
		clitest.WriteStudyFile(t, study, f, []byte(b))
	}
	_, keyFile := clitest.Key(t, 5)
	for _, ego := range []string{"19850101 201001 1 001", "198501012010011001"} {
		for _, reveal := range [][]string{nil, {"--reveal", "--purpose", "uji"}} {
			args := append([]string{"map", study, "--level", "person", "--ego", ego, "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "e.svg"), "-q"}, reveal...)
			if code, _, stderr := sekat(t, args...); code != 0 {
				t.Errorf("--ego %q %v: exit %d: %s", ego, reveal, code, stderr)
			}
		}
	}
}

// TestKeyBesideSingleFileOutput: a map or export written into a folder
// that holds the key (the home folder holds ~/.config/sekat/key) is not
// refused: only the file and its audit.json are handed on. A key inside
// an output folder still is (review C of session 14: every person-level
// map or export run from the home folder stopped with exit 2).
func TestKeyBesideSingleFileOutput(t *testing.T) {
	study := clitest.HandStudy(t)
	dir := t.TempDir()
	keyFile := filepath.Join(dir, ".config", "sekat", "key")
	if err := os.MkdirAll(filepath.Dir(keyFile), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(strings.Repeat("ab", 32)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"map", study, "--level", "person", "--sectors", "--out", filepath.Join(dir, "peta.svg")},
		{"export", study, "--level", "person", "--format", "gexf", "--out", filepath.Join(dir, "jejaring.gexf")},
	} {
		if code, _, stderr := sekat(t, append(args, "--key-file", keyFile, "-q")...); code != 0 {
			t.Errorf("%s: exit %d: %s", args[0], code, stderr)
		}
	}
	code, _, stderr := sekat(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", filepath.Join(dir, ".config"), "--lang", "en", "-q")
	if code != 2 || !strings.Contains(stderr, "inside the output folder") {
		t.Errorf("analyze into the key's folder: exit %d: %s", code, stderr)
	}
}

// TestMapSectorsAsReport: sekat map --sectors draws the sector overview
// the report draws (review A of session 14: "Digambar 29 dari 66" from
// map against "24 dari 66" in report.html: map passed the unit map's
// --max-ties default to the overview).
func TestMapSectorsAsReport(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 7, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "hasil")
	analyzeOK(t, "analyze", study, "--out", out, "--permutations", "10", "-q")
	file := filepath.Join(t.TempDir(), "sektor.svg")
	analyzeOK(t, "map", out, "--sectors", "--out", file, "-q")
	drawn := regexp.MustCompile(`Digambar \d+ dari \d+ ikatan antarsektor`)
	want, got := drawn.FindString(clitest.ReadFile(t, filepath.Join(out, "report.html"))), drawn.FindString(clitest.ReadFile(t, file))
	if want == "" || got != want {
		t.Errorf("map --sectors: %q, report.html: %q", got, want)
	}
	// its titles, which a browser shows on hover, name the sectors as the
	// report's do, not the DOT ids s0, s0--s3 (review of session 22)
	if ids := regexp.MustCompile(`<title>s\d+(&#45;&#45;s\d+)?</title>`).FindString(clitest.ReadFile(t, file)); ids != "" {
		t.Errorf("map --sectors: a title shows the DOT id %s", ids)
	}
}

// TestPurposeNotice: a person-level run without --purpose goes on (only
// facilitators and --reveal require one) but says on stderr, once, that
// no purpose was stated, and its audit record says purpose_stated false;
// with --purpose neither, and the record says true. A unit-level run says
// nothing. Before, every such run recorded "purpose": "" and said nothing,
// though pseudonymous data is still personal data (UU 27/2022).
func TestPurposeNotice(t *testing.T) {
	hand := clitest.HandCopy(t, nil, nil)
	small := clitest.SmallUnitStudy(t)
	_, keyFile := clitest.Key(t, 5)
	tmp := t.TempDir()
	res := filepath.Join(tmp, "hasil")
	analyzeOK(t, "analyze", hand, "--level", "person", "--key-file", keyFile, "--permutations", "10", "--purpose", "uji", "--out", res, "-q")
	periods := []string{"--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--resamples", "100", "--permutations", "100"}
	notice := map[string]string{"id": msg("id", "noPurpose"), "en": msg("en", "noPurpose")}
	for i, c := range []struct {
		args  []string
		audit string // the audit record written, relative to the run's out
	}{
		{[]string{"analyze", hand, "--level", "person", "--permutations", "10"}, "OUT/audit.json"},
		{[]string{"report", hand, "--level", "person", "--permutations", "10", "--lang", "en"}, "OUT/report.html.audit.json"},
		{[]string{"report", res}, "OUT/report.html.audit.json"},
		{[]string{"map", hand, "--level", "person", "--format", "dot"}, "OUT.audit.json"},
		{[]string{"map", res, "--format", "dot"}, "OUT.audit.json"},
		{[]string{"export", hand, "--level", "person", "--format", "gexf"}, "OUT.audit.json"},
		{[]string{"compare", small, "--level", "person"}, "OUT/audit.json"},
		{[]string{"trend", small, "--level", "person", "--every", "quarter", "--resamples", "100", "--permutations", "100"}, "OUT/audit.json"},
	} {
		if c.args[0] == "compare" {
			c.args = append(c.args, periods...)
		}
		lang := "id"
		if slices.Contains(c.args, "en") {
			lang = "en"
		}
		for _, purpose := range []string{"", "kajian sekat antar-OPD"} {
			out := filepath.Join(tmp, fmt.Sprintf("out%d-%t", i, purpose != ""))
			if c.args[0] == "map" {
				out += ".dot"
			}
			if c.args[0] == "export" {
				out += ".gexf"
			}
			args := append(slices.Clone(c.args), "--key-file", keyFile, "--out", out, "-q")
			if purpose != "" {
				args = append(args, "--purpose", purpose)
			}
			_, stderr := analyzeOK(t, args...)
			if got := strings.Count(stderr, notice[lang]); got != map[bool]int{true: 0, false: 1}[purpose != ""] {
				t.Errorf("%v: the notice of no purpose printed %d times:\n%s", args, got, stderr)
			}
			b, err := os.ReadFile(strings.Replace(c.audit, "OUT", out, 1))
			if err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			var a people.Audit
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatal(err)
			}
			if a.PurposeStated != (purpose != "") || a.Purpose != purpose || !strings.Contains(string(b), `"purpose_stated": `) {
				t.Errorf("%v: audit record purpose %q, purpose_stated %v:\n%s", args, a.Purpose, a.PurposeStated, b)
			}
		}
	}
	// unit level: no notice, no audit record
	out := filepath.Join(tmp, "unit")
	if _, stderr := analyzeOK(t, "analyze", hand, "--permutations", "10", "--out", out, "-q"); strings.Contains(stderr, notice["id"]) {
		t.Errorf("a unit-level run notes a missing purpose:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(out, people.AuditFile)); err == nil {
		t.Error("a unit-level run wrote audit.json")
	}
}
