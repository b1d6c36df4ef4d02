package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPartialDashSummaryNamed: a letter whose cc (or one of its
// recipients) is a lone dash, as exports write for an empty cell, is used
// with its other recipients, and each row of rejects.csv and of validate
// names the dash. The summary lines of analyze, export and validate said
// "used without some of its recipients, whose ids are unknown" and "1
// recipient id is unknown" all the same: an analyst went looking for an
// id that was never there. They now name the dash, and where dashes and
// unknown ids come together, how many of the letters held a dash only.
func TestPartialDashSummaryNamed(t *testing.T) {
	dash := "2025-06-02 09:00,p1,p3,-,m90\n"
	unknown := "2025-06-03 09:00,p1,p3;ZZ9,,m91\n"
	words := map[string]struct{ dash, unknown string }{
		"en": {"lone dash (-)", "unknown"},
		"id": {"tanda pisah (-)", "tidak dikenal"},
	}
	for _, c := range []struct {
		name     string
		add      string
		dashOnly bool
	}{
		{"dash only", dash, true},
		{"dash and unknown id", dash + unknown, false},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(c.name+" "+lang, func(t *testing.T) {
				w := words[lang]
				study := handCopy(t, map[string]string{"correspondence.csv": c.add}, nil)
				out := filepath.Join(t.TempDir(), "o")
				code, _, stderr := sekat(t, "analyze", study, "--out", out, "--lang", lang, "-q", "--permutations", "50")
				if code != 0 {
					t.Fatalf("analyze: exit %d\n%s", code, stderr)
				}
				code, _, exported := sekat(t, "export", study, "--format", "csv", "--out", filepath.Join(t.TempDir(), "e.csv"), "--lang", lang)
				if code != 0 {
					t.Fatalf("export: exit %d\n%s", code, exported)
				}
				code, stdout, verr := sekat(t, "validate", study, "--lang", lang)
				if code != 1 {
					t.Fatalf("validate: exit %d, want 1\n%s%s", code, stdout, verr)
				}
				for _, s := range []struct{ cmd, text, prefix string }{
					{"analyze", stderr, ""}, {"export", exported, ""}, {"validate", stdout, "  "}, {"validate's stop", verr, "sekat: "},
				} {
					line := partialLine(s.text, s.prefix)
					if line == "" {
						t.Errorf("%s: no line on the letters used without a value:\n%s", s.cmd, s.text)
						continue
					}
					if !strings.Contains(line, w.dash) {
						t.Errorf("%s: %q does not name the dash (%q)", s.cmd, line, w.dash)
					}
					if c.dashOnly && strings.Contains(line, w.unknown) {
						t.Errorf("%s: %q calls a dash an unknown id", s.cmd, line)
					}
					if !c.dashOnly && !strings.Contains(line, w.unknown) {
						t.Errorf("%s: %q does not name the unknown id", s.cmd, line)
					}
				}
			})
		}
	}
}

// partialLine returns the line of text, after prefix, that counts the
// letters used without some of their values (its count, then "letter" /
// "surat" or "recipient" / "id"), or "".
func partialLine(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(l, prefix)
		if !ok || rest == "" || rest[0] < '1' || rest[0] > '9' {
			continue
		}
		for _, w := range []string{"1 letter", "2 letters", "1 surat", "2 surat", "1 recipient", "2 recipient", "1 id", "2 id", "1 sel", "1 cell", "2 cells", "2 sel"} {
			if strings.HasPrefix(rest, w) {
				return l
			}
		}
	}
	return ""
}
