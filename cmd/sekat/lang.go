package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"time"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// msg returns message key in lang ("id" or "en") from the catalogue of
// package i18n, formatted with a.
func msg(lang, key string, a ...any) string { return i18n.T(lang, key, a...) }

// siloReason says in a sentence why g has its verdict under th (the reason
// column of silos.csv and summary.json); the report asks i18n for the same
// sentence.
func siloReason(g metrics.Group, th silo.Thresholds, lang string) string {
	return i18n.SiloReason(lang, g, th)
}

// warnPermutationsShort is the code of the warning that E-I tests ran too
// few permutations: a warning about the analysis, not the data.
const warnPermutationsShort = "permutations_short"

// warnWindowShort is the code of the warning that the window is shorter
// than shortWindowDays: the verdicts hold for that span alone.
const warnWindowShort = "window_short"

// shortWindowDays is the shortest window whose verdicts are not warned
// about (viz.ShortWindowDays, where the report's headline says it too).
const shortWindowDays = viz.ShortWindowDays

// warnUnitsAbsent is the code of the warning that units of the units
// table had no staff and no tie in the window (absentUnits).
const warnUnitsAbsent = "units_absent"

// warnReorgSpanned is the code of the warning that the window spans a
// reorganisation the study declares (reorgWarnings).
const warnReorgSpanned = "window_spans_reorganisation"

// warnCrosswalkUnusable is the code of the warning that the crosswalk the
// study declares cannot be read or is refused (reorgWarnings).
const warnCrosswalkUnusable = "crosswalk_unusable"

// unitChangeWarnings are the warnings that the units of the window are
// not one structure: a reorganisation the study declares inside the
// window, or a crosswalk it declares that cannot be used
// (reorgWarnings), and units with staff before or after the window only
// (absentUnitsWarnings). analyze says them on stderr and in summary.json;
// report, map and export of a study, which draw the same network, say
// them on stderr through warnAnalysis, with the same codes and words.
func unitChangeWarnings(l *loaded, lang string) []result.Warning {
	return append(reorgWarnings(l, lang), absentUnitsWarnings(l, lang)...)
}

// warnAnalysis prints to w (nothing when w is nil) the warnings analyze
// prints on stderr after its run: unitChangeWarnings, and, of the
// analysis mr, analysisWarnings (a window under shortWindowDays, sectors
// that cannot be judged, E-I tests short of permutations). report, map
// and export of a study, which draw the same network, print them with it,
// with the same codes and words; export of the network alone (no
// figures, mr nil) the first. report, map and export said none of them:
// a unit renamed mid-year was drawn and exported as two units without a
// word, and report --from 2025-03-01 --to 2025-03-10 said that the window
// is too short for its verdicts on its page alone.
func warnAnalysis(w io.Writer, l *loaded, mr *metrics.Result, lang string) {
	if w == nil {
		return
	}
	ws := unitChangeWarnings(l, lang)
	if mr != nil {
		ws = append(ws, analysisWarnings(mr, lang, shownWindow(l), l.res.Study.Loc)...)
	}
	for _, x := range ws {
		fmt.Fprintln(w, "sekat: "+msg(lang, "warning", x.Message))
	}
}

// reorgWarnings says, one warning per date, that the window spans a
// reorganisation declared by the study's crosswalk (study.yaml
// crosswalk:), which analyze does not apply: each old and new unit is its
// own node with the ties of its part of the window, so that a unit renamed
// mid-year shows as two units with half the ties each. The warning names
// the units and says how to analyse one structure (the window split at the
// date) and which commands apply the crosswalk. A window that lies wholly
// on one side of every date gets none.
//
// A crosswalk that cannot be read or is refused (a share out of range, a
// unit the units table does not list), which validate, compare, trend
// and evaluate refuse at its line, gets one warning instead
// (crosswalk_unusable), with the same words, that says the check was
// skipped: analyze does not need the file, so it goes on, but said
// nothing of it, and warned of a reorganisation of a unit that does not
// exist.
func reorgWarnings(l *loaded, lang string) []result.Warning {
	path := l.res.Study.Crosswalk
	if path == "" {
		return nil
	}
	cw, _, err := checkedCrosswalk("", l, lang)
	if err != nil {
		reason := err.Error()
		var de *declaredFileError
		if errors.As(err, &de) {
			reason = de.reason // the warning names study.yaml's line itself
		}
		return []result.Warning{{Code: warnCrosswalkUnusable, Table: "units", File: l.res.Study.Config.Crosswalk,
			Message: msg(lang, "warn.crosswalkUnusable", studyPlace(l.res.Study.CrosswalkAt(), lang), l.res.Study.Config.Crosswalk, reason)}}
	}
	if cw == nil {
		return nil
	}
	w := effectiveWindow(l)
	byDate := map[int64][]string{}
	var dates []int64
	for _, r := range cw.Rows {
		if !(w.From < r.From && r.From < w.To) {
			continue
		}
		if _, ok := byDate[r.From]; !ok {
			dates = append(dates, r.From)
		}
		row := msg(lang, "warn.reorgRow", r.Old, r.New)
		if r.Share < 1 { // a split: one row per new unit
			row = msg(lang, "warn.reorgRowShare", r.Old, r.New, i18n.Number(lang, r.Share, 2))
		}
		byDate[r.From] = append(byDate[r.From], row)
	}
	slices.Sort(dates)
	loc := l.res.Study.Loc
	name := filepath.Base(path)
	var out []result.Warning
	for _, d := range dates {
		day := change.Day(d, loc)
		out = append(out, result.Warning{Code: warnReorgSpanned, Table: "units", Message: msg(lang, "warn.reorgSpanned",
			i18n.Day(lang, day), name, i18n.Join(lang, byDate[d]), day)})
	}
	return out
}

// maxNamed is the most units a warning names before "and N others".
const maxNamed = 10

// absentUnitsWarnings warns, at unit level, of the units that had staff in
// people.csv but none in the window, and no tie in it: units closed before
// the window or opened after it, most often by a reorganisation (a rename
// or merger on 1 July leaves the old units without staff in a window from
// July, and the new ones in a window up to June). They are still nodes,
// isolated members of their sectors and communities of their own, which
// the report's unit and community counts include without saying so.
func absentUnitsWarnings(l *loaded, lang string) []result.Warning {
	if l.net == nil || l.net.Level != graph.UnitLevel {
		return nil
	}
	us := absentUnits(l.res.Directory, l.net, effectiveWindow(l))
	if len(us) == 0 {
		return nil
	}
	names := us
	if len(us) > maxNamed {
		names = append(slices.Clone(us[:maxNamed]), msg(lang, "warn.andOthers", len(us)-maxNamed))
	}
	return []result.Warning{{Code: warnUnitsAbsent, Table: "people", Message: msg(lang, "warn.unitsAbsent", i18n.Join(lang, names))}}
}

// absentUnits lists, in id order, the units of net with no tie in any
// layer that had staff in dir's spells but none during window w. A unit
// no spell names (addressed as an office only) is not listed: the people
// table says nothing of when it existed.
func absentUnits(dir *graph.Directory, net *graph.Network, w graph.Window) []string {
	if dir == nil {
		return nil
	}
	staffed, inWindow := make([]bool, len(dir.Units)), make([]bool, len(dir.Units))
	for p := range dir.People {
		for k := range dir.Spells(int32(p)) {
			u, a, b := dir.Spell(int32(p), k)
			staffed[u] = true
			if (a == 0 || w.To == 0 || a < w.To) && (b == 0 || w.From == 0 || b > w.From) {
				inWindow[u] = true
			}
		}
	}
	tied := make([]bool, len(net.Nodes))
	for _, e := range net.Edges {
		tied[e.From], tied[e.To] = true, true
	}
	var out []string
	for u, nd := range dir.Units {
		if !staffed[u] || inWindow[u] {
			continue
		}
		if x, ok := net.NodeIndex(nd.ID); ok && tied[x] {
			continue
		}
		out = append(out, nd.ID)
	}
	slices.Sort(out)
	return out
}

// analysisWarningCode says whether a warning of summary.json is about the
// analysis rather than the data (viz.ReportData.AnalysisWarnings).
func analysisWarningCode(code string) bool {
	return code == warnPermutationsShort || code == warnWindowShort
}

// bilingual gives warn(lang)'s warnings, each with its sentence in every
// language sekat speaks in Messages (summary.json's messages): a report
// drawn from the folder in the other language (report OUTDIR --lang en
// after a run in Bahasa Indonesia) then words the run's warnings in its
// own language. warn gives the same warnings in the same order in each
// language; a warning whose code differs keeps its own sentence alone.
func bilingual(lang string, warn func(lang string) []result.Warning) []result.Warning {
	out := warn(lang)
	for _, l := range []string{"id", "en"} {
		other := out
		if l != i18n.Lang(lang) {
			other = warn(l)
		}
		for i := range out {
			if i < len(other) && other[i].Code == out[i].Code {
				if out[i].Messages == nil {
					out[i].Messages = make(map[string]string, 2)
				}
				out[i].Messages[l] = other[i].Message
			}
		}
	}
	return out
}

// shortWindowText is the message key (its arguments: the days, the
// window, the weeks) for a window win (in loc) shorter than
// shortWindowDays; "" for a longer or open window.
func shortWindowText(lang, key string, win graph.Window, loc *time.Location) string {
	span := win.To - win.From
	if win.From == 0 || win.To == 0 || span <= 0 || span >= shortWindowDays*86400 {
		return ""
	}
	days := (span + 86399) / 86400
	return msg(lang, key, days, i18n.DateRange(lang, time.Unix(win.From, 0).In(loc), time.Unix(win.To, 0).In(loc)), shortWindowDays/7)
}

// analysisWarnings are the warnings an analysis gives (stderr and
// summary.json's warnings): a window win (in loc) shorter than
// shortWindowDays, whose verdicts say nothing of the weeks and months
// outside it; sectors that cannot be judged, and E-I tests
// with too few permutations for a verdict to be in reach (a small
// --permutations, or the budget of silo.PermutationBudget). The count is
// the one the kind's tests ran to (metrics.Result.Permutations, the
// groups' silo.GroupStats.PermutationCap): a group the sequential rule
// stopped earlier is decided and is not short of permutations.
func analysisWarnings(mr *metrics.Result, lang string, win graph.Window, loc *time.Location) []result.Warning {
	var w []result.Warning
	if s := shortWindowText(lang, "warn.windowShort", win, loc); s != "" {
		w = append(w, result.Warning{Code: warnWindowShort, Message: s})
	}
	if !mr.SectorsUsable {
		w = append(w, result.Warning{Code: "sectors_unusable", Table: "units", Message: i18n.NoSectorsWarning(lang)})
	}
	for _, typ := range []metrics.GroupType{metrics.GroupSector, metrics.GroupUnit} {
		family := 0
		for i := range mr.Groups {
			if g := &mr.Groups[i]; g.Type == typ && !math.IsNaN(g.EIPValue) {
				family++
			}
		}
		if s := i18n.PermutationsWarning(lang, typ, family, mr.Permutations[typ], mr.Options.Thresholds().AlphaValue(), i18n.GroupsWithheld(mr, typ)); s != "" {
			w = append(w, result.Warning{Code: warnPermutationsShort, Message: s})
		}
	}
	return w
}
