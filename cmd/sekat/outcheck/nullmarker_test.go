package outcheck

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// nullMarkerStudy is the demo study with every empty cell of its tables
// written \N, as MySQL's, PostgreSQL's and Hive's text exports write
// NULL: unquoted in most rows, quoted in every seventh.
func nullMarkerStudy(t *testing.T) string {
	markers := 0
	dir := sampleStudyAs(t, "studi-null", func(_, text string) []byte {
		rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		for i, r := range rows {
			quoted := false
			for j := range r {
				if i > 0 && r[j] == "" {
					r[j] = `\N`
					quoted = quoted || i%7 == 0
					markers++
				}
			}
			if !quoted {
				w.Write(r)
				continue
			}
			w.Flush()
			for j, c := range r {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
			}
			b.WriteByte('\n')
		}
		w.Flush()
		return b.Bytes()
	})
	if markers < 1000 {
		t.Fatalf("only %d empty cells became \\N: the study tests too little", markers)
	}
	return dir
}

// TestNullMarkerAsEmpty: a study whose empty cells are written \N gives
// the demo study's outputs byte for byte, with no row rejected.
func TestNullMarkerAsEmpty(t *testing.T) {
	study := nullMarkerStudy(t)
	plain, marked := filepath.Join(t.TempDir(), "biasa"), filepath.Join(t.TempDir(), "null")
	analyzeOK(t, "analyze", "../sample", "--out", plain, "-q")
	analyzeOK(t, "analyze", study, "--out", marked, "-q")
	if _, err := os.Stat(filepath.Join(marked, "rejects.csv")); err == nil {
		t.Errorf("rows were rejected: %.300s", clitest.ReadBytes(t, filepath.Join(marked, "rejects.csv")))
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
		a, b := clitest.ReadBytes(t, filepath.Join(plain, f)), clitest.ReadBytes(t, filepath.Join(marked, f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the demo study's", f)
		}
	}
}
