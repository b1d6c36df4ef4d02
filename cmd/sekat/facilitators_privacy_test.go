package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/people"
)

// facAudit is what these tests read of a facilitators audit.json.
type facAudit struct {
	Withheld struct {
		PeopleLeftOut  int  `json:"people_left_out"`
		SpellsWithheld bool `json:"spells_withheld"`
	} `json:"withheld"`
}

func readFacAudit(t *testing.T, dir string) facAudit {
	t.Helper()
	var a facAudit
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(dir, "audit.json"))), &a); err != nil {
		t.Fatal(err)
	}
	return a
}

// hasWords reports whether position holds one of words as whole words,
// any case (the rule of --position and of the coordinating positions).
func hasWords(position string, words []string) bool {
	pos := " " + strings.Join(strings.Fields(strings.ToLower(position)), " ") + " "
	for _, w := range words {
		if f := strings.Fields(strings.ToLower(w)); len(f) > 0 && strings.Contains(pos, " "+strings.Join(f, " ")+" ") {
			return true
		}
	}
	return false
}

// TestFacilitatorsPositionSinglesOut: without --reveal, no row of
// facilitators.csv or facilitator_set.csv names a unit beside a
// position-derived marker (the --position filter, or list formal with
// formal_by position) that fewer than --min-group people of that unit
// share. The review of fix-fac found, on generate --seed 9044 --scale 0.2,
// one row per unit for --position "Kepala Dinas" (each unit's head), and
// RSUD's one Kepala Bagian Tata Usaha listed as a formal coordinator by
// position. With a filter those people are left out of every list and
// counted in audit.json and on the page; with --reveal (names shown
// anyway) they are listed. A coordinating position held by fewer than
// --min-group people of a unit, without filters, leaves nobody out since
// session 26: its holders are ranked with the informal people
// (TestFacilitatorsFewPositionsRankedInformal), so no formal row by
// position is of such a unit.
func TestFacilitatorsPositionSinglesOut(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 9044, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 9)
	coordinatorUnit := map[string]bool{}
	for _, r := range readCSV(t, filepath.Join(study, "units.csv")) {
		coordinatorUnit[r["unit_id"]] = r["kind"] == "coordinator"
	}
	staff := readCSV(t, filepath.Join(study, "people.csv"))
	const k = 5
	for _, tc := range []struct {
		name     string
		filter   []string // --position words
		reveal   bool
		wantOut  bool // some people left out
		wantRows bool // some rows written
	}{
		{"--position Kepala Dinas", []string{"Kepala Dinas"}, false, true, false},
		{"coordinating positions outside coordinator units", nil, false, false, true},
		{"--position Kepala Dinas --reveal", []string{"Kepala Dinas"}, true, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := []string{"facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out, "--bootstrap", "20", "--shuffles", "5", "-q"}
			if tc.filter != nil {
				args = append(args, "--position", strings.Join(tc.filter, ","))
			}
			if tc.reveal {
				args = append(args, "--reveal")
			}
			analyzeOK(t, args...)
			// the people of a unit that share a row's markers: who pass
			// the filter, with a coordinating position (outside a
			// coordinator unit) or without one
			share := func(unit string, coordinating bool) int {
				c := 0
				for _, p := range staff {
					if p["unit_id"] != unit || p["valid_to"] != "" || tc.filter != nil && !hasWords(p["position"], tc.filter) {
						continue
					}
					if !coordinatorUnit[unit] && hasWords(p["position"], people.DefaultFormalPositions) == coordinating {
						c++
					}
				}
				return c
			}
			rows := 0
			check := func(file, unit, formalBy string) {
				rows++
				byPosition := formalBy == "position" || formalBy != "" && formalBy != "unit"
				if tc.reveal || unit == people.Hidden || tc.filter == nil && !byPosition {
					return
				}
				if c := share(unit, byPosition); c < k {
					t.Errorf("%s: a row of unit %s (formal_by %q) is one of %d such people of the unit, fewer than %d", file, unit, formalBy, c, k)
				}
			}
			for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				check("facilitators.csv", r["unit"], r["formal_by"])
			}
			for _, r := range readCSV(t, filepath.Join(out, "facilitator_set.csv")) {
				check("facilitator_set.csv", r["unit"], "")
			}
			a := readFacAudit(t, out)
			if got := a.Withheld.PeopleLeftOut > 0; got != tc.wantOut {
				t.Errorf("audit.json people_left_out %d, want some: %v", a.Withheld.PeopleLeftOut, tc.wantOut)
			}
			if got := rows > 0; got != tc.wantRows {
				t.Errorf("%d rows written, want some: %v", rows, tc.wantRows)
			}
			page := readFile(t, filepath.Join(out, "facilitators.html"))
			if tc.wantOut && !strings.Contains(page, "orang tidak dicantumkan dalam daftar mana pun") {
				t.Error("facilitators.html does not say that people were left out")
			}
		})
	}
}

// TestFacilitatorsMoversSpells: without --reveal, facilitators writes no
// unit history of a person: facilitator_spells.csv has no rows, the
// spells column is 0 for everyone (2 beside the unit at the end of the
// window would show the move into it), and no reason sentence counts a
// person's units; audit.json and the page say how many listed people's
// spells were withheld. The review of fix-fac found, on generate --seed
// 8821 --scale 0.2 --reorg --move-facilitator, a pseudonym's RSUD 29
// weeks then KEC_TANJUNGSARI 24 weeks: the transfer decree names them.
// With --reveal the spells are written.
func TestFacilitatorsMoversSpells(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 8821, Scale: 0.2, Reorg: true, MoveFacilitator: true}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 9)
	for _, tc := range []struct {
		name   string
		reveal bool
	}{{"pseudonymous", false}, {"--reveal", true}} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := []string{"facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out, "--bootstrap", "20", "--shuffles", "5", "-q"}
			if tc.reveal {
				args = append(args, "--reveal")
			}
			analyzeOK(t, args...)
			spells := readCSV(t, filepath.Join(out, "facilitator_spells.csv"))
			movers := 0
			for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				switch {
				case !tc.reveal && r["spells"] != "0":
					t.Errorf("%s: spells %s without --reveal, want 0", r["pseudonym"], r["spells"])
				case tc.reveal && r["spells"] != "1" && r["spells"] != "0":
					movers++
				}
				if !tc.reveal && strings.Contains(r["reason"], "unit selama jendela waktu") {
					t.Errorf("%s: the reason counts the person's units: %s", r["pseudonym"], r["reason"])
				}
			}
			a := readFacAudit(t, out)
			page := readFile(t, filepath.Join(out, "facilitators.html"))
			if tc.reveal {
				if movers == 0 || len(spells) < 2*movers {
					t.Fatalf("--reveal: %d movers listed, %d spell rows: the case is not shown", movers, len(spells))
				}
				if a.Withheld.SpellsWithheld {
					t.Error("--reveal: audit.json says spells were withheld")
				}
				return
			}
			if len(spells) != 0 {
				t.Errorf("facilitator_spells.csv has %d rows without --reveal, want none: %v", len(spells), spells[0])
			}
			if !a.Withheld.SpellsWithheld {
				t.Error("audit.json does not say that spells were withheld")
			}
			if strings.Contains(page, `id="mutasi"`) || !strings.Contains(page, "masa tugasnya (unit dan pekan) tidak ditampilkan") {
				t.Error("facilitators.html shows the spells, or does not say they were withheld")
			}
		})
	}
}

// TestFacilitatorsFewSlices: a window of fewer slices than
// change.MinIntervalBlocks (the rule of compare and trend) gives no rank
// interval, and the reason and the page say why, in both languages. The
// review of fix-fac found "selang 95% peringkat 1–1" from the 2 slices of
// 2025-03-01..2025-03-05.
func TestFacilitatorsFewSlices(t *testing.T) {
	if people.MinIntervalSlices != change.MinIntervalBlocks {
		t.Fatalf("people.MinIntervalSlices %d, change.MinIntervalBlocks %d: the rules differ", people.MinIntervalSlices, change.MinIntervalBlocks)
	}
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 9044, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 9)
	for _, tc := range []struct {
		name, from, to, lang string
		interval             bool
		why, note            string // in the reason and on the page, when no interval
	}{
		{"2 slices", "2025-03-01", "2025-03-05", "id", false, "hanya memuat 2 potongan waktu, kurang dari 4", "Selang peringkat tidak diberikan: jendela waktu hanya memuat 2 potongan waktu, kurang dari 4 yang diperlukan"},
		{"3 slices, English", "2025-03-03", "2025-03-24", "en", false, "holds only 3 slices, fewer than 4", "No rank interval is given: the window holds only 3 slices, fewer than the 4 a resample"},
		{"4 slices", "2025-03-03", "2025-03-31", "id", true, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out, "--from", tc.from, "--to", tc.to,
				"--lang", tc.lang, "--bootstrap", "50", "--shuffles", "5", "-q")
			with, informal := 0, 0
			for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				if r["list"] != "informal" {
					continue
				}
				informal++
				if r["rank_lo"] != "0" {
					with++
				}
				if !tc.interval && !strings.Contains(r["reason"], tc.why) {
					t.Errorf("%s: the reason does not say why there is no interval: %s", r["pseudonym"], r["reason"])
				}
			}
			if informal == 0 {
				t.Fatal("nobody listed: the case is not shown")
			}
			if got := with > 0; got != tc.interval {
				t.Errorf("%d of %d listed people have a rank interval, want some: %v", with, informal, tc.interval)
			}
			if page := readFile(t, filepath.Join(out, "facilitators.html")); !tc.interval && !strings.Contains(page, tc.note) {
				t.Errorf("facilitators.html does not say why there is no interval (%q)", tc.note)
			}
		})
	}
}

// TestFacilitatorsTiesInPseudonymOrder: two people of one unit with the
// same cross-sector weight and reach are listed in the order of their
// pseudonyms, not of their ids. In id order the rows of two tied SETDA
// staff of sekat generate --preset hostile --seed 9 --scale 0.15 stood as
// their NIPs, 1976... before 1992...: the older first, to anyone holding
// the people table.
func TestFacilitatorsTiesInPseudonymOrder(t *testing.T) {
	study, first := seedOneStudy(t, "DINKES", "DISDIK", "DPUPR")
	older, younger := "197001012000011001", "199001012020011001"
	var ppl, letters strings.Builder
	for _, id := range []string{older, younger} {
		fmt.Fprintf(&ppl, "%s,BAPENDA,Pegawai Seri,Staf,,\n", id)
		for m := 1; m <= 12; m++ {
			for d, to := range []string{first["DINKES"], first["DISDIK"], first["DPUPR"]} {
				fmt.Fprintf(&letters, "SRT-%s-%d-%d,2025-%02d-%02d 09:00:00,%s,%s,,nota_dinas,\n", id, m, d, m, 10+d, id, to)
			}
		}
	}
	appendStudy := func(name, text string) {
		f, err := os.OpenFile(filepath.Join(study, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString(text); err != nil {
			t.Fatal(err)
		}
	}
	appendStudy("people.csv", ppl.String())
	appendStudy("correspondence.csv", letters.String())
	// a key under which the pseudonyms run against the ids
	var keyFile, po, py string
	for b := byte(1); b < 60 && keyFile == ""; b++ {
		k, f := testKey(t, b)
		if p, q := k.Pseudonym(older), k.Pseudonym(younger); q < p {
			keyFile, po, py = f, p, q
		}
	}
	if keyFile == "" {
		t.Fatal("no key puts the younger pseudonym first")
	}
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out,
		"--listed", "300", "--bootstrap", "20", "--shuffles", "10", "-q")
	rank := map[string]string{}
	var weight [2]string
	for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
		rank[r["pseudonym"]] = r["rank"]
		switch r["pseudonym"] {
		case po:
			weight[0] = r["cross_sector_weight"] + " " + r["reach"]
		case py:
			weight[1] = r["cross_sector_weight"] + " " + r["reach"]
		}
	}
	if weight[0] == "" || weight[0] != weight[1] {
		t.Fatalf("the two people are not listed tied (weight and reach %q, %q): the test proves nothing", weight[0], weight[1])
	}
	ro, _ := strconv.Atoi(rank[po])
	ry, _ := strconv.Atoi(rank[py])
	if ry != ro-1 {
		t.Errorf("tied people: the older (%s) ranked %d, the younger (%s) %d; want the younger, whose pseudonym sorts first, just above", po, ro, py, ry)
	}
}
