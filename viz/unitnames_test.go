package viz

import (
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/people"
)

// TestUnitNames: the one rule by which facilitators.html (round
// brackets, the id in a span of its own) and the reorganisation warning
// of sekat facilitators (square brackets) name a unit: its short name
// with the id beside it when they differ, else the id alone.
func TestUnitNames(t *testing.T) {
	units := []graph.Node{
		{ID: "1.01.07.0000", Name: "Dinas Pendidikan", ShortName: "DISDIK"},
		{ID: "1.02.01.0000", Name: "Dinas Kesehatan"}, // no short name
		{ID: "DINKES", ShortName: "DINKES"},           // the short name is the id
	}
	for _, c := range []struct {
		name, id, label, beside, text string
		units                         []graph.Node
	}{
		{"short name", "1.01.07.0000", "DISDIK", "1.01.07.0000", "DISDIK [1.01.07.0000]", units},
		{"no short name", "1.02.01.0000", "1.02.01.0000", "", "1.02.01.0000", units},
		{"short name is the id", "DINKES", "DINKES", "", "DINKES", units},
		{"withheld", people.Hidden, people.Hidden, "", people.Hidden, units},
		{"not a unit", "X", "X", "", "X", units},
		{"no units", "1.01.07.0000", "1.01.07.0000", "", "1.01.07.0000", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := NewUnitNames(c.units)
			label, beside := n.Name(c.id)
			if label != c.label || beside != c.beside {
				t.Errorf("Name(%q) = %q, %q, want %q, %q", c.id, label, beside, c.label, c.beside)
			}
			if got := n.Text(c.id, " [", "]"); got != c.text {
				t.Errorf("Text(%q) = %q, want %q", c.id, got, c.text)
			}
		})
	}
}
