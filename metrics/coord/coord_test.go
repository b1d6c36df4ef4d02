package coord

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

const day = 86400

// log3 is a hand-made log over units 0..5: forum A (organiser 0, three
// meetings of units 0,1,2) is followed up by letters between every pair
// within 30 days; forum B (organiser 3, three meetings of units 3,4,5) is
// followed by nothing but a letter 60 days after its first; forum C (one meeting)
// is no series.
func log3() *graph.EventLog {
	e := &graph.EventLog{}
	r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
	for i := int64(0); i < 3; i++ {
		t := (1 + 10*i) * day
		o := r(0)
		e.Meeting("A", t, &o, "Rapat  Koordinasi A", []graph.Ref{r(0), r(1), r(2)})
		e.Letter(t+day, r(0), []graph.Ref{r(1), r(2)})
		e.Share(t+2*day, r(1), r(2), "Data X", graph.Denied)
		o = r(3)
		e.Meeting("B", t, &o, "forum b", []graph.Ref{r(3), r(4), r(5), r(4)})
	}
	e.Letter(61*day, r(3), []graph.Ref{r(4)})
	o := r(0)
	e.Meeting("C", 5*day, &o, "Sekali", []graph.Ref{r(0), r(5)})
	return e
}

func TestForums(t *testing.T) {
	fs := Forums(log3(), Options{End: 200 * day})
	if len(fs) != 2 {
		t.Fatalf("got %d forums, want 2 (A and B; C met once): %+v", len(fs), fs)
	}
	byOrg := map[int32]Forum{}
	for _, f := range fs {
		byOrg[f.Organizer] = f
	}
	a, b := byOrg[0], byOrg[3]
	// A: 3 meetings x 3 pairs; {0,1} and {0,2} by the letter, {1,2} by
	// the data request.
	if a.Meetings != 3 || a.Judged != 3 || a.Pairs != 9 || a.FollowedUp != 9 || a.Verdict != Active {
		t.Errorf("forum A: got %+v, want 3 meetings, 9 of 9 pairs followed up, active", a)
	}
	// B: the letter on day 61 is 40 days after the last meeting (day 21).
	// 0 of 9 has the interval 0 to 0.336 (testdata/reference/
	// clopper_pearson.py): too few instances to call it ceremonial.
	if b.Pairs != 9 || b.FollowedUp != 0 || b.Rate != 0 || b.Verdict != Unclear {
		t.Errorf("forum B: got %+v, want 0 of 9 pairs followed up, unclear", b)
	}
	if got := b.Units; len(got) != 3 {
		t.Errorf("forum B units: got %v, want 3 distinct", got)
	}
}

func TestForumsWindowEnd(t *testing.T) {
	// With the window ending on day 35, the meetings of days 11 and 21
	// cannot be followed for 30 days: one judged meeting, no verdict.
	for _, f := range Forums(log3(), Options{End: 35 * day}) {
		if f.Judged != 1 || f.Verdict != NotJudged {
			t.Errorf("forum %q: got %d judged, verdict %q; want 1 judged, no verdict", f.Title, f.Judged, f.Verdict)
		}
	}
	if fs := Forums(nil, Options{}); fs != nil {
		t.Errorf("nil log: got %v", fs)
	}
}

// TestForumsWithoutTitleOrExchanges: meetings that name no organiser and
// no title make no forum (a review found them merged into one nameless
// forum that the recommendations then cited), and a log without any
// letter or data request judges no meeting, rather than finding every
// forum ceremonial.
func TestForumsWithoutTitleOrExchanges(t *testing.T) {
	r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
	untitled := &graph.EventLog{}
	for i := int64(0); i < 5; i++ {
		untitled.Meeting(fmt.Sprint("m", i), (1+10*i)*day, nil, "  ", []graph.Ref{r(int32(i % 3)), r(3)})
	}
	untitled.Letter(2*day, r(0), []graph.Ref{r(3)})
	if fs := Forums(untitled, Options{End: 200 * day}); len(fs) != 0 {
		t.Errorf("untitled meetings: got %+v, want no forum", fs)
	}
	meetingsOnly := &graph.EventLog{}
	o := r(0)
	for i := int64(0); i < 4; i++ {
		meetingsOnly.Meeting(fmt.Sprint("m", i), (1+10*i)*day, &o, "Rapat", []graph.Ref{r(0), r(1), r(2)})
	}
	fs := Forums(meetingsOnly, Options{End: 200 * day})
	if len(fs) != 1 || fs[0].Meetings != 4 || fs[0].Judged != 0 || fs[0].Verdict != NotJudged {
		t.Errorf("meetings without letters or data requests: got %+v, want one forum of 4 meetings, none judged, no verdict", fs)
	}
}

func TestFollowUpBoundaries(t *testing.T) {
	// A contact at the meeting's start does not follow it up; one at
	// exactly 30 days does; one a second later does not.
	for _, c := range []struct {
		at   int64
		want int64
	}{{0, 0}, {1, 1}, {30 * day, 1}, {30*day + 1, 0}} {
		e := &graph.EventLog{}
		r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
		for i := int64(0); i < 2; i++ {
			e.Meeting("m", 1000*day*i, nil, "t", []graph.Ref{r(0), r(1)})
		}
		e.Letter(c.at, r(1), []graph.Ref{r(0)})
		fs := Forums(e, Options{})
		if len(fs) != 1 || fs[0].FollowedUp != c.want {
			t.Errorf("contact at +%ds: got %+v, want %d followed up", c.at, fs, c.want)
		}
	}
}

func TestCircularMakesNoContact(t *testing.T) {
	e := &graph.EventLog{}
	r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
	e.Letter(1, r(0), []graph.Ref{r(1), r(2), r(3), r(4), r(5)}) // 5 other units > 4
	e.Letter(2, r(0), []graph.Ref{r(0), r(1), r(1)})
	if len(e.Contacts) != 1 || e.Contacts[0] != (graph.Contact{A: 0, B: 1, At: 2}) {
		t.Errorf("got contacts %+v, want only {0,1} at 2", e.Contacts)
	}
}

func TestDatasets(t *testing.T) {
	units := []graph.Node{{ID: "a", Sector: "s1"}, {ID: "b", Sector: "s1"}, {ID: "c", Sector: "s2"}, {ID: "d", Sector: "s2"}}
	e := &graph.EventLog{}
	r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
	for i := 0; i < 4; i++ {
		e.Share(1, r(0), r(2), "Data penduduk", graph.Denied)
	}
	e.Share(1, r(1), r(2), "Data penduduk", graph.Denied)
	e.Share(1, r(1), r(3), "Data penduduk", graph.Granted)
	e.Share(1, r(1), r(3), "Data penduduk", graph.Pending) // left out
	e.Share(1, r(0), r(1), "Data penduduk", graph.Denied)  // inside s1
	e.Share(1, r(2), r(0), "Data jalan", graph.Granted)
	ds := Datasets(e, units)
	if len(ds) != 2 {
		t.Fatalf("got %+v, want 2 rows", ds)
	}
	d := ds[0]
	if d.Dataset != "Data penduduk" || d.ProviderSector != "s1" || d.ConsumerSector != "s2" || d.Requests != 6 || d.Denied != 5 ||
		d.Refuser != 0 || d.RefuserDenied != 4 {
		t.Errorf("got %+v, want Data penduduk s1->s2, 5 of 6 denied, refuser 0 with 4", d)
	}
	if d.Refusers != 2 || !slices.Equal(d.TopRefusers, []int32{0}) {
		t.Errorf("got %d refusers, top %v; want 2 refusers, top [0]", d.Refusers, d.TopRefusers)
	}
	if ds[1].Denied != 0 || ds[1].Refuser != -1 {
		t.Errorf("got %+v, want no denial and no refuser", ds[1])
	}
}

// TestDatasetsTies: when several provider units each refused the most,
// all of them are named, by index, and the count of refusing units is kept.
func TestDatasetsTies(t *testing.T) {
	units := []graph.Node{{ID: "a", Sector: "s1"}, {ID: "b", Sector: "s1"}, {ID: "c", Sector: "s1"}, {ID: "d", Sector: "s2"}}
	e := &graph.EventLog{}
	r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
	for _, p := range []int32{2, 2, 0, 1, 1, 0} {
		e.Share(1, r(p), r(3), "Data UMKM", graph.Denied)
	}
	ds := Datasets(e, units)
	if len(ds) != 1 {
		t.Fatalf("got %+v, want 1 row", ds)
	}
	d := ds[0]
	if d.Denied != 6 || d.Refuser != 0 || d.RefuserDenied != 2 || d.Refusers != 3 || !slices.Equal(d.TopRefusers, []int32{0, 1, 2}) {
		t.Errorf("got %+v, want 6 denied by 3 units, 2 each, top [0 1 2]", d)
	}
}

func TestCarriers(t *testing.T) {
	in := graph.KindInternal
	nodes := []graph.Node{{ID: "a1", Sector: "A", Kind: in}, {ID: "a2", Sector: "A", Kind: in}, {ID: "b1", Sector: "B", Kind: in},
		{ID: "b2", Sector: "B", Kind: in}, {ID: "c1", Sector: "C", Kind: in}, {ID: "k", Sector: "K", Kind: graph.KindCoordinator}}
	e := func(u, v int32, w float64) graph.Edge {
		return graph.Edge{From: u, To: v, Weight: w, Layers: [graph.NumLayers]float64{w, 0, 0, 0}}
	}
	// A-B: a1 holds 9 of 10 (a1-b1 5, a1-b2 4, a2-b2 1); b2 holds 5 of 10.
	// A-C: only a2-c1: a2 holds all (c1 is the only unit of C and is no
	// carrier), of a weight of 2, under the default minimum of 10; the
	// coordinator's ties never count.
	edges := []graph.Edge{e(0, 2, 5), e(0, 3, 4), e(1, 3, 1), e(1, 4, 2), e(5, 0, 50), e(0, 1, 7)}
	n := graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
	if got := Carriers(n, Options{}); len(got) != 1 || got[0].SectorB != "B" {
		t.Errorf("by default: got %+v, want only A-B (A-C has a weight of 2, under the minimum)", got)
	}
	got := Carriers(n, Options{CarrierMinWeight: 2})
	want := []Carrier{{SectorA: "A", SectorB: "B", Weight: 10, Unit: "a1", Sector: "A", Share: 0.9},
		{SectorA: "A", SectorB: "C", Weight: 2, Unit: "a2", Sector: "A", Share: 1}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.SectorA != w.SectorA || g.SectorB != w.SectorB || g.Unit != w.Unit || math.Abs(g.Share-w.Share) > 1e-12 || math.Abs(g.Weight-w.Weight) > 1e-12 {
			t.Errorf("carrier %d: got %+v, want %+v", i, g, w)
		}
	}
	if got := Carriers(n, Options{CarrierShare: 0.95, CarrierMinWeight: 2}); len(got) != 1 || got[0].SectorB != "C" {
		t.Errorf("at 95%%: got %+v, want only A-C", got)
	}
}

// TestClopperPearson checks the interval against scipy's beta quantiles
// (testdata/golden/coord/clopper_pearson.json, written by
// testdata/reference/clopper_pearson.py with scipy 1.10.1; R's
// binom.test(0, 66)$conf.int gives the same 0 to 0.05436).
func TestClopperPearson(t *testing.T) {
	var ref struct {
		Level     float64 `json:"level"`
		Intervals []struct {
			X, N      int64
			Low, High float64
		} `json:"intervals"`
	}
	refgraph.LoadGolden(t, "coord", "clopper_pearson", "/usr/bin/python3 testdata/reference/clopper_pearson.py", &ref)
	if ref.Level != Confidence || len(ref.Intervals) == 0 {
		t.Fatalf("reference level %v with %d intervals, want %v and some", ref.Level, len(ref.Intervals), Confidence)
	}
	for _, c := range ref.Intervals {
		lo, hi := ClopperPearson(c.X, c.N, ref.Level)
		if math.Abs(lo-c.Low) > 1e-9 || math.Abs(hi-c.High) > 1e-9 {
			t.Errorf("ClopperPearson(%d, %d): got %.12f to %.12f, want %.12f to %.12f", c.X, c.N, lo, hi, c.Low, c.High)
		}
	}
	for _, c := range [][2]int64{{0, 0}, {-1, 3}, {4, 3}} {
		if lo, hi := ClopperPearson(c[0], c[1], Confidence); !math.IsNaN(lo) || !math.IsNaN(hi) {
			t.Errorf("ClopperPearson(%d, %d): got %v to %v, want NaN", c[0], c[1], lo, hi)
		}
	}
}

// TestForumVerdictInterval: the verdict follows the follow-up rate's 95%
// interval, not the rate alone. Three meetings of two units with nothing
// followed up (3 instances, 0 to 0.71) were called ceremonial, and R5 told
// the Regional Secretary to merge or stop the forum on three instances.
// The forum `sekat generate --seed 642 --forums` plants (66 instances, 0
// followed up: 0 to 0.054) stays ceremonial. Boundaries (interval ends
// from testdata/reference/clopper_pearson.py): 0 of 36 reaches 0.0974,
// ceremonial; 0 of 35 reaches 0.1000324, unclear; 1 of 1 starts at
// 0.025, unclear; 2 of 2 at 0.158, active.
func TestForumVerdictInterval(t *testing.T) {
	for _, c := range []struct {
		name                    string
		meetings, units, follow int
		want                    Verdict
	}{
		{"3 meetings of 2 units, none followed", 3, 2, 0, Unclear},
		{"seed 642 planted: 11 meetings of 4 units, none followed", 11, 4, 0, Ceremonial},
		{"36 meetings of 2 units, none followed", 36, 2, 0, Ceremonial},
		{"35 meetings of 2 units, none followed", 35, 2, 0, Unclear},
		{"3 meetings of 2 units, all followed", 3, 2, 3, Active},
		{"2 meetings of 2 units: too few", 2, 2, 0, NotJudged},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := &graph.EventLog{}
			r := func(u int32) graph.Ref { return graph.Ref{Unit: u, Person: -1} }
			o := r(0)
			for i := 0; i < c.meetings; i++ {
				at := int64(1+40*i) * day
				var us []graph.Ref
				for u := 0; u < c.units; u++ {
					us = append(us, r(int32(u)))
				}
				e.Meeting(fmt.Sprint("m", i), at, &o, "Forum", us)
				if i < c.follow {
					e.Letter(at+day, r(0), []graph.Ref{r(1)})
				}
			}
			e.Letter(2000*day, r(0), []graph.Ref{r(1)}) // follow-up is observable
			fs := Forums(e, Options{End: 3000 * day})
			if len(fs) != 1 {
				t.Fatalf("got %d forums, want 1", len(fs))
			}
			f := fs[0]
			if f.Verdict != c.want {
				t.Errorf("got %q (%d of %d followed up, %.4f to %.4f), want %q", f.Verdict, f.FollowedUp, f.Pairs, f.Low, f.High, c.want)
			}
			wantLo, wantHi := ClopperPearson(f.FollowedUp, f.Pairs, Confidence)
			if f.Low != wantLo || f.High != wantHi {
				t.Errorf("interval: got %v to %v, want %v to %v", f.Low, f.High, wantLo, wantHi)
			}
		})
	}
}

// TestJudgeBoundary: an interval that starts exactly at CeremonialBelow
// is active (at or above), one that ends exactly at it is unclear (not
// below it).
func TestJudgeBoundary(t *testing.T) {
	lo, _ := ClopperPearson(2, 2, Confidence)
	_, hi := ClopperPearson(0, 36, Confidence)
	for _, c := range []struct {
		followed, pairs int64
		below           float64
		want            Verdict
	}{
		{2, 2, lo, Active},
		{2, 2, math.Nextafter(lo, 1), Unclear},
		{0, 36, hi, Unclear},
		{0, 36, math.Nextafter(hi, 1), Ceremonial},
	} {
		f := Forum{Judged: 3, Pairs: c.pairs, FollowedUp: c.followed}
		Judge(&f, Options{CeremonialBelow: c.below})
		if f.Verdict != c.want {
			t.Errorf("%d of %d with the threshold %v (interval %v to %v): got %q, want %q", c.followed, c.pairs, c.below, f.Low, f.High, f.Verdict, c.want)
		}
	}
}

// TestCarriersWithheldUnitsCount: at person level without names, the ties
// of people whose unit is withheld count in a sector pair's weight, and
// such a unit is never the carrier. Before, they were left out: p1 of unit
// a1 held 10 of the 11 (91%) that the shown people had with sector B and
// was named the single carrier, though the withheld people of sector A
// had 6 more (10 of 17, 59%).
func TestCarriersWithheldUnitsCount(t *testing.T) {
	p, h := graph.KindPerson, graph.KindHidden
	nodes := []graph.Node{
		{ID: "p1", Kind: p, Unit: "a1", Sector: "A"}, {ID: "p2", Kind: p, Unit: "a2", Sector: "A"},
		{ID: "h1", Kind: p, Unit: "*", Sector: "A"},
		{ID: "q1", Kind: p, Unit: "b1", Sector: "B"}, {ID: "q2", Kind: p, Unit: "b2", Sector: "B"},
	}
	e := func(u, v int32, w float64) graph.Edge {
		return graph.Edge{From: u, To: v, Weight: w, Layers: [graph.NumLayers]float64{w, 0, 0, 0}}
	}
	edges := []graph.Edge{e(0, 3, 10), e(1, 4, 1), e(2, 4, 6)}
	n := graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
	n.Nodes[2].UnitKind = h // as people.Protect leaves a withheld unit's people
	if got := Carriers(n, Options{}); len(got) != 0 {
		t.Errorf("got %+v, want no carrier: p1's a1 holds 10 of 17", got)
	}
	// with the withheld people's ties all to b1, b1 carries 16 of 17 on B's
	// side; the withheld unit is never named, though it holds 6 of 17
	edges = []graph.Edge{e(0, 3, 10), e(1, 4, 1), e(2, 3, 6)}
	n = graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
	n.Nodes[2].UnitKind = h
	got := Carriers(n, Options{})
	if len(got) != 1 || got[0].Unit != "b1" || math.Abs(got[0].Weight-17) > 1e-12 || math.Abs(got[0].Share-16.0/17) > 1e-12 {
		t.Errorf("got %+v, want b1 carrying 16 of 17", got)
	}
}
