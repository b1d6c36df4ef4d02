package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/viz"
)

// TestChangePersonPrivacy: compare and trend at person level follow the
// rules of analyze --level person (docs/security.md, "Person-level
// outputs"): no group of fewer people than the minimum group size (5, or
// --min-group) in any table or in compare.json, unit UJI of 3 people
// withheld, audit.json beside the outputs saying what was withheld, and
// the notice printed. At unit level UJI is a unit like any other, and
// neither audit.json nor the notice is written.
func TestChangePersonPrivacy(t *testing.T) {
	study := smallUnitStudy(t)
	_, keyFile := clitest.Key(t, 11)
	periods := []string{"--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"}
	for _, tc := range []struct {
		name     string
		args     []string
		minGroup int // 0: unit level
	}{
		{"compare", append([]string{"compare", "--level", "person"}, periods...), 5},
		{"compare --min-group 8", append([]string{"compare", "--level", "person", "--min-group", "8"}, periods...), 8},
		{"trend", []string{"trend", "--level", "person", "--every", "quarter"}, 5},
		{"trend --min-group 8", []string{"trend", "--level", "person", "--every", "quarter", "--min-group", "8"}, 8},
		{"compare unit level", append([]string{"compare"}, periods...), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{tc.args[0], study}, tc.args[1:]...)
			stdout, _ := analyzeOK(t, append(args, "--out", out, "--key-file", keyFile, "--resamples", "100", "--permutations", "100", "-q")...)
			shows := map[string]bool{} // units named in a table
			sizeCols := map[string][]string{"changes_groups.csv": {"size_before", "size_after"}, "trend.csv": {"size"}}
			unitCols := map[string][]string{"changes_groups.csv": {"name"}, "trend.csv": {"name"}, "changes_units.csv": {"unit"},
				"ties_changed.csv": {"source", "target"}}
			for file, cols := range unitCols {
				path := filepath.Join(out, file)
				if _, err := os.Stat(path); err != nil {
					continue
				}
				for _, r := range readCSV(t, path) {
					if file != "changes_units.csv" && file != "ties_changed.csv" && r["type"] != "unit" && r["type"] != "sector" {
						continue
					}
					for _, c := range cols {
						shows[r[c]] = true
					}
					for _, c := range sizeCols[file] {
						if n, err := strconv.Atoi(r[c]); tc.minGroup > 0 && err == nil && n > 0 && n < tc.minGroup {
							t.Errorf("%s: %s %s has %s %d, below the minimum group size %d", file, r["type"], r["name"], c, n, tc.minGroup)
						}
					}
				}
			}
			cj := readFileIfAny(t, filepath.Join(out, "compare.json"))
			a := folderAudit(out)
			notice := viz.ChangeNotice(tc.minGroup, "id")
			if tc.minGroup == 0 {
				if !shows["UJI"] || a != nil || strings.Contains(stdout, notice) {
					t.Errorf("unit level: UJI shown %v, audit.json %v, notice printed %v", shows["UJI"], a != nil, strings.Contains(stdout, notice))
				}
				return
			}
			if shows["UJI"] || strings.Contains(cj, `"UJI"`) {
				t.Errorf("unit UJI of 3 people is shown (tables %v, compare.json %v)", shows["UJI"], strings.Contains(cj, `"UJI"`))
			}
			if !strings.Contains(stdout, notice) {
				t.Errorf("stdout lacks the notice %q:\n%s", notice, stdout)
			}
			if a == nil || a.Withheld == nil {
				t.Fatalf("no audit.json, or it says nothing of what was withheld: %+v", a)
			}
			if a.Command != tc.args[0] || a.Withheld.MinGroup != tc.minGroup || !slices.Contains(a.Withheld.Units, "UJI") || a.Notice != notice {
				t.Errorf("audit.json: command %q, min_group %d, withheld units %v, notice %q", a.Command, a.Withheld.MinGroup, a.Withheld.Units, a.Notice)
			}
			if tc.minGroup > 5 && len(a.Withheld.Units) < 2 {
				t.Errorf("--min-group %d withheld only %v", tc.minGroup, a.Withheld.Units)
			}
		})
	}
}

// TestChangePersonIntervalWarningsWithheld: compare's warnings about the
// intervals it could not give name and count only the rows its tables
// show. On two one-week periods at person level they named a withheld
// unit ("selang 95% untuk BAPENDA (sebelum) ... tidak diberikan" while
// audit.json listed BAPENDA as withheld) and counted the withheld groups'
// intervals in "dan N lainnya".
func TestChangePersonIntervalWarningsWithheld(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "banding")
	_, stderr := analyzeOK(t, "compare", dir, "--level", "person", "--before", "2025-03-03..2025-03-10", "--after", "2025-03-10..2025-03-17",
		"--out", out, "--resamples", "100", "--permutations", "100", "-q")
	a := folderAudit(out)
	if a == nil || a.Withheld == nil || len(a.Withheld.Units) == 0 {
		t.Fatalf("the test needs withheld units: %+v", a)
	}
	rows := map[string]int{}
	for _, file := range []string{"changes_groups.csv", "changes_units.csv"} {
		for _, r := range readCSV(t, filepath.Join(out, file)) {
			if r["type"] != "community" {
				rows[file]++
			}
		}
	}
	// an item is "NAME (side)"; a group has 3 measures of 3 sides, a unit 3 sides
	per := map[string]int{"changes_groups.csv": 9, "changes_units.csv": 3}
	item := regexp.MustCompile(`(?:selang 95% untuk )?([^,()]+) \((?:sebelum|sesudah|perubahan)\)`)
	more := regexp.MustCompile(`dan (\d+) lainnya`)
	found := 0
	for _, line := range strings.Split(stderr, "\n") {
		file, _, ok := strings.Cut(strings.TrimPrefix(line, "sekat: peringatan: "), ": selang 95% untuk")
		if !ok || per[file] == 0 {
			continue
		}
		found++
		n := 0
		for _, m := range item.FindAllStringSubmatch(line, -1) {
			n++
			name := strings.TrimSpace(m[1])
			for _, w := range a.Withheld.Units {
				if name == w || strings.HasSuffix(name, " "+w) {
					t.Errorf("%s: the warning names withheld unit %s:\n%s", file, w, line)
				}
			}
		}
		if m := more.FindStringSubmatch(line); m != nil {
			k, _ := strconv.Atoi(m[1])
			n += k
		}
		if n > per[file]*rows[file] {
			t.Errorf("%s: the warning counts %d intervals, more than the %d rows shown can hold:\n%s", file, n, rows[file], line)
		}
	}
	if found != 2 {
		t.Errorf("want the interval warnings of changes_groups.csv and changes_units.csv, found %d:\n%s", found, stderr)
	}
}

// TestBlockCutTextConcrete: the message for pair tables whose periods a
// run cannot use names real dates and the fix that applies. Tables of one
// period (--every none) made without a window have open bounds, which the
// message used to print as "…"; day tables (--every day) cut by a time of
// day used to be told to be made with --every day, as they were.
func TestBlockCutTextConcrete(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) int64 {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return tm.Unix()
	}
	for _, tc := range []struct {
		name    string
		e       engine.BlockCutError
		lang    string
		want    []string
		wantNot []string
	}{
		{"none, open window", engine.BlockCutError{Dir: "pasangan", Every: "none", Bound: at("2025-01-06 00:00")}, "en",
			[]string{"pasangan", "their whole window", "2025-01-06", "sekat pairs --every day"}, []string{"…"}},
		{"none, open end", engine.BlockCutError{Dir: "pasangan", Every: "none", From: at("2025-01-01 00:00"), Bound: at("2025-01-06 00:00")}, "id",
			[]string{"pasangan", "sejak 2025-01-01", "2025-01-06", "sekat pairs --every day"}, []string{"…"}},
		{"none, closed", engine.BlockCutError{Dir: "p", Every: "none", From: at("2025-01-01 00:00"), To: at("2025-07-01 00:00"), Bound: at("2025-01-06 00:00")}, "en",
			[]string{"2025-01-01 to 2025-06-30", "2025-01-06"}, []string{"…", "2025-07-01"}}, // the last day included
		{"day, block", engine.BlockCutError{Dir: "harian", Every: "day", Period: "2025-01-01", From: at("2025-01-01 00:00"), To: at("2025-01-02 00:00"), Bound: at("2025-01-01 12:00")}, "en",
			[]string{"harian", "2025-01-01 12:00:00", "without a time of day"}, []string{"--every day`", "…"}},
		{"day, window", engine.BlockCutError{Dir: "harian", Every: "day", Period: "2025-01-01", From: at("2025-01-01 00:00"), To: at("2025-01-02 00:00"), Bound: at("2025-01-01 12:00"), Window: true}, "id",
			[]string{"harian", "2025-01-01 12:00:00", "tanpa jam"}, []string{"--every day`", "…"}},
		{"month, block", engine.BlockCutError{Dir: "bulanan", Every: "month", Period: "2025-01", From: at("2025-01-01 00:00"), To: at("2025-02-01 00:00"), Bound: at("2025-01-06 00:00")}, "en",
			[]string{"bulanan", "2025-01-06", "2025-01-31", "sekat pairs --every day"}, []string{"…", "2025-02-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := blockCutText(&tc.e, loc, tc.lang)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("%q has %q", got, w)
				}
			}
		})
	}
}

// TestWithheldWarningAgreement: one unit withheld is "1 unit is withheld,
// as a group", not "1 units are".
func TestWithheldWarningAgreement(t *testing.T) {
	for _, c := range []struct {
		sectors, units int
		want           string
	}{
		{0, 1, "for privacy, 1 unit is withheld: units of fewer than 8 people in either period and, where needed, others withheld with them so that the small ones cannot be worked out by subtraction; no verdict is given on it, whether it changed or not (audit.json names it)"},
		{1, 0, "for privacy, 1 sector is withheld: sectors of fewer than 8 people"},
		{2, 33, "for privacy, 2 sectors and 33 units are withheld"},
	} {
		if got := withheldWarning("en", c.sectors, c.units, 8); !strings.HasPrefix(got, c.want) {
			t.Errorf("%d sectors, %d units: %q, want %q", c.sectors, c.units, got, c.want)
		}
	}
}

// TestTrendPersonAlarmsSayWithheld: beside alarms, trend at person level
// says how many sectors it withheld (all of them, those it does not watch
// too, as audit.json lists them). In a QA run of session 30 (the pilot
// study, --min-group 8) the alarms of two shown sectors were printed and
// nothing said that two sectors, the pilot's sosial among them, were
// withheld: a reader took sosial for a sector without an alarm. Without
// alarms, the sentence that says so counted one of the two.
func TestTrendPersonAlarmsSayWithheld(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 7, Scale: 0.2, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := clitest.Key(t, 30)
	out := filepath.Join(t.TempDir(), "out")
	stdout, _ := analyzeOK(t, "trend", study, "--level", "person", "--every", "month", "--min-group", "8", "--out", out,
		"--key-file", keyFile, "--resamples", "100", "-q")
	alerts := readCSV(t, filepath.Join(out, "trend_alerts.csv"))
	a := folderAudit(out)
	if len(alerts) == 0 || a == nil || a.Withheld == nil || len(a.Withheld.Sectors) < 2 {
		t.Fatalf("want alarms and at least two withheld sectors: %d alarms, audit %+v", len(alerts), a)
	}
	want := msg("id", "trend.sectorsWithheld", len(a.Withheld.Sectors))
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
	if page := readFile(t, filepath.Join(out, "trend.html")); !strings.Contains(page, html.EscapeString(want)) {
		t.Errorf("trend.html lacks %q", want)
	}
}

// TestAnalyzeAbsentUnits: analyze of a window after a reorganisation
// names the old units, which had no staff and no tie in it, and one before
// it the new units (stderr, summary.json, the report): they still count
// among the units, as isolated members of their sectors and communities of
// their own. Before, the report counted them in silence (392 units and 10
// communities, 3 of them retired units alone). A window that holds their
// staff names none.
func TestAnalyzeAbsentUnits(t *testing.T) {
	study, truth := changeStudy(t)
	var old, added []string
	for _, r := range truth.Reorg.Renamed {
		old, added = append(old, r.Old), append(added, r.New)
	}
	for _, m := range truth.Reorg.Merged {
		old, added = append(old, m.Old...), append(added, m.New)
	}
	for _, c := range []struct {
		window       []string
		named, quiet []string
	}{
		{[]string{"--from", "2025-07-01"}, old, added},
		{[]string{"--to", "2025-07-01"}, added, old},
		{nil, nil, append(slices.Clone(old), added...)},
	} {
		out := filepath.Join(t.TempDir(), "hasil")
		_, stderr := analyzeOK(t, append([]string{"analyze", study, "--permutations", "20", "--out", out, "-q"}, c.window...)...)
		var warning string
		for _, w := range readSummary(t, out).Warnings {
			if w.Code == warnUnitsAbsent {
				warning = w.Message
			}
		}
		if (warning == "") != (len(c.named) == 0) || !strings.Contains(stderr, warning) {
			t.Errorf("%v: summary.json's warning %q, stderr:\n%s", c.window, warning, stderr)
		}
		if warning != "" && !strings.Contains(readFile(t, filepath.Join(out, "report.html")), warning) {
			t.Errorf("%v: the report lacks the warning", c.window)
		}
		for _, u := range c.named {
			if !regexp.MustCompile(`\b` + u + `\b`).MatchString(warning) {
				t.Errorf("%v: the warning does not name %s: %s", c.window, u, warning)
			}
		}
		for _, u := range c.quiet {
			if regexp.MustCompile(`\b` + u + `\b`).MatchString(warning) {
				t.Errorf("%v: the warning names %s, which has staff in the window: %s", c.window, u, warning)
			}
		}
	}
}
