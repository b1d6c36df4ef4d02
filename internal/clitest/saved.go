package clitest

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// The demo study as other programs save it, for the tests of cmd/sekat
// (the pair SQL against the raw read) and cmd/sekat/outcheck (the same
// outputs as the demo's).

// Sample is the path of rel in cmd/sekat's sample folder (the demo study),
// wherever the calling test package lies.
func Sample(rel string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "cmd", "sekat", "sample", rel)
}

// CRLinesStudy is the demo study with its tables' lines ended by a lone
// CR, as Excel for Mac's "CSV (Macintosh)" writes them.
func CRLinesStudy(t testing.TB) string {
	return SampleStudyAs(t, Sample(""), "studi-cr", func(table, text string) []byte {
		if strings.Contains(text, "\r") || !strings.Contains(text, "\n") {
			t.Fatalf("%s: the demo table is not one of LF lines", table)
		}
		return []byte(strings.ReplaceAll(text, "\n", "\r"))
	})
}

// UTF16Study is the demo study with its tables saved as Excel's "Unicode
// Text" saves them: UTF-16 little-endian with a byte order mark, here with
// the commas kept (the delimiter is found as in any CSV).
func UTF16Study(t testing.TB) string {
	return SampleStudyAs(t, Sample(""), "studi-utf16", func(_, text string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	})
}

// NullMarkerStudy is the demo study with every empty cell of its tables
// written \N, as MySQL's, PostgreSQL's and Hive's text exports write
// NULL: unquoted in most rows, quoted in every seventh.
func NullMarkerStudy(t testing.TB) string {
	markers := 0
	dir := SampleStudyAs(t, Sample(""), "studi-null", func(_, text string) []byte {
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
