package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestLayoutUnusedDuplicate: a column sekat never reads (kind of the
// correspondence table) may repeat in the header for sekat pairs as for
// analyze; a repeated column it reads still stops it. Before, pairs
// refused the file that analyze read (the input review found it).
func TestLayoutUnusedDuplicate(t *testing.T) {
	for _, c := range []struct {
		name, head string
		dup        bool
	}{
		{"unused column twice", "sent_at,sender,recipients,kind,kind\n", false},
		{"used column twice", "sent_at,sender,recipients,sender\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "correspondence.csv"), c.head)
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			_, err = s.Layout(Correspondence, filepath.Join(dir, "correspondence.csv"))
			var de *DuplicateColumnError
			if got := errors.As(err, &de); got != c.dup {
				t.Errorf("error %v, want a duplicate-column error: %v", err, c.dup)
			}
		})
	}
}

// TestLayoutDecimalID: a person_id stored as DECIMAL(18,0), as engines
// write numeric NIPs, is an integer column to the engines' SQL as it is a
// whole number to analyze; with a scale it is not (TypeOther, refused by
// sekat pairs).
func TestLayoutDecimalID(t *testing.T) {
	type row0 struct {
		PersonID int64  `parquet:"person_id,decimal(0:18)"`
		UnitID   string `parquet:"unit_id"`
	}
	type row2 struct {
		PersonID int64  `parquet:"person_id,decimal(2:18)"`
		UnitID   string `parquet:"unit_id"`
	}
	for _, c := range []struct {
		name  string
		write func(string) error
		want  ColumnType
	}{
		{"scale 0", func(p string) error { return parquet.WriteFile(p, []row0{{198001012005011001, "A"}}) }, TypeInt},
		{"scale 2", func(p string) error { return parquet.WriteFile(p, []row2{{198001012005011001, "A"}}) }, TypeOther},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			os.Remove(filepath.Join(dir, "people.csv"))
			p := filepath.Join(dir, "people.parquet")
			if err := c.write(p); err != nil {
				t.Fatal(err)
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.Layout(People, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := l.Bound["person_id"].Type; got != c.want {
				t.Errorf("person_id type %v, want %v", got, c.want)
			}
		})
	}
}

// TestLayoutSepLine: a CSV file that opens with Excel's "sep=;" line,
// which Load reads as the delimiter's declaration, is laid out with that
// delimiter, the header of line 2 and SepLine, so that the SQL texts of
// sekat pairs skip the line; without the line, SepLine is false.
// TestLayoutSepLineEnds: Layout says when Excel's sep line ends its line
// unlike the header (a "sep=;" typed with CRLF above a file of LF lines,
// or echoed with LF above Excel's CRLF file, or a lone CR above LF lines).
// DuckDB takes the line end from the first line, and read such a file as
// no row at all, without an error: sekat pairs --run then gave tables
// without the file's letters.
func TestLayoutSepLineEnds(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	path := filepath.Join(dir, "correspondence.csv")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sep, rows string
		mixed     bool
	}{
		{"\r\n", "\n", true},
		{"\n", "\r\n", true},
		{"\r", "\n", true},
		{"\r\n", "\r\n", false},
		{"\n", "\n", false},
		{"\r", "\r", false},
	} {
		writeFile(t, path, "sep=;"+c.sep+"sent_at;sender;recipients"+c.rows+"2025-01-02;p1;p2"+c.rows)
		l, err := s.Layout(Correspondence, path)
		if err != nil || !l.SepLine || l.SepLineMixed != c.mixed {
			t.Errorf("sep line ended %q, lines %q: %+v, %v; want SepLineMixed %v", c.sep, c.rows, l, err, c.mixed)
		}
	}
}

func TestLayoutSepLine(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	path := filepath.Join(dir, "correspondence.csv")
	writeFile(t, path, "sep=;\r\nsent_at;sender;recipients\r\n2025-01-02;p1;p2\r\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	// the SQL texts skip the line (DuckDB) or refuse the file (Spark),
	// where Layout refused it before
	if l, err := s.Layout(Correspondence, path); err != nil || l.Delim != ';' || !l.SepLine || len(l.Columns) != 3 || l.Columns[0] != "sent_at" {
		t.Errorf("with the sep line: %+v, %v; want delimiter ';', SepLine and the header of line 2", l, err)
	}
	writeFile(t, path, "sent_at;sender;recipients\r\n2025-01-02;p1;p2\r\n")
	if l, err := s.Layout(Correspondence, path); err != nil || l.Delim != ';' || l.SepLine {
		t.Errorf("without the sep line: %+v, %v", l, err)
	}
}
