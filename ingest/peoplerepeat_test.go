package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestPeopleRowRepeated: a row of the people table that repeats an
// earlier row in every column read is counted once, and a warning names
// the file, the first such row, the row it repeats and how many do so;
// the network is the one without the repeats. A row that differs in one
// column (the position) is a spell of its own, not warned of. Before, the
// repeats were taken without a word.
func TestPeopleRowRepeated(t *testing.T) {
	people, err := os.ReadFile("../testdata/studies/hand/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(people), "\n") // lines[0] is line 1, the header
	load := func(t *testing.T, people string) (*Result, []string) {
		t.Helper()
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		writeFile(t, filepath.Join(dir, "people.csv"), people)
		res := loadNoRejects(t, dir, Options{})
		var edges []string
		for _, lv := range []graph.Level{graph.UnitLevel, graph.PersonLevel} {
			n := res.Builder.Network(lv, res.Window, graph.LayerWeights{})
			for _, e := range n.Edges {
				edges = append(edges, fmt.Sprintf("%s>%s:%v", n.Nodes[e.From].ID, n.Nodes[e.To].ID, e.Layers))
			}
		}
		return res, edges
	}
	base, baseEdges := load(t, string(people))
	// line 8 repeats line 3, line 9 line 6; line 10 is line 4 with
	// another position; line 11 repeats line 3 again
	near := strings.Replace(lines[3], "Staf", "Analis", 1)
	res, edges := load(t, string(people)+lines[2]+lines[5]+near+lines[2])
	var got []Warning
	for _, w := range res.Warnings {
		if w.Code == WarnPeopleRepeated {
			got = append(got, w)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%d people_rows_repeated warnings, want 1: %v", len(got), res.Warnings)
	}
	w := got[0]
	if w.File != "people.csv" || w.Line != 8 || w.OtherLine != 3 || w.Count != 3 {
		t.Errorf("warning at %s line %d of line %d, count %d; want people.csv line 8 of line 3, count 3", w.File, w.Line, w.OtherLine, w.Count)
	}
	if s := w.String(); !strings.Contains(s, "people.csv line 8 repeats line 3") || !strings.Contains(s, "an earlier row: 3)") {
		t.Errorf("warning says %q", s)
	}
	if got, want := strings.Join(edges, " "), strings.Join(baseEdges, " "); got != want {
		t.Errorf("network with the repeats\n%s\nwant the one without\n%s", got, want)
	}
	// nothing lost: every row is read, none rejected
	for _, in := range res.Inputs {
		if in.Table != People {
			continue
		}
		for _, b := range base.Inputs {
			if b.Table == People && (in.Rows != b.Rows+4 || in.Rejected != 0) {
				t.Errorf("people rows read %d, rejected %d; want %d and 0", in.Rows, in.Rejected, b.Rows+4)
			}
		}
	}
}

// TestPeopleRowRepeatedSpelling: a NIP written with its spaces alike in
// two rows is a repeat; written once with and once without them it is the
// same person's id spelt two ways (WarnNIPSpelt), not a repeat, and both
// rows stay spells (as TestNIPSpeltTwoWaysOnePerson wants).
func TestPeopleRowRepeatedSpelling(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id\n19830101 200501 1 001,A\np2,A\n19830101 200501 1 001,A\n198301012005011001,A\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-05-15,p2,C\n")
	os.Remove(filepath.Join(dir, "meetings.csv"))
	os.Remove(filepath.Join(dir, "data_sharing.csv"))
	res := loadNoRejects(t, dir, Options{People: true})
	var got []string
	for _, w := range res.Warnings {
		switch w.Code {
		case WarnPeopleRepeated:
			got = append(got, fmt.Sprintf("repeat %d of %d, %d", w.Line, w.OtherLine, w.Count))
		case WarnNIPSpelt:
			got = append(got, "spelt")
		}
	}
	if g, want := strings.Join(got, "; "), "spelt; repeat 4 of 2, 1"; g != want {
		t.Errorf("warnings %q, want %q", g, want)
	}
	if d := res.Directory; len(d.People) != 2 || d.Spells(0) != 2 {
		t.Errorf("people %+v, want 198301012005011001 with 2 spells and p2", d.People)
	}
}
