package ingest

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestPersonalWarningsDocumented: each row of the warnings table of
// docs/inputs.md whose code names a value that may identify a person
// (Warning.Personal: the person, NIP, log id or organizer ids it quotes)
// says that value is left out without --reveal. The table said "the
// first such person", "both values", "the file, line, column and id" as
// if every output quoted them, after stderr and summary.json stopped
// doing so without --reveal.
func TestPersonalWarningsDocumented(t *testing.T) {
	b, err := os.ReadFile("../docs/inputs.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|.*$")
	personal := 0
	for _, m := range row.FindAllStringSubmatch(string(b), -1) {
		w := Warning{Code: WarnCode(m[1]), Cell: "organizer"}
		if !w.Personal() {
			continue
		}
		personal++
		if !strings.Contains(m[0], "left out without `--reveal`") {
			t.Errorf("docs/inputs.md: the row of %s does not say that what may identify a person is left out without `--reveal`:\n%s", m[1], m[0])
		}
	}
	if personal != 4 { // spells_start_together, nip_spelt_two_ways, meeting_rows_differ, people_missing
		t.Errorf("%d rows of codes whose warnings may name a person, want 4", personal)
	}
}
