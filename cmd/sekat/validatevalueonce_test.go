package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateValueOnce: a rejected row's line gives its value once. In
// English the reason of an unknown id quotes it already, and validate
// added it again in brackets (`unknown id "zz1": not in the people or
// units table ["zz1"]`); the Indonesian reason quotes no value, so the
// brackets stay.
func TestValidateValueOnce(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"units.csv":          "unit_id,name,sector\nA,Unit A,x\nB,Unit B,y\n",
		"people.csv":         "person_id,unit_id\np1,A\np2,B\n",
		"correspondence.csv": "sent_at,sender,recipients\n2025-01-02 10:00,p1,p2\n2025-01-03 10:00,zz1,p2\n2025-01-04 10:00,p2,p1\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "id"} {
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
		var line string
		for _, l := range strings.Split(stdout+stderr, "\n") {
			if strings.Contains(l, "correspondence.csv") && strings.Contains(l, "sender") {
				line = l
			}
		}
		if line == "" {
			t.Fatalf("%s: no line on the rejected row:\n%s%s", lang, stdout, stderr)
		}
		if n := strings.Count(line, `"zz1"`); n != 1 {
			t.Errorf("%s: the value is given %d times, want once: %s", lang, n, line)
		}
	}
}
