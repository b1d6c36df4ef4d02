package i18n

import (
	"math"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// The sentences about silos are made only here, one function per kind of
// sentence, each from the numbers it states: SiloReason (the reason of a
// silo or of a group to watch: silos.csv, summary.json, the report),
// GroupSummary (the report's sentence on the sectors, or on the units at
// person level), SiloLevel (the report's headline), InsideFigure (the
// share of tie weight inside sectors) and NoSectorsWarning. The tests of
// cmd/sekat read each kind back from the outputs and check it against
// groups.csv.

// SiloReasonUnnamed is SiloReason with the group called "this sector"
// ("sektor ini") rather than by its name: the briefing prints the name
// just before the reason, and a sector name of 70 characters said twice
// in each box ran the briefing past its two pages. A watch-list group's
// reason leaves out its last clause, "masuk daftar pantau" ("on the watch
// list"), which the box's head says before it.
func SiloReasonUnnamed(lang string, g metrics.Group, th silo.Thresholds) string {
	return siloReason(lang, g, th, false)
}

// VerdictCells are the numbers of the reason of group g, a silo or on the
// watch list, for the briefing's table of those groups when it names
// many: its verdict, the
// share of its tie weight inside and under random mixing (percents), its
// homophily index, its adjusted p-value (a bound when at the floor of its
// shuffles, "≈" when its test stopped early), and "denied of requested"
// data requests from other groups ("–" without any). nil for a group not
// a silo or on the watch list. The full sentence is SiloReason.
func VerdictCells(lang string, g metrics.Group, th silo.Thresholds) []string {
	verdict := T(lang, "brief.verdictSilo")
	switch g.Verdict {
	case silo.Silo:
	case silo.Watch:
		verdict = T(lang, "brief.verdictWatch")
	default:
		return nil
	}
	inside, chance := percentPair(lang, 100*(1-g.EIIndex)/2, 100*(1-g.EIExpected)/2)
	p := fixed(lang, g.PAdjusted, 3)
	switch {
	case math.IsNaN(g.PAdjusted):
		p = "–"
	case g.GroupStats.Stopped:
		p = "≈ " + p
	case silo.AtFloor(g.GroupStats):
		p = "≤ " + PBound(lang, g.PAdjusted)
	case g.PAdjusted < 0.001:
		p = "< " + Decimal(lang, "0.001")
	}
	denied := "–"
	if g.RequestsFromOthers > 0 {
		denied = T(lang, "brief.watchDenied", Int(lang, g.DeniedToOthers), Int(lang, g.RequestsFromOthers))
	}
	return []string{verdict, inside + "%", chance + "%", homophilyText(lang, g.Homophily, th), p, denied}
}

// homophilyText writes homophily index h with the fewest decimals, 2 to
// 4, that keep it apart from th's silo threshold: a watch-list group at
// H 0.497 read "homophily 0.50, below the silo threshold 0.50".
func homophilyText(lang string, h float64, th silo.Thresholds) string {
	hd := 2
	for ; hd < 4 && h != th.HomophilyValue(); hd++ {
		if strconv.FormatFloat(h, 'f', hd, 64) != strconv.FormatFloat(th.HomophilyValue(), 'f', hd, 64) {
			break
		}
	}
	return fixed(lang, h, hd)
}

// HomophilyFigure is homophily index h as the reasons write it
// (homophilyText): with the fewest decimals, 2 to 4, that keep it apart
// from th's silo threshold, for the report's tables beside them.
func HomophilyFigure(lang string, h float64, th silo.Thresholds) string {
	return homophilyText(lang, h, th)
}

// SiloReason says in a sentence why group g has its verdict under th:
// how much of its tie weight stays inside, (1 - E-I)/2 as a percent,
// against what random mixing would give, (1 - expected E-I)/2; its
// homophily index against the silo threshold; the Holm-adjusted p-value;
// and, when others asked it for data, how many of their requests it
// denied. The two percents get the fewest decimals (0 to 2) that tell
// them apart. "" for a group without a verdict.
func SiloReason(lang string, g metrics.Group, th silo.Thresholds) string {
	return siloReason(lang, g, th, true)
}

func siloReason(lang string, g metrics.Group, th silo.Thresholds, named bool) string {
	var key, keyThis string
	switch g.Verdict {
	case silo.Silo:
		key, keyThis = "silo.reason", "silo.reasonThis"
	case silo.Watch:
		key, keyThis = "silo.watchReason", "silo.watchReasonThis"
	default:
		return ""
	}
	kind, kinds := groupNouns(lang, g.Type)
	inside, chance := percentPair(lang, 100*(1-g.EIIndex)/2, 100*(1-g.EIExpected)/2)
	var s string
	if named {
		s = T(lang, key, inside, kind, g.Name, chance, homophilyText(lang, g.Homophily, th), fixed(lang, th.HomophilyValue(), 2),
			groupP(lang, g.GroupStats))
	} else {
		s = T(lang, keyThis, inside, kind, chance, homophilyText(lang, g.Homophily, th), fixed(lang, th.HomophilyValue(), 2),
			groupP(lang, g.GroupStats))
	}
	if g.RequestsFromOthers > 0 {
		s += T(lang, "silo.denied", Int(lang, g.DeniedToOthers), Int(lang, g.RequestsFromOthers), kinds)
	}
	if t := g.InternalTies + g.ExternalTies; t > 0 && t < ThinGroupTies {
		s += T(lang, "silo.thin", Int(lang, t), Int(lang, g.InternalTies), kind)
	}
	return s + "."
}

// ThinGroupTies is the fewest distinct ties (inside plus outside) a group
// with a verdict may rest on before its reason says how few they are.
// The label-shuffling test asks whether those ties fall inside the group
// more than random labels would make them, and on a sector of 3 units of
// 39 two letters inside and none out pass it (adjusted p = 0.014, a week
// of sekat generate --seed 2718 --scale 0.03): "100% of the tie weight of
// sector lingkungan stays inside" said nothing of there being two. A
// group read back without its tie counts (0) gets no such clause.
const ThinGroupTies = 10

// tally counts the groups of one type as the summary sentences state
// them.
type tally struct {
	judged, silos, watch int
	unjudged             int  // groups of the type that are not judged
	family               int  // groups of the type shown with a p-value (Holm's family, but see withheld)
	inward               bool // some judged group has H > 0
	// withheld says that groups of the type were withheld for privacy
	// (see GroupsWithheld): their tests, if they had any, are in Holm's
	// family too, so the family is larger than family by a number that is
	// not said.
	withheld bool
}

// GroupsWithheld reports whether groups of type typ were withheld from r
// for privacy (people.Protect, at person level without names). The result
// itself tells, fresh or read back from a folder: a person or office of a
// withheld unit has unit kind graph.KindHidden (a withheld sector's units
// are withheld with it), and one of a withheld sector has the sector
// written as that kind is, "*" (people.Hidden). Holm's adjustment of the
// shown groups' p-values ran before they were withheld, over every group
// tested.
func GroupsWithheld(r *metrics.Result, typ metrics.GroupType) bool {
	if r.Net == nil || r.Net.Level != graph.PersonLevel {
		return false
	}
	for i := range r.Net.Nodes {
		nd := &r.Net.Nodes[i]
		switch typ {
		case metrics.GroupUnit:
			if nd.UnitKind == graph.KindHidden {
				return true
			}
		case metrics.GroupSector:
			if nd.UnitKind == graph.KindHidden && nd.Sector == graph.KindHidden.String() {
				return true
			}
		}
	}
	return false
}

// judged reports whether g is judged: a formal group of two members or
// more with a p-value and a homophily index.
func judged(g *metrics.Group) bool {
	return g.Formal && g.Size >= 2 && !math.IsNaN(g.PAdjusted) && !math.IsNaN(g.Homophily)
}

// MinSectorsJudged is the fewest sectors that must be judged before the
// report says anything about the whole organisation: with fewer, or with
// fewer than half of the sectors of groups.csv judged (see thin), the
// verdict says it cannot be told yet and how many sectors could be tested.
const MinSectorsJudged = 2

// thin reports whether too few of the groups counted in c were judged for
// a verdict on the whole organisation: fewer than MinSectorsJudged, or
// fewer than half of them (judged and not judged together). One sector
// tested of four says nothing about the other three.
func thin(c tally) bool {
	return c.judged < MinSectorsJudged || 2*c.judged < c.judged+c.unjudged
}

func count(groups []metrics.Group, typ metrics.GroupType) tally {
	var c tally
	for i := range groups {
		g := &groups[i]
		if g.Type != typ {
			continue
		}
		if !math.IsNaN(g.EIPValue) {
			c.family++
		}
		if !judged(g) {
			c.unjudged++
			continue
		}
		c.judged++
		switch g.Verdict {
		case silo.Silo:
			c.silos++
		case silo.Watch:
			c.watch++
		}
		if g.Homophily > 0 {
			c.inward = true
		}
	}
	return c
}

// PersonLevelFlag is the command-line flag of an analysis of people, as
// the sentences name it (an argument, never in the catalogue's text, so
// that a page can keep it on one line: viz's keepTogether).
const PersonLevelFlag = "--level person"

// PersonLevelCaveat is the sentence that, at person level, ties inside a
// unit count as ties inside its sector, and that the unit-level verdicts
// are those of sekat analyze without PersonLevelFlag.
func PersonLevelCaveat(lang string) string {
	return T(lang, "silo.summary.personLevel", PersonLevelFlag)
}

// GroupSummary is the sentence on the groups of type typ (sectors, or
// units at person level) of r: how many are silos and what that means, how
// many are to watch, and how many are not judged. With no silo and none to
// watch it says which of three things is true: every judged group keeps at
// least as much of its weight outside as random mixing would (no group
// has H > 0); some do keep more inside but no difference is significant;
// or so few permutations ran that no adjusted p-value could reach alpha.
// Without usable sectors (r.SectorsUsable) it says, for sectors, that they
// are not judged. With no silo and none to watch among too few groups
// tested (thin: fewer than MinSectorsJudged, or fewer than half of those
// shown), it says that too few remain to judge, not that none is a silo. When groups of the type were withheld for privacy
// (GroupsWithheld) it says that Holm's family holds their tests too,
// without their number, and gives the smallest adjusted p-value of too
// few permutations as a lower bound.
func GroupSummary(lang string, r *metrics.Result, typ metrics.GroupType) string {
	kind, kinds := groupNouns(lang, typ)
	if typ == metrics.GroupSector && !r.SectorsUsable {
		return T(lang, "silo.summary.noSectors")
	}
	th := r.Options.Thresholds()
	c := count(r.Groups, typ)
	c.withheld = GroupsWithheld(r, typ)
	alpha := Decimal(lang, strconv.FormatFloat(th.AlphaValue(), 'f', -1, 64))
	floor := silo.SmallestAdjustedP(c.family, r.Permutations[typ])
	ofJudged := kinds // "1 of 1 sector judged", not "sectors"
	if c.judged == 1 {
		ofJudged = kind
	}
	// counts of groups pass 999 at scale (4,992 units, person level, in
	// the nasional preset): grouped as every count is
	n := func(x int) string { return Int(lang, int64(x)) }
	var s string
	holm := true // the sentence rests on Holm's correction
	switch {
	case c.silos > 0:
		out := strconv.FormatFloat(100*(1-th.HomophilyValue()), 'f', -1, 64)
		key := "silo.summary.silos" // "Each sends outside ..."
		if c.silos == 1 {
			key = "silo.summary.silo" // "It sends outside ...", not "Each"
		}
		s = T(lang, key, n(c.silos), n(c.judged), ofJudged, Decimal(lang, out), fixed(lang, th.HomophilyValue(), 2), alpha)
		if c.watch > 0 {
			s += " " + T(lang, "silo.summary.watch", n(c.watch), n(c.judged), ofJudged, fixed(lang, th.HomophilyValue(), 2))
		}
	case c.watch > 0 && c.withheld:
		// "No sector is a silo" over the sectors shown, the silos among
		// those withheld (person level, --min-group 60)
		s = T(lang, "silo.summary.watchOnlyWithheld", kind, n(c.watch), n(c.judged), ofJudged, fixed(lang, th.HomophilyValue(), 2))
	case c.watch > 0:
		s = T(lang, "silo.summary.watchOnly", kind, n(c.watch), n(c.judged), ofJudged, fixed(lang, th.HomophilyValue(), 2))
	case c.judged == 0:
		s, holm = T(lang, "silo.summary.noneJudged", kinds), false
	case thin(c) && c.withheld:
		// one unit tested of many (the others withheld for privacy or of
		// one member) read "No unit is a silo: every unit judged keeps
		// ...", a verdict on all units from one
		s, holm = T(lang, "silo.summary.tooFewGroupsWithheld", kinds, n(c.judged), n(c.judged+c.unjudged), kind), false
	case thin(c):
		s, holm = T(lang, "silo.summary.tooFewGroups", kinds, n(c.judged), n(c.judged+c.unjudged), kind), false
	case floor > th.AlphaValue() && c.withheld:
		// the withheld groups' tests raise the floor by a number not
		// said: the shown groups' floor is a lower bound
		s, holm = T(lang, "silo.summary.tooFewWithheld", kind, Int(lang, int64(r.Permutations[typ])), sig3(lang, floor), kinds, alpha), false
	case floor > th.AlphaValue():
		s, holm = T(lang, "silo.summary.tooFewPermutations", kind, Int(lang, int64(r.Permutations[typ])), sig3(lang, floor), alpha), false
	case c.inward && c.withheld:
		s = T(lang, "silo.summary.notSignificantWithheld", kind, kind, alpha)
	case c.inward:
		s = T(lang, "silo.summary.notSignificant", kind, kind, alpha)
	case c.withheld:
		s, holm = T(lang, "silo.summary.allOpenWithheld", kind, kind), false
	default:
		s, holm = T(lang, "silo.summary.allOpen", kind, kind), false
	}
	switch {
	case holm && c.withheld && c.family > c.judged:
		// Holm's family holds the tests of the withheld groups too, as
		// many as had a p-value: say so, without their number, which
		// would tell how many withheld groups are of one member
		s += " " + T(lang, "silo.summary.familyWithheld", kind, n(c.family), n(c.family-c.judged))
	case holm && c.withheld:
		s += " " + T(lang, "silo.summary.familyWithheldAll", kind, n(c.family))
	case holm && c.family > c.judged:
		// Holm's family is every group with a p-value, the coordinator's
		// and other unjudged groups too: say so, since the counts above
		// are of judged groups
		s += " " + T(lang, "silo.summary.family", n(c.family), kind, n(c.family-c.judged))
	}
	if typ == metrics.GroupSector && r.Net != nil && r.Net.Level == graph.PersonLevel && c.silos+c.watch > 0 {
		// a person's ties inside the unit are inside the sector too
		s += " " + PersonLevelCaveat(lang)
	}
	if c.unjudged > 0 {
		noun := kinds
		if c.unjudged == 1 {
			noun = kind
		}
		s += " " + T(lang, "silo.summary.unjudged", n(c.unjudged), noun)
	}
	return s
}

// SiloExplain is the briefing's plain-words explanation of a silo, the
// watch list and the adjusted p, with the thresholds th in force: a silo
// sends outside at most 100*(1 - silo_homophily) percent of what random
// mixing would send, and an adjusted p at or below silo_alpha is
// significant. (With silo_homophily 0.3 a silo may keep less than half of
// its tie weight inside, so "more than with other sectors" would be
// false.)
//
// It states the null model the test used (package metrics shuffles the
// group labels over the network's nodes): at unit level units are mixed
// across sectors at random; at person level (person) the nodes are staff,
// so staff are assigned to sectors (and, for units judged as groups, to
// units) at random, each group keeping its number of staff, and a unit's
// staff are not kept together. The briefing said "if units were mixed
// across sectors at random" at person level too, a test that was not run.
func SiloExplain(lang string, th silo.Thresholds, person bool) string {
	out := strconv.FormatFloat(100*(1-th.HomophilyValue()), 'f', -1, 64)
	alpha := strconv.FormatFloat(th.AlphaValue(), 'f', -1, 64)
	key := "brief.explain.silo"
	if person {
		key = "brief.explain.siloPerson"
	}
	return T(lang, key, Decimal(lang, out), fixed(lang, th.HomophilyValue(), 2), Decimal(lang, alpha))
}

// CountedLayers names the layers whose events count in the combined
// tie weight under the layer weights w ("letters and data"), and
// reports whether study.yaml weighs some of them 0; when all three count
// it is "" and false, and the sentences keep their own words.
func CountedLayers(lang string, w graph.LayerWeights) (string, bool) {
	w = w.Resolve()
	if w.Correspondence > 0 && w.Meetings > 0 && w.DataSharing > 0 {
		return "", false
	}
	var names []string
	for _, l := range []struct {
		a   float64
		key string
	}{{w.Correspondence, "brief.layer.letters"}, {w.Meetings, "brief.layer.meetings"}, {w.DataSharing, "brief.layer.data"}} {
		if l.a > 0 {
			names = append(names, T(lang, l.key))
		}
	}
	return Join(lang, names), true
}

// SiloExplainLayers is SiloExplain saying which layers the tie weight
// counts when study.yaml weighs some of them 0 (CountedLayers): "tie
// weight counts the letters, joint meetings and data exchanged" stood
// over a network whose meetings and data weighed nothing.
func SiloExplainLayers(lang string, th silo.Thresholds, person bool, w graph.LayerWeights) string {
	layers, some := CountedLayers(lang, w)
	if !some {
		return SiloExplain(lang, th, person)
	}
	out := strconv.FormatFloat(100*(1-th.HomophilyValue()), 'f', -1, 64)
	alpha := strconv.FormatFloat(th.AlphaValue(), 'f', -1, 64)
	key := "brief.explain.silo.layers"
	if person {
		key = "brief.explain.siloPerson.layers"
	}
	return T(lang, key, Decimal(lang, out), fixed(lang, th.HomophilyValue(), 2), layers, Decimal(lang, alpha))
}

// NoSilos is the briefing's line when it names no silo and no sector to
// watch: that none is, or, when too few sectors were judged (thin), that
// none of the judged ones is and how many could not be tested, so that
// the line claims no more than the headline above it. When a judged
// sector keeps more of its weight inside than random mixing (H > 0),
// within chance, it says that none is shown to be one, as the headlines
// do (SiloLevel, BriefHeadline).
//
// When no test could reach alpha (SilosUntold: too few permutations), it
// says that sekat cannot tell whether any sector is a silo, with the
// permutations and the smallest adjusted p they allow: "no sector is a
// silo" under a headline that said it cannot be told (analyze
// --permutations 19) claimed what the test could not show.
func NoSilos(lang string, r *metrics.Result) string {
	if !r.SectorsUsable {
		// every unit its own sector: "no sector is a silo" under a
		// headline that said silos cannot be judged (QA of session qa2)
		return T(lang, "silo.summary.noSectors")
	}
	c := count(r.Groups, metrics.GroupSector)
	if c.judged == 0 {
		// none tested (at person level, every sector withheld for
		// privacy): nothing is said of any sector
		if GroupsWithheld(r, metrics.GroupSector) {
			return T(lang, "brief.noSilosWithheld")
		}
		return T(lang, "brief.noSilosNoneJudged")
	}
	if r.SectorsUsable && c.judged > 0 && thin(c) {
		if c.unjudged == 0 {
			// thin for judging too few (one sector, the others withheld
			// or never in groups.csv): "0 other sectors could not be
			// tested" said nothing true (QA of session 30)
			if c.inward {
				return T(lang, "brief.noSilosFewShown", c.judged, MinSectorsJudged)
			}
			return T(lang, "brief.noSilosFew", c.judged, MinSectorsJudged)
		}
		if c.inward {
			return T(lang, "brief.noSilosThinShown", c.judged, c.unjudged)
		}
		return T(lang, "brief.noSilosThin", c.judged, c.unjudged)
	}
	if SilosUntold(r) {
		floor := silo.SmallestAdjustedP(c.family, r.Permutations[metrics.GroupSector])
		return T(lang, "brief.noSilosUntold", Int(lang, int64(r.Permutations[metrics.GroupSector])),
			sig3(lang, floor), Decimal(lang, strconv.FormatFloat(r.Options.Thresholds().AlphaValue(), 'f', -1, 64)))
	}
	withheld := GroupsWithheld(r, metrics.GroupSector)
	switch {
	case c.inward && withheld:
		return T(lang, "brief.noSilosShownOfShown")
	case c.inward:
		// some sector keeps more inside than random mixing, within
		// chance: as the headline above, none is shown to be a silo
		return T(lang, "brief.noSilosShown")
	case withheld:
		// of the sectors shown only: a silo may be among those withheld
		return T(lang, "brief.noSilosOfShown")
	}
	return T(lang, "brief.noSilos")
}

// SilosUntold reports whether r's sectors were judged but no sector silo
// was found by a test too short to find one: no sector is a silo and the
// smallest Holm-adjusted p-value the sector tests could give
// (silo.SmallestAdjustedP) is above alpha. Then "no silo" cannot be said,
// only that it cannot be told.
func SilosUntold(r *metrics.Result) bool {
	if r == nil || !r.SectorsUsable {
		return false
	}
	c := count(r.Groups, metrics.GroupSector)
	// 0 permutations: not recorded (a hand-made result), not too few
	return c.judged > 0 && c.silos == 0 && r.Permutations[metrics.GroupSector] > 0 &&
		silo.SmallestAdjustedP(c.family, r.Permutations[metrics.GroupSector]) > r.Options.Thresholds().AlphaValue()
}

// testedClause is what the tested sectors of r (tallied in c) showed,
// for a headline that cannot grade the whole (too few tested, or others
// withheld for privacy): the silos, named, and the sectors to watch, as
// the briefing's headline says them (thinTested), or, with neither, that
// none is, in the words of the briefing's line (NoSilos): none is shown
// to be when some tested sector keeps more inside than random mixing
// within chance (not found a silo is not shown open).
func testedClause(lang string, c tally, r *metrics.Result) string {
	clause, watch := thinTested(lang, c, sectorSilos(r))
	switch {
	case clause != "":
	case c.inward:
		// "only 1 of 4 sectors could be tested." said nothing of that one
		clause = T(lang, "silo.level.thinNoneShown")
	default: // every tested sector keeps at least as much outside as random mixing
		clause = T(lang, "silo.level.thinNone")
	}
	return clause + watchClause(lang, watch)
}

// SiloLevel is the report's headline: how siloed the organisation is by
// sector, graded by the share of judged sectors that are silos: none
// (every judged sector keeps at least as much outside as random mixing
// would; when some keeps more, within chance, that none is shown to be);
// up to a fifth slightly; up to half moderately; more strongly. The
// grade counts the silos only, so when sectors are on the watch list
// too it says how many of the judged sectors are, and what that means
// (with none a silo, the sentence is about them alone). Without
// usable sectors (r.SectorsUsable), or with no silo found by a test too
// short to reach alpha (silo.SmallestAdjustedP above it), it says that
// this cannot be told; with too few sectors judged (thin: fewer than
// MinSectorsJudged, or fewer than half of the sectors) it says that it
// cannot be told yet, how many of how many sectors could be tested, and
// what those showed (testedClause): the silos (named) and sectors to
// watch among them, or, with neither, that none is one, in NoSilos's
// words (none shown to be, when one keeps more inside within chance).
// With sectors withheld for privacy (GroupsWithheld) it does not grade
// the whole either: it says that it cannot be told from the sectors
// shown, how many of them could be tested, and what those showed.
func SiloLevel(lang string, r *metrics.Result) string {
	if !r.SectorsUsable {
		return T(lang, "silo.level.unknown")
	}
	c := count(r.Groups, metrics.GroupSector)
	if c.judged == 0 { // no sector could be judged: no finding either way
		return T(lang, "silo.level.unknown")
	}
	if thin(c) { // a grade of the whole from a few of its sectors claims too much
		s := T(lang, "silo.level.thin", c.judged, c.judged+c.unjudged)
		if GroupsWithheld(r, metrics.GroupSector) {
			// "only 1 of 1 sectors could be tested" read as if every
			// sector was, two being withheld (QA of session 30)
			s = T(lang, "silo.level.thinWithheld", c.judged, c.judged+c.unjudged)
		}
		// then what the tested ones showed, as the briefing's headline
		// says it: "only 2 of 32 sectors could be tested." stopped there
		// while the briefing above it named the silo among them
		return strings.TrimSuffix(s, ".") + testedClause(lang, c, r) + "."
	}
	if GroupsWithheld(r, metrics.GroupSector) {
		// a grade of the whole from the sectors shown claims what the
		// withheld ones may deny: "No sector reaches the silo threshold"
		// over 3 sectors shown, the two silos of the organisation among
		// those withheld (person level, --min-group 60)
		return T(lang, "silo.level.withheld", c.judged, c.judged+c.unjudged) + testedClause(lang, c, r) + "."
	}
	switch {
	case c.silos == 0 && silo.SmallestAdjustedP(c.family, r.Permutations[metrics.GroupSector]) > r.Options.Thresholds().AlphaValue():
		return T(lang, "silo.level.tooFewPermutations")
	case c.silos == 0 && c.watch > 0:
		// none reaches the silo threshold, but some are significantly
		// more inward than chance: "not siloed" would claim too much
		return T(lang, "silo.level.watchOnly", c.watch, c.judged)
	case c.silos == 0 && c.inward:
		// some sector keeps more inside than random mixing, within
		// chance: that none is siloed is not shown, only that none is
		// shown to be
		return T(lang, "silo.level.noneShown")
	case c.silos == 0:
		return T(lang, "silo.level.none")
	}
	grade := "silo.level.high"
	switch {
	case 5*c.silos <= c.judged:
		grade = "silo.level.low"
	case 2*c.silos <= c.judged:
		grade = "silo.level.moderate"
	}
	if c.watch > 0 {
		// the grade counts silos only: "slightly siloed" over 2 silos
		// and 8 sectors to watch of 10 (person level, a week of the
		// kabupaten) read as if the other eight were open
		return T(lang, "silo.level.plusWatch", strings.TrimSuffix(T(lang, grade), "."), c.watch)
	}
	return T(lang, grade)
}

// InsideFigure is the value of the figure "tie weight inside sectors":
// the share got, against the share random mixing gives, expected (both in
// [0, 1]), each with the fewest decimals that tell them apart; "not
// meaningful" without usable sectors, and "–" without ties. With
// sectorsWithheld (GroupsWithheld) it is not shown at all: over the
// sectors as shown (those withheld as one, "*") it counted ties between
// withheld sectors as inside, and over the real sectors, beside the shown
// sectors' own weights, it told how the ties of "*" were split between
// them.
func InsideFigure(lang string, got, expected float64, sectorsUsable, sectorsWithheld bool) string {
	if sectorsWithheld {
		return T(lang, "silo.inside.withheld")
	}
	if !sectorsUsable {
		return T(lang, "silo.inside.none")
	}
	if math.IsNaN(got) || math.IsNaN(expected) {
		return "–"
	}
	a, b := percentPair(lang, 100*got, 100*expected)
	return T(lang, "silo.inside", a, b)
}

// PermutationsWarning is the warning of a run whose E-I tests of the
// groups of type typ ran perms permutations for a family of family groups,
// so few that the smallest Holm-adjusted p-value they can give,
// silo.SmallestAdjustedP(family, perms), is above alpha/10: it states that
// value and the count silo.PermutationsFor would run. "" when the count
// is enough (or nothing was tested). With withheld (GroupsWithheld),
// family counts the shown groups only and the family holds the withheld
// ones' tests too, by a number not said: the value is then a lower bound
// and the count a least one.
func PermutationsWarning(lang string, typ metrics.GroupType, family, perms int, alpha float64, withheld bool) string {
	floor := silo.SmallestAdjustedP(family, perms)
	if perms <= 0 || math.IsNaN(floor) || floor <= alpha/10 {
		return ""
	}
	_, kinds := groupNouns(lang, typ)
	if withheld {
		return T(lang, "silo.warnPermWithheld", kinds, Int(lang, int64(perms)), sig3(lang, floor), kinds,
			sig3(lang, alpha/10), silo.PermutationsFor(family, alpha))
	}
	return T(lang, "silo.warnPermutations", kinds, Int(lang, int64(perms)), sig3(lang, floor),
		sig3(lang, alpha/10), silo.PermutationsFor(family, alpha))
}

// TrendPermutationsWarning is the warning of a trend whose periods' silo
// tests of the groups of type typ ran perms permutations for a family of
// family groups (change.TestReach, the period that reached least): when
// the smallest adjusted p-value they can give is above alpha, that no
// group of the type can get a verdict in any period, whatever the data;
// when it is only above alpha/10, PermutationsWarning's. "" when the count
// is enough.
func TrendPermutationsWarning(lang string, typ metrics.GroupType, family, perms int, alpha float64) string {
	floor := silo.SmallestAdjustedP(family, perms)
	if perms <= 0 || math.IsNaN(floor) {
		return ""
	}
	if floor > alpha {
		kind, _ := groupNouns(lang, typ)
		return T(lang, "trend.warnNoVerdicts", Int(lang, int64(perms)), sig3(lang, floor),
			Decimal(lang, strconv.FormatFloat(alpha, 'f', -1, 64)), kind, silo.PermutationsFor(family, alpha))
	}
	return PermutationsWarning(lang, typ, family, perms, alpha, false)
}

// Sentence is a warning (lowercase, as stderr writes it) as a sentence of
// a page: its first letter capitalised and a full stop at the end.
func Sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	s = strings.ToUpper(string(r[0])) + string(r[1:])
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// NoSectorsWarning is the warning (stderr and summary.json) of a study
// whose sectors are not usable: why sector verdicts are not given.
func NoSectorsWarning(lang string) string { return T(lang, "silo.warnNoSectors") }

// groupNouns is the singular and plural word for a kind of group.
func groupNouns(lang string, typ metrics.GroupType) (string, string) {
	switch typ {
	case metrics.GroupSector:
		return T(lang, "silo.sector"), T(lang, "silo.sectors")
	case metrics.GroupUnit:
		return T(lang, "silo.unit"), T(lang, "silo.units")
	}
	return T(lang, "silo.community"), T(lang, "silo.communities")
}

// percentPair formats two percents with the fewest decimals, 0 to 2, at
// which they differ (both with the same decimals); equal values get none.
func percentPair(lang string, a, b float64) (string, string) {
	d := 0
	for ; d < 2; d++ {
		if a == b || strconv.FormatFloat(a, 'f', d, 64) != strconv.FormatFloat(b, 'f', d, 64) {
			break
		}
	}
	return fixed(lang, a, d), fixed(lang, b, d)
}

// fixed is x with d decimals in lang's decimal mark.
func fixed(lang string, x float64, d int) string {
	return Decimal(lang, strconv.FormatFloat(x, 'f', d, 64))
}

// sig3 writes x to three significant digits as strconv's 'g' does
// (trailing zeros dropped), but never in exponent form: a floor of 1e-05
// (a strict alpha, or many permutations) read "1e-05" to a reader of the
// warnings.
func sig3(lang string, x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return Decimal(lang, strconv.FormatFloat(x, 'g', 3, 64))
	}
	g := strconv.FormatFloat(x, 'g', 3, 64)
	if !strings.ContainsAny(g, "eE") {
		return Decimal(lang, g)
	}
	v, _ := strconv.ParseFloat(g, 64) // x rounded to three digits
	s := strconv.FormatFloat(v, 'f', -1, 64)
	return Decimal(lang, s)
}

// groupP is a group's adjusted p as a reason gives it; when the
// sequential rule stopped the group's test early (Besag–Clifford), the p
// comes from few shuffles, and the reason says it is a rough estimate
// and from how many (silo.GroupStats.Stopped). When none of the test's
// shuffles gave an E-I index as low as the observed one (silo.AtFloor),
// the p is the smallest those shuffles can show, and the reason gives it
// as a bound, "adjusted p ≤ 0.0025, the smallest 4,400 shuffles can
// show": "adjusted p = 0.002" read as a measured value (and rounded the
// bound 0.0025 down).
//
// When the p is the smallest exact p the group's labels allow
// (silo.AtExactFloor: 1/C(n, n_g), a sector of 2 of 7 units 1/21), no
// number of shuffles could make it smaller (the exact p may be larger,
// so it is not called exact), and the reason says so: a stopped
// test raised to 1/21 read "adjusted p ≈ 0.048, a rough estimate from 601
// shuffles".
func groupP(lang string, g silo.GroupStats) string {
	if silo.AtExactFloor(g) && !math.IsNaN(g.PAdjusted) {
		sets := Int(lang, int64(math.Round(1/g.EIPValue)))
		if math.Abs(g.PAdjusted-g.EIPValue) <= 1e-9*g.EIPValue {
			return T(lang, "silo.pAdjExact", fixed(lang, g.PAdjusted, 3), sets, Int(lang, int64(g.Size)), Int(lang, int64(g.Nodes)))
		}
		return T(lang, "silo.pAdjExactHolm", fixed(lang, g.PAdjusted, 3), sets, Int(lang, int64(g.Size)), Int(lang, int64(g.Nodes)))
	}
	if g.Stopped && !math.IsNaN(g.PAdjusted) {
		return T(lang, "silo.pAdjRough", fixed(lang, g.PAdjusted, 3), Int(lang, int64(g.Permutations)))
	}
	if silo.AtFloor(g) && !math.IsNaN(g.PAdjusted) {
		return T(lang, "silo.pAdjFloor", PBound(lang, g.PAdjusted), Int(lang, int64(g.Permutations)))
	}
	return adjustedP(lang, g.PAdjusted)
}

// PBound is p as the bound "p ≤ …" states it: with at least three
// decimals and at least two significant digits, rounded up so that the
// bound stays true (11/4401 = 0.0024994 is "0.0025", 1/500 "0.002",
// 1/4401 "0.00023"), trailing zeros past the third decimal left out, in
// lang's decimal mark.
func PBound(lang string, p float64) string {
	if math.IsNaN(p) || p <= 0 {
		return fixed(lang, p, 3)
	}
	d := 3
	for ; d < 12 && p*math.Pow10(d) < 10; d++ {
	}
	// the tolerance keeps 1/500 = 0.002000…04 from rounding up to 0.0021
	v := math.Ceil(p*math.Pow10(d)-1e-6) / math.Pow10(d)
	s := strconv.FormatFloat(v, 'f', d, 64)
	for strings.HasSuffix(s, "0") && strings.Index(s, ".")+3 < len(s)-1 {
		s = s[:len(s)-1]
	}
	return Decimal(lang, s)
}

// adjustedP is "adjusted p < 0.001" or "adjusted p = " and three
// decimals (in lang's words).
func adjustedP(lang string, p float64) string {
	if p < 0.001 {
		return T(lang, "silo.pAdjBelow", Decimal(lang, "0.001"))
	}
	return T(lang, "silo.pAdjIs", fixed(lang, p, 3))
}
