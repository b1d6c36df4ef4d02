package main

import (
	"io"
	"os"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/internal/progress"
)

// quietFlag is --quiet: no progress line on the terminal. Warnings and the
// final summary still print.
func quietFlag(hl string) cli.Flag {
	return &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: helpFor(hl)("flag.quiet")}
}

// progressUI is how a command shows progress: the reporter to pass to the
// work, the writers for its other output (which erase the progress line
// first), and close, which erases the line at the end.
type progressUI struct {
	rep            progress.Reporter
	stdout, stderr io.Writer
	close          func()
}

// startProgress returns the progress display of command c: a line redrawn
// in place on stderr when stderr is a terminal and --quiet is not set,
// nothing otherwise (a file or pipe gets only warnings and the summary).
func startProgress(c *cli.Context, lang string) progressUI {
	ui := progressUI{stdout: c.App.Writer, stderr: c.App.ErrWriter, close: func() {}}
	if c.Bool("quiet") {
		return ui
	}
	f, ok := c.App.ErrWriter.(*os.File)
	if !ok {
		return ui
	}
	width, ok := terminalWidth(f)
	if !ok {
		return ui
	}
	t := progress.NewTerminal(f, width, func(e progress.Event) string { return progressText(e, lang) })
	return progressUI{rep: t.Reporter(), stdout: t.Through(c.App.Writer), stderr: t, close: t.Close}
}

// progressText puts an event into words in lang.
func progressText(e progress.Event, lang string) string {
	pct := 0
	if e.Total > 0 {
		pct = int(100 * e.Done / e.Total)
	}
	n := func(x int64) string { return groupDigits(x, lang) }
	switch e.Stage {
	case progress.Rows:
		return msg(lang, "progRows", e.Name, n(e.Done))
	case progress.Leiden:
		if e.Total > 0 {
			return msg(lang, "progLeidenCap", min(e.Done+1, e.Total), e.Total)
		}
		return msg(lang, "progLeiden", e.Done+1)
	case progress.Betweenness:
		return msg(lang, "progBetweenness", n(e.Done), n(e.Total), pct)
	case progress.Samples:
		return msg(lang, "progSampled", n(e.Done), n(e.Total), pct)
	case progress.Harmonic:
		return msg(lang, "progHarmonic", n(e.Done), n(e.Total), pct)
	case progress.Permutations:
		return msg(lang, "progPermutations", msg(lang, progressKeys[e.Name]), n(e.Done), n(e.Total), pct)
	case progress.Stability:
		return msg(lang, "progStability", min(e.Done+1, e.Total), e.Total)
	case progress.Step:
		return msg(lang, progressKeys[e.Name])
	case progress.Days:
		return msg(lang, "progDays", n(e.Done), n(e.Total), pct)
	case progress.Statements:
		return msg(lang, "progStatements", msg(lang, progressKeys[e.Name]), e.Done+1, e.Total)
	}
	return ""
}

// progressKeys names the catalogue key of each group type whose
// permutations run and of each step without a count (progress.Event.Name).
var progressKeys = map[string]string{
	"sector": "groupsector", "unit": "groupunit", "community": "groupcommunity",
	"network": "stepnetwork", "centrality": "stepcentrality", "roles": "steproles", "whole": "stepwhole", "map": "stepmap",
	// sekat facilitators
	"slices": "stepslices", "brokerage": "stepbrokerage", "betweenness": "stepbetweenness", "stability": "stepstability",
	"pairs": "steppairs", "permutations": "stepshuffles",
	// sekat pairs --run (engine.Phase)
	"sql-read": "phaseread", "sql-directory": "phasedirectory", "sql-letters": "phaseletters",
	"sql-meetings": "phasemeetings", "sql-shares": "phaseshares", "sql-write": "phasewrite",
}

// groupDigits writes x with thousands separators: 1.234.567 in Bahasa
// Indonesia, 1,234,567 in English.
func groupDigits(x int64, lang string) string {
	s := strconv.FormatInt(x, 10)
	sep := byte('.')
	if lang == "en" {
		sep = ','
	}
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, s[i])
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}
