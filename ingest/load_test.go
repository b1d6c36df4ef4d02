package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

func loadDir(t *testing.T, dir string, opt Options) *Result {
	t.Helper()
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Load(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// edgeLines renders edges as "A>B corr meet share denied weight".
func edgeLines(n *graph.Network) []string {
	var out []string
	for _, e := range n.Edges {
		out = append(out, fmt.Sprintf("%s>%s %g %g %g %g %g", n.Nodes[e.From].ID, n.Nodes[e.To].ID,
			e.Layers[graph.Correspondence], e.Layers[graph.Meetings], e.Layers[graph.DataSharing], e.Layers[graph.DataDenied], e.Weight))
	}
	return out
}

// handEdges are the unit-level edges of testdata/studies/hand, derived by
// hand from the contract:
//
// correspondence (S = sender's unit, R = distinct units of recipients+cc, r != S):
//
//	m1 p1(A) -> p3(B), p4(C), cc p2(A):  A->B +1, A->C +1
//	m2 p3(B) -> p1, p2 (both A):         B->A +1 (distinct units: once)
//	m3 p1(A) -> p2(A):                   internal message of A
//	m4 2025-03-31 p4(C) -> p5: p5 is in C until 2025-03-31 inclusive: internal of C
//	m5 2025-04-01 p4(C) -> p5: p5 is in D from 2025-04-01:             C->D +1
//	m6 unit B -> C, p4(C):               B->C +1
//
// meetings (A = distinct units, each pair += 1/(|A|-1)):
//
//	M1 p1,p2,p3,p4 -> {A,B,C}: {A,B} {A,C} {B,C} += 1/2
//	M2 p1,p5(D on 04-10),E -> {A,D,E}: {A,D} {A,E} {D,E} += 1/2
//	M3 p1,p2 -> {A}: no tie;  M4 p3,p4 -> {B,C}: {B,C} += 1
//	so {B,C} = 1.5 and every other pair 0.5; edges.csv halves per direction.
//
// data sharing: C->A granted (1), p4(C)->p1(A) denied (data_denied C->A 1),
// C->B pending (no edge), A->A internal, D->C "ditolak" (denied D->C 1).
//
// weight(u->v) = correspondence + meetings/2 + data_sharing (defaults 1).
var handEdges = []string{
	"A>B 1 0.25 0 0 1.25",
	"A>C 1 0.25 0 0 1.25",
	"A>D 0 0.25 0 0 0.25",
	"A>E 0 0.25 0 0 0.25",
	"B>A 1 0.25 0 0 1.25",
	"B>C 1 0.75 0 0 1.75",
	"C>A 0 0.25 1 1 1.25",
	"C>B 0 0.75 0 0 0.75",
	"C>D 1 0 0 0 1",
	"D>A 0 0.25 0 0 0.25",
	"D>C 0 0 0 1 0",
	"D>E 0 0.25 0 0 0.25",
	"E>A 0 0.25 0 0 0.25",
	"E>D 0 0.25 0 0 0.25",
}

func TestLoadHandStudy(t *testing.T) {
	res := loadDir(t, "../testdata/studies/hand", Options{})
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	got := edgeLines(n)
	if strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	tot := res.Builder.Totals()
	// 6 letters, 2 internal (m3, m4); 4 meetings, M3 single-unit;
	// 2 granted (incl. A->A internal), 2 denied, 1 pending.
	want := graph.Totals{Messages: 6, InternalMessages: 2, Meetings: 4, MeetingsOneUnit: 1, Granted: 2, Denied: 2, Pending: 1, InternalShares: 1}
	if tot != want {
		t.Errorf("totals = %+v, want %+v", tot, want)
	}
	if got := res.Rejected(); got != 0 {
		t.Errorf("rejected = %d, want 0", got)
	}
}

func TestLoadHandStudyWindow(t *testing.T) {
	s, err := OpenStudy("../testdata/studies/hand")
	if err != nil {
		t.Fatal(err)
	}
	from, _, _ := ParseTime([]byte("2025-04-01"), s.Loc)
	res, err := Load(s, Options{Window: graph.Window{From: from}})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	// From 2025-04-01: m5 (C->D), m6 (B->C), M2 {A,D,E}, M3, M4 {B,C} += 1, D->C denied.
	want := []string{
		"A>D 0 0.25 0 0 0.25", "A>E 0 0.25 0 0 0.25",
		"B>C 1 0.5 0 0 1.5",
		"C>B 0 0.5 0 0 0.5", "C>D 1 0 0 0 1",
		"D>A 0 0.25 0 0 0.25", "D>C 0 0 0 1 0", "D>E 0 0.25 0 0 0.25",
		"E>A 0 0.25 0 0 0.25", "E>D 0 0.25 0 0 0.25",
	}
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadHandStudyPersonLevel(t *testing.T) {
	res := loadDir(t, "../testdata/studies/hand", Options{People: true})
	n := res.Builder.Network(graph.PersonLevel, res.Window, graph.LayerWeights{})
	lines := strings.Join(edgeLines(n), "\n")
	// m1: p1 -> p3, p4, p2 (distinct people); m6: unit B -> unit C and p4.
	// M1: 4 people -> each pair 1/3, halved per direction 1/6.
	// A few pairs, derived by hand (M1 has 4 people: 1/3 per pair, 1/6 per
	// direction; M4 has p3,p4: 1, 1/2 per direction):
	want := map[string]string{
		"p1>p3": "p1>p3 1 0.16666666666666666 0 0 1.1666666666666667",
		"B>C":   "B>C 1 0 0 0 1",
		"B>p4":  "B>p4 1 0 0 0 1",
		"p4>p1": "p4>p1 0 0.16666666666666666 0 1 0.16666666666666666",
		"p3>p4": "p3>p4 0 0.6666666666666666 0 0 0.6666666666666666",
	}
	for _, l := range strings.Split(lines, "\n") {
		k := strings.Fields(l)[0]
		if w, ok := want[k]; ok {
			if l != w {
				t.Errorf("%s: got %q, want %q", k, l, w)
			}
			delete(want, k)
		}
	}
	for k := range want {
		t.Errorf("pair %s missing", k)
	}
	// p5's unit for the whole year is D (the later spell overlapping it).
	i, ok := n.NodeIndex("p5")
	if !ok {
		t.Fatal("p5 is not in the person-level network")
	}
	if got := n.Nodes[i].Unit; got != "D" {
		t.Errorf("p5 unit = %q, want D", got)
	}
	// Unit nodes at person level are the units named directly: B and C (m6),
	// E (M2), C, A and D (data sharing).
	for _, id := range []string{"A", "B", "C", "D", "E"} {
		if i, ok := n.NodeIndex(id); !ok || n.Nodes[i].Kind != graph.KindUnit {
			t.Errorf("unit node %s missing or of kind %v", id, n.Nodes[i].Kind)
		}
	}
}

// TestLoadBadRows checks that each bad row of testdata/studies/bad is
// rejected with its file, line and reason, and that the rest gives exactly
// the hand study's edges.
func TestLoadBadRows(t *testing.T) {
	var got []string
	var errs []error
	res := loadDir(t, "../testdata/studies/bad", Options{MaxRejectRate: 1, OnReject: func(e *RowError) {
		got = append(got, fmt.Sprintf("%s:%d:%s", e.File, e.Line, e.Column))
		errs = append(errs, e)
	}})
	want := []string{
		"correspondence.csv:3:sent_at",    // 2025-02-30
		"correspondence.csv:5:recipients", // p99
		"correspondence.csv:7:recipients", // empty
		"correspondence.csv:9:",           // 4 fields
		"meetings.csv:4:attendee",         // invalid UTF-8
	}
	sentinels := []error{ErrBadTime, ErrUnknownID, ErrEmptyRecipients, ErrFieldCount, ErrInvalidUTF8}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("rejects = %v, want %v", got, want)
	}
	for i, e := range errs {
		if !errors.Is(e, sentinels[i]) {
			t.Errorf("reject %d: %v does not wrap %v", i, e, sentinels[i])
		}
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if g := edgeLines(n); strings.Join(g, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(handEdges, "\n"))
	}
	// The default reject rate (1%) fails the run and says why.
	s, _ := OpenStudy("../testdata/studies/bad")
	if _, err := Load(s, Options{}); !errors.Is(err, ErrRejectRate) {
		t.Errorf("default rate: err = %v, want ErrRejectRate", err)
	}
	// Strict stops at the first.
	if _, err := Load(s, Options{Strict: true}); !errors.Is(err, ErrStrict) || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("strict: err = %v", err)
	}
}

func TestMissingColumn(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,from,recipients\n2025-01-01,p1,p2\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(s, Options{})
	var ce *ColumnError
	if !errors.As(err, &ce) || !errors.Is(err, ErrMissingColumn) {
		t.Fatalf("err = %v, want *ColumnError", err)
	}
	for _, w := range []string{"correspondence.csv", `"sender"`, "sent_at, from, recipients"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %s", err, w)
		}
	}
}

// TestMissingColumnWhere: the missing-column error says where the header
// was read (the line, or the sheet row: the first with a value) and how to
// fix a title above the table; for a file whose bytes are gzip, a workbook
// or Parquet under a text name, it says what the file holds.
func TestMissingColumnWhere(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("at,provider,consumer\n2025-03-01,C,A\n"))
	zw.Close()
	title := xlsxFromCSV(t, "LAPORAN PERMINTAAN DATA 2025,,\nat,provider,consumer\n2025-03-01,C,A\n", "", false)
	// Excel's "Unicode Text": UTF-16LE with its byte order mark, tabs
	utf16 := []byte{0xff, 0xfe}
	for _, c := range []byte("REKAP PERMINTAAN DATA\r\n\r\nat\tprovider\tconsumer\r\n2025-03-01\tC\tA\r\n") {
		utf16 = append(utf16, c, 0)
	}
	for _, c := range []struct {
		name, file string
		data       []byte
		want       []string
	}{
		{"csv", "data_sharing.csv", []byte("\ntanggal,provider,consumer\n2025-03-01,C,A\n"),
			[]string{`data_sharing.csv: missing column "at" in the header, read from line 2;`, "if the header is not on line 2"}},
		{"title above a sheet's table", "data_sharing.xlsx", title,
			[]string{`data_sharing.xlsx: missing columns "at", "provider", "consumer" in the header, read from row 1 (the first row with a value);`, "found: LAPORAN PERMINTAAN DATA 2025;", "sheet row 2 below holds these column names, under a title: delete the rows above row 2"}},
		{"title lines above a csv's table", "data_sharing.csv", []byte("LAPORAN PERMINTAAN DATA\nPeriode 2025\n\nat,provider,consumer\n2025-03-01,C,A\n"),
			[]string{`read from line 1;`, "line 4 below holds these column names, under a title: remove the lines above line 4"}},
		{"title above a table of other names", "data_sharing.csv", []byte("REKAP;;\r\n\r\n\"Tanggal\";Penyedia;Peminta\r\n2025-03-01;C;A\r\n"),
			[]string{"line 3 below holds these column names"}},
		{"title above a gzipped table", "data_sharing.csv.gz", openTestGzip([]byte("REKAP\nat\tprovider\tconsumer\n2025-03-01\tC\tA\n")),
			[]string{"line 2 below holds these column names"}},
		{"title above a UTF-16 table", "data_sharing.csv", utf16,
			[]string{"line 3 below holds these column names, under a title: remove the lines above line 3"}},
		{"no header below a title", "data_sharing.csv", []byte("LAPORAN\n2025-03-01,C,A\n"),
			[]string{"if the header is not on line 1 (a title above the table), remove the rows above the header"}},
		{"a header too far below", "data_sharing.csv", []byte("LAPORAN\n" + strings.Repeat("catatan\n", headerScan) + "at,provider,consumer\n2025-03-01,C,A\n"),
			[]string{"if the header is not on line 1 (a title above the table), remove the rows above the header"}},
		{"gzip named .csv", "data_sharing.csv", gz.Bytes(), []string{"the file holds gzip data, not text: name it data_sharing.csv.gz"}},
		{"workbook named .csv", "data_sharing.csv", title, []string{"the file is an .xlsx workbook, not text: name it data_sharing.xlsx"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := missingColumnLoad(t, c.file, c.data)
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// missingColumnLoad loads the hand study with its data_sharing table
// replaced by data in file, and returns the error, which must be a
// missing column.
func missingColumnLoad(t *testing.T, file string, data []byte) error {
	t.Helper()
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	os.Remove(filepath.Join(dir, "data_sharing.csv"))
	writeFile(t, filepath.Join(dir, file), string(data))
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(s, Options{})
	if !errors.Is(err, ErrMissingColumn) {
		t.Fatalf("err = %v, want a missing column", err)
	}
	return err
}

// TestHeaderInOwnWordsNotATitle: a header that names every required
// column in the export's own words (Tanggal, Penyedia, Peminta) is the
// header, not a title, though a line below repeats it, as two exports
// joined with their headers do. The missing-column error said that this
// line (line 3) held the column names "under a title" and to remove the
// lines above it: the real header and the first export's rows. It gives
// the mapping for study.yaml only.
func TestHeaderInOwnWordsNotATitle(t *testing.T) {
	err := missingColumnLoad(t, "data_sharing.csv", []byte("Tanggal,Penyedia,Peminta\n2025-03-01,C,A\nTanggal,Penyedia,Peminta\n2025-03-02,C,A\n"))
	var ce *ColumnError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, not a *ColumnError", err)
	}
	if ce.HeaderBelow != 0 || strings.Contains(err.Error(), "below holds these column names") {
		t.Errorf("error %q names line %d as the header under a title", err, ce.HeaderBelow)
	}
	if want := [][2]string{{"at", "Tanggal"}, {"provider", "Penyedia"}, {"consumer", "Peminta"}}; !slices.Equal(ce.Suggest, want) {
		t.Errorf("Suggest = %q, want %q", ce.Suggest, want)
	}
}

// TestDuplicateColumn: a column that sekat reads, written twice in a
// file's header (in any case), stops the run with an error naming the
// file, the column and both positions, whatever the format: the second
// column was dropped without a word before. A column sekat does not read
// may repeat. In NDJSON, where each line names its keys, a key written
// twice in one object is a rejected row.
func TestDuplicateColumn(t *testing.T) {
	type unitRow struct {
		A string `parquet:"unit_id"`
		B string `parquet:"Unit_ID"`
	}
	for _, c := range []struct {
		name, file string
		data       []byte
		want       string // "" when the file loads
	}{
		{"csv", "correspondence.csv", []byte("sent_at,sender,recipients,recipients\n2025-01-10,p1,p3,p4\n"), `column "recipients" at 3 and 4`},
		{"csv in another case", "units.csv", []byte("unit_id,name,Unit_ID\nA,a,A\nB,b,B\nC,c,C\nD,d,D\nE,e,E\n"), `column "unit_id" at 1 and 3`},
		{"tsv", "correspondence.tsv", []byte("sender\tsent_at\trecipients\tsender\np1\t2025-01-10\tp3\tp2\n"), `column "sender" at 1 and 4`},
		{"parquet", "units.parquet", pqWrite(t, []unitRow{{"A", "A"}, {"B", "B"}, {"C", "C"}, {"D", "D"}, {"E", "E"}}), `column "unit_id" at 1 and 2`},
		{"xlsx", "correspondence.xlsx", xlsxFromCSV(t, "sent_at,cc,sender,recipients,CC\n2025-01-10,p2,p1,p3,p4\n", "", false), `column "cc" at 2 and 5`},
		{"a column not read", "correspondence.csv", []byte("sent_at,sender,recipients,note,note\n2025-01-10,p1,p3,a,b\n"), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			base := strings.SplitN(c.file, ".", 2)[0]
			os.Remove(filepath.Join(dir, base+".csv"))
			writeFile(t, filepath.Join(dir, c.file), string(c.data))
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Load(s, Options{})
			if c.want == "" {
				if err != nil {
					t.Errorf("err = %v, want none", err)
				}
				return
			}
			var de *DuplicateColumnError
			if !errors.As(err, &de) || !errors.Is(err, ErrDuplicateColumn) || !strings.HasPrefix(err.Error(), "ingest: "+c.file+": ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want a *DuplicateColumnError with %s", err, c.want)
			}
		})
	}
}

// TestNDJSONDuplicateKey: a bound key written twice in one object (in any
// case) rejects the row, naming the key; encoding/json would take the
// last without a word.
func TestNDJSONDuplicateKey(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       string // "" when the row is read
	}{
		{"once", `{"sender":"p1","recipients":"p2"}`, ""},
		{"twice", `{"sender":"p1","recipients":"p2","sender":"p3"}`, "sender"},
		{"in another case", `{"sender":"p1","Recipients":"p2","recipients":"p3"}`, "recipients"},
		{"a key not read", `{"sender":"p1","recipients":"p2","x":1,"x":2}`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := newNDJSON("f.ndjson", strings.NewReader(c.line+"\n"), 64)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.BindNames([]string{"sender", "recipients"}); err != nil {
				t.Fatal(err)
			}
			row := make([]Value, 2)
			_, err = s.Next(row)
			var re *RowError
			switch {
			case c.want == "" && err != nil:
				t.Errorf("err = %v, want none", err)
			case c.want != "" && (!errors.As(err, &re) || re.Column != c.want || !errors.Is(err, ErrMalformed) || !strings.Contains(re.Reason, "twice")):
				t.Errorf("err = %v, want a row error on %s written twice", err, c.want)
			}
		})
	}
}

// TestLoadPartialLetters: a letter with unknown ids among its recipients
// keeps its known recipients; each unknown id is reported (wrapping
// ErrPartial and the cause) and the letter is counted as partial, not
// rejected. A letter whose sender, or every recipient, is unknown is still
// rejected whole. The hand study gets four more letters:
//
//	line 8  m7  2025-05-06 p1(A) -> p3(B), X1; cc p4(C), X2: kept, A->B +1, A->C +1;
//	            X1 (recipients) and X2 (cc) reported
//	line 9  m8  2025-05-07 p3 -> X3: no known recipient, rejected
//	line 10 m9  2025-05-08 X4 -> p1: unknown sender, rejected
//	line 11 m10 2023-06-01 p1(A) -> p2(A), p3: p3's spell starts 2024-01-01,
//	            so p3 has no unit then (ErrNoSpell): kept as an internal
//	            message of A
//
// so handEdges change in A->B and A->C only (correspondence 2, weight 2.25);
// 8 letters, 3 internal.
func TestLoadPartialLetters(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	b, err := os.ReadFile(filepath.Join(dir, "correspondence.csv"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "correspondence.csv"), string(b)+
		"2025-05-06 09:00,p1,p3;X1,p4; X2,m7\n"+
		"2025-05-07 09:00,p3,X3,,m8\n"+
		"2025-05-08 09:00,X4,p1,,m9\n"+
		"2023-06-01 09:00,p1,p2;p3,,m10\n")
	var got []string
	var errs []*RowError
	res := loadDir(t, dir, Options{MaxRejectRate: 1, OnReject: func(e *RowError) {
		got = append(got, fmt.Sprintf("%d:%s:%s:%v", e.Line, e.Column, e.Value, errors.Is(e, ErrPartial)))
		errs = append(errs, e)
	}})
	want := []string{"8:recipients:X1:true", "8:cc:X2:true", "9:recipients:X3:false", "10:sender:X4:false", "11:recipients:p3:true"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("reported %v, want %v", got, want)
	}
	for i, cause := range []error{ErrUnknownID, ErrUnknownID, ErrUnknownID, ErrUnknownID, ErrNoSpell} {
		if i < len(errs) && !errors.Is(errs[i], cause) {
			t.Errorf("%s does not wrap %v", errs[i], cause)
		}
	}
	var in *Input
	for i := range res.Inputs {
		if res.Inputs[i].Table == Correspondence {
			in = &res.Inputs[i]
		}
	}
	if in.Rows != 10 || in.Rejected != 2 || in.Partial != 2 || res.Partial() != 2 {
		t.Errorf("correspondence: %d rows, %d rejected, %d partial (total %d); want 10, 2, 2", in.Rows, in.Rejected, in.Partial, res.Partial())
	}
	wantEdges := append([]string(nil), handEdges...)
	wantEdges[0], wantEdges[1] = "A>B 2 0.25 0 0 2.25", "A>C 2 0.25 0 0 2.25"
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if g := edgeLines(n); strings.Join(g, "\n") != strings.Join(wantEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(wantEdges, "\n"))
	}
	if tot := res.Builder.Totals(); tot.Messages != 8 || tot.InternalMessages != 3 {
		t.Errorf("totals %+v: want 8 letters, 3 internal", tot)
	}
	// Partial rows are not rejected rows: 2 of 10 letters rejected fails
	// a 20% limit only if the 2 partial ones counted too.
	s, _ := OpenStudy(dir)
	if _, err := Load(s, Options{MaxRejectRate: 0.2}); err != nil {
		t.Errorf("rate 0.2: %v; the partial letters must not count as rejected", err)
	}
	// Strict stops at the first unknown id, even in a letter that is kept.
	if _, err := Load(s, Options{Strict: true}); !errors.Is(err, ErrStrict) || !errors.Is(err, ErrPartial) || !strings.Contains(err.Error(), "line 8") {
		t.Errorf("strict: err = %v, want the first unknown id (line 8)", err)
	}
}

// TestUnitShortName: the optional short_name column of units is what the
// maps write on a unit's node; without the column it is empty (the maps
// then use the id).
func TestUnitShortName(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	b, err := os.ReadFile(filepath.Join(dir, "units.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	lines[0] += ",short_name"
	for i := 1; i < len(lines); i++ {
		lines[i] += ",S" + strconv.Itoa(i)
	}
	writeFile(t, filepath.Join(dir, "units.csv"), strings.Join(lines, "\n")+"\n")
	res := loadDir(t, dir, Options{})
	for i, u := range res.Directory.Units {
		if want := "S" + strconv.Itoa(i+1); u.ShortName != want {
			t.Errorf("unit %s: short name %q, want %q", u.ID, u.ShortName, want)
		}
	}
	for _, u := range loadDir(t, "../testdata/studies/hand", Options{}).Directory.Units {
		if u.ShortName != "" {
			t.Errorf("unit %s: short name %q without the column", u.ID, u.ShortName)
		}
	}
}

// TestUnusedColumnsNotRead: the optional columns sekat never uses
// (message_id, kind and in_reply_to of a letter, records of a data
// request) are not read, so a cell there that could not be read
// (invalid UTF-8) does not cost the row.
func TestUnusedColumnsNotRead(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	for _, f := range []struct{ name, col string }{
		{"correspondence.csv", "message_id"}, {"data_sharing.csv", "records"},
	} {
		path := filepath.Join(dir, f.name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if !strings.HasSuffix(lines[0], ","+f.col) {
			t.Fatalf("%s: last column is not %s: %q", f.name, f.col, lines[0])
		}
		if f.name == "correspondence.csv" {
			lines[0] += ",kind,in_reply_to"
			for i := 1; i < len(lines); i++ {
				lines[i] += ",\xff,\xfe"
			}
		}
		lines[1] += "\xff\xfe" // the last column of the first row
		writeFile(t, path, strings.Join(lines, "\n")+"\n")
	}
	writeFile(t, filepath.Join(dir, "study.yaml"), "encoding: utf-8\n") // no detection: the bytes as they are
	res := loadDir(t, dir, Options{OnReject: func(e *RowError) { t.Errorf("rejected: %v", e) }})
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if g := edgeLines(n); strings.Join(g, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(handEdges, "\n"))
	}
}

// TestCopiedFileWarned: a log file read twice under two names (the same
// bytes) gives a warning naming both, and the run goes on; files that
// differ, or hold no row, give none.
func TestCopiedFileWarned(t *testing.T) {
	letters, err := os.ReadFile("../testdata/studies/hand/correspondence.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"a copy", map[string]string{"correspondence_copy.csv": string(letters)}, "correspondence_copy.csv = correspondence.csv"},
		{"another file", map[string]string{"correspondence_2.csv": "sent_at,sender,recipients\n2025-06-01,p1,p3\n"}, ""},
		{"a copy of a header", map[string]string{"meetings_a.csv": "meeting_id,start,attendee\n", "meetings_b.csv": "meeting_id,start,attendee\n"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			for name, text := range c.files {
				writeFile(t, filepath.Join(dir, name), text)
			}
			res := loadDir(t, dir, Options{})
			var got []string
			for _, w := range res.Warnings {
				if w.Code == WarnFileCopy {
					got = append(got, w.File+" = "+w.Other)
				}
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("warnings %q, want %q", g, c.want)
			}
		})
	}
}

// TestSpellsStartTogether: of two spells of one person in different
// units that start at the same moment (or both without valid_from), the
// one that ends first gives the unit while it lasts (a transfer written
// without the new spell's start), and of two that end together the later
// row; no row is rejected (a rejection failed whole studies with acting
// posts on the reject rate), and a warning names the first such person
// and the rows of both spells (before, only the later row's line, so the
// user could not find the other without the person's id).
// The same spell written twice is no such case. p1 writes to C on
// 2025-05-15 and on 2025-06-15; the letters count for the units shown.
func TestSpellsStartTogether(t *testing.T) {
	const head = "person_id,unit_id,valid_from,valid_to\n"
	for _, c := range []struct {
		name, people string
		want         string // the letters per sending unit; then the warning
	}{
		{"same start, open ends: the later row", head + "p1,A,2025-01-01,\np2,A,,\np1,B,2025-01-01,\n", "B:2; p1 B A 1 people.csv:4 people.csv:2"},
		{"no starts, open ends: the later row", head + "p1,B,,\np1,A,,\np2,A,,\n", "A:2; p1 A B 1 people.csv:3 people.csv:2"},
		{"a transfer without starts", head + "p1,A,,2025-05-31\np1,B,,\np2,A,,\n", "A:1 B:1; p1 B A 1 people.csv:3 people.csv:2"},
		{"the transfer, rows swapped", head + "p1,B,,\np1,A,,2025-05-31\np2,A,,\n", "A:1 B:1; p1 A B 1 people.csv:3 people.csv:2"},
		{"the same spell twice", head + "p1,A,2025-01-01,\np1,A,2025-01-01,\np2,A,,\n", "A:2; "},
		{"different starts", head + "p1,A,2024-01-01,\np1,B,2025-06-01,\np2,A,,\n", "A:1 B:1; "},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "people.csv"), c.people)
			writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-05-15,p1,C\n2025-06-15,p1,C\n")
			os.Remove(filepath.Join(dir, "meetings.csv"))
			os.Remove(filepath.Join(dir, "data_sharing.csv"))
			res := loadNoRejects(t, dir, Options{})
			var senders []string
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			for _, e := range n.Edges {
				senders = append(senders, fmt.Sprintf("%s:%g", n.Nodes[e.From].ID, e.Layers[graph.Correspondence]))
			}
			var warned []string
			for _, w := range res.Warnings {
				if w.Code == WarnSpellsTogether {
					warned = append(warned, fmt.Sprintf("%s %s %s %d %s:%d %s:%d", w.Value, w.Column, w.Other, w.Count, w.File, w.Line, w.OtherFile, w.OtherLine))
				}
			}
			if got := strings.Join(senders, " ") + "; " + strings.Join(warned, "|"); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestNIPSpeltTwoWaysOnePerson: a NIP (18 digits), a NIK (16) or an old
// NIP (9) written with its spaces in one row of the people table and
// without them in another is one person, whose rows are spells: a move
// from A to B on 1 June, read with the letters of either spelling, each
// counted for the unit of its time. A warning names the file, both lines,
// both spellings and the id kept; a third spelling of the id is not
// warned of again. Before, the two spellings were two people with no
// warning (a NIK or old NIP until the rule was extended to them).
func TestNIPSpeltTwoWaysOnePerson(t *testing.T) {
	const head = "person_id,unit_id,valid_from,valid_to\n"
	for _, c := range []struct {
		name          string
		files         map[string]string
		canon, spaced string // the id as the letters write it
		spells        int
		warned        string
	}{
		{"one file", map[string]string{"people.csv": head + "19830101 200501 1 001,A,,2025-05-31\np2,A,,\n198301012005011001,B,2025-06-01,\n19830101 2005011001,B,2025-06-01,\n"},
			"198301012005011001", "19830101 200501 1 001",
			3, "people.csv 2 19830101 200501 1 001 people.csv 4 198301012005011001 198301012005011001 1"},
		{"NIK", map[string]string{"people.csv": head + "3201 0101 0185 0001,A,,2025-05-31\np2,A,,\n3201010101850001,B,2025-06-01,\n320101\u00a0010185\u00a00001,B,2025-06-01,\n"},
			"3201010101850001", "320101 010185 0001",
			3, "people.csv 2 3201 0101 0185 0001 people.csv 4 3201010101850001 3201010101850001 1"},
		{"old NIP", map[string]string{"people.csv": head + "010 234 567,A,,2025-05-31\np2,A,,\n010234567,B,2025-06-01,\n"},
			"010234567", "010\u00a0234\u00a0567",
			2, "people.csv 2 010 234 567 people.csv 4 010234567 010234567 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			os.Remove(filepath.Join(dir, "people.csv"))
			for name, body := range c.files {
				writeFile(t, filepath.Join(dir, name), body)
			}
			writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-05-15,"+c.canon+",C\n2025-06-15,"+c.spaced+",C\n2025-06-16,p2,"+c.spaced+"\n")
			os.Remove(filepath.Join(dir, "meetings.csv"))
			os.Remove(filepath.Join(dir, "data_sharing.csv"))
			res := loadNoRejects(t, dir, Options{People: true})
			d := res.Directory
			if len(d.People) != 2 || d.People[0].ID != c.canon || d.Spells(0) != c.spells {
				t.Fatalf("people %+v; want %s with %d spells, and p2", d.People, c.canon, c.spells)
			}
			var got []string
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			for _, e := range n.Edges {
				got = append(got, fmt.Sprintf("%s-%s:%g", n.Nodes[e.From].ID, n.Nodes[e.To].ID, e.Layers[graph.Correspondence]))
			}
			if g, want := strings.Join(got, " "), "A-B:1 A-C:1 B-C:1"; g != want {
				t.Errorf("letters %s; want %s", g, want)
			}
			var warned []string
			for _, w := range res.Warnings {
				if w.Code == WarnNIPSpelt {
					warned = append(warned, fmt.Sprintf("%s %d %s %s %d %s %s %d", w.File, w.Line, w.Value, w.OtherFile, w.OtherLine, w.Other, w.Reason, w.Count))
					if !w.Personal() {
						t.Error("the warning quotes a NIP but is not Personal")
					}
				}
			}
			if g := strings.Join(warned, "|"); g != c.warned {
				t.Errorf("warned %q\nwant   %q", g, c.warned)
			}
		})
	}
}

// TestIDCursor: idCursor gives each prepared id's bytes as a fresh split
// of the cell does, asked in order, out of order and across columns.
func TestIDCursor(t *testing.T) {
	cell := Value{Kind: Bytes, B: []byte(" a ; ;b;  c;;d ")}
	want := []string{"a", "b", "c", "d"}
	var c idCursor
	for _, order := range [][]uint32{{0, 1, 2, 3}, {1, 3}, {2, 0, 3}, {3, 2, 1, 0}} {
		for _, n := range order {
			if got := string(c.bytes(prepID{col: 1, nth: n}, cell)); got != want[n] {
				t.Errorf("order %v: id %d = %q, want %q", order, n, got, want[n])
			}
		}
	}
	if got := string(c.bytes(prepID{col: 2, nth: 0}, Value{Kind: Bytes, B: []byte("x;y")})); got != "x" {
		t.Errorf("cc after recipients: %q", got)
	}
	if got := c.bytes(prepID{col: 1, nth: 9}, cell); got != nil {
		t.Errorf("id past the end: %q", got)
	}
}

// TestTimeEdgesIsolated: a few rows dated a year or more from all the
// others are found at either end, in time order, in reverse and shuffled,
// also when the times come in parts merged afterwards; a table without
// such rows, or too small to tell, has none.
func TestTimeEdgesIsolated(t *testing.T) {
	const day = 86400
	base := int64(1735689600) // 2025-01-01
	var times []int64
	for i := range int64(2000) {
		times = append(times, base+(i/6)*day+i%6*3600) // a year, six rows a day
	}
	typos := []int64{base + 180*365*day, base + 180*365*day + 60, base + 181*365*day, base - 30*365*day} // 2205 twice, 2206, 1995
	rev := slices.Clone(times)
	slices.Reverse(rev)
	shuf := slices.Clone(times)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuf), func(i, j int) { shuf[i], shuf[j] = shuf[j], shuf[i] })
	for name, ts := range map[string][]int64{"ordered": times, "reversed": rev, "shuffled": shuf} {
		var whole, a, b timeEdges
		// every time goes to the whole table and, alternately, to one of
		// two parts
		add := func(xs []int64) {
			for i, x := range xs {
				whole.add(x)
				if i%2 == 0 {
					a.add(x)
				} else {
					b.add(x)
				}
			}
		}
		add(ts)
		if n, _, _, _ := isolated(whole.hi[:whole.n], int64(len(ts))); n != 0 {
			t.Errorf("%s, one year of rows: %d isolated late", name, n)
		}
		add(typos)
		merged := a
		merged.merge(&b)
		rows := int64(len(ts) + len(typos))
		for what, e := range map[string]*timeEdges{"whole": &whole, "merged": &merged} {
			n, far, near, rest := isolated(e.hi[:e.n], rows)
			if n != 3 || far != typos[2] || (near != typos[0] && near != typos[1]) || rest/day != times[len(times)-1]/day {
				t.Errorf("%s %s late: %d rows, %d %d %d", name, what, n, far, near, rest)
			}
			if n, far, _, rest := isolated(e.lo[:e.n], rows); n != 1 || far != typos[3] || rest/day != base/day {
				t.Errorf("%s %s early: %d rows, %d, rest %d", name, what, n, far, rest)
			}
		}
		if n, _, _, _ := isolated(whole.hi[:whole.n], 100); n != 0 {
			t.Errorf("%s, a table of 100 rows: %d isolated", name, n)
		}
	}
}

// BenchmarkTimeEdges: a time-ordered log of 20 days, a row every 2 s,
// as a shard of a letters file gives it (fewer than edgeK days, where
// each row is counted at both ends).
func BenchmarkTimeEdges(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var e timeEdges
		for s := int64(0); s < 20*86400; s += 2 {
			e.add(1_700_000_000 + s)
		}
	}
}

// TestParseStatusWords: every word of engine.StatusWords, in any case,
// reads as its status (the pair SQL reads the same list); other words
// do not.
func TestParseStatusWords(t *testing.T) {
	want := map[byte]graph.ShareStatus{'g': graph.Granted, 'd': graph.Denied, 'p': graph.Pending}
	for w, c := range engine.StatusWords {
		for _, v := range []string{w, strings.ToUpper(w)} {
			if st, ok := parseStatus([]byte(v)); !ok || st != want[c] {
				t.Errorf("%q: %v, %v; want %v", v, st, ok, want[c])
			}
		}
	}
	for _, v := range []string{"dibatalkan", "accepted", "diterima", "ok"} {
		if _, ok := parseStatus([]byte(v)); ok {
			t.Errorf("%q read as a status", v)
		}
	}
}

// TestUnitKindWords: the units table's kind reads in English and in
// Bahasa Indonesia, in any case (graph.UnitKindWords, which the pair SQL
// reads too); other words are refused.
func TestUnitKindWords(t *testing.T) {
	for in, want := range map[string]graph.Kind{"": graph.KindInternal, "Internal": graph.KindInternal, "KOORDINATOR": graph.KindCoordinator,
		"coordinator": graph.KindCoordinator, "Eksternal": graph.KindExternal, "external": graph.KindExternal} {
		if k, ok := graph.ParseUnitKind(strings.ToLower(in)); !ok || k != want {
			t.Errorf("%q: %v, %v; want %v", in, k, ok, want)
		}
	}
	for _, in := range []string{"luar", "dalam", "koordinasi", "vendor"} {
		if _, ok := graph.ParseUnitKind(in); ok {
			t.Errorf("%q read as a kind", in)
		}
	}
}

// TestRejectedUnitNamed: an id naming a unit whose own row was rejected
// (a bad kind) is said to be unknown for that reason, in a people row's
// unit_id, a letter's sender and recipients, a meeting's attendee and a
// data request, not as missing from the units table (it is there); a
// parent_id naming it is warned of.
func TestRejectedUnitNamed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name,sector,kind,parent_id\nA,Dinas A,s1,internal,\nB,Dinas B,s1,bogus,\nC,Badan C,s2,,B\nD,Setda D,s3,coordinator,\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id\np1,A\np3,B\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-05-15,B,C\n2025-05-16,p1,B;C\n2025-05-17,p1,p3\n")
	writeFile(t, filepath.Join(dir, "meetings.csv"), "meeting_id,start,attendee\nM1,2025-02-10 09:00,A\nM1,2025-02-10 09:00,B\nM1,2025-02-10 09:00,C\n")
	writeFile(t, filepath.Join(dir, "data_sharing.csv"), "at,provider,consumer\n2025-03-01,B,A\n2025-03-02,C,A\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	res, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		why := "other"
		switch {
		case errors.Is(re, ErrRejectedUnit):
			why = "rejected unit"
		case errors.Is(re, ErrRejectedPerson):
			why = "rejected person"
		case errors.Is(re, ErrBadKind):
			why = "bad kind"
		}
		if errors.Is(re, ErrPartial) {
			why = "partial " + why
		}
		got = append(got, fmt.Sprintf("%s:%d %s %s", re.File, re.Line, re.Value, why))
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"units.csv:3 bogus bad kind",
		"people.csv:3 B rejected unit",
		"correspondence.csv:2 B rejected unit",
		"correspondence.csv:3 B partial rejected unit",
		"correspondence.csv:4 p3 rejected person",
		"meetings.csv:3 B rejected unit",
		"data_sharing.csv:2 B rejected unit",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rejects:\ngot  %q\nwant %q", got, want)
	}
	var warned []string
	for _, w := range res.Warnings {
		if w.Code == WarnParentRejected {
			warned = append(warned, fmt.Sprintf("%s %s %s %d %d", w.File, w.Value, w.Other, w.Line, w.Count))
		}
	}
	if g, want := strings.Join(warned, "|"), "units.csv C B 3 1"; g != want {
		t.Errorf("parent warning: got %q, want %q", g, want)
	}
}

// TestNoPeopleHint: with no people table, the first log id in no table
// gives one warning that says so (naming the file names looked for) and,
// for an id of NIP digits, that it looks like a person's id; a study with
// a people table, or whose ids are all known, gets none.
func TestNoPeopleHint(t *testing.T) {
	const nip = "198001012005010003"
	for _, c := range []struct {
		name, people, letters string
		want                  string
	}{
		{"NIPs", "", "sent_at,sender,recipients\n2025-05-15,A,C\n2025-05-16," + nip + ",C\n2025-05-17,198001012005010004,C\n2025-05-18,A,C;" + nip + "\n",
			"correspondence.csv 3 sender " + nip + " nip"},
		{"other ids", "", "sent_at,sender,recipients\n2025-05-15,A,C\n2025-05-16,A,C;p9\n2025-05-17,p9,C\n", "correspondence.csv 3 recipients p9"},
		{"all units", "", "sent_at,sender,recipients\n2025-05-15,A,C\n", ""},
		{"a people table", "person_id,unit_id\np1,A\n", "sent_at,sender,recipients\n2025-05-15,A,C\n2025-05-16," + nip + ",C\n", ""},
		// a people table of a header alone is no table either: its rows
		// were rejected one by one as unknown ids, without a word of the
		// cause (the warning names the file, in Other)
		{"a header alone", "person_id,unit_id\n", "sent_at,sender,recipients\n2025-05-15,A,C\n2025-05-16," + nip + ",C\n",
			"correspondence.csv 3 sender " + nip + " nip people.csv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nA,Dinas A\nC,Badan C\n")
			if c.people != "" {
				writeFile(t, filepath.Join(dir, "people.csv"), c.people)
			}
			writeFile(t, filepath.Join(dir, "correspondence.csv"), c.letters)
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Load(s, Options{MaxRejectRate: 1})
			if err != nil {
				t.Fatal(err)
			}
			var warned []string
			for _, w := range res.Warnings {
				if w.Code == WarnNoPeople {
					warned = append(warned, strings.TrimSpace(fmt.Sprintf("%s %d %s %s %s %s", w.File, w.Line, w.Column, w.Value, w.Reason, w.Other)))
					says := "no people table"
					if c.people != "" {
						says = "the people table (people.csv) holds no row, only its header"
					}
					if s := w.String(); !strings.Contains(s, "people.csv") || !strings.Contains(s, says) {
						t.Errorf("text %q lacks %q", s, says)
					}
				}
			}
			if got := strings.Join(warned, "|"); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestTitleAboveCRLines: a CSV whose lines end with a lone CR (Excel for
// Mac's "CSV (Macintosh)") with a title above its header is told the line
// of its header, counted as the reader counts lines, and that its lines
// end with a lone CR, with how to save it again. The header below was
// looked for at LFs only, so the error gave the general advice about a
// title and said nothing of the line ends.
func TestTitleAboveCRLines(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		line int64
	}{
		{"title", []byte("REKAP PERMINTAAN DATA\r\rat,provider,consumer\r2025-03-01,C,A\r"), 3},
		{"gzipped title", openTestGzip([]byte("REKAP\rPeriode 2025\rat;provider;consumer\r2025-03-01;C;A\r")), 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := "data_sharing.csv"
			if c.data[0] == 0x1f {
				file += ".gz"
			}
			err := missingColumnLoad(t, file, c.data)
			var ce *ColumnError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, not a *ColumnError", err)
			}
			if ce.HeaderBelow != c.line || !ce.CRLines {
				t.Errorf("HeaderBelow = %d, CRLines = %v; want %d, true", ce.HeaderBelow, ce.CRLines, c.line)
			}
			for _, w := range []string{fmt.Sprintf("line %d below holds these column names", c.line), "lines end with a lone CR", `save it again in Excel as "CSV UTF-8 (Comma delimited)"`} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
	// LF and CRLF files say nothing of line ends
	err := missingColumnLoad(t, "data_sharing.csv", []byte("REKAP\r\n\r\nat,provider,consumer\r\n2025-03-01,C,A\r\n"))
	var ce *ColumnError
	if !errors.As(err, &ce) || ce.CRLines || strings.Contains(err.Error(), "lone CR") {
		t.Errorf("a CRLF file: %v", err)
	}
}

// TestAbsentColumns checks the one account of what a header lacks that
// missingColumn (the header read) and headerBelow (each line below) share:
// the required columns missing, in the contract's order, under study.yaml's
// renames, and every column sekat reads that is absent, without the
// columns it never reads (unused); and mapsEvery, which says whether a
// suggested mapping covers every missing column.
func TestAbsentColumns(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "study.yaml"), "columns: {correspondence: {sender: Pengirim}}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := &loader{s: s}
	for _, c := range []struct {
		header      []string
		missing     []string
		absent      []string
		suggest     [][2]string
		mapsMissing bool
	}{
		{[]string{"sent_at", "pengirim", "recipients"}, nil, []string{"cc"}, nil, true},
		{[]string{"sent_at", "sender", "recipients", "cc"}, []string{"sender"}, []string{"sender"}, nil, false},
		{[]string{"REKAP"}, []string{"sent_at", "sender", "recipients"}, []string{"sent_at", "sender", "recipients", "cc"}, nil, false},
		{[]string{"Pengirim"}, []string{"sent_at", "recipients"}, []string{"sent_at", "recipients", "cc"},
			[][2]string{{"sent_at", "Tanggal"}, {"recipients", "Kepada"}}, true},
	} {
		keys := map[string]bool{}
		for _, h := range c.header {
			keys[colKey(h)] = true
		}
		missing, absent := l.absentColumns(Correspondence, func(name string) bool { return keys[name] })
		var got []string
		for _, col := range append(tables[Correspondence].required, tables[Correspondence].optional...) {
			if absent[col] {
				got = append(got, col)
			}
		}
		if !slices.Equal(missing, c.missing) || !slices.Equal(got, c.absent) || len(absent) != len(got) {
			t.Errorf("header %q: missing %q, absent %v; want %q, %q", c.header, missing, absent, c.missing, c.absent)
		}
		if got := mapsEvery(c.suggest, missing); got != c.mapsMissing {
			t.Errorf("header %q: mapsEvery(%q) = %v, want %v", c.header, c.suggest, got, c.mapsMissing)
		}
	}
}

// TestSpellEndsMidnight: a valid_to written with a time at midnight (in
// the study's zone, or in UTC, as pandas and Spark write a date column as
// a TIMESTAMP) ends the spell as that day begins (or at 07:00 WIB); a
// letter later that day, with no other spell, is rejected with a reason
// that says so (ErrSpellEndsMidnight, wrapping ErrNoSpell). Before, the
// reason was the bare "has no unit on 2025-06-30" of a real gap. A date
// alone covers its whole day, and a real gap keeps the plain reason.
func TestSpellEndsMidnight(t *testing.T) {
	for _, c := range []struct {
		name, validTo string
		want          error // nil: the letter is used
	}{
		{"local midnight", "2025-06-30 00:00", ErrSpellEndsMidnight},
		{"utc midnight", "2025-06-30T00:00:00Z", ErrSpellEndsMidnight},
		{"date", "2025-06-30", nil},
		{"gap", "2025-06-29 12:00", ErrNoSpell},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{
				"units.csv":          "unit_id,sector\nA,s1\nB,s2\n",
				"people.csv":         "person_id,unit_id,valid_from,valid_to\np1,A,," + c.validTo + "\np1,B,2025-07-01,\np2,B,,\n",
				"correspondence.csv": "sent_at,sender,recipients\n2025-06-02 10:00,p1,p2\n2025-06-30 10:00,p1,p2\n2025-07-02 10:00,p1,A\n",
			}
			for name, text := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var errs []*RowError
			loadDir(t, dir, Options{MaxRejectRate: 1, OnReject: func(e *RowError) { errs = append(errs, e) }})
			switch {
			case c.want == nil && len(errs) > 0:
				t.Errorf("rejected %v; want the letter used", errs[0])
			case c.want != nil && (len(errs) != 1 || !errors.Is(errs[0], c.want) || !errors.Is(errs[0], ErrNoSpell)):
				t.Errorf("rejected %v; want the letter of line 3 rejected with %v", errs, c.want)
			case c.want == ErrNoSpell && errors.Is(errs[0], ErrSpellEndsMidnight):
				t.Errorf("a real gap told as a midnight end: %v", errs[0])
			}
		})
	}
}
