package change

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// CUSUM defaults (McCulloh & Carley 2008 use the same design for network
// measures): the reference value k and the decision interval h, in
// standard deviations of the calibration periods.
const (
	DefaultCUSUMK = 0.5
	DefaultCUSUMH = 4
)

// RunFalseAlarms bounds the false alarms of a whole trend: the decision
// interval of every sector's CUSUM is raised until, were there no change
// and the periods independent and normal, the expected number of alarms
// over all watched sectors, both directions and all periods after the
// calibration would be at most this (see cusumARL).
const RunFalseAlarms = 0.05

// PartialShare: a period shorter than this share of the trend's longest
// period is cut short by the window, and the CUSUM leaves it out (see
// Watch.Partial). Months of 28 to 31 days are all whole.
const PartialShare = 0.75

// TrendOptions configure Trend on top of Options.
type TrendOptions struct {
	Options
	// Every is the length of a period (week, month or quarter).
	Every graph.Step
	// Calibration is the number of first periods that set the CUSUM's
	// mean and standard deviation; 0 means DefaultCalibration.
	Calibration int
	// K and H are the CUSUM's reference value and decision interval in
	// standard deviations; 0 means DefaultCUSUMK and DefaultCUSUMH.
	K, H float64
	// Held marks the periods (by index, as periods) whose figures the
	// caller withholds: a person-level period of fewer people than the
	// minimum group size. Every CUSUM passes over them as if they were
	// not there: they are left out of the calibration (counted neither
	// as calibration periods nor as skipped ones), the sums are carried
	// over them unchanged (not counted as gaps), and they are left out
	// of the mean after an alarm. So no z, sum, alarm, calibration mean
	// or later mean depends on what they hold, and nothing shown lets
	// their values be recomputed (a sum carried through a withheld
	// period's z would give it back from its neighbours' sums). Their
	// points keep NaN in Z, Up and Down.
	Held []bool
}

// WholePeriods is the number of periods not cut short by the window
// (PartialShare of the longest period): the periods the CUSUM calibrates
// on and watches. A trend needs MinTrendPeriods of them.
func WholePeriods(periods []Period) int {
	var longest int64
	for _, p := range periods {
		longest = max(longest, p.Window.To-p.Window.From)
	}
	n := 0
	for _, p := range periods {
		if !(float64(p.Window.To-p.Window.From) < PartialShare*float64(longest)) {
			n++
		}
	}
	return n
}

// PartialPeriods marks the periods cut short by the window: shorter than
// PartialShare of the longest period, as a first month of two days when
// --from falls on 30 January. Only the first and the last period can be:
// every other runs from one calendar bound to the next.
func PartialPeriods(periods []Period) []bool {
	var longest int64
	for _, p := range periods {
		longest = max(longest, p.Window.To-p.Window.From)
	}
	out := make([]bool, len(periods))
	for i, p := range periods {
		out[i] = float64(p.Window.To-p.Window.From) < PartialShare*float64(longest)
	}
	return out
}

// MinTrendPeriods is the fewest whole periods (WholePeriods) a trend
// needs: 3 to calibrate (DefaultCalibration) and one to watch.
const MinTrendPeriods = 4

// defaultCalibration is the number of periods from the first that hold
// DefaultCalibration(full) periods not cut short (full of them in all),
// at most len(periods)-1.
func defaultCalibration(periods []Period) int {
	var longest int64
	for _, p := range periods {
		longest = max(longest, p.Window.To-p.Window.From)
	}
	short := func(t int) bool {
		w := periods[t].Window
		return float64(w.To-w.From) < PartialShare*float64(longest)
	}
	full := 0
	for t := range periods {
		if !short(t) {
			full++
		}
	}
	want := DefaultCalibration(full)
	cal, got := 0, 0
	for cal < len(periods)-1 && got < want {
		if !short(cal) {
			got++
		}
		cal++
	}
	return max(cal, min(DefaultCalibration(len(periods)), len(periods)-1))
}

// DefaultCalibration is the number of calibration periods of n periods:
// a quarter of them, at least 3 (the fewest that give a standard
// deviation with some meaning) and at most n-1.
func DefaultCalibration(n int) int { return min(max(3, (n+3)/4), max(0, n-1)) }

// TrendPoint is one row of trend.csv: one group in one period.
type TrendPoint struct {
	Period int // 1-based
	Window graph.Window
	Type   metrics.GroupType
	Group  string
	Size   int
	// Internal and external weight, and the measures with their
	// intervals from a block bootstrap inside the period.
	Internal, External           float64
	EI, Homophily, InternalShare float64
	EICI, HomophilyCI, ShareCI   Interval
	Tier                         Tier
	// Z is the homophily index standardised by the calibration periods,
	// held within what the period's ties can carry (binomialZ);
	// Up and Down are the CUSUM sums (NaN in the calibration periods and
	// for groups without a CUSUM), Alarm the direction of an alarm raised
	// in this period ("" none).
	Z, Up, Down float64
	Alarm       string
	// Held is set when binomialZ held Z at 0 although the standardised
	// index was not 0 (counted in Watch.HeldAtZero): the period's ties
	// lie within chance of the calibration's internal share, and its z
	// of 0 is no homophily at the calibration mean.
	Held bool
	// Partial is set when the period is cut short by the window (shorter
	// than PartialShare of the longest period): the CUSUM leaves it out.
	Partial bool
}

// Alarm directions.
const (
	AlarmClosing = "closing" // the homophily index rose
	AlarmOpening = "opening" // it fell
)

// Alert is one row of trend_alerts.csv: a CUSUM alarm.
type Alert struct {
	Type      metrics.GroupType
	Group     string
	Direction string
	// Period is the period of the alarm; Start the first period of the
	// run of non-zero sums that led to it (the estimated start of the
	// change).
	Period, Start int
	Window        graph.Window
	StartWindow   graph.Window
	Sum           float64
	// Mean and SD are the calibration's; Before is the calibration mean
	// and After the homophily index in the alarm's period.
	Mean, SD, After float64
	// Later is the mean homophily index of the LaterN periods after the
	// alarm's, up to the group's next alarm (periods cut short by the
	// window and periods without an index left out); NaN when LaterN is
	// 0. Persisted says whether Later still lies at least the minimum
	// change from Mean in the alarm's direction; it is only judged from
	// MinLater periods on (PersistJudged).
	Later         float64
	LaterN        int
	Persisted     bool
	PersistJudged bool
	at            int // the index of the alarm's period
}

// MinLater is the fewest periods after an alarm from which sekat says
// whether its shift persisted. On the false alarms of the generated
// weekly no-change studies at --scale 0.3 (docs/change.md) the shift
// lasted a few weeks at most, so the mean of the later periods came back
// to within half the minimum change of the calibration mean; a lasting
// change keeps it away.
const MinLater = 3

// TrendMethod records how a trend was made.
type TrendMethod struct {
	Level       string
	Every       string
	Block       string
	Periods     int
	Calibration int
	K, H        float64
	// ARL is the in-control average run length each one-sided sum was
	// held to (2 × sectors watched × periods after the calibration /
	// RunFalseAlarms); 0 when no sector was watched.
	ARL       float64
	Resamples int
	Seed      uint64
	Alpha     float64
	Interval  string
	// Permutations is the label permutation count of each period's silo
	// test (Analysis.Permutations; 0: silo.PermutationsFor).
	Permutations int
}

// TrendResult is what Trend finds.
type TrendResult struct {
	Method  TrendMethod
	Windows []graph.Window
	Points  []TrendPoint
	Alerts  []Alert
	// Watches says, for every judged sector, how its CUSUM was
	// calibrated or why it did not run: a sector without alerts is only
	// "no alarm" when its Watch has no Reason.
	Watches []Watch
	// Reach is, per type of group, the reach of the period's silo test
	// that reached least (the highest silo.SmallestAdjustedP): above
	// alpha, no group of the type got a verdict in that period whatever
	// its data, and trend says so.
	Reach map[metrics.GroupType]TestReach
	// NoInterval lists the periods (1-based) without bootstrap intervals
	// because they hold fewer than MinIntervalBlocks time blocks (every
	// period of a weekly trend).
	NoInterval []int
	// held is TrendOptions.Held: the periods every CUSUM passed over.
	held []bool
}

// Watched is the number of periods after the calibration that the CUSUM
// watched: those neither cut short by the window (PartialShare of the
// longest period) nor withheld (TrendOptions.Held), which it passes over.
// A weekly trend of 2025 has 53 periods, 14 for calibration, and 38
// watched: its last week, of three days, is not. A person-level weekly
// trend of 10 March to 26 May 2025 said 8 periods watched after its 3
// calibration weeks, one of the 8 the Lebaran week withheld for having
// too few people.
func (tr *TrendResult) Watched() int {
	n := 0
	for t := tr.Method.Calibration; t < len(tr.Windows); t++ {
		if tr.used(t) {
			n++
		}
	}
	return n
}

// Calibrated is the number of calibration periods the CUSUM could
// calibrate on: the first Method.Calibration periods less those cut
// short by the window and those withheld (TrendOptions.Held), which it
// leaves out. A sector's Watch.Calibration + Watch.Skipped is this. A
// weekly trend of 2025 from Thursday 2 January calibrates on 13 weeks
// of its first 14 periods: the first, of four days, is cut short.
func (tr *TrendResult) Calibrated() int {
	n := 0
	for t := range min(tr.Method.Calibration, len(tr.Windows)) {
		if tr.used(t) {
			n++
		}
	}
	return n
}

// Partial is the number of periods cut short by the window (shorter than
// PartialShare of the longest period) and not withheld: those the CUSUM
// leaves out for their length alone, whether or not any sector was
// watched. A sector's Watch.Partial is this; counted from the watches,
// trend's note on them was lost when every sector was withheld (a
// person-level weekly trend from Wednesday 8 January 2025 with
// --min-group 50, its first week of five days cut short).
func (tr *TrendResult) Partial() int {
	n := 0
	for t := range tr.Windows {
		if !tr.Held(t) && !tr.whole(t) {
			n++
		}
	}
	return n
}

// Held says whether period t (0-based) is withheld (TrendOptions.Held):
// none of its figures is shown.
func (tr *TrendResult) Held(t int) bool { return t < len(tr.held) && tr.held[t] }

// used says whether the CUSUM uses period t: not cut short by the window
// and not withheld.
func (tr *TrendResult) used(t int) bool {
	return !tr.Held(t) && tr.whole(t)
}

// whole says whether period t is not cut short by the window (PartialShare
// of the longest period).
func (tr *TrendResult) whole(t int) bool {
	var longest int64
	for _, w := range tr.Windows {
		longest = max(longest, w.To-w.From)
	}
	w := tr.Windows[t]
	return !(float64(w.To-w.From) < PartialShare*float64(longest))
}

// Watch is how the CUSUM watched one judged sector.
type Watch struct {
	Type  metrics.GroupType
	Group string
	// Calibration is the number of calibration periods whose homophily
	// index was defined and set the mean and standard deviation; Skipped
	// the calibration periods left out because the index was undefined
	// there (the sector had no tie in the period, such as a holiday week
	// without events). Calibration + Skipped + the partial periods among
	// them (Partial counts those after the calibration too) is the
	// method's calibration.
	Calibration, Skipped int
	// Gaps counts the periods after the calibration whose index was
	// undefined: the CUSUM passed over them, its sums carried unchanged.
	Gaps int
	// Partial counts the periods cut short by the window (shorter than
	// PartialShare of the longest period: a last week of three days),
	// left out of the calibration and passed over by the CUSUM as gaps
	// are: with fewer events their index swings more, and one such week
	// rang alarms.
	Partial int
	// Reason says why the CUSUM did not run (WatchFewCalibration,
	// WatchFlat); "" when it ran.
	Reason string
	// CalLow and CalHigh are the lowest and highest defined homophily
	// index of the calibration periods (NaN when none is defined);
	// CalMoved is set when they lie at least the minimum change apart:
	// the sector moved within the calibration, which the CUSUM, measuring
	// later periods against the calibration's mean, cannot report.
	CalLow, CalHigh float64
	CalMoved        bool
	// Mean is the calibration mean the CUSUM measured the later periods
	// against; NaN when fewer than MinCalibration values define it.
	Mean float64
	// SD is the standard deviation the CUSUM scored by (the larger of the
	// calibration values' spread and the root mean square of their
	// bootstrap standard errors); K and H are its reference value and
	// decision interval in SDs, as the floors and the run bound set them;
	// Weight is the calibration periods' median tie weight (a period with
	// less is scored with SD·sqrt(Weight/weight)) and Share their pooled
	// internal share, half a tie added each way (binomialZ's chance). With
	// Mean they are all that trend.csv's z, cusum_up, cusum_down and alarm
	// follow from; NaN when the CUSUM did not run.
	SD, K, H, Weight, Share float64
	// Scored counts the periods after the calibration the CUSUM scored (a
	// z in trend.csv), and HeldAtZero those of them whose standardised
	// index was not 0 but whose ties, drawn as binomialZ supposes, made
	// an outcome as far from the calibration's share likely (each bound
	// at 0 on the side of the index): their z is 0, not because their
	// homophily equalled the mean, and they add nothing to a sum but its
	// reference value. On sekat generate --seed 33 --scale 0.3
	// --no-change, trend --every week, 175 of the 380 sector-weeks.
	Scored, HeldAtZero int
}

// Why a CUSUM did not run for a sector.
const (
	// WatchFewCalibration: fewer than MinCalibration calibration periods
	// have a defined homophily index.
	WatchFewCalibration = "few_calibration"
	// WatchFlat: the calibration values and their bootstrap standard
	// errors are all equal, so there is no scale to standardise by.
	WatchFlat = "flat_calibration"
	// WatchOneUnit: at unit level, the sector has one unit, so no tie
	// stays inside it and its homophily index is 0 in every period by
	// construction (compare does not test such a group either).
	WatchOneUnit = "one_unit"
)

// MinCalibration is the fewest calibration periods with a defined
// homophily index that a sector's CUSUM needs: two values give a standard
// deviation.
const MinCalibration = 2

// Trend computes the group measures of every period with intervals from
// a block bootstrap inside the period, the silo tier of each period, and
// a two-sided CUSUM on each judged sector's homophily index, calibrated on
// the first periods.
//
// By default the calibration holds DefaultCalibration of the periods that
// are not cut short by the window (PartialShare), and reaches past the
// ones that are, which the CUSUM leaves out: a window starting on a
// Thursday cuts the first week short, and the calibration said to be of
// 3 periods rested on 2 (review of session 22).
func Trend(ctx context.Context, f *Frame, periods []Period, opt TrendOptions) (*TrendResult, error) {
	n := len(periods)
	cal := opt.Calibration
	if cal == 0 {
		cal = defaultCalibration(periods)
	}
	if cal < 2 || cal >= n {
		return nil, fmt.Errorf("change: trend needs at least 2 calibration periods and one after them; %d periods with %d for calibration: use a longer window or a shorter --every", n, cal)
	}
	k, h := opt.K, opt.H
	if k == 0 {
		k = DefaultCUSUMK
	}
	if h == 0 {
		h = DefaultCUSUMH
	}
	alpha := opt.alpha()
	tr := &TrendResult{Method: TrendMethod{Level: f.Level.String(), Every: opt.Every.String(), Periods: n, Calibration: cal,
		K: k, H: h, Resamples: opt.resamples(), Seed: opt.Seed, Alpha: alpha, Interval: "BCa", Permutations: opt.Analysis.Permutations},
		held: opt.Held}
	fams := f.families()
	lay := newLayout(fams, 0)
	var all []int
	var longest int64
	for _, p := range periods {
		longest = max(longest, p.Window.To-p.Window.From)
	}
	for _, p := range periods {
		all = append(all, p.Blocks...)
		tr.Windows = append(tr.Windows, p.Window)
	}
	pl := f.pool(lay, all, func(int, int32) int32 { return -1 })
	pl.run = opt.run()
	type cell struct {
		d     *dist
		sz    *sizes
		tiers [][]Tier
	}
	cells := make([]cell, n)
	for t, p := range periods {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pn := f.Network(p.Blocks, p.Window, opt.Weights)
		sz := f.sizes(pn, fams)
		d, err := pl.bootstrap(ctx, p.Blocks, sz, opt.resamples(), opt.Seed, t, opt.Workers)
		if err != nil {
			return nil, err
		}
		tiers, reach, err := f.tiers(ctx, pn, fams, opt.Seed, opt.Analysis)
		if err != nil {
			return nil, err
		}
		for fi, fam := range fams {
			if tr.Reach == nil {
				tr.Reach = map[metrics.GroupType]TestReach{}
			}
			// the period whose test reached least
			if old, ok := tr.Reach[fam.Type]; !ok || reach[fi].Floor() > old.Floor() || math.IsNaN(old.Floor()) {
				tr.Reach[fam.Type] = reach[fi]
			}
		}
		cells[t] = cell{d, sz, tiers}
		if d.n < MinIntervalBlocks {
			tr.NoInterval = append(tr.NoInterval, t+1)
		}
	}
	// The run's false alarms are shared out over the one-sided sums of
	// every sector watched and every period they watch.
	watched := 0
	for _, fam := range fams {
		if fam.Type != metrics.GroupSector {
			continue
		}
		for _, ok := range f.formal(fam) {
			if ok {
				watched++
			}
		}
	}
	arl := 0.0
	if watched > 0 {
		arl = 2 * float64(watched) * float64(n-cal) / RunFalseAlarms
	}
	tr.Method.ARL = arl
	for fi, fam := range fams {
		formal := f.formal(fam)
		for g, name := range fam.Names {
			pts := make([]TrendPoint, n)
			for t, p := range periods {
				c := cells[t]
				jEI, jH, jS := lay.groupAt(fi, g, mEI), lay.groupAt(fi, g, mHomophily), lay.groupAt(fi, g, mInternalShare)
				off, kk := lay.famOff[fi], len(fam.Names)
				pts[t] = TrendPoint{Period: t + 1, Window: p.Window, Type: fam.Type, Group: name, Size: c.sz.groups[fi][g],
					Internal: pl.sumAt(p.Blocks, off+g), External: pl.sumAt(p.Blocks, off+kk+g),
					EI: c.d.point[jEI], Homophily: c.d.point[jH], InternalShare: c.d.point[jS],
					EICI: c.d.interval(jEI, alpha), HomophilyCI: c.d.interval(jH, alpha), ShareCI: c.d.interval(jS, alpha),
					Tier: c.tiers[fi][g], Z: math.NaN(), Up: math.NaN(), Down: math.NaN(),
					Partial: float64(p.Window.To-p.Window.From) < PartialShare*float64(longest)}
			}
			if !(fam.Type == metrics.GroupSector && formal[g]) && !slices.ContainsFunc(pts, func(p TrendPoint) bool { return p.Size > 0 }) {
				// a group with no one in any period (at person level a
				// unit that exists only after the window, as a unit
				// made by a reorganisation) has nothing to show: it
				// was listed with a size of 0 and empty cells in
				// every period
				continue
			}
			if fam.Type == metrics.GroupSector && formal[g] {
				se := make([]float64, n)
				for t := range periods {
					se[t] = cells[t].d.sd(lay.groupAt(fi, g, mHomophily))
				}
				al, w := cusumHeld(pts, se, cal, k, h, opt.MinChangeValue(), arl, opt.Held)
				if w.Reason == WatchFlat && f.Level == graph.UnitLevel && f.sectorUnits(name) < 2 {
					// at unit level a sector of one unit has no tie inside
					// it: its index is 0 by construction, not flat by chance
					w.Reason = WatchOneUnit
				}
				tr.Alerts = append(tr.Alerts, al...)
				tr.Watches = append(tr.Watches, w)
			}
			tr.Points = append(tr.Points, pts...)
		}
	}
	slices.SortStableFunc(tr.Alerts, func(a, b Alert) int { return a.Period - b.Period })
	return tr, nil
}

// cusum runs the two-sided CUSUM of Page (1954) on the homophily index of
// one group: with mean m and standard deviation s of the calibration
// periods, z_t = (H_t - m)/s, Up_t = max(0, Up_{t-1} + z_t - k) and
// Down_t = max(0, Down_{t-1} - z_t - k) from the first period after the
// calibration; a sum that crosses h raises an alarm, once: the sum goes
// on, so a lasting shift is one alarm, and a new alarm in the same
// direction needs the sum to come back to 0 first (see below). s
// is the larger of the calibration values' standard deviation and the
// root mean square of their bootstrap standard errors (se), so that a
// calibration that is flat by chance does not make every later wobble an
// alarm. The reference value is the larger of k standard deviations and
// half of minChange (in homophily points): a CUSUM's reference value is
// half the shift it is meant to find (Page 1954), and a shift smaller than
// minChange is not one a verdict reports, however steady. Likewise the
// decision interval is the larger of h standard deviations and minChange
// (in homophily points): a sector whose calibration values lie within a
// few thousandths of each other (the index at its floor, week after week)
// has a tiny s, and h·s of 0.016 let a single week 0.07 above the mean
// ring as if the sector had closed (review r2 of session 15: weekly
// trends raised alarms in 10 of 20 studies generated without a change, 16
// of 29 such alarms one-week blips). With the floor an alarm needs the
// excess over the mean plus half the minimum change to add up to the
// minimum change: two periods a minimum change above the mean, or one
// half as much again. Last, the decision interval is raised, when need
// be, until each one-sided sum's in-control average run length reaches
// arl (periods; 0: no such bound), as the Markov chain of cusumARL
// computes it: weekly trends watch ten sectors for forty periods, and with
// h = 4 alone half of the small generated studies without any change
// raised an alarm (trend_sweep.sh, session 20). A period whose tie weight
// (internal plus external) is below the median of the calibration
// periods' is scored with s·sqrt(median/weight): its index rests on fewer
// ties and, were they drawn independently, varies that much more (the
// variable-sample-size standardisation of control charts). A heavier
// period keeps s, since the calibration's spread holds more than sampling
// noise; small weekly studies rang on thin weeks (trend_sweep.sh at
// --scale 0.3: 5 of 20 studies without change before, 3 after). Last,
// a period's z is held within the normal scores of the binomial tails of
// its internal weight given the calibration's pooled internal share
// (binomialZ): no period claims more than its ties could show were they
// drawn independently. The calibration's spread, estimated from a few
// thin weeks, can be far below that (a sector whose weeks held one or
// two letters, all inside but one), and one letter out then scored
// -9.6 and rang alone. It fills the points' Z,
// Up, Down and Alarm and returns the alerts and how the group was
// watched.
//
// A calibration period whose homophily index is undefined (no tie of the
// group in it) is left out of the mean and the spread and counted in
// Watch.Skipped; one whose bootstrap standard error is undefined (a
// period of one block, see dist.interval) is left out of the root mean
// square only, so that weekly periods are calibrated by the spread of
// their values alone. With fewer than MinCalibration defined values, or a
// scale of 0, the CUSUM does not run and Watch.Reason says why.
func cusum(pts []TrendPoint, se []float64, cal int, k, h, minChange, arl float64) ([]Alert, Watch) {
	return cusumHeld(pts, se, cal, k, h, minChange, arl, nil)
}

// cusumHeld is cusum passing over the periods that held marks (see
// TrendOptions.Held) as if they were not there.
func cusumHeld(pts []TrendPoint, se []float64, cal int, k, h, minChange, arl float64, held []bool) ([]Alert, Watch) {
	nan := math.NaN()
	w := Watch{Type: pts[0].Type, Group: pts[0].Group, CalLow: nan, CalHigh: nan, Mean: nan, SD: nan, K: nan, H: nan, Weight: nan, Share: nan}
	out := func(t int) bool { return t < len(held) && held[t] }
	var longest int64
	for _, p := range pts {
		longest = max(longest, p.Window.To-p.Window.From)
	}
	partial := func(t int) bool {
		return float64(pts[t].Window.To-pts[t].Window.From) < PartialShare*float64(longest)
	}
	var m, s2, e2 float64
	ne := 0
	for t := range cal {
		x := pts[t].Homophily
		if out(t) {
			continue
		}
		if partial(t) {
			w.Partial++
			continue
		}
		if math.IsNaN(x) {
			w.Skipped++
			continue
		}
		if w.Calibration == 0 || x < w.CalLow {
			w.CalLow = x
		}
		if w.Calibration == 0 || x > w.CalHigh {
			w.CalHigh = x
		}
		w.Calibration++
		m += x
		if !math.IsNaN(se[t]) {
			e2 += se[t] * se[t]
			ne++
		}
	}
	if w.Calibration < MinCalibration {
		w.Reason = WatchFewCalibration
		return nil, w
	}
	w.CalMoved = w.CalHigh-w.CalLow >= minChange-1e-12
	m /= float64(w.Calibration)
	if w.CalLow == w.CalHigh {
		// equal values: their sum over their number can be a rounding
		// off (12 weeks of -1/36 gave a standard deviation of 1.1e-17),
		// and that noise would pass for a scale to standardise by
		m = w.CalLow
	}
	w.Mean = m
	for t := range cal {
		if d := pts[t].Homophily - m; !math.IsNaN(d) && !partial(t) && !out(t) {
			s2 += d * d
		}
	}
	s := math.Sqrt(s2 / float64(w.Calibration-1))
	if ne > 0 {
		s = math.Max(s, math.Sqrt(e2/float64(ne)))
	}
	if !(s > 0) {
		w.Reason = WatchFlat
		return nil, w
	}
	// The calibration's typical weight: a period with less rests on fewer
	// ties, and its index varies more.
	var ws []float64
	for t := range cal {
		if !partial(t) && !out(t) && !math.IsNaN(pts[t].Homophily) {
			ws = append(ws, pts[t].Internal+pts[t].External)
		}
	}
	slices.Sort(ws)
	// The calibration's internal share of its tie weight, pooled (with
	// Jeffreys' half a tie each way, so that a calibration wholly inside
	// does not make any tie outside infinitely surprising): the chance
	// against which binomialZ bounds a thin period's z.
	var calIn, calAll float64
	for t := range cal {
		if !partial(t) && !out(t) && !math.IsNaN(pts[t].Homophily) {
			calIn += pts[t].Internal
			calAll += pts[t].Internal + pts[t].External
		}
	}
	share := math.NaN()
	if calAll > 0 {
		share = (calIn + 0.5) / (calAll + 1)
	}
	wMid := ws[len(ws)/2]
	if len(ws)%2 == 0 {
		wMid = (ws[len(ws)/2-1] + ws[len(ws)/2]) / 2
	}
	k = math.Max(k, minChange/(2*s))
	h = math.Max(h, minChange/s)
	if arl > 0 {
		h = math.Max(h, cusumH(k, arl))
	}
	w.SD, w.K, w.H, w.Weight, w.Share = s, k, h, wMid, share
	var alerts []Alert
	up, down := 0.0, 0.0
	upStart, downStart := 0, 0
	// One alarm per excursion: after an alarm, a sum must come back to 0
	// (the drift over) before it can raise another in its direction. A
	// sum that hovers around h during one lasting shift would otherwise
	// ring again and again, each time "since" a later period.
	upArmed, downArmed := true, true
	for t := cal; t < len(pts); t++ {
		p := &pts[t]
		if out(t) {
			continue
		}
		if partial(t) {
			w.Partial++
			continue
		}
		if math.IsNaN(p.Homophily) {
			w.Gaps++
			continue
		}
		st := s
		if wt := p.Internal + p.External; wt > 0 && wt < wMid {
			st = s * math.Sqrt(wMid/wt)
		}
		p.Z = (p.Homophily - m) / st
		if wt := p.Internal + p.External; wt > 0 && !math.IsNaN(share) {
			// no more than the period's ties can carry (binomialZ)
			lo, hi := binomialZ(p.Internal, wt, share)
			raw := p.Z
			p.Z = math.Min(math.Max(p.Z, lo), hi)
			if p.Z == 0 && raw != 0 {
				p.Held = true
				w.HeldAtZero++
			}
		}
		w.Scored++
		if up == 0 {
			upStart = t
		}
		if down == 0 {
			downStart = t
		}
		prevUp, prevDown := up, down
		up = math.Max(0, up+p.Z-k)
		down = math.Max(0, down-p.Z-k)
		p.Up, p.Down = up, down
		upArmed = upArmed || up == 0
		downArmed = downArmed || down == 0
		for _, a := range []struct {
			sum, prev float64
			start     int
			dir       string
			armed     *bool
		}{{up, prevUp, upStart, AlarmClosing, &upArmed}, {down, prevDown, downStart, AlarmOpening, &downArmed}} {
			if a.sum > h && a.prev <= h && *a.armed {
				*a.armed = false
				p.Alarm = a.dir
				alerts = append(alerts, Alert{Type: p.Type, Group: p.Group, Direction: a.dir, Period: p.Period, Start: a.start + 1,
					Window: p.Window, StartWindow: pts[a.start].Window, Sum: a.sum, Mean: m, SD: s, After: p.Homophily, at: t})
			}
		}
	}
	gone := func(t int) bool { return partial(t) || out(t) }
	for i := range alerts {
		end := len(pts)
		if i+1 < len(alerts) {
			end = alerts[i+1].at
		}
		laterMean(&alerts[i], pts, end, gone, minChange)
	}
	return alerts, w
}

// laterMean sets a's Later and LaterN from the periods after its own up
// to (not including) index end, and whether its shift persisted: whether
// Later lies at least minChange beyond the calibration mean in the
// alarm's direction (higher for closing, lower for opening).
func laterMean(a *Alert, pts []TrendPoint, end int, partial func(int) bool, minChange float64) {
	var sum float64
	for t := a.at + 1; t < end; t++ {
		if x := pts[t].Homophily; !partial(t) && !math.IsNaN(x) {
			sum += x
			a.LaterN++
		}
	}
	a.Later = math.NaN()
	if a.LaterN == 0 {
		return
	}
	a.Later = sum / float64(a.LaterN)
	shift := a.Later - a.Mean
	if a.Direction == AlarmOpening {
		shift = -shift
	}
	a.PersistJudged = a.LaterN >= MinLater
	a.Persisted = a.PersistJudged && shift >= minChange-1e-12
}

// sd is the standard deviation of the bootstrap replicates of measure j;
// NaN when the period has fewer than MinIntervalBlocks blocks (see
// MinIntervalBlocks).
func (d *dist) sd(j int) float64 {
	if d.n < MinIntervalBlocks {
		return math.NaN()
	}
	var n, m, m2 float64
	for r := range d.b {
		x := d.bootAt(r, j)
		if math.IsNaN(x) {
			continue
		}
		n++
		dx := x - m
		m += dx / n
		m2 += dx * (x - m)
	}
	if n < 2 {
		return math.NaN()
	}
	return math.Sqrt(m2 / (n - 1))
}

// sectorUnits counts the units of the frame in sector s.
func (f *Frame) sectorUnits(s string) int {
	n := 0
	for _, nd := range f.Units {
		if nd.Sector == s {
			n++
		}
	}
	return n
}

// formal says which groups of a family the silo rule judges: those with
// a member of an internal unit.
func (f *Frame) formal(fam *Family) []bool {
	out := make([]bool, len(fam.Names))
	for _, nd := range f.Units {
		if nd.Kind != graph.KindInternal {
			continue
		}
		var name string
		switch fam.Type {
		case metrics.GroupSector:
			name = nd.Sector
		case metrics.GroupUnit:
			name = nd.ID
		default:
			continue
		}
		if g, ok := slices.BinarySearch(fam.Names, name); ok {
			out[g] = true
		}
	}
	return out
}

// tiers are the silo tiers of a period network's groups.
func (f *Frame) tiers(ctx context.Context, pn *PeriodNetwork, fams []*Family, seed uint64, ao metrics.Options) ([][]Tier, []TestReach, error) {
	u := pn.Net.Undirected()
	var out [][]Tier
	var reach []TestReach
	for _, fam := range fams {
		lab := make([]int32, len(pn.Net.Nodes))
		for i := range pn.Net.Nodes {
			nd := &pn.Net.Nodes[i]
			name := nd.Sector
			if fam.Type == metrics.GroupUnit {
				name = nd.Unit
			}
			g, _ := slices.BinarySearch(fam.Names, name)
			lab[i] = int32(g)
		}
		t, r, err := periodTiers(ctx, u, lab, len(fam.Names), f.formal(fam), seed, ao)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, t)
		reach = append(reach, r)
	}
	return out, reach, nil
}

// cusumARL is the average run length of a one-sided CUSUM with reference
// value k and decision interval h (both in standard deviations) on
// independent standard normal values, that is with no change, by the
// Markov chain of Brook and Evans (1972): the sum's range [0, h] cut into
// cusumStates cells, a state for 0 and one for each cell (at its middle),
// and the expected number of steps to leave it solved from state 0.
// Siegmund's closed form, tried first, runs 8-15% short for k of 1 and
// more, where the chain agrees with simulation (TestCUSUMARL).
func cusumARL(k, h float64) float64 {
	const m = cusumStates
	w := h / m
	v := func(i int) float64 { // the value state i stands for
		if i == 0 {
			return 0
		}
		return (float64(i) - 0.5) * w
	}
	// (I - P) L = 1, P[i][j] the chance of going from state i to j
	// without leaving [0, h].
	a := make([]float64, (m+1)*(m+2))
	row := func(i int) []float64 { return a[i*(m+2) : (i+1)*(m+2)] }
	for i := 0; i <= m; i++ {
		r := row(i)
		base := v(i) - k
		r[0] = -normCDF(-base)
		for j := 1; j <= m; j++ {
			r[j] = -(normCDF(float64(j)*w-base) - normCDF(float64(j-1)*w-base))
		}
		r[i]++
		r[m+1] = 1
	}
	// Gaussian elimination with partial pivoting.
	for c := 0; c <= m; c++ {
		p := c
		for i := c + 1; i <= m; i++ {
			if math.Abs(row(i)[c]) > math.Abs(row(p)[c]) {
				p = i
			}
		}
		if p != c {
			rp, rc := row(p), row(c)
			for j := range rc {
				rp[j], rc[j] = rc[j], rp[j]
			}
		}
		rc := row(c)
		for i := c + 1; i <= m; i++ {
			ri := row(i)
			f := ri[c] / rc[c]
			if f == 0 {
				continue
			}
			for j := c; j <= m+1; j++ {
				ri[j] -= f * rc[j]
			}
		}
	}
	l := make([]float64, m+1)
	for i := m; i >= 0; i-- {
		r := row(i)
		x := r[m+1]
		for j := i + 1; j <= m; j++ {
			x -= r[j] * l[j]
		}
		l[i] = x / r[i]
	}
	return l[0]
}

// cusumStates is the number of cells of cusumARL's chain.
const cusumStates = 120

// cusumH is the smallest decision interval (to 1e-3) whose cusumARL with
// reference value k reaches arl; cusumARL grows with h.
func cusumH(k, arl float64) float64 {
	if !(k > 0) || arl <= 1 {
		return 0
	}
	lo, hi := 0.0, 1.0
	for cusumARL(k, hi) < arl {
		lo, hi = hi, 2*hi
	}
	for hi-lo > 1e-3 {
		mid := (lo + hi) / 2
		if cusumARL(k, mid) < arl {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}
