package change

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// FileError is a problem of an input file of the change commands: the
// reform file of evaluate (reform.yaml) or the unit crosswalk. Line is
// the file's line (0 when the problem is the file as a whole, or a unit
// across several rows); Key names the problem so that the command line
// can word it in the user's language (the catalogue key of i18n), with
// Args filling it. Error is the English sentence, without the file's
// name, which the caller knows and this package does not.
type FileError struct {
	Line int
	Key  string
	Args []any
}

// Amount is a figure a FileError states that the file does not hold as
// written, such as the sum of a unit's shares: its String is the English
// form, in plain decimals, never in exponent notation (strconv's 'g' wrote
// a sum of 0.0000015 as "2e-06"); the command line writes it in the
// user's language (i18n.ChangeFileError).
type Amount float64

func (a Amount) String() string { return strconv.FormatFloat(float64(a), 'f', -1, 64) }

// fileErrorText are the English sentences of FileError's keys.
var fileErrorText = map[string]string{
	"changefile.cw.empty":        "the file is empty; give a header old_unit,new_unit,from,share",
	"changefile.cw.csv":          "not readable as CSV: %v",
	"changefile.cw.quote":        "a quote mark (\") on this line does not pair up: a cell that begins with a quote is not closed, or a quote stands inside a cell that does not begin with one; write such a cell whole in double quotes with its quote doubled (\"A\"\"B\"), or remove the quote",
	"changefile.cw.noColumn":     "no column %s; the header must name old_unit, new_unit, from and (optionally) share",
	"changefile.cw.columnTwice":  "the header names column %s twice (columns %d and %d), and only one would be read; keep one, or rename the other",
	"changefile.cw.fields":       "cells: %d in the row, %d in the header; check the delimiter (%s) and write a share with a decimal point (0.5), or quote a cell that holds the delimiter",
	"changefile.cw.from":         "from %q is not a date; write YYYY-MM-DD",
	"changefile.cw.fromDayFirst": "from %q is not written YYYY-MM-DD; read day first, as sekat reads the tables' dates, it is %s: write %s",
	"changefile.cw.shareText":    "share %q is not a number; write 1 for a rename or a merger",
	"changefile.cw.units":        "old_unit and new_unit must both be given",
	"changefile.cw.self":         "unit %q is mapped to itself; remove the row",
	"changefile.cw.share":        "share %s of %q -> %q is not in (0, 1]; write 1 for a rename or a merger, and the parts of a split",
	"changefile.cw.twoDates":     "unit %q is replaced on two dates; a unit can end only once (give the later change as a row of its successor)",
	"changefile.cw.sum":          "the shares of unit %q (lines %s) sum to %s, not 1; a split's shares must add up to 1, and a unit listed twice, or both split and merged, counts twice",
	"changefile.cw.sumOne":       "the share of unit %q (line %s) is %s, not 1; a split's shares must add up to 1, and a unit listed twice, or both split and merged, counts twice",
	"changefile.cw.cycle":        "unit %q is its own successor through a chain of rows; remove the cycle",
	"changefile.cw.oldUnknown":   "old unit %q is not in the units table of the study; correct the id, or remove the row",
	"changefile.cw.newUnknown":   "new unit %q is not in the units table of the study; add it there or correct the id",
	"changefile.cw.oldUnknownOf": "old unit %q is not in the units table of either study compared; correct the id, or remove the row",
	"changefile.cw.newUnknownOf": "new unit %q is not in the units table of either study compared; add it there or correct the id",
	"changefile.rf.empty":        "the file is empty; give the keys date, treated and (optionally) control",
	"changefile.rf.read":         "cannot be read: %v",
	"changefile.rf.yaml":         "not readable as YAML (the YAML reader says: %s); write one key per line: date: YYYY-MM-DD, treated: [sectors or unit ids] and, optionally, control: [...]",
	"changefile.rf.unclosed":     "the list opened with %s on this line is not closed; close it with %s on the same line, e.g. treated: [sosial, ekonomi]",
	"changefile.rf.notKeys":      "the file must hold keys, one per line: date: YYYY-MM-DD, treated: [sectors or unit ids] and, optionally, control: [...]",
	"changefile.rf.keyTwice":     "key %s is given twice (first on line %d); keep one",
	"changefile.rf.twoDocs":      "a second YAML document begins here (after ---) and would not be read: a reform file holds one reform; remove this line and what follows it, or give each reform a file of its own and evaluate each",
	"changefile.rf.dateNotOne":   "date: must be one date; write date: YYYY-MM-DD",
	"changefile.rf.notList":      "%s: holds a single name (%s), not a list; write %s: [%s]",
	"changefile.rf.notNames":     "%s: must list names only; write %s: [a, b], or one \"- name\" per line",
	"changefile.rf.unknownKey":   "unknown key %q; the file holds date:, treated: and control: only",
	"changefile.rf.date":         "date %q is not a date; write YYYY-MM-DD",
	"changefile.rf.dateDayFirst": "date %q is not written YYYY-MM-DD; read day first, as sekat reads the tables' dates, it is %s: write date: %s",
	"changefile.rf.noDate":       "the key date is missing: give the date the reform took effect as a line date: YYYY-MM-DD",
	"changefile.rf.noTreated":    "no treated group; list the treated sectors or unit ids under the key treated",
	"changefile.rf.mixed":        "%q: list sectors or unit ids, not both",
	"changefile.rf.unknown":      "%q is neither a sector with internal units nor an internal unit of the study; check its spelling",
	"changefile.rf.indent":       "%q reads as one name: a list item indented further than the one above it is read as the rest of it; write each \"- name\" with its dash at the same indentation as the line above, or the list as [a, b]",
	"changefile.rf.caseSector":   "%q is not a sector of the study, but %q is: names are compared letter for letter, upper and lower case too; write %s",
	"changefile.rf.caseUnit":     "%q is not a unit id of the study, but %q is: ids are compared letter for letter, upper and lower case too; write %s",
	"changefile.rf.notInternal":  "%q is a unit of kind %s in units.csv; evaluate compares internal units and their sectors, the groups the silo rule judges, so it can be neither treated nor a control: list the internal units the reform reached instead",
	"changefile.rf.sectorNoUnit": "sector %q has no internal unit (its units are coordinators or external); evaluate compares internal units and their sectors, the groups the silo rule judges, so it can be neither treated nor a control: list the internal units the reform reached instead",
	"changefile.rf.retired":      "%q is replaced by %s in the crosswalk, and the periods are compared in the newest structure; name %[2]s instead",
	"changefile.rf.twice":        "%q is listed twice; a group is treated or control, once",
	"changefile.rf.noControl":    "every sector with internal units (or every internal unit) is treated, so none is left as a control, which a difference in differences needs; list fewer groups under treated so that the others serve as controls",
}

// FileErrorKeys are FileError's keys, for a test that every one is
// worded in every language.
func FileErrorKeys() []string {
	keys := make([]string, 0, len(fileErrorText))
	for k := range fileErrorText {
		keys = append(keys, k)
	}
	return keys
}

// FileErrorText is the English sentence of key (empty when unknown).
func FileErrorText(key string) string { return fileErrorText[key] }

func (e *FileError) Error() string {
	s := fmt.Sprintf(fileErrorText[e.Key], e.Args...)
	if e.Line > 0 {
		return fmt.Sprintf("change: line %d: %s", e.Line, s)
	}
	return "change: " + s
}

// dayFirstISO is v, a date written day first with '/', '-' or '.'
// (01/10/2025, as Indonesian letters write it and sekat reads the tables'
// numeric dates by default), as YYYY-MM-DD; ok is false when v is no
// such date.
func dayFirstISO(v string) (string, bool) {
	m := dayFirstDate.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return "", false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != mo {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// dayFirstDate is a numeric date day first: day, month, four-digit year.
var dayFirstDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

func fileErr(line int, key string, args ...any) error {
	return &FileError{Line: line, Key: key, Args: args}
}
