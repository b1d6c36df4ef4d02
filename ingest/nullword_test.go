package ingest

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestCSVNullWord: a field of exactly NULL, quoted or not, is Null, as
// \N is (phpMyAdmin's CSV export writes it for NULL by default, and SQL
// Server Management Studio's "Save Results As"); NULL with other text
// around it, or in another case, is text. A record of NULLs alone, as wide
// as the header or wider, holds nothing: a blank row.
func TestCSVNullWord(t *testing.T) {
	src, err := newCSV("f.csv", strings.NewReader("a,b,c,d,e,f\nNULL,\"NULL\",null,NULLS, NULL,Null\nNULL,NULL,NULL,NULL,NULL,NULL\nNULL,\"NULL\",\\N,,,NULL,NULL\nx,,,,,\n"), ',', 1<<16)
	if err != nil {
		t.Fatal(err)
	}
	row := make([]Value, 6)
	line, err := src.Next(row)
	if err != nil || line != 2 {
		t.Fatalf("line %d: %v", line, err)
	}
	want := []Value{{}, {}, {Kind: Bytes, B: []byte("null")}, {Kind: Bytes, B: []byte("NULLS")}, {Kind: Bytes, B: []byte(" NULL")}, {Kind: Bytes, B: []byte("Null")}}
	for j := range want {
		if row[j].Kind != want[j].Kind || string(row[j].B) != string(want[j].B) {
			t.Errorf("field %d: %v %q, want %v %q", j, row[j].Kind, row[j].B, want[j].Kind, want[j].B)
		}
	}
	// lines 3 and 4 hold nothing: the next row read is line 5
	if line, err = src.Next(row); err != nil || line != 5 || string(row[0].B) != "x" {
		t.Errorf("after the rows of NULLs: line %d %q (%v), want line 5 x", line, row[0].B, err)
	}
}

// TestStudyNullWord: a study whose tables were exported with NULL in
// every empty cell (people's valid_from and valid_to, units' parent and
// sector, a letter's cc, a data request's status) loads as the same study
// with those cells empty. Before, every person was rejected for a
// valid_from that is not a time, and with them every letter.
func TestStudyNullWord(t *testing.T) {
	tables := map[string]string{
		"units.csv":          "unit_id,name,sector,parent_id\nU1,Satu,s1,\nU2,Dua,s2,U1\nU3,Tiga,,\n",
		"people.csv":         "person_id,unit_id,valid_from,valid_to\nP1,U1,,\nP2,U2,,2025-02-10\nP2,U3,2025-02-10,\nP3,U3,,\n",
		"correspondence.csv": "sent_at,sender,recipients,cc\n2025-02-03 09:00,P1,P2,\n2025-02-12 09:00,P1,P2,P3\n2025-02-04 10:00,P3,P1,\n",
		"data_sharing.csv":   "at,provider,consumer,status\n2025-02-05 10:00,U1,U2,\n2025-02-06 10:00,U2,U3,denied\n",
	}
	write := func(null bool) string {
		dir := t.TempDir()
		for name, body := range tables {
			if null {
				lines := strings.SplitAfter(body, "\n")
				for i := 1; i < len(lines); i++ {
					cells := strings.Split(strings.TrimSuffix(lines[i], "\n"), ",")
					for j, c := range cells {
						if c == "" && len(lines[i]) > 0 {
							cells[j] = "NULL"
							if j%2 == 1 {
								cells[j] = `"NULL"`
							}
						}
					}
					if lines[i] != "" {
						lines[i] = strings.Join(cells, ",") + "\n"
					}
				}
				body = strings.Join(lines, "")
				if !strings.Contains(body, "NULL") {
					t.Fatalf("%s holds no NULL", name)
				}
			}
			writeFile(t, filepath.Join(dir, name), body)
		}
		return dir
	}
	opt := Options{MaxRejectRate: 1, Events: &graph.EventLog{}}
	// the files' paths and digests differ, the rest must not
	strip := regexp.MustCompile(`Path:\S+|SHA256:[0-9a-f]+`)
	digest := func(dir string) string { return strip.ReplaceAllString(loadDigest(t, dir, opt), "") }
	want, got := digest(write(false)), digest(write(true))
	if got != want {
		t.Errorf("with NULL cells:\n%s\nwant, as with empty cells:\n%s", got, want)
	}
	if strings.Contains(got, "rejected") && !strings.Contains(want, "rejected") {
		t.Errorf("rows rejected with NULL cells:\n%s", got)
	}
}
