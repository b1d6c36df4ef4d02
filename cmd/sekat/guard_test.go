package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// guardSetup is a study at P/studi (a copy of the hand-made study), a
// symbolic link P/tautan to it, and P itself, which contains the study.
type guardSetup struct {
	parent, study, link string
}

func newGuardSetup(t *testing.T) guardSetup {
	t.Helper()
	p := t.TempDir()
	g := guardSetup{parent: p, study: filepath.Join(p, "studi"), link: filepath.Join(p, "tautan")}
	copyDir(t, "../../testdata/studies/hand", g.study)
	if err := os.Symlink(g.study, g.link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	return g
}

// treeSums is the sha256 of every file under dir, and an entry for every
// folder and symbolic link, by path relative to dir: a file changed, added or removed
// changes it.
func treeSums(t *testing.T, dir string) map[string]string {
	t.Helper()
	sums := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			sums[rel+"/"] = "folder"
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			to, err := os.Readlink(p)
			sums[rel] = "link to " + to
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		h := sha256.Sum256(b)
		sums[rel] = hex.EncodeToString(h[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// sameTree reports the differences between two treeSums.
func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p, s := range before {
		if a, ok := after[p]; !ok {
			t.Errorf("%s: %s was removed", what, p)
		} else if a != s {
			t.Errorf("%s: %s was changed", what, p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s: %s was added", what, p)
		}
	}
}

// refused runs args and checks exit 2, a message in lang that names --out
// and the fix, and dir unchanged.
func refused(t *testing.T, dir string, args ...string) {
	t.Helper()
	before := treeSums(t, dir)
	code, _, stderr := sekat(t, args...)
	if code != 2 {
		t.Errorf("%v: exit %d, want 2 (refused); stderr: %s", args, code, stderr)
	}
	fix := "pilih "
	if strings.Contains(strings.Join(args, " "), "--lang en") {
		fix = "choose "
	}
	if !strings.Contains(stderr, "--out ") || !strings.Contains(stderr, fix) {
		t.Errorf("%v: the message does not name --out and the fix (%q): %s", args, fix, stderr)
	}
	sameTree(t, strings.Join(args, " "), before, treeSums(t, dir))
}

// TestOutGuard: every command that writes refuses an output that is, lies
// inside (also through a symbolic link) or contains the study it reads, or
// (generate, demo) a study where they would write, with exit 2 and the
// study's every file unchanged; an output beside the study works. On the
// code before the guard (4fe4cd7) every refusal below fails: analyze and
// demo wrote into the study (units.csv beside the tables, rejects and
// maps), export and map replaced units.csv, generate replaced all five
// tables, and every command exited 0.
func TestOutGuard(t *testing.T) {
	for _, cmd := range []struct {
		name string
		// refusals are the runs to refuse, given the setup
		refusals func(g guardSetup) [][]string
		// beside is a run writing beside the study, which must work
		beside func(g guardSetup) []string
	}{
		{"analyze", func(g guardSetup) [][]string {
			run := func(out string, more ...string) []string {
				return append([]string{"analyze", g.study, "--permutations", "20", "--out", out}, more...)
			}
			return [][]string{
				run(g.study), run(filepath.Join(g.study, "hasil")), run(g.parent),
				run(g.link), run(filepath.Join(g.link, "hasil")),
				run(g.study, "--level", "person"), run(g.study, "--format", "csv,parquet"),
				run(g.study, "--lang", "en"),
				{"analyze", filepath.Join(g.study, "study.yaml"), "--out", g.study},
			}
		}, func(g guardSetup) []string {
			return []string{"analyze", g.study, "--permutations", "20", "--out", filepath.Join(g.parent, "hasil")}
		}},
		{"export", func(g guardSetup) [][]string {
			run := func(out string) []string { return []string{"export", g.study, "--out", out} }
			return [][]string{
				run(filepath.Join(g.study, "units.csv")), run(filepath.Join(g.study, "edges.csv")),
				run(filepath.Join(g.link, "units.csv")), run(g.study),
			}
		}, func(g guardSetup) []string {
			return []string{"export", g.study, "--out", filepath.Join(g.parent, "edges.csv")}
		}},
		{"map", func(g guardSetup) [][]string {
			m := func(out string) []string { return []string{"map", g.study, "--format", "dot", "--out", out} }
			return [][]string{
				m(filepath.Join(g.study, "units.csv")), m(filepath.Join(g.study, "map.dot")),
				m(filepath.Join(g.link, "map.dot")), m(filepath.Join(g.study, "peta", "map.dot")),
			}
		}, func(g guardSetup) []string {
			return []string{"map", g.study, "--format", "dot", "--out", filepath.Join(g.parent, "map.dot")}
		}},
		{"report", func(g guardSetup) [][]string {
			run := func(out string) []string { return []string{"report", g.study, "--permutations", "20", "--out", out} }
			return [][]string{run(g.study), run(filepath.Join(g.study, "laporan")), run(g.parent), run(g.link)}
		}, func(g guardSetup) []string {
			return []string{"report", g.study, "--permutations", "20", "--out", filepath.Join(g.parent, "laporan")}
		}},
		{"generate", func(g guardSetup) [][]string {
			run := func(out string, more ...string) []string {
				return append([]string{"generate", "--scale", "0.05", "--out", out}, more...)
			}
			return [][]string{
				run(g.study), run(filepath.Join(g.study, "sintetis")), run(g.parent), run(g.link),
				run(filepath.Join(g.link, "sintetis")),
				// --force never mixes two studies, nor writes inside one
				run(g.study, "--force"), run(g.link, "--force"), run(filepath.Join(g.study, "sintetis"), "--force"),
				run(g.study, "--lang", "en"),
			}
		}, func(g guardSetup) []string {
			return []string{"generate", "--scale", "0.05", "--out", filepath.Join(g.parent, "sintetis")}
		}},
		{"demo", func(g guardSetup) [][]string {
			run := func(out string, more ...string) []string { return append([]string{"demo", "--out", out}, more...) }
			return [][]string{
				run(g.study), run(filepath.Join(g.study, "demo")), run(g.parent), run(g.link),
				run(filepath.Join(g.link, "demo")),
				run(g.study, "--force"), run(filepath.Join(g.study, "demo"), "--force"),
			}
		}, func(g guardSetup) []string {
			return []string{"demo", "--out", filepath.Join(g.parent, "demo")}
		}},
	} {
		t.Run(cmd.name, func(t *testing.T) {
			g := newGuardSetup(t)
			for _, args := range cmd.refusals(g) {
				refused(t, g.study, args...)
			}
			before := treeSums(t, g.study)
			args := cmd.beside(g)
			if code, _, stderr := sekat(t, args...); code != 0 {
				t.Errorf("%v: exit %d, want 0: %s", args, code, stderr)
			}
			sameTree(t, strings.Join(args, " "), before, treeSums(t, g.study))
		})
	}
}

// TestOutGuardOutDir: map and report given an analyze output folder may
// draw beside its tables (report --out OUTDIR) but not over them, nor into
// a study. On the code before the guard (4fe4cd7) map replaced units.csv of
// the folder and report wrote into the study, both with exit 0.
func TestOutGuardOutDir(t *testing.T) {
	g := newGuardSetup(t)
	res := filepath.Join(g.parent, "hasil")
	if code, _, e := sekat(t, "analyze", g.study, "--permutations", "20", "--out", res); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	for _, args := range [][]string{
		{"map", res, "--format", "dot", "--out", filepath.Join(res, "units.csv")},
		{"map", res, "--format", "dot", "--out", filepath.Join(res, "summary.json")},
	} {
		refused(t, res, args...)
	}
	for _, args := range [][]string{
		{"report", res, "--out", g.study},
		{"report", res, "--out", filepath.Join(g.study, "laporan")},
		{"map", res, "--format", "dot", "--out", filepath.Join(g.study, "map.dot")},
	} {
		refused(t, g.study, args...)
	}
	tables := map[string]string{}
	before := treeSums(t, res)
	for _, n := range outDirTables() {
		if s, ok := before[n]; ok {
			tables[n] = s
		}
	}
	if len(tables) < 5 {
		t.Fatalf("only %d tables in %s: %v", len(tables), res, before)
	}
	for _, args := range [][]string{
		{"report", res, "--out", res},
		{"map", res, "--format", "dot", "--out", filepath.Join(res, "peta.dot")},
	} {
		if code, _, e := sekat(t, args...); code != 0 {
			t.Errorf("%v: exit %d, want 0: %s", args, code, e)
		}
	}
	after := treeSums(t, res)
	for n, s := range tables {
		if after[n] != s {
			t.Errorf("report into its own folder changed %s", n)
		}
	}
}

// TestOutGuardFilesOutside: a table that study.yaml reads from another
// folder is guarded too: --out may not be that file, nor a folder that
// holds it. On the code before the guard (4fe4cd7) analyze --out wrote
// beside it with exit 0 and export replaced it.
func TestOutGuardFilesOutside(t *testing.T) {
	g := newGuardSetup(t)
	shared := filepath.Join(g.parent, "bersama")
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(g.study, "meetings.csv"), filepath.Join(shared, "meetings.csv")); err != nil {
		t.Fatal(err)
	}
	yaml := "files:\n  meetings: [../bersama/meetings.csv]\n"
	if err := os.WriteFile(filepath.Join(g.study, "study.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"analyze", g.study, "--follow-symlinks", "--permutations", "20", "--out", shared},
		{"analyze", g.study, "--permutations", "20", "--out", shared},
		{"export", g.study, "--follow-symlinks", "--out", filepath.Join(shared, "meetings.csv")},
		{"report", filepath.Join(g.study, "study.yaml"), "--follow-symlinks", "--permutations", "20", "--out", shared},
	} {
		refused(t, shared, args...)
	}
	// a folder that contains the outside file (and the study)
	refused(t, g.parent, "analyze", g.study, "--follow-symlinks", "--permutations", "20", "--out", g.parent)
	out := filepath.Join(g.parent, "hasil")
	if code, _, e := sekat(t, "analyze", g.study, "--follow-symlinks", "--permutations", "20", "--out", out); code != 0 {
		t.Errorf("analyze beside: exit %d: %s", code, e)
	}
}

// TestOutGuardLinkedFile: an export --out that is a symbolic link to a
// table of the study is refused (the real path is what counts).
func TestOutGuardLinkedFile(t *testing.T) {
	g := newGuardSetup(t)
	l := filepath.Join(g.parent, "units.csv")
	if err := os.Symlink(filepath.Join(g.study, "units.csv"), l); err != nil {
		t.Fatal(err)
	}
	refused(t, g.study, "export", g.study, "--out", l)
}

// TestGenerateForce: --force lets generate write over a study it wrote
// before, overwriting its own files and leaving the others; without it a
// folder that is not empty is refused; with it, a study of another format
// (the tables would be read together) still is.
func TestGenerateForce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sintetis")
	gen := func(more ...string) (int, string) {
		code, _, e := sekat(t, append([]string{"generate", "--scale", "0.05", "--out", dir}, more...)...)
		return code, e
	}
	if code, e := gen(); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	note := filepath.Join(dir, "catatan.txt")
	if err := os.WriteFile(note, []byte("milik pengguna"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused(t, dir, "generate", "--scale", "0.05", "--seed", "2", "--out", dir)
	refused(t, dir, "generate", "--scale", "0.05", "--seed", "2", "--format", "tsv", "--force", "--out", dir)
	before := treeSums(t, dir)
	if code, e := gen("--seed", "2", "--force"); code != 0 {
		t.Fatalf("generate --force: exit %d: %s", code, e)
	}
	after := treeSums(t, dir)
	if after["catatan.txt"] != before["catatan.txt"] {
		t.Errorf("--force changed a file generate does not write")
	}
	if after["units.csv"] == before["units.csv"] && after["correspondence.csv"] == before["correspondence.csv"] {
		t.Errorf("--force with another seed did not rewrite the tables")
	}
}

// TestDemoForce: demo writes the study and the results side by side, and
// runs again into the same folder only with --force.
func TestDemoForce(t *testing.T) {
	dir := t.TempDir()
	if code, _, e := sekat(t, "demo", "--out", dir); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, e)
	}
	refused(t, dir, "demo", "--out", dir)
	if code, _, e := sekat(t, "demo", "--out", dir, "--force"); code != 0 {
		t.Fatalf("demo --force: exit %d: %s", code, e)
	}
	for _, f := range []string{"studi/units.csv.gz", "hasil/units.csv", "hasil/report.html"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}

// TestRealPath: links are resolved as the system resolves them, ".."
// after a link included, and the part still to be made is kept.
func TestRealPath(t *testing.T) {
	d, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a/b/c", "x"} {
		if err := os.MkdirAll(filepath.Join(d, p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"l1":   filepath.Join(d, "a", "b", "c"), // absolute
		"a/l2": "b/c",                           // relative to a
		"loop": "loop",
		"dang": "nowhere/deeper", // to a path that does not exist yet
	}
	for l, to := range links {
		if err := os.Symlink(to, filepath.Join(d, l)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"a/b/c", "a/b/c"},
		{"l1", "a/b/c"},
		{"l1/new/more", "a/b/c/new/more"},
		{"l1/..", "a/b"},         // the parent of the target, not d
		{"l1/../../x/..", "a"},   // climbing through real folders
		{"a/l2/../../x", "a/x"},  // a/b/c, up to a/b, up to a, then x
		{"./a//b/./c/", "a/b/c"}, // redundant names
		{"dang", "nowhere/deeper"},
		{"new/../a", "a"},
	} {
		// not filepath.Join, which would drop "l1/.." before any link is read
		got, err := realPath(d + string(filepath.Separator) + filepath.FromSlash(tc.in))
		want := filepath.Join(d, tc.want)
		if err != nil || got != want {
			t.Errorf("realPath(%s) = %q, %v; want %q", tc.in, got, err, want)
		}
	}
	if _, err := realPath(filepath.Join(d, "loop", "x")); err == nil {
		t.Errorf("a link to itself: no error")
	}
}

// TestNotEmptyFix: a command that needs a new or empty output folder says
// how to get one, and offers --force only when it has that flag: sekat
// pairs --run has none, so its refusal used to suggest a flag it rejects.
func TestNotEmptyFix(t *testing.T) {
	dir := t.TempDir()
	// not a table: a table generate would not write is refused before the
	// folder is found not empty (TestOutStudyBeforeNotEmpty)
	if err := os.WriteFile(filepath.Join(dir, "lama.txt"), []byte("a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		plan      outPlan
		lang      string
		want      []string
		wantForce bool
	}{
		{"pairs", outPlan{flag: "--out", path: dir, fresh: true}, "id", []string{"tidak kosong", "folder baru atau kosong", "kosongkan"}, false},
		{"pairs en", outPlan{flag: "--out", path: dir, fresh: true}, "en", []string{"is not empty", "new or empty folder", "empty this one"}, false},
		{"generate", outPlan{flag: "--out", path: dir, fresh: true, forceFlag: true, study: true}, "en", []string{"is not empty", "new or empty folder"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkOut(tc.lang, tc.plan, reads{})
			if err == nil {
				t.Fatal("a folder that is not empty was accepted")
			}
			got := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
			if strings.Contains(got, "--force") != tc.wantForce {
				t.Errorf("%q: mentions --force %v, want %v", got, !tc.wantForce, tc.wantForce)
			}
		})
	}
	// The commands as typed: generate offers --force; pairs, which has
	// none, does not (it refuses the folder before looking for its
	// engine only when it has one, so its plan is checked above).
	code, _, stderr := sekat(t, "generate", "--out", dir, "--scale", "0.05", "--lang", "en")
	if code != 2 || !strings.Contains(stderr, "--force") {
		t.Errorf("generate into a folder that is not empty: exit %d, %q", code, stderr)
	}
}

// TestOutShape: a folder command given a new --out that ends in a file's
// extension, and a file command given a folder, are refused (exit 2) with
// a message offering the right shape, before anything is written; an
// existing folder of such a name, or a dot inside a folder's name, is
// still a folder. Before, `report --out laporan.html` made a folder
// laporan.html holding report.html, and `map --out FOLDER --force`
// computed the map and failed with "rename ...: file exists".
func TestOutShape(t *testing.T) {
	t.Setenv(keyEnv, strings.Repeat("ab", 32))
	g := newGuardSetup(t)
	p := filepath.Join(g.parent, "keluaran") // a folder beside the study
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string // in the message
	}{
		{[]string{"report", g.study, "--out", filepath.Join(p, "laporan.html")}, "--out " + filepath.Join(p, "laporan") + ", lalu buka " + filepath.Join(p, "laporan", "report.html")},
		{[]string{"analyze", g.study, "--out", filepath.Join(p, "hasil.csv")}, "--out " + filepath.Join(p, "hasil")},
		{[]string{"analyze", g.study, "--level", "person", "--out", filepath.Join(p, "orang.json")}, "--out " + filepath.Join(p, "orang")},
		{[]string{"compare", g.study, "--before", "2025-01-01..2025-02-01", "--after", "2025-02-01..2025-03-01", "--out", filepath.Join(p, "banding.html")}, "compare.html"},
		{[]string{"trend", g.study, "--every", "week", "--out", filepath.Join(p, "tren.HTML")}, "trend.html"},
		{[]string{"evaluate", g.study, "--reform", filepath.Join(p, "reform.yaml"), "--out", filepath.Join(p, "did.csv")}, "did.csv"},
		{[]string{"facilitators", g.study, "--purpose", "uji", "--out", filepath.Join(p, "fasilitator.xlsx")}, "facilitators.html"},
		{[]string{"generate", "--scale", "0.05", "--out", filepath.Join(p, "sintetis.zip")}, "--out " + filepath.Join(p, "sintetis")},
		{[]string{"report", g.study, "--lang", "en", "--out", filepath.Join(p, "report.pdf")}, "ends in .pdf, as a file name does"},
		{[]string{"map", g.study, "--out", p + string(filepath.Separator)}, "--out " + filepath.Join(p, "map.svg")},
		{[]string{"map", g.study, "--format", "dot", "--out", p}, "--out " + filepath.Join(p, "map.dot")},
		{[]string{"export", g.study, "--format", "gexf", "--out", p}, "--out " + filepath.Join(p, "sekat.gexf")},
		{[]string{"export", g.study, "--excel", "--lang", "en", "--out", p, "--force"}, "is a folder, but this command writes one file"},
		{[]string{"pairs", g.study, "--out", p}, "--out " + filepath.Join(p, "pairs.sql")},
	} {
		before := treeSums(t, p)
		code, _, stderr := sekat(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want 2 and a message with %q: %s", c.args, code, c.want, stderr)
		}
		sameTree(t, strings.Join(c.args, " "), before, treeSums(t, p))
	}
	// an existing folder is a folder, whatever its name; so is a name
	// whose dot is not a file's extension
	for _, out := range []string{filepath.Join(p, "laporan.html"), filepath.Join(p, "hasil-2025.07")} {
		if strings.HasSuffix(out, ".html") {
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if code, _, stderr := sekat(t, "report", g.study, "--permutations", "20", "--out", out); code != 0 {
			t.Errorf("report --out %s: exit %d, want 0: %s", out, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, "report.html")); err != nil {
			t.Error(err)
		}
	}
}

// TestOutDanglingLink: an --out that is, or passes through, a symbolic
// link whose target does not exist is refused as bad usage (exit 2) in
// the user's language, naming the link, its target and the fix, by the
// folder and the file outputs alike; before, analyze failed (exit 1)
// with "mkdir hasil: file exists" in English and export said the file
// already exists and to use --force. Links that point at each other are
// refused so too. Nothing is written.
func TestOutDanglingLink(t *testing.T) {
	g := newGuardSetup(t)
	dangling := filepath.Join(g.parent, "hasil")
	if err := os.Symlink(filepath.Join(g.parent, "belum-ada"), dangling); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(g.parent, "putar")
	os.Symlink(filepath.Join(g.parent, "putar2"), loop)
	os.Symlink(loop, filepath.Join(g.parent, "putar2"))
	before := treeSums(t, g.parent)
	for _, tc := range []struct {
		args []string
		id   string
		en   string
	}{
		{[]string{"analyze", g.study, "--out", dangling, "--permutations", "10"},
			"--out " + dangling + " tidak dapat ditulisi: " + dangling + " adalah tautan simbolis ke " + filepath.Join(g.parent, "belum-ada") + ", yang tidak ada",
			"is a symbolic link to " + filepath.Join(g.parent, "belum-ada") + ", which does not exist; create the link's target first, remove the link, or choose another path for --out"},
		{[]string{"export", g.study, "--out", dangling},
			"adalah tautan simbolis ke", "is a symbolic link to"},
		{[]string{"generate", "--out", filepath.Join(dangling, "studi")},
			dangling + " adalah tautan simbolis ke", dangling + " is a symbolic link to"},
		{[]string{"analyze", g.study, "--out", filepath.Join(loop, "x"), "--permutations", "10"},
			"tautan simbolis di jalur itu saling menunjuk tanpa akhir", "the symbolic links on that path point to each other without end"},
	} {
		for lang, want := range map[string]string{"id": tc.id, "en": tc.en} {
			code, _, stderr := sekat(t, append(tc.args, "--lang", lang)...)
			if code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s %v: exit %d, want 2 saying %q:\n%s", lang, tc.args, code, want, stderr)
			}
		}
	}
	if after := treeSums(t, g.parent); len(after) != len(before) {
		t.Errorf("files changed: %d entries before, %d after", len(before), len(after))
	}
}

// TestOutStudyBeforeNotEmpty: demo and generate into a study folder, or
// a folder holding a table they would not write, say so at once, in both
// languages, rather than that the folder is not empty and to add
// --force, which then only led to that refusal.
func TestOutStudyBeforeNotEmpty(t *testing.T) {
	g := newGuardSetup(t)
	other := filepath.Join(g.parent, "lain")
	writeStudyFile(t, other, "correspondence_lama.csv", []byte("sent_at,sender,recipients\n"))
	for _, c := range []struct {
		args []string
		key  string
	}{
		{[]string{"demo", "--out", g.study}, "out.isStudy"},
		{[]string{"generate", "--out", g.study}, "out.forceRealStudy"},
		{[]string{"generate", "--out", other}, "out.forceStudy"},
	} {
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, append(c.args, "--lang", lang, "-q")...)
			// the words after the flag and the path, up to the next value
			head := strings.SplitN(strings.SplitN(msg(lang, c.key), "%s", 3)[2], "%", 2)[0]
			if code != exitUsage || !strings.Contains(stderr, head) || strings.Contains(stderr, "--force untuk menimpa") || strings.Contains(stderr, "add --force to overwrite") {
				t.Errorf("%s %v: exit %d, stderr:\n%s\nwant exit 2 with %q and no advice to add --force", lang, c.args, code, stderr, head)
			}
		}
	}
}

// TestOutFileOnPath: a --out where a folder is to be written that is an
// existing file, or lies under one, is refused with exit 2 naming the
// file, in both languages, and nothing is made: pairs --run said "open
// berkas: not a directory" in English, and analyze failed at making the
// folder with exit 1.
func TestOutFileOnPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "berkas")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	study := "../../testdata/studies/hand"
	for _, c := range []struct {
		args []string
		key  string
	}{
		{[]string{"pairs", study, "--run", "--out", file}, "out.isFile"},
		{[]string{"pairs", study, "--run", "--out", filepath.Join(file, "pasangan")}, "out.underFile"},
		{[]string{"analyze", study, "--out", filepath.Join(file, "a", "hasil")}, "out.underFile"},
		{[]string{"generate", "--out", file}, "out.isFile"},
	} {
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, append(c.args, "--lang", lang)...)
			out := c.args[len(c.args)-1]
			want := msg(lang, c.key, "--out", out, "--out")
			if c.key == "out.underFile" {
				want = msg(lang, c.key, "--out", out, file, "--out")
			}
			if code != exitUsage || !strings.Contains(stderr, want) {
				t.Errorf("%s --lang %s: exit %d, stderr:\n%s\nwant exit 2 and %q", strings.Join(c.args[:2], " "), lang, code, stderr, want)
			}
		}
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != "x" {
		t.Errorf("the file was changed: %q, %v", b, err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("the folder holds %d entries, want the file alone", len(ents))
	}
}

// TestOutFileUnderFile: an --out of a command that writes one file (map,
// export, pairs without --run) that lies under an existing file is
// refused with exit 2, naming the path and the file in the way, in both
// languages, before the study's logs are read, and nothing is made. They
// failed at making the folder with exit 1 and "output folder berkas:
// mkdir berkas: not a directory" in English (map after the analysis,
// pairs after reading every log).
func TestOutFileUnderFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "berkas")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	// a signature block under the attendance list: pairs warns of it
	// once it reads the logs, which a refused --out must come before
	study := handCopy(t, map[string]string{"meetings.csv": "Jumlah,,3 orang,,\n,,Mengetahui,,\n"}, nil)
	for _, args := range [][]string{
		{"pairs", study, "--out", filepath.Join(file, "x.sql")},
		{"pairs", study, "--dialect", "spark", "--dest", "/lake/pairs", "--out", filepath.Join(file, "sql", "x.sql")},
		{"export", study, "--out", filepath.Join(file, "x.gexf")},
		{"export", study, "--format", "csv", "--out", filepath.Join(file, "a", "b", "x.csv")},
		{"map", study, "--out", filepath.Join(file, "x.svg")},
	} {
		for _, lang := range []string{"id", "en"} {
			code, stdout, stderr := sekat(t, append(args, "--lang", lang)...)
			out := args[len(args)-1]
			want := msg(lang, "out.fileUnderFile", "--out", out, file, "--out")
			if code != exitUsage || !strings.Contains(stderr, want) {
				t.Errorf("%s --lang %s: exit %d, stderr:\n%s\nwant exit 2 and %q", strings.Join(args, " "), lang, code, stderr, want)
			}
			if strings.Contains(stderr, "meetings.csv") || stdout != "" {
				t.Errorf("%s --lang %s: the logs were read before the refusal: stdout %q, stderr:\n%s", strings.Join(args, " "), lang, stdout, stderr)
			}
		}
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != "x" {
		t.Errorf("the file was changed: %q, %v", b, err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("the folder holds %d entries, want the file alone", len(ents))
	}
	// a file of the output's own name is not in the way: it is refused
	// as existing, and --force replaces it
	if code, _, stderr := sekat(t, "pairs", study, "--out", file, "--force"); code != 0 {
		t.Errorf("pairs --out %s --force: exit %d, want 0: %s", file, code, stderr)
	}
}
