package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHelpExitCodesWrapped: the exit codes of sekat --help, in both
// languages, are printed within helpWidth+3 columns like the rest of the
// description. TestHelpDescriptionsWrapped skips indented lines (the
// examples), and so missed the exit code 2 text, where a clause added
// without rewrapping left a line of 129 columns.
func TestHelpExitCodesWrapped(t *testing.T) {
	for _, c := range []struct{ lang, head, next string }{
		{"id", "Kode keluar:", "PERINTAH:"},
		{"en", "Exit codes:", "COMMANDS:"},
	} {
		_, out, _ := sekat(t, "--help", "--lang", c.lang)
		i, j := strings.Index(out, c.head), strings.Index(out, c.next)
		if i < 0 || j < i {
			t.Fatalf("--lang %s: no %q before %q:\n%s", c.lang, c.head, c.next, out)
		}
		for _, l := range strings.Split(out[i:j], "\n") {
			if n := utf8.RuneCountInString(l); n > helpWidth+3 {
				t.Errorf("--lang %s: a line of %d columns: %q", c.lang, n, l)
			}
		}
	}
}
