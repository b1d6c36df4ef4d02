package result

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seedGolden adds the golden files of the hand-made study (both levels)
// named in names to f's corpus.
func seedGolden(f *testing.F, names ...string) {
	for _, dir := range []string{"hand-unit", "hand-person"} {
		for _, n := range names {
			if b, err := os.ReadFile(filepath.Join(goldenDir(dir), n)); err == nil {
				f.Add(b)
			}
		}
	}
}

// stable checks that what a table reader accepts is written, read and
// written again to the same bytes.
func stable[R any](t *testing.T, tb *Table[R], rows []R) {
	var a, b bytes.Buffer
	if err := tb.WriteCSV(&a, rows); err != nil {
		t.Fatal(err)
	}
	again, err := tb.ReadCSV(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatalf("%s: cannot read what was written: %v\n%q", tb.Name, err, a.Bytes())
	}
	if err := tb.WriteCSV(&b, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("%s: written twice differs:\n%q\n%q", tb.Name, a.Bytes(), b.Bytes())
	}
}

// FuzzReadCSV feeds any bytes to every table's CSV reader: none panics,
// and whatever one accepts round-trips.
func FuzzReadCSV(f *testing.F) {
	seedGolden(f, "units.csv", "people.csv", "groups.csv", "silos.csv", "edges.csv")
	f.Add([]byte("file,line,column,value,reason\n\"'=x\",1,\"a\r\nb\",\"\",r\n"))
	f.Add([]byte("source,target,correspondence,meetings,data_sharing,data_denied,weight\r\na,b,1,,NaN,1e400,-0\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if rows, err := Units.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, Units, rows)
		}
		if rows, err := People.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, People, rows)
		}
		if rows, err := Groups.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, Groups, rows)
		}
		if rows, err := Silos.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, Silos, rows)
		}
		if rows, err := Edges.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, Edges, rows)
		}
		if rows, err := Rejects.ReadCSV(bytes.NewReader(data)); err == nil {
			stable(t, Rejects, rows)
		}
	})
}

// FuzzTextCell: every string written as a text cell reads back as itself.
func FuzzTextCell(f *testing.F) {
	for _, s := range []string{"", "plain", "=1", "'=1", "''", "'", "a,b", "\"", "x\r\ny", "\r", "\t", "-", "@x", "a;b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := []Reject{{File: s, Line: 1, Column: s, Value: s, Reason: s}}
		var b bytes.Buffer
		if err := Rejects.WriteCSV(&b, in); err != nil {
			t.Fatal(err)
		}
		out, err := Rejects.ReadCSV(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("%q: %v", b.Bytes(), err)
		}
		if len(out) != 1 || out[0] != in[0] {
			t.Fatalf("%q read back as %+v", s, out)
		}
	})
}

// FuzzReadSummary: no input makes ReadSummary panic; what it accepts is
// written, read and written again to the same bytes.
func FuzzReadSummary(f *testing.F) {
	seedGolden(f, SummaryFile)
	f.Add([]byte(`{"schema_version": 3, "network": {"density": null}, "method": {"betweenness": {"exact": false, "samples": 3}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadSummary(bytes.NewReader(data))
		if err != nil {
			return
		}
		var a, b bytes.Buffer
		if err := WriteSummary(&a, s); err != nil {
			t.Fatal(err)
		}
		s2, err := ReadSummary(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%s", err, a.Bytes())
		}
		if err := WriteSummary(&b, s2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("written twice differs:\n%s\n%s", a.Bytes(), b.Bytes())
		}
	})
}

// FuzzReadParquet: no input makes a table's Parquet reader panic (a
// damaged file is an ErrMalformed error); what it accepts round-trips.
func FuzzReadParquet(f *testing.F) {
	for _, dir := range []string{"hand-unit", "hand-person"} {
		st, err := Read(goldenDir(dir))
		if err != nil {
			f.Fatal(err)
		}
		var b bytes.Buffer
		if err := NodeTable(st.Level()).WriteParquet(&b, st.Nodes); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
		b.Reset()
		if err := Edges.WriteParquet(&b, st.Edges); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bytes.NewReader(data)
		if rows, err := Units.ReadParquet(r, int64(len(data))); err == nil {
			stable(t, Units, rows)
		}
		if rows, err := People.ReadParquet(r, int64(len(data))); err == nil {
			stable(t, People, rows)
		}
		if rows, err := Edges.ReadParquet(r, int64(len(data))); err == nil {
			stable(t, Edges, rows)
		}
	})
}
