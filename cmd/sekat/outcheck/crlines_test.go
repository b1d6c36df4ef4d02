package outcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
	"golang.org/x/text/encoding/unicode"
)

// sampleStudyAs writes the demo study into a new folder named name, each
// table as save turns its CSV text into the bytes of table.csv.
func sampleStudyAs(t *testing.T, name string, save func(table, text string) []byte) string {
	t.Helper()
	return clitest.SampleStudyAs(t, "../sample", name, save)
}

// crLinesStudy is the demo study with its tables' lines ended by a lone
// CR, as Excel for Mac's "CSV (Macintosh)" writes them.
func crLinesStudy(t *testing.T) string {
	return sampleStudyAs(t, "studi-cr", func(table, text string) []byte {
		if strings.Contains(text, "\r") || !strings.Contains(text, "\n") {
			t.Fatalf("%s: the demo table is not one of LF lines", table)
		}
		return []byte(strings.ReplaceAll(text, "\n", "\r"))
	})
}

// TestCRLinesAsLF: a study whose tables end their lines with a lone CR,
// and one saved as UTF-16, give the demo study's outputs byte for byte,
// with no row rejected (the same two studies hold the pair SQL to the raw
// read in TestPairsDuckDBSameTables).
func TestCRLinesAsLF(t *testing.T) {
	plain := filepath.Join(t.TempDir(), "biasa")
	analyzeOK(t, "analyze", "../sample", "--out", plain, "-q")
	for name, study := range map[string]string{"cr": crLinesStudy(t), "utf16": utf16Study(t)} {
		out := filepath.Join(t.TempDir(), name)
		analyzeOK(t, "analyze", study, "--out", out, "-q")
		if _, err := os.Stat(filepath.Join(out, "rejects.csv")); err == nil {
			t.Errorf("%s: rows were rejected: %.300s", name, clitest.ReadBytes(t, filepath.Join(out, "rejects.csv")))
		}
		for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
			a, b := clitest.ReadBytes(t, filepath.Join(plain, f)), clitest.ReadBytes(t, filepath.Join(out, f))
			if !bytes.Equal(a, b) {
				t.Errorf("%s: %s differs from the demo study's", name, f)
			}
		}
	}
}

// utf16Study is the demo study with its tables saved as Excel's "Unicode
// Text" saves them: UTF-16 little-endian with a byte order mark, here with
// the commas kept (the delimiter is found as in any CSV).
func utf16Study(t *testing.T) string {
	return sampleStudyAs(t, "studi-utf16", func(_, text string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	})
}
