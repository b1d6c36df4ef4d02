package flowcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvaluateEmptyEndInsideData: an empty period at the window's start
// that lies inside the data's span is left out, but is not said to lie
// past the data. On a generated study (sekat generate --seed 63 --pilot
// --scale 0.1, letters from 2 January to 31 December 2025), evaluate
// --every week --from 2025-03-01 (a Saturday) cut off the weekend of 1-2
// March, which holds no letter, and warned that "the window (1 March 2025
// to 28 December 2025) runs past the study's data" (QA of session 46).
func TestEvaluateEmptyEndInsideData(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "63", "--pilot", "--scale", "0.1", "--out", study)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-10-06\ntreated: [kewilayahan]\ncontrol: [ekonomi]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// the text of a message between its second and third arguments,
	// which tells the two apart ("the window (%s to %s) runs past")
	head := func(lang, key string) string {
		s := msg(lang, key, "\x00", "\x01", 7, "", "")
		return s[strings.Index(s, "\x01")+1 : strings.Index(s, "7")]
	}
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "evaluate")
		_, stderr := analyzeOK(t, "evaluate", study, "--reform", reform, "--every", "week", "--from", "2025-03-01", "--to", "2025-12-29",
			"--out", out, "-q", "--resamples", "100", "--permutations", "100", "--lang", lang)
		if strings.Contains(stderr, head(lang, "evaluate.emptyEnds")) {
			t.Errorf("%s: evaluate says the window runs past the data, which run all year:\n%s", lang, stderr)
		}
		if !strings.Contains(stderr, head(lang, "evaluate.emptyEndsInside")) {
			t.Errorf("%s: no warning that the empty weekend at the window's start is left out:\n%s", lang, stderr)
		}
	}
}
