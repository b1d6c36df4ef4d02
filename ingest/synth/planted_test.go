package synth

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// plantedStats recomputes, from the written CSV rows alone, the quantities
// the planted structure promises. Weights follow CONTRACT.md "Layers":
// a letter adds 1 from the sender's unit to each distinct other unit among
// recipients and cc; a meeting adds 1/(|A|-1) to each pair of its distinct
// attendee units; a granted data-sharing event adds 1. People are resolved
// to the unit of the spell covering the event day. The person level is the
// same with persons (and ids that name a unit) as nodes.
type plantedStats struct {
	n           int                   // units
	size        map[string]int        // units per sector
	inside, all [2]map[string]float64 // per half: sector -> I, and I+E
	// person level, per half: person -> sector of the neighbour -> weight
	personSec [2]map[string]map[string]float64
	// whole year: person -> distinct sectors of everyone they dealt with
	contacted  map[string]map[string]bool
	unitSector map[string]string
}

func computePlanted(t *testing.T, dir string) *plantedStats {
	t.Helper()
	st := &plantedStats{size: map[string]int{}, unitSector: map[string]string{}, contacted: map[string]map[string]bool{}}
	for h := range 2 {
		st.inside[h], st.all[h] = map[string]float64{}, map[string]float64{}
		st.personSec[h] = map[string]map[string]float64{}
	}
	for _, r := range readTable(t, dir, TableUnits, Format{})[1:] {
		st.unitSector[r[0]] = r[2]
		st.size[r[2]]++
		st.n++
	}
	type spell struct{ from, to, unit string }
	spells := map[string][]spell{}
	for _, r := range readTable(t, dir, TablePeople, Format{})[1:] {
		from, to := r[4], r[5]
		if from == "" {
			from = "0000-00-00"
		}
		if to == "" {
			to = "9999-99-99"
		}
		spells[r[0]] = append(spells[r[0]], spell{from, to, r[1]})
	}
	unitOf := func(id, day string) string {
		if _, ok := st.unitSector[id]; ok {
			return id
		}
		for _, s := range spells[id] {
			if s.from <= day && day <= s.to {
				return s.unit
			}
		}
		t.Fatalf("%s has no spell on %s", id, day)
		return ""
	}
	half := func(ts string) int {
		if ts[:10] < changeDate {
			return 0
		}
		return 1
	}
	addUnits := func(h int, a, b string, w float64) {
		if a == b {
			return
		}
		sa, sb := st.unitSector[a], st.unitSector[b]
		st.all[h][sa] += w
		st.all[h][sb] += w
		if sa == sb {
			st.inside[h][sa] += w
		}
	}
	addPeople := func(h int, day, a, b string, w float64) {
		if a == b {
			return
		}
		sa, sb := st.unitSector[unitOf(a, day)], st.unitSector[unitOf(b, day)]
		for _, x := range [][2]string{{a, sb}, {b, sa}} {
			m := st.personSec[h][x[0]]
			if m == nil {
				m = map[string]float64{}
				st.personSec[h][x[0]] = m
			}
			m[x[1]] += w
			c := st.contacted[x[0]]
			if c == nil {
				c = map[string]bool{}
				st.contacted[x[0]] = c
			}
			c[x[1]] = true
		}
	}
	for _, r := range readTable(t, dir, TableCorrespondence, Format{})[1:] {
		h, day := half(r[1]), r[1][:10]
		var rec []string
		for _, x := range slices.Concat(strings.Split(r[3], ";"), strings.Split(r[4], ";")) {
			if x != "" && !slices.Contains(rec, x) {
				rec = append(rec, x)
			}
		}
		su := unitOf(r[2], day)
		var units []string
		for _, x := range rec {
			if u := unitOf(x, day); u != su && !slices.Contains(units, u) {
				units = append(units, u)
			}
			addPeople(h, day, r[2], x, 1)
		}
		for _, u := range units {
			addUnits(h, su, u, 1)
		}
	}
	type meet struct {
		start string
		att   []string
	}
	var order []string
	meets := map[string]*meet{}
	for _, r := range readTable(t, dir, TableMeetings, Format{})[1:] {
		m := meets[r[0]]
		if m == nil {
			m = &meet{start: r[1]}
			meets[r[0]] = m
			order = append(order, r[0])
		}
		m.att = append(m.att, r[2])
	}
	for _, id := range order {
		m := meets[id]
		h, day := half(m.start), m.start[:10]
		var units []string
		for _, a := range m.att {
			if u := unitOf(a, day); !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
		for i := range units {
			for j := i + 1; j < len(units); j++ {
				addUnits(h, units[i], units[j], 1/float64(len(units)-1))
			}
		}
		for i := range m.att {
			for j := i + 1; j < len(m.att); j++ {
				addPeople(h, day, m.att[i], m.att[j], 1/float64(len(m.att)-1))
			}
		}
	}
	for _, r := range readTable(t, dir, TableDataSharing, Format{})[1:] {
		if r[4] != "granted" {
			continue
		}
		h, day := half(r[0]), r[0][:10]
		addUnits(h, unitOf(r[1], day), unitOf(r[2], day), 1)
		addPeople(h, day, r[1], r[2], 1)
	}
	return st
}

// share returns I/(I+E) of sector g in half h. all counts an inside tie at
// both ends and an outside tie at one end, so all = 2I + E.
func (st *plantedStats) share(h int, g string) float64 {
	i, all := st.inside[h][g], st.all[h][g]
	e := all - 2*i
	if i+e == 0 {
		return 0
	}
	return i / (i + e)
}

// participation is 1 - sum_c (k_c/k)^2 over the sectors of p's neighbours.
func participation(m map[string]float64) float64 {
	k := 0.0
	for _, v := range m {
		k += v
	}
	if k == 0 {
		return 0
	}
	p := 1.0
	for _, v := range m {
		p -= (v / k) * (v / k)
	}
	return p
}

// TestPlantedStructure generates the kabupaten study at full scale for
// three seeds and checks, from the rows alone, that
//   - each planted silo keeps >= 70% of its tie weight inside in its half,
//     and every other sector (coordinators and DPRD included) keeps no
//     more than random mixing would, (n_g-1)/(n-1);
//   - each facilitator dealt with more distinct sectors over the year than
//     any ordinary staff member (not a head, secretary or kabid);
//   - in each half, every facilitator's participation over sectors exceeds
//     that of every other person in an internal unit, leaders included.
func TestPlantedStructure(t *testing.T) {
	if testing.Short() {
		t.Skip("full-scale kabupaten studies: several seconds")
	}
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			opt := Options{Seed: seed}
			dir := t.TempDir()
			truth, err := Generate(dir, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(truth.SilosH1) == 0 || len(truth.SilosH2) == 0 || len(truth.Facilitators) == 0 {
				t.Fatalf("truth.json plants %d and %d silos and %d facilitators: nothing to check", len(truth.SilosH1), len(truth.SilosH2), len(truth.Facilitators))
			}
			st := computePlanted(t, dir)
			for h, silos := range [][]string{truth.SilosH1, truth.SilosH2} {
				for _, g := range truth.Sectors {
					got := st.share(h, g)
					random := float64(st.size[g]-1) / float64(st.n-1)
					if slices.Contains(silos, g) {
						t.Logf("half %d: silo %-13s inside share %.3f", h+1, g, got)
						if got < 0.7 {
							t.Errorf("half %d: silo %s keeps %.3f of its weight inside, want >= 0.7", h+1, g, got)
						}
					} else if got > random {
						t.Errorf("half %d: sector %s keeps %.3f inside, more than random mixing %.3f", h+1, g, got, random)
					}
				}
			}

			// White box: the study of the same options knows the roles.
			s, err := newStudy(mustNormalize(t, opt))
			if err != nil {
				t.Fatal(err)
			}
			facs := map[string]bool{}
			for _, f := range truth.Facilitators {
				facs[f.Person] = true
			}
			minFac, maxStaff, who := 1<<30, 0, ""
			for i, p := range s.people {
				id := s.ids[i]
				n := len(st.contacted[id])
				switch {
				case facs[id]:
					minFac = min(minFac, n)
				case p.role == roleStaff && s.units[p.unit].kind == kindInternal && n > maxStaff:
					maxStaff, who = n, id
				}
			}
			t.Logf("distinct sectors contacted: facilitators >= %d, ordinary staff <= %d (%s)", minFac, maxStaff, who)
			if minFac <= maxStaff {
				t.Errorf("a facilitator contacted %d sectors, ordinary staff %s %d", minFac, who, maxStaff)
			}
			for h := range 2 {
				minP, maxP, who := 2.0, -1.0, ""
				for i, p := range s.people {
					id := s.ids[i]
					v := participation(st.personSec[h][id])
					switch {
					case facs[id]:
						minP = min(minP, v)
					case s.units[p.unit].kind == kindInternal && v > maxP:
						maxP, who = v, id
					}
				}
				t.Logf("half %d participation: facilitators >= %.4f, best other %.4f (%s)", h+1, minP, maxP, who)
				if minP <= maxP {
					t.Errorf("half %d: facilitator participation %.4f <= %.4f of %s", h+1, minP, maxP, who)
				}
			}
		})
	}
}

func mustNormalize(t *testing.T, opt Options) Options {
	t.Helper()
	opt, err := opt.normalize()
	if err != nil {
		t.Fatal(err)
	}
	return opt
}
