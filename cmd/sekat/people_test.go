package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/result"
)

// analyzeOK runs sekat with args and fails the test unless it exits 0.
func analyzeOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	code, o, e := sekat(t, args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, e)
	}
	return o, e
}

func readSummary(t *testing.T, dir string) *result.Summary {
	t.Helper()
	return clitest.ReadSummary(t, dir)
}

// checkPersonCounts checks that summary.json's counts mean what people.csv
// shows: nodes are its rows, person_nodes its rows of kind person,
// unit_nodes those of kind unit; person_nodes are the people of the window
// less the inactive ones (or all of them with --keep-inactive); no more
// people in the window than in the people table.
func checkPersonCounts(t *testing.T, out string) (*result.Summary, []map[string]string) {
	t.Helper()
	s := readSummary(t, out)
	rows := readCSV(t, filepath.Join(out, "people.csv"))
	c := s.Counts
	if c.PersonNodes == nil || c.UnitNodes == nil || c.PeopleInWindow == nil || c.PeopleInactive == nil {
		t.Fatalf("person-level counts missing from summary.json: %+v", c)
	}
	people, units := 0, 0
	for _, r := range rows {
		switch r["kind"] {
		case "person":
			people++
		case "unit":
			units++
		default:
			t.Errorf("people.csv row %s of kind %q", r["person_id"], r["kind"])
		}
	}
	if c.Nodes != len(rows) || *c.PersonNodes != people || *c.UnitNodes != units || s.Network.Nodes != len(rows) {
		t.Errorf("counts.nodes %d, person_nodes %d, unit_nodes %d, network.nodes %d; people.csv has %d rows, %d people, %d units",
			c.Nodes, *c.PersonNodes, *c.UnitNodes, s.Network.Nodes, len(rows), people, units)
	}
	want := *c.PeopleInWindow - *c.PeopleInactive
	if s.Method.KeepInactive {
		want = *c.PeopleInWindow
	}
	if people != want || *c.PeopleInWindow > c.People {
		t.Errorf("%d people in people.csv; people_in_window %d, people_inactive %d, keep_inactive %v, people %d",
			people, *c.PeopleInWindow, *c.PeopleInactive, s.Method.KeepInactive, c.People)
	}
	return s, rows
}

// TestInactivePeople: at person level a person with a spell in the window
// but no event is not in people.csv and is counted in
// counts.people_inactive; --keep-inactive keeps them as an isolated node.
// The hand study gets p6 (unit B, no event) and p7 (unit C until
// 2024-06-30, so outside the window from 2025-01-01).
func TestInactivePeople(t *testing.T) {
	study := handCopy(t, map[string]string{"people.csv": "p6,B,Enam,Staf,,\np7,C,Tujuh,Staf,,2024-06-30\n"}, nil)
	ids := func(rows []map[string]string) map[string]map[string]string {
		m := map[string]map[string]string{}
		for _, r := range rows {
			m[r["person_id"]] = r
		}
		return m
	}
	out := t.TempDir()
	_, stderr := analyzeOK(t, "analyze", study, "--level", "person", "--reveal", "--purpose", "uji", "--from", "2025-01-01", "--out", out, "--lang", "en")
	s, rows := checkPersonCounts(t, out)
	got := ids(rows)
	if got["p6"] != nil || got["p7"] != nil {
		t.Errorf("p6 (no event) or p7 (outside the window) in people.csv by default")
	}
	c := s.Counts
	if c.People != 7 || *c.PeopleInWindow != 6 || *c.PeopleInactive != 1 || *c.PersonNodes != 5 || *c.UnitNodes != 5 || s.Method.KeepInactive {
		t.Errorf("counts %+v (in window %d, inactive %d), keep_inactive %v; want 7 people, 6 in the window, 1 inactive, 5+5 nodes",
			c, *c.PeopleInWindow, *c.PeopleInactive, s.Method.KeepInactive)
	}
	if !strings.Contains(stderr, "1 person without a tie in the window is left out") {
		t.Errorf("stderr does not say who was left out: %q", stderr)
	}

	kept := t.TempDir()
	_, stderr = analyzeOK(t, "analyze", study, "--level", "person", "--reveal", "--purpose", "uji", "--from", "2025-01-01", "--keep-inactive", "--out", kept)
	s, rows = checkPersonCounts(t, kept)
	got = ids(rows)
	if r := got["p6"]; r == nil || r["degree"] != "0" || r["unit_id"] != "B" {
		t.Errorf("--keep-inactive: p6 is %v, want an isolated node of unit B", r)
	} else if got["p7"] != nil {
		t.Error("--keep-inactive: p7, whose spell ends before the window, is a node")
	}
	if c := s.Counts; *c.PeopleInactive != 1 || *c.PersonNodes != 6 || !s.Method.KeepInactive {
		t.Errorf("--keep-inactive: inactive %d, person nodes %d, keep_inactive %v; want 1, 6, true", *c.PeopleInactive, *c.PersonNodes, s.Method.KeepInactive)
	}
	if !strings.Contains(stderr, "1 pegawai tanpa ikatan") {
		t.Errorf("stderr does not say the inactive people were kept: %q", stderr)
	}
	// Leaving p6 out changes no tie.
	if readFile(t, filepath.Join(out, "edges.csv")) != readFile(t, filepath.Join(kept, "edges.csv")) {
		t.Error("--keep-inactive changed edges.csv")
	}
	// At unit level the flag changes nothing.
	u1, u2 := t.TempDir(), t.TempDir()
	analyzeOK(t, "analyze", study, "--out", u1)
	analyzeOK(t, "analyze", study, "--keep-inactive", "--out", u2)
	if readFile(t, filepath.Join(u1, "units.csv")) != readFile(t, filepath.Join(u2, "units.csv")) {
		t.Error("--keep-inactive changed units.csv")
	}
	// The hand study's golden run: the counts agree there too.
	checkPersonCounts(t, "../../testdata/golden/analyze/hand-person")
}

// TestPartialLetterAnalyze: a letter to p3 (B), X1 with cc p4 (C), X2 is
// used with p3 and p4 (edges A->B and A->C get one more letter each, as
// ingest's TestLoadPartialLetters derives); rejects.csv lists X1 and X2
// with their column (the ids themselves only with --reveal: they may be
// NIPs), and summary.json counts the letter as partial, not rejected.
func TestPartialLetterAnalyze(t *testing.T) {
	study := handCopy(t, map[string]string{"correspondence.csv": "2025-05-06 09:00,p1,p3;X1,p4; X2,m7\n"}, nil)
	out := t.TempDir()
	_, stderr := analyzeOK(t, "analyze", study, "--out", out)
	edges := readFile(t, filepath.Join(out, "edges.csv"))
	for _, want := range []string{"\nA,B,2,0.25,0,0,2.25\n", "\nA,C,2,0.25,0,0,2.25\n"} {
		if !strings.Contains(edges, want) {
			t.Errorf("edges.csv lacks %q:\n%s", want, edges)
		}
	}
	rj := readCSV(t, filepath.Join(out, "rejects.csv"))
	if len(rj) != 2 || rj[0]["line"] != "8" || rj[0]["column"] != "recipients" || rj[0]["value"] != "" ||
		rj[1]["line"] != "8" || rj[1]["column"] != "cc" || rj[1]["value"] != "" {
		t.Fatalf("rejects.csv %v, want recipients and cc of line 8, their ids left out", rj)
	}
	revealed := t.TempDir()
	analyzeOK(t, "analyze", study, "--out", revealed, "--reveal", "--purpose", "data cleaning")
	if rv := readCSV(t, filepath.Join(revealed, "rejects.csv")); len(rv) != 2 || rv[0]["value"] != "X1" || rv[1]["value"] != "X2" {
		t.Fatalf("rejects.csv with --reveal %v, want X1 (recipients) and X2 (cc)", rv)
	}
	if !strings.Contains(rj[0]["reason"], "surat tetap dipakai dengan penerima lainnya") {
		t.Errorf("reason %q does not say the letter was kept", rj[0]["reason"])
	}
	s := readSummary(t, out)
	var in result.Input
	for _, x := range s.Inputs {
		if x.Table == "correspondence" {
			in = x
		}
	}
	if s.Partial != 1 || s.Rejected != 0 || in.Partial != 1 || in.Rejected != 0 {
		t.Errorf("rows_partial %d (correspondence %d), rows_rejected %d (%d); want 1 partial, 0 rejected", s.Partial, in.Partial, s.Rejected, in.Rejected)
	}
	if !strings.Contains(stderr, "1 surat tetap dipakai tanpa sebagian penerimanya") {
		t.Errorf("stderr does not mention the partial letter: %q", stderr)
	}
	// validate lists the unknown ids and fails.
	code, stdout, _ := sekat(t, "validate", study, "--lang", "en")
	if code != 1 || !strings.Contains(stdout, "1 letter can still be used without 2 unknown recipient ids") || !strings.Contains(stdout, "X2") {
		t.Errorf("validate: exit %d, %q", code, stdout)
	}
}

// TestCircularsHandStudy: p5 (unit D from 2025-04-01) writes to unit A,
// p1 (A), B, C and E: four units other than D. At the default limit (4)
// it is an ordinary letter: D->A, D->B, D->C and D->E get one letter each.
// With thresholds: {circular_units: 3} it is a circular: edges.csv is the
// hand study's, and the letter is counted in counts.circulars and in D's
// (and at person level p5's) circulars_sent.
func TestCircularsHandStudy(t *testing.T) {
	letter := map[string]string{"correspondence.csv": "2025-05-10 09:00,p5,A;p1;B,C;E,m7\n"}
	hand := t.TempDir()
	analyzeOK(t, "analyze", "../../testdata/studies/hand", "--out", hand)

	out := t.TempDir()
	analyzeOK(t, "analyze", handCopy(t, letter, nil), "--out", out)
	edges := readFile(t, filepath.Join(out, "edges.csv"))
	for _, want := range []string{"\nD,A,1,0.25,0,0,1.25\n", "\nD,B,1,0,0,0,1\n", "\nD,C,1,0,0,1,1\n", "\nD,E,1,0.25,0,0,1.25\n"} {
		if !strings.Contains(edges, want) {
			t.Errorf("default limit: edges.csv lacks %q:\n%s", want, edges)
		}
	}
	if s := readSummary(t, out); s.Counts.Circulars != 0 || s.Method.CircularUnits != 4 {
		t.Errorf("default limit: %d circulars, limit %d; want 0 and 4", s.Counts.Circulars, s.Method.CircularUnits)
	}

	study := handCopy(t, letter, map[string]string{"study.yaml": "thresholds: {circular_units: 3}\n"})
	_, stderr := analyzeOK(t, "analyze", study, "--out", out, "--lang", "en")
	if got, want := readFile(t, filepath.Join(out, "edges.csv")), readFile(t, filepath.Join(hand, "edges.csv")); got != want {
		t.Errorf("a circular changed the ties:\n%s\nwant the hand study's:\n%s", got, want)
	}
	s := readSummary(t, out)
	if s.Counts.Circulars != 1 || s.Counts.Messages != 7 || s.Method.CircularUnits != 3 {
		t.Errorf("%d circulars of %d letters, limit %d; want 1 of 7, limit 3", s.Counts.Circulars, s.Counts.Messages, s.Method.CircularUnits)
	}
	for _, r := range readCSV(t, filepath.Join(out, "units.csv")) {
		want := "0"
		if r["unit_id"] == "D" {
			want = "1"
		}
		if r["circulars_sent"] != want {
			t.Errorf("%s circulars_sent %q, want %s", r["unit_id"], r["circulars_sent"], want)
		}
	}
	if !strings.Contains(stderr, "1 circular (a letter to more than 3 other units) makes no tie") {
		t.Errorf("stderr does not mention the circular: %q", stderr)
	}

	person := t.TempDir()
	analyzeOK(t, "analyze", study, "--level", "person", "--reveal", "--purpose", "uji", "--out", person)
	for _, r := range readCSV(t, filepath.Join(person, "people.csv")) {
		want := "0"
		if r["person_id"] == "p5" {
			want = "1"
		}
		if r["circulars_sent"] != want {
			t.Errorf("person level: %s circulars_sent %q, want %s", r["person_id"], r["circulars_sent"], want)
		}
	}
	if s := readSummary(t, person); s.Counts.Circulars != 1 {
		t.Errorf("person level: %d circulars, want the same 1", s.Counts.Circulars)
	}
}

// TestCircularsGenerated: on a generated kabupaten the circulars are the
// generator's surat edaran (its letters of kind surat_edaran go from a
// coordinator to 5-20 units or their heads; a unit and its head count
// once, so a few reach only 4 units and stay ordinary letters):
// counts.circulars is between 97% and 100% of them, units.csv's
// circulars_sent sums to it, and only coordinators send circulars.
func TestCircularsGenerated(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	edaran := 0
	for _, r := range readCSV(t, filepath.Join(study, "correspondence.csv")) {
		if r["kind"] == "surat_edaran" {
			edaran++
		}
	}
	out := t.TempDir()
	analyzeOK(t, "analyze", study, "--out", out, "--permutations", "10")
	s := readSummary(t, out)
	if c := s.Counts.Circulars; edaran == 0 || c > int64(edaran) || float64(c) < 0.97*float64(edaran) {
		t.Errorf("%d circulars, %d surat edaran written", c, edaran)
	}
	kinds := map[string]string{}
	for _, r := range readCSV(t, filepath.Join(study, "units.csv")) {
		kinds[r["unit_id"]] = r["kind"]
	}
	var sum int64
	for _, r := range readCSV(t, filepath.Join(out, "units.csv")) {
		n, err := strconv.ParseInt(r["circulars_sent"], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 && kinds[r["unit_id"]] != "coordinator" {
			t.Errorf("%s (%s) sent %d circulars", r["unit_id"], kinds[r["unit_id"]], n)
		}
		sum += n
	}
	if sum != s.Counts.Circulars {
		t.Errorf("circulars_sent sums to %d, counts.circulars %d", sum, s.Counts.Circulars)
	}
	b, _ := json.Marshal(s.Counts)
	t.Logf("%d surat edaran; counts %s", edaran, b)
}

func section(t *testing.T, html, id string) string { t.Helper(); return clitest.Section(t, html, id) }

// TestPersonLevelSaysPegawai: at person level the report and the maps
// name the nodes pegawai (people), never units; the units named directly
// (A..E in the hand study) are in people.csv as kind unit but in no
// ranking of the report (brokers, the table of people) and not in its
// count of people; the summary page says what was set aside: a circular,
// an inactive person, the unit nodes. At unit level the words stay units.
func TestPersonLevelSaysPegawai(t *testing.T) {
	study := handCopy(t, map[string]string{
		"people.csv":         "p6,B,Enam,Staf,,\n",
		"correspondence.csv": "2025-05-10 09:00,p5,A;p1;B,C;E,m7\n",
	}, map[string]string{"study.yaml": "thresholds: {circular_units: 3}\n"})
	out := t.TempDir()
	analyzeOK(t, "analyze", study, "--level", "person", "--reveal", "--purpose", "uji", "--out", out)
	html := squash(readFile(t, filepath.Join(out, "report.html")))
	svg := squash(readFile(t, filepath.Join(out, "map.svg")))
	dot := readFile(t, filepath.Join(out, "map.dot"))
	for _, c := range []struct{ what, text, want string }{
		{"report", html, "Peta jejaring pegawai"},
		{"report", html, "<dt>Pegawai</dt><dd>5</dd>"},
		{"report", html, "<h3>Pegawai</h3>"},
		{"report", html, "<th>Pegawai</th>"},
		{"report", html, "Pegawai yang paling sering berada di jalur terpendek antarpegawai lain"},
		{"report", html, "1 surat edaran (surat kepada lebih dari 3 unit lain) tidak dihitung sebagai ikatan"},
		{"report", html, "1 pegawai tanpa ikatan pada jendela waktu ini tidak dimasukkan"},
		{"report", html, "5 unit yang disurati langsung ikut dalam jejaring"},
		{"map.svg", svg, "Peta jejaring pegawai"},
		{"map.svg", svg, "Lingkaran: pegawai"},
		{"map.dot", dot, "Peta jejaring pegawai"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q", c.what, c.want)
		}
	}
	for _, c := range []struct{ what, text string }{{"report", html}, {"map.svg", svg}, {"map.dot", dot}} {
		for _, bad := range []string{"Peta jejaring unit", "Lingkaran: unit", "tiap unit", "<th>Unit</th>", "<h3>Unit</h3>", "<dt>Unit</dt>", "Unit yang paling sering"} {
			if strings.Contains(c.text, bad) {
				t.Errorf("person-level %s says %q", c.what, bad)
			}
		}
	}
	brokers, people := section(t, html, "brokers"), section(t, html, "units")
	for _, u := range []string{"A", "B", "C", "D", "E"} {
		if strings.Contains(brokers, "<td>"+u+"</td>") || strings.Contains(people, "<td>"+u+"</td>") {
			t.Errorf("unit node %s is ranked among people in the report", u)
		}
	}
	if !strings.Contains(people, "<td>p1</td>") || !strings.Contains(brokers, "<td>p1</td>") {
		t.Error("p1 is not in the report's tables of people and brokers")
	}
	// The same in English.
	en := t.TempDir()
	analyzeOK(t, "analyze", study, "--level", "person", "--reveal", "--purpose", "uji", "--out", en, "--lang", "en")
	html = squash(readFile(t, filepath.Join(en, "report.html")))
	for _, want := range []string{"People network map", "<dt>People</dt><dd>5</dd>", "<th>Person</th>", "1 circular (a letter to more than 3 other units) was set aside"} {
		if !strings.Contains(html, want) {
			t.Errorf("English report lacks %q", want)
		}
	}
	// At unit level the nodes are units.
	unit := t.TempDir()
	analyzeOK(t, "analyze", study, "--out", unit)
	html = squash(readFile(t, filepath.Join(unit, "report.html")))
	for _, want := range []string{"Peta jejaring unit", "<dt>Unit</dt><dd>5</dd>", "1 surat edaran"} {
		if !strings.Contains(html, want) {
			t.Errorf("unit-level report lacks %q", want)
		}
	}
	if strings.Contains(html, "pegawai tanpa ikatan") {
		t.Error("unit-level report speaks of people without a tie")
	}
}

// TestRevealNeedsPurpose: showing who people are is done for a stated
// reason, kept in audit.json; compare wrote real ids with audit.json's
// purpose empty (review of session 22). Every command that takes --reveal
// refuses it without --purpose, before reading anything.
func TestRevealNeedsPurpose(t *testing.T) {
	hand := filepath.Join("..", "..", "testdata", "studies", "hand")
	for _, args := range [][]string{
		{"analyze", hand, "--level", "person", "--reveal"},
		{"compare", hand, "--before", "2025-01-01..2025-04-01", "--after", "2025-04-01..2025-07-01", "--level", "person", "--reveal"},
		{"map", hand, "--level", "person", "--reveal"},
		{"facilitators", hand, "--reveal"},
	} {
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "o")
			code, _, stderr := sekat(t, append(args, "--out", out, "--lang", lang)...)
			if code != 2 || !strings.Contains(stderr, msg(lang, "needPurposeReveal")) && !strings.Contains(stderr, msg(lang, "needPurpose")) {
				t.Errorf("%s %s: exit %d, %q; want --reveal refused without --purpose", args[0], lang, code, stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s %s: %s written", args[0], lang, out)
			}
		}
	}
}

// TestKeyErrorsInTheUsersLanguage: a key that cannot be used is said in
// the run's language, without people's English or its "people:" prefix
// (a review saw an Indonesian run print "people: pseudonym key cannot be
// used: … can be read or written by others").
func TestKeyErrorsInTheUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "rusak")
	shared := filepath.Join(dir, "terbuka")
	empty := filepath.Join(dir, "kosong")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("zz\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shared, []byte(strings.Repeat("ab", 32)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, file, want string }{
		{"id", bad, "kunci terdiri atas 64 digit heksadesimal (256 bit), tetapi ditemukan 2 karakter"},
		{"id", shared, "dapat dibaca atau ditulis orang lain (mode 0644); jadikan hanya milik Anda dengan: chmod 600 "},
		{"id", filepath.Join(dir, "tidak-ada"), "tidak-ada tidak ada; periksa jalurnya"},
		{"en", bad, "a key is 64 hexadecimal digits (256 bits), found 2 characters"},
		{"en", shared, "can be read or written by others (mode 0644); make it private with: chmod 600 "},
		{"id", empty, "kosong: berkas ini kosong dan tidak berisi kunci; buat kunci"},
		{"en", empty, "kosong: the file is empty and holds no key; make a key"},
	} {
		t.Run(tc.lang+"/"+filepath.Base(tc.file), func(t *testing.T) {
			code, _, stderr := sekat(t, "analyze", handStudy(t), "--level", "person", "--key-file", tc.file, "--out", filepath.Join(t.TempDir(), "o"), "--lang", tc.lang, "-q")
			if code == 0 {
				t.Fatal("exit 0 with a key that cannot be used")
			}
			if !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "people:") {
				t.Errorf("stderr lacks %q or names people:\n%s", tc.want, stderr)
			}
			if tc.lang == "id" && (strings.Contains(stderr, "cannot") || strings.Contains(stderr, "such file")) {
				t.Errorf("English in an Indonesian run:\n%s", stderr)
			}
		})
	}
}

// TestNIPSpellingsOnePseudonym: HR following a pseudonym from one year's
// export, whose tables spaced the NIPs ("19850101 201001 1 001"), to the
// next, which did not, finds the same pseudonyms in people.csv of analyze
// --level person (one key); before, every person had another. A people
// table that writes one NIP both ways is one person, warned of on stderr
// with the two lines and spellings, and, without --reveal, in
// summary.json without them.
func TestNIPSpellingsOnePseudonym(t *testing.T) {
	_, key := testKey(t, 7)
	nips := []string{"19850101 201001 1 001", "19860202 201102 2 002", "19870303 201203 1 003", "19880404 201304 2 004", "19890505 201405 1 005"}
	study := func(spaced bool, extra string) string {
		dir := handStudy(t)
		for _, f := range []string{"people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
			b := readFile(t, filepath.Join(dir, f))
			for i, nip := range nips {
				if !spaced {
					nip = strings.ReplaceAll(nip, " ", "")
				}
				b = regexp.MustCompile(`\bp`+strconv.Itoa(i+1)+`\b`).ReplaceAllString(b, nip)
			}
			if f == "people.csv" {
				b += extra
			}
			writeStudyFile(t, dir, f, []byte(b))
		}
		return dir
	}
	pseudonyms := func(study string) []string {
		out := filepath.Join(t.TempDir(), "o")
		if code, _, e := sekat(t, "analyze", study, "--level", "person", "--key-file", key, "--out", out, "-q"); code != 0 {
			t.Fatalf("analyze: exit %d: %s", code, e)
		}
		var ids []string
		for _, row := range readCSVRows(t, filepath.Join(out, "people.csv"))[1:] {
			if strings.HasPrefix(row[0], "P-") {
				ids = append(ids, row[0])
			}
		}
		sort.Strings(ids)
		if s := readFile(t, filepath.Join(out, "summary.json")); strings.Contains(s, "201001") {
			t.Errorf("summary.json quotes a NIP without --reveal")
		}
		return ids
	}
	spacedStudy := study(true, "")
	plainStudy := study(false, "19850101 201001 1 001,B,Satu,Kepala,2025-08-01,\n")
	a, b := pseudonyms(spacedStudy), pseudonyms(plainStudy)
	if len(a) != 5 || !slices.Equal(a, b) {
		t.Errorf("pseudonyms of the spaced study %v; of the other %v: want the same 5", a, b)
	}
	validateSays(t, plainStudy, map[string][]string{
		"en": {`people.csv (lines 2 and 8): the people table writes one NIP in two ways, "198501012010011001" and "19850101 201001 1 001" (NIPs and NIKs so written: 1); sekat compares and pseudonymises a NIP (18 or 9 digits) or NIK (16 digits) without its spaces, so both are 198501012010011001, one person`},
		"id": {`people.csv baris 2 dan 8: tabel people menulis satu NIP dengan dua cara, "198501012010011001" dan "19850101 201001 1 001" (jumlah NIP dan NIK yang ditulis demikian: 1)`},
	})
}
