package synth_test

import (
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics/coord"
)

// TestPlantedForums generates a study with the planted forums, reads it
// with ingest (keeping the event log) and judges its forums with
// metrics/coord: the planted ceremonial forum is ceremonial, the planted
// active one active, as truth.json says.
func TestPlantedForums(t *testing.T) {
	dir := t.TempDir()
	truth, err := synth.Generate(dir, synth.Options{Seed: 5, Scale: 0.2, Forums: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(truth.Forums) != 2 {
		t.Fatalf("truth.json lists %d forums, want 2", len(truth.Forums))
	}
	st, err := ingest.OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	ev := &graph.EventLog{}
	res, err := ingest.Load(st, ingest.Options{Events: ev})
	if err != nil {
		t.Fatal(err)
	}
	forums := coord.Forums(ev, coord.Options{End: res.Span.To})
	for _, p := range truth.Forums {
		var f *coord.Forum
		for i := range forums {
			o := forums[i].Organizer
			if o >= 0 && res.Directory.Units[o].ID == p.Organizer && forums[i].Title == p.Title {
				f = &forums[i]
			}
		}
		if f == nil {
			t.Errorf("planted %s forum %q of %s not found", p.Kind, p.Title, p.Organizer)
			continue
		}
		want := coord.Active
		if p.Kind == "ceremonial" {
			want = coord.Ceremonial
		}
		if f.Verdict != want || f.Meetings != p.Meetings || len(f.Units) != len(p.Units) {
			t.Errorf("planted %s forum %q: got verdict %q, %d meetings, %d units, follow-up %d of %d; want %q, %d meetings, %d units",
				p.Kind, p.Title, f.Verdict, f.Meetings, len(f.Units), f.FollowedUp, f.Pairs, want, p.Meetings, len(p.Units))
		}
		if p.Kind == "ceremonial" && f.FollowedUp != 0 {
			t.Errorf("ceremonial forum: %d of %d pairs followed up, want none", f.FollowedUp, f.Pairs)
		}
	}
}

// TestForumsOffByDefault: without Options.Forums truth.json lists no
// forum, so existing studies are unchanged.
func TestForumsOffByDefault(t *testing.T) {
	truth, err := synth.Generate(t.TempDir(), synth.Options{Seed: 5, Scale: 0.02})
	if err != nil {
		t.Fatal(err)
	}
	if len(truth.Forums) != 0 {
		t.Errorf("got %d planted forums without Options.Forums, want 0", len(truth.Forums))
	}
}
