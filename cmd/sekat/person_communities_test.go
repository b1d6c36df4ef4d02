package main

import (
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestPersonWithheldCommunityFiguresEmpty: a node shown in community 0 (a
// community withheld under the minimum group size) has no figure reckoned
// over its own community. A QA run of session 32 (generate --seed 61
// --scale 0.04 --reorg, analyze --level person --from 2025-02-01 --to
// 2025-04-01 --seed 4) withheld communities 15 (three people) and 16 (six
// DPRD people, by complementary suppression), both shown as community 0;
// their within_module_z, standard scores over each community, fitted one
// split of the nine people only, the withheld one, and their
// community_stability (1 and 0.6) split them the same way.
func TestPersonWithheldCommunityFiguresEmpty(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(study, synth.Options{Seed: 61, Scale: 0.04, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 32)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--from", "2025-02-01", "--to", "2025-04-01", "--seed", "4",
		"--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
	a := folderAudit(out)
	if a == nil || a.Withheld == nil || len(a.Withheld.Communities) < 2 {
		t.Fatalf("the study withholds fewer than two communities (audit.json: %+v): it does not test the split", a)
	}
	cols := []string{"within_module_z", "participation_community", "community_stability", "role", "role_name"}
	inZero := 0
	shown := 0
	for _, r := range readCSV(t, filepath.Join(out, "people.csv")) {
		if r["community"] != "0" {
			shown++
			if r["within_module_z"] == "" || r["role"] == "" {
				t.Errorf("%s in shown community %s has no within_module_z or role: %v", r["person_id"], r["community"], r)
			}
			continue
		}
		for _, c := range cols {
			if r[c] != "" {
				t.Errorf("%s in withheld community 0 shows %s = %s", r["person_id"], c, r[c])
			}
		}
		inZero++
	}
	if shown == 0 || inZero < 2 {
		t.Fatalf("%d nodes in shown communities, %d in community 0: the study does not test the rule", shown, inZero)
	}
	// read back: the report of the folder takes the empty cells
	analyzeOK(t, "report", out, "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "r"))
}
