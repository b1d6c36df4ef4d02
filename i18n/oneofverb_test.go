package i18n

import (
	"regexp"
	"strings"
	"testing"
)

// oneOfPlural is "1 of those tests are shown": a count of 1 before "of
// those" (these, them, the …) whose verb is plural. "1 of those tests"
// is good English; its verb must then be singular ("is shown").
var oneOfPlural = regexp.MustCompile(`(?:^|[^\w.,])1 of (?:those|these|them|the|which)(?: [a-z-]+){0,2} (?:are|were|have|do)\b`)

// oneOfSingularNoun is "1 of those test is shown": the noun after "of
// those" made singular with the verb (the first fix of the text above);
// one of several is one of those tests.
var oneOfSingularNoun = regexp.MustCompile(`(?:^|[^\w.,])1 of (?:those|these) [a-z]*[^s\W] (?:is|was|has)\b`)

// TestEnglishOneOfAgrees: each English text, its counts set to 1 (the
// number marks taken as singular), has no plural verb after "1 of
// those …". Seen on a person-level report of the Lazega lawyers (unit
// level: offices × practices, sectors: offices, two sectors withheld for
// privacy): "Holm's correction runs over every sector with a p-value,
// … 1 of those tests are shown here." TestEnglishCountOfOne reads the
// noun after a count, not the verb after "of those".
func TestEnglishOneOfAgrees(t *testing.T) {
	for k, s := range en {
		names := map[int]bool{}
		for _, n := range notCounts[k] {
			names[n] = true
		}
		arg := 0
		one := verbs.ReplaceAllStringFunc(plural(s, func(int) bool { return true }), func(v string) string {
			if v == "%%" {
				return v
			}
			arg++
			switch v[len(v)-1] {
			case 'd':
				return "1"
			case 's':
				if !names[arg] {
					return "1"
				}
			}
			return "x"
		})
		if m := oneOfPlural.FindString(one); m != "" {
			t.Errorf("%s with counts of 1 reads %q: %q", k, strings.TrimSpace(m), one)
		}
		if m := oneOfSingularNoun.FindString(one); m != "" {
			t.Errorf("%s with counts of 1 reads %q (one of several: a plural noun): %q", k, strings.TrimSpace(m), one)
		}
	}
}
