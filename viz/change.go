package viz

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/result"
)

// ChangeMethod says how a comparison or a trend was made, for the method
// section of compare.html and trend.html.
type ChangeMethod struct {
	Level        string // unit or person
	Block        string // the resampled time block: week
	Every        string // trend: the period length
	Resamples    int
	Permutations int
	Seed         uint64
	Calibration  int // trend: the first periods the calibration spans
	// CalibrationUsed is, for trend, how many of those the CUSUM
	// calibrated on: not cut short by the window nor withheld
	// (change.TrendResult.Calibrated); 0: all of them.
	CalibrationUsed int
	// MinChange is trend's minimum change of homophily
	// (change.Options.MinChangeValue), which words a closing alarm on the
	// charts as the alarm sentences word it (i18n.AlarmKind).
	MinChange float64
	// MinGroup is, at person level, the minimum group size the run
	// withheld groups under; 0: none withheld (names shown, --reveal).
	MinGroup int
	// CommandLine is the command that made the page, as typed.
	CommandLine string
}

// CompareData is what WriteCompare draws: the comparison as sekat compare
// writes it, in the reader's language.
type CompareData struct {
	Result *result.Comparison
	// LastBefore and LastAfter are the last days the periods cover (the
	// To of compare.json is the exclusive end); empty: the day before To.
	LastBefore, LastAfter string
	Study                 string
	Lang                  string
	Version               string
	Method                ChangeMethod
	// Appeared is the sentence naming the judged groups shown that have
	// ties in the after period only, not tested (made by the command
	// line); "" when there are none.
	Appeared string
}

// TrendData is what WriteTrend draws.
type TrendData struct {
	Result *result.TrendOutput
	// From and Last are the first and the last day the periods cover
	// (YYYY-MM-DD), for the page's range; empty: those of the points
	// shown, none when every sector is withheld ("Rentang: –").
	From, Last string
	Study      string
	Lang       string
	Version    string
	Method     ChangeMethod
}

var changeTmpl = template.Must(template.New("change").Funcs(template.FuncMap{
	"css": func() (template.CSS, error) {
		b, err := templates.ReadFile("templates/report.css")
		return template.CSS(b), err
	},
	// the command line's words, each kept on one line when printed (a
	// break after the "--" of a flag split it: review r1 of session 15)
	"words": strings.Fields,
}).ParseFS(templates, "templates/compare.html.tmpl", "templates/trend.html.tmpl"))

// changeCSP allows no network request and no script at all.
const changeCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

type changeRow struct {
	Type, Name, Present                string
	Before, After, Change, Interval, P string
	Verdict                            string
	Changed                            bool
}

type compareView struct {
	T            *changeLang
	NoVerdict    string // the sentence when no verdict is reported
	Lang, CSP    string
	Notice       string // ChangeNotice on a person-level comparison
	Title        string
	Study        string
	Version      string
	Before       string
	After        string
	Verdicts     []string
	Appeared     string // CompareData.Appeared
	Reorganised  string // CompareReorganised
	Groups       []changeRow
	GroupsNotes  []string // CompareDisagreements
	Network      []changeRow
	NetworkNotes []string // CompareDisagreements
	QAP          string
	Communities  [][2]string // event, count
	CommNote     string
	TiesGained   string
	TiesLost     string
	TiesStronger string
	TiesWeaker   string
	TiesNote     string
	Warnings     []string
	MapBefore    template.HTML
	MapAfter     template.HTML
	MapChange    template.HTML
	Sectors      []sectorLegend
	TieLegend    []tieLegend // the kinds of tie the change map draws
	Method       [][2]string
	Command      string
	// GroupsFloor and NetworkFloor say, under their table, what a p
	// marked ≤ is, when the table has one (floorP).
	GroupsFloor, NetworkFloor string
}

func num2(x float64, code string) string { return fmtFloat(x, 2, code) }

// interval writes a 95% interval for a reader, both ends with
// i18n.IntervalDecimals and an end below 0 keeping its minus
// (estimate): an end of -0.0000002 read "0.000000", as if the interval
// stopped at 0 where it crosses it.
func interval(lo, hi float64, code string) string {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return "–"
	}
	d := i18n.IntervalDecimals(lo, hi)
	return "[" + estimate(lo, d, code) + "; " + estimate(hi, d, code) + "]"
}

// withInterval writes an estimate x and its 95% interval [lo; hi] with
// one number of decimals: at least d, at least those the interval's ends
// need (i18n.IntervalDecimals), and more where that would round x or an
// end, not 0, to 0 (i18n.EstimateDecimals). Written apart, a change of
// 0.0051 read "0,01" beside "[-0,002; 0,012]", twice itself and near the
// interval's top, and one of 0.0052 with an interval of 0.0004 to 0.0094
// would read "0.01 [0.0004; 0.0094]", outside its own interval (QA of
// session 49 on sekat generate --seed 404 --scale 0.3 --no-change,
// halves: infrastruktur). An interval not given is "–" and leaves x as
// estimate writes it.
func withInterval(x, lo, hi float64, d int, code string) (string, string) {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return estimate(x, d, code), "–"
	}
	d = i18n.EstimateDecimals(max(d, i18n.IntervalDecimals(lo, hi)), x, lo, hi)
	return estimate(x, d, code), "[" + estimate(lo, d, code) + "; " + estimate(hi, d, code) + "]"
}

// estimate writes a change or an interval end x with at least d
// decimals, more where d would round x, not 0, to 0
// (i18n.EstimateDecimals), and the minus of a value below 0 kept
// (i18n.Estimate); "–" for NaN and infinities. A change of -0.0003
// printed "0.00" beside an interval of [-0.0006; -0.0001].
func estimate(x float64, d int, code string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return i18n.Estimate(code, x, i18n.EstimateDecimals(d, x))
}

// floorP is a p-value of m as a table shows it (p is m.P or
// m.PAdjusted): when none of m's permutations gave a change as large as
// the observed one (result.Measure.AtFloor), the bound they can show,
// rounded up, with their number, "≤ 0,010 (batas dari 1.000 permutasi)";
// else pValue. "0,010" read as measured, where more permutations could
// give a smaller p. ok says it is a bound.
func floorP(m result.Measure, p float64, t *changeLang, code string) (s string, ok bool) {
	if m.AtFloor() && !math.IsNaN(p) {
		return i18n.Sprintf(t.FloorP, i18n.PBound(code, p), fmtInt(int64(m.Permutations), code)), true
	}
	return pValue(p, code), false
}

func pValue(p float64, code string) string {
	if math.IsNaN(p) {
		return "–"
	}
	if p < 0.001 {
		return "< " + i18n.Decimal(code, "0.001")
	}
	return fmtFloat(p, 3, code)
}

// groupFloor is the smallest Holm-adjusted p-value the groups of one type
// of a comparison can reach (change.HolmFloor, which the warnings and the
// verdict sentence give): Tests groups with a p-value over Permutations
// permutations each, Floor at least Tests/(Permutations+1) (at most 1),
// and Needed the fewest permutations that bring that to alpha. BySplits
// says that the Splits ways of dividing the periods' RunsBefore and
// RunsAfter time blocks, not the permutations, keep Floor above alpha.
// Floor is 0 when the floor is not known.
type groupFloor struct {
	Tests, Permutations, Needed int
	Floor                       float64
	BySplits, Mirrored          bool
	RunsBefore, RunsAfter       int
	Splits                      float64
}

// SplitsMirror is the clause that follows the number of ways the time
// blocks of two periods split in, where the periods hold as many blocks:
// each split and the one with the periods swapped give the same size of
// change, so that no p-value is below 2 over the splits
// (change.HolmFloor's Mirrored). Empty otherwise. The terminal's warnings
// and verdict sentence and compare.html's notes say it alike.
func SplitsMirror(lang string, mirrored bool) string {
	if !mirrored {
		return ""
	}
	return i18n.T(lang, "change.splitsMirror")
}

// methodNumber is the number key of compare.json's method: a
// result.Number as compare writes it, or a float64 as encoding/json reads
// one back into the map.
func methodNumber(r *result.Comparison, key string) (float64, bool) {
	switch x := r.JSON.Method[key].(type) {
	case result.Number:
		return float64(x), true
	case float64:
		return x, true
	case int:
		return float64(x), true
	}
	return 0, false
}

// holmFloor is the groupFloor of the groups of type typ of r, as
// compare.json's holm_floors gives it (the floor of the whole family:
// the splits of few weeks and, at person level, the tests of groups
// withheld for privacy count in it). A comparison without holm_floors
// (a compare.json written before they were) gets the floor re-derived
// from its rows, Tests/(Permutations+1): a lower bound, since it sees
// neither the splits nor the withheld groups' tests.
func holmFloor(r *result.Comparison, typ string) groupFloor {
	var f groupFloor
	if r.JSON.HolmFloors != nil {
		for _, h := range r.JSON.HolmFloors {
			if h.Table != "groups" || h.Family != typ {
				continue
			}
			f = groupFloor{Tests: h.Tests, Floor: float64(h.Floor), Needed: h.PermutationsNeeded, BySplits: h.BySplits, Mirrored: h.Mirrored}
			if p, ok := methodNumber(r, "permutations"); ok {
				f.Permutations = int(p)
			}
			if f.BySplits {
				b, _ := methodNumber(r, "runs_before")
				a, _ := methodNumber(r, "runs_after")
				f.RunsBefore, f.RunsAfter = int(b), int(a)
				f.Splits, _ = methodNumber(r, "splits")
			}
		}
		return f
	}
	for _, g := range r.Groups {
		if g.Type == typ && !math.IsNaN(g.Homophily.PAdjusted) {
			f.Tests++
			f.Permutations = max(f.Permutations, g.Homophily.Permutations)
		}
	}
	if f.Permutations == 0 || f.Tests == 0 {
		return groupFloor{}
	}
	f.Floor = math.Min(float64(f.Tests)/float64(f.Permutations+1), 1)
	f.Needed = int(math.Ceil(float64(f.Tests)/compareAlpha(r)-1e-9)) - 1
	return f
}

// CompareDisagreements says, in lang, for the groups and for the
// whole-network measures of r, where the 95% interval of a change and its
// permutation p-value point different ways at the comparison's alpha
// (result.Comparison.Disagreements), and which to rely on: the p-value,
// whose test of exchanging weeks between the periods is exact when the
// weeks are exchangeable, for whether a row changed; the interval, an
// approximate bootstrap of the weeks within each period, for how precisely
// the change is measured. The terminal prints the same sentences as the
// page, under the groups and the network tables.
func CompareDisagreements(lang string, r *result.Comparison) (groups, network []string) {
	code := i18n.Lang(lang)
	alpha := compareAlpha(r)
	d := r.Disagreements(alpha)
	a := fmtFloat(alpha, 2, code)
	measures := func(names []string) string {
		var out []string
		for _, n := range names {
			out = append(out, MeasureInSentence(code, n))
		}
		return i18n.Join(code, out)
	}
	// each name under its kind: at person level sectors and units are
	// listed together ("For pemerintahan, DINSOS and BKPSDM" did not say
	// which was which)
	list := func(gs []result.GroupRef) string {
		types, names := make([]metrics.GroupType, len(gs)), make([]string, len(gs))
		for i, g := range gs {
			types[i], names[i] = g.Type, g.Name
		}
		return i18n.GroupList(code, types, names)
	}
	if len(d.GroupsSignificant) > 0 {
		groups = append(groups, i18n.T(code, "change.ciP.groupsSig", list(d.GroupsSignificant), a))
	}
	// a group whose kind no permutation count given could bring under
	// alpha (its Holm floor): "rely on the verdict" leaned on a verdict
	// that could be nothing else (compare --level person --permutations
	// 300 on 36 units: floor 0.120)
	floors := map[metrics.GroupType][]result.GroupRef{}
	var kept []result.GroupRef
	var floorTypes []metrics.GroupType
	for _, g := range d.GroupsNotShown {
		if f := holmFloor(r, string(g.Type)); f.Floor > alpha {
			if floors[g.Type] == nil {
				floorTypes = append(floorTypes, g.Type)
			}
			floors[g.Type] = append(floors[g.Type], g)
			continue
		}
		kept = append(kept, g)
	}
	if len(kept) > 0 {
		groups = append(groups, i18n.T(code, "change.ciP.groupsNot", list(kept), a))
	}
	for _, typ := range floorTypes {
		f := holmFloor(r, string(typ))
		if f.BySplits {
			// more permutations would not help: "give --permutations
			// 199" where the warning said to compare longer periods
			groups = append(groups, i18n.T(code, "change.ciP.floorSplits", list(floors[typ]), f.RunsBefore, f.RunsAfter,
				fmtFloat(f.Splits, 0, code), f.Tests, fmtFloat(f.Floor, 3, code), a, SplitsMirror(code, f.Mirrored)))
			continue
		}
		groups = append(groups, i18n.T(code, "change.ciP.groupsFloor", list(floors[typ]), fmtInt(int64(f.Permutations), code),
			f.Tests, fmtFloat(f.Floor, 3, code), a, f.Needed))
	}
	if len(d.NetworkSignificant) > 0 {
		network = append(network, i18n.T(code, "change.ciP.netSig", measures(d.NetworkSignificant), a))
	}
	if len(d.NetworkNotShown) > 0 {
		network = append(network, i18n.T(code, "change.ciP.netNot", measures(d.NetworkNotShown), a))
	}
	return groups, network
}

// LinedUp is a unit and the old units a crosswalk lined up with it
// (change.Crosswalk.LinedUp), whose ties count for it.
type LinedUp struct {
	Unit string
	From []string
}

// reorganised words, in lang, the units a crosswalk lined up, each with
// the old units whose ties count for it ("INSPEKTORAT became
// INSPEKTORAT_BARU; KEC_A and KEC_B became KEC_A_KEC_B"), in the
// sentence of key (of one %s), so that compare and trend say it alike.
// "" when us holds no unit with old units.
func reorganised(lang, key string, us []LinedUp) string {
	code := i18n.Lang(lang)
	var rows []string
	for _, u := range us {
		if len(u.From) > 0 {
			rows = append(rows, i18n.T(code, "change.reorgUnit", i18n.Join(code, u.From), u.Unit))
		}
	}
	if len(rows) == 0 {
		return ""
	}
	return i18n.T(code, key, strings.Join(rows, "; "))
}

// CompareReorganised says, in lang, which units of r a crosswalk lined
// up (result.UnitChange.CrosswalkFrom): each unit with the old units
// whose ties count for it, so that a reader of the verdicts knows a unit
// renamed or merged is compared as its successor, not reported as closed
// or new. "" when no crosswalk mapped a unit of r.
func CompareReorganised(lang string, r *result.Comparison) string {
	us := make([]LinedUp, 0, len(r.Units))
	for _, u := range r.Units {
		us = append(us, LinedUp{Unit: u.Unit, From: u.CrosswalkFrom})
	}
	return reorganised(lang, "change.reorganised", us)
}

// PeriodsReorganised says, in lang, as compare does (CompareReorganised),
// which units a crosswalk lined up in a command that follows the units
// through periods (trend, and evaluate's periods before and after its
// date), so that a renamed or merged unit reads as followed through its
// successor in every period, not as closed or new. "" when us holds none.
func PeriodsReorganised(lang string, us []LinedUp) string {
	return reorganised(lang, "trend.reorganised", us)
}

// ChangeNotice is the sentence a person-level compare or trend carries
// (terminal, page, audit.json), in lang: what its privacy rule does, people
// under pseudonyms and groups of fewer than minGroup people in any period
// withheld from every period, or, minGroup 0 (--reveal), that people are
// named and nothing is withheld for its size. Not people.Notice: "a
// shortlist for human review" is said of the facilitators' list of people,
// and a comparison of groups over time is no shortlist.
func ChangeNotice(minGroup int, lang string) string {
	if minGroup == 0 {
		return i18n.T(lang, "change.noticeNamed")
	}
	return i18n.T(lang, "change.notice", minGroup)
}

// changeNotice is ChangeNotice for a page whose method names its level, ""
// at unit level.
func changeNotice(m ChangeMethod, lang string) string {
	if m.Level == graph.PersonLevel.String() {
		return ChangeNotice(m.MinGroup, lang)
	}
	return ""
}

// WriteCompare writes compare.html, the self-contained page of a
// comparison: the verdict sentences, the changes per sector, whole-network
// changes, QAP, matched communities, ties gained and lost, the two unit
// maps with the same node positions and the change map, and the method.
// No script, and a Content-Security-Policy that allows no request.
func WriteCompare(w io.Writer, data CompareData) error {
	r := data.Result
	if r == nil {
		return fmt.Errorf("viz: compare page: no comparison to draw")
	}
	code := i18n.Lang(data.Lang)
	t := changeTexts(code)
	j := &r.JSON
	v := &compareView{T: t, Lang: code, CSP: changeCSP, Study: data.Study, Version: data.Version, Title: t.CompareTitle,
		Before: i18n.Days(code, j.Before.From, cmp.Or(data.LastBefore, dayBefore(j.Before.To))), After: i18n.Days(code, j.After.From, cmp.Or(data.LastAfter, dayBefore(j.After.To))),
		Command: data.Method.CommandLine}
	if data.Study != "" {
		v.Title = data.Study + " — " + t.CompareTitle
	}
	v.Notice = changeNotice(data.Method, code)
	for _, vd := range j.Verdicts {
		if vd.Sentence != "" {
			v.Verdicts = append(v.Verdicts, vd.Sentence)
		}
	}
	v.NoVerdict = cmp.Or(r.NoVerdict, t.NoVerdicts)
	// the change with the fewest decimals, 2 to 4, that keep it apart from
	// the minimum change of the verdicts: a significant change of -0.096
	// printed "-0.10" beside "significant but small"
	minChange := 0.1
	if m, ok := j.Method["min_change"].(result.Number); ok {
		minChange = float64(m)
	}
	// and its interval with the same decimals (withInterval)
	changeText := func(x, lo, hi float64) (string, string) {
		d := 2
		for ; d < 4 && !math.IsNaN(x) && math.Abs(x) != minChange; d++ {
			if strconv.FormatFloat(math.Abs(x), 'f', d, 64) != strconv.FormatFloat(minChange, 'f', d, 64) {
				break
			}
		}
		return withInterval(x, lo, hi, d, code)
	}
	var groupsFloor, networkFloor bool
	for _, g := range r.Groups {
		h := g.Homophily
		p, floor := floorP(h, h.PAdjusted, t, code)
		groupsFloor = groupsFloor || floor
		change, ci := changeText(h.Change, h.ChangeLow, h.ChangeHigh)
		v.Groups = append(v.Groups, changeRow{Type: t.typeName(g.Type), Name: g.Name, Before: num2(h.Before, code), After: num2(h.After, code),
			Change: change, Interval: ci, P: p,
			Verdict: t.verdict(i18n.VerdictKind(g.Verdict, h.Before, minChange)), Changed: g.Sentence != "" && g.Verdict != "significant but small"})
	}
	// where a row's interval and p-value point different ways, which to
	// rely on, under its table (the terminal says the same)
	v.GroupsNotes, v.NetworkNotes = CompareDisagreements(code, r)
	v.Reorganised = CompareReorganised(code, r)
	v.Appeared = data.Appeared
	for _, n := range r.Network {
		m := n.Value
		p, floor := floorP(m, m.P, t, code)
		networkFloor = networkFloor || floor
		change, ci := withInterval(m.Change, m.ChangeLow, m.ChangeHigh, 2, code)
		v.Network = append(v.Network, changeRow{Name: t.measure(n.Name), Before: num2(m.Before, code), After: num2(m.After, code),
			Change: change, Interval: ci, P: p})
	}
	if groupsFloor {
		v.GroupsFloor = t.FloorNote
	}
	if networkFloor {
		v.NetworkFloor = t.NetworkFloorNote
	}
	if rq, ok := j.QAP["r"].(result.Number); ok {
		pq, _ := j.QAP["p"].(result.Number)
		perms, _ := j.QAP["permutations"].(int)
		p := pValue(float64(pq), code)
		if exact, _ := j.QAP["exact"].(bool); exact {
			p = i18n.ExactP(code, float64(pq), perms) // = 0,0014, tepat atas seluruh 720 penukaran label
		} else if n := result.PFloor(float64(pq), perms); n > 0 {
			p = i18n.PermutationP(code, float64(pq), n) // ≤ 0,001, batas terkecil dari 1.000 permutasi
		}
		// three decimals, as the terminal writes r: 0.997 is not 1.00
		v.QAP = i18n.Sprintf(t.QAPSentence, fmtFloat(float64(rq), 3, code), p)
	}
	events := map[string]int{}
	for _, c := range r.Communities {
		events[c.Event]++
	}
	for _, e := range slices.Sorted(mapKeys(events)) {
		v.Communities = append(v.Communities, [2]string{t.event(e), fmtInt(int64(events[e]), code)})
	}
	v.CommNote = i18n.Sprintf(t.CommNote, num2(float64(j.NMI), code), num2(float64(j.ARI), code))
	// A tie gained or lost is one with weight in one period only, tested
	// or not: how many of them changed significantly is said beside them.
	alpha := compareAlpha(r)
	counts, sig := map[string]int64{}, map[string]int64{}
	for _, tc := range r.Ties {
		counts[tc.Status]++
		if tc.PAdjusted <= alpha {
			sig[tc.Status]++
		}
	}
	ofWhich := func(s string) string {
		return i18n.Sprintf(t.TiesOfWhich, i18n.Int(code, counts[s]), i18n.Int(code, sig[s]))
	}
	v.TiesGained, v.TiesLost = ofWhich("gained"), ofWhich("lost")
	v.TiesStronger, v.TiesWeaker = i18n.Int(code, counts["stronger"]), i18n.Int(code, counts["weaker"])
	v.TiesNote = t.TiesNote
	for _, w := range j.Warnings {
		v.Warnings = append(v.Warnings, w.Message)
		if w.Code == "holm_unreachable" && w.Table == "ties" {
			// no tie could be called stronger or weaker: 0 would read as
			// a finding
			v.TiesStronger, v.TiesWeaker = t.TiesUntestable, t.TiesUntestable
			v.TiesGained, v.TiesLost = i18n.Int(code, counts["gained"]), i18n.Int(code, counts["lost"])
			v.TiesNote = t.TiesNoteUntested
		}
	}
	v.Sectors = sectorColours(r)
	v.TieLegend = tieLegends(r, t)
	maps := CompareMapsSVG(r, code)
	var err error
	for i, dst := range []*template.HTML{&v.MapBefore, &v.MapAfter, &v.MapChange} {
		if *dst, err = inlineSVG(maps[i]); err != nil {
			return err
		}
	}
	m := data.Method
	v.Method = [][2]string{{t.LevelLabel, t.value(m.Level)}, {t.BlockLabel, t.value(m.Block)}, {t.ResamplesLabel, fmtInt(int64(m.Resamples), code)},
		{t.PermsLabel, fmtInt(int64(m.Permutations), code)}, {t.SeedLabel, strconv.FormatUint(m.Seed, 10)},
		{t.IntervalLabel, t.IntervalValue}, {t.AdjustLabel, t.AdjustValue}, {t.VersionLabel, data.Version}}
	var buf bytes.Buffer
	if err := changeTmpl.ExecuteTemplate(&buf, "compare.html.tmpl", v); err != nil {
		return fmt.Errorf("viz: compare page: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// dayBefore is the day before date (YYYY-MM-DD): the last day of a
// period whose exclusive end is that midnight; date itself when it is not
// a date.
func dayBefore(date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return d.AddDate(0, 0, -1).Format("2006-01-02")
}

// lastOf is the last day a trend period covers: p.Last, or for a point
// read without it the day before its exclusive end.
func lastOf(p result.TrendPoint) string { return cmp.Or(p.Last, dayBefore(p.To)) }

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Geometry of the comparison maps.
const (
	cmpSize   = 560.0 // width and height of each map
	cmpRadius = 215.0 // of the circle the units sit on
	cmpNode   = 6.0   // node radius
)

// CompareLayout places every unit of a comparison once, on a circle
// grouped by sector (sectors in name order, a gap between them; units in
// id order within a sector), so that the before, after and change maps
// draw each unit at the same position and a tie across sectors is a long
// chord. It returns the units in drawing order and their positions.
func CompareLayout(r *result.Comparison) (units []result.UnitChange, x, y []float64) {
	units = slices.Clone(r.Units)
	slices.SortFunc(units, func(a, b result.UnitChange) int {
		return cmp.Or(cmp.Compare(a.Sector, b.Sector), cmp.Compare(a.Unit, b.Unit))
	})
	sectors := 0
	for i := range units {
		if i == 0 || units[i].Sector != units[i-1].Sector {
			sectors++
		}
	}
	const gap = 1.5 // empty slots between sectors
	slots := float64(len(units)) + gap*float64(sectors)
	pos := 0.0
	for i := range units {
		if i == 0 || units[i].Sector != units[i-1].Sector {
			pos += gap
		}
		a := 2*math.Pi*pos/slots - math.Pi/2
		x = append(x, round2(cmpSize/2+cmpRadius*math.Cos(a)))
		y = append(y, round2(cmpSize/2+cmpRadius*math.Sin(a)))
		pos++
	}
	return units, x, y
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// sectorLegend is one sector in the legend of the comparison maps: its
// name and its units' mark (sectorMark), drawn as a small SVG.
type sectorLegend struct {
	Name string
	Mark template.HTML
}

// sectorColours is each sector's legend entry on the comparison maps, in
// the order of CompareLayout.
func sectorColours(r *result.Comparison) []sectorLegend {
	units, _, _ := CompareLayout(r)
	var out []sectorLegend
	for i, u := range units {
		if i == 0 || u.Sector != units[i-1].Sector {
			fill, shape := sectorMark(len(out) + 1)
			out = append(out, sectorLegend{Name: u.Sector, Mark: template.HTML(
				`<svg class="mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">` + markSVG(shape, 7, 7, 6, fill, "#333333") + `</svg>`)})
		}
	}
	return out
}

// markShapes are the shapes of the comparison maps' units: sectors 1-8
// are circles in the first 8 palette colours (the distinctColours that
// stay apart for a reader with deuteranopia or protanopia), 9-16 squares
// in the same colours, and so on, so that up to 64 sectors (a province
// has a few dozen) no two look the same to them either; past 64 the
// marks repeat, and the tooltip still names each unit's sector. Sectors
// 9 and 10 were circles in palette's 9th and 10th colours, 5.3 and 4.3
// CIEDE2000 from the 3rd's and the 6th's to such a reader
// (TestSectorMarksColourBlind).
var markShapes = []string{"circle", "square", "diamond", "triangle", "triangle-down", "hexagon", "cross", "star"}

// sectorMark is the fill colour and shape of the units of the class-th
// sector (1-based) on the comparison maps.
func sectorMark(class int) (fill, shape string) {
	i := max(class-1, 0)
	return palette[i%distinctColours], markShapes[i/distinctColours%len(markShapes)]
}

// markSVG draws a unit's mark: shape centred on (cx, cy), r its radius
// (the shapes other than the circle are drawn a little larger, so that
// their area is about the circle's).
func markSVG(shape string, cx, cy, r float64, fill, stroke string) string {
	paint := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="1"`, fill, stroke)
	poly := func(pts ...[2]float64) string {
		s := make([]string, len(pts))
		for i, p := range pts {
			s[i] = num(round2(cx+p[0]*r)) + "," + num(round2(cy+p[1]*r))
		}
		return `<polygon points="` + strings.Join(s, " ") + `" ` + paint + `/>`
	}
	switch shape {
	case "square":
		a := 0.89 * r
		return fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" %s/>`, num(round2(cx-a)), num(round2(cy-a)), num(round2(2*a)), num(round2(2*a)), paint)
	case "diamond":
		return poly([2]float64{0, -1.25}, [2]float64{1.25, 0}, [2]float64{0, 1.25}, [2]float64{-1.25, 0})
	case "triangle":
		return poly([2]float64{0, -1.35}, [2]float64{1.17, 0.68}, [2]float64{-1.17, 0.68})
	case "triangle-down":
		return poly([2]float64{0, 1.35}, [2]float64{1.17, -0.68}, [2]float64{-1.17, -0.68})
	case "cross":
		a, b := 1.2, 0.42 // arm length and half width
		return poly([2]float64{-b, -a}, [2]float64{b, -a}, [2]float64{b, -b}, [2]float64{a, -b}, [2]float64{a, b}, [2]float64{b, b},
			[2]float64{b, a}, [2]float64{-b, a}, [2]float64{-b, b}, [2]float64{-a, b}, [2]float64{-a, -b}, [2]float64{-b, -b})
	case "star":
		// five points, the inner ones at 0.6/1.45 of the outer radius
		pts := make([][2]float64, 10)
		for k := range pts {
			a, rr := -math.Pi/2+float64(k)*math.Pi/5, 1.45
			if k%2 == 1 {
				rr = 0.6
			}
			pts[k] = [2]float64{rr * math.Cos(a), rr * math.Sin(a)}
		}
		return poly(pts...)
	case "hexagon":
		return poly([2]float64{0, -1.1}, [2]float64{0.95, -0.55}, [2]float64{0.95, 0.55}, [2]float64{0, 1.1}, [2]float64{-0.95, 0.55}, [2]float64{-0.95, -0.55})
	}
	return fmt.Sprintf(`<circle cx="%s" cy="%s" r="%s" %s/>`, num(cx), num(cy), num(r), paint)
}

// Tie colours of the change map: blue for what was gained or grew
// stronger, red for what was lost or grew weaker (ColorBrewer's RdBu),
// apart for a reader with deuteranopia or protanopia: the green and red
// of RdYlGn were, for stronger and weaker ties, the same colour to them
// (CIEDE2000 2.5 in Machado's simulation; TestPaletteColourBlind).
const (
	gainedColour   = "#2166ac"
	lostColour     = "#b2182b"
	strongerColour = "#67a9cf"
	weakerColour   = "#ef8a62"
	tieGrey        = "#7f7f7f"
	// A tie in both periods whose change is not significant after Holm's
	// adjustment (status same) is drawn light grey, behind the others.
	sameColour = "#d0d0d0"
	// A tie gained or lost whose change is not significant (or could not
	// be tested) is drawn pale and dashed: weak ties come and go by
	// chance, and in the strong colours it read as a tested change.
	gainedPale = "#92c5de"
	lostPale   = "#f4a582"
	tieDashes  = "4 3"
)

// tieStyle is how the change map draws one kind of tie.
type tieStyle struct {
	stroke, opacity string
	dashed          bool
}

// tieKinds are the kinds of tie on the change map, in the legend's order.
var tieKinds = []string{"gained", "gained-untested", "lost", "lost-untested", "stronger", "weaker", "same"}

var tieStyles = map[string]tieStyle{
	"gained":          {gainedColour, "0.9", false},
	"gained-untested": {gainedPale, "0.9", true},
	"lost":            {lostColour, "0.9", false},
	"lost-untested":   {lostPale, "0.9", true},
	"stronger":        {strongerColour, "0.8", false},
	"weaker":          {weakerColour, "0.8", false},
	"same":            {sameColour, "0.5", false},
}

// compareAlpha is the comparison's significance level (0.05 when
// compare.json does not say).
func compareAlpha(r *result.Comparison) float64 {
	if a, ok := methodNumber(r, "alpha"); ok {
		return a
	}
	return 0.05
}

// tieKind is the kind under which the change map draws tc: a tie gained
// or lost is "-untested" unless its change is significant after Holm's
// adjustment; "same" for a tie in both periods whose change is not
// significant, drawn light grey.
func tieKind(tc result.TieChange, alpha float64) string {
	switch tc.Status {
	case "gained", "lost":
		if !(tc.PAdjusted <= alpha) {
			return tc.Status + "-untested"
		}
		return tc.Status
	case "stronger", "weaker", "same":
		return tc.Status
	}
	return ""
}

// tieLegend is one entry of the change map's legend.
type tieLegend struct {
	Mark  template.HTML
	Label string
}

// tieLegends is the change map's legend: one entry per kind of tie the
// map draws, and none for a kind it does not.
func tieLegends(r *result.Comparison, t *changeLang) []tieLegend {
	alpha := compareAlpha(r)
	drawn := map[string]bool{}
	for _, tc := range r.Ties {
		if max(tc.PerDayBefore, tc.PerDayAfter) > 0 {
			drawn[tieKind(tc, alpha)] = true
		}
	}
	label := map[string]string{"gained": t.LegendGained, "gained-untested": t.LegendGainedUntested, "lost": t.LegendLost,
		"lost-untested": t.LegendLostUntested, "stronger": t.LegendStronger, "weaker": t.LegendWeaker, "same": t.LegendSame}
	var out []tieLegend
	for _, k := range tieKinds {
		if !drawn[k] {
			continue
		}
		st := tieStyles[k]
		dash := ""
		if st.dashed {
			dash = ` stroke-dasharray="` + tieDashes + `"`
		}
		out = append(out, tieLegend{Label: label[k], Mark: template.HTML(fmt.Sprintf(
			`<svg class="mark" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true"><line x1="0" y1="4" x2="24" y2="4" stroke="%s" stroke-opacity="%s" stroke-width="3"%s/></svg>`,
			st.stroke, st.opacity, dash))})
	}
	return out
}

// CompareMapsSVG draws the before, after and change maps of a comparison
// as SVG, every unit at the position CompareLayout gives it. Each unit is
// a <g class="node"> whose <title> is its id; ties are lines whose width
// grows with the tie's weight per day (one scale for both periods).
func CompareMapsSVG(r *result.Comparison, code string) [3][]byte {
	t := changeTexts(code)
	units, x, y := CompareLayout(r)
	at := map[string]int{}
	sectorClass := map[string]int{}
	for i, u := range units {
		at[u.Unit] = i
		if _, ok := sectorClass[u.Sector]; !ok {
			sectorClass[u.Sector] = len(sectorClass) + 1
		}
	}
	mx := 0.0
	for _, tc := range r.Ties {
		mx = max(mx, tc.PerDayBefore, tc.PerDayAfter)
	}
	width := func(w float64) float64 {
		if mx <= 0 {
			return 1
		}
		return round2(0.4 + 3.6*math.Sqrt(w/mx))
	}
	alpha := compareAlpha(r)
	var out [3][]byte
	for k, id := range []string{"map-before", "map-after", "map-change"} {
		var b strings.Builder
		// The drawing: the circle with room for the labels around it
		// (up to 14 characters along the ray, about 70 px).
		fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" id="%s" viewBox="-30 -30 %s %s" width="%s" height="%s" role="img">`,
			id, num(cmpSize+60), num(cmpSize+60), num(cmpSize+60), num(cmpSize+60))
		fmt.Fprintf(&b, `<title>%s</title>`, template.HTMLEscapeString([]string{t.MapBefore, t.MapAfter, t.MapChange}[k]))
		b.WriteString(`<g class="ties">`)
		// Ties: draw the strongest last so they stay visible.
		ties := slices.Clone(r.Ties)
		slices.SortStableFunc(ties, func(a, c result.TieChange) int {
			return cmp.Compare(max(a.PerDayBefore, a.PerDayAfter), max(c.PerDayBefore, c.PerDayAfter))
		})
		for _, tc := range ties {
			i, ok1 := at[tc.Source]
			j, ok2 := at[tc.Target]
			if !ok1 || !ok2 {
				continue
			}
			w, stroke, opacity, dash := 0.0, tieGrey, "0.55", ""
			switch k {
			case 0:
				w = tc.PerDayBefore
			case 1:
				w = tc.PerDayAfter
			case 2:
				w = max(tc.PerDayBefore, tc.PerDayAfter)
				stroke, opacity = sameColour, "0.5"
				if st, ok := tieStyles[tieKind(tc, alpha)]; ok {
					stroke, opacity = st.stroke, st.opacity
					if st.dashed {
						dash = ` stroke-dasharray="` + tieDashes + `"`
					}
				}
			}
			if w <= 0 {
				continue
			}
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-opacity="%s" stroke-width="%s"%s><title>%s – %s</title></line>`,
				num(x[i]), num(y[i]), num(x[j]), num(y[j]), stroke, opacity, num(width(w)), dash,
				template.HTMLEscapeString(tc.Source), template.HTMLEscapeString(tc.Target))
		}
		b.WriteString(`</g>`)
		for i, u := range units {
			fill, shape := sectorMark(sectorClass[u.Sector])
			stroke := "#333333"
			absent := k == 0 && u.Present == "after" || k == 1 && u.Present == "before"
			if absent {
				fill, stroke = "#ffffff", fill
			}
			name := u.Unit
			if u.Name != "" && u.Name != u.Unit {
				name += " — " + u.Name
			}
			fmt.Fprintf(&b, `<g class="node"><title>%s</title>%s`, template.HTMLEscapeString(u.Unit), markSVG(shape, x[i], y[i], cmpNode, fill, stroke))
			// The label outside the circle, along the ray from the centre
			// (as a chord diagram writes them): neighbours on the circle
			// then never overlap, however close they sit. On the left half
			// the text is turned over so that it reads left to right.
			dx, dy := x[i]-cmpSize/2, y[i]-cmpSize/2
			d := math.Hypot(dx, dy)
			lx, ly := round2(x[i]+dx/d*11), round2(y[i]+dy/d*11)
			deg, anchor := math.Atan2(dy, dx)*180/math.Pi, "start"
			if dx < 0 {
				deg, anchor = deg+180, "end"
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" dy="0.32em" font-size="9" text-anchor="%s" transform="rotate(%s %s %s)" fill="#333333">%s<title>%s</title></text></g>`,
				num(lx), num(ly), anchor, num(round2(deg)), num(lx), num(ly), template.HTMLEscapeString(shorten(u.Unit, 14)), template.HTMLEscapeString(name+" ("+u.Sector+")"))
		}
		b.WriteString(`</svg>`)
		out[k] = []byte(b.String())
	}
	return out
}

type trendChart struct {
	Name   string
	SVG    template.HTML
	Alarms []string
	// Unwatched says why the CUSUM did not watch the sector ("" when it
	// did, or when the result does not say).
	Unwatched string
}

// alertView is an alarm on trend.html: its headline and, beneath it, the
// figures.
type alertView struct{ Head, Detail string }

type trendView struct {
	T       *changeLang
	Notice  string // ChangeNotice on a person-level trend
	Lang    string
	CSP     string
	Title   string
	Study   string
	Version string
	Window  string
	Alerts  []alertView
	NoAlert string
	Notes   []string
	Charts  []trendChart
	Method  [][2]string
	Command string
	// MethodText and ChartsIntro are the page's method sentence and the
	// charts' legend: without the interval band when no period has one.
	MethodText, ChartsIntro string
}

// WriteTrend writes trend.html: a chart per sector of the homophily index
// per period with its interval band and the alarms marked, the alarm
// sentences and the method. Inline SVG only: no script, no request.
func WriteTrend(w io.Writer, data TrendData) error {
	r := data.Result
	if r == nil {
		return fmt.Errorf("viz: trend page: no trend to draw")
	}
	code := i18n.Lang(data.Lang)
	t := changeTexts(code)
	v := &trendView{T: t, Lang: code, CSP: changeCSP, Study: data.Study, Version: data.Version, Title: t.TrendTitle, Command: data.Method.CommandLine}
	if data.Study != "" {
		v.Title = data.Study + " — " + t.TrendTitle
	}
	v.Notice = changeNotice(data.Method, code)
	for _, a := range r.Alerts {
		if a.Headline == "" { // a result made without the two parts
			v.Alerts = append(v.Alerts, alertView{Head: a.Sentence})
			continue
		}
		v.Alerts = append(v.Alerts, alertView{Head: a.Headline, Detail: a.Detail})
	}
	v.NoAlert, v.Notes = cmp.Or(r.NoAlert, t.NoAlerts), r.Notes
	v.MethodText, v.ChartsIntro = t.TrendMethodNoBand, t.ChartsIntroNoBand
	for _, p := range r.Points {
		if p.Type == "sector" && !math.IsNaN(p.HLow) && !math.IsNaN(p.HHigh) {
			v.MethodText, v.ChartsIntro = t.TrendMethod, t.ChartsIntro
			break
		}
	}
	groups := map[string][]result.TrendPoint{}
	var names []string
	first, last := "", ""
	for _, p := range r.Points {
		if first == "" || p.From < first {
			first = p.From
		}
		last = max(last, lastOf(p))
		if p.Type != "sector" {
			continue
		}
		if _, ok := groups[p.Group]; !ok {
			names = append(names, p.Group)
		}
		groups[p.Group] = append(groups[p.Group], p)
	}
	if data.From != "" && data.Last != "" {
		first, last = data.From, data.Last
	}
	v.Window = i18n.Days(code, first, last)
	slices.Sort(names)
	watches := map[string]result.TrendWatch{}
	for _, w := range r.Watches {
		watches[w.Group] = w
	}
	for _, n := range names {
		pts := groups[n]
		slices.SortFunc(pts, func(a, b result.TrendPoint) int { return cmp.Compare(a.Period, b.Period) })
		w, ok := watches[n]
		mean := math.NaN()
		if ok {
			mean = w.Mean
		}
		svg := trendSVG(n, pts, t, code, r.Calibration, mean, data.Method.MinChange)
		h, err := inlineSVG(svg)
		if err != nil {
			return err
		}
		c := trendChart{Name: n, SVG: h, Unwatched: w.Note}
		for _, a := range r.Alerts {
			if a.Type == "sector" && a.Group == n {
				c.Alarms = append(c.Alarms, a.Sentence)
			}
		}
		v.Charts = append(v.Charts, c)
	}
	m := data.Method
	siloPerms := t.SiloPermsAuto // 0: as analyze chooses, per period
	if m.Permutations > 0 {
		siloPerms = fmtInt(int64(m.Permutations), code)
	}
	// the calibration periods the sentences count, among the first
	// periods the grey area spans: "14" of a weekly trend whose first
	// week was cut short, while its sentences said 13
	calibration := fmtInt(int64(m.Calibration), code)
	if m.CalibrationUsed > 0 && m.CalibrationUsed != m.Calibration {
		calibration = i18n.Sprintf(t.CalibrationOf, fmtInt(int64(m.CalibrationUsed), code), calibration)
	}
	v.Method = [][2]string{{t.LevelLabel, t.value(m.Level)}, {t.EveryLabel, t.value(m.Every)}, {t.BlockLabel, t.value(m.Block)},
		{t.ResamplesLabel, fmtInt(int64(m.Resamples), code)}, {t.SiloPermsLabel, siloPerms}, {t.SeedLabel, strconv.FormatUint(m.Seed, 10)},
		{t.CalibrationLabel, calibration}, {t.VersionLabel, data.Version}}
	var buf bytes.Buffer
	if err := changeTmpl.ExecuteTemplate(&buf, "trend.html.tmpl", v); err != nil {
		return fmt.Errorf("viz: trend page: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// axisDates are the x-axis labels of a trend chart, one for every step-th
// period ("" for the others), from its start date (YYYY-MM-DD): "Jan 2025"
// when the periods are a month or longer; for shorter periods (two starts
// in one month) the day, "6 Jan", with the year on the first label and on
// the first label of each new year. A start that is not a date is shown
// as it is.
func axisDates(pts []result.TrendPoint, code string, step int) []string {
	months := strings.Split(i18n.T(code, "date.months"), ",")
	short := false
	for i := 1; i < len(pts); i++ {
		if len(pts[i].From) >= 7 && len(pts[i-1].From) >= 7 && pts[i].From[:7] == pts[i-1].From[:7] {
			short = true
		}
	}
	out := make([]string, len(pts))
	lastYear := ""
	for i, p := range pts {
		if i%step != 0 {
			continue
		}
		d, err := time.Parse("2006-01-02", p.From[:min(len(p.From), 10)])
		if err != nil || len(months) != 12 {
			out[i] = p.From
			continue
		}
		mon := string([]rune(months[d.Month()-1])[:3])
		year := strconv.Itoa(d.Year())
		switch {
		case !short:
			out[i] = mon + " " + year
		case year != lastYear:
			out[i] = strconv.Itoa(d.Day()) + " " + mon + " " + year
		default:
			out[i] = strconv.Itoa(d.Day()) + " " + mon
		}
		lastYear = year
	}
	return out
}

// minChartSpan is the least span of H a trend chart's axis shows.
const minChartSpan = 0.3

// trendSVG is one sector's chart: the homophily index per period (line
// and points), its interval (band), alarms as red rings titled with
// what the alarm says of the sector (i18n.AlarmKind of mean and
// minChange, as the alarm sentences word it). The calibration
// span (the first cal periods, by period number) is shaded grey and, for
// a watched sector, its calibration mean (mean; NaN: none) drawn as a
// dashed line across the chart; a period cut short by the window is a
// hollow point, since the CUSUM leaves it out and its value swings more.
// The line and the band are broken at a period without an index or an
// interval (trendRuns).
func trendSVG(name string, pts []result.TrendPoint, t *changeLang, code string, cal int, mean, minChange float64) []byte {
	const W, H, left, right, top, bottom = 460.0, 190.0, 44.0, 26.0, 12.0, 34.0
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		for _, v := range []float64{p.Homophily, p.HLow, p.HHigh, mean} {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = -1, 1
	}
	// At least 0.3 of H on the axis (three times the minimum change
	// compare reports): with the span of the values alone, a sector whose
	// H wobbled by 0.02 looked as restless as a silo that opened (review
	// r1 of session 15).
	if span := hi - lo; span < minChartSpan {
		c := (lo + hi) / 2
		lo, hi = c-minChartSpan/2, c+minChartSpan/2
	}
	pad := (hi - lo) * 0.08
	lo, hi = lo-pad, hi+pad
	n := len(pts)
	px := func(i int) float64 {
		if n <= 1 {
			return round2(left + (W-left-right)/2)
		}
		return round2(left + (W-left-right)*float64(i)/float64(n-1))
	}
	py := func(v float64) float64 { return round2(top + (H-top-bottom)*(hi-v)/(hi-lo)) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="trend" viewBox="0 0 %s %s" width="%s" height="%s" role="img"><title>%s</title>`,
		num(W), num(H), num(W), num(H), template.HTMLEscapeString(i18n.Sprintf(t.ChartTitle, name)))
	// The calibration span: from the first period to halfway between the
	// last calibration period and the next.
	lastCal := -1
	for i, p := range pts {
		if p.Period <= cal {
			lastCal = i
		}
	}
	if lastCal >= 0 && n > 1 {
		x1 := px(min(n-1, lastCal))
		if lastCal+1 < n {
			x1 = round2((px(lastCal) + px(lastCal+1)) / 2)
		}
		fmt.Fprintf(&b, `<rect class="calibration" x="%s" y="%s" width="%s" height="%s" fill="#eeeeee"><title>%s</title></rect>`,
			num(left), num(top), num(x1-left), num(H-top-bottom), template.HTMLEscapeString(t.LegendCalibration))
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="8" fill="#777777">%s</text>`, num(left+3), num(top+9), template.HTMLEscapeString(t.CalibrationShort))
	}
	// Axes and grid: lo, mid, hi labels, and 0 when inside.
	fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="#cccccc"/>`, num(left), num(top), num(W-left-right), num(H-top-bottom))
	// The lowest and highest values, and 0 (else the middle) when it is
	// not too close to them to be read.
	ticks := []float64{lo + pad, hi - pad}
	mid := (lo + hi) / 2
	if lo < 0 && hi > 0 {
		mid = 0
	}
	if span := hi - lo; math.Abs(mid-ticks[0]) > span/8 && math.Abs(mid-ticks[1]) > span/8 {
		ticks = append(ticks, mid)
	}
	for _, tv := range ticks {
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e5e5e5"/><text x="%s" y="%s" font-size="9" text-anchor="end" fill="#555555">%s</text>`,
			num(left), num(py(tv)), num(W-right), num(py(tv)), num(left-4), num(py(tv)+3), fmtFloat(tv, 2, code))
	}
	// Band, broken at a period without an interval: one polygon for each
	// run of consecutive periods with one, a bar for a period with one
	// between two without. Drawn as one polygon over the periods with an
	// interval, it bridged a month without ties (or whose interval was
	// left empty) with an interval that month does not have.
	for _, run := range trendRuns(pts, func(p result.TrendPoint) bool { return !math.IsNaN(p.HLow) && !math.IsNaN(p.HHigh) }) {
		if len(run) == 1 {
			i := run[0]
			fmt.Fprintf(&b, `<line class="interval" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#4575b4" stroke-opacity="0.35" stroke-width="5"/>`,
				num(px(i)), num(py(pts[i].HHigh)), num(px(i)), num(py(pts[i].HLow)))
			continue
		}
		var up, down []string
		for _, i := range run {
			up = append(up, num(px(i))+","+num(py(pts[i].HHigh)))
			down = append(down, num(px(i))+","+num(py(pts[i].HLow)))
		}
		slices.Reverse(down)
		fmt.Fprintf(&b, `<polygon points="%s" fill="#4575b4" fill-opacity="0.18" stroke="none"/>`, strings.Join(append(up, down...), " "))
	}
	if !math.IsNaN(mean) {
		fmt.Fprintf(&b, `<line class="calibration-mean" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#555555" stroke-width="1" stroke-dasharray="4 3"><title>%s</title></line>`,
			num(left), num(py(mean)), num(W-right), num(py(mean)), template.HTMLEscapeString(t.LegendMean+": "+num2(mean, code)))
	}
	// The line, broken at a period without an index (no tie), as the
	// band is: joined across it, it drew a value for that period.
	for _, run := range trendRuns(pts, func(p result.TrendPoint) bool { return !math.IsNaN(p.Homophily) }) {
		if len(run) < 2 {
			continue // its point is drawn below
		}
		var line []string
		for _, i := range run {
			line = append(line, num(px(i))+","+num(py(pts[i].Homophily)))
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#4575b4" stroke-width="1.8"/>`, strings.Join(line, " "))
	}
	step := 1
	if n > 1 {
		// Every step-th period is labelled, so that the widest label and
		// a gap of 6 points fit between two labels.
		widest := 0.0
		for _, l := range axisDates(pts, code, 1) {
			widest = max(widest, estWidth(l, 9))
		}
		step = max(1, int(math.Ceil((widest+6)/((W-left-right)/float64(n-1)))))
	}
	labels := axisDates(pts, code, step)
	for i, p := range pts {
		if labels[i] != "" {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="9" text-anchor="middle" fill="#555555">%s</text>`, num(px(i)), num(H-bottom+13), template.HTMLEscapeString(labels[i]))
		}
		if math.IsNaN(p.Homophily) {
			continue
		}
		tip := i18n.Days(code, p.From, lastOf(p)) + ": " + num2(p.Homophily, code)
		if !math.IsNaN(p.HLow) && !math.IsNaN(p.HHigh) {
			// no dash for an interval the period does not have: "0.88 –"
			// read as a range left open; the index with its interval's
			// decimals (withInterval): "0,00 [-0,012; 0,006]" read as 0
			h, ci := withInterval(p.Homophily, p.HLow, p.HHigh, 2, code)
			tip = i18n.Days(code, p.From, lastOf(p)) + ": " + h + " " + ci
		}
		if p.Partial {
			tip += " · " + t.LegendPartial
		}
		if p.Alarm != "" {
			fmt.Fprintf(&b, `<g class="alarm"><title>%s · %s</title><circle cx="%s" cy="%s" r="7" fill="none" stroke="%s" stroke-width="2"/><circle cx="%s" cy="%s" r="3" fill="%s"/></g>`,
				template.HTMLEscapeString(tip), template.HTMLEscapeString(t.alarm(i18n.AlarmKind(p.Alarm, mean, minChange))), num(px(i)), num(py(p.Homophily)), lostColour, num(px(i)), num(py(p.Homophily)), lostColour)
			continue
		}
		if p.Partial {
			fmt.Fprintf(&b, `<circle class="partial" cx="%s" cy="%s" r="3" fill="#ffffff" stroke="#4575b4" stroke-width="1.5"><title>%s</title></circle>`, num(px(i)), num(py(p.Homophily)), template.HTMLEscapeString(tip))
			continue
		}
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="2.6" fill="#4575b4"><title>%s</title></circle>`, num(px(i)), num(py(p.Homophily)), template.HTMLEscapeString(tip))
	}
	fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="9" text-anchor="middle" fill="#555555">%s</text>`, num(left+(W-left-right)/2), num(H-4), template.HTMLEscapeString(t.ChartAxis))
	b.WriteString(`</svg>`)
	return []byte(b.String())
}

// trendRuns gives the runs of consecutive points (their indices) for which
// has holds, in order.
func trendRuns(pts []result.TrendPoint, has func(result.TrendPoint) bool) [][]int {
	var runs [][]int
	var cur []int
	for i, p := range pts {
		if has(p) {
			cur = append(cur, i)
			continue
		}
		if len(cur) > 0 {
			runs, cur = append(runs, cur), nil
		}
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}
