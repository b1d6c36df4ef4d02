package main

import (
	"bytes"
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

// pseudonymsOf runs facilitators with the key in the environment
// (SEKAT_KEY) and returns the pseudonyms of facilitators.csv.
func pseudonymsOf(t *testing.T, study string, k people.Key) []string {
	t.Helper()
	t.Setenv(keyEnv, string(k.Text()))
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "facilitators", study, "--purpose", "uji kunci", "--out", out, "--bootstrap", "20", "--shuffles", "10", "-q")
	recs := readCSVRows(t, filepath.Join(out, "facilitators.csv"))
	col := slices.Index(recs[0], "pseudonym")
	var ps []string
	for _, r := range recs[1:] {
		ps = append(ps, r[col])
	}
	return ps
}

// BenchmarkFacilitatorsKabupaten runs sekat facilitators with its defaults
// (1,000 bootstrap resamples, 200 label shuffles, exact betweenness below
// 20,000 nodes) on the generated kabupaten, seed 1 (39 units, 2,993
// staff), the figure of README.md:
//
//	go test -run x -bench FacilitatorsKabupaten -benchtime 1x ./cmd/sekat/
func BenchmarkFacilitatorsKabupaten(b *testing.B) {
	study := b.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 1}); err != nil {
		b.Fatal(err)
	}
	k, err := people.NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, people.KeyBytes)))
	if err != nil {
		b.Fatal(err)
	}
	b.Setenv(keyEnv, string(k.Text()))
	for i := 0; b.Loop(); i++ {
		out := filepath.Join(b.TempDir(), strconv.Itoa(i))
		var o, e bytes.Buffer
		if code := run(b.Context(), []string{"sekat", "facilitators", study, "--purpose", "bench", "--out", out, "-q"}, &o, &e); code != 0 {
			b.Fatalf("exit %d: %s", code, e.String())
		}
	}
}

// TestFacilitatorsKeyAndPurpose: without a key a person-level run creates
// one in the user's configuration folder (never the output folder), says
// where on standard error and records "created" in audit.json; the next
// run uses it; a key file inside --out is refused, and so is a run
// without --purpose (exit 2, nothing written).
func TestFacilitatorsKeyAndPurpose(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 3, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv(keyEnv, "")
	args := func(out string, more ...string) []string {
		return append([]string{"facilitators", study, "--out", out, "--bootstrap", "10", "--shuffles", "5", "-q"}, more...)
	}
	out1 := filepath.Join(t.TempDir(), "a")
	_, stderr := analyzeOK(t, args(out1, "--purpose", "uji")...)
	keyPath := filepath.Join(cfg, "sekat", "key")
	if !strings.Contains(stderr, keyPath) {
		t.Errorf("the new key's path %s is not said: %s", keyPath, stderr)
	}
	if _, err := people.LoadKeyFile(keyPath); err != nil {
		t.Fatal(err)
	}
	if a := readFile(t, filepath.Join(out1, "audit.json")); !strings.Contains(a, `"key_source": "created"`) || !strings.Contains(a, `"purpose": "uji"`) {
		t.Errorf("audit.json does not record the created key and the purpose:\n%s", a)
	}
	out2 := filepath.Join(t.TempDir(), "b")
	_, stderr = analyzeOK(t, args(out2, "--purpose", "uji")...)
	if strings.Contains(stderr, keyPath) {
		t.Errorf("the second run made another key: %s", stderr)
	}
	if a, b := readFile(t, filepath.Join(out1, "facilitators.csv")), readFile(t, filepath.Join(out2, "facilitators.csv")); a != b {
		t.Error("two runs with the user's key differ")
	}
	out3 := filepath.Join(t.TempDir(), "c")
	if err := os.MkdirAll(out3, 0o700); err != nil {
		t.Fatal(err)
	}
	inside := filepath.Join(out3, "key")
	if err := os.WriteFile(inside, readFileBytes(t, keyPath), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, e := sekat(t, args(out3, "--purpose", "uji", "--key-file", inside)...); code != 2 {
		t.Errorf("a key inside --out: exit %d, want 2: %s", code, e)
	}
	out4 := filepath.Join(t.TempDir(), "d")
	if code, _, e := sekat(t, args(out4)...); code != 2 || !strings.Contains(e, "--purpose") {
		t.Errorf("no --purpose: exit %d, want 2 and a word on --purpose: %s", code, e)
	}
	if _, err := os.Stat(filepath.Join(out4, "facilitators.csv")); err == nil {
		t.Error("a run without --purpose wrote facilitators.csv")
	}
}

// TestFacilitatorsLineCountsWhoPassesFilters: with filters the summary
// line on stderr says that its counts of candidates and coordinators are
// of all staff, and how many of them pass the filters and may be listed,
// the rows of facilitators.csv when all are listed. With --position Kepala
// on a small generated study it read "181 informal facilitator candidates,
// 12 formal coordinators, a set of 0" above a list with nobody in it.
func TestFacilitatorsLineCountsWhoPassesFilters(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 5, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := clitest.Key(t, 9)
	for _, lang := range []string{"id", "en"} {
		for _, filters := range [][]string{nil, {"--position", "Kepala"}} {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out, "--lang", lang,
				"--bootstrap", "20", "--shuffles", "5", "--listed", "100000", "--reveal", "-q"}, filters...)
			_, stderr := analyzeOK(t, args...)
			listed := map[string]int{}
			for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				listed[r["list"]]++
			}
			plain := msg(lang, "facilitatorsLine", "X", "Y", 0, 0, 0)
			plain = plain[strings.Index(plain, "X")+1 : strings.Index(plain, "Y")]
			if filters == nil {
				if !strings.Contains(stderr, plain) {
					t.Errorf("%s without filters: stderr lacks the summary line:\n%s", lang, stderr)
				}
				continue
			}
			want := msg(lang, "facilitatorsLineFiltered", "A", "B", groupDigits(int64(listed["informal"]), lang), groupDigits(int64(listed["formal"]), lang), 0, 0, 0)
			want = want[strings.Index(want, "B")+1 : strings.Index(want, ";")]
			if listed["informal"]+listed["formal"] == 0 || !strings.Contains(stderr, want) || strings.Contains(stderr, plain) {
				t.Errorf("%s %v: stderr does not say %q (listed %v):\n%s", lang, filters, want, listed, stderr)
			}
		}
	}
}

// TestPseudonymsFollowTheKey: two runs with one key give the same
// pseudonyms in the same rows; a run with another key gives none of them.
func TestPseudonymsFollowTheKey(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 4, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	k1, _ := clitest.Key(t, 1)
	k2, _ := clitest.Key(t, 2)
	a, b, c := pseudonymsOf(t, study, k1), pseudonymsOf(t, study, k1), pseudonymsOf(t, study, k2)
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Errorf("same key, different pseudonyms:\n%v\n%v", a, b)
	}
	for _, p := range c {
		if slices.Contains(a, p) {
			t.Errorf("pseudonym %s made by both keys", p)
		}
	}
}
