package main

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// analysis is an analysed study with what the maps and the report say
// about its run.
type analysis struct {
	mr   *metrics.Result
	meta visualMeta
}

// visualMeta is what maps and the report say about the run.
type visualMeta struct {
	Study, Window string
	Inputs        []viz.Input
	Rejected      int64
	Seed          uint64
	Resolution    float64
	// What the network set aside (summary.json's counts and method).
	Circulars      int64
	CircularUnits  int
	PeopleInactive int
	KeepInactive   bool
}

// isOutDir reports whether path is an output folder of sekat analyze.
func isOutDir(path string) bool {
	_, err := os.Stat(filepath.Join(path, result.SummaryFile))
	return err == nil
}

// obtainResult analyses o.Study, or reads the result back when o.Study is
// an output folder of `sekat analyze` (then the window, seed and other
// analysis flags are those recorded in its summary.json).
func obtainResult(ctx context.Context, o analyzeOptions) (*analysis, error) {
	if isOutDir(o.Study) {
		return readBack(o.Study, o.Lang)
	}
	l, err := loadStudy(ctx, o.studyOptions, io.Discard)
	if err != nil {
		return nil, err
	}
	mr, err := analyzeNetwork(ctx, l, o)
	if err != nil {
		return nil, err
	}
	return &analysis{mr, metaOf(&studyResult(l, o, mr).Summary, o.Lang)}, nil
}

// readBack reads an output folder of sekat analyze through package result
// and rebuilds the analysis the maps and the report are drawn from.
func readBack(dir, lang string) (*analysis, error) {
	st, err := result.Read(dir)
	if err != nil {
		return nil, err
	}
	mr, err := st.Analysis()
	if err != nil {
		return nil, err
	}
	return &analysis{mr, metaOf(&st.Summary, lang)}, nil
}

// metaOf is what the maps and the report say about the run of s: analyze
// and a report drawn from its folder take it from the same summary.
func metaOf(s *result.Summary, lang string) visualMeta {
	m := visualMeta{Study: s.Study, Window: windowDates(s.Window.From, s.Window.To, lang), Rejected: s.Rejected,
		Seed: s.Seed, Resolution: s.Method.Resolution,
		Circulars: s.Counts.Circulars, CircularUnits: s.Method.CircularUnits, KeepInactive: s.Method.KeepInactive}
	if p := s.Counts.PeopleInactive; p != nil {
		m.PeopleInactive = *p
	}
	for _, in := range s.Inputs {
		m.Inputs = append(m.Inputs, viz.Input{Table: in.Table, File: in.File, Rows: in.Rows, Rejected: in.Rejected,
			OutsideWindow: in.OutOfWindow, SHA256: in.SHA256})
	}
	return m
}
