package synth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

// dayHook, when set (by tests), is called after each day's rows are
// written.
var dayHook func(day int)

// table is one output table being written.
type table struct {
	name string
	file *atomicFile
	rw   rowWriter
	rows int
}

func (t *table) write(vals ...value) error {
	t.rows++
	return t.rw.write(vals)
}

// Generate writes a synthetic study into dir (created if missing): the
// five input tables of the contract in opt.Format, and truth.json, which
// describes the planted structure. Each file is written under a temporary
// name and renamed into place only when every table is complete, so a file
// under its final name is always whole; truth.json is renamed last.
//
// Rows are generated day by day and streamed to the writers, so memory
// grows with the number of units and people, not with the number of log
// rows (Parquet buffers at most one row group of 2^20 rows a table).
// The same Options give byte-identical files.
func Generate(dir string, opt Options) (*Truth, error) {
	opt, err := opt.normalize()
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return nil, fmt.Errorf("%w: empty output folder", ErrOptions)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	s, err := newStudy(opt)
	if err != nil {
		return nil, err
	}
	tables := make([]*table, 0, 5)
	done := false
	defer func() {
		if !done {
			for _, t := range tables {
				t.file.abort()
			}
		}
	}()
	for _, name := range Tables() {
		f, err := createAtomic(dir, name+opt.Format.ext(), opt.Format.Gzip)
		if err != nil {
			return nil, err
		}
		t := &table{name: name, file: f}
		tables = append(tables, t)
		if t.rw, err = newRowWriter(f.w, name, opt.Format); err != nil {
			return nil, err
		}
	}
	units, people, letters, meetings, shares := tables[0], tables[1], tables[2], tables[3], tables[4]
	if err := s.writeUnits(units); err != nil {
		return nil, fmt.Errorf("synth: writing units: %w", err)
	}
	if err := s.writePeople(people); err != nil {
		return nil, fmt.Errorf("synth: writing people: %w", err)
	}
	if err := s.writeLogs(letters, meetings, shares); err != nil {
		return nil, fmt.Errorf("synth: writing logs: %w", err)
	}
	for _, t := range tables {
		if err := t.rw.close(); err != nil {
			return nil, fmt.Errorf("synth: writing %s: %w", t.name, err)
		}
	}
	truth := s.truth(tables)
	b, err := json.MarshalIndent(truth, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	tf, err := createAtomic(dir, TruthFile, false)
	if err != nil {
		return nil, err
	}
	if _, err := tf.w.Write(append(b, '\n')); err != nil {
		tf.abort()
		return nil, fmt.Errorf("synth: %w", err)
	}
	// Commit the tables, then the truth; a failure removes what is left.
	var errs []error
	for _, t := range tables {
		if err := t.file.commit(); err != nil {
			errs = append(errs, err)
		}
	}
	done = true
	if len(errs) > 0 {
		tf.abort()
		return nil, errors.Join(errs...)
	}
	if err := tf.commit(); err != nil {
		return nil, err
	}
	return truth, nil
}

func (s *study) writeUnits(t *table) error {
	for _, u := range s.units {
		if err := t.write(str(u.id), str(u.name), str(s.sectors[u.sec]), str(u.parent), str(u.kind)); err != nil {
			return err
		}
	}
	return nil
}

// writePeople writes one row per person, two for a person who moves: the
// first spell ends the day before the move (valid_to inclusive), the second
// starts on it. Open ends are empty.
func (s *study) writePeople(t *table) error {
	none := value{null: true}
	for i := range s.people {
		p := &s.people[i]
		id, name := s.ids[i], s.personName(int32(i))
		if p.unit2 < 0 {
			if err := t.write(str(id), str(s.units[p.unit].id), str(name), str(s.pos[p.pos]), none, none); err != nil {
				return err
			}
			continue
		}
		move := s.cal.dayStart(int(p.moveDay))
		if err := t.write(str(id), str(s.units[p.unit].id), str(name), str(s.pos[p.pos]), none, value{n: move - 86400}); err != nil {
			return err
		}
		if err := t.write(str(id), str(s.units[p.unit2].id), str(name), str(s.pos[p.pos2]), value{n: move}, none); err != nil {
			return err
		}
	}
	return nil
}

// writeLogs generates and writes the logs of every working day.
func (s *study) writeLogs(letters, meetings, shares *table) error {
	g := &generator{s: s, r: newRand(s.opt.Seed, 0x6c6f6773)} // "logs"
	workdays := 0
	for _, w := range s.cal.working {
		if w {
			workdays++
		}
	}
	for d := range s.cal.days {
		if !s.cal.working[d] {
			continue
		}
		ls, ms, ss := g.day(d, workdays)
		for i := range ls {
			l := &ls[i]
			g.nMsg++
			id := messageID(g.nMsg)
			if err := letters.write(str(id), value{n: l.at}, str(s.ids[l.sender]), str(g.joinRefs(l.to)),
				str(g.joinRefs(l.cc)), str(l.kind), str(l.replyTo)); err != nil {
				return err
			}
			g.remember(id, l)
		}
		for i := range ms {
			m := &ms[i]
			g.nMeet++
			id, org := meetingID(g.nMeet), s.ids[m.organizer]
			for _, a := range m.attendees {
				if err := meetings.write(str(id), value{n: m.at}, str(s.ids[a]), str(org), str(m.title)); err != nil {
					return err
				}
			}
		}
		for i := range ss {
			sh := &ss[i]
			if err := shares.write(value{n: sh.at}, str(g.id(sh.provider)), str(g.id(sh.consumer)),
				str(sh.dataset), str(sh.status), num(sh.records)); err != nil {
				return err
			}
		}
		if dayHook != nil {
			dayHook(d)
		}
	}
	return nil
}

// truth describes the study that was written.
func (s *study) truth(tables []*table) *Truth {
	t := &Truth{
		Preset: s.opt.Preset, Seed: s.opt.Seed, Scale: s.opt.Scale, Format: s.opt.Format.Kind,
		From: windowFrom, To: windowTo, ChangeDate: changeDate, TimeZone: timeZone,
		Sectors: s.sectors, Units: len(s.units), People: len(s.people),
		Rows: map[string]int{},
	}
	for sec, name := range s.sectors {
		a, b := s.siloH[0][sec], s.siloH[1][sec]
		if a {
			t.SilosH1 = append(t.SilosH1, name)
		}
		if b {
			t.SilosH2 = append(t.SilosH2, name)
		}
		switch {
		case a && b:
			t.SilosAllYear = append(t.SilosAllYear, name)
		case a:
			t.Opened = append(t.Opened, name)
		case b:
			t.Closed = append(t.Closed, name)
		}
	}
	for _, x := range [][]string{t.SilosH1, t.SilosH2, t.SilosAllYear, t.Opened, t.Closed} {
		slices.Sort(x)
	}
	for _, p := range s.facs {
		pp := s.people[p]
		u := s.units[pp.unit]
		f := Facilitator{Person: s.ids[p], Name: s.personName(p), Unit: u.id, Sector: s.sectors[u.sec]}
		if pp.unit2 >= 0 {
			u2 := s.units[pp.unit2]
			f.MovesTo, f.MovesToSector, f.MoveDate = u2.id, s.sectors[u2.sec], s.cal.dateString(int(pp.moveDay))
		}
		t.Facilitators = append(t.Facilitators, f)
	}
	for _, u := range s.units {
		switch u.kind {
		case kindCoordinator:
			t.Coordinators = append(t.Coordinators, u.id)
		case kindExternal:
			t.External = append(t.External, u.id)
		}
	}
	for _, p := range s.movers {
		pp := s.people[p]
		t.Mutasi = append(t.Mutasi, Mutasi{Person: s.ids[p], From: s.units[pp.unit].id, To: s.units[pp.unit2].id,
			Date: s.cal.dateString(int(pp.moveDay))})
	}
	for _, tb := range tables {
		t.Rows[tb.name] = tb.rows
		t.Files = append(t.Files, tb.name+s.opt.Format.ext())
	}
	t.Files = append(t.Files, TruthFile)
	t.Description = s.description(t)
	return t
}

func (s *study) description(t *Truth) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Synthetic %s study (seed %d): %d units in %d sectors, %d people, one year of letters, meetings and data sharing on working days in %s wall-clock time. ",
		s.opt.Preset, s.opt.Seed, t.Units, len(t.Sectors), t.People, timeZone)
	fmt.Fprintf(&b, "Planted silos (sectors whose units keep most of their tie weight inside the sector and deny most data requests from other sectors): %s before %s, %s from %s on. ",
		strings.Join(t.SilosH1, ", "), changeDate, strings.Join(t.SilosH2, ", "), changeDate)
	fmt.Fprintf(&b, "Other sectors mix with every sector and slightly avoid their own. Coordinators (%s) are hubs; DPRD talks to the coordinators and the %s sector only. ",
		strings.Join(firstN(t.Coordinators, 4), ", "), dprdContact)
	fmt.Fprintf(&b, "%d planted facilitators in ordinary units write to and meet the leaders of many units in every sector and each other; ordinary staff mostly write inside their unit, and unit leaders write most cross-unit letters. %d people change unit (mutasi) during the year; their events use the unit of the spell covering the event.",
		len(t.Facilitators), len(t.Mutasi))
	return b.String()
}

func firstN(xs []string, n int) []string {
	if len(xs) > n {
		return append(slices.Clone(xs[:n]), "...")
	}
	return xs
}

// ReadTruth reads a truth.json file written by Generate.
func ReadTruth(path string) (*Truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	var t Truth
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("synth: %s: %w", path, err)
	}
	return &t, nil
}
