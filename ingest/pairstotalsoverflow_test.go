package ingest

import (
	"context"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// TestLoadPairsTotalsOverflow: the counts of totals are added up over its
// periods (the letters and requests checked against the inputs table, the
// totals of the window and of the periods left out of it), and a table
// whose counts pass the largest int64 is refused at the row that passes
// it. handPairsByDay with two periods beside the window, 2025-05-05 and
// 2025-06-06, each counting 2^63-1 letters, and 2025-03-03 counting 2:
// over all periods 6 + 2 + 2(2^63-1) wraps around to 6, the 6 letters the
// inputs table says were read, and the tables were read, with
// 9,223,372,036,854,775,807 letters outside the window in summary.json's
// counts (-2 before). Also an inputs row whose rows_rejected +
// rows_outside_window wrap around: before, it was refused as a missing
// part file, saying 7 requests were read where the row says 5.
func TestLoadPairsTotalsOverflow(t *testing.T) {
	s := handPairsStudy(t)
	day := studyDay(t, s)
	head := "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n"
	max := strconv.FormatInt(math.MaxInt64, 10)
	huge := map[string]string{}
	for k, v := range handPairsByDay {
		huge[k] = v
	}
	huge["totals/period=2025-03-03/part-0.csv"] = head + "2,0,0,1,0,0,0,0,0,0,4\n"
	huge["totals/period=2025-05-05/part-0.csv"] = head + max + ",0,0,0,0,0,0,0,0,0,0\n"
	huge["totals/period=2025-06-06/part-0.csv"] = head + max + ",0,0,0,0,0,0,0,0,0,0\n"
	inputs := map[string]string{}
	for k, v := range handPairsByDay {
		inputs[k] = v
	}
	inputs["inputs.csv"] = strings.Replace(handPairs["inputs.csv"], "data_sharing,5,0,0,0,", "data_sharing,5,"+max+",0,"+max+",", 1)
	for _, c := range []struct {
		name   string
		tables map[string]string
		want   string
	}{
		{"totals over periods", huge, "totals/period=2025-05-05/part-0.csv line 2: the counts of table totals add up past 9223372036854775807"},
		{"inputs row", inputs, "inputs.csv line 4: the counts of table inputs add up past 9223372036854775807"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := LoadPairs(context.Background(), s, writePairs(t, c.tables), Options{Window: graph.Window{From: day("2025-01-10"), To: day("2025-03-04")}})
			if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), c.want) {
				var outside any
				if res != nil {
					outside = res.Inputs
				}
				t.Errorf("err = %v (read: %v), want ErrPairs saying %q", err, outside, c.want)
			}
		})
	}
}
