package result

import (
	"encoding/json"
	"io"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// This file holds the tables of sekat compare and sekat trend
// (docs/change.md says what every column means): changes_groups,
// changes_units, changes_network, communities_matched, ties_changed,
// trend and trend_alerts, and compare.json.

// Measure is one measure in two periods as a row holds it: the values,
// the change (after minus before), the intervals and the permutation
// p-value of the change with its Holm adjustment. NaN is undefined.
// Permutations is the number of permutations P is over (0 where P is
// empty, and in a table written before the column was added).
type Measure struct {
	Before, After, Change float64
	BeforeLow, BeforeHigh float64
	AfterLow, AfterHigh   float64
	ChangeLow, ChangeHigh float64
	P, PAdjusted          float64
	Permutations          int
}

// AtFloor reports whether m's p-value is the smallest its permutations
// can show, 1/(Permutations + 1): none of them gave a change as large as
// the observed one, so P, and PAdjusted, are bounds, not measurements.
// False when the permutations are not known (0).
func (m Measure) AtFloor() bool { return PFloor(m.P, m.Permutations) > 0 }

// PFloor is n, the permutations of a test, when its p-value is the
// smallest they can show, 1/(n + 1) (none of them as extreme as the
// observed statistic), else 0: what i18n.ChangeP and PermutationP take.
func PFloor(p float64, n int) int {
	if silo.AtFloor(silo.GroupStats{EIPValue: p, Permutations: n}) {
		return n
	}
	return 0
}

// measurePermutations is the column of the permutations of a Measure,
// prefix_permutations, added after the tables' first version (so that a
// file without it reads with 0) and put last, after the columns readers
// by position know.
func measurePermutations[R any](prefix string, m func(*R) *Measure) Column[R] {
	return intCol(prefix+"_permutations", func(r *R) *int { return &m(r).Permutations }).since()
}

// measureCols are the columns of a Measure, named prefix_before ...
// prefix_p_adjusted.
func measureCols[R any](prefix string, m func(*R) *Measure) []Column[R] {
	f := func(name string, field func(*Measure) *float64) Column[R] {
		return floatCol(prefix+"_"+name, func(r *R) *float64 { return field(m(r)) })
	}
	return []Column[R]{
		f("before", func(x *Measure) *float64 { return &x.Before }),
		f("after", func(x *Measure) *float64 { return &x.After }),
		f("change", func(x *Measure) *float64 { return &x.Change }),
		f("before_low", func(x *Measure) *float64 { return &x.BeforeLow }),
		f("before_high", func(x *Measure) *float64 { return &x.BeforeHigh }),
		f("after_low", func(x *Measure) *float64 { return &x.AfterLow }),
		f("after_high", func(x *Measure) *float64 { return &x.AfterHigh }),
		f("change_low", func(x *Measure) *float64 { return &x.ChangeLow }),
		f("change_high", func(x *Measure) *float64 { return &x.ChangeHigh }),
		f("p", func(x *Measure) *float64 { return &x.P }),
		f("p_adjusted", func(x *Measure) *float64 { return &x.PAdjusted }),
	}
}

// GroupChange is a row of changes_groups.csv: a sector (or a unit at
// person level) in two periods.
type GroupChange struct {
	Type, Name                    string
	SizeBefore, SizeAfter         int
	Present                       string // both, before, after, neither
	InternalBefore, InternalAfter float64
	ExternalBefore, ExternalAfter float64
	Homophily, EI, InternalShare  Measure
	Tested                        bool
	VerdictBefore, VerdictAfter   string // the silo verdict of each period
	Verdict                       string // opened, closed, formed, dissolved, no significant change, significant but small, or empty
	Sentence                      string // the verdict in the run's language
}

// ChangesGroups is changes_groups.csv.
var ChangesGroups = newTable("changes_groups", []Column[GroupChange]{
	textCol("type", func(r *GroupChange) *string { return &r.Type }),
	textCol("name", func(r *GroupChange) *string { return &r.Name }),
	textCol("verdict", func(r *GroupChange) *string { return &r.Verdict }),
	intCol("size_before", func(r *GroupChange) *int { return &r.SizeBefore }),
	intCol("size_after", func(r *GroupChange) *int { return &r.SizeAfter }),
	textCol("present", func(r *GroupChange) *string { return &r.Present }),
	boolCol("tested", func(r *GroupChange) *bool { return &r.Tested }),
	textCol("silo_verdict_before", func(r *GroupChange) *string { return &r.VerdictBefore }),
	textCol("silo_verdict_after", func(r *GroupChange) *string { return &r.VerdictAfter }),
	floatCol("internal_weight_before", func(r *GroupChange) *float64 { return &r.InternalBefore }),
	floatCol("internal_weight_after", func(r *GroupChange) *float64 { return &r.InternalAfter }),
	floatCol("external_weight_before", func(r *GroupChange) *float64 { return &r.ExternalBefore }),
	floatCol("external_weight_after", func(r *GroupChange) *float64 { return &r.ExternalAfter }),
}, measureCols("homophily", func(r *GroupChange) *Measure { return &r.Homophily }),
	measureCols("ei_index", func(r *GroupChange) *Measure { return &r.EI }),
	measureCols("internal_share", func(r *GroupChange) *Measure { return &r.InternalShare }),
	[]Column[GroupChange]{textCol("sentence", func(r *GroupChange) *string { return &r.Sentence }),
		measurePermutations("homophily", func(r *GroupChange) *Measure { return &r.Homophily }),
		measurePermutations("ei_index", func(r *GroupChange) *Measure { return &r.EI }),
		measurePermutations("internal_share", func(r *GroupChange) *Measure { return &r.InternalShare })})

// UnitChange is a row of changes_units.csv: a unit's share of tie weight
// to other sectors in two periods, and what each period's analysis said
// of it.
type UnitChange struct {
	Unit, Name, Sector                  string
	Kind                                graph.Kind
	Present                             string
	CrossShare                          Measure
	StrengthBefore, StrengthAfter       float64
	CommunityBefore, CommunityAfter     int
	BetweennessBefore, BetweennessAfter float64
	BrokerBefore, BrokerAfter           bool
	// Stayers, MovedIn and MovedOut count the people who stayed in, moved
	// into and moved out of the unit; NaN (an empty cell) when a
	// person-level run withholds them: a mover count under the minimum
	// group size, or one that a withheld count would give away.
	Stayers, MovedIn, MovedOut  float64
	VerdictBefore, VerdictAfter string
	CrosswalkFrom               []string
}

// ChangesUnits is changes_units.csv.
var ChangesUnits = newTable("changes_units", []Column[UnitChange]{
	textCol("unit", func(r *UnitChange) *string { return &r.Unit }),
	textCol("name", func(r *UnitChange) *string { return &r.Name }),
	textCol("sector", func(r *UnitChange) *string { return &r.Sector }),
	nodeKindCol("kind", func(r *UnitChange) *graph.Kind { return &r.Kind }),
	textCol("present", func(r *UnitChange) *string { return &r.Present }),
}, measureCols("cross_sector_share", func(r *UnitChange) *Measure { return &r.CrossShare }),
	[]Column[UnitChange]{
		floatCol("strength_before", func(r *UnitChange) *float64 { return &r.StrengthBefore }),
		floatCol("strength_after", func(r *UnitChange) *float64 { return &r.StrengthAfter }),
		intCol("community_before", func(r *UnitChange) *int { return &r.CommunityBefore }),
		intCol("community_after", func(r *UnitChange) *int { return &r.CommunityAfter }),
		floatCol("betweenness_before", func(r *UnitChange) *float64 { return &r.BetweennessBefore }),
		floatCol("betweenness_after", func(r *UnitChange) *float64 { return &r.BetweennessAfter }),
		boolCol("broker_before", func(r *UnitChange) *bool { return &r.BrokerBefore }),
		boolCol("broker_after", func(r *UnitChange) *bool { return &r.BrokerAfter }),
		floatCol("stayers", func(r *UnitChange) *float64 { return &r.Stayers }),
		floatCol("moved_in", func(r *UnitChange) *float64 { return &r.MovedIn }),
		floatCol("moved_out", func(r *UnitChange) *float64 { return &r.MovedOut }),
		textCol("silo_verdict_before", func(r *UnitChange) *string { return &r.VerdictBefore }),
		textCol("silo_verdict_after", func(r *UnitChange) *string { return &r.VerdictAfter }),
		listCol("crosswalk_from", func(r *UnitChange) *[]string { return &r.CrosswalkFrom }),
		measurePermutations("cross_sector_share", func(r *UnitChange) *Measure { return &r.CrossShare }),
	})

// NetworkChange is a row of changes_network.csv: a whole-network measure
// in two periods.
type NetworkChange struct {
	Name  string
	Value Measure
}

// ChangesNetwork is changes_network.csv.
var ChangesNetwork = newTable("changes_network", []Column[NetworkChange]{
	textCol("measure", func(r *NetworkChange) *string { return &r.Name }),
}, measureCols("value", func(r *NetworkChange) *Measure { return &r.Value }),
	[]Column[NetworkChange]{measurePermutations("value", func(r *NetworkChange) *Measure { return &r.Value })})

// CommunityMatch is a row of communities_matched.csv.
type CommunityMatch struct {
	Before, After         int
	SizeBefore, SizeAfter int
	Shared                int
	Jaccard               float64
	Event                 string
}

// CommunitiesMatched is communities_matched.csv.
var CommunitiesMatched = newTable("communities_matched", []Column[CommunityMatch]{
	intCol("community_before", func(r *CommunityMatch) *int { return &r.Before }),
	intCol("community_after", func(r *CommunityMatch) *int { return &r.After }),
	intCol("size_before", func(r *CommunityMatch) *int { return &r.SizeBefore }),
	intCol("size_after", func(r *CommunityMatch) *int { return &r.SizeAfter }),
	intCol("shared", func(r *CommunityMatch) *int { return &r.Shared }),
	floatCol("jaccard", func(r *CommunityMatch) *float64 { return &r.Jaccard }),
	textCol("event", func(r *CommunityMatch) *string { return &r.Event }),
})

// TieChange is a row of ties_changed.csv: a tie between two units.
type TieChange struct {
	Source, Target                    string
	SectorSource, SectorTarget        string
	CrossSector                       bool
	PerDayBefore, PerDayAfter, Change float64
	P, PAdjusted                      float64
	Status                            string
	BridgeBefore, BridgeAfter         bool
	// Permutations is the number of permutations P is over (0 in a table
	// written before the column was added).
	Permutations int
}

// TiesChanged is ties_changed.csv.
var TiesChanged = newTable("ties_changed", []Column[TieChange]{
	textCol("source", func(r *TieChange) *string { return &r.Source }),
	textCol("target", func(r *TieChange) *string { return &r.Target }),
	textCol("sector_source", func(r *TieChange) *string { return &r.SectorSource }),
	textCol("sector_target", func(r *TieChange) *string { return &r.SectorTarget }),
	boolCol("cross_sector", func(r *TieChange) *bool { return &r.CrossSector }),
	floatCol("weight_per_day_before", func(r *TieChange) *float64 { return &r.PerDayBefore }),
	floatCol("weight_per_day_after", func(r *TieChange) *float64 { return &r.PerDayAfter }),
	floatCol("change", func(r *TieChange) *float64 { return &r.Change }),
	floatCol("p", func(r *TieChange) *float64 { return &r.P }),
	floatCol("p_adjusted", func(r *TieChange) *float64 { return &r.PAdjusted }),
	textCol("status", func(r *TieChange) *string { return &r.Status }),
	boolCol("bridge_before", func(r *TieChange) *bool { return &r.BridgeBefore }),
	boolCol("bridge_after", func(r *TieChange) *bool { return &r.BridgeAfter }),
	intCol("permutations", func(r *TieChange) *int { return &r.Permutations }).since(),
})

// TrendPoint is a row of trend.csv: one group in one period.
type TrendPoint struct {
	Period   int
	From, To string
	// Last is the last day the period covers (To is the exclusive
	// end), for pages; not a column.
	Last                       string
	Type, Group                string
	Size                       int
	Internal, External         float64
	EI, EILow, EIHigh          float64
	Homophily, HLow, HHigh     float64
	Share, ShareLow, ShareHigh float64
	Verdict                    string
	Z, Up, Down                float64
	Alarm                      string
	// Partial: the period is cut short by the window (the CUSUM leaves
	// it out).
	Partial bool
	// ZHeld is "true" where the binomial bound held Z at 0 although the
	// period's homophily, standardised by the calibration, was not 0
	// (its ties lie within chance of the calibration's internal share),
	// "false" where Z is the standardised homophily or a non-zero bound,
	// and "" where there is no Z. Added after Partial, the last column,
	// so that readers by position still work.
	ZHeld string
}

// Trend is trend.csv.
var Trend = newTable("trend", []Column[TrendPoint]{
	intCol("period", func(r *TrendPoint) *int { return &r.Period }),
	textCol("from", func(r *TrendPoint) *string { return &r.From }),
	textCol("to", func(r *TrendPoint) *string { return &r.To }),
	textCol("type", func(r *TrendPoint) *string { return &r.Type }),
	textCol("name", func(r *TrendPoint) *string { return &r.Group }),
	intCol("size", func(r *TrendPoint) *int { return &r.Size }),
	floatCol("internal_weight", func(r *TrendPoint) *float64 { return &r.Internal }),
	floatCol("external_weight", func(r *TrendPoint) *float64 { return &r.External }),
	floatCol("ei_index", func(r *TrendPoint) *float64 { return &r.EI }),
	floatCol("ei_index_low", func(r *TrendPoint) *float64 { return &r.EILow }),
	floatCol("ei_index_high", func(r *TrendPoint) *float64 { return &r.EIHigh }),
	floatCol("homophily", func(r *TrendPoint) *float64 { return &r.Homophily }),
	floatCol("homophily_low", func(r *TrendPoint) *float64 { return &r.HLow }),
	floatCol("homophily_high", func(r *TrendPoint) *float64 { return &r.HHigh }),
	floatCol("internal_share", func(r *TrendPoint) *float64 { return &r.Share }),
	floatCol("internal_share_low", func(r *TrendPoint) *float64 { return &r.ShareLow }),
	floatCol("internal_share_high", func(r *TrendPoint) *float64 { return &r.ShareHigh }),
	textCol("silo_verdict", func(r *TrendPoint) *string { return &r.Verdict }),
	floatCol("z", func(r *TrendPoint) *float64 { return &r.Z }),
	floatCol("cusum_up", func(r *TrendPoint) *float64 { return &r.Up }),
	floatCol("cusum_down", func(r *TrendPoint) *float64 { return &r.Down }),
	textCol("alarm", func(r *TrendPoint) *string { return &r.Alarm }),
	boolCol("partial", func(r *TrendPoint) *bool { return &r.Partial }),
	textCol("z_held", func(r *TrendPoint) *string { return &r.ZHeld }).since(),
})

// TrendAlert is a row of trend_alerts.csv: a CUSUM alarm.
type TrendAlert struct {
	Type, Group, Direction string
	Period, Start          int
	From, To               string // the alarm period
	StartFrom              string // the first day of the start period
	Sum, Mean, SD, After   float64
	// LaterN and Later: the periods after the alarm, up to the group's
	// next one, and their mean homophily (NaN when none); Persisted
	// "true" or "false" from change.MinLater periods on, else "".
	LaterN    int
	Later     float64
	Persisted string
	Sentence  string
	// Headline and Detail say the same as Sentence in two parts, for
	// trend.html: the line a reader takes away and the figures behind
	// it. Not columns of trend_alerts.csv.
	Headline, Detail string
}

// TrendAlerts is trend_alerts.csv.
var TrendAlerts = newTable("trend_alerts", []Column[TrendAlert]{
	textCol("type", func(r *TrendAlert) *string { return &r.Type }),
	textCol("name", func(r *TrendAlert) *string { return &r.Group }),
	textCol("direction", func(r *TrendAlert) *string { return &r.Direction }),
	intCol("period", func(r *TrendAlert) *int { return &r.Period }),
	textCol("from", func(r *TrendAlert) *string { return &r.From }),
	textCol("to", func(r *TrendAlert) *string { return &r.To }),
	intCol("start_period", func(r *TrendAlert) *int { return &r.Start }),
	textCol("start_from", func(r *TrendAlert) *string { return &r.StartFrom }),
	floatCol("cusum", func(r *TrendAlert) *float64 { return &r.Sum }),
	floatCol("calibration_mean", func(r *TrendAlert) *float64 { return &r.Mean }),
	floatCol("calibration_sd", func(r *TrendAlert) *float64 { return &r.SD }),
	floatCol("homophily", func(r *TrendAlert) *float64 { return &r.After }),
	intCol("later_periods", func(r *TrendAlert) *int { return &r.LaterN }),
	floatCol("later_homophily", func(r *TrendAlert) *float64 { return &r.Later }),
	textCol("persisted", func(r *TrendAlert) *string { return &r.Persisted }),
	textCol("sentence", func(r *TrendAlert) *string { return &r.Sentence }),
})

// Comparison is the output of sekat compare: its tables and compare.json.
type Comparison struct {
	Groups      []GroupChange
	Units       []UnitChange
	Network     []NetworkChange
	Communities []CommunityMatch
	Ties        []TieChange
	// JSON is compare.json: the method, the periods, the QAP test, the
	// verdicts and the warnings.
	JSON CompareJSON
	// NoVerdict is the sentence said when no group's verdict is reported
	// (made by the command line: no change, none tested, or none could
	// be significant); "" for the page's default.
	NoVerdict string
}

// CompareJSON is compare.json.
type CompareJSON struct {
	Sekat       string             `json:"sekat_version"`
	Level       string             `json:"level"`
	Before      ComparePeriod      `json:"before"`
	After       ComparePeriod      `json:"after"`
	Method      map[string]any     `json:"method"`
	QAP         map[string]any     `json:"qap"`
	NMI         Number             `json:"communities_nmi"`
	ARI         Number             `json:"communities_ari"`
	Verdicts    []CompareVerdict   `json:"verdicts"`
	Brokers     []CompareBroker    `json:"brokers"`
	Movers      []CompareMover     `json:"movers"`
	MoverFlows  []CompareMoverFlow `json:"mover_flows"`
	Appeared    []string           `json:"units_appeared"`
	Disappeared []string           `json:"units_disappeared"`
	Warnings    []Warning          `json:"warnings"`
	// HolmFloors is the floor of every Holm family of the comparison
	// (change.Comparison.HolmFloors), which the warnings and the
	// sentences give and compare.html's notes read. A compare.json
	// written before it was added has none (nil): CompareDisagreements
	// then re-derives the groups' floors from their rows, which can see
	// neither the splits of the periods' weeks nor withheld groups'
	// tests, so that floor may lie below the true one.
	HolmFloors []CompareHolmFloor `json:"holm_floors"`
}

// CompareHolmFloor is the smallest Holm-adjusted p-value one family of
// tests of a comparison can reach, in compare.json (change.HolmFloor):
// Tests times the larger of 1/(permutations + 1) and 1/splits (method's
// permutations and splits), or 2/splits where Mirrored, at most 1. Table is groups, units or ties;
// Family the group type (sector, unit), cross_sector_share or ties;
// PermutationsNeeded is ceil(Tests/alpha) - 1, the fewest permutations
// that bring Tests/(permutations + 1) to alpha; BySplits says that the
// splits of the periods' time blocks keep the floor above alpha, which
// no number of permutations would change, only longer periods. Mirrored
// says that the periods hold as many runs of time blocks, so that each
// split and the one with the periods swapped give the same size of change
// and no permutation p-value is below 2/splits; added after the others, a
// compare.json written before it reads false.
type CompareHolmFloor struct {
	Table              string `json:"table"`
	Family             string `json:"family"`
	Tests              int    `json:"tests"`
	Floor              Number `json:"floor"`
	PermutationsNeeded int    `json:"permutations_needed"`
	BySplits           bool   `json:"by_splits"`
	Mirrored           bool   `json:"mirrored"`
}

// ComparePeriod describes one compared period in compare.json.
type ComparePeriod struct {
	Source string `json:"source"`
	From   string `json:"from"`
	To     string `json:"to"`
	Blocks int    `json:"blocks"`
	Days   Number `json:"days"`
	Nodes  int    `json:"nodes"`
	Ties   int    `json:"ties"`
}

// CompareVerdict is one group with a verdict other than no significant
// change, in compare.json.
type CompareVerdict struct {
	Type            string `json:"type"`
	Name            string `json:"name"`
	Verdict         string `json:"verdict"`
	HomophilyBefore Number `json:"homophily_before"`
	HomophilyAfter  Number `json:"homophily_after"`
	PAdjusted       Number `json:"p_adjusted"`
	// Permutations is the number of permutations the group's p-value is
	// over (changes_groups.csv's homophily_permutations): when p_adjusted
	// comes from a p of 1/(permutations + 1), none of them as large, it is
	// a bound, and the sentence says so. A compare.json written before
	// it was added reads as 0.
	Permutations int    `json:"permutations"`
	Sentence     string `json:"sentence"`
}

// CompareBroker is a node among the top brokers (by betweenness) of
// either period, in compare.json; Status is entered, left or stayed.
type CompareBroker struct {
	ID                string `json:"id"`
	Name              string `json:"name"`
	Unit              string `json:"unit"`
	Status            string `json:"status"`
	RankBefore        int    `json:"rank_before"`
	RankAfter         int    `json:"rank_after"`
	BetweennessBefore Number `json:"betweenness_before"`
	BetweennessAfter  Number `json:"betweenness_after"`
}

// CompareMover is a person who changed unit between the periods, in
// compare.json (person level).
type CompareMover struct {
	Person           string `json:"person"`
	UnitBefore       string `json:"unit_before"`
	UnitAfter        string `json:"unit_after"`
	CrossShareBefore Number `json:"cross_sector_share_before"`
	CrossShareAfter  Number `json:"cross_sector_share_after"`
}

// CompareMoverFlow counts the people who moved from one unit to another
// between the periods, in compare.json (person level): what a
// pseudonymous comparison says of its movers instead of listing them.
type CompareMoverFlow struct {
	UnitBefore string `json:"unit_before"`
	UnitAfter  string `json:"unit_after"`
	People     int    `json:"people"`
}

// CompareFile is the name of compare.json.
const CompareFile = "compare.json"

// Files lists the files of a comparison: the five tables as CSV, their
// Parquet twins, and compare.json.
func (c *Comparison) Files() []File {
	return []File{
		csvFile(ChangesGroups, c.Groups), csvFile(ChangesUnits, c.Units), csvFile(ChangesNetwork, c.Network),
		csvFile(CommunitiesMatched, c.Communities), csvFile(TiesChanged, c.Ties),
		parquetFile(ChangesGroups, c.Groups), parquetFile(ChangesUnits, c.Units), parquetFile(ChangesNetwork, c.Network),
		parquetFile(CommunitiesMatched, c.Communities), parquetFile(TiesChanged, c.Ties),
		{Name: CompareFile, Write: func(w io.Writer) error { return writeJSON(w, &c.JSON) }},
	}
}

// TrendOutput is the output of sekat trend.
type TrendOutput struct {
	Points []TrendPoint
	Alerts []TrendAlert
	// NoAlert is the sentence said when there is no alert ("" for the
	// page's own); Notes are sentences on how the CUSUM was calibrated
	// (the sectors it did not watch and why, the calibration periods it
	// left out). Neither is a table.
	NoAlert string
	Notes   []string
	// Calibration is the number of first periods the CUSUM is calibrated
	// on, and Watches how it watched each sector, for trend.html; not
	// tables.
	Calibration int
	Watches     []TrendWatch
	// Cusums are the rows of trend_cusum.csv: how the CUSUM scored each
	// judged sector.
	Cusums []TrendCusum
}

// TrendCusum is a row of trend_cusum.csv: the figures the CUSUM of one
// sector ran on, from which its z, cusum_up, cusum_down and alarm columns
// of trend.csv can be recomputed (docs/change.md). Watched is false, with
// Reason (change.WatchFewCalibration and the others), when the CUSUM did
// not run; its figures are then empty.
type TrendCusum struct {
	Type, Group string
	Watched     bool
	Reason      string
	// Calibration is the number of calibration periods with an index.
	Calibration                   int
	Mean, SD, K, H, Weight, Share float64
}

// TrendCusums is trend_cusum.csv.
var TrendCusums = newTable("trend_cusum", []Column[TrendCusum]{
	textCol("type", func(r *TrendCusum) *string { return &r.Type }),
	textCol("name", func(r *TrendCusum) *string { return &r.Group }),
	boolCol("watched", func(r *TrendCusum) *bool { return &r.Watched }),
	textCol("reason", func(r *TrendCusum) *string { return &r.Reason }),
	intCol("calibration_periods", func(r *TrendCusum) *int { return &r.Calibration }),
	floatCol("calibration_mean", func(r *TrendCusum) *float64 { return &r.Mean }),
	floatCol("calibration_sd", func(r *TrendCusum) *float64 { return &r.SD }),
	floatCol("reference_value", func(r *TrendCusum) *float64 { return &r.K }),
	floatCol("decision_interval", func(r *TrendCusum) *float64 { return &r.H }),
	floatCol("calibration_weight", func(r *TrendCusum) *float64 { return &r.Weight }),
	floatCol("calibration_internal_share", func(r *TrendCusum) *float64 { return &r.Share }),
})

// TrendWatch is how the CUSUM watched one sector, for trend.html: Mean is
// the calibration mean of a watched sector (NaN otherwise), Note, for a
// sector the CUSUM did not watch, says why ("" when watched).
type TrendWatch struct {
	Group string
	Mean  float64
	Note  string
}

// Files lists the files of a trend: trend.csv, trend_alerts.csv,
// trend_cusum.csv and their Parquet twins.
func (t *TrendOutput) Files() []File {
	return []File{csvFile(Trend, t.Points), csvFile(TrendAlerts, t.Alerts), csvFile(TrendCusums, t.Cusums),
		parquetFile(Trend, t.Points), parquetFile(TrendAlerts, t.Alerts), parquetFile(TrendCusums, t.Cusums)}
}

// writeJSON writes v as indented JSON with a final newline, HTML
// characters as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// DiD is a row of did.csv: a difference-in-differences estimate of one
// outcome (kind did, placebo or period; docs/change.md).
type DiD struct {
	Outcome, Kind               string
	Date, From, To              string
	TreatedBefore, TreatedAfter float64
	ControlBefore, ControlAfter float64
	Effect, Low, High, P        float64
	// PFloor is the smallest value P could take with these assignments.
	PFloor      float64
	Assignments int
	// MinSignificant is the smallest |Effect| that would have given P at
	// most 0.05 in this design (change.DiD.Detectable); NaN where P is
	// not given or cannot reach 0.05.
	MinSignificant float64
	// MaxPossible is the largest |Effect| the outcome's range allows with
	// the other three values as observed (change.DiD.Reachable); a
	// MinSignificant above it means that no effect the data could show
	// would have been significant. NaN where P is not given.
	MaxPossible float64
	// Warnings are the codes of evaluate's warnings about the effect,
	// separated by ";", on the did rows (change.Evaluation.Codes); empty
	// on the others and when there are none.
	Warnings string
	// EmptyAfterFrom and EmptyAfterTo (exclusive) are the span of the
	// periods without any tie right after the reform date, where periods
	// with ties follow (data lost for a month): the effect compares the
	// periods after the date but those. EmptyBeforeFrom and EmptyBeforeTo
	// are those right before it. On the did rows; empty otherwise and
	// when there are none.
	EmptyAfterFrom, EmptyAfterTo   string
	EmptyBeforeFrom, EmptyBeforeTo string
}

// DiDTable is did.csv.
var DiDTable = newTable("did", []Column[DiD]{
	textCol("outcome", func(r *DiD) *string { return &r.Outcome }),
	textCol("kind", func(r *DiD) *string { return &r.Kind }),
	textCol("date", func(r *DiD) *string { return &r.Date }),
	textCol("from", func(r *DiD) *string { return &r.From }),
	textCol("to", func(r *DiD) *string { return &r.To }),
	floatCol("treated_before", func(r *DiD) *float64 { return &r.TreatedBefore }),
	floatCol("treated_after", func(r *DiD) *float64 { return &r.TreatedAfter }),
	floatCol("control_before", func(r *DiD) *float64 { return &r.ControlBefore }),
	floatCol("control_after", func(r *DiD) *float64 { return &r.ControlAfter }),
	floatCol("effect", func(r *DiD) *float64 { return &r.Effect }),
	floatCol("effect_low", func(r *DiD) *float64 { return &r.Low }),
	floatCol("effect_high", func(r *DiD) *float64 { return &r.High }),
	floatCol("p_randomisation", func(r *DiD) *float64 { return &r.P }),
	intCol("assignments", func(r *DiD) *int { return &r.Assignments }),
	floatCol("p_floor", func(r *DiD) *float64 { return &r.PFloor }),
	floatCol("min_significant_effect", func(r *DiD) *float64 { return &r.MinSignificant }),
	floatCol("max_possible_effect", func(r *DiD) *float64 { return &r.MaxPossible }),
	textCol("warnings", func(r *DiD) *string { return &r.Warnings }),
	textCol("empty_after_from", func(r *DiD) *string { return &r.EmptyAfterFrom }),
	textCol("empty_after_to", func(r *DiD) *string { return &r.EmptyAfterTo }),
	textCol("empty_before_from", func(r *DiD) *string { return &r.EmptyBeforeFrom }),
	textCol("empty_before_to", func(r *DiD) *string { return &r.EmptyBeforeTo }),
})

// DiDFiles lists did.csv and its Parquet twin.
func DiDFiles(rows []DiD) []File {
	return []File{csvFile(DiDTable, rows), parquetFile(DiDTable, rows)}
}

// Disagreements names the rows of a comparison whose 95% interval of the
// change and permutation p-value point different ways at alpha, the
// contradiction a reader would otherwise be left with (Comparison.
// Disagreements). The two answer different questions: the p-value
// exchanges whole time blocks between the periods (null model: both come
// from one process), the interval resamples the blocks within each
// period and says how precisely the change is measured.
type Disagreements struct {
	// GroupsSignificant: a group's homophily verdict is significant
	// (opened, closed, formed, significant but small: Holm-adjusted p at
	// most alpha), yet the interval of its change holds 0. Each group
	// with its kind: at person level sectors and units are both groups,
	// and their names alone do not say which is which.
	GroupsSignificant []GroupRef
	// GroupsNotShown: a group's verdict is no significant change, yet the
	// interval of its change leaves out 0.
	GroupsNotShown []GroupRef
	// NetworkSignificant: a whole-network measure's p-value (not
	// adjusted) is at most alpha, yet the interval of its change holds 0.
	NetworkSignificant []string
	// NetworkNotShown: a whole-network measure's p-value is above alpha,
	// yet the interval of its change leaves out 0.
	NetworkNotShown []string
}

// Any reports whether any row disagrees.
func (d Disagreements) Any() bool {
	return len(d.GroupsSignificant)+len(d.GroupsNotShown)+len(d.NetworkSignificant)+len(d.NetworkNotShown) > 0
}

// Disagreements lists the groups (homophily, against the verdict, which
// rests on the Holm-adjusted p) and the whole-network measures (against
// their p-value) whose interval of the change and p-value disagree at
// alpha. A row without an interval or a p-value (NaN) disagrees with
// nothing.
func (c *Comparison) Disagreements(alpha float64) Disagreements {
	var d Disagreements
	excludes := func(m Measure) bool { return m.ChangeLow > 0 || m.ChangeHigh < 0 }
	defined := func(m Measure) bool { return m.ChangeLow == m.ChangeLow && m.ChangeHigh == m.ChangeHigh }
	for _, g := range c.Groups {
		h := g.Homophily
		if !defined(h) {
			continue
		}
		switch g.Verdict {
		case "opened", "closed", "formed", "significant but small":
			if !excludes(h) {
				d.GroupsSignificant = append(d.GroupsSignificant, GroupRef{metrics.GroupType(g.Type), g.Name})
			}
		case "no significant change":
			if excludes(h) {
				d.GroupsNotShown = append(d.GroupsNotShown, GroupRef{metrics.GroupType(g.Type), g.Name})
			}
		}
	}
	for _, n := range c.Network {
		m := n.Value
		if !defined(m) || m.P != m.P {
			continue
		}
		switch {
		case m.P <= alpha && !excludes(m):
			d.NetworkSignificant = append(d.NetworkSignificant, n.Name)
		case m.P > alpha && excludes(m):
			d.NetworkNotShown = append(d.NetworkNotShown, n.Name)
		}
	}
	return d
}
