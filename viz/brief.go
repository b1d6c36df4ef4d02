package viz

import (
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/recommend"
)

// Briefing is what the report's first two pages say beyond the network
// result: the coordination findings of package metrics/coord and the
// recommendations of package recommend, made by the caller. The zero
// value is a briefing without events (a report drawn from an output
// folder): the forum and dataset parts then say they need the study, and
// the refusals come from the network's friction.
type Briefing struct {
	// HasEvents says the study's event logs were read (Forums and
	// Datasets are then the whole truth, even when empty).
	HasEvents bool
	// Units are the units by the index Forum.Organizer, Forum.Units and
	// DatasetFriction.Refuser use (graph.Directory.Units).
	Units    []graph.Node
	Forums   []coord.Forum
	Datasets []coord.DatasetFriction
	Carriers []coord.Carrier
	Recs     []recommend.Rec
	// Options are the thresholds the findings were made with.
	Options coord.Options
}

// briefView is the briefing as the template reads it.
type briefView struct {
	Headline string
	// PersonLevel is silo.summary.personLevel at person level when a
	// sector has a verdict: ties inside a unit count as inside its sector
	// there, so more sectors look inward than at unit level.
	PersonLevel                               template.HTML
	NoSilos                                   string // said when Silos and Watch are empty
	ExplainSilo, ExplainMap, ExplainFriction  string
	ExplainForum, ExplainCarriers, ExplainRec string
	Map                                       template.HTML
	MapIsOverview                             bool
	// MapTitle is the overview's title and key, line by line, written
	// over the map in the page's type (the caption's size in print)
	// rather than in the drawing, where they printed at a size that
	// followed the map's scale; PrintMapTitle is the keyed PrintMap's.
	MapTitle, PrintMapTitle []string
	// PrintMap, when set, is the overview that prints instead of Map:
	// its ovals numbered (keyedSectorOverviewSVG), with MapKey beside it
	// giving each number's sector in full, since Map's names would print
	// under printLegiblePt in the briefing's box (sector names of 60 to
	// 80 characters printed at 4 pt). MapKeyBelow puts the key under the
	// map, when it is taller than the map. MapPrintSmall says when even
	// that map prints under printLegiblePt.
	PrintMap      template.HTML
	MapKey        []mapKeyView
	MapKeyBelow   bool
	MapPrintSmall string
	HasEvents     bool
	Datasets      []string
	NoDatasets    string // said when Datasets is empty
	NoForums      string // said when Forums is empty
	// DatasetsWithheld and ForumsWithheld say, under a list that is
	// shown, that those of withheld groups are left out of it.
	DatasetsWithheld, ForumsWithheld string
	// DatasetsMore says how many refused datasets the list leaves out,
	// and where they all are; "" when it shows them all.
	DatasetsMore string
	Carriers     []string
	Forums       []forumView
	ForumsMore   string
	// Silos and Watch are the groups the briefing names: sectors first,
	// then units (person level), at most briefGroups in all, so that the
	// briefing keeps to two printed pages (the overview map marks every
	// sector); GroupsMore says how many there are.
	Silos, Watch []siloView
	GroupsMore   string
	// VerdictHead, when set, are the heads of the table of VerdictRows,
	// Silos then Watch, a line each (siloView.Cells), which stands in for
	// their boxes; VerdictNote, under it, says what the verdicts mean
	// and where the sentences are.
	VerdictHead []string
	VerdictRows []siloView
	VerdictNote string
	Recs        []recView
	// RecsRest are the recommendations a busy briefing leaves to the
	// summary (each rule's first item stays), RecsMore the line that
	// says so.
	RecsRest      []recView
	RecsMore      string
	RecsRestStart int // the number of RecsRest's first item
	// NameKey gives the name of each unit the second page writes by its
	// label (briefNames), in reading order.
	NameKey []string
}

// busy reports whether the briefing names more than briefFullReasons
// silo and watch-list groups: it then gives them as a table, lists
// briefForumsBusy forums and keeps each rule's first recommendation
// (docs/briefing.md). The three parts ask this one question, so that
// they cannot disagree on what busy is.
func (bv *briefView) busy() bool {
	return len(bv.Silos)+len(bv.Watch) > briefFullReasons
}

type forumView struct {
	Name                      string
	Meetings, Units, FollowUp cell
	// Interval is the follow-up rate's 95% interval, on which the
	// verdict rests.
	Interval             cell
	Verdict, VerdictWord string
}

type recView struct{ Rule, Text string }

// mapKeyView is one line of the key beside the printed overview: the
// number on an oval, its sector's name and count of units (or staff);
// Verdict is "silo", "watch" or "".
type mapKeyView struct {
	Num                  int
	Name, Count, Verdict string
}

// briefForums is how many forums the briefing lists (ceremonial first),
// and briefDatasets how many refused datasets.
const (
	briefForums   = 6
	briefDatasets = 5
	// briefDatasetsBusy is how many refused datasets a busy briefing
	// lists: with five, the person-level briefing of the kabupaten
	// (--seed 11) ran two lines onto a third page.
	briefDatasetsBusy = 3
	// briefGroups is how many silo and watch-list groups the briefing
	// names: at person level units have verdicts too, and the kabupaten's
	// 46 groups with a verdict ran the briefing onto five pages (ten
	// sectors alone onto three).
	briefGroups = 8
	// briefFullReasons is how many silo and watch-list groups the
	// briefing names with their full reasons; past it, the watch-list
	// groups get their reason in a few words (i18n.WatchReasonShort).
	briefFullReasons = 4
	// briefForumsBusy is how many forums a briefing that names more than
	// briefFullReasons groups lists: with six, a kabupaten's briefing at
	// person level ran onto a third page.
	briefForumsBusy = 3
	// briefCeremonial is how many ceremonial forums get their own R5
	// recommendation in the briefing; the others are counted in one line.
	// A province's 43 ceremonial forums ran the briefing onto four pages.
	briefCeremonial = 3
)

// unitName is the display name of unit index u of b.Units: its name, else
// its id.
func (b *Briefing) unitName(u int32) string {
	if u < 0 || int(u) >= len(b.Units) {
		return ""
	}
	if n := b.Units[u].Name; n != "" {
		return n
	}
	return b.Units[u].ID
}

// briefLongName is the length, in characters, past which the briefing's
// second page writes a unit by its label, the key under it giving the
// name ("DPMPTSP: Dinas Penanaman Modal dan Pelayanan Terpadu Satu
// Pintu"): about a third of one of its printed lines. A province's names
// of 70 to 90 characters, each written in full wherever it came (the
// organiser of five forums in the forum table, on two lines each, the
// provider in three recommendations), ran the printed briefing onto a
// third page.
const briefLongName = 40

// briefNames writes the units of the briefing's second page: a unit
// with a long name is written by its label (the short name the maps
// write, units.short_name, or its id), and a key under the
// recommendations gives each label's name. The texts are made with a
// mark in place of such a unit (briefNames.unit), and resolve replaces
// the marks in reading order, so that the key lists the units in the
// order they are first read.
type briefNames struct {
	b     *Briefing
	seen  map[int]bool
	order []int32 // the units of the key, in reading order
	// labels counts the units of each label: a short name two units
	// share names neither
	labels map[string]int
}

// briefMark is the mark unit writes for unit i: i between two NULs; a
// mark in a title or a dataset's name that names no unit with a label is
// left as it is.
var briefMark = regexp.MustCompile("\x00([0-9]+)\x00")

// unit is b.unitName(u), or a mark for resolve when the name is long
// and the unit has a label less than half as long.
func (n *briefNames) unit(u int32) string {
	if n.label(u) != "" {
		return "\x00" + strconv.Itoa(int(u)) + "\x00"
	}
	return n.b.unitName(u)
}

// unitByID is unit for the unit with id id (id itself when unknown).
func (n *briefNames) unitByID(id string) string {
	for i := range n.b.Units {
		if n.b.Units[i].ID == id {
			return n.unit(int32(i))
		}
	}
	return id
}

// label is the label briefNames writes for unit u, or "" when its name
// is written in full: the name is longer than briefLongName, and the
// label less than half as long and no other unit's.
func (n *briefNames) label(u int32) string {
	if u < 0 || int(u) >= len(n.b.Units) {
		return ""
	}
	if n.labels == nil {
		n.labels = map[string]int{}
		for i := range n.b.Units {
			n.labels[idLabel(&n.b.Units[i])]++
		}
	}
	nd := &n.b.Units[u]
	name := utf8.RuneCountInString(nd.Name)
	l := idLabel(nd)
	if name <= briefLongName || l == "" || 2*utf8.RuneCountInString(l) >= name || n.labels[l] > 1 {
		return ""
	}
	return l
}

// resolve replaces the marks of each text, in order, by the unit's
// label, and adds the unit to the key at its first mark.
func (n *briefNames) resolve(texts ...*string) {
	if n.seen == nil {
		n.seen = map[int]bool{}
	}
	for _, s := range texts {
		if !strings.Contains(*s, "\x00") {
			continue
		}
		*s = briefMark.ReplaceAllStringFunc(*s, func(m string) string {
			u, _ := strconv.Atoi(strings.Trim(m, "\x00"))
			if n.label(int32(u)) == "" {
				return m
			}
			if !n.seen[u] {
				n.seen[u] = true
				n.order = append(n.order, int32(u))
			}
			return n.label(int32(u))
		})
	}
}

// full replaces the marks of s by the units' names in full, for a text
// printed outside the briefing (the recommendations a busy briefing
// leaves to the summary), where its key is not read: resolved by label,
// they put units into the key that the briefing never names (BPKAD under
// generate --seed 11's briefing at person level, SATPOLPP_R008 under the
// province's) and wrote labels in the summary that no key beside it
// explains.
func (n *briefNames) full(s *string) {
	*s = briefMark.ReplaceAllStringFunc(*s, func(m string) string {
		u, _ := strconv.Atoi(strings.Trim(m, "\x00"))
		if n.label(int32(u)) == "" {
			return m
		}
		return n.b.unitName(int32(u))
	})
}

// key is the key of the labels written, in reading order: "label: name".
func (n *briefNames) key(code string) []string {
	var k []string
	for _, u := range n.order {
		k = append(k, i18n.T(code, "brief.nameKeyItem", n.label(u), n.b.unitName(u)))
	}
	return k
}

// forumName is the display name of forum i ("" for -1).
func (b *Briefing) forumName(code string, i int) string {
	if i < 0 || i >= len(b.Forums) {
		return ""
	}
	f := b.Forums[i]
	return i18n.ForumName(code, b.unitName(f.Organizer), f.Title)
}

func (b *Briefing) forumView(code string, i int) forumView {
	f := b.Forums[i]
	below := b.Options.Values().CeremonialBelow
	fu, iv := cell{Text: "–"}, cell{Text: "–"}
	if f.Pairs > 0 {
		fu = cell{Text: i18n.ForumFollowUp(code, f.FollowedUp, f.Pairs, below), Sort: strconv.FormatFloat(f.Rate, 'g', -1, 64)}
		lo, hi := coord.ClopperPearson(f.FollowedUp, f.Pairs, coord.Confidence)
		iv = cell{Text: i18n.FollowUpInterval(code, lo, hi, below), Sort: strconv.FormatFloat(hi, 'g', -1, 64)}
	}
	return forumView{Name: b.forumName(code, i), Meetings: cell{Text: i18n.ForumMeetings(code, f.Meetings, f.Judged), Sort: strconv.Itoa(f.Meetings)},
		Units: intCell(int64(len(f.Units)), code), FollowUp: fu, Interval: iv, Verdict: string(f.Verdict),
		VerdictWord: i18n.ForumVerdict(code, f.Verdict)}
}

// brief fills the briefing of the view: the headline, the explanations,
// the refused datasets, the carriers, the forums and the recommendations.
func brief(v *view, r *metrics.Result, b *Briefing, code string) {
	o := b.Options.Values()
	bv := &briefView{HasEvents: b.HasEvents}
	// no sector holds two units (no sector column): R7 asks for the
	// sectors, in the briefing and on the method page
	noSectors := !r.SectorsUsable && r.Net != nil && r.Net.Level == graph.UnitLevel
	// Sectors before units, silos before the watch list within each.
	for _, unit := range []bool{false, true} {
		for _, l := range []struct {
			from []siloView
			to   *[]siloView
		}{{v.Silos, &bv.Silos}, {v.Watch, &bv.Watch}} {
			for _, g := range l.from {
				if g.unit == unit && len(bv.Silos)+len(bv.Watch) < briefGroups {
					*l.to = append(*l.to, g)
				}
			}
		}
	}
	if bv.busy() {
		// the silos and the watch list as a table, a line a group: at
		// person level a kabupaten's three silos and five sectors on the
		// watch list, in boxes of three lines each, filled the briefing's
		// second page and its recommendations ran onto a third; the
		// summary and silos.csv give the sentences
		th := r.Options.Thresholds()
		bv.VerdictHead = strings.Split(i18n.T(code, "brief.watchHead"), "|")
		bv.VerdictRows = append(append([]siloView(nil), bv.Silos...), bv.Watch...)
		bv.VerdictNote = i18n.T(code, "brief.watchShort", fmtFloat(th.HomophilyValue(), 2, code), fmtFloat(th.AlphaValue(), 2, code))
	}
	if all := len(v.Silos) + len(v.Watch); all > len(bv.Silos)+len(bv.Watch) {
		bv.GroupsMore = i18n.T(code, "brief.groupsMore", i18n.Int(code, int64(len(bv.Silos)+len(bv.Watch))), i18n.Int(code, int64(all)))
	}
	bv.Headline = i18n.BriefHeadline(code, r, b.Forums)
	if r.Net != nil && r.Net.Level == graph.PersonLevel {
		for _, g := range r.Groups {
			if g.Type == metrics.GroupSector && (g.Verdict == silo.Silo || g.Verdict == silo.Watch) {
				bv.PersonLevel = keepTogether(i18n.PersonLevelCaveat(code), i18n.PersonLevelFlag)
				break
			}
		}
	}
	bv.NoSilos = i18n.NoSilos(code, r)
	var weights graph.LayerWeights
	if r.Net != nil {
		weights = r.Net.Weights
	}
	bv.ExplainSilo = i18n.SiloExplainLayers(code, r.Options.Thresholds(), r.Net != nil && r.Net.Level == graph.PersonLevel, weights)
	bv.ExplainMap = i18n.T(code, "brief.explain.map")
	if layers, some := i18n.CountedLayers(code, weights); some {
		bv.ExplainMap = i18n.T(code, "brief.explain.map.layers", layers)
	}
	if l := silosUntoldLines(r, code); l != nil {
		bv.ExplainMap += " " + l[0]
	}
	bv.ExplainFriction = i18n.T(code, "brief.explain.friction")
	bv.ExplainForum = i18n.T(code, "brief.explain.forum", o.FollowUpDays, o.MinMeetings, i18n.Percent(code, o.CeremonialBelow, 0))
	bv.ExplainCarriers = i18n.T(code, "brief.explain.carriers", i18n.Percent(code, o.CarrierShare, 0), fmtFloat(o.CarrierMinWeight, 0, code))
	bv.ExplainRec = i18n.T(code, "brief.explain.recs")
	// no refusal among the decided cross-sector requests, or no such
	// request at all (no data_sharing table): not the same finding
	bv.NoDatasets = i18n.T(code, "brief.noDatasets")
	// At person level the findings that name a withheld sector or unit
	// are left out (cmd/sekat newAnalysis): with none left, "no request
	// was decided" and "no meeting series" were untrue when every one
	// was withheld (analyze --level person --min-group 200).
	withheld := i18n.GroupsWithheld(r, metrics.GroupUnit)
	names := &briefNames{b: b}
	if len(b.Datasets) == 0 {
		bv.NoDatasets = i18n.T(code, "brief.noRequests")
	}
	bv.NoForums = i18n.T(code, "brief.noForums")
	if withheld && hasLayer(r, graph.Meetings) {
		bv.NoForums = i18n.T(code, "brief.noForumsWithheld")
	}
	maxDatasets, refused := briefDatasets, 0
	if bv.busy() {
		maxDatasets = briefDatasetsBusy
	}
	named := map[string]bool{} // the datasets refused, whatever the sectors
	for _, d := range b.Datasets {
		if d.Denied == 0 {
			continue
		}
		named[d.Dataset] = true
		if refused++; len(bv.Datasets) < maxDatasets {
			bv.Datasets = append(bv.Datasets, i18n.DatasetLine(code, d, names.unit))
		}
	}
	if refused > len(bv.Datasets) {
		// the list stopped at its first five without a word
		bv.DatasetsMore = i18n.T(code, "brief.datasetsMore", i18n.Int(code, int64(len(bv.Datasets))), i18n.Int(code, int64(refused)))
		if len(named) < refused {
			// a line is a dataset between one pair of sectors: "5 of the
			// 48 refused datasets" of the kabupaten (seed 301) were 48
			// lines of 29 datasets
			bv.DatasetsMore = i18n.T(code, "brief.datasetsMorePairs", i18n.Int(code, int64(len(bv.Datasets))), i18n.Int(code, int64(refused)), i18n.Int(code, int64(len(named))))
		}
	}
	if len(bv.Datasets) == 0 && withheld && hasRequests(r) {
		// none of the requests shown was refused, or none is shown: the
		// withheld ones may hold refusals
		bv.NoDatasets = i18n.T(code, "brief.noRequestsWithheld")
	}
	if withheld {
		// the list read as the datasets most refused: at --min-group 25
		// on the kabupaten preset it showed four refusals of one each
		// under a headline of 104, and 4 forums of 80, none of them the
		// ceremonial one
		bv.DatasetsWithheld = i18n.T(code, "brief.datasetsWithheld")
		bv.ForumsWithheld = i18n.T(code, "brief.forumsWithheld")
	}
	for _, c := range b.Carriers {
		other := c.SectorB
		if c.Sector == c.SectorB {
			other = c.SectorA
		}
		held, of := i18n.CarrierWeights(code, c.Share, c.Weight)
		bv.Carriers = append(bv.Carriers, i18n.T(code, "brief.carrier", c.Sector, other, names.unitByID(c.Unit), i18n.Percent(code, c.Share, 0), held, of))
	}
	// Forums: the ceremonial first, then the most frequent.
	var order []int
	for i, f := range b.Forums {
		if f.Verdict == coord.Ceremonial {
			order = append(order, i)
		}
	}
	for i, f := range b.Forums {
		if f.Verdict != coord.Ceremonial {
			order = append(order, i)
		}
	}
	maxForums := briefForums
	if bv.busy() {
		maxForums = briefForumsBusy
	}
	for _, i := range order {
		if len(bv.Forums) == maxForums {
			break
		}
		fv := b.forumView(code, i)
		fv.Name = i18n.ForumName(code, names.unit(b.Forums[i].Organizer), b.Forums[i].Title)
		bv.Forums = append(bv.Forums, fv)
	}
	if len(b.Forums) > len(bv.Forums) {
		// what the table leaves out, by verdict: the headline counts the
		// judged forums, so "6 of 36" alone left a reader looking for the
		// forums not clear yet that the headline named
		var left [4]int
		for _, i := range order[len(bv.Forums):] {
			switch b.Forums[i].Verdict {
			case coord.Ceremonial:
				left[0]++
			case coord.Active:
				left[1]++
			case coord.Unclear:
				left[2]++
			default:
				left[3]++
			}
		}
		bv.ForumsMore = i18n.ForumsMore(code, len(bv.Forums), len(b.Forums), left, o.MinMeetings)
	}
	for i := range b.Forums {
		v.Forums = append(v.Forums, b.forumView(code, i))
	}
	// R5 for the first briefCeremonial ceremonial forums, then one line
	// counting the others, where their recommendations would have been
	ceremonial, after := 0, -1
	for _, grp := range briefRecGroups(b.Recs) {
		rec := grp[0]
		if rec.Rule == recommend.ForumFollowUp {
			if ceremonial++; ceremonial > briefCeremonial {
				continue
			}
			after = len(bv.Recs) + 1
		}
		forum := ""
		if rec.Forum >= 0 && rec.Forum < len(b.Forums) {
			f := b.Forums[rec.Forum]
			forum = i18n.ForumRef(code, names.unit(f.Organizer), f.Title)
		}
		text := i18n.Recommendation(code, rec, names.unitByID, forum, b.Options)
		if len(grp) > 1 {
			text = i18n.RecommendationGroup(code, rec.Rule, recClauses(b, grp, names, code))
		}
		switch silos := siloCount(r); {
		case rec.Rule != recommend.Rerun:
		case silos == 0 && noSectors:
			// "compare ... to see whether any sector has become more
			// closed" where no sector holds two units (Zachary's karate
			// club as letters between members, no sector column): no run
			// can show that, so R7 asks for the sectors instead
			text = i18n.T(code, "rec.R7.noSectors")
		case silos == 0:
			// "to see whether the steps above opened the silos" on a
			// study with no silo, where R7 was often the only item
			text = i18n.T(code, "rec.R7.noSilos")
		case silos == 1: // "opened the silos" of the demo's one silo
			text = i18n.T(code, "rec.R7.oneSilo")
		}
		bv.Recs = append(bv.Recs, recView{Rule: string(rec.Rule), Text: text})
	}
	if ceremonial > briefCeremonial {
		more := recView{Rule: string(recommend.ForumFollowUp), Text: i18n.T(code, "brief.ceremonialMore",
			i18n.Int(code, int64(ceremonial-briefCeremonial)), i18n.Int(code, int64(ceremonial)))}
		bv.Recs = append(bv.Recs[:after], append([]recView{more}, bv.Recs[after:]...)...)
	}
	if bv.busy() {
		// a busy briefing (many groups with a verdict, as at person
		// level) keeps the first item of each rule; the others are listed
		// in the summary, and a line says which and where
		var keep, rest []recView
		seen := map[string]bool{}
		for _, rv := range bv.Recs {
			if seen[rv.Rule] {
				rest = append(rest, rv)
				continue
			}
			seen[rv.Rule] = true
			keep = append(keep, rv)
		}
		if len(rest) > 0 {
			var rules []string
			for _, rv := range rest {
				if len(rules) == 0 || rules[len(rules)-1] != rv.Rule {
					rules = append(rules, rv.Rule)
				}
			}
			bv.Recs, bv.RecsRest, bv.RecsRestStart = keep, rest, len(keep)+1
			key := "brief.recsMore"
			if len(rules) > 1 {
				// "by rules R1 and R6": "by rule R1 and R6" under a
				// person-level briefing
				key = "brief.recsMoreRules"
			}
			bv.RecsMore = i18n.T(code, key, i18n.Int(code, int64(len(rest))), i18n.Join(code, rules))
		}
	}
	// the marks in reading order: the datasets, the carriers, the forum
	// table and the recommendations
	for i := range bv.Datasets {
		names.resolve(&bv.Datasets[i])
	}
	for i := range bv.Carriers {
		names.resolve(&bv.Carriers[i])
	}
	for i := range bv.Forums {
		names.resolve(&bv.Forums[i].Name)
	}
	for i := range bv.Recs {
		names.resolve(&bv.Recs[i].Text)
	}
	for i := range bv.RecsRest {
		// printed in the summary, out of the key's reach: in full
		names.full(&bv.RecsRest[i].Text)
	}
	bv.NameKey = names.key(code)
	v.Brief = bv
	for _, rule := range recommend.Rules {
		text := i18n.RuleText(code, rule, b.Options)
		if rule == recommend.Rerun && noSectors {
			// the method page states R7 as the briefing applies it (a
			// statement of both cases made the kabupaten report's
			// print a page longer)
			text = i18n.T(code, "rule.R7.noSectors")
		}
		v.Rules = append(v.Rules, [2]string{string(rule), text})
	}
	nodeMap := i18n.T(code, "viz.mapRule.unit")
	if r.Net.Level == graph.PersonLevel {
		nodeMap = i18n.T(code, "viz.mapRule.person")
	}
	v.MapRules = []string{i18n.T(code, "viz.mapRule.overview"), nodeMap, i18n.T(code, "viz.mapRule.heat")}
	if len(v.Layers) > 0 {
		v.MapRules = append(v.MapRules, i18n.T(code, "viz.mapRule.layers"))
	}
	p := func(k, val string) { v.Params = append(v.Params, param{k, keepTogether(val)}) }
	p(i18n.T(code, "viz.param.forumRule"), i18n.T(code, "viz.param.forumRuleValue", o.FollowUpDays, o.MinMeetings, i18n.Percent(code, o.CeremonialBelow, 0)))
	p(i18n.T(code, "viz.param.carrierRule"), i18n.T(code, "viz.param.carrierRuleValue", i18n.Percent(code, o.CarrierShare, 0), fmtFloat(o.CarrierMinWeight, 0, code)))
}

// briefRecGroups are the briefing's items: the R2 recommendations make
// one item, and so do the R3, at the place of the first; every other
// recommendation is an item of its own. Their sentences differ only in
// the sectors and the forum: at person level a kabupaten's seven sectors
// on the watch list made seven R3 items, word for word the same but for
// the name, and with its three silos' R2 ran the briefing onto a third
// page.
func briefRecGroups(recs []recommend.Rec) [][]recommend.Rec {
	var out [][]recommend.Rec
	at := map[recommend.Rule]int{} // index in out
	for _, rec := range recs {
		if rec.Rule == recommend.SiloJointWork || rec.Rule == recommend.WatchReport {
			if i, ok := at[rec.Rule]; ok {
				out[i] = append(out[i], rec)
				continue
			}
			at[rec.Rule] = len(out)
		}
		out = append(out, []recommend.Rec{rec})
	}
	return out
}

// recClauses are the clauses of a grouped item: its sectors by partner
// and forum, in the order of their first. Two silos each the other's
// strongest partner, whose meeting is in one forum, are one joint
// meeting: the second is left out, its pair named by the first ("sector
// faksi_hi with sector faksi_officer; sector faksi_officer with sector
// faksi_hi" named one meeting twice on Zachary's karate club with its
// factions as sectors).
func recClauses(b *Briefing, grp []recommend.Rec, names *briefNames, code string) []i18n.RecClause {
	var out []i18n.RecClause
	at := map[[2]string]int{}
	named := map[[3]string]bool{} // group, partner, forum
	for _, rec := range grp {
		f := strconv.Itoa(rec.Forum)
		if rec.Partner != "" {
			if named[[3]string{rec.Partner, rec.Group, f}] {
				continue
			}
			named[[3]string{rec.Group, rec.Partner, f}] = true
		}
		k := [2]string{rec.Partner, f}
		if i, ok := at[k]; ok {
			out[i].Groups = append(out[i].Groups, rec.Group)
			continue
		}
		at[k] = len(out)
		forum := ""
		if rec.Forum >= 0 && rec.Forum < len(b.Forums) {
			f := b.Forums[rec.Forum]
			forum = i18n.ForumRef(code, names.unit(f.Organizer), f.Title)
		}
		out = append(out, i18n.RecClause{Groups: []string{rec.Group}, Partner: rec.Partner, Forum: forum})
	}
	return out
}

// siloCount is how many groups of r, sectors and units, are silos.
func siloCount(r *metrics.Result) int {
	n := 0
	for i := range r.Groups {
		if r.Groups[i].Verdict == silo.Silo {
			n++
		}
	}
	return n
}
