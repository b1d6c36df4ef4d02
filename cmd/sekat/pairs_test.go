package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"golang.org/x/text/encoding/unicode"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest"
)

// TestPairsSQL: sekat pairs writes one text per dialect for the sample
// study, each saying what it is and writing the pair tables its own way;
// bad choices are usage errors; --run without the embedded engine fails
// saying how to get one.
func TestPairsSQL(t *testing.T) {
	for d, want := range map[string]string{
		"duckdb": "COPY sekat_out_pairs TO '/lake/pairs/pairs' (FORMAT parquet, PARTITION_BY (period))",
		"spark":  "CREATE TABLE sekat_pairs USING parquet PARTITIONED BY (period) LOCATION '/lake/pairs/pairs' AS",
		"trino":  "CREATE TABLE sekat_pairs WITH (format = 'PARQUET', partitioned_by = ARRAY['period']) AS",
	} {
		code, out, e := sekat(t, "pairs", "sample", "--dialect", d, "--every", "month", "--dest", "/lake/pairs", "--lang", "en")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", d, code, e)
		}
		if !strings.HasPrefix(out, "-- sekat ") || !strings.Contains(out, d+" dialect") || !strings.Contains(out, want) {
			t.Errorf("%s: the text does not say what it is or lacks %q:\n%.300s", d, want, out)
		}
	}
	for _, args := range [][]string{
		{"pairs", "sample", "--dialect", "oracle"},
		{"pairs", "sample", "--every", "year"},
		{"pairs", "sample", "--dialect", "spark", "--run", "--out", filepath.Join(t.TempDir(), "p")},
		{"pairs", "sample", "--dialect", "trino", "--table-format", "csv"}, // a flag value the dialect does not take
	} {
		if code, _, _ := sekat(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if !engine.Embedded {
		code, _, e := sekat(t, "pairs", "sample", "--run", "--out", filepath.Join(t.TempDir(), "p"), "--lang", "en")
		if code != 1 || !strings.Contains(e, "-tags duckdb") {
			t.Errorf("--run without DuckDB: exit %d, %q", code, e)
		}
	}
	code, _, e := sekat(t, "analyze", "sample", "--pairs", t.TempDir(), "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en")
	if code != exitUsage || !strings.Contains(e, "no meta table") {
		t.Errorf("analyze --pairs on an empty folder: exit %d, %q", code, e)
	}
	// In Indonesian, whole, without an English detail.
	dir := t.TempDir()
	code, _, e = sekat(t, "analyze", "sample", "--pairs", dir, "--out", filepath.Join(t.TempDir(), "o"))
	if want := "sekat: " + msg("id", "pairs.noMeta", dir) + "\n"; code != exitUsage || e != want {
		t.Errorf("analyze --pairs on an empty folder, in Indonesian: exit %d, %q; want %q", code, e, want)
	}
}

// TestPairsSQLWindows1252Found: a table saved in Windows-1252 whose first
// bytes are ASCII, with no encoding: in study.yaml, is read by analyze as
// Windows-1252 (found at its first byte that is not ASCII, with the
// encoding_detected warning), and the SQL texts read it as UTF-8: DuckDB
// stopped on it ("INVALID ENCODING ... not utf-8 encoded", English in the
// Indonesian sentence, saying analyze rejects the line). sekat pairs reads
// every CSV file to its end as analyze reads it: the DuckDB text reads
// such a file as Latin-1 (which reads its bytes as Windows-1252 does when
// none is from 0x80 to 0x9F), Spark as windows-1252, and pairs gives
// analyze's warning; Trino reads catalog tables, not the files.
// TestPairsDuckDBWindows1252Found runs the DuckDB text.
func TestPairsSQLWindows1252Found(t *testing.T) {
	st := windows1252Study(t)
	for _, c := range []struct {
		dialect, units, meetings string
	}{
		{"duckdb", "units.csv', auto_detect = false, header = true, delim = ',', quote = '\"', escape = '\"', nullstr = ['', '\\N', 'NULL'], encoding = 'latin-1', columns", "meetings.csv', auto_detect = false, header = true, delim = ',', quote = '\"', escape = '\"', nullstr = ['', '\\N', 'NULL'], encoding = 'latin-1', columns"},
		{"spark", "units.csv', header 'true', sep ',', quote '\"', escape '\"', nullValue '\\\\N', mode 'FAILFAST', multiLine 'true', encoding 'windows-1252')", "meetings.csv', header 'true', sep ',', quote '\"', escape '\"', nullValue '\\\\N', mode 'FAILFAST', multiLine 'true', encoding 'windows-1252')"},
	} {
		code, out, e := sekat(t, "pairs", st, "--dialect", c.dialect, "--dest", "/lake/pairs", "--lang", "en")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.dialect, code, e)
		}
		for _, want := range []string{c.units, c.meetings} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the text does not read %s", c.dialect, want)
			}
		}
		for _, f := range []string{"units.csv", "meetings.csv"} {
			if want := msg("en", "warn.encoding", f, "windows-1252"); !strings.Contains(e, want) {
				t.Errorf("%s: pairs said %q, want analyze's warning %q", c.dialect, e, want)
			}
		}
	}
}

// windows1252Study is the hand study with a unit's name and the last
// meeting's title in Windows-1252 ("é", 0xE9), no encoding: in study.yaml;
// the meetings file starts with 1.2 MB of ASCII, more than the reads of
// its header (ingest.Layout) look at.
func windows1252Study(t *testing.T) string {
	var b strings.Builder
	b.WriteString(readFile(t, "../../testdata/studies/hand/meetings.csv"))
	for i := 0; b.Len() < 1200<<10; i++ {
		fmt.Fprintf(&b, "R%d,2025-03-%02d 10:00,p%d,p1,Rapat rutin mingguan\n", i, 3+i%20, 1+i%2)
	}
	b.WriteString("K1,2025-05-05 09:00,p1,p1,Rapat di kafe caf\xe9\nK1,2025-05-05 09:00,p2,p1,Rapat di kafe caf\xe9\n")
	return handCopy(t, nil, map[string]string{
		"units.csv":    strings.ReplaceAll(readFile(t, "../../testdata/studies/hand/units.csv"), "Badan C", "Badan Caf\xe9 C"),
		"meetings.csv": b.String(),
	})
}

// TestPairsSQLFooterRows: the rows of a signature block at the end of a
// file, which analyze counts neither read nor rejected, were counted by
// the DuckDB and Spark texts as read and rejected. They are taken out of
// those counts, and pairs says of them what analyze says; the Trino
// text, which reads a catalog table that may have been made without
// them, counts as before (the warning is given all the same).
// TestPairsDuckDBFooterRows runs the DuckDB text.
func TestPairsSQLFooterRows(t *testing.T) {
	st := handCopy(t, map[string]string{"meetings.csv": "Jumlah,,3 orang,,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,NIP. 19700101 199503 1 001,,\n"}, nil)
	code, _, e := sekat(t, "analyze", "-q", "--out", filepath.Join(t.TempDir(), "o"), st)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	warning := ""
	for _, line := range strings.Split(e, "\n") {
		if strings.Contains(line, "meetings.csv") {
			warning = line
		}
	}
	if want := msg("id", "warn.footerRows", "meetings.csv", 13, 16, "Jumlah"); !strings.Contains(warning, want) {
		t.Fatalf("analyze said %q, want %q", warning, want)
	}
	for d, n := range map[string]int{"duckdb": 2, "spark": 2, "trino": 0} {
		code, out, e := sekat(t, "pairs", st, "--dialect", d, "--dest", "/lake/pairs")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", d, code, e)
		}
		if got := strings.Count(out, " - 4 /* meetings.csv: footer_rows */"); got != n {
			t.Errorf("%s: the block taken out of %d counts, want %d", d, got, n)
		}
		if strings.Count(out, "footer_rows") != n {
			t.Errorf("%s: footer_rows in other places of the text", d)
		}
		if !strings.Contains(e, warning) {
			t.Errorf("%s: pairs said %q, want analyze's warning %q", d, e, warning)
		}
	}
	code, out, e := sekat(t, "pairs", "sample", "--dialect", "spark", "--dest", "/lake/pairs")
	if code != 0 || strings.Contains(out, "footer_rows") || e != "" {
		t.Errorf("the sample study, without such a block: exit %d, %q, text with footer_rows: %v", code, e, strings.Contains(out, "footer_rows"))
	}
}

// TestChangePairsRefuses: compare, trend and facilitators take --pairs;
// one folder per study, and compare at person level, which also compares
// the unit network that person-level tables lack, is refused as usage
// without --unit-pairs (which only it takes).
// A time block inside a period of the tables is worded in the user's
// language with the folder, the date and the fix.
func TestChangePairsRefuses(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	halves := []string{"--before", "2025-01-06..2025-04-07", "--after", "2025-04-07..2025-07-07", "--out", filepath.Join(out, "o")}
	for _, c := range []struct {
		args []string
		want string
	}{
		{append([]string{"compare", "sample", "--pairs", dir, "--pairs", dir, "--lang", "en"}, halves...), "given 2 times for 1 study;"},
		{append([]string{"compare", "sample", "--pairs", dir, "--level", "person", "--lang", "en"}, halves...), "person-level pair tables do not hold"},
		{append([]string{"compare", "sample", "--pairs", dir, "--level", "person"}, halves...), "tabel pasangan tingkat pegawai"},
		{append([]string{"compare", "sample", "--pairs", dir, "--unit-pairs", dir, "--lang", "en"}, halves...), "--unit-pairs is for compare --level person --pairs"},
		{append([]string{"compare", "sample", "--unit-pairs", dir, "--level", "person", "--lang", "en"}, halves...), "--unit-pairs is for compare --level person --pairs"},
		{append([]string{"compare", "sample", "--level", "person", "--pairs", dir, "--unit-pairs", dir, "--unit-pairs", dir, "--lang", "en"}, halves...), "--unit-pairs is given 2 times for 1 study;"},
	} {
		if code, _, e := sekat(t, c.args...); code != 2 || !strings.Contains(e, c.want) {
			t.Errorf("%v: exit %d, %q; want 2 saying %q", c.args, code, e, c.want)
		}
	}
	for _, cmd := range [][]string{{"compare", "sample"}, {"trend", "sample"}, {"facilitators", "sample", "--purpose", "uji"}} {
		code, _, e := sekat(t, append(cmd, "--pairs", dir, "--out", filepath.Join(out, "o2"), "--lang", "en")...)
		if code == 0 || !strings.Contains(e, "no meta table") && !strings.Contains(e, "--before") {
			t.Errorf("%v --pairs on an empty folder: exit %d, %q", cmd, code, e)
		}
	}
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d string) int64 {
		tm, _ := time.ParseInLocation("2006-01-02", d, loc)
		return tm.Unix()
	}
	e := &engine.BlockCutError{Dir: "pasangan", Every: "month", Period: "2025-01", From: day("2025-01-01"), To: day("2025-02-01"), Bound: day("2025-01-06")}
	for lang, want := range map[string][]string{
		"id": {"pasangan", "2025-01-06", "periode 2025-01", "sekat pairs --every day"},
		"en": {"pasangan", "2025-01-06", "period 2025-01", "sekat pairs --every day"},
	} {
		s := blockCutText(e, loc, lang)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: %q lacks %q", lang, s, w)
			}
		}
	}
	if s := blockCutText(&engine.BlockCutError{Dir: "p", Every: "week", Period: "2025-01-06", From: day("2025-01-06"), To: day("2025-01-13"), Bound: day("2025-01-08") + 3600}, loc, "en"); !strings.Contains(s, "2025-01-08 01:00:00") || !strings.Contains(s, "on Mondays") {
		t.Errorf("week: %q lacks the time of the bound or the Monday hint", s)
	}
}

// TestRejectedByEngine: with --pairs the engine rejected the rows and its
// tables only count them, so the line names the log table (not the pair
// folder) and points to sekat validate on the raw tables, not to a
// rejects.csv that holds its header only (review r3 of session 15).
func TestRejectedByEngine(t *testing.T) {
	study, pairs := t.TempDir(), t.TempDir()
	l := &loaded{res: &ingest.Result{Study: &ingest.Study{Dir: study},
		Inputs: []ingest.Input{{Table: ingest.Correspondence, Path: pairs, Rejected: 3}, {Table: ingest.Meetings, Path: pairs}}}}
	for _, c := range []struct {
		o    studyOptions
		want string
	}{
		{studyOptions{Study: study, Pairs: pairs, Lang: "en"}, "rows rejected by the engine: 3 (correspondence 3); the pair tables only count them: run `sekat validate " + study + "` on the raw tables"},
		{studyOptions{Study: study, Pairs: pairs, Lang: "id"}, "3 baris ditolak oleh mesin data (correspondence 3)"},
		{studyOptions{Study: study, Lang: "en"}, "they are listed in out/rejects.csv"},
	} {
		if got := rejectedLine(c.o, l, 3, "out/rejects.csv"); !strings.Contains(got, c.want) {
			t.Errorf("%q, want it to hold %q", got, c.want)
		}
	}
}

// handMeta is the meta table of unit-level pair tables without periods
// made from the study in dir (format version 3), with its digests.
func handMeta(t *testing.T, dir string) string {
	t.Helper()
	s, err := ingest.OpenStudyWith(dir, ingest.StudyOptions{LogsElsewhere: true})
	if err != nil {
		t.Fatal(err)
	}
	dd, err := s.DirectoryDigest()
	if err != nil {
		t.Fatal(err)
	}
	return "format_version,sekat_version,dialect,level,every,window_from,window_to,time_zone,circular_units,max_meeting_size,reading_digest,directory_digest\n" +
		"3,test,duckdb,unit,none,,,Asia/Jakarta,4,100," + s.ReadingDigest() + "," + dd + "\n"
}

// handTables are pair tables of testdata/studies/hand (as ingest's
// handPairs), one key of pairs written twice when dup, and the nodes
// table left out when noNodes.
func handTables(t *testing.T, dup, noNodes bool) string {
	t.Helper()
	pairs := "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\n" +
		"D,C,0,0,0,1,1,1\nA,B,1,0.25,0,0,1,1\nC,A,0,0.25,1,1,1,1\nA,C,1,0.25,0,0,1,1\nB,A,1,0.25,0,0,1,1\nB,C,1,0.75,0,0,1,1\nC,D,1,0,0,0,1,1\n"
	if dup {
		pairs += "A,B,1,0.25,0,0,1,1\n"
	}
	tables := map[string]string{
		"meta.csv": handMeta(t, "../../testdata/studies/hand"),
		"inputs.csv": "table_name,rows_read,rows_rejected,rows_partial,rows_outside_window,first_at,last_at\n" +
			"correspondence,6,0,0,0,1736474400,1746378000\nmeetings,11,0,0,0,1739152800,1748829600\ndata_sharing,5,0,0,0,1740762000,1751302800\n",
		"totals.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
			"6,2,0,4,1,0,2,2,1,1,5\n",
		"nodes.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\n" +
			"C,1,0,0,0\nA,1,1,0,0\nB,0,0,0,0\nD,0,0,0,0\nE,0,0,0,0\n",
		"pairs.csv": pairs,
		"meeting_sizes.csv": "source,target,size,meetings,first_at,last_at\n" +
			"B,C,2,1,1,1\nA,B,3,1,1,1\nD,E,3,1,1,1\nA,C,3,1,1,1\nB,C,3,1,1,1\nA,D,3,1,1,1\nA,E,3,1,1,1\n",
	}
	if noNodes {
		delete(tables, "nodes.csv")
	}
	dir := t.TempDir()
	for name, text := range tables {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPairsRefusedWorded: a key in two rows of a pair table, and a nodes
// table left out, are refused (before, the counts were summed twice, or
// the internal messages read as 0, with exit 0), worded in both
// languages with the file, the rows and the fix.
func TestPairsRefusedWorded(t *testing.T) {
	study := "../../testdata/studies/hand"
	if code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, false, false), "--out", filepath.Join(t.TempDir(), "o")); code != 0 {
		t.Fatalf("the whole tables: exit %d: %s", code, e)
	}
	for _, c := range []struct {
		dup, noNodes bool
		lang, want   string
	}{
		{true, false, "en", "the pair tables hold one key twice: table pairs, key (source A, target B), in pairs.csv line 3 and in pairs.csv line 9. Their counts would be added twice. sekat pairs writes one row per key: remove the duplicate part file"},
		{true, false, "id", "tabel pasangan memuat satu kunci dua kali: tabel pairs, kunci (source A, target B), pada pairs.csv baris 3 dan pada pairs.csv baris 9."},
		{false, true, "en", "the totals table counts 14 events in period (none), and the nodes table has no row in it"},
		{false, true, "id", "tabel totals menghitung 14 peristiwa pada periode (none), sedangkan tabel nodes tidak memiliki baris"},
	} {
		code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, c.dup, c.noNodes), "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
		if code != exitUsage || !strings.Contains(e, c.want) || strings.Count(e, "\n") != 1 {
			t.Errorf("%s (dup %v, no nodes %v): exit %d, %q; want one line with %q", c.lang, c.dup, c.noNodes, code, e, c.want)
		}
	}
}

// TestPairsFolderRefusalExitsAsBadInput: pair tables refused for what the
// folder of --pairs holds (a key in two rows, tables of another format
// version, a window they were not made for) are bad input, exit 2 as the
// table of exit codes has it, with the file and its lines named and the
// fix, in analyze, compare, trend, evaluate and facilitators alike. They
// exited 1, as a failed run. A pair file that may not or could not be
// read, --strict and the reject rate stay failures (exit 1); a folder
// that is not there is a path typed wrong, exit 2
// (TestMissingPathExitsAsBadInput).
func TestPairsFolderRefusalExitsAsBadInput(t *testing.T) {
	study := "../../testdata/studies/hand"
	version2 := func() string {
		dir := handTables(t, false, false)
		if err := replaceIn("meta.csv", "\n3,test,", "\n2,test,")(dir); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	window := func() string {
		dir := handTables(t, false, false)
		if err := replaceIn("meta.csv", "unit,none,,,", "unit,none,1740762000,,")(dir); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	cut := func() string {
		// a gzipped table whose copy stopped half way
		dir := handTables(t, false, false)
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write([]byte(readFile(t, filepath.Join(dir, "pairs.csv"))))
		w.Close()
		if err := os.WriteFile(filepath.Join(dir, "pairs.csv.gz"), z.Bytes()[:z.Len()/2], 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(filepath.Join(dir, "pairs.csv")); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	out := func() string { return filepath.Join(t.TempDir(), "o") }
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-04-01\ntreated: [s1]\ncontrol: [s2]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args func() []string
		want string
	}{
		{"duplicate key", func() []string {
			return []string{"analyze", study, "--pairs", handTables(t, true, false), "--out", out()}
		},
			"table pairs, key (source A, target B), in pairs.csv line 3 and in pairs.csv line 9"},
		{"duplicate key, Indonesian", func() []string {
			return []string{"analyze", study, "--pairs", handTables(t, true, false), "--out", out(), "--lang", "id"}
		}, "pada pairs.csv baris 3 dan pada pairs.csv baris 9"},
		{"format version 2", func() []string { return []string{"analyze", study, "--pairs", version2(), "--out", out()} },
			"meta.csv: these pair tables are of format version 2, and this sekat reads version 3: make them again with this sekat's pairs"},
		{"gzipped table cut short", func() []string { return []string{"analyze", study, "--pairs", cut(), "--out", out()} },
			"pairs.csv.gz cannot be read (unexpected EOF): copy it again from the folder the engine wrote, or make the tables again"},
		{"window outside the tables'", func() []string {
			return []string{"analyze", study, "--pairs", window(), "--from", "2025-01-01", "--out", out()}
		}, "reaches outside the pair tables' window"},
		{"compare", func() []string {
			return []string{"compare", study, "--pairs", version2(), "--before", "2025-01-06..2025-04-07", "--after", "2025-04-07..2025-07-07", "--out", out()}
		}, "meta.csv: these pair tables are of format version 2"},
		{"trend", func() []string { return []string{"trend", study, "--pairs", version2(), "--out", out()} },
			"meta.csv: these pair tables are of format version 2"},
		{"evaluate", func() []string {
			return []string{"evaluate", study, "--pairs", version2(), "--reform", reform, "--out", out()}
		}, "meta.csv: these pair tables are of format version 2"},
		{"facilitators", func() []string {
			return []string{"facilitators", study, "--purpose", "uji", "--pairs", version2(), "--out", out()}
		}, "meta.csv: these pair tables are of format version 2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := c.args()
			if !slices.Contains(args, "--lang") {
				args = append(args, "--lang", "en")
			}
			code, _, e := sekat(t, args...)
			if code != exitUsage || !strings.Contains(e, c.want) {
				t.Errorf("%v: exit %d, %q; want exit 2 saying %q", args, code, e, c.want)
			}
		})
	}
	// the failures that are not the folder's content
	for _, c := range []struct {
		err  error
		want int
	}{
		{&engine.PairsError{Code: "duplicate"}, exitUsage},
		{&engine.PairsError{Code: "version"}, exitUsage},
		{&engine.BlockCutError{Dir: "p", Every: "month"}, exitUsage},
		{&engine.PairsError{Code: "denied"}, exitFailed},
		{&engine.PairsError{Code: "readFile"}, exitFailed},
		{&engine.NoPairsFolderError{Dir: "p"}, exitUsage},
		{&ingest.StrictEngineError{Table: ingest.Correspondence, Rejected: 1}, exitFailed},
		{&ingest.RejectRateError{Table: ingest.Correspondence, Rows: 10, Rejected: 5, Limit: 0.01, Engine: true}, exitFailed},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("exitCode of %T %s: %d, want %d", c.err, pairsCodeOf(c.err), got, c.want)
		}
	}
}

// pairsCodeOf is the Code of err when it is an *engine.PairsError, for a
// test's message (its Error needs the English text the test left out).
func pairsCodeOf(err error) string {
	if p, ok := err.(*engine.PairsError); ok {
		return p.Code
	}
	return ""
}

// TestPairsEmptyParquetPart: a part file of a pair table named .parquet
// that holds no Parquet (0 bytes: a copy of the folder that stopped) is
// refused, naming it, in both languages. It was read as an empty CSV
// file, so its rows were missing from the analysis without a word.
func TestPairsEmptyParquetPart(t *testing.T) {
	study := "../../testdata/studies/hand"
	dir := handTables(t, false, false)
	nodes, err := os.ReadFile(filepath.Join(dir, "nodes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "nodes.csv"))
	os.Mkdir(filepath.Join(dir, "nodes"), 0o755)
	os.WriteFile(filepath.Join(dir, "nodes", "data_0.csv"), nodes, 0o644)
	os.WriteFile(filepath.Join(dir, "nodes", "data_1.parquet"), nil, 0o644)
	for lang, want := range map[string]string{
		"en": "nodes/data_1.parquet: not Parquet (0 bytes, without the PAR1 mark Parquet files begin with), most likely a copy that stopped",
		"id": "nodes/data_1.parquet: bukan berkas Parquet (0 bita, tanpa tanda PAR1 yang mengawali berkas Parquet)",
	} {
		code, _, e := sekat(t, "analyze", study, "--pairs", dir, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		if code != exitUsage || !strings.Contains(e, want) {
			t.Errorf("%s: exit %d, %q; want 2 and %q", lang, code, e, want)
		}
	}
}

// TestPairsOtherReading: tables made from the hand study are refused, in
// the user's language and fully, when study.yaml now reads the logs
// another way (date_order: mdy added: before, analyze --pairs went on
// with the tables of the old reading) or the units table is another
// study's; the sentence says the fix, sekat pairs again.
func TestPairsOtherReading(t *testing.T) {
	tables := handTables(t, false, false)
	for _, c := range []struct {
		name, file, text, lang, want string
	}{
		{"date_order", "study.yaml", "date_order: mdy\n", "id", "tabel pasangan di " + tables + " dibuat dengan pengaturan pembacaan study.yaml (columns, encoding, date_order, atau sheet) yang lain"},
		{"date_order", "study.yaml", "date_order: mdy\n", "en", "were made with other reading settings of study.yaml (columns, encoding, date_order or sheet)"},
		{"units", "units.csv", "unit_id,name,sector,kind\nA,Dinas A,s1,internal\nB,Dinas B,s1,\nC,Dinas C,s2,\nD,Dinas D,s2,\nE,Dinas E,s3,\n", "id", "dibuat dari tabel units atau people yang lain daripada milik studi ini"},
	} {
		t.Run(c.name+"/"+c.lang, func(t *testing.T) {
			study := filepath.Join(t.TempDir(), "hand")
			copyDir(t, "../../testdata/studies/hand", study)
			if err := os.WriteFile(filepath.Join(study, c.file), []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
			if code != exitUsage || !strings.Contains(e, c.want) || strings.Count(e, "\n") != 1 || !strings.Contains(e, "sekat pairs") {
				t.Errorf("exit %d, %q; want one line with %q", code, e, c.want)
			}
		})
	}
}

// TestPairsRefusalsByKind: each refusal of pair tables says what is wrong
// in the user's language, whole (one line, no English detail after it):
// before, every one read "tabel pasangan (--pairs) tidak cocok dengan
// studi" with an English "rincian teknis", a negative count or a bad cell
// included; rows were "row 2" (header left out) where sekat says the file
// line; a missing inputs table spoke of "no usable event ... rejects.csv",
// a missing totals of "0 letters"; the window was in Unix seconds; a
// gzipped Parquet file gave its binary bytes as column names.
func TestPairsRefusalsByKind(t *testing.T) {
	study := "../../testdata/studies/hand"
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	z.Write([]byte("PAR1\x15\x04\x15\x00PAR1"))
	z.Close()
	for _, c := range []struct {
		name   string
		change func(dir string) error
		flags  []string
		want   string
	}{
		{"negative", replaceIn("pairs.csv", "D,C,0,0,0,1", "D,C,0,0,0,-1"), nil,
			"pairs.csv baris 2: hitungan data_denied bernilai -1, di bawah 0; sekat pairs menghitung mulai dari 0"},
		{"count overflow", replaceIn("pairs.csv", "D,C,0,0,0,1", "D,C,9223372036854775807,0,0,1"), nil,
			"pairs.csv baris 3: hitungan tabel pairs berjumlah melewati 9223372036854775807, lebih banyak daripada isi log mana pun"},
		{"bad cell", replaceIn("pairs.csv", "D,C,0,0,0,1", "D,C,0,0,0,x"), nil,
			`pairs.csv baris 2: data_denied "x" bukan bilangan bulat`},
		// a file saved by Excel set to Indonesian: "1.000" is a thousand
		// to its reader, and "bukan bilangan bulat" said it was not a
		// whole number
		{"thousands", func(dir string) error {
			if err := replaceIn("pairs.csv", "C,D,1,0,", "C,D,1.000,0,")(dir); err != nil {
				return err
			}
			b, err := os.ReadFile(filepath.Join(dir, "pairs.csv"))
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, "pairs.csv"), bytes.ReplaceAll(b, []byte(","), []byte(";")), 0o644)
		}, nil,
			`pairs.csv baris 8: correspondence "1.000", dalam berkas berpemisah titik koma, terbaca sebagai 1000 yang ditulis dengan pemisah ribuan, seperti yang disimpan lembar kerja berpengaturan bahasa Indonesia, atau sebagai bilangan desimal; sekat pairs menulis bilangan tanpa pemisah, jadi berkas itu disimpan ulang setelah ditulis mesin data: salin berkas yang ditulis mesin data, atau buat ulang tabelnya`},
		{"inputs missing", remove("inputs.csv"), nil,
			"tidak lengkap: tabel inputs tidak ada (inputs.parquet, inputs.csv, inputs.csv.gz, atau folder inputs/)"},
		{"totals missing", remove("totals.csv"), nil,
			"tidak lengkap: tabel totals tidak ada (totals.parquet, totals.csv, totals.csv.gz, atau folder totals/)"},
		{"window", replaceIn("meta.csv", "unit,none,,,", "unit,none,1740762000,,"), []string{"--from", "2025-01-01"},
			"jendela waktu yang diminta (2025-01-01 sampai …) melampaui jendela waktu tabel pasangan (2025-03-01 sampai …)"},
		// a level sekat pairs does not write: echoed as "tabel pasangan ini
		// untuk tingkat UNIT, sedangkan --level adalah unit ... lakukan
		// analisis pada tingkat UNIT" before, with no word of what is read
		{"level in capitals", replaceIn("meta.csv", ",unit,none,", ",UNIT,none,"), nil,
			`meta.csv baris 2: level "UNIT" bukan tingkat yang ditulis sekat pairs (unit atau person, dengan huruf kecil)`},
		{"level empty", replaceIn("meta.csv", ",unit,none,", ",,none,"), nil,
			`meta.csv baris 2: level "" bukan tingkat yang ditulis sekat pairs`},
		// a dialect sekat pairs does not write was read without a word
		{"dialect unknown", replaceIn("meta.csv", ",duckdb,unit,", ",sparkk,unit,"), nil,
			`meta.csv baris 2: dialect "sparkk" bukan dialek yang ditulis sekat pairs (duckdb, spark atau trino, dengan huruf kecil)`},
		{"pairs row removed", replaceIn("pairs.csv", "D,C,0,0,0,1,1,1\n", ""), nil,
			"tidak utuh: baris pairs (data_sharing + data_denied) + nodes (internal_shares) pada periode yang dibaca berjumlah 3, sedangkan shares_granted + shares_denied dalam tabel totals bernilai 4: ada baris yang dihapus atau diubah"},
		{"nodes row removed", replaceIn("nodes.csv", "E,0,0,0,0\n", ""), nil,
			`meeting_sizes.csv baris 4: "E" tidak memiliki baris dalam tabel nodes pada periode yang dibaca`},
		{"gzipped parquet", func(dir string) error {
			if err := os.Remove(filepath.Join(dir, "nodes.csv")); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, "nodes.parquet"), gz.Bytes(), 0o644)
		}, nil, "nodes.parquet adalah berkas Parquet yang dimampatkan utuh dengan gzip"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handTables(t, false, false)
			if err := c.change(tables); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o")}, c.flags...)
			code, _, e := sekat(t, args...)
			if code != exitUsage || !strings.Contains(e, c.want) || strings.Count(e, "\n") != 1 || strings.Contains(e, "tidak cocok dengan studi") || strings.Contains(e, "rincian") {
				t.Errorf("exit %d, %q; want one line with %q", code, e, c.want)
			}
		})
	}
}

// replaceIn changes old to new in the file name of a folder.
func replaceIn(name, old, new string) func(dir string) error {
	return func(dir string) error {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !bytes.Contains(b, []byte(old)) {
			return fmt.Errorf("%s holds no %q", name, old)
		}
		return os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644)
	}
}

// remove removes the file name of a folder.
func remove(name string) func(dir string) error {
	return func(dir string) error { return os.Remove(filepath.Join(dir, name)) }
}

// TestPartialByEngine: with --pairs, letters the engine used without some
// of their recipients are counted (inputs.rows_partial), not listed, and
// no rejects.csv is written; the line said "each such id is listed in
// OUT/rejects.csv", a file that is not there. It now points to sekat
// validate on the raw tables, as the line of rejected rows does.
func TestPartialByEngine(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct{ lang, want string }{
		{"en", "1 letter was used without some of its recipients, whose ids are unknown or a lone dash (-) in place of an id; the pair tables only count them: run `sekat validate " + study + "` on the raw tables to see those values"},
		{"id", "1 surat tetap dipakai tanpa sebagian penerimanya karena id penerima tidak dikenal atau hanya berupa tanda pisah (-) sebagai pengganti id; tabel pasangan hanya menghitungnya: jalankan `sekat validate " + study + "` pada tabel mentah untuk melihat nilai itu"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			tables := handTables(t, false, false)
			if err := replaceIn("inputs.csv", "correspondence,6,0,0,0", "correspondence,6,0,1,0")(tables); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "o")
			code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", out, "--lang", c.lang)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, e)
			}
			if !strings.Contains(e, c.want) || strings.Contains(e, "rejects.csv") {
				t.Errorf("stderr %q; want it to hold %q and not name rejects.csv", e, c.want)
			}
			if _, err := os.Stat(filepath.Join(out, "rejects.csv")); err == nil {
				t.Errorf("rejects.csv written beside tables that list no row")
			}
		})
	}
}

// TestPairsStrict: --strict with --pairs stops when the engine rejected a
// log row or used a letter without some recipients, as it stops at the
// first such row of the raw tables; before, the run went on with exit 0
// (39,576 rows rejected on the nasional sub-study). Tables without either
// still run.
func TestPairsStrict(t *testing.T) {
	study := "../../testdata/studies/hand"
	if code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, false, false), "--strict", "--out", filepath.Join(t.TempDir(), "o")); code != 0 {
		t.Fatalf("whole tables, nothing rejected: exit %d: %s", code, e)
	}
	for _, c := range []struct{ name, old, new, lang, want string }{
		{"rejected", "correspondence,6,0,0,0", "correspondence,7,1,0,0", "id",
			"correspondence: 1 baris ditolak dan 0 baris dipakai sebagian oleh mesin data yang membuat tabel pasangan; --strict tidak menerima satu pun: jalankan `sekat validate " + study + "` pada tabel mentah"},
		{"partial", "correspondence,6,0,0,0", "correspondence,6,0,2,0", "en",
			"correspondence: rows rejected by the engine that made the pair tables: 0; rows it used in part: 2; --strict accepts none: run `sekat validate " + study + "` on the raw tables"},
		{"meetings", "meetings,11,0,0,0", "meetings,12,1,0,0", "en", "meetings: rows rejected by the engine that made the pair tables: 1; rows it used in part: 0;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handTables(t, false, false)
			if err := replaceIn("inputs.csv", c.old, c.new)(tables); err != nil {
				t.Fatal(err)
			}
			code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--strict", "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
			if code != 1 || !strings.Contains(e, c.want) || strings.Count(e, "\n") != 1 {
				t.Errorf("exit %d, %q; want exit 1 and one line with %q", code, e, c.want)
			}
		})
	}
}

// TestPairsWindowNoneOpen: tables made without --from/--to and without
// periods, analysed for a window, are refused saying they cover all the
// events and to analyse without --from/--to; before, the sentence gave
// their window as "… to …" and asked to analyse "that window (the
// --from/--to given to sekat pairs)", which were none.
func TestPairsWindowNoneOpen(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct{ lang, want string }{
		{"en", "the pair tables cover all the events (sekat pairs was given no --from or --to) and have no periods: analyze without --from and --to, or make them with --every month, week or day"},
		{"id", "tabel pasangan mencakup seluruh peristiwa (sekat pairs dijalankan tanpa --from dan --to) dan tidak memiliki periode: lakukan analisis tanpa --from dan --to, atau buat tabelnya dengan --every month, week, atau day"},
	} {
		code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, false, false), "--from", "2025-02-01", "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
		if code != exitUsage || !strings.Contains(e, c.want) || strings.Contains(e, "…") {
			t.Errorf("%s: exit %d, %q; want exit 2 and %q", c.lang, code, e, c.want)
		}
	}
}

// TestPairsRefusalNamesFolder: a refusal of one file or row of the pair
// tables names the folder the tables are in as well as the file inside
// it: compare with two studies takes --pairs twice, folders of the same
// layout, and "pairs/period=2025-03-03/data_0.csv line 2" alone did not
// say which. A refusal that names the folder already is not given it
// twice.
func TestPairsRefusalNamesFolder(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct {
		name, file, old, new, lang string
		want                       func(dir string) string
	}{
		{"negative", "pairs.csv", "D,C,0,0,0,1", "D,C,0,0,0,-1", "id", func(dir string) string {
			return "sekat: " + dir + ": pairs.csv baris 2: hitungan data_denied bernilai -1, di bawah 0"
		}},
		{"zone", "meta.csv", "Asia/Jakarta", "Asia/Makassar", "en", func(dir string) string {
			return "sekat: " + dir + ": the pair tables were made in the time zone Asia/Makassar"
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handTables(t, false, false)
			if err := replaceIn(c.file, c.old, c.new)(tables); err != nil {
				t.Fatal(err)
			}
			code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang)
			if code != exitUsage || !strings.HasPrefix(e, c.want(tables)) || strings.Count(e, "\n") != 1 {
				t.Errorf("exit %d, %q; want one line starting %q", code, e, c.want(tables))
			}
		})
	}
	// a refusal that names the folder: once
	tables := handTables(t, false, false)
	if err := remove("inputs.csv")(tables); err != nil {
		t.Fatal(err)
	}
	if _, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o")); strings.Count(e, tables) != 1 {
		t.Errorf("%q: want the folder named once", e)
	}
}

// TestPairsBriefingNoEvents: the report of analyze --pairs does not
// claim that no data request was decided or that no meeting series was
// held: the pair tables hold no events, so its refused datasets and
// forums need the log tables and say so. Before, an empty event log made
// the report say "No cross-sector data request was decided in this
// window" beside a headline counting the refused requests.
func TestPairsBriefingNoEvents(t *testing.T) {
	study := "../../testdata/studies/hand"
	out := filepath.Join(t.TempDir(), "o")
	if code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, false, false), "--out", out, "--lang", "en"); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	b, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(b))
	for _, no := range []string{i18n.T("en", "brief.noRequests"), i18n.T("en", "brief.noForums")} {
		if strings.Contains(page, no) {
			t.Errorf("report.html says %q, which the pair tables cannot tell", no)
		}
	}
	if !strings.Contains(page, i18n.T("en", "brief.noEvents")) {
		t.Errorf("report.html does not say %q", i18n.T("en", "brief.noEvents"))
	}
}

// TestPairsWindowOpen: tables made for a window (sekat pairs --from
// 2025-01-01 --to 2025-08-01), analysed without one, are refused saying
// that the tables hold only their window and to give --from/--to equal
// to it, or to make the tables without a window; before, the sentence said
// the window asked for, "… to …", reached outside theirs and only asked
// for tables of a wider window. With the flags it names, the run goes.
func TestPairsWindowOpen(t *testing.T) {
	study := "../../testdata/studies/hand"
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	from, to := time.Date(2025, 1, 1, 0, 0, 0, 0, loc).Unix(), time.Date(2025, 8, 1, 0, 0, 0, 0, loc).Unix()
	tables := handTables(t, false, false)
	if err := replaceIn("meta.csv", ",none,,,", fmt.Sprintf(",none,%d,%d,", from, to))(tables); err != nil {
		t.Fatal(err)
	}
	// the rows' times inside the window, as sekat pairs writes them
	// (handTables' times are 1, of 1970, for tables without a window)
	for _, name := range []string{"pairs.csv", "meeting_sizes.csv"} {
		p := filepath.Join(tables, name)
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(readFile(t, p), ",1,1\n", fmt.Sprintf(",%d,%d\n", from, from))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		lang  string
		flags []string
		want  []string
	}{
		{"en", nil, []string{"the tables hold only the events of their own window, 2025-01-01 to 2025-08-01", "with --from 2025-01-01 --to 2025-08-01", "make the tables without a window"}},
		{"id", nil, []string{"hanya memuat peristiwa dalam jendelanya sendiri, 2025-01-01 sampai 2025-08-01", "dengan --from 2025-01-01 --to 2025-08-01", "tanpa jendela waktu"}},
		{"en", []string{"--from", "2025-01-01"}, []string{"(2025-01-01 to …)", "with --from 2025-01-01 --to 2025-08-01"}},
	} {
		args := append([]string{"analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang}, c.flags...)
		code, _, e := sekat(t, args...)
		if code != exitUsage || strings.Count(e, "\n") != 1 {
			t.Errorf("%v: exit %d, %q; want exit 2 and one line", c.flags, code, e)
		}
		for _, w := range c.want {
			if !strings.Contains(e, w) {
				t.Errorf("%s %v: %q does not say %q", c.lang, c.flags, e, w)
			}
		}
	}
	if code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--from", "2025-01-01", "--to", "2025-08-01", "--out", filepath.Join(t.TempDir(), "o")); code != 0 {
		t.Errorf("the tables' window: exit %d: %s", code, e)
	}
}

// TestPairsMissingColumnAsAnalyze: a log table missing a required column
// gives sekat pairs the message analyze gives: where the header was read,
// the columns found, and the columns: mapping to add to study.yaml (here
// sender: pengirim), in both languages. Before, sekat pairs said only that
// the column was missing and which were found.
func TestPairsMissingColumnAsAnalyze(t *testing.T) {
	st := filepath.Join(t.TempDir(), "studi")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.05", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	p := filepath.Join(st, "correspondence.csv")
	b := readFile(t, p)
	if err := os.WriteFile(p, []byte(strings.Replace(b, ",sender,", ",pengirim,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		_, _, ea := sekat(t, "analyze", "-q", "--lang", lang, "--out", filepath.Join(t.TempDir(), "o"), st)
		_, _, ep := sekat(t, "pairs", "--lang", lang, "--out", filepath.Join(t.TempDir(), "p.sql"), st)
		if ea != ep || !strings.Contains(ep, "sender: pengirim") {
			t.Errorf("%s: pairs says\n%s\nanalyze says\n%s", lang, ep, ea)
		}
	}
}

// TestPairsTopLevelGzip: a pair table written as a gzipped CSV at the top
// of the folder (pairs.csv.gz) is read as one inside a table's folder is;
// a QA run of session 30 found it passed over, and the totals check then
// said the pairs' part files were missing. The edges are those of the
// plain tables.
func TestPairsTopLevelGzip(t *testing.T) {
	study := "../../testdata/studies/hand"
	plain := handTables(t, false, false)
	zipped := handTables(t, false, false)
	b := readFileBytes(t, filepath.Join(zipped, "pairs.csv"))
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	z.Write(b)
	z.Close()
	if err := os.WriteFile(filepath.Join(zipped, "pairs.csv.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(zipped, "pairs.csv")); err != nil {
		t.Fatal(err)
	}
	a, c := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "c")
	analyzeOK(t, "analyze", study, "--pairs", plain, "--out", a, "-q")
	analyzeOK(t, "analyze", study, "--pairs", zipped, "--out", c, "-q")
	if x, y := readFile(t, filepath.Join(a, "edges.csv")), readFile(t, filepath.Join(c, "edges.csv")); x != y {
		t.Errorf("edges.csv differs between pairs.csv and pairs.csv.gz:\n%s\n%s", x, y)
	}
}

// TestFacilitatorsNoPeriods: facilitators on pair tables without periods
// (--every none), which any slice bound cuts, says so in both languages.
// Before, it said "inside the period  of the pair tables", naming an
// empty period.
func TestFacilitatorsNoPeriods(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	tm, _ := time.ParseInLocation("2006-01-02", "2025-01-02", loc)
	e := &engine.BlockCutError{Dir: "pasangan", Every: "none", Bound: tm.Unix()}
	for lang, want := range map[string]string{
		"en": "the pair tables in pasangan have no periods (made with --every none): their whole window is one sum, which the slice boundary 2025-01-02 cuts",
		"id": "tabel pasangan di pasangan tidak dipartisi per periode (dibuat dengan --every none): seluruh jendela waktunya hanya satu jumlah, yang terpotong oleh batas irisan 2025-01-02",
	} {
		if s := sliceCutText(e, loc, lang); !strings.Contains(s, want) || strings.Contains(s, "  ") {
			t.Errorf("%s: %q; want it to say %q", lang, s, want)
		}
	}
	e = &engine.BlockCutError{Dir: "p", Every: "week", Period: "2025-01-27", Bound: tm.Unix()}
	if s := sliceCutText(e, loc, "en"); !strings.Contains(s, "inside the period 2025-01-27 of the pair tables in p (--every week)") {
		t.Errorf("week: %q", s)
	}
}

// TestPairsColumnTypeWorded: a Parquet column sekat cannot read (here
// recipients as a list, as an engine's export may leave it) stops
// sekat pairs with the headline analyze gives, in the user's language,
// and the English detail after it. Before, pairs printed the English
// detail alone, whatever --lang said.
func TestPairsColumnTypeWorded(t *testing.T) {
	study := filepath.Join(t.TempDir(), "s")
	copyDir(t, "../../testdata/studies/hand", study)
	if err := os.Remove(filepath.Join(study, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	type letter struct {
		SentAt     string   `parquet:"sent_at"`
		Sender     string   `parquet:"sender"`
		Recipients []string `parquet:"recipients,list"`
	}
	if err := parquet.WriteFile(filepath.Join(study, "correspondence.parquet"), []letter{{"2025-01-10 09:00", "p1", []string{"p3", "p4"}}}); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"pairs", "analyze"} {
		code, _, e := sekat(t, cmd, study, "--out", filepath.Join(t.TempDir(), "o"))
		if want := `berkas correspondence.parquet: kolom "recipients" bertipe Parquet yang tidak dapat dibaca sekat`; code != 1 || !strings.HasPrefix(e, "sekat: "+want) || !strings.Contains(e, "a repeated (list or map) column") {
			t.Errorf("%s: exit %d, %q; want 1 saying %q, then the detail", cmd, code, e, want)
		}
	}
}

// TestPairFolderAsStudy: a folder of pair tables given as STUDY (in place
// of --pairs) is named as such, with the fix, in both languages. Before,
// it was told to add units.csv, as an empty folder is.
func TestPairFolderAsStudy(t *testing.T) {
	tables := handTables(t, false, false)
	for lang, want := range map[string]string{
		"en": tables + " holds pair tables (made by sekat pairs), not a study: give the study folder, which holds the units and people tables, and the pair tables with --pairs " + tables,
		"id": tables + " memuat tabel pasangan (dibuat oleh sekat pairs), bukan studi: berikan folder studi, yang memuat tabel units dan people, dan tabel pasangannya dengan --pairs " + tables,
	} {
		for _, args := range [][]string{{"validate", tables}, {"analyze", tables, "--out", filepath.Join(t.TempDir(), "o")}} {
			code, _, e := sekat(t, append(args, "--lang", lang)...)
			cmd := args[0]
			if code == 0 || !strings.Contains(e, want) {
				t.Errorf("%s %s: exit %d, %q; want it to say %q", cmd, lang, code, e, want)
			}
		}
	}
}

// TestEngineCodesWorded: every code the engine gives a PairsError or an
// SQLError has its sentence in each language, so that no refusal of pair
// tables or of the SQL text falls back to the engine's English alone (as
// an unreadable pair table did: "open pt/pairs.csv: permission denied").
func TestEngineCodesWorded(t *testing.T) {
	var src []byte
	files, _ := filepath.Glob("../../engine/*.go")
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			src = append(src, readFile(t, f)...)
		}
	}
	pairs := regexp.MustCompile(`(?:pairsCodeErr\(|NewPairsError\(|PairsError\{Code: )"(\w+)"`).FindAllStringSubmatch(string(src), -1)
	sqls := regexp.MustCompile(`(?:sqlErr\(|SQLError\{Code: )"(\w+)"`).FindAllStringSubmatch(string(src), -1)
	if len(pairs) < 50 || len(sqls) < 10 {
		t.Fatalf("found %d pair codes and %d SQL codes in engine/; the patterns no longer match the calls", len(pairs), len(sqls))
	}
	for _, lang := range []string{"id", "en"} {
		for _, m := range pairs {
			if pairsText(&engine.PairsError{Code: m[1]}, lang) == "" {
				t.Errorf("pair code %q has no %s sentence in pairsText", m[1], lang)
			}
		}
		for _, m := range sqls {
			if sqlText(&engine.SQLError{Code: m[1]}, lang) == "" {
				t.Errorf("SQL code %q has no %s sentence in sqlText", m[1], lang)
			}
		}
	}
}

// TestPairsLevelFix: pair tables of the other level name the flag that
// reads them, in both languages: "lakukan analisis pada tingkat person"
// did not say that --level person is what to type.
func TestPairsLevelFix(t *testing.T) {
	tables := handTables(t, false, false)
	if err := replaceIn("meta.csv", ",unit,none,", ",person,none,")(tables); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{
		"id": "buat tabelnya dengan sekat pairs --level unit, atau jalankan perintah ini dengan --level person",
		"en": "make them with sekat pairs --level unit, or run this command with --level person",
	} {
		code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		if code != exitUsage || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 2 and %q", lang, code, stderr, want)
		}
	}
}

// TestPairsInsideTablesFolder: a table's name (pasangan/pairs, where
// pasangan holds pairs.csv), a table's folder or a period of one given
// for the folder of the pair tables is refused naming the folder to give,
// in both languages, exit 2. It said "no such folder of pair tables; make
// them with sekat pairs --run --out pasangan/pairs", or that the table's
// folder held no meta table.
func TestPairsInsideTablesFolder(t *testing.T) {
	study := "../../testdata/studies/hand"
	tables := handTables(t, false, false)
	if err := os.MkdirAll(filepath.Join(tables, "nodes", "part"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(tables, "nodes.csv"), filepath.Join(tables, "nodes", "part", "data_0.csv")); err != nil {
		t.Fatal(err)
	}
	if code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o")); code != 0 {
		t.Fatalf("the tables with nodes as a folder: exit %d: %s", code, e)
	}
	for _, given := range []string{filepath.Join(tables, "pairs"), filepath.Join(tables, "nodes"), filepath.Join(tables, "nodes", "part")} {
		for lang, want := range map[string]string{
			"en": given + " lies inside the folder of pair tables " + tables + ", and is not that folder: give the folder that holds the tables, " + tables,
			"id": given + " berada di dalam folder tabel pasangan " + tables + ", bukan folder itu sendiri: berikan folder yang memuat tabel-tabelnya, " + tables,
		} {
			code, _, e := sekat(t, "analyze", study, "--pairs", given, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
			if code != exitUsage || e != "sekat: "+want+"\n" {
				t.Errorf("%s %s: exit %d, %q; want exit 2 and %q", given, lang, code, e, want)
			}
		}
	}
	// a folder that is not there, outside any folder of pair tables: a
	// path typed wrong, exit 2 as the others (TestMissingPathExitsAsBadInput)
	missing := filepath.Join(t.TempDir(), "pasangan")
	if code, _, e := sekat(t, "analyze", study, "--pairs", missing, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en"); code != exitUsage || !strings.Contains(e, "no such folder of pair tables") {
		t.Errorf("a missing folder: exit %d, %q", code, e)
	}
}

// TestPairsLevelFixOneLevel: facilitators (person level only) and
// evaluate (unit level only) given pair tables of the other level say to
// make the tables at their level, with the command that does; they said
// "or run this command with --level unit", a flag facilitators does not
// have and a level evaluate refuses.
func TestPairsLevelFixOneLevel(t *testing.T) {
	study := "../../testdata/studies/hand"
	unit := handTables(t, false, false)
	person := handTables(t, false, false)
	if err := replaceIn("meta.csv", ",unit,none,", ",person,none,")(person); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-04-01\ntreated: [s1]\ncontrol: [s2]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args     []string
		lang     string
		want     string
		fixCmd   string
		notLevel string
	}{
		{[]string{"facilitators", study, "--purpose", "uji", "--pairs", unit}, "en",
			"the pair tables are of the unit level, and facilitators reads the person level only: make them at that level",
			"`sekat pairs " + study + " --level person --every day`", "--level unit"},
		{[]string{"facilitators", study, "--purpose", "uji", "--pairs", unit}, "id",
			"tabel pasangan ini untuk tingkat unit, sedangkan facilitators hanya membaca tingkat person",
			"`sekat pairs " + study + " --level person --every day`", "--level unit"},
		{[]string{"evaluate", study, "--reform", reform, "--pairs", person}, "en",
			"the pair tables are of the person level, and evaluate reads the unit level only: make them at that level",
			"`sekat pairs " + study + " --every day`", "--level person"},
	} {
		code, _, e := sekat(t, append(c.args, "--out", filepath.Join(t.TempDir(), "o"), "--lang", c.lang, "-q")...)
		if code != exitUsage || !strings.Contains(e, c.want) || !strings.Contains(e, c.fixCmd) || strings.Contains(e, c.notLevel) {
			t.Errorf("%s %s: exit %d, %q; want exit 2 saying %q and %s, not %s", c.args[0], c.lang, code, e, c.want, c.fixCmd, c.notLevel)
		}
	}
	// a study whose path the shell would split: quoted in the command
	spaced := filepath.Join(t.TempDir(), "studi uji")
	copyDir(t, study, spaced)
	code, _, e := sekat(t, "facilitators", spaced, "--purpose", "uji", "--pairs", unit, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en", "-q")
	if want := "`sekat pairs '" + spaced + "' --level person --every day`"; code != exitUsage || !strings.Contains(e, want) {
		t.Errorf("a study path with a space: exit %d, %q; want %s", code, e, want)
	}
}

// TestPairsDestUnnameable: a --dest the SQL text cannot name (a backslash;
// for Spark a single quote) stopped the run with exit 1 after the study
// was read, and said to rename a file or folder; it is bad usage, exit 2,
// saying what to give --dest instead. A quote DuckDB's text can carry is
// still taken.
func TestPairsDestUnnameable(t *testing.T) {
	hand := filepath.Join("..", "..", "testdata", "studies", "hand")
	for _, c := range []struct{ dialect, dest, want string }{
		{"spark", "pa'irs", `give --dest a folder without it, e.g. --dest "pairs"`},
		{"duckdb", `lake\pairs`, `give --dest a folder without them, with / between its parts, e.g. --dest "lake/pairs"`},
		{"spark", "lake\npairs", `e.g. --dest "lakepairs"`},
	} {
		code, _, stderr := sekat(t, "pairs", hand, "--dialect", c.dialect, "--dest", c.dest, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", "en")
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s --dest %q: exit %d, %q; want exit 2 and %q", c.dialect, c.dest, code, stderr, c.want)
		}
	}
	if code, _, stderr := sekat(t, "pairs", hand, "--dest", "pa'irs", "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", "en"); code != 0 {
		t.Errorf("duckdb --dest pa'irs: exit %d, %q; want it written", code, stderr)
	}
}

// TestPairsMetaZoneIndonesian: a meta table whose time_zone is WIB (as an
// analyst who opened meta.csv in Excel might write it) was refused as
// another zone than the study's Asia/Jakarta; it is read as study.yaml's
// timezone reads WIB, WITA and WIT, in any case. Another zone is still
// refused.
func TestPairsMetaZoneIndonesian(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct {
		zone string
		code int
	}{{"WIB", 0}, {" wib ", 0}, {"WITA", exitUsage}} {
		tables := handTables(t, false, false)
		if err := replaceIn("meta.csv", ",Asia/Jakarta,", ","+c.zone+",")(tables); err != nil {
			t.Fatal(err)
		}
		code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en")
		if code != c.code || c.code != 0 && !strings.Contains(e, "made in the time zone Asia/Makassar, and the study's is Asia/Jakarta") {
			t.Errorf("time_zone %q: exit %d, %q; want exit %d", c.zone, code, e, c.code)
		}
	}
}

// TestPairsSQLRefusalExitsAsBadInput: a table the SQL text of sekat pairs
// cannot read as analyze reads it (its encoding, its first line, a path
// it cannot name) is bad input, exit 2 as the table of exit codes says,
// with the file named; it exited 1, as a failure. A failure of the engine
// itself is still exit 1.
func TestPairsSQLRefusalExitsAsBadInput(t *testing.T) {
	be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(readFile(t, "../../testdata/studies/hand/units.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// big-endian without a mark, named utf-16 in study.yaml: read
	// little-endian, its header was a missing column (exit 1)
	beBare, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(readFile(t, "../../testdata/studies/hand/units.csv"))
	if err != nil {
		t.Fatal(err)
	}
	letters := readFile(t, "../../testdata/studies/hand/correspondence.csv")
	quoted := filepath.Join(t.TempDir(), "studi'a")
	copyDir(t, "../../testdata/studies/hand", quoted)
	for _, c := range []struct {
		name    string
		study   string
		dialect string
		want    string
	}{
		{"UTF-16 big-endian", handCopy(t, nil, map[string]string{"units.csv": be}), "duckdb", "units.csv: the SQL text for DuckDB reads CSV and TSV files in UTF-8 or UTF-16, not UTF-16 big-endian; save this file as CSV UTF-8, or read the raw tables with sekat analyze without --pairs"},
		{"UTF-16 big-endian without a mark, named utf-16", handCopy(t, nil, map[string]string{"units.csv": beBare, "study.yaml": "encoding: {units: utf-16}\n"}), "duckdb", "units.csv: the SQL text for DuckDB reads CSV and TSV files in UTF-8 or UTF-16, not UTF-16 big-endian"},
		{"Windows-1252 with curly quotes, named", handCopy(t, map[string]string{"meetings.csv": "M9,2025-02-11 09:00,p1,p1,Rapat \x93koordinasi\x94\n"}, map[string]string{"study.yaml": "encoding: windows-1252\n"}), "duckdb", "meetings.csv: read as Windows-1252, as sekat analyze reads it, this file holds characters such as € “ ” (bytes 0x80 to 0x9F) that the SQL text for DuckDB"},
		{"Windows-1252 with curly quotes, found", handCopy(t, map[string]string{"meetings.csv": "M9,2025-02-11 09:00,p1,p1,Rapat \x93koordinasi\x94\n"}, nil), "duckdb", "meetings.csv: read as Windows-1252, as sekat analyze reads it"},
		{"sep line ending otherwise", handCopy(t, nil, map[string]string{"correspondence.csv": "sep=,\r\n" + letters}), "duckdb", "correspondence.csv: its first line, Excel's sep=,"},
		{"quote in the path", quoted, "spark", "studi'a"},
	} {
		code, _, e := sekat(t, "pairs", c.study, "--dialect", c.dialect, "--lang", "en")
		if code != 2 || !strings.Contains(e, c.want) {
			t.Errorf("%s: exit %d, %q; want exit 2 saying %q", c.name, code, e, c.want)
		}
	}
	for _, c := range []struct {
		err  error
		want int
	}{
		{&engine.SQLError{Code: "encoding"}, exitUsage},
		{&engine.SQLError{Code: "encodingC1"}, exitUsage},
		{&engine.SQLError{Code: "csvLine"}, exitUsage},
		{&engine.SQLError{Code: "csvEncoding"}, exitUsage},
		{&engine.SQLError{Code: "run"}, exitFailed},
		{&engine.SQLError{Code: "tempDir"}, exitFailed},
		{&engine.SQLError{Code: "start"}, exitFailed},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("exitCode of an SQLError %s: %d, want %d", c.err.(*engine.SQLError).Code, got, c.want)
		}
	}
}
