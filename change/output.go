package change

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/result"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func resultMeasure(m Measure) result.Measure {
	return result.Measure{Before: m.Before, After: m.After, Change: m.Change,
		BeforeLow: m.BeforeCI.Low, BeforeHigh: m.BeforeCI.High, AfterLow: m.AfterCI.Low, AfterHigh: m.AfterCI.High,
		ChangeLow: m.ChangeCI.Low, ChangeHigh: m.ChangeCI.High, P: m.P, PAdjusted: m.PAdjusted, Permutations: m.Permutations}
}

// Reported reports whether a group's verdict says it changed (opened,
// closed, formed or dissolved).
func (g *GroupChange) Reported() bool {
	return g.Verdict != NotJudged && g.Verdict != NoChange && g.Verdict != SmallChange
}

// Result turns the comparison into the tables and compare.json of
// sekat compare. sentence words a group's verdict in the run's language
// ("" for none); day writes a time as a date of the study's zone.
func (c *Comparison) Result(sentence func(*GroupChange) string, day func(int64) string) *result.Comparison {
	out := &result.Comparison{}
	for i := range c.Groups {
		g := &c.Groups[i]
		if g.Type == "community" {
			continue
		}
		out.Groups = append(out.Groups, result.GroupChange{Type: string(g.Type), Name: g.Name,
			SizeBefore: g.SizeBefore, SizeAfter: g.SizeAfter, Present: string(g.Present),
			InternalBefore: g.InternalBefore, InternalAfter: g.InternalAfter, ExternalBefore: g.ExternalBefore, ExternalAfter: g.ExternalAfter,
			Homophily: resultMeasure(g.Homophily), EI: resultMeasure(g.EI), InternalShare: resultMeasure(g.InternalShare),
			Tested: g.Tested, VerdictBefore: string(g.TierBefore), VerdictAfter: string(g.TierAfter), Verdict: string(g.Verdict),
			Sentence: sentence(g)})
		if g.Reported() {
			out.JSON.Verdicts = append(out.JSON.Verdicts, result.CompareVerdict{Type: string(g.Type), Name: g.Name, Verdict: string(g.Verdict),
				HomophilyBefore: result.Number(g.Homophily.Before), HomophilyAfter: result.Number(g.Homophily.After),
				PAdjusted: result.Number(g.Homophily.PAdjusted), Permutations: g.Homophily.Permutations, Sentence: sentence(g)})
		}
	}
	for _, u := range c.Units {
		out.Units = append(out.Units, result.UnitChange{Unit: u.Unit, Name: u.Name, Sector: u.Sector, Kind: u.Kind, Present: string(u.Present),
			CrossShare: resultMeasure(u.CrossShare), StrengthBefore: u.StrengthBefore, StrengthAfter: u.StrengthAfter,
			CommunityBefore: u.CommunityBefore, CommunityAfter: u.CommunityAfter, BetweennessBefore: u.BetweennessBefore, BetweennessAfter: u.BetweennessAfter,
			BrokerBefore: u.BrokerBefore, BrokerAfter: u.BrokerAfter, Stayers: float64(u.Stayers), MovedIn: float64(u.MovedIn), MovedOut: float64(u.MovedOut),
			VerdictBefore: string(u.TierBefore), VerdictAfter: string(u.TierAfter), CrosswalkFrom: u.CrosswalkFrom})
	}
	for _, n := range c.Network {
		out.Network = append(out.Network, result.NetworkChange{Name: n.Name, Value: resultMeasure(n.Measure)})
	}
	for _, m := range c.Communities {
		out.Communities = append(out.Communities, result.CommunityMatch{Before: m.Before, After: m.After, SizeBefore: m.SizeBefore,
			SizeAfter: m.SizeAfter, Shared: m.Shared, Jaccard: m.Jaccard, Event: m.Event})
	}
	for _, t := range c.Ties {
		out.Ties = append(out.Ties, result.TieChange{Source: t.Source, Target: t.Target, SectorSource: t.SectorSource, SectorTarget: t.SectorTarget,
			CrossSector: t.CrossSector, PerDayBefore: t.PerDayBefore, PerDayAfter: t.PerDayAfter, Change: t.Change, P: t.P, PAdjusted: t.PAdjusted, Permutations: t.Permutations,
			Status: t.Status, BridgeBefore: t.BridgeBefore, BridgeAfter: t.BridgeAfter})
	}
	j := &out.JSON
	j.Level = c.Method.Level
	period := func(p PeriodInfo) result.ComparePeriod {
		return result.ComparePeriod{From: day(p.Window.From), To: day(p.Window.To), Blocks: p.Blocks, Days: result.Number(p.Days), Nodes: p.Nodes, Ties: p.Ties}
	}
	j.Before, j.After = period(c.Before), period(c.After)
	m := c.Method
	j.Method = map[string]any{"block": m.Block, "resamples": m.Resamples, "permutations": m.Permutations, "seed": m.Seed,
		"alpha": result.Number(m.Alpha), "min_change": result.Number(m.MinChange), "interval": m.Interval, "adjustment": m.Adjustment,
		"jaccard": result.Number(m.Jaccard), "growth": result.Number(m.Growth), "broker_share": result.Number(m.TopShare),
		"runs_before": m.RunsBefore, "runs_after": m.RunsAfter, "splits": result.Number(m.Splits)}
	// the floors the warnings and the verdict sentence give, for the
	// page's notes to read rather than re-derive from the rows shown
	j.HolmFloors = []result.CompareHolmFloor{}
	for _, f := range c.HolmFloors() {
		j.HolmFloors = append(j.HolmFloors, result.CompareHolmFloor{Table: f.Table, Family: f.Family, Tests: f.Tests,
			Floor: result.Number(f.Floor), PermutationsNeeded: f.Permutations, BySplits: f.BySplits, Mirrored: f.Mirrored})
	}
	j.QAP = map[string]any{"r": result.Number(c.QAP.R), "p": result.Number(c.QAP.P), "permutations": c.QAP.Permutations, "nodes": c.QAP.Nodes, "exact": c.QAP.Exact}
	j.NMI, j.ARI = result.Number(c.NMI), result.Number(c.ARI)
	j.Appeared, j.Disappeared = nonNil(c.Appeared), nonNil(c.Disappeared)
	j.Brokers = []result.CompareBroker{}
	for _, b := range c.Brokers {
		j.Brokers = append(j.Brokers, result.CompareBroker{ID: b.ID, Name: b.Name, Unit: b.Unit, Status: b.Status,
			RankBefore: b.RankBefore, RankAfter: b.RankAfter,
			BetweennessBefore: result.Number(b.BetweennessBefore), BetweennessAfter: result.Number(b.BetweennessAfter)})
	}
	j.Movers = []result.CompareMover{}
	for _, mv := range c.Movers {
		j.Movers = append(j.Movers, result.CompareMover{Person: mv.Person, UnitBefore: mv.UnitBefore, UnitAfter: mv.UnitAfter,
			CrossShareBefore: result.Number(mv.CrossShareBefore), CrossShareAfter: result.Number(mv.CrossShareAfter)})
	}
	if j.Verdicts == nil {
		j.Verdicts = []result.CompareVerdict{}
	}
	j.Warnings = []result.Warning{}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// zHeld is the z_held cell of trend.csv for p: "" without a z, else
// whether the binomial bound held the z at 0 (TrendPoint.Held).
func zHeld(p TrendPoint) string {
	switch {
	case math.IsNaN(p.Z):
		return ""
	case p.Held:
		return "true"
	}
	return "false"
}

// TrendResult turns a trend into trend.csv, trend_alerts.csv and
// trend_cusum.csv;
// sentence words an alert, day writes a time as a date.
func (t *TrendResult) Result(sentence func(*Alert) string, day func(int64) string) *result.TrendOutput {
	out := &result.TrendOutput{Calibration: t.Method.Calibration}
	for _, p := range t.Points {
		out.Points = append(out.Points, result.TrendPoint{Period: p.Period, From: day(p.Window.From), To: day(p.Window.To), Last: day(p.Window.To - 1),
			Type: string(p.Type), Group: p.Group, Size: p.Size, Internal: p.Internal, External: p.External,
			EI: p.EI, EILow: p.EICI.Low, EIHigh: p.EICI.High, Homophily: p.Homophily, HLow: p.HomophilyCI.Low, HHigh: p.HomophilyCI.High,
			Share: p.InternalShare, ShareLow: p.ShareCI.Low, ShareHigh: p.ShareCI.High, Verdict: string(p.Tier),
			Z: p.Z, Up: p.Up, Down: p.Down, Alarm: p.Alarm, Partial: p.Partial, ZHeld: zHeld(p)})
	}
	for i := range t.Alerts {
		a := &t.Alerts[i]
		out.Alerts = append(out.Alerts, result.TrendAlert{Type: string(a.Type), Group: a.Group, Direction: a.Direction,
			Period: a.Period, Start: a.Start, From: day(a.Window.From), To: day(a.Window.To), StartFrom: day(a.StartWindow.From),
			Sum: a.Sum, Mean: a.Mean, SD: a.SD, After: a.After, LaterN: a.LaterN, Later: a.Later, Sentence: sentence(a)})
		if a.PersistJudged {
			out.Alerts[len(out.Alerts)-1].Persisted = strconv.FormatBool(a.Persisted)
		}
	}
	for _, w := range t.Watches {
		out.Cusums = append(out.Cusums, result.TrendCusum{Type: string(w.Type), Group: w.Group, Watched: w.Reason == "", Reason: w.Reason,
			Calibration: w.Calibration, Mean: w.Mean, SD: w.SD, K: w.K, H: w.H, Weight: w.Weight, Share: w.Share})
	}
	return out
}

// ReadCrosswalk reads unit_crosswalk.csv: a header naming old_unit,
// new_unit, from (a date, read in loc) and share (optional: 1 when the
// column or the cell is empty), in any order, then one row per line.
// The delimiter is found as for the study's tables: whichever of ',', ';'
// and TAB the header holds most often outside quotes (',' on a tie, then
// ';'), so that a crosswalk saved by Indonesian Excel (';') is read; in a
// file not delimited by ',' a share may be written with a decimal comma
// (0,5), as that Excel writes it. UTF-16 text (Excel's "Unicode Text")
// is decoded first.
func ReadCrosswalk(r io.Reader, loc *time.Location) (*Crosswalk, error) {
	br := bufio.NewReader(r)
	if enc := crosswalkUTF16(br); enc != nil {
		// Excel's "Unicode Text": read as the study's tables read it,
		// where its header was "no column old_unit" (hT, session 53)
		br = bufio.NewReader(transform.NewReader(br, enc.NewDecoder()))
	}
	comma := crosswalkDelimiter(br)
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fileErr(0, "changefile.cw.empty")
		}
		return nil, crosswalkCSVError(err)
	}
	col := map[string]int{}
	for i, h := range head {
		k := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if first, ok := col[k]; ok && slices.Contains([]string{"old_unit", "new_unit", "from", "share"}, k) {
			// the later column was read and the first dropped without
			// a word: a share of 0.5 in the second "share" column was
			// refused as "the share of unit ... is 0.5" of a row whose
			// first share was 1
			return nil, fileErr(1, "changefile.cw.columnTwice", k, first+1, i+1)
		}
		col[k] = i
	}
	for _, k := range []string{"old_unit", "new_unit", "from"} {
		if _, ok := col[k]; !ok {
			return nil, fileErr(1, "changefile.cw.noColumn", k)
		}
	}
	get := func(rec []string, k string) string {
		i, ok := col[k]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	var rows []CrosswalkRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, crosswalkCSVError(err)
		}
		line, _ := cr.FieldPos(0) // the file's line, past quoted line breaks
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(head) && strings.TrimSpace(strings.Join(rec[min(len(rec), len(head)):], "")) != "" {
			// more cells than the header names, not only empty ones (a
			// spreadsheet's): a decimal comma in a ',' file (0,5), or a
			// comma in an id, would shift the row without a word
			delim := string(comma)
			if comma == '\t' {
				delim = "TAB"
			}
			return nil, fileErr(line, "changefile.cw.fields", len(rec), len(head), delim)
		}
		row := CrosswalkRow{Old: get(rec, "old_unit"), New: get(rec, "new_unit"), Share: 1, Line: line}
		t, err := time.ParseInLocation("2006-01-02", get(rec, "from"), loc)
		if err != nil {
			if iso, ok := dayFirstISO(get(rec, "from")); ok {
				return nil, fileErr(line, "changefile.cw.fromDayFirst", get(rec, "from"), iso, iso)
			}
			return nil, fileErr(line, "changefile.cw.from", get(rec, "from"))
		}
		row.From = t.Unix()
		if s := get(rec, "share"); s != "" {
			if comma != ',' && strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
				s = strings.Replace(s, ",", ".", 1) // 0,5 of a ';' file
			}
			row.Share, err = strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(row.Share) {
				return nil, fileErr(line, "changefile.cw.shareText", s)
			}
		}
		rows = append(rows, row)
	}
	return NewCrosswalk(rows)
}

// crosswalkCSVError words a CSV error of the crosswalk: a quote that does
// not pair up at the line its record begins on (the line of an unclosed
// quote, not the file's last), with the fix; it gave encoding/csv's
// English ("parse error on line 3, column 4: bare \" in non-quoted-field")
// in any language, after the file's name, without a fix.
func crosswalkCSVError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote)) {
		return fileErr(pe.StartLine, "changefile.cw.quote")
	}
	return fileErr(0, "changefile.cw.csv", err)
}

// crosswalkUTF16 returns the UTF-16 encoding of the text at the start of
// br (looking at its first 4 bytes, without reading them), nil when it is
// not UTF-16: a byte order mark (FF FE, FE FF), as Excel's "Unicode Text"
// writes, or, without one, two ASCII characters each beside a NUL byte,
// the rule by which the study's tables are read (docs/inputs.md).
func crosswalkUTF16(br *bufio.Reader) encoding.Encoding {
	p, _ := br.Peek(4)
	switch {
	case len(p) >= 2 && p[0] == 0xFF && p[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case len(p) >= 2 && p[0] == 0xFE && p[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case len(p) == 4 && p[0] != 0 && p[0] < 0x80 && p[1] == 0 && p[2] != 0 && p[2] < 0x80 && p[3] == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case len(p) == 4 && p[0] == 0 && p[1] != 0 && p[1] < 0x80 && p[2] == 0 && p[3] != 0 && p[3] < 0x80:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// crosswalkDelimiter returns the delimiter of the header line at the
// start of br (looking at its first 64 KiB, without reading them): the
// one of ',', ';' and TAB that occurs most often outside quotes; ',' on a
// tie, then ';'.
func crosswalkDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(64 << 10)
	n := map[byte]int{}
	quoted := false
	for _, b := range head {
		if b == '"' {
			quoted = !quoted
		} else if !quoted && (b == '\n' || b == '\r') {
			break
		} else if !quoted && (b == ',' || b == ';' || b == '\t') {
			n[b]++
		}
	}
	best := byte(',')
	for _, b := range []byte{';', '\t'} {
		if n[b] > n[best] {
			best = b
		}
	}
	return rune(best)
}

// Day writes t as a date (YYYY-MM-DD) in loc; the bounds of blocks and
// periods are midnights, so a period's To is the first day after it.
func Day(t int64, loc *time.Location) string {
	if t == 0 {
		return ""
	}
	return time.Unix(t, 0).In(loc).Format("2006-01-02")
}

// LastDay writes the last day a window ending (exclusively) at to
// covers, as people read a range of dates: the day before to when to is
// a midnight in loc, else the day of to. Day(to) is the machine value of
// the tables; a sentence or a page that writes "from – to" uses LastDay.
func LastDay(to int64, loc *time.Location) string {
	if to == 0 {
		return ""
	}
	return Day(to-1, loc)
}

// IntervalGap is an interval of compare's tables that is not given
// although its estimate is, and why.
type IntervalGap struct {
	// Table is the table's name: network, groups or units.
	Table string
	// Item is the measure (network), the group's name (groups) or the
	// unit id (units); Type is the group's type (groups only); Measure is
	// the group's measure (groups only: homophily, ei_index or
	// internal_share, the column's stem); Side is before, after or change.
	Item, Type, Measure, Side string
	Reason                    string // IntervalFewBlocks, IntervalBiased, IntervalDegenerate, IntervalLengths
}

// IntervalGaps lists the intervals of the comparison that are not given
// although their estimates are, in table order.
func (c *Comparison) IntervalGaps() []IntervalGap {
	var out []IntervalGap
	add := func(table, item, typ, measure string, m Measure) {
		for _, x := range []struct {
			side string
			est  float64
			ci   Interval
		}{{"before", m.Before, m.BeforeCI}, {"after", m.After, m.AfterCI}, {"change", m.Change, m.ChangeCI}} {
			if x.ci.Reason != "" && !math.IsNaN(x.est) {
				out = append(out, IntervalGap{Table: table, Item: item, Type: typ, Measure: measure, Side: x.side, Reason: x.ci.Reason})
			}
		}
	}
	for _, n := range c.Network {
		add("network", n.Name, "", "", n.Measure)
	}
	for _, g := range c.Groups {
		if g.Type == "community" {
			continue
		}
		add("groups", g.Name, string(g.Type), "homophily", g.Homophily)
		add("groups", g.Name, string(g.Type), "ei_index", g.EI)
		add("groups", g.Name, string(g.Type), "internal_share", g.InternalShare)
	}
	for _, u := range c.Units {
		add("units", u.Unit, "", "", u.CrossShare)
	}
	return out
}

// HolmFloor is the smallest Holm-adjusted p-value one family of tests of
// a comparison can reach. A permutation p-value is at least 1/(P+1) with
// P permutations (Phipson & Smyth 2010), and at least 1/S when the time
// blocks of the two periods can be split between them in only S distinct
// ways (2 weeks against 3: 10), since a random split then repeats the
// observed one about once in S draws; at least 2/S when the periods hold
// as many blocks (2 weeks against 2: 6 ways, floor 1/3), since the split
// with the periods swapped gives the same |change| (Comparison.splitFloor).
// Holm multiplies the smallest of m p-values by m, so no adjusted p-value
// of the family is below m*max(1/(P+1), 1/S or 2/S): above alpha, nothing
// in the family can be significant, whatever the data.
type HolmFloor struct {
	// Table is groups, units or ties; Family the group type (groups),
	// cross_sector_share (units) or ties.
	Table, Family string
	// Tests is the family's number of tests (defined p-values), Floor
	// Tests*max(1/(P+1), 1/S or 2/S), and Permutations the fewest permutations
	// that bring the floor to alpha: ceil(Tests/alpha) - 1. BySplits is
	// set when the splits, not the permutations, keep the floor above
	// alpha: no number of permutations would help, only longer periods.
	Tests        int
	Floor        float64
	Permutations int
	BySplits     bool
	// Mirrored says that the periods hold as many runs of time blocks and
	// the family's statistic is the same for a split and its mirror (the
	// periods swapped), so that the splits' floor is 2/S, not 1/S.
	Mirrored bool
}

// HolmFloors lists the floor of every Holm family of the comparison with
// at least one test: the groups of each type, the units, the ties.
func (c *Comparison) HolmFloors() []HolmFloor {
	P, alpha := c.Method.Permutations, c.Method.Alpha
	var out []HolmFloor
	add := func(table, family string, m int) {
		if m == 0 {
			return
		}
		key := table
		if table == "groups" {
			key = "groups/" + family
		}
		split := c.splitFloor(key)
		minP := math.Max(1/float64(P+1), split)
		f := HolmFloor{Table: table, Family: family, Tests: m, Floor: math.Min(float64(m)*minP, 1), // an adjusted p is at most 1
			Permutations: int(math.Ceil(float64(m)/alpha-1e-9)) - 1}
		// the splits alone hold the floor above alpha, whatever the
		// permutations given: more would not help (with 100 the warning
		// asked for 199, which leave five weeks against five at 0.079:
		// TestHolmFloorsBySplitsFewPermutations)
		f.BySplits = float64(m)*split > alpha
		f.Mirrored = c.mirror[key]
		out = append(out, f)
	}
	var types []string
	byType := map[string]int{}
	for _, g := range c.Groups {
		if g.Type == "community" {
			continue
		}
		t := string(g.Type)
		if _, ok := byType[t]; !ok {
			types = append(types, t)
			byType[t] = 0
		}
		if !math.IsNaN(g.Homophily.PAdjusted) {
			byType[t]++
		}
	}
	for _, t := range types {
		add("groups", t, byType[t])
	}
	n := 0
	for _, u := range c.Units {
		if !math.IsNaN(u.CrossShare.PAdjusted) {
			n++
		}
	}
	add("units", "cross_sector_share", n)
	n = 0
	for _, t := range c.Ties {
		if !math.IsNaN(t.PAdjusted) {
			n++
		}
	}
	add("ties", "ties", n)
	return out
}
