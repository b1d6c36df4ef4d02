package main

import (
	"strings"
	"testing"
)

// TestSemicolonListHint: a letter of a file separated by semicolons whose
// recipients list (pB;pC) is not in quotes has a field more than its
// header and is rejected; validate says, in both languages, that such a
// list must stand in double quotes, beside the counts and the delimiter.
// The same row of a file separated by commas holds the list in one field
// and is read; a comma file's row of a field too many is not told about
// lists. Before, the reason said only "check the delimiter and the
// quoting of this line", which left the analyst counting semicolons.
func TestSemicolonListHint(t *testing.T) {
	semi := func(s string) string { return strings.ReplaceAll(s, ",", ";") }
	const letters = "message_id,sent_at,sender,recipients,cc,kind\n" +
		"m1,2025-03-03 09:00,p1,p3,,nota_dinas\n" +
		"m2,2025-03-04 09:00,p3,p1,,nota_dinas\n"
	const listed = "m3,2025-03-05 09:00,p1,\"p3;p4\",,nota_dinas\n"
	want := map[string]string{
		"id": "daftar id di recipients atau cc (P1;P2) harus diapit tanda kutip ganda",
		"en": "a list of ids in recipients or cc (P1;P2) must stand in double quotes",
	}
	for _, c := range []struct {
		name, file string
		rejected   bool // the row of the list is rejected
		hint       bool
	}{
		{"semicolons, list unquoted", semi(letters) + "m3;2025-03-05 09:00;p1;p3;p4;;nota_dinas\n", true, true},
		{"semicolons, list quoted", semi(letters) + semi(listed), false, false},
		{"commas, list", letters + "m3,2025-03-05 09:00,p1,p3;p4,,nota_dinas\n", false, false},
		{"commas, a field too many", letters + "m3,2025-03-05 09:00,p1,p3,p4,,nota_dinas\n", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := handCopy(t, nil, map[string]string{"correspondence.csv": c.file})
			for lang, hint := range want {
				code, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
				line := ""
				for _, l := range strings.Split(stdout, "\n") {
					if strings.Contains(l, "correspondence.csv line 4:") || strings.Contains(l, "correspondence.csv baris 4:") {
						line = l
					}
				}
				if got := line != ""; got != c.rejected {
					t.Errorf("--lang %s: line 4 rejected %v, want %v (exit %d):\n%s%s", lang, got, c.rejected, code, stdout, stderr)
				}
				if got := strings.Contains(line, hint); got != c.hint {
					t.Errorf("--lang %s: hint %v, want %v:\n%s", lang, got, c.hint, line)
				}
			}
		})
	}
}
