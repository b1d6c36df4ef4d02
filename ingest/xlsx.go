package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// .xlsx tables are read with excelize (github.com/xuri/excelize/v2), a
// maintained reader of Office Open XML workbooks. A workbook is a zip of
// XML parts; reading one means the workbook's sheet list and relations,
// the shared-string table (most text cells are indexes into it), inline
// strings, rich text runs, the 1900 and 1904 date systems, encrypted and
// "strict" workbooks, and a streaming parser of the sheet itself. excelize
// does all of that and streams a sheet row by row (its Rows iterator,
// spilling parts over 16 MiB to temporary files); sekat only bounds what
// it may unpack and turns cells into Values.

// xlsxXMLInMemory is the largest sheet or shared-string part excelize
// keeps in memory; larger ones it unpacks into a temporary file and
// streams from there.
const xlsxXMLInMemory = 16 << 20

// xlsxMaxInMemory bounds the unpacked size of the parts of a workbook that
// are held in memory: every part but the sheets and the shared strings
// over xlsxXMLInMemory. A real workbook's styles, theme and small sheets
// take a few MiB; a zip bomb of many parts could otherwise take gigabytes.
// (A variable so that tests can lower it.)
var xlsxMaxInMemory uint64 = 256 << 20

// ErrXLSXSize is wrapped by the error for a workbook that unpacks to more
// than the spool limit, or holds more than xlsxMaxInMemory in parts that
// are kept in memory.
var ErrXLSXSize = errors.New("workbook too large when unpacked")

// xlsxSource reads one sheet of an .xlsx workbook: by default the first
// in the workbook's order that is not hidden, else the one named in
// study.yaml (sheet:).
//
//   - The first row with a value is the header; rows without any value are
//     skipped (they count for row numbers); the row number of a row is the
//     one Excel shows.
//   - Cells are read as stored, not as displayed: text as written, numbers
//     in full (an id stored as a number keeps its digits, or shows its
//     damage as 1.97902212001071E+17), dates as Excel's serial numbers,
//     which the loader reads as dates in time columns; a formula as the
//     value stored with it. A formula stored without its value, in a
//     column read below the header, is a *FormulaError before any row
//     (see checkFormulas).
//   - A cell beyond the header's last column is ignored; an empty cell is
//     Null.
type xlsxSource struct {
	name string
	srcCloser
	f      *excelize.File
	rows   *excelize.Rows
	sheet  string
	sheets []string // the workbook's sheets, in its order
	// unread are the workbook's other sheets that hold a value, in its
	// order: not read, and warned of (WarnSheetsNotRead).
	unread []string
	// hidden counts the rows read that Excel hides (a filter, Hide Rows),
	// hiddenFirst is the first of them: warned of (WarnHiddenRows).
	hidden, hiddenFirst int64
	part                *zip.File // the sheet's XML, checked whole at the end
	cols                []string
	want                []int
	bound               bool
	header              int64 // sheet row of the header (0: none)
	rownum              int64 // sheet row of the row last read
	nrows               int64
	date1904            bool
	buf                 []byte
	offs                []int
	// formulas says checkFormulas ran (before the first row is read).
	formulas bool
	// noFormula says hasFormula found no formula in the sheet: the
	// header's check and the rows' need not search it twice.
	noFormula bool
	// fewNoRow: OpenOptions.FewValuesNoRow; lastFull the sheet row of the
	// last row read with more than footerCells values bound: a range merged
	// below it covers no row of the table.
	fewNoRow bool
	lastFull int64
	// cells are the cells of the row read last, all its columns.
	cells []string
}

// oleMagic starts a Compound File: an encrypted workbook or an .xls.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// newXLSX opens the workbook in data. maxUnpacked bounds the size of all
// its parts unpacked (the spool limit: sheets over xlsxXMLInMemory are
// unpacked to temporary files).
func newXLSX(name string, data []byte, sheet string, maxUnpacked int64) (s *xlsxSource, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("ingest: %s: the workbook reader failed (%v); open the workbook in Excel and save it again as .xlsx", name, r)
		}
	}()
	if bytes.HasPrefix(data, oleMagic) {
		return nil, fmt.Errorf("ingest: %s: a password-protected workbook or an old .xls file renamed .xlsx; save it in Excel as .xlsx (Excel Workbook) without a password", name)
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("ingest: %s: the file is empty (0 bytes): the export or the copy did not finish; export or copy the workbook again: %w", name, ErrDamaged)
	}
	if line := htmlLine(data); line > 0 {
		// a web application's "export to Excel": an HTML table under a
		// workbook's name, which Excel opens (after a warning)
		return nil, fmt.Errorf("ingest: %s: line %d starts an HTML page (a web report saved under a workbook's name), not a workbook: open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, or export the table again as CSV from the system it came from: %w", name, line, ErrHTMLWorkbook)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: not an .xlsx workbook (%v); save it in Excel as .xlsx (Excel Workbook), or, if it is a cut-off copy, copy it again: %w", name, err, ErrNotWorkbook)
	}
	var total, inMemory uint64
	for _, zf := range zr.File {
		n := zf.UncompressedSize64
		total += n
		p := strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))
		spilled := n > xlsxXMLInMemory && (strings.HasPrefix(p, "xl/worksheets/sheet") || p == "xl/sharedstrings.xml")
		if !spilled {
			inMemory += n
		}
	}
	if total > uint64(maxUnpacked) {
		return nil, fmt.Errorf("ingest: %s: unpacks to more than %s, the spool limit; raise --max-spool if the workbook is genuine: %w", name, byteSize(maxUnpacked), ErrXLSXSize)
	}
	if inMemory > xlsxMaxInMemory {
		return nil, fmt.Errorf("ingest: %s: its parts other than sheets unpack to more than %s; remove pictures and other objects, or save the table as CSV: %w", name, byteSize(int64(xlsxMaxInMemory)), ErrXLSXSize)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnpacked, UnzipXMLSizeLimit: min(xlsxXMLInMemory, maxUnpacked)})
	if err != nil {
		if f != nil {
			f.Close()
		}
		return nil, fmt.Errorf("ingest: %s: not a readable .xlsx workbook (%v); open it in Excel and save it again as .xlsx", name, err)
	}
	x := &xlsxSource{name: name, f: f}
	x.closeFn = x.closeAll
	ok := false
	defer func() {
		if !ok {
			x.closeAll()
		}
	}()
	sheets := f.GetSheetList()
	x.sheets = sheets
	switch {
	case len(sheets) == 0:
		return nil, fmt.Errorf("ingest: %s: the workbook has no sheet", name)
	case sheet == "":
		// the first sheet Excel shows: a hidden sheet before it (an old
		// copy, a lookup list) is not the table the user sees first
		x.sheet = sheets[0]
		for _, sh := range sheets {
			if visible, err := f.GetSheetVisible(sh); err == nil && visible {
				x.sheet = sh
				break
			}
		}
	default:
		for _, sh := range sheets {
			if sh == sheet || x.sheet == "" && strings.EqualFold(sh, sheet) {
				x.sheet = sh
			}
		}
		if x.sheet == "" {
			return nil, fmt.Errorf("ingest: %s: no sheet %q; its sheets are %s; correct sheet: in study.yaml", name, sheet, strings.Join(sheets, ", "))
		}
	}
	for _, sh := range sheets {
		if sh != x.sheet && xlsxHoldsValue(f, sh) {
			x.unread = append(x.unread, sh)
		}
	}
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		x.date1904 = *p.Date1904
	}
	if x.rows, err = f.Rows(x.sheet); err != nil {
		return nil, fmt.Errorf("ingest: %s: sheet %q cannot be read (%v); open the workbook in Excel and save it again", name, x.sheet, err)
	}
	if x.part = xlsxSheetPart(zr, f, x.sheet); x.part == nil {
		return nil, fmt.Errorf("ingest: %s: sheet %q is listed in the workbook but its part cannot be found; open the workbook in Excel and save it again as .xlsx: %w", name, x.sheet, ErrDamaged)
	}
	// The header: the first row with a value.
	for x.rows.Next() {
		x.rownum++
		cells, err := x.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("ingest: %s row %d: malformed header (%v); the first row with values must hold the column names", name, x.rownum, err)
		}
		if xlsxBlank(cells) {
			continue
		}
		if len(cells) > csvMaxColumns {
			return nil, fmt.Errorf("ingest: %s row %d: more than %d columns in the header; the sheet is probably not a table: save the table alone on a sheet (or name its sheet in study.yaml, sheet:): %w", name, x.rownum, csvMaxColumns, ErrNotTable)
		}
		x.header = x.rownum
		x.cols = make([]string, len(cells))
		for i, c := range cells {
			x.cols[i] = strings.TrimSpace(c)
		}
		// a header cell's formula without value is a name lost, of a
		// column that might be read
		if err := x.checkFormulas(true); err != nil {
			return nil, err
		}
		break
	}
	if err := x.rows.Error(); err != nil {
		return nil, fmt.Errorf("ingest: %s: sheet %q: %v", name, x.sheet, err)
	}
	if x.cols == nil {
		if err := x.checkSheet(); err != nil {
			return nil, err
		}
	}
	ok = true
	return x, nil
}

// xlsxHoldsValue reports whether sheet sh of f holds a value in any cell:
// its rows are read up to the first that does (an empty sheet, Excel's
// Sheet2 and Sheet3 of old, to its end). A sheet that cannot be read is
// said to hold one: better a warning too many than a table passed over.
func xlsxHoldsValue(f *excelize.File, sh string) bool {
	rows, err := f.Rows(sh)
	if err != nil {
		return true
	}
	defer rows.Close()
	for rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil || !xlsxBlank(cells) {
			return true
		}
	}
	return rows.Error() != nil
}

// xlsxBlank reports whether a row holds no value.
func xlsxBlank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (s *xlsxSource) closeAll() error {
	var e1 error
	if s.rows != nil {
		e1 = s.rows.Close()
		s.rows = nil
	}
	return errors.Join(e1, s.f.Close())
}

// Columns returns the header's names.
func (s *xlsxSource) Columns() []string { return s.cols }

// Bind binds columns by index.
func (s *xlsxSource) Bind(want []int) error {
	if s.bound {
		return errBoundTwice
	}
	if err := srcCheckIndices(want, len(s.cols)); err != nil {
		return err
	}
	s.want = append([]int(nil), want...)
	s.bound = true
	return nil
}

// BindNames binds columns by name; a missing name is a *ColumnError.
func (s *xlsxSource) BindNames(names []string) error {
	idx := srcBindIndex(s.cols, names)
	for j, i := range idx {
		if i < 0 {
			return &ColumnError{File: s.name, Column: names[j], Found: append([]string(nil), s.cols...), Sheet: s.sheet, Sheets: s.sheets}
		}
	}
	return s.Bind(idx)
}

// Next reads the next row that has a value; the line is its row number in
// the sheet.
func (s *xlsxSource) Next(row []Value) (line int64, err error) {
	if !s.bound {
		s.want = make([]int, len(s.cols))
		for i := range s.want {
			s.want[i] = i
		}
		s.bound = true
	}
	if len(row) != len(s.want) {
		return 0, errRowLen
	}
	if s.rows == nil {
		return 0, io.EOF
	}
	defer func() {
		if r := recover(); r != nil {
			line, err = 0, fmt.Errorf("ingest: %s row %d: the workbook reader failed (%v); open the workbook in Excel and save it again as .xlsx", s.name, s.rownum, r)
			s.rows = nil
		}
	}()
	if !s.formulas {
		// before any row: a table whose column holds formulas without
		// values might fail the reject rate before the end of the sheet
		s.formulas = true
		if err := s.checkFormulas(false); err != nil {
			s.rows = nil
			return 0, err
		}
	}
	for s.rows.Next() {
		s.rownum++
		cells, err := s.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			s.nrows++
			return s.rownum, &RowError{File: s.name, Line: s.rownum, Reason: fmt.Sprintf("a cell of this row cannot be read (%v)", err), Err: ErrMalformed}
		}
		if xlsxBlank(cells) {
			continue
		}
		if s.rows.GetRowOpts().Hidden {
			if s.hidden++; s.hiddenFirst == 0 {
				s.hiddenFirst = s.rownum
			}
		}
		s.nrows++
		s.cells = cells
		s.buf, s.offs = s.buf[:0], s.offs[:0]
		for j, c := range s.want {
			v := ""
			if c < len(cells) {
				v = cells[c]
			}
			if !utf8.ValidString(v) {
				return s.rownum, &RowError{File: s.name, Line: s.rownum, Column: s.cols[c], Value: srcDisplay([]byte(v)),
					Reason: "invalid UTF-8 text in a cell", Err: ErrInvalidUTF8}
			}
			s.offs = append(s.offs, len(s.buf))
			s.buf = append(s.buf, v...)
			row[j] = Value{}
		}
		s.offs = append(s.offs, len(s.buf))
		n := 0
		for j := range s.want {
			if b := s.buf[s.offs[j]:s.offs[j+1]:s.offs[j+1]]; len(b) > 0 {
				row[j] = Value{Kind: Bytes, B: b}
				n++
			}
		}
		if n > footerCells {
			s.lastFull = s.rownum
		}
		return s.rownum, nil
	}
	if err := s.rows.Error(); err != nil {
		return 0, fmt.Errorf("ingest: %s: sheet %q: %v", s.name, s.sheet, err)
	}
	if err := s.checkSheet(); err != nil {
		s.rows = nil
		return 0, err
	}
	return 0, io.EOF
}

// unboundFooter is wholeRowFooter of the row read last, all its cells
// (those right of the header's columns too).
func (s *xlsxSource) unboundFooter() string {
	return wholeRowFooter(len(s.cells), func(i int) []byte { return []byte(s.cells[i]) }, func(i int) bool { return slices.Contains(s.want, i) })
}

// checkSheet reads the sheet's XML once more, to its end, and returns an
// error wrapping ErrDamaged when it is not well formed up to the end of
// its table (</sheetData>). excelize's row reader takes any XML error for
// the end of the sheet, so a sheet cut off partway (a copy that stopped,
// a zip repaired by a tool) would otherwise be read in part without a
// word. The XML is only tokenised, which costs a fraction of excelize's
// own reading.
func (s *xlsxSource) checkSheet() error {
	rc, err := s.part.Open()
	if err != nil {
		return fmt.Errorf("ingest: %s: sheet %q cannot be unpacked (%v); open the workbook in Excel and save it again as .xlsx: %w", s.name, s.sheet, err, ErrDamaged)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.CharsetReader = s.f.CharsetReader
	var stack []xml.Name
	lastRow := ""
	damaged := func(why string) error {
		where := "before its first row"
		if lastRow != "" {
			where = "after row " + lastRow
		}
		return fmt.Errorf("ingest: %s: sheet %q is cut off or damaged %s (%s), so its later rows cannot be read; open the workbook in Excel, check the sheet and save it again as .xlsx, or export the table again: %w", s.name, s.sheet, where, why, ErrDamaged)
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(stack) > 0 {
				return damaged("the XML stops before <" + stack[len(stack)-1].Local + "> is closed")
			}
			return nil // well formed, without a table
		}
		if err != nil {
			return damaged(err.Error())
		}
		switch e := tok.(type) {
		case xml.StartElement:
			stack = append(stack, e.Name)
			if e.Name.Local == "row" {
				for _, a := range e.Attr {
					if a.Name.Local == "r" {
						lastRow = a.Value
					}
				}
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != e.Name {
				return damaged("the XML closes <" + e.Name.Local + "> where it has none open")
			}
			stack = stack[:len(stack)-1]
			if e.Name.Local == "sheetData" {
				return s.checkMerged(d)
			}
		}
	}
}

// FormulaError is a cell of a column sekat reads, below the header, that
// holds a formula without its value: the workbook was written by a
// program that stores formulas without computing them (a script's
// library, a spreadsheet saved without recalculation), and sekat, which
// reads the values Excel stores and computes no formula, would read the
// cell as empty.
type FormulaError struct {
	File, Sheet string
	Cell        string // as Excel names it, C5
	Column      string // the header of its column
	// Header: the cell is in the header row, so its column has no name
	// (Column is empty): whether sekat reads it cannot be told.
	Header bool
}

// Error formats `ingest: FILE: sheet "S": cell C5 (column "status")
// holds a formula without its value; ...`.
func (e *FormulaError) Error() string {
	if e.Header {
		return fmt.Sprintf("ingest: %s: sheet %q: header cell %s holds a formula without its value: the workbook was saved by a program that does not compute formulas, so the column would have no name; open the workbook in Excel or LibreOffice and save it again, so that the values are computed and stored, or export the sheet as CSV",
			e.File, e.Sheet, e.Cell)
	}
	return fmt.Sprintf("ingest: %s: sheet %q: cell %s (column %q) holds a formula without its value: the workbook was saved by a program that does not compute formulas, so the cell would be read as empty; open the workbook in Excel or LibreOffice and save it again, so that the values are computed and stored, or export the sheet as CSV",
		e.File, e.Sheet, e.Cell, e.Column)
}

// checkFormulas reads the sheet's XML for the first cell of a bound
// column below the header that holds a formula (<f>) without a value: no
// <v>, or an empty one in a cell that is not of a text result (t="str"),
// as openpyxl writes formulas; a computed empty text is <v></v> with
// t="str". It returns a *FormulaError for that cell, or nil. The XML is
// only tokenised; an error in it ends the search (checkSheet reports a
// damaged sheet at the end). With header, it looks at the header row
// alone, every column: a formula there without a value leaves its column
// without a name, and that column might be one sekat reads.
func (s *xlsxSource) checkFormulas(header bool) error {
	if s.header == 0 || !header && len(s.want) == 0 {
		return nil
	}
	read := make(map[int]bool, len(s.want))
	for _, c := range s.want {
		read[c+1] = true // 1-based, as the sheet counts columns
	}
	if s.noFormula {
		return nil
	}
	if !s.hasFormula() {
		s.noFormula = true
		return nil
	}
	rc, err := s.part.Open()
	if err != nil {
		return nil // checkSheet says so at the end
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.CharsetReader = s.f.CharsetReader
	var row, col int // of the current cell
	var ref, typ string
	var inCell, inV, hasF, hasV, vText bool
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "row":
				row, col = row+1, 0
				for _, a := range e.Attr {
					if n, err := strconv.Atoi(a.Value); a.Name.Local == "r" && err == nil {
						row = n
					}
				}
				if header && int64(row) > s.header {
					return nil
				}
			case "c":
				col++
				ref, typ = "", ""
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "r":
						if c, r, err := excelize.CellNameToCoordinates(a.Value); err == nil {
							col, row, ref = c, r, a.Value
						}
					case "t":
						typ = a.Value
					}
				}
				inCell, hasF, hasV, vText = true, false, false, false
			case "f":
				hasF = hasF || inCell
			case "v", "is":
				hasV = hasV || inCell
				inV = inCell && e.Name.Local == "v"
			}
		case xml.CharData:
			if inV && len(e) > 0 {
				vText = true
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "v":
				inV = false
			case "c":
				inCell = false
				if !hasF || hasV && (vText || typ == "str" || typ == "inlineStr") {
					break
				}
				if ref == "" {
					ref, _ = excelize.CoordinatesToCellName(col, row)
				}
				if header && int64(row) == s.header {
					return &FormulaError{File: s.name, Sheet: s.sheet, Cell: ref, Header: true}
				}
				if !header && int64(row) > s.header && read[col] {
					return &FormulaError{File: s.name, Sheet: s.sheet, Cell: ref, Column: s.cols[col-1]}
				}
			case "sheetData":
				return nil
			}
		}
	}
}

// hasFormula reports whether the sheet's XML may hold a formula: an
// element f (<f>, <f ...>, <f/>, or with a prefix, <x:f>), found by
// searching the bytes, which costs far less than tokenising them. Most
// tables exported from a system hold no formula at all, and
// checkFormulas then need not tokenise the sheet; a false alarm (":f "
// in some attribute) only costs that.
func (s *xlsxSource) hasFormula() bool {
	rc, err := s.part.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	const keep = 2 // bytes carried to the next read: a match may span two
	buf := make([]byte, 64<<10)
	n := 0
	for {
		m, err := io.ReadFull(rc, buf[n:])
		n += m
		for d := buf[:n]; ; {
			i := bytes.IndexByte(d, 'f')
			if i < 0 || i+1 >= len(d) {
				break
			}
			if i > 0 && (d[i-1] == '<' || d[i-1] == ':') {
				if c := d[i+1]; c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\r' || c == '\n' {
					return true
				}
			}
			d = d[i+1:]
		}
		if err != nil {
			return false
		}
		n = copy(buf, buf[n-keep:n])
	}
}

// MergedCellsError is a merged range of a sheet that covers, below the
// header, a cell of a column sekat reads other than the range's first:
// Excel keeps a merged range's value in its top-left cell only, so the
// other rows of the range (a sector merged over its units, a meeting's
// id or start merged over its attendees) would be read as empty.
//
// A range that starts in the header row and reaches below it (Tanggal
// Surat merged over rows 1 and 2, beside Pengirim over NIP and Nama) is
// a header of several rows, as grouped headings make one: Header is then
// set, and the fix is a header of one row, not filling the name into
// the rows below.
type MergedCellsError struct {
	File, Sheet string
	Range       string // as the sheet writes it, C3:C7
	Column      string // the first column sekat reads that it covers
	Row         int64  // the row whose value the range holds
	// Header reports a range that starts in the header row; Last is the
	// range's last row.
	Header bool
	Last   int64
}

// Error formats `ingest: FILE: sheet "S": cells C3:C7 (column "sector")
// are merged; ...`.
func (e *MergedCellsError) Error() string {
	if e.Header {
		return fmt.Sprintf("ingest: %s: sheet %q: cells %s (column %q) are merged from the header row (row %d) down to row %d: the header takes several rows, as grouped headings do (a heading over NIP and Nama); sekat reads a header of one row: unmerge the header's cells, write in row %d one name for every column (NIP Pengirim, Nama Pengirim), delete the rows below it down to row %d, then save the workbook again",
			e.File, e.Sheet, e.Range, e.Column, e.Row, e.Last, e.Row, e.Last)
	}
	return fmt.Sprintf("ingest: %s: sheet %q: cells %s (column %q) are merged; Excel keeps the value of merged cells in the first of them only (row %d), so the others would be read as empty: unmerge them and fill the value into every row, then save the workbook again",
		e.File, e.Sheet, e.Range, e.Column, e.Row)
}

// checkMerged reads the sheet's XML after its table (d is past
// </sheetData>) for merged ranges and returns a *MergedCellsError for the
// first that covers a read column below the header beyond its top-left
// cell. The XML after the table is not checked otherwise: an error there
// ends the search.
func (s *xlsxSource) checkMerged(d *xml.Decoder) error {
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local != "mergeCell" || s.header == 0 {
				continue
			}
			for _, a := range e.Attr {
				if a.Name.Local != "ref" {
					continue
				}
				first, last, ok := strings.Cut(a.Value, ":")
				if !ok {
					continue
				}
				c1, r1, err1 := excelize.CellNameToCoordinates(first)
				c2, r2, err2 := excelize.CellNameToCoordinates(last)
				if err1 != nil || err2 != nil {
					continue
				}
				c1, c2 = min(c1, c2)-1, max(c1, c2)-1 // 0-based, as s.want
				r1, r2 = min(r1, r2), max(r1, r2)
				if s.fewNoRow && int64(r1) > s.lastFull && int64(r1) > s.header {
					// a signature block under a log table, its lines
					// merged across columns (or its space for the
					// signature over rows): rows of two values at
					// most, which are no rows of the table, merged or not
					continue
				}
				for _, c := range s.want {
					// the cells of column c in the range, but the
					// top-left one, reach below the header
					if c1 <= c && c <= c2 && int64(r2) > s.header && (c != c1 || r2 > r1) {
						return &MergedCellsError{File: s.name, Sheet: s.sheet, Range: a.Value, Column: s.cols[c], Row: int64(r1),
							Header: int64(r1) <= s.header, Last: int64(r2)}
					}
				}
			}
		case xml.EndElement:
			if e.Name.Local == "mergeCells" {
				return nil
			}
		}
	}
}

// xlsxRels is a part's relationships (_rels/*.rels).
type xlsxRels struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:"Target,attr"`
		Type   string `xml:"Type,attr"`
	} `xml:"Relationship"`
}

// xlsxZipFile returns the entry of zr named name, as excelize finds it
// (backslashes read as slashes, the last of entries of the same name).
func xlsxZipFile(zr *zip.Reader, name string) *zip.File {
	var found *zip.File
	for _, zf := range zr.File {
		if strings.ReplaceAll(zf.Name, "\\", "/") == name {
			found = zf
		}
	}
	return found
}

// xlsxReadRels reads the relationships part name of zr; none when absent
// or unreadable.
func xlsxReadRels(zr *zip.Reader, name string) xlsxRels {
	var r xlsxRels
	zf := xlsxZipFile(zr, name)
	if zf == nil || zf.UncompressedSize64 > xlsxXMLInMemory {
		return r
	}
	rc, err := zf.Open()
	if err != nil {
		return r
	}
	defer rc.Close()
	xml.NewDecoder(rc).Decode(&r)
	return r
}

// xlsxSheetPart finds the zip entry holding the XML of the sheet, by the
// path excelize reads it from: the workbook part named in _rels/.rels, its
// relationships, and the relationship id of the sheet in the workbook.
func xlsxSheetPart(zr *zip.Reader, f *excelize.File, sheet string) *zip.File {
	if f.WorkBook == nil {
		return nil
	}
	wb := ""
	for _, r := range xlsxReadRels(zr, "_rels/.rels").Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			wb = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	dir := path.Dir(wb)
	relsPath := strings.TrimPrefix(dir+"/_rels/"+path.Base(wb)+".rels", "./")
	if dir == "." {
		relsPath = "_rels/" + path.Base(wb) + ".rels"
	}
	id := ""
	for _, sh := range f.WorkBook.Sheets.Sheet {
		if sh.Name == sheet {
			id = sh.ID
		}
	}
	for _, r := range xlsxReadRels(zr, relsPath).Rel {
		if r.ID == id && id != "" {
			t := strings.ReplaceAll(r.Target, "\\", "/")
			p := strings.TrimPrefix(path.Clean(dir+"/"+t), "/")
			if strings.HasPrefix(t, "/") {
				p = strings.TrimPrefix(path.Clean(t), "/")
			}
			return xlsxZipFile(zr, p)
		}
	}
	return nil
}

// Rows returns the number of rows with a value returned so far.
func (s *xlsxSource) Rows() int64 { return s.nrows }

// rowsLeft bounds the rows still to come: a sheet has at most
// excelize.TotalRows rows.
func (s *xlsxSource) rowsLeft() float64 { return float64(max(excelize.TotalRows-s.rownum, 0)) }

// Close closes the sheet and removes excelize's temporary files.
func (s *xlsxSource) Close() error { return s.close() }

// readXLSXFile reads the bytes of a workbook of size bytes (from its
// fstat) from r, at most limit of them.
func readXLSXFile(name string, r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, fmt.Errorf("ingest: %s: a workbook of %d bytes, more than the spool limit of %s; raise --max-spool if it is genuine, or save the table as CSV: %w", name, size, byteSize(limit), ErrXLSXSize)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("ingest: %s: larger than the spool limit of %s; raise --max-spool if the workbook is genuine: %w", name, byteSize(limit), ErrXLSXSize)
	}
	return data, nil
}
