package main

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestPersonMapShortNames: at person level the report's unit map (people
// aggregated into their units, viz.PersonUnitsMapDOT) labelled each unit
// by its id where the unit-level map of the same study wrote its short
// name (units.short_name): on a study whose short names are its long
// unit names the unit-level map was numbered with a key of the names, the
// person-level one showed "DINKES", "BAPPEDA". It now labels them as unit
// level does, numbered with the names in the key under the map, and
// report and map of the person-level folder draw the same bytes.
func TestPersonMapShortNames(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, err := synth.Generate("studi", synth.Options{Seed: 8401, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	units := filepath.Join("studi", "units.csv")
	addShortNames(t, units)
	for _, args := range [][]string{{"analyze", "studi", "--level", "person", "--out", "p"}, {"report", "p", "--out", "q"}, {"map", "p", "--out", "m.svg"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	dot, _ := os.ReadFile(filepath.Join("p", "map.dot"))
	if !bytes.Contains(dot, []byte("sekat-units")) {
		t.Fatal("the person-level map does not aggregate people into units: this test tests nothing")
	}
	if !numberedNode.Match(dot) {
		t.Error("the person-level unit map is not numbered: its units are labelled by id, not by their long short names")
	}
	page, _ := os.ReadFile(filepath.Join("p", "report.html"))
	key := regexp.MustCompile(`(?s)<div class="map-numbers">.*?</div>`).Find(page)
	rows := clitest.ReadRows(t, units)
	name := 1 // unit_id,name,...
	if rows[0][name] != "name" {
		t.Fatalf("units.csv columns %v", rows[0])
	}
	for _, r := range rows[1:] {
		if li := ">" + html.EscapeString(r[name]) + "</li>"; !strings.Contains(strings.ReplaceAll(string(key), "<wbr>", ""), li) {
			t.Errorf("the key under the person-level map has no item %q", li)
		}
	}
	for _, f := range [][2]string{{"p/report.html", "q/report.html"}, {"p/map.svg", "q/map.svg"}, {"p/map.dot", "q/map.dot"}, {"p/map.svg", "m.svg"}} {
		want, _ := os.ReadFile(f[0])
		got, err := os.ReadFile(f[1])
		if err != nil || len(want) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (read back from the output folder) %v", f[1], f[0], err)
		}
	}
}
