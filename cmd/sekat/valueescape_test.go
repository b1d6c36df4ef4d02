package main

import (
	"strings"
	"testing"
)

// TestValidateValueEscapedOnce: validate shows a rejected value as a Go
// string literal escaped once: an id holding the byte 0x81 (not UTF-8)
// is ["pX\x811"], and an id that holds a backslash followed by x81, as
// written in the file, is ["pY\\x812"], so the two stay apart, in both
// languages. Before, the reader's escape was quoted again: ["pX\\x811"],
// which is also how an id with a real backslash looked.
func TestValidateValueEscapedOnce(t *testing.T) {
	dir := handCopy(t, map[string]string{
		"people.csv":         "pX\x811,A,Ganjil,Staf,,\n",
		"correspondence.csv": "2025-03-05 10:00,p1,pY\\x812,,m90\n2025-03-05 10:01,p1,pZ\\\\q,,m91\n",
	}, nil)
	for _, lang := range []string{"id", "en"} {
		code, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
		if code != 1 {
			t.Fatalf("--lang %s: exit %d, want 1:\n%s%s", lang, code, stdout, stderr)
		}
		for _, w := range []string{`"pX\x811"`, `"pY\\x812"`, `"pZ\\\\q"`} {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %s:\n%s", lang, w, stdout)
			}
		}
		for _, bad := range []string{`pX\\x811`, `pY\\\\x812`, `pZ\\\\\\\\q`} {
			if strings.Contains(stdout, bad) {
				t.Errorf("--lang %s: output holds %s, escaped twice:\n%s", lang, bad, stdout)
			}
		}
	}
}
