package ingest

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// personPairsByDay are person-level pair tables of the hand study by
// day: the letters and data requests on 2025-01-10 (p1 and p4 with 2
// letter ties, the requests between them), and three meetings of p1 and
// p4 alone on 2025-02-10, with the period's row of totals (3 meetings of
// two units) and its rows of nodes.
var personPairsByDay = map[string]string{
	"meta.csv":   strings.Replace(handPairs["meta.csv"], "unit,none,", "person,day,", 1),
	"inputs.csv": handPairs["inputs.csv"],
	"totals/period=2025-01-10/part-0.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
		"6,2,0,1,1,0,2,2,1,1,2\n",
	"totals/period=2025-02-10/part-0.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
		"0,0,0,3,0,0,0,0,0,0,0\n",
	"nodes/period=2025-01-10/part-0.csv":         "node,internal_messages,internal_shares,large_meetings,circulars_sent\np1,0,0,0,0\np4,0,0,0,0\n",
	"nodes/period=2025-02-10/part-0.csv":         "node,internal_messages,internal_shares,large_meetings,circulars_sent\np1,0,0,0,0\np4,0,0,0,0\n",
	"pairs/period=2025-01-10/part-0.csv":         "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\np1,p4,2,0,2,2," + day10 + "," + day10 + "\n",
	"meeting_sizes/period=2025-02-10/part-0.csv": "source,target,size,meetings,first_at,last_at\np1,p4,2,3,1739152800,1739152800\n",
}

// TestLoadPairsPeriodWithoutTotals: rows of a period for which the totals
// table has no row are refused, naming the table and the period. Before,
// person-level tables whose totals part of a day holding only meetings
// was lost were read without a word (no total counts the meetings of
// people, and that day had no letter or request for the totals' sums to
// miss): the network had the day's meetings, summary.json's meetings
// count did not (1 of 4 here).
func TestLoadPairsPeriodWithoutTotals(t *testing.T) {
	s := handPairsStudy(t)
	res, err := LoadPairs(context.Background(), s, writePairs(t, personPairsByDay), Options{People: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Builder.Totals().Meetings; got != 4 {
		t.Fatalf("whole tables: %d meetings in the totals, want 4", got)
	}
	lost := maps.Clone(personPairsByDay)
	delete(lost, "totals/period=2025-02-10/part-0.csv")
	_, err = LoadPairs(context.Background(), s, writePairs(t, lost), Options{People: true})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "noTotals" || !strings.Contains(err.Error(), "the meeting_sizes table has rows in period 2025-02-10, and the totals table has no row for it") {
		t.Errorf("totals of 2025-02-10 lost: err = %v, want noTotals naming meeting_sizes and 2025-02-10", err)
	}
}
