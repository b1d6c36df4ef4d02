package studycheck

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// TestTrendPersonThinWeek: a weekly person-level trend over a study with
// an empty holiday week (the generator plants one, 2025-03-31) withholds
// that week whole and says so; before, the run stopped ("the network has 0
// people").
func TestTrendPersonThinWeek(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 3, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := clitest.Key(t, 13)
	out := filepath.Join(t.TempDir(), "out")
	stdout, _ := analyzeOK(t, "trend", study, "--level", "person", "--every", "week", "--out", out, "--key-file", keyFile, "--resamples", "100", "-q")
	if want := msg("id", "trend.thinPeriods", 1, 5); !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend.csv")) {
		if r["from"] == "2025-03-31" {
			t.Fatalf("trend.csv shows the week of 2025-03-31: %v", r)
		}
	}
}

// TestTrendPersonAuditCounts: audit.json counts every row trend left out
// of trend.csv (the review's monthly run said rows_left_out 0 though 27
// groups of 12 rows each were dropped) and lists the thin periods it
// withheld; --reveal withholds nothing, so the difference of the row
// counts is what was withheld. The alarms left out are not counted: with
// the groups and periods listed, their number would say whether withheld
// sectors alarmed.
func TestTrendPersonAuditCounts(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 3, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := clitest.Key(t, 13)
	rows := func(extra ...string) (int, string) {
		out := filepath.Join(t.TempDir(), "out")
		analyzeOK(t, append([]string{"trend", study, "--level", "person", "--every", "week", "--out", out, "--key-file", keyFile, "--resamples", "100", "-q"}, extra...)...)
		return len(clitest.ReadCSV(t, filepath.Join(out, "trend.csv"))), filepath.Join(out, people.AuditFile)
	}
	shown, audit := rows()
	all, _ := rows("--reveal", "--purpose", "uji")
	var a struct {
		Withheld struct {
			Sectors []string `json:"sectors"`
			Rows    int      `json:"rows_left_out"`
			Periods []string `json:"periods"`
		} `json:"withheld"`
	}
	if err := json.Unmarshal([]byte(clitest.ReadFile(t, audit)), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Withheld.Sectors) == 0 {
		t.Fatal("no sector withheld: the test needs one")
	}
	if a.Withheld.Rows != all-shown {
		t.Errorf("rows_left_out %d, want %d (%d rows with --reveal, %d shown)", a.Withheld.Rows, all-shown, all, shown)
	}
	if want := []string{"2025-03-31"}; !slices.Equal(a.Withheld.Periods, want) {
		t.Errorf("periods withheld %v, want %v", a.Withheld.Periods, want)
	}
}

// TestTrendPersonThinWeekLeaksNothing: a withheld thin week reaches no
// figure that is shown. The review recomputed a withheld week's z from
// its neighbours' CUSUM sums (cusum_up of weeks 32 and 34, z of week 34
// and k), and a thin calibration week entered the calibration mean. Any
// such recomputation reads trend.csv and trend_alerts.csv, so those are
// compared for two studies that differ only inside the thin week: letters
// among four people (three of a unit of kesehatan, one of pendidikan), once
// mostly inside the unit and once mostly across. Were anything of the
// week recoverable from the tables, they would differ. trend_cusum.csv,
// which gives the calibration mean, spread, reference value and decision
// interval each sector's CUSUM ran on, is compared too.
func TestTrendPersonThinWeekLeaksNothing(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 3, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	sector := map[string]string{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(study, "units.csv")) {
		sector[r["unit_id"]] = r["sector"]
	}
	byUnit := map[string][]string{}
	var units []string
	for _, r := range clitest.ReadCSV(t, filepath.Join(study, "people.csv")) {
		if byUnit[r["unit_id"]] == nil {
			units = append(units, r["unit_id"])
		}
		byUnit[r["unit_id"]] = append(byUnit[r["unit_id"]], r["person_id"])
	}
	var three []string
	var other string
	// kesehatan and pendidikan are the sectors this study shows (the
	// others are withheld, and so say nothing either way).
	for _, u := range units {
		if three == nil && len(byUnit[u]) >= 3 && sector[u] == "kesehatan" {
			three = byUnit[u][:3]
		}
		if other == "" && sector[u] == "pendidikan" {
			other = byUnit[u][0]
		}
	}
	if three == nil || other == "" {
		t.Fatal("no unit of three people in kesehatan, or nobody in pendidikan")
	}
	base := clitest.ReadFile(t, filepath.Join(study, "correspondence.csv"))
	_, keyFile := clitest.Key(t, 13)
	// run writes letters (pairs of sender and recipient) into the thin
	// week 2025-03-31..2025-04-06 (TestTrendPersonThinWeek) and returns
	// the two tables.
	run := func(letters [][2]string) (string, string, string) {
		var b strings.Builder
		b.WriteString(base)
		for i, l := range letters {
			fmt.Fprintf(&b, "SRT-THIN-%d,2025-04-01 %02d:00:00,%s,%s,,surat,\n", i, 8+i, l[0], l[1])
		}
		if err := os.WriteFile(filepath.Join(study, "correspondence.csv"), []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "out")
		stdout, _ := analyzeOK(t, "trend", study, "--level", "person", "--every", "week", "--out", out, "--key-file", keyFile, "--resamples", "100", "-q")
		if want := msg("id", "trend.thinPeriods", 1, 5); !strings.Contains(stdout, want) {
			t.Fatalf("the week is not withheld; stdout lacks %q:\n%s", want, stdout)
		}
		points := clitest.ReadFile(t, filepath.Join(out, "trend.csv"))
		for _, s := range []string{",sector,kesehatan,", ",sector,pendidikan,"} {
			if !strings.Contains(points, s) {
				t.Fatalf("trend.csv lacks %s", s)
			}
		}
		return points, clitest.ReadFile(t, filepath.Join(out, "trend_alerts.csv")), clitest.ReadFile(t, filepath.Join(out, "trend_cusum.csv"))
	}
	a, b, c := three[0], three[1], three[2]
	inside := [][2]string{{a, b}, {b, c}, {c, a}, {a, c}, {b, a}, {c, b}, {a, b}, {a, other}}
	across := [][2]string{{a, other}, {other, b}, {c, other}, {other, a}, {b, other}, {other, c}, {a, other}, {a, b}}
	points, alerts, cusums := run(inside)
	points2, alerts2, cusums2 := run(across)
	sameTable(t, "trend.csv", points2, points)
	sameTable(t, "trend_alerts.csv", alerts2, alerts)
	sameTable(t, "trend_cusum.csv", cusums2, cusums)
	if strings.Count(cusums, "\n") < 2 {
		t.Errorf("trend_cusum.csv has no sector row:\n%s", cusums)
	}
}

// sameTable reports where CSV text got differs from want, numbers
// compared to 1e-9 (the sums of a block follow the order of its pairs,
// so their last bits may differ between two studies).
func sameTable(t *testing.T, name, got, want string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	if len(g) != len(w) {
		t.Errorf("%s: %d lines, want %d", name, len(g), len(w))
		return
	}
	for i := range g {
		gc, wc := strings.Split(g[i], ","), strings.Split(w[i], ",")
		same := len(gc) == len(wc)
		for j := 0; same && j < len(gc); j++ {
			if gc[j] == wc[j] {
				continue
			}
			x, errX := strconv.ParseFloat(gc[j], 64)
			y, errY := strconv.ParseFloat(wc[j], 64)
			same = errX == nil && errY == nil && math.Abs(x-y) <= 1e-9*max(1, math.Abs(y))
		}
		if !same {
			t.Errorf("%s line %d changes with the content of the withheld week:\n got %s\nwant %s", name, i+1, g[i], w[i])
		}
	}
}
