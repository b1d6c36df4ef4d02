package ingest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// meetingRows makes the rows of n random meetings of the hand study's
// people and units (testdata/studies/hand), each meeting's rows together,
// in the order the meetings are numbered. Meetings run from 2025-01-01 to
// 2025-12-31, so a window of the first half leaves some out.
func meetingRows(r *rand.Rand, n int) [][]string {
	ids := []string{"p1", "p2", "p3", "p4", "p5", "A", "B", "C", "D", "E"}
	var meetings [][]string
	for i := range n {
		at := time.Date(2025, 1, 1+r.IntN(364), 9, 0, 0, 0, time.UTC).Format("2006-01-02 15:04")
		var rows []string
		for range 1 + r.IntN(6) {
			// organizer and title: a unit of the hand study, a title
			// by meeting; the event log keeps those of the first row.
			rows = append(rows, fmt.Sprintf("R%d,%s,%s,%s,Rapat %d", i, at, ids[r.IntN(len(ids))], ids[5+r.IntN(5)], i%7))
		}
		meetings = append(meetings, rows)
	}
	return meetings
}

// interleave returns the rows of meetings with every meeting's first row
// in meeting order, then the other rows merged at random, each meeting's
// in its own order: the meetings first appear in the same order as when
// grouped, and each meeting has the same attendees in the same order.
func interleave(r *rand.Rand, meetings [][]string) []string {
	var out []string
	rest := make([][]string, len(meetings))
	left := 0
	for i, m := range meetings {
		out = append(out, m[0])
		rest[i] = m[1:]
		left += len(m) - 1
	}
	for left > 0 {
		i := r.IntN(len(rest))
		if len(rest[i]) == 0 {
			continue
		}
		out = append(out, rest[i][0])
		rest[i] = rest[i][1:]
		left--
	}
	return out
}

// loadMeetings loads the hand study with the given meetings rows, in the
// first half of 2025, with meetingSpillBytes set to spill.
func loadMeetings(t *testing.T, rows []string, spill int) (*Result, *graph.EventLog) {
	t.Helper()
	old := meetingSpillBytes
	meetingSpillBytes = spill
	defer func() { meetingSpillBytes = old }()
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "meetings.csv"), "meeting_id,start,attendee,organizer,title\n"+strings.Join(rows, "\n")+"\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, s.Loc).Unix()
	to := time.Date(2025, 7, 1, 0, 0, 0, 0, s.Loc).Unix()
	ev := &graph.EventLog{}
	var bounds []int64
	for m := 1; m <= 7; m++ {
		bounds = append(bounds, time.Date(2025, time.Month(m), 1, 0, 0, 0, 0, s.Loc).Unix())
	}
	res, err := Load(s, Options{People: true, Window: graph.Window{From: from, To: to},
		Blocks: graph.Blocks{Bounds: bounds}, Events: ev})
	if err != nil {
		t.Fatal(err)
	}
	return res, ev
}

// TestMeetingsStreamed: the meetings table gives the same networks (unit
// and person level, every weight to the last bit), the same totals and the
// same counts of rows out of the window whether its rows are grouped by
// meeting (streamed), with the same monthly pair tables (each meeting in
// the block of its start) and the same meetings in the event log,
// interleaved (read into a map once a closed meeting
// recurs), and whether the held meetings stay in memory or all go to the
// temporary file.
func TestMeetingsStreamed(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	meetings := meetingRows(r, 300)
	var grouped []string
	for _, m := range meetings {
		grouped = append(grouped, m...)
	}
	mixed := interleave(r, meetings)
	// A meeting whose rows come in two runs, closed in between.
	split := append(append(append([]string{}, meetings[0]...), meetings[1]...), meetings[0]...)
	splitJoined := append(append([]string{}, meetings[0]...), meetings[0]...)
	splitJoined = append(splitJoined, meetings[1]...)

	type view struct {
		units, people []graph.Edge
		blocks        [][]graph.Edge
		events        []graph.MeetingEvent
		totals        graph.Totals
		out           int64
	}
	see := func(res *Result, ev *graph.EventLog) view {
		v := view{
			units:  res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{}).Edges,
			people: res.Builder.Network(graph.PersonLevel, res.Window, graph.LayerWeights{}).Edges,
			blocks: res.Builder.BlockEdges(graph.UnitLevel, graph.LayerWeights{}),
			events: ev.Meetings,
			totals: res.Builder.Totals(),
		}
		for _, in := range res.Inputs {
			if in.Table == Meetings {
				v.out += in.OutOfWindow
			}
		}
		return v
	}
	want := see(loadMeetings(t, grouped, 8<<20))
	if len(want.events) == 0 || len(want.blocks) != 6 || want.events[0].Title == "" || want.events[0].Organizer < 0 {
		t.Fatalf("the event log has %d meetings (first %+v) and %d blocks; want some with titles and organisers, and 6 months", len(want.events), want.events, len(want.blocks))
	}
	if want.totals.Meetings == 0 || want.out == 0 || len(want.units) == 0 {
		t.Fatalf("the test study has %d meetings in the window, %d rows out of it, %d unit ties; want some of each", want.totals.Meetings, want.out, len(want.units))
	}
	for _, c := range []struct {
		name  string
		rows  []string
		spill int
	}{
		{"grouped, all spilled", grouped, 0},
		{"interleaved", mixed, 8 << 20},
		{"interleaved, all spilled", mixed, 0},
	} {
		if got := see(loadMeetings(t, c.rows, c.spill)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: networks, totals or out-of-window rows differ from the grouped rows'", c.name)
		}
	}
	w := see(loadMeetings(t, splitJoined, 8<<20))
	for _, spill := range []int{0, 8 << 20} {
		if got := see(loadMeetings(t, split, spill)); !reflect.DeepEqual(got, w) {
			t.Errorf("a meeting in two runs (spill %d) differs from the same meeting in one run", spill)
		}
	}
}

// TestMeetingsSpillRemoved: the temporary file of the held meetings is
// gone after Load.
func TestMeetingsSpillRemoved(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	r := rand.New(rand.NewPCG(7, 8))
	var rows []string
	for _, m := range meetingRows(r, 50) {
		rows = append(rows, m...)
	}
	res, _ := loadMeetings(t, rows, 0)
	if res.Builder.Totals().Meetings == 0 {
		t.Fatal("no meeting in the window")
	}
	ents, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "sekat-meetings-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestMeetingsGroupedHoldNoRows: on grouped rows the stream holds only the
// open meeting's attendees and the fingerprints; every closed meeting has
// gone to the temporary file (meetingSpillBytes 0); a recurring id turns
// it to the map.
func TestMeetingsGroupedHoldNoRows(t *testing.T) {
	old := meetingSpillBytes
	meetingSpillBytes = 0
	defer func() { meetingSpillBytes = old }()
	t.Setenv("TMPDIR", t.TempDir())
	l := &loader{ctx: context.Background(), cur: &Input{}, win: graph.Window{From: 0, To: 1 << 40}}
	m := newMeetingStream(l)
	defer m.discard()
	for i := range 1000 {
		for a := range 5 {
			if err := m.add([]byte(fmt.Sprint("M", i)), 100, graph.Ref{Unit: int32(a)}, nil, nil); err != nil {
				t.Fatal(err)
			}
		}
		if m.exact != nil || len(m.buf) != 0 || len(m.refs) != 5 {
			t.Fatalf("meeting %d: map %v, %d bytes held, %d refs open; want no map, 0 bytes, 5 refs", i, m.exact != nil, len(m.buf), len(m.refs))
		}
	}
	if m.spill == nil || m.records != 999 {
		t.Fatalf("spill %v, %d records; want a file and 999", m.spill != nil, m.records)
	}
	if err := m.add([]byte("M3"), 100, graph.Ref{}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if m.exact == nil || len(m.exact.list) != 1000 || len(m.exact.list[3].refs) != 6 {
		t.Fatalf("after M3 came back: want the map of 1000 meetings with M3's 6 attendees")
	}
}

// TestMeetingsCanceled: handing the held meetings to the builder stops
// with the context's error, from memory and from the temporary file.
func TestMeetingsCanceled(t *testing.T) {
	for _, spill := range []int{0, 8 << 20} {
		old := meetingSpillBytes
		meetingSpillBytes = spill
		t.Setenv("TMPDIR", t.TempDir())
		ctx, cancel := context.WithCancel(context.Background())
		l := &loader{ctx: ctx, cur: &Input{}, win: graph.Window{From: 0, To: 1 << 40}}
		m := newMeetingStream(l)
		for i := range 10 {
			if err := m.add([]byte(fmt.Sprint("M", i)), 100, graph.Ref{}, nil, nil); err != nil {
				t.Fatal(err)
			}
		}
		cancel()
		if err := m.finish(); !errors.Is(err, context.Canceled) {
			t.Errorf("spill %d: finish after cancel: %v, want context.Canceled", spill, err)
		}
		m.discard()
		meetingSpillBytes = old
	}
}

// TestMeetingIDReused: a meeting is its meeting_id and the day of its
// start. Rows of one id on another day are another meeting (an id reused a year later,
// in the same file or another), not one meeting of all their attendees,
// which would tie units that never met; a warning names the id, both
// starts and where the second was found. R1 in 2024 is {A,B}, R1 in 2025
// {C,E}: one tie each, whether the rows are grouped, apart or interleaved;
// a window of 2025 keeps C-E (the meeting was out of the window by its
// 2024 row before).
func TestMeetingIDReused(t *testing.T) {
	const head = "meeting_id,start,attendee\n"
	r24 := "R1,2024-03-01 09:00,p1\nR1,2024-03-01 09:00,p3\n"
	r25 := "R1,2025-03-01 09:00,p4\nR1,2025-03-01 09:00,E\n"
	mixed := "R1,2024-03-01 09:00,p1\nR1,2025-03-01 09:00,p4\nR1,2024-03-01 09:00,p3\nR1,2025-03-01 09:00,E\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		from  string
		want  string // the meetings ties, then the warning
	}{
		{"two files", map[string]string{"meetings_2024.csv": head + r24, "meetings_2025.csv": head + r25}, "",
			"A>B 0.5,B>A 0.5,C>E 0.5,E>C 0.5; R1 1 meetings_2025.csv:2 2024-03-01 09:00 2025-03-01 09:00"},
		{"one file, grouped", map[string]string{"meetings.csv": head + r24 + r25}, "",
			"A>B 0.5,B>A 0.5,C>E 0.5,E>C 0.5; R1 1 meetings.csv:4 2024-03-01 09:00 2025-03-01 09:00"},
		{"one file, apart", map[string]string{"meetings.csv": head + r24 + "R2,2024-05-01 10:00,p2\n" + r25}, "",
			"A>B 0.5,B>A 0.5,C>E 0.5,E>C 0.5; R1 1 meetings.csv:5 2024-03-01 09:00 2025-03-01 09:00"},
		{"interleaved", map[string]string{"meetings.csv": head + mixed}, "",
			"A>B 0.5,B>A 0.5,C>E 0.5,E>C 0.5; R1 1 meetings.csv:3 2024-03-01 09:00 2025-03-01 09:00"},
		{"window of 2025", map[string]string{"meetings_2024.csv": head + r24, "meetings_2025.csv": head + r25}, "2025-01-01",
			"C>E 0.5,E>C 0.5; R1 1 meetings_2025.csv:2 2024-03-01 09:00 2025-03-01 09:00"},
		{"same start in two files", map[string]string{"meetings_a.csv": head + r24[:23], "meetings_b.csv": head + r24[23:]}, "",
			"A>B 0.5,B>A 0.5; "},
		// An attendance list that records each arrival: one meeting, on
		// one day, at the time of its first row; no warning.
		{"arrival times within the day", map[string]string{"meetings.csv": head + "R1,2024-03-01 09:00,p1\nR1,2024-03-01 09:07,p3\nR1,2024-03-01 10:12,p4\n"}, "",
			"A>B 0.25,A>C 0.25,B>A 0.25,B>C 0.25,C>A 0.25,C>B 0.25; "},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			os.Remove(filepath.Join(dir, "meetings.csv"))
			for name, text := range c.files {
				writeFile(t, filepath.Join(dir, name), text)
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			var opt Options
			if c.from != "" {
				opt.Window.From, _, _ = ParseTime([]byte(c.from), s.Loc)
			}
			res, err := Load(s, opt)
			if err != nil {
				t.Fatal(err)
			}
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			var ties []string
			for _, e := range n.Edges {
				if m := e.Layers[graph.Meetings]; m > 0 {
					ties = append(ties, fmt.Sprintf("%s>%s %g", n.Nodes[e.From].ID, n.Nodes[e.To].ID, m))
				}
			}
			var warned []string
			for _, w := range res.Warnings {
				if w.Code == WarnMeetingIDReused {
					f, to := time.Unix(w.From, 0).In(s.Loc).Format("2006-01-02 15:04"), time.Unix(w.To, 0).In(s.Loc).Format("2006-01-02 15:04")
					warned = append(warned, fmt.Sprintf("%s %d %s:%d %s %s", w.Value, w.Count, w.File, w.Line, f, to))
				}
			}
			if got := strings.Join(ties, ",") + "; " + strings.Join(warned, "|"); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestMeetingRowsDiffer: two meetings under one id on one day (an office
// numbering its own meetings) are read as one meeting, as arrival times
// must be, but no longer without a word: rows that write another title or
// organizer than the meeting's first row are warned of, grouped or not,
// saying which column the quoted cells are of: organizer ids may name a
// person (Personal), titles do not. The warning names the row that differs
// and the meeting's first row, in another file too, and when the meetings
// went through the temporary file (spilled) before the rows proved
// ungrouped; before, it named the row that differs alone, and without the
// organizer (left out without --reveal) the user could not tell which
// rows the meeting's first ones were.
func TestMeetingRowsDiffer(t *testing.T) {
	const head = "meeting_id,start,attendee,organizer,title\n"
	grouped := "001,2025-01-06 09:00,p1,p1,Rapat Internal\n001,2025-01-06 09:00,p3,p1,Rapat Internal\n001,2025-01-06 14:00,p4,p4,Rapat Koordinasi\n001,2025-01-06 14:00,E,p4,Rapat Koordinasi\n"
	apart := "001,2025-01-06 09:00,p1,p1,Rapat Internal\n002,2025-01-07 09:00,p2,p2,Lain\n001,2025-01-06 14:00,p4,p4,Rapat Koordinasi\n002,2025-01-07 09:00,p3,p2,Lain\n"
	arrivals := "001,2025-01-06 09:00,p1,p1,Rapat Internal\n001,2025-01-06 09:10,p3,p1,Rapat Internal\n"
	organizer := "001,2025-01-06 09:00,p1,p1,Rapat\n001,2025-01-06 14:00,p3,p4,Rapat\n"
	organizerApart := "001,2025-01-06 09:00,p1,p1,\n002,2025-01-07 09:00,p2,p2,\n001,2025-01-06 14:00,p3,p4,\n"
	for _, c := range []struct {
		name, rows string
		more       string // the rows of meetings_2.csv, read after meetings.csv
		spill      int    // meetingSpillBytes, 0 to leave it
		want       string
	}{
		{"grouped", grouped, "", 0, `001 1 "Rapat Internal" "Rapat Koordinasi" meetings.csv:4 first meetings.csv:2 title false`},
		// ungrouped rows keep only a hash of each meeting's first cells
		// (8 bytes a meeting), so the first title is not quoted
		{"apart", apart, "", 0, `001 1 "" "Rapat Koordinasi" meetings.csv:4 first meetings.csv:2 title false`},
		{"apart, spilled", apart, "", 1, `001 1 "" "Rapat Koordinasi" meetings.csv:4 first meetings.csv:2 title false`},
		{"arrivals", arrivals, "", 0, ""},
		{"organizer", organizer, "", 0, `001 1 "p1" "p4" meetings.csv:3 first meetings.csv:2 organizer true`},
		// without a title the differing cell quoted is the organizer
		{"organizer apart", organizerApart, "", 0, `001 1 "" "p4" meetings.csv:4 first meetings.csv:2 organizer true`},
		{"grouped across files", "002,2025-01-05 09:00,p2,p2,Lain\n001,2025-01-06 09:00,p1,p1,Rapat Internal\n", "001,2025-01-06 14:00,p4,p4,Rapat Koordinasi\n", 0,
			`001 1 "Rapat Internal" "Rapat Koordinasi" meetings_2.csv:2 first meetings.csv:3 title false`},
		{"apart across files, spilled", "001,2025-01-06 09:00,p1,p1,Rapat Internal\n002,2025-01-07 09:00,p2,p2,Lain\n003,2025-01-08 09:00,p3,p3,Rapat\n", "002,2025-01-07 09:00,p4,p4,Rapat Koordinasi\n", 1,
			`002 1 "" "Rapat Koordinasi" meetings_2.csv:2 first meetings.csv:3 title false`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.spill > 0 {
				old := meetingSpillBytes
				meetingSpillBytes = c.spill
				t.Cleanup(func() { meetingSpillBytes = old })
			}
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "meetings.csv"), head+c.rows)
			if c.more != "" {
				writeFile(t, filepath.Join(dir, "meetings_2.csv"), head+c.more)
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Load(s, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range res.Warnings {
				if w.Code == WarnMeetingMixed {
					got = append(got, fmt.Sprintf("%s %d %q %q %s:%d first %s:%d %s %v", w.Value, w.Count, w.Reason, w.Other, w.File, w.Line, w.OtherFile, w.OtherLine, w.Cell, w.Personal()))
				}
			}
			if g := strings.Join(got, "|"); g != c.want {
				t.Errorf("got  %s\nwant %s", g, c.want)
			}
		})
	}
}
