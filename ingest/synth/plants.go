package synth

import (
	"fmt"
	"slices"
)

// The evaluators' plants (Options.Pilot, Options.Reorg): what sekat
// compare, trend and evaluate must find.
const (
	// pilotDate is when the pilot starts: its treated sector, a silo
	// until then, opens; its control, the all-year silo, does not.
	pilotDate = "2025-10-01"
	// reorgDate is when a unit is renamed and two units merge.
	reorgDate = changeDate
	// CrosswalkFile is the unit crosswalk Generate writes with Reorg.
	CrosswalkFile = "unit_crosswalk.csv"
)

// pilotPlant is a planted pilot: sector treated is a silo until day and
// open from it on; sector control is a silo all year.
type pilotPlant struct {
	day              int
	treated, control int
}

// reorgPlant is a planted reorganisation on day: unit renamed takes a new
// id, and units merged become one new unit.
type reorgPlant struct {
	day     int
	renamed int
	merged  [2]int
}

// Pilot says what Options.Pilot planted, in truth.json.
type Pilot struct {
	Date         string   `json:"date"`
	Treated      []string `json:"treated"`       // sectors: silos until Date, open from it on
	Control      []string `json:"control"`       // sectors: silos all year
	TreatedUnits []string `json:"treated_units"` // the units of the treated sectors
	ControlUnits []string `json:"control_units"`
}

// Reorg says what Options.Reorg planted, in truth.json.
type Reorg struct {
	Date      string   `json:"date"`
	Renamed   []Rename `json:"renamed"`
	Merged    []Merger `json:"merged"`
	Crosswalk string   `json:"crosswalk"` // the file that lines the old units up with the new
}

// Rename is a unit that takes a new id (and name) on Reorg.Date.
type Rename struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// Merger is units that become one new unit on Reorg.Date.
type Merger struct {
	Old []string `json:"old"`
	New string   `json:"new"`
}

// plantPilot makes the first unused small sector a silo until pilotDate
// (the treated sector) with the all-year silo as its control.
func (s *study) plantPilot() {
	if !s.opt.Pilot || len(s.candidates) == 0 {
		return
	}
	p := &pilotPlant{day: s.cal.dayIndex(2025, 10, 1), treated: s.candidates[0], control: s.always}
	s.candidates = s.candidates[1:]
	s.pilot = p
	s.siloH[0][p.treated], s.siloH[1][p.treated] = true, true
	after := slices.Clone(s.siloH[1])
	after[p.treated] = false
	s.siloH = append(s.siloH, after)
}

// plantReorg picks, from a random stream of its own, a unit to rename and
// two units of one sector to merge, in internal sectors that are never
// silos (and not the pilot's): the merger's sector keeps two units or
// more. It changes nothing the other plants drew.
func (s *study) plantReorg() {
	if !s.opt.Reorg {
		return
	}
	r := newRand(s.opt.Seed, 0x72656f7267) // "reorg"
	bySec := make([][]int, len(s.sectors))
	for i, u := range s.units {
		if u.kind == kindInternal && u.parent == "" && !s.everSilo(u.sec) {
			bySec[u.sec] = append(bySec[u.sec], i)
		}
	}
	var three, two []int
	for sec, us := range bySec {
		if len(us) >= 3 {
			three = append(three, sec)
		}
		if len(us) >= 2 {
			two = append(two, sec)
		}
	}
	if len(three) == 0 || len(two) < 2 {
		return
	}
	mSec := three[r.IntN(len(three))]
	us := slices.Clone(bySec[mSec])
	r.Shuffle(len(us), func(i, j int) { us[i], us[j] = us[j], us[i] })
	p := &reorgPlant{day: s.cal.dayIndex(2025, 7, 1), merged: [2]int{min(us[0], us[1]), max(us[0], us[1])}}
	var others []int
	for _, sec := range two {
		if sec != mSec {
			others = append(others, sec)
		}
	}
	rSec := others[r.IntN(len(others))]
	p.renamed = bySec[rSec][r.IntN(len(bySec[rSec]))]
	s.reorg = p
}

// unitID is the id of unit u on day d: after the reorganisation a renamed
// unit has its new id and a merged unit the id of the merger.
func (s *study) unitID(u, d int) string {
	if p := s.reorg; p != nil && d >= p.day {
		switch u {
		case p.renamed:
			return s.renamedID()
		case p.merged[0], p.merged[1]:
			return s.mergedID()
		}
	}
	return s.units[u].id
}

func (s *study) renamedID() string { return s.units[s.reorg.renamed].id + "_BARU" }

func (s *study) mergedID() string {
	return s.units[s.reorg.merged[0]].id + "_" + s.units[s.reorg.merged[1]].id
}

// extraUnits are the rows the reorganisation adds to the units table:
// the renamed unit's new id and the merger.
func (s *study) extraUnits() [][5]string {
	p := s.reorg
	if p == nil {
		return nil
	}
	rn := s.units[p.renamed]
	a, b := s.units[p.merged[0]], s.units[p.merged[1]]
	return [][5]string{
		{s.renamedID(), rn.name + " (nomenklatur baru)", s.sectors[rn.sec], "", kindInternal},
		{s.mergedID(), a.name + " dan " + b.name, s.sectors[a.sec], "", kindInternal},
	}
}

// reorgDay is the day unit u's id changes, -1 if never.
func (s *study) reorgDay(u int) int {
	if p := s.reorg; p != nil && (u == p.renamed || u == p.merged[0] || u == p.merged[1]) {
		return p.day
	}
	return -1
}

// pilotTruth and reorgTruth describe the plants for truth.json.
func (s *study) pilotTruth() *Pilot {
	p := s.pilot
	if p == nil {
		return nil
	}
	t := &Pilot{Date: pilotDate, Treated: []string{s.sectors[p.treated]}, Control: []string{s.sectors[p.control]}}
	for _, u := range s.units {
		switch u.sec {
		case p.treated:
			t.TreatedUnits = append(t.TreatedUnits, u.id)
		case p.control:
			t.ControlUnits = append(t.ControlUnits, u.id)
		}
	}
	return t
}

func (s *study) reorgTruth() *Reorg {
	p := s.reorg
	if p == nil {
		return nil
	}
	return &Reorg{Date: reorgDate, Crosswalk: CrosswalkFile,
		Renamed: []Rename{{Old: s.units[p.renamed].id, New: s.renamedID()}},
		Merged:  []Merger{{Old: []string{s.units[p.merged[0]].id, s.units[p.merged[1]].id}, New: s.mergedID()}}}
}

// crosswalkCSV is unit_crosswalk.csv for the reorganisation.
func (s *study) crosswalkCSV() []byte {
	t := s.reorgTruth()
	b := []byte("old_unit,new_unit,from,share\n")
	for _, r := range t.Renamed {
		b = fmt.Appendf(b, "%s,%s,%s,1\n", r.Old, r.New, t.Date)
	}
	for _, m := range t.Merged {
		for _, o := range m.Old {
			b = fmt.Appendf(b, "%s,%s,%s,1\n", o, m.New, t.Date)
		}
	}
	return b
}

// burnInDays is the number of working days the generator runs before the
// window with NoChange, writing nothing, so that the reply ring (the
// recent letters that replies answer) is full when the window starts.
// Without it the first weeks differ from the rest of the year: replies
// concentrate on the few letters written so far (the ring fills in about
// 20 working days), which is a change of process the null study must not
// have.
const burnInDays = 40

// burnIn generates burnInDays working days of letters (the first working
// days of the year, replayed) and only remembers them for replies, under
// ids of the year before (SRT-2024-...): the window starts in the
// steady state.
func (g *generator) burnIn(workdays int) {
	n := 0
	for d := 0; d < g.s.cal.days && n < burnInDays; d++ {
		if !g.s.cal.working[d] {
			continue
		}
		n++
		g.today = d
		ls, _, _ := g.day(d, workdays)
		for i := range ls {
			g.nBurn++
			g.remember(fmt.Sprintf("SRT-2024-%07d", g.nBurn), &ls[i])
		}
	}
}
