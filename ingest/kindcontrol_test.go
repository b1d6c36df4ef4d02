package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKindInvisibleChar: a units.kind that is a kind sekat knows but for
// an invisible character in it is rejected naming the character. hA's
// review in session 47 saw a kind "int" U+200B "ernal", which a
// spreadsheet shows as "internal", refused with "kind must be internal,
// coordinator (koordinator) or external (eksternal)": the user saw
// "internal" and was told to write internal. A kind that is wrong with the
// character removed too keeps the general reason.
func TestKindInvisibleChar(t *testing.T) {
	for _, c := range []struct {
		kind string
		err  error
		char string
	}{
		{"int\u200bernal", ErrKindControl, "U+200B"},
		{"\ufeffcoordinator", ErrKindControl, "U+FEFF"},
		{"eksternal\u00ad", ErrKindControl, "U+00AD"},
		{"intrnal\u200b", ErrBadKind, ""}, // misspelt as well
	} {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		units := strings.Replace(readHand(t, "units.csv"), "A,Dinas A,s1,internal", "A,Dinas A,s1,"+c.kind, 1)
		if err := os.WriteFile(filepath.Join(dir, "units.csv"), []byte(units), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got *RowError
		_, _ = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
			if re.Column == "kind" && got == nil {
				got = re
			}
		}})
		if got == nil {
			t.Fatalf("%q: no kind rejected", c.kind)
		}
		if !errors.Is(got, c.err) || !errors.Is(got, ErrBadKind) || got.Line != 2 {
			t.Errorf("%q: got line %d %v, want line 2 %v", c.kind, got.Line, got.Err, c.err)
		}
		if c.char != "" && (!strings.Contains(got.Reason, c.char) || !strings.Contains(got.Reason, "remove it")) {
			t.Errorf("%q: reason %q does not name %s and say to remove it", c.kind, got.Reason, c.char)
		}
		if c.char == "" && (errors.Is(got, ErrKindControl) || !strings.Contains(got.Reason, "kind must be")) {
			t.Errorf("%q: reason %q, want the general one", c.kind, got.Reason)
		}
	}
}
