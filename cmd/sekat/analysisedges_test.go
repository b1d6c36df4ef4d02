package main

import (
	"context"
	"io"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestAnalysisSharesEdges: the analysis the report and maps are drawn
// from rounds the network's edges where they lie rather than copying
// them. With the copy (result.AsWritten, commit b6aa328) every directed
// pair was held twice until the report was drawn, 40 bytes each at person
// level: analyze of a province of 5,000 staff (sekat generate --preset
// provinsi --seed 57 --scale 0.1, --level person) peaked at 204 MB against
// 162-167 MB before. Both callers of newAnalysis are done with the exact
// weights by then: analyze has written its tables, report and map of a
// study have made their summary.
func TestAnalysisSharesEdges(t *testing.T) {
	o := analyzeOptions{studyOptions: studyOptions{Study: sampleStudy(t), Level: "unit", Lang: "en"}, Seed: 1, Resolution: 1, Permutations: 100}
	l, err := loadStudy(context.Background(), o.studyOptions, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	mr, err := analyzeNetwork(context.Background(), l, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(mr.Net.Edges) == 0 {
		t.Fatal("the sample study has no edge: the test tests nothing")
	}
	first := &mr.Net.Edges[0]
	a := newAnalysis(l, o, mr, &studyResult(l, o, mr).Summary)
	if &a.mr.Net.Edges[0] != first {
		t.Errorf("the analysis for the report holds a copy of the %d edges", len(mr.Net.Edges))
	}
	for i, e := range a.mr.Net.Edges {
		if e.Weight != graph.Round(e.Weight) {
			t.Fatalf("edge %d: weight %v is not as written (%v)", i, e.Weight, graph.Round(e.Weight))
		}
	}
}
