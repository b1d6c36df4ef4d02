package ingest

import (
	"math/rand/v2"
	"testing"
)

// TestSrcDisplayBackslash: a backslash of the data that could be read as
// the start of an escape is doubled, so that an id p\x811 as written and
// an id p, byte 0x81, 1 are shown apart; other backslashes are kept.
func TestSrcDisplayBackslash(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"invalid byte", "p\x811", `p\x811`},
		{"backslash x as written", `p\x811`, `p\\x811`},
		{"two backslashes", `a\\b`, `a\\\\b`},
		{"backslash before an invalid byte", "a\\\xff", `a\\\xff`},
		{"backslash before a tab", "a\\\t", `a\\\t`},
		{"backslash before a zero-width space", "a\\\u200b", "a\\\\\u200b"},
		{"backslash before a letter of no escape", `Bagian\Keuangan`, `Bagian\Keuangan`},
		{"backslash at the end", `a\`, `a\`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := srcDisplay([]byte(tt.in)); got != tt.want {
				t.Errorf("srcDisplay(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDisplayTextReadsBack: DisplayText gives back the bytes srcDisplay
// was given, and the text rowValue was given (valid UTF-8), for values
// of at most 200 bytes drawn from backslashes, escape letters, control
// characters, invalid bytes and a zero-width space.
func TestDisplayTextReadsBack(t *testing.T) {
	pieces := []string{`\`, "x", "8", "1", "n", "t", "u", "U", "a", "\n", "\t", "\x01", "\x81", "\xff", "\u200b", "é", " ", "p"}
	r := rand.New(rand.NewPCG(48, 1))
	for i := 0; i < 20000; i++ {
		var b []byte
		for n := r.IntN(12); n > 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		if got := DisplayText(srcDisplay(b)); got != string(b) {
			t.Fatalf("DisplayText(srcDisplay(%q)) = %q", b, got)
		}
		if got, want := DisplayText(rowValue(b)), displayValue(b); got != want {
			t.Fatalf("DisplayText(rowValue(%q)) = %q, want %q", b, got, want)
		}
	}
}
