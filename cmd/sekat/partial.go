package main

import (
	"errors"

	"github.com/sekat-ona/sekat/ingest"
)

// partialDashes counts, among the values left out of letters that were
// kept (ingest.ErrPartial), the lone dashes an export writes for an
// empty cell (ingest.ErrDashID): a summary that called them all unknown
// ids sent the analyst looking for ids that were never there. The load
// hands a letter's left-out values one after the other (file, line), so
// a letter is told whole when the next one starts (add) or the load ends
// (flush).
type partialDashes struct {
	// values are the left-out values that were a dash; letters the
	// letters with at least one, and only those whose every left-out
	// value was a dash.
	values, letters, only int64

	file        string
	line        int64
	dash, other bool // what the current letter left out
}

// add counts one rejected row or left-out value; only left-out values
// are counted.
func (p *partialDashes) add(e *ingest.RowError) {
	if !errors.Is(e, ingest.ErrPartial) {
		return
	}
	if e.File != p.file || e.Line != p.line {
		p.flush()
		p.file, p.line = e.File, e.Line
	}
	if errors.Is(e, ingest.ErrDashID) {
		p.values++
		p.dash = true
	} else {
		p.other = true
	}
}

// flush counts the current letter.
func (p *partialDashes) flush() {
	if p.dash {
		p.letters++
		if !p.other {
			p.only++
		}
	}
	p.dash, p.other = false, false
}

// partialText is the line that counts the partial letters used without
// some of their values: why (unknown ids, lone dashes, or both, from d),
// then tail, which says where they are listed. With --pairs the engine
// counts them and cannot tell a dash from an unknown id (engine).
func partialText(lang string, partial int64, d partialDashes, engine bool, tail string) string {
	n := groupDigits(partial, lang)
	var head string
	switch {
	case engine:
		head = msg(lang, "partialHeadEngine", n)
	case d.only > 0 && d.only >= partial:
		head = msg(lang, "partialHeadDash", n)
	case d.letters > 0:
		head = msg(lang, "partialHeadSome", n, groupDigits(d.letters, lang))
	default:
		head = msg(lang, "partialHead", n)
	}
	return head + "; " + tail
}
