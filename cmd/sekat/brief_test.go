package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/metrics/coord"
)

// TestDemoRecommendations: on the demo study every silo sector has its
// recommendation R2 and every sector pair carried by one unit its R4, and
// every rule a recommendation names is stated on the method page.
func TestDemoRecommendations(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if err := writeSample(study); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if code, _, e := sekat(t, "analyze", study, "--out", out); code != 0 {
		t.Fatal(e)
	}
	rows := readCSVRows(t, filepath.Join(out, "silos.csv"))
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	silos := 0
	for _, r := range rows[1:] {
		if r[col["group_type"]] == "sector" && r[col["verdict"]] == "silo" {
			silos++
		}
	}
	res, err := readBack(out, "id")
	if err != nil {
		t.Fatal(err)
	}
	carriers := len(coord.Carriers(res.mr.Net, coord.Options{}))
	page := readFile(t, filepath.Join(out, "report.html"))
	brief := page[strings.Index(page, `id="briefing"`):strings.Index(page, `id="ringkasan"`)]
	method := page[strings.Index(page, `id="metode"`):]
	t.Logf("demo: %d silo sectors, %d single-carrier sector pairs", silos, carriers)
	if silos == 0 {
		t.Fatal("the demo has no silo; the test needs one")
	}
	for rule, want := range map[string]int{"R2": silos, "R4": carriers, "R7": 1} {
		if got := strings.Count(brief, `<span class="rule">`+rule+`</span>`); got != want {
			t.Errorf("%s: got %d recommendations, want %d", rule, got, want)
		}
	}
	for _, rule := range []string{"R1", "R2", "R3", "R4", "R5", "R6", "R7"} {
		if strings.Contains(brief, `<span class="rule">`+rule+`</span>`) && !strings.Contains(method, "<dt>"+rule+"</dt>") {
			t.Errorf("rule %s is used but not stated on the method page", rule)
		}
	}
}
