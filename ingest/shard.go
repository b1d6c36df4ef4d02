package ingest

import (
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// A letters file that can be cut into parts (a Parquet file of several row
// groups, see parquetParts; a large CSV or TSV cut at lines, see csvParts)
// is read by one goroutine per core, each reading, preparing and resolving
// the letters of its own part into a builder of its own, with nothing
// handed from one core to another row by row (which cost the two-goroutine
// reader 35-55% more CPU than one core; README, "Performance"). The parts
// are then added in the file's order: the builders by graph.Builder.Absorb,
// which gives the very sums and pair order of one builder; the rejected
// rows and left-out ids, which each part kept, passed on in the file's
// order; the counts, spans and time warnings added up. The result is the
// one the ordinary read gives, whatever the number of cores.
//
// Where the parts could not give that result cheaply, the sharded read
// gives up and the file is read again the ordinary way: a fatal error in
// any part (the ordinary read reports the first in the file's order), a
// table the early stop on rejected rows might end (it then ends at the
// same row as always), a part holding more than shardHeld rejected rows
// and left-out ids (so memory never follows the log's rows), or a CSV
// whose cut was wrong or whose encoding turns out to be Windows-1252. It is
// used only where the parts can be added exactly: letters at unit level
// only, without time blocks or --strict. The coordination event log's
// contacts are kept by each part in a log of its own and added in the
// file's order (graph.EventLog.AbsorbContacts).

// shardLetters turns the sharded read on; a variable so that tests can
// compare it with the ordinary read.
var shardLetters = true

// shardHeld bounds the rejected rows and left-out ids one part keeps
// until the parts are added up; a variable for the tests.
var shardHeld = 1 << 16

// shardWorkers is the number of parts for a file of pieces pieces (row
// groups, or shardMinBytes of CSV): GOMAXPROCS, at most pieces; a
// variable for the tests.
var shardWorkers = func(pieces int) int { return min(runtime.GOMAXPROCS(0), pieces) }

// shardsDone counts the files read in parts, for the tests.
var shardsDone atomic.Int64

// letterShard is one part of a sharded read: its loader (own builder,
// counts, spans and time state) and the rows of its part.
type letterShard struct {
	w *loader
	// fill adds the part's next rows to a batch (at most its capacity),
	// as the reader goroutine would; io.EOF says the part is done (rows
	// may have been added before it), any other error is fatal.
	fill   func(b *rowBatch) error
	close  func() error // nil: nothing to close
	held   []*RowError  // rejected rows and left-out ids, in file order
	rows   int64
	gaveUp bool
}

// shardPlan is a letters file cut into parts.
type shardPlan struct {
	parts []*letterShard
	// left bounds the rows not yet read, given the rows read so far by
	// all the parts (for their early give-up).
	left func(read int64) float64
	// check, after every part is done, says whether the parts' result is
	// the ordinary read's; lines then adds to the lines of each part's
	// rows what makes them the file's; finish gives the file's sha256 or
	// an error (the file changed while it was read).
	check  func() bool
	lines  func(part int) int64
	finish func() (string, error)
	close  func()
}

// shardedLetters reads the letters file tf (bound as c, n columns) in
// parts when it can (see above). done says it did, the file's inputs and
// sha256 set; otherwise nothing was changed and the file is to be read
// the ordinary way.
func (l *loader) shardedLetters(tf *table, c cols, n int, g guard) (done bool, err error) {
	if !shardLetters || l.opt.People || l.opt.Blocks.Len() > 0 || l.opt.Strict {
		return false, nil
	}
	var plan *shardPlan
	switch src := tf.Source.(type) {
	case *pqSource:
		plan = l.parquetParts(tf, src)
	case *csvSource:
		plan = l.csvParts(tf, src, n)
	}
	if plan == nil {
		return false, nil
	}
	defer plan.close()
	parts := plan.parts
	counter := l.opt.Progress.Counter(progress.Rows, l.file, 0)
	var read, rejected atomic.Int64
	var stop atomic.Bool
	if err := par.For(l.ctx, len(parts), len(parts), func(_, i int) {
		parts[i].run(c, n, func(rows, rej int64) bool {
			counter.Add(rows)
			r, rj := read.Add(rows), rejected.Add(rej)
			// As the ordinary read's early stop (guard.stopEarly), with
			// a bound on the rows not yet read by any part as those left.
			return g.stopEarly(g.rejected+rj, g.rows+r, plan.left(r)+g.later)
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
	if !plan.check() || l.mayStopEarly(g, rows, rej) {
		return false, nil
	}
	for i, p := range parts {
		if d := plan.lines(i); d != 0 {
			for _, re := range p.held {
				if re.Line > 0 {
					re.Line += d
				}
			}
		}
		if err := l.b.Absorb(p.w.b); err != nil {
			return false, fmt.Errorf("ingest: %s: internal error adding up the parts of the file: %w; please report it", l.file, err)
		}
		l.opt.Events.AbsorbContacts(p.w.opt.Events)
		l.absorbShard(p)
	}
	sum, err := plan.finish()
	if err != nil {
		return true, err
	}
	l.cur.SHA256 = sum
	shardsDone.Add(1)
	return true, l.ctx.Err()
}

// parquetParts cuts a Parquet file of several row groups into runs of
// row groups with about as many rows each, one per core.
func (l *loader) parquetParts(tf *table, main *pqSource) *shardPlan {
	if main.ra == nil {
		return nil
	}
	groups := main.f.RowGroups()
	k := shardWorkers(len(groups))
	if k < 2 {
		return nil
	}
	var total int64
	for _, rg := range groups {
		if rg.NumRows() < 0 {
			return nil // corrupt: the ordinary read says so
		}
		total += rg.NumRows()
	}
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
		return nil // one part: the ordinary read uses two cores
	}
	plan := &shardPlan{
		left:  func(read int64) float64 { return float64(total - read) },
		check: func() bool { return true },
		lines: func(int) int64 { return 0 }, // a part's rows carry the file's row numbers
		finish: func() (string, error) {
			if err := tf.after(); err != nil {
				return "", err
			}
			return tf.sum(), nil
		},
	}
	plan.close = func() { closeParts(plan.parts) }
	for i := 0; i < len(bounds)-1; i++ {
		src, err := newParquet(main.name, main.ra, main.size)
		if err != nil {
			plan.close()
			return nil
		}
		if err := src.Bind(main.want); err != nil {
			src.Close()
			plan.close()
			return nil
		}
		src.rg, src.rgEnd, src.row = bounds[i], bounds[i+1], rowsBefore[i]
		plan.parts = append(plan.parts, &letterShard{w: l.shardLoader(), close: src.Close,
			fill: func(b *rowBatch) error { return src.fillBatch(b, batchRows) }})
	}
	return plan
}

// shardMinBytes is the least size of a part of a CSV file read in parts;
// a variable for the tests.
var shardMinBytes int64 = 8 << 20

// csvParts cuts a CSV or TSV file that is not gzipped, and whose bytes are
// read as they are (UTF-8, or no encoding chosen yet), into parts of about
// equal size, one per core, each beginning at a line: part i holds the
// records that begin in its bytes, and reads on past its end to finish
// its last one. The cut is right when each part's last record ends
// exactly where the next part begins (a cut inside a quoted field that
// holds a line break is not: check finds it and the file is read again).
// The lines of part i are counted from 1 and made the file's once the
// parts before it have counted theirs. Where no encoding was chosen, the
// ordinary read would choose one at the file's first byte that is not
// ASCII: the parts note where they meet one, and check makes the same
// choice there; Windows-1252 is decoded, so the file is then read again.
// The file's sha256 is taken on a goroutine of its own while the parts
// are read, and the file must not have changed by the end.
func (l *loader) csvParts(tf *table, main *csvSource, n int) *shardPlan {
	if tf.file == nil || tf.dec == nil || tf.dec.mode == encDecode || main.b.crLines || n != len(main.want) {
		return nil
	}
	size := tf.st.Size()
	from := main.offset()
	k := int64(shardWorkers(int(min((size-from)/shardMinBytes, 1<<20))))
	if k < 2 {
		return nil
	}
	bounds := []int64{from}
	for i := int64(1); i < k; i++ {
		at := max(from+i*(size-from)/k, bounds[len(bounds)-1])
		if cut := main.findCut(tf.file, at, size); cut > bounds[len(bounds)-1] && cut < size {
			bounds = append(bounds, cut)
		}
	}
	bounds = append(bounds, size)
	if len(bounds) < 3 {
		return nil
	}
	watch := tf.dec.mode == encWatch
	srcs := make([]*csvSource, len(bounds)-1)
	watches := make([]*asciiWatch, len(srcs))
	pos := make([]atomic.Int64, len(srcs)) // each part's offset, after its last batch
	hashSum, hashWait := hashFileAsync(tf.file, size)
	plan := &shardPlan{
		left: func(read int64) float64 {
			// Every row takes two bytes (see textRowsLeft); each part's
			// bytes not yet read bound its rows.
			var b int64
			for i := range srcs {
				b += max(0, bounds[i+1]-pos[i].Load())
			}
			return math.Floor(float64(b+1)/2) + 1
		},
		check: func() bool {
			for i, s := range srcs[:len(srcs)-1] {
				if s.offset() != bounds[i+1] {
					return false // a cut inside a record
				}
			}
			if watch {
				first := int64(-1)
				for _, w := range watches {
					if w.first >= 0 && (first < 0 || w.first < first) {
						first = w.first
					}
				}
				if first >= 0 {
					look := make([]byte, encLookahead)
					m, _ := tf.file.ReadAt(look, first)
					if !keepsUTF8(look[:m], size-first < encLookahead) {
						return false // decoded as Windows-1252 from there
					}
				}
			}
			return true
		},
		lines: func(part int) int64 {
			var d int64 // part 0 counts from the file's line
			for i := 1; i <= part; i++ {
				d += srcs[i-1].line - 1
			}
			return d
		},
		finish: func() (string, error) {
			sum := hashSum()
			if err := unchanged(tf.file, tf.st, l.file)(); err != nil {
				return "", err
			}
			return sum, nil
		},
	}
	plan.close = func() { closeParts(plan.parts); hashWait() }
	for i := range srcs {
		var rd io.Reader = io.NewSectionReader(tf.file, bounds[i], size-bounds[i])
		if watch {
			watches[i] = &asciiWatch{r: rd, off: bounds[i], first: -1}
			rd = watches[i]
		}
		src := main.csvPart(rd, bounds[i], bounds[i+1], csvPartBuf)
		if i == 0 {
			src.line = main.line
		}
		srcs[i] = src
		pos[i].Store(bounds[i])
		at := &pos[i]
		plan.parts = append(plan.parts, &letterShard{w: l.shardLoader(),
			fill: func(b *rowBatch) error {
				for b.n < batchRows {
					if err := src.nextTo(b); err == errRefill {
						break
					} else if err != nil {
						return err
					}
				}
				at.Store(src.offset())
				return nil
			}})
	}
	return plan
}

// csvPartBuf is the size of a CSV part's read buffer; a variable so that
// the tests can make a part read more often than its batches fill.
var csvPartBuf = srcBufSize

// csvCutCheck turns on the look at the records after a cut (see
// cutLooksRight); a variable so that the tests can cut blindly.
var csvCutCheck = true

// csvCutTries bounds the lines findCut tries.
const csvCutTries = 4096

// findCut returns the start of the first line at or after offset at (a
// line that begins just after a line end) where cutLooksRight passes,
// trying at most csvCutTries lines within 4 MiB; -1 when none does.
func (s *csvSource) findCut(ra io.ReaderAt, at, size int64) int64 {
	end := min(size, at+4<<20)
	buf := make([]byte, min(end-at, 1<<20)+csvCutLookBytes)
	for tries := 0; tries < csvCutTries && at < end; {
		m, err := ra.ReadAt(buf[:min(int64(len(buf)), size-at)], at)
		if m == 0 {
			return -1
		}
		whole := at+int64(m) >= size
		// Lines whose look lies in buf are judged there; the rest from the
		// next read, which begins at the first of them.
		next := at + int64(m)
		for j := 0; j < m && tries < csvCutTries; j++ {
			if buf[j] != '\n' {
				continue
			}
			cut := at + int64(j) + 1
			if cut >= size {
				return -1
			}
			if !whole && m-(j+1) < csvCutLookBytes {
				next = cut - 1 // the line end, so the next read finds it
				break
			}
			if !csvCutCheck || s.cutLooksRight(buf[j+1:m], whole) {
				return cut
			}
			tries++
		}
		if err != nil && !whole {
			return -1
		}
		if next <= at {
			return -1
		}
		at = next
	}
	return -1
}

// asciiWatch notes where the first byte that is not ASCII comes in what
// is read through it; off is the offset of the next byte read.
type asciiWatch struct {
	r     io.Reader
	off   int64
	first int64 // -1 until one is met
}

func (a *asciiWatch) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if a.first < 0 {
		if i := firstNonASCII(p[:n]); i >= 0 {
			a.first = a.off + int64(i)
		}
	}
	a.off += int64(n)
	return n, err
}

// closeParts closes the parts' sources.
func closeParts(parts []*letterShard) {
	for _, p := range parts {
		if p.close != nil {
			p.close()
		}
	}
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
// the same study, directory, window and file, its own builder, event log,
// counts, spans and time state, and an OnReject that keeps what it is
// given.
func (l *loader) shardLoader() *loader {
	w := &loader{ctx: l.ctx, s: l.s, opt: l.opt, res: &Result{Window: l.res.Window}, win: l.win, dir: l.dir, rejectedPeople: l.rejectedPeople, rejectedUnits: l.rejectedUnits,
		cur: &Input{Table: l.cur.Table, Path: l.cur.Path}, file: l.file, ft: l.ft, shard: true}
	w.opt.Progress = progress.Reporter{}
	w.opt.Events = l.opt.Events.PartLog()
	w.b = graph.NewBuilder(l.dir, false)
	w.b.CircularUnits, w.b.MaxMeetingSize, w.b.KeepInactive = l.b.CircularUnits, l.b.MaxMeetingSize, l.b.KeepInactive
	if l.sk != nil {
		w.sk = &rowSketch{}
	}
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
		err := p.fill(b)
		if err != nil && err != io.EOF {
			giveUp() // the ordinary read reports it, in the file's order
			return
		}
		if b.n == 0 {
			return
		}
		rejected0 := w.cur.Rejected
		for i := 0; i < b.n; i++ {
			err := b.errs[i]
			if err == nil && w.plainLetter(prep, b.row(i), c) {
				continue
			}
			// Anything else goes the ordinary way: the preparer, then
			// letterRow, which find and say what is wrong.
			w.line = b.lines[i]
			if err == nil {
				b.pids = b.pids[:0]
				if err = prep.letter(b, b.row(i), b.lines[i]); err == nil {
					w.pids = b.pids
					err = w.letterRow(b.row(i), c)
				}
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
	for _, re := range p.held {
		if re.TrailingDelim {
			l.lastDelim = re.Delim
		}
		l.hintNoPeople(re)
		if l.opt.OnReject != nil {
			l.opt.OnReject(re)
		}
	}
	l.cur.Rows += p.rows
	l.cur.Rejected += w.cur.Rejected
	l.cur.TrailingDelims += w.cur.TrailingDelims
	l.cur.Partial += w.cur.Partial
	l.cur.OutOfWindow += w.cur.OutOfWindow
	addSpan(&l.res.Span, w.res.Span)
	addSpan(&l.spans[Correspondence], w.spans[Correspondence])
	l.edges[Correspondence].merge(&w.edges[Correspondence])
	if l.sk != nil && w.sk != nil {
		l.sk.merge(w.sk)
	}
	ft, o := &l.ft, &w.ft
	if ft.serialN == 0 && o.serialN > 0 {
		ft.serialV = o.serialV
	}
	for _, c := range o.serialCols {
		if !slices.Contains(ft.serialCols, c) {
			ft.serialCols = append(ft.serialCols, c)
		}
	}
	if ft.mdyN == 0 && o.mdyN > 0 {
		ft.mdyCol, ft.mdyV = o.mdyCol, o.mdyV
	}
	if ft.swapN == 0 && o.swapN > 0 {
		ft.swapV = o.swapV
	}
	if ft.dayN == 0 && o.dayN > 0 {
		ft.dayV = o.dayV
	}
	ft.serialN += o.serialN
	ft.mdyN += o.mdyN
	ft.swapN += o.swapN
	ft.dayN += o.dayN
}

// addSpan widens s to hold o, both kept as loader.when and timeOf keep
// them (From 0: none yet).
func addSpan(s *graph.Window, o graph.Window) {
	if o.From != 0 && (s.From == 0 || o.From < s.From) {
		s.From = o.From
	}
	s.To = max(s.To, o.To)
}

// plainLetter adds a letter whose every cell is as expected, in one pass
// over its cells, and reports whether it did: a time read without a
// warning of its own (a numeric date day first is counted for
// month_first_dates, as timeOf counts it), inside the window; a sender
// and at least one recipient; every id known, free of spreadsheet damage
// and with a unit at the time. It changes nothing else when it reports
// false: the row is then read by
// preparer.letter and letterRow, which it gives the same result as for
// the rows it takes (TestShardedLettersAsOrdinary, FuzzShardedParquet and
// FuzzShardedCSV hold the parts to the ordinary read). The two steps
// cost a record of each id between them; a part reads its rows on one
// goroutine, so it can do without.
func (l *loader) plainLetter(p *preparer, row []Value, c cols) bool {
	var at int64
	var info uint8 // of a time as text
	if v := row[c[0]]; v.Kind == Bytes {
		sec, i, err := parseTime(v.B, l.s.Loc, l.ft.opts, &l.day)
		if err != nil || i&tpWasSerial != 0 { // a serial is counted for a warning
			return false
		}
		at, info = sec, i
	} else {
		sec, _, err := TimeOf(v, l.s.Loc)
		if err != nil {
			return false
		}
		at = sec
	}
	if !l.win.Contains(at) {
		return false
	}
	l.refs = l.refs[:0]
	var sender graph.Ref
	for col := uint8(0); col < 3; col++ {
		if !c.has(int(col) + 1) {
			if col == 0 {
				return false
			}
			continue
		}
		pos := c[col+1]
		v := row[pos]
		e := p.entry(pos, v)
		if e != nil {
			if !e.clean || !e.looked {
				return false // the preparer checks and looks up the code first
			}
			if e.found {
				r, ok := l.refAt(e.unit, e.person, at)
				if !ok {
					return false
				}
				if col == 0 {
					sender = r
				} else {
					l.refs = append(l.refs, r)
				}
				continue
			}
		}
		if v.Kind != Bytes {
			if col == 0 || v.Kind != Null {
				return false
			}
			continue
		}
		// As in preparer.letter: a cell with a code was checked whole.
		check := e == nil
		if col == 0 {
			r, ok := l.plainID(trimID(v.B), check, at)
			if !ok {
				return false
			}
			sender = r
			continue
		}
		for cell := trimID(v.B); len(cell) > 0; {
			var id []byte
			if id, cell = nextID(cell); len(id) == 0 {
				continue
			}
			r, ok := l.plainID(id, check, at)
			if !ok {
				return false
			}
			l.refs = append(l.refs, r)
		}
	}
	if len(l.refs) == 0 {
		return false
	}
	// What when and timeOf keep of a letter's time.
	if info&(tpSwappable|tpDayFirstOnly) != 0 {
		l.ft.dayOrder(info, row[c[0]].B)
	}
	sp := &l.spans[Correspondence]
	if sp.From == 0 || at < sp.From {
		sp.From = at
	}
	sp.To = max(sp.To, at+1)
	l.edges[Correspondence].add(at)
	if l.res.Span.From == 0 || at < l.res.Span.From {
		l.res.Span.From = at
	}
	if at+1 > l.res.Span.To {
		l.res.Span.To = at + 1
	}
	l.b.At(at)
	l.b.Message(sender, l.refs)
	l.opt.Events.Letter(at, sender, l.refs)
	if l.sk != nil {
		l.sk.add(letterKey(at, sender, l.refs, &l.keyScratch), at)
	}
	return true
}

// plainID resolves a trimmed id at time at, if it is not empty, passes the
// spreadsheet check (when check is set), is known and has a unit then.
func (l *loader) plainID(id []byte, check bool, at int64) (graph.Ref, bool) {
	if len(id) == 0 {
		return graph.Ref{}, false
	}
	if check && '0' <= id[0] && id[0] <= '9' {
		if bad, _ := excelDamage(id); bad {
			return graph.Ref{}, false
		}
	}
	u, per, ok := l.dir.Place(id, at)
	return graph.Ref{Unit: u, Person: per}, ok
}
