package change_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluatePilot: on a generated study with the planted pilot (the
// treated sector is a silo until 2025-10-01 and opens then, its control
// stays a silo), the difference in differences of the homophily index is
// negative with an interval that excludes 0, and at every placebo date
// inside the pre-reform months (with 3 months before it) the interval
// includes 0. Fewer than 3
// pre-reform months are refused.
func TestEvaluatePilot(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Pilot: true}, graph.Month, false)
	if truth.Pilot == nil {
		t.Fatal("no pilot planted")
	}
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	r := change.Reform{Date: at(truth.Pilot.Date), Treated: truth.Pilot.Treated, Control: truth.Pilot.Control}
	ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 500})
	if err != nil {
		t.Fatal(err)
	}
	placebos := 0
	for _, d := range ev.Rows {
		if d.Outcome != "homophily" {
			continue
		}
		switch d.Kind {
		case change.DiDEffect:
			if !(d.Effect < 0 && d.CI.High < 0) {
				t.Errorf("pilot effect %.3f, interval [%.3f, %.3f]: want below 0, excluding 0", d.Effect, d.CI.Low, d.CI.High)
			}
		case change.DiDPlacebo:
			placebos++
			if !(d.CI.Low <= 0 && d.CI.High >= 0) {
				t.Errorf("placebo %s: effect %.3f, interval [%.3f, %.3f] excludes 0", change.Day(d.Date, loc), d.Effect, d.CI.Low, d.CI.High)
			}
		}
		if math.IsNaN(d.Effect) {
			t.Errorf("%s %s: effect undefined", d.Kind, change.Day(d.Window.From, loc))
		}
	}
	if placebos != ev.PrePeriods-change.MinPrePeriods || ev.PrePeriods != 9 {
		t.Errorf("%d placebo rows and %d pre-reform periods, want 6 (April to September) and 9 (January to September)", placebos, ev.PrePeriods)
	}
	r.Date = ps[2].Window.From // 2025-03-01: two months before
	if _, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 100}); !errors.Is(err, change.ErrFewPrePeriods) {
		t.Errorf("reform after two months: error %v, want ErrFewPrePeriods", err)
	}
	r.Date = at("2026-01-01") // the end of the data: nothing after it
	if _, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 100}); !errors.Is(err, change.ErrNoPostPeriod) {
		t.Errorf("reform at the end of the data: error %v, want ErrNoPostPeriod", err)
	}
}

// TestEvaluateSiloNoReform: on generated studies without any reform, the
// units of a planted silo sector treated against every other internal
// unit get a randomisation p above 0.05. With |effect| as the statistic
// (before 2026-12-03) p was 0.020 (seed 34) and 0.010 (seed 67): a silo's
// gap swings more from month to month than a random mix's, which the
// statistic now divides by (testdata/change/evaluate_sweep.sh: p <= 0.05
// in 11 of 80 such studies before, 3 of 80 now).
func TestEvaluateSiloNoReform(t *testing.T) {
	for _, seed := range []uint64{34, 67} {
		truth, f, at, loc := study(t, synth.Options{Seed: seed, Scale: 0.3, NoChange: true}, graph.Month, false)
		ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
		var treated []string
		for _, u := range f.Units {
			if u.Kind == graph.KindInternal && u.Sector == truth.SilosH1[0] {
				treated = append(treated, u.ID)
			}
		}
		ev, err := change.Evaluate(context.Background(), f, ps, change.Reform{Date: at("2025-10-01"), Treated: treated}, change.Options{Seed: 1, Resamples: 200})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ev.Rows {
			if d.Outcome == "homophily" && d.Kind == change.DiDEffect && !(d.P > 0.05) {
				t.Errorf("seed %d, %d units of silo sector %s treated, no reform: effect %.3f, p = %.3f over %d assignments; want p above 0.05",
					seed, len(treated), truth.SilosH1[0], d.Effect, d.P, d.Assignments)
			}
		}
	}
}

// FuzzReadReform: reform.yaml of any content is read or refused with an
// error from package change, never a panic.
func FuzzReadReform(f *testing.F) {
	f.Add("date: 2025-10-01\ntreated: [kesehatan]\ncontrol: [ekonomi]\n")
	f.Add("date: 2025-10-01\ntreated:\n  - DINKES\n")
	f.Add("date: 01/10/2025\ntreated: [a]\nextra: 1\n")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := change.ReadReform(strings.NewReader(in), time.UTC)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "change: ") {
				t.Fatalf("error %q is not package change's", err)
			}
			return
		}
		if len(r.Treated) == 0 {
			t.Fatal("a reform without treated groups was read")
		}
	})
}

func TestReadReform(t *testing.T) {
	r, err := change.ReadReform(strings.NewReader("date: 2025-10-01\ntreated: [kesehatan]\ncontrol: [ekonomi, sosial]\n"), time.UTC)
	if err != nil || r.Date != time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC).Unix() || len(r.Control) != 2 {
		t.Fatalf("%+v, %v", r, err)
	}
	for _, bad := range []string{"", "date: 2025-10-01\n", "date: x\ntreated: [a]\n", "date: 2025-10-01\ntreated: [a]\ntreatd: [b]\n", "[1, 2"} {
		if _, err := change.ReadReform(strings.NewReader(bad), time.UTC); err == nil {
			t.Errorf("%q was read", bad)
		}
	}
}

// TestReadReformErrors: a reform file that cannot be read is refused with
// the line the problem is on and a sentence that says what to write. A
// single name where a list belongs gave yaml's "cannot unmarshal !!str
// `sosial` into []string" before; an unclosed bracket on line 2 was
// reported on line 1 (yaml.v3 counts its parser's lines from 0), in
// yaml's English.
func TestReadReformErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
		key      string
	}{
		{"a single name", "date: 2025-10-01\ntreated: sosial\n", 2, "changefile.rf.notList"},
		{"a single control", "date: 2025-10-01\ntreated: [a]\ncontrol: ekonomi\n", 3, "changefile.rf.notList"},
		{"unclosed bracket on line 2", "date: 2025-10-01\ntreated: [sosial\ncontrol: [ekonomi]\n", 2, "changefile.rf.unclosed"},
		{"unclosed bracket on line 2, last line", "date: 2025-10-01\ntreated: [sosial\n", 2, "changefile.rf.unclosed"},
		{"unclosed bracket on line 1", "treated: [sosial\ndate: 2025-10-01\n", 1, "changefile.rf.unclosed"},
		{"unclosed bracket, no newline", "[1, 2", 1, "changefile.rf.unclosed"},
		{"unclosed brace on line 4", "date: 2025-10-01\n\n\ntreated: {a\n", 4, "changefile.rf.unclosed"},
		{"a bracket too many on line 3", "date: 2025-10-01\ntreated: [a]\ncontrol: [b]]\n", 3, "changefile.rf.yaml"},
		{"a tab on line 3", "date: 2025-10-01\ntreated: [a]\n\tcontrol: [b]\n", 3, "changefile.rf.yaml"},
		{"a key twice", "date: 2025-10-01\ntreated: [a]\ndate: 2025-10-02\n", 3, "changefile.rf.keyTwice"},
		{"a list of lists", "date: 2025-10-01\ntreated:\n  - [a, b]\n", 3, "changefile.rf.notNames"},
		{"a map under treated", "date: 2025-10-01\ntreated: {a: 1}\n", 2, "changefile.rf.notNames"},
		{"two dates", "date: [2025-10-01, 2025-11-01]\ntreated: [a]\n", 1, "changefile.rf.dateNotOne"},
		{"a bad date", "treated: [a]\ndate: 2025-13-45\n", 2, "changefile.rf.date"},
		// a date, day first, in a form this file does not take: the form
		// to write (it was "not a date")
		{"a date day first", "treated: [a]\ndate: 01/10/2025\n", 2, "changefile.rf.dateDayFirst"},
		{"no such date day first", "treated: [a]\ndate: 31/04/2025\n", 2, "changefile.rf.date"},
		{"no date", "treated: [a]\n", 0, "changefile.rf.noDate"}, // it said: date "" is not a date
		{"an unknown key", "date: 2025-10-01\ntreated: [a]\ntreatd: [b]\n", 3, "changefile.rf.unknownKey"},
		{"no keys", "- a\n- b\n", 1, "changefile.rf.notKeys"},
		{"empty", "", 0, "changefile.rf.empty"},
		{"comments only", "# nothing\n", 0, "changefile.rf.empty"},
		{"no treated", "date: 2025-10-01\ntreated: []\n", 2, "changefile.rf.noTreated"},
		// a second document after --- was passed over without a word: a
		// second reform, or a corrected date under the old one, not read
		// (hT, session 53)
		{"a second document", "date: 2025-10-01\ntreated: [a]\n---\ndate: 2025-11-01\ntreated: [b]\n", 3, "changefile.rf.twoDocs"},
		{"a second document of one key", "# first\ndate: 2025-10-01\ntreated: [a]\n\n---\ndate: 2025-11-01\n", 5, "changefile.rf.twoDocs"},
		{"a broken second document", "date: 2025-10-01\ntreated: [a]\n---\ncontrol: [b]]\n", 4, "changefile.rf.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := change.ReadReform(strings.NewReader(tc.in), time.UTC)
			var fe *change.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a FileError", err)
			}
			if fe.Line != tc.line || fe.Key != tc.key {
				t.Errorf("line %d, %s (%v); want line %d, %s", fe.Line, fe.Key, err, tc.line, tc.key)
			}
		})
	}
	for _, tc := range []struct{ name, in string }{
		{"one name a line", "date: 2025-10-01\ntreated:\n  - sosial\n  - ekonomi\ncontrol:\n"},
		{"brackets", "# reform\ndate: 2025-10-01\ntreated: [sosial, ekonomi]\n"},
		// document markers around the one reform, and an empty document
		// after it, hold nothing more
		{"document markers", "---\ndate: 2025-10-01\ntreated: [sosial, ekonomi]\n...\n"},
		{"an empty second document", "date: 2025-10-01\ntreated: [sosial, ekonomi]\n---\n# nothing\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := change.ReadReform(strings.NewReader(tc.in), time.UTC)
			if err != nil || len(r.Treated) != 2 || len(r.Control) != 0 || r.DateLine != strings.Count(tc.in[:strings.Index(tc.in, "date:")], "\n")+1 {
				t.Errorf("%+v, %v", r, err)
			}
		})
	}
}

// TestEvaluateDateInsidePeriod: a reform date inside a period is not
// silently moved: the evaluation says which date it was given and which
// period start it split at, and its rows carry the date used.
func TestEvaluateDateInsidePeriod(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	for _, tc := range []struct {
		name, date, used string
		moved            bool
	}{
		{"period start", "2025-10-01", "2025-10-01", false},
		{"inside October", "2025-10-15", "2025-10-01", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(tc.date), Treated: truth.Pilot.Treated, Control: truth.Pilot.Control}
			ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 100})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := change.Day(ev.DateGiven, loc)+" "+change.Day(ev.DateUsed, loc), tc.date+" "+tc.used; got != want {
				t.Errorf("date given and used %s, want %s", got, want)
			}
			if ev.DateMoved() != tc.moved {
				t.Errorf("moved %v, want %v", ev.DateMoved(), tc.moved)
			}
			for _, d := range ev.Rows {
				if d.Kind != change.DiDPlacebo && change.Day(d.Date, loc) != tc.used {
					t.Errorf("%s %s row: date %s, want %s (the split used)", d.Kind, d.Outcome, change.Day(d.Date, loc), tc.used)
					break
				}
			}
		})
	}
}

// TestPlaceboSummary: placebo dates whose interval is undefined are
// counted apart, not as doubtful placebos; a date is doubtful when its
// interval excludes 0 or its randomisation p is at most 0.05
// (change.PlaceboDoubtful); the placebo check fails when at least half of
// the judged dates are doubtful. Before, a date whose interval held 0
// passed whatever its p: on sekat generate --seed 5 --pilot, the five
// KEC_ units treated from 2025-10-01, the date 2025-08-01 had an interval
// of -0.028 to 0.135 and a p of 0.005, and the terminal said the groups
// moved in parallel.
func TestPlaceboSummary(t *testing.T) {
	nan := math.NaN()
	row := func(outcome, kind string, low, high float64) change.DiD {
		return change.DiD{Outcome: outcome, Kind: kind, Effect: 0, CI: change.Interval{Low: low, High: high}, P: nan}
	}
	withP := func(d change.DiD, p float64) change.DiD { d.P = p; return d }
	for _, tc := range []struct {
		name                        string
		rows                        []change.DiD
		passed, doubtful, undefined int
		fails                       bool
	}{
		{"all cover", []change.DiD{row("homophily", change.DiDPlacebo, -0.1, 0.1), row("homophily", change.DiDPlacebo, -0.2, 0)}, 2, 0, 0, false},
		{"one excludes", []change.DiD{row("homophily", change.DiDPlacebo, -0.1, 0.1), row("homophily", change.DiDPlacebo, 0.05, 0.2)}, 1, 1, 0, true},
		{"one of three excludes", []change.DiD{row("homophily", change.DiDPlacebo, -0.1, 0.1), row("homophily", change.DiDPlacebo, -0.1, 0.1), row("homophily", change.DiDPlacebo, 0.05, 0.2)}, 2, 1, 0, false},
		{"all exclude", []change.DiD{row("homophily", change.DiDPlacebo, -0.3, -0.1), row("homophily", change.DiDPlacebo, 0.05, 0.2)}, 0, 2, 0, true},
		{"one undefined", []change.DiD{row("homophily", change.DiDPlacebo, -0.1, 0.1), row("homophily", change.DiDPlacebo, nan, nan)}, 1, 0, 1, false},
		{"only undefined", []change.DiD{row("homophily", change.DiDPlacebo, nan, nan)}, 0, 0, 1, false},
		{"other kinds and outcomes left out", []change.DiD{row("homophily", change.DiDEffect, 0.1, 0.2), row("ei_index", change.DiDPlacebo, nan, nan)}, 0, 0, 0, false},
		// the randomisation p: at most 0.05 makes a date doubtful whatever its interval
		{"interval holds 0, p small", []change.DiD{withP(row("homophily", change.DiDPlacebo, -0.028, 0.135), 0.005)}, 0, 1, 0, true},
		{"p at alpha", []change.DiD{withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.05), withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.8)}, 1, 1, 0, true},
		{"p above alpha", []change.DiD{withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.051)}, 1, 0, 0, false},
		{"one p small of six", []change.DiD{withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.87), withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.83),
			withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.86), withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.82),
			withP(row("homophily", change.DiDPlacebo, -0.028, 0.135), 0.005), withP(row("homophily", change.DiDPlacebo, -0.1, 0.1), 0.61)}, 5, 1, 0, false},
		{"no interval, p small", []change.DiD{withP(row("homophily", change.DiDPlacebo, nan, nan), 0.01)}, 0, 1, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := &change.Evaluation{Rows: tc.rows}
			c, e, u := ev.Placebos("homophily")
			if c != tc.passed || e != tc.doubtful || u != tc.undefined {
				t.Errorf("passed %d, doubtful %d, undefined %d; want %d, %d, %d", c, e, u, tc.passed, tc.doubtful, tc.undefined)
			}
			if got := ev.PlaceboFails("homophily"); got != tc.fails {
				t.Errorf("placebo check fails: %v, want %v (at least half of the judged dates doubtful)", got, tc.fails)
			}
			if got := len(ev.DoubtfulPlacebos("homophily")); got != tc.doubtful {
				t.Errorf("%d doubtful rows listed, want %d", got, tc.doubtful)
			}
		})
	}
}

// TestEvaluatePFloor: the smallest p the assignments allow. With as many
// groups treated as not, every assignment's mirror (the arms swapped) has
// the same statistic, so p can be no smaller than 2/N: the planted pilot,
// whose effect no other assignment reaches, gets exactly that, and with
// one sector against one p is always 1. Before, the floor was taken as
// 1/N: 0.5 for one against one, 0.05 for three units against three, so
// the p of 0.1 that three against three always gives went without the
// warning that no effect could be significant.
func TestEvaluatePFloor(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	p := truth.Pilot
	var other string // a sector neither treated nor control in the pilot
	for _, s := range f.Sectors {
		if s != p.Treated[0] && s != p.Control[0] && s != "koordinasi" && s != "eksternal" {
			other = s
			break
		}
	}
	for _, tc := range []struct {
		name             string
		treated, control []string
		assignments      int
		floor, p         float64 // p < 0: not checked
		mirrored         bool
		spare            bool // groups of the kind neither treated nor control
	}{
		{"one sector against one", p.Treated, p.Control, 2, 1, 1, true, true},
		{"three units against three", p.TreatedUnits[:3], p.ControlUnits[:3], 20, 0.1, 0.1, true, true},
		{"one sector against two", p.Treated, []string{p.Control[0], other}, 3, 1.0 / 3, -1, false, true},
		{"one sector, control left out", p.Treated, nil, 10, 0.1, -1, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control}
			ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 50})
			if err != nil {
				t.Fatal(err)
			}
			if ev.Mirrored != tc.mirrored {
				t.Errorf("mirrored %v, want %v", ev.Mirrored, tc.mirrored)
			}
			if (ev.Spare > 0) != tc.spare || ev.Spare < 0 || ev.BySector != (len(tc.treated) == 1) {
				t.Errorf("spare %d, by sector %v; want spare groups %v, by sector %v", ev.Spare, ev.BySector, tc.spare, len(tc.treated) == 1)
			}
			for _, d := range ev.Rows {
				if d.Kind == change.DiDPeriod {
					if !math.IsNaN(d.PFloor) {
						t.Errorf("period row with a p floor %v", d.PFloor)
					}
					continue
				}
				if math.IsNaN(d.P) {
					continue
				}
				if d.Assignments != tc.assignments || math.Abs(d.PFloor-tc.floor) > 1e-12 {
					t.Errorf("%s %s: %d assignments, floor %.4f; want %d, %.4f", d.Kind, d.Outcome, d.Assignments, d.PFloor, tc.assignments, tc.floor)
				}
				if d.P < d.PFloor-1e-12 {
					t.Errorf("%s %s: p %.4f below its floor %.4f", d.Kind, d.Outcome, d.P, d.PFloor)
				}
				if d.Kind == change.DiDEffect && d.Outcome == "homophily" && tc.p >= 0 && math.Abs(d.P-tc.p) > 1e-12 {
					t.Errorf("pilot effect: p %.4f, want %.4f", d.P, tc.p)
				}
			}
		})
	}
}

// TestEvaluateShortSides: the blocks and days on either side of the date
// are counted, and a side of fewer than MinIntervalBlocks weekly blocks
// is short: the post side of periods cut at 2025-10-10 is (this frame's
// blocks are whole weeks from the study's start, so it holds only the
// block 2025-10-01 to 10-06), four weeks are not, nor the three months
// after 2025-10-01.
func TestEvaluateShortSides(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	for _, tc := range []struct {
		name, to        string
		postBlocks      int
		postDays        float64
		shortPre, short bool
	}{
		{"nine days after", "2025-10-10", 1, 5, false, true},
		{"four weeks after", "2025-10-29", 4, 26, false, false},
		{"to the end", truth.To, 15, 92, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := monthPeriods(f, at(truth.From), at(tc.to), loc)
			r := change.Reform{Date: at(truth.Pilot.Date), Treated: truth.Pilot.Treated, Control: truth.Pilot.Control}
			ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 100})
			if err != nil {
				t.Fatal(err)
			}
			if ev.PostBlocks != tc.postBlocks || math.Abs(ev.PostDays-tc.postDays) > 1e-9 {
				t.Errorf("after the date: %d blocks, %.2f days; want %d, %.0f", ev.PostBlocks, ev.PostDays, tc.postBlocks, tc.postDays)
			}
			if pre, post := ev.ShortSides(); pre != tc.shortPre || post != tc.short {
				t.Errorf("short sides %v, %v; want %v, %v (%d blocks before, %d after)", pre, post, tc.shortPre, tc.short, ev.PreBlocks, ev.PostBlocks)
			}
		})
	}
	ev := &change.Evaluation{PreBlocks: change.MinIntervalBlocks - 1, PostBlocks: change.MinIntervalBlocks}
	if pre, post := ev.ShortSides(); !pre || post {
		t.Errorf("%d blocks before, %d after: short %v, %v; want true, false", ev.PreBlocks, ev.PostBlocks, pre, post)
	}
}

// TestReformNameErrors: a name in reform.yaml that is neither a sector
// with internal units nor an internal unit is called unknown, also among
// names of the other kind; a known name of the other kind than the first
// treated one is called mixed. Before, control: [ketertiban, NOPE] was
// told to list "sectors or unit ids, not both", NOPE being neither.
func TestReformNameErrors(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.1, Pilot: true}, graph.Month, false)
	p := truth.Pilot
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	for _, tc := range []struct {
		name             string
		treated, control []string
		key, arg         string
	}{
		{"unknown among sectors", p.Treated, []string{p.Control[0], "NOPE"}, "changefile.rf.unknown", "NOPE"},
		{"unknown alone", p.Treated, []string{"NOPE"}, "changefile.rf.unknown", "NOPE"},
		{"unknown among units", p.TreatedUnits, []string{p.ControlUnits[0], "NOPE"}, "changefile.rf.unknown", "NOPE"},
		{"a unit among sectors", p.Treated, []string{p.Control[0], p.ControlUnits[0]}, "changefile.rf.mixed", p.ControlUnits[0]},
		{"a sector among units", p.TreatedUnits, []string{p.Control[0]}, "changefile.rf.mixed", p.Control[0]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control, ControlLines: []int{3, 4}}
			_, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 10})
			var fe *change.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a FileError", err)
			}
			if got, want := fe.Key+" "+fe.Args[0].(string), tc.key+" "+tc.arg; got != want {
				t.Errorf("error %q, want %q", got, want)
			}
		})
	}
}

// TestEvaluateArmUnits: the units with ties of each arm are counted, and
// an arm of fewer than MinArmUnits is warned of (arm_few_units): one
// unit against one, and three against one, whose interval holds no
// variation between the control units (the QA report: both read as "more
// open"). The pilot's sectors, of three units or more each, are not.
// Warnings lists the codes of Fixed and ShortSides too.
func TestEvaluateArmUnits(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.1, Pilot: true}, graph.Month, false)
	p := truth.Pilot
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	for _, tc := range []struct {
		name               string
		treated, control   []string
		nTreated, nControl int
		warnings           string
	}{
		{"one unit against one", p.TreatedUnits[:1], p.ControlUnits[:1], 1, 1, "arm_few_units"},
		{"three units against one", p.TreatedUnits[:3], p.ControlUnits[:1], 3, 1, "arm_few_units"},
		{"one unit against three", p.TreatedUnits[:1], p.ControlUnits[:3], 1, 3, "arm_few_units"},
		{"sector against sector", p.Treated, p.Control, len(p.TreatedUnits), len(p.ControlUnits), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control}
			ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 20})
			if err != nil {
				t.Fatal(err)
			}
			if ev.TreatedUnits != tc.nTreated || ev.ControlUnits != tc.nControl {
				t.Errorf("units %d treated, %d control; want %d, %d", ev.TreatedUnits, ev.ControlUnits, tc.nTreated, tc.nControl)
			}
			if got := strings.Join(ev.Warnings(), " "); got != tc.warnings {
				t.Errorf("warnings %q, want %q", got, tc.warnings)
			}
			if ev.Fixed() {
				t.Errorf("outcomes fixed by construction (treated %v, control %v), want not", ev.TreatedFixed, ev.ControlFixed)
			}
		})
	}
	for _, tc := range []struct {
		ev   change.Evaluation
		want string
	}{
		{change.Evaluation{TreatedUnits: 2, ControlUnits: 2, PreBlocks: 4, PostBlocks: 4}, ""},
		{change.Evaluation{TreatedUnits: 2, ControlUnits: 2, PreBlocks: 4, PostBlocks: 4, ControlFixed: true}, "outcome_fixed"},
		{change.Evaluation{TreatedUnits: 1, ControlUnits: 2, PreBlocks: 4, PostBlocks: 3, TreatedFixed: true}, "arm_few_units outcome_fixed interval_few_blocks"},
	} {
		if got := strings.Join(tc.ev.Warnings(), " "); got != tc.want {
			t.Errorf("%+v: warnings %q, want %q", tc.ev, got, tc.want)
		}
	}
}

// monthPeriods are the calendar months of f from from to to, as periods.
func monthPeriods(f *change.Frame, from, to int64, loc *time.Location) []change.Period {
	var ps []change.Period
	bounds := graph.CalendarBounds(from, to, graph.Month, loc)
	for i := 0; i+1 < len(bounds); i++ {
		ps = append(ps, f.PeriodOf(graph.Window{From: bounds[i], To: bounds[i+1]}))
	}
	return ps
}

// TestEvaluateMinSignificant: Detectable is the smallest |effect| whose
// randomisation p would reach alpha, the other assignments' statistics
// taken as observed. So on every did and placebo row whose p can reach
// 0.05, p is at most 0.05 exactly when |effect| exceeds it; where p cannot
// (its floor above 0.05: three units against three) it is NaN, and the
// period rows, which have no p, have none. Before, evaluate with few
// controls said nothing of how large an effect its test could have found:
// a p of 0.2 over 35 assignments on a study without any reform read as
// no effect, not as a test that could only have called an effect above
// 0.059 significant. (The value for three units against five on
// sekat generate --seed 3 --scale 0.05 --pilot, 0.72382, was checked by a
// separate numpy script from analyze's monthly edges.csv.)
func TestEvaluateMinSignificant(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	p := truth.Pilot
	var others []string // internal units of neither arm of the pilot
	for _, u := range f.Units {
		if u.Kind == graph.KindInternal && !slices.Contains(p.TreatedUnits, u.ID) && !slices.Contains(p.ControlUnits, u.ID) {
			others = append(others, u.ID)
		}
	}
	for _, tc := range []struct {
		name             string
		treated, control []string
		reach            bool // p can reach 0.05
	}{
		{"three units against three", p.TreatedUnits[:3], p.ControlUnits[:3], false},
		{"three units against five", p.TreatedUnits[:3], append(slices.Clone(p.ControlUnits[:3]), others[:2]...), true},
		{"every other unit a control", p.TreatedUnits, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control}
			ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 50})
			if err != nil {
				t.Fatal(err)
			}
			var above, below int // rows with p at most alpha, and above it
			for _, d := range ev.Rows {
				switch {
				case d.Kind == change.DiDPeriod || math.IsNaN(d.P):
					if !math.IsNaN(d.Detectable) {
						t.Errorf("%s %s without a p: smallest significant effect %v", d.Kind, d.Outcome, d.Detectable)
					}
				case !tc.reach:
					if d.PFloor <= change.DefaultAlpha || !math.IsNaN(d.Detectable) {
						t.Errorf("%s %s: floor %.3f, smallest significant effect %v; want a floor above alpha and none", d.Kind, d.Outcome, d.PFloor, d.Detectable)
					}
				case math.IsNaN(d.Detectable) || d.Detectable < 0:
					t.Errorf("%s %s: p %.3f over floor %.3f, smallest significant effect %v", d.Kind, d.Outcome, d.P, d.PFloor, d.Detectable)
				case math.Abs(math.Abs(d.Effect)-d.Detectable) <= 1e-9*d.Detectable:
					// at the threshold itself: a tie, either way
				default:
					sig := d.P <= change.DefaultAlpha
					if sig != (math.Abs(d.Effect) > d.Detectable) {
						t.Errorf("%s %s %s: effect %.4f, p %.4f, smallest significant effect %.4f: p and the threshold disagree",
							d.Kind, d.Outcome, change.Day(d.Date, loc), d.Effect, d.P, d.Detectable)
					}
					if sig {
						above++
					} else {
						below++
					}
				}
			}
			if tc.reach && (above == 0 || below == 0) && tc.control == nil {
				t.Errorf("%d rows with p at most alpha and %d above: want both kinds", above, below)
			}
		})
	}
}
