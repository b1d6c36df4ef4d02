package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/metrics/community/internal/planted"
)

// TestRun checks that the edge list holds every edge of the generated graph
// once, with its weight, after a header with n, edges and total weight.
func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.txt")
	if err := run(300, 30, 2000, 0.2, 9, path); err != nil {
		t.Fatal(err)
	}
	g := planted.Generate(300, 30, 2000, 0.2, 9)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	head := strings.Fields(sc.Text())
	if got, want := strings.Join(head[:3], " "), "# 300 "+strconv.Itoa(g.Edges()/2); got != want {
		t.Fatalf("header %q, want %q", got, want)
	}
	lines, total := 0, 0.0
	for sc.Scan() {
		var u, v int
		var w float64
		f := strings.Fields(sc.Text())
		u, _ = strconv.Atoi(f[0])
		v, _ = strconv.Atoi(f[1])
		w, _ = strconv.ParseFloat(f[2], 64)
		if got, ok := g.Weight(u, v); !ok || got != w || u >= v {
			t.Fatalf("line %q: graph has weight %v (%v)", sc.Text(), got, ok)
		}
		lines++
		total += w
	}
	if lines != g.Edges()/2 {
		t.Errorf("%d lines, want %d edges", lines, g.Edges()/2)
	}
	if head[3] != strconv.FormatFloat(total, 'g', -1, 64) {
		t.Errorf("header total %s, lines sum to %v", head[3], total)
	}
}
