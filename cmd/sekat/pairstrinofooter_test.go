package main

import (
	"strings"
	"testing"
)

// TestPairsTrinoFooterRows: a signature block under a log table, which
// analyze counts neither read nor rejected and the DuckDB and Spark texts
// take out of their counts, cannot be told from rows by the Trino text
// (Trino gives no row position): a catalog table that holds it has its
// rows counted as read and rejected. sekat pairs --dialect trino gave
// analyze's warning alone ("not read, nor counted as rejected rows"),
// untrue of the text it wrote, and the text said nothing of it. Now a
// line after the warning, in both languages, and the text's opening
// comment say what the Trino text does with those rows and what to do;
// the other dialects, which take them out, say nothing more.
func TestPairsTrinoFooterRows(t *testing.T) {
	// the block of docs/engines.md and testdata/engines/check-sql.sh
	st := handCopy(t, map[string]string{"meetings.csv": "Jumlah,,3 orang,,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,NIP. 19700101 199503 1 001,,\n"}, nil)
	for _, lang := range []string{"id", "en"} {
		note := "sekat: " + msg(lang, "warning", msg(lang, "pairs.trinoFooter", int64(4), "meetings"))
		code, text, stderr := sekat(t, "pairs", st, "--dialect", "trino", "--dest", "/lake/pairs", "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		if !strings.Contains(stderr, note) {
			t.Errorf("%s: pairs --dialect trino said\n%s\nwant, after analyze's warning:\n%s", lang, stderr, note)
		}
		if !strings.Contains(text, "-- meetings.csv ends in 4 rows under the table") || !strings.Contains(text, "if table meetings holds them, this text counts them as read and rejected") {
			t.Errorf("%s: the Trino text does not say what it does with the block's 4 rows", lang)
		}
		for _, d := range []string{"duckdb", "spark"} {
			code, text, stderr := sekat(t, "pairs", st, "--dialect", d, "--dest", "/lake/pairs", "--lang", lang)
			if code != 0 || strings.Contains(stderr, note) || strings.Contains(text, "ends in 4 rows under the table") {
				t.Errorf("%s, %s: exit %d; the Trino note on stderr (%v) or in the text (%v), of a text that takes the block out", lang, d, code, strings.Contains(stderr, note), strings.Contains(text, "ends in 4 rows"))
			}
		}
	}
}
