package people

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/broker"
)

// movers makes a window of eight one-week blocks with four units in three
// sectors and 40 people, half of whom change unit inside the window, and
// random letters, meetings and data sharing between them. It returns the
// window's person network, the directory and the slices' sums.
func movers(t *testing.T, seed uint64) (*graph.Network, *graph.Directory, *graph.BlockNetworks, []graph.Window) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	const week = 7 * 24 * 3600
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	var bounds []int64
	for i := range 9 {
		bounds = append(bounds, from+int64(i)*week)
	}
	units := []graph.Node{{ID: "A", Sector: "x"}, {ID: "B", Sector: "x"}, {ID: "C", Sector: "y"}, {ID: "D", Sector: "z"}}
	var spells []graph.Spell
	for p := range 40 {
		id := fmt.Sprintf("p%02d", p)
		u := units[rng.IntN(len(units))].ID
		if p%2 == 0 {
			spells = append(spells, graph.Spell{Person: id, Unit: u})
			continue
		}
		cut := from + rng.Int64N(8*week)
		spells = append(spells, graph.Spell{Person: id, Unit: u, To: cut},
			graph.Spell{Person: id, Unit: units[rng.IntN(len(units))].ID, From: cut})
	}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder(dir, true)
	b.SetBlocks(graph.Blocks{Bounds: bounds})
	ref := func(at int64) graph.Ref {
		p := int32(rng.IntN(40))
		u, _ := dir.UnitAt(p, at)
		return graph.Ref{Unit: u, Person: p}
	}
	for range 1500 {
		at := from + rng.Int64N(8*week)
		b.At(at)
		switch rng.IntN(3) {
		case 0:
			b.Message(ref(at), []graph.Ref{ref(at), ref(at)})
		case 1:
			b.Meeting([]graph.Ref{ref(at), ref(at), ref(at), ref(at)})
		default:
			b.Share(ref(at), ref(at), graph.Granted)
		}
	}
	win := graph.Window{From: bounds[0], To: bounds[8]}
	wins := make([]graph.Window, 8)
	for i := range wins {
		wins[i] = graph.Window{From: bounds[i], To: bounds[i+1]}
	}
	return b.Network(graph.PersonLevel, win, graph.LayerWeights{}), dir, b.BlockNetworks(graph.PersonLevel), wins
}

// countingSource makes each slice anew when asked, counts the asks and
// fails at slice fail (-1: never).
type countingSource struct {
	nets  *graph.BlockNetworks
	wins  []graph.Window
	asked []int
	fail  int
}

var errSlice = errors.New("slice unavailable")

func (s *countingSource) Len() int { return len(s.wins) }

func (s *countingSource) Slice(i int) (Slice, error) {
	s.asked[i]++
	if i == s.fail {
		return Slice{}, errSlice
	}
	return Slice{Window: s.wins[i], Month: i / 4, Net: s.nets.Network(i, s.wins[i], graph.LayerWeights{})}, nil
}

// TestFacilitatorsSliceSource: Facilitators gives the same result with
// slices made on demand (each asked for at most three times: scoring, and
// the two passes of the spells' roles) as with the slices all made
// before; each shown mover's spell roles equal broker.NodeRoles on the
// full network of the spell's slices (what spellRoles computed before it
// cut each spell's network to the person's neighbourhood); an error of
// the source is returned.
func TestFacilitatorsSliceSource(t *testing.T) {
	opt := Options{Listed: 40, SetSize: 5, Bootstrap: 20, Permutations: 10, Seed: 3}
	for seed := range uint64(5) {
		n, dir, nets, wins := movers(t, seed)
		list := sliceList(nets, wins)
		want, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
		if err != nil {
			t.Fatal(err)
		}
		src := &countingSource{nets: nets, wins: wins, asked: make([]int, len(wins)), fail: -1}
		got, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: src}, opt)
		if err != nil {
			t.Fatal(err)
		}
		// %v writes every float in full (NaN, of people not listed, too)
		if g, w := fmt.Sprintf("%+v %+v %+v %v", got.People, got.Pairs, got.Set, got.Sectors), fmt.Sprintf("%+v %+v %+v %v", want.People, want.Pairs, want.Set, want.Sectors); g != w {
			t.Errorf("seed %d: slices made on demand changed the result", seed)
		}
		for i, k := range src.asked {
			if k < 1 || k > 3 {
				t.Errorf("seed %d: slice %d asked for %d times, want 1 to 3", seed, i, k)
			}
		}
		// Spell roles against the full network of the spell's slices.
		lab := make([]int32, len(n.Nodes))
		sec := map[string]int32{}
		for i, s := range got.Sectors {
			sec[s] = int32(i)
		}
		for i := range n.Nodes {
			lab[i] = sec[n.Nodes[i].Sector]
		}
		checked := 0
		for _, i := range got.Shown() {
			p := &got.People[i]
			if len(p.Spells) < 2 {
				continue
			}
			for _, sp := range p.Spells {
				var arcs []graph.Arc
				for si := sp.First; si <= sp.Last; si++ {
					sn := list[si].Net
					for _, e := range sn.Edges {
						a, ok1 := n.NodeIndex(sn.Nodes[e.From].ID)
						b, ok2 := n.NodeIndex(sn.Nodes[e.To].ID)
						if e.Weight > 0 && ok1 && ok2 {
							arcs = append(arcs, graph.Arc{U: a, V: b, W: e.Weight})
						}
					}
				}
				l2 := append([]int32(nil), lab...)
				l2[p.Node] = sec[sp.Sector]
				roles, err := broker.NodeRoles(graph.NewCSR(len(n.Nodes), arcs, false), l2, int(p.Node))
				if err != nil {
					t.Fatal(err)
				}
				if sp.Roles != roles {
					t.Errorf("seed %d: %s spell %s: roles %v, want %v", seed, n.Nodes[p.Node].ID, sp.Unit, sp.Roles, roles)
				}
				checked++
			}
		}
		if checked == 0 {
			t.Errorf("seed %d: no mover shown: the case tests too little", seed)
		}
		for _, fail := range []int{0, len(wins) - 1} {
			bad := &countingSource{nets: nets, wins: wins, asked: make([]int, len(wins)), fail: fail}
			if _, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: bad}, opt); !errors.Is(err, errSlice) {
				t.Errorf("seed %d: slice %d failing: %v, want errSlice", seed, fail, err)
			}
		}
	}
}

// TestSliceWindowsWeeks: slices cut by a month start share their week's
// number; a new number starts on each Monday. 2025 touches 53 Monday
// weeks (from Monday 30 December 2024 to Monday 29 December 2025).
func TestSliceWindowsWeeks(t *testing.T) {
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("WIB", 7*3600)} {
		t.Run(loc.String(), func(t *testing.T) {
			from := time.Date(2025, 1, 1, 0, 0, 0, 0, loc).Unix()
			to := time.Date(2026, 1, 1, 0, 0, 0, 0, loc).Unix()
			wins, _, weeks := SliceWindows(graph.Window{From: from, To: to}, loc)
			if len(weeks) != len(wins) {
				t.Fatalf("got %d week numbers for %d slices", len(weeks), len(wins))
			}
			if got := weeks[len(weeks)-1] + 1; got != 53 {
				t.Errorf("got %d weeks, want 53 (for %d slices)", got, len(wins))
			}
			for i := 1; i < len(wins); i++ {
				monday := time.Unix(wins[i].From, 0).In(loc).Weekday() == time.Monday
				if step := weeks[i] - weeks[i-1]; monday && step != 1 || !monday && step != 0 {
					t.Errorf("slice %d from %s: week %d after %d", i, time.Unix(wins[i].From, 0).In(loc), weeks[i], weeks[i-1])
				}
			}
		})
	}
}

// TestSetCoverableOnlyWhatThePoolCarries: coverable counts the sector
// pairs someone who may be chosen carries. Three pairs exist; the only
// person carrying the third is filtered out (Passes false), so the set can
// cover two, and covering both twice covers all that is coverable.
func TestSetCoverableOnlyWhatThePoolCarries(t *testing.T) {
	nodes := []graph.Node{{ID: "a", Unit: "U1", Kind: graph.KindPerson}, {ID: "b", Unit: "U2", Kind: graph.KindPerson},
		{ID: "c", Unit: "U3", Kind: graph.KindPerson}}
	r := &Result{Net: &graph.Network{Nodes: nodes}, Pairs: make([]Pair, 3), Informal: []int{0, 1, 2},
		People: []Person{{Node: 0, Passes: true, pairs: []uint64{0b011}}, {Node: 1, Passes: true, pairs: []uint64{0b011}},
			{Node: 2, Passes: false, pairs: []uint64{0b100}}}}
	r.Options.SetSize, r.Options.Redundancy, r.Options.PerOPD = 2, 2, 2
	if err := r.chooseSet(nil); err != nil {
		t.Fatal(err)
	}
	if r.Coverable != 2 {
		t.Errorf("got coverable %d, want 2 (the third pair's only carrier is filtered out)", r.Coverable)
	}
	if last := r.Set[len(r.Set)-1]; last.Redundant != r.Coverable {
		t.Errorf("got %d of %d covered twice, want all", last.Redundant, r.Coverable)
	}
}

// TestSetMembersHaveRankIntervals: a member of the set ranked below the
// listed people is shown with its rank, so it gets the bootstrap interval
// too (it had none: a rank of 72 stood without its uncertainty beside the
// intervals of the listed); the listed people's intervals do not depend
// on who else is tracked.
func TestSetMembersHaveRankIntervals(t *testing.T) {
	for seed := range uint64(3) {
		n, dir, nets, wins := movers(t, seed)
		list := sliceList(nets, wins)
		run := func(setSize int) *Result {
			opt := Options{Listed: 2, SetSize: setSize, PerOPD: 1, Bootstrap: 50, Permutations: 2, Seed: 5}
			r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		got, alone := run(6), run(1)
		below := 0
		for _, pk := range got.Set {
			p := &got.People[pk.Person]
			if p.Rank <= 2 {
				continue
			}
			below++
			if p.RankLo < 1 || p.RankHi < p.RankLo {
				t.Errorf("seed %d: set member of rank %d has interval %d–%d, want one", seed, p.Rank, p.RankLo, p.RankHi)
			}
		}
		if below == 0 {
			t.Errorf("seed %d: no member of the set below the listed: the case tests too little", seed)
		}
		for _, i := range alone.listed() {
			a, b := &alone.People[i], &got.People[i]
			if a.RankLo != b.RankLo || a.RankHi != b.RankHi {
				t.Errorf("seed %d: listed rank %d: interval %d–%d with the set tracked, %d–%d without", seed, a.Rank, b.RankLo, b.RankHi, a.RankLo, a.RankHi)
			}
		}
	}
}

// TestTiesFollowTieKey: people of equal cross-sector weight and reach are
// ranked in the order of Options.TieKey (sekat's keyed pseudonym), not of
// their ids: two tied rows of one unit stood in the order of their NIPs,
// which begin with the birth date.
func TestTiesFollowTieKey(t *testing.T) {
	const week = 7 * 24 * 3600
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	spells := []graph.Spell{{Person: "19700101", Unit: "A"}, {Person: "19900101", Unit: "A"}, {Person: "q", Unit: "C"}}
	b, dir, ref, bounds := weeklyStudy(t, spells, from, 8)
	for w := range 8 {
		at := from + int64(w)*week + 3600
		b.At(at)
		for _, id := range []string{"19700101", "19900101"} {
			b.Message(ref(id, at), []graph.Ref{ref("q", at)})
		}
	}
	win := graph.Window{From: bounds[0], To: bounds[8]}
	n := b.Network(graph.PersonLevel, win, graph.LayerWeights{})
	nets := b.BlockNetworks(graph.PersonLevel)
	list := make(SliceList, 8)
	for i := range list {
		w := graph.Window{From: bounds[i], To: bounds[i+1]}
		list[i] = Slice{Window: w, Month: 0, Week: i, Net: nets.Network(i, w, graph.LayerWeights{})}
	}
	rank := func(tie func(string) string) map[string]int {
		r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list},
			Options{Bootstrap: 10, Permutations: 2, Seed: 1, TieKey: tie})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, p := range r.People {
			out[n.Nodes[p.Node].ID] = p.Rank
		}
		return out
	}
	// q, tied to both, ranks first; the two tied people are 2 and 3
	byID := rank(nil)
	if byID["19700101"] != 2 || byID["19900101"] != 3 {
		t.Fatalf("without a tie key: ranks %v, want the two tied people 2 and 3 by id", byID)
	}
	reversed := map[string]string{"19700101": "b", "19900101": "a", "q": "c"}
	got := rank(func(id string) string { return reversed[id] })
	if got["19900101"] != 2 || got["19700101"] != 3 {
		t.Errorf("tie key puts 19900101 first: ranks %v, want 19900101 2 and 19700101 3", got)
	}
}

// TestSetOPDThroughReorganisation: the cap per OPD takes a unit whose OPD
// was renamed as the OPD it became. A UPTD of DISPUSIP (parent_id still
// DISPUSIP after the rename) and DISPUSIP_BARU are one OPD once the study
// declares the rename: with --per-opd 1 the set holds one of their people,
// not two. Before, the rename gave the old OPD's UPTDs a cap of their own.
func TestSetOPDThroughReorganisation(t *testing.T) {
	units := []graph.Node{{ID: "DISPUSIP", Sector: "x"}, {ID: "DISPUSIP_R001", Sector: "x", Parent: "DISPUSIP"},
		{ID: "DISPUSIP_BARU", Sector: "x"}, {ID: "LAIN", Sector: "y"}}
	spells := []graph.Spell{{Person: "a", Unit: "DISPUSIP_R001"}, {Person: "b", Unit: "DISPUSIP_BARU"}, {Person: "c", Unit: "LAIN"}}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []Reorganisation{nil, reorg{"DISPUSIP": {"DISPUSIP_BARU"}}} {
		nodes := []graph.Node{{ID: "a", Unit: "DISPUSIP_R001", Kind: graph.KindPerson}, {ID: "b", Unit: "DISPUSIP_BARU", Kind: graph.KindPerson},
			{ID: "c", Unit: "LAIN", Kind: graph.KindPerson}}
		// a and b carry the same two pairs, c a third: a second carrier of
		// the two gains more than c
		r := &Result{Net: &graph.Network{Nodes: nodes}, Pairs: make([]Pair, 3), Informal: []int{0, 1, 2},
			People: []Person{{Node: 0, Passes: true, pairs: []uint64{0b011}, Score: 3}, {Node: 1, Passes: true, pairs: []uint64{0b011}, Score: 2},
				{Node: 2, Passes: true, pairs: []uint64{0b100}, Score: 1}}}
		r.Options.SetSize, r.Options.Redundancy, r.Options.PerOPD, r.Options.Reorg = 2, 2, 1, re
		if err := r.chooseSet(dir); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, pk := range r.Set {
			got = append(got, nodes[r.People[pk.Person].Node].ID)
		}
		want := []string{"a", "b"}
		if re != nil {
			want = []string{"a", "c"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("reorganisation %v: set %v, want %v", re, got, want)
		}
	}
}

// TestReachAtMostOtherSectors: reach counts the sectors other than the
// row's (the person's node's), so no one, a mover across sectors
// included, reaches more than the number of sectors less one. A mover of
// a hand-made study (kesehatan to pendidikan on 1 July, writing to both
// before and after) stood as "menjangkau 5 dari 4 sektor lain": the
// weight to their own sector from the spell before counted, and beside a
// pseudonym told of a move that no spell row shows.
func TestReachAtMostOtherSectors(t *testing.T) {
	opt := Options{Listed: 40, SetSize: 3, Bootstrap: 10, Permutations: 2, Seed: 1, ReachWeight: 1}
	crossMovers := 0
	for seed := range uint64(5) {
		r := moversResult(t, seed, opt)
		others := len(r.Sectors) - 1
		for i := range r.People {
			p := &r.People[i]
			row := r.Net.Nodes[p.Node].Sector
			want := 0
			for s, w := range p.reachW {
				if r.Sectors[s] != row && w >= opt.ReachWeight {
					want++
				}
			}
			if p.Reach > others || p.Reach != want {
				t.Errorf("seed %d: %s of sector %s: reach %d, want %d (of %d other sectors)", seed, r.Net.Nodes[p.Node].ID, row, p.Reach, want, others)
			}
			for _, sp := range p.Spells {
				if sp.Sector != row && p.reachW[slices.Index(r.Sectors, row)] >= opt.ReachWeight {
					crossMovers++
					break
				}
			}
		}
	}
	if crossMovers == 0 {
		t.Error("no mover across sectors reached the sector of their row: the case tests too little")
	}
}

// TestPairsWithoutNamesAsReachGives: without names (PseudonymousMinGroup
// above 0) everyone carries reach*(reach+1)/2 sector pairs, as anyone who
// stayed in one unit does: the row's sector with each sector reached, and
// every two of those. The one listed mover of sekat generate --seed 3
// --scale 0.05 --move-facilitator carried 19 pairs for a reach of 5,
// which told, beside a pseudonym, of the move that no row shows. With
// names the pairs of each spell count, and some mover's differ.
func TestPairsWithoutNamesAsReachGives(t *testing.T) {
	differ := 0
	for seed := range uint64(5) {
		n, dir, nets, wins := movers(t, seed)
		list := sliceList(nets, wins)
		for _, k := range []int{5, 0} {
			opt := Options{Listed: 40, SetSize: 3, Bootstrap: 10, Permutations: 2, Seed: 1, ReachWeight: 2, PseudonymousMinGroup: k}
			r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
			if err != nil {
				t.Fatal(err)
			}
			for i := range r.People {
				p := &r.People[i]
				if want := p.Reach * (p.Reach + 1) / 2; p.Pairs != want {
					if k == 0 {
						differ++
						continue
					}
					t.Errorf("seed %d: %s (%d spells): %d sector pairs for a reach of %d, want %d", seed, n.Nodes[p.Node].ID, len(p.Spells), p.Pairs, p.Reach, want)
				}
			}
		}
	}
	if differ == 0 {
		t.Error("with names no mover carries pairs other than reach gives: the case tests too little")
	}
}

// sliceList is the slices of nets over wins, four to a month.
func sliceList(nets *graph.BlockNetworks, wins []graph.Window) SliceList {
	list := make(SliceList, len(wins))
	for i := range wins {
		list[i] = Slice{Window: wins[i], Month: i / 4, Net: nets.Network(i, wins[i], graph.LayerWeights{})}
	}
	return list
}

// moversResult is Facilitators with opt on movers(seed), its slices
// made before.
func moversResult(t *testing.T, seed uint64, opt Options) *Result {
	t.Helper()
	n, dir, nets, wins := movers(t, seed)
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: sliceList(nets, wins)}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
