package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestKindInvisibleCharReason: the reason rejects.csv and validate give
// for a units.kind with an invisible character names the character in
// both languages (ingest's TestKindInvisibleChar makes the error); the
// catalogue once gave every ErrBadKind the general "kind must be
// internal, ..." sentence.
func TestKindInvisibleCharReason(t *testing.T) {
	e := &ingest.RowError{File: "units.csv", Line: 2, Table: ingest.Units, Column: "kind", Field: "kind",
		Value: "int\u200bernal", Err: ingest.ErrKindControl}
	for lang, want := range map[string]string{"id": "karakter tak terlihat U+200B", "en": "invisible character U+200B"} {
		if got := reasonText(e, lang); !strings.Contains(got, want) {
			t.Errorf("%s: %q does not say %q", lang, got, want)
		}
	}
}
