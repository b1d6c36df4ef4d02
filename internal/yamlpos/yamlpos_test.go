package yamlpos

import (
	"testing"

	"gopkg.in/yaml.v3"

	_ "github.com/sekat-ona/sekat/internal/golden"
)

// The lines a user counts, for the errors of yaml.v3 v3.0.1: its parser
// counts from 0, its scanner from 1.
func TestSyntax(t *testing.T) {
	for _, c := range []struct {
		yaml    string
		line    int
		bracket string
	}{
		{"name: [X\n", 1, "["},
		{"name: X\nwindow:\n  from: [2025\nto: 3\n", 3, "["},
		{"a: {b: 1\nc: 2\n", 1, "{"},
		{"a: b\n c: d\n", 2, ""},
		// a key indented one space off below a nested mapping: yaml.v3
		// names the line of the mapping's first key (units), not the
		// key that is off (name)
		{"name: Kab\ncolumns:\n  units:\n    unit_id: Kode OPD\n   name: Nama OPD\n", 5, ""},
		// a key indented deeper under a line that opens no block
		{"name: Kab\ncolumns:\n  units: {unit_id: Kode}\n   people: {person_id: NIP}\n", 4, ""},
		// a list item one space off, comments and blank lines between
		{"files:\n  units:\n    # OPD\n    - a.csv\n\n   - b.csv\n", 6, ""},
		{"a: 'x\n", 2, ""},
		// no line in yaml.v3's message: the first line
		{"\tname: X\n", 1, ""},
		{"name: `x`\n", 1, ""},
	} {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.yaml), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.yaml)
		}
		line, _, bracket, ok := Syntax(err, []byte(c.yaml))
		if !ok || line != c.line || bracket != c.bracket {
			t.Errorf("%q (%v): line %d bracket %q ok %v, want line %d bracket %q", c.yaml, err, line, bracket, ok, c.line, c.bracket)
		}
	}
}
