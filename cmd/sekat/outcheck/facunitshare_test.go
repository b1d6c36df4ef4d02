package outcheck

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestFacilitatorsMoverUnitShareSinceMove: the planted mover's unit_share
// in facilitators.csv is their share of the unit's cross-unit tie weight
// since the move, the share that analyze --level person gives on the
// window from the move date (generate --seed 1070 --scale 0.3
// --move-facilitator: DPPKB to DLH on Monday 2 June 2025, no one else
// moving into or out of DLH after it, so that window's network has
// everyone of DLH in their unit of the time). Reckoned on the whole
// window's network it read 0.709487 where the share since the move is
// 0.710882.
func TestFacilitatorsMoverUnitShareSinceMove(t *testing.T) {
	_, keyFile := clitest.Key(t, 70)
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "1070", "--scale", "0.3", "--move-facilitator", "--out", study)
	var truth struct {
		Facilitators []struct {
			Person   string
			MovesTo  string `json:"moves_to"`
			MoveDate string `json:"move_date"`
		}
		Mutasi []struct{ Person, From, To, Date string }
	}
	b, err := os.ReadFile(filepath.Join(study, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatal(err)
	}
	var mover, unit, date string
	for _, f := range truth.Facilitators {
		if f.MovesTo != "" {
			mover, unit, date = f.Person, f.MovesTo, f.MoveDate
		}
	}
	// the case: a move on a slice bound, and the unit's people the same
	// from then on
	if d, err := time.Parse("2006-01-02", date); err != nil || d.Weekday() != time.Monday && d.Day() != 1 {
		t.Fatalf("the planted move (%q) is not on a Monday or a first of the month", date)
	}
	for _, m := range truth.Mutasi {
		if m.Person != mover && (m.From == unit || m.To == unit) && m.Date >= date {
			t.Fatalf("someone else moves into or out of %s after the move (%+v): the study no longer suits", unit, m)
		}
	}
	fac := filepath.Join(dir, "fac")
	analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--reveal", "--bootstrap", "20", "--shuffles", "10",
		"-q", "--out", fac)
	got := math.NaN()
	for _, r := range clitest.ReadCSV(t, filepath.Join(fac, "facilitators.csv")) {
		if r["person_id"] == mover {
			if r["unit"] != unit {
				t.Fatalf("the mover is listed in %s, want %s", r["unit"], unit)
			}
			got, err = strconv.ParseFloat(r["unit_share"], 64)
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if math.IsNaN(got) {
		t.Fatal("the planted mover is not listed")
	}
	since := filepath.Join(dir, "since")
	analyzeOK(t, "analyze", study, "--level", "person", "--purpose", "uji", "--key-file", keyFile, "--reveal", "--from", date, "-q", "--out", since)
	unitOf := map[string]string{}
	person := map[string]bool{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(since, "people.csv")) {
		unitOf[r["person_id"]] = r["unit_id"]
		person[r["person_id"]] = r["kind"] == "person"
	}
	cross := map[string]float64{}
	for _, e := range clitest.ReadCSV(t, filepath.Join(since, "edges.csv")) {
		w, err := strconv.ParseFloat(e["weight"], 64)
		if err != nil {
			t.Fatal(err)
		}
		if unitOf[e["source"]] == unitOf[e["target"]] {
			continue
		}
		for _, x := range []string{e["source"], e["target"]} {
			if person[x] {
				cross[x] += w
			}
		}
	}
	whole := 0.0
	for x, w := range cross {
		if unitOf[x] == unit {
			whole += w
		}
	}
	want := cross[mover] / whole
	if math.Abs(got-want) > 1e-9*want {
		t.Errorf("the mover's unit_share %v, want %v: their share of %s's cross-unit tie weight since %s", got, want, unit, date)
	}
}
