package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

func evaluateCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "evaluate",
		Usage:       h("evaluate.usage"),
		ArgsUsage:   h("trend.args"),
		Description: reflowHelp(h("evaluate.desc")),
		Flags: append(evaluateStudyFlags(hl), append(withoutFlag(changeFlags(h, "sekat-evaluate"), "block-weeks"),
			&cli.StringFlag{Name: "reform", Usage: h("evaluate.reform")},
			&cli.StringFlag{Name: "every", Value: "month", Usage: h("trend.every")})...),
		Action: func(c *cli.Context) error {
			o, err := changeOptionsFrom(c, 1)
			if err != nil {
				return err
			}
			every, ok := graph.ParseStep(c.String("every"))
			if !ok || every == graph.Day {
				return usagef(msg(o.Lang, "change.badEvery"), asTyped(typedValues(c), "every", c.String("every")))
			}
			if c.String("reform") == "" {
				return usagef("%s", msg(o.Lang, "evaluate.needReform"))
			}
			if o.studies[0].Level != "unit" {
				return usagef("%s", msg(o.Lang, "evaluate.unitOnly"))
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			o.studies[0].Progress = ui.rep
			return runEvaluate(c.Context, o, c.String("reform"), every, ui.stdout, ui.stderr)
		},
	}
}

// evaluateStudyFlags are the study flags that mean something to evaluate,
// which works at unit level only: --level keeps its name (so that --level
// person is told why it is refused) but says unit is the one level, and
// --keep-inactive and the person-level privacy flags (--key-file, --reveal,
// --purpose, --min-group), which would change nothing, are left out.
func evaluateStudyFlags(hl string) []cli.Flag {
	flags := studyFlags(hl)
	for _, n := range []string{"keep-inactive", "key-file", "reveal", "purpose", "min-group"} {
		flags = withoutFlag(flags, n)
	}
	for i, f := range flags {
		if slices.Contains(f.Names(), "level") {
			flags[i] = &cli.StringFlag{Name: "level", Value: "unit", Usage: msg(hl, "evaluate.level")}
		}
	}
	return flags
}

// runEvaluate estimates the reform's effect by difference in differences
// over the periods of length every and writes did.csv.
func runEvaluate(ctx context.Context, o changeOptions, reformPath string, every graph.Step, stdout, stderr io.Writer) error {
	so := o.studies[0]
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, main: "did.csv"}, studyReads(so)); err != nil {
		return err
	}
	if _, err := foreignIn(o.Out, namesOf(result.DiDFiles(nil))); err != nil {
		return err // a user's file of an output's name: said before the work
	}
	if _, err := os.Stat(reformPath); err != nil {
		return openFlagFileError("--reform", reformPath, err, o.Lang) // said before the work
	}
	so.warn, so.oneLevel = stderr, "evaluate"
	l, err := loadPeriods(ctx, so, every)
	if err != nil {
		return err
	}
	loc := l.res.Study.Loc
	fh, err := os.Open(reformPath)
	if err != nil {
		return openFlagFileError("--reform", reformPath, err, o.Lang)
	}
	r, err := change.ReadReform(bufio.NewReader(fh), loc)
	fh.Close()
	if err != nil {
		return changeFileError(err, reformPath, o.Lang)
	}
	cwPath, cwAt, err := crosswalkOf(o.Crosswalk, []*loaded{l}, o.Lang)
	if err != nil {
		return err
	}
	undeclaredCrosswalk(stderr, cwPath, []*loaded{l}, o.Lang)
	cw, err := readCrosswalk(cwPath, cwAt, loc, o.Lang)
	if err != nil {
		return err
	}
	blocks := l.res.Builder.Blocks() // frameOf drops the builder
	f, _, err := frameOf([]*loaded{l}, graph.UnitLevel, cw, cwPath, o.Lang)
	if err != nil {
		return err
	}
	for _, s := range crosswalkOutsideData(o.Lang, cw, cwPath, l.res.Span, f.Stale, false, loc) {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", s))
	}
	periods := periodsOf(f, blocks, every, loc)
	// Periods without any tie at the window's ends lie past the data:
	// left in, they counted as periods before the date (--from three
	// months early let a date one month into the data through) and in
	// the days of the tie rate. They are left out, and said so.
	lead, trail := emptyEnds(f, periods)
	if lead+trail > 0 && lead+trail < len(periods) {
		w := graph.Window{From: periods[0].Window.From, To: periods[len(periods)-1].Window.To}
		w0 := periods
		periods = periods[lead : len(periods)-trail]
		data := graph.Window{From: periods[0].Window.From, To: periods[len(periods)-1].Window.To}
		day := func(t int64) string { return i18n.Day(o.Lang, change.Day(t, loc)) }
		// Only periods wholly outside the data's span lie past it; an
		// empty end inside it (the weekend of Saturday 1 March that a
		// weekly window from that day cuts off, seed 63) was said to
		// lie past the data that ran from January. It is left out all
		// the same, and said as what it is.
		key := "evaluate.emptyEnds"
		if sp := l.res.Span; sp.From != 0 || sp.To != 0 {
			for i, p := range w0 {
				if (i < lead || i >= len(w0)-trail) && p.Window.To > sp.From && p.Window.From < sp.To {
					key = "evaluate.emptyEndsInside"
				}
			}
		}
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, key, day(w.From), day(w.To-1), lead+trail, day(data.From), day(data.To-1))))
	}
	// A period cut short by the window (--from on 30 January: a
	// "month" of two days) counted as a whole one: among the periods
	// before the date that the reform needs, in the spread of the gap
	// that scales the randomisation statistic, and before a placebo
	// date. change.Evaluate no longer counts it so (its ties stay in the
	// pooled sums of its side), and the warning says so.
	partial := change.PartialPeriods(periods)
	// the codes of the warnings below that the did rows of did.csv carry
	// beside change.Evaluation.Codes: printed on stderr only, a reader of
	// the file who did not see the terminal read the effect of a study
	// with a month of data lost, or an arm whose units changed, as clean
	var codes []string
	// periods inside the data without any tie: a holiday or lost data
	if empty := emptyPeriods(f, periods); len(empty) > 0 {
		codes = append(codes, "periods_empty")
		// each named, as trend names them: "(the first from 1 August
		// 2025)" of a single empty month named neither its end nor that it
		// was the only one
		names := make([]string, len(empty))
		for k, p := range empty {
			names[k] = i18n.Period(o.Lang, change.Day(p.Window.From, loc), change.Day(p.Window.To, loc))
		}
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "evaluate.emptyPeriods", len(empty), i18n.Join(o.Lang, names))))
	}
	// a log table silent in whole periods (a month of letters not
	// exported): those periods' outcomes came from the other tables
	// alone, without a word (QA of session 40)
	for _, s := range silentLayers(f, periods, l.res.Study.Weights, func(i int) bool { return partial[i] || !hasTies(f, periods[i]) }, silentLeast(every)) {
		names := make([]string, len(s.Periods))
		for k, i := range s.Periods {
			names[k] = i18n.Period(o.Lang, change.Day(periods[i].Window.From, loc), change.Day(periods[i].Window.To, loc))
		}
		if !slices.Contains(codes, "period_layer_missing") {
			codes = append(codes, "period_layer_missing")
		}
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "evaluate.layerSilent", s.Layer.String(), sharePercent(o.Lang, s.Share), len(s.Periods), i18n.Join(o.Lang, names), s.Layer.String())))
	}
	gone, added, middle := warnUnmatched(stderr, o.Lang, f, periods, nil, cwPath, loc)
	ev, err := change.Evaluate(ctx, f, periods, r, change.Options{Resamples: o.Resamples, Permutations: o.Permutations, Seed: o.Seed})
	if errors.Is(err, change.ErrFewPrePeriods) {
		pre := 0
		for _, p := range periods {
			if p.Window.To <= r.Date {
				pre++
			}
		}
		// at the reform file and its date's line, as a date after the
		// data is (noPostError): the fix may be the date itself
		at := reformPath
		if r.DateLine > 0 {
			at = msg(o.Lang, "changefile.at", reformPath, r.DateLine)
		}
		text := msg(o.Lang, "evaluate.fewPre", change.Day(r.Date, loc), pre, change.MinPrePeriods)
		if sp := l.res.Span; sp.From != 0 && sp.From >= periods[0].Window.From {
			// no row of the study lies before the window: "extend the
			// window back" sent the user after data there are none of (a
			// date of 2024-01-01 on a year of 2025 data)
			key := "evaluate.fewPreNoData"
			if every == graph.Week {
				key = "evaluate.fewPreNoDataWeek" // no shorter period
			}
			text = msg(o.Lang, key, change.Day(r.Date, loc), pre, change.Day(sp.From, loc), change.MinPrePeriods)
		}
		if n := f.PeriodsWithTies(periods[:pre]); n < pre {
			text = msg(o.Lang, "evaluate.fewPreData", change.Day(r.Date, loc), n, pre-n, pre, change.MinPrePeriods)
		}
		if cut := partialSpans(o.Lang, periods[:pre], partial[:pre], loc); len(cut) > 0 {
			text = msg(o.Lang, "evaluate.fewPrePartial", change.Day(r.Date, loc), f.JudgingPeriods(periods[:pre], partial), pre, strings.Join(cut, "; "), change.MinPrePeriods)
		}
		return fileInputError(at+": "+text, err)
	}
	if errors.Is(err, change.ErrNoPostPeriod) {
		// the data read: the events' span within the window
		span := l.res.Span
		if n := len(blocks.Bounds); n > 1 {
			span.From, span.To = max(span.From, blocks.Bounds[0]), min(span.To, blocks.Bounds[n-1])
		}
		return noPostError(o.Lang, reformPath, r, span, periods, every, loc, err)
	}
	if err != nil {
		return changeFileError(err, reformPath, o.Lang)
	}
	day := func(t int64) string { return change.Day(t, loc) }
	if ev.DateMoved() {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "evaluate.dateMoved", day(ev.DateGiven), every.String(), day(ev.DateUsed))))
	}
	// the periods before the date are the ones it changes; one cut
	// short after it has its period row only, and shortSides speaks of
	// a side too short for its interval
	if cut := partialSpans(o.Lang, periods[:ev.PrePeriods], partial, loc); len(cut) > 0 {
		codes = append(codes, "period_partial")
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "evaluate.partialPeriods", len(cut), strings.Join(cut, "; "), every.String(), int(100*change.PartialShare))))
	}
	for _, s := range shortSides(o.Lang, ev, periods, day) {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", s))
	}
	for _, s := range armWarnings(o.Lang, ev) {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", s))
	}
	if um := armUnmatched(o.Lang, ev, f, gone, added, middle, cwPath); len(um) > 0 {
		codes = append(codes, "units_unmatched")
		for _, s := range um {
			fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", s))
		}
	}
	rows := ev.Result(day)
	// the empty periods right after and before the date, which the
	// reading says the effect leaves out: did.csv's from and to are the
	// span of the periods after the date, and from kept 2025-08-01 of a
	// side whose data began on 1 September
	gap := findSideGaps(f, periods, ev.DateGiven, ev.DateUsed)
	for i := range rows {
		if rows[i].Kind != "did" {
			continue
		}
		if len(codes) > 0 {
			rows[i].Warnings = strings.Join(append(strings.FieldsFunc(rows[i].Warnings, func(r rune) bool { return r == ';' }), codes...), ";")
		}
		if n := len(gap.After); n > 0 {
			rows[i].EmptyAfterFrom, rows[i].EmptyAfterTo = day(gap.After[0].Window.From), day(gap.After[n-1].Window.To)
		}
		if n := len(gap.Before); n > 0 {
			rows[i].EmptyBeforeFrom, rows[i].EmptyBeforeTo = day(gap.Before[0].Window.From), day(gap.Before[n-1].Window.To)
		}
	}
	if err := writeFiles(ctx, o.Out, result.DiDFiles(rows), o.Parquet); err != nil {
		return err
	}
	passed, doubtful, undefined := ev.Placebos("homophily")
	pre := placeboCheck{fails: ev.PlaceboFails("homophily"), doubtful: doubtful, dates: passed + doubtful, undefined: undefined,
		named: doubtfulDates(o.Lang, ev.DoubtfulPlacebos("homophily"), day)}
	pre.floor.p, pre.floor.assignments = ev.PlaceboPFloor("homophily")
	pre.floor.weekly = every == graph.Week
	var sizeLine string // the doubtful placebo dates' largest estimate beside the effect
	for _, d := range ev.Rows {
		if d.Outcome == "homophily" && d.Kind == change.DiDEffect {
			// the effect's numbers, on the first line and in every
			// sentence after it, with the same decimals
			num := estimates(o.Lang, effectDigits(d))
			sizeLine = placeboSizeLine(o.Lang, d, ev.DoubtfulPlacebos("homophily"), day, num)
			// a finding's date is written as people read it (did.csv
			// keeps YYYY-MM-DD); a warning that says what to write in
			// reform.yaml keeps the form to write
			date := i18n.Day(o.Lang, day(d.Date))
			fmt.Fprintln(stdout, effectLine(o.Lang, d, date, num))
			when, gaps := sideGaps(o.Lang, gap, ev.DateGiven, d.Date, day)
			if s := effectReadingWhen(o.Lang, d, ev, pre, date, when, num); s != "" {
				fmt.Fprintln(stdout, s)
			}
			for _, s := range gaps {
				fmt.Fprintln(stdout, s)
			}
			// the observed assignment is one of them, and with as many
			// groups treated as not so is its mirror (the arms swapped,
			// the same statistic): p is at least d.PFloor, 1 or 2 over the
			// assignments, and with few groups no effect can be significant
			alpha := i18n.Decimal(o.Lang, strconv.FormatFloat(change.DefaultAlpha, 'f', 2, 64))
			if d.Assignments > 0 && d.PFloor > change.DefaultAlpha {
				fmt.Fprintln(stdout, pFloorLine(o.Lang, d, ev.Mirrored, alpha, decimals(o.Lang, 3))+" "+pFloorAdvice(o.Lang, ev, alpha, cmp.Or(o.Permutations, change.DefaultPermutations))+" "+intervalAdvice(o.Lang, ev))
			} else if sayMinSignificant(d) {
				fmt.Fprintln(stdout, minSignificantLine(o.Lang, d, alpha, num))
			}
			// the randomisation p's null: other groups drawn as if
			// treated, which the treated ones were not (a sector chosen
			// for the reform). With |effect| as its statistic the p ran
			// small for silos (review r2 of session 15: p <= 0.05 in 11 of
			// 80 no-reform studies); over the gap's pre-period spread, 3
			// of 80 (testdata/change/evaluate_sweep.sh)
			for _, s := range riLines(o.Lang, d, every, len(ev.Warnings()) > 0, pre.dates > 0, alpha) {
				fmt.Fprintln(stdout, s)
			}
		}
	}
	s := placeboSummary(o.Lang, passed, doubtful, undefined, pre.fails, pre.named, pre.floor)
	if f := placeboFixed(o.Lang, ev, passed+doubtful, doubtful); f != "" {
		s = f
	}
	if s != "" {
		fmt.Fprintln(stdout, s)
		if sizeLine != "" {
			fmt.Fprintln(stdout, sizeLine)
		}
	}
	if s := placeboUndefinedLine(o.Lang, undefined, passed+doubtful+undefined, every == graph.Week); s != "" {
		fmt.Fprintln(stdout, s)
	}
	// the units the crosswalk lined up, in trend's and compare's words:
	// evaluate applied the crosswalk without a word, so a renamed or
	// merged unit of an arm read as any other
	if s := viz.PeriodsReorganised(o.Lang, linedUp(f, func(graph.Node) bool { return true })); s != "" {
		fmt.Fprintln(stdout, s)
	}
	fmt.Fprintln(stdout, msg(o.Lang, "evaluate.wrote", o.Out))
	return nil
}

// placeboFixed is the placebo line when an arm's homophily is fixed by
// construction (change.Evaluation.Fixed) and some placebo dates were
// judged: they cannot check parallel trends, since each placebo estimate
// is then the other arm's change alone (or 0 when both are fixed), and a
// date without a sign of the arms moving apart says only that the other
// arm did not move. Empty otherwise. Before, the line read "as far as
// these intervals show, the treated and control groups moved in parallel
// before the reform" of a treated sector of one unit, whose homophily is
// 0 in every period.
func placeboFixed(lang string, ev *change.Evaluation, dates, doubtful int) string {
	switch {
	case dates == 0:
		return ""
	case ev.TreatedFixed && ev.ControlFixed:
		return msg(lang, "evaluate.placeboFixedBoth", dates)
	case ev.TreatedFixed:
		return msg(lang, "evaluate.placeboFixedTreated", dates, doubtful)
	case ev.ControlFixed:
		return msg(lang, "evaluate.placeboFixedControl", dates, doubtful)
	}
	return ""
}

// riLines are the lines after the effect's reading on what its
// randomisation p compares it with and what to rely on: the p's null
// model, then, when evaluate warned of nothing that narrows the interval
// (warned), that the interval, and the placebo dates where any could be
// judged (placebos), are the firmer guide, and a line when the p and the
// interval disagree. None when the effect has no randomisation p: an
// effect not defined (an arm without ties on one side of the date) has
// neither p nor interval, and "the randomisation p compares this effect"
// and "the 95 percent interval remains the firmer guide" spoke of numbers
// the line above had just said were not there. The null model's line
// ends with how often the p was at most 0.05 on generated studies without
// a reform, with the user's period length (every) named: until session 52
// it gave the 9 of 160 measured with monthly periods whatever --every
// said (docs/change.md, "The randomisation p").
func riLines(lang string, d change.DiD, every graph.Step, warned, placebos bool, alpha string) []string {
	if d.Assignments == 0 || math.IsNaN(d.Effect) || math.IsNaN(d.P) {
		return nil
	}
	out := []string{msg(lang, "evaluate.riNull") + " " + riMeasured(lang, every)}
	if !warned && !math.IsNaN(d.CI.Low) && !math.IsNaN(d.CI.High) {
		// not when evaluate warns that the interval leaves out the
		// units' or the weeks' variation, nor without an interval
		if placebos {
			out = append(out, msg(lang, "evaluate.riGuide"))
		} else {
			// no placebo date to lean on
			out = append(out, msg(lang, "evaluate.riGuideNoPlacebo"))
		}
	}
	if d.P <= change.DefaultAlpha && d.CI.Low <= 0 && d.CI.High >= 0 {
		out = append(out, msg(lang, "evaluate.riDisagree", alpha))
	}
	return out
}

// riMeasured says how often the randomisation p was at most 0.05 on
// generated studies without any reform (testdata/change/evaluate_sweep.sh,
// docs/change.md): with monthly periods 10 of 180 (seeds 21-100, 600-679
// and 1044-1063), with quarterly and with weekly ones 1 of 20 each (seeds
// 1044-1063), which is said to be too few to give a rate. Each sentence
// names the period length it was measured with.
func riMeasured(lang string, every graph.Step) string {
	switch every {
	case graph.Quarter:
		return msg(lang, "evaluate.riMeasuredQuarter")
	case graph.Week:
		return msg(lang, "evaluate.riMeasuredWeek")
	}
	return msg(lang, "evaluate.riMeasuredMonth")
}

// sayMinSignificant reports whether evaluate says how large an effect its
// randomisation test could have called significant (the did row's
// Detectable): when the test could reach alpha but did not, and the
// interval shows no direction either, so that a large p with few controls
// does not read as no effect. Not with an interval off 0, where the
// threshold also holds the part of the effect that assignments sharing
// treated groups carry (docs/change.md), nor when the threshold shows as
// 0 at three decimals (every other assignment without any effect, as when
// the periods before and after the date hold the same ties): the test
// then lacked no power, and "larger than 0.000" would say nothing.
func sayMinSignificant(d change.DiD) bool {
	zero := strconv.FormatFloat(0, 'f', 3, 64)
	return d.Assignments > 0 && d.P > change.DefaultAlpha && !math.IsNaN(d.Detectable) && !(d.CI.High < 0 || d.CI.Low > 0) &&
		strconv.FormatFloat(math.Abs(d.Detectable), 'f', 3, 64) != zero
}

// minSignificantLine says how large an effect the randomisation test
// could have called significant (sayMinSignificant). Where that is
// larger than any effect the outcome's range allows with the other
// values as observed (change.DiD.Undetectable), it says so, and that no
// effect of any possible size could have been called significant: "only
// for an effect larger than 1.12" read as if an effect of 1.12 were
// possible where the largest possible was 0.95.
func minSignificantLine(lang string, d change.DiD, alpha string, num func(float64) string) string {
	n := i18n.Int(lang, int64(d.Assignments))
	if d.Undetectable() {
		return msg(lang, "evaluate.minSignificantNone", n, alpha, num(d.Detectable), num(d.Reachable), alpha)
	}
	return msg(lang, "evaluate.minSignificant", n, alpha, num(d.Detectable), num(d.Effect), alpha)
}

// effectDigits is how many decimals evaluate writes an estimate's effect
// and interval with, on its first line and in every sentence that repeats
// them: three, or more (i18n.EstimateDecimals) where three would round
// the effect or an interval end that is not 0 to 0: an interval of
// -0.000176 to 0.412 read "0.000 to 0.412", as if it stopped at 0 where
// it crosses it. More again where evaluate.minSignificant compares the
// effect with the smallest significant one (sayMinSignificant) and the
// decimals print their sizes alike. True of 0.01233 and -0.01210 (sekat
// generate --seed 23 --no-change --scale 0.3, DINKES and RSUD treated
// from 2025-09-01): the sentence read as contradicting its own numbers.
// Digits are added until the absolute values differ, at most 12. One
// rule for the whole reading: the sentence once had the digits and the
// first line not, so that the effect read -0.012 above and -0.0121 below.
func effectDigits(d change.DiD) int {
	n := i18n.EstimateDecimals(3, d.Effect, d.CI.Low, d.CI.High)
	if !sayMinSignificant(d) {
		return n
	}
	// the sentence compares the threshold with the effect, or, where no
	// possible effect reaches it, with the largest possible effect
	other := d.Effect
	if d.Undetectable() {
		other = d.Reachable
	}
	for ; n < 12; n++ {
		if strconv.FormatFloat(math.Abs(d.Detectable), 'f', n, 64) != strconv.FormatFloat(math.Abs(other), 'f', n, 64) {
			break
		}
	}
	return n
}

// decimals writes a number with n decimals in lang's notation.
func decimals(lang string, n int) func(float64) string {
	return func(x float64) string { return i18n.Decimal(lang, strconv.FormatFloat(x, 'f', n, 64)) }
}

// estimates writes an effect or an interval end with n decimals in lang's
// notation (i18n.Estimate): one below 0 keeps its minus when it rounds to
// 0, so that an interval that crosses 0 does not read as stopping at it.
func estimates(lang string, n int) func(float64) string {
	return func(x float64) string { return i18n.Estimate(lang, x, n) }
}

// pFloorLine says that with d.Assignments assignments the randomisation
// p cannot be below d.PFloor, above alpha: with as many groups treated as
// not (mirrored), the assignment that swaps the arms reaches the observed
// statistic too; with two assignments both do (it said "at least 2 of
// the 2").
func pFloorLine(lang string, d change.DiD, mirrored bool, alpha string, num func(float64) string) string {
	switch {
	case mirrored && d.Assignments == 2:
		return msg(lang, "evaluate.pFloorMirrorTwo", num(d.PFloor), alpha)
	case mirrored:
		return msg(lang, "evaluate.pFloorMirror", d.Assignments, num(d.PFloor), alpha, d.Assignments)
	}
	return msg(lang, "evaluate.pFloor", d.Assignments, num(d.PFloor), alpha)
}

// effectLine is the first line of evaluate's reading: the homophily
// effect at date with its interval and randomisation p, each said to be
// undefined, and why, rather than written NaN.
func effectLine(lang string, d change.DiD, date string, num func(float64) string) string {
	if math.IsNaN(d.Effect) {
		return msg(lang, "evaluate.effectNone", date)
	}
	ci := msg(lang, "evaluate.effectCI", num(d.CI.Low), num(d.CI.High))
	if math.IsNaN(d.CI.Low) || math.IsNaN(d.CI.High) {
		ci = msg(lang, "evaluate.effectNoCI", 95)
	}
	// a p keeps three decimals whatever the effect's (effectDigits)
	p := msg(lang, "evaluate.effectP", decimals(lang, 3)(d.P), i18n.Int(lang, int64(d.Assignments)))
	if drawnAtFloor(d) {
		// drawn at random, none as extreme as the observed one: 1/(n+1)
		// is the smallest p the draws can show, a bound
		p = msg(lang, "evaluate.effectPBound", i18n.PBound(lang, d.P), i18n.Int(lang, int64(d.Assignments)))
	}
	if math.IsNaN(d.P) {
		p = msg(lang, "evaluate.effectNoP", change.MinSpreadPeriods)
	}
	return msg(lang, "evaluate.effect", date, num(d.Effect), ci, p)
}

// drawnAtFloor reports whether d's randomisation p is the floor of
// assignments drawn at random, 1/(Assignments + 1) (change's pFloor): no
// drawn assignment gave a statistic as extreme as the observed one, so
// the p is a bound, not a measurement. Listed in full, the assignments
// give an exact p, whatever its size.
func drawnAtFloor(d change.DiD) bool {
	if d.Assignments <= 0 || math.IsNaN(d.P) {
		return false
	}
	floor := 1 / float64(d.Assignments+1)
	return math.Abs(d.PFloor-floor) <= 1e-12*floor && d.P <= floor*(1+1e-9)
}

// partialSpans words the periods of ps that partial marks as cut short by
// the window: their first and last day and their length in days.
func partialSpans(lang string, ps []change.Period, partial []bool, loc *time.Location) []string {
	var out []string
	for i, p := range ps {
		if partial[i] {
			out = append(out, msg(lang, "evaluate.partialSpan", i18n.Day(lang, change.Day(p.Window.From, loc)), i18n.Day(lang, change.Day(p.Window.To-1, loc)), int(math.Round(float64(p.Window.To-p.Window.From)/86400))))
		}
	}
	return out
}

// emptyEnds counts the periods at the start (lead) and at the end (trail)
// of ps that hold no tie at all: the window reaches past the data.
func emptyEnds(f *change.Frame, ps []change.Period) (lead, trail int) {
	for lead < len(ps) && !hasTies(f, ps[lead]) {
		lead++
	}
	for trail < len(ps)-lead && !hasTies(f, ps[len(ps)-1-trail]) {
		trail++
	}
	return lead, trail
}

// emptyPeriods lists the periods of ps that hold no tie at all.
func emptyPeriods(f *change.Frame, ps []change.Period) []change.Period {
	var out []change.Period
	for _, p := range ps {
		if !hasTies(f, p) {
			out = append(out, p)
		}
	}
	return out
}

// placeboLevel is the level of each of a placebo date's two checks
// (change.PlaceboDoubtful): the chance that its 95% interval excludes 0,
// and that its randomisation p is at most 0.05, when the arms did move in
// parallel. A date is doubtful when either check flags it, which by the
// union of the two happens by chance to at most 2 * placeboLevel of the
// dates.
const placeboLevel = change.DefaultAlpha

// placeboSummary says what the placebo dates of the homophily index show
// ("" with no date that can be judged but some without an interval,
// which placeboUndefined says). passed dates show no sign of the arms
// moving apart; doubtful ones (change.PlaceboDoubtful) are named, with
// why, in named (doubtfulDates). Each date is two checks at 5%: of
// several, some may be doubtful by chance alone, so the sentence gives
// the count expected by chance (at most 2 * placeboLevel times the
// dates; the dates share periods, so their checks are not independent);
// and a single date, which decides the check alone, says so. Before, a
// date whose interval held 0 passed whatever its p: with one date at p =
// 0.005 (sekat generate --seed 5 --pilot, the KEC_ units treated from
// 2025-10-01) the line said the groups moved in parallel.
//
// When no placebo p could reach placeboLevel (floor.unreachable: with 3
// sectors, 3 assignments and p at least 0.333), the line said each date
// gave "a randomisation p, where given, above 0.05" as a sign of parallel
// trends, and that each date was checked twice: the p could flag no date,
// so the sentences then rest on the intervals alone (checked once, up to
// one date in twenty doubtful by chance) and a last sentence says that
// the randomisation p cannot reach the level with so few assignments.
func placeboSummary(lang string, passed, doubtful, undefined int, fails bool, named string, floor placeboFloor) string {
	dates := passed + doubtful
	s := placeboSentence(lang, passed, doubtful, undefined, fails, named, floor)
	if s != "" && dates > 0 && floor.unreachable() {
		alpha := i18n.Decimal(lang, strconv.FormatFloat(placeboLevel, 'f', 2, 64))
		s += " " + msg(lang, "evaluate.placeboPFloor", decimals(lang, 3)(floor.p), floor.assignments, alpha)
	}
	return s
}

// orNoP is key, or keyNoP, the sentence that rests on the intervals
// alone, when no placebo p could reach placeboLevel (placeboSummary).
func orNoP(f placeboFloor, key, keyNoP string) string {
	if f.unreachable() {
		return keyNoP
	}
	return key
}

// placeboSentence is placeboSummary's sentence without its last one.
func placeboSentence(lang string, passed, doubtful, undefined int, fails bool, named string, floor placeboFloor) string {
	dates := passed + doubtful
	checks := 2.0 // the interval and the p (change.PlaceboDoubtful)
	if floor.unreachable() {
		checks = 1
	}
	chance := i18n.Number(lang, checks*placeboLevel*float64(dates), 1)
	alpha := i18n.Decimal(lang, strconv.FormatFloat(placeboLevel, 'f', 2, 64))
	noP := floor.unreachable()
	more := morePlacebo(lang, floor.weekly)
	switch {
	case dates+undefined == 0:
		// not "0 of 0": no placebo date fits before the reform
		return msg(lang, "evaluate.noPlacebo", more)
	case dates == 0:
		return ""
	case dates == 1 && fails && undefined > 0:
		// "the only date" would deny the dates without an interval
		return msg(lang, orNoP(floor, "evaluate.placeboFailsOneOfMore", "evaluate.placeboFailsOneMoreNoP"), named, alpha, more)
	case dates == 1 && fails:
		return msg(lang, orNoP(floor, "evaluate.placeboFailsOne", "evaluate.placeboFailsOneNoP"), named, alpha, more)
	case dates == 1 && undefined > 0 && noP:
		return msg(lang, "evaluate.placeboOneOfMoreNoP", more)
	case dates == 1 && undefined > 0:
		return msg(lang, "evaluate.placeboOneOfMore", alpha, more)
	case dates == 1 && noP:
		return msg(lang, "evaluate.placeboOneNoP", more)
	case dates == 1:
		return msg(lang, "evaluate.placeboOne", alpha, more)
	case fails && passed == 0:
		// not "0 of 4 ... at least half are doubtful"
		return msg(lang, orNoP(floor, "evaluate.placeboFailsNone", "evaluate.placeboFailsNoneNoP"), dates, named, alpha, chance, dates)
	case fails:
		return msg(lang, orNoP(floor, "evaluate.placeboFails", "evaluate.placeboFailsNoP"), passed, dates, named, alpha, chance, dates)
	case doubtful > 0 && noP:
		return msg(lang, "evaluate.placeboSomeNoP", passed, dates, doubtful, named, alpha, chance, dates)
	case doubtful > 0:
		return msg(lang, "evaluate.placeboSome", passed, dates, alpha, doubtful, named, alpha, chance, dates)
	case noP:
		return msg(lang, "evaluate.placeboAllNoP", dates)
	}
	// not "6 of 6"
	return msg(lang, "evaluate.placeboAll", dates, alpha)
}

// doubtfulDates names the doubtful placebo rows ds
// (change.Evaluation.DoubtfulPlacebos) with what flags each: its interval
// excluding 0, its randomisation p at most 0.05, or both ("1 August 2025
// (randomisation p = 0.005)"), so that a reader sees which dates to look
// at in did.csv and why.
func doubtfulDates(lang string, ds []change.DiD, day func(int64) string) string {
	names := make([]string, len(ds))
	for i, d := range ds {
		var why []string
		if d.CI.High < 0 || d.CI.Low > 0 {
			why = append(why, msg(lang, "evaluate.placeboWhyInterval"))
		}
		if d.P <= change.DefaultAlpha {
			if drawnAtFloor(d) {
				why = append(why, msg(lang, "evaluate.placeboWhyPBound", i18n.PBound(lang, d.P)))
			} else {
				why = append(why, msg(lang, "evaluate.placeboWhyP", decimals(lang, 3)(d.P)))
			}
		}
		names[i] = msg(lang, "evaluate.placeboNamed", i18n.Day(lang, day(d.Date)), strings.Join(why, ", "))
	}
	return i18n.Join(lang, names)
}

// placeboSizeLine gives, where placebo dates are doubtful, the largest of
// their estimates in size, with its date and interval, beside the effect
// at the reform date, in the effect's decimals (num): the placebo line
// says only whether a date's interval or p flags a drift, and weekly, with
// tight intervals, a drift of -0.019 (interval -0.036 to -0.005) was
// doubtful beside an effect of 0.894 (sekat generate --seed 211, sosial
// treated, date 2025-07-01, --every week) with no word on their sizes. It
// states the numbers only; "" without a doubtful date or an effect.
func placeboSizeLine(lang string, effect change.DiD, doubtful []change.DiD, day func(int64) string, num func(float64) string) string {
	if math.IsNaN(effect.Effect) {
		return ""
	}
	big := -1
	for i, d := range doubtful {
		if !math.IsNaN(d.Effect) && (big < 0 || math.Abs(d.Effect) > math.Abs(doubtful[big].Effect)) {
			big = i
		}
	}
	if big < 0 {
		return ""
	}
	d := doubtful[big]
	ci := ""
	if !math.IsNaN(d.CI.Low) && !math.IsNaN(d.CI.High) {
		ci = msg(lang, "evaluate.placeboSizeCI", num(d.CI.Low), num(d.CI.High))
	}
	if len(doubtful) == 1 {
		return msg(lang, "evaluate.placeboSizeOne", num(d.Effect), i18n.Day(lang, day(d.Date)), ci, num(effect.Effect))
	}
	return msg(lang, "evaluate.placeboSize", len(doubtful), num(d.Effect), i18n.Day(lang, day(d.Date)), ci, num(effect.Effect))
}

// placeboUndefinedLine says how many of the total placebo dates give no
// interval ("" when every one gives one), in words that fit the count:
// never "1 of the 1 placebo date" or "3 of the 3", but the only date or
// none of them, which also leave parallel trends unchecked.
func placeboUndefinedLine(lang string, undefined, total int, weekly bool) string {
	switch {
	case undefined == 0:
		return ""
	case total == 1:
		return msg(lang, "evaluate.placeboUndefinedOne", morePlacebo(lang, weekly))
	case undefined == total:
		return msg(lang, "evaluate.placeboUndefinedAll", total, morePlacebo(lang, weekly))
	}
	return msg(lang, "evaluate.placeboUndefined", undefined, total)
}

// placeboCheck is what the placebo dates of the homophily index say:
// whether the check fails (change.Evaluation.PlaceboFails), how many of
// the dates that can be judged are doubtful (change.PlaceboDoubtful), and
// which (named, doubtfulDates).
type placeboCheck struct {
	fails           bool
	doubtful, dates int // of the dates that can be judged
	undefined       int // dates before the reform without an interval
	named           string
	floor           placeboFloor
}

// placeboFloor is the smallest p the randomisation test of the placebo
// dates could give, with its number of assignments
// (change.Evaluation.PlaceboPFloor); the zero value, and NaN, a p that
// can reach placeboLevel or none at all.
type placeboFloor struct {
	p           float64
	assignments int
	// weekly says that the periods are weeks, the shortest evaluate
	// takes, so that the advice for more placebo dates (morePlacebo)
	// leaves out shorter periods
	weekly bool
}

// morePlacebo is the advice for more placebo dates: shorter periods or a
// wider window backwards, or only the wider window when the periods are
// weeks already (weekly). With --every week the lines said "use shorter
// periods", which evaluate does not take (--every day is refused).
func morePlacebo(lang string, weekly bool) string {
	if weekly {
		return msg(lang, "evaluate.morePlaceboWeek")
	}
	return msg(lang, "evaluate.morePlacebo")
}

// unreachable reports whether no placebo p could be at most
// placeboLevel, whatever the data: its check then flags no date, and a
// p "above 0.05" is no sign of parallel trends.
func (f placeboFloor) unreachable() bool { return f.p > placeboLevel }

// effectReading says in words what a homophily effect means, only as far
// as its numbers go. It states no direction as a finding when evaluate
// warns that the effect or its interval cannot carry one: an arm whose
// homophily is fixed by construction (change.Evaluation.Fixed), an arm of
// fewer than change.MinArmUnits units, whose interval holds no variation
// between units (FewUnits), a side of the date with too few time blocks,
// whose interval comes out too narrow (ShortSides); nor when the placebo
// check fails (the effect cannot be attributed to the reform date,
// whatever the interval). Otherwise: more open (the whole interval below
// 0), more closed (above 0), with the assumption of parallel trends named
// in the sentence when no placebo date could check it, or neither shown.
// It says nothing when the interval is undefined, or when it holds 0
// while p is small, which riDisagree says.
func effectReading(lang string, d change.DiD, ev *change.Evaluation, pre placeboCheck, date string, num func(float64) string) string {
	return effectReadingWhen(lang, d, ev, pre, date, msg(lang, "evaluate.whenAfter", date), num)
}

// effectReadingWhen is effectReading with when, the words that say the
// side after the date ("after 1 August 2025", or from which day the data
// after it run: sideGaps).
func effectReadingWhen(lang string, d change.DiD, ev *change.Evaluation, pre placeboCheck, date, when string, num func(float64) string) string {
	shortPre, shortPost := ev.ShortSides()
	switch {
	case ev.TreatedFixed && ev.ControlFixed:
		return msg(lang, "evaluate.readFixedBoth")
	case ev.TreatedFixed:
		return msg(lang, "evaluate.readFixedTreated")
	case ev.ControlFixed:
		return msg(lang, "evaluate.readFixedControl")
	case ev.FewUnits():
		return msg(lang, "evaluate.readFewUnits", ev.TreatedUnits, ev.ControlUnits, change.MinArmUnits)
	case shortPre || shortPost:
		return msg(lang, "evaluate.readShort", ev.PreBlocks, ev.PostBlocks, change.MinIntervalBlocks)
	case math.IsNaN(d.CI.Low) || math.IsNaN(d.CI.High):
		return ""
	case pre.fails && d.CI.Low <= 0 && d.CI.High >= 0:
		// not only "this effect cannot be attributed to the reform", which
		// read as if there were an effect: an effect of -0.001, interval
		// -0.076 to 0.063 (sekat generate --seed 421 --scale 0.3
		// --no-change, the ketertiban units treated from 2025-10-01)
		return pretrendReading(lang, pre, date) + " " + msg(lang, "evaluate.readPretrendNoEffect")
	case pre.fails:
		return pretrendReading(lang, pre, date)
	case d.CI.High < 0 && pre.dates == 0:
		return msg(lang, "evaluate.readOpenedUnchecked", when, num(-d.Effect), uncheckedWhy(lang, pre))
	case d.CI.Low > 0 && pre.dates == 0:
		return msg(lang, "evaluate.readClosedUnchecked", when, num(d.Effect), uncheckedWhy(lang, pre))
	case d.CI.High < 0:
		return msg(lang, "evaluate.readOpened", when, num(-d.Effect))
	case d.CI.Low > 0:
		return msg(lang, "evaluate.readClosed", when, num(d.Effect))
	case d.Assignments > 0 && d.P <= change.DefaultAlpha:
		return ""
	}
	return msg(lang, "evaluate.readNone")
}

// sideGap is what the periods around the reform date leave compared
// (findSideGaps): the periods without any tie right after the date given
// (After) and right before the date used (Before), where periods with
// ties lie beyond them, and the periods with ties next to them.
type sideGap struct {
	// After: the empty periods after the date, up to Resume, the start
	// of the first period with ties after them. Head is the period with
	// ties that holds the date given when the evaluation split at its
	// start (the date moved: a weekly period from Monday 28 July holds 1
	// August) and the empty periods follow it; nil otherwise.
	After  []change.Period
	Head   *change.Period
	Resume int64
	// Before: the empty periods that end by the date used, back to one
	// with ties, which ends at LastTo.
	Before []change.Period
	LastTo int64
}

// findSideGaps finds, in ps, the periods without any tie right after the
// reform date and right before it (sideGap). given is the date of
// reform.yaml, used the period start the evaluation split at.
func findSideGaps(f *change.Frame, ps []change.Period, given, used int64) sideGap {
	var g sideGap
	// after: the empty periods from the date on, up to one with ties;
	// when the first period after the split holds ties and the date
	// given, the empty periods may follow it
	var after []change.Period
	for i, p := range ps {
		if p.Window.From < used {
			continue
		}
		if hasTies(f, p) {
			if len(after) > 0 {
				g.After, g.Resume = after, p.Window.From
				break
			}
			if i > 0 && ps[i-1].Window.From >= used || g.Head != nil || !(p.Window.From < given && given < p.Window.To) {
				break
			}
			g.Head = &ps[i]
			continue
		}
		after = append(after, p)
	}
	if g.After == nil {
		g.Head = nil
	}
	// before: the empty periods that end by the date, back to one with ties
	var before []change.Period
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i]
		if p.Window.To > used {
			continue
		}
		if hasTies(f, p) {
			if len(before) > 0 {
				slices.Reverse(before)
				g.Before, g.LastTo = before, p.Window.To
			}
			break
		}
		before = append(before, p)
	}
	return g
}

// sideGaps words the gaps findSideGaps finds around the reform date
// (used, the period start the evaluation split at; given, the date of
// reform.yaml): the effect compares the data from the first period with
// ties after the date with those up to the last before it. when is how
// the reading says the side after ("after 1 August 2025", or "from 1
// September 2025 on" when August holds no tie) and notes the sentences
// that say what was compared. On sekat generate --seed 1156 --scale 0.3
// --pilot with every August 2025 row removed and a reform date of
// 2025-08-01, the reading said "became more open after 1 August 2025",
// where the side after began in September; only a warning on stderr
// and periods_empty in did.csv told of August. With --every week (seed
// 1181, the same rows removed) the date moved to Monday 28 July, whose
// week holds ties of 28-31 July, and the reading said "after 28 July
// 2025" of the four empty weeks of August that follow.
func sideGaps(lang string, g sideGap, given, used int64, day func(int64) string) (when string, notes []string) {
	when = msg(lang, "evaluate.whenAfter", i18n.Day(lang, day(used)))
	names := func(ps []change.Period) string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = i18n.Period(lang, day(p.Window.From), day(p.Window.To))
		}
		return i18n.Join(lang, out)
	}
	if len(g.After) > 0 {
		first := i18n.Day(lang, day(g.Resume))
		if g.Head != nil {
			head := i18n.Period(lang, day(g.Head.Window.From), day(g.Head.Window.To))
			when = msg(lang, "evaluate.whenHeadFrom", head, first)
			notes = append(notes, msg(lang, "evaluate.gapAfterHead", i18n.Day(lang, day(used)), head, names(g.After), first, i18n.Day(lang, day(given))))
		} else {
			when = msg(lang, "evaluate.whenFrom", first)
			notes = append(notes, msg(lang, "evaluate.gapAfter", i18n.Day(lang, day(used)), first, names(g.After)))
		}
	}
	if len(g.Before) > 0 {
		notes = append(notes, msg(lang, "evaluate.gapBefore", i18n.Day(lang, day(used)), i18n.Day(lang, day(g.LastTo-1)), names(g.Before)))
	}
	return when, notes
}

// pretrendReading is the reading of an effect when the placebo check
// fails (placeboCheck.fails): the effect cannot be attributed to the
// reform date, with the doubtful dates counted or named.
func pretrendReading(lang string, pre placeboCheck, date string) string {
	switch {
	case pre.dates == 1 && pre.undefined > 0:
		// not "the only placebo date": the others give no interval
		return msg(lang, orNoP(pre.floor, "evaluate.readPretrendOneDefined", "evaluate.readPretrendOneDefNoP"), 1+pre.undefined, pre.named, date)
	case pre.dates == 1:
		return msg(lang, orNoP(pre.floor, "evaluate.readPretrendOne", "evaluate.readPretrendOneNoP"), pre.named, date)
	case pre.doubtful == pre.dates:
		return msg(lang, "evaluate.readPretrendAll", pre.dates, date)
	}
	return msg(lang, "evaluate.readPretrend", pre.doubtful, pre.dates, date)
}

// uncheckedWhy says why no placebo date checks the assumption of parallel
// trends: none fits before the reform date, or those that fit give no
// interval (it said "no placebo date fits" of dates that did).
func uncheckedWhy(lang string, pre placeboCheck) string {
	switch {
	case pre.undefined == 1:
		return msg(lang, "evaluate.placeboNoIntervalOne")
	case pre.undefined > 1:
		return msg(lang, "evaluate.placeboNoIntervalAll", pre.undefined)
	}
	return msg(lang, "evaluate.placeboNoneFits")
}

// armWarnings warns of an arm whose outcomes are fixed by construction
// (change.Evaluation.TreatedFixed, ControlFixed) and of arms with fewer
// than change.MinArmUnits units (FewUnits), saying what it does to the
// effect and what to declare instead.
func armWarnings(lang string, ev *change.Evaluation) []string {
	var out []string
	if ev.TreatedFixed {
		out = append(out, msg(lang, "evaluate.fixedTreated"))
	}
	if ev.ControlFixed {
		out = append(out, msg(lang, "evaluate.fixedControl"))
	}
	if ev.FewUnits() {
		out = append(out, msg(lang, "evaluate.fewUnits", ev.TreatedUnits, ev.ControlUnits, change.MinArmUnits))
	}
	// units of an arm without any tie in the periods evaluated
	for _, a := range []struct {
		arm   string
		units []string
	}{{"evaluate.armTreated", ev.TreatedSilent}, {"evaluate.armControl", ev.ControlSilent}} {
		if len(a.units) > 0 {
			out = append(out, msg(lang, "evaluate.unitsSilent", len(a.units), msg(lang, a.arm), strings.Join(a.units, ", ")))
		}
	}
	// units of an arm with ties on one side of the date only
	for _, a := range []struct {
		arm, side string
		units     []string
	}{{"evaluate.armTreated", "evaluate.unitsOnlyBefore", ev.TreatedOnlyBefore}, {"evaluate.armTreated", "evaluate.unitsOnlyAfter", ev.TreatedOnlyAfter},
		{"evaluate.armControl", "evaluate.unitsOnlyBefore", ev.ControlOnlyBefore}, {"evaluate.armControl", "evaluate.unitsOnlyAfter", ev.ControlOnlyAfter}} {
		if len(a.units) > 0 {
			out = append(out, msg(lang, a.side, len(a.units), msg(lang, a.arm), strings.Join(a.units, ", ")))
		}
	}
	// an arm whose ties mostly vanished or appeared across the date
	for _, a := range []struct {
		key  string
		rate float64
	}{{"evaluate.volumeTreated", ev.TreatedRate}, {"evaluate.volumeControl", ev.ControlRate}} {
		if !math.IsNaN(a.rate) && (a.rate < 1.0/change.VolumeShift || a.rate > change.VolumeShift) {
			out = append(out, msg(lang, a.key, i18n.Decimal(lang, strconv.FormatFloat(a.rate, 'f', 2, 64)), change.VolumeShift))
		}
	}
	return out
}

// armUnmatched warns of the units of the treated or the control arm (named
// as units, or in a sector named) that have ties in one half of the
// window only (gone: the first, added: the second; Frame.Unmatched, split
// at the day middle): the
// arm is not made of the same units in every period, so its effect and
// placebo dates may read a rename or merger without a crosswalk as the
// reform's (a treated DISPUSIP_BARU, renamed in July, stood in the periods
// before an October reform without its first six months, and every
// placebo date said the arms moved in parallel).
func armUnmatched(lang string, ev *change.Evaluation, f *change.Frame, gone, added []string, middle, cwPath string) []string {
	sector := map[string]string{}
	for _, u := range f.Units {
		sector[u.ID] = u.Sector
	}
	var out []string
	for _, a := range []struct {
		groups []string
		key    string
		said   [][]string // its units already named as on one side of the date
	}{{ev.Treated, "evaluate.groupTreated", [][]string{ev.TreatedOnlyBefore, ev.TreatedOnlyAfter}},
		{ev.Control, "evaluate.groupControl", [][]string{ev.ControlOnlyBefore, ev.ControlOnlyAfter}}} {
		var us []string
		for _, u := range slices.Sorted(slices.Values(append(slices.Clone(gone), added...))) {
			if slices.Contains(a.said[0], u) || slices.Contains(a.said[1], u) {
				continue // armWarnings named it, with the date
			}
			name := u
			if ev.BySector {
				name = sector[u]
			}
			if slices.Contains(a.groups, name) {
				us = append(us, u)
			}
		}
		if len(us) > 0 {
			if cwPath != "" { // the crosswalk read leaves them out
				out = append(out, msg(lang, "evaluate.armUnmatchedListed", msg(lang, a.key), middle, i18n.Join(lang, us), cwPath))
			} else {
				out = append(out, msg(lang, "evaluate.armUnmatched", msg(lang, a.key), middle, i18n.Join(lang, us)))
			}
		}
	}
	return out
}

// intervalAdvice ends the advice beside an unreachable randomisation p:
// read the 95% interval as the measure of uncertainty meanwhile, unless
// evaluate warned that the interval leaves out the variation between
// units or weeks (change.Evaluation.Warnings), when it cannot take the
// test's place either.
func intervalAdvice(lang string, ev *change.Evaluation) string {
	if len(ev.Warnings()) > 0 {
		return msg(lang, "evaluate.intervalNoGuide")
	}
	return msg(lang, "evaluate.intervalGuide")
}

// pFloorAdvice says what would let the randomisation p reach alpha, as far
// as evaluate can change it: more control groups when some sectors (or
// units) are neither treated nor control; when every other sector is a
// control already (control: left out), units instead of sectors, which
// makes every other internal unit a control; when every other unit is
// one already, nothing: the study has too few units for the test.
//
// More control groups are advised only when, all of them declared, the
// p could reach alpha: with 1 treated sector, 2 controls and 1 sector
// left, the advice "1 more could serve" led to 4 assignments and a p of
// at least 0.25, no nearer to 0.05 (QA of session 40); the advice then
// says so and goes on to what can help. permutations is the most
// assignments evaluate lists before drawing them at random.
func pFloorAdvice(lang string, ev *change.Evaluation, alpha string, permutations int) string {
	switch {
	case ev.Spare > 0:
		k, n := len(ev.Treated), len(ev.Treated)+len(ev.Control)+ev.Spare
		floor := spareFloor(n, k, permutations)
		if !(floor > change.DefaultAlpha) {
			return msg(lang, "evaluate.pFloorControls", ev.Spare)
		}
		num := i18n.Decimal(lang, strconv.FormatFloat(floor, 'f', 3, 64))
		next := msg(lang, "evaluate.pFloorTooFewUnits", alpha)
		if ev.BySector {
			next = msg(lang, "evaluate.pFloorUnitsInstead")
		}
		return msg(lang, "evaluate.pFloorControlsFutile", ev.Spare, num) + " " + next
	case ev.BySector:
		return msg(lang, "evaluate.pFloorUnits")
	}
	return msg(lang, "evaluate.pFloorFewUnits", alpha)
}

// noPostError words a reform date that leaves no period after it: the
// reform file and the line of its date, the span of the data read (span,
// else the periods') and the last period, and the fix: an earlier date,
// or a wider window when the data go on.
func noPostError(lang, path string, r change.Reform, span graph.Window, periods []change.Period, every graph.Step, loc *time.Location, err error) error {
	day := func(t int64) string { return change.Day(t, loc) }
	at := path
	if r.DateLine > 0 {
		at = msg(lang, "changefile.at", path, r.DateLine)
	}
	last := periods[len(periods)-1].Window
	if span.From >= span.To {
		span = graph.Window{From: periods[0].Window.From, To: last.To}
	}
	return fileInputError(at+": "+msg(lang, "evaluate.noPost", day(r.Date), day(span.From), day(span.To-1), every.String(), day(last.From), day(span.To-1)), err)
}

// shortSides warns of a side of the reform date (the periods before it,
// or after it) with fewer than change.MinIntervalBlocks time blocks
// (change.Evaluation.ShortSides), naming its dates, days and blocks and
// the fix: data reaching MinIntervalBlocks weeks past the date, or a
// window reaching as far before it.
func shortSides(lang string, ev *change.Evaluation, periods []change.Period, day func(int64) string) []string {
	pre, post := ev.ShortSides()
	days := func(d float64) string {
		return i18n.Decimal(lang, strconv.FormatFloat(math.Round(d*10)/10, 'f', -1, 64))
	}
	reach := int64(change.MinIntervalBlocks) * 7 * 86400
	var out []string
	if pre {
		out = append(out, msg(lang, "evaluate.shortPre", day(periods[0].Window.From), day(ev.DateUsed-1), days(ev.PreDays), ev.PreBlocks,
			change.MinIntervalBlocks, day(ev.DateUsed-reach)))
	}
	if post {
		end := periods[len(periods)-1].Window.To
		out = append(out, msg(lang, "evaluate.shortPost", day(ev.DateUsed), day(end-1), days(ev.PostDays), ev.PostBlocks,
			change.MinIntervalBlocks, day(ev.DateUsed+reach)))
	}
	return out
}

// spareFloor is the smallest randomisation p that k treated groups of n
// could give (change's pFloor): 1 over the assignments, 2 over them with
// as many treated as not (each assignment's mirror reaches the observed
// statistic), 1 over permutations + 1 when there are more assignments
// than permutations and they are drawn at random.
func spareFloor(n, k, permutations int) float64 {
	count := 1.0 // n choose k, stopped once past permutations
	for i := 1; i <= k; i++ {
		count = count * float64(n-k+i) / float64(i)
		if count > float64(permutations) {
			return 1 / float64(permutations+1)
		}
	}
	count = math.Round(count)
	if 2*k == n {
		return 2 / count
	}
	return 1 / count
}
