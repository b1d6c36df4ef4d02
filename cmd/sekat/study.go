package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/progress"
)

// studyOptions are the flags every command that reads a study shares.
type studyOptions struct {
	Study         string
	From, To      string
	Level         string // unit | person
	Strict        bool
	MaxRejectRate float64 // 0: the study's setting or 0.01
	Lang          string
	Progress      progress.Reporter // the zero value: no progress
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
		quietFlag(hl),
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
		return o, usagef(msg("id", "badLang"), l)
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
func loadStudy(ctx context.Context, o studyOptions, rejects io.Writer) (*loaded, error) {
	rw := bufio.NewWriter(rejects)
	ct := newCSVTable(rw, textCols("file", "line", "column", "value", "reason"))
	var werr error
	l, err := loadStudyCollect(ctx, o, func(e *ingest.RowError) {
		ct.text(e.File)
		ct.int(e.Line)
		ct.text(e.Column)
		ct.text(e.Value)
		ct.text(reasonText(e, o.Lang))
		if err := ct.end(); err != nil && werr == nil {
			werr = err
		}
	})
	if err := ct.close(); err != nil && werr == nil {
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
func loadStudyCollect(ctx context.Context, o studyOptions, onReject func(*ingest.RowError)) (*loaded, error) {
	st, err := ingest.OpenStudy(o.Study)
	if err != nil {
		return nil, err
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
	opt := ingest.Options{Window: win, People: o.Level == "person", Strict: o.Strict, MaxRejectRate: o.MaxRejectRate, OnReject: onReject,
		Progress: o.Progress}
	res, err := ingest.LoadContext(ctx, st, opt)
	if err != nil {
		return nil, err
	}
	lvl := graph.UnitLevel
	if o.Level == "person" {
		lvl = graph.PersonLevel
	}
	win = res.Window
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "network"})
	net := res.Builder.Network(lvl, win, st.Weights)
	return &loaded{res: res, net: net}, nil
}

// reasonText is the reason column of rejects.csv in the user's language.
func reasonText(e *ingest.RowError, lang string) string {
	if lang == "en" {
		return e.Reason
	}
	for _, r := range reasonsID {
		if errors.Is(e, r.err) {
			return r.text
		}
	}
	return e.Reason
}

var reasonsID = []struct {
	err  error
	text string
}{
	{ingest.ErrFieldCount, "jumlah kolom baris ini tidak sama dengan header; periksa pemisah dan tanda kutip"},
	{ingest.ErrInvalidUTF8, "teks bukan UTF-8 yang sah; simpan ulang berkas sebagai UTF-8"},
	{ingest.ErrMalformed, "baris rusak (tanda kutip atau JSON tidak lengkap); perbaiki baris ini"},
	{ingest.ErrBadTime, "waktu tidak sah; gunakan RFC 3339, YYYY-MM-DD HH:MM[:SS] atau DD/MM/YYYY[ HH:MM]"},
	{ingest.ErrMissingValue, "nilai wajib kosong; isi kolom ini"},
	{ingest.ErrUnknownID, "id tidak dikenal: tidak ada di tabel people maupun units; tambahkan atau perbaiki id"},
	{ingest.ErrNoSpell, "pegawai ini tidak tercatat di unit mana pun pada tanggal itu; periksa valid_from/valid_to di tabel people"},
	{ingest.ErrEmptyRecipients, "surat tanpa penerima: recipients dan cc kosong"},
	{ingest.ErrBadValue, "nilai tidak sah untuk kolom ini"},
	{ingest.ErrDuplicate, "id ganda; id harus unik dan hanya menamai satu hal"},
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
