package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestCommitAllOrNothing: when a rename fails midway (here: a folder sits
// where the third output goes), the outputs already renamed are taken
// back and the earlier run's files restored, so the folder never mixes
// two runs. Before, a.csv was new and b.csv present after the failure.
func TestCommitAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.csv"), []byte("old a"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "c.csv", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "d.csv"), []byte("old d"), 0o644); err != nil {
		t.Fatal(err)
	}
	// an earlier run of sekat wrote them (see ownFile)
	if err := os.WriteFile(filepath.Join(dir, ownFile), []byte("a.csv\nc.csv\nd.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := newOutSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"a.csv", "b.csv", "c.csv"} {
		f, err := out.create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString("new " + n)
		f.Close()
	}
	out.drop("d.csv")
	if err := out.commit(); err == nil {
		t.Fatal("commit over a folder named c.csv: got no error")
	}
	for name, want := range map[string]string{"a.csv": "old a", "d.csv": "old d"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
			t.Errorf("%s after the failed commit: got %q (%v), want %q", name, b, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "b.csv")); !os.IsNotExist(err) {
		t.Errorf("b.csv after the failed commit: got %v, want it absent", err)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != ownFile {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	// And a commit that succeeds replaces and removes, keeping nothing aside.
	out, _ = newOutSet(dir)
	f, _ := out.create("a.csv")
	f.WriteString("new a")
	f.Close()
	out.drop("d.csv")
	if err := out.commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.csv")); string(b) != "new a" {
		t.Errorf("a.csv: got %q, want new a", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "d.csv")); !os.IsNotExist(err) {
		t.Errorf("d.csv: got %v, want it removed", err)
	}
	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != ownFile {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestRejectRateLeavesNoOldResults: a run into a folder of an earlier run
// that fails on the reject rate writes rejects.csv and removes the earlier
// results; before, the old summary.json and tables stayed beside the new
// rejects.csv, as if they were this run's.
func TestRejectRateLeavesNoOldResults(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	copyDir(t, "../../testdata/studies/hand", study)
	out := filepath.Join(t.TempDir(), "hasil")
	analyzeOK(t, "analyze", study, "--out", out, "-q")
	f, err := os.OpenFile(filepath.Join(study, "correspondence.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		f.WriteString("bukan tanggal,p1,p3,,x\n")
	}
	f.Close()
	code, _, stderr := sekat(t, "analyze", study, "--out", out, "-q")
	if code == 0 {
		t.Fatalf("analyze with 20 bad rows: exit 0, want a reject-rate failure")
	}
	if _, err := os.Stat(filepath.Join(out, "rejects.csv")); err != nil {
		t.Errorf("rejects.csv: %v (%s)", err, stderr)
	}
	for _, n := range []string{"summary.json", "edges.csv", "units.csv", "report.html"} {
		if _, err := os.Stat(filepath.Join(out, n)); !os.IsNotExist(err) {
			t.Errorf("%s of the earlier run: got %v, want it removed", n, err)
		}
	}
}

// TestRejectRateWithoutRejectsFile: export writes no rejects.csv, so its
// reject-rate failure points to sekat validate, in both languages, rather
// than to a rejects.csv that is not there (a review found it did).
func TestRejectRateWithoutRejectsFile(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	copyDir(t, "../../testdata/studies/hand", study)
	f, err := os.OpenFile(filepath.Join(study, "correspondence.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		f.WriteString("bukan tanggal,p1,p3,,x\n")
	}
	f.Close()
	for _, c := range []struct{ lang, want string }{{"id", "jalankan `sekat validate " + study + "`"}, {"en", "run `sekat validate " + study + "`"}} {
		t.Run(c.lang, func(t *testing.T) {
			code, _, stderr := sekat(t, "export", study, "--out", filepath.Join(t.TempDir(), "n.graphml"), "--lang", c.lang)
			head, _, _ := strings.Cut(stderr, "\n")
			if code == 0 || !strings.Contains(head, c.want) || strings.Contains(head, "rejects.csv") {
				t.Errorf("exit %d, first line %q: want a failure whose first line says %q and not rejects.csv", code, head, c.want)
			}
		})
	}
}

// TestCommitFailureWorded: a run whose outputs cannot be put in place (a
// folder named units.csv in --out) leaves the folder as it was and says
// so in the user's language; before, some outputs were renamed in and the
// error was English only.
func TestCommitFailureWorded(t *testing.T) {
	out := filepath.Join(t.TempDir(), "hasil")
	if err := os.MkdirAll(filepath.Join(out, "units.csv", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, ownFile), []byte("units.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--out", out, "-q")
	if want := "sekat: " + msg("id", "errCommit", out) + "\n"; code != 1 || !strings.HasPrefix(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 1 opening with %q", code, stderr, want)
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 2 || ents[0].Name() != ownFile || ents[1].Name() != "units.csv" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("--out after the failed run holds %v, want only %s and the folder units.csv", names, ownFile)
	}
	if b, _ := os.ReadFile(filepath.Join(out, ownFile)); string(b) != "units.csv\n" {
		t.Errorf("%s after the failed run: %q, want it as it was", ownFile, b)
	}
}

// TestMapEmptyLayerWarned: a map of a layer without a tie (the study has
// no data_sharing rows) is drawn as asked but said to be empty; before, it
// was written without a word (the command review).
func TestMapEmptyLayerWarned(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	copyDir(t, "../../testdata/studies/hand", study)
	if err := os.WriteFile(filepath.Join(study, "data_sharing.csv"), []byte("at,provider,consumer,dataset,status\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr := analyzeOK(t, "map", study, "--layer", "data_sharing", "--out", filepath.Join(t.TempDir(), "m.svg"))
	if want := msg("id", "map.emptyLayer", "data_sharing"); !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks %q", stderr, want)
	}
	_, stderr = analyzeOK(t, "map", study, "--layer", "correspondence", "--out", filepath.Join(t.TempDir(), "m.svg"))
	if strings.Contains(stderr, "map.emptyLayer") || strings.Contains(stderr, "tidak memiliki satu ikatan pun") {
		t.Errorf("a layer with ties warned: %q", stderr)
	}
}

// TestUserFilesInOutKept: a user's files in --out that share a name with
// an output (a copy of the study's units.csv and people.csv, a
// rejects.csv) are neither replaced nor removed: the run stops (exit 2)
// naming them, and changes nothing. Before, analyze at unit level
// overwrote units.csv and removed people.csv. Files of other names are
// left as they are, and a folder sekat wrote is written again.
func TestUserFilesInOutKept(t *testing.T) {
	study := "../../testdata/studies/hand"
	out := filepath.Join(t.TempDir(), "hasil")
	os.MkdirAll(out, 0o755)
	user := map[string]string{"units.csv": "mine u", "people.csv": "mine p", "rejects.csv": "mine r", "catatan.txt": "notes"}
	for n, c := range user {
		os.WriteFile(filepath.Join(out, n), []byte(c), 0o644)
	}
	for _, level := range []string{"unit", "person"} {
		code, _, stderr := sekat(t, "analyze", study, "--level", level, "--out", out, "-q")
		if code != 2 || !strings.Contains(stderr, "people.csv, rejects.csv, units.csv") && !strings.Contains(stderr, "people.csv, units.csv") {
			t.Errorf("%s level: exit %d, stderr %q; want exit 2 naming the user's tables", level, code, stderr)
		}
		ents, _ := os.ReadDir(out)
		if len(ents) != len(user) {
			t.Errorf("%s level: %d entries in the folder after the refusal, want the user's %d", level, len(ents), len(user))
		}
		for n, c := range user {
			if b, err := os.ReadFile(filepath.Join(out, n)); err != nil || string(b) != c {
				t.Errorf("%s level: %s is %q (%v), want %q", level, n, b, err, c)
			}
		}
	}
	// said before the analysis: a study that cannot even be loaded gets
	// the refusal, not its own error
	broken := filepath.Join(t.TempDir(), "rusak")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "units.csv"), []byte("bukan,tabel\n"), 0o644)
	os.WriteFile(filepath.Join(broken, "correspondence.csv"), []byte("x\n"), 0o644)
	if code, _, stderr := sekat(t, "analyze", broken, "--out", out, "-q", "--lang", "en"); code != 2 || !strings.Contains(stderr, "which sekat did not write") {
		t.Errorf("a study that cannot be loaded into a folder of user files: exit %d, %q; want the refusal first", code, stderr)
	}
	// only a file of another name: written beside it, twice
	out2 := filepath.Join(t.TempDir(), "hasil")
	os.MkdirAll(out2, 0o755)
	os.WriteFile(filepath.Join(out2, "catatan.txt"), []byte("notes"), 0o644)
	for _, level := range []string{"unit", "person", "unit"} {
		analyzeOK(t, "analyze", study, "--level", level, "--out", out2, "-q")
	}
	if b, _ := os.ReadFile(filepath.Join(out2, "catatan.txt")); string(b) != "notes" {
		t.Errorf("catatan.txt is %q", b)
	}
	if _, err := os.Stat(filepath.Join(out2, "people.csv")); !os.IsNotExist(err) {
		t.Errorf("people.csv of the person-level run after a unit-level one: %v, want it removed", err)
	}
}

// TestUserFilesRefusedFirst: facilitators, compare, trend and evaluate,
// like analyze, refuse a folder holding a user's file of one of their
// outputs' names before their work: a study that cannot even be loaded
// gets the refusal, not its own error, and the file is left as it was.
func TestUserFilesRefusedFirst(t *testing.T) {
	broken := filepath.Join(t.TempDir(), "rusak")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "units.csv"), []byte("bukan,tabel\n"), 0o644)
	os.WriteFile(filepath.Join(broken, "correspondence.csv"), []byte("x\n"), 0o644)
	reform := filepath.Join(t.TempDir(), "reform.csv")
	os.WriteFile(reform, []byte("unit_id,date\nU1,2025-04-01\n"), 0o644)
	for _, c := range []struct {
		file string
		args []string
	}{
		{"facilitators.csv", []string{"facilitators", broken, "--purpose", "uji"}},
		{"sector_pair_bridges.parquet", []string{"facilitators", broken, "--purpose", "uji"}},
		{"changes_groups.csv", []string{"compare", broken, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"}},
		{"compare.html", []string{"compare", broken, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"}},
		{"trend_alerts.parquet", []string{"trend", broken, "--every", "month"}},
		{"audit.json", []string{"trend", broken, "--every", "month"}},
		{"did.csv", []string{"evaluate", broken, "--reform", reform}},
	} {
		out := filepath.Join(t.TempDir(), "hasil")
		os.MkdirAll(out, 0o755)
		os.WriteFile(filepath.Join(out, c.file), []byte("milik saya"), 0o644)
		code, _, stderr := sekat(t, append(c.args, "--out", out, "-q", "--lang", "en")...)
		if code != 2 || !strings.Contains(stderr, c.file+", which sekat did not write") {
			t.Errorf("%s with a user's %s: exit %d, %q; want the refusal naming it, first", c.args[0], c.file, code, stderr)
		}
		if b, _ := os.ReadFile(filepath.Join(out, c.file)); string(b) != "milik saya" {
			t.Errorf("%s: the user's %s is now %q", c.args[0], c.file, b)
		}
	}
}

// TestForceKeepsUserFiles: generate --force and demo --force replace the
// files sekat wrote there, and refuse, unchanged, a user's file of a name
// they write (both replaced it before).
func TestForceKeepsUserFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "units.csv"), []byte("unit_id,name\nMY,Data saya\n"), 0o644)
	if code, _, stderr := sekat(t, "generate", "--scale", "0.05", "--out", dir, "--force"); code != 2 || !strings.Contains(stderr, "units.csv") {
		t.Errorf("generate --force over a user's units.csv: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "units.csv")); string(b) != "unit_id,name\nMY,Data saya\n" {
		t.Errorf("the user's units.csv is now %.80q", b)
	}
	gen := filepath.Join(t.TempDir(), "sintetis")
	for range 2 {
		analyzeOK(t, "generate", "--scale", "0.05", "--out", gen, "--force")
	}
	demo := filepath.Join(t.TempDir(), "demo")
	os.MkdirAll(filepath.Join(demo, "studi"), 0o755)
	os.WriteFile(filepath.Join(demo, "studi", "units.csv.gz"), []byte("punya saya"), 0o644)
	if code, _, stderr := sekat(t, "demo", "--out", demo, "--force"); code != 2 || !strings.Contains(stderr, "units.csv.gz") {
		t.Errorf("demo --force over a user's studi/units.csv.gz: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(demo, "studi", "units.csv.gz")); string(b) != "punya saya" {
		t.Errorf("the user's units.csv.gz is now %.40q", b)
	}
	demo2 := filepath.Join(t.TempDir(), "demo")
	for range 2 {
		analyzeOK(t, "demo", "--out", demo2, "--force")
	}
}

// TestRejectRateText: the reject-rate failure is said whole in the user's
// language, with its numbers (rows, share, limit; where the read stopped)
// and its fix; before, a general sentence came with the library's English
// text as its detail.
func TestRejectRateText(t *testing.T) {
	for _, c := range []struct {
		e                 ingest.RejectRateError
		lang, study, want string
	}{
		{ingest.RejectRateError{Table: ingest.Meetings, Rows: 12345, Rejected: 2000, Limit: 0.05, Rejects: "hasil/rejects.csv"}, "id", "",
			"2.000 dari 12.345 baris tabel meetings (16,2%) ditolak, melebihi batas 5,0% (--max-reject-rate); perbaiki baris yang tercantum di hasil/rejects.csv, atau naikkan --max-reject-rate"},
		{ingest.RejectRateError{Table: ingest.Correspondence, File: "surat-2.csv", Rows: 90000, Read: 40000, Rejected: 1500, Limit: 0.01, Stopped: true}, "id", "",
			"pembacaan surat-2.csv dihentikan setelah 40.000 baris: 1.500 dari 90.000 baris tabel correspondence yang telah dibaca ditolak, sehingga batas 1,0% (--max-reject-rate) tidak mungkin terpenuhi lagi meskipun seluruh baris sisanya benar; perbaiki baris yang tercantum di rejects.csv, atau naikkan --max-reject-rate"},
		{ingest.RejectRateError{Table: ingest.DataSharing, Rows: 1000, Rejected: 30, Limit: 0.01, Engine: true}, "en", "",
			"30 of the 1,000 rows of table data_sharing (3.0%) were rejected by the engine that made the pair tables, more than the limit of 1.0% (--max-reject-rate); run sekat validate on the raw tables to list the rejected rows, or raise --max-reject-rate"},
		{ingest.RejectRateError{Table: ingest.Correspondence, Rows: 10, Rejected: 4, Limit: 0.01}, "id", "studi",
			"4 dari 10 baris tabel correspondence (40,0%) ditolak, melebihi batas 1,0% (--max-reject-rate); jalankan `sekat validate studi` untuk melihat baris yang ditolak beserta cara memperbaikinya, atau naikkan --max-reject-rate"},
		// Two tables not read: "tables ... were", not "table meetings, data_sharing was".
		{ingest.RejectRateError{Table: ingest.Correspondence, File: "correspondence.csv", Rows: 8704, Read: 8704, Rejected: 34, Limit: 0.001, Stopped: true, NotRead: []ingest.Table{ingest.Meetings, ingest.DataSharing}}, "en", "",
			"reading correspondence.csv stopped after 8,704 rows: 34 of the 8,704 rows of table correspondence read so far were rejected, so the limit of 0.1% (--max-reject-rate) can no longer be met even if every row left is good; tables meetings, data_sharing were not read yet, so not checked: their rows are not in the list of rejected rows yet and may be rejected on the next run; fix the rows listed in rejects.csv, or raise --max-reject-rate"},
		{ingest.RejectRateError{Table: ingest.Correspondence, File: "correspondence.csv", Rows: 8704, Read: 8704, Rejected: 34, Limit: 0.001, Stopped: true, NotRead: []ingest.Table{ingest.DataSharing}}, "en", "",
			"reading correspondence.csv stopped after 8,704 rows: 34 of the 8,704 rows of table correspondence read so far were rejected, so the limit of 0.1% (--max-reject-rate) can no longer be met even if every row left is good; table data_sharing was not read yet, so not checked: its rows are not in the list of rejected rows yet and may be rejected on the next run; fix the rows listed in rejects.csv, or raise --max-reject-rate"},
	} {
		if got := rejectRateText(&c.e, c.lang, c.study); got != c.want {
			t.Errorf("%+v:\n got %s\nwant %s", c.e, got, c.want)
		}
	}
}

// TestStrictWorded: --strict's stop is said in one Indonesian line that
// names the file, line, column, reason and value; before, a general
// sentence came with the row's English text as its detail.
func TestStrictWorded(t *testing.T) {
	code, _, stderr := sekat(t, "analyze", "../../testdata/studies/bad", "--strict", "--out", t.TempDir())
	want := "sekat: --strict menghentikan pembacaan pada baris pertama yang ditolak atau nilai pertama yang dikeluarkan: correspondence.csv baris 3 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari, tidak ada tanggal 30; "
	if code != 1 || !strings.HasPrefix(stderr, want) || !strings.HasSuffix(stderr, "[\"2025-02-30 09:00\"]\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d, stderr %q; want exit 1 and one line starting %q", code, stderr, want)
	}
}
