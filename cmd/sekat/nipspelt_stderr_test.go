package main

import (
	"strings"
	"testing"
)

// TestNIPSpeltStderrPseudonymous: a NIP the people table writes with and
// without its spaces is warned of on stderr with its file and lines, and
// without the NIP unless --reveal, at either level, as summary.json words
// it; validate, the data steward's check, names it. It was printed on
// stderr by every command.
func TestNIPSpeltStderrPseudonymous(t *testing.T) {
	const spaced, bare = "19830101 200501 1 001", "198301012005011001"
	study := handCopy(t, map[string]string{
		"people.csv": spaced + ",A,Budi,Staf,,2025-01-31\n" + bare + ",B,Budi,Staf,2025-02-01,\n",
	}, nil)
	named := func(s string) bool {
		return strings.Contains(s, spaced) || strings.Contains(s, bare) || strings.Contains(s, "198301012005")
	}
	for _, lang := range []string{"id", "en"} {
		for _, c := range []struct {
			name string
			args []string
			show bool
		}{
			{"unit", []string{"analyze", study, "--out", t.TempDir() + "/o", "--level", "unit"}, false},
			{"person", []string{"analyze", study, "--out", t.TempDir() + "/o", "--level", "person"}, false},
			{"facilitators", []string{"facilitators", study, "--out", t.TempDir() + "/o", "--purpose", "appointing facilitators"}, false},
			{"revealed", []string{"analyze", study, "--out", t.TempDir() + "/o", "--level", "person", "--reveal", "--purpose", "data cleaning"}, true},
			{"validate", []string{"validate", study}, true},
		} {
			t.Run(c.name+"/"+lang, func(t *testing.T) {
				_, _, stderr := sekat(t, append(c.args, "--lang", lang)...)
				var line string
				for _, l := range strings.Split(stderr, "\n") {
					if strings.Contains(l, "people.csv") && strings.Contains(l, " 8 ") && strings.Contains(l, " 9") {
						line = l
					}
				}
				if line == "" {
					t.Fatalf("stderr does not warn of people.csv lines 8 and 9:\n%s", stderr)
				}
				if named(line) != c.show {
					t.Errorf("stderr names the NIP: %v, want %v:\n%s", named(line), c.show, line)
				}
			})
		}
	}
}
