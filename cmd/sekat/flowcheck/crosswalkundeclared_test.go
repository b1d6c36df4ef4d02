package flowcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestUndeclaredCrosswalkNamed: sekat generate --reorg writes
// unit_crosswalk.csv beside the tables, and an analyst puts one there;
// sekat reads a crosswalk only when study.yaml declares it or
// --crosswalk names it (a reorganisation is declared, never guessed).
// compare, trend and evaluate said of each renamed unit "without
// unit_crosswalk.csv it is not matched" while the file lay in the
// folder; they now say once, on stderr and in compare.json, that the
// folder's file is not read and how to declare it, in both languages.
// With the file declared, or with no such file, nothing is said.
func TestUndeclaredCrosswalkNamed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"en": "unit_crosswalk.csv is in the study folder but is not read",
		"id": "unit_crosswalk.csv ada di folder studi tetapi tidak dibaca",
	}
	compare := func(lang string) (string, string) {
		out := filepath.Join(t.TempDir(), "banding")
		code, _, stderr := sekat(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--out", out, "-q", "--lang", lang, "--permutations", "100", "--resamples", "100")
		if code != 0 {
			t.Fatalf("compare: exit %d\n%s", code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(out, "compare.json"))
		if err != nil {
			t.Fatal(err)
		}
		return stderr, string(b)
	}
	for _, lang := range []string{"en", "id"} {
		stderr, js := compare(lang)
		if strings.Count(stderr, want[lang]) != 1 || !strings.Contains(stderr, "crosswalk: unit_crosswalk.csv") {
			t.Errorf("%s: stderr does not say once that the folder's crosswalk is not read:\n%s", lang, stderr)
		}
		if !strings.Contains(js, `"crosswalk_undeclared"`) {
			t.Errorf("%s: compare.json has no crosswalk_undeclared warning", lang)
		}
	}
	code, _, stderr := sekat(t, "trend", dir, "--out", filepath.Join(t.TempDir(), "tren"), "-q", "--lang", "en", "--every", "month", "--permutations", "100")
	if code != 0 || !strings.Contains(stderr, want["en"]) {
		t.Errorf("trend: exit %d, stderr does not say the folder's crosswalk is not read:\n%s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("crosswalk: unit_crosswalk.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if stderr, js := compare("en"); strings.Contains(stderr, want["en"]) || strings.Contains(js, "crosswalk_undeclared") {
		t.Errorf("with the crosswalk declared: still said not read:\n%s", stderr)
	}
}
