package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Rows that are no rows of the table, and are neither read nor counted as
// rejected, but named in a warning with their file and lines:
//
//   - the header again (ErrHeaderRow: a row whose time cell holds the time
//     column's own name, a units or people row of its id columns' names),
//     as exports joined together with their headers, or a header written
//     twice, leave it (WarnHeaderRows);
//   - a block at the end of the file, after its last row that was read or
//     rejected for what it holds, under an attendance list or a register:
//     a signature block ("Mengetahui," "Kepala Bagian Organisasi", a name,
//     a NIP) or a totals row ("Jumlah", "Total") (WarnFooterRows).
//
// The rule for the block is kept narrow, so that no row of data is passed
// over: every row of it would be rejected, and holds at most footerCells
// values in the columns sekat reads (a signature line writes one or two
// cells, a row of data more); it has at most footerMaxRows such rows; one
// of them holds, at the start of a cell, one of footerWords (in a column
// sekat reads, or, in a CSV, TSV or workbook row, an NDJSON object or a
// Parquet row that holds at most footerCells values in all its columns,
// in one it does not read: the "No" column of a numbered export,
// "Jumlah,,,,,", or {"No":"Jumlah",...} converted); and no other row
// follows it (a blank line does not count). Rows held as a possible
// block are passed on as rejected the moment a row follows them that is
// none of the block's. A row that a CSV reader rejects for its number of
// fields is not taken for one (its values are not known). A sharded read
// of a large letters file gives up at such a row, and the file is read the
// ordinary way (see guard.foot).

// footerCells is the most values (in the columns sekat reads) a row of a
// signature block or a totals row may hold.
const footerCells = 2

// footerMaxRows is the most rows a block at the end of a file may have: a
// place and date, one or two signers' offices, names, ranks and NIPs, and a
// totals row or two.
const footerMaxRows = 12

// headerLinesKept is how many lines of repeated headers a warning lists.
const headerLinesKept = 10

// footerWords open a cell of a signature block or a totals row (lower
// case, matched as a whole word at the start of the trimmed cell, in any
// case): the words above a signature, the offices that sign (and the
// marks of signing for another, a.n., Plt., Plh.), the NIP line, and the
// totals.
var footerWords = []string{
	"mengetahui", "menyetujui", "mengesahkan", "diketahui", "disetujui", "disahkan", "dibuat oleh", "diperiksa oleh",
	"tertanda", "ttd", "a.n.", "an.", "plt.", "plt", "plh.", "plh",
	"kepala", "sekretaris", "camat", "lurah", "bupati", "walikota", "wali kota", "gubernur", "pejabat",
	"nip", "nip.",
	"jumlah", "total", "subtotal", "sub total", "grand total",
}

// unitFooterWords are the footerWords that open no unit_id: the totals,
// and the words above a signature (a unit may be a Bupati's or a Camat's
// office, so the offices are not among them).
var unitFooterWords = []string{
	"jumlah", "total", "subtotal", "sub total", "grand total",
	"mengetahui", "menyetujui", "mengesahkan", "diketahui", "disetujui", "disahkan", "tertanda", "ttd",
}

// unitFooter reports whether the unit_id b opens with one of
// unitFooterWords, not followed by a letter: a totals row under a units
// table, or the line above its signature, read as a unit.
func unitFooter(b []byte) bool {
	return opensWith(b, unitFooterWords)
}

// footerWord reports whether the trimmed cell b opens with one of
// footerWords, not followed by a letter.
func footerWord(b []byte) bool {
	return opensWith(b, footerWords)
}

// opensWith reports whether the trimmed b opens with one of words (lower
// case), in any case, not followed by a letter.
func opensWith(b []byte, words []string) bool {
	b = bytes.TrimSpace(b)
	for _, w := range words {
		if len(b) < len(w) || !strings.EqualFold(string(b[:len(w)]), w) {
			continue
		}
		if len(b) == len(w) {
			return true
		}
		if c := b[len(w)] | 0x20; c < 'a' || c > 'z' {
			return true
		}
	}
	return false
}

// unboundFooter is a Source that tells, of the row it read last, the
// cell of a column sekat does not read that opens with a footer word
// (wholeRowFooter): a totals row whose word sits in such a column, as
// the "No" column of a numbered export ("Jumlah,,,,,").
type unboundFooter interface {
	unboundFooter() string
}

// wholeRowFooter is footerCell of the cells of a row's columns that are
// not bound, when the whole row (n cells, cell(i) the i-th's bytes,
// bound(i) whether it is bound) holds at most footerCells values; ""
// otherwise. A row of more values is a row of data, whatever its first
// cell says.
func wholeRowFooter(n int, cell func(int) []byte, bound func(int) bool) string {
	var unbound []Value
	values := 0
	for i := 0; i < n; i++ {
		b := bytes.TrimSpace(cell(i))
		if len(b) == 0 || csvNull(b) {
			continue
		}
		if values++; values > footerCells {
			return ""
		}
		if !bound(i) {
			unbound = append(unbound, Value{Kind: Bytes, B: b})
		}
	}
	return footerCell(unbound)
}

// footerShaped says whether row (the bound cells of a row read without a
// reader's error) holds at most footerCells values.
func footerShaped(row []Value) bool {
	n := 0
	for _, v := range row {
		if v.Kind == Null || (v.Kind == Bytes && len(bytes.TrimSpace(v.B)) == 0) {
			continue
		}
		if n++; n > footerCells {
			return false
		}
	}
	return true
}

// skipped is what the current file held of rows that are no rows of the
// table: repeated headers, and the block at its end held so far.
type skipped struct {
	headers     int64
	headerLines []int64 // the first headerLinesKept
	// pend are the rows that may be the block at the end of the file;
	// words, for each, the cell that opens with a footer word ("": none).
	pend  []*RowError
	words []string
	// subs, for each, whether it has a totals label (subtotalRow): if
	// rejected, it is named as a subtotal row.
	subs []bool
	// footers: the rows of the block found at the end, from footerLine
	// to footerLast; footerValue its first cell with a footer word.
	footers                int64
	footerLine, footerLast int64
	footerValue            string
}

// noteHeader records a repeated header row of the current file.
func (l *loader) noteHeader(re *RowError) {
	sk := &l.skip
	sk.headers++
	if len(sk.headerLines) < headerLinesKept {
		sk.headerLines = append(sk.headerLines, re.Line)
	}
}

// hold keeps the rejected row re, whose cells make it a possible row of a
// block at the end of the file; word is its cell that opens with a footer
// word, or ""; sub whether it has a totals label (subtotalRow).
func (l *loader) hold(re *RowError, word string, sub bool) error {
	sk := &l.skip
	if len(sk.pend) >= footerMaxRows {
		// too long for a signature block: its first row is a rejected row
		first, fsub := sk.pend[0], sk.subs[0]
		sk.pend, sk.words, sk.subs = sk.pend[1:], sk.words[1:], sk.subs[1:]
		if err := l.rejectHeld(first, fsub); err != nil {
			return err
		}
	}
	if re.File == "" {
		re.File = l.file
	}
	if re.Line == 0 {
		re.Line = l.line
	}
	sk.pend, sk.words, sk.subs = append(sk.pend, re), append(sk.words, word), append(sk.subs, sub)
	return nil
}

// rejectHeld passes on a held row as rejected; one of a log table with a
// totals label (sub) is named as a subtotal row (ErrSubtotalRow), which
// rows of the table follow: the subtotals a spreadsheet inserts between
// groups (Data > Subtotal), else rejected as bad times with no hint of
// the cause.
func (l *loader) rejectHeld(re *RowError, sub bool) error {
	if sub && l.cur != nil && l.cur.Table >= Correspondence && !errors.Is(re, ErrSubtotalRow) {
		re.Err = fmt.Errorf("%w: %w", ErrSubtotalRow, re.Err)
		re.Reason = "a subtotal row (Total, Jumlah, Count, Average, Max, Min) inside the table, not a row of it: remove the subtotals (in Excel: Data > Subtotal > Remove All) and export again, or delete the row"
		l.subtotals[l.cur.Table]++
	}
	return l.reject(re)
}

// release passes the held rows on as rejected: a row that is none of a
// block's followed them.
func (l *loader) release() error {
	sk := &l.skip
	for len(sk.pend) > 0 {
		re, sub := sk.pend[0], sk.subs[0]
		sk.pend, sk.words, sk.subs = sk.pend[1:], sk.words[1:], sk.subs[1:]
		if err := l.rejectHeld(re, sub); err != nil {
			return err
		}
	}
	sk.pend, sk.words, sk.subs = nil, nil, nil
	return nil
}

// endBlock decides, at the end of the file read from src, on the rows
// held: a block of a signature or of totals when one of them holds a
// footer word, else rejected rows. When none holds one in the columns
// read, a src that reads no other column with its rows (tailFooter) is
// asked for the word in the others.
func (l *loader) endBlock(src Source) error {
	sk := &l.skip
	if len(sk.pend) > 0 {
		lines := make([]int64, len(sk.pend))
		for i, re := range sk.pend {
			lines[i] = re.Line
		}
		sk.words = tailWords(src, lines, sk.words)
	}
	word := ""
	for _, w := range sk.words {
		if w != "" {
			word = w
			break
		}
	}
	if word == "" {
		return l.release()
	}
	sk.footers = int64(len(sk.pend))
	sk.footerLine, sk.footerLast = sk.pend[0].Line, sk.pend[len(sk.pend)-1].Line
	sk.footerValue = word
	sk.pend, sk.words, sk.subs = nil, nil, nil
	return nil
}

// totalsWords open a totals label (lower case, as footerWords match),
// and totalsTrail end one, after the group's value and a space, as
// Excel's Data > Subtotal labels its rows ("Maret Total", "SETDA Count"),
// with the name of the function it was told to use: Sum gives Total,
// Count Count, Average Average, Max Max, Min Min, and an Indonesian Excel
// writes Jumlah, Rata-rata and Maks ("Maret Rata-rata", "Grand Average").
var (
	totalsWords = []string{"jumlah", "total", "subtotal", "sub total", "grand total"}
	totalsTrail = []string{"total", "jumlah", "subtotal", "count", "average", "max", "min", "rata-rata", "maks"}
)

// trailingTotal is the word of totalsTrail (as the cell writes it) that
// ends the trimmed cell b after a space or tab and something before it
// ("Maret Total" gives "Total"), or "".
func trailingTotal(b []byte) string {
	b = bytes.TrimSpace(b)
	for _, w := range totalsTrail {
		if n := len(b) - len(w); n > 0 && strings.EqualFold(string(b[n:]), w) && (b[n-1] == ' ' || b[n-1] == '\t') {
			return string(b[n:])
		}
	}
	return ""
}

// totalsLabel reports whether the cell b is a totals label: it opens
// with one of totalsWords or ends with one of totalsTrail (trailingTotal),
// or is one of totalsTrail alone ("Count", "Average"), which footerCell
// gives for "Maret Count", "Maret Average".
func totalsLabel(b []byte) bool {
	if opensWith(b, totalsWords) || trailingTotal(b) != "" {
		return true
	}
	b = bytes.TrimSpace(b)
	for _, w := range totalsTrail {
		if strings.EqualFold(string(b), w) {
			return true
		}
	}
	return false
}

// subtotalRow reports whether row (a row of at most footerCells values),
// or word (its footer cell, perhaps in a column not read: see
// unboundFooter), holds a totals label (totalsLabel) and its other cells
// hold nothing but counts (countCell), as a subtotal row does: a row of an
// attendance list whose meeting id and start were merged away, an attendee
// beside a title "Rapat Evaluasi Total", is no subtotal row.
func subtotalRow(row []Value, word string) bool {
	label := totalsLabel([]byte(word))
	for _, v := range row {
		switch {
		case v.Kind == Null || v.Kind == Bytes && len(bytes.TrimSpace(v.B)) == 0:
		case v.Kind == Bytes && totalsLabel(v.B):
			label = true
		case v.Kind != Bytes || !countCell(v.B):
			return false
		}
	}
	return label
}

// countCell reports whether the trimmed cell b is a count or a sum as a
// subtotal writes it: at most 15 characters, digits with "." or ","
// between them (1.234, 56,5), perhaps after a minus; an id of 16 digits
// or more (a NIP) is none.
func countCell(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '-' {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 15 || b[0] < '0' || b[0] > '9' || b[len(b)-1] < '0' || b[len(b)-1] > '9' {
		return false
	}
	for _, c := range b {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// footerCell is the first cell of row that opens with a footer word, as
// a warning shows it; a NIP line is shown as "NIP" alone (a NIP names a
// person), and only when no other cell says what the block is. Without
// one, a cell that ends with a totals word after a space, as Excel's
// Data > Subtotal labels its rows ("Maret Total", "Grand Total" being a
// footer word), in a row whose other cells are counts (subtotalRow), is
// shown as that word alone ("Total"): the group's value before it may be
// a NIP or a name.
func footerCell(row []Value) string {
	nip := false
	trail := ""
	for _, v := range row {
		if v.Kind != Bytes {
			continue
		}
		if !footerWord(v.B) {
			if trail == "" && subtotalRow(row, "") {
				trail = trailingTotal(v.B)
			}
			continue
		}
		b := bytes.TrimSpace(v.B)
		if len(b) >= 3 && strings.EqualFold(string(b[:3]), "nip") {
			nip = true
			continue
		}
		return displayValue(b)
	}
	if trail != "" {
		return trail
	}
	if nip {
		return "NIP"
	}
	return ""
}

// warnSkipped gives the warnings of the rows of the current file that were
// no rows of the table, and takes them out of its rows read.
func (l *loader) warnSkipped(t Table, name string) {
	sk := &l.skip
	if sk.headers > 0 {
		lines := make([]string, len(sk.headerLines))
		for i, n := range sk.headerLines {
			lines[i] = strconv.FormatInt(n, 10)
		}
		l.warn(Warning{Code: WarnHeaderRows, Table: t.String(), File: name, Count: sk.headers, Line: sk.headerLines[0], Other: strings.Join(lines, ", ")})
	}
	if sk.footers > 0 {
		l.warn(Warning{Code: WarnFooterRows, Table: t.String(), File: name, Count: sk.footers, Line: sk.footerLine, LastLine: sk.footerLast, Value: sk.footerValue})
	}
	l.cur.Rows -= sk.headers + sk.footers
	*sk = skipped{}
}
