package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/result"
)

// studyOptions are the flags every command that reads a study shares.
type studyOptions struct {
	Study         string
	From, To      string
	Level         string // unit | person
	Strict        bool
	MaxRejectRate float64 // 0: the study's setting or 0.01
	Lang          string
}

// studyFlags are the flags of every command that reads a study, with
// their help in hl.
func studyFlags(hl string) []cli.Flag {
	h := helpFor(hl)
	return []cli.Flag{
		&cli.StringFlag{Name: "from", Usage: h("flag.from")},
		&cli.StringFlag{Name: "to", Usage: h("flag.to")},
		&cli.StringFlag{Name: "level", Value: "unit", Usage: h("flag.level")},
		&cli.BoolFlag{Name: "strict", Usage: h("flag.strict")},
		// Value 0 leaves the rate to study.yaml or ingest's 0.01 (see
		// studyOptionsFrom); DefaultText says so instead of "0".
		&cli.Float64Flag{Name: "max-reject-rate", Usage: h("flag.max-reject-rate"), DefaultText: "0.01"},
		langFlag(hl),
	}
}

func studyOptionsFrom(c *cli.Context) (studyOptions, error) {
	s, err := studyArg(c)
	if err != nil {
		return studyOptions{}, err
	}
	o := studyOptions{Study: s, From: c.String("from"), To: c.String("to"), Level: c.String("level"),
		Strict: c.Bool("strict"), MaxRejectRate: c.Float64("max-reject-rate"), Lang: lang(c)}
	if o.Level != "unit" && o.Level != "person" {
		return o, usagef(msg(o.Lang, "badLevel"), o.Level)
	}
	if r := o.MaxRejectRate; c.IsSet("max-reject-rate") && (r < 0 || r > 1) {
		return o, usagef(msg(o.Lang, "badRejectRate"), r)
	}
	if c.IsSet("max-reject-rate") && o.MaxRejectRate == 0 {
		o.MaxRejectRate = 1e-300 // 0 means "none allowed", not "default"
	}
	if l := c.String("lang"); c.IsSet("lang") && l != "id" && l != "en" {
		return o, usagef(msg(o.Lang, "badLang"), l) // o.Lang: SEKAT_LANG, else id
	}
	return o, nil
}

// loaded is a study read into networks.
type loaded struct {
	res *ingest.Result
	net *graph.Network
}

// loadStudy reads the study of o; rejected rows are written to rejects as
// rejects.csv (file,line,column,value,reason).
func loadStudy(o studyOptions, rejects io.Writer) (*loaded, error) {
	rw := bufio.NewWriter(rejects)
	ct := result.Rejects.NewCSVWriter(rw)
	var werr error
	l, err := loadStudyCollect(o, func(e *ingest.RowError) {
		row := []result.Reject{{File: e.File, Line: e.Line, Column: e.Column, Value: e.Value, Reason: reasonText(e, o.Lang)}}
		if _, err := ct.Write(row); err != nil && werr == nil {
			werr = err
		}
	})
	if err := ct.Close(); err != nil && werr == nil {
		werr = err
	}
	if err := rw.Flush(); err != nil && werr == nil {
		werr = err
	}
	if err != nil {
		return nil, err
	}
	if werr != nil {
		return nil, fmt.Errorf("rejects.csv: %w", werr)
	}
	return l, nil
}

// loadStudyCollect reads the study of o, handing rejected rows to onReject.
func loadStudyCollect(o studyOptions, onReject func(*ingest.RowError)) (*loaded, error) {
	st, err := ingest.OpenStudy(o.Study)
	if err != nil {
		return nil, studyError(err, o.Lang)
	}
	var win graph.Window
	for i, v := range []string{o.From, o.To} {
		if v == "" {
			continue
		}
		t, _, err := ingest.ParseTime([]byte(v), st.Loc)
		if err != nil {
			return nil, usagef(msg(o.Lang, "badTime"), []string{"--from", "--to"}[i], v)
		}
		if i == 0 {
			win.From = t
		} else {
			win.To = t
		}
	}
	if win.From != 0 && win.To != 0 && win.To <= win.From {
		return nil, usagef(msg(o.Lang, "badWindow"), o.To, o.From)
	}
	opt := ingest.Options{Window: win, People: o.Level == "person", Strict: o.Strict, MaxRejectRate: o.MaxRejectRate, OnReject: onReject}
	res, err := ingest.Load(st, opt)
	if err != nil {
		return nil, err
	}
	lvl := graph.UnitLevel
	if o.Level == "person" {
		lvl = graph.PersonLevel
	}
	win = res.Window
	net := res.Builder.Network(lvl, win, st.Weights)
	return &loaded{res: res, net: net}, nil
}

// wordedError is an error already in the user's words; run prints it as it
// is, without the general explanation of its sentinel.
type wordedError struct {
	text string
	err  error
}

func (e *wordedError) Error() string { return e.text }
func (e *wordedError) Unwrap() error { return e.err }

// studyError words a problem of study.yaml (an *ingest.ConfigError) in
// lang: the file and line, the key, and what is allowed there. Other
// errors pass as they are.
func studyError(err error, lang string) error {
	var ce *ingest.ConfigError
	if !errors.As(err, &ce) {
		return err
	}
	return &wordedError{configText(ce, lang), err}
}

// configText is the sentence of a study.yaml problem in lang.
func configText(e *ingest.ConfigError, lang string) string {
	at := e.File
	if e.Line > 0 {
		at = msg(lang, "yaml.at", e.File, e.Line)
	}
	place := msg(lang, "yaml.top")
	if e.Path != "" {
		place = msg(lang, "yaml.under", e.Path)
	}
	kind := func(k ingest.ValueKind) string {
		switch k {
		case ingest.KindText:
			return msg(lang, "yaml.text")
		case ingest.KindNumber:
			return msg(lang, "yaml.number")
		case ingest.KindList:
			return msg(lang, "yaml.list")
		}
		return msg(lang, "yaml.mapping")
	}
	switch {
	case errors.Is(e, ingest.ErrUnknownKey):
		return msg(lang, "yaml.unknownKey", at, e.Key, place, strings.Join(e.Allowed, ", "))
	case errors.Is(e, ingest.ErrDuplicateKey):
		return msg(lang, "yaml.duplicate", at, e.Key, place)
	case errors.Is(e, ingest.ErrValueType):
		name, got := e.Name(), msg(lang, "yaml.gotMapping")
		if name == "" {
			name = msg(lang, "yaml.wholeFile")
		}
		switch e.Got {
		case ingest.KindText:
			got = msg(lang, "yaml.gotText", e.Value)
		case ingest.KindList:
			got = msg(lang, "yaml.gotList")
		}
		return msg(lang, "yaml.badType", at, name, got, kind(e.Want))
	case errors.Is(e, ingest.ErrYAMLSyntax):
		return msg(lang, "yaml.syntax", at, e.Detail)
	}
	return e.Error()
}

// reasonText is the reason column of rejects.csv in the user's language:
// in English ingest's own reason, which names the value and the fix; in
// Bahasa Indonesia the catalogue's sentence for the row's sentinel (and
// for English too when ingest gave no reason).
func reasonText(e *ingest.RowError, lang string) string {
	if lang == "en" && e.Reason != "" {
		return e.Reason
	}
	for _, r := range []struct {
		err error
		key string
	}{
		{ingest.ErrFieldCount, "reason.fieldCount"},
		{ingest.ErrInvalidUTF8, "reason.invalidUTF8"},
		{ingest.ErrMalformed, "reason.malformed"},
		{ingest.ErrBadTime, "reason.badTime"},
		{ingest.ErrMissingValue, "reason.missingValue"},
		{ingest.ErrUnknownID, "reason.unknownID"},
		{ingest.ErrNoSpell, "reason.noSpell"},
		{ingest.ErrEmptyRecipients, "reason.emptyRecipients"},
		{ingest.ErrBadValue, "reason.badValue"},
		{ingest.ErrDuplicate, "reason.duplicate"},
	} {
		if errors.Is(e, r.err) {
			return msg(lang, r.key)
		}
	}
	return e.Reason
}

// displayWindow formats a window (or, for open bounds, the data's span)
// as dates in the study zone.
func displayWindow(l *loaded) (from, to string) {
	w := effectiveWindow(l)
	f, t := w.Format(l.res.Study.Loc)
	return f, t
}

// effectiveWindow fills open bounds of the window with the data's span.
func effectiveWindow(l *loaded) graph.Window {
	w := l.res.Window
	if w.From == 0 {
		w.From = l.res.Span.From
	}
	if w.To == 0 {
		w.To = l.res.Span.To
	}
	return w
}

// relInput names an input file relative to the study folder.
func relInput(l *loaded, path string) string {
	if r, err := filepath.Rel(l.res.Study.Dir, path); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.Base(path)
}
