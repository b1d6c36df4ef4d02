package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSniffHTML: a web page or a report's HTML table saved under a .csv
// name is found, with the line it starts on (after a byte order mark and
// blank lines); a CSV, a comment or XML without a page, and a header
// whose first name starts with "<" are not.
func TestSniffHTML(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want int64
	}{
		{"doctype", "<!DOCTYPE html>\n<html><body><table><tr><td>a</td></tr></table></body></html>\n", 1},
		{"html in upper case", "<HTML>\n<BODY>\n", 1},
		{"table only", "<table border=\"1\"><tr><th>message_id</th><th>sent_at</th></tr></table>", 1},
		{"bom and blank lines", "\xef\xbb\xbf\r\n\r\n  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n", 3},
		{"blank lines ending in a lone CR", "\r\r<html>\r", 3},
		{"xml prolog before a page", "<?xml version=\"1.0\"?>\n<html>\n", 1},
		{"comment before a page", "<!-- saved from url=(0014)about:internet -->\n<html>\n", 1},
		{"csv", "message_id,sent_at,sender,recipients\nM1,2025-01-02,p1,p2\n", 0},
		{"comment alone", "<!-- export -->\nmessage_id,sent_at\n", 0},
		{"a first name in angle brackets", "<id>,sent_at,sender\n", 0},
		{"markup in a later line", "unit_id,name\nA,<html>\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "letters.csv")
			if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := sniffHTML(p); got != tc.want {
				t.Errorf("sniffHTML = %d, want %d", got, tc.want)
			}
		})
	}
}
