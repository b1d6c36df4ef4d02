package recommend

import (
	"math"
	"sort"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Rule is the id of a recommendation rule (see the package doc).
type Rule string

// The rules, in the order the briefing lists their recommendations.
const (
	SiloRefusesData Rule = "R1"
	SiloJointWork   Rule = "R2"
	WatchReport     Rule = "R3"
	PairFacilitator Rule = "R4"
	ForumFollowUp   Rule = "R5"
	DataAgreement   Rule = "R6"
	Rerun           Rule = "R7"
)

// Rules lists every rule in order.
var Rules = []Rule{SiloRefusesData, SiloJointWork, WatchReport, PairFacilitator, ForumFollowUp, DataAgreement, Rerun}

// Thresholds of rule R6.
const (
	DatasetMinRequests = 10
	DatasetMinDenied   = 0.5
	DatasetMax         = 3
)

// Rec is one recommendation: its rule and the names the sentence needs.
// Fields a rule does not use are empty (Forum -1).
type Rec struct {
	Rule Rule
	// Group is the silo or watched group (R1-R3), the carrier's sector
	// (R4), the provider sector (R6).
	Group string
	// Partner is the other sector: the silo's strongest outside partner
	// (R2), the other sector of the pair (R4), the consumer sector (R6),
	// the sector whose requests were refused (R1).
	Partner string
	// Unit is the id of the refusing provider unit (R1, R6) or of the
	// carrier (R4).
	Unit string
	// Also are the ids of the other provider units that refused as many
	// as Unit (R1, R6), so that a tie is named in full.
	Also []string
	// Dataset is the refused dataset (R1, R6).
	Dataset string
	// Forum is the index into Input.Forums of the forum the
	// recommendation names (R1-R3, R5), or -1.
	Forum int
	// Count of Total: denied of requested (R1, R6), followed-up of
	// pairs (R5); Share: the carrier's share (R4).
	Count, Total int64
	Share        float64
	// Weight is the sector pair's tie weight (R4); the carrier holds
	// Share of it.
	Weight float64
	// UnitCount is how many of the Count refusals Unit made, and each of
	// Also as many (R1, R6); 0 when not known.
	UnitCount int64
	// Meetings is the number of judged meetings whose pairs Total counts
	// (R5): each pair of attending units is counted once per meeting.
	Meetings int64
}

// Input is what the rules read. Result is required; the rest may be
// empty (a report drawn from an output folder has no events).
type Input struct {
	Result   *metrics.Result
	Units    []graph.Node // the units, by the index EventLog and Forum use
	Forums   []coord.Forum
	Datasets []coord.DatasetFriction
	Carriers []coord.Carrier
}

// Make applies the rules to in and returns the recommendations in rule
// order, each rule's in the order of its findings.
func Make(in Input) []Rec {
	r := in.Result
	var out []Rec
	if r == nil {
		return []Rec{{Rule: Rerun, Forum: -1}}
	}
	named := map[[3]string]bool{} // dataset, provider sector, consumer sector named by R1
	var joint []Rec
	var watch []Rec
	for _, gi := range r.Silos {
		g := r.Groups[gi]
		if g.Type != metrics.GroupSector {
			// R1-R3 are about sectors (docs/briefing.md); at person level
			// units get verdicts too, and "Minta sektor DISNAKER" named a
			// unit a sector.
			continue
		}
		switch g.Verdict {
		case silo.Silo:
			var forumOf int32 = -1
			if g.DeniedToOthers > 0 {
				if d, ok := topRefused(in, g.Name); ok {
					out = append(out, Rec{Rule: SiloRefusesData, Group: g.Name, Partner: d.ConsumerSector, Unit: unitID(in, d.Refuser), Also: tiedIDs(in, d),
						Dataset: d.Dataset, Forum: agenda(in, d.Refuser), Count: d.Denied, Total: d.Requests, UnitCount: d.RefuserDenied})
					named[[3]string{d.Dataset, d.ProviderSector, d.ConsumerSector}] = true
					forumOf = d.Refuser
				}
			}
			f := agenda(in, forumOf)
			if forumOf < 0 {
				f = agenda(in, firstMember(in, g))
			}
			joint = append(joint, Rec{Rule: SiloJointWork, Group: g.Name, Partner: strongestPartner(r, g), Forum: f})
		case silo.Watch:
			watch = append(watch, Rec{Rule: WatchReport, Group: g.Name, Forum: agenda(in, firstMember(in, g))})
		}
	}
	out = append(out, joint...)
	out = append(out, watch...)
	for _, c := range in.Carriers {
		other := c.SectorB
		if c.Sector == c.SectorB {
			other = c.SectorA
		}
		out = append(out, Rec{Rule: PairFacilitator, Group: c.Sector, Partner: other, Unit: c.Unit, Share: c.Share, Weight: c.Weight, Forum: -1})
	}
	for i, f := range in.Forums {
		if f.Verdict == coord.Ceremonial {
			out = append(out, Rec{Rule: ForumFollowUp, Forum: i, Count: f.FollowedUp, Total: f.Pairs, Meetings: int64(f.Judged)})
		}
	}
	n := 0
	for _, d := range in.Datasets {
		if n == DatasetMax {
			break
		}
		if d.Requests < DatasetMinRequests || float64(d.Denied) < DatasetMinDenied*float64(d.Requests) ||
			named[[3]string{d.Dataset, d.ProviderSector, d.ConsumerSector}] {
			continue
		}
		out = append(out, Rec{Rule: DataAgreement, Group: d.ProviderSector, Partner: d.ConsumerSector, Unit: unitID(in, d.Refuser), Also: tiedIDs(in, d),
			Dataset: d.Dataset, Forum: -1, Count: d.Denied, Total: d.Requests, UnitCount: d.RefuserDenied})
		n++
	}
	return append(out, Rec{Rule: Rerun, Forum: -1})
}

// topRefused is the dataset friction with the most denials whose provider
// sector is sector (ties: the order of Datasets).
func topRefused(in Input, sector string) (coord.DatasetFriction, bool) {
	for _, d := range in.Datasets {
		if d.ProviderSector == sector && d.Denied > 0 && d.Refuser >= 0 {
			return d, true
		}
	}
	return coord.DatasetFriction{}, false
}

func unitID(in Input, u int32) string {
	if u >= 0 && int(u) < len(in.Units) {
		return in.Units[u].ID
	}
	return ""
}

// tiedIDs are the ids of d's top refusers other than d.Refuser.
func tiedIDs(in Input, d coord.DatasetFriction) []string {
	var out []string
	for _, u := range d.TopRefusers {
		if u != d.Refuser {
			out = append(out, unitID(in, u))
		}
	}
	return out
}

// firstMember is the index in Units of the group's first member unit (-1
// when unknown).
func firstMember(in Input, g metrics.Group) int32 {
	net := in.Result.Net
	for _, m := range g.Members {
		if int(m) >= len(net.Nodes) {
			continue
		}
		id := net.Nodes[m].ID
		if net.Level == graph.PersonLevel {
			id = net.Nodes[m].Unit
		}
		for i := range in.Units {
			if in.Units[i].ID == id {
				return int32(i)
			}
		}
	}
	return -1
}

// agenda picks the forum for unit u's agenda: among the forums that are
// not ceremonial, those u attends (all of them when u attends none, or u
// is -1), one organised by a coordinator first, then the one with most
// meetings. -1 without forums.
func agenda(in Input, u int32) int {
	best, bestScore := -1, [3]int{}
	for pass := 0; pass < 2 && best < 0; pass++ {
		for i, f := range in.Forums {
			if f.Verdict == coord.Ceremonial {
				continue
			}
			attends := false
			for _, x := range f.Units {
				attends = attends || x == u
			}
			if pass == 0 && !attends {
				continue
			}
			coordOrg := 0
			if f.Organizer >= 0 && int(f.Organizer) < len(in.Units) && in.Units[f.Organizer].Kind == graph.KindCoordinator {
				coordOrg = 1
			}
			active := 0
			if f.Verdict == coord.Active {
				active = 1
			}
			s := [3]int{active, coordOrg, f.Meetings}
			if best < 0 || s[0] > bestScore[0] || s[0] == bestScore[0] && (s[1] > bestScore[1] || s[1] == bestScore[1] && s[2] > bestScore[2]) {
				best, bestScore = i, s
			}
		}
	}
	return best
}

// strongestPartner is the sector group g shares most tie weight with,
// outside itself ("" when none): the sum of w over edges between g's
// members and that sector's, coordinators and external units left out.
func strongestPartner(r *metrics.Result, g metrics.Group) string {
	net := r.Net
	in := make(map[int32]bool, len(g.Members))
	for _, m := range g.Members {
		in[m] = true
	}
	w := map[string]float64{}
	for _, e := range net.Edges {
		a, b := in[e.From], in[e.To]
		if a == b || !(e.Weight > 0) {
			continue
		}
		o := e.To
		if b {
			o = e.From
		}
		nd := &net.Nodes[o]
		if nd.UnitKind != graph.KindInternal || nd.Sector == g.Name {
			continue
		}
		w[nd.Sector] += e.Weight
	}
	names := make([]string, 0, len(w))
	for s := range w {
		names = append(names, s)
	}
	sort.Strings(names)
	best, bw := "", math.Inf(-1)
	for _, s := range names {
		if w[s] > bw {
			best, bw = s, w[s]
		}
	}
	return best
}
