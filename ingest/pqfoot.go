package ingest

import (
	"slices"

	"github.com/parquet-go/parquet-go"
)

// tailFooter is a Source whose columns not bound are not read with its
// rows (Parquet, read column by column): once its rows are read, it tells
// of the rows at the given lines the footer word of their cells in those
// columns (wholeRowFooter), as unboundFooter tells it of the row just read
// from a CSV, TSV or workbook row or an NDJSON object.
type tailFooter interface {
	unboundFooterAt(lines []int64) []string
}

// unboundFooterAt is, for each line (a row's number in the file, from 1),
// wholeRowFooter of that row's cells in every top-level column, those not
// bound being the cells not bound: a totals row of a numbered export
// converted to Parquet keeps its word in the "No" column, the others null
// (DuckDB's COPY ... (FORMAT PARQUET) of the CSV writes it so). A null is
// an empty cell; a value's text is its string, or its number's digits.
// A row it cannot read (a damaged file, which the read of the rows has
// said) gives "". It reads the row groups that hold the lines, seeking
// once for a run of consecutive lines (a seek without the page index
// walks the row group's pages: one per line, the check that every
// Parquet file of letters gets before it is read took 300 ms on the
// benchmark's 10M letters, one seek 9 ms), and is meant for the few rows
// of a block at the end of the file.
func (s *pqSource) unboundFooterAt(lines []int64) (words []string) {
	words = make([]string, len(lines))
	defer func() {
		if recover() != nil { // parquet-go panics on some corrupt files
			clear(words)
		}
	}()
	top := map[int]int{} // the top-level column of each leaf column
	var leaves func(ti int, c *parquet.Column)
	leaves = func(ti int, c *parquet.Column) {
		if c.Leaf() {
			top[c.Index()] = ti
			return
		}
		for _, cc := range c.Columns() {
			leaves(ti, cc)
		}
	}
	for ti, c := range s.top {
		leaves(ti, c)
	}
	bound := make([]bool, len(s.top))
	for _, w := range s.want {
		bound[w] = true
	}
	groups := s.f.RowGroups()
	buf := make([]parquet.Row, 1)
	var rows parquet.Rows
	gi, next := -1, int64(-1) // the group rows reads and its next row
	defer func() {
		if rows != nil {
			rows.Close()
		}
	}()
	for k, line := range lines {
		at := line - 1
		g := 0
		for ; g < len(groups); g++ {
			if n := groups[g].NumRows(); at >= n {
				at -= n
				continue
			}
			break
		}
		if g == len(groups) {
			continue
		}
		if g != gi || at != next {
			if rows != nil {
				rows.Close()
			}
			rows, gi = groups[g].Rows(), g
			if rows.SeekToRow(at) != nil {
				rows.Close()
				rows, gi = nil, -1
				continue
			}
		}
		next = -1
		if n, _ := rows.ReadRows(buf); n == 1 {
			next = at + 1
			cells := make([][]byte, len(s.top))
			for _, v := range buf[0] {
				if ti, ok := top[v.Column()]; ok && !v.IsNull() {
					cells[ti] = append(cells[ti], v.String()...)
				}
			}
			words[k] = wholeRowFooter(len(cells), func(i int) []byte { return cells[i] }, func(i int) bool { return bound[i] })
		}
	}
	return words
}

// tailUnboundFooter reports whether one of the last footerMaxRows rows
// of src, a tailFooter, holds a footer word in a column not bound
// (unboundFooterAt): a block at the end of the file that only a read in
// the file's order can tell, so that a Parquet file of letters is not
// read in parts (guard.foot). false for other sources.
func tailUnboundFooter(src Source) bool {
	pq, ok := src.(*pqSource)
	if !ok {
		return false
	}
	var total int64
	for _, g := range pq.f.RowGroups() {
		if g.NumRows() < 0 {
			return false // corrupt: the read says so
		}
		total += g.NumRows()
	}
	var lines []int64
	for l := max(1, total-footerMaxRows+1); l <= total; l++ {
		lines = append(lines, l)
	}
	for _, w := range pq.unboundFooterAt(lines) {
		if w != "" {
			return true
		}
	}
	return false
}

// tailWords is the rule Load (loader.endBlock) and FooterRows share for a
// block held at the end of a file: words, the footer word each held row
// (at lines) gives in the columns read, unless none gives one and src is
// a tailFooter, whose other columns are then asked.
func tailWords(src Source, lines []int64, words []string) []string {
	tf, ok := src.(tailFooter)
	if !ok || len(lines) == 0 || slices.ContainsFunc(words, func(w string) bool { return w != "" }) {
		return words
	}
	return tf.unboundFooterAt(lines)
}
