package engine

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// Dialect is an SQL dialect sekat writes the pair SQL in.
type Dialect uint8

const (
	DuckDB Dialect = iota // DuckDB 1.5 (embedded with -tags duckdb, or the duckdb CLI)
	Spark                 // Spark SQL 3.5
	Trino                 // Trino 470 or later
)

var dialectNames = [...]string{"duckdb", "spark", "trino"}

func (d Dialect) String() string {
	if int(d) < len(dialectNames) {
		return dialectNames[d]
	}
	return fmt.Sprintf("dialect(%d)", d)
}

// ParseDialect reads "duckdb", "spark" or "trino".
func ParseDialect(s string) (Dialect, bool) {
	for i, n := range dialectNames {
		if strings.EqualFold(s, n) {
			return Dialect(i), true
		}
	}
	return 0, false
}

// CheckDest refuses a destination (Spec.Dest) that d's text cannot name:
// one with a line break or a backslash, or for Spark a single quote. It
// is the check the text makes when it is written, for a command to make
// before reading the study and word as bad usage. Trino's text writes
// catalog tables and names no folder.
func CheckDest(d Dialect, dest string) error {
	switch d {
	case DuckDB:
		return checkPath(dest)
	case Spark:
		return checkSparkPath(dest)
	}
	return nil
}

// Versions names the engine versions each dialect's text was written for
// and how it was checked here (docs/engines.md).
var Versions = map[Dialect]string{
	DuckDB: "DuckDB 1.5 (run and tested here embedded: github.com/duckdb/duckdb-go/v2 v2.10506.0, DuckDB v1.5.6)",
	Spark:  "Spark SQL 3.5 (syntax checked with sqlglot 10.6.3)",
	Trino:  "Trino 470 or later (syntax checked with sqlglot 10.6.3)",
}

// dialect is the thin per-dialect layer of the SQL text: everything the
// portable core does not write the same way in DuckDB, Spark SQL and Trino.
type dialect interface {
	id() Dialect
	// ident quotes an identifier (a column name found in a file).
	ident(s string) string
	// textType is the name of the string type in CAST.
	textType() string
	// idiv divides integer a >= 0 by integer b > 0, rounding down.
	idiv(a, b string) string
	// group writes a reference to capture group n in a regexp_replace
	// replacement.
	group(n int) string
	// chars writes a string expression holding exactly the runes rs.
	chars(rs []rune) string
	// trim removes the characters of the string expression chars from
	// both ends of x. chars holds no printable ASCII character ('!' to
	// '~'; see wsText), and x is a column, cheap to name twice.
	trim(chars, x string) string
	// explode writes the clause that follows a FROM item to give one row
	// per element of the array expression arr, as alias.col.
	explode(arr, alias, col string) string
	// source writes the statements that declare file i of table t and
	// returns them with the relation (a table name or table function) to
	// select its columns from, and the expression of the row's position
	// within the file. ordered says the position must follow the file.
	// When there are statements, they declare rel as a view (footer gets
	// it among the relations made).
	source(t string, i int, f File, ordered bool) (stmts []string, rel, rn string, err error)
	// column writes the expression of column c of a file relation.
	column(f File, c Column) string
	// utcMicros writes microseconds since the epoch of a TIMESTAMP value
	// that is an instant (TypeTimeUTC); naiveMicros the same of a wall
	// clock (TypeTimeLocal), counted as if it were UTC; epochDays the days
	// since 1970-01-01 of a DATE. The text floors the microseconds to
	// whole seconds, so a dialect may give those of the value's second
	// (Trino does, to stay exact).
	utcMicros(x string) string
	naiveMicros(x string) string
	epochDays(x string) string
	// view and table declare a named relation: view is computed where it
	// is used, table once (a temporary table, a cached one, or in Trino a
	// table of the session's schema, dropped again by footer). A table
	// computes a row_number() OVER () of its body once: every later
	// reference sees the same numbers, which the joins on (f, rn) need.
	view(name, body string) string
	table(name, body string) []string
	// output writes the statements that store body as the pair table
	// name under dest, partitioned by its last column, period, when part:
	// prep runs before any table is written, write writes it.
	output(name, body, dest, format string, part bool) (prep []string, write string, err error)
	// writes are the statements between the last prep and the first
	// write.
	writes() []string
	// header and footer are statements before and after the rest.
	header() []string
	// footer gets the relations declared, in order.
	footer(made []relation) []string
}

// lit writes a string literal; the same in the three dialects as long as
// no backslash is in s (Spark reads backslash escapes in literals).
func lit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// checkPath refuses paths the SQL text cannot carry safely.
func checkPath(p string) error {
	if strings.ContainsAny(p, "\n\r\\") {
		return sqlErr("path", "path %q holds a line break or a backslash; the SQL text cannot name it: rename the file or folder", p)
	}
	return nil
}

// joinDest names table name under dest. A URL (s3a://lake/p,
// hdfs://nn:8020/x, file:///x) keeps its scheme and authority as given;
// only its path is joined (path.Join would make s3a://lake of
// s3a:/lake).
func joinDest(dest, name string) string {
	i := strings.Index(dest, "://")
	if i <= 0 || !isScheme(dest[:i]) {
		return path.Join(dest, name)
	}
	rest := dest[i+3:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return dest + "/" + name
	}
	return dest[:i+3] + rest[:j] + path.Join(rest[j:], name)
}

// isScheme: s is a URL scheme (RFC 3986: a letter, then letters, digits,
// +, - or .).
func isScheme(s string) bool {
	for k, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case k > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// checkSparkPath refuses, besides what checkPath refuses, a path with a
// single quote: Spark 3.5 reads 'a”b' as two adjacent literals, 'a' and
// 'b', joined into ab (it escapes a quote with a backslash, which
// checkPath refuses), so the text would name another path.
func checkSparkPath(p string) error {
	if err := checkPath(p); err != nil {
		return err
	}
	if strings.Contains(p, "'") {
		return sqlErr("sparkQuote", "path %q holds a single quote ('), which the Spark SQL text cannot name (Spark reads '' in a literal as nothing): rename the file or folder", p)
	}
	return nil
}

func csvColumns(f File) string {
	var b strings.Builder
	for i := range f.Columns {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "'c%d': 'VARCHAR'", i)
	}
	return b.String()
}

func delimLiteral(f File, tab string) string {
	switch f.Delim {
	case '\t':
		return tab
	case 0:
		if f.Format == "tsv" {
			return tab
		}
		return "','"
	}
	return lit(string(f.Delim))
}

// ---- DuckDB ----

type duckdb struct{}

func (duckdb) id() Dialect             { return DuckDB }
func (duckdb) ident(s string) string   { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
func (duckdb) textType() string        { return "VARCHAR" }
func (duckdb) idiv(a, b string) string { return "((" + a + ") // (" + b + "))" }
func (duckdb) group(n int) string      { return `\` + strconv.Itoa(n) }
func (duckdb) chars(rs []rune) string  { return chrConcat(rs) }

// trim skips the values whose first and last characters are printable
// ASCII, which trim would leave as they are (chars holds none): DuckDB's
// trim with a set of characters builds that set anew for every value,
// 11-15% of the samples of the national rehearsal's unit-level pairs run
// and most of its malloc and free (docs/scale.md).
func (duckdb) trim(chars, x string) string {
	return "CASE WHEN unicode(" + x + ") BETWEEN 33 AND 126 AND unicode(right(" + x + ", 1)) BETWEEN 33 AND 126 THEN " + x +
		" ELSE trim(BOTH " + chars + " FROM " + x + ") END"
}
func (duckdb) utcMicros(x string) string { return "epoch_us(" + x + ")" }

// naiveMicros floors a TIMESTAMP_NS (a Parquet timestamp of nanoseconds
// without a zone) to its microsecond: DuckDB's cast to TIMESTAMP and its
// epoch_us round toward 0, so that 1969-12-31 23:59:59.9999999 came out
// as 1970-01-01 00:00:00, the next second (and day, and period), where
// sekat's Parquet reader floors it to 23:59:59. A value the cast moved up
// is larger once cast; for a TIMESTAMP of microseconds or coarser the
// cast changes nothing. (A nanosecond timestamp marked UTC DuckDB's
// Parquet reader itself reads as a TIMESTAMPTZ of microseconds, rounded
// toward 0 before the text sees it: docs/engines.md, Limits.)
func (d duckdb) naiveMicros(x string) string {
	t := "CAST(" + x + " AS TIMESTAMP)"
	return "(epoch_us(" + t + ") - CASE WHEN " + t + " > " + x + " THEN 1 ELSE 0 END)"
}
func (duckdb) epochDays(x string) string { return "date_diff('day', DATE '1970-01-01', " + x + ")" }
func (duckdb) explode(arr, alias, col string) string {
	return ", unnest(" + arr + ") AS " + alias + "(" + col + ")"
}
func (duckdb) view(name, body string) string {
	return "CREATE OR REPLACE TEMP VIEW " + name + " AS\n" + body
}
func (duckdb) table(name, body string) []string {
	return []string{"CREATE OR REPLACE TEMP TABLE " + name + " AS\n" + body}
}
func (duckdb) header() []string {
	// Row positions of CSV files come from the insertion order of a
	// temporary table (rowid), which this setting keeps (its default).
	return []string{"SET preserve_insertion_order = true"}
}
func (duckdb) footer([]relation) []string { return []string{"RESET threads"} }

func (d duckdb) column(f File, c Column) string {
	if f.Format == "parquet" {
		return d.ident(f.Columns[c.Index])
	}
	return fmt.Sprintf("c%d", c.Index)
}

func (d duckdb) source(t string, i int, f File, ordered bool) ([]string, string, string, error) {
	if err := checkPath(f.Path); err != nil {
		return nil, "", "", err
	}
	switch f.Format {
	case "parquet":
		if f.Gzip {
			return nil, "", "", sqlErr("gzipParquet", "%s: %s reads Parquet files that are not gzipped; unpack it (Parquet compresses its pages itself)", path.Base(f.Path), "DuckDB")
		}
		// binary_as_string: plain BYTE_ARRAY columns (Impala, older Hive)
		// are text to ingest, BLOB to DuckDB
		return nil, "read_parquet(" + lit(f.Path) + ", file_row_number = true, binary_as_string = true)", "file_row_number", nil
	case "csv", "tsv":
		if err := sourceCompression(f.Path, "DuckDB", "gzip", "zstd"); err != nil {
			// DuckDB reads gzip and zstd itself, bzip2 only through a
			// community extension, xz and lz4 not at all
			return nil, "", "", err
		}
		// The header names are replaced by c0, c1, ... in the header's order:
		// ingest matched them (case-insensitively, after trimming) to the
		// contract's columns; DuckDB would see them untrimmed.
		enc := ""
		switch f.Encoding {
		case "":
		case "utf-16":
			if _, be := utf16Order(f.Path, f.Gzip); be {
				// DuckDB's utf-16 is little-endian: it read no row of a
				// file with a big-endian byte order mark (as Java's
				// "UTF-16" writes), and said nothing
				return nil, "", "", sqlErr("encoding", "%s: the %s text reads CSV and TSV files in UTF-8 or UTF-16, not %s; save it as CSV UTF-8", path.Base(f.Path), "DuckDB", "UTF-16 big-endian")
			}
			enc = ", encoding = 'utf-16'"
		case "windows-1252":
			// DuckDB's own encodings are UTF-8, UTF-16 and Latin-1, which
			// is Windows-1252 but for 0x80-0x9F (€ “ ” and others)
			if !f.Latin1 {
				return nil, "", "", sqlErr("encodingC1", "%s: read as Windows-1252, as sekat analyze reads it, it holds characters such as € “ ” (bytes 0x80 to 0x9F) that the %s text, which reads Latin-1 but not Windows-1252, would read otherwise; save it as CSV UTF-8", path.Base(f.Path), "DuckDB")
			}
			enc = ", encoding = 'latin-1'"
		default:
			return nil, "", "", sqlErr("encoding", "%s: the %s text reads CSV and TSV files in UTF-8 or UTF-16, not %s; save it as CSV UTF-8", path.Base(f.Path), "DuckDB", f.Encoding)
		}
		skip := ""
		if f.SepLineMixed {
			// DuckDB takes the line end from the first line: it read
			// no row of such a file, and said nothing
			return nil, "", "", sqlErr("sepLineEnds", "%s: its first line, Excel's sep=%c, ends its line unlike the lines below it, and the %s text would read no row of it: remove that line, or save the file again so that all its lines end alike", path.Base(f.Path), f.Delim, "DuckDB")
		}
		if f.AboveMixed {
			// as for the sep line: DuckDB read no row, and said nothing
			return nil, "", "", sqlErr("aboveEnds", "%s: a blank line above its header (line %d) ends its line unlike the header, and the %s text would read no row of it: remove the lines above the header, or save the file again so that all its lines end alike", path.Base(f.Path), f.HeaderLine, "DuckDB")
		}
		if f.AboveRecords < 0 {
			// DuckDB's skip counts records, and where the quoting above
			// the header is broken it may end them elsewhere than sekat
			// (which reads on from the next line): it skipped the header
			// with them and took the first letter for it, without a word
			return nil, "", "", sqlErr("aboveQuoted", "%s: the lines above its header (line %d) hold broken quoting, which the %s text may read as more or fewer lines than sekat analyze, and skip the header or a row with them: remove the lines above the header", path.Base(f.Path), f.HeaderLine, "DuckDB")
		}
		if n := max(f.HeaderLine-1, 0); n > 0 || f.SepLine {
			// Excel's line "sep=X" or blank lines above the header, which
			// DuckDB would take for the header. DuckDB's skip counts
			// records, not lines: a blank record "<LF>",,, above the
			// header is one (AboveRecords); skipping its two lines
			// skipped the header too, and DuckDB took the first letter
			// for the header, without a word.
			if f.AboveRecords > 0 {
				n = f.AboveRecords
			}
			skip = ", skip = " + strconv.FormatInt(max(n, 1), 10)
		}
		// store_rejects: a line DuckDB cannot read as a row (a line of
		// spaces, "","" short of the header's fields) is kept aside in a
		// table rather than stopping the run; duckdbRejects then passes
		// over the blank ones, as ingest does, and stops on any other,
		// naming the file and the line
		rel := "read_csv(" + lit(f.Path) + ", auto_detect = false, header = true" + skip + ", delim = " + delimLiteral(f, `'\t'`) +
			", quote = '\"', escape = '\"', nullstr = ['', '\\N', 'NULL']" + enc + ", columns = {" + csvColumns(f) + "}" +
			", max_line_size = " + strconv.Itoa(MaxLine) + ", buffer_size = " + strconv.Itoa(2*MaxLine) +
			", store_rejects = true, rejects_table = " + lit(duckdbRejectsTable(t, i)) + ", rejects_scan = " + lit(duckdbRejectsTable(t, i)+"_scan") + ")"
		if !ordered {
			return nil, rel, "row_number() OVER ()", nil
		}
		// The rows of a temporary table keep the file's order (insertion
		// order is preserved), so rowid is the position in the file.
		name := fmt.Sprintf("sekat_raw_%s_%d", t, i)
		return []string{"CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT * FROM " + rel}, name, "rowid", nil
	}
	return nil, "", "", sqlErr("format", "%s: the %s text reads CSV, TSV and Parquet files; convert this %s file", path.Base(f.Path), "DuckDB", f.Format)
}

// MaxLine is the longest line of a CSV or TSV file the DuckDB text reads:
// ingest's own bound on a record (16 MiB), where DuckDB's default is 2 MB.
// DuckDB's read buffer must hold a line; it is set to two of them (32
// MiB, about the default's 16 lines of 2 MB), since the default, 16 lines,
// would take 256 MiB of memory for every file read.
const MaxLine = 16 << 20

// duckdbRejectsTable names the table where DuckDB keeps the lines of file
// i of table t that it could not read as rows (store_rejects).
func duckdbRejectsTable(t string, i int) string { return fmt.Sprintf("sekat_rejects_%s_%d", t, i) }

// duckdbBlank is the regular expression of a line of file f that holds
// nothing, as ingest's csvSource.blankRecord judges a record: each field
// white space, "" around white space, or \N or NULL (DuckDB may begin csv_line
// with the line ends of empty lines above it).
func duckdbBlank(f File) string {
	ws := "["
	for _, r := range wsText {
		ws += fmt.Sprintf(`\x{%X}`, r)
	}
	ws += "]"
	field := "(" + ws + `*|"` + ws + `*"|\\N|"\\N"|NULL|"NULL")`
	// the delimiter as the regular expression reads it: delimLiteral's
	// '\t' is SQL text, which DuckDB leaves a backslash and a t, so a
	// TAB is written as RE2's \t
	d := `\t`
	if l := delimLiteral(f, "tab"); l != "tab" {
		d = regexp.QuoteMeta(strings.Trim(l, "'"))
	}
	return `^[\r\n]*` + field + "(" + d + field + ")*$"
}

// duckdbShort is the condition, over the rows of a rejects table grouped
// by line, that DuckDB refused the line only for being short of the
// header's fields: a row ingest rejects as of the wrong width (and
// counts), unless the header ends in unnamed columns, which a record may
// leave out (then no line is such).
func duckdbShort(f File) string {
	if f.Unnamed {
		return "false"
	}
	return "bool_and(error_type = 'MISSING COLUMNS')"
}

// duckdbRejectedRows is the number of lines of file i of table t that
// DuckDB refused for being short of the header's fields (duckdbShort),
// blank lines aside: rows ingest rejects, which the inputs table counts
// as read and rejected.
func duckdbRejectedRows(t string, i int, f File) string {
	return "(SELECT count(*) FROM (SELECT line FROM " + duckdbRejectsTable(t, i) + " WHERE NOT regexp_full_match(COALESCE(csv_line, 'x'), " + lit(duckdbBlank(f)) +
		") GROUP BY line HAVING " + duckdbShort(f) + ") AS r)"
}

// duckdbRejects is the statement that stops the DuckDB text, naming the
// file and the first line, when DuckDB could not read a line of file i of
// table t that is neither blank (duckdbBlank) nor short of the header's
// fields (duckdbShort, counted as a rejected row): a row too wide, broken
// quoting, invalid UTF-8, which ingest reads or rejects by rules of its
// own (its quoting's resynchronisation, a spreadsheet's ragged right
// edge), so that counting it as DuckDB saw it is not sure to count what
// analyze counts. Blank lines short of the header's fields ("   ", "","")
// are passed over, as ingest passes over them. Runs after the file was
// read (its rejects table exists from then on).
func duckdbRejects(t string, i int, f File) string {
	return "SELECT error('sekat: ' || " + lit(path.Base(f.Path)) + " || ' line ' || CAST(line AS VARCHAR) || ': DuckDB''s CSV reader refused this line (' || reason || '); " +
		"correct the line (its fields and its quoting), or run sekat validate on the table to see every such line') FROM (\n" +
		"SELECT line, min(COALESCE(error_type, '') || ': ' || COALESCE(error_message, '')) AS reason FROM " + duckdbRejectsTable(t, i) +
		" WHERE NOT regexp_full_match(COALESCE(csv_line, 'x'), " + lit(duckdbBlank(f)) + ") GROUP BY line HAVING NOT " + duckdbShort(f) + " ORDER BY line LIMIT 1) AS r"
}

// output materialises body as a temporary table sorted on all its
// columns (with all the engine's threads), then writes it (with one
// thread, see writes), so that the table files' bytes do not depend on the
// order the threads finished in nor on the machine's cores.
func (d duckdb) output(name, body, dest, format string, part bool) ([]string, string, error) {
	if err := checkPath(dest); err != nil {
		return nil, "", err
	}
	opts := "FORMAT parquet"
	ext := ".parquet"
	if format == "csv" {
		opts, ext = "FORMAT csv, HEADER true", ".csv"
	}
	target := joinDest(dest, name)
	if part {
		opts += ", PARTITION_BY (period)"
	} else {
		target += ext
	}
	// sorted with all the threads; the table keeps that order (its
	// insertion order, see header) for the write
	tmp := "sekat_out_" + name
	return d.table(tmp, "SELECT * FROM (\n"+body+"\n) AS o ORDER BY ALL"), "COPY " + tmp + " TO " + lit(target) + " (" + opts + ")", nil
}

// writes sets one thread for the writes: with more, DuckDB hands COPY
// the rows in another order on each run, which Parquet compresses to
// other bytes, and a partitioned COPY writes a file per thread that had
// rows of a period. footer resets it.
func (duckdb) writes() []string { return []string{"SET threads = 1"} }

// chrConcat writes rs as chr(n) || chr(m) || ... (code points).
func chrConcat(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = "chr(" + strconv.Itoa(int(r)) + ")"
	}
	return "(" + strings.Join(parts, " || ") + ")"
}

// ---- Spark SQL ----

type spark struct{}

func (spark) id() Dialect             { return Spark }
func (spark) ident(s string) string   { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }
func (spark) textType() string        { return "STRING" }
func (spark) idiv(a, b string) string { return "((" + a + ") div (" + b + "))" }
func (spark) group(n int) string      { return "$" + strconv.Itoa(n) }
func (spark) chars(rs []rune) string {
	// Spark's chr() only knows code points below 256; a literal with
	// \uXXXX escapes holds any.
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range rs {
		fmt.Fprintf(&b, `\u%04X`, r)
	}
	b.WriteByte('\'')
	return b.String()
}
func (spark) trim(chars, x string) string {
	return "trim(BOTH " + chars + " FROM " + x + ")"
}
func (spark) utcMicros(x string) string { return "unix_micros(" + x + ")" }
func (spark) naiveMicros(x string) string {
	// the session zone is UTC (header), so a TIMESTAMP_NTZ cast to
	// TIMESTAMP keeps its wall clock as a UTC instant
	return "unix_micros(CAST(" + x + " AS TIMESTAMP))"
}
func (spark) epochDays(x string) string { return "datediff(" + x + ", DATE '1970-01-01')" }
func (spark) explode(arr, alias, col string) string {
	return " LATERAL VIEW explode(" + arr + ") " + alias + " AS " + col
}
func (spark) view(name, body string) string {
	return "CREATE OR REPLACE TEMPORARY VIEW " + name + " AS\n" + body
}
func (spark) table(name, body string) []string {
	return []string{"CACHE TABLE " + name + " AS\n" + body}
}
func (spark) header() []string {
	// the literal '\\N' below is a backslash and N only with this
	// setting (Spark's default)
	return []string{"SET spark.sql.session.timeZone = UTC", "SET spark.sql.parser.escapedStringLiterals = false"}
}

// footer drops what the text declared, in reverse order: each cached
// table uncached, then its view, and the views over the files; then it
// gives the session back Spark's defaults of the two settings header
// set. It ended with the last write: in a notebook's session the cached
// letters kept their memory and the session stayed in UTC.
func (spark) footer(made []relation) []string {
	var s []string
	for i := len(made) - 1; i >= 0; i-- {
		if made[i].table {
			s = append(s, "UNCACHE TABLE IF EXISTS "+made[i].name)
		}
		s = append(s, "DROP VIEW IF EXISTS "+made[i].name)
	}
	return append(s, "RESET spark.sql.session.timeZone", "RESET spark.sql.parser.escapedStringLiterals")
}
func (s spark) column(f File, c Column) string {
	if f.Format == "parquet" {
		return s.ident(f.Columns[c.Index])
	}
	// a field of NULL is missing, as \N is (nullValue): Spark's CSV
	// reader takes one string for NULL (ingest's csvNull)
	return fmt.Sprintf("nullif(c%d, 'NULL')", c.Index)
}

func (s spark) source(t string, i int, f File, ordered bool) ([]string, string, string, error) {
	if err := checkSparkPath(f.Path); err != nil {
		return nil, "", "", err
	}
	name := fmt.Sprintf("sekat_raw_%s_%d", t, i)
	// monotonically_increasing_id grows with the position in the file:
	// Spark splits a file into partitions in the order of its bytes.
	const rn = "monotonically_increasing_id()"
	switch f.Format {
	case "parquet":
		if f.Gzip {
			return nil, "", "", sqlErr("gzipParquet", "%s: %s reads Parquet files that are not gzipped; unpack it (Parquet compresses its pages itself)", path.Base(f.Path), "Spark")
		}
		// Spark's SQL on files: a Parquet file read in place
		return nil, "parquet.`" + strings.ReplaceAll(f.Path, "`", "``") + "`", rn, nil
	case "csv", "tsv":
		if err := sourceCompression(f.Path, "Spark", "gzip", "bzip2"); err != nil {
			// Hadoop's codecs in Spark read gzip and bzip2; its zstd codec
			// needs Hadoop's native library, which Spark's Hadoop is built
			// without (apache/spark#51182), it has no xz codec, and its
			// lz4 codec reads Hadoop's own framing, not the lz4 tool's
			return nil, "", "", err
		}
		if f.SepLine {
			// Spark's CSV reader has no option to skip lines above the header
			return nil, "", "", sqlErr("sepLine", "%s: the %s text reads the header from the first line, and this file's first line is Excel's sep=%c: remove that line, or make the tables with --dialect duckdb", path.Base(f.Path), "Spark SQL", f.Delim)
		}
		if f.PaddedLine > 0 {
			// Spark passes over empty lines, not lines of white space or
			// of empty cells: it would take such a line for the header
			return nil, "", "", sqlErr("paddedLine", "%s: line %d above its header holds only white space or empty cells, and the %s text reads the header from the first line that is not empty: remove the lines above the header (line %d), or make the tables with --dialect duckdb", path.Base(f.Path), f.PaddedLine, "Spark SQL", f.HeaderLine)
		}
		var cols []string
		for j := range f.Columns {
			cols = append(cols, fmt.Sprintf("c%d STRING", j))
		}
		st := "CREATE OR REPLACE TEMPORARY VIEW " + name + " (" + strings.Join(cols, ", ") + ") USING csv OPTIONS (path " + lit(f.Path) +
			", header 'true', sep " + delimLiteral(f, `'\t'`) + ", quote '\"', escape '\"', nullValue '\\\\N', mode 'FAILFAST', multiLine 'true', encoding " + sparkEncoding(f) + ")"
		return []string{st}, name, rn, nil
	}
	return nil, "", "", sqlErr("format", "%s: the %s text reads CSV, TSV and Parquet files; convert this %s file", path.Base(f.Path), "Spark", f.Format)
}

// sparkEncoding is the charset of a CSV or TSV file as Spark's CSV reader
// names it (Java's names; Java's UTF-16 reads the byte order mark).
// Every CSV file is read with multiLine 'true': a quoted cell may hold a
// line break (sekat reads it so), which Spark's line-by-line reader
// splits into two records (FAILFAST then stops); read whole, Spark also
// never splits a UTF-16 file at the byte 0x0A, half of a character.
//
// Java's UTF-16 reads a file without a mark as big-endian, while ingest
// reads it as little-endian unless NULs come before ASCII: such a file is
// named UTF-16LE or UTF-16BE, as ingest reads it.
func sparkEncoding(f File) string {
	switch f.Encoding {
	case "utf-16":
		switch order, _ := utf16Order(f.Path, f.Gzip); order {
		case "le":
			return "'UTF-16LE'"
		case "be":
			return "'UTF-16BE'"
		}
		return "'UTF-16'"
	case "windows-1252":
		return "'windows-1252'"
	}
	return "'UTF-8'"
}

func (spark) writes() []string { return nil }

func (spark) output(name, body, dest, format string, part bool) ([]string, string, error) {
	if err := checkSparkPath(dest); err != nil {
		return nil, "", err
	}
	using := "USING parquet"
	if format == "csv" {
		using = "USING csv OPTIONS (header 'true', escape '\"')"
	}
	p := ""
	if part {
		p = " PARTITIONED BY (period)"
	}
	return nil, "CREATE TABLE sekat_" + name + " " + using + p + " LOCATION " + lit(joinDest(dest, name)) + " AS\n" + body, nil
}

// ---- Trino ----

type trino struct{}

func (trino) id() Dialect             { return Trino }
func (trino) ident(s string) string   { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
func (trino) textType() string        { return "VARCHAR" }
func (trino) idiv(a, b string) string { return "((" + a + ") / (" + b + "))" }
func (trino) group(n int) string      { return "$" + strconv.Itoa(n) }
func (trino) chars(rs []rune) string  { return chrConcat(rs) }

// trim uses Trino's two-argument trim(string, characters).
func (trino) trim(chars, x string) string { return "trim(" + x + ", " + chars + ")" }

// utcMicros and naiveMicros give the microseconds of the time's second,
// its fraction dropped (the text uses whole seconds only, floored, as
// sekat's Parquet reader floors a time): to_unixtime is a DOUBLE, which
// holds about 16 digits, so to_unixtime(x) * 10^6 rounded made
// 23:59:59.9999999 (a nanosecond TIMESTAMP) midnight of the next day.
// date_trunc('second', x) floors x in time (before 1970 too); the
// to_unixtime of a whole second is a whole number a DOUBLE holds exactly.
func (trino) utcMicros(x string) string {
	return "CAST(to_unixtime(date_trunc('second', " + x + ")) AS BIGINT) * 1000000"
}
func (trino) naiveMicros(x string) string {
	return "CAST(to_unixtime(with_timezone(date_trunc('second', " + x + "), 'UTC')) AS BIGINT) * 1000000"
}
func (trino) epochDays(x string) string { return "date_diff('day', DATE '1970-01-01', " + x + ")" }
func (trino) explode(arr, alias, col string) string {
	return " CROSS JOIN UNNEST(" + arr + ") AS " + alias + "(" + col + ")"
}
func (trino) view(name, body string) string {
	return "CREATE OR REPLACE VIEW " + name + " AS\n" + body
}

// table materialises body in the session's schema: a view would compute
// the row_number() OVER () of the inputs again at every reference, and
// Trino need not number the rows the same way twice, so the joins on
// (f, rn) could pair a letter with another letter's recipients.
func (trino) table(name, body string) []string {
	return []string{"DROP TABLE IF EXISTS " + name, "CREATE TABLE " + name + " AS\n" + body}
}

// header fixes the session's zone: to_unixtime of a TIMESTAMP without a
// zone (utcMicros: a Parquet time marked UTC, in a catalog that types it
// so) casts it to one in the session's zone, so that a session in
// Asia/Jakarta would move every such event by seven hours. With the
// session in UTC the text gives the same instants in any session, for a
// column typed with or without a zone (as the Spark text's session zone).
func (trino) header() []string { return []string{"SET TIME ZONE 'UTC'"} }

// footer drops the relations made, in reverse order, and gives the
// session back its own zone.
func (trino) footer(made []relation) []string {
	var s []string
	for i := len(made) - 1; i >= 0; i-- {
		if made[i].table {
			s = append(s, "DROP TABLE IF EXISTS "+made[i].name)
		} else {
			s = append(s, "DROP VIEW IF EXISTS "+made[i].name)
		}
	}
	return append(s, "SET TIME ZONE LOCAL")
}
func (t trino) column(f File, c Column) string { return t.ident(f.Columns[c.Index]) }

func (t trino) source(tab string, i int, f File, ordered bool) ([]string, string, string, error) {
	if i > 0 {
		return nil, "", "", sqlErr("trinoTables", "the Trino text reads table %s from one catalog table; put its %d files in one table (one folder) and name one of them", tab, i+1)
	}
	// Trino reads catalog tables, not files, and has no row position:
	// row_number() OVER () only numbers rows, in the order Trino reads
	// them. Where the rules follow the file's order (ordered), a column
	// sekat_row of the table, when it has one, gives the order
	// (docs/engines.md, "Limits").
	//
	// rn is also the key of the joins on (f, rn), so it is a row number
	// ordered by sekat_row, never sekat_row itself: a NULL sekat_row (an
	// empty Parquet cell, Hive's \N) gave a NULL rn, which no join
	// matches (the row's attendee was lost, counted rejected), and two rows
	// of one number were joined with each other's attendees. Rows without
	// a number come after the rest, in Trino's reading order; the
	// relations built on rn are materialised (table), so every join sees
	// one numbering.
	if ordered {
		for _, c := range f.Columns {
			if strings.EqualFold(strings.TrimSpace(c), RowColumn) {
				return nil, tab, "row_number() OVER (ORDER BY CAST(" + t.ident(c) + " AS BIGINT) NULLS LAST)", nil
			}
		}
	}
	return nil, tab, "row_number() OVER ()", nil
}

// RowColumn is the column of a people or meetings table that gives, in
// the Trino text, each row's position in the file the table was made
// from (distinct whole numbers that grow with the file's order; meetings
// rows are also joined by it): Trino has no row position of its
// own, and two rules follow the file's order (of two spells of a person
// with one start, the later row; a meeting is placed by its first row).
// The other dialects read the position from the file and ignore it.
const RowColumn = "sekat_row"

func (trino) writes() []string { return nil }

func (trino) output(name, body, dest, format string, part bool) ([]string, string, error) {
	if format == "csv" {
		return nil, "", sqlErr("trinoCSV", "the Trino text writes Parquet only (Trino's Hive connector writes CSV only for VARCHAR columns); use --table-format parquet")
	}
	p := ""
	if part {
		p = ", partitioned_by = ARRAY['period']"
	}
	return nil, "CREATE TABLE sekat_" + name + " WITH (format = 'PARQUET'" + p + ") AS\n" + body, nil
}

func dialectOf(d Dialect) dialect {
	switch d {
	case Spark:
		return spark{}
	case Trino:
		return trino{}
	}
	return duckdb{}
}

// sourceCompression refuses, with the fix, a raw CSV or TSV file at p
// whose compression (Compression) the engine's CSV reader does not read;
// it reads a file uncompressed or compressed with a or b.
func sourceCompression(p, engine, a, b string) error {
	c := Compression(p)
	if c == "" || c == a || c == b {
		return nil
	}
	return sqlErr("compression", "%s: the %s text reads CSV and TSV files uncompressed or compressed with %s or %s, not %s; decompress it, or compress it with gzip, or read the raw tables with sekat analyze without --pairs", path.Base(p), engine, a, b, c)
}
