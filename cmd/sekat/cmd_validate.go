package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/ingest"
)

func validateCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "validate",
		Usage:       h("validate.usage"),
		ArgsUsage:   h("validate.args"),
		Description: reflowHelp(h("validate.desc")),
		Flags: append([]cli.Flag{langFlag(hl), quietFlag(hl),
			&cli.IntFlag{Name: "show", Value: 20, Usage: h("validate.show")}}, inputFlags(hl)...),
		Action: func(c *cli.Context) error {
			s, err := studyArg(c)
			if err != nil {
				return err
			}
			in, err := inputOptionsFrom(c, lang(c))
			if err != nil {
				return err
			}
			if err := checkInt(lang(c), "--show", c.Int("show"), 0); err != nil {
				return err
			}
			ui := startProgress(c, lang(c))
			defer ui.close()
			return runValidate(c.Context, studyOptions{Study: s, Level: "unit", Lang: lang(c), MaxRejectRate: 1, inputOptions: in, Progress: ui.rep, warn: ui.stderr},
				c.Int("show"), ui.stdout)
		},
	}
}

// errInvalid is returned when validate found rejected rows, or unknown ids
// in letters it would keep (exit code 1).
type errInvalid struct {
	n, partial int64 // rejected rows; ids left out of kept rows
	dashes     int64 // of partial, the lone dashes in place of an id
	lang       string
}

func (e errInvalid) Error() string {
	if e.n == 0 && e.dashes >= e.partial {
		return msg(e.lang, "validInvalidDash", groupDigits(e.partial, e.lang))
	}
	if e.n == 0 && e.dashes > 0 {
		return msg(e.lang, "validInvalidSome", groupDigits(e.partial-e.dashes, e.lang), groupDigits(e.dashes, e.lang))
	}
	if e.n == 0 {
		return msg(e.lang, "validInvalidPartial", groupDigits(e.partial, e.lang))
	}
	return msg(e.lang, "validInvalid", groupDigits(e.n, e.lang))
}

// runValidate reads the study of o and lists its inputs and their first
// rejected rows on stdout; warnings go to o.warn as they arise. It fails
// (exit 1) when rows were rejected, when the logs hold no usable event, and
// at once on an id a spreadsheet damaged (which validate exists to catch:
// such ids reject no row).
func runValidate(ctx context.Context, o studyOptions, show int, stdout io.Writer) error {
	var rows []*ingest.RowError
	var n, ids int64            // problems reported; of them ids left out of kept letters
	delims := map[string]byte{} // of the files with rows ending in a delimiter too many
	o.MaxRejectRate = 1
	o.emptyOK, o.showValues = true, true
	l, err := loadStudyCollect(ctx, o, func(e *ingest.RowError) {
		n++
		if e.TrailingDelim {
			delims[e.File] = e.Delim
		}
		if errors.Is(e, ingest.ErrPartial) {
			ids++
		}
		if len(rows) < show {
			rows = append(rows, e)
		}
	})
	if err != nil {
		return otherColumnErrors(err, o)
	}
	fmt.Fprintln(stdout, msg(o.Lang, "inputsHeader"))
	var total int64
	for _, in := range l.res.Inputs {
		fmt.Fprintln(stdout, msg(o.Lang, "inputLine", in.Table, relInput(l, in.Path), groupDigits(in.Rows, o.Lang), groupDigits(in.Rejected, o.Lang)))
		total += in.Rows
	}
	noEvents := l.res.CheckEvents()
	ne := allRejected(noEvents)
	switch {
	case ne != nil:
		// worded below with the count of rejected rows, in one line
	case noEvents != nil && len(l.headerOnly) > 0:
		noEvents = &wordedError{headerOnlyText(l.headerOnly, o.Lang), noEvents}
	case noEvents != nil:
		noEvents = inputError(noEvents, o.Lang)
	}
	// the crosswalk study.yaml declares, read as compare reads it
	if _, _, err := checkedCrosswalk("", l, o.Lang); err != nil {
		return err
	}
	if n == 0 && noEvents == nil {
		fmt.Fprintln(stdout, msg(o.Lang, "validOK", o.Study, len(l.res.Inputs), groupDigits(total, o.Lang)))
		return nil
	}
	if n == 0 {
		return noEvents
	}
	fmt.Fprintln(stdout, msg(o.Lang, "validBad", o.Study, len(l.res.Inputs), groupDigits(total, o.Lang), groupDigits(int64(n-ids), o.Lang)))
	if dashes := l.dashes.values; ids > 0 && dashes >= ids {
		fmt.Fprintln(stdout, msg(o.Lang, "validPartialDash", groupDigits(l.res.Partial(), o.Lang), groupDigits(ids, o.Lang)))
	} else if ids > 0 && dashes > 0 {
		fmt.Fprintln(stdout, msg(o.Lang, "validPartialSome", groupDigits(l.res.Partial(), o.Lang), groupDigits(ids-dashes, o.Lang), groupDigits(dashes, o.Lang)))
	} else if ids > 0 {
		fmt.Fprintln(stdout, msg(o.Lang, "validPartial", groupDigits(l.res.Partial(), o.Lang), groupDigits(int64(ids), o.Lang)))
	}
	for _, e := range rows {
		fmt.Fprintln(stdout, "  "+rowText(e, o.Lang))
	}
	if n > int64(len(rows)) {
		// "run sekat analyze for the full rejects.csv" was not so:
		// analyze stops reading at --max-reject-rate, and its rejects.csv
		// lists at most 1,000 rows of a file
		fmt.Fprintln(stdout, msg(o.Lang, "validMore", groupDigits(n-int64(len(rows)), o.Lang), strconv.FormatInt(n, 10)))
	}
	// a file whose every row ends in one delimiter more than its header:
	// one fix for them all, which the rows' own reasons do not say
	for _, in := range l.res.Inputs {
		if in.Rows > 0 && in.TrailingDelims == in.Rows {
			d := msg(o.Lang, delimKey(delims[ingest.ShowName(filepath.Base(in.Path))]))
			fmt.Fprintln(stdout, msg(o.Lang, "validTrailing", relInput(l, in.Path), groupDigits(in.Rows, o.Lang), d, d))
		}
	}
	if ne != nil {
		// One line: the rejected rows and what they leave, which is no
		// event, then the fix once. Before, "2 rows rejected; fix them
		// and run again" stood over "no usable event in the logs: ...;
		// fix the rejected rows listed above".
		fix := msg(o.Lang, "validFixAbove")
		if len(rows) == 0 { // --show 0: validMore said how to list them
			fix = msg(o.Lang, "validFixThem")
		}
		return &wordedError{msg(o.Lang, "validNoEvents", groupDigits(n-ids, o.Lang), ne.LogNames(", ", ", ")) + fix, errors.Join(errInvalid{n - ids, ids, l.dashes.values, o.Lang}, noEvents)}
	}
	if noEvents != nil {
		return errors.Join(errInvalid{n - ids, ids, l.dashes.values, o.Lang}, noEvents)
	}
	return errInvalid{n - ids, ids, l.dashes.values, o.Lang}
}

// rowText says in lang where a rejected row or left-out value is (file,
// line, column), why, and its value.
func rowText(e *ingest.RowError, lang string) string {
	where := msg(lang, "validWhere", e.File, e.Line)
	if e.Column != "" {
		where += " " + msg(lang, "validColumn", e.Column)
	}
	reason := showInvisible(reasonText(e, lang))
	return where + ": " + reason + valueNote(e, reason)
}

// valueNote is the row's value in brackets, written as a Go string
// literal (an invalid byte \xNN, a backslash \\), after a reason that does
// not quote it already (ingest's English ones do: `unknown id "zz1": not
// in the people or units table ["zz1"]` gave it twice). e.Value is
// escaped already where a reader met an invalid byte or a control
// character; quoting it as it is escaped it twice ("p\\x811" for the byte
// 0x81), so the text it stands for is quoted instead.
func valueNote(e *ingest.RowError, reason string) string {
	if e.Value == "" {
		return ""
	}
	q := strconv.Quote(ingest.DisplayText(e.Value))
	if strings.Contains(reason, q) {
		return ""
	}
	return " [" + q + "]"
}

// otherColumnErrors adds to err, when it is the load's stop at a file
// that lacks a required column, every other file of the study that lacks
// one, and one columns: mapping for all the files that have a suggestion
// (ColumnError.Suggest). The load stops at the first such file: a study
// exported with headers in Bahasa Indonesia took one run per table to
// learn its mapping, and the mappings, each its own columns: key, did not
// read as one study.yaml. Other errors pass as they are.
func otherColumnErrors(err error, o studyOptions) error {
	var first *ingest.ColumnError
	if !errors.As(err, &first) {
		return err
	}
	st, serr := openStudy(o)
	if serr != nil {
		return err
	}
	all := []*ingest.ColumnError{first}
	for t := ingest.Table(0); t < ingest.NumTables; t++ {
		for _, p := range st.Files[t] {
			var ce *ingest.ColumnError
			if _, lerr := st.Layout(t, p); errors.As(lerr, &ce) && ce.File != first.File {
				all = append(all, ce)
			}
		}
	}
	if len(all) == 1 {
		return err
	}
	texts := []string{err.Error()}
	if _, ok := err.(*wordedError); !ok {
		texts[0] = columnText(first, o.Lang)
	}
	var order []string
	maps := map[string][][2]string{}
	for i, ce := range all {
		if i > 0 {
			texts = append(texts, columnText(ce, o.Lang))
		}
		if len(ce.Suggest) > 0 && maps[ce.Table] == nil {
			order = append(order, ce.Table)
			maps[ce.Table] = ce.Suggest
		}
	}
	if len(order) > 1 {
		var b strings.Builder
		b.WriteString("columns: {")
		for i, t := range order {
			if i > 0 {
				b.WriteString(", ")
			}
			y := columnsYAML(t, maps[t])
			b.WriteString(strings.TrimSuffix(strings.TrimPrefix(y, "columns: {"), "}"))
		}
		b.WriteString("}")
		texts = append(texts, msg(o.Lang, "errColumnsSuggestAll", len(all), b.String()))
	}
	return &wordedError{strings.Join(texts, "\n"), err}
}
