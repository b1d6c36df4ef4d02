package engine

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// SQLError is a reason the SQL text cannot be written or run for a study,
// with a Code naming the reason and the Args the sentence for it needs,
// so that a command can say it in the user's language. The codes:
//
//	path          Args: the path (it holds a line break or a backslash)
//	sparkQuote    Args: the path (it holds a single quote; Spark text only)
//	gzipParquet   Args: file, engine name (a Parquet file compressed whole)
//	format        Args: file, engine name, format (not CSV, TSV or Parquet)
//	trinoTables   Args: table, number of files (Trino reads one catalog table)
//	trinoCSV      no Args (Trino writes the pair tables as Parquet only)
//	columnTime    Args: table, column, file (a time or a fraction where text is wanted)
//	columnNumber  Args: table, column, file (a fraction where an integer or text is wanted)
//	columnStatus  Args: table, column, file (data_sharing's status as a BOOLEAN, where status words are wanted)
//	run           Args: phase, statement number, statements (DuckDB failed running the text, for a reason none of the codes below names)
//	value         Args: phase, statement number, statements (DuckDB's Conversion Error or Out of Range Error: a value it could not convert or compute)
//	interrupted   Args: phase, statement number, statements (DuckDB's INTERRUPT Error while sekat was not stopped)
//	missing       Args: path (DuckDB found no file at a path sekat checked: moved, deleted, a drive disconnected)
//	outGone       Args: folder, folder (the temporary folder of the pair tables in that folder went away as DuckDB wrote into it)
//	io            Args: path (another IO Error of DuckDB on that file: a disk or network fault, a read-only file system)
//	sepLine       Args: file, engine name, delimiter (a CSV opening with Excel's "sep=X" line; Spark text only)
//	sepLineEnds   Args: file, delimiter, engine name (that line ends unlike the lines below it; DuckDB text)
//	paddedLine    Args: file, line, engine name, header line (white space or empty cells above the header; Spark text only)
//	csvWide       Args: file, line, fields found, fields of the header (DuckDB's TOO MANY COLUMNS)
//	csvShort      Args: file, line, fields found, fields of the header (DuckDB's MISSING COLUMNS, a header ending in unnamed columns)
//	csvQuote      Args: file, line (DuckDB's UNQUOTED VALUE: a quote not closed, or text after a closing quote)
//	csvLong       Args: file, line (DuckDB's line size limit)
//	csvLine       Args: file, line (DuckDB could not read that line of a CSV or TSV file, for another reason)
//	csvEncoding   Args: file, line (DuckDB could not read that line: bytes that are not UTF-8)
//	lineEnds      Args: file, line end of line 1, line, its line end (a file whose lines end in LF and CRLF both; DuckDB)
//	aboveEnds     Args: file, header line, engine name (a blank line above the header ends unlike it; DuckDB text)
//	aboveQuoted   Args: file, header line, engine name (broken quoting in a blank record above the header; DuckDB text)
//	encoding      Args: file, engine name, encoding (neither UTF-8 nor little-endian UTF-16; DuckDB text)
//	encodingC1    Args: file, engine name (Windows-1252 with bytes 0x80-0x9F, which Latin-1 reads otherwise; DuckDB text)
//	damaged       Args: file (DuckDB could not read a Parquet file: damaged, cut off, not Parquet)
//	denied        Args: path (DuckDB may not open or write that file)
//	noSpace       Args: folder (DuckDB found the disk full writing into it)
//	memory        Args: statement number, statements (DuckDB ran out of memory)
//	tempDir       Args: folder, reason (DuckDB's temporary folder cannot be made)
//	start         Args: reason (the embedded DuckDB could not start)
//
// Every code but run, value, interrupted, missing, outGone, io, tempDir,
// start, damaged, denied, noSpace and memory refuses the input (Input);
// damaged, denied, noSpace and memory are said as sekat analyze says a
// damaged file, a file it may not open and a full disk (a failure, exit
// 1). Those and the other codes of DuckDB's refusals past a line of a CSV
// file (run, value, interrupted, missing, outGone, io) keep DuckDB's own
// first line as the Detail. A phase (of type Phase) among the Args is
// the step of the SQL text that failed, which a command names in its
// words.
type SQLError struct {
	Code string
	Args []any
	// Detail is DuckDB's own English words for a line of a CSV file it
	// refused (the csv codes) or for another refusal it said in its words
	// (damaged, denied, noSpace, memory, run, value, interrupted,
	// missing, outGone, io), which a command gives after its sentence; ""
	// for the other codes.
	Detail string
	err    error
}

func (e *SQLError) Error() string { return e.err.Error() }

// Unwrap gives the underlying error (the engine's own, for "run").
func (e *SQLError) Unwrap() error { return e.err }

// Input reports whether e refuses the study's input as it is: a path the
// text cannot name, a file or a line of it the text cannot read as sekat
// analyze reads it, a column of a type the text cannot take, or flags the
// text cannot follow (trinoCSV). The user must change the input, which is
// bad input; the other codes (run, tempDir, start) are the engine failing.
func (e *SQLError) Input() bool {
	switch e.Code {
	case "run", "value", "interrupted", "missing", "outGone", "io", "tempDir", "start", "damaged", "denied", "noSpace", "memory":
		return false
	}
	return true
}

// sqlErr is an *SQLError with the English text format.
func sqlErr(code, format string, a ...any) error {
	return &SQLError{Code: code, Args: a, err: fmt.Errorf("engine: "+format, a...)}
}

// What DuckDB says when it stops on a line of a CSV file: the text's own
// error (duckdbRejects), or DuckDB's CSV reader's ("CSV Error on Line: 7"
// ... "file = /d/correspondence.csv"), or its parser's on a file whose
// lines end in two ways (no line given).
var (
	reRejected = regexp.MustCompile(`sekat: (.+?) line (\d+): DuckDB's CSV reader refused this line \((.*?)\); `)
	reCSVLine  = regexp.MustCompile(`CSV Error on Line: (\d+)`)
	reCSVFile  = regexp.MustCompile(`(?m)^\s*file = (.+)$`)
)

// runError is the error of statement i of n of the DuckDB text, of phase
// ph, which failed with err: for a line of a CSV file that DuckDB could
// not read, one naming the file and the line (csvLine), or for a file
// whose lines end in two ways, one naming the first line that ends unlike
// line 1 (lineEnds); else a refusal in sekat's words (duckdbRefusal,
// duckdbFailure), with DuckDB's own first line as the detail.
func runError(i, n int, ph Phase, err error) error {
	e := fmt.Errorf("engine: duckdb: statement %d of %d: %w", i, n, err)
	s := err.Error()
	if m := reRejected.FindStringSubmatch(s); m != nil {
		line, _ := strconv.ParseInt(m[2], 10, 64)
		return csvLineError(m[1], line, m[3])
	}
	var file string
	if m := reCSVFile.FindStringSubmatch(s); m != nil {
		file = strings.TrimSpace(m[1])
	}
	if m := reCSVLine.FindStringSubmatch(s); m != nil && file != "" {
		line, _ := strconv.ParseInt(m[1], 10, 64)
		reason := "" // DuckDB gave none: csvLine, without a detail
		// DuckDB writes the line, then the reason on the next line
		lines := strings.Split(s, "\n")
		for k, l := range lines {
			if strings.HasPrefix(l, "Original Line:") && k+1 < len(lines) && strings.TrimSpace(lines[k+1]) != "" {
				reason = strings.TrimSpace(lines[k+1])
				break
			}
		}
		return csvLineError(path.Base(file), line, reason)
	}
	if strings.Contains(s, "state machine reached an invalid state") && file != "" {
		if first, line, end, ok := mixedLineEnds(file); ok {
			return sqlErr("lineEnds", "%s: its lines end in two ways (line 1 in %s, line %d in %s), and DuckDB's CSV reader takes one kind of line end for the whole file: save the file again so that all its lines end alike (for example, open it in a text editor and save it with one kind of line end, or run dos2unix on it), then run sekat pairs again", path.Base(file), first, line, end)
		}
	}
	if err := duckdbRefusal(i, n, s); err != nil {
		return err
	}
	return duckdbFailure(i, n, ph, s, e)
}

// reNoFiles is the path of DuckDB's "No files found that match the
// pattern" (a file read by name that is not there).
var reNoFiles = regexp.MustCompile(`No files found that match the pattern "([^"\n]+)"`)

// duckdbFailure is, for DuckDB's message s at statement i of n (phase ph)
// that duckdbRefusal does not know, the failure said by its kind, with
// DuckDB's first line as the Detail: a file no longer there (missing, or
// outGone when it is in the temporary folder of the pair tables), another
// fault reading or writing a file (io), a value DuckDB could not convert
// or compute (value), DuckDB interrupted (interrupted), else run; e is
// the English error they wrap. These were all "run": a sentence saying
// only that DuckDB failed at statement i, and DuckDB's English.
func duckdbFailure(i, n int, ph Phase, s string, e error) error {
	first, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	first = strings.TrimSpace(first)
	var file string
	if m := reNoFiles.FindStringSubmatch(s); m != nil {
		file = m[1]
	} else if m := reDuckFile.FindStringSubmatch(s); m != nil {
		file = m[1]
	}
	var err *SQLError
	switch {
	case strings.HasPrefix(s, "INTERRUPT Error"):
		err = sqlErr("interrupted", "the embedded DuckDB was interrupted while %s (statement %d of %d of the SQL text), though sekat was not stopped, and wrote no pair table: run sekat pairs again", ph, i, n).(*SQLError)
	case file != "" && strings.HasPrefix(s, "IO Error") && (strings.Contains(s, "No files found that match the pattern") || strings.Contains(s, "No such file or directory")):
		if dir := path.Dir(file); strings.HasPrefix(path.Base(dir), ".sekat-pairs-") {
			out := path.Dir(dir)
			err = sqlErr("outGone", "the folder in %s where sekat pairs writes the pair tables before it renames them went away while the embedded DuckDB wrote into it (it was deleted, or its drive was disconnected); keep %s in place and connected while sekat pairs runs, then run it again", out, out).(*SQLError)
		} else {
			err = sqlErr("missing", "the embedded DuckDB can no longer open %s: the file is not there (moved, renamed or deleted since sekat pairs checked the study, or its network drive was disconnected); put the file back or reconnect the drive, then run sekat pairs again", file).(*SQLError)
		}
	case file != "" && strings.HasPrefix(s, "IO Error"):
		err = sqlErr("io", "the embedded DuckDB could not read or write %s: the file system refused (DuckDB's words below say how); check that the file, its disk or its network drive can be reached and written, then run sekat pairs again", file).(*SQLError)
	case strings.HasPrefix(s, "Conversion Error"), strings.HasPrefix(s, "Out of Range Error"):
		err = sqlErr("value", "the embedded DuckDB could not convert or compute a value while %s (statement %d of %d of the SQL text), and wrote no pair table: a value in the study is of a kind the SQL text of sekat pairs did not expect; run sekat validate on the study to find the rows to correct, or read the raw tables with sekat analyze without --pairs; if sekat validate finds nothing, send DuckDB's words below to sekat's maintainers", ph, i, n).(*SQLError)
	default:
		return &SQLError{Code: "run", Args: []any{ph, i, n}, Detail: first, err: e}
	}
	err.Detail = first
	err.err = fmt.Errorf("%w (DuckDB: %s)", err.err, first)
	return err
}

// reDuckFile is the file DuckDB names in its refusals of a file:
// 'Failed to read file "p": ...', 'Could not write file "p": ...',
// 'Cannot open file "p": ...', "No magic bytes found at end of file 'p'",
// "File 'p' too small to be a Parquet file".
var reDuckFile = regexp.MustCompile(`[Ff]ile ["']([^"'\n]+)["']`)

// duckdbRefusal is, for DuckDB's message s at statement i of n, the
// refusal in sekat's words that sekat analyze gives of the same cause,
// DuckDB's first line kept as the Detail: memory run out (memory), a
// full disk (noSpace), a file DuckDB may not open or write (denied), a
// Parquet file it cannot read (damaged: a page damaged, a file cut off or
// not Parquet, which sekat pairs' own reading of the file, the footer and
// a log table's last rows, does not reach); nil for any other message.
// These were quoted in DuckDB's English only, under a sentence saying
// that the embedded DuckDB failed.
func duckdbRefusal(i, n int, s string) error {
	first, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	first = strings.TrimSpace(first)
	var file string
	if m := reDuckFile.FindStringSubmatch(s); m != nil {
		file = m[1]
	}
	var err *SQLError
	switch {
	case strings.HasPrefix(s, "Out of Memory Error"):
		err = sqlErr("memory", "the embedded DuckDB ran out of memory at statement %d of %d of the SQL text; close other programs and run sekat pairs again, or run the SQL text of sekat pairs (without --run) in an engine with more memory", i, n).(*SQLError)
	case strings.Contains(s, "No space left on device") || strings.Contains(s, "Disk quota exceeded"):
		dir := os.TempDir()
		if file != "" {
			dir = path.Dir(file)
		}
		// the folder the user knows: not sekat pairs --run's temporary
		// folder beside --out, nor DuckDB's spill folder in TMPDIR,
		// both removed when the run fails
		if b := path.Base(dir); strings.HasPrefix(b, ".sekat-pairs-") || strings.HasPrefix(b, "sekat-duckdb-") {
			dir = path.Dir(dir)
		}
		err = sqlErr("noSpace", "the disk is full: writing into the folder %s failed; free space on that disk, or give --out a folder on another disk (if it is the system's temporary folder, set TMPDIR to a folder on another disk), then run again", dir).(*SQLError)
	case file != "" && strings.Contains(s, "Permission denied"):
		err = sqlErr("denied", "%s cannot be opened: permission denied; ask its owner or an administrator for access to it (and to its folder), or give another file or folder, then run again", file).(*SQLError)
	case strings.HasSuffix(strings.ToLower(file), ".parquet") && (strings.Contains(s, "Failed to read file") || strings.Contains(s, "No magic bytes") || strings.Contains(s, "too small to be a Parquet file")):
		err = sqlErr("damaged", "%s is damaged or cut off: it stops before its end, or its data (gzip, Parquet, workbook) is broken, so the rows after that cannot be read; copy or export the file again from its source", path.Base(file)).(*SQLError)
	default:
		return nil
	}
	err.Detail = first
	err.err = fmt.Errorf("%w (DuckDB: %s)", err.err, first)
	return err
}

// reColumns is DuckDB's count of fields in a line it refused for having
// too many or too few ("Expected Number of Columns: 7 Found: 8").
var reColumns = regexp.MustCompile(`Expected Number of Columns: (\d+) Found: (\d+)`)

// csvLineError says that DuckDB could not read line of file, for reason
// (DuckDB's words: its error type and message, or its reader's message),
// in sekat's words, DuckDB's kept as the Detail: too many fields
// (csvWide), too few (csvShort), broken quoting (csvQuote), a line over
// the size limit (csvLong), bytes that are not UTF-8 (csvEncoding), or
// another reason (csvLine).
func csvLineError(file string, line int64, reason string) error {
	if strings.HasPrefix(reason, "INVALID ENCODING") {
		// in the user's words, not DuckDB's (the file is read as UTF-8:
		// one that analyze reads as Windows-1252 is read as Latin-1)
		return sqlErr("csvEncoding", "%s line %d: this line holds bytes that are not UTF-8, which DuckDB's CSV reader stops on and sekat analyze, reading the file as UTF-8, rejects (invalid UTF-8); correct the line, or save the file as CSV UTF-8, then run sekat pairs again (sekat validate lists every such line)", file, line)
	}
	var err error
	if m := reColumns.FindStringSubmatch(reason); m != nil {
		want, _ := strconv.Atoi(m[1])
		got, _ := strconv.Atoi(m[2])
		if got > want {
			err = sqlErr("csvWide", "%s line %d: this line has %d fields where the header has %d (most often a cell holding the delimiter without quotes around it), and DuckDB's CSV reader stops on it, while sekat analyze rejects the row; put that cell in double quotes or remove the extra cells, or run sekat validate on the raw table to see every such line, then run sekat pairs again", file, line, got, want)
		} else {
			err = sqlErr("csvShort", "%s line %d: this line has %d fields where the header has %d, and DuckDB's CSV reader stops on it because the header ends in columns without a name; delete the header's empty names at its end, or read the raw tables with sekat analyze without --pairs", file, line, got, want)
		}
	} else {
		switch {
		case strings.HasPrefix(reason, "UNQUOTED VALUE"), strings.Contains(reason, "unterminated quote"):
			err = sqlErr("csvQuote", "%s line %d: a quote on this line is not closed, or text follows a closing quote before the next delimiter (\"ab\"c), and DuckDB's CSV reader stops on it, while sekat analyze rejects or reads the row by its own rule; correct the quotes of that line (a quote inside a cell is written twice, \"\"), or run sekat validate on the raw table to see every such line, then run sekat pairs again", file, line)
		case strings.HasPrefix(reason, "LINE SIZE OVER MAXIMUM"), strings.Contains(reason, "Maximum line size"):
			err = sqlErr("csvLong", "%s line %d: this line is longer than DuckDB's CSV reader reads (16 MiB, the longest record sekat analyze reads); most often a quote not closed, which makes the rest of the file one cell: correct the line, or run sekat validate on the raw table, then run sekat pairs again", file, line)
		default:
			err = sqlErr("csvLine", "%s line %d: DuckDB's CSV reader cannot read this line, which sekat analyze rejects or passes over; correct the line (its fields and its quoting), or run sekat validate on the raw table to see every such line, then run sekat pairs again", file, line)
		}
	}
	if reason == "" {
		return err
	}
	e := err.(*SQLError)
	e.Detail = reason
	e.err = fmt.Errorf("%w (DuckDB: %s)", e.err, reason)
	return e
}

// utf16Order tells the byte order of the UTF-16 file at p (gunzipped
// when gz) as ingest's decoder tells it: "bom" when it opens with a byte
// order mark (be true for FE FF), else "be" for two ASCII characters each
// preceded by a NUL and "le" otherwise (UTF-16 without a mark is
// little-endian, as Windows writes it); "" when the file cannot be read.
func utf16Order(p string, gz bool) (order string, be bool) {
	f, err := os.Open(p)
	if err != nil {
		return "", false
	}
	defer f.Close()
	r, done, ok := openCompressed(p, f, gz)
	if !ok {
		return "", false
	}
	defer done()
	var b [4]byte
	n, _ := io.ReadFull(r, b[:])
	switch {
	case n >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return "bom", true
	case n >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return "bom", false
	case n == 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0:
		return "be", true
	}
	return "le", false
}

// mixedLineEnds reads the file at p (decompressed when its name ends in
// .gz, .zst or .bz2; not .xz or .lz4, which no engine's text reads) and
// returns the line end of its first line ("LF" or "CRLF") and the first
// line that ends otherwise, with its end; ok is false when every line
// ends alike or the file cannot be read. Quotes are not looked at.
func mixedLineEnds(p string) (first string, line int64, end string, ok bool) {
	f, err := os.Open(p)
	if err != nil {
		return "", 0, "", false
	}
	defer f.Close()
	r, done, ok := openCompressed(p, f, Compression(p) != "")
	if !ok {
		return "", 0, "", false
	}
	defer done()
	br := bufio.NewReaderSize(r, 1<<16)
	for line = 1; ; line++ {
		b, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			var more []byte
			more, err = br.ReadSlice('\n')
			b = more
		}
		if err != nil {
			return "", 0, "", false
		}
		kind := "LF"
		if len(b) > 1 && b[len(b)-2] == '\r' {
			kind = "CRLF"
		}
		if first == "" {
			first = kind
		} else if kind != first {
			return first, line, kind, true
		}
	}
}

// Compression names the compression of a table file from the ending of
// the name p, in any case: "gzip" (.gz), "zstd" (.zst), "bzip2" (.bz2),
// "xz" (.xz) or "lz4" (.lz4, the frame format of the lz4 tool); "" for
// none. The study reader (ingest.Compression) and the pair reader both go
// by it; which engine's text reads which is in sourceCompression.
func Compression(p string) string {
	switch l := strings.ToLower(p); {
	case strings.HasSuffix(l, ".gz"):
		return "gzip"
	case strings.HasSuffix(l, ".zst"):
		return "zstd"
	case strings.HasSuffix(l, ".bz2"):
		return "bzip2"
	case strings.HasSuffix(l, ".xz"):
		return "xz"
	case strings.HasSuffix(l, ".lz4"):
		return "lz4"
	}
	return ""
}

// openCompressed reads f, the file at p, through the decompressor of its
// name's ending (Compression) when compressed is set, else as it is;
// done releases it. ok is false when the data cannot be opened.
func openCompressed(p string, f io.Reader, compressed bool) (r io.Reader, done func(), ok bool) {
	if !compressed {
		return f, func() {}, true
	}
	switch Compression(p) {
	case "xz", "lz4":
		return nil, nil, false // no engine's text reads them (sourceCompression)
	case "zstd", "bzip2":
		z, err := decompress(Compression(p), f)
		if err != nil {
			return nil, nil, false
		}
		return z, func() {
			if c, ok := z.(io.Closer); ok {
				c.Close()
			}
		}, true
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, false
	}
	return z, func() { z.Close() }, true
}
