package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestCSVWiderThanNamedHeader: under a header whose every column is
// named, a record with a field too many is an error even when the extra
// field is empty. In a ;-separated file, a list of recipients not in
// quotes (M4;2025-03-01;pA1;pB2;pC1;;nota_dinas;) otherwise moved every
// cell after it one column to the right (pC1 read as cc, nota_dinas as
// in_reply_to) without a word. Under a header that ends in unnamed
// columns (a spreadsheet's ragged right edge) a wider record of empty
// extra fields is still read (TestCSVSpreadsheetRaggedEdges).
func TestCSVWiderThanNamedHeader(t *testing.T) {
	in := "message_id;sent_at;sender;recipients;cc;kind;in_reply_to\n" +
		"M1;2025-03-01;pA1;pB2;;nota_dinas;\n" + // as wide as the header
		"M4;2025-03-01;pA1;pB2;pC1;;nota_dinas;\n" + // one field too many, the last empty: an error
		"M5;2025-03-01;pA1;pB2;;nota_dinas;;\n" + // the same with nothing moved: an error too
		"M6;2025-03-01;pA1;\"pB2;pC1\";;nota_dinas;\n" // the list quoted: read
	s, err := newCSV("c.csv", strings.NewReader(in), ';', 8)
	if err != nil {
		t.Fatal(err)
	}
	got := srcReadAll(t, s, []string{"recipients", "cc", "in_reply_to"})
	var sum []string
	for _, r := range got {
		if r.err != nil {
			if !errors.Is(r.err, ErrFieldCount) {
				t.Errorf("line %d: %v, want a field count error", r.line, r.err)
			}
			sum = append(sum, fmt.Sprintf("%d:error", r.line))
			continue
		}
		sum = append(sum, fmt.Sprintf("%d:%s", r.line, r.vals))
	}
	want := "2:pB2|∅|∅ 3:error 4:error 5:pB2;pC1|∅|∅"
	if g := strings.Join(sum, " "); g != want {
		t.Errorf("rows %s\nwant %s", g, want)
	}
}
