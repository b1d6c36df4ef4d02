package ingest

import (
	"cmp"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/splitmix"
)

// sketchK is how many row hashes a file of a log table keeps (8 bytes
// and a time each): enough to see rows that two files share once they
// are about 0.1% of the rows and to estimate how many within about 3%
// of all rows (the standard error of a bottom-k estimate is about
// sqrt(J(1-J)/k) of the union, J the share in common).
const sketchK = 1024

// rowSketch is a bottom-k sketch of the distinct rows a file of a log
// table counted (Cohen & Kaplan 2007; Beyer et al. 2007): the sketchK
// smallest hashes of their keys, each with the row's time. Two files'
// sketches tell whether they share rows, and about how many and when,
// without keeping the rows: its memory does not grow with them. The hash
// is fixed, so a sketch and what is estimated from it are the same on
// every run, and merging the sketches of a file's parts gives the
// file's.
type rowSketch struct {
	e []sketchEntry // ascending by h, at most sketchK
	// xlim is the complement of the largest hash kept once the sketch is
	// full (0, so no bound, before): most rows of a large file stop at
	// this one comparison.
	xlim uint64
}

// sketchEntry is a kept hash, the time of its row, and how many rows of
// the file had it. The count is exact: a hash among the k smallest at
// the end was below the sketch's bound (which only falls) at each of its
// rows, so none of them was passed over.
type sketchEntry struct {
	h  uint64
	at int64
	n  uint32
}

func (s *rowSketch) add(h uint64, at int64) {
	if h <= ^s.xlim { // the largest kept is counted again in addN
		s.addN(h, at, 1)
	}
}

func (s *rowSketch) addN(h uint64, at int64, n uint32) {
	if h > ^s.xlim {
		return
	}
	i, found := slices.BinarySearchFunc(s.e, h, func(e sketchEntry, h uint64) int { return cmp.Compare(e.h, h) })
	if found {
		s.e[i].n += n
		return
	}
	if len(s.e) == sketchK {
		s.e = s.e[:sketchK-1]
	}
	s.e = slices.Insert(s.e, i, sketchEntry{h, at, n})
	if len(s.e) == sketchK {
		s.xlim = ^s.e[sketchK-1].h
	}
}

// merge adds the sketch of another part of the same file: the counts of
// a hash both kept add up (a hash among the merged k smallest is among
// each part's, so each part that had it kept its count).
func (s *rowSketch) merge(o *rowSketch) {
	for _, e := range o.e {
		s.addN(e.h, e.at, e.n)
	}
}

// repeats estimates how many rows of the file repeat an earlier row of
// it (the same key): exact while the sketch is not full, else the repeats
// of the sampled distinct rows scaled to the estimated distinct rows.
// seen is how many sampled rows were repeated, from and to the first and
// last time among them.
func (s *rowSketch) repeats() (extra float64, seen int, from, to int64) {
	var sum float64
	for _, e := range s.e {
		if e.n < 2 {
			continue
		}
		sum += float64(e.n - 1)
		if seen == 0 || e.at < from {
			from = e.at
		}
		if seen == 0 || e.at > to {
			to = e.at
		}
		seen++
	}
	if seen == 0 || len(s.e) < sketchK {
		return sum, seen, from, to
	}
	return sum / float64(len(s.e)) * s.distinct(), seen, from, to
}

// minRepeatShare is the share of a file's counted rows that must repeat
// an earlier row of the file before WarnRepeatedRows is given: a few
// letters of one sender to the same people stamped in the same second
// happen in real logs (a batch sent at once, times rounded by the
// system); a tenth or a half of the file repeated is an export that
// joined a table with several rows per letter, or a file appended twice.
const minRepeatShare = 0.01

// warnRepeats warns when at least minRepeatShare of the rows the file
// just read counted (sketch sk) repeat an earlier row of it
// (WarnRepeatedRows).
func (l *loader) warnRepeats(t Table, sk *rowSketch) {
	if sk == nil {
		return
	}
	extra, seen, from, to := sk.repeats()
	if seen == 0 {
		return
	}
	rows := sk.distinct() + extra
	if extra < minRepeatShare*rows {
		return
	}
	how := SharedExact
	if len(sk.e) == sketchK {
		how = SharedEstimate
	}
	l.warn(Warning{Code: WarnRepeatedRows, Table: t.String(), File: l.s.displayName(l.cur.Path), Reason: how,
		Count: int64(math.Round(extra)), Value: formatShare(extra / rows), From: from, To: to})
}

// distinct estimates the number of distinct rows: exact while the sketch
// is not full, else (k-1) over the k-th smallest hash as a share of 2^64.
func (s *rowSketch) distinct() float64 {
	if len(s.e) < sketchK {
		return float64(len(s.e))
	}
	return float64(sketchK-1) / (float64(s.e[sketchK-1].h) / math.Exp2(64))
}

// sketchShared compares two files' sketches: the rows both hold (about;
// exact when neither sketch is full), the number of those seen in the
// sketches, and the first and last time among those seen. The sketchK
// smallest hashes of the union are a uniform sample of its distinct rows;
// each of them that is in both sketches is in both files (a hash at most
// the union's k-th smallest is at most each file's, so neither sketch
// dropped it).
func sketchShared(a, b *rowSketch) (shared float64, seen int, from, to int64) {
	i, j, u := 0, 0, 0
	full := len(a.e) == sketchK || len(b.e) == sketchK
	var kth uint64
	for (i < len(a.e) || j < len(b.e)) && (!full || u < sketchK) {
		var e sketchEntry
		switch {
		case j == len(b.e) || i < len(a.e) && a.e[i].h < b.e[j].h:
			e = a.e[i]
			i++
		case i == len(a.e) || b.e[j].h < a.e[i].h:
			e = b.e[j]
			j++
		default: // in both
			e = a.e[i]
			i++
			j++
			if seen == 0 || e.at < from {
				from = e.at
			}
			if seen == 0 || e.at > to {
				to = e.at
			}
			seen++
		}
		kth = e.h
		u++
	}
	if seen == 0 {
		return 0, 0, 0, 0
	}
	if !full {
		return float64(seen), seen, from, to
	}
	union := float64(u-1) / (float64(kth) / math.Exp2(64))
	return float64(seen) / float64(u) * union, seen, from, to
}

// maxSharedPairs bounds the pairs of files warnShared compares (and so
// its warnings): a table of many part files copied whole would otherwise
// give a warning for each pair (docs/inputs.md says so).
const maxSharedPairs = 100

func refKey(r graph.Ref) uint64 { return uint64(uint32(r.Unit))<<32 | uint64(uint32(r.Person)) }

// letterKey is the key of a counted letter: its time, its sender and
// the set of its recipients (in any order, each once however often it is
// named: the ordinary read and a part's one-pass read list a recipient
// named twice differently; ids that resolve alike hash alike). A long
// list is sorted in scratch to find the ones named again.
func letterKey(at int64, sender graph.Ref, refs []graph.Ref, scratch *[]uint64) uint64 {
	var sum uint64
	if len(refs) <= 16 {
		for i, r := range refs {
			if !slices.Contains(refs[:i], r) {
				sum += splitmix.Mix64(refKey(r) ^ 0x5851f42d4c957f2d)
			}
		}
	} else {
		ks := (*scratch)[:0]
		for _, r := range refs {
			ks = append(ks, refKey(r))
		}
		slices.Sort(ks)
		for i, k := range ks {
			if i == 0 || k != ks[i-1] {
				sum += splitmix.Mix64(k ^ 0x5851f42d4c957f2d)
			}
		}
		*scratch = ks
	}
	// the time, spread by a golden-ratio multiply, and the sender in one
	// mix: two such pairs meet only if the products' difference falls on
	// the few bits a unit and person number use
	h := splitmix.Mix64(uint64(at)*0x9e3779b97f4a7c15 ^ refKey(sender))
	return splitmix.Mix64(h + sum)
}

// shareKey is the key of a counted data request: its time, both units or
// people, and its status.
func shareKey(at int64, from, to graph.Ref, st graph.ShareStatus) uint64 {
	h := splitmix.Mix64(uint64(at)) ^ bits.RotateLeft64(splitmix.Mix64(refKey(from)+2), 17) ^ bits.RotateLeft64(splitmix.Mix64(refKey(to)+3), 41)
	return splitmix.Mix64(h + uint64(st))
}

// warnShared warns of each two files of table t that share rows
// (WarnSharedRows), given their sketches in reading order (nil for a file
// not sketched); pairs already found to be copies (WarnFileCopy) are left
// out.
func (l *loader) warnShared(t Table, files []string, sk []*rowSketch) {
	copies := map[[2]string]bool{}
	for _, w := range l.res.Warnings {
		if w.Code == WarnFileCopy {
			copies[[2]string{w.Other, w.File}] = true
		}
	}
	// Only pairs with a hash in common can share rows: found by sorting
	// all the sketches' hashes once, not by comparing every pair (an
	// engine's table of hundreds of part files).
	type owned struct {
		h    uint64
		file int32
	}
	var all []owned
	for i, s := range sk {
		if s != nil {
			for _, e := range s.e {
				all = append(all, owned{e.h, int32(i)})
			}
		}
	}
	slices.SortFunc(all, func(x, y owned) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return cmp.Compare(x.file, y.file)
	})
	pairs := map[[2]int32]bool{}
	for lo := 0; lo < len(all) && len(pairs) < maxSharedPairs; {
		hi := lo + 1
		for hi < len(all) && all[hi].h == all[lo].h {
			hi++
		}
		for x := lo; x < hi && len(pairs) < maxSharedPairs; x++ {
			for y := x + 1; y < hi && len(pairs) < maxSharedPairs; y++ {
				pairs[[2]int32{all[x].file, all[y].file}] = true
			}
		}
		lo = hi
	}
	keys := slices.Collect(maps.Keys(pairs))
	slices.SortFunc(keys, func(x, y [2]int32) int {
		if c := cmp.Compare(x[1], y[1]); c != 0 {
			return c
		}
		return cmp.Compare(x[0], y[0])
	})
	for _, p := range keys {
		i, j := int(p[0]), int(p[1])
		a, b := l.s.displayName(files[i]), l.s.displayName(files[j])
		if copies[[2]string{a, b}] {
			continue
		}
		shared, seen, from, to := sketchShared(sk[i], sk[j])
		if seen == 0 {
			continue
		}
		smaller := math.Min(sk[i].distinct(), sk[j].distinct())
		how := SharedExact
		if len(sk[i].e) == sketchK || len(sk[j].e) == sketchK {
			how = SharedEstimate
		}
		l.warn(Warning{Code: WarnSharedRows, Table: t.String(), File: b, Other: a, Reason: how,
			Count: int64(math.Round(shared)), Value: formatShare(shared / smaller), From: from, To: to})
	}
}

// formatShare writes a share as a percentage with at most one decimal
// ("37.5", "0.4", "100").
func formatShare(x float64) string {
	return strconv.FormatFloat(math.Min(100, math.Round(1000*x)/10), 'f', -1, 64)
}
