package graph

import "testing"

// TestStrengthCompensated: a person in ten meetings of 11 gets ten meeting
// weights 1/(11-1) = 0.1 from one colleague each; a plain loop sums them to
// 0.9999999999999999, which sekat wrote as 0.999999999999999 at 15 digits
// (people.csv of analyze --level person on generate --seed 6 --scale 1
// had 89 strengths, in- and out-strengths like 38.0000000000001 and
// 866.999999999999 where the sum is whole or a half). ReportedStrength
// sums with Neumaier's compensation: 1.
func TestReportedStrengthCompensated(t *testing.T) {
	var arcs []Arc
	for v := int32(1); v <= 10; v++ {
		arcs = append(arcs, Arc{U: 0, V: v, W: 0.1})
	}
	g := NewCSR(11, arcs, true)
	if s := g.ReportedStrength(0); s != 1 {
		t.Errorf("strength %v, want 1 (ten times 0.1)", s)
	}
	if s := Sum([]float64{1e100, 1, -1e100}); s != 1 {
		t.Errorf("Sum(1e100, 1, -1e100) = %v, want 1", s)
	}
}
