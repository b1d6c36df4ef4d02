package synth

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Roles of a person inside a unit.
const (
	roleHead   uint8 = iota // kepala dinas / badan, camat, direktur
	roleSecond              // sekretaris
	roleKabid               // kepala bidang, kepala bagian, kepala seksi
	roleStaff               // functional and administrative staff
)

// Affinities: the expected tie strength between two units, per pair, by
// their sectors. Letters, meetings and data-sharing requests pick their
// partner unit with probability proportional to affinity × the partner's
// size weight, so the planted mixing is exactly these numbers.
const (
	affSiloInside  = 40.0 // two units of one sector while it is a silo
	affSiloOutside = 0.05 // a silo unit and an internal unit of another sector
	affSiloCoord   = 0.3  // a silo unit and a coordinator
	affOwnSector   = 0.5  // two units of one non-silo sector: slightly avoided
	affBase        = 1.0  // internal units of different non-silo sectors
	affCoord       = 3.0  // a coordinator and any non-silo unit
	affCoordCoord  = 1.0  // two coordinators
	affDPRDCoord   = 2.0  // DPRD and a coordinator
	affDPRDContact = 0.3  // DPRD and a unit of the sector it oversees most
)

// siloActBoost multiplies the cross-unit activity of a unit while its
// sector is a silo: a silo is busy with itself.
const siloActBoost = 1.5

// Data-sharing outcomes, by whether the provider's sector is a silo at the
// time and the consumer is outside it.
const (
	siloDenied, siloPending = 0.75, 0.10 // the rest is granted
	openDenied, openPending = 0.07, 0.08
)

// unit is one unit of the study.
type unit struct {
	id, name, parent, kind string
	sec                    int     // sector index
	size                   float64 // catalogue weight
	act, recv              float64 // propensity to send and to be chosen as a partner
	people                 int     // head count at the start
	head, second           int32   // person indexes
	kabid                  []int32
	staff                  []int32 // staff with a spell in this unit, permanent first
	permanent              int     // staff[:permanent] never leave
}

// person is one staff member. Names are derived from the seed and the
// index when written; see personName.
type person struct {
	unit    int32 // unit of the first spell
	unit2   int32 // unit after the mutasi, -1 if none
	moveDay int32 // day index (from the window start) of the move
	role    uint8
	bidang  int16 // index into the unit's kabid list
	pos     uint16
	pos2    uint16
	fac     int16 // facilitator index, -1 if none
}

// study is everything generated before the logs: units, people and the
// planted structure.
type study struct {
	opt      Options
	cal      calendar
	sectors  []string
	units    []unit
	people   []person
	ids      []string // person ids
	pos      []string // position vocabulary
	posIndex map[string]uint16

	// siloH[h][sector] says whether sector is a silo in phase h: phase 0
	// before the change date, 1 from it on (until the pilot date, with a
	// pilot), 2 from the pilot date on (see phase).
	siloH [][]bool
	// plants are the evaluators' plants (Options.Pilot, Options.Reorg).
	pilot *pilotPlant
	reorg *reorgPlant
	facs  []int32 // facilitator person indexes
	// facContacts[f] are the persons facilitator f writes to and meets.
	facContacts [][]int32
	coords      []int // unit indexes of coordinators
	movers      []int32

	// cumAff[h][sector] is the running sum over units v of
	// affinity(sector, sector(v), h) × recv(v): the partner distribution.
	cumAff [][][]float64
	// cumFac is the running sum of the facilitators' contact counts: a
	// facilitator is chosen in proportion to its contacts, so every
	// contact of every facilitator gets the same share of their letters.
	cumFac []float64
	// cumAct[h] is the running sum of act over units (senders of
	// cross-unit events) in half h, silo units boosted by siloActBoost;
	// cumSize of head counts (senders of internal events).
	cumAct  [][]float64
	cumSize []float64

	letters, meetings, shares int // yearly targets

	hostile bool
	// candidates are the internal sectors small enough to be silos that
	// plantSilos did not use, in its random order; always is the sector
	// that is a silo all year.
	candidates []int
	always     int
	forums     *forumPlan // Options.Forums
}

// maxPeople bounds the head count (person ids P0000001..P9999999 in the
// larger presets, and memory).
const maxPeople = 5_000_000

// newRand returns a PCG generator for one stream of the seed.
func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// presetSize gives the head count, the letters per year and how many times
// the catalogue is replicated (regions) for a preset at scale 1.
func presetSize(preset string) (people, letters, regions int) {
	switch preset {
	case PresetProvinsi:
		return 50_000, 2_000_000, 10
	case PresetNasional:
		return 1_000_000, 10_500_000, 128 // the daily draws land within about 1% of the target; at least 10M
	default:
		return 3_000, 90_000, 1
	}
}

// newStudy builds units, people and the planted structure.
func newStudy(opt Options) (*study, error) {
	r := newRand(opt.Seed, 0x73656b6174) // "sekat"
	s := &study{opt: opt, cal: newCalendar(), posIndex: map[string]uint16{}}
	s.hostile = opt.Preset == PresetHostile
	s.sectors = append(slices.Clone(internalSectors), sectorCoord, sectorExternal)

	nPeople, nLetters, regions := presetSize(opt.Preset)
	s.letters = max(200, int(math.Round(float64(nLetters)*opt.Scale)))
	s.meetings = max(20, s.letters/30)
	s.shares = max(20, s.letters/18)
	targetPeople := max(1, int(math.Round(float64(nPeople)*opt.Scale)))
	if targetPeople > maxPeople {
		return nil, fmt.Errorf("%w: scale %v gives %d people, more than %d; lower the scale", ErrOptions, opt.Scale, targetPeople, maxPeople)
	}

	s.buildUnits(regions)
	s.buildPeople(r, targetPeople)
	s.plantSilos(r)
	s.plantPilot()
	s.plantFacilitators(r)
	s.plantMutasi(r)
	s.plantReorg()
	if opt.MoveFacilitator {
		s.plantFacilitatorMove()
	}
	s.buildSamplers()
	return s, nil
}

// buildUnits replicates the catalogue over regions. Region 0 keeps the
// catalogue ids; in the provinsi preset the others are UPTD branches whose
// parent is the region-0 unit, in the nasional preset they are satker.
func (s *study) buildUnits(regions int) {
	secIdx := func(name string) int { return slices.Index(s.sectors, name) }
	for reg := range regions {
		for ci, c := range catalogue {
			u := unit{id: c.id, name: c.name, kind: c.kind, sec: secIdx(c.sector), size: c.size}
			if reg > 0 {
				u.id = fmt.Sprintf("%s_R%03d", c.id, reg)
				if s.opt.Preset == PresetProvinsi {
					u.name = fmt.Sprintf("UPTD %s Wilayah %d", c.name, reg)
					u.parent = c.id
				} else {
					u.name = fmt.Sprintf("%s Satker %d", c.name, reg)
				}
			}
			if s.hostile {
				// Every third unit gets a hostile name, cycling through the list.
				if ci%3 == 1 {
					h := hostileTexts[(ci/3)%len(hostileTexts)]
					u.name = h + " " + u.name
				}
			}
			s.units = append(s.units, u)
		}
	}
	for i := range s.units {
		u := &s.units[i]
		u.act, u.recv = math.Sqrt(u.size), math.Sqrt(u.size)
		switch u.kind {
		case kindCoordinator:
			u.act *= 2.5
			s.coords = append(s.coords, i)
		case kindExternal:
			u.act *= 0.3
		}
	}
}

// position interns a position name.
func (s *study) position(name string) uint16 {
	if i, ok := s.posIndex[name]; ok {
		return i
	}
	i := uint16(len(s.pos))
	s.pos = append(s.pos, name)
	s.posIndex[name] = i
	return i
}

// buildPeople gives every unit a head, a second, some kabid and staff, in
// proportion to the catalogue sizes (at least 6 people a unit).
func (s *study) buildPeople(r *rand.Rand, target int) {
	total := 0.0
	for _, u := range s.units {
		total += u.size
	}
	nip := map[string]bool{}
	for ui := range s.units {
		u := &s.units[ui]
		c := catalogue[ui%len(catalogue)]
		n := max(6, int(math.Round(float64(target)*u.size/total)))
		u.people = n
		start := int32(len(s.people))
		nKabid := min(6, max(1, int(math.Round(float64(n)/35))))
		add := func(role uint8, pos string) int32 {
			i := int32(len(s.people))
			p := person{unit: int32(ui), unit2: -1, moveDay: -1, role: role, pos: s.position(pos), fac: -1}
			p.pos2 = p.pos
			s.people = append(s.people, p)
			s.ids = append(s.ids, s.newID(r, u, i-start, nip))
			return i
		}
		u.head = add(roleHead, c.head)
		u.second = add(roleSecond, c.second)
		for k := range nKabid {
			pos := kabidPositions[k%len(kabidPositions)]
			switch {
			case c.id == "SETDA":
				pos = setdaKabag[k%len(setdaKabag)]
			case c.id == "DPRD":
				pos = "Wakil Ketua DPRD"
			case strings.HasPrefix(c.id, "KEC_"):
				pos = kecamatanKasi[k%len(kecamatanKasi)]
			}
			u.kabid = append(u.kabid, add(roleKabid, pos))
		}
		for k := range n - 2 - nKabid {
			var pos string
			switch {
			case c.id == "DPRD":
				pos = dprdPositions[r.IntN(len(dprdPositions))]
			case c.sector == "kesehatan" && r.IntN(2) == 0:
				pos = healthPositions[r.IntN(len(healthPositions))]
			default:
				pos = staffPositions[r.IntN(len(staffPositions))]
			}
			i := add(roleStaff, pos)
			s.people[i].bidang = int16(k % nKabid)
			u.staff = append(u.staff, i)
		}
		u.permanent = len(u.staff)
	}
}

// newID returns a person id: an 18-digit NIP (birth date, CPNS month,
// gender, sequence) in the kabupaten and hostile presets, "DPRD" plus a
// number for DPRD members, and P plus seven digits in the larger presets.
func (s *study) newID(r *rand.Rand, u *unit, local int32, seen map[string]bool) string {
	if s.opt.Preset == PresetProvinsi || s.opt.Preset == PresetNasional {
		return fmt.Sprintf("P%07d", len(s.ids)+1)
	}
	if u.kind == kindExternal {
		return fmt.Sprintf("DPRD%03d", local+1)
	}
	for {
		by, bm, bd := 1965+r.IntN(36), 1+r.IntN(12), 1+r.IntN(28)
		cy := min(2024, by+22+r.IntN(10))
		id := fmt.Sprintf("%04d%02d%02d%04d%02d%d%03d", by, bm, bd, cy, 1+r.IntN(12), 1+r.IntN(2), 1+r.IntN(999))
		if !seen[id] {
			seen[id] = true
			return id
		}
	}
}

// maxSiloShare is the largest share of all staff a silo sector may have.
const maxSiloShare = 0.085

// plantSilos picks three internal sectors: one silo in the first half
// only, one all year, one in the second half only.
//
// Only sectors with at most maxSiloShare of the staff are candidates: a
// silo's few outside ties funnel all paths of its staff through one or two
// people, whose betweenness grows with the silo's head count; small silos
// keep those gateways clearly below the planted facilitators.
func (s *study) plantSilos(r *rand.Rand) {
	heads := make([]int, len(s.sectors))
	total := 0
	for _, u := range s.units {
		heads[u.sec] += u.people
		total += u.people
	}
	var perm []int
	for _, i := range r.Perm(len(internalSectors)) {
		if float64(heads[i]) <= maxSiloShare*float64(total) {
			perm = append(perm, i)
		}
	}
	s.siloH = make([][]bool, 2)
	for h := range s.siloH {
		s.siloH[h] = make([]bool, len(s.sectors))
	}
	opened, always, closed := perm[0], perm[1], perm[2]
	s.siloH[0][opened], s.siloH[0][always] = true, true
	s.siloH[1][always], s.siloH[1][closed] = true, true
	if s.opt.NoChange { // both halves from one process: the first half's silos all year
		copy(s.siloH[1], s.siloH[0])
	}
	s.candidates = perm[3:]
	s.always = always
}

// everSilo reports whether sector sec is a silo in any phase.
func (s *study) everSilo(sec int) bool {
	for _, h := range s.siloH {
		if h[sec] {
			return true
		}
	}
	return false
}

// phase returns the phase of day d (see siloH).
func (s *study) phase(d int) int {
	switch {
	case d < s.cal.change:
		return 0
	case s.pilot != nil && d >= s.pilot.day:
		return 2
	}
	return 1
}

// plantFacilitators picks ordinary staff in units of sectors that are
// never silos, one sector after another, and gives each the leaders of
// many units (all sectors) and the other facilitators as contacts.
func (s *study) plantFacilitators(r *rand.Rand) {
	var secs []int
	for i := range internalSectors {
		if !s.everSilo(i) {
			secs = append(secs, i)
		}
	}
	nFac := 5
	if len(s.units) > len(catalogue) {
		nFac = max(5, len(s.units)/40)
	}
	var internal []int // internal units
	bySec := make([][]int, len(s.sectors))
	for i, u := range s.units {
		if u.kind == kindInternal {
			internal = append(internal, i)
		}
		bySec[u.sec] = append(bySec[u.sec], i)
	}
	facUnits := map[int]bool{}
	for f := range nFac {
		sec := secs[f%len(secs)]
		var ui int
		for try := 0; ; try++ {
			ui = bySec[sec][r.IntN(len(bySec[sec]))]
			if !facUnits[ui] || try > 20 {
				break
			}
		}
		facUnits[ui] = true
		u := &s.units[ui]
		var p int32 = -1
		for try := 0; try < 50 && u.permanent > 0; try++ {
			c := u.staff[r.IntN(u.permanent)]
			if s.people[c].fac < 0 {
				p = c
				break
			}
		}
		if p < 0 { // a tiny unit: fall back to a kabid
			p = u.kabid[r.IntN(len(u.kabid))]
		}
		s.people[p].fac = int16(f)
		s.people[p].pos = s.position(facilitatorPositions[f%len(facilitatorPositions)])
		s.people[p].pos2 = s.people[p].pos
		s.facs = append(s.facs, p)
	}
	// Every internal unit outside the facilitators' own units is given to
	// one facilitator: its kabid (the working level that runs programmes)
	// are that facilitator's contacts. The groups are disjoint, of about
	// equal head count, and spread over sectors: the largest units are
	// dealt first, each to the facilitator with the smallest group among
	// those that have no unit of its sector yet. So each facilitator is
	// the strong bridge between its units and the rest (through the other
	// facilitators), and no two facilitators compete for one unit.
	var pool []int
	for _, ui := range internal {
		if !facUnits[ui] {
			pool = append(pool, ui)
		}
	}
	// class 0: sectors never silo; 1: silo before the change only; 2:
	// after it only; 3: all year. Groups are balanced class by class, so
	// they stay balanced in each half, when silo units drop out.
	class := func(ui int) int {
		sec := s.units[ui].sec
		c := 0
		if s.siloH[0][sec] {
			c |= 1
		}
		if s.siloH[1][sec] {
			c |= 2
		}
		return c
	}
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	slices.SortStableFunc(pool, func(a, b int) int {
		return cmp.Or(class(a)-class(b), s.units[b].people-s.units[a].people)
	})
	mass := make([][4]int, nFac)
	has := make([][]bool, nFac)
	for f, p := range s.facs {
		mass[f][0] = s.units[s.people[p].unit].people
		has[f] = make([]bool, len(s.sectors))
		has[f][s.units[s.people[p].unit].sec] = true
	}
	s.facContacts = make([][]int32, nFac)
	for f, p := range s.facs {
		// A facilitator works with the kabid of its own unit too.
		for _, k := range s.units[s.people[p].unit].kabid {
			if k != p {
				s.facContacts[f] = append(s.facContacts[f], k)
			}
		}
	}
	for _, ui := range pool {
		u := &s.units[ui]
		c := class(ui)
		best, bestNew := 0, false
		for f := range nFac {
			isNew := !has[f][u.sec]
			if (isNew && !bestNew) || (isNew == bestNew && mass[f][c] < mass[best][c]) {
				best, bestNew = f, isNew
			}
		}
		mass[best][c] += u.people
		has[best][u.sec] = true
		if len(u.kabid) == 0 {
			s.facContacts[best] = append(s.facContacts[best], u.second)
		}
		s.facContacts[best] = append(s.facContacts[best], u.kabid...)
	}
	for f := range s.facs {
		c := s.facContacts[f]
		for k := 0; k < 2 && k < len(s.coords); k++ {
			cu := s.units[s.coords[r.IntN(len(s.coords))]]
			c = append(c, cu.head, cu.kabid[r.IntN(len(cu.kabid))])
		}
		for g, q := range s.facs {
			if g != f {
				c = append(c, q, q) // other facilitators count twice: a strong core
			}
		}
		s.facContacts[f] = c
	}
}

// plantMutasi moves 3% of ordinary staff of internal units to another
// internal unit on a working day between February and November. A unit
// keeps at least half of its staff.
func (s *study) plantMutasi(r *rand.Rand) {
	var cand []int32
	for i, p := range s.people {
		if p.role == roleStaff && p.fac < 0 && s.units[p.unit].kind == kindInternal {
			cand = append(cand, int32(i))
		}
	}
	r.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	n := int(math.Round(0.03 * float64(len(cand))))
	out := make([]int, len(s.units))
	var internal []int
	for i, u := range s.units {
		if u.kind == kindInternal {
			internal = append(internal, i)
		}
	}
	first, last := s.cal.dayIndex(2025, 2, 1), s.cal.dayIndex(2025, 11, 30)
	var workdays []int32
	for d := first; d <= last; d++ {
		if s.cal.working[d] {
			workdays = append(workdays, int32(d))
		}
	}
	for _, p := range cand {
		if len(s.movers) >= n {
			break
		}
		from := int(s.people[p].unit)
		if (out[from]+1)*2 > s.units[from].permanent {
			continue
		}
		to := internal[r.IntN(len(internal))]
		if to == from {
			continue
		}
		out[from]++
		pp := &s.people[p]
		pp.unit2 = int32(to)
		pp.moveDay = workdays[r.IntN(len(workdays))]
		pp.pos2 = s.position(staffPositions[r.IntN(len(staffPositions))])
		s.units[to].staff = append(s.units[to].staff, p)
		s.movers = append(s.movers, p)
	}
	// A mover leaves the permanent part of the old unit's staff list.
	for ui := range s.units {
		u := &s.units[ui]
		perm := u.staff[:0:0]
		var moving []int32
		for k, p := range u.staff {
			if k < u.permanent && s.people[p].unit2 < 0 {
				perm = append(perm, p)
			} else {
				moving = append(moving, p)
			}
		}
		u.permanent = len(perm)
		u.staff = append(perm, moving...)
	}
	slices.Sort(s.movers)
}

// plantFacilitatorMove moves the first planted facilitator, on a working
// day from April to September, to an internal unit of a sector that is
// never a silo, other than its own, where no facilitator works. It draws
// from a stream of its own, so everything planted before is as it would
// be without the move. The facilitator keeps its position and contacts:
// from the move on its events count for the new unit.
func (s *study) plantFacilitatorMove() {
	if len(s.facs) == 0 {
		return
	}
	r := newRand(s.opt.Seed, 0x6d6f7665) // "move"
	p := s.facs[0]
	pp := &s.people[p]
	from := int(pp.unit)
	facUnits := map[int]bool{}
	for _, f := range s.facs {
		facUnits[int(s.people[f].unit)] = true
	}
	var cand []int
	for i, u := range s.units {
		if u.kind == kindInternal && u.sec != s.units[from].sec && !s.everSilo(u.sec) && !facUnits[i] {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return
	}
	to := cand[r.IntN(len(cand))]
	first, last := s.cal.dayIndex(2025, 4, 1), s.cal.dayIndex(2025, 9, 30)
	var workdays []int32
	for d := first; d <= last; d++ {
		if s.cal.working[d] {
			workdays = append(workdays, int32(d))
		}
	}
	pp.unit2, pp.moveDay, pp.pos2 = int32(to), workdays[r.IntN(len(workdays))], pp.pos
	// The facilitator leaves the permanent staff of its old unit and
	// joins the staff of the new one.
	old := &s.units[from]
	if k := slices.Index(old.staff[:old.permanent], p); k >= 0 {
		old.staff = append(slices.Delete(old.staff, k, k+1), p)
		old.permanent--
	}
	s.units[to].staff = append(s.units[to].staff, p)
	s.movers = append(s.movers, p)
	slices.Sort(s.movers)
}

// affinity is the planted per-pair tie strength between a unit of sector a
// and a unit of sector b in half h.
func (s *study) affinity(a, b, h int) float64 {
	coord, ext := len(internalSectors), len(internalSectors)+1
	silo := s.siloH[h]
	switch {
	case a == ext || b == ext:
		o := a
		if a == ext {
			o = b
		}
		switch {
		case o == coord:
			return affDPRDCoord
		case o < coord && s.sectors[o] == dprdContact:
			return affDPRDContact
		}
		return 0
	case a == coord && b == coord:
		return affCoordCoord
	case a == coord || b == coord:
		o := a
		if a == coord {
			o = b
		}
		if silo[o] {
			return affSiloCoord
		}
		return affCoord
	case a == b:
		if silo[a] {
			return affSiloInside
		}
		return affOwnSector
	case silo[a] || silo[b]:
		return affSiloOutside
	}
	return affBase
}

// buildSamplers prepares the cumulative tables the event generator
// samples from.
func (s *study) buildSamplers() {
	s.cumSize = make([]float64, len(s.units))
	z := 0.0
	for i, u := range s.units {
		z += float64(u.people)
		s.cumSize[i] = z
	}
	s.cumAct = make([][]float64, len(s.siloH))
	for h := range s.siloH {
		s.cumAct[h] = make([]float64, len(s.units))
		a := 0.0
		for i, u := range s.units {
			if s.siloH[h][u.sec] {
				a += u.act * siloActBoost
			} else {
				a += u.act
			}
			s.cumAct[h][i] = a
		}
	}
	s.cumFac = make([]float64, len(s.facs))
	t := 0.0
	for f := range s.facs {
		t += float64(max(1, len(s.facContacts[f])))
		s.cumFac[f] = t
	}
	s.cumAff = make([][][]float64, len(s.siloH))
	for h := range s.siloH {
		s.cumAff[h] = make([][]float64, len(s.sectors))
		for sec := range s.sectors {
			c := make([]float64, len(s.units))
			t := 0.0
			for i, u := range s.units {
				t += s.affinity(sec, u.sec, h) * u.recv
				c[i] = t
			}
			s.cumAff[h][sec] = c
		}
	}
}

// pick returns the index i with cum[i-1] <= x < cum[i] for x uniform in
// [0, cum[len-1]).
func pick(r *rand.Rand, cum []float64) int {
	x := r.Float64() * cum[len(cum)-1]
	i, _ := slices.BinarySearchFunc(cum, x, func(c, x float64) int {
		if c <= x {
			return -1
		}
		return 1
	})
	return min(i, len(cum)-1)
}

// partner picks a partner unit for unit u in half h, never u itself. It
// returns -1 when u has no partner (every affinity is zero).
func (s *study) partner(r *rand.Rand, u, h int) int {
	cum := s.cumAff[h][s.units[u].sec]
	if cum[len(cum)-1] <= 0 {
		return -1
	}
	for range 64 {
		if v := pick(r, cum); v != u {
			return v
		}
	}
	return -1
}

// unitAt returns the unit of person p on day d.
func (s *study) unitAt(p int32, d int) int32 {
	pp := &s.people[p]
	if pp.unit2 >= 0 && d >= int(pp.moveDay) {
		return pp.unit2
	}
	return pp.unit
}

// staffAt picks a staff member working in unit u on day d (the head if the
// unit has no staff).
func (s *study) staffAt(r *rand.Rand, u int, d int) int32 {
	un := &s.units[u]
	if len(un.staff) == 0 {
		return un.head
	}
	for range 16 {
		p := un.staff[r.IntN(len(un.staff))]
		if int(s.unitAt(p, d)) == u {
			return p
		}
	}
	if un.permanent > 0 {
		return un.staff[r.IntN(un.permanent)]
	}
	return un.head
}

// leader picks the head (35%), the second (35%) or a kabid (30%) of unit u.
func (s *study) leader(r *rand.Rand, u int) int32 {
	un := &s.units[u]
	x := r.Float64()
	switch {
	case x < 0.35:
		return un.head
	case x < 0.70 || len(un.kabid) == 0:
		return un.second
	}
	return un.kabid[r.IntN(len(un.kabid))]
}

// memberAt picks a leader of u with probability pLeader, else a staff
// member working there on day d.
func (s *study) memberAt(r *rand.Rand, u, d int, pLeader float64) int32 {
	if r.Float64() < pLeader {
		return s.leader(r, u)
	}
	return s.staffAt(r, u, d)
}

// kabidOf returns the kabid of staff member p in unit u.
func (s *study) kabidOf(p int32, u int) int32 {
	un := &s.units[u]
	if len(un.kabid) == 0 {
		return un.second
	}
	b := int(s.people[p].bidang)
	if int(s.people[p].unit) != u {
		b = int(p)
	}
	return un.kabid[b%len(un.kabid)]
}

// personName is the deterministic name of person i: first [middle] last,
// sometimes with a degree. In the hostile preset one person in twenty gets
// a hostile name instead.
func (s *study) personName(i int32) string {
	r := newRand(s.opt.Seed^0x6e616d65, uint64(i))
	if s.hostile && r.IntN(20) == 0 {
		return hostileTexts[r.IntN(len(hostileTexts))] + " " + lastNames[r.IntN(len(lastNames))]
	}
	if s.units[s.people[i].unit].kind == kindExternal {
		return firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	}
	var b strings.Builder
	b.WriteString(firstNames[r.IntN(len(firstNames))])
	if r.IntN(3) == 0 {
		b.WriteByte(' ')
		b.WriteString(middleNames[r.IntN(len(middleNames))])
	}
	b.WriteByte(' ')
	b.WriteString(lastNames[r.IntN(len(lastNames))])
	if r.IntN(2) == 0 {
		b.WriteString(", ")
		b.WriteString(degrees[r.IntN(len(degrees))])
	}
	return b.String()
}
