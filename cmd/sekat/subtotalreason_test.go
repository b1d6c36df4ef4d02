package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestSubtotalRowReason: the reason rejects.csv and validate give for a
// subtotal row in the middle of a log table (ingest's
// TestSubtotalRowsNamed makes the error) names it and says to remove the
// subtotals, in both languages, rather than the invalid time it also is.
func TestSubtotalRowReason(t *testing.T) {
	e := &ingest.RowError{File: "meetings.csv", Line: 197, Table: ingest.Meetings, Column: "start", Field: "start",
		Value: "45", Err: fmt.Errorf("%w: %w", ingest.ErrSubtotalRow, ingest.ErrBadTime)}
	for lang, want := range map[string]string{"id": "baris subtotal", "en": "a subtotal row"} {
		got := reasonText(e, lang)
		if !strings.Contains(got, want) || !strings.Contains(got, "Remove All") {
			t.Errorf("%s: %q does not say %q and how to remove the subtotals", lang, got, want)
		}
	}
}
