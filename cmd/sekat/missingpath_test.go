package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMissingPathExitsAsBadInput: a STUDY, or a folder of --pairs, that
// does not exist is a path the user typed wrong, bad
// input (exit 2) as a missing --reform or --crosswalk file is, in every
// command that takes it. Before, `sekat analyze studi --pairs nosuch` and
// `sekat analyze nosuch` exited 1, as a file that could not be read,
// while every other bad input exited 2.
func TestMissingPathExitsAsBadInput(t *testing.T) {
	study := "../../testdata/studies/hand"
	nosuch := filepath.Join(t.TempDir(), "nosuch")
	out := func() string { return filepath.Join(t.TempDir(), "o") }
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-04-01\ntreated: [s1]\ncontrol: [s2]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pairsGone := nosuch + ": no such folder of pair tables"
	studyGone := nosuch + ": no such study folder or file"
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"analyze --pairs", []string{"analyze", study, "--pairs", nosuch, "--out", out()}, pairsGone},
		{"compare --pairs", []string{"compare", study, "--pairs", nosuch, "--before", "2025-01-06..2025-04-07", "--after", "2025-04-07..2025-07-07", "--out", out()}, pairsGone},
		{"trend --pairs", []string{"trend", study, "--pairs", nosuch, "--out", out()}, pairsGone},
		{"evaluate --pairs", []string{"evaluate", study, "--pairs", nosuch, "--reform", reform, "--out", out()}, pairsGone},
		{"facilitators --pairs", []string{"facilitators", study, "--purpose", "uji", "--pairs", nosuch, "--out", out()}, pairsGone},
		{"analyze", []string{"analyze", nosuch, "--out", out()}, studyGone},
		{"analyze --pairs, no study", []string{"analyze", nosuch, "--pairs", nosuch, "--out", out()}, studyGone},
		{"validate", []string{"validate", nosuch}, studyGone},
		{"pairs", []string{"pairs", nosuch, "--out", filepath.Join(t.TempDir(), "p.sql")}, studyGone},
		{"compare, second study", []string{"compare", study, nosuch, "--out", out()}, studyGone},
		{"trend", []string{"trend", nosuch, "--out", out()}, studyGone},
		{"facilitators", []string{"facilitators", nosuch, "--purpose", "uji", "--out", out()}, studyGone},
		{"analyze --pairs, Indonesian", []string{"analyze", study, "--pairs", nosuch, "--out", out(), "--lang", "id"}, "folder tabel pasangan " + nosuch + " tidak ada"},
		{"analyze, Indonesian", []string{"analyze", nosuch, "--out", out(), "--lang", "id"}, "studi " + nosuch + " tidak ada"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := c.args
			if !slices.Contains(args, "--lang") {
				args = append(args, "--lang", "en")
			}
			code, _, e := sekat(t, args...)
			if code != exitUsage || !strings.Contains(e, c.want) {
				t.Errorf("%v: exit %d, %q; want exit 2 saying %q", c.args, code, e, c.want)
			}
		})
	}
}
