package outcheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsMoversNotCounted: without --reveal, no output tells
// whether a listed person moved between units. Two runs of one study and
// window that differ only in --listed (3 and 4) give the same withheld
// block in audit.json and the same notes on the page, although the fourth
// informal person is the planted mover of generate --seed 965 --scale 0.1
// --move-facilitator. Before, audit.json counted the listed movers
// (movers_spells_withheld 0, then 1) and the page said "1 listed person
// worked in more than one unit", so the pseudonym that the second run
// added was a mover, a move the page withholds because the transfer
// decree names it.
func TestFacilitatorsMoversNotCounted(t *testing.T) {
	_, keyFile := clitest.Key(t, 65)
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "965", "--scale", "0.1", "--move-facilitator", "--out", study)
	run := func(listed string, reveal bool) string {
		out := filepath.Join(dir, "listed"+listed)
		args := []string{"facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--listed", listed, "--set-size", "1",
			"--bootstrap", "20", "--shuffles", "10", "--lang", "en", "-q", "--out", out}
		if reveal {
			out += "r"
			args = append(args[:len(args)-1], out, "--reveal")
		}
		analyzeOK(t, args...)
		return out
	}
	// the case: the fourth informal person moved, the first three did not
	rv := clitest.ReadCSV(t, filepath.Join(run("4", true), "facilitators.csv"))
	for _, r := range rv {
		if r["list"] != "informal" {
			continue
		}
		if moved := r["spells"] != "1"; moved != (r["rank"] == "4") {
			t.Fatalf("rank %s has %s spells: the study no longer has its mover at rank 4 alone", r["rank"], r["spells"])
		}
	}
	notes := regexp.MustCompile(`(?s)more than one unit[^<]*`)
	var audits []string
	var pages [][]string
	for _, listed := range []string{"3", "4"} {
		out := run(listed, false)
		a := people.FolderAudit(out)
		if a == nil || a.Withheld == nil {
			t.Fatalf("--listed %s: no withheld block in audit.json", listed)
		}
		b, err := json.Marshal(a.Withheld)
		if err != nil {
			t.Fatal(err)
		}
		audits = append(audits, string(b))
		page, err := os.ReadFile(filepath.Join(out, "facilitators.html"))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, notes.FindAllString(string(page), -1))
	}
	if audits[0] != audits[1] {
		t.Errorf("audit.json's withheld block tells that the person --listed 4 adds moved:\n%s\n%s", audits[0], audits[1])
	}
	if len(pages[0]) != len(pages[1]) || len(pages[1]) > 0 && pages[0][0] != pages[1][0] {
		t.Errorf("facilitators.html tells that the person --listed 4 adds moved:\n%q\n%q", pages[0], pages[1])
	}
	if len(pages[0]) == 0 {
		t.Error("facilitators.html does not say that spells in more than one unit are withheld")
	}
}
