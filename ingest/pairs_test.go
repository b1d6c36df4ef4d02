package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// handPairs are the unit-level pair tables of testdata/studies/hand,
// written by hand from the derivation above handEdges (load_test.go): the
// letters and requests counted per ordered pair, the meetings per
// unordered pair and meeting size (M1 {A,B,C} and M2 {A,D,E} of size 3,
// M4 {B,C} of size 2), each node's counts, the totals of TestLoadHandStudy.
// Rows are in no particular order and the pair {B,C} is in two rows of
// meeting_sizes, one per meeting size; no key is in two rows (sekat pairs
// writes one row per key, and the reader refuses a repeated one).
var handPairs = map[string]string{
	"meta.csv": handMeta("../testdata/studies/hand"),
	"inputs.csv": "table_name,rows_read,rows_rejected,rows_partial,rows_outside_window,first_at,last_at\n" +
		"correspondence,6,0,0,0,1736474400,1746378000\nmeetings,11,0,0,0,1739152800,1748829600\ndata_sharing,5,0,0,0,1740762000,1751302800\n",
	"totals.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
		"6,2,0,4,1,0,2,2,1,1,5\n",
	"nodes.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\n" +
		"C,1,0,0,0\nA,1,1,0,0\nB,0,0,0,0\nD,0,0,0,0\nE,0,0,0,0\n",
	"pairs.csv": "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\n" +
		"D,C,0,0,0,1,1,1\nA,B,1,0.25,0,0,1,1\nC,A,0,0.25,1,1,1,1\nA,C,1,0.25,0,0,1,1\nB,A,1,0.25,0,0,1,1\nB,C,1,0.75,0,0,1,1\nC,D,1,0,0,0,1,1\n",
	"meeting_sizes.csv": "source,target,size,meetings,first_at,last_at\n" +
		"B,C,2,1,1,1\nA,B,3,1,1,1\nD,E,3,1,1,1\nA,C,3,1,1,1\nB,C,3,1,1,1\nA,D,3,1,1,1\nA,E,3,1,1,1\n",
}

// handMeta is the meta table of pair tables made from the study in dir
// (format version 3, unit level, no periods, the hand study's zone and
// limits), with the study's digests.
//
// It is called as the package starts (handPairs). A test binary run from
// another folder than ingest/, as testdata/reference/ingest_duckdb.cjs
// runs the benchmarks from the repository's root, does not find the
// study there: the digests are then "unreadable", which no pair-table
// test accepts, where the binary panicked before any benchmark ran.
func handMeta(dir string) string {
	s, err := OpenStudyWith(dir, StudyOptions{LogsElsewhere: true})
	var dd string
	if err == nil {
		dd, err = s.DirectoryDigest()
	}
	rd := "unreadable"
	if err != nil {
		dd = rd
	} else {
		rd = s.ReadingDigest()
	}
	return "format_version,sekat_version,dialect,level,every,window_from,window_to,time_zone,circular_units,max_meeting_size,reading_digest,directory_digest\n" +
		"3,test,duckdb,unit,none,,,Asia/Jakarta,4,100," + rd + "," + dd + "\n"
}

// writePairs writes tables (file name -> content) into a new folder.
func writePairs(t *testing.T, tables map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range tables {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadPairsHandStudy(t *testing.T) {
	s := handPairsStudy(t)
	res, err := LoadPairs(context.Background(), s, writePairs(t, handPairs), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	want := graph.Totals{Messages: 6, InternalMessages: 2, Meetings: 4, MeetingsOneUnit: 1, Granted: 2, Denied: 2, Pending: 1, InternalShares: 1}
	if tot := res.Builder.Totals(); tot != want {
		t.Errorf("totals = %+v, want %+v", tot, want)
	}
	// the same network, node counts included, as Load from the raw tables
	raw := loadDir(t, "../testdata/studies/hand", Options{})
	rn := raw.Builder.Network(graph.UnitLevel, raw.Window, graph.LayerWeights{})
	for i := range rn.Counts {
		if rn.Counts[i] != n.Counts[i] {
			t.Errorf("node %s: counts %+v, Load gives %+v", n.Nodes[i].ID, n.Counts[i], rn.Counts[i])
		}
	}
	if got := len(res.Inputs); got != 5 {
		t.Errorf("%d inputs, want units, people and the three logs", got)
	}
	if res.Span != (graph.Window{From: 1736474400, To: 1751302801}) {
		t.Errorf("span %+v, want the inputs table's first_at and last_at+1", res.Span)
	}
}

// handPairsStudy is the hand study opened as analyze --pairs opens it:
// its logs are read elsewhere (from the pair tables).
// wantHandEdges loads the pair tables written from tables for study s and
// checks that they give the hand study's unit edges (handEdges); it
// returns what LoadPairs read.
func wantHandEdges(t *testing.T, s *Study, tables map[string]string) *Result {
	t.Helper()
	res, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	return res
}

func handPairsStudy(t *testing.T) *Study {
	t.Helper()
	s, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// studyDay returns the Unix time of the start of a day written
// YYYY-MM-DD in the zone of study s.
func studyDay(t *testing.T, s *Study) func(d string) int64 {
	return func(d string) int64 {
		tm, err := time.ParseInLocation("2006-01-02", d, s.Loc)
		if err != nil {
			t.Fatal(err)
		}
		return tm.Unix()
	}
}

// handPairsWith is handPairs with the first old in file replaced by new.
func handPairsWith(file, old, new string) map[string]string {
	m := maps.Clone(handPairs)
	m[file] = strings.Replace(m[file], old, new, 1)
	return m
}

// TestLoadPairsRefuses: tables made for another level, window or limit,
// or naming an id the study does not have, are refused with ErrPairs.
func TestLoadPairsRefuses(t *testing.T) {
	s := handPairsStudy(t)
	with := handPairsWith
	for _, c := range []struct {
		name   string
		tables map[string]string
		opt    Options
		want   string
	}{
		{"person level", handPairs, Options{People: true}, "of the unit level"},
		{"window", handPairs, Options{Window: graph.Window{From: 1740000000}}, "no periods"},
		{"circulars", with("meta.csv", "Jakarta,4,", "Jakarta,5,"), Options{}, "circular_units 5"},
		{"unknown id", with("pairs.csv", "D,C,", "Z,C,"), Options{}, `"Z" is in neither`},
		{"size", with("meeting_sizes.csv", "B,C,2,", "B,C,1,"), Options{}, "meeting size 1"},
		{"negative", with("pairs.csv", "D,C,0,0,0,1", "D,C,0,0,0,-1"), Options{}, "the count data_denied is -1, below 0"},
		{"version", with("meta.csv", "\n3,", "\n4,"), Options{}, "format version 4"},
		{"no meta", map[string]string{"pairs.csv": handPairs["pairs.csv"]}, Options{}, "no meta table"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadPairs(context.Background(), s, writePairs(t, c.tables), c.opt)
			if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want ErrPairs saying %q", err, c.want)
			}
		})
	}
}

// FuzzLoadPairs: any content of the pairs and meeting_sizes tables (CSV)
// is read or refused with an error, never a panic, and what is read makes
// a network.
func FuzzLoadPairs(f *testing.F) {
	f.Add(handPairs["pairs.csv"], handPairs["meeting_sizes.csv"])
	f.Add("source,target\nA,B\n", "source,target,size,meetings\nA,B,99999999999,1\n")
	f.Add("\"a\nb\",\n", "")
	// the reader streams each file (engine's rows): a file cut inside its
	// Parquet footer or its gzip header, and a zstd mark over nothing,
	// are read from the file, not from bytes held whole
	f.Add("PAR1\x15\x00PAR1", "\x1f\x8b\x08")
	f.Add("\x28\xb5\x2f\xfd", "BZh91AY&SY")
	s, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, pairs, sizes string) {
		m := map[string]string{}
		for k, v := range handPairs {
			m[k] = v
		}
		m["pairs.csv"], m["meeting_sizes.csv"] = pairs, sizes
		res, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
		if err != nil {
			return
		}
		res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	})
}

// handPairsByDay are handPairs partitioned by day (every day): the rows
// split over two periods, 2025-01-10 and 2025-03-03, as an engine would
// write them (which events fell on which day does not matter to the
// reader: each period's rows go to the block that holds the period). The
// meeting of A, D and E is in the second period, with its rows of
// meeting_sizes, its count in totals and its nodes; the letters and data
// requests are counted in the first period's totals.
var handPairsByDay = map[string]string{
	"meta.csv":   strings.Replace(handPairs["meta.csv"], "unit,none,", "unit,day,", 1),
	"inputs.csv": handPairs["inputs.csv"],
	"totals/period=2025-01-10/part-0.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
		"6,2,0,3,1,0,2,2,1,1,1\n",
	"totals/period=2025-03-03/part-0.csv": "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n" +
		"0,0,0,1,0,0,0,0,0,0,4\n",
	"nodes/period=2025-01-10/part-0.csv": handPairs["nodes.csv"],
	"nodes/period=2025-03-03/part-0.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\nA,0,0,0,0\nB,0,0,0,0\nC,0,0,0,0\nD,0,0,0,0\nE,0,0,0,0\n",
	"pairs/period=2025-01-10/part-0.csv": "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\n" +
		timedRows("D,C,0,0,0,1,1,1\nA,B,1,0.25,0,0,1,1\nC,A,0,0.25,1,1,1,1\n", day10),
	"pairs/period=2025-03-03/part-0.csv": "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\n" +
		timedRows("A,C,1,0.25,0,0,1,1\nB,A,1,0.25,0,0,1,1\nB,C,1,0.75,0,0,1,1\nC,D,1,0,0,0,1,1\n", day303),
	"meeting_sizes/period=2025-01-10/part-0.csv": "source,target,size,meetings,first_at,last_at\n" +
		timedRows("B,C,2,1,1,1\nA,B,3,1,1,1\nA,C,3,1,1,1\nB,C,3,1,1,1\n", day10),
	"meeting_sizes/period=2025-03-03/part-0.csv": "source,target,size,meetings,first_at,last_at\n" +
		timedRows("D,E,3,1,1,1\nA,D,3,1,1,1\nA,E,3,1,1,1\n", day303),
}

// day10 and day303 are 09:00 of 2025-01-10 and 2025-03-03 in the hand
// study's zone (WIB), the first_at and last_at of handPairsByDay's rows
// of those days: the reader refuses a time outside its row's period.
const day10, day303 = "1736474400", "1740967200"

// timedRows is rows of pairs or meeting_sizes written with first_at and
// last_at 1 (as handPairs, unpartitioned, has them) with both at t.
func timedRows(rows, t string) string {
	return strings.ReplaceAll(rows, ",1,1\n", ","+t+","+t+"\n")
}

// TestLoadPairsBlocks: with time blocks (Options.Blocks, as compare and
// trend set them), each period of partitioned tables is summed into the
// block that holds it: block i's edges are the network of the periods in
// it alone, and the blocks together the whole network. A block bound
// inside a period, or inside unpartitioned tables, is a BlockCutError.
func TestLoadPairsBlocks(t *testing.T) {
	s := handPairsStudy(t)
	day := studyDay(t, s)
	only := func(period string) map[string]string {
		// the inputs table as the engine would write it for the period's
		// totals alone (none but 2025-01-10 counts letters or requests in
		// this hand fixture)
		in := handPairs["inputs.csv"]
		if period != "2025-01-10" {
			in = "table_name,rows_read,rows_rejected,rows_partial,rows_outside_window,first_at,last_at\ncorrespondence,0,0,0,0,,\nmeetings,0,0,0,0,,\ndata_sharing,0,0,0,0,,\n"
		}
		m := map[string]string{"meta.csv": handPairsByDay["meta.csv"], "inputs.csv": in}
		for k, v := range handPairsByDay {
			if strings.Contains(k, "period="+period) {
				m[k] = v
			}
		}
		return m
	}
	bl := graph.Blocks{Bounds: []int64{day("2025-01-01"), day("2025-02-01"), day("2025-04-01")}}
	res, err := LoadPairs(context.Background(), s, writePairs(t, handPairsByDay), Options{Blocks: bl})
	if err != nil {
		t.Fatal(err)
	}
	per := res.Builder.BlockEdges(graph.UnitLevel, graph.LayerWeights{})
	if len(per) != 2 {
		t.Fatalf("%d blocks, want 2", len(per))
	}
	for i, period := range []string{"2025-01-10", "2025-03-03"} {
		one, err := LoadPairs(context.Background(), s, writePairs(t, only(period)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := edgeLines(one.Builder.Network(graph.UnitLevel, one.Window, graph.LayerWeights{}))
		n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
		n.Edges = per[i]
		got := edgeLines(n)
		if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) == 0 {
			t.Errorf("block %d:\n%s\nwant the edges of period %s alone:\n%s", i, strings.Join(got, "\n"), period, strings.Join(want, "\n"))
		}
	}
	if n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{}); len(edgeLines(n)) != len(handEdges) {
		t.Errorf("the window's network has %d edges, want the %d of handEdges", len(edgeLines(n)), len(handEdges))
	}

	weekly := map[string]string{}
	for k, v := range handPairsByDay {
		weekly[k] = strings.Replace(v, "unit,day,", "unit,week,", 1)
	}
	weekly["pairs/period=2025-01-06/part-0.csv"] = weekly["pairs/period=2025-01-10/part-0.csv"]
	for _, k := range []string{"pairs", "meeting_sizes", "nodes", "totals"} {
		if v, ok := weekly[k+"/period=2025-01-10/part-0.csv"]; ok {
			delete(weekly, k+"/period=2025-01-10/part-0.csv")
			weekly[k+"/period=2025-01-06/part-0.csv"] = v
		}
	}
	for _, c := range []struct {
		name   string
		tables map[string]string
		blocks []int64
		opt    Options
		every  string
		bound  int64
		window bool
	}{
		// a week period (2025-01-06..13) cut by a block bound on the 8th
		{"week cut", weekly, []int64{day("2025-01-06"), day("2025-01-08"), day("2025-04-01")}, Options{}, "week", day("2025-01-08"), false},
		// day tables cut by a bound at noon
		{"noon", handPairsByDay, []int64{day("2025-01-01"), day("2025-01-10") + 12*3600, day("2025-04-01")}, Options{}, "day", day("2025-01-10") + 12*3600, false},
		// unpartitioned tables: one sum, any bound inside is refused
		{"none", handPairs, []int64{day("2025-01-01"), day("2025-02-01"), day("2025-04-01")}, Options{}, "none", day("2025-01-01"), false},
		// a window ending inside a week period
		{"window", weekly, nil, Options{Window: graph.Window{From: day("2025-01-06"), To: day("2025-01-09")}}, "week", day("2025-01-09"), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			opt := c.opt
			opt.Blocks = graph.Blocks{Bounds: c.blocks}
			_, err := LoadPairs(context.Background(), s, writePairs(t, c.tables), opt)
			var bc *engine.BlockCutError
			if !errors.As(err, &bc) || !errors.Is(err, engine.ErrPairs) {
				t.Fatalf("err = %v, want a BlockCutError", err)
			}
			if bc.Every != c.every || bc.Bound != c.bound || bc.Window != c.window {
				t.Errorf("BlockCutError %+v, want every %s, bound %d, window %v", bc, c.every, c.bound, c.window)
			}
		})
	}
}

// TestLoadPairsUnitPairs: with Options.UnitPairs, person-level tables and
// the unit-level tables of the same logs fill both levels of one builder:
// the unit network is the unit tables' (handEdges), the totals are
// counted once, and unit tables of other log rows are refused.
func TestLoadPairsUnitPairs(t *testing.T) {
	s := handPairsStudy(t)
	person := map[string]string{
		"meta.csv":          strings.Replace(handPairs["meta.csv"], "unit,none,", "person,none,", 1),
		"inputs.csv":        handPairs["inputs.csv"],
		"totals.csv":        strings.Replace(handPairs["totals.csv"], ",5\n", ",2\n", 1), // p1 -> p4: 2 letter ties
		"nodes.csv":         "node,internal_messages,internal_shares,large_meetings,circulars_sent\np1,0,0,0,0\np4,0,0,0,0\n",
		"pairs.csv":         "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\np1,p4,2,0,2,2,1,1\n",
		"meeting_sizes.csv": "source,target,size,meetings,first_at,last_at\np1,p4,2,3,1,1\n",
	}
	pdir, udir := writePairs(t, person), writePairs(t, handPairs)
	res, err := LoadPairs(context.Background(), s, pdir, Options{People: true, UnitPairs: udir})
	if err != nil {
		t.Fatal(err)
	}
	un := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(un); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("unit edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	pn := res.Builder.Network(graph.PersonLevel, res.Window, graph.LayerWeights{})
	var letters []string
	for _, e := range pn.Edges {
		if c := e.Layers[graph.Correspondence]; c != 0 {
			letters = append(letters, fmt.Sprintf("%s->%s %g", pn.Nodes[e.From].ID, pn.Nodes[e.To].ID, c))
		}
	}
	if strings.Join(letters, ",") != "p1->p4 2" || len(pn.Edges) != 2 {
		t.Errorf("person edges %+v, want p1 -> p4 with 2 letters, and the meeting both ways", pn.Edges)
	}
	want := graph.Totals{Messages: 6, InternalMessages: 2, Meetings: 4, MeetingsOneUnit: 1, Granted: 2, Denied: 2, Pending: 1, InternalShares: 1}
	if tot := res.Builder.Totals(); tot != want {
		t.Errorf("totals = %+v, want %+v (counted once)", tot, want)
	}
	// without UnitPairs the unit level stays empty
	alone, err := LoadPairs(context.Background(), s, pdir, Options{People: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := alone.Builder.Network(graph.UnitLevel, alone.Window, graph.LayerWeights{}); len(n.Edges) != 0 {
		t.Errorf("person tables alone gave %d unit ties", len(n.Edges))
	}
	other := map[string]string{}
	for k, v := range handPairs {
		other[k] = v
	}
	other["inputs.csv"] = strings.Replace(other["inputs.csv"], "correspondence,6,0,", "correspondence,7,1,", 1)
	_, err = LoadPairs(context.Background(), s, pdir, Options{People: true, UnitPairs: writePairs(t, other)})
	if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), "not made from the same log rows") {
		t.Errorf("unit tables of other rows: err = %v", err)
	}
	if _, err := LoadPairs(context.Background(), s, udir, Options{UnitPairs: udir}); err == nil || !strings.Contains(err.Error(), "at unit level") {
		t.Errorf("UnitPairs at unit level: err = %v", err)
	}
	// person tables given as the unit tables: the refusal names
	// --unit-pairs (before, it said "--level is unit" of a person run)
	_, err = LoadPairs(context.Background(), s, pdir, Options{People: true, UnitPairs: pdir})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "unitPairsLevel" || !strings.Contains(err.Error(), "--unit-pairs") {
		t.Errorf("person tables as UnitPairs: err = %v, want unitPairsLevel naming --unit-pairs", err)
	}
}

// TestLoadPairsDecimalCounts: counts an engine wrote as DECIMAL (a
// CAST(... AS DECIMAL(18,2)) in someone's SQL) are read at their value,
// not as the unscaled integer: before, every count was 100 times too
// large, silently. A fraction in a count is refused.
func TestLoadPairsDecimalCounts(t *testing.T) {
	s := handPairsStudy(t)
	type pairRow struct {
		Source         string `parquet:"source"`
		Target         string `parquet:"target"`
		Correspondence int64  `parquet:"correspondence,decimal(2:18)"`
		Meetings       float64
		DataSharing    int32 `parquet:"data_sharing,decimal(1:9)"`
		DataDenied     int64 `parquet:"data_denied"`
		FirstAt        int64 `parquet:"first_at"`
		LastAt         int64 `parquet:"last_at"`
	}
	type sizeRow struct {
		Source   string `parquet:"source"`
		Target   string `parquet:"target"`
		Size     int64  `parquet:"size"`
		Meetings int64  `parquet:"meetings,decimal(2:18)"`
		FirstAt  int64  `parquet:"first_at"`
		LastAt   int64  `parquet:"last_at"`
	}
	write := func(t *testing.T, fix int64) string {
		tables := map[string]string{}
		for k, v := range handPairs {
			if k != "pairs.csv" && k != "meeting_sizes.csv" {
				tables[k] = v
			}
		}
		dir := writePairs(t, tables)
		var pr []pairRow
		for _, l := range strings.Split(strings.TrimSpace(handPairs["pairs.csv"]), "\n")[1:] {
			f := strings.Split(l, ",")
			n := func(i int) int64 { x, _ := strconv.ParseInt(f[i], 10, 64); return x }
			m, _ := strconv.ParseFloat(f[3], 64)
			pr = append(pr, pairRow{f[0], f[1], n(2)*100 + fix, m, int32(n(4) * 10), n(5), n(6), n(7)})
		}
		var sr []sizeRow
		for _, l := range strings.Split(strings.TrimSpace(handPairs["meeting_sizes.csv"]), "\n")[1:] {
			f := strings.Split(l, ",")
			n := func(i int) int64 { x, _ := strconv.ParseInt(f[i], 10, 64); return x }
			sr = append(sr, sizeRow{f[0], f[1], n(2), n(3) * 100, n(4), n(5)})
		}
		if err := parquet.WriteFile(filepath.Join(dir, "pairs.parquet"), pr); err != nil {
			t.Fatal(err)
		}
		if err := parquet.WriteFile(filepath.Join(dir, "meeting_sizes.parquet"), sr); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	res, err := LoadPairs(context.Background(), s, write(t, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	_, err = LoadPairs(context.Background(), s, write(t, 50), Options{})
	if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), `correspondence "0.5" is not a whole number`) {
		t.Errorf("a count of 0.50: err = %v, want ErrPairs saying it is not a whole number", err)
	}
}

// TestLoadPairsWhole: pair tables with a part file, a period or a table
// left out of a copy, or a part file copied twice, are refused; before,
// each made a smaller or larger network with exit 0 (a review found a
// whole meetings layer gone, and 29,028 letters counted of 26,879 read).
func TestLoadPairsWhole(t *testing.T) {
	s := handPairsStudy(t)
	if _, err := LoadPairs(context.Background(), s, writePairs(t, handPairsByDay), Options{}); err != nil {
		t.Fatalf("the whole tables: %v", err)
	}
	edit := func(drop string, add map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range handPairsByDay {
			if drop == "" || !strings.HasPrefix(k, drop) {
				m[k] = v
			}
		}
		for k, v := range add {
			m[k] = v
		}
		return m
	}
	for _, c := range []struct {
		name   string
		tables map[string]string
		want   string
	}{
		{"totals missing", edit("totals/", nil), "no totals table (totals.parquet, totals.csv, totals.csv.gz or a folder totals/)"},
		{"inputs missing", edit("inputs", nil), "no inputs table (inputs.parquet, inputs.csv, inputs.csv.gz or a folder inputs/)"},
		{"totals twice", edit("", map[string]string{"totals/period=2025-01-10/part-1.csv": handPairsByDay["totals/period=2025-01-10/part-0.csv"]}), "hold the same bytes"},
		{"pairs period missing", edit("pairs/period=2025-01-10", nil), "the pairs table has no row in it"},
		{"meeting_sizes missing", edit("meeting_sizes/", nil), "the meeting_sizes table has no row in it"},
		{"pairs part twice", edit("", map[string]string{"pairs/period=2025-03-03/part-1 (copy).csv": handPairsByDay["pairs/period=2025-03-03/part-0.csv"]}), "hold the same bytes"},
		// one key in two rows: before, their counts were summed (an
		// engine that appended a second run's part file to the folder)
		{"pairs key in another part", edit("", map[string]string{"pairs/period=2025-03-03/part-1.csv": "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\n" + timedRows("B,C,1,0.75,0,0,1,1\n", day303)}),
			"table pairs holds the key (period 2025-03-03, source B, target C) in two rows, pairs/period=2025-03-03/part-0.csv line 4 and pairs/period=2025-03-03/part-1.csv line 2"},
		{"pairs key twice in a file", edit("", map[string]string{"pairs/period=2025-01-10/part-0.csv": handPairsByDay["pairs/period=2025-01-10/part-0.csv"] + timedRows("A,B,1,0.25,0,0,1,1\n", day10)}),
			"(period 2025-01-10, source A, target B) in two rows, pairs/period=2025-01-10/part-0.csv line 3 and pairs/period=2025-01-10/part-0.csv line 5"},
		{"meeting_sizes key twice", edit("", map[string]string{"meeting_sizes/period=2025-01-10/part-1.csv": "source,target,size,meetings,first_at,last_at\n" + timedRows("B,C,2,1,1,1\n", day10)}),
			"table meeting_sizes holds the key (period 2025-01-10, source B, target C, size 2) in two rows"},
		{"nodes key twice", edit("", map[string]string{"nodes/period=2025-01-10/part-1.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\nA,1,1,0,0\n"}),
			"table nodes holds the key (period 2025-01-10, node A) in two rows, nodes/period=2025-01-10/part-0.csv line 3 and nodes/period=2025-01-10/part-1.csv line 2"},
		// a nodes table, or a period of it, left out (or written without
		// rows): before, internal_messages and circulars_sent read as 0
		{"nodes missing", edit("nodes/", nil), "the totals table counts 13 events in period 2025-01-10, and the nodes table has no row in it"},
		{"nodes header only", edit("", map[string]string{"nodes/period=2025-01-10/part-0.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\n"}), "the nodes table has no row in it"},
		{"nodes empty file", edit("", map[string]string{"nodes/period=2025-01-10/part-0.csv": ""}), "the nodes table has no row in it"},
		{"nodes period missing", splitTotals(nil),
			"the totals table counts 1 events in period 2025-03-03, and the nodes table has no row in it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadPairs(context.Background(), s, writePairs(t, c.tables), Options{})
			if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want ErrPairs saying %q", err, c.want)
			}
		})
	}
	// the totals split over two periods, each with its nodes: whole
	ok := splitTotals(map[string]string{"nodes/period=2025-03-03/part-0.csv": "node,internal_messages,internal_shares,large_meetings,circulars_sent\nC,0,0,0,0\n"})
	if _, err := LoadPairs(context.Background(), s, writePairs(t, ok), Options{}); err != nil {
		t.Errorf("totals and nodes in two periods: %v", err)
	}
}

// TestLoadPairsPendingOnlyPeriod: a period whose totals count only pending
// data requests has no row of nodes, since a pending request names no node
// (graph.Builder.Share only counts it), and the tables are whole. Before,
// the reader refused such tables as missing their nodes: sekat pairs --run
// --every day on a study with a pending request on a day without other
// events wrote tables that analyze --pairs then refused.
func TestLoadPairsPendingOnlyPeriod(t *testing.T) {
	s := handPairsStudy(t)
	m := maps.Clone(handPairsByDay)
	const head = "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n"
	m["totals/period=2025-01-10/part-0.csv"] = head + "6,2,0,3,1,0,2,2,0,1,1\n"
	m["totals/period=2025-06-30/part-0.csv"] = head + "0,0,0,0,0,0,0,0,1,0,0\n"
	res, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	if err != nil {
		t.Fatalf("a period of pending requests only: %v", err)
	}
	if got := res.Builder.Totals().Pending; got != 1 {
		t.Errorf("pending requests: %d, want 1", got)
	}
	// a period that counts a granted request still needs its nodes
	m["totals/period=2025-06-30/part-0.csv"] = head + "0,0,0,0,0,0,1,0,0,1,0\n"
	m["totals/period=2025-01-10/part-0.csv"] = head + "6,2,0,3,1,0,1,2,1,0,1\n"
	if _, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{}); !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), "the totals table counts 1 events in period 2025-06-30, and the nodes table has no row in it") {
		t.Errorf("a granted request without nodes: err = %v, want the nodes table missing", err)
	}
}

// splitTotals are handPairsByDay with the period 2025-03-03 holding one
// letter of the totals and no meeting, and no nodes, and the tables of
// add.
func splitTotals(add map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range handPairsByDay {
		m[k] = v
	}
	delete(m, "nodes/period=2025-03-03/part-0.csv")
	m["totals/period=2025-01-10/part-0.csv"] = "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n5,2,0,4,1,0,2,2,1,1,1\n"
	m["totals/period=2025-03-03/part-0.csv"] = "messages,internal_messages,circulars,meetings,meetings_one_unit,meetings_large,shares_granted,shares_denied,shares_pending,internal_shares,letter_ties\n1,0,0,0,0,0,0,0,0,0,4\n"
	for k, v := range add {
		m[k] = v
	}
	return m
}

// TestLoadPairsNullCounts: a count that is empty in CSV or NULL in
// Parquet is refused with the file, the row and the column; before, it
// was read as 0 and the events it stood for were gone without a word.
func TestLoadPairsNullCounts(t *testing.T) {
	s := handPairsStudy(t)
	with := handPairsWith
	type nodeRow struct {
		Node             string `parquet:"node"`
		InternalMessages *int64 `parquet:"internal_messages,optional"`
		InternalShares   int64  `parquet:"internal_shares"`
		LargeMeetings    int64  `parquet:"large_meetings"`
		CircularsSent    int64  `parquet:"circulars_sent"`
	}
	one := int64(1)
	for _, c := range []struct {
		name    string
		tables  map[string]string
		parquet []nodeRow
		want    string
	}{
		{"pairs csv", with("pairs.csv", "A,B,1,", "A,B,,"), nil, "pairs.csv line 3: the count correspondence is empty (NULL)"},
		{"sizes csv", with("meeting_sizes.csv", "D,E,3,1,", "D,E,3,,"), nil, "meeting_sizes.csv line 4: the count meetings is empty (NULL)"},
		{"totals csv", with("totals.csv", "\n6,2,0,", "\n6,,0,"), nil, "totals.csv line 2: the count internal_messages is empty (NULL)"},
		{"inputs csv", with("inputs.csv", "meetings,11,", "meetings,,"), nil, "inputs.csv line 3: the count rows_read is empty (NULL)"},
		{"nodes parquet", with("nodes.csv", "", ""), []nodeRow{{"C", &one, 0, 0, 0}, {"A", nil, 1, 0, 0}, {"B", &one, 0, 0, 0}}, "nodes.parquet row 2: the count internal_messages is empty (NULL)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.parquet != nil {
				delete(c.tables, "nodes.csv")
			}
			dir := writePairs(t, c.tables)
			if c.parquet != nil {
				if err := parquet.WriteFile(filepath.Join(dir, "nodes.parquet"), c.parquet); err != nil {
					t.Fatal(err)
				}
			}
			_, err := LoadPairs(context.Background(), s, dir, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != "nullCount" || !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want ErrPairs saying %q", err, c.want)
			}
		})
	}
}

// TestLoadPairsTrinoNames: the Trino text creates its tables as
// sekat_meta, sekat_pairs, ... in its schema, each a folder of that name
// (Hive connector) whose files have no ending; a folder holding those
// folders reads as the tables without the prefix, and a table given
// under both names is refused.
func TestLoadPairsTrinoNames(t *testing.T) {
	s := handPairsStudy(t)
	m := map[string]string{}
	for k, v := range handPairsByDay {
		m["sekat_"+strings.Replace(k, "part-0.csv", "20250101_000000_00001_abcde_0", 1)] = v
	}
	m["sekat_meta/20250101_000000_00001_abcde_0"] = m["sekat_meta.csv"]
	m["sekat_inputs/20250101_000000_00001_abcde_0"] = m["sekat_inputs.csv"]
	delete(m, "sekat_meta.csv")
	delete(m, "sekat_inputs.csv")
	res, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	m["pairs.csv"] = handPairs["pairs.csv"]
	_, err = LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), "both pairs.csv and the folder sekat_pairs/ are there") {
		t.Errorf("pairs.csv beside sekat_pairs/: %v", err)
	}
}

// TestLoadPairsOtherStudy: tables made from the hand study are refused
// for a study whose reading settings (date_order, columns) or units or
// people tables differ, naming what differs (before, a dd/mm study whose
// tables were made before date_order: mdy was added, or tables of another
// study with the same unit ids, were read without a word). Tables made
// before format version 2, without the digests, are refused by version.
func TestLoadPairsOtherStudy(t *testing.T) {
	tables := writePairs(t, handPairs)
	for _, c := range []struct {
		name   string
		change func(dir string) error
		code   string
	}{
		{"date_order", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("date_order: mdy\n"), 0o644)
		}, "reading"},
		{"columns", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("columns:\n  correspondence:\n    cc: tembusan\n"), 0o644)
		}, "reading"},
		{"units", func(dir string) error {
			p := filepath.Join(dir, "units.csv")
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, append(b, "Z,Dinas Z,s1,\n"...), 0o644)
		}, "directory"},
		{"people", func(dir string) error {
			p := filepath.Join(dir, "people.csv")
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, bytes.Replace(b, []byte("\n"), []byte("\r\n"), -1), 0o644)
		}, "directory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			if err := c.change(dir); err != nil {
				t.Fatal(err)
			}
			s, err := OpenStudyWith(dir, StudyOptions{LogsElsewhere: true})
			if err != nil {
				t.Fatal(err)
			}
			_, err = LoadPairs(context.Background(), s, tables, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != c.code || !errors.Is(err, engine.ErrPairs) {
				t.Fatalf("err = %v, want a PairsError %q", err, c.code)
			}
		})
	}
	t.Run("version 1", func(t *testing.T) {
		s, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for k, v := range handPairs {
			m[k] = v
		}
		m["meta.csv"] = "format_version,sekat_version,dialect,level,every,window_from,window_to,time_zone,circular_units,max_meeting_size\n" +
			"1,test,duckdb,unit,none,,,Asia/Jakarta,4,100\n"
		_, err = LoadPairs(context.Background(), s, writePairs(t, m), Options{})
		if err == nil || !strings.Contains(err.Error(), "format version 1") {
			t.Errorf("err = %v, want format version 1 refused", err)
		}
	})
	t.Run("version 2", func(t *testing.T) {
		// tables of format version 2 have no letter_ties in totals: they
		// are refused by version, before their totals are read
		s, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for k, v := range handPairs {
			m[k] = v
		}
		m["meta.csv"] = strings.Replace(m["meta.csv"], "\n3,", "\n2,", 1)
		m["totals.csv"] = strings.Replace(strings.Replace(m["totals.csv"], ",letter_ties", "", 1), ",5\n", "\n", 1)
		_, err = LoadPairs(context.Background(), s, writePairs(t, m), Options{})
		if want := "format version 2; this sekat reads version 3: make the tables again"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	})
}

// TestLoadPairsRowsRemoved: rows removed from a pair file, or a count
// changed, where the totals table counts the same events, are refused;
// before, only whole files, periods and tables were checked, and a row of
// pairs, meeting_sizes or nodes deleted by hand made a smaller network
// with exit 0. A row of pairs that holds letters only is checked against
// totals' letter_ties (format version 3; before, no total counted letter
// ties and such a row could go unseen), at the unit and the person level.
func TestLoadPairsRowsRemoved(t *testing.T) {
	s := handPairsStudy(t)
	for _, c := range []struct {
		name   string
		tables map[string]string
		want   string
	}{
		{"pairs row of a denied request", handPairsWith("pairs.csv", "D,C,0,0,0,1,1,1\n", ""),
			"the rows of pairs (data_sharing + data_denied) + nodes (internal_shares) in the periods read add up to 3, and the totals table's shares_granted + shares_denied is 4"},
		{"data_sharing lowered", handPairsWith("pairs.csv", "C,A,0,0.25,1,1", "C,A,0,0.25,0,1"),
			"add up to 3, and the totals table's shares_granted + shares_denied is 4"},
		{"meeting_sizes row of size 3", handPairsWith("meeting_sizes.csv", "A,E,3,1,1,1\n", ""),
			"the rows of meeting_sizes (meetings / (size × (size - 1) / 2)) in the periods read add up to 8/3, and the totals table's meetings - meetings_one_unit - meetings_large is 3"},
		{"meeting_sizes row of size 2", handPairsWith("meeting_sizes.csv", "B,C,2,1,1,1\n", ""),
			"meeting_sizes (meetings / (size × (size - 1) / 2)) in the periods read add up to 2, and"},
		{"nodes row of internal messages", handPairsWith("nodes.csv", "C,1,0,0,0\n", "C,0,0,0,0\n"),
			"the rows of nodes (internal_messages) in the periods read add up to 1, and the totals table's internal_messages is 2"},
		{"nodes row of an internal share", handPairsWith("nodes.csv", "A,1,1,0,0\n", "A,1,0,0,0\n"),
			"add up to 3, and the totals table's shares_granted + shares_denied is 4"},
		{"circulars", handPairsWith("nodes.csv", "B,0,0,0,0\n", "B,0,0,0,2\n"),
			"the rows of nodes (circulars_sent) in the periods read add up to 2, and the totals table's circulars is 0"},
		{"pairs row of letters only", handPairsWith("pairs.csv", "C,D,1,0,0,0,1,1\n", ""),
			"the rows of pairs (correspondence) in the periods read add up to 4, and the totals table's letter_ties is 5"},
		{"correspondence raised", handPairsWith("pairs.csv", "A,B,1,0.25", "A,B,2,0.25"),
			"the rows of pairs (correspondence) in the periods read add up to 6, and the totals table's letter_ties is 5"},
		{"person level, letters only", map[string]string{
			"meta.csv":          strings.Replace(handPairs["meta.csv"], "unit,none,", "person,none,", 1),
			"inputs.csv":        handPairs["inputs.csv"],
			"totals.csv":        strings.Replace(handPairs["totals.csv"], ",5\n", ",3\n", 1),
			"nodes.csv":         "node,internal_messages,internal_shares,large_meetings,circulars_sent\np1,0,0,0,0\np4,0,0,0,0\n",
			"pairs.csv":         "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\np1,p4,2,0,2,2,1,1\n", // p4,p1,1,0,0,0,1,1 removed
			"meeting_sizes.csv": "source,target,size,meetings,first_at,last_at\np1,p4,2,3,1,1\n",
		}, "the rows of pairs (correspondence) in the periods read add up to 2, and the totals table's letter_ties is 3"},
		{"nodes row of a node in a meeting", handPairsWith("nodes.csv", "E,0,0,0,0\n", ""),
			`meeting_sizes.csv line 4: "E" has no row in the nodes table of the periods read, which lists every node an event names (rows were removed)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			opt := Options{People: strings.HasPrefix(c.name, "person")}
			_, err := LoadPairs(context.Background(), s, writePairs(t, c.tables), opt)
			if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want ErrPairs saying %q", err, c.want)
			}
		})
	}
}

// TestLoadPairsOutsideWindow: day tables read for a window that leaves
// periods out count the events of those periods as rows outside the
// window, as Load counts the rows of the raw tables; before, the inputs
// said 0 rows outside (24,825 letters on a generated nasional study read
// for three months of twelve), and a window without any event gave an
// empty network with exit 0 where the raw tables give NoEventsError. The
// meetings' attendee rows are counted per period by totals' meeting_rows;
// before that column, tables did not count them, and in tables without it
// (handPairsByDay) the rows outside are known only when the window holds
// none of the tables' meetings (or all). With the column, a window of
// some of the periods counts their rows as analyze does: before, a
// generated provinsi study's monthly tables read for six months said 0
// meeting rows outside the window where analyze said 12,510.
func TestLoadPairsOutsideWindow(t *testing.T) {
	s := handPairsStudy(t)
	day := studyDay(t, s)
	// the tables with totals' meeting_rows: 8 attendee rows in the three
	// meetings of 2025-01-10, 3 in the one of 2025-03-03
	withRows := maps.Clone(handPairsByDay)
	for p, n := range map[string]string{"2025-01-10": "8", "2025-03-03": "3"} {
		k := "totals/period=" + p + "/part-0.csv"
		head, row, _ := strings.Cut(strings.TrimSuffix(withRows[k], "\n"), "\n")
		withRows[k] = head + ",meeting_rows\n" + row + "," + n + "\n"
	}
	for _, c := range []struct {
		name                      string
		rows                      bool // totals has meeting_rows
		from, to                  string
		letters, meetings, shares int64
		noEvents                  bool
	}{
		// handPairsByDay: the letters, requests and three meetings on
		// 2025-01-10, one meeting on 2025-03-03; inputs: 6 letters, 11
		// meeting rows, 5 requests, none rejected
		{"all periods", false, "2025-01-10", "2025-03-04", 0, 0, 0, false},
		{"the first period", false, "2025-01-10", "2025-01-11", 0, 0, 0, false},
		{"the second period", false, "2025-03-03", "2025-03-04", 6, 0, 5, false},
		{"no period", false, "2025-05-01", "2025-06-01", 6, 11, 5, true},
		{"meeting_rows, all periods", true, "2025-01-10", "2025-03-04", 0, 0, 0, false},
		{"meeting_rows, the first period", true, "2025-01-10", "2025-01-11", 0, 3, 0, false},
		{"meeting_rows, the second period", true, "2025-03-03", "2025-03-04", 6, 8, 5, false},
		{"meeting_rows, no period", true, "2025-05-01", "2025-06-01", 6, 11, 5, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handPairsByDay
			if c.rows {
				tables = withRows
			}
			res, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{Window: graph.Window{From: day(c.from), To: day(c.to)}})
			if err != nil {
				t.Fatal(err)
			}
			got := map[Table]int64{}
			for _, in := range res.Inputs {
				got[in.Table] = in.OutOfWindow
			}
			if got[Correspondence] != c.letters || got[Meetings] != c.meetings || got[DataSharing] != c.shares {
				t.Errorf("rows outside the window: letters %d, meeting rows %d, requests %d; want %d, %d, %d",
					got[Correspondence], got[Meetings], got[DataSharing], c.letters, c.meetings, c.shares)
			}
			var ne *NoEventsError
			if err := res.CheckEvents(); errors.As(err, &ne) != c.noEvents {
				t.Errorf("CheckEvents: %v, want a NoEventsError %v", err, c.noEvents)
			}
		})
	}
}

// TestLoadPairsTimeColumns: pair tables hold times as Unix seconds; a
// Parquet TIMESTAMP or DATE column (as a Spark or Trino user writing the
// tables by hand may give first_at) is refused, naming the file, the
// column and its type. Before, a TIMESTAMP's microseconds were read as
// seconds: analyze ran, and its window was "3 February 55006597".
func TestLoadPairsTimeColumns(t *testing.T) {
	s := handPairsStudy(t)
	type tsRow struct {
		TableName         string    `parquet:"table_name"`
		RowsRead          int64     `parquet:"rows_read"`
		RowsRejected      int64     `parquet:"rows_rejected"`
		RowsPartial       int64     `parquet:"rows_partial"`
		RowsOutsideWindow int64     `parquet:"rows_outside_window"`
		FirstAt           time.Time `parquet:"first_at,timestamp(microsecond)"`
		LastAt            int64     `parquet:"last_at"`
	}
	type dateRow struct {
		TableName         string    `parquet:"table_name"`
		RowsRead          int64     `parquet:"rows_read"`
		RowsRejected      int64     `parquet:"rows_rejected"`
		RowsPartial       int64     `parquet:"rows_partial"`
		RowsOutsideWindow int64     `parquet:"rows_outside_window"`
		FirstAt           int64     `parquet:"first_at"`
		LastAt            time.Time `parquet:"last_at,date"`
	}
	var ts []tsRow
	var ds []dateRow
	for _, l := range strings.Split(strings.TrimSpace(handPairs["inputs.csv"]), "\n")[1:] {
		f := strings.Split(l, ",")
		n := func(i int) int64 { x, _ := strconv.ParseInt(f[i], 10, 64); return x }
		ts = append(ts, tsRow{f[0], n(1), n(2), n(3), n(4), time.Unix(n(5), 0).UTC(), n(6)})
		ds = append(ds, dateRow{f[0], n(1), n(2), n(3), n(4), n(5), time.Unix(n(6), 0).UTC().Truncate(24 * time.Hour)})
	}
	for _, c := range []struct {
		name string
		rows any
		want string
	}{
		{"timestamp", ts, "inputs.parquet: column first_at is a TIMESTAMP"},
		{"date", ds, "inputs.parquet: column last_at is a DATE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := maps.Clone(handPairs)
			delete(tables, "inputs.csv")
			dir := writePairs(t, tables)
			var err error
			switch r := c.rows.(type) {
			case []tsRow:
				err = parquet.WriteFile(filepath.Join(dir, "inputs.parquet"), r)
			case []dateRow:
				err = parquet.WriteFile(filepath.Join(dir, "inputs.parquet"), r)
			}
			if err != nil {
				t.Fatal(err)
			}
			_, err = LoadPairs(context.Background(), s, dir, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != "timeType" || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want a timeType refusal saying %q", err, c.want)
			}
		})
	}
}

// TestLoadPairsCountOverflow: counts whose sum passes the largest int64
// are refused. Before, three counts raised by a third of 2^64 each
// wrapped around to the sum totals' letter_ties holds, and analyze gave
// ties of 6.1e18 letters with exit 0.
func TestLoadPairsCountOverflow(t *testing.T) {
	s := handPairsStudy(t)
	m := maps.Clone(handPairs)
	third := uint64(1 << 64 / 3) // 6148914691236517205; three of them and 1 make 2^64
	for i, row := range []string{"A,B,1,", "A,C,1,", "B,A,1,"} {
		add := third
		if i == 2 {
			add++
		}
		f := strings.Split(row, ",")
		m["pairs.csv"] = strings.Replace(m["pairs.csv"], row, f[0]+","+f[1]+","+strconv.FormatUint(1+add, 10)+",", 1)
	}
	_, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "countOverflow" || !strings.Contains(err.Error(), "pairs.csv line") {
		t.Errorf("err = %v, want a countOverflow refusal naming pairs.csv and the line", err)
	}
}

// TestLoadPairsPeriodColumn: partitioned tables written without period
// folders, their period a column of one file (as a Spark user writing
// without partitionBy leaves them), are refused with a message saying
// that the period is read from the folder's name. Before, it said
// `period "" is not a day (YYYY-MM-DD)`, naming no cause.
func TestLoadPairsPeriodColumn(t *testing.T) {
	s := handPairsStudy(t)
	m := maps.Clone(handPairsByDay)
	var rows []string
	for _, p := range []string{"2025-01-10", "2025-03-03"} {
		k := "totals/period=" + p + "/part-0.csv"
		lines := strings.Split(strings.TrimSpace(m[k]), "\n")
		if rows == nil {
			rows = append(rows, lines[0]+",period")
		}
		rows = append(rows, lines[1]+","+p)
		delete(m, k)
	}
	m["totals.csv"] = strings.Join(rows, "\n") + "\n"
	_, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "notPartitioned" || !strings.Contains(err.Error(), "totals.csv: not in a folder period=..., and the meta table says every day") {
		t.Errorf("err = %v, want a notPartitioned refusal naming totals.csv", err)
	}
}

// TestLoadPairsTooLarge: a count past the int64 range, in a CSV cell or
// an unsigned 64-bit Parquet column, is refused as too large, with its
// value. Before, the CSV cell was "not a whole number" and UBIGINT
// 18446744073709551615 was read as -1, "below 0".
func TestLoadPairsTooLarge(t *testing.T) {
	s := handPairsStudy(t)
	type pairRow struct {
		Source         string `parquet:"source"`
		Target         string `parquet:"target"`
		Correspondence uint64 `parquet:"correspondence"`
		Meetings       float64
		DataSharing    int64 `parquet:"data_sharing"`
		DataDenied     int64 `parquet:"data_denied"`
		FirstAt        int64 `parquet:"first_at"`
		LastAt         int64 `parquet:"last_at"`
	}
	csvDir := writePairs(t, handPairsWith("pairs.csv", "A,B,1,", "A,B,99999999999999999999,"))
	pqTables := maps.Clone(handPairs)
	delete(pqTables, "pairs.csv")
	pqDir := writePairs(t, pqTables)
	var pr []pairRow
	for i, l := range strings.Split(strings.TrimSpace(handPairs["pairs.csv"]), "\n")[1:] {
		f := strings.Split(l, ",")
		n := func(i int) int64 { x, _ := strconv.ParseInt(f[i], 10, 64); return x }
		m, _ := strconv.ParseFloat(f[3], 64)
		c := uint64(n(2))
		if i == 0 {
			c = 1<<64 - 1
		}
		pr = append(pr, pairRow{f[0], f[1], c, m, n(4), n(5), n(6), n(7)})
	}
	if err := parquet.WriteFile(filepath.Join(pqDir, "pairs.parquet"), pr); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{
		csvDir: "pairs.csv line 3: correspondence 99999999999999999999 is beyond the whole numbers sekat reads",
		pqDir:  "pairs.parquet row 1: correspondence 18446744073709551615 is beyond the whole numbers sekat reads",
	} {
		_, err := LoadPairs(context.Background(), s, dir, Options{})
		var pe *engine.PairsError
		if !errors.As(err, &pe) || pe.Code != "tooLarge" || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want a tooLarge refusal saying %q", err, want)
		}
	}
}

// TestLoadPairsCSVHeaders: a column of a pair table given twice (in any
// letter case) is refused, naming both, since which one the engine wrote
// cannot be known (before, the first was read without a word); and a
// table written with tabs between its cells (Spark's sep '\t', a TSV
// export) is read as with commas (before: "no column source (found:
// source\ttarget...)").
func TestLoadPairsCSVHeaders(t *testing.T) {
	s := handPairsStudy(t)
	twice := maps.Clone(handPairs)
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimSpace(twice["pairs.csv"]), "\n") {
		if i == 0 {
			b.WriteString(l + ",Correspondence\n")
		} else {
			b.WriteString(l + ",0\n")
		}
	}
	twice["pairs.csv"] = b.String()
	_, err := LoadPairs(context.Background(), s, writePairs(t, twice), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "columnTwice" || !strings.Contains(err.Error(), "pairs.csv: column correspondence is there twice (correspondence and Correspondence)") {
		t.Errorf("a column twice: err = %v, want a columnTwice refusal naming both", err)
	}
	tabs := maps.Clone(handPairs)
	tabs["pairs.csv"] = strings.ReplaceAll(tabs["pairs.csv"], ",", "\t")
	tabs["meta.csv"] = strings.ReplaceAll(tabs["meta.csv"], ",", "\t")
	res, err := LoadPairs(context.Background(), s, writePairs(t, tabs), Options{})
	if err != nil {
		t.Fatalf("tabs: %v", err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("tabs: edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
}

// TestLoadPairsInputsRows: the inputs table must name the three log
// tables as sekat pairs writes them. Before, a row named otherwise
// ("Correspondence") or left out made its log's counts go unchecked: with
// a month of every table lost as well, analyze drew the smaller network
// with exit 0, and summary.json said no letter was read.
func TestLoadPairsInputsRows(t *testing.T) {
	s := handPairsStudy(t)
	for _, c := range []struct {
		name, old, new, code, want string
	}{
		{"other case", "\ncorrespondence,", "\nCorrespondence,", "inputsName", `inputs.csv line 2: table_name "Correspondence" is not a log table`},
		{"unknown name", "\ndata_sharing,", "\nsurat,", "inputsName", `inputs.csv line 4: table_name "surat" is not a log table`},
		{"row left out", "\ndata_sharing,5,0,0,0,1740762000,1751302800", "", "inputsRow", "the inputs table has no row for data_sharing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadPairs(context.Background(), s, writePairs(t, handPairsWith("inputs.csv", c.old, c.new)), Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want a %s refusal saying %q", err, c.code, c.want)
			}
		})
	}
}

// TestLoadPairsRejectRateEveryTable: LoadPairs names every table over
// the reject rate, units read raw and log tables the engine rejected rows
// of, as Load names them on the raw tables. Before, it stopped at the
// first (units), and of the log tables named the first only.
func TestLoadPairsRejectRateEveryTable(t *testing.T) {
	dir := handCopy(t)
	for name, rows := range map[string]string{
		"units.csv":          ",Tanpa id,s1,\n", // no unit_id
		"correspondence.csv": "2025-04-01 09:00,p9,p1,,m9\n2025-04-02 09:00,p1,zz,,m10\n",
		"meetings.csv":       "M9,2025-02-10 09:00,p99,p1,Rapat x\n",
	} {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(rows); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	tables := func(err error) []Table {
		var rr *RejectRateError
		if !errors.As(err, &rr) {
			t.Fatalf("got %v, want a RejectRateError", err)
		}
		got := []Table{rr.Table}
		for _, a := range rr.Also {
			got = append(got, a.Table)
		}
		return got
	}
	raw, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(raw, Options{})
	want := tables(err)
	if !slices.Equal(want, []Table{Units, Correspondence, Meetings}) {
		t.Fatalf("Load names %v; the case wants units, correspondence and meetings over the rate", want)
	}
	// the engine's counts of the same logs: 2 of 8 letters and 1 of 12
	// attendee rows rejected, the kept rows those of handPairs
	m := maps.Clone(handPairs)
	m["meta.csv"] = handMeta(dir)
	m["inputs.csv"] = strings.NewReplacer("correspondence,6,0,", "correspondence,8,2,", "meetings,11,0,", "meetings,12,1,").Replace(m["inputs.csv"])
	s, err := OpenStudyWith(dir, StudyOptions{LogsElsewhere: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadPairs(context.Background(), s, writePairs(t, m), Options{})
	if got := tables(err); !slices.Equal(got, want) {
		t.Errorf("LoadPairs names %v (%v); Load names %v", got, err, want)
	}
}
