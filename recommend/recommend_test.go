package recommend

import (
	"reflect"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// fixture: sectors S (units s1, s2; a silo that refused data), W (w1, w2;
// on the watch list), O (o1, o2), a coordinator k. s1 ties to o1 (weight
// 3) and w1 (1): O is S's strongest partner.
func fixture() Input {
	in, co := graph.KindInternal, graph.KindCoordinator
	nodes := []graph.Node{{ID: "s1", Sector: "S", Kind: in}, {ID: "s2", Sector: "S", Kind: in}, {ID: "w1", Sector: "W", Kind: in},
		{ID: "w2", Sector: "W", Kind: in}, {ID: "o1", Sector: "O", Kind: in}, {ID: "o2", Sector: "O", Kind: in}, {ID: "k", Sector: "K", Kind: co}}
	edges := []graph.Edge{{From: 0, To: 4, Weight: 3}, {From: 0, To: 2, Weight: 1}, {From: 6, To: 0, Weight: 100}}
	net := graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
	r := &metrics.Result{Net: net, Nodes: make([]metrics.Node, len(nodes)), SectorsUsable: true,
		Groups: []metrics.Group{
			{Type: metrics.GroupSector, Name: "S", Members: []int32{0, 1}, Verdict: silo.Silo, DeniedToOthers: 7, RequestsFromOthers: 9},
			{Type: metrics.GroupSector, Name: "W", Members: []int32{2, 3}, Verdict: silo.Watch},
			{Type: metrics.GroupSector, Name: "O", Members: []int32{4, 5}},
		}, Silos: []int{0, 1}}
	forums := []coord.Forum{
		{Organizer: 6, Title: "Rakor", Meetings: 10, Units: []int32{0, 2, 4, 6}, Verdict: coord.Active},
		{Organizer: 2, Title: "Forum W", Meetings: 5, Units: []int32{2, 3}, Verdict: coord.Ceremonial, Pairs: 5},
	}
	datasets := []coord.DatasetFriction{
		{Dataset: "Data penduduk", ProviderSector: "S", ConsumerSector: "O", Requests: 9, Denied: 7, Refuser: 1, RefuserDenied: 7},
		{Dataset: "Data jalan", ProviderSector: "O", ConsumerSector: "W", Requests: 20, Denied: 12, Refuser: 5, RefuserDenied: 12},
		{Dataset: "Data kecil", ProviderSector: "O", ConsumerSector: "W", Requests: 9, Denied: 9, Refuser: 5},
	}
	carriers := []coord.Carrier{{SectorA: "O", SectorB: "S", Unit: "o1", Sector: "O", Share: 0.9}}
	return Input{Result: r, Units: nodes, Forums: forums, Datasets: datasets, Carriers: carriers}
}

func TestMake(t *testing.T) {
	got := Make(fixture())
	want := []Rec{
		{Rule: SiloRefusesData, Group: "S", Partner: "O", Unit: "s2", Dataset: "Data penduduk", Forum: 0, Count: 7, Total: 9, UnitCount: 7},
		{Rule: SiloJointWork, Group: "S", Partner: "O", Forum: 0},
		{Rule: WatchReport, Group: "W", Forum: 0},
		{Rule: PairFacilitator, Group: "O", Partner: "S", Unit: "o1", Share: 0.9, Forum: -1},
		{Rule: ForumFollowUp, Forum: 1, Total: 5},
		// Data kecil has fewer than DatasetMinRequests requests.
		{Rule: DataAgreement, Group: "O", Partner: "W", Unit: "o2", Dataset: "Data jalan", Forum: -1, Count: 12, Total: 20, UnitCount: 12},
		{Rule: Rerun, Forum: -1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d recommendations %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("rec %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestEverySiloAndCarrier: whatever else the findings hold, every silo
// gets R2 and every carrier R4, and R7 comes last.
func TestEverySiloAndCarrier(t *testing.T) {
	in := fixture()
	in.Forums, in.Datasets = nil, nil // a report read back from an output folder
	recs := Make(in)
	count := map[Rule]int{}
	for _, r := range recs {
		count[r.Rule]++
	}
	if count[SiloJointWork] != 1 || count[PairFacilitator] != len(in.Carriers) || count[SiloRefusesData] != 0 {
		t.Errorf("got %v, want one R2, one R4 per carrier, no R1 without datasets", count)
	}
	if recs[len(recs)-1].Rule != Rerun {
		t.Errorf("last: got %v, want R7", recs[len(recs)-1].Rule)
	}
	if got := Make(Input{}); len(got) != 1 || got[0].Rule != Rerun {
		t.Errorf("no result: got %+v, want only R7", got)
	}
}

// TestUnitGroupsGetNoSectorRules: at person level units get verdicts
// too; R1-R3 name sectors, so a unit on the watch list or a silo unit
// gets none of them (the briefing said "Minta sektor DISNAKER", a unit).
func TestUnitGroupsGetNoSectorRules(t *testing.T) {
	in := fixture()
	r := in.Result
	r.Groups = append(r.Groups,
		metrics.Group{Type: metrics.GroupUnit, Name: "w1", Members: []int32{2}, Verdict: silo.Watch},
		metrics.Group{Type: metrics.GroupUnit, Name: "s1", Members: []int32{0}, Verdict: silo.Silo, DeniedToOthers: 5, RequestsFromOthers: 5})
	r.Silos = []int{0, 4, 1, 3}
	for _, rec := range Make(in) {
		if (rec.Rule == SiloRefusesData || rec.Rule == SiloJointWork || rec.Rule == WatchReport) && (rec.Group == "w1" || rec.Group == "s1") {
			t.Errorf("unit group %s got %s", rec.Group, rec.Rule)
		}
	}
}

// TestUnclearForum: a forum whose follow-up is not clear yet (its 95%
// interval holds the ceremonial threshold) gets no R5, and R1-R3 still
// prefer an active forum to it, however many meetings it has.
func TestUnclearForum(t *testing.T) {
	in := fixture()
	in.Forums[1].Verdict, in.Forums[1].Meetings = coord.Unclear, 50
	for _, r := range Make(in) {
		if r.Rule == ForumFollowUp {
			t.Errorf("R5 for a forum not clear yet: %+v", r)
		}
		if r.Rule == WatchReport && r.Forum != 0 {
			t.Errorf("R3 in forum %d, want the active forum 0", r.Forum)
		}
	}
}
