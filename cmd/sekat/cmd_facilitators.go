package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// facilitatorsOptions are the options of sekat facilitators.
type facilitatorsOptions struct {
	studyOptions
	Out     string
	Parquet bool
	// Crosswalk is --crosswalk: the units renamed, merged and split
	// (without it, study.yaml's crosswalk:), which tenure runs through.
	Crosswalk string
	// People are the options of the analysis (seed, thresholds, set).
	People people.Options
}

// facilitatorNames are the files facilitators writes into its folder.
var facilitatorNames = []string{
	result.Facilitators.Name + ".csv", result.FacilitatorSpells.Name + ".csv", result.FacilitatorSet.Name + ".csv",
	result.SectorPairBridges.Name + ".csv", "facilitators.html", people.AuditFile, "rejects.csv",
	result.Facilitators.Name + ".parquet", result.FacilitatorSpells.Name + ".parquet", result.FacilitatorSet.Name + ".parquet",
	result.SectorPairBridges.Name + ".parquet",
}

func facilitatorsCommand(hl string) *cli.Command {
	h := helpFor(hl)
	flags := []cli.Flag{
		&cli.StringFlag{Name: "from", Usage: h("flag.from")},
		&cli.StringFlag{Name: "to", Usage: h("flag.to")},
		&cli.BoolFlag{Name: "strict", Usage: h("flag.strict")},
		&cli.Float64Flag{Name: "max-reject-rate", Usage: h("flag.max-reject-rate"), DefaultText: "0.01"},
		langFlag(hl),
		quietFlag(hl),
		&cli.StringFlag{Name: "out", Value: "sekat-fasilitator", Usage: h("flag.out-dir"), Action: nonEmptyOut},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("flag.seed")},
		&cli.BoolFlag{Name: "exact", Usage: h("analyze.exact")},
		&cli.StringFlag{Name: "format", Value: "csv", Usage: h("analyze.format")},
		&cli.Float64Flag{Name: "reach-weight", Value: people.DefaultReachWeight, Usage: h("facilitators.reach-weight")},
		&cli.IntFlag{Name: "set-size", Value: people.DefaultSetSize, Usage: h("facilitators.set-size")},
		&cli.IntFlag{Name: "per-opd", Value: people.DefaultPerOPD, Usage: h("facilitators.per-opd")},
		&cli.StringFlag{Name: "cover", Value: people.CoverSectorPairs.String(), Usage: h("facilitators.cover")},
		&cli.IntFlag{Name: "bootstrap", Value: people.DefaultBootstrap, Usage: h("facilitators.bootstrap")},
		&cli.IntFlag{Name: "shuffles", Value: 200, Usage: h("facilitators.shuffles")},
		&cli.IntFlag{Name: "listed", Value: people.DefaultListed, Usage: h("facilitators.listed")},
		&cli.StringFlag{Name: "position", Usage: h("facilitators.position")},
		&cli.IntFlag{Name: "min-tenure", Usage: h("facilitators.min-tenure"), DefaultText: "0"},
		&cli.StringFlag{Name: "pairs", Usage: h("facilitators.pairs")},
		&cli.StringFlag{Name: "crosswalk", Usage: h("facilitators.crosswalk")},
	}
	flags = append(flags, inputFlags(hl)...)
	flags = append(flags, privacyFlags(hl)...)
	return &cli.Command{
		Name:        "facilitators",
		Usage:       h("facilitators.usage"),
		ArgsUsage:   h("facilitators.args"),
		Description: reflowHelp(h("facilitators.desc")),
		Flags:       flags,
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			so.Level, so.Pairs, so.oneLevel = "person", c.String("pairs"), "facilitators"
			o := facilitatorsOptions{studyOptions: so, Out: c.String("out"), Crosswalk: c.String("crosswalk")}
			switch c.String("format") {
			case "csv":
			case "csv,parquet", "parquet,csv", "parquet":
				o.Parquet = true
			default:
				return usagef(msg(o.Lang, "badFormat"), asTyped(typedValues(c), "format", c.String("format")), "csv, csv,parquet")
			}
			p := people.Options{Seed: c.Uint64("seed"), Exact: c.Bool("exact"), ReachWeight: c.Float64("reach-weight"),
				SetSize: c.Int("set-size"), PerOPD: c.Int("per-opd"), Bootstrap: c.Int("bootstrap"),
				Permutations: c.Int("shuffles"), Listed: c.Int("listed")}
			if err := checkPositive(o.Lang, "--reach-weight", p.ReachWeight); err != nil {
				return err
			}
			for _, f := range []struct {
				name string
				v    int
			}{{"--set-size", p.SetSize}, {"--per-opd", p.PerOPD}, {"--bootstrap", p.Bootstrap}, {"--shuffles", p.Permutations}, {"--listed", p.Listed}} {
				if f.v < 1 {
					return usagef(msg(o.Lang, "badFlagNumber"), f.name, f.v, msg(o.Lang, "rangeOneOrMore"))
				}
				// the bootstrap keeps the rank of each person shown in each
				// resample (--bootstrap 10000000 died out of memory)
				if (f.name == "--bootstrap" || f.name == "--shuffles") && f.v > maxResamples {
					return usagef(msg(o.Lang, "badFlagNumber"), f.name, f.v, msg(o.Lang, "rangeAtMost", i18n.Int(o.Lang, maxResamples)))
				}
			}
			switch c.String("cover") {
			case people.CoverSectorPairs.String():
			case people.CoverUnits.String():
				p.Cover = people.CoverUnits
			default:
				return usagef(msg(o.Lang, "badCover"), asTyped(typedValues(c), "cover", c.String("cover")))
			}
			if t := c.Int("min-tenure"); t < 0 {
				return usagef(msg(o.Lang, "badFlagNumber"), "--min-tenure", t, msg(o.Lang, "rangeZeroOrMore"))
			} else {
				p.Filters.MinTenureMonths = t
			}
			for _, w := range strings.Split(c.String("position"), ",") {
				if w = strings.TrimSpace(w); w != "" {
					p.Filters.PositionWords = append(p.Filters.PositionWords, w)
				}
			}
			o.People = p
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runFacilitators(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

// runFacilitators finds the facilitators of the study and writes their
// tables, the report and audit.json into o.Out.
func runFacilitators(ctx context.Context, o facilitatorsOptions, stdout, stderr io.Writer) error {
	o.Level = "person"
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, main: "facilitators.html", names: facilitatorNames}, studyReads(o.studyOptions)); err != nil {
		return err
	}
	if o.Purpose == "" {
		return usagef("%s", msg(o.Lang, "needPurpose"))
	}
	if _, err := foreignIn(o.Out, facilitatorNames); err != nil {
		return err // a user's file of an output's name: said before the work
	}
	if err := preparePrivacy(&o.studyOptions, o.Out, nil, stderr); err != nil {
		return err
	}
	o.rawIDs = true // pseudonyms are made row by row (people.Result.Tables)
	out, l, err := loadIntoOut(ctx, "facilitators", o.studyOptions, o.Out, facilitatorNames)
	if err != nil {
		return err
	}
	defer out.abort()
	// External staff are never listed: a group of theirs hides no row of
	// unit or sector * (people.PlanForListed).
	plan, err := people.PlanForListed(l.net, l.minGroup, people.Listable)
	if err != nil {
		return tooFewPeopleErr(o.Lang, l, err)
	}
	slices, err := loadSlices(ctx, o.studyOptions, l)
	if err != nil {
		return err
	}
	// a unit renamed or merged around its staff is no move (tenure, the
	// spells, the OPD of the cap)
	cw, cwPath, err := checkedCrosswalk(o.Crosswalk, l, o.Lang)
	if err != nil {
		return err
	}
	var reorgUsed string
	if cw != nil {
		o.People.Reorg = cw
		// the page says which reorganisation it followed
		reorgUsed = msg(o.Lang, "fac.reorgDeclared", filepath.Base(cwPath), len(cw.Rows))
	}
	closed, opened := unitsClosedOpened(l.res.Directory, effectiveWindow(l), cw, plan.Units)
	var reorgNote string
	if len(closed)+len(opened) > 0 {
		none := msg(o.Lang, "fac.reorgNone")
		// named as the page names units, with the id a crosswalk needs,
		// in square brackets inside the sentence's round ones:
		// "(DISPUSIP [1.01.09.0000])"; by the id alone without a short
		// name (it wrote the id whatever the units table said)
		names := viz.NewUnitNames(l.res.Directory.Units)
		list := func(us []string) string {
			if len(us) == 0 {
				return none
			}
			named := make([]string, len(us))
			for i, u := range us {
				named[i] = names.Text(u, " [", "]")
			}
			return strings.Join(named, ", ")
		}
		// without --reveal the spells are not reckoned (every person is
		// in the unit and sector of their row for the whole window), so
		// only the tenure restarts: "their spell is split in two" said
		// of the weight what it was no more
		key := "fac.reorgUndeclared"
		if !o.Reveal {
			key = "fac.reorgUndeclaredBlind"
		}
		reorgNote = msg(o.Lang, key, list(closed), list(opened))
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", reorgNote))
	}
	if fp := l.res.Study.Config.Facilitators.FormalPositions; fp != nil {
		o.People.FormalPositions = fp
	}
	o.People.Filters.At = effectiveWindow(l).To
	if !o.Reveal {
		// a filter or a coordinating position shared by fewer than the
		// minimum of a unit would name them beside the unit
		o.People.PseudonymousMinGroup = l.minGroup
		// brokerage and participation over the sectors as shown: over
		// the real ones, joined with analyze --level person's ties, they
		// told how the people of sector * are split
		o.People.MergedSectors = plan.Sectors
		// and every count by unit or OPD over the units as shown: over
		// the real ones a filter, the set and its cover told how the
		// people of unit * are split
		o.People.MergedUnits = plan.Units
	}
	// ties of weight and reach in the order of the pseudonyms the rows
	// show, not of the ids (NIPs begin with the birth date)
	o.People.TieKey = o.key.Pseudonym
	o.People.Progress = o.Progress
	res, err := people.Facilitators(ctx, people.Input{Net: l.net, Dir: l.res.Directory, Slices: slices}, o.People)
	if err != nil {
		return err
	}
	tables := res.Tables(people.Identity{Key: o.key, Reveal: o.Reveal}, plan, o.Lang)
	files := []struct {
		name  string
		write func(w io.Writer, parquet bool) error
	}{
		{result.Facilitators.Name, func(w io.Writer, pq bool) error {
			return writeTable(w, pq, result.Facilitators, tables.Facilitators)
		}},
		{result.FacilitatorSpells.Name, func(w io.Writer, pq bool) error {
			return writeTable(w, pq, result.FacilitatorSpells, tables.Spells)
		}},
		{result.FacilitatorSet.Name, func(w io.Writer, pq bool) error { return writeTable(w, pq, result.FacilitatorSet, tables.Set) }},
		{result.SectorPairBridges.Name, func(w io.Writer, pq bool) error {
			return writeTable(w, pq, result.SectorPairBridges, tables.Pairs)
		}},
	}
	for _, f := range files {
		if err := out.write(f.name+".csv", func(w *bufio.Writer) error { return f.write(w, false) }); err != nil {
			return err
		}
		if !o.Parquet {
			out.drop(f.name + ".parquet")
			continue
		}
		if err := out.write(f.name+".parquet", func(w *bufio.Writer) error { return f.write(w, true) }); err != nil {
			return err
		}
	}
	from, to := displayWindow(l)
	data := viz.FacilitatorsData{Tables: tables, Lang: o.Lang, Study: l.res.Study.Name, Window: windowDates(from, to, endAsIs(l), o.Lang),
		Version: Version, Revealed: o.Reveal, KeyID: o.key.ID(), Purpose: o.Purpose, Result: res,
		Units: l.res.Directory.Units}
	// months and slices without data count ("top 10% in 1 of 8 months"
	// of a window seven months before the data)
	beyond := beyondDataText(o.Lang, "facilitators.windowBeyondData", l, effectiveWindow(l))
	if beyond != "" {
		data.Notes = append(data.Notes, i18n.Sentence(beyond))
	}
	// a window under four weeks: analyze warns that its verdicts hold
	// for that span alone; a shortlist of people from one day of letters
	// (Krackhardt's managers, every tie dated alike) said nothing of it
	short := shortWindowText(o.Lang, "facilitators.windowShort", shownWindow(l), l.res.Study.Loc)
	for _, n := range []string{short, reorgUsed, reorgNote} {
		if n != "" {
			data.Notes = append(data.Notes, i18n.Sentence(n))
		}
	}
	// no position in the people table: coordinating positions could not
	// be recognised, and --position kept no one, without a word (a set
	// of 0 people). Every spell of the window counts, as its slices take
	// theirs: a position held only in an earlier spell (a Plt that
	// ended) was not seen when the latest spell alone was read.
	noPositions := ""
	if !l.res.Directory.AnyPositionIn(l.net.Window) {
		noPositions = msg(o.Lang, "facilitators.noPositions")
		if len(o.People.Filters.PositionWords) > 0 {
			noPositions = msg(o.Lang, "facilitators.noPositionsFilter", strings.Join(o.People.Filters.PositionWords, ","))
		}
		data.Notes = append(data.Notes, i18n.Sentence(noPositions))
	}
	// the warnings about the study and its files, worded as the files of
	// analyze word them (no NIP without --reveal): a NIP written two ways
	// made one person of two rows, and spells that start together placed
	// someone, on stderr only, which a reader of the page did not see
	// (as written: a sentence that starts with a file name keeps its case)
	for _, w := range l.res.Warnings {
		n := fileWarningText(w, o.studyOptions)
		if !strings.HasSuffix(n, ".") {
			n += "."
		}
		data.Notes = append(data.Notes, n)
	}
	if err := out.write("facilitators.html", func(w *bufio.Writer) error { return viz.WriteFacilitators(w, data) }); err != nil {
		return err
	}
	rejected, partial := l.res.Rejected(), l.res.Partial()
	if rejected == 0 && partial == 0 || o.Pairs != "" { // with --pairs the engine's rejects are counted, not listed
		out.drop("rejects.csv")
	}
	var names []string
	for _, n := range facilitatorNames {
		if t, ok := out.temps[n]; ok && t != "" {
			names = append(names, n)
		}
	}
	a := auditOf("facilitators", o.studyOptions, l, tables.Withheld, names)
	if err := out.write(people.AuditFile, func(w *bufio.Writer) error { return a.Write(w) }); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	if rejected > 0 {
		fmt.Fprintln(stderr, rejectedLine(o.studyOptions, l, rejected, filepath.Join(o.Out, "rejects.csv")))
	}
	valuesLeftOutLine(stderr, o.studyOptions, l, filepath.Join(o.Out, "rejects.csv"))
	if tables.OneSector() {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "viz.fac.noPairs")))
	}
	if tables.AllSectorsHidden() {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "viz.fac.allSectorsHidden")))
	}
	if beyond != "" {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", beyond))
	}
	if short != "" {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", short))
	}
	if noPositions != "" {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", noPositions))
	}
	line := msg(o.Lang, "facilitatorsLine", groupDigits(int64(len(res.Informal)), o.Lang), groupDigits(int64(len(res.Formal)), o.Lang), len(res.Set), res.Months, res.Slices)
	if f := o.People.Filters; len(f.PositionWords) > 0 || f.MinTenureMonths > 0 {
		// The counts are of all staff, ranked before the filters: with
		// --position Kepala the line read "181 informal facilitator
		// candidates, ..., a set of 0" above a list with nobody in it.
		passing := func(idx []int) string {
			n := 0
			for _, i := range idx {
				if res.People[i].Passes {
					n++
				}
			}
			return groupDigits(int64(n), o.Lang)
		}
		line = msg(o.Lang, "facilitatorsLineFiltered", groupDigits(int64(len(res.Informal)), o.Lang), groupDigits(int64(len(res.Formal)), o.Lang),
			passing(res.Informal), passing(res.Formal), len(res.Set), res.Months, res.Slices)
	}
	fmt.Fprintln(stderr, line)
	fmt.Fprintln(stdout, msg(o.Lang, "facilitatorsWrote", filepath.Join(o.Out, "facilitators.html")))
	return nil
}

// writeTable writes rows of table t as CSV, or as Parquet when parquet is
// set.
func writeTable[R any](w io.Writer, parquet bool, t *result.Table[R], rows []R) error {
	if parquet {
		return t.WriteParquet(w, rows)
	}
	return t.WriteCSV(w, rows)
}

// loadSlices reads the study once more, summing every slice of its window
// (people.SliceWindows) as a time block of one builder
// (graph.Builder.SetBlocks), and returns the slices as a source that makes
// each slice's person network, with real ids, when it is asked for
// (graph.BlockNetworks): the same network a load of the slice's
// window alone gives, without holding every slice's network at once. With
// pair tables (o.Pairs) each period is summed into the slice that holds
// it: a slice boundary inside a period is refused (pairs.cutSlice).
func loadSlices(ctx context.Context, o studyOptions, l *loaded) (people.SliceSource, error) {
	win := effectiveWindow(l)
	st := l.res.Study
	wins, months, weeks := people.SliceWindows(win, st.Loc)
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "slices"})
	if len(wins) == 0 {
		return people.SliceList(nil), nil
	}
	bounds := make([]int64, len(wins)+1)
	for i, w := range wins {
		bounds[i] = w.From
	}
	last := len(wins)
	bounds[last] = wins[last-1].To
	var res *ingest.Result
	var err error
	if o.Pairs != "" {
		// An open window begins at the first event and ends after the
		// last, inside a day: the rest of those days holds no event, and
		// the day's period of the tables is read whole, into the first
		// and the last slice.
		if l.res.Window.From == 0 {
			bounds[0] = graph.StepStart(bounds[0], graph.Day, st.Loc)
		}
		if l.res.Window.To == 0 {
			bounds[last] = graph.NextStep(graph.StepStart(bounds[last]-1, graph.Day, st.Loc), graph.Day, st.Loc)
		}
		opt := ingest.Options{Window: graph.Window{From: bounds[0], To: bounds[last]}, People: true, MaxRejectRate: 1,
			MaxSpool: o.MaxSpool, Blocks: graph.Blocks{Bounds: bounds}, BlocksOnly: true, BlocksChained: true}
		res, err = ingest.LoadPairs(ctx, st, o.Pairs, opt)
	} else {
		opt := ingest.Options{Window: win, People: true, MaxRejectRate: 1, MaxSpool: o.MaxSpool, Blocks: graph.Blocks{Bounds: bounds}, BlocksOnly: true, BlocksChained: true}
		res, err = ingest.LoadContext(ctx, st, opt)
	}
	var bc *engine.BlockCutError
	if errors.As(err, &bc) {
		return nil, &wordedError{sliceCutText(bc, st.Loc, o.Lang), err}
	}
	if err != nil {
		return nil, inputError(err, o.Lang)
	}
	// Only the blocks' sums are kept: the builder, with its window-wide
	// sums and indexes, is dropped here.
	return &sliceSource{nets: res.Builder.BlockNetworks(graph.PersonLevel), wins: wins, months: months, weeks: weeks, lw: st.Weights}, nil
}

// sliceCutText says in lang that a slice bound of facilitators falls
// inside a period of the pair tables of --pairs, or inside tables without
// periods (every none), which have no period to name.
func sliceCutText(e *engine.BlockCutError, loc *time.Location, lang string) string {
	if e.Every == "none" {
		return msg(lang, "pairs.cutSliceNone", e.Dir, blockBound(e, loc))
	}
	return msg(lang, "pairs.cutSlice", blockBound(e, loc), e.Period, e.Dir, e.Every)
}

// sliceSource gives facilitators its slices one at a time: slice i's
// network is made from block i of the builder when asked for, with the
// slice's window for the people's units (people.Slice), and dropped by the
// caller after use.
type sliceSource struct {
	nets   *graph.BlockNetworks
	wins   []graph.Window
	months []int
	weeks  []int
	lw     graph.LayerWeights
}

// Len returns the number of slices.
func (s *sliceSource) Len() int { return len(s.wins) }

// Slice makes slice i.
func (s *sliceSource) Slice(i int) (people.Slice, error) {
	var net *graph.Network
	if i >= 0 && i < len(s.wins) {
		net = s.nets.Network(i, s.wins[i], s.lw)
	}
	if net == nil {
		return people.Slice{}, fmt.Errorf("facilitators: slice %d of %d has no time block; this is a bug in sekat, please report it", i, len(s.wins))
	}
	return people.Slice{Window: s.wins[i], Month: s.months[i], Week: s.weeks[i], Net: net}, nil
}

// unitsClosedOpened lists, in id order, the units whose staff all left
// during window w (each spell there ends inside it) and those whose staff
// all came during it (each spell there starts inside it), leaving out
// those the crosswalk cw retires (closed) or names as a new unit (opened),
// and the units a run without names withholds (hidden). Such a unit, when
// it was renamed, merged or split without a crosswalk, made its staff
// movers: a new tenure and a new spell for each of them.
func unitsClosedOpened(dir *graph.Directory, w graph.Window, cw *change.Crosswalk, hidden map[string]bool) (closed, opened []string) {
	if dir == nil {
		return nil, nil
	}
	n := len(dir.Units)
	first, last := make([]int64, n), make([]int64, n)
	seen := make([]bool, n)
	for i := range first {
		first[i], last[i] = math.MaxInt64, math.MinInt64
	}
	for p := range dir.People {
		for k := range dir.Spells(int32(p)) {
			u, a, b := dir.Spell(int32(p), k)
			seen[u] = true
			if a == 0 {
				a = math.MinInt64 // from before anything
			}
			if b == 0 {
				b = math.MaxInt64 // still there
			}
			first[u], last[u] = min(first[u], a), max(last[u], b)
		}
	}
	isNew := map[string]bool{}
	if cw != nil {
		for _, r := range cw.Rows {
			isNew[r.New] = true
		}
	}
	for u := range n {
		id := dir.Units[u].ID
		if !seen[u] || hidden[id] {
			continue
		}
		if last[u] > w.From && last[u] < w.To && !cw.Retired(id) {
			closed = append(closed, id)
		}
		if first[u] > w.From && first[u] < w.To && !isNew[id] {
			opened = append(opened, id)
		}
	}
	slices.Sort(closed)
	slices.Sort(opened)
	return closed, opened
}

// checkedCrosswalk reads the crosswalk of the study of l (flag, else
// study.yaml's crosswalk:; nil for none) and checks its rows against the
// study's units table, as compare checks them.
func checkedCrosswalk(flag string, l *loaded, lang string) (*change.Crosswalk, string, error) {
	path, at, err := crosswalkOf(flag, []*loaded{l}, lang)
	if err != nil {
		return nil, "", err
	}
	cw, err := readCrosswalk(path, at, l.res.Study.Loc, lang)
	if err != nil || cw == nil {
		return nil, "", err
	}
	dir := l.res.Directory
	if err := cw.Check(func(u string) bool { _, p, ok := dir.Lookup([]byte(u)); return ok && p < 0 }, 1); err != nil {
		return nil, "", changeFileError(err, path, lang)
	}
	return cw, path, nil
}
