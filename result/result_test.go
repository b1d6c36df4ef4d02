package result

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// goldenDirs are the output folders kept by cmd/sekat's TestGoldenTables
// (refreshed there with -update): the hand-made study at unit and person
// level and the demo.
var goldenDirs = []string{"hand-unit", "hand-person", "demo"}

func goldenDir(name string) string { return filepath.Join("..", "testdata", "golden", "analyze", name) }

// files writes every file of s that Files lists (Parquet twins included)
// into memory.
func files(t *testing.T, s *Study) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range s.Files() {
		if f.Write == nil {
			continue
		}
		var b bytes.Buffer
		if err := f.Write(&b); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = b.Bytes()
	}
	return out
}

// TestGoldenRoundTrip reads each golden folder, writes it again and gets
// the same bytes; then rebuilds the analysis from it (what map and report
// draw), makes the tables of that analysis with New and still gets the
// same bytes. A column that New writes but Analysis does not rebuild, or
// the other way round, fails here.
func TestGoldenRoundTrip(t *testing.T) {
	for _, name := range goldenDirs {
		t.Run(name, func(t *testing.T) {
			dir := goldenDir(name)
			st, err := Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Nodes) == 0 || len(st.Edges) == 0 || len(st.Groups) == 0 {
				t.Fatalf("%s: %d nodes, %d edges, %d groups read", dir, len(st.Nodes), len(st.Edges), len(st.Groups))
			}
			again := files(t, st)
			for name, b := range again {
				if strings.HasSuffix(name, ".parquet") {
					continue
				}
				want, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(b, want) {
					t.Errorf("%s read and written again differs from the golden file", name)
				}
			}

			mr, err := st.Analysis()
			if err != nil {
				t.Fatal(err)
			}
			reasons := map[string]string{}
			for _, s := range st.Silos {
				reasons[string(s.GroupType)+"\x00"+s.Group] = s.Reason
			}
			rebuilt := New(mr, func(g metrics.Group) string { return reasons[string(g.Type)+"\x00"+g.Name] })
			// What New cannot know, the command fills in from the study.
			sum := st.Summary
			rebuilt.Summary.Sekat, rebuilt.Summary.Study, rebuilt.Summary.TimeZone = sum.Sekat, sum.Study, sum.TimeZone
			rebuilt.Summary.Window, rebuilt.Summary.Inputs, rebuilt.Summary.Rejected = sum.Window, sum.Inputs, sum.Rejected
			rebuilt.Summary.Partial, rebuilt.Summary.Notice = sum.Partial, sum.Notice
			rebuilt.Summary.Method.MaxMeetingSize, rebuilt.Summary.Method.CircularUnits = sum.Method.MaxMeetingSize, sum.Method.CircularUnits
			rebuilt.Summary.Method.KeepInactive = sum.Method.KeepInactive
			c := &rebuilt.Summary.Counts
			n, p, ti := c.Nodes, c.DirectedPairs, c.Ties
			deref := func(p *int) int { // -1: not written (unit level)
				if p == nil {
					return -1
				}
				return *p
			}
			if deref(c.PersonNodes) != deref(sum.Counts.PersonNodes) || deref(c.UnitNodes) != deref(sum.Counts.UnitNodes) {
				t.Errorf("person and unit nodes from the analysis %d, %d; summary.json %d, %d", deref(c.PersonNodes), deref(c.UnitNodes),
					deref(sum.Counts.PersonNodes), deref(sum.Counts.UnitNodes))
			}
			*c = sum.Counts
			if n != sum.Counts.Nodes || p != sum.Counts.DirectedPairs || ti != sum.Counts.Ties {
				t.Errorf("counts from the analysis %d nodes, %d pairs, %d ties; summary.json %d, %d, %d",
					n, p, ti, sum.Counts.Nodes, sum.Counts.DirectedPairs, sum.Counts.Ties)
			}
			for name, b := range files(t, rebuilt) {
				if !bytes.Equal(b, again[name]) {
					t.Errorf("%s of the rebuilt analysis differs from the one read back", name)
				}
			}
		})
	}
}

// TestParquetRoundTrip: each golden table written as Parquet, read back
// and written as CSV gives the golden CSV; written as Parquet again it
// gives the same Parquet bytes.
func TestParquetRoundTrip(t *testing.T) {
	for _, name := range goldenDirs {
		t.Run(name, func(t *testing.T) {
			st, err := Read(goldenDir(name))
			if err != nil {
				t.Fatal(err)
			}
			checkParquet(t, NodeTable(st.Level()), st.Nodes)
			checkParquet(t, Groups, st.Groups)
			checkParquet(t, Silos, st.Silos)
			checkParquet(t, Edges, st.Edges)
		})
	}
}

func checkParquet[R any](t *testing.T, tb *Table[R], rows []R) {
	t.Helper()
	var p1, p2, c1, c2 bytes.Buffer
	if err := tb.WriteParquet(&p1, rows); err != nil {
		t.Fatal(err)
	}
	back, err := tb.ReadParquet(bytes.NewReader(p1.Bytes()), int64(p1.Len()))
	if err != nil {
		t.Fatalf("%s: %v", tb.Name, err)
	}
	if err := tb.WriteParquet(&p2, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p1.Bytes(), p2.Bytes()) {
		t.Errorf("%s.parquet read and written again differs", tb.Name)
	}
	if err := tb.WriteCSV(&c1, rows); err != nil {
		t.Fatal(err)
	}
	if err := tb.WriteCSV(&c2, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c1.Bytes(), c2.Bytes()) {
		t.Errorf("%s: CSV of the rows read from Parquet differs from the CSV of the rows written", tb.Name)
	}
}

// TestParquetColumnOrder reads the schema of each Parquet twin back: its
// columns are the CSV's, in the CSV's order, of the declared types, and
// only floats are optional.
func TestParquetColumnOrder(t *testing.T) {
	check := func(name string, cols []string, kinds []Kind, write func(*bytes.Buffer) error) {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		fields := f.Schema().Fields()
		if len(fields) != len(cols) {
			t.Fatalf("%s.parquet has %d columns, the CSV %d", name, len(fields), len(cols))
		}
		want := [...]parquet.Kind{Text: parquet.ByteArray, Int: parquet.Int64, Float: parquet.Double, Bool: parquet.Boolean}
		for i, fd := range fields {
			if fd.Name() != cols[i] {
				t.Errorf("%s.parquet column %d is %s, the CSV's is %s", name, i+1, fd.Name(), cols[i])
			}
			if k := fd.Type().Kind(); k != want[kinds[i]] {
				t.Errorf("%s.parquet %s is %v, want %v", name, fd.Name(), k, want[kinds[i]])
			}
			if fd.Optional() != (kinds[i] == Float) {
				t.Errorf("%s.parquet %s optional %v", name, fd.Name(), fd.Optional())
			}
		}
	}
	kindsOf := func(n int, k func(int) Kind) []Kind {
		s := make([]Kind, n)
		for i := range s {
			s[i] = k(i)
		}
		return s
	}
	check("units", Units.ColumnNames(), kindsOf(len(Units.columns), func(i int) Kind { return Units.columns[i].Kind }),
		func(b *bytes.Buffer) error { return Units.WriteParquet(b, []Node{{}}) })
	check("people", People.ColumnNames(), kindsOf(len(People.columns), func(i int) Kind { return People.columns[i].Kind }),
		func(b *bytes.Buffer) error { return People.WriteParquet(b, nil) })
	check("groups", Groups.ColumnNames(), kindsOf(len(Groups.columns), func(i int) Kind { return Groups.columns[i].Kind }),
		func(b *bytes.Buffer) error { return Groups.WriteParquet(b, []Group{{}}) })
	check("silos", Silos.ColumnNames(), kindsOf(len(Silos.columns), func(i int) Kind { return Silos.columns[i].Kind }),
		func(b *bytes.Buffer) error { return Silos.WriteParquet(b, []Silo{{}}) })
	check("edges", Edges.ColumnNames(), kindsOf(len(Edges.columns), func(i int) Kind { return Edges.columns[i].Kind }),
		func(b *bytes.Buffer) error { return Edges.WriteParquet(b, []Edge{{}}) })
}

// TestColumnsCoverRows guards the single column list: a row whose every
// field holds a distinct value is written and read back as CSV and as
// Parquet, and must come back equal, field for field, and give the same
// bytes when written again. A field of a row type that no column holds
// comes back zero and fails; so does a column whose reader fills another
// field than its writer reads. Units.csv lacks only the person-level
// fields Unit and UnitKind.
func TestColumnsCoverRows(t *testing.T) {
	t.Run("units", func(t *testing.T) {
		n := filled[Node](t)
		n.Unit, n.UnitKind = "", 0 // people.csv only
		checkCovered(t, Units, n)
		if full := filled[Node](t); full.Unit == "" || full.UnitKind == 0 {
			t.Error("the filler did not fill Unit and UnitKind")
		}
	})
	t.Run("people", func(t *testing.T) { checkCovered(t, People, filled[Node](t)) })
	t.Run("groups", func(t *testing.T) { checkCovered(t, Groups, filled[Group](t)) })
	t.Run("silos", func(t *testing.T) { checkCovered(t, Silos, filled[Silo](t)) })
	t.Run("edges", func(t *testing.T) { checkCovered(t, Edges, filled[Edge](t)) })
	t.Run("rejects", func(t *testing.T) { checkCovered(t, Rejects, filled[Reject](t)) })
}

func checkCovered[R any](t *testing.T, tb *Table[R], row R) {
	t.Helper()
	rows := []R{row, row}
	var c1, c2 bytes.Buffer
	if err := tb.WriteCSV(&c1, rows); err != nil {
		t.Fatal(err)
	}
	back, err := tb.ReadCSV(bytes.NewReader(c1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("%s.csv: wrote %+v\nread %+v", tb.Name, rows[0], back)
	}
	if err := tb.WriteCSV(&c2, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c1.Bytes(), c2.Bytes()) {
		t.Errorf("%s.csv written again differs:\n%s\n%s", tb.Name, c1.Bytes(), c2.Bytes())
	}
	var p1, p2 bytes.Buffer
	if err := tb.WriteParquet(&p1, rows); err != nil {
		t.Fatal(err)
	}
	back, err = tb.ReadParquet(bytes.NewReader(p1.Bytes()), int64(p1.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("%s.parquet: wrote %+v\nread %+v", tb.Name, rows[0], back)
	}
	if err := tb.WriteParquet(&p2, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p1.Bytes(), p2.Bytes()) {
		t.Errorf("%s.parquet written again differs", tb.Name)
	}
}

// filled returns an R whose every field, recursively, holds a value
// different from its zero value and from every other field's.
func filled[R any](t *testing.T) R {
	var r R
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch {
		case v.Type() == reflect.TypeFor[graph.Kind]():
			v.Set(reflect.ValueOf(graph.Kind(1 + n%4))) // a valid kind, not the zero one
			return
		}
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Array:
			for i := range v.Len() {
				fill(v.Index(i))
			}
		case reflect.Slice: // []string, a list column
			v.Set(reflect.ValueOf([]string{fmt.Sprintf("a%d", n), fmt.Sprintf("=b%d", n)}))
		case reflect.String:
			v.SetString(fmt.Sprintf("=text %d, \"q\"\n", n))
		case reflect.Int, reflect.Int64:
			v.SetInt(int64(-n))
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.1)
		case reflect.Bool:
			v.SetBool(true)
		default:
			t.Fatalf("no filler for %s", v.Type())
		}
	}
	fill(reflect.ValueOf(&r).Elem())
	return r
}

// TestUndefinedNumbers: NaN is an empty CSV cell and a Parquet null, and
// reads back as NaN; an infinity (never produced by the metrics) is
// undefined too.
func TestUndefinedNumbers(t *testing.T) {
	rows := []Edge{{Source: "a", Target: "b", Layers: [graph.NumLayers]float64{math.NaN(), 1, math.Inf(1), 0}, Weight: math.NaN()}}
	var b bytes.Buffer
	if err := Edges.WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "source,target,correspondence,meetings,data_sharing,data_denied,weight\na,b,,1,,0,\n"; got != want {
		t.Errorf("CSV %q, want %q", got, want)
	}
	var p bytes.Buffer
	if err := Edges.WriteParquet(&p, rows); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(p.Bytes()), int64(p.Len()))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]parquet.Row, 1)
	rr := f.RowGroups()[0].Rows()
	defer rr.Close()
	if n, _ := rr.ReadRows(buf); n != 1 {
		t.Fatalf("read %d rows", n)
	}
	var nulls []int
	for _, v := range buf[0] {
		if v.IsNull() {
			nulls = append(nulls, v.Column())
		}
	}
	if !reflect.DeepEqual(nulls, []int{2, 4, 6}) {
		t.Errorf("null columns %v, want [2 4 6] (correspondence, data_sharing, weight)", nulls)
	}
	for _, read := range []func() ([]Edge, error){
		func() ([]Edge, error) { return Edges.ReadCSV(bytes.NewReader(b.Bytes())) },
		func() ([]Edge, error) { return Edges.ReadParquet(bytes.NewReader(p.Bytes()), int64(p.Len())) },
	} {
		got, err := read()
		if err != nil {
			t.Fatal(err)
		}
		if e := got[0]; !math.IsNaN(e.Layers[0]) || e.Layers[1] != 1 || !math.IsNaN(e.Layers[2]) || e.Layers[3] != 0 || !math.IsNaN(e.Weight) {
			t.Errorf("read back %+v", e)
		}
	}
}

// TestTextCells: the quoting and the formula guard, and that every text
// reads back as it was; the cases cover each guard character, a text that
// starts with an apostrophe (guarded only when it could be mistaken for a
// guard), CR and LF inside a cell.
func TestTextCells(t *testing.T) {
	for _, tc := range []struct{ in, cell string }{
		{"plain", "plain"},
		{"", ""},
		{"a,b", `"a,b"`},
		{`say "hi"`, `"say ""hi"""`},
		{`=HYPERLINK("http://x")`, `"'=HYPERLINK(""http://x"")"`},
		{"+62811", `"'+62811"`},
		{"-1", `"'-1"`},
		{"@SUM(A1)", `"'@SUM(A1)"`},
		{"\tdiawali tab", "\"'\tdiawali tab\""},
		{"\rcr", "\"'\rcr\""},
		{"baris\nbaru", "\"baris\nbaru\""},
		{"baris\r\nbaru", "\"baris\r\nbaru\""},
		{"'kutip tunggal", "'kutip tunggal"},
		{"'", "'"},
		{"'=1", `"''=1"`},
		{"''x", `"'''x"`},
		{"<script>alert(1)</script>", "<script>alert(1)</script>"},
	} {
		if got := string(appendText(nil, tc.in)); got != tc.cell {
			t.Errorf("appendText(%q) = %q, want %q", tc.in, got, tc.cell)
		}
		rows, err := Rejects.ReadCSV(strings.NewReader("file,line,column,value,reason\n" + tc.cell + ",1,c,v,r\n"))
		if err != nil {
			t.Errorf("%q: %v", tc.cell, err)
			continue
		}
		if rows[0].File != tc.in {
			t.Errorf("cell %q read as %q, want %q", tc.cell, rows[0].File, tc.in)
		}
	}
}

// TestReadCSVErrors: a damaged table gives an error that names the file,
// the line and the column and wraps ErrMalformed; nothing panics.
func TestReadCSVErrors(t *testing.T) {
	head := "file,line,column,value,reason\n"
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", "rejects.csv line 1: not a sekat result file: the file is empty"},
		{"missing column", "file,line,column,value\n", "rejects.csv line 1 column reason: not a sekat result file: the column is missing"},
		{"twice", "file,file,line,column,value,reason\n", "column file: not a sekat result file: the column is named twice"},
		{"not a number", head + "a,1,c,v,r\nb,x,c,v,r\n", `rejects.csv line 3 column line value "x": not a sekat result file: not a whole number`},
		{"short row", head + "a,1,c\n", "rejects.csv line 2: not a sekat result file: 3 cells where the header has 5"},
		{"open quote", head + "\"a,1,c,v,r\n", "line 2: not a sekat result file: a quoted cell is not closed"},
		{"stray quote", head + "a\"b,1,c,v,r\n", "a quote inside an unquoted cell"},
		{"after quote", head + "\"a\"b,1,c,v,r\n", "text after a closing quote"},
		{"trailing comma", head + "a,1,c,v,", "the file ends after a comma"},
		{"multi-line cell then bad", head + "\"a\nb\",1,c,v,r\nx,y,c,v,r\n", "line 4 column line"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Rejects.ReadCSV(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrMalformed) {
				t.Errorf("error %v, want one containing %q and wrapping ErrMalformed", err, tc.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "result: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
		})
	}
	// Extra columns are ignored, a CRLF file reads, order does not matter.
	rows, err := Rejects.ReadCSV(strings.NewReader("reason,extra,value,column,line,file\r\nr,x,v,c,7,f\r\n"))
	if err != nil || len(rows) != 1 || rows[0] != (Reject{"f", 7, "c", "v", "r"}) {
		t.Errorf("reordered CRLF table: %+v, %v", rows, err)
	}
}

// TestReadSummaryVersion: summary.json without schema_version, or with
// another one, is refused with ErrVersion and a message saying to run
// sekat analyze again.
func TestReadSummaryVersion(t *testing.T) {
	v := SchemaVersion
	for _, in := range []string{`{"study": "x"}`, fmt.Sprintf(`{"schema_version": %d}`, v-1), fmt.Sprintf(`{"schema_version": %d}`, v+1),
		fmt.Sprintf(`{"schema_version": "%d"}`, v), `{"schema_version": null}`} {
		_, err := ReadSummary(strings.NewReader(in))
		if !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), "run sekat analyze again") {
			t.Errorf("%s: error %v, want ErrVersion telling to run sekat analyze again", in, err)
		}
	}
	s, err := ReadSummary(strings.NewReader(fmt.Sprintf(`{"schema_version": %d, "study": "x", "unknown_field": 1}`, v)))
	if err != nil || s.Study != "x" {
		t.Errorf("version %d with an unknown field: %+v, %v", v, s, err)
	}
	if _, err := ReadSummary(strings.NewReader(fmt.Sprintf(`{"schema_version": %d, "seed": "x"}`, v))); !errors.Is(err, ErrMalformed) {
		t.Errorf("a bad field: %v, want ErrMalformed", err)
	}
}

// TestSummaryWarnings: warnings are always written, as an empty list when
// there are none, so a reader never meets null; they read back as written,
// and a summary.json without the key (an older sekat's) reads too.
func TestSummaryWarnings(t *testing.T) {
	in := &Summary{SchemaVersion: SchemaVersion, Study: "x", Warnings: []Warning{
		{Code: "file_not_read", File: "notes.txt", Message: "notes.txt tidak dibaca"},
		{Code: "table_missing", Table: "meetings", Message: "tidak ada tabel meetings",
			Messages: map[string]string{"en": "no meetings table", "id": "tidak ada tabel meetings"}},
	}}
	var b strings.Builder
	if err := WriteSummary(&b, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"code": "file_not_read",`) || strings.Contains(b.String(), `"table": ""`) {
		t.Errorf("summary.json:\n%s", b.String())
	}
	out, err := ReadSummary(strings.NewReader(b.String()))
	if err != nil || len(out.Warnings) != 2 || !reflect.DeepEqual(out.Warnings, in.Warnings) {
		t.Errorf("read back: %+v, %v", out.Warnings, err)
	}
	b.Reset()
	WriteSummary(&b, &Summary{SchemaVersion: SchemaVersion})
	if !strings.Contains(b.String(), `"warnings": []`) {
		t.Errorf("a summary without warnings must write an empty list, never null or nothing:\n%s", b.String())
	}
	if s, err := ReadSummary(strings.NewReader(b.String())); err != nil || len(s.Warnings) != 0 {
		t.Errorf("without warnings: %+v, %v", s, err)
	}
}

// TestReadIncompleteFolder: a folder without one of its tables, or whose
// edges name an unknown node, is an error that says to run analyze again.
func TestReadIncompleteFolder(t *testing.T) {
	src := goldenDir("hand-unit")
	copyDir := func(skip string, edit func(name string, b []byte) []byte) string {
		dir := t.TempDir()
		for _, f := range []string{"units.csv", "groups.csv", "silos.csv", "edges.csv", "summary.json"} {
			if f == skip {
				continue
			}
			b, err := os.ReadFile(filepath.Join(src, f))
			if err != nil {
				t.Fatal(err)
			}
			if edit != nil {
				b = edit(f, b)
			}
			if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	if _, err := Read(copyDir("groups.csv", nil)); err == nil || !strings.Contains(err.Error(), "groups.csv") {
		t.Errorf("no groups.csv: %v", err)
	}
	team := copyDir("", func(name string, b []byte) []byte {
		return bytes.Replace(b, []byte(`"level": "unit"`), []byte(`"level": "team"`), 1)
	})
	if _, err := Read(team); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), filepath.Join(team, "summary.json")+" column level") {
		t.Errorf("level team: %v", err)
	}
	dir := copyDir("", func(name string, b []byte) []byte {
		if name == "edges.csv" {
			return bytes.Replace(b, []byte("\nA,B,"), []byte("\nA,Z,"), 1)
		}
		return b
	})
	st, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Analysis(); !errors.Is(err, ErrIncomplete) || !strings.Contains(err.Error(), "A -> Z") {
		t.Errorf("an edge to an unknown node: %v", err)
	}
	// a node written twice: the lines of both rows (it named neither;
	// helper hS, session 53)
	var last int
	dir = copyDir("", func(name string, b []byte) []byte {
		if name == "units.csv" {
			lines := strings.SplitAfter(string(b), "\n")
			b = append(b, lines[1]...) // the first row again, on the last line
			last = strings.Count(string(b), "\n")
		}
		return b
	})
	if st, err = Read(dir); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("units.csv lines 2 and %d both name node", last)
	if _, err := st.Analysis(); !errors.Is(err, ErrIncomplete) || !strings.Contains(err.Error(), want) {
		t.Errorf("a node twice: %v, want %q", err, want)
	}
}

// TestAddedColumnsReadWithout: a groups table that an earlier sekat
// wrote, before the columns of the E-I test's shuffles were added, reads
// back with those fields at their zero value (the report then shows "–"
// for the shuffles), in CSV and Parquet, as doc.go promises for an added
// column; a column of the version itself is still required. Until
// 2026-12-05 `sekat report OUTDIR` refused such a folder with "column
// permutations is missing". The same for nodes_shuffled (2026-12-06),
// whose absence leaves the floor of the exact p unknown. A silos table
// written before its
// permutations and stopped_early columns reads back the same way.
func TestAddedColumnsReadWithout(t *testing.T) {
	t.Run("groups", func(t *testing.T) {
		readsWithoutAdded(t, Groups, func(g *Group) {
			g.Permutations, g.StoppedEarly, g.EIPLow, g.EIPHigh, g.NodesShuffled = 0, false, 0, 0, 0
		})
	})
	t.Run("silos", func(t *testing.T) {
		readsWithoutAdded(t, Silos, func(s *Silo) { s.Permutations, s.StoppedEarly = 0, false })
	})
	// compare's tables, before the permutations of their p-values (which
	// tell a p no permutation reached, a bound, from a measured one)
	t.Run("changes_groups", func(t *testing.T) {
		readsWithoutAdded(t, ChangesGroups, func(g *GroupChange) {
			g.Homophily.Permutations, g.EI.Permutations, g.InternalShare.Permutations = 0, 0, 0
		})
	})
	t.Run("changes_units", func(t *testing.T) {
		readsWithoutAdded(t, ChangesUnits, func(u *UnitChange) { u.CrossShare.Permutations = 0 })
	})
	t.Run("changes_network", func(t *testing.T) {
		readsWithoutAdded(t, ChangesNetwork, func(n *NetworkChange) { n.Value.Permutations = 0 })
	})
	t.Run("ties_changed", func(t *testing.T) {
		readsWithoutAdded(t, TiesChanged, func(r *TieChange) { r.Permutations = 0 })
	})
	// the node tables before short_name, which map and report of an
	// output folder label their maps with: such a folder reads with ids
	// on the maps, as it did
	t.Run("units", func(t *testing.T) {
		readsWithoutAdded(t, Units, func(n *Node) { n.ShortName, n.Unit, n.UnitKind = "", "", 0 })
	})
	t.Run("people", func(t *testing.T) {
		readsWithoutAdded(t, People, func(n *Node) { n.ShortName = "" })
	})
}

// readsWithoutAdded writes a filled row of table without its added
// columns (Column.since), as an earlier sekat did, and checks that it
// reads back, in CSV and Parquet, as the row with zero set the added
// fields to their zero value; and that a file without a column of the
// table's version is refused, naming it.
func readsWithoutAdded[R any](t *testing.T, table *Table[R], zero func(*R)) {
	t.Helper()
	var old []Column[R]
	for _, c := range table.Columns() {
		if !c.added {
			old = append(old, c)
		}
	}
	if len(old) == len(table.Columns()) {
		t.Fatalf("%s has no added column", table.Name)
	}
	earlier := newTable(table.Name, old)
	row := filled[R](t)
	want := row
	zero(&want)
	var c bytes.Buffer
	if err := earlier.WriteCSV(&c, []R{row}); err != nil {
		t.Fatal(err)
	}
	var p bytes.Buffer
	if err := earlier.WriteParquet(&p, []R{row}); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() ([]R, error){
		"csv":     func() ([]R, error) { return table.ReadCSV(bytes.NewReader(c.Bytes())) },
		"parquet": func() ([]R, error) { return table.ReadParquet(bytes.NewReader(p.Bytes()), int64(p.Len())) },
	} {
		back, err := read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(back) != 1 || !reflect.DeepEqual(back[0], want) {
			t.Errorf("%s: read back %+v, want %+v", name, back, want)
		}
	}
	// Without a column that is not an added one, the file is refused.
	fewer := newTable(table.Name, old[1:])
	c.Reset()
	if err := fewer.WriteCSV(&c, []R{row}); err != nil {
		t.Fatal(err)
	}
	if _, err := table.ReadCSV(bytes.NewReader(c.Bytes())); err == nil || !strings.Contains(err.Error(), old[0].Name) {
		t.Errorf("without column %s: %v, want it named missing", old[0].Name, err)
	}
}
