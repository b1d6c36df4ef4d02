package ingest

import (
	"context"
	"errors"
	"maps"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// TestLoadPairsTimesAndShares: the meetings, first_at and last_at of
// pairs, and the first_at and last_at of meeting_sizes, are checked as
// the other columns are, and a row of meeting_sizes must name its pair
// the smaller id first; each refusal names the file, the line, the column
// and the fix. Before, pairs' three columns were not read at all (a
// meetings "banyak", a first_at after last_at, a time of another month
// were taken), meeting_sizes' times were read only as numbers, and a row
// of meeting_sizes written target first was read as another key, so that
// a pair written both ways counted its meetings twice.
func TestLoadPairsTimesAndShares(t *testing.T) {
	s := handPairsStudy(t)
	day := studyDay(t, s)
	with := handPairsWith
	byDay := func(file, old, new string) map[string]string {
		m := maps.Clone(handPairsByDay)
		m[file] = strings.Replace(m[file], old, new, 1)
		return m
	}
	itoa := func(x int64) string { return strconv.FormatInt(x, 10) }
	// the tables of handPairs with a window in their meta, and the same
	// window asked
	win := graph.Window{From: day("2025-01-01"), To: day("2025-07-02")}
	windowed := with("meta.csv", "unit,none,,,", "unit,none,"+itoa(win.From)+","+itoa(win.To)+",")
	for _, file := range []string{"pairs.csv", "meeting_sizes.csv"} {
		windowed[file] = strings.ReplaceAll(windowed[file], ",1,1\n", ","+day10+","+day10+"\n")
	}
	p10, m10 := "pairs/period=2025-01-10/part-0.csv", "meeting_sizes/period=2025-01-10/part-0.csv"
	for _, c := range []struct {
		name   string
		tables map[string]string
		opt    Options
		code   string // "" when read
		want   string
	}{
		{"meetings not a number", with("pairs.csv", "A,B,1,0.25,", "A,B,1,banyak,"), Options{}, "meetingsShare", `pairs.csv line 3: meetings "banyak" is not a number of 0 or more`},
		{"meetings below 0", with("pairs.csv", "A,B,1,0.25,", "A,B,1,-0.25,"), Options{}, "meetingsShare", `pairs.csv line 3: meetings "-0.25"`},
		{"meetings NaN", with("pairs.csv", "A,B,1,0.25,", "A,B,1,NaN,"), Options{}, "meetingsShare", `pairs.csv line 3: meetings "NaN"`},
		{"meetings empty", with("pairs.csv", "A,B,1,0.25,", "A,B,1,,"), Options{}, "nullCount", "pairs.csv line 3: the count meetings is empty"},
		{"meetings as a DOUBLE", with("pairs.csv", "A,B,1,0.25,", "A,B,1,2.5E-1,"), Options{}, "", ""},
		{"pairs first_at not a time", with("pairs.csv", "D,C,0,0,0,1,1,1", "D,C,0,0,0,1,kemarin,1"), Options{}, "notNumber", `pairs.csv line 2: first_at "kemarin" is not a whole number`},
		{"pairs times empty", with("pairs.csv", "D,C,0,0,0,1,1,1", "D,C,0,0,0,1,,"), Options{}, "", ""},
		{"pairs first_at after last_at", with("pairs.csv", "D,C,0,0,0,1,1,1", "D,C,0,0,0,1,7,6"), Options{}, "firstAfterLast", "pairs.csv line 2: first_at 7 (1970-01-01 07:00:07) is after last_at 6"},
		{"meeting_sizes first_at after last_at", with("meeting_sizes.csv", "B,C,2,1,1,1", "B,C,2,1,7,6"), Options{}, "firstAfterLast", "meeting_sizes.csv line 2: first_at 7"},
		{"meeting_sizes target first", with("meeting_sizes.csv", "B,C,2,1,1,1", "C,B,2,1,1,1"), Options{}, "pairOrder",
			`meeting_sizes.csv line 2: source "C" comes after target "B"; meeting_sizes holds each pair of nodes once, the smaller id first (source < target, the ids compared byte by byte, as sekat pairs writes them): write the row with source "B" and target "C"`},
		// person level, the pair written both ways: read, p1 and p4 had
		// 3 meetings a direction in the network, not 1.5 (measured on
		// this build without the check)
		{"both ways at person level", strings2(personPairsByDay, "meeting_sizes/period=2025-02-10/part-0.csv", "p1,p4,2,3,1739152800,1739152800\n", "p1,p4,2,3,1739152800,1739152800\np4,p1,2,3,1739152800,1739152800\n"), Options{People: true}, "pairOrder",
			`meeting_sizes/period=2025-02-10/part-0.csv line 3: source "p4" comes after target "p1"`},
		// a file saved again by Indonesian Excel: ';' and decimal commas
		{"decimal comma", map[string]string{"pairs.csv": strings.NewReplacer(",", ";", "0.25", "0,25", "0.75", "0,75").Replace(handPairs["pairs.csv"])}, Options{}, "", ""},
		{"windowed", windowed, Options{Window: win}, "", ""},
		{"before the window", strings2(windowed, "pairs.csv", "D,C,0,0,0,1,"+day10, "D,C,0,0,0,1,"+itoa(win.From-1)), Options{Window: win}, "timeOutsideWindow",
			"pairs.csv line 2: first_at " + itoa(win.From-1) + " (2024-12-31 23:59:59) lies outside the window of the tables' meta, from 2025-01-01 up to 2025-07-02"},
		{"at the window's end", strings2(windowed, "meeting_sizes.csv", "B,C,2,1,"+day10+","+day10, "B,C,2,1,"+day10+","+itoa(win.To)), Options{Window: win}, "timeOutsideWindow", "meeting_sizes.csv line 2: last_at " + itoa(win.To)},
		{"by day", handPairsByDay, Options{}, "", ""},
		{"the period's first second", byDay(p10, "D,C,0,0,0,1,"+day10, "D,C,0,0,0,1,"+itoa(day("2025-01-10"))), Options{}, "", ""},
		{"before the period", byDay(p10, "D,C,0,0,0,1,"+day10, "D,C,0,0,0,1,"+itoa(day("2025-01-10")-1)), Options{}, "timeOutsidePeriod",
			p10 + " line 2: first_at " + itoa(day("2025-01-10")-1) + " (2025-01-09 23:59:59) lies outside the period 2025-01-10 of the folder the file is in, from 2025-01-10 up to 2025-01-11"},
		{"another period's time", byDay(m10, "B,C,2,1,"+day10+","+day10, "B,C,2,1,"+day10+","+day303), Options{}, "timeOutsidePeriod", m10 + " line 2: last_at " + day303 + " (2025-03-03 09:00:00) lies outside the period 2025-01-10"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := c.tables
			if c.name == "decimal comma" {
				tables = maps.Clone(handPairs)
				maps.Copy(tables, c.tables)
			}
			_, err := LoadPairs(context.Background(), s, writePairs(t, tables), c.opt)
			if c.code == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %s saying %q", err, c.code, c.want)
			}
		})
	}
}

// strings2 is tables with the first old in file replaced by new.
func strings2(tables map[string]string, file, old, new string) map[string]string {
	m := maps.Clone(tables)
	m[file] = strings.Replace(m[file], old, new, 1)
	return m
}
