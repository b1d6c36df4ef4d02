package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/result"
)

// update is the tree-wide -update flag (internal/golden): rewrite golden
// files and the embedded sample.
var update = golden.Update

// sekat runs the command line with args and returns exit code and outputs.
func sekat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), append([]string{"sekat"}, args...), &o, &e)
	return code, o.String(), e.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	return clitest.ReadFile(t, path)
}

// TestAnalyzeHandStudy checks edges.csv of the hand-made study byte for
// byte. Every number is derived by hand in ingest/load_test.go (handEdges):
// letters m1 A->B, A->C; m2 B->A; m5 C->D; m6 B->C; meetings M1 {A,B,C}
// 1/2 per pair, M2 {A,D,E} 1/2 per pair, M4 {B,C} 1 — halved per
// direction; C->A granted and denied once; D->C denied once.
func TestAnalyzeHandStudy(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := `source,target,correspondence,meetings,data_sharing,data_denied,weight
A,B,1,0.25,0,0,1.25
A,C,1,0.25,0,0,1.25
A,D,0,0.25,0,0,0.25
A,E,0,0.25,0,0,0.25
B,A,1,0.25,0,0,1.25
B,C,1,0.75,0,0,1.75
C,A,0,0.25,1,1,1.25
C,B,0,0.75,0,0,0.75
C,D,1,0,0,0,1
D,A,0,0.25,0,0,0.25
D,C,0,0,0,1,0
D,E,0,0.25,0,0,0.25
E,A,0,0.25,0,0,0.25
E,D,0,0.25,0,0,0.25
`
	if got := readFile(t, filepath.Join(out, "edges.csv")); got != want {
		t.Errorf("edges.csv:\n%s\nwant:\n%s", got, want)
	}
	if _, err := os.Stat(filepath.Join(out, "rejects.csv")); !os.IsNotExist(err) {
		t.Errorf("rejects.csv written for a clean study")
	}
	// Same inputs, same bytes, whatever the number of cores.
	out2 := t.TempDir()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	sekat(t, "analyze", "../../testdata/studies/hand", "--out", out2)
	for _, f := range []string{"edges.csv", "summary.json", "units.csv", "groups.csv", "silos.csv"} {
		if readFile(t, filepath.Join(out, f)) != readFile(t, filepath.Join(out2, f)) {
			t.Errorf("%s differs between two runs", f)
		}
	}
}

func TestAnalyzeBadStudy(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := sekat(t, "analyze", "../../testdata/studies/bad", "--out", out)
	if code != 1 || !strings.Contains(stderr, "correspondence") {
		t.Errorf("default reject rate: exit %d, stderr %q; want exit 1 naming correspondence", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "edges.csv")); !os.IsNotExist(err) {
		t.Error("a failed run left edges.csv")
	}
	// The failure points to rejects.csv, so that file is left behind.
	if rj := readFile(t, filepath.Join(out, "rejects.csv")); strings.Count(rj, "\n") != 6 { // header + the 4 bad letters + the bad meetings row (the tables after a failing one are read too)
		t.Errorf("rejects.csv after a failed run:\n%s", rj)
	}
	// Worded whole in Bahasa Indonesia, with the numbers and the file to
	// fix (before, a general sentence and an English detail line), and
	// what that file left out.
	if want := "sekat: 4 dari 10 baris tabel correspondence (40,0%) ditolak, melebihi batas 1,0% (--max-reject-rate); tabel meetings juga: 1 dari 12 baris (8,3%) ditolak; perbaiki baris yang tercantum di " + filepath.Join(out, "rejects.csv") + ", atau naikkan --max-reject-rate\n" +
		"3 nilai di " + filepath.Join(out, "rejects.csv") + " dikosongkan karena dapat menunjuk seseorang (id pegawai, nama, baris utuh); sekat validate ../../testdata/studies/bad --show N menampilkannya di layar, atau jalankan ulang dengan --reveal --purpose\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	code, _, stderr = sekat(t, "analyze", "../../testdata/studies/bad", "--max-reject-rate", "1", "--out", out, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "rows rejected: 5 (") || !strings.Contains(stderr, "rejects.csv") {
		t.Errorf("stderr does not say how many rows were rejected and where: %q", stderr)
	}
	rj := readFile(t, filepath.Join(out, "rejects.csv"))
	for _, want := range []string{
		"file,line,column,value,reason\n",
		"correspondence.csv,3,sent_at,2025-02-30 09:00,",
		"correspondence.csv,5,recipients,,", // p99: a person id is left out (TestRejectsValuesWithheld)
		"correspondence.csv,7,recipients,,",
		"correspondence.csv,9,,",
		"meetings.csv,4,attendee,",
	} {
		if !strings.Contains(rj, want) {
			t.Errorf("rejects.csv lacks %q:\n%s", want, rj)
		}
	}
	hand := t.TempDir()
	sekat(t, "analyze", "../../testdata/studies/hand", "--out", hand)
	if readFile(t, filepath.Join(out, "edges.csv")) != readFile(t, filepath.Join(hand, "edges.csv")) {
		t.Error("the good rows of the bad study do not give the hand study's edges")
	}
}

func TestMissingColumnExit1(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "meetings.csv"), []byte("meeting_id,attendee\nM1,p1\n"), 0o644)
	code, _, stderr := sekat(t, "analyze", dir, "--out", t.TempDir())
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, w := range []string{"meetings.csv", `"start"`, "meeting_id, attendee"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q does not name %s", stderr, w)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	hand, _ := filepath.Abs("../../testdata/studies/hand")
	t.Chdir(t.TempDir()) // a failed run must leave no sekat-out behind
	for _, args := range [][]string{
		{"analyze"},
		{"analyze", "a", "b"},
		{"analyze", "../../testdata/studies/hand", "--level", "team"},
		{"analyze", "../../testdata/studies/hand", "--from", "kemarin"},
		{"export", "../../testdata/studies/hand", "--format", "xlsx"},
		{"nosuchcommand"},
		{"analyze", "--nosuchflag", "x"},
	} {
		for i, a := range args {
			if strings.HasPrefix(a, "../../") {
				args[i] = filepath.Join(hand, strings.TrimPrefix(a, "../../testdata/studies/hand"))
			}
		}
		if code, _, _ := sekat(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if ents, _ := os.ReadDir("."); len(ents) != 0 {
		t.Errorf("failed runs left %v behind", ents)
	}
}

func TestExportFormats(t *testing.T) {
	for _, f := range exportFormats {
		path := filepath.Join(t.TempDir(), "net."+f)
		code, _, stderr := sekat(t, "export", "../../testdata/studies/hand", "--format", f, "--out", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, stderr)
		}
		s := readFile(t, path)
		if f == "xlsx" { // a zip: read the units sheet's cells
			s = xlsxText(t, path, "units")
		}
		if !strings.Contains(s, "DPRD E") && f != "csv" || len(s) == 0 {
			t.Errorf("%s: output lacks the node names:\n%s", f, s)
		}
	}
}

func TestValidate(t *testing.T) {
	code, out, _ := sekat(t, "validate", "../../testdata/studies/hand")
	if code != 0 {
		t.Errorf("clean study: exit %d\n%s", code, out)
	}
	code, out, _ = sekat(t, "validate", "../../testdata/studies/bad", "--lang", "en")
	if code != 1 || !strings.Contains(out, "correspondence.csv line 5 column recipients") {
		t.Errorf("bad study: exit %d\n%s", code, out)
	}
}

// TestValidateMoreRows: when validate lists only the first problems, it
// says how to see them all, and the way it gives works. It said "run
// sekat analyze for the full rejects.csv", but analyze stops reading at
// its --max-reject-rate (a units row with a bad kind rejected every row
// naming the unit, and analyze read no log table) and lists at most 1,000
// rows of a file.
func TestValidateMoreRows(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	units := filepath.Join(dir, "units.csv")
	b := readFile(t, units)
	b = strings.Replace(b, ",kesehatan,,internal", ",kesehatan,,intern", 1)
	if err := os.WriteFile(units, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	problem := regexp.MustCompile(`(?m)^  \S+\.csv (?:baris|line) \d+`)
	for _, lang := range []string{"id", "en"} {
		code, out, _ := sekat(t, "--lang", lang, "validate", dir)
		m := regexp.MustCompile(`--show (\d+) `).FindStringSubmatch(out)
		if code != 1 || m == nil {
			t.Fatalf("%s: exit %d, no --show N in:\n%s", lang, code, out)
		}
		n, _ := strconv.Atoi(m[1])
		shown := len(problem.FindAllString(out, -1))
		if want := msg(lang, "validMore", groupDigits(int64(n-shown), lang), m[1]); !strings.Contains(out, want) {
			t.Errorf("%s: stdout lacks %q:\n%s", lang, want, out)
		}
		if strings.Contains(out, "sekat analyze` for the full") || strings.Contains(out, "untuk rejects.csv lengkap") {
			t.Errorf("%s: validate still sends to analyze for every row:\n%s", lang, out)
		}
		_, all, _ := sekat(t, "--lang", lang, "validate", dir, "--show", m[1])
		if got := len(problem.FindAllString(all, -1)); got != n {
			t.Errorf("%s: validate --show %d listed %d problems", lang, n, got)
		}
	}
}

// TestAnalyzePartialIdsUnlisted: analyze says that every id left out of
// a kept letter is in rejects.csv only when it is. rejects.csv lists the
// first 1,000 rows of a file; with more bad rows in correspondence.csv it
// still said "setiap id itu tercantum di rejects.csv" (80 of 674 were);
// and once rejects.csv left person ids out, it said so with them blank.
func TestAnalyzePartialIdsUnlisted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "correspondence.csv")
	lines := strings.Split(strings.TrimSuffix(readFile(t, path), "\n"), "\n")
	if len(lines) < 2400 {
		t.Fatalf("the test needs 2,400 letters, the study has %d", len(lines)-1)
	}
	write := func(bad int) {
		out := slices.Clone(lines)
		for i := 1; i < len(out); i++ {
			f := strings.Split(out[i], ",")
			switch {
			case i <= bad: // a time that is none: rejected whole
				f[1] = "kemarin"
			case i%2 == 0 && i <= bad+200: // an unknown recipient beside a known one
				f[3] += ";TIDAK-ADA-" + strconv.Itoa(i)
			}
			out[i] = strings.Join(f, ",")
		}
		if err := os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Without --reveal the ids are rows of rejects.csv whose values are
	// left out (partialTailLeftOut, then valuesLeftOut says so); with it
	// they are listed.
	for _, tc := range []struct {
		bad  int
		key  string
		more []string
	}{{1100, "partialTailCut", nil}, {0, "partialTailLeftOut", nil}, {0, "partialTailListed", []string{"--reveal", "--purpose", "uji"}}} {
		write(tc.bad)
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "hasil")
			code, _, stderr := sekat(t, append([]string{"--lang", lang, "analyze", dir, "--max-reject-rate", "1", "--permutations", "100", "--out", out, "-q"}, tc.more...)...)
			if code != 0 {
				t.Fatalf("%s: exit %d\n%s", lang, code, stderr)
			}
			tail := msg(lang, tc.key, filepath.Join(out, "rejects.csv"))
			if tc.key == "partialTailCut" {
				tail = msg(lang, tc.key, filepath.Join(out, "rejects.csv"), groupDigits(maxRejectsListed, lang), dir)
			}
			want := msg(lang, "partialHead", groupDigits(100, lang)) + "; " + tail
			if !strings.Contains(stderr, want) {
				t.Errorf("%d bad rows, %s: stderr lacks %q\n%s", tc.bad, lang, want, stderr)
			}
		}
	}
}

// TestEmbeddedSampleIsCurrent regenerates the sample study and compares
// it with the embedded copy (decompressed, so a change in Go's gzip
// encoder does not matter). -update rewrites the copy.
func TestEmbeddedSampleIsCurrent(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Format: synth.Format{Kind: "csv", Gzip: true}}); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) == 0 {
		t.Fatalf("the generator wrote nothing: %v", err)
	}
	for _, e := range ents {
		fresh, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			// Rewrite only what changed: gzip bytes of the same text may
			// differ between Go versions.
			p := filepath.Join("sample", e.Name())
			if old, err := os.ReadFile(p); err != nil || gunzip(t, old) != gunzip(t, fresh) {
				golden.Write(t, p, fresh)
			}
			continue
		}
		emb, err := sample.ReadFile("sample/" + e.Name())
		if err != nil {
			t.Errorf("%s is not embedded; run go test ./cmd/sekat -run EmbeddedSample -update", e.Name())
			continue
		}
		if gunzip(t, emb) != gunzip(t, fresh) {
			t.Errorf("embedded %s differs from the generator's; run go test ./cmd/sekat -run EmbeddedSample -update", e.Name())
		}
	}
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	return clitest.Gunzip(t, b)
}

func TestDemo(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := sekat(t, "demo", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, filepath.Join(out, demoResults, "report.html")) {
		t.Errorf("demo does not say where the outputs are: %q", stdout)
	}
	for _, f := range []string{"edges.csv", "summary.json", "units.csv", "groups.csv", "silos.csv", "report.html", "map.svg", "map.dot"} {
		if fi, err := os.Stat(filepath.Join(out, demoResults, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing", f)
		}
	}
	// The sample's README reads in Bahasa Indonesia first, as the run does
	// by default, and says the data are synthetic (it was one English line).
	readme := readFile(t, filepath.Join(out, demoStudy, "README.md"))
	if !strings.HasPrefix(readme, "Studi contoh bawaan `sekat demo`") || !strings.Contains(readme, "bukan\ndata pemerintah daerah yang sebenarnya") || !strings.Contains(readme, "synthetic data") {
		t.Errorf("the sample's README.md is not in Bahasa Indonesia first, or does not say the data are synthetic:\n%s", readme)
	}
	// The sample's name heads every page and map of the demo, run in
	// Bahasa Indonesia by default: it said "(studi sintetis, seed 1)", an
	// English word in the title of an Indonesian report.
	page := readFile(t, filepath.Join(out, demoResults, "report.html"))
	title := page[strings.Index(page, "<title>")+len("<title>") : strings.Index(page, "</title>")]
	if strings.Contains(strings.ToLower(title), "seed") || !strings.Contains(title, "benih acak 1") {
		t.Errorf("the demo report's title %q does not name the seed in Bahasa Indonesia (benih acak 1)", title)
	}
}

// TestDeterministicSample: the sample study analysed twice, with 1 and 2
// cores, gives the same bytes in every output.
func TestDeterministicSample(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if err := writeSample(study); err != nil {
		t.Fatal(err)
	}
	a, b := t.TempDir(), t.TempDir()
	if code, _, e := sekat(t, "analyze", study, "--out", a, "--seed", "7"); code != 0 {
		t.Fatal(e)
	}
	prev := runtime.GOMAXPROCS(1)
	code, _, e := sekat(t, "analyze", study, "--out", b, "--seed", "7")
	runtime.GOMAXPROCS(prev)
	if code != 0 {
		t.Fatal(e)
	}
	ents, err := os.ReadDir(a)
	if err != nil || len(ents) < 5 {
		t.Fatalf("analyze wrote %d files (%v); want at least the five tables", len(ents), err)
	}
	for _, f := range ents {
		if readFile(t, filepath.Join(a, f.Name())) != readFile(t, filepath.Join(b, f.Name())) {
			t.Errorf("%s differs between runs", f.Name())
		}
	}
}

// TestParquetTwins: --format csv,parquet writes a .parquet twin of every
// table whose columns are the CSV's in the CSV's order and whose rows,
// read back through package result and written as CSV, give the CSV file
// byte for byte. A later run without parquet removes the twins.
func TestParquetTwins(t *testing.T) {
	out := t.TempDir()
	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--format", "csv,parquet", "--out", out); code != 0 {
		t.Fatal(e)
	}
	twin := func(name string, header []string, asCSV func(r io.ReaderAt, size int64, w io.Writer) error) {
		b, err := os.ReadFile(filepath.Join(out, name+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s.parquet: %v", name, err)
		}
		var cols []string
		for _, fd := range f.Schema().Fields() {
			cols = append(cols, fd.Name())
		}
		if strings.Join(cols, ",") != strings.Join(header, ",") {
			t.Errorf("%s.parquet columns %v, want the CSV's %v", name, cols, header)
		}
		var got bytes.Buffer
		if err := asCSV(bytes.NewReader(b), int64(len(b)), &got); err != nil {
			t.Fatalf("%s.parquet: %v", name, err)
		}
		want := readFile(t, filepath.Join(out, name+".csv"))
		if !strings.HasPrefix(want, strings.Join(header, ",")+"\n") {
			t.Errorf("%s.csv header is not %v", name, header)
		}
		if got.String() != want {
			t.Errorf("%s.parquet as CSV:\n%s\nwant %s.csv:\n%s", name, got.String(), name, want)
		}
	}
	twin("units", result.Units.ColumnNames(), parquetAsCSV(result.Units))
	twin("groups", result.Groups.ColumnNames(), parquetAsCSV(result.Groups))
	twin("silos", result.Silos.ColumnNames(), parquetAsCSV(result.Silos))
	twin("edges", result.Edges.ColumnNames(), parquetAsCSV(result.Edges))

	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--out", out); code != 0 {
		t.Fatal(e)
	}
	for _, name := range []string{"units", "groups", "silos", "edges"} {
		if _, err := os.Stat(filepath.Join(out, name+".parquet")); !os.IsNotExist(err) {
			t.Errorf("%s.parquet of the earlier run is left beside a run without --format parquet", name)
		}
	}
}

func parquetAsCSV[R any](tb *result.Table[R]) func(io.ReaderAt, int64, io.Writer) error {
	return func(r io.ReaderAt, size int64, w io.Writer) error {
		rows, err := tb.ReadParquet(r, size)
		if err != nil {
			return err
		}
		return tb.WriteCSV(w, rows)
	}
}

// TestReportFromOutDir: report and map given an output folder read the
// results back through package result and draw exactly what analyze drew:
// map.svg, map.dot and report.html byte for byte, at both levels, for the
// demo and for the hostile preset's names, from CSV tables and from a
// folder that also has Parquet twins.
func TestReportFromOutDir(t *testing.T) {
	hostile := filepath.Join(t.TempDir(), "hostile")
	if code, _, e := sekat(t, "generate", "--preset", "hostile", "--seed", "3", "--out", hostile); code != 0 {
		t.Fatal(e)
	}
	runs := append(goldenRuns[:len(goldenRuns):len(goldenRuns)], struct {
		name    string
		args    []string
		results string
	}{"hostile", []string{"analyze", hostile, "--permutations", "100", "--out"}, ""}) // names with quotes, newlines, formulas
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			a, b := t.TempDir(), t.TempDir()
			if code, _, e := sekat(t, append(run.args, a)...); code != 0 {
				t.Fatal(e)
			}
			a = filepath.Join(a, run.results)
			var reveal []string // a folder written with --reveal is read with it
			if slices.Contains(run.args, "--reveal") {
				reveal = []string{"--reveal", "--purpose", "uji"}
			}
			if code, _, e := sekat(t, append([]string{"report", a, "--out", b}, reveal...)...); code != 0 {
				t.Fatal(e)
			}
			for _, f := range []string{"report.html", "map.svg", "map.dot"} {
				got, want := readFile(t, filepath.Join(b, f)), readFile(t, filepath.Join(a, f))
				if got != want {
					t.Errorf("report %s: %s differs from analyze's:\n%s", run.name, f, firstDiff([]byte(got), []byte(want)))
				}
			}
			for _, f := range []string{"map.svg", "map.dot"} {
				m := filepath.Join(t.TempDir(), f)
				if code, _, e := sekat(t, append([]string{"map", a, "--format", strings.TrimPrefix(filepath.Ext(f), "."), "--out", m}, reveal...)...); code != 0 {
					t.Fatal(e)
				}
				if got, want := readFile(t, m), readFile(t, filepath.Join(a, f)); got != want {
					t.Errorf("map %s: %s differs from analyze's:\n%s", run.name, f, firstDiff([]byte(got), []byte(want)))
				}
			}
		})
	}
}

// TestFormatsByteIdenticalEdges: one generated study written as ,-CSV,
// ;-CSV with BOM and CRLF, NDJSON and Parquet (times as TIMESTAMP/DATE
// and as strings) gives byte-identical edges.csv through sekat analyze.
func TestFormatsByteIdenticalEdges(t *testing.T) {
	var ref string
	for _, f := range []string{"csv", "csv-semicolon", "ndjson", "parquet", "parquet-strings"} {
		study, out := t.TempDir(), t.TempDir()
		if code, _, e := sekat(t, "generate", "--seed", "3", "--scale", "0.05", "--format", f, "--out", study); code != 0 {
			t.Fatal(e)
		}
		if code, _, e := sekat(t, "analyze", study, "--permutations", "10", "--out", out); code != 0 {
			t.Fatalf("%s: %s", f, e)
		}
		got := readFile(t, filepath.Join(out, "edges.csv"))
		if ref == "" {
			ref = got
			continue
		}
		if got != ref {
			t.Errorf("%s: edges.csv differs from the comma CSV's", f)
		}
	}
	if strings.Count(ref, "\n") < 100 {
		t.Errorf("only %d edges: the study is too small to prove anything", strings.Count(ref, "\n"))
	}
}

// TestAnalyzeAgainstNetworkX compares units.csv of the demo with NetworkX
// 2.8.8 computing the contract's measures from the same run's edges.csv
// (testdata/reference/analyze_sample.py writes the golden file): this
// checks which graph and which weight each measure is given, end to end.
func TestAnalyzeAgainstNetworkX(t *testing.T) {
	b, err := os.ReadFile("../../testdata/golden/analyze/sample_units.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if code, _, e := sekat(t, "demo", "--out", out); code != 0 {
		t.Fatal(e)
	}
	units := readCSV(t, filepath.Join(out, demoResults, "units.csv"))
	for _, m := range []string{"betweenness", "harmonic", "pagerank", "eigenvector", "constraint", "effective_size",
		"strength", "in_strength", "out_strength", "degree"} {
		ref, _ := want[m].(map[string]any)
		if len(units) == 0 || len(ref) != len(units) {
			t.Fatalf("%s: NetworkX has %d units, units.csv %d", m, len(ref), len(units))
		}
		for _, r := range units {
			id := r["unit_id"]
			got, err := strconv.ParseFloat(r[m], 64)
			if err != nil {
				t.Fatalf("%s %s: %q", m, id, r[m])
			}
			w, ok := ref[id].(float64)
			if !ok {
				t.Fatalf("%s %s: no NetworkX value", m, id)
			}
			// The contract: 1e-6 relative; absolute only where NetworkX has 0.
			if d := math.Abs(got - w); w != 0 && d > 1e-6*math.Abs(w) || w == 0 && d > 1e-6 {
				t.Errorf("%s %s: sekat %v, NetworkX %v", m, id, got, w)
			}
		}
	}
}
