package ingest

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync/atomic"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// A Parquet file of letters with several row groups is read by one
// goroutine per core, each reading, preparing and resolving the letters of
// its own run of row groups into a builder of its own, with nothing handed
// from one core to another row by row (which cost the two-goroutine reader
// 35-55% more CPU than one core; README, "Performance"). The parts are then
// added in the file's order: the builders by graph.Builder.Absorb, which
// gives the very sums and pair order of one builder; the rejected rows and
// left-out ids, which each part kept, passed on in the file's order; the
// counts, spans and time warnings added up. The result is the one the
// ordinary read gives, whatever the number of cores.
//
// Where the parts could not give that result cheaply, the sharded read
// gives up and the file is read again the ordinary way: a fatal error in
// any part (the ordinary read reports the first in the file's order), a
// table the early stop on rejected rows would end (it then ends at the
// same row as always), or a part holding more than shardHeld rejected
// rows and left-out ids (so memory never follows the log's rows). It is
// used only where the parts can be added exactly: letters at unit level
// only, without time blocks, the coordination event log or --strict.

// shardLetters turns the sharded read on; a variable so that tests can
// compare it with the ordinary read.
var shardLetters = true

// shardHeld bounds the rejected rows and left-out ids one part keeps
// until the parts are added up; a variable for the tests.
var shardHeld = 1 << 16

// shardWorkers is the number of parts for a file of groups row groups:
// GOMAXPROCS, at most groups; a variable for the tests.
var shardWorkers = func(groups int) int { return min(runtime.GOMAXPROCS(0), groups) }

// shardsDone counts the files read in parts, for the tests.
var shardsDone atomic.Int64

// letterShard is one part of a sharded read: its loader (own builder,
// counts, spans and time state) and source (its row groups only).
type letterShard struct {
	w      *loader
	src    *pqSource
	held   []*RowError // rejected rows and left-out ids, in file order
	rows   int64
	gaveUp bool
}

// shardedLetters reads the letters file tf (bound as c, n columns) in
// parts when it can (see above). done says it did; otherwise nothing was
// changed and the file is to be read the ordinary way.
func (l *loader) shardedLetters(tf *table, c cols, n int, g guard) (done bool, err error) {
	main, ok := tf.Source.(*pqSource)
	if !ok || !shardLetters || l.opt.People || l.opt.Blocks.Len() > 0 || l.opt.Events != nil || l.opt.Strict || main.ra == nil {
		return false, nil
	}
	groups := main.f.RowGroups()
	k := shardWorkers(len(groups))
	if k < 2 {
		return false, nil
	}
	var total int64
	for _, rg := range groups {
		if rg.NumRows() < 0 {
			return false, nil // corrupt: the ordinary read says so
		}
		total += rg.NumRows()
	}
	// Contiguous runs of row groups with about total/k rows each.
	var bounds []int // part i has groups bounds[i]..bounds[i+1]-1
	var rowsBefore []int64
	var sum int64
	for i, rg := range groups {
		if len(bounds) < k && sum >= int64(len(bounds))*total/int64(k) && (len(bounds) == 0 || i > bounds[len(bounds)-1]) {
			bounds, rowsBefore = append(bounds, i), append(rowsBefore, sum)
		}
		sum += rg.NumRows()
	}
	bounds = append(bounds, len(groups))
	if len(bounds) < 3 {
		return false, nil // one part: the ordinary read uses two cores
	}
	parts := make([]*letterShard, len(bounds)-1)
	defer func() {
		for _, p := range parts {
			if p != nil && p.src != nil {
				if e := p.src.Close(); e != nil && err == nil && done {
					err = e
				}
			}
		}
	}()
	for i := range parts {
		src, err := newParquet(main.name, main.ra, main.size)
		if err != nil {
			return false, nil
		}
		if err := src.Bind(main.want); err != nil {
			src.Close()
			return false, nil
		}
		src.rg, src.rgEnd, src.row = bounds[i], bounds[i+1], rowsBefore[i]
		parts[i] = &letterShard{w: l.shardLoader(), src: src}
	}
	counter := l.opt.Progress.Counter(progress.Rows, l.file, 0)
	var read, rejected atomic.Int64
	var stop atomic.Bool
	if err := par.For(l.ctx, len(parts), len(parts), func(_, i int) {
		parts[i].run(c, n, func(rows, rej int64) bool {
			counter.Add(rows)
			r, rj := read.Add(rows), rejected.Add(rej)
			// As the ordinary read's early stop (guard.stopEarly), with
			// the rows not yet read by any part as those left.
			return g.stopEarly(g.rejected+rj, g.rows+r, float64(total-r)+g.later)
		}, &stop)
	}); err != nil {
		return false, err
	}
	if err := l.ctx.Err(); err != nil {
		return false, err
	}
	var rows, rej int64
	for _, p := range parts {
		if p.gaveUp {
			return false, nil
		}
		rows, rej = rows+p.rows, rej+p.w.cur.Rejected
	}
	if l.mayStopEarly(g, rows, rej) {
		return false, nil
	}
	for _, p := range parts {
		if err := l.b.Absorb(p.w.b); err != nil {
			return false, fmt.Errorf("ingest: %s: internal error adding up the parts of the file: %w; please report it", l.file, err)
		}
		l.absorbShard(p)
	}
	shardsDone.Add(1)
	return true, nil
}

// mayStopEarly reports whether the ordinary read of a file of rows rows,
// rejected of them rejected, might stop early (see loader.file1). It
// stops at a row R only when the rows rejected up to R exceed rate × (the
// rows before this file + R + a bound on the rows after R + the bound of
// the later files); the bound after R is at least rows - R, and the rows
// rejected up to R at most rejected, so it never stops when rejected is
// at most rate × (the rows before + rows + the later files' bound).
func (l *loader) mayStopEarly(g guard, rows, rejected int64) bool {
	later := min(g.later, l.rowsBound(g.laterFiles, true))
	return float64(g.rejected+rejected) > g.rate*(float64(g.rows+rows)+later)
}

// shardLoader returns a loader for one part of the current letters file:
// the same study, directory, window and file, its own builder, counts,
// spans and time state, and an OnReject that keeps what it is given.
func (l *loader) shardLoader() *loader {
	w := &loader{ctx: l.ctx, s: l.s, opt: l.opt, res: &Result{Window: l.res.Window}, win: l.win, dir: l.dir,
		cur: &Input{Table: l.cur.Table, Path: l.cur.Path}, file: l.file, ft: l.ft}
	w.opt.Progress = progress.Reporter{}
	w.b = graph.NewBuilder(l.dir, false)
	w.b.CircularUnits, w.b.MaxMeetingSize, w.b.KeepInactive = l.b.CircularUnits, l.b.MaxMeetingSize, l.b.KeepInactive
	return w
}

// run reads the part's rows, calling report after each batch with the
// rows it read and rejected; when report says the table is sure to fail,
// or stop is set by another part, the part gives up, as it does on a fatal
// error or when it holds more than shardHeld rows.
func (p *letterShard) run(c cols, n int, report func(rows, rejected int64) bool, stop *atomic.Bool) {
	w := p.w
	w.opt.OnReject = func(re *RowError) { p.held = append(p.held, re) }
	prep := w.newPreparer(Correspondence, c, n)
	b := newRowBatch(n)
	giveUp := func() { p.gaveUp = true; stop.Store(true) }
	for !stop.Load() && w.ctx.Err() == nil {
		b.reset()
		err := p.src.fillBatch(b, batchRows)
		if err != nil && err != io.EOF {
			giveUp() // the ordinary read reports it, in the file's order
			return
		}
		if b.n == 0 {
			return
		}
		rejected0 := w.cur.Rejected
		prep.batch(b)
		for i := 0; i < b.n; i++ {
			w.line = b.lines[i]
			err := b.errs[i]
			if err == nil {
				w.pids = b.prepared(i)
				err = w.letterRow(b.row(i), c)
			}
			if err != nil {
				var re *RowError
				if !errors.As(err, &re) {
					giveUp()
					return
				}
				w.reject(re) // not --strict: nil
			}
		}
		p.rows += int64(b.n)
		if report(int64(b.n), w.cur.Rejected-rejected0) || len(p.held) > shardHeld {
			giveUp()
			return
		}
	}
}

// absorbShard adds a part's counts, spans, time warnings and kept rows to
// the current file's, the part's rows passed on to OnReject in order.
func (l *loader) absorbShard(p *letterShard) {
	w := p.w
	if l.opt.OnReject != nil {
		for _, re := range p.held {
			l.opt.OnReject(re)
		}
	}
	l.cur.Rows += p.rows
	l.cur.Rejected += w.cur.Rejected
	l.cur.Partial += w.cur.Partial
	l.cur.OutOfWindow += w.cur.OutOfWindow
	addSpan(&l.res.Span, w.res.Span)
	addSpan(&l.spans[Correspondence], w.spans[Correspondence])
	ft, o := &l.ft, &w.ft
	if ft.serialN == 0 && o.serialN > 0 {
		ft.serialCol, ft.serialV = o.serialCol, o.serialV
	}
	if ft.mdyN == 0 && o.mdyN > 0 {
		ft.mdyCol, ft.mdyV = o.mdyCol, o.mdyV
	}
	ft.serialN += o.serialN
	ft.mdyN += o.mdyN
}

// addSpan widens s to hold o, both kept as loader.when and timeOf keep
// them (From 0: none yet).
func addSpan(s *graph.Window, o graph.Window) {
	if o.From != 0 && (s.From == 0 || o.From < s.From) {
		s.From = o.From
	}
	s.To = max(s.To, o.To)
}
