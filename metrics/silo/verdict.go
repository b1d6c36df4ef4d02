package silo

import "math"

// DefaultHomophily is the homophily index at or above which a significantly
// inward group is a silo rather than one to watch. H >= 0.5 means the group
// sends outside at most half the share of its tie weight that random
// mixing would send (H = 1 - outside share / outside share by chance).
// Calibrated in docs/metrics.md ("Silo verdict") on `sekat generate`
// (seeds 1 to 5, each half year): planted silo sectors have H >= 0.81 at
// unit level and >= 0.90 at person level, every other internal sector
// H <= 0.01 at unit level and <= 0.43 at person level (where people's ties
// inside their own unit count as inside their sector).
const DefaultHomophily = 0.5

// Verdict is what the silo rule says of a group.
type Verdict string

// The verdicts, as groups.csv and silos.csv write them.
const (
	// None: not shown to be more inward than chance (or never judged).
	None Verdict = ""
	// Watch: significantly more inward than chance, with a homophily
	// index above 0 but below the silo threshold.
	Watch Verdict = "watch"
	// Silo: significantly more inward than chance, with a homophily index
	// at or above the silo threshold.
	Silo Verdict = "silo"
)

// Thresholds are the two numbers of the silo rule. The zero value means
// DefaultAlpha and DefaultHomophily.
type Thresholds struct {
	// Alpha is the largest Holm-adjusted p-value that counts as
	// significant; 0 means DefaultAlpha.
	Alpha float64
	// Homophily is the smallest homophily index of a silo; 0 means
	// DefaultHomophily (a threshold of exactly 0 would call every
	// significant group a silo; use a tiny positive value for that).
	Homophily float64
}

// AlphaValue is the significance level in force.
func (t Thresholds) AlphaValue() float64 {
	if t.Alpha > 0 {
		return t.Alpha
	}
	return DefaultAlpha
}

// HomophilyValue is the silo threshold of the homophily index in force.
func (t Thresholds) HomophilyValue() float64 {
	if t.Homophily > 0 {
		return t.Homophily
	}
	return DefaultHomophily
}

// Judge applies the silo rule to one group: Silo when PAdjusted <= alpha
// and Homophily >= the threshold; Watch when PAdjusted <= alpha and 0 <
// Homophily < the threshold; None otherwise, and always for a group of
// fewer than two members or without a p-value. The rule reads only the
// adjusted p-value (whose smallest attainable value PermutationsFor keeps
// far below alpha for every group size) and the homophily index (which
// puts every size on one scale), so the same inwardness gives the same
// verdict in a group of 2 and in one holding half the network.
func Judge(s GroupStats, th Thresholds) Verdict {
	if s.Size < 2 || math.IsNaN(s.PAdjusted) || math.IsNaN(s.Homophily) {
		return None
	}
	if !(s.PAdjusted <= th.AlphaValue()) || !(s.Homophily > 0) {
		return None
	}
	if s.Homophily >= th.HomophilyValue() {
		return Silo
	}
	return Watch
}
