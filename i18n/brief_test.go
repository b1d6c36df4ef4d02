package i18n

import (
	"testing"

	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// TestBriefHeadline: the sentence states the counts it is made from, in
// each language's number style, with the right grammatical number.
func TestBriefHeadline(t *testing.T) {
	gs := sectors(10, 2)
	gs[2].Verdict, gs[2].Homophily, gs[2].PAdjusted = silo.Watch, 0.2, 0.01
	r := &metrics.Result{Groups: gs, Silos: []int{0, 1, 2}, SectorsUsable: true,
		Friction: []metrics.Friction{{Provider: "0", Consumer: "1", Requests: 11259, Denied: 4729}, {Provider: "1", Consumer: "1", Requests: 50, Denied: 50}}}
	forums := []coord.Forum{{Verdict: coord.Ceremonial}, {Verdict: coord.Active}, {Verdict: coord.NotJudged}}
	for _, c := range []struct{ lang, want string }{
		{"id", "Dari 10 sektor yang dinilai, 2 bekerja sebagai silo (0, 1) dan 1 masuk daftar pantau; 4.729 dari 11.259 permintaan data antarsektor (42%) ditolak; 1 dari 2 forum koordinasi yang dinilai bersifat seremonial."},
		{"en", "Of 10 sectors judged, 2 work as silos (0, 1) and 1 is on the watch list; 4,729 of 11,259 cross-sector data requests (42%) were refused; 1 of 2 judged coordination forums are ceremonial."},
	} {
		if got := BriefHeadline(c.lang, r, forums); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.lang, got, c.want)
		}
	}
	one := &metrics.Result{Groups: sectors(4, 1), Silos: []int{0}, SectorsUsable: true}
	if got, want := BriefHeadline("en", one, nil), "Of 4 sectors judged, 1 works as a silo (0)."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := BriefHeadline("id", &metrics.Result{}, nil), T("id", "brief.headline.unknown")+"."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
