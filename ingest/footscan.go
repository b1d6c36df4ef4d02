package ingest

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/sekat-ona/sekat/internal/progress"
)

// timeColumn is the required column of each log table that holds its
// time: a row whose time cell is the column's own name repeats the header
// (ErrHeaderRow).
var timeColumn = map[Table]string{Correspondence: "sent_at", Meetings: "start", DataSharing: "at"}

// footerTail is how many rows before the end of a Parquet file FooterRows
// reads at least: more than footerMaxRows, so that the block it finds is
// the one a read of the whole file finds (see FooterRows).
const footerTail = 4 * footerMaxRows

// footerReport is how many rows FooterRows reads between its reports.
const footerReport = 1 << 16

// FooterRows reads path, a file of log table t (correspondence, meetings
// or data_sharing) of the study, for the block of rows at its end that
// Load names in a footer_rows warning and counts neither read nor
// rejected (a signature block or a totals row, see skiprows.go), and
// returns that warning, or nil when the file ends in no such block. An
// engine that reads the file itself (sekat pairs) counts those rows as
// read and rejected; its counts are corrected by them.
//
// A log table's row needs three values, so that a row of at most
// footerCells values in the columns read is always rejected: the block is
// the rows after the file's last row of more values (or with a reader's
// error), at most footerMaxRows of them, when one of them holds a footer
// word, as Load decides it; repeated headers are passed over, as Load
// passes over them. That needs only the last rows of the file: a Parquet
// file is read from the row group that holds its last footerTail rows;
// a text file is read whole (its records cannot be told apart from the
// middle). Progress hears of the rows read.
func (s *Study) FooterRows(t Table, path string, rep progress.Reporter) (*Warning, error) {
	if _, ok := timeColumn[t]; !ok {
		return nil, fmt.Errorf("ingest: FooterRows: %s is no log table", t)
	}
	sc, err := s.ScanFile(t, path, rep)
	if err != nil {
		return nil, err
	}
	return sc.Footer, nil
}

// FileScan is what ScanFile found in a file.
type FileScan struct {
	// Footer is FooterRows' warning, or nil (also for a units or people
	// table).
	Footer *Warning
	// Encoding is the encoding a text file was read in to its end, as Load
	// reads it: UTF-16, Windows-1252 (named in study.yaml, or found by
	// detection at its first byte that is not ASCII, which may lie far
	// past the header that Layout reads), else UTF-8. UTF-8 for Parquet.
	Encoding Encoding
	// Latin1Differs: a file read as Windows-1252 holds a byte from 0x80
	// to 0x9F (€ “ ” …), which a reader of Latin-1 reads otherwise.
	Latin1Differs bool
	// Warnings are Load's warnings of its encoding: encoding_detected
	// (Windows-1252 not named in study.yaml) and encoding_mixed.
	Warnings []Warning
	// Empty says the file holds no row below its header (a Parquet file
	// of a log table: no row at all).
	Empty bool
}

// EmptyWarning is Load's warning of the log table t whose files (all of
// them empty: FileScan.Empty) hold a header and no row: the network has
// no such layer (WarnEmptyTable), naming the files as Load names them.
func (s *Study) EmptyWarning(t Table) Warning {
	files := s.Files[t]
	var name string
	switch {
	case len(files) == 1:
		name = s.displayName(files[0])
	case len(files) > 1:
		name = s.baseNames(files)
	}
	return Warning{Code: WarnEmptyTable, Table: t.String(), File: ShowName(name), Count: int64(len(files))}
}

// ScanFile reads path, a file of table t of the study, as FooterRows does
// (a text file whole; a Parquet file of a log table from its last rows,
// one of the units or people table not at all), for the footer block of a
// log table and the encoding a text file is read in to its end.
func (s *Study) ScanFile(t Table, path string, rep progress.Reporter) (sc *FileScan, err error) {
	// a file that cannot be read is named as the load names it: sekat
	// pairs said "berkas masukan rusak" of a cut gzip file that analyze
	// names
	defer s.nameFile(path, &err)
	sc = &FileScan{Encoding: EncodingUTF8}
	l := &loader{s: s, file: ShowName(filepath.Base(path)), cur: &Input{Table: t, Path: path}, res: &Result{}}
	tf, err := openTable(path, l.openOptions(t), s.fileInfo(path))
	if err != nil {
		return nil, err
	}
	defer tf.Close()
	tc, logTable := timeColumn[t]
	if _, ok := tf.Source.(*pqSource); ok && !logTable {
		return sc, nil
	}
	c, n, err := l.bind(t, tf.Source)
	if err != nil {
		return nil, err
	}
	timeAt := -1
	for i, r := range tables[t].required {
		if r == tc {
			timeAt = c[i]
		}
	}
	if pq, ok := tf.Source.(*pqSource); ok {
		pq.skipTo(footerTail)
	}
	fs, _ := tf.Source.(unboundFooter)
	type held struct {
		line int64
		word string
	}
	var block []held // the rows that may be the block, the last footerMaxRows
	row := make([]Value, n)
	read := rep.Counter(progress.Rows, l.file, 0)
	for rows := int64(0); ; {
		line, err := tf.Source.Next(row)
		if err == io.EOF {
			read.Add(rows % footerReport)
			sc.Empty = rows == 0
			break
		}
		if rows++; rows%footerReport == 0 {
			read.Add(footerReport)
		}
		if err != nil && !isRowError(err) {
			return nil, err
		}
		if !logTable {
			continue
		}
		if err != nil || !footerShaped(row) {
			block = block[:0]
			continue
		}
		if l.headerAgain(t, row, c, timeAt) {
			continue // the header again: no row of the table, nor of a block
		}
		word := footerCell(row)
		if word == "" && fs != nil {
			word = fs.unboundFooter()
		}
		if len(block) == footerMaxRows {
			block = append(block[:0], block[1:]...)
		}
		block = append(block, held{line, word})
	}
	if len(block) > 0 {
		lines, words := make([]int64, len(block)), make([]string, len(block))
		for i, h := range block {
			lines[i], words[i] = h.line, h.word
		}
		for i, w := range tailWords(tf.Source, lines, words) { // as Load (loader.endBlock)
			block[i].word = w
		}
	}
	for _, h := range block {
		if h.word != "" {
			sc.Footer = &Warning{Code: WarnFooterRows, Table: t.String(), File: s.displayName(path), Count: int64(len(block)),
				Line: block[0].line, LastLine: block[len(block)-1].line, Value: h.word, Loc: s.Loc}
			break
		}
	}
	if d := tf.dec; d != nil {
		// as Load's endFile
		sc.Encoding, sc.Latin1Differs = d.Encoding(), d.Latin1Differs()
		name := s.displayName(path)
		if d.detected {
			sc.Warnings = append(sc.Warnings, Warning{Code: WarnEncoding, Table: t.String(), File: name, Reason: d.Encoding().String()})
		}
		if n, first := d.MixedUTF8(); n > 0 {
			sc.Warnings = append(sc.Warnings, Warning{Code: WarnMixedEncoding, Table: t.String(), File: name, Count: n, Value: first, Other: charmapText(first)})
		}
	}
	return sc, nil
}

// headerAgain reports whether Load rejects the row of table t with
// ErrHeaderRow: its time cell (row[at]) holds the time column's name, and
// Load reaches that cell (a meetings row is rejected for an empty
// meeting_id first).
func (l *loader) headerAgain(t Table, row []Value, c cols, at int) bool {
	if t == Meetings && len(text(row[c[0]])) == 0 {
		return false
	}
	v := row[at]
	return v.Kind == Bytes && l.isHeader(t, timeColumn[t], tpTrim(v.B))
}

// skipTo moves a Parquet source that has read nothing yet to the first
// row group from which at least rows rows are left, so that it reads the
// file's last rows only (rows keep their numbers in the file).
func (s *pqSource) skipTo(rows int64) {
	groups := s.f.RowGroups()
	var total int64
	for _, g := range groups {
		if g.NumRows() < 0 {
			return // corrupt: the whole read says so
		}
		total += g.NumRows()
	}
	rg, before := len(groups), total
	for rg > 0 && total-before < rows {
		rg--
		before -= groups[rg].NumRows()
	}
	s.rg, s.row = rg, before
}
