package change_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestReformNameNotInternal: a reform run by a coordinator (a forum that
// Setda or Bappeda convenes) tempts an evaluator to list SETDA, BAPPEDA or
// their sector koordinasi, and DPRD among the controls. Each is a unit
// (or sector) of the study, yet evaluate said "is neither a sector with
// internal units nor an internal unit of the study; check its spelling",
// sending the user after a typo that was not there (hE6 of session 51). It
// must say what the name is: a unit of another kind, or a sector without
// internal units.
func TestReformNameNotInternal(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.1, Pilot: true}, graph.Month, false)
	p := truth.Pilot
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	for _, tc := range []struct {
		name             string
		treated, control []string
		key              string
		args             []any
	}{
		{"a coordinator unit treated", []string{"SETDA"}, nil, "changefile.rf.notInternal", []any{"SETDA", "coordinator"}},
		{"an external unit among the control units", p.TreatedUnits, []string{p.ControlUnits[0], "DPRD"}, "changefile.rf.notInternal", []any{"DPRD", "external"}},
		{"a coordinator unit among sectors", p.Treated, []string{"BAPPEDA"}, "changefile.rf.notInternal", []any{"BAPPEDA", "coordinator"}},
		{"the coordinators' sector", []string{"koordinasi"}, nil, "changefile.rf.sectorNoUnit", []any{"koordinasi"}},
		{"a misspelt name is still unknown", []string{"SETDAA"}, nil, "changefile.rf.unknown", []any{"SETDAA"}},
		// a name in other letter case is named with the one to write,
		// where "check its spelling" left the case to be found (hT,
		// session 53: treated: [EKONOMI] on sekat generate --seed 1126
		// --scale 0.3 --pilot)
		{"a sector in capitals", []string{strings.ToUpper(p.Treated[0])}, nil, "changefile.rf.caseSector", []any{strings.ToUpper(p.Treated[0]), p.Treated[0], p.Treated[0]}},
		{"a control sector capitalised", p.Treated, []string{strings.ToUpper(p.Control[0][:1]) + p.Control[0][1:]}, "changefile.rf.caseSector",
			[]any{strings.ToUpper(p.Control[0][:1]) + p.Control[0][1:], p.Control[0], p.Control[0]}},
		{"a unit id in lower case", []string{strings.ToLower(p.TreatedUnits[0])}, nil, "changefile.rf.caseUnit", []any{strings.ToLower(p.TreatedUnits[0]), p.TreatedUnits[0], p.TreatedUnits[0]}},
		{"the coordinators' sector capitalised", []string{"Koordinasi"}, nil, "changefile.rf.caseSector", []any{"Koordinasi", "koordinasi", "koordinasi"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control, TreatedLines: []int{2}, ControlLines: []int{3, 3}}
			_, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 10})
			var fe *change.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a FileError", err)
			}
			if fe.Key != tc.key || len(fe.Args) != len(tc.args) {
				t.Fatalf("error %s %v, want %s %v", fe.Key, fe.Args, tc.key, tc.args)
			}
			for i := range tc.args {
				if fe.Args[i] != tc.args[i] {
					t.Errorf("argument %d: %v, want %v (%s)", i, fe.Args[i], tc.args[i], fe.Error())
				}
			}
		})
	}
}

// TestReformIndentedItemNamed: a list item indented further than the
// one above it is read by YAML as that item's continuation, so treated:
// with "  - A" then "   - B" names the one group "A - B". It was called
// a name to check the spelling of (hT, session 53, on sekat generate
// --seed 1126 --scale 0.3 --pilot: "ekonomi - sosial"); it is now said
// to be an indentation, with the way to write the list. A name with " - "
// in which no part is a sector or unit is still unknown.
func TestReformIndentedItemNamed(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.1, Pilot: true}, graph.Month, false)
	p := truth.Pilot
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	for _, tc := range []struct {
		name, text, key string
	}{
		{"indented item", "date: " + time.Unix(at(p.Date), 0).In(loc).Format("2006-01-02") + "\ntreated:\n  - " + p.Treated[0] + "\n   - " + p.Control[0] + "\n", "changefile.rf.indent"},
		{"no part known", "date: " + time.Unix(at(p.Date), 0).In(loc).Format("2006-01-02") + "\ntreated:\n  - nothing\n   - here\n", "changefile.rf.unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := change.ReadReform(strings.NewReader(tc.text), loc)
			if err != nil {
				t.Fatal(err)
			}
			_, err = change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 10})
			var fe *change.FileError
			if !errors.As(err, &fe) || fe.Key != tc.key || fe.Line != 3 {
				t.Fatalf("error %v, want %s at line 3", err, tc.key)
			}
		})
	}
}
