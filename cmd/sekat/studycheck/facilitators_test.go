package studycheck

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestPersonOutputsNameNobody: without --reveal no file written by
// facilitators, or by analyze, report, map and export at person level, in
// any of their formats, contains a person id, a name or a position of the
// people table; with --reveal they do (so the grep can fail).
func TestPersonOutputsNameNobody(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 2, Scale: 0.1, MoveFacilitator: true}); err != nil {
		t.Fatal(err)
	}
	secrets := clitest.PersonSecrets(t, study)
	_, keyFile := clitest.Key(t, 3)
	root := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		analyzeOK(t, append(args, "--key-file", keyFile, "-q")...)
	}
	fac := filepath.Join(root, "fasilitator")
	run("facilitators", study, "--purpose", "uji privasi", "--out", fac, "--format", "csv,parquet", "--bootstrap", "20", "--shuffles", "10")
	ana := filepath.Join(root, "analyze")
	run("analyze", study, "--level", "person", "--out", ana, "--format", "csv,parquet", "--permutations", "10")
	run("report", study, "--level", "person", "--out", filepath.Join(root, "report"), "--permutations", "10")
	for _, f := range []string{"svg", "png", "dot"} {
		run("map", study, "--level", "person", "--format", f, "--out", filepath.Join(root, "map."+f))
	}
	for _, f := range []string{"csv", "graphml", "gexf", "dot"} {
		run("export", study, "--level", "person", "--format", f, "--out", filepath.Join(root, "export-"+f+"."+f))
	}
	found, files := clitest.Leaks(t, root, secrets)
	for _, f := range found {
		t.Error("pseudonymous output names a person:", f)
	}
	for _, want := range []string{"audit.json", "facilitators.csv", "facilitators.parquet", "facilitator_set.parquet", "sector_pair_bridges.parquet", "facilitators.html"} {
		if _, err := os.Stat(filepath.Join(fac, want)); err != nil {
			t.Error(err)
		}
	}
	t.Logf("%d files, %d secrets searched", files, len(secrets))

	rev := filepath.Join(t.TempDir(), "rev")
	run("facilitators", study, "--purpose", "uji privasi", "--out", rev, "--reveal", "--bootstrap", "20", "--shuffles", "10")
	if found, _ := clitest.Leaks(t, rev, secrets); len(found) == 0 {
		t.Error("with --reveal facilitators shows no person id or name: the grep above cannot fail")
	}
	if html := clitest.ReadFile(t, filepath.Join(rev, "facilitators.html")); !strings.Contains(html, "--reveal") {
		t.Error("facilitators.html made with --reveal does not say so")
	}
}

// TestFacilitatorsEndedActingPostNotFormal: a planted facilitator of the
// demo study (DPPKB, Analis Kebijakan Ahli Muda) held an acting post,
// Plt. Kepala Bagian Umum in DINKES, from March to September 2025, his
// DPPKB spell written as two around it (the post alone in force then).
// Over the year he is listed as what he went back to, in DPPKB and
// informal; over a window that ends during the post, as the acting Kepala
// Bagian in DINKES, a formal coordinator. Before, the post (the spell
// with the latest start) gave his position for every window: a formal
// coordinator "by position" for the whole year, out of the informal
// ranking he led. A post held beside a DPPKB spell in force is
// TestFacilitatorsActingPostBesideDefinitive.
func TestFacilitatorsEndedActingPostNotFormal(t *testing.T) {
	const joko = "197906042005101828"
	study := sampleStudyAs(t, "studi-plt", func(table, text string) []byte {
		if table == "people" {
			const row = joko + `,DPPKB,"Joko Firmansyah, M.M.",Analis Kebijakan Ahli Muda,`
			if !strings.Contains(text, "\n"+row+",\n") {
				t.Fatalf("the demo study has no %s in DPPKB", joko)
			}
			text = strings.Replace(text, "\n"+row+",\n", "\n"+row+",2025-02-28\n"+row+"2025-10-01,\n", 1)
			text += joko + `,DINKES,"Joko Firmansyah, M.M.",Plt. Kepala Bagian Umum,2025-03-01,2025-09-30` + "\n"
		}
		return []byte(text)
	})
	_, key := clitest.Key(t, 7)
	for _, tc := range []struct {
		window                         []string
		list, position, unit, formalBy string
	}{
		{nil, "informal", "Analis Kebijakan Ahli Muda", "DPPKB", ""},
		{[]string{"--from", "2025-01-01", "--to", "2025-06-01"}, "formal", "Plt. Kepala Bagian Umum", "DINKES", "Kepala Bagian"},
	} {
		out := filepath.Join(t.TempDir(), "f")
		args := append([]string{"facilitators", study, "--purpose", "uji", "--key-file", key, "--reveal", "--bootstrap", "20", "--shuffles", "10", "--out", out, "-q"}, tc.window...)
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, e)
		}
		found := false
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "facilitators.csv")) {
			if r["person_id"] != joko {
				continue
			}
			found = true
			if got := r["list"] + "|" + r["position"] + "|" + r["unit"] + "|" + r["formal_by"]; got != tc.list+"|"+tc.position+"|"+tc.unit+"|"+tc.formalBy {
				t.Errorf("window %v: %s; want %s|%s|%s|%s", tc.window, got, tc.list, tc.position, tc.unit, tc.formalBy)
			}
		}
		if !found {
			t.Errorf("window %v: %s is not listed", tc.window, joko)
		}
	}
}

// TestFacilitatorsActingPostBesideDefinitive: a Kepala Bidang of DPPKB
// since 2020 who is also Plt. (or Plh.) Kepala Bagian Umum in DINKES from
// October, his DPPKB post still in force, is listed in DPPKB with its
// position, one spell, and passes --min-tenure 12: the acting post is an
// additional assignment, not his unit. Before, facilitators placed him in
// DINKES, the spell in force that starts last, and --min-tenure 12
// counted three months there and dropped him. With the DPPKB spell ended
// when the post began, the post is his unit (three months: left out).
// analyze --level person places him as before, in DINKES.
func TestFacilitatorsActingPostBesideDefinitive(t *testing.T) {
	_, key := clitest.Key(t, 7)
	for _, c := range []struct {
		name, dppkb, acting string
		listed              bool
	}{
		{"plt", "2020-01-02,", "Plt. Kepala Bagian Umum", true},
		{"plh", "2020-01-02,", "PELAKSANA HARIAN Kepala Bagian Umum", true},
		{"alone", "2020-01-02,2025-09-30", "Plt. Kepala Bagian Umum", false},
	} {
		study := actingStudy(t, c.name, c.dppkb, c.acting)
		out := filepath.Join(t.TempDir(), "f")
		args := []string{"facilitators", study, "--purpose", "uji", "--key-file", key, "--reveal", "--min-tenure", "12", "--bootstrap", "20", "--shuffles", "10", "--out", out, "-q"}
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, e)
		}
		var got []string
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "facilitators.csv")) {
			if r["person_id"] == actingJoko {
				got = append(got, r["list"]+"|"+r["unit"]+"|"+r["position"]+"|"+r["spells"])
			}
		}
		want := []string{"informal|DPPKB|Kepala Bidang Pengendalian Penduduk|1"}
		if !c.listed {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %s listed as %q; want %q", c.name, actingJoko, got, want)
		}
	}
}

// actingJoko is the person of actingStudy.
const actingJoko = "197906042005101828"

// actingStudy is the demo study with Joko's spell in DPPKB (from the
// dates dppkb, "from,to") a Kepala Bidang's, and a spell in DINKES from
// 2025-10-01 with the position acting.
func actingStudy(t *testing.T, name, dppkb, acting string) string {
	t.Helper()
	const row = actingJoko + `,DPPKB,"Joko Firmansyah, M.M.",`
	return sampleStudyAs(t, "studi-"+name, func(table, text string) []byte {
		if table == "people" {
			if !strings.Contains(text, "\n"+row+"Analis Kebijakan Ahli Muda,,\n") {
				t.Fatalf("the demo study has no %s in DPPKB", actingJoko)
			}
			text = strings.Replace(text, "\n"+row+"Analis Kebijakan Ahli Muda,,\n", "\n"+row+"Kepala Bidang Pengendalian Penduduk,"+dppkb+"\n", 1)
			text += actingJoko + `,DINKES,"Joko Firmansyah, M.M.",` + acting + ",2025-10-01,\n"
		}
		return []byte(text)
	})
}

// TestActingPostOneUnitInEveryOutput: a person whose acting post (Plt)
// in DINKES is in force beside their definitive post in DPPKB at the
// window's end stands in DPPKB in every person-level output. For a
// while facilitators alone placed them so, and analyze --level person
// in DINKES: with one key the pseudonym stood in two units, which tells
// of the Plt, and the two outputs' groups (and so those withheld)
// differed by one person.
func TestActingPostOneUnitInEveryOutput(t *testing.T) {
	k, key := clitest.Key(t, 7)
	study := actingStudy(t, "plt", "2020-01-02,", "Plt. Kepala Bagian Umum")
	out := t.TempDir()
	analyzeOK(t, "analyze", study, "--level", "person", "--purpose", "uji", "--key-file", key, "--out", filepath.Join(out, "a"), "-q")
	if code, _, e := sekat(t, "facilitators", study, "--purpose", "uji", "--key-file", key, "--bootstrap", "20", "--shuffles", "10", "--out", filepath.Join(out, "f"), "-q"); code != 0 {
		t.Fatalf("facilitators: exit %d: %s", code, e)
	}
	p := k.Pseudonym(actingJoko)
	units := map[string]string{}
	for file, col := range map[string]string{"a/people.csv": "unit_id", "f/facilitators.csv": "unit"} {
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, file)) {
			if r["person_id"] == p || r["pseudonym"] == p {
				units[file] = r[col]
			}
		}
	}
	if units["a/people.csv"] != "DPPKB" || units["f/facilitators.csv"] != "DPPKB" {
		t.Errorf("%s stands in %v; want DPPKB in both", p, units)
	}
}

// TestFacilitatorsPageGivesInputWarnings: the warnings about the study's
// files are in facilitators.html's notes, worded as analyze's files word
// them: a people table that writes one NIP with and without its spaces
// (one person) is said, without the NIP unless --reveal. Before, they were
// on stderr only, and a reader of the page did not learn that two rows
// were made one person.
func TestFacilitatorsPageGivesInputWarnings(t *testing.T) {
	const nip = "197906042005101828"
	study := sampleStudyAs(t, "studi-nip", func(table, text string) []byte {
		if table == "people" {
			text += "19790604 200510 1 828,DPPKB,\"Joko Firmansyah, M.M.\",Analis Kebijakan Ahli Muda,2025-07-01,\n"
		}
		return []byte(text)
	})
	_, key := clitest.Key(t, 7)
	for _, reveal := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "f")
		args := []string{"facilitators", study, "--purpose", "uji", "--key-file", key, "--bootstrap", "20", "--shuffles", "10", "--out", out, "-q"}
		if reveal {
			args = append(args, "--reveal")
		}
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, e)
		}
		page := clitest.ReadFile(t, filepath.Join(out, "facilitators.html"))
		if !strings.Contains(page, "tabel people menulis satu NIP dengan dua cara") {
			t.Errorf("reveal %v: the page does not say that a NIP is written two ways", reveal)
		}
		if got := strings.Contains(page, "19790604 200510 1 828"); got != reveal {
			t.Errorf("reveal %v: the page quotes the spaced NIP: %v", reveal, got)
		}
		if !reveal && strings.Contains(page, nip) {
			t.Errorf("the page quotes %s without --reveal", nip)
		}
	}
}
