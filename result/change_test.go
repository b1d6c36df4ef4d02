package result

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// roundTrip writes rows as CSV and Parquet, reads both back and checks
// that writing what was read gives the same bytes.
func roundTrip[R any](t *testing.T, tb *Table[R], rows []R) string {
	t.Helper()
	var csv1, pq1 bytes.Buffer
	if err := tb.WriteCSV(&csv1, rows); err != nil {
		t.Fatal(err)
	}
	back, err := tb.ReadCSV(bytes.NewReader(csv1.Bytes()))
	if err != nil {
		t.Fatalf("%s: %v", tb.Name, err)
	}
	var csv2 bytes.Buffer
	if err := tb.WriteCSV(&csv2, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(csv1.Bytes(), csv2.Bytes()) {
		t.Errorf("%s: CSV read back writes\n%s\nwant\n%s", tb.Name, csv2.Bytes(), csv1.Bytes())
	}
	if err := tb.WriteParquet(&pq1, rows); err != nil {
		t.Fatal(err)
	}
	pback, err := tb.ReadParquet(bytes.NewReader(pq1.Bytes()), int64(pq1.Len()))
	if err != nil {
		t.Fatalf("%s parquet: %v", tb.Name, err)
	}
	var csv3 bytes.Buffer
	if err := tb.WriteCSV(&csv3, pback); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(csv1.Bytes(), csv3.Bytes()) {
		t.Errorf("%s: Parquet read back writes\n%s\nwant\n%s", tb.Name, csv3.Bytes(), csv1.Bytes())
	}
	return csv1.String()
}

func TestChangeTablesRoundTrip(t *testing.T) {
	nan := math.NaN()
	m := Measure{Before: 0.5, After: -0.25, Change: -0.75, BeforeLow: 0.4, BeforeHigh: 0.6, AfterLow: nan, AfterHigh: nan,
		ChangeLow: -0.9, ChangeHigh: -0.6, P: 0.001, PAdjusted: 0.01}
	out := roundTrip(t, ChangesGroups, []GroupChange{{Type: "sector", Name: "keuangan, aset", SizeBefore: 4, SizeAfter: 4, Present: "both",
		InternalBefore: 10, InternalAfter: 2, Homophily: m, EI: m, InternalShare: m, Tested: true, VerdictBefore: "silo", Verdict: "opened",
		Sentence: "=Sektor keuangan membuka diri"}})
	if !strings.HasPrefix(out, "type,name,verdict,size_before,") || !strings.Contains(out, "homophily_change_low") {
		t.Errorf("changes_groups.csv header: %s", out[:strings.IndexByte(out, '\n')])
	}
	roundTrip(t, ChangesUnits, []UnitChange{{Unit: "DINKES", Name: "Dinas Kesehatan", Sector: "kesehatan", Kind: graph.KindInternal,
		Present: "after", CrossShare: m, BetweennessBefore: nan, CrosswalkFrom: []string{"A", "B"}}, {Unit: "X", Kind: graph.KindExternal}})
	roundTrip(t, ChangesNetwork, []NetworkChange{{Name: "density", Value: m}})
	roundTrip(t, CommunitiesMatched, []CommunityMatch{{Before: 1, After: 2, SizeBefore: 5, SizeAfter: 7, Shared: 4, Jaccard: 0.5, Event: "grew"}, {Before: 3, Event: "dissolved", Jaccard: nan}})
	roundTrip(t, TiesChanged, []TieChange{{Source: "A", Target: "B", CrossSector: true, PerDayBefore: 0, PerDayAfter: 1.5, Change: 1.5, P: nan, PAdjusted: nan, Status: "gained", BridgeAfter: true}})
	roundTrip(t, Trend, []TrendPoint{{Period: 1, From: "2025-01-01", To: "2025-02-01", Type: "sector", Group: "ekonomi", Size: 5, Homophily: 0.9, Z: nan, Up: nan, Down: nan}})
	roundTrip(t, DiDTable, []DiD{{Outcome: "homophily", Kind: "did", Date: "2025-10-01", From: "2025-10-01", To: "2026-01-01", Effect: -0.9, Low: -0.95, High: -0.8, P: 0.1, PFloor: 0.1, Assignments: 10, MinSignificant: 0.25},
		{Outcome: "homophily", Kind: "period", P: nan, PFloor: nan, MinSignificant: nan}})
	roundTrip(t, TrendAlerts, []TrendAlert{{Type: "sector", Group: "ekonomi", Direction: "opening", Period: 7, Start: 7, Sum: 40, Sentence: "a, \"b\""}})
}

func TestCompareJSON(t *testing.T) {
	c := &Comparison{JSON: CompareJSON{Level: "unit", NMI: Number(math.NaN()), Verdicts: []CompareVerdict{{Name: "a<b", PAdjusted: 0.01}}}}
	var b bytes.Buffer
	for _, f := range c.Files() {
		if f.Name == CompareFile {
			if err := f.Write(&b); err != nil {
				t.Fatal(err)
			}
		}
	}
	var v map[string]any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatalf("compare.json is not JSON: %v\n%s", err, b.Bytes())
	}
	if v["communities_nmi"] != nil || !strings.Contains(b.String(), `"a<b"`) {
		t.Errorf("compare.json: NaN must be null and HTML characters kept:\n%s", b.Bytes())
	}
	if n := len(c.Files()); n != 11 {
		t.Errorf("%d files, want 5 tables, 5 twins and compare.json", n)
	}
}
