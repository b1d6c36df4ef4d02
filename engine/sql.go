package engine

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
)

// The whitespace sekat trims: what bytes.TrimSpace removes (Unicode white
// space), from ids and other text cells and, as ingest.ParseTime trims
// them, from times (until session 30 times lost space, tab, CR and LF
// only, and a time with a no-break space beside it was rejected).
var wsText = []rune{'\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
	0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000}

// The time formats of ingest.ParseTime as regular expressions (RE2, Java
// and Joni read them alike: no backslash, no class shorthand, at most 9
// capturing groups, since RE2 refers to \1 to \9 only). A value that
// matches is rewritten into one canonical form,
//
//	S|year|month|day|hour|minute|second|zone|ampm|E
//
// whose fields split_part takes apart; hour is empty for a date alone,
// ampm AM or PM (any case) after a 12-hour clock or empty, and
// zone (Z, +07, +0700 or +07:00, WIB, WITA, WIT, GMT+7 or UTC+07:00, after
// at most one space) empty for a wall clock. The S and E around it catch a match that did not cover the
// whole value (Java's $ also matches before a final line terminator).
const (
	reClockColon = "([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?"
	reClockDot   = "([0-9]{1,2})[.]([0-9]{2})(?:[.]([0-9]{2}))?"
	reAmPm       = "(?: ?([AaPp][Mm]))?"
	reZone       = "( ?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?|[Ww][Ii][Bb]|[Ww][Ii][Tt][Aa]|[Ww][Ii][Tt]|(?:[Gg][Mm][Tt]|[Uu][Tt][Cc])(?:[+-][0-9]{1,2}(?::[0-9]{2})?)?))?"
	// reRegion is the region name Java writes in brackets after an offset
	// (2025-03-04T09:00+07:00[Asia/Jakarta]); the brackets are taken off
	// by position, not by this pattern (a '[' cannot be written in a class
	// that RE2, Java and Joni all read without a backslash).
	reRegion = "^[A-Za-z0-9_/+-]+$"
	// reSerial is an Excel serial date of a table column: five digits,
	// an optional fraction of a day after '.' or ','.
	reSerial = "^([0-9]{5})(?:[.,]([0-9]+))?$"
)

// timePattern is one form of ingest.ParseTime as a regular expression
// and the groups that give the canonical fields year, month, day, hour,
// minute, second and zone (0: none).
type timePattern struct {
	re     string
	groups []int
}

// timePatterns are the forms of ingest.ParseTime (docs/inputs.md#times),
// each with the time written with ':' and with '.', numeric dates day
// first or, with monthFirst, month first. A month name is kept as the
// month field and read by monthCase. A day-first date may open with one
// of weekdays and a comma or spaces, and its time follow a comma and
// "pukul", "pkl." or "jam" (3 Februari 2025, pukul 09.00 WIB). A weekday
// may hold an apostrophe (Jum'at) or a letter outside ASCII (Jum’at):
// the pattern is then written by gen.pattern, never inside one literal.
func timePatterns(monthFirst bool, weekdays []string) []timePattern {
	day := ""
	if len(weekdays) > 0 {
		alt := make([]string, len(weekdays))
		for i, w := range weekdays {
			alt[i] = anyCase(w)
		}
		day = "(?:(?:" + strings.Join(alt, "|") + ")(?:, *| +))?"
	}
	// the words ingest.ParseTime reads before the time (ingest.AtWords):
	// pukul, pkl (or pkl.), jam
	at := "(?:T|[, ] *(?:(?:" + anyCase("pukul") + "|" + anyCase("pkl") + "[.]?|" + anyCase("jam") + ") +)?)"
	var out []timePattern
	for _, clk := range []string{reClockColon, reClockDot} {
		out = append(out,
			timePattern{"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]| +)" + clk + reAmPm + reZone + ")?$", []int{1, 2, 3, 4, 5, 6, 8, 7}},
			timePattern{"^([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?:(?:[Tt]| +)" + clk + reAmPm + reZone + ")?$", []int{1, 2, 3, 4, 5, 6, 8, 7}},
			timePattern{"^([0-9]{4})([0-9]{2})([0-9]{2})(?:(?:[Tt]| +)" + clk + reAmPm + reZone + ")?$", []int{1, 2, 3, 4, 5, 6, 8, 7}})
		for _, sep := range []string{"/", "-", "[.]"} {
			g := []int{3, 2, 1, 4, 5, 6, 8, 7}
			if monthFirst {
				g = []int{3, 1, 2, 4, 5, 6, 8, 7}
			}
			out = append(out, timePattern{"^" + day + "([0-9]{1,2})" + sep + "([0-9]{1,2})" + sep + "([0-9]{4})(?:" + at + clk + reAmPm + reZone + ")?$", g})
		}
		out = append(out, timePattern{"^" + day + "([0-9]{1,2})(?: +|-)([A-Za-z]+[.]?)(?: +|-)([0-9]{4})(?:" + at + clk + reAmPm + reZone + ")?$", []int{3, 2, 1, 4, 5, 6, 8, 7}})
		// the Unix date command's form: Fri Jan 10 09:00:00 WIB 2025
		out = append(out, timePattern{"^" + day + "([A-Za-z]+[.]?) +([0-9]{1,2}) +" + clk + reAmPm + reZone + " +([0-9]{4})$", []int{8, 1, 2, 3, 4, 5, 7, 6}})
	}
	return out
}

// anyCase writes a lower-case ASCII word as a pattern of its letters in
// either case ([Pp][Uu][Kk][Uu][Ll]): no flag that RE2, Java and Joni
// all read alike is needed.
func anyCase(w string) string {
	var b strings.Builder
	for _, c := range w {
		if 'a' <= c && c <= 'z' {
			b.WriteString("[" + string(c-32) + string(c) + "]")
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// monthCase is the month of the canonical month field f: its number, or
// the month of one of names (lower case; any case in f); NULL otherwise.
func monthCase(f string, names map[string]int) string {
	if len(names) == 0 {
		return "TRY_CAST(NULLIF(" + f + ", '') AS BIGINT)"
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("COALESCE(TRY_CAST(NULLIF(" + f + ", '') AS BIGINT), CASE lower(" + f + ")")
	for _, k := range keys {
		b.WriteString(" WHEN " + lit(k) + " THEN " + strconv.Itoa(names[k]))
	}
	b.WriteString(" END)")
	return b.String()
}

// column kinds of the input tables the SQL reads
const (
	colID   = iota // an id or short text: trimmed, NULL when empty
	colText        // text read as it is (recipients, cc, kind, status)
	colTime        // a time
)

type inCol struct {
	name string
	kind int
}

// inputs are the columns the SQL reads from each table.
var inputs = map[string][]inCol{
	"units":          {{"unit_id", colID}, {"kind", colText}},
	"people":         {{"person_id", colID}, {"unit_id", colID}, {"valid_from", colTime}, {"valid_to", colTime}},
	"correspondence": {{"sent_at", colTime}, {"sender", colID}, {"recipients", colText}, {"cc", colText}},
	"meetings":       {{"meeting_id", colID}, {"start", colTime}, {"attendee", colID}},
	"data_sharing":   {{"at", colTime}, {"provider", colID}, {"consumer", colID}, {"status", colText}},
}

// ordered says which tables need the position of each row in its file:
// people (of two spells with one start, the later row wins) and meetings
// (a meeting is in the window by the start of its first row).
var ordered = map[string]bool{"people": true, "meetings": true}

type gen struct {
	s      *Spec
	d      dialect
	stmts  []string
	phases []Phase     // of each statement
	phase  Phase       // of the statements being added
	made   []relation  // the views and tables declared, in order
	first  int         // the zone's offset at the start of zoneRange
	shifts []zoneShift // and its changes; nil until offset is first asked
}

// Phase is the part of the pair SQL a statement belongs to, for progress
// reports while an engine runs it.
type Phase int

// The phases, in the order their statements run.
const (
	PhaseRead      Phase = iota // settings and the declarations of the input files
	PhaseDirectory              // the units and the people's spells
	PhaseLetters                // letters resolved and split into pairs
	PhaseMeetings               // meetings and their attendees
	PhaseShares                 // data requests
	PhaseWrite                  // the pair tables written
)

// String names the phase in English, as the progress line does ("writing
// the pair tables"); a command names it in the user's language.
func (p Phase) String() string {
	switch p {
	case PhaseRead:
		return "reading the input file declarations"
	case PhaseDirectory:
		return "listing the units and the people's spells"
	case PhaseLetters:
		return "resolving letters to units at their dates"
	case PhaseMeetings:
		return "counting meetings and their attendees"
	case PhaseShares:
		return "counting data requests"
	case PhaseWrite:
		return "writing the pair tables"
	}
	return "phase " + strconv.Itoa(int(p))
}

// StepFunc is told, before each statement an engine runs, its number
// (from 0), the number of statements and its phase.
type StepFunc func(done, total int, ph Phase)

// add appends statements of the current phase.
func (g *gen) add(stmts ...string) {
	g.stmts = append(g.stmts, stmts...)
	for range stmts {
		g.phases = append(g.phases, g.phase)
	}
}

// Statements returns the statements of the pair SQL for spec in dialect
// d, in the order they must run (without the trailing semicolons).
func Statements(spec *Spec, d Dialect) ([]string, error) {
	g, err := generate(spec, d)
	if err != nil {
		return nil, err
	}
	return g.stmts, nil
}

// generate writes the statements of the pair SQL and their phases.
func generate(spec *Spec, d Dialect) (*gen, error) {
	if spec.Loc == nil {
		return nil, fmt.Errorf("engine: no time zone in the spec")
	}
	if spec.CircularUnits < 1 || spec.MaxMeetingSize < 2 {
		return nil, fmt.Errorf("engine: circular_units %d and max_meeting_size %d must be at least 1 and 2", spec.CircularUnits, spec.MaxMeetingSize)
	}
	if spec.Format != "parquet" && spec.Format != "csv" {
		return nil, fmt.Errorf("engine: table format %q: use parquet or csv", spec.Format)
	}
	if len(spec.Files["units"]) == 0 {
		return nil, fmt.Errorf("engine: no units table")
	}
	g := &gen{s: spec, d: dialectOf(d)}
	g.add(g.d.header()...)
	for _, t := range tableNames {
		if err := g.source(t); err != nil {
			return nil, err
		}
	}
	g.phase = PhaseDirectory
	g.directory()
	g.phase = PhaseLetters
	g.letters()
	g.phase = PhaseMeetings
	g.meetings()
	g.phase = PhaseShares
	g.shares()
	g.phase = PhaseWrite
	if err := g.outputs(); err != nil {
		return nil, err
	}
	g.add(g.d.footer(g.made)...)
	return g, nil
}

// SQL returns the pair SQL for spec in dialect d as one text: a comment
// that says what it is, then the statements, each ended by ";" and a line
// break.
func SQL(spec *Spec, d Dialect) (string, error) {
	st, err := Statements(spec, d)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-- sekat %s: pair tables (docs/engines.md, format %d), %s dialect, written for %s.\n", spec.Version, FormatVersion, d, Versions[d])
	fmt.Fprintf(&b, "-- level %s, every %s, window %s, time zone %s, circular_units %d, max_meeting_size %d.\n",
		spec.Level, spec.Every, windowText(spec.Window), spec.Loc, spec.CircularUnits, spec.MaxMeetingSize)
	if d == Trino {
		b.WriteString(trinoNote(spec))
	}
	for _, s := range st {
		b.WriteString("\n")
		b.WriteString(s)
		b.WriteString(";\n")
	}
	return b.String(), nil
}

func windowText(w graph.Window) string {
	f, t := "open", "open"
	if w.From != 0 {
		f = strconv.FormatInt(w.From, 10)
	}
	if w.To != 0 {
		t = strconv.FormatInt(w.To, 10)
	}
	return "[" + f + ", " + t + ") in Unix seconds"
}

// trinoNote says, in comments, which catalog tables the Trino text reads.
func trinoNote(spec *Spec) string {
	var b strings.Builder
	b.WriteString("-- Trino reads catalog tables, not files: run this in a session whose current catalog and schema\n")
	b.WriteString("-- hold one table per input, named as below, with the columns of the study's files:\n")
	for _, t := range tableNames {
		for _, f := range spec.Files[t] {
			fmt.Fprintf(&b, "--   %s (%s: %s) columns %s\n", t, f.Format, filepath.Base(f.Path), strings.Join(f.Columns, ", "))
		}
	}
	text := false
	for _, t := range tableNames {
		for _, f := range spec.Files[t] {
			text = text || f.Format == "csv" || f.Format == "tsv"
		}
	}
	if text {
		b.WriteString("-- A table over a CSV or TSV file may hold the file's header as a row (a Hive table without\n")
		b.WriteString("-- skip.header.line.count = 1): the text leaves that row out, as sekat analyze counts no header,\n")
		b.WriteString("-- and the file's blank rows (every column it reads empty or spaces), which analyze passes over.\n")
	}
	for _, t := range logTables {
		for _, f := range spec.Files[t] {
			if f.Footer > 0 {
				fmt.Fprintf(&b, "-- %s ends in %d rows under the table (a signature block or a totals row), which sekat pairs\n", filepath.Base(f.Path), f.Footer)
				b.WriteString("-- warned of and sekat analyze counts neither read nor rejected. Trino gives no row position to tell them from\n")
				fmt.Fprintf(&b, "-- the table's rows: if table %s holds them, this text counts them as read and rejected; make\n", t)
				b.WriteString("-- the table without them, or give sekat analyze --pairs a --max-reject-rate that allows for them.\n")
			}
		}
	}
	b.WriteString("-- It writes the tables sekat_meta, sekat_inputs, sekat_totals, sekat_nodes, sekat_pairs and\n")
	b.WriteString("-- sekat_meeting_sizes (Parquet) in that schema; with the Hive connector each is a folder of that\n")
	b.WriteString("-- name in the schema's location. Copy (or mount) the six folders into one folder, names kept,\n")
	b.WriteString("-- and give that folder to sekat analyze --pairs (it reads sekat_pairs/ as pairs/ and so on).\n")
	return b.String()
}

func (g *gen) view(name, body string) {
	g.add(g.d.view(name, body))
	g.made = append(g.made, relation{name: name})
}

// relation is a view or table the text declares.
type relation struct {
	name  string
	table bool
}

func (g *gen) table(name, body string) {
	g.add(g.d.table(name, body)...)
	g.made = append(g.made, relation{name: name, table: true})
}

// ---- expressions of the portable core ----

// trimID trims x as bytes.TrimSpace does and gives NULL for "".
func (g *gen) trimID(x string) string {
	return "NULLIF(" + g.d.trim(g.d.chars(wsText), x) + ", '')"
}

func (g *gen) trimTime(x string) string {
	return g.d.trim(g.d.chars(wsText), x)
}

// fmod is a mod b rounded toward minus infinity (b > 0).
func fmod(a, b string) string {
	return "(((" + a + ") % " + b + " + " + b + ") % " + b + ")"
}

// fdiv is a / b rounded toward minus infinity (b > 0): a minus fmod is a
// multiple of b, so every dialect's integer division is exact on it.
func (g *gen) fdiv(a, b string) string {
	return g.d.idiv("(("+a+") - "+fmod(a, b)+")", b)
}

// offset writes the zone's offset at the Unix time x; the zone's changes
// are found once per text.
func (g *gen) offset(x string) string {
	if g.shifts == nil {
		g.first, g.shifts = zoneShifts(g.s.Loc)
		if g.shifts == nil {
			g.shifts = []zoneShift{}
		}
	}
	return offsetCase(g.first, g.shifts, x)
}

// replacement writes the canonical form of a time format's match.
// canonical rewrites the text time s into the canonical form by the
// first of timePatterns that matches it (a rewritten value matches no
// later pattern: they all start with a digit).
func (g *gen) canonical(s string, monthFirst bool) string {
	q := s
	for _, tp := range timePatterns(monthFirst, g.s.WeekdayNames) {
		q = "regexp_replace(" + q + ", " + g.pattern(tp.re) + ", " + g.replacement(tp.groups) + ")"
	}
	return q
}

// pattern writes the regular expression re as SQL text: a literal, but
// with each single quote and each character outside ASCII written by the
// dialect's chars and joined with ||. Spark SQL reads a quote written
// twice inside a literal (Jum, two quotes, at) as two literals joined,
// dropping the quote; so the weekday Jum'at needs it written apart, and
// Jum’at too, so that the text stays ASCII.
func (g *gen) pattern(re string) string {
	if !strings.ContainsFunc(re, func(r rune) bool { return r == '\'' || r > 0x7e }) {
		return lit(re)
	}
	var parts []string
	plain, odd := []rune{}, []rune{}
	flush := func() {
		if len(plain) > 0 {
			parts = append(parts, lit(string(plain)))
			plain = plain[:0]
		}
		if len(odd) > 0 {
			parts = append(parts, g.d.chars(odd))
			odd = odd[:0]
		}
	}
	for _, r := range re {
		if r == '\'' || r > 0x7e {
			if len(plain) > 0 {
				flush()
			}
			odd = append(odd, r)
			continue
		}
		if len(odd) > 0 {
			flush()
		}
		plain = append(plain, r)
	}
	flush()
	return "(" + strings.Join(parts, " || ") + ")"
}

func (g *gen) replacement(groups []int) string {
	var b strings.Builder
	b.WriteString("S")
	for _, n := range groups {
		b.WriteString("|")
		if n > 0 {
			b.WriteString(g.d.group(n))
		}
	}
	b.WriteString("|E")
	return lit(b.String())
}

// ---- input tables ----

// source declares sekat_src_<t>: every file of table t with f (the file's
// number), rn (the row's position) and the table's inputs: an id or text
// column as text (NULL when absent); a time column c as t_c_txt (text),
// t_c_sec (seconds, for typed Parquet columns) and t_c_kind (0 text, 1 an
// instant, 2 a wall clock, 3 a date).
func (g *gen) source(t string) error {
	var parts []string
	for i, f := range g.s.Files[t] {
		stmts, rel, rn, err := g.d.source(t, i, f, ordered[t])
		if err != nil {
			return err
		}
		g.add(stmts...)
		if len(stmts) > 0 {
			// a view over the file (Spark's), dropped by footer
			g.made = append(g.made, relation{name: rel})
		}
		sel := []string{strconv.Itoa(i) + " AS f", rn + " AS rn"}
		for _, c := range inputs[t] {
			cs, err := g.inputColumn(t, f, c)
			if err != nil {
				return err
			}
			sel = append(sel, cs...)
		}
		parts = append(parts, "SELECT "+strings.Join(sel, ", ")+" FROM "+rel+g.notBlank(t, f))
	}
	if len(parts) == 0 {
		sel := []string{"CAST(NULL AS BIGINT) AS f", "CAST(NULL AS BIGINT) AS rn"}
		for _, c := range inputs[t] {
			sel = append(sel, g.nullColumn(c)...)
		}
		parts = append(parts, "SELECT "+strings.Join(sel, ", ")+" WHERE 1 = 0")
	}
	g.view("sekat_src_"+t, strings.Join(parts, "\nUNION ALL\n"))
	return nil
}

// shortRows adds to a count of table t's rows (read or rejected) the
// lines of its CSV and TSV files that the DuckDB text set aside for being
// short of the header's fields (duckdbRejectedRows), which ingest reads as
// rows and rejects; "" for the other dialects, whose readers stop on them.
func (g *gen) shortRows(t string) string {
	if g.d.id() != DuckDB {
		return ""
	}
	var b strings.Builder
	for i, f := range g.s.Files[t] {
		if f.Format == "csv" || f.Format == "tsv" {
			b.WriteString(" + " + duckdbRejectedRows(t, i, f))
		}
	}
	return b.String()
}

// filesOf is the files and file_names of the inputs row of the log
// table t: the number of its files (0: no file) and their names as
// sekat analyze says them (Spec.Names), so that analyze --pairs tells a
// missing table from one whose files hold no row, as analyze does.
// The first row names the columns (as); the name is cast to the
// dialect's text type, lest Trino type an empty literal varchar(0).
func (g *gen) filesOf(t, as1, as2 string) string {
	return "CAST(" + strconv.Itoa(len(g.s.Files[t])) + " AS BIGINT)" + as1 + ", CAST(" + lit(g.s.Names[t]) + " AS " + g.d.textType() + ")" + as2
}

// footerRows takes out of a count of table t's rows (read or rejected)
// the rows that end its files as a signature block or a totals row
// (File.Footer), which the DuckDB and Spark texts read and reject and
// ingest counts neither read nor rejected; "" for Trino, whose catalog
// tables may have been made without them.
func (g *gen) footerRows(t string) string {
	if g.d.id() == Trino {
		return ""
	}
	var b strings.Builder
	for _, f := range g.s.Files[t] {
		if f.Footer > 0 {
			b.WriteString(" - " + strconv.FormatInt(f.Footer, 10) + " /* " + strings.ReplaceAll(filepath.Base(f.Path), "*/", "* /") + ": footer_rows */")
		}
	}
	return b.String()
}

// notBlank is the WHERE clause that leaves out the rows of a CSV or TSV
// file whose every cell is missing or
// white space: a spreadsheet's empty row (,,,, or "",""), a line of
// spaces. ingest passes over these records as blank lines, and counts
// them nowhere (csvSource.blankRecord); read as rows they would be
// rejected rows here. It also leaves out the header written again (see
// headerCells), which ingest names in a warning and counts nowhere.
//
// Trino reads a catalog table, not the file (its columns are the file's,
// and may be typed): cells are cast to text first, and a row is blank
// when every column the text reads of it (inputs[t], bound) is missing
// or white space. The text names no other column, lest a table without
// one the text does not need (an unnamed column at the header's end has
// no name a table can have) stop it; a row with text only in such columns
// is left out, which analyze rejects. A blank row was counted as read and
// rejected, as the header read as a row was (a table made over the file
// without skipping its first line: a Hive table without
// skip.header.line.count), where analyze counts neither; a small table
// went over analyze --pairs' reject rate on them alone.
func (g *gen) notBlank(t string, f File) string {
	if f.Format != "csv" && f.Format != "tsv" || len(f.Columns) == 0 {
		return ""
	}
	cells := make([]string, len(f.Columns))
	var read []string // the cells the blank test looks at
	if g.d.id() == Trino {
		for j := range f.Columns {
			cells[j] = g.trimID("CAST(" + g.d.column(f, Column{Index: j}) + " AS " + g.d.textType() + ")")
		}
		seen := map[int]bool{}
		for _, c := range inputs[t] {
			if bc, ok := f.Bound[c.name]; ok && bc.Index >= 0 && bc.Index < len(f.Columns) && !seen[bc.Index] {
				seen[bc.Index] = true
				read = append(read, cells[bc.Index])
			}
		}
	} else {
		for j := range f.Columns {
			cells[j] = g.trimID(g.d.column(f, Column{Index: j}))
		}
		read = cells
	}
	var where string
	switch len(read) {
	case 0:
	case 1:
		where = " WHERE " + read[0] + " IS NOT NULL"
	default:
		where = " WHERE COALESCE(" + strings.Join(read, ", ") + ") IS NOT NULL"
	}
	h := g.headerRow(t, f, func(j int) string { return cells[j] })
	switch {
	case h == "":
		return where
	case where == "":
		return " WHERE NOT " + h
	}
	return where + " AND NOT " + h
}

// headerRow is the condition that a row of file f of table t is its
// header (written again, or read as a row): each of headerCells[t] holds
// its column's own name; cell(j) is the trimmed text of column j. "" when
// f binds not all of those columns.
func (g *gen) headerRow(t string, f File, cell func(j int) string) string {
	var same []string
	for _, c := range headerCells[t] {
		bc, ok := f.Bound[c]
		if !ok || bc.Index < 0 || bc.Index >= len(f.Columns) {
			return ""
		}
		name := strings.ToLower(strings.TrimSpace(f.Columns[bc.Index]))
		// the name, or the name after a UTF-8 byte order mark: the
		// header of an exported file joined below another, also quoted
		// ("sent_at"), whose quotes stay in the cell behind the mark
		// (pattern: a text with quotes and the mark written apart)
		same = append(same, "COALESCE(lower("+cell(bc.Index)+") IN ("+g.pattern(name)+", "+g.pattern("\uFEFF"+name)+", "+g.pattern("\uFEFF\""+name+"\"")+"), FALSE)")
	}
	if len(same) == 0 {
		return ""
	}
	return "(" + strings.Join(same, " AND ") + ")"
}

// headerCells are, per table, the columns whose cells all holding their
// column's own name (any case, after a byte order mark or not) make a row
// the header written again, as
// ingest tells it (ErrHeaderRow): a log table's time, a units row's
// unit_id, a people row's person_id and unit_id.
var headerCells = map[string][]string{
	"units":          {"unit_id"},
	"people":         {"person_id", "unit_id"},
	"correspondence": {"sent_at"},
	"meetings":       {"start"},
	"data_sharing":   {"at"},
}

func (g *gen) nullColumn(c inCol) []string {
	txt := "CAST(NULL AS " + g.d.textType() + ")"
	if c.kind != colTime {
		return []string{txt + " AS x_" + c.name}
	}
	return []string{txt + " AS t_" + c.name + "_txt", "CAST(NULL AS BIGINT) AS t_" + c.name + "_sec", "0 AS t_" + c.name + "_kind"}
}

func (g *gen) inputColumn(t string, f File, c inCol) ([]string, error) {
	bc, ok := f.Bound[c.name]
	if !ok {
		return g.nullColumn(c), nil
	}
	x := g.d.column(f, bc)
	txt := "CAST(" + x + " AS " + g.d.textType() + ")"
	bad := func(code, what string) error {
		return sqlErr(code, "%s column %q of %s is "+what+"; write it as text", t, f.Columns[bc.Index], filepath.Base(f.Path))
	}
	if bc.Type == TypeBool {
		// true and false, which sekat analyze reads as the words
		// "true" and "false": a status column is refused (analyze
		// rejects every row of it), said as what it is, not as a time
		// or a fraction (columnTime)
		if c.name == "status" {
			return nil, sqlErr("columnStatus", "%s column %q of %s holds true and false (BOOLEAN), where a status is text: granted (disetujui, diberikan, approved), denied (ditolak, rejected, declined, refused), pending (menunggu, diproses, waiting) or empty for granted, and sekat analyze rejects every row of it; write the column as text with those words", t, f.Columns[bc.Index], filepath.Base(f.Path))
		}
		// another column: the words true and false, as analyze reads
		// it (it was refused, columnBool, where analyze read the
		// dataset column of data_sharing as those words); a CASE, which
		// DuckDB, Spark and Trino read alike (NULL stays NULL)
		x = "CAST(CASE WHEN " + x + " THEN 'true' WHEN NOT " + x + " THEN 'false' END AS " + g.d.textType() + ")"
		bc.Type = TypeText
	}
	if c.kind != colTime {
		switch bc.Type {
		case TypeText:
			return []string{x + " AS x_" + c.name}, nil
		case TypeInt:
			return []string{txt + " AS x_" + c.name}, nil
		}
		return nil, bad("columnTime", "a time or a number that is not an integer")
	}
	p := "t_" + c.name
	null := "CAST(NULL AS " + g.d.textType() + ")"
	switch bc.Type {
	case TypeText:
		return []string{x + " AS " + p + "_txt", "CAST(NULL AS BIGINT) AS " + p + "_sec", "0 AS " + p + "_kind"}, nil
	case TypeInt:
		return []string{txt + " AS " + p + "_txt", "CAST(NULL AS BIGINT) AS " + p + "_sec", "0 AS " + p + "_kind"}, nil
	case TypeTimeUTC:
		return []string{null + " AS " + p + "_txt", g.fdiv(g.d.utcMicros(x), "1000000") + " AS " + p + "_sec", "1 AS " + p + "_kind"}, nil
	case TypeTimeLocal:
		return []string{null + " AS " + p + "_txt", g.fdiv(g.d.naiveMicros(x), "1000000") + " AS " + p + "_sec", "2 AS " + p + "_kind"}, nil
	case TypeDate:
		return []string{null + " AS " + p + "_txt", "CAST(" + g.d.epochDays(x) + " AS BIGINT) * 86400 AS " + p + "_sec", "3 AS " + p + "_kind"}, nil
	}
	return nil, bad("columnNumber", "a number that is not an integer")
}

// typedInRange is the condition that the typed time (kind 1 to 3) of the
// time column with prefix p lies in the years ingest.TimeOf reads, 1 to
// 9999: a Parquet timestamp of the year 0 was rejected by sekat and
// counted by the SQL (QA of session 30). Out of range, the value is there
// (c_p) but no time (c_u NULL), and the row is rejected as sekat does.
func typedInRange(p string) string {
	const minTime, maxTime, halfDay = -62135596800, 253402300800, 14 * 3600 // as ingest's minTime and maxTime
	r := func(lo, hi int64) string {
		return p + "_sec >= " + strconv.FormatInt(lo, 10) + " AND " + p + "_sec < " + strconv.FormatInt(hi, 10)
	}
	return "((" + p + "_kind = 1 AND " + r(minTime, maxTime) + ") OR (" + p + "_kind = 2 AND " + r(minTime+halfDay, maxTime-halfDay) +
		") OR (" + p + "_kind = 3 AND " + r((minTime/86400+1)*86400, (maxTime/86400-1)*86400) + "))"
}

// times wraps the relation rel (a SELECT or a name) in the stages that
// turn each time column c of cols into c_p (the cell holds a value) and
// c_u (Unix seconds; NULL when the value is not a time), as
// ingest.TimeOf does in the study's zone. A column in endDate that is a
// date alone ends at the end of that day (people's valid_to).
func (g *gen) times(rel string, cols []string, endDate map[string]bool, monthFirst bool) string {
	stage := func(inner string, items []string) string {
		return "SELECT *, " + strings.Join(items, ", ") + " FROM (" + inner + ") AS s"
	}
	var a, b, c, d, e, f, h, k, m []string
	for _, n := range cols {
		p := "t_" + n
		s := g.trimTime(p + "_txt")
		// a region name in brackets at the end ([Asia/Jakarta]) is taken
		// off before the forms are matched; it must be a name (reRegion)
		// and follow an offset or Z (stage c), as in ingest's zoneAt
		pos := "position('[' IN " + s + ")"
		br := "(" + s + " LIKE '%]')"
		region := "substr(" + s + ", " + pos + " + 1, length(" + s + ") - " + pos + " - 1)"
		sb := "CASE WHEN " + br + " AND " + pos + " > 0 THEN substr(" + s + ", 1, " + pos + " - 1) ELSE " + s + " END"
		a = append(a,
			"CASE WHEN "+p+"_kind = 0 AND NOT ("+s+" LIKE '%|%') THEN "+g.canonical(sb, monthFirst)+" END AS "+n+"_n",
			br+" AS "+n+"_br",
			"("+pos+" > 0 AND length("+region+") > 0 AND regexp_replace("+region+", "+lit(reRegion)+", '') = '') AS "+n+"_brok",
			"CASE WHEN "+p+"_kind = 0 AND NOT ("+s+" LIKE '%|%') THEN regexp_replace("+s+", "+lit(reSerial)+", "+g.replacement([]int{1, 2})+") END AS "+n+"_sn",
			"(("+p+"_kind > 0 AND "+p+"_sec IS NOT NULL) OR ("+p+"_kind = 0 AND "+g.trimID(p+"_txt")+" IS NOT NULL)) AS "+n+"_p")
		field := func(i int) string { return "split_part(" + n + "_n, '|', " + strconv.Itoa(i) + ")" }
		num := func(i int) string { return "TRY_CAST(NULLIF(" + field(i) + ", '') AS BIGINT)" }
		zone := "trim(" + field(8) + ")"
		// GMT+7, UTC-05:30, GMT: hours and minutes after the sign
		gmt := "substr(upper(" + zone + "), 1, 3) IN ('GMT', 'UTC')"
		gmtPart := func(i int) string {
			return "COALESCE(TRY_CAST(NULLIF(split_part(substr(" + zone + ", 5), ':', " + strconv.Itoa(i) + "), '') AS BIGINT), 0)"
		}
		b = append(b,
			"COALESCE("+field(1)+" = 'S' AND "+field(10)+" = 'E', FALSE) AS "+n+"_m",
			num(2)+" AS "+n+"_y", monthCase(field(3), g.s.MonthNames)+" AS "+n+"_mo", num(4)+" AS "+n+"_d",
			// a 12-hour clock: 12 AM is 0, 12 PM is 12
			"CASE upper("+field(9)+") WHEN 'AM' THEN "+num(5)+" % 12 WHEN 'PM' THEN "+num(5)+" % 12 + 12 ELSE COALESCE("+num(5)+", 0) END AS "+n+"_hh",
			"("+field(9)+" = '' OR "+num(5)+" BETWEEN 1 AND 12) AS "+n+"_h12", "COALESCE("+num(6)+", 0) AS "+n+"_mi", "COALESCE("+num(7)+", 0) AS "+n+"_ss",
			field(5)+" = '' AS "+n+"_do", "COALESCE("+zone+", '') <> '' AS "+n+"_z",
			"(substr("+zone+", 1, 1) = '-' OR ("+gmt+" AND substr("+zone+", 4, 1) = '-')) AS "+n+"_neg",
			"substr("+zone+", 1, 1) IN ('Z', 'z', '+', '-') AS "+n+"_zn",
			"CASE WHEN "+zone+" IN ('Z', 'z') THEN 0 WHEN upper("+zone+") = 'WIB' THEN 7 WHEN upper("+zone+") = 'WITA' THEN 8 WHEN upper("+zone+") = 'WIT' THEN 9 WHEN "+gmt+" THEN "+gmtPart(1)+" ELSE COALESCE(TRY_CAST(substr("+zone+", 2, 2) AS BIGINT), 0) END AS "+n+"_zh",
			"CASE WHEN "+gmt+" THEN "+gmtPart(2)+" WHEN length("+zone+") = 5 THEN TRY_CAST(substr("+zone+", 4, 2) AS BIGINT) WHEN length("+zone+") = 6 THEN TRY_CAST(substr("+zone+", 5, 2) AS BIGINT) ELSE 0 END AS "+n+"_zm",
			// an Excel serial: days since 1899-12-30 and the fraction of
			// a day rounded to the second (ingest's tpSerialTime)
			"COALESCE(split_part("+n+"_sn, '|', 1) = 'S' AND split_part("+n+"_sn, '|', 4) = 'E', FALSE) AS "+n+"_sm",
			"TRY_CAST(split_part("+n+"_sn, '|', 2) AS BIGINT) AS "+n+"_sd",
			"CASE WHEN split_part("+n+"_sn, '|', 3) = '' THEN 0 ELSE CAST(round(TRY_CAST(concat('0.', substr(split_part("+n+"_sn, '|', 3), 1, 15)) AS DOUBLE) * 86400) AS BIGINT) END AS "+n+"_ss2")
		leap := "(" + n + "_y % 4 = 0 AND (" + n + "_y % 100 <> 0 OR " + n + "_y % 400 = 0))"
		dim := "CASE WHEN " + n + "_mo = 2 THEN CASE WHEN " + leap + " THEN 29 ELSE 28 END WHEN " + n + "_mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
		c = append(c,
			"("+n+"_m AND "+n+"_h12 AND (NOT "+n+"_br OR ("+n+"_brok AND "+n+"_zn)) AND "+n+"_mo BETWEEN 1 AND 12 AND "+n+"_d BETWEEN 1 AND "+dim+" AND "+n+"_hh <= 23 AND "+n+"_mi <= 59 AND "+n+"_ss <= 59 AND "+n+"_zh <= 23 AND "+n+"_zm <= 59) AS "+n+"_ok",
			// days from the civil date (H. Hinnant's algorithm), step 1
			n+"_y - CASE WHEN "+n+"_mo <= 2 THEN 1 ELSE 0 END AS "+n+"_yy",
			"CASE WHEN "+n+"_mo > 2 THEN "+n+"_mo - 3 ELSE "+n+"_mo + 9 END AS "+n+"_mp")
		d = append(d, g.fdiv(n+"_yy", "400")+" AS "+n+"_era")
		e = append(e, n+"_yy - "+n+"_era * 400 AS "+n+"_yoe", g.d.idiv("153 * "+n+"_mp + 2", "5")+" + "+n+"_d - 1 AS "+n+"_doy")
		days := n + "_era * 146097 + " + n + "_yoe * 365 + " + g.d.idiv(n+"_yoe", "4") + " - " + g.d.idiv(n+"_yoe", "100") + " + " + n + "_doy - 719468"
		plus := ""
		if endDate[n] {
			plus = " + CASE WHEN " + n + "_date THEN 86400 ELSE 0 END"
		}
		// the wall clock (or, with a zone, the clock at that offset) as
		// seconds, and whether the value is a date alone
		f = append(f,
			"CASE WHEN "+p+"_kind = 0 AND "+n+"_ok THEN ("+days+") * 86400 + "+n+"_hh * 3600 + "+n+"_mi * 60 + "+n+"_ss WHEN "+p+"_kind = 0 AND "+n+"_sm THEN ("+n+"_sd - 25569) * 86400 + "+n+"_ss2 WHEN "+typedInRange(p)+" THEN "+p+"_sec END AS "+n+"_w",
			"(("+p+"_kind = 0 AND "+n+"_ok AND "+n+"_do) OR ("+p+"_kind = 0 AND "+n+"_sm AND "+n+"_ss2 = 0) OR "+p+"_kind = 3) AS "+n+"_date",
			"(("+p+"_kind = 0 AND "+n+"_z) OR "+p+"_kind = 1) AS "+n+"_abs",
			"CASE WHEN "+n+"_neg THEN -1 ELSE 1 END * ("+n+"_zh * 3600 + "+n+"_zm * 60) AS "+n+"_zo")
		h = append(h, n+"_w"+plus+" AS "+n+"_l")
		// a wall clock in the zone: Go's time.Date takes the offset in
		// force at (l - offset(l)), so UTC = l - offset(l - offset(l))
		k = append(k, g.offset(n+"_l")+" AS "+n+"_o1")
		m = append(m, "CASE WHEN "+n+"_l IS NULL THEN NULL WHEN "+n+"_abs THEN "+n+"_l - CASE WHEN "+p+"_kind = 0 THEN "+n+"_zo ELSE 0 END ELSE "+n+"_l - "+g.offset(n+"_l - "+n+"_o1")+" END AS "+n+"_u")
	}
	q := rel
	for _, items := range [][]string{a, b, c, d, e, f, h, k, m} {
		q = stage(q, items)
	}
	return q
}

// period writes the stages that add period, the label of the period
// holding the Unix time in column t (in the study's zone), to rel.
func (g *gen) period(rel, t string) string {
	switch g.s.Every {
	case EveryWeek, EveryMonth, EveryDay:
	default:
		// typed: Trino would make '' a varchar(0) column, which a table
		// (Trino's table(), Hive) need not hold
		return "SELECT *, CAST('' AS " + g.d.textType() + ") AS period FROM (" + rel + ") AS p0"
	}
	day := g.fdiv(t+" + "+g.offset(t), "86400")
	if g.s.Every == EveryWeek {
		day = "(" + day + ") - " + fmod(day+" + 3", "7") // the Monday (1970-01-01 was a Thursday)
	}
	// civil date from days (H. Hinnant's algorithm)
	q := "SELECT *, " + day + " + 719468 AS p_z FROM (" + rel + ") AS p0"
	q = "SELECT *, " + g.fdiv("p_z", "146097") + " AS p_era FROM (" + q + ") AS p1"
	q = "SELECT *, p_z - p_era * 146097 AS p_doe FROM (" + q + ") AS p2"
	q = "SELECT *, " + g.d.idiv("p_doe - "+g.d.idiv("p_doe", "1460")+" + "+g.d.idiv("p_doe", "36524")+" - "+g.d.idiv("p_doe", "146096"), "365") + " AS p_yoe FROM (" + q + ") AS p3"
	q = "SELECT *, p_doe - (365 * p_yoe + " + g.d.idiv("p_yoe", "4") + " - " + g.d.idiv("p_yoe", "100") + ") AS p_doy FROM (" + q + ") AS p4"
	q = "SELECT *, " + g.d.idiv("5 * p_doy + 2", "153") + " AS p_mp FROM (" + q + ") AS p5"
	q = "SELECT *, CASE WHEN p_mp < 10 THEN p_mp + 3 ELSE p_mp - 9 END AS p_m, p_doy - " + g.d.idiv("153 * p_mp + 2", "5") + " + 1 AS p_d FROM (" + q + ") AS p6"
	q = "SELECT *, p_yoe + p_era * 400 + CASE WHEN p_m <= 2 THEN 1 ELSE 0 END AS p_y FROM (" + q + ") AS p7"
	pad := func(x string, n int) string {
		return "lpad(CAST(" + x + " AS " + g.d.textType() + "), " + strconv.Itoa(n) + ", '0')"
	}
	label := pad("p_y", 4) + " || '-' || " + pad("p_m", 2)
	if g.s.Every == EveryWeek || g.s.Every == EveryDay {
		label += " || '-' || " + pad("p_d", 2)
	}
	return "SELECT *, " + label + " AS period FROM (" + q + ") AS p8"
}

// inWindow is the condition that the Unix time t lies in the window.
func (g *gen) inWindow(t string) string {
	var c []string
	if w := g.s.Window.From; w != 0 {
		c = append(c, t+" >= "+strconv.FormatInt(w, 10))
	}
	if w := g.s.Window.To; w != 0 {
		c = append(c, t+" < "+strconv.FormatInt(w, 10))
	}
	if len(c) == 0 {
		return "(" + t + " IS NOT NULL)"
	}
	return "(" + strings.Join(c, " AND ") + ")"
}

// ---- units and people ----

// kindWords lists graph.UnitKindWords as SQL literals, sorted.
func kindWords() string {
	var in []string
	for w := range graph.UnitKindWords {
		in = append(in, lit(w))
	}
	sort.Strings(in)
	return strings.Join(in, ", ")
}

// directory declares sekat_units (the ids of the units table that Load
// keeps) and sekat_spells (the spells of the people table that Load keeps,
// with so, their order among the person's spells as graph.NewDirectory
// orders them: by start, then, of spells that start together, the later
// end first, then by row; the last spell covering a time is the one Load
// takes).
func (g *gen) directory() {
	g.table("sekat_units", "SELECT DISTINCT u AS unit_id FROM (SELECT "+g.trimID("x_unit_id")+" AS u, lower(COALESCE("+g.trimID("x_kind")+", '')) AS k FROM sekat_src_units) AS s\n"+
		"WHERE u IS NOT NULL AND k IN ("+kindWords()+")")
	ppl := "SELECT f, rn, " + g.trimID("x_person_id") + " AS pid, " + g.trimID("x_unit_id") + " AS uid, t_valid_from_txt, t_valid_from_sec, t_valid_from_kind, t_valid_to_txt, t_valid_to_sec, t_valid_to_kind FROM sekat_src_people"
	q := g.times(ppl, []string{"valid_from", "valid_to"}, map[string]bool{"valid_to": true}, g.s.MonthFirst["people"])
	// lo and hi are the spell's bounds with an open end made a far bound, so
	// that resolve's join is an equality and two comparisons: DuckDB runs a
	// LEFT JOIN whose condition holds an OR as a blockwise nested loop
	// (every reference against every spell), which took hours at 1M people.
	// a person's id in its canonical spelling (graph.CanonicalID): the
	// rows of a NIP written with and without spaces are one person's
	g.table("sekat_spells", "SELECT cpid AS person, uid AS unit, vfrom, vto, "+
		"CASE WHEN vfrom = 0 THEN "+openLow+" ELSE vfrom END AS lo, CASE WHEN vto = 0 THEN "+openHigh+" ELSE vto END AS hi, "+
		"row_number() OVER (PARTITION BY cpid ORDER BY vfrom, CASE WHEN vto = 0 THEN "+openHigh+" ELSE vto END DESC, f, rn) AS so FROM (\n"+
		"SELECT *, "+g.canonID("pid")+" AS cpid, COALESCE(valid_from_u, 0) AS vfrom, COALESCE(valid_to_u, 0) AS vto FROM ("+q+") AS t\n"+
		"WHERE pid IS NOT NULL AND uid IS NOT NULL AND uid IN (SELECT unit_id FROM sekat_units) AND pid NOT IN (SELECT unit_id FROM sekat_units)\n"+
		"AND "+g.canonID("pid")+" NOT IN (SELECT unit_id FROM sekat_units)\n"+
		"AND (NOT valid_from_p OR valid_from_u IS NOT NULL) AND (NOT valid_to_p OR valid_to_u IS NOT NULL)) AS v\n"+
		"WHERE NOT (vfrom <> 0 AND vto <> 0 AND vto <= vfrom)")
}

// openLow and openHigh stand for a spell's open start and open end: Unix
// seconds (-2^62 and 2^62) far beyond any time a table can hold.
const (
	openLow  = "-4611686018427387904"
	openHigh = "4611686018427387904"
)

// resolve writes the query that resolves the ids of refs (columns keys...,
// id, ts) at time ts: a unit id to itself, a person id to the unit of the
// spell that covers ts and comes last in so (see directory), the person
// found, and named in id, in the canonical spelling of the id, as
// graph.Directory.Lookup finds an id: as written, else in its canonical
// spelling, a unit's as a person's (a unit id of 9, 16 or 18 digits
// written with spaces is that unit, named as the units table names it).
// Ids that do not resolve are left out. Columns: keys..., id, ts, unit.
func (g *gen) resolve(refs string, keys []string) string {
	k := "r." + strings.Join(keys, ", r.")
	unit := "COALESCE(u.unit_id, c.unit_id)"
	return "SELECT " + k + ", COALESCE(" + unit + ", r.cid) AS id, r.ts, CASE WHEN " + unit + " IS NOT NULL THEN " + unit + " ELSE max_by(s.unit, s.so) END AS unit\n" +
		"FROM (SELECT *, " + g.canonID("id") + " AS cid FROM (" + refs + ") AS r0) AS r LEFT JOIN sekat_units AS u ON u.unit_id = r.id\n" +
		"LEFT JOIN sekat_units AS c ON c.unit_id = r.cid AND r.cid <> r.id\n" +
		"LEFT JOIN sekat_spells AS s ON s.person = r.cid AND r.ts >= s.lo AND r.ts < s.hi\n" +
		"GROUP BY " + k + ", r.id, r.cid, r.ts, u.unit_id, c.unit_id\nHAVING u.unit_id IS NOT NULL OR c.unit_id IS NOT NULL OR count(s.unit) > 0"
}

// canonID writes graph.CanonicalID of the id column x: an id of
// graph.NIPDigits, graph.NIKDigits or graph.OldNIPDigits digits and
// spaces (ASCII or no-break) without the spaces, any other as it is. An
// id without a space (most ids, a NIP as SIMPEG exports it) is left at
// the first test, which DuckDB runs as a substring search; translate
// deletes the characters of its second argument that the third has none
// for, in the three dialects.
func (g *gen) canonID(x string) string {
	nbsp := g.d.chars([]rune{0xA0})
	bare := "replace(replace(" + x + ", ' ', ''), " + nbsp + ", '')"
	counts := make([]string, len(graph.DigitIDCounts))
	for i, n := range graph.DigitIDCounts {
		counts[i] = strconv.Itoa(n)
	}
	return "CASE WHEN " + x + " NOT LIKE '% %' AND " + x + " NOT LIKE ('%' || " + nbsp + " || '%') THEN " + x +
		" WHEN length(" + bare + ") IN (" + strings.Join(counts, ", ") + ") AND translate(" + x + ", '0123456789 ' || " + nbsp + ", '') = '' THEN " + bare +
		" ELSE " + x + " END"
}

// node is the column that names a reference's node at the level: the unit
// at unit level, the id (a person, or a unit named directly) at person
// level.
func (g *gen) node() string {
	if g.s.Level == graph.PersonLevel {
		return "id"
	}
	return "unit"
}

// ---- correspondence ----

func (g *gen) letters() {
	src := "SELECT f, rn, " + g.trimID("x_sender") + " AS sender, x_recipients, x_cc, t_sent_at_txt, t_sent_at_sec, t_sent_at_kind FROM sekat_src_correspondence"
	g.table("sekat_l0", "SELECT f, rn, sender, x_recipients, x_cc, sent_at_u AS ts FROM ("+g.times(src, []string{"sent_at"}, nil, g.s.MonthFirst["correspondence"])+") AS t")
	var refs []string
	for _, col := range []string{"x_recipients", "x_cc"} {
		refs = append(refs, "SELECT l.f, l.rn, l.ts, "+g.trimID("x.id")+" AS id FROM sekat_l0 AS l"+g.d.explode("split(l."+col+", ';')", "x", "id")+" WHERE l.ts IS NOT NULL")
	}
	g.view("sekat_l_ref", "SELECT DISTINCT f, rn, ts, id FROM (\n"+strings.Join(refs, "\nUNION ALL\n")+"\n) AS r WHERE id IS NOT NULL")
	g.table("sekat_l_rec", g.resolve("SELECT f, rn, ts, id FROM sekat_l_ref", []string{"f", "rn"}))
	g.view("sekat_l_snd", g.resolve("SELECT f, rn, ts, sender AS id FROM sekat_l0 WHERE ts IS NOT NULL AND sender IS NOT NULL", []string{"f", "rn"}))
	// one row per letter that Load uses: a time, a sender and at least one
	// recipient that resolve
	letters := "SELECT s.f, s.rn, s.ts, s.id AS s_id, s.unit AS s_unit,\n" +
		"count(DISTINCT CASE WHEN r.unit <> s.unit THEN r.unit END) AS units_other,\n" +
		"count(DISTINCT CASE WHEN r.id <> s.id THEN r.id END) AS nodes_other,\n" +
		"count(*) AS resolved\n" +
		"FROM sekat_l_snd AS s JOIN sekat_l_rec AS r ON r.f = s.f AND r.rn = s.rn\nGROUP BY s.f, s.rn, s.ts, s.id, s.unit"
	letters = "SELECT *, units_other > " + strconv.Itoa(g.s.CircularUnits) + " AS circular, " + g.inWindow("ts") + " AS inwin FROM (" + letters + ") AS l"
	g.table("sekat_letters", g.period(letters, "ts"))
}

// ---- meetings ----

func (g *gen) meetings() {
	src := "SELECT f, rn, " + g.trimID("x_meeting_id") + " AS mid, " + g.trimID("x_attendee") + " AS att, t_start_txt, t_start_sec, t_start_kind FROM sekat_src_meetings"
	g.table("sekat_m0", "SELECT f, rn, mid, att, CASE WHEN mid IS NOT NULL THEN start_u END AS ts FROM ("+g.times(src, []string{"start"}, nil, g.s.MonthFirst["meetings"])+") AS t")
	// the rows Load uses: an id, a time and an attendee that resolves
	// md: the calendar day of the row's time in the study's zone
	g.table("sekat_m_rows", "SELECT m.mid, r.f, r.rn, r.ts, "+g.fdiv("r.ts + "+g.offset("r.ts"), "86400")+" AS md, r.id, r.unit FROM sekat_m0 AS m JOIN ("+
		g.resolve("SELECT f, rn, ts, att AS id FROM sekat_m0 WHERE ts IS NOT NULL AND att IS NOT NULL", []string{"f", "rn"})+
		") AS r ON r.f = m.f AND r.rn = m.rn")
	// a meeting is its id and the day of its start (rows of one id on
	// another day are another meeting, as Load reads them), at the time
	// of its first row used, and in the window by it
	k := "ku"
	if g.s.Level == graph.PersonLevel {
		k = "kp"
	}
	// nr: the meeting's rows used, which totals' meeting_rows counts
	meet := "SELECT mid, md, max(t0) AS t0, count(DISTINCT id) AS kp, count(DISTINCT unit) AS ku, count(*) AS nr FROM (\n" +
		"SELECT mid, md, id, unit, first_value(ts) OVER (PARTITION BY mid, md ORDER BY f, rn) AS t0 FROM sekat_m_rows) AS r GROUP BY mid, md"
	meet = "SELECT *, kp > " + strconv.Itoa(g.s.MaxMeetingSize) + " AS large, " + g.inWindow("t0") + " AS inwin, " + k + " AS k FROM (" + meet + ") AS m"
	g.table("sekat_meet", g.period(meet, "t0"))
	g.view("sekat_m_att", "SELECT DISTINCT m.mid, m.period, m.t0, m.k, m.large, r."+g.node()+" AS node FROM sekat_meet AS m JOIN sekat_m_rows AS r ON r.mid = m.mid AND r.md = m.md WHERE m.inwin")
}

// ---- data sharing ----

func (g *gen) shares() {
	st := "lower(COALESCE(" + g.trimID("x_status") + ", ''))"
	code := "CASE"
	for _, c := range []byte("gdp") {
		var in []string
		for w, m := range StatusWords {
			if m == c {
				in = append(in, lit(w))
			}
		}
		sort.Strings(in)
		code += " WHEN " + st + " IN (" + strings.Join(in, ", ") + ") THEN '" + string(c) + "'"
	}
	code += " END"
	src := "SELECT f, rn, " + g.trimID("x_provider") + " AS prov, " + g.trimID("x_consumer") + " AS cons, " + code + " AS st, t_at_txt, t_at_sec, t_at_kind FROM sekat_src_data_sharing"
	g.table("sekat_d0", "SELECT f, rn, prov, cons, st, at_u AS ts FROM ("+g.times(src, []string{"at"}, nil, g.s.MonthFirst["data_sharing"])+") AS t")
	ref := func(col string) string {
		return g.resolve("SELECT f, rn, ts, "+col+" AS id FROM sekat_d0 WHERE ts IS NOT NULL AND "+col+" IS NOT NULL", []string{"f", "rn"})
	}
	sh := "SELECT d.f, d.rn, d.ts, d.st, p.id AS p_id, p.unit AS p_unit, c.id AS c_id, c.unit AS c_unit FROM sekat_d0 AS d\n" +
		"JOIN (" + ref("prov") + ") AS p ON p.f = d.f AND p.rn = d.rn\nJOIN (" + ref("cons") + ") AS c ON c.f = d.f AND c.rn = d.rn\nWHERE d.st IS NOT NULL"
	sh = "SELECT *, " + g.inWindow("ts") + " AS inwin FROM (" + sh + ") AS s"
	g.table("sekat_shares", g.period(sh, "ts"))
}

// ---- the pair tables ----

func (g *gen) outputs() error {
	sid, rid := "s_unit", "r.unit"
	pid, cid := "p_unit", "c_unit"
	internalLetter := "units_other = 0"
	if g.s.Level == graph.PersonLevel {
		sid, rid, pid, cid = "s_id", "r.id", "p_id", "c_id"
		internalLetter = "nodes_other = 0"
	}
	// directed pairs: one per letter and distinct recipient node, one per
	// granted or denied request
	g.view("sekat_dir", "SELECT period, source, target, CAST(sum(c) AS BIGINT) AS correspondence, CAST(sum(g) AS BIGINT) AS data_sharing, CAST(sum(d) AS BIGINT) AS data_denied, min(ts) AS first_at, max(ts) AS last_at FROM (\n"+
		"SELECT DISTINCT l.f, l.rn, l.period, l.ts, l."+sid+" AS source, "+rid+" AS target, 1 AS c, 0 AS g, 0 AS d FROM sekat_letters AS l JOIN sekat_l_rec AS r ON r.f = l.f AND r.rn = l.rn\n"+
		"WHERE l.inwin AND NOT l.circular AND "+rid+" <> l."+sid+"\n"+
		"UNION ALL\n"+
		"SELECT f, rn, period, ts, "+pid+", "+cid+", 0, CASE WHEN st = 'g' THEN 1 ELSE 0 END, CASE WHEN st = 'd' THEN 1 ELSE 0 END FROM sekat_shares WHERE inwin AND st IN ('g', 'd') AND "+pid+" <> "+cid+"\n"+
		") AS e GROUP BY period, source, target")
	g.view("sekat_msizes", "SELECT a.period, a.node AS source, b.node AS target, a.k AS size, count(*) AS meetings, min(a.t0) AS first_at, max(a.t0) AS last_at\n"+
		"FROM sekat_m_att AS a JOIN sekat_m_att AS b ON b.mid = a.mid AND b.t0 = a.t0 AND a.node < b.node WHERE NOT a.large AND a.k >= 2\n"+
		"GROUP BY a.period, a.node, b.node, a.k")
	// pairs.meetings, for people reading the table (sekat reads
	// meeting_sizes): each size's share rounded to 18 decimals, then
	// summed as DECIMAL, whose sums are exact, so the value does not
	// depend on the order an engine's threads add the sizes in (a sum of
	// DOUBLEs does, in its last bits).
	share := "CAST(CAST(meetings AS DOUBLE) / CAST(size - 1 AS DOUBLE) / 2 AS DECIMAL(38, 18))"
	pairs := "SELECT source, target, CAST(sum(c) AS BIGINT) AS correspondence, CAST(sum(m) AS DOUBLE) AS meetings, CAST(sum(g) AS BIGINT) AS data_sharing, CAST(sum(d) AS BIGINT) AS data_denied, min(first_at) AS first_at, max(last_at) AS last_at, period FROM (\n" +
		"SELECT period, source, target, correspondence AS c, CAST(0 AS DECIMAL(38, 18)) AS m, data_sharing AS g, data_denied AS d, first_at, last_at FROM sekat_dir\n" +
		"UNION ALL\nSELECT period, source, target, 0, " + share + ", 0, 0, first_at, last_at FROM sekat_msizes\n" +
		"UNION ALL\nSELECT period, target, source, 0, " + share + ", 0, 0, first_at, last_at FROM sekat_msizes\n" +
		") AS p GROUP BY period, source, target"
	sizes := "SELECT source, target, size, meetings, first_at, last_at, period FROM sekat_msizes"
	// nodes: every node an event in the window names, with its counts
	nodes := "SELECT node, CAST(sum(im) AS BIGINT) AS internal_messages, CAST(sum(ish) AS BIGINT) AS internal_shares, CAST(sum(lm) AS BIGINT) AS large_meetings, CAST(sum(cs) AS BIGINT) AS circulars_sent, period FROM (\n" +
		"SELECT period, " + sid + " AS node, CASE WHEN NOT circular AND " + internalLetter + " THEN 1 ELSE 0 END AS im, 0 AS ish, 0 AS lm, CASE WHEN circular THEN 1 ELSE 0 END AS cs FROM sekat_letters WHERE inwin\n" +
		"UNION ALL\nSELECT l.period, " + rid + ", 0, 0, 0, 0 FROM sekat_letters AS l JOIN sekat_l_rec AS r ON r.f = l.f AND r.rn = l.rn WHERE l.inwin\n" +
		"UNION ALL\nSELECT period, node, 0, 0, CASE WHEN large THEN 1 ELSE 0 END, 0 FROM sekat_m_att\n" +
		"UNION ALL\nSELECT period, " + pid + ", 0, CASE WHEN " + pid + " = " + cid + " THEN 1 ELSE 0 END, 0, 0 FROM sekat_shares WHERE inwin AND st IN ('g', 'd')\n" +
		"UNION ALL\nSELECT period, " + cid + ", 0, 0, 0, 0 FROM sekat_shares WHERE inwin AND st IN ('g', 'd')\n" +
		") AS n GROUP BY period, node"
	flag := func(c string) string { return "CASE WHEN " + c + " THEN 1 ELSE 0 END" }
	totals := "SELECT CAST(sum(a) AS BIGINT) AS messages, CAST(sum(b) AS BIGINT) AS internal_messages, CAST(sum(c) AS BIGINT) AS circulars, CAST(sum(d) AS BIGINT) AS meetings, CAST(sum(e) AS BIGINT) AS meetings_one_unit, CAST(sum(h) AS BIGINT) AS meetings_large,\n" +
		"CAST(sum(i) AS BIGINT) AS shares_granted, CAST(sum(j) AS BIGINT) AS shares_denied, CAST(sum(k) AS BIGINT) AS shares_pending, CAST(sum(m) AS BIGINT) AS internal_shares, CAST(sum(lt) AS BIGINT) AS letter_ties, CAST(sum(mr) AS BIGINT) AS meeting_rows, period FROM (\n" +
		"SELECT period, 1 AS a, " + flag("NOT circular AND units_other = 0") + " AS b, " + flag("circular") + " AS c, 0 AS d, 0 AS e, 0 AS h, 0 AS i, 0 AS j, 0 AS k, 0 AS m, 0 AS lt, 0 AS mr FROM sekat_letters WHERE inwin\n" +
		"UNION ALL\nSELECT period, 0, 0, 0, 1, " + flag("NOT large AND ku < 2") + ", " + flag("large") + ", 0, 0, 0, 0, 0, nr FROM sekat_meet WHERE inwin\n" +
		"UNION ALL\nSELECT period, 0, 0, 0, 0, 0, 0, " + flag("st = 'g'") + ", " + flag("st = 'd'") + ", " + flag("st = 'p'") + ", " + flag("st IN ('g', 'd') AND p_unit = c_unit") + ", 0, 0 FROM sekat_shares WHERE inwin\n" +
		// the letter ties: the sum of pairs' correspondence
		"UNION ALL\nSELECT period, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, correspondence, 0 FROM sekat_dir\n" +
		") AS t GROUP BY period"
	inputs := "SELECT 'correspondence' AS table_name, (SELECT count(*) FROM sekat_l0)" + g.shortRows("correspondence") + g.footerRows("correspondence") + " AS rows_read,\n" +
		"(SELECT count(*) FROM sekat_l0) - (SELECT count(*) FROM sekat_letters)" + g.shortRows("correspondence") + g.footerRows("correspondence") + " AS rows_rejected,\n" +
		"(SELECT count(*) FROM sekat_letters AS l JOIN (SELECT f, rn, count(*) AS named FROM sekat_l_ref GROUP BY f, rn) AS n ON n.f = l.f AND n.rn = l.rn WHERE n.named > l.resolved) AS rows_partial,\n" +
		"(SELECT count(*) FROM sekat_letters WHERE NOT inwin) AS rows_outside_window,\n" +
		"(SELECT min(ts) FROM sekat_l0) AS first_at, (SELECT max(ts) FROM sekat_l0) AS last_at, " + g.filesOf("correspondence", " AS files", " AS file_names") + "\n" +
		"UNION ALL\nSELECT 'meetings', (SELECT count(*) FROM sekat_m0)" + g.shortRows("meetings") + g.footerRows("meetings") + ", (SELECT count(*) FROM sekat_m0) - (SELECT count(*) FROM sekat_m_rows)" + g.shortRows("meetings") + g.footerRows("meetings") + ", 0,\n" +
		"(SELECT count(*) FROM sekat_m_rows AS r JOIN sekat_meet AS m ON m.mid = r.mid AND m.md = r.md WHERE NOT m.inwin),\n" +
		"(SELECT min(ts) FROM sekat_m0), (SELECT max(ts) FROM sekat_m0), " + g.filesOf("meetings", "", "") + "\n" +
		"UNION ALL\nSELECT 'data_sharing', (SELECT count(*) FROM sekat_d0)" + g.shortRows("data_sharing") + g.footerRows("data_sharing") + ", (SELECT count(*) FROM sekat_d0) - (SELECT count(*) FROM sekat_shares)" + g.shortRows("data_sharing") + g.footerRows("data_sharing") + ", 0,\n" +
		"(SELECT count(*) FROM sekat_shares WHERE NOT inwin), (SELECT min(ts) FROM sekat_d0), (SELECT max(ts) FROM sekat_d0), " + g.filesOf("data_sharing", "", "")
	win := func(x int64) string {
		if x == 0 {
			return "CAST(NULL AS BIGINT)"
		}
		return "CAST(" + strconv.FormatInt(x, 10) + " AS BIGINT)"
	}
	meta := "SELECT " + strconv.Itoa(FormatVersion) + " AS format_version, " + lit(g.s.Version) + " AS sekat_version, " + lit(g.d.id().String()) + " AS dialect, " +
		lit(g.s.Level.String()) + " AS level, " + lit(g.s.Every.String()) + " AS every, " + win(g.s.Window.From) + " AS window_from, " + win(g.s.Window.To) + " AS window_to, " +
		lit(g.s.Loc.String()) + " AS time_zone, " + strconv.Itoa(g.s.CircularUnits) + " AS circular_units, " + strconv.Itoa(g.s.MaxMeetingSize) + " AS max_meeting_size, " +
		lit(g.s.Reading) + " AS reading_digest, " + lit(g.s.Directory) + " AS directory_digest"
	bodies := map[string]string{TableMeta: meta, TableInputs: inputs, TableTotals: totals, TableNodes: nodes, TablePairs: pairs, TableMeetingSizes: sizes}
	part := g.s.Every != EveryNone
	var writes []string
	for _, name := range tableOrder {
		body := bodies[name]
		p := part && partitioned[name]
		if partitioned[name] && !p {
			// without partitions the period column ('') is left out
			body = "SELECT " + strings.Join(tableColumns[name], ", ") + " FROM (" + body + ") AS o"
		}
		prep, st, err := g.d.output(name, body, g.s.Dest, g.s.Format, p)
		if err != nil {
			return err
		}
		g.add(prep...)
		writes = append(writes, st)
	}
	if g.d.id() == DuckDB {
		// every file has been read by now: the lines DuckDB could not
		// read, blank ones aside, stop the text before anything is written
		for _, t := range tableNames {
			for i, f := range g.s.Files[t] {
				if f.Format == "csv" || f.Format == "tsv" {
					g.add(duckdbRejects(t, i, f))
				}
			}
		}
	}
	g.add(g.d.writes()...)
	g.add(writes...)
	return nil
}
