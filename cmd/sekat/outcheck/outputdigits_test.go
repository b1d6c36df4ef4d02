package outcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/result"
)

// decimalToken is a number with a fraction or an exponent in a text file.
var decimalToken = regexp.MustCompile(`-?\b\d+\.\d+(?:[eE][-+]?\d+)?\b|\b\d+[eE][-+]\d+\b`)

// noisyNumbers lists the numbers of text that have more than 15
// significant digits (graph.Digits) or an exponent.
func noisyNumbers(text string) []string {
	var bad []string
	for _, tok := range decimalToken.FindAllString(text, -1) {
		if strings.ContainsAny(tok, "eE") {
			bad = append(bad, tok)
			continue
		}
		if len(strings.TrimLeft(strings.ReplaceAll(strings.TrimPrefix(tok, "-"), ".", ""), "0")) > 15 {
			bad = append(bad, tok)
		}
	}
	return bad
}

// TestOutputDigits: analyze of `sekat generate --preset hostile --seed 11
// --pilot --reorg --scale 0.3` wrote BAPENDA's strength, in_strength and
// out_strength as 570.0000000000002, 272.00000000000006 and
// 298.0000000000001 (units.csv of sekat at 9d35aa1: Newman's meeting
// weights 1/(k-1) added in floating point), and every other output had
// such tails: edges.csv, groups.csv, summary.json, the exports (GraphML,
// GEXF, DOT, the edge and node CSV), compare's, trend's, evaluate's and
// facilitators' tables. A spreadsheet or R shows a double to 15
// significant digits; every number sekat writes now has at most 15, no
// exponent, and BAPENDA's are 570, 272 and 298, in the CSV and in its
// Parquet twin. Read back, the folder gives report and map the bytes
// analyze wrote.
func TestOutputDigits(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "studi")
	if _, err := synth.Generate(study, synth.Options{Preset: "hostile", Seed: 11, Pilot: true, Reorg: true, Scale: 0.3}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "hasil")
	analyzeOK(t, "analyze", study, "--out", out, "--format", "csv,parquet", "-q")
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "units.csv")) {
		if r["unit_id"] == "BAPENDA" {
			if got := r["strength"] + " " + r["in_strength"] + " " + r["out_strength"]; got != "570 272 298" {
				t.Errorf("BAPENDA's strength, in and out: %s, want 570 272 298", got)
			}
		}
	}
	b, err := os.ReadFile(filepath.Join(out, "units.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	twin, err := result.Units.ReadParquet(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range twin {
		if n.ID == "BAPENDA" && (n.Strength != 570 || n.InStrength != 272 || n.OutStrength != 298) {
			t.Errorf("units.parquet: BAPENDA's strength, in and out %v %v %v, want 570 272 298", n.Strength, n.InStrength, n.OutStrength)
		}
	}

	_, key := clitest.Key(t, 43)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-10-01\ntreated: [keuangan]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for f, name := range map[string]string{"graphml": "sekat.graphml", "gexf": "sekat.gexf", "dot": "sekat.dot", "csv": "edges.csv", "nodes": "nodes.csv"} {
		analyzeOK(t, "export", study, "--format", f, "--out", filepath.Join(dir, "export", name), "-q")
	}
	analyzeOK(t, "compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--out", filepath.Join(dir, "compare"), "-q")
	analyzeOK(t, "trend", study, "--every", "quarter", "--out", filepath.Join(dir, "trend"), "-q")
	analyzeOK(t, "evaluate", study, "--reform", reform, "--every", "quarter", "--resamples", "100", "--out", filepath.Join(dir, "evaluate"), "-q")
	analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", key, "--out", filepath.Join(dir, "facilitators"), "-q")

	checked := 0
	for _, d := range []string{out, "export", "compare", "trend", "evaluate", "facilitators"} {
		if !filepath.IsAbs(d) {
			d = filepath.Join(dir, d)
		}
		ents, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			switch filepath.Ext(e.Name()) {
			case ".csv", ".json", ".graphml", ".gexf", ".dot":
			default:
				continue // pages and maps: numbers for the eye, not the files' data
			}
			if e.Name() == "briefing.json" {
				continue // sekat's own carry file for the report read back
			}
			text := clitest.ReadFile(t, filepath.Join(d, e.Name()))
			checked++
			if bad := noisyNumbers(text); len(bad) > 0 {
				t.Errorf("%s: %d numbers with more than 15 significant digits or an exponent, such as %s", filepath.Join(filepath.Base(d), e.Name()), len(bad), strings.Join(bad[:min(3, len(bad))], " "))
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d files checked", checked)
	}

	// read back, the folder gives the report and the map analyze drew
	again := filepath.Join(dir, "lagi")
	analyzeOK(t, "report", out, "--out", again, "-q")
	analyzeOK(t, "map", out, "--out", filepath.Join(dir, "peta.svg"), "-q")
	for f, back := range map[string]string{"report.html": filepath.Join(again, "report.html"), "map.svg": filepath.Join(dir, "peta.svg")} {
		if first, second := clitest.ReadFile(t, filepath.Join(out, f)), clitest.ReadFile(t, back); first != second {
			t.Errorf("%s read back differs: %s", f, clitest.FirstDiff([]byte(first), []byte(second)))
		}
	}
}
