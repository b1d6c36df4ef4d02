package ingest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/graph"
)

// TestShardedLettersAsOrdinary loads Parquet letters of many row groups,
// with rejected rows, left-out ids, unknown people, spells, circulars,
// times as text (Excel serials among them) and rows outside the window,
// the ordinary way and in 2, 3 and 7 parts: the network, counts, totals,
// inputs, span, warnings and rejected rows (in order, with their lines)
// must be the same. So must the outcome where the parts give up: a part
// holding more rows than allowed, the early stop on rejected rows, and a
// damaged id (the first in the file's order stops the load).
func TestShardedLettersAsOrdinary(t *testing.T) {
	type letter struct {
		SentAt     string `parquet:"sent_at,dict"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients"`
		CC         string `parquet:"cc,dict"`
	}
	ids := []string{"P1", "P2", " P3 ", "P4", "U1", "X9", "", "P1;P2", "P2; X9", "U2", "P4;U1", "P1;U2;U3;U4;U5;U6", "P1 ;  P3", "P7"}
	times := []string{"2025-02-%02d 10:00:00", "%02d/02/2025", "4569%d", "2025-02-%02dT08:00:00Z", "30/02/2025 %d"}
	rng := rand.New(rand.NewPCG(51, 52))
	var rows []letter
	for i := 0; i < 6000; i++ {
		tm := times[0]
		if rng.IntN(10) == 0 {
			tm = times[rng.IntN(len(times))]
		}
		rows = append(rows, letter{fmt.Sprintf(tm, 1+rng.IntN(9)), ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]})
	}
	rows[5990].SentAt = "2025-01-15 10:00:00" // the earliest letter, in the last part
	units := "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\nU4,Empat\nU5,Lima\nU6,Enam\n"
	people := "person_id,unit_id,valid_from,valid_to\nP1,U1,,\nP2,U2,,\nP3,U3,,\nP4,U3,2025-02-03,2025-02-06\nP4,U2,2025-02-07,\nP7,U4,,2025-02-05\n"
	write := func(rows []letter) string {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), units)
		writeFile(t, filepath.Join(dir, "people.csv"), people)
		var buf bytes.Buffer
		w := parquet.NewGenericWriter[letter](&buf, parquet.MaxRowsPerRowGroup(97), parquet.PageBufferSize(512))
		if _, err := w.Write(rows); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "correspondence.parquet"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	load := func(dir string, rate float64) string {
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		win := graph.Window{From: 1738454400, To: 1738972800} // 2025-02-02 .. 2025-02-08 UTC
		res, err := Load(s, Options{MaxRejectRate: rate, Window: win, OnReject: func(re *RowError) {
			fmt.Fprintf(&b, "reject %s %d %s %q %s: %v\n", re.File, re.Line, re.Column, re.Value, re.Reason, re.Err)
		}})
		if err != nil {
			fmt.Fprintf(&b, "error: %v\n", err)
			return b.String()
		}
		n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
		b.WriteString(strings.Join(edgeLines(n), "\n"))
		fmt.Fprintf(&b, "\ncounts %v\ntotals %+v\nspan %+v\n", n.Counts, res.Builder.Totals(), res.Span)
		for _, in := range res.Inputs {
			fmt.Fprintf(&b, "input %+v\n", in)
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(&b, "warning %s\n", w)
		}
		return b.String()
	}
	damaged := append([]letter(nil), rows...)
	damaged[5001].Recipients = "P1; 1.97902E+17"
	damaged[2500].CC = " 1,97902E+17"
	good, bad := write(rows), write(damaged)

	defer func(on bool, held int, workers func(int) int) {
		shardLetters, shardHeld, shardWorkers = on, held, workers
	}(shardLetters, shardHeld, shardWorkers)
	type run struct {
		dir  string
		rate float64
		held int
	}
	for _, r := range []run{{good, 1, 1 << 16}, {good, 1, 3}, {good, 0.01, 1 << 16}, {bad, 1, 1 << 16}} {
		shardLetters = false
		want := load(r.dir, r.rate)
		if r.dir == good && r.rate == 1 && (!strings.Contains(want, "used with its other recipients") || !strings.Contains(want, "has no unit on") ||
			!strings.Contains(want, "not a time") || !strings.Contains(want, "Excel") || !strings.Contains(want, "Circulars:") || strings.Contains(want, "error:")) {
			t.Fatalf("the study lacks a case the test is for:\n%s", want)
		}
		for _, k := range []int{2, 3, 7} {
			shardLetters, shardHeld, shardWorkers = true, r.held, func(int) int { return k }
			before := shardsDone.Load()
			got := load(r.dir, r.rate)
			if got != want {
				t.Errorf("%d parts, rate %v, held %d, damaged %v: differs from the ordinary read:\n%s", k, r.rate, r.held, r.dir == bad, firstLineDiff(want, got))
			}
			if ran := shardsDone.Load() > before; ran != (r.dir == good && r.rate == 1 && r.held > 3) {
				t.Errorf("%d parts, rate %v, held %d, damaged %v: sharded read done = %v", k, r.rate, r.held, r.dir == bad, ran)
			}
		}
	}
}

// firstLineDiff shows the first line where a and b differ.
func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, x, y)
		}
	}
	return "(no line differs)"
}
