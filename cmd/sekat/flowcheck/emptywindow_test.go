package flowcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEmptyWindowShownAsGiven: the stop on a window that holds no event
// writes the window as sekat writes windows elsewhere, its last day
// included, not the exclusive end. On a generated study (sekat generate
// --seed 62 --scale 0.02, letters of 2025) every command that loads a
// study said "tidak ada peristiwa dalam jendela waktu 2030-01-01 sampai
// 2030-02-01" for --from 2030-01-01 --to 2030-02-01, whose window the
// summary line and the pages show as "1–31 Januari 2030", and in the same
// sentence wrote the data's span with its last day included ("dari
// 2025-01-02 sampai 2025-12-31"); compare's periods 2030-01-01..
// 2030-02-01 and 2030-02-01..2030-03-01 read "2030-01-01 sampai
// 2030-03-01".
func TestEmptyWindowShownAsGiven(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "62", "--scale", "0.02", "--out", study)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2030-01-15\ntreated: [kesehatan]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	windows := []struct {
		name    string
		args    []string
		id, en  string
		notWant string // the exclusive end as it was written
	}{
		{"a month", []string{"--from", "2030-01-01", "--to", "2030-02-01"}, "1–31 Januari 2030", "1–31 January 2030", "2030-02-01"},
		{"times of day", []string{"--from", "2030-01-01 08:00", "--to", "2030-02-01 17:30"},
			"1 Januari 2030 pukul 08.00 – 1 Februari 2030 pukul 17.30", "1 January 2030, 08:00 – 1 February 2030, 17:30", "2030-02-01 17:30:00"},
		{"an end alone", []string{"--to", "2025-01-01"}, "sampai dengan 31 Desember 2024", "up to 31 December 2024", "... "},
		{"a start alone", []string{"--from", "2030-01-01"}, "sejak 1 Januari 2030", "from 1 January 2030 on", "2030-01-01 "},
	}
	out := func() string { return filepath.Join(t.TempDir(), "out") }
	commands := map[string][]string{
		"analyze":      {"analyze", study, "--out", ""},
		"report":       {"report", study, "--out", ""},
		"map":          {"map", study, "--out", ""},
		"export":       {"export", study, "--format", "csv", "--out", ""},
		"trend":        {"trend", study, "--out", ""},
		"evaluate":     {"evaluate", study, "--reform", reform, "--out", ""},
		"facilitators": {"facilitators", study, "--purpose", "uji jendela kosong", "--out", ""},
		"compare":      {"compare", study, study, "--out", ""},
	}
	prefix := map[string]string{"id": "tidak ada peristiwa dalam jendela waktu ", "en": "no event in the window "}
	// every command stops as bad usage (exit 2), as a period of compare
	// without a tie does (TestChangeEmptyWindowExitsAsBadUsage); until
	// session 54 all but compare, trend and evaluate exited 1
	exitOf := func([]string) int { return 2 }
	check := func(t *testing.T, args []string, lang, window, notWant string) {
		t.Helper()
		code, _, stderr := sekat(t, append(args, "--lang", lang)...)
		want := prefix[lang] + window + ": "
		if code != exitOf(args) || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, want %d and %q in:\n%s", lang, code, exitOf(args), want, stderr)
		}
		if i := strings.Index(stderr, prefix[lang]); i >= 0 && strings.Contains(stderr[i:], notWant) {
			t.Errorf("%s: the stop still writes %q:\n%s", lang, notWant, stderr)
		}
	}
	for name, cmd := range commands {
		for _, w := range windows {
			t.Run(name+"/"+w.name, func(t *testing.T) {
				args := append([]string(nil), cmd...)
				if args[len(args)-1] == "" {
					args[len(args)-1] = out()
				}
				args = append(args, w.args...)
				check(t, args, "id", w.id, w.notWant)
				check(t, args, "en", w.en, w.notWant)
			})
		}
	}
	// the window of study.yaml, read by validate too
	t.Run("study.yaml", func(t *testing.T) {
		yaml := filepath.Join(t.TempDir(), "study")
		clitest.CopyDir(t, study, yaml)
		clitest.WriteStudyFile(t, yaml, "study.yaml", []byte("window: {from: 2030-01-01, to: 2030-02-01}\n"))
		for _, args := range [][]string{{"validate", yaml}, {"analyze", yaml, "--out", out()}} {
			check(t, args, "id", "1–31 Januari 2030", "2030-02-01")
			check(t, args, "en", "1–31 January 2030", "2030-02-01")
		}
	})
	// compare's periods of one study: named as given, since the window
	// is the two together and --from and --to are refused there (it said
	// "1 January – 28 February 2030" and to choose --from and --to)
	t.Run("compare periods", func(t *testing.T) {
		args := []string{"compare", study, "--before", "2030-01-01..2030-02-01", "--after", "2030-02-01..2030-03-01", "--out", out()}
		for lang, want := range map[string]string{
			"id": "--before 2030-01-01..2030-02-01 dan --after 2030-02-01..2030-03-01 tidak memuat satu pun peristiwa studi: ",
			"en": "--before 2030-01-01..2030-02-01 and --after 2030-02-01..2030-03-01 hold no event of the study: ",
		} {
			code, _, stderr := sekat(t, append(args, "--lang", lang)...)
			if code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s: exit %d, want 2 and %q in:\n%s", lang, code, want, stderr)
			}
		}
	})
}
