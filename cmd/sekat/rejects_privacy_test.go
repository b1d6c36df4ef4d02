package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/people"
)

// badStudyMore is testdata/studies/bad with a rejected row in the units,
// people and data_sharing tables too: a bad kind (a unit cell), a person's
// unknown unit_id (a people cell), a bad status and an unknown provider.
func badStudyMore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bad")
	copyDir(t, "../../testdata/studies/bad", dir)
	for name, row := range map[string]string{
		"units.csv":        "F,Dinas F,s3,bogus\n",
		"people.csv":       "p6,NOPE,Enam,Staf,,\n",
		"data_sharing.csv": "2025-03-05,C,A,penduduk,mungkin,\n2025-03-06,X5,A,penduduk,granted,\n",
	} {
		b := readFileBytes(t, filepath.Join(dir, name))
		if err := os.WriteFile(filepath.Join(dir, name), append(b, row...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rejectsRows are the rejected rows of badStudyMore: where, and the value
// rejects.csv shows when it shows it; personal marks those that may name a
// person.
var rejectsRows = []struct {
	where, value string
	personal     bool
}{
	{"units.csv,7,kind", "bogus", false},
	{"people.csv,8,unit_id", "NOPE", true},
	{"correspondence.csv,3,sent_at", "2025-02-30 09:00", false},
	{"correspondence.csv,5,recipients", "p99", true},
	{"correspondence.csv,7,recipients", "", true},
	{"correspondence.csv,9,", "2025-02-05 09:00,p1,p3,bad4", true},
	{"meetings.csv,4,attendee", `p\x811`, true},
	{"data_sharing.csv,7,status", "mungkin", false},
	{"data_sharing.csv,8,provider", "X5", true},
}

// TestRejectsValuesWithheld: at either level, without --reveal, rejects.csv
// leaves out the values that may name a person (a whole row, a people
// cell, an id of a log table) and gives the catalogue's reason for them,
// which quotes no id; a time, a status or a unit's cell stays, so the data
// steward sees what is wrong. With --reveal (and --purpose) every value is
// shown. Before, a unit-level folder listed every value (NIPs, whole rows
// of names) and a person-level one none, not even a bad date. Standard
// error counts the values left out and says how to see them.
func TestRejectsValuesWithheld(t *testing.T) {
	study := badStudyMore(t)
	eachLevelReveal(t, func(t *testing.T, level string, reveal bool, lang string) {
		out := filepath.Join(t.TempDir(), "out")
		args := []string{"analyze", study, "--out", out, "--level", level, "--max-reject-rate", "1", "--lang", lang, "-q"}
		if reveal {
			args = append(args, "--reveal", "--purpose", "data cleaning")
		}
		_, stderr := analyzeOK(t, args...)
		// The terminal says how many values were left out and
		// where to see them (before, it said each unknown id was
		// listed in rejects.csv, which no longer showed them).
		leftOut := 0
		for _, r := range rejectsRows {
			if r.personal && r.value != "" {
				leftOut++
			}
		}
		said := map[string]string{"id": fmt.Sprintf("%d nilai di %s dikosongkan", leftOut, filepath.Join(out, "rejects.csv")),
			"en": fmt.Sprintf("%d values in %s were left out", leftOut, filepath.Join(out, "rejects.csv"))}[lang]
		if got := strings.Contains(stderr, said); got == reveal {
			t.Errorf("stderr says %q: %v, want %v:\n%s", said, got, !reveal, stderr)
		}
		rows := readCSV(t, filepath.Join(out, "rejects.csv"))
		if len(rows) != len(rejectsRows) {
			t.Fatalf("%d rows in rejects.csv, want %d: %v", len(rows), len(rejectsRows), rows)
		}
		for i, want := range rejectsRows {
			got := rows[i]
			if where := got["file"] + "," + got["line"] + "," + got["column"]; where != want.where {
				t.Errorf("row %d at %s, want %s", i, where, want.where)
				continue
			}
			wantValue := want.value
			if want.personal && !reveal {
				wantValue = ""
			}
			if got["value"] != wantValue {
				t.Errorf("%s: value %q, want %q", want.where, got["value"], wantValue)
			}
			if want.personal && !reveal && want.value != "" && strings.Contains(got["reason"], want.value) {
				t.Errorf("%s: reason %q quotes the value left out", want.where, got["reason"])
			}
			if got["reason"] == "" {
				t.Errorf("%s: no reason", want.where)
			}
		}
	})
}

// readAudit reads dir's audit.json; nil when there is none.
func readAudit(t *testing.T, dir string) *people.Audit {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, people.AuditFile))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var a people.Audit
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

// TestUnitRevealAudit: at unit level --reveal shows rejects.csv's values,
// and audit.json beside it keeps the purpose (as at person level), also
// when the run fails for too many rejected rows and leaves rejects.csv
// alone. Read back, such a folder needs --reveal again, and report
// carries rejects.csv and audit.json into another folder together. A run
// without --reveal, or with nothing rejected, writes no audit.json and
// removes an earlier one. Before, --reveal at unit level was accepted and
// did nothing, and no file said why a folder's rejects.csv named people.
func TestUnitRevealAudit(t *testing.T) {
	study := badStudyMore(t)
	out := filepath.Join(t.TempDir(), "out")
	_, stderr := analyzeOK(t, "analyze", study, "--out", out, "--max-reject-rate", "1", "--reveal", "--purpose", "pembersihan data")
	if !strings.Contains(stderr, "rejects.csv menampilkan semua nilai yang ditolak") {
		t.Errorf("stderr does not say that rejects.csv shows every value:\n%s", stderr)
	}
	a := readAudit(t, out)
	if a == nil {
		t.Fatal("no audit.json beside a rejects.csv written with --reveal")
	}
	if !a.Revealed || a.Purpose != "pembersihan data" || a.Command != "analyze" || !slices.Contains(a.Outputs, "rejects.csv") || a.Notice != "" || a.Pseudonyms {
		t.Errorf("audit.json %+v; want revealed, the purpose, analyze, rejects.csv among the outputs, no notice and no pseudonyms", a)
	}
	if got := readCSV(t, filepath.Join(out, "rejects.csv")); got[3]["value"] != "p99" {
		t.Errorf("rejects.csv with --reveal: %v, want p99 shown", got[3])
	}

	copied := filepath.Join(t.TempDir(), "copy")
	if code, _, stderr := sekat(t, "report", out, "--out", copied); code != 2 || !strings.Contains(stderr, "rejects.csv dan peringatan di summary.json dapat memuat NIP") {
		t.Errorf("report of a revealed unit-level folder without --reveal: exit %d, %s; want 2 asking for --reveal, saying why", code, stderr)
	}
	// a unit map shows nothing of rejects.csv or the warnings: it needs
	// no --reveal (it asked for one, as report does)
	unitMap := filepath.Join(t.TempDir(), "peta.svg")
	analyzeOK(t, "map", out, "--out", unitMap)
	if b := readFile(t, unitMap); strings.Contains(b, "p99") {
		t.Errorf("the map of a revealed unit-level folder quotes the rejected id p99")
	}
	analyzeOK(t, "report", out, "--out", copied, "--reveal", "--purpose", "salinan untuk sekretariat")
	if got, want := readFile(t, filepath.Join(copied, "rejects.csv")), readFile(t, filepath.Join(out, "rejects.csv")); got != want {
		t.Errorf("rejects.csv carried by report:\n%s\nwant:\n%s", got, want)
	}
	if ca := readAudit(t, copied); ca == nil || !ca.Revealed || ca.Purpose != "pembersihan data" {
		t.Errorf("audit.json carried by report: %+v; want the run's, revealed", ca)
	}
	// this reading's own purpose is kept beside the report (it was kept
	// nowhere: the carried audit.json has the first run's)
	var ra people.Audit
	if b, err := os.ReadFile(filepath.Join(copied, "report.html.audit.json")); err != nil {
		t.Errorf("no report.html.audit.json for a report that read a revealed folder with --reveal: %v", err)
	} else if err := json.Unmarshal(b, &ra); err != nil || ra.Purpose != "salinan untuk sekretariat" || ra.Command != "report" {
		t.Errorf("report.html.audit.json %+v (%v); want report and this reading's purpose", ra, err)
	}

	analyzeOK(t, "analyze", study, "--out", out, "--max-reject-rate", "1")
	if a := readAudit(t, out); a != nil {
		t.Errorf("audit.json %+v left beside a rejects.csv written without --reveal", a)
	}
	plain := filepath.Join(t.TempDir(), "plain")
	analyzeOK(t, "report", out, "--out", plain)
	if got := readCSV(t, filepath.Join(plain, "rejects.csv")); got[3]["value"] != "" {
		t.Errorf("rejects.csv carried by report: %v, want p99 left out", got[3])
	}

	clean := filepath.Join(t.TempDir(), "clean")
	analyzeOK(t, "analyze", "../../testdata/studies/hand", "--out", clean, "--reveal", "--purpose", "pembersihan data")
	if a := readAudit(t, clean); a != nil {
		t.Errorf("audit.json %+v written for a unit-level run that rejected nothing", a)
	}
}

// TestRevealRejectRateAudit: a run with --reveal that fails for too many
// rejected rows puts rejects.csv, which then shows every value, in place
// with audit.json beside it; without --reveal it leaves no audit.json.
// Before, such a rejects.csv named people with no record of why, at
// person level too.
func TestRevealRejectRateAudit(t *testing.T) {
	study := badStudyMore(t)
	eachLevelReveal(t, func(t *testing.T, level string, reveal bool, lang string) {
		revealRejectRateAudit(t, study, level, reveal, lang)
	})
}

// eachLevelReveal runs fn as a subtest for each level, with and without
// --reveal, in each language.
func eachLevelReveal(t *testing.T, fn func(t *testing.T, level string, reveal bool, lang string)) {
	for _, reveal := range []bool{false, true} {
		for _, level := range []string{"unit", "person"} {
			for _, lang := range []string{"id", "en"} {
				t.Run(fmt.Sprintf("%s/reveal=%v/%s", level, reveal, lang), func(t *testing.T) { fn(t, level, reveal, lang) })
			}
		}
	}
}

// revealRejectRateAudit is one case of TestRevealRejectRateAudit. The
// failure points to rejects.csv, so without --reveal it also says how
// many values that file left out and how to see them, as a run that goes
// on does (before, it said nothing of the empty cells the steward found).
func revealRejectRateAudit(t *testing.T, study, level string, reveal bool, lang string) {
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"analyze", study, "--out", out, "--level", level, "--lang", lang}
	if reveal {
		args = append(args, "--reveal", "--purpose", "data cleaning")
	}
	code, _, stderr := sekat(t, args...)
	if code != 1 || !strings.Contains(stderr, "--max-reject-rate") {
		t.Fatalf("exit %d, %s; want 1 for the reject rate", code, stderr)
	}
	leftOut := 0
	for _, r := range rejectsRows {
		if r.personal && r.value != "" {
			leftOut++
		}
	}
	said := map[string]string{"id": fmt.Sprintf("%d nilai di %s dikosongkan", leftOut, filepath.Join(out, "rejects.csv")),
		"en": fmt.Sprintf("%d values in %s were left out", leftOut, filepath.Join(out, "rejects.csv"))}[lang]
	if got := strings.Contains(stderr, said); got == reveal {
		t.Errorf("stderr says %q: %v, want %v:\n%s", said, got, !reveal, stderr)
	}
	rows := readCSV(t, filepath.Join(out, "rejects.csv"))
	a := readAudit(t, out)
	switch {
	case reveal && (a == nil || !a.Revealed || a.Purpose != "data cleaning" || !slices.Equal(a.Outputs, []string{"rejects.csv"}) || a.Study != "bad"):
		t.Errorf("audit.json %+v; want revealed, the purpose, the study bad and rejects.csv its one output", a)
	case !reveal && a != nil:
		t.Errorf("audit.json %+v written without --reveal", a)
	}
	if got, want := rows[1]["value"], map[bool]string{true: "NOPE", false: ""}[reveal]; got != want {
		t.Errorf("people.csv line 8: value %q, want %q", got, want)
	}
}

// TestWarningsWithheldInFiles: the warnings summary.json and report.html
// repeat from stderr leave out, unless --reveal, the values that may
// identify a person: the person of two spells that start together, an
// organizer id of a meeting whose rows differ, an id of the logs of a study
// without a people table. No file of the folder holds those ids, at
// either level, and neither does stderr, which names the file and line
// of the rows instead; validate, the data steward's check, names them.
// With --reveal at unit level they are quoted and audit.json keeps the
// purpose beside them, as report.html.audit.json does for report.
// Before, summary.json and the report quoted them, at person level too,
// and stderr named them without --reveal until 2026-12-07.
func TestWarningsWithheldInFiles(t *testing.T) {
	// A meeting of the hand study comes back after others, so its
	// meetings are held by id with a hash of their first row's cells only:
	// the warning quotes the other organizer, org2.
	const spells, org1, org2, logID = "199001012020121001", "198507142010011002", "198507142010011003", "197912312005012004"
	withPeople := handCopy(t, map[string]string{
		"people.csv":   spells + ",A,Budi,Staf,,\n" + spells + ",B,Budi,Staf,,\n",
		"meetings.csv": "M7,2025-06-03 09:00,p1," + org1 + ",\nM7,2025-06-03 09:00,p2," + org2 + ",\n",
	}, nil)
	noPeople := filepath.Join(t.TempDir(), "tanpa-people")
	if err := os.MkdirAll(noPeople, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]string{
		"units.csv":          readFile(t, "../../testdata/studies/hand/units.csv"),
		"correspondence.csv": "sent_at,sender,recipients\n2025-01-10 09:00,A,B\n2025-01-11 09:00,B,C\n2025-01-12 09:00," + logID + ",C\n",
	} {
		if err := os.WriteFile(filepath.Join(noPeople, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, study, level string
		reveal             bool
		ids                []string
	}{
		{"unit", withPeople, "unit", false, []string{spells, org2}},
		{"person", withPeople, "person", false, []string{spells, org2}},
		{"unit revealed", withPeople, "unit", true, []string{spells, org2}},
		{"no people", noPeople, "unit", false, []string{logID}},
		{"no people revealed", noPeople, "unit", true, []string{logID}},
	} {
		for _, lang := range []string{"id", "en"} {
			t.Run(c.name+"/"+lang, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out")
				args := []string{"analyze", c.study, "--out", out, "--level", c.level, "--max-reject-rate", "1", "--lang", lang}
				if c.reveal {
					args = append(args, "--reveal", "--purpose", "data cleaning")
				}
				_, stderr := analyzeOK(t, args...)
				files := map[string]string{}
				ents, err := os.ReadDir(out)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range ents {
					files[e.Name()] = readFile(t, filepath.Join(out, e.Name()))
				}
				var warned []string
				for _, w := range readSummary(t, out).Warnings {
					warned = append(warned, w.Code)
				}
				for _, code := range map[bool][]string{true: {"spells_start_together", "meeting_rows_differ"}, false: {"people_missing"}}[c.study == withPeople] {
					if !slices.Contains(warned, code) {
						t.Errorf("summary.json warns of %v, want %s among them", warned, code)
					}
				}
				if c.reveal && c.study == withPeople {
					// report on the study: its report.html quotes them too
					rep := filepath.Join(t.TempDir(), "rep")
					analyzeOK(t, "report", c.study, "--out", rep, "--lang", lang, "--reveal", "--purpose", "data cleaning")
					if !strings.Contains(readFile(t, filepath.Join(rep, "report.html")), spells) {
						t.Errorf("report.html with --reveal does not name %s", spells)
					}
					if _, err := os.Stat(filepath.Join(rep, "report.html."+people.AuditFile)); err != nil {
						t.Errorf("no audit record beside a report whose warnings name people: %v", err)
					}
				}
				// the rows are found by file and line on stderr all the same
				where := map[bool][]string{true: {"people.csv (lines 8 and 9)", "meetings.csv line 14"}, false: {"correspondence.csv line 4"}}[c.study == withPeople]
				if lang == "id" {
					where = map[bool][]string{true: {"people.csv baris 8 dan 9", "meetings.csv baris 14"}, false: {"correspondence.csv baris 4"}}[c.study == withPeople]
				}
				for _, w := range where {
					if !strings.Contains(stderr, w) {
						t.Errorf("stderr does not name %s:\n%s", w, stderr)
					}
				}
				// each warning that leaves an id out says where to see it
				for _, l := range strings.Split(stderr, "\n") {
					if !c.reveal && slices.ContainsFunc(where, func(w string) bool { return strings.Contains(l, w) }) && !strings.Contains(l, "sekat validate") {
						t.Errorf("stderr leaves an id out without saying that sekat validate shows it:\n%s", l)
					}
				}
				_, _, vstderr := sekat(t, "validate", c.study, "--lang", lang)
				for _, id := range c.ids {
					if strings.Contains(stderr, id) != c.reveal {
						t.Errorf("stderr names %s: %v, want %v (--reveal):\n%s", id, !c.reveal, c.reveal, stderr)
					}
					if !strings.Contains(vstderr, id) {
						t.Errorf("validate's stderr does not name %s:\n%s", id, vstderr)
					}
					if c.reveal {
						if !strings.Contains(files["summary.json"], id) {
							t.Errorf("summary.json with --reveal does not name %s", id)
						}
						if a := readAudit(t, out); a == nil || !a.Revealed || a.Purpose != "data cleaning" {
							t.Errorf("audit.json %+v beside warnings that name people; want revealed, with the purpose", a)
						}
						continue
					}
					for name, b := range files {
						if strings.Contains(b, id) {
							t.Errorf("%s names %s", name, id)
						}
					}
				}
			})
		}
	}
}

// TestMapRevealedPersonFolder: a person-level folder written with
// --reveal holds names; its map is still drawn only with --reveal (the
// unit-level exception of TestUnitRevealAudit does not reach it).
func TestMapRevealedPersonFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", "../../testdata/studies/hand", "--level", "person", "--permutations", "100", "--out", out, "--reveal", "--purpose", "uji")
	m := filepath.Join(t.TempDir(), "peta.svg")
	if code, _, stderr := sekat(t, "map", out, "--out", m); code != 2 || !strings.Contains(stderr, "berisi NIP dan nama pegawai") {
		t.Errorf("map of a revealed person-level folder without --reveal: exit %d, %s; want 2 asking for --reveal", code, stderr)
	}
	if _, err := os.Stat(m); err == nil {
		t.Errorf("the refused map was written")
	}
	analyzeOK(t, "map", out, "--out", m, "--reveal", "--purpose", "uji")
}
