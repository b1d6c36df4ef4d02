package viz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/recommend"
)

// TestBriefingDatasetsCountedPerSectorPair: a line of the refused
// datasets is a dataset between one pair of sectors, so a dataset refused
// to two sectors is two lines. The note under the list counted the lines
// as datasets: "Shown: 5 of the 48 refused datasets" on the kabupaten
// (seed 301, scale 0.1), whose 48 lines name 29 datasets. It now says
// both numbers, in both languages; with one line a dataset it reads as
// before (TestBriefingDatasetsSayHowManyMore).
func TestBriefingDatasetsCountedPerSectorPair(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	var ds []coord.DatasetFriction
	for i := 0; i < 4; i++ { // 4 datasets, each refused to two sectors: 8 lines
		for _, cs := range []string{"beta", "gamma"} {
			ds = append(ds, coord.DatasetFriction{Dataset: fmt.Sprintf("D%d", i), ProviderSector: "alpha", ConsumerSector: cs,
				Requests: 20, Denied: int64(10 - i), Refuser: -1})
		}
	}
	for lang, want := range map[string]string{
		"en": "Shown: 5 of 8 refused datasets counted per pair of sectors (4 datasets in all)",
		"id": "Ditampilkan 5 dari 8 dataset yang ditolak, dihitung per pasangan sektor (seluruhnya 4 dataset)",
	} {
		v := &view{}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Datasets: ds, Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}, lang)
		if got := v.Brief.DatasetsMore; !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want %q...", lang, got, want)
		}
	}
}
