package engine

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// TestZoneShifts: the offsets zoneShifts finds give, at any instant of
// zoneRange, the offset Go's time package gives (the tz database of the
// Go toolchain), for Indonesia's zones (fixed since 1964, with the changes
// before) and for zones with daylight saving.
func TestZoneShifts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, name := range []string{"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Europe/Amsterdam", "America/Sao_Paulo", "UTC"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		first, shifts := zoneShifts(loc)
		at := func(x int64) int {
			o := first
			for _, s := range shifts {
				if x < s.at {
					break
				}
				o = s.offset
			}
			return o
		}
		probes := []int64{zoneRange[0], zoneRange[1] - 1}
		for _, s := range shifts {
			probes = append(probes, s.at-1, s.at, s.at+1)
		}
		for range 20000 {
			probes = append(probes, zoneRange[0]+r.Int64N(zoneRange[1]-zoneRange[0]))
		}
		for _, x := range probes {
			if _, want := time.Unix(x, 0).In(loc).Zone(); at(x) != want {
				t.Errorf("%s at %d: offset %d, Go says %d", name, x, at(x), want)
				break
			}
		}
		if name == "Asia/Jakarta" && (len(shifts) == 0 || shifts[len(shifts)-1].offset != 7*3600) {
			t.Errorf("Asia/Jakarta: last offset %v, want +07:00 since 1964", shifts)
		}
	}
}

func testSpec() *Spec {
	f := func(p string, cols ...string) File {
		b := map[string]Column{}
		for i, c := range cols {
			b[c] = Column{Index: i}
		}
		return File{Path: p, Format: "csv", Delim: ',', Columns: cols, Bound: b}
	}
	return &Spec{Files: map[string][]File{
		"units":          {f("/d/units.csv", "unit_id", "kind")},
		"people":         {f("/d/people.csv", "person_id", "unit_id", "valid_from", "valid_to")},
		"correspondence": {f("/d/correspondence.csv", "sent_at", "sender", "recipients", "cc")},
		"meetings":       {f("/d/meetings.csv", "meeting_id", "start", "attendee")},
		"data_sharing":   {f("/d/data_sharing.csv", "at", "provider", "consumer", "status")},
	}, Level: graph.UnitLevel, Every: EveryMonth, Loc: time.UTC, CircularUnits: 4, MaxMeetingSize: 100, Dest: "/out", Format: "parquet", Version: "test"}
}

// TestSQLDialects: each dialect's text uses its own forms (list explode,
// integer division, group references, output) and the same text comes
// out twice; settings the SQL cannot carry are refused.
func TestSQLDialects(t *testing.T) {
	want := map[Dialect][]string{
		DuckDB: {"unnest(split(", ") // (", `\1|`, "PARTITION_BY (period)", "read_csv('/d/units.csv'"},
		Spark:  {"LATERAL VIEW explode(split(", ") div (", "$1|", "PARTITIONED BY (period)", "USING csv OPTIONS (path '/d/units.csv'"},
		// Trino materialises the relations that number rows (a view would
		// number them again at every use), and drops them at the end
		Trino: {"CROSS JOIN UNNEST(split(", "partitioned_by = ARRAY['period']", "$1|", "DROP VIEW IF EXISTS sekat_src_units",
			"DROP TABLE IF EXISTS sekat_l0;\n\nCREATE TABLE sekat_l0 AS\n", "DROP TABLE IF EXISTS sekat_m0;\n\nCREATE TABLE sekat_m0 AS\n"},
	}
	for d, subs := range want {
		a, err := SQL(testSpec(), d)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		b, _ := SQL(testSpec(), d)
		if a != b {
			t.Errorf("%s: two texts for one spec", d)
		}
		for _, s := range subs {
			if !strings.Contains(a, s) {
				t.Errorf("%s: text lacks %q", d, s)
			}
		}
	}
	bad := []func(s *Spec){
		func(s *Spec) { s.Files["units"][0].Path = `C:\d\units.csv` },
		func(s *Spec) { s.CircularUnits = 0 },
		func(s *Spec) { s.Format = "json" },
		func(s *Spec) { delete(s.Files, "units") },
	}
	for i, f := range bad {
		s := testSpec()
		f(s)
		if _, err := SQL(s, DuckDB); err == nil {
			t.Errorf("bad spec %d accepted", i)
		}
	}
	s := testSpec()
	s.Format = "csv"
	if _, err := SQL(s, Trino); err == nil {
		t.Errorf("Trino text with CSV tables accepted")
	}
}

// TestSQLEncodings: a UTF-16 file is read as UTF-16 by DuckDB and Spark;
// a Windows-1252 file by Spark, and by DuckDB as Latin-1 when it holds no
// byte from 0x80 to 0x9F (File.Latin1), else refused with the code that
// asks for UTF-8 (its own Latin-1 reads those bytes otherwise); a UTF-8
// file names no encoding to DuckDB and UTF-8 to Spark.
func TestSQLEncodings(t *testing.T) {
	with := func(enc string) *Spec {
		s := testSpec()
		s.Files["units"][0].Encoding = enc
		return s
	}
	for _, c := range []struct {
		enc    string
		d      Dialect
		has    string
		hasNot string
	}{
		{"", DuckDB, "read_csv('/d/units.csv', auto_detect = false", "encoding"},
		{"utf-16", DuckDB, "nullstr = ['', '\\N', 'NULL'], encoding = 'utf-16', columns", ""},
		{"", Spark, "encoding 'UTF-8')", "UTF-16"},
		{"utf-16", Spark, "multiLine 'true', encoding 'UTF-16')", ""},
		{"windows-1252", Spark, "encoding 'windows-1252')", ""},
	} {
		text, err := SQL(with(c.enc), c.d)
		if err != nil {
			t.Fatalf("%s %q: %v", c.d, c.enc, err)
		}
		if !strings.Contains(text, c.has) || (c.hasNot != "" && strings.Contains(text, c.hasNot)) {
			t.Errorf("%s %q: text lacks %q or holds %q", c.d, c.enc, c.has, c.hasNot)
		}
	}
	_, err := SQL(with("windows-1252"), DuckDB)
	var se *SQLError
	if !errors.As(err, &se) || se.Code != "encodingC1" {
		t.Errorf("DuckDB with a Windows-1252 file holding bytes 0x80-0x9F: %v, want the encodingC1 error", err)
	}
	latin := with("windows-1252")
	latin.Files["units"][0].Latin1 = true
	text, err := SQL(latin, DuckDB)
	if err != nil || !strings.Contains(text, "nullstr = ['', '\\N', 'NULL'], encoding = 'latin-1', columns") {
		t.Errorf("DuckDB with a Windows-1252 file Latin-1 reads alike: %v; want it read as latin-1", err)
	}
}

// TestSQLSparkUTF16Order: a UTF-16 file without a byte order mark is
// named to Spark in the byte order ingest reads it in (UTF-16LE, or
// UTF-16BE when NULs come before ASCII), since Java's UTF-16 reads a file
// without a mark as big-endian (an Excel "Unicode Text" file saved without
// its mark would be read as other characters); a file with a mark is
// UTF-16, whose mark Java reads. DuckDB refuses the big-endian ones (its
// UTF-16 is little-endian).
func TestSQLSparkUTF16Order(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		bytes []byte
		spark string
		duck  bool // DuckDB reads it
	}{
		{"le-bom", []byte("\xff\xfeu\x00n\x00"), "'UTF-16'", true},
		{"be-bom", []byte("\xfe\xff\x00u\x00n"), "'UTF-16'", false},
		{"le", []byte("u\x00n\x00i\x00"), "'UTF-16LE'", true},
		{"be", []byte("\x00u\x00n\x00i"), "'UTF-16BE'", false},
	} {
		p := filepath.Join(dir, c.name+".csv")
		if err := os.WriteFile(p, c.bytes, 0o644); err != nil {
			t.Fatal(err)
		}
		s := testSpec()
		s.Files["units"][0].Encoding = "utf-16"
		s.Files["units"][0].Path = p
		text, err := SQL(s, Spark)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(text, "encoding "+c.spark+")") {
			t.Errorf("%s: the Spark text does not read it as %s", c.name, c.spark)
		}
		_, err = SQL(s, DuckDB)
		var se *SQLError
		if c.duck && err != nil {
			t.Errorf("%s: DuckDB text refused: %v", c.name, err)
		}
		if !c.duck && (!errors.As(err, &se) || se.Code != "encoding") {
			t.Errorf("%s: DuckDB text: %v, want the encoding error", c.name, err)
		}
	}
}

// TestTrinoRowColumn: the Trino text takes the row order of people and
// meetings from their sekat_row column when the table has one (Trino has
// no row position), and numbers other tables' rows as before.
func TestTrinoRowColumn(t *testing.T) {
	s := testSpec()
	for _, tab := range []string{"people", "meetings", "correspondence"} {
		f := &s.Files[tab][0]
		f.Columns = append(f.Columns, " Sekat_Row")
	}
	text, err := SQL(s, Trino)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text, `row_number() OVER (ORDER BY CAST(" Sekat_Row" AS BIGINT) NULLS LAST) AS rn`); n != 2 {
		t.Errorf("sekat_row gives the order of %d tables, want people and meetings", n)
	}
	if !strings.Contains(text, `row_number() OVER () AS rn, "sent_at"`) {
		t.Error("correspondence does not number its rows itself")
	}
	plain, _ := SQL(testSpec(), Trino)
	if strings.Contains(plain, "Sekat_Row") || strings.Count(plain, "row_number() OVER () AS rn") != 5 {
		t.Error("without the column every table numbers its rows")
	}
}

// TestTrimmedRunesNotPrintable: DuckDB's trim leaves a value alone when
// it begins and ends with printable ASCII, which is right only while the
// characters sekat trims hold none of it.
func TestTrimmedRunesNotPrintable(t *testing.T) {
	for _, set := range [][]rune{wsText} {
		for _, r := range set {
			if r >= '!' && r <= '~' {
				t.Errorf("trimmed rune %q is printable ASCII", r)
			}
		}
	}
}

// TestPhases: each statement has a phase; the phases run in order, from
// the input declarations to the writing of the tables, each of them met.
func TestPhases(t *testing.T) {
	for _, d := range []Dialect{DuckDB, Spark, Trino} {
		g, err := generate(testSpec(), d)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		if len(g.phases) != len(g.stmts) {
			t.Fatalf("%s: %d phases for %d statements", d, len(g.phases), len(g.stmts))
		}
		seen := map[Phase]bool{}
		for i, ph := range g.phases {
			seen[ph] = true
			if i > 0 && ph < g.phases[i-1] {
				t.Errorf("%s: statement %d of phase %d after one of phase %d", d, i, ph, g.phases[i-1])
			}
		}
		for ph := PhaseRead; ph <= PhaseWrite; ph++ {
			if !seen[ph] {
				t.Errorf("%s: no statement of phase %d", d, ph)
			}
		}
		if g.phases[0] != PhaseRead || g.phases[len(g.phases)-1] != PhaseWrite {
			t.Errorf("%s: phases from %d to %d", d, g.phases[0], g.phases[len(g.phases)-1])
		}
	}
}

// TestDestURL: a lake URL given as --dest keeps its scheme and authority
// (path.Join made s3a://lake of s3a:/lake); only its path is joined.
func TestDestURL(t *testing.T) {
	for _, c := range []struct {
		d          Dialect
		dest, want string
	}{
		{Spark, "s3a://lake/sekat/p", "LOCATION 's3a://lake/sekat/p/meta'"},
		{Spark, "hdfs://nn:8020/x/", "LOCATION 'hdfs://nn:8020/x/pairs'"},
		{Spark, "abfss://c@acct.dfs.core.windows.net", "LOCATION 'abfss://c@acct.dfs.core.windows.net/meta'"},
		{Spark, "file:///data/p", "LOCATION 'file:///data/p/meta'"},
		{Spark, "/data/./p", "LOCATION '/data/p/meta'"},
		{DuckDB, "s3://lake/p", "TO 's3://lake/p/meta.parquet'"},
		{DuckDB, "s3://lake/p/../q", "TO 's3://lake/q/pairs'"},
	} {
		s := testSpec()
		s.Dest = c.dest
		text, err := SQL(s, c.d)
		if err != nil {
			t.Fatalf("%s %s: %v", c.d, c.dest, err)
		}
		if !strings.Contains(text, c.want) {
			t.Errorf("%s --dest %s: text lacks %q", c.d, c.dest, c.want)
		}
	}
}

// TestSparkCSVMultiLine: Spark reads every CSV and TSV file whole
// (multiLine), so a quoted cell with a line break (the hostile preset's
// unit and people names) is one cell, as sekat reads it; line by line,
// Spark split the record and FAILFAST stopped the run.
func TestSparkCSVMultiLine(t *testing.T) {
	text, err := SQL(testSpec(), Spark)
	if err != nil {
		t.Fatal(err)
	}
	views := strings.Count(text, "USING csv OPTIONS (path ")
	if n := strings.Count(text, "quote '\"', escape '\"', nullValue '\\\\N', mode 'FAILFAST', multiLine 'true', encoding 'UTF-8')"); views != 5 || n != views {
		t.Errorf("%d of %d CSV views read multiLine", n, views)
	}
}

// TestSparkQuotedPath: Spark 3.5 reads 'a”b' as 'a' 'b' (ab), so a path
// with a single quote is refused for Spark, in the inputs and in --dest,
// as a backslash is; DuckDB and Trino read ” as a quote.
func TestSparkQuotedPath(t *testing.T) {
	in := testSpec()
	in.Files["units"][0].Path = "/d/kab't/units.csv"
	dest := testSpec()
	dest.Dest = "s3a://lake/o'p"
	for _, s := range []*Spec{in, dest} {
		_, err := SQL(s, Spark)
		var se *SQLError
		if !errors.As(err, &se) || se.Code != "sparkQuote" || !strings.Contains(err.Error(), "single quote") {
			t.Errorf("Spark: %v, want the sparkQuote error", err)
		}
	}
	text, err := SQL(in, DuckDB)
	if err != nil || !strings.Contains(text, "read_csv('/d/kab''t/units.csv'") {
		t.Errorf("DuckDB: %v; the path is not written with ''", err)
	}
}

// TestTrinoSessionZone: the Trino text puts its session in UTC before any
// time is read and gives the session its own zone back at the end: to_unixtime of a
// Parquet time marked UTC, in a catalog that types it without a zone,
// casts it in the session's zone, so a session in Asia/Jakarta would
// have moved every event by seven hours (the Spark text sets its
// session zone likewise).
func TestTrinoSessionZone(t *testing.T) {
	s := testSpec()
	f := &s.Files["correspondence"][0]
	f.Format = "parquet"
	f.Bound["sent_at"] = Column{Index: 0, Type: TypeTimeUTC}
	text, err := SQL(s, Trino)
	if err != nil {
		t.Fatal(err)
	}
	set, use := strings.Index(text, "\nSET TIME ZONE 'UTC';\n"), strings.Index(text, "to_unixtime(")
	if set < 0 || use < 0 || set > use || strings.Index(text, "\nCREATE") < set {
		t.Errorf("SET TIME ZONE 'UTC' at %d, first statement at %d, to_unixtime at %d: want the zone set first", set, strings.Index(text, "\nCREATE"), use)
	}
	if !strings.HasSuffix(strings.TrimSpace(text), "\nSET TIME ZONE LOCAL;") {
		t.Errorf("the text does not end giving the session its zone back:\n%s", text[max(0, len(text)-200):])
	}
}

// TestDuckDBWritesOneThread: the DuckDB text materialises every pair
// table sorted on all its columns while DuckDB has all its threads, then
// sets one thread and only writes, and resets the threads at the end, so
// that the files' bytes do not follow the threads' order (see
// TestPairsDuckDBSameBytes for the run). Before, each table was written
// by a COPY of its unsorted query with all the threads.
func TestDuckDBWritesOneThread(t *testing.T) {
	for _, every := range []Every{EveryNone, EveryDay} {
		s := testSpec()
		s.Every = every
		stmts, err := Statements(s, DuckDB)
		if err != nil {
			t.Fatal(err)
		}
		set := slices.Index(stmts, "SET threads = 1")
		if set < 0 || stmts[len(stmts)-1] != "RESET threads" {
			t.Fatalf("every %v: no SET threads = 1, or the text does not end with RESET threads", every)
		}
		copies := 0
		for i, st := range stmts {
			isCopy := strings.HasPrefix(st, "COPY ")
			if isCopy {
				copies++
			}
			switch {
			case i < set && isCopy:
				t.Errorf("every %v: statement %d writes a table before SET threads = 1", every, i+1)
			case i > set && i < len(stmts)-1 && !isCopy:
				t.Errorf("every %v: statement %d after SET threads = 1 is not a write: %.80s", every, i+1, st)
			case isCopy && !strings.HasPrefix(st, "COPY sekat_out_"):
				t.Errorf("every %v: statement %d writes a query, not a sorted table: %.80s", every, i+1, st)
			case strings.HasPrefix(st, "CREATE OR REPLACE TEMP TABLE sekat_out_") && !strings.HasSuffix(st, ") AS o ORDER BY ALL"):
				t.Errorf("every %v: statement %d makes an unsorted table: %.80s", every, i+1, st)
			}
		}
		if copies != len(tableOrder) {
			t.Errorf("every %v: %d writes, want %d", every, copies, len(tableOrder))
		}
	}
}

// TestSQLSepLine: a CSV file whose first line is Excel's "sep=;" is read
// from its second line by the DuckDB text (skip = 1) and refused, saying
// so, by the Spark SQL text, whose CSV reader cannot skip it; the Trino
// text reads catalog tables, whose definition is the user's. Before, sekat
// pairs refused such a file for every dialect as a missing column.
func TestSQLSepLine(t *testing.T) {
	s := testSpec()
	c := &s.Files["correspondence"][0]
	c.Delim, c.SepLine = ';', true
	text, err := SQL(s, DuckDB)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "read_csv('/d/correspondence.csv', auto_detect = false, header = true, skip = 1, delim = ';'") {
		t.Errorf("the DuckDB text does not skip the sep line of correspondence.csv")
	}
	if strings.Count(text, "skip = 1") != 1 {
		t.Errorf("the DuckDB text skips a line of %d files, want 1", strings.Count(text, "skip = 1"))
	}
	_, err = SQL(s, Spark)
	var se *SQLError
	if !errors.As(err, &se) || se.Code != "sepLine" || !strings.Contains(err.Error(), "correspondence.csv") {
		t.Errorf("Spark: %v, want the sepLine refusal naming the file", err)
	}
	if _, err := SQL(s, Trino); err != nil {
		t.Errorf("Trino: %v", err)
	}
}

// TestSQLSepLineEnds: a CSV file whose Excel sep line ends its line unlike
// the lines below it is refused by the DuckDB text, naming the file: with
// skip = 1, DuckDB took the sep line's line end for the file's and read no
// row, without an error.
func TestSQLSepLineEnds(t *testing.T) {
	s := testSpec()
	c := &s.Files["correspondence"][0]
	c.Delim, c.SepLine, c.SepLineMixed = ';', true, true
	_, err := SQL(s, DuckDB)
	var se *SQLError
	if !errors.As(err, &se) || se.Code != "sepLineEnds" || !strings.Contains(err.Error(), "correspondence.csv") {
		t.Errorf("DuckDB: %v, want the sepLineEnds refusal naming the file", err)
	}
}

// TestSQLBlankLinesAboveHeader: the DuckDB text skips every line above a
// CSV file's header, a sep line and blank lines alike (skip = header line
// - 1); before, it skipped the sep line only and took a blank line for the
// header, so the real header became a rejected row. Spark's CSV reader
// passes over blank lines itself, so its text does not change.
func TestSQLBlankLinesAboveHeader(t *testing.T) {
	for _, c := range []struct {
		sep  bool
		line int64
		want string
	}{
		{false, 0, "header = true, delim"},
		{false, 1, "header = true, delim"},
		{false, 2, "header = true, skip = 1, delim"},
		{true, 2, "header = true, skip = 1, delim"},
		{true, 3, "header = true, skip = 2, delim"},
	} {
		s := testSpec()
		f := &s.Files["correspondence"][0]
		f.SepLine, f.HeaderLine = c.sep, c.line
		text, err := SQL(s, DuckDB)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "read_csv('/d/correspondence.csv', auto_detect = false, "+c.want) {
			t.Errorf("sep line %v, header on line %d: the DuckDB text does not read %q", c.sep, c.line, c.want)
		}
		if !c.sep {
			if _, err := SQL(s, Spark); err != nil {
				t.Errorf("header on line %d: Spark: %v", c.line, err)
			}
		}
	}
	// a line of white space or empty cells above the header: Spark takes
	// it for the header (it passes over empty lines only), so its text
	// refuses the file by name, as for a sep line; DuckDB skips it
	s := testSpec()
	f := &s.Files["correspondence"][0]
	f.HeaderLine, f.PaddedLine = 3, 2
	var se *SQLError
	if _, err := SQL(s, Spark); !errors.As(err, &se) || se.Code != "paddedLine" || !strings.Contains(err.Error(), "correspondence.csv: line 2 ") {
		t.Errorf("Spark: %v, want the paddedLine refusal naming the file and line", err)
	}
	if _, err := SQL(s, DuckDB); err != nil {
		t.Errorf("DuckDB: %v", err)
	}
	// a blank line above the header that ends unlike it: DuckDB would
	// read no row
	s = testSpec()
	f = &s.Files["correspondence"][0]
	f.HeaderLine, f.AboveMixed = 2, true
	_, err := SQL(s, DuckDB)
	if !errors.As(err, &se) || se.Code != "aboveEnds" || !strings.Contains(err.Error(), "correspondence.csv") {
		t.Errorf("DuckDB: %v, want the aboveEnds refusal naming the file", err)
	}
}

// TestSQLBlankRows: the DuckDB and Spark texts leave out the rows of a CSV
// file whose every cell is missing or white space (a spreadsheet's empty
// row, a line of spaces), as ingest passes over them; before, each was a
// rejected row there and not in analyze (rows_read and rows_rejected one
// more). The DuckDB text keeps aside the lines it cannot read as rows
// (store_rejects) and stops on those that are not blank (duckdbRejects).
// Trino reads catalog tables: a row whose every column the text reads is
// missing or white space, cast to text first, is left out (it was a row
// read and rejected; TestPairsDuckDBTrinoBlankRows runs it), and so is the
// header read as a row (a table made without skipping the file's first
// line) as the header written again is (TestPairsDuckDBTrinoHeaderRow).
func TestSQLBlankRows(t *testing.T) {
	s := testSpec()
	text, err := SQL(s, DuckDB)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, ", max_line_size = 16777216, buffer_size = 33554432, ") {
		t.Errorf("the DuckDB text does not read lines of up to 16 MiB, as ingest does")
	}
	if !strings.Contains(text, "GROUP BY line HAVING bool_and(error_type = 'MISSING COLUMNS')) AS r) AS rows_rejected") {
		t.Errorf("the DuckDB text does not count the short rows it set aside as rejected")
	}
	if !strings.Contains(text, "rejects_table = 'sekat_rejects_correspondence_0'") || !strings.Contains(text, "FROM sekat_rejects_correspondence_0 WHERE NOT regexp_full_match(") {
		t.Errorf("the DuckDB text does not keep aside and check the lines it cannot read")
	}
	for _, d := range []Dialect{DuckDB, Spark} {
		text, err := SQL(s, d)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, " WHERE COALESCE(NULLIF(") {
			t.Errorf("%v: the text does not leave out blank rows", d)
		}
		// the header written again: its time cell (a units row's
		// unit_id, a people row's person_id and unit_id) holding its
		// column's name, after a UTF-8 byte order mark or not (the
		// header of a file joined below another), quoted behind the
		// mark too, as ingest names it (ingest.ErrHeaderRow)
		bom := map[Dialect]string{DuckDB: "((chr(65279)) || ", Spark: `('\uFEFF' || `}[d]
		in := func(c string) string {
			return ") IN ('" + c + "', " + bom + "'" + c + "'), " + bom + "'\"" + c + "\"')), FALSE)"
		}
		for _, h := range []string{in("sent_at") + ")", in("start") + ")", in("at") + ")", in("unit_id") + ")",
			in("person_id") + " AND COALESCE(lower("} {
			if !strings.Contains(text, h) {
				t.Errorf("%v: the text does not leave out the header written again (%q)", d, h)
			}
		}
	}
	text, _ = SQL(s, Trino)
	if !strings.Contains(text, "FROM correspondence WHERE COALESCE(NULLIF(trim(CAST(\"sent_at\" AS VARCHAR), ") {
		t.Errorf("the Trino text does not leave out the blank rows of the catalog table")
	}
	if !strings.Contains(text, ") IS NOT NULL AND NOT (COALESCE(lower(NULLIF(trim(CAST(\"sent_at\" AS VARCHAR), ") {
		t.Errorf("the Trino text does not leave out the header read as a row of the catalog table")
	}
}

// TestRunError: DuckDB's failures on a CSV line become errors naming the
// file and the line (csvLine), from the text's own check or from DuckDB's
// CSV reader; a file whose lines end in LF and CRLF both, on which DuckDB
// names no line, names the first line that ends unlike line 1 (lineEnds).
// Before, sekat printed DuckDB's raw text only ("run"); then its reason
// (TOO MANY COLUMNS: Expected Number of Columns: 7 Found: 8) inside the
// sentence, in English: now the reason is told in sekat's words, by kind
// (csvWide, csvShort, csvQuote, csvLong, else csvLine), and DuckDB's text
// is the Detail the command gives after the sentence. A line of bytes
// that are not UTF-8 is said in sekat's words (csvEncoding), not with
// DuckDB's English "INVALID ENCODING ..." inside the user's language.
func TestRunError(t *testing.T) {
	dir := t.TempDir()
	mixed := dir + "/correspondence.csv"
	if err := os.WriteFile(mixed, []byte("a,b\r\n1,2\r\n3,4\n5,6\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		duck string
		code string
		args []any
	}{
		{"Invalid Input Error: sekat: correspondence.csv line 6: DuckDB's CSV reader refused this line (MISSING COLUMNS: Expected Number of Columns: 7 Found: 3); correct the line",
			"csvShort", []any{"correspondence.csv", int64(6), 3, 7}},
		{"Invalid Input Error: sekat: correspondence.csv line 6: DuckDB's CSV reader refused this line (TOO MANY COLUMNS: Expected Number of Columns: 7 Found: 8); correct the line",
			"csvWide", []any{"correspondence.csv", int64(6), 8, 7}},
		{"Invalid Input Error: sekat: correspondence.csv line 9: DuckDB's CSV reader refused this line (UNQUOTED VALUE: Value with unterminated quote found.); correct the line",
			"csvQuote", []any{"correspondence.csv", int64(9)}},
		{"Invalid Input Error: CSV Error on Line: 3\nOriginal Line: 1,xxx\nMaximum line size of 2000000 bytes exceeded. Actual Size:3000004 bytes.\n\n  file = /d/people.csv\n  delimiter = ,",
			"csvLong", []any{"people.csv", int64(3)}},
		{"Invalid Input Error: sekat: meetings.csv line 2: DuckDB's CSV reader refused this line (SOMETHING NEW: a reason sekat does not know); correct the line",
			"csvLine", []any{"meetings.csv", int64(2)}},
		// no reason given: no detail (it was sekat's own "a line DuckDB
		// cannot read" put forward as DuckDB's)
		{"Invalid Input Error: CSV Error on Line: 5\n\n  file = /d/units.csv\n  delimiter = ,",
			"csvLine", []any{"units.csv", int64(5)}},
		{"Invalid Input Error: The CSV Parser state machine reached an invalid state.\nPossible fixes:\n\n  file = " + mixed + "\n  new_line = \\r\\n (Auto-Detected)",
			"lineEnds", []any{"correspondence.csv", "CRLF", int64(3), "LF"}},
		{"Invalid Input Error: sekat: meetings.csv line 4: DuckDB's CSV reader refused this line (INVALID ENCODING: Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.); correct the line",
			"csvEncoding", []any{"meetings.csv", int64(4)}},
		{"Out of Memory Error: could not allocate", "memory", []any{4, 9}},
		{"Binder Error: something sekat does not know", "run", []any{PhaseLetters, 4, 9}},
	} {
		err := runError(4, 9, PhaseLetters, errors.New(c.duck))
		var se *SQLError
		if !errors.As(err, &se) || se.Code != c.code || fmt.Sprint(se.Args) != fmt.Sprint(c.args) {
			t.Errorf("%.40q: got %v, want %s %v", c.duck, err, c.code, c.args)
		}
		// DuckDB's reason is kept as the detail, never an Arg of the
		// sentence (it was quoted inside the Indonesian one)
		if strings.HasPrefix(c.code, "csv") && c.code != "csvEncoding" {
			want := regexp.MustCompile(`\(([A-Z ]+: .*?)\); |Original Line: .*\n([^\n]+)\n\n`).FindStringSubmatch(c.duck)
			if want == nil {
				want = []string{"", "", ""}
			}
			if se == nil || se.Detail != want[1]+want[2] {
				t.Errorf("%.40q: detail %q, want DuckDB's reason", c.duck, se.Detail)
			}
			for _, a := range se.Args {
				if s, ok := a.(string); ok && strings.Contains(s, " ") {
					t.Errorf("%.40q: DuckDB's words %q are an Arg of the sentence", c.duck, s)
				}
			}
		}
	}
}
