package change

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
)

// CrosswalkRow is one line of unit_crosswalk.csv: from From on, unit Old
// is (a Share of) unit New. A rename is one row with share 1; a merger is
// one row per old unit, each with share 1, into the same new unit; a split
// is one row per new unit, their shares summing to 1.
type CrosswalkRow struct {
	Old, New string
	From     int64 // seconds since the Unix epoch
	Share    float64
	// Line is the row's line in the file (0 when not read from one).
	Line int
}

// Successor is a unit that an old unit became, with the share of the old
// unit's ties that it takes.
type Successor struct {
	Unit  string
	Share float64
}

// Crosswalk maps every unit to the units it became. A comparison is made
// in the newest structure: every tie of an old unit, before or after its
// date, counts for its successors in proportion to their shares, so that
// the periods line up unit by unit. The zero value maps every unit to
// itself.
type Crosswalk struct {
	Rows []CrosswalkRow
	succ map[string][]Successor // old units only
}

// shareTolerance is how far the shares of one old unit may sum from 1.
const shareTolerance = 1e-6

// NewCrosswalk checks rows and composes chains (A became B, later B
// became C) into final successors. Every share must be in (0, 1], the
// shares of one old unit must sum to 1, a unit may be replaced on one
// date only, a row may not map a unit to itself, and the rows may not
// form a cycle.
func NewCrosswalk(rows []CrosswalkRow) (*Crosswalk, error) {
	c := &Crosswalk{Rows: slices.Clone(rows), succ: map[string][]Successor{}}
	direct := map[string][]CrosswalkRow{}
	lines := map[string][]int{} // the lines of each old unit's rows
	var olds []string           // old units in the order of their first row
	for i, r := range rows {
		line := r.Line
		if line == 0 {
			line = i + 2 // the row of a file with a header
		}
		switch {
		case r.Old == "" || r.New == "":
			return nil, fileErr(line, "changefile.cw.units")
		case r.Old == r.New:
			return nil, fileErr(line, "changefile.cw.self", r.Old)
		case !(r.Share > 0 && r.Share <= 1):
			// in plain decimals with a point, as the file writes it:
			// %v wrote -0.00001 as "-1e-05"
			return nil, fileErr(line, "changefile.cw.share", strconv.FormatFloat(r.Share, 'f', -1, 64), r.Old, r.New)
		}
		if d := direct[r.Old]; len(d) > 0 && d[0].From != r.From {
			return nil, fileErr(line, "changefile.cw.twoDates", r.Old)
		}
		if _, seen := direct[r.Old]; !seen {
			olds = append(olds, r.Old)
		}
		direct[r.Old] = append(direct[r.Old], r)
		lines[r.Old] = append(lines[r.Old], line)
	}
	// in file order, so that of several wrong units the first is named,
	// the same one on every run; at the line of its first row, with all
	// of its rows' lines, since the wrong share can be on any of them
	for _, o := range olds {
		sum := 0.0
		for _, r := range direct[o] {
			sum += r.Share
		}
		if math.Abs(sum-1) > shareTolerance {
			at := make([]string, len(lines[o]))
			for i, l := range lines[o] {
				at[i] = strconv.Itoa(l)
			}
			// to 7 significant digits, so that 0.6 and 0.3 read 0.9, not
			// 0.8999999999999999, and a sum more than shareTolerance from
			// 1 never reads 1; the reader's language writes it
			shown, _ := strconv.ParseFloat(strconv.FormatFloat(sum, 'g', 7, 64), 64)
			key := "changefile.cw.sum" // "(lines 3, 4)"
			if len(at) == 1 {
				key = "changefile.cw.sumOne" // "(line 2)", not "(lines 2)"
			}
			return nil, fileErr(lines[o][0], key, o, strings.Join(at, ", "), Amount(shown))
		}
	}
	slices.Sort(olds)
	const (
		visiting = 1
		done     = 2
	)
	state := map[string]int{}
	var final func(u string) ([]Successor, error)
	final = func(u string) ([]Successor, error) {
		rs, ok := direct[u]
		if !ok {
			return []Successor{{u, 1}}, nil
		}
		switch state[u] {
		case visiting:
			return nil, fileErr(0, "changefile.cw.cycle", u)
		case done:
			return c.succ[u], nil
		}
		state[u] = visiting
		acc := map[string]float64{}
		for _, r := range rs {
			next, err := final(r.New)
			if err != nil {
				return nil, err
			}
			for _, s := range next {
				acc[s.Unit] += r.Share * s.Share
			}
		}
		out := make([]Successor, 0, len(acc))
		for k, v := range acc {
			out = append(out, Successor{k, v})
		}
		slices.SortFunc(out, func(a, b Successor) int { return cmp.Compare(a.Unit, b.Unit) })
		c.succ[u] = out
		state[u] = done
		return out, nil
	}
	for _, o := range olds {
		if _, err := final(o); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Successors returns the units u counts for, with their shares: u itself
// with share 1 unless the crosswalk replaces it.
func (c *Crosswalk) Successors(u string) []Successor {
	if c != nil {
		if s, ok := c.succ[u]; ok {
			return s
		}
	}
	return []Successor{{u, 1}}
}

// Main returns the successor of u with the largest share (the first by id
// among equals): the unit a person of u counts for, since a person is not
// divided.
func (c *Crosswalk) Main(u string) string {
	best := Successor{Share: -1}
	for _, s := range c.Successors(u) {
		if s.Share > best.Share {
			best = s
		}
	}
	return best.Unit
}

// Became reports whether unit old became unit next through the crosswalk:
// a row from old to next, or a chain of rows (A became B, B became C: A
// became B and C). A unit never became itself, and nothing became a unit
// of a nil crosswalk. A person whose spell in old is followed by one in
// next did not move: the unit changed around them.
func (c *Crosswalk) Became(old, next string) bool {
	if c == nil || old == next {
		return false
	}
	seen := map[string]bool{old: true}
	todo := []string{old}
	for len(todo) > 0 {
		u := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, r := range c.Rows {
			if r.Old != u || seen[r.New] {
				continue
			}
			if r.New == next {
				return true
			}
			seen[r.New] = true
			todo = append(todo, r.New)
		}
	}
	return false
}

// Check refuses, at its line, a row whose old unit is not known (known
// returns false) unless it is another row's new unit (a step of a chain),
// and a row whose new unit is not known unless the crosswalk replaces it
// in turn: a typo (DISKANX for DISKAN) would leave the unit it meant
// unmatched while the row did nothing. studies is the number of studies
// whose units known holds, which the sentence names: "the study" (sekat
// facilitators, validate, trend, evaluate, compare of one study's
// periods) or "either study compared" (compare of two studies).
func (c *Crosswalk) Check(known func(unit string) bool, studies int) error {
	if c == nil {
		return nil
	}
	of := ""
	if studies > 1 {
		of = "Of"
	}
	isNew := map[string]bool{}
	for _, r := range c.Rows {
		isNew[r.New] = true
	}
	for _, r := range c.Rows {
		if !known(r.Old) && !isNew[r.Old] {
			return fileErr(r.Line, "changefile.cw.oldUnknown"+of, r.Old)
		}
		if !known(r.New) && !c.Retired(r.New) {
			return fileErr(r.Line, "changefile.cw.newUnknown"+of, r.New)
		}
	}
	return nil
}

// LinedUp returns the old units of the crosswalk whose ties count for
// unit u (a unit u took all or a share of), in the order of their first
// row: INSPEKTORAT for INSPEKTORAT_BARU, both merged units for the unit
// of their merger, an old unit of a chain for its last successor. None
// for a unit no row leads to, and of a nil crosswalk. compare
// (changes_units.csv's crosswalk_from, and the sentence under its
// verdicts) and trend name them.
func (c *Crosswalk) LinedUp(u string) []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, r := range c.Rows {
		if slices.Contains(out, r.Old) {
			continue
		}
		if slices.ContainsFunc(c.Successors(r.Old), func(s Successor) bool { return s.Unit == u }) {
			out = append(out, r.Old)
		}
	}
	return out
}

// Retired reports whether the crosswalk replaces u.
func (c *Crosswalk) Retired(u string) bool {
	if c == nil {
		return false
	}
	_, ok := c.succ[u]
	return ok
}

// RetiredUnits returns the units the crosswalk replaces, sorted.
func (c *Crosswalk) RetiredUnits() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.succ))
	for u := range c.succ {
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}

// from returns the date from which u is replaced, and whether it is.
func (c *Crosswalk) from(u string) (int64, bool) {
	if c == nil {
		return 0, false
	}
	for _, r := range c.Rows {
		if r.Old == u {
			return r.From, true
		}
	}
	return 0, false
}
