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

// TestRejectRateSaysSubtotalRows: the reject-rate failure says how many
// of a table's rejected rows are subtotal rows and the one fix for them,
// for the table that failed and for a table after it, in both languages
// (ingest's TestRejectRateCountsSubtotalRows counts them).
func TestRejectRateSaysSubtotalRows(t *testing.T) {
	e := &ingest.RejectRateError{Table: ingest.Correspondence, Rows: 903, Rejected: 11, Limit: 0.01, Subtotals: 11,
		Also: []*ingest.RejectRateError{{Table: ingest.Meetings, Rows: 100, Rejected: 3, Limit: 0.01, Subtotals: 1}}}
	for lang, want := range map[string][]string{
		"en": {"11 of the rejected rows of table correspondence are subtotal rows", "1 of the rejected rows of table meetings is a subtotal row", "Data > Subtotal > Remove All"},
		"id": {"11 baris yang ditolak dari tabel correspondence adalah baris subtotal", "1 baris yang ditolak dari tabel meetings adalah baris subtotal", "Data > Subtotal > Remove All"},
	} {
		got := rejectRateText(e, lang, "")
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q does not say %q", lang, got, w)
			}
		}
	}
}
