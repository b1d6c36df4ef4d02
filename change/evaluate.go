package change

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/internal/yamlpos"

	"gopkg.in/yaml.v3"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/result"
)

// Reform is what an evaluation is told before it looks (reform.yaml): the
// date the reform took effect and the treated and control groups, each a
// sector name or a unit id. Without controls every other sector (or
// every other internal unit, when the treated are units) with internal
// units is a control.
type Reform struct {
	Date             int64
	Treated, Control []string
	// DateLine is the line of date: in the reform file (0 when not read
	// from one); TreatedLines and ControlLines the line of each name of
	// Treated and Control (nil when not read from one).
	DateLine                   int
	TreatedLines, ControlLines []int
}

// line returns lines[i], or 0 when lines does not reach i.
func line(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}

// MinPrePeriods is the fewest periods with ties before the reform date
// that an evaluation accepts (and before a placebo date that it
// checks): with fewer, the pre-reform trend (parallel trends) cannot be
// judged.
const MinPrePeriods = 3

// The outcomes of did.csv.
var didOutcomes = []string{"homophily", "ei_index", "cross_sector_share"}

// The kinds of did.csv rows.
const (
	DiDEffect  = "did"     // the reform's effect: pre-reform periods against post-reform ones
	DiDPlacebo = "placebo" // the same estimate at a placebo date inside the pre-reform periods
	DiDPeriod  = "period"  // one period's treated-minus-control gap against the pre-reform gap
)

// DiD is one row of did.csv: a difference-in-differences estimate of one
// outcome.
type DiD struct {
	Outcome string
	Kind    string
	// Date is the reform (or placebo) date; Window the post part (kind
	// did and placebo) or the period (kind period).
	Date   int64
	Window graph.Window
	// The arms' outcome before and after (kind period: the period's
	// value as After, the pre-reform value as Before).
	TreatedBefore, TreatedAfter float64
	ControlBefore, ControlAfter float64
	// Effect is (TreatedAfter - TreatedBefore) - (ControlAfter -
	// ControlBefore), of the four as did.csv writes them (writtenSum), so
	// that a reader who subtracts the written values gets the written
	// effect to 15 digits; CI its percentile interval from resampling units
	// within each arm; P the randomisation p-value over which groups were
	// treated (kind did and placebo), from Assignments assignments, and
	// PFloor the smallest value P could take with them (see pFloor); both
	// NaN for kind period.
	Effect      float64
	CI          Interval
	P, PFloor   float64
	Assignments int
	// Detectable is the smallest |Effect| that would have given P at
	// most alpha in this design (detectable, below): NaN for kind period,
	// when P is NaN and when no effect can reach alpha (PFloor above it).
	Detectable float64
	// Reachable is the largest |Effect| the outcome's range allows here:
	// the treated arm's value after the date anywhere in the outcome's
	// range (homophily from its all-external value to 1, the E-I index
	// from -1 to 1, the cross-sector share from 0 to 1, the expected
	// E-I of that arm and window as observed), the other three values as
	// observed (reachable). NaN for kind period and where a value is
	// undefined. A Detectable above it is an effect no data of this
	// design could show (Undetectable).
	Reachable float64
}

// Undetectable reports whether the smallest effect the randomisation
// test could call significant (Detectable) is larger than any effect the
// outcome's range allows (Reachable): with these arms and assignments
// the test could call no possible effect significant, and the threshold
// is not a size an effect could have. A Reachable of 0, which no outcome
// gives (each range is at least 1 wide, so half of it is reachable),
// is a row made without it and is not read.
func (d DiD) Undetectable() bool {
	return !math.IsNaN(d.Detectable) && d.Reachable > 0 && d.Detectable > d.Reachable*(1+1e-9)
}

// reachable is the largest |t1 - t0 - (c1 - c0)| over t1 in [lo, hi]:
// the largest effect the treated arm's value after the date can give
// with the other three as observed. NaN when any of them is NaN.
func reachable(t0, c0, c1, lo, hi float64) float64 {
	base := t0 + (c1 - c0)
	return max(math.Abs(hi-base), math.Abs(base-lo))
}

// Evaluation is what Evaluate finds.
type Evaluation struct {
	Rows []DiD
	// Treated and Control are the groups of each arm; PrePeriods and
	// PostPeriods count the periods on either side of the date.
	Treated, Control        []string
	PrePeriods, PostPeriods int
	Resamples               int
	Seed                    uint64
	// DateGiven is reform.yaml's date; DateUsed the start of the first
	// post-reform period, where the evaluation splits the periods. They
	// differ when the date falls inside a period: that period counts as
	// after the reform (see DateMoved).
	DateGiven, DateUsed int64
	// Mirrored says that every assignment was listed and as many groups
	// are treated as not, so that each assignment's mirror (the arms
	// swapped) has the same statistic and p is at least 2 over the
	// assignments (DiD.PFloor).
	Mirrored bool
	// BySector says the groups are sectors (else units); Spare counts the
	// groups of that kind (sectors with internal units, or internal
	// units) that are neither treated nor control: 0 when control: was
	// left out, since every other group then is a control.
	BySector bool
	Spare    int
	// PreBlocks and PostBlocks count the time blocks on either side of
	// the date, PreDays and PostDays their length: the interval resamples
	// the blocks of each side, which needs MinIntervalBlocks of them (see
	// ShortSides).
	PreBlocks, PostBlocks int
	PreDays, PostDays     float64
	// TreatedUnits and ControlUnits count the internal units of each arm
	// with ties before or after the date: the interval resamples them,
	// which needs MinArmUnits in each arm (see FewUnits).
	TreatedUnits, ControlUnits int
	// TreatedFixed and ControlFixed say that the arm's outcomes are fixed
	// by construction (see Fixed).
	TreatedFixed, ControlFixed bool
	// TreatedOnlyBefore, TreatedOnlyAfter, ControlOnlyBefore and
	// ControlOnlyAfter list the units of each arm (ids, in frame order)
	// with ties on one side of the date only: see OneSided.
	TreatedOnlyBefore, TreatedOnlyAfter []string
	ControlOnlyBefore, ControlOnlyAfter []string
	// TreatedSilent and ControlSilent list the units of each arm (ids, in
	// frame order) without any tie in the periods evaluated, when the arms
	// are units listed by id (not BySector): a unit id declared for a
	// window it has no data in, which adds nothing to its arm and was not
	// named (the arm's count of units with ties alone said so).
	TreatedSilent, ControlSilent []string
	// TreatedRate and ControlRate are each arm's tie weight per day after
	// the date over that before it (NaN without ties before): see
	// VolumeShifted.
	TreatedRate, ControlRate float64
}

// VolumeShift is the factor by which an arm's tie weight per day may
// fall or rise across the date before evaluate says so (VolumeShifted).
const VolumeShift = 4

// VolumeShifted reports whether either arm's tie weight per day after the
// date is under 1/VolumeShift or over VolumeShift times that before it.
// The effect is then measured on an arm whose ties mostly vanished or
// appeared, most often because its units were renamed, merged or split
// (a unit_crosswalk.csv is missing) rather than because of the reform: a
// QA run of session 30 moved a treated office's staff to a new unit at
// the date and read a large effect from its last few ties.
func (ev *Evaluation) VolumeShifted() bool {
	out := func(r float64) bool { return !math.IsNaN(r) && (r < 1.0/VolumeShift || r > VolumeShift) }
	return out(ev.TreatedRate) || out(ev.ControlRate)
}

// MinArmUnits is the fewest units with ties an arm needs for the
// interval of the effect to hold the differences between units. The
// interval resamples the units of each arm with replacement: an arm of
// one unit draws that unit every time, so the interval holds the
// week-to-week noise only, and the effect is the difference between one
// unit and the other arm, which no interval can tell from the
// differences there always are between units. From two units the
// resamples vary between units (docs/change.md, "evaluate").
const MinArmUnits = 2

// FewUnits reports whether an arm has fewer than MinArmUnits units with
// ties: the interval then leaves out the variation between units, and
// the effect cannot be told from the differences between the units
// compared.
func (ev *Evaluation) FewUnits() bool {
	return ev.TreatedUnits < MinArmUnits || ev.ControlUnits < MinArmUnits
}

// Fixed reports whether the outcomes of either arm are fixed by
// construction: before and after the date, every unit of the arm with
// ties is the only unit of its sector with ties, so the arm has no tie
// inside its own sectors to gain or lose; its E-I index and
// cross-sector share are 1 and its homophily index 0 on both sides, and
// the effect only turns the other arm's change around. It is the rule by
// which compare does not test a group of fewer than 2 units.
func (ev *Evaluation) Fixed() bool { return ev.TreatedFixed || ev.ControlFixed }

// WarnArmFewUnits, WarnOutcomeFixed and WarnIntervalFewBlocks are the
// codes of an evaluation's warnings (Evaluation.Warnings).
const (
	WarnArmFewUnits       = "arm_few_units"
	WarnOutcomeFixed      = "outcome_fixed"
	WarnIntervalFewBlocks = "interval_few_blocks"
)

// Warnings lists the codes of what keeps the homophily effect from being
// read as a direction: an arm of too few units (FewUnits), an arm whose
// outcomes are fixed by construction (Fixed), a side of the date with too
// few time blocks for its interval (ShortSides).
func (ev *Evaluation) Warnings() []string {
	var out []string
	if ev.FewUnits() {
		out = append(out, WarnArmFewUnits)
	}
	if ev.Fixed() {
		out = append(out, WarnOutcomeFixed)
	}
	if pre, post := ev.ShortSides(); pre || post {
		out = append(out, WarnIntervalFewBlocks)
	}
	return out
}

// WarnVolumeShift, WarnDateMoved and WarnUnitsOneSide are the codes of
// evaluate's other warnings, which leave the reading of the effect as it
// is: an arm's ties vanished or appeared across the date (VolumeShifted),
// the date was moved to the start of its period (DateMoved), units of an
// arm have ties on one side of the date only (OneSided).
const (
	WarnVolumeShift  = "volume_shift"
	WarnDateMoved    = "date_moved"
	WarnUnitsOneSide = "units_one_side"
	// WarnUnitsSilent: units of an arm have no tie in the periods
	// evaluated (TreatedSilent, ControlSilent).
	WarnUnitsSilent = "units_without_ties"
)

// OneSided reports whether a unit of either arm has ties on one side of
// the date only: a unit set up by the reform (a task force), closed, or
// renamed without a crosswalk. The arm's values before and after then
// rest on different units, and the effect mixes the reform with the
// change of units (QA of session 32: a task force set up on the date as
// a treated unit moved the effect from -0.79 to -0.65, with no word but
// the warning of units seen in one half of the window, which a date in
// the first half does not give).
func (ev *Evaluation) OneSided() bool {
	return len(ev.TreatedOnlyBefore)+len(ev.TreatedOnlyAfter)+len(ev.ControlOnlyBefore)+len(ev.ControlOnlyAfter) > 0
}

// Codes lists the codes of every warning evaluate gives about the
// effect, as did.csv's warnings column holds them on the did rows:
// Warnings, then WarnVolumeShift, WarnDateMoved, WarnUnitsOneSide and
// WarnUnitsSilent when they apply.
func (ev *Evaluation) Codes() []string {
	out := ev.Warnings()
	if ev.VolumeShifted() {
		out = append(out, WarnVolumeShift)
	}
	if ev.DateMoved() {
		out = append(out, WarnDateMoved)
	}
	if ev.OneSided() {
		out = append(out, WarnUnitsOneSide)
	}
	if len(ev.TreatedSilent)+len(ev.ControlSilent) > 0 {
		out = append(out, WarnUnitsSilent)
	}
	return out
}

// ShortSides reports whether the periods before (pre) and after (post)
// the date hold fewer than MinIntervalBlocks time blocks. The interval
// resamples the blocks of each side: with n blocks there are only
// C(2n-1, n) distinct draws of them (3 for n = 2), so the interval leaves
// out most of the week-to-week noise and comes out too narrow, as a
// trend's period of so few blocks gets no interval at all.
func (ev *Evaluation) ShortSides() (pre, post bool) {
	return ev.PreBlocks < MinIntervalBlocks, ev.PostBlocks < MinIntervalBlocks
}

// PlaceboDoubtful reports whether the placebo row d gives a sign that the
// arms were already moving apart before the reform: its 95% interval
// excludes 0, or its randomisation p is at most DefaultAlpha. The two
// checks ask different things. The interval resamples weeks and units, so
// it excludes 0 when the gap moved at the date by more than its own
// noise; the p compares the date's effect, scaled by the spread of the
// treated-minus-control gap in the periods before the date, with that of
// other groups drawn as if treated (null model: the treated groups are as
// any others drawn at random), so it is small when the treated groups'
// gap moved more than nearly any other groups' would. Either alone is a
// sign against parallel trends: an interval that holds 0 beside a p of
// 0.005 (sekat generate --seed 5 --pilot, the five KEC_ units treated
// from 2025-10-01, placebo date 2025-08-01) did not say the groups moved
// in parallel. A NaN p checks nothing; a NaN interval is handled by
// Placebos.
func PlaceboDoubtful(d DiD) bool {
	excludes := d.CI.High < 0 || d.CI.Low > 0 // false when NaN
	return excludes || d.P <= DefaultAlpha
}

// Placebos counts the placebo rows of outcome by the two checks of
// PlaceboDoubtful: passed (its interval includes 0 and its p, if any, is
// above DefaultAlpha: no sign that the arms moved apart before the
// reform), doubtful (PlaceboDoubtful: a warning) and undefined (no
// interval, as when the effect or too many of its resamples are
// undefined, and no p at most DefaultAlpha), which says nothing either
// way and is not counted as doubtful.
func (ev *Evaluation) Placebos(outcome string) (passed, doubtful, undefined int) {
	for _, d := range ev.Rows {
		if d.Kind != DiDPlacebo || d.Outcome != outcome {
			continue
		}
		switch {
		case PlaceboDoubtful(d):
			doubtful++
		case math.IsNaN(d.CI.Low) || math.IsNaN(d.CI.High):
			undefined++
		default:
			passed++
		}
	}
	return passed, doubtful, undefined
}

// DoubtfulPlacebos returns the placebo rows of outcome that
// PlaceboDoubtful flags, in date order, for the terminal to name.
func (ev *Evaluation) DoubtfulPlacebos(outcome string) []DiD {
	var out []DiD
	for _, d := range ev.Rows {
		if d.Kind == DiDPlacebo && d.Outcome == outcome && PlaceboDoubtful(d) {
			out = append(out, d)
		}
	}
	return out
}

// PlaceboPFloor returns the smallest p-value floor (DiD.PFloor) among
// the placebo rows of outcome that are judged (Placebos: passed or
// doubtful) and have a randomisation p, with that row's number of
// assignments; NaN and 0 when no such row has a p. Above DefaultAlpha, no
// placebo p could be at most DefaultAlpha whatever the data: the p check
// of PlaceboDoubtful can flag no date, and only the intervals check them
// (with 3 sectors, 3 assignments and a floor of 1/3).
func (ev *Evaluation) PlaceboPFloor(outcome string) (floor float64, assignments int) {
	floor = math.NaN()
	for _, d := range ev.Rows {
		if d.Kind != DiDPlacebo || d.Outcome != outcome || math.IsNaN(d.P) || d.Assignments <= 0 {
			continue
		}
		if !PlaceboDoubtful(d) && (math.IsNaN(d.CI.Low) || math.IsNaN(d.CI.High)) {
			continue // undefined: not judged
		}
		if math.IsNaN(floor) || d.PFloor < floor {
			floor, assignments = d.PFloor, d.Assignments
		}
	}
	return floor, assignments
}

// PlaceboFails reports whether the placebo check of outcome fails: at
// least half of the placebo dates that are judged (Placebos: passed or
// doubtful) are doubtful, so that treated and controls were already
// moving apart before the reform and an effect at the reform date cannot
// be attributed to it. One doubtful date among several is a warning, not
// a failure: each date is two checks at DefaultAlpha, and of six or more
// dates one may be doubtful by chance. No correction for the many dates
// (Bonferroni, Holm) is made: it would make a real pre-trend harder to
// see, the error this check guards against; the terminal gives the count
// expected by chance instead. Dates without an interval or a small p
// count neither way; with none judged, the check cannot fail (nor pass).
func (ev *Evaluation) PlaceboFails(outcome string) bool {
	passed, doubtful, _ := ev.Placebos(outcome)
	return doubtful > 0 && 2*doubtful >= passed+doubtful
}

// DateMoved reports whether the reform date fell inside a period, so
// that the evaluation split at the start of that period instead.
func (ev *Evaluation) DateMoved() bool { return ev.DateGiven != ev.DateUsed }

// ErrFewPrePeriods is wrapped when the reform date leaves fewer than
// MinPrePeriods periods before it.
var ErrFewPrePeriods = fmt.Errorf("change: fewer than %d periods before the reform date", MinPrePeriods)

// ErrNoPostPeriod is returned when no period ends after the reform date:
// the date lies at or after the end of the data.
var ErrNoPostPeriod = errors.New("change: no period after the reform date; give an earlier date or widen the window")

// unitSums are, per frame unit, the weight of its ties to units of its
// own sector (in) and to units of other sectors (out) over some blocks.
type unitSums struct{ in, out []float64 }

func (f *Frame) unitSums(blocks []int) unitSums {
	s := unitSums{make([]float64, len(f.Units)), make([]float64, len(f.Units))}
	for _, b := range blocks {
		for _, e := range f.Blocks[b].Edges {
			u, v := f.UnitOf(b, e.From), f.UnitOf(b, e.To)
			if u < 0 || v < 0 || u == v {
				continue
			}
			if f.unitSector[u] == f.unitSector[v] {
				s.in[u] += e.Weight
				s.in[v] += e.Weight
			} else {
				s.out[u] += e.Weight
				s.out[v] += e.Weight
			}
		}
	}
	return s
}

// armOutcome is the outcome vector (homophily, E-I, cross-sector share)
// of the units of an arm (repeats counted) from their sums: I is half the
// weight to their own sectors (each internal tie has two ends), E the
// weight to other sectors; the expected E-I index is that of the arm's
// mean sector size among n active units.
func (f *Frame) armOutcome(units []int32, s unitSums, n int, secSize []int) [3]float64 {
	var in, out, size float64
	for _, u := range units {
		in += s.in[u]
		out += s.out[u]
		size += float64(secSize[f.unitSector[u]])
	}
	I, E := in/2, out
	ei := eiOf(E, I)
	ng := int(math.Round(size / float64(max(1, len(units)))))
	return [3]float64{homophily(ei, eiExpected(n, ng)), ei, ratio(out, in+out)}
}

// armBounds is the range of each outcome of armOutcome for units among
// n active units: homophily from its value with every tie external (E-I
// index 1) to 1, the E-I index from -1 to 1, the cross-sector share
// from 0 to 1. The homophily's lower end depends on the arm's expected
// E-I, as armOutcome takes it.
func (f *Frame) armBounds(units []int32, n int, secSize []int) (lo, hi [3]float64) {
	var size float64
	for _, u := range units {
		size += float64(secSize[f.unitSector[u]])
	}
	exp := eiExpected(n, int(math.Round(size/float64(max(1, len(units))))))
	return [3]float64{homophily(1, exp), -1, 0}, [3]float64{homophily(-1, exp), 1, 1}
}

// Evaluate estimates the reform's effect on the treated groups by
// difference in differences over the periods (consecutive, in time
// order): the pre-reform periods against the post-reform ones, with
// intervals from resampling units within each arm, randomisation
// inference over which groups were treated, placebo dates inside the
// pre-reform periods, and the effect period by period. Unit level only.
func Evaluate(ctx context.Context, f *Frame, periods []Period, r Reform, opt Options) (*Evaluation, error) {
	if f.Level != graph.UnitLevel {
		return nil, fmt.Errorf("change: evaluate works on units; run it at --level unit")
	}
	pre := 0
	for _, p := range periods {
		if p.Window.To <= r.Date {
			pre++
		}
	}
	// A period without any tie (a window reaching past the data, data
	// lost for a month) judges no trend: --from three months before the
	// data let a date one month into them through, with three empty
	// periods counted (QA of session 32).
	// Nor does a period cut short by the window (--from on 30 January:
	// a "month" of two days), which counted as a whole one among the
	// periods before the date, in the gap's spread and before a placebo
	// date. Its ties stay in the pooled sums of its side.
	partial := PartialPeriods(periods)
	if n := f.JudgingPeriods(periods[:pre], partial); n < MinPrePeriods {
		return nil, fmt.Errorf("%w: %d with ties of %d; move the reform date later, widen the window or use shorter periods", ErrFewPrePeriods, n, pre)
	}
	if pre == len(periods) {
		return nil, ErrNoPostPeriod
	}
	groups, treated, err := f.reformGroups(r)
	if err != nil {
		return nil, err
	}
	// A date inside a period puts that whole period after the reform:
	// the split is at the period's start, which DateUsed records and the
	// rows carry, so that nobody reads the estimate as made at the date
	// given.
	used := periods[pre].Window.From
	ev := &Evaluation{PrePeriods: pre, PostPeriods: len(periods) - pre, Resamples: opt.resamples(), Seed: opt.Seed,
		DateGiven: r.Date, DateUsed: used}
	_, ev.BySector = slices.BinarySearch(f.Sectors, r.Treated[0])
	ev.Spare = -len(groups)
	if ev.BySector {
		for _, s := range f.Sectors {
			if f.hasInternal(s) {
				ev.Spare++
			}
		}
	} else {
		for _, u := range f.Units {
			if u.Kind == graph.KindInternal {
				ev.Spare++
			}
		}
	}
	for i, g := range groups {
		if treated[i] {
			ev.Treated = append(ev.Treated, g.name)
		} else {
			ev.Control = append(ev.Control, g.name)
		}
	}
	blocksOf := func(ps []Period) []int {
		var bs []int
		for _, p := range ps {
			bs = append(bs, p.Blocks...)
		}
		return bs
	}
	span := func(ps []Period) graph.Window {
		return graph.Window{From: ps[0].Window.From, To: ps[len(ps)-1].Window.To}
	}
	type window struct {
		s       unitSums
		n       int
		secSize []int
		blocks  []unitSums // per block, for the resamples
	}
	fill := func(s unitSums, blocks []unitSums) window {
		w := window{s: s, secSize: make([]int, len(f.Sectors)), blocks: blocks}
		for u := range f.Units {
			if s.in[u]+s.out[u] > 0 {
				w.n++
				w.secSize[f.unitSector[u]]++
			}
		}
		return w
	}
	perBlock := map[int]unitSums{}
	mk := func(blocks []int) window {
		var bs []unitSums
		for _, b := range blocks {
			s, ok := perBlock[b]
			if !ok {
				s = f.unitSums([]int{b})
				perBlock[b] = s
			}
			bs = append(bs, s)
		}
		return fill(f.unitSums(blocks), bs)
	}
	// redraw is a window of the blocks of w drawn with replacement.
	redraw := func(w window, rng *rand.Rand) window {
		s := unitSums{make([]float64, len(f.Units)), make([]float64, len(f.Units))}
		for range w.blocks {
			b := w.blocks[rng.IntN(len(w.blocks))]
			for u := range s.in {
				s.in[u] += b.in[u]
				s.out[u] += b.out[u]
			}
		}
		return fill(s, nil)
	}
	arms := func(tr []bool) (t, c []int32) {
		for i, g := range groups {
			if tr[i] {
				t = append(t, g.units...)
			} else {
				c = append(c, g.units...)
			}
		}
		return t, c
	}
	// did estimates (T1 - T0) - (C1 - C0) for every outcome.
	type est struct{ t0, t1, c0, c1, eff [3]float64 }
	did := func(w0, w1 window, t, c []int32) est {
		var e est
		e.t0, e.t1 = f.armOutcome(t, w0.s, w0.n, w0.secSize), f.armOutcome(t, w1.s, w1.n, w1.secSize)
		e.c0, e.c1 = f.armOutcome(c, w0.s, w0.n, w0.secSize), f.armOutcome(c, w1.s, w1.n, w1.secSize)
		for k := range 3 {
			e.eff[k] = (e.t1[k] - e.t0[k]) - (e.c1[k] - e.c0[k])
		}
		return e
	}
	B, alpha := opt.resamples(), opt.alpha()
	// boot resamples the time blocks of each window and the units of
	// each arm, both with replacement: the interval holds the noise of
	// the weeks as well as that of the units.
	boot := func(w0, w1 window, t, c []int32, stream int) [3]Interval {
		reps := [3][]float64{}
		rng := rngFor(opt.Seed, streamEvaluate, stream, 0)
		bt, bc := make([]int32, len(t)), make([]int32, len(c))
		for range B {
			for i := range bt {
				bt[i] = t[rng.IntN(len(t))]
			}
			for i := range bc {
				bc[i] = c[rng.IntN(len(c))]
			}
			e := did(redraw(w0, rng), redraw(w1, rng), bt, bc)
			for k := range 3 {
				reps[k] = append(reps[k], e.eff[k])
			}
		}
		var out [3]Interval
		for k := range 3 {
			out[k] = percentile(reps[k], alpha)
		}
		return out
	}
	// ri is the randomisation p-value: the share of assignments of the
	// treated count to the groups whose statistic (stat, below) reaches
	// the observed one.
	assignments, drawn := func() ([][]bool, bool) {
		k := 0
		for _, x := range treated {
			if x {
				k++
			}
		}
		return combinations(len(groups), k, opt.permutations(), rand.New(rand.NewPCG(opt.Seed, streamEvaluate<<48|1)))
	}()
	// Listed in full, the assignments hold the observed one; drawn at
	// random, it is added (Phipson & Smyth 2010). Whether they were drawn
	// is combinations' word, not their count: exactly --permutations
	// assignments listed in full (3 against 3 with 20) were taken as
	// drawn, the observed one counted twice and the mirror not seen.
	extra := 0
	if drawn {
		extra = 1
	}
	// stat is the statistic of an assignment: |effect| over the spread
	// (sample standard deviation) of the treated-minus-control gap
	// across the periods before the date (pres), as the placebo-in-space
	// inference of synthetic control divides by the pre-period fit
	// (Abadie, Diamond & Hainmueller 2010). Groups whose gap swings from
	// period to period (silos) are so measured against their own swings:
	// with |effect| alone their p ran small on studies without a reform.
	// NaN when the effect is undefined or the gaps do not vary.
	stat := func(w0, w1 window, pres []window, t, c []int32) (out, spread [3]float64) {
		e := did(w0, w1, t, c)
		for k := range 3 {
			var sum, sq float64
			n := 0
			for _, w := range pres {
				g := f.armOutcome(t, w.s, w.n, w.secSize)[k] - f.armOutcome(c, w.s, w.n, w.secSize)[k]
				if math.IsNaN(g) {
					continue
				}
				sum += g
				sq += g * g
				n++
			}
			out[k], spread[k] = math.NaN(), math.NaN()
			if n >= MinSpreadPeriods {
				mean := sum / float64(n)
				sd := math.Sqrt(max(0, (sq-float64(n)*mean*mean)/float64(n-1)))
				if sd > 1e-12 {
					out[k], spread[k] = math.Abs(e.eff[k])/sd, sd
				}
			}
		}
		return out, spread
	}
	t, c := arms(treated)
	// With every assignment listed and as many groups treated as not,
	// each assignment's mirror (the arms swapped) is listed too and has
	// the same statistic: the effect changes sign, the gaps too, their
	// spread does not. The observed assignment's mirror then always
	// reaches the observed statistic, and p is at least 2/N.
	mirrored := extra == 0 && 2*len(ev.Treated) == len(groups)
	ev.Mirrored = mirrored
	// ri gives the p-value of each outcome, its floor and the smallest
	// effect that would have reached alpha (detectable). The observed
	// assignment, and with as many groups treated as not its mirror, move
	// with the effect; every other assignment's statistic stays as
	// observed.
	ri := func(w0, w1 window, pres []window) (p, floor, least [3]float64) {
		obs, spread := stat(w0, w1, pres, t, c)
		var hit, def, moving [3]int
		var others [3][]float64
		for _, a := range assignments {
			at, ac := arms(a)
			e, _ := stat(w0, w1, pres, at, ac)
			self := slices.Equal(a, treated) || 2*len(ev.Treated) == len(groups) && complement(a, treated)
			for k := range 3 {
				if math.IsNaN(e[k]) || math.IsNaN(obs[k]) {
					continue
				}
				def[k]++
				if e[k] >= obs[k]*(1-1e-9)-tieTolerance {
					hit[k]++
				}
				if self {
					moving[k]++
				} else {
					others[k] = append(others[k], e[k])
				}
			}
		}
		for k := range 3 {
			p[k], floor[k], least[k] = math.NaN(), math.NaN(), math.NaN()
			if def[k] > 0 {
				p[k] = float64(hit[k]+extra) / float64(def[k]+extra)
				floor[k] = pFloor(def[k], extra == 1, mirrored)
				least[k] = detectable(others[k], moving[k]+extra, def[k]+extra, alpha) * spread[k]
			}
		}
		return p, floor, least
	}
	emit := func(kind string, date int64, win graph.Window, w0, w1 window, stream int, pres []window) {
		e := did(w0, w1, t, c)
		ci := boot(w0, w1, t, c, stream)
		nan := [3]float64{math.NaN(), math.NaN(), math.NaN()}
		p, floor, least := nan, nan, nan
		n := 0
		if pres != nil {
			p, floor, least = ri(w0, w1, pres)
			n = len(assignments)
		}
		reach := nan
		if pres != nil {
			lo, hi := f.armBounds(t, w1.n, w1.secSize)
			for k := range 3 {
				reach[k] = reachable(e.t0[k], e.c0[k], e.c1[k], lo[k], hi[k])
			}
		}
		for k, name := range didOutcomes {
			ev.Rows = append(ev.Rows, DiD{Outcome: name, Kind: kind, Date: date, Window: win,
				TreatedBefore: e.t0[k], TreatedAfter: e.t1[k], ControlBefore: e.c0[k], ControlAfter: e.c1[k],
				Effect: writtenSum(e.t1[k], -e.t0[k], -e.c1[k], e.c0[k]), CI: ci[k], P: p[k], PFloor: floor[k], Assignments: n, Detectable: least[k],
				Reachable: reach[k]})
		}
	}
	prePs, postPs := periods[:pre], periods[pre:]
	for _, p := range prePs {
		ev.PreBlocks += len(p.Blocks)
		ev.PreDays += p.Days(f)
	}
	for _, p := range postPs {
		ev.PostBlocks += len(p.Blocks)
		ev.PostDays += p.Days(f)
	}
	wPre, wPost := mk(blocksOf(prePs)), mk(blocksOf(postPs))
	// active: a unit with ties in w; alone: every active unit of the arm
	// is the only active unit of its sector in w (at least one active)
	active := func(w window, u int32) bool { return w.s.in[u]+w.s.out[u] > 0 }
	alone := func(w window, units []int32) bool {
		n := 0
		for _, u := range units {
			if active(w, u) {
				n++
				if w.secSize[f.unitSector[u]] > 1 {
					return false
				}
			}
		}
		return n > 0
	}
	counted := func(units []int32) int {
		n := 0
		for _, u := range units {
			if active(wPre, u) || active(wPost, u) {
				n++
			}
		}
		return n
	}
	ev.TreatedUnits, ev.ControlUnits = counted(t), counted(c)
	// units of an arm with ties on one side of the date only
	oneSide := func(units []int32) (before, after []string) {
		for _, u := range units {
			switch a, b := active(wPre, u), active(wPost, u); {
			case a && !b:
				before = append(before, f.Units[u].ID)
			case b && !a:
				after = append(after, f.Units[u].ID)
			}
		}
		return before, after
	}
	ev.TreatedOnlyBefore, ev.TreatedOnlyAfter = oneSide(t)
	ev.ControlOnlyBefore, ev.ControlOnlyAfter = oneSide(c)
	silent := func(units []int32) (out []string) {
		for _, u := range units {
			if !active(wPre, u) && !active(wPost, u) {
				out = append(out, f.Units[u].ID)
			}
		}
		return out
	}
	if !ev.BySector {
		// listed by id; a sector's unit without ties is not a mistake
		// of reform.yaml, and the arm's count of units says it
		ev.TreatedSilent, ev.ControlSilent = silent(t), silent(c)
	}
	// each arm's weight per day, after the date over before it
	rate := func(units []int32) float64 {
		var pre, post float64
		for _, u := range units {
			pre += wPre.s.in[u] + wPre.s.out[u]
			post += wPost.s.in[u] + wPost.s.out[u]
		}
		if pre == 0 || ev.PreDays == 0 || ev.PostDays == 0 {
			return math.NaN()
		}
		return (post / ev.PostDays) / (pre / ev.PreDays)
	}
	ev.TreatedRate, ev.ControlRate = rate(t), rate(c)
	ev.TreatedFixed = alone(wPre, t) && alone(wPost, t)
	ev.ControlFixed = alone(wPre, c) && alone(wPost, c)
	// each period's window, for the periods' gaps and the period rows
	wPeriod := make([]window, len(periods))
	for i, p := range periods {
		wPeriod[i] = mk(p.Blocks)
	}
	// judging are the windows of the periods before i that judge the
	// gap's spread: with ties or not (a gap without ties is NaN and left
	// out by stat), but not cut short by the window.
	judging := func(i int) []window {
		var ws []window
		for j := range i {
			if !partial[j] {
				ws = append(ws, wPeriod[j])
			}
		}
		return ws
	}
	emit(DiDEffect, used, span(postPs), wPre, wPost, 0, judging(pre))
	// Placebo dates: every period start inside the pre-reform periods
	// with at least MinPrePeriods periods with ties before it, the rule the reform
	// date itself must meet.
	for i := MinPrePeriods; i < pre; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if f.JudgingPeriods(prePs[:i], partial) < MinPrePeriods {
			continue
		}
		emit(DiDPlacebo, prePs[i].Window.From, span(prePs[i:]), mk(blocksOf(prePs[:i])), mk(blocksOf(prePs[i:])), 1+i, judging(i))
	}
	// Period by period, against the pre-reform gap.
	for i := range periods {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		emit(DiDPeriod, used, periods[i].Window, wPre, wPeriod[i], 1000+i, nil)
	}
	return ev, nil
}

// PeriodsWithTies counts the periods of ps that hold at least one tie.
func (f *Frame) PeriodsWithTies(ps []Period) int {
	n := 0
	for _, p := range ps {
		if f.hasTies(p) {
			n++
		}
	}
	return n
}

// JudgingPeriods counts the periods of ps that can judge the trend
// before a date: those that hold at least one tie and are not cut short
// by the window (partial, PartialPeriods of the periods ps begins).
func (f *Frame) JudgingPeriods(ps []Period, partial []bool) int {
	n := 0
	for i, p := range ps {
		if f.hasTies(p) && !partial[i] {
			n++
		}
	}
	return n
}

// hasTies reports whether any block of p holds a tie.
func (f *Frame) hasTies(p Period) bool {
	for _, b := range p.Blocks {
		for _, e := range f.Blocks[b].Edges {
			if e.Weight > 0 {
				return true
			}
		}
	}
	return false
}

// MinSpreadPeriods is the fewest periods before the date with a
// treated-minus-control gap that the randomisation statistic needs: it
// divides the effect by the gaps' sample standard deviation.
const MinSpreadPeriods = 2

// streamEvaluate numbers Evaluate's random streams (apart from the
// bootstrap's and the permutations').
const streamEvaluate = 7

// reformGroup is a treated or control group: a sector or a unit, with its
// internal frame units.
type reformGroup struct {
	name  string
	units []int32
}

// reformGroups resolves the reform's names to groups: all sectors or all
// units (not mixed); without controls, every other group of the same
// kind with internal units.
func (f *Frame) reformGroups(r Reform) ([]reformGroup, []bool, error) {
	if len(r.Treated) == 0 {
		return nil, nil, fileErr(0, "changefile.rf.noTreated")
	}
	isSector := func(s string) bool { _, ok := slices.BinarySearch(f.Sectors, s); return ok }
	bySector := isSector(r.Treated[0])
	// unitsOf lists the internal units of name taken as a sector
	// (sector) or as a unit id.
	unitsOf := func(name string, sector bool) []int32 {
		var us []int32
		for i, u := range f.Units {
			if u.Kind == graph.KindInternal && (sector && u.Sector == name || !sector && u.ID == name) {
				us = append(us, int32(i))
			}
		}
		return us
	}
	// A name of the other kind than the first treated one is mixed; a
	// name of neither kind is unknown, whatever the first name was (a
	// misspelt control among sectors was called mixed before).
	resolve := func(name string, at int) (reformGroup, error) {
		g := reformGroup{name: name, units: unitsOf(name, bySector)}
		switch {
		case len(g.units) > 0:
			return g, nil
		case len(unitsOf(name, !bySector)) > 0:
			return g, fileErr(at, "changefile.rf.mixed", name)
		case f.Crosswalk.Retired(name):
			// a unit of the study, replaced: "check its spelling" sent
			// the user looking for a typo that was not there
			var succ []string
			for _, s := range f.Crosswalk.Successors(name) {
				succ = append(succ, s.Unit)
			}
			return g, fileErr(at, "changefile.rf.retired", name, strings.Join(succ, ", "))
		}
		// a unit or sector of the study that the silo rule does not
		// judge (a coordinator such as SETDA, whose forum the reform may
		// be, or DPRD): "check its spelling" sent the user after a typo
		// that was not there (TestReformNameNotInternal)
		for _, u := range f.Units {
			if u.ID == name {
				return g, fileErr(at, "changefile.rf.notInternal", name, u.Kind.String())
			}
		}
		if isSector(name) {
			return g, fileErr(at, "changefile.rf.sectorNoUnit", name)
		}
		// the name of a sector or internal unit in other letter case
		// (Kesehatan, dinkes) or with spaces inside its quotes: "check its
		// spelling" left the user to find that the case was the fault
		for _, sec := range f.Sectors {
			if strings.EqualFold(strings.TrimSpace(name), sec) {
				return g, fileErr(at, "changefile.rf.caseSector", name, sec, sec)
			}
		}
		for _, u := range f.Units {
			if strings.EqualFold(strings.TrimSpace(name), u.ID) {
				return g, fileErr(at, "changefile.rf.caseUnit", name, u.ID, u.ID)
			}
		}
		// two names joined by " - ": YAML reads a list item indented
		// further than the one above it as that item's continuation
		// (treated:, then "  - ekonomi", then "   - sosial" is the one
		// name "ekonomi - sosial"), and "check its spelling" sent the
		// user after a typo (hT, session 53)
		if parts := strings.Split(name, " - "); len(parts) > 1 {
			known := 0
			for _, p := range parts {
				p = strings.TrimSpace(p)
				if isSector(p) || slices.ContainsFunc(f.Units, func(u graph.Node) bool { return u.ID == p }) {
					known++
				}
			}
			if known > 0 {
				return g, fileErr(at, "changefile.rf.indent", name)
			}
		}
		return g, fileErr(at, "changefile.rf.unknown", name)
	}
	var gs []reformGroup
	var tr []bool
	seen := map[string]bool{}
	add := func(name string, treated bool, at int) error { // at: its line in the file, or 0
		if seen[name] {
			return fileErr(at, "changefile.rf.twice", name)
		}
		seen[name] = true
		g, err := resolve(name, at)
		if err != nil {
			return err
		}
		gs, tr = append(gs, g), append(tr, treated)
		return nil
	}
	for i, n := range r.Treated {
		if err := add(n, true, line(r.TreatedLines, i)); err != nil {
			return nil, nil, err
		}
	}
	controls := r.Control
	if len(controls) == 0 {
		if bySector {
			for _, s := range f.Sectors {
				if !seen[s] {
					controls = append(controls, s)
				}
			}
		} else {
			for _, u := range f.Units {
				if u.Kind == graph.KindInternal && !seen[u.ID] {
					controls = append(controls, u.ID)
				}
			}
		}
	}
	for i, n := range controls {
		if !bySector || len(r.Control) > 0 || f.hasInternal(n) {
			if err := add(n, false, line(r.ControlLines, i)); err != nil {
				return nil, nil, err
			}
		}
	}
	if len(gs) == len(r.Treated) {
		return nil, nil, fileErr(0, "changefile.rf.noControl")
	}
	return gs, tr, nil
}

func (f *Frame) hasInternal(sector string) bool {
	for _, u := range f.Units {
		if u.Sector == sector && u.Kind == graph.KindInternal {
			return true
		}
	}
	return false
}

// pFloor is the smallest randomisation p-value that n assignments with a
// defined statistic allow. Listed in full (drawn false), the observed
// assignment is among them and reaches its own statistic: 1/n, or 2/n
// when mirrored (as many groups treated as not, so that the observed
// assignment's mirror, the arms swapped, is listed and has the same
// statistic). Drawn at random, the observed one is added (Phipson &
// Smyth 2010) and may be the only one to reach it: 1/(n+1).
func pFloor(n int, drawn, mirrored bool) float64 {
	switch {
	case drawn:
		return 1 / float64(n+1)
	case mirrored:
		return 2 / float64(n)
	}
	return 1 / float64(n)
}

// detectable is the smallest statistic (|effect| over the spread of the
// pre-reform gaps) that would give a randomisation p of at most alpha:
// moving assignments (the observed one, its mirror and, drawn at random,
// the observed one added) always reach the statistic, of the n counted in
// the denominator, and the others keep their statistics. p is then at
// most alpha when no more than q = floor(alpha n) - moving others reach
// it, that is when the statistic exceeds the (q+1)-th largest of them. NaN
// when q < 0 (p cannot reach alpha: its floor is above it); 0 when fewer
// than q+1 others have a statistic.
func detectable(others []float64, moving, n int, alpha float64) float64 {
	q := int(math.Floor(alpha*float64(n)+1e-9)) - moving
	switch {
	case q < 0:
		return math.NaN()
	case q >= len(others):
		return 0
	}
	s := slices.Clone(others)
	slices.Sort(s)
	return s[len(s)-1-q]
}

// complement reports whether assignment a treats exactly the groups that
// b does not.
func complement(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == b[i] {
			return false
		}
	}
	return true
}

// combinations lists the ways to choose k of n groups as treated: every
// one (the observed among them) when there are at most limit, else limit
// drawn at random (drawn true).
func combinations(n, k, limit int, rng *rand.Rand) (out [][]bool, drawn bool) {
	total := 1.0
	for i := range k {
		total = total * float64(n-i) / float64(i+1)
	}
	if total <= float64(limit) {
		cur := make([]bool, n)
		var rec func(start, left int)
		rec = func(start, left int) {
			if left == 0 {
				out = append(out, slices.Clone(cur))
				return
			}
			for i := start; i <= n-left; i++ {
				cur[i] = true
				rec(i+1, left-1)
				cur[i] = false
			}
		}
		rec(0, k)
		return out, false
	}
	for range limit {
		a := make([]bool, n)
		for _, i := range rng.Perm(n)[:k] {
			a[i] = true
		}
		out = append(out, a)
	}
	return out, true
}

// percentile is the percentile interval at level 1-alpha of reps (NaN
// replicates left out); nanInterval when fewer than minDefined of them
// are defined.
func percentile(reps []float64, alpha float64) Interval {
	var xs []float64
	for _, x := range reps {
		if !math.IsNaN(x) {
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 || float64(len(xs)) < minDefined*float64(len(reps)) {
		return nanInterval
	}
	slices.Sort(xs)
	return Interval{Low: quantile(xs, alpha/2), High: quantile(xs, 1-alpha/2)}
}

// ReadReform reads reform.yaml: the reform's date (YYYY-MM-DD, in loc),
// the treated sectors or unit ids and, optionally, the controls:
//
//	date: 2025-10-01
//	treated: [kesehatan]
//	control: [ekonomi]
//
// treated and control are lists, in brackets or one "- name" per line; a
// single name without brackets (treated: kesehatan) is refused with the
// fix (treated: [kesehatan]) rather than read as a list of one, so that
// "treated: kesehatan, sosial" is not read as one odd name either.
// Unknown keys, and keys given twice, are refused, so that a misspelt key
// is not silently ignored. Errors are FileErrors with the line they
// concern; Reform.DateLine is the line of date:.
func ReadReform(r io.Reader, loc *time.Location) (Reform, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Reform{}, fileErr(0, "changefile.rf.read", err)
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return Reform{}, reformYAMLError(err, data)
	}
	if len(doc.Content) == 0 {
		return Reform{}, fileErr(0, "changefile.rf.empty")
	}
	// a second document (after a line ---) was read by no one: yaml's
	// Unmarshal takes the first, so a second reform in the file, or a
	// corrected date below the old one, was passed over without a word
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return Reform{}, reformYAMLError(err, data)
	case len(next.Content) == 1 && next.Content[0].Kind == yaml.ScalarNode && next.Content[0].Tag == "!!null":
		// "---" with nothing (or only comments) after it holds nothing
	default:
		return Reform{}, fileErr(next.Line, "changefile.rf.twoDocs")
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return Reform{}, fileErr(top.Line, "changefile.rf.notKeys")
	}
	var rf Reform
	date, dateLine := "", 0
	seen := map[string]int{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if first, ok := seen[k.Value]; ok {
			return Reform{}, fileErr(k.Line, "changefile.rf.keyTwice", k.Value, first)
		}
		seen[k.Value] = k.Line
		switch k.Value {
		case "date":
			if v.Kind != yaml.ScalarNode {
				return Reform{}, fileErr(v.Line, "changefile.rf.dateNotOne")
			}
			date, dateLine = v.Value, k.Line
		case "treated", "control":
			names, lines, err := reformList(k.Value, v)
			if err != nil {
				return Reform{}, err
			}
			if k.Value == "treated" {
				rf.Treated, rf.TreatedLines = names, lines
			} else {
				rf.Control, rf.ControlLines = names, lines
			}
		default:
			return Reform{}, fileErr(k.Line, "changefile.rf.unknownKey", k.Value)
		}
	}
	if _, ok := seen["date"]; !ok {
		return Reform{}, fileErr(0, "changefile.rf.noDate")
	}
	t, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(date), loc)
	if err != nil {
		if iso, ok := dayFirstISO(date); ok {
			// 01/10/2025 was "not a date": it is one, day first as sekat
			// reads the tables' dates, but not the form this file takes
			return Reform{}, fileErr(dateLine, "changefile.rf.dateDayFirst", date, iso, iso)
		}
		return Reform{}, fileErr(dateLine, "changefile.rf.date", date)
	}
	if len(rf.Treated) == 0 {
		return Reform{}, fileErr(seen["treated"], "changefile.rf.noTreated")
	}
	rf.Date, rf.DateLine = t.Unix(), dateLine
	return rf, nil
}

// reformList reads the list of names under key, with the line of each: a
// sequence of single names; empty (key: with nothing after it) is no list.
func reformList(key string, v *yaml.Node) ([]string, []int, error) {
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		return nil, nil, nil
	case v.Kind == yaml.ScalarNode:
		return nil, nil, fileErr(v.Line, "changefile.rf.notList", key, v.Value, key, v.Value)
	case v.Kind != yaml.SequenceNode:
		return nil, nil, fileErr(v.Line, "changefile.rf.notNames", key, key)
	}
	var names []string
	var lines []int
	for _, x := range v.Content {
		if x.Kind != yaml.ScalarNode || x.Tag == "!!null" {
			return nil, nil, fileErr(x.Line, "changefile.rf.notNames", key, key)
		}
		names, lines = append(names, x.Value), append(lines, x.Line)
	}
	return names, lines, nil
}

// reformYAMLError words a yaml syntax error of reform.yaml (data) by its
// line as the user counts it (see yamlpos.Syntax). An unclosed bracket
// gets a sentence of its own; other problems are quoted in yaml's words.
func reformYAMLError(err error, data []byte) error {
	line, problem, bracket, ok := yamlpos.Syntax(err, data)
	switch {
	case !ok:
		return fileErr(0, "changefile.rf.yaml", err.Error())
	case bracket == "[":
		return fileErr(line, "changefile.rf.unclosed", "[", "]")
	case bracket == "{":
		return fileErr(line, "changefile.rf.unclosed", "{", "}")
	}
	return fileErr(line, "changefile.rf.yaml", problem)
}

// Result turns the evaluation into did.csv; day writes a time as a date.
// The did rows carry the codes of the evaluation's warnings (Codes), so
// that a reader of the file, who did not see the terminal, sees them.
func (ev *Evaluation) Result(day func(int64) string) []result.DiD {
	var out []result.DiD
	codes := strings.Join(ev.Codes(), ";")
	for _, d := range ev.Rows {
		r := result.DiD{Outcome: d.Outcome, Kind: d.Kind, Date: day(d.Date), From: day(d.Window.From), To: day(d.Window.To),
			TreatedBefore: d.TreatedBefore, TreatedAfter: d.TreatedAfter, ControlBefore: d.ControlBefore, ControlAfter: d.ControlAfter,
			Effect: d.Effect, Low: d.CI.Low, High: d.CI.High, P: d.P, PFloor: d.PFloor, Assignments: d.Assignments,
			MinSignificant: d.Detectable, MaxPossible: d.Reachable}
		if d.Kind == DiDEffect {
			r.Warnings = codes
		}
		out = append(out, r)
	}
	return out
}

// Unmatched lists the units whose ties stop at about the middle of
// periods (gone) and those whose ties start there (new): without a
// crosswalk, a renamed or merged unit shows up as one gone and one new.
// See unmatched for the rule.
func (f *Frame) Unmatched(periods []Period) (gone, new []string) {
	gone, new, _ = f.unmatched(periods)
	return gone, new
}

// Matched counts the units with ties on both sides of the middle of
// periods, as Unmatched judges them: 0 for two studies whose units have
// nothing in common (two organisations, or ids renamed without a
// crosswalk).
func (f *Frame) Matched(periods []Period) int {
	_, _, both := f.unmatched(periods)
	return both
}

// unmatched is Unmatched, and the number of units with ties on both
// sides. The periods are split at the period boundary T nearest the
// middle of their span in time (the earlier of two as near; by count
// when they overlap or are out of order). A unit is gone when its ties
// all lie in the periods before T, new when they all lie from T on.
// Ties are known only to their time block (a week, or a week cut by a
// period boundary), so a reorganisation a few days from T leaves the old
// units' last ties or the new units' first ties in a block on the other
// side of T: by weekly periods the week of Monday 30 June held the old
// units' letters of that day and the new units' from 1 July, and the
// old units were not named, while monthly periods, cut at 1 July, named
// them. So, where the periods either side of T meet, a unit is also gone
// when its ties began more than a margin m before T (in a block ending
// by T-m) and its last tie lies in a block beginning less than m after
// T, and new the other way round; m is the longest block of the periods
// (a week). A unit seen throughout, however sparsely, has ties well
// before and well after T and is neither.
func (f *Frame) unmatched(periods []Period) (gone, new []string, both int) {
	if len(periods) < 2 {
		return nil, nil, 0
	}
	h, ordered := split(periods)
	t := periods[h].Window.From
	var m int64
	if ordered && periods[h-1].Window.To == t {
		for _, p := range periods {
			for _, b := range p.Blocks {
				m = max(m, f.Blocks[b].Window.To-f.Blocks[b].Window.From)
			}
		}
	}
	// first[u], last[u]: the windows of the first and last blocks in
	// which unit u has ties to another unit
	first := make([]graph.Window, len(f.Units))
	last := make([]graph.Window, len(f.Units))
	seen := make([]bool, len(f.Units))
	// early[u], late[u]: unit u has ties in the periods before h, from h
	early := make([]bool, len(f.Units))
	late := make([]bool, len(f.Units))
	note := func(u int32, w graph.Window) {
		if !seen[u] || w.From < first[u].From {
			first[u] = w
		}
		if !seen[u] || w.From > last[u].From {
			last[u] = w
		}
		seen[u] = true
	}
	for i, p := range periods {
		side := early
		if i >= h {
			side = late
		}
		for _, b := range p.Blocks {
			w := f.Blocks[b].Window
			for _, e := range f.Blocks[b].Edges {
				u, v := f.UnitOf(b, e.From), f.UnitOf(b, e.To)
				if u < 0 || v < 0 || u == v || e.Weight <= 0 {
					continue
				}
				note(u, w)
				note(v, w)
				side[u], side[v] = true, true
			}
		}
	}
	for u, nd := range f.Units {
		if !seen[u] {
			continue
		}
		a, z := first[u], last[u]
		switch {
		case !late[u] || m > 0 && a.To <= t-m && z.From < t+m:
			gone = append(gone, nd.ID)
		case !early[u] || m > 0 && z.From >= t+m && a.To > t-m:
			new = append(new, nd.ID)
		default:
			both++
		}
	}
	return gone, new, both
}

// Middle is the time Unmatched splits periods at: the start of the
// period boundary nearest the middle of their span in time (see
// unmatched), which the sentences on units gone or new give as a date
// ("no ties after about 30 June 2025"; "about the middle of the window"
// left the reader to work out which day that was). 0 for fewer than two
// periods, which are not split.
func Middle(periods []Period) int64 {
	if len(periods) < 2 {
		return 0
	}
	h, _ := split(periods)
	return periods[h].Window.From
}

// split is the index of the first period of the second half of periods
// (at least two), and whether they are in time order without overlap:
// the period whose start is nearest the middle of their span in time,
// the earlier of two as near; periods out of order or overlapping (two
// studies of one time, which compare refuses after Matched) are split by
// count.
func split(periods []Period) (h int, ordered bool) {
	h = len(periods) / 2
	ordered = true
	for i := 1; i < len(periods); i++ {
		ordered = ordered && periods[i].Window.From >= periods[i-1].Window.To
	}
	if ordered {
		mid := periods[0].Window.From + (periods[len(periods)-1].Window.To-periods[0].Window.From)/2
		h = 1
		for i := 2; i < len(periods); i++ {
			if abs64(periods[i].Window.From-mid) < abs64(periods[h].Window.From-mid) {
				h = i
			}
		}
	}
	return h, ordered
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
