package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLayerWeightsAllZeroRefused: a study.yaml that weighs every layer 0
// leaves no event to make a tie. analyze ran on it (sekat generate --seed
// 1120 --scale 0.03 with layer_weights {correspondence: 0, meetings: 0,
// data_sharing: 0}: "0 directed ties", a report whose map drew "0 of 0
// ties" and whose explanation said the tie weight counts nothing). It is
// refused as a study.yaml value, exit 2, naming the file, the line and
// the fix. One layer above 0 is a study.
func TestLayerWeightsAllZeroRefused(t *testing.T) {
	for _, c := range []struct {
		yaml string
		code int
	}{
		{"name: uji\nlayer_weights: {correspondence: 0, meetings: 0, data_sharing: 0}\n", 2},
		{"name: uji\nlayer_weights: {correspondence: 0, meetings: 0}\n", 0},
	} {
		dir := handCopy(t, nil, map[string]string{"study.yaml": c.yaml})
		for lang, want := range map[string]string{
			"id": "study.yaml baris 2: layer_weights: semua lapisan berbobot 0",
			"en": "study.yaml line 2: layer_weights: every layer weighs 0",
		} {
			code, _, stderr := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang, "--permutations", "99")
			if code != c.code {
				t.Fatalf("%q, %s: exit %d, want %d: %s", c.yaml, lang, code, c.code, stderr)
			}
			if said := strings.Contains(stderr, want); said != (c.code == 2) {
				t.Errorf("%q, %s: says %q: %v:\n%s", c.yaml, lang, want, said, stderr)
			}
			if c.code == 2 && !strings.Contains(stderr, map[string]string{"id": "bobot di atas 0", "en": "a weight above 0"}[lang]) {
				t.Errorf("%q, %s: no fix in:\n%s", c.yaml, lang, stderr)
			}
		}
	}
}
