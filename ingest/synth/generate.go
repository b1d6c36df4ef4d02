package synth

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/sekat-ona/sekat/internal/progress"
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
	return GenerateContext(context.Background(), dir, opt)
}

// GenerateContext is Generate that stops, removing its temporary files and
// writing nothing, soon after ctx is done (within a day's rows), with
// ctx's error.
func GenerateContext(ctx context.Context, dir string, opt Options) (*Truth, error) {
	opt, err := opt.normalize()
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return nil, fmt.Errorf("%w: empty output folder", ErrOptions)
	}
	s, err := newStudy(opt)
	if err != nil {
		return nil, err
	}
	if opt.Forums {
		if s.forums = s.planForums(); s.forums == nil {
			return nil, ErrForumsTooFew
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	tables := make([]*table, 0, 5)
	var cw *atomicFile // unit_crosswalk.csv, with Reorg
	done := false
	defer func() {
		if !done {
			for _, t := range tables {
				t.file.abort()
			}
			if cw != nil {
				cw.abort()
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
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.writeLogs(ctx, letters, meetings, shares); err != nil {
		return nil, fmt.Errorf("synth: writing logs: %w", err)
	}
	for _, t := range tables {
		if err := t.rw.close(); err != nil {
			return nil, fmt.Errorf("synth: writing %s: %w", t.name, err)
		}
	}
	if s.reorg != nil {
		if cw, err = createAtomic(dir, CrosswalkFile, false); err != nil {
			return nil, err
		}
		if _, err := cw.w.Write(s.crosswalkCSV()); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
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
	if cw != nil {
		if err := cw.commit(); err != nil {
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
	for _, x := range s.extraUnits() {
		if err := t.write(str(x[0]), str(x[1]), str(x[2]), str(x[3]), str(x[4])); err != nil {
			return err
		}
	}
	return nil
}

// writePeople writes one row per person, two for a person who moves: the
// first spell ends the day before the move (valid_to inclusive), the second
// starts on it. Open ends are empty. A spell in a unit that the
// reorganisation renames or merges is cut on its date: the old id before,
// the new one from it on.
func (s *study) writePeople(t *table) error {
	none := value{null: true}
	for i := range s.people {
		p := &s.people[i]
		id, name := s.ids[i], s.personName(int32(i))
		type spell struct {
			unit     int
			pos      uint16
			from, to int // days; -1 open
		}
		sp := []spell{{int(p.unit), p.pos, -1, -1}}
		if p.unit2 >= 0 {
			sp = []spell{{int(p.unit), p.pos, -1, int(p.moveDay)}, {int(p.unit2), p.pos2, int(p.moveDay), -1}}
		}
		for _, x := range sp {
			cuts := []spell{x}
			if d := s.reorgDay(x.unit); d >= 0 && (x.from < 0 || x.from < d) && (x.to < 0 || x.to > d) {
				cuts = []spell{{x.unit, x.pos, x.from, d}, {x.unit, x.pos, d, x.to}}
			}
			for _, c := range cuts {
				from, to := none, none
				uid := s.units[c.unit].id
				if c.from >= 0 {
					from = value{n: s.cal.dayStart(c.from)}
					uid = s.unitID(c.unit, c.from)
				}
				if c.to >= 0 {
					to = value{n: s.cal.dayStart(c.to) - 86400}
				}
				if err := t.write(str(id), str(uid), str(name), str(s.pos[c.pos]), from, to); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// writeLogs generates and writes the logs of every working day.
func (s *study) writeLogs(ctx context.Context, letters, meetings, shares *table) error {
	g := &generator{s: s, r: newRand(s.opt.Seed, 0x6c6f6773)} // "logs"
	workdays := 0
	for _, w := range s.cal.working {
		if w {
			workdays++
		}
	}
	if s.opt.NoChange {
		g.burnIn(workdays)
	}
	done := s.opt.Progress.Counter(progress.Days, "", int64(workdays))
	for d := range s.cal.days {
		if !s.cal.working[d] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		g.today = d
		ls, ms, ss := g.day(d, workdays)
		if s.forums != nil {
			ls, ms, ss = s.forums.apply(s, g, d, ls, ms, ss)
		}
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
		done.Add(1)
	}
	return nil
}

// truth describes the study that was written.
func (s *study) truth(tables []*table) *Truth {
	t := &Truth{
		Preset: s.opt.Preset, Seed: s.opt.Seed, Scale: s.opt.Scale, Format: s.opt.Format.Kind,
		From: windowFrom, To: windowTo, ChangeDate: changeDate, TimeZone: timeZone,
		Sectors: s.sectors, Units: len(s.units) + len(s.extraUnits()), People: len(s.people),
		Rows: map[string]int{}, NoChange: s.opt.NoChange, Pilot: s.pilotTruth(), Reorg: s.reorgTruth(),
	}
	for sec, name := range s.sectors {
		a, b := s.siloH[0][sec], s.siloH[len(s.siloH)-1][sec]
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
	if s.reorg != nil {
		t.Files = append(t.Files, CrosswalkFile)
	}
	t.Files = append(t.Files, TruthFile)
	if s.forums != nil {
		t.Forums = s.forums.truth(s)
	}
	t.Description = s.description(t)
	return t
}

// siloNames are the sectors planted as silos in phase h, sorted.
func (s *study) siloNames(h int) []string {
	var out []string
	for sec, name := range s.sectors {
		if s.siloH[h][sec] {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

func (s *study) description(t *Truth) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Synthetic %s study (seed %d): %d units in %d sectors, %d people, one year of letters, meetings and data sharing on working days in %s wall-clock time. ",
		s.opt.Preset, s.opt.Seed, t.Units, len(t.Sectors), t.People, timeZone)
	if p := t.Pilot; p != nil {
		// Three phases: the treated sector is a silo until the pilot
		// date, not only until the change date.
		fmt.Fprintf(&b, "Planted silos (sectors whose units keep most of their tie weight inside the sector and deny most data requests from other sectors): %s before %s, %s from %s until %s, %s from %s on. ",
			strings.Join(t.SilosH1, ", "), changeDate, strings.Join(s.siloNames(1), ", "), changeDate, p.Date, strings.Join(t.SilosH2, ", "), p.Date)
	} else {
		fmt.Fprintf(&b, "Planted silos (sectors whose units keep most of their tie weight inside the sector and deny most data requests from other sectors): %s before %s, %s from %s on. ",
			strings.Join(t.SilosH1, ", "), changeDate, strings.Join(t.SilosH2, ", "), changeDate)
	}
	fmt.Fprintf(&b, "Other sectors mix with every sector and slightly avoid their own. Coordinators (%s) are hubs; DPRD talks to the coordinators and the %s sector only. ",
		strings.Join(firstN(t.Coordinators, 4), ", "), dprdContact)
	fmt.Fprintf(&b, "%d planted facilitators in ordinary units write to and meet the leaders of many units in every sector and each other; ordinary staff mostly write inside their unit, and unit leaders write most cross-unit letters. %d people change unit (mutasi) during the year; their events use the unit of the spell covering the event.",
		len(t.Facilitators), len(t.Mutasi))
	if t.NoChange {
		b.WriteString(" No change: the first half's silos are planted for the whole year, so both halves come from one process.")
	}
	if p := t.Pilot; p != nil {
		fmt.Fprintf(&b, " Pilot: sector %s is a silo until %s and opens from then on; its control %s stays a silo.",
			strings.Join(p.Treated, ", "), p.Date, strings.Join(p.Control, ", "))
	}
	if r := t.Reorg; r != nil {
		fmt.Fprintf(&b, " Reorganisation on %s: %s is renamed %s; %s merge into %s; %s lines them up.",
			r.Date, r.Renamed[0].Old, r.Renamed[0].New, strings.Join(r.Merged[0].Old, " and "), r.Merged[0].New, r.Crosswalk)
	}
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
