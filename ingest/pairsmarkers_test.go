package ingest

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestLoadPairsEngineMarkers: the files an engine, or a copy of a
// bucket, leaves beside the part files are no rows: Spark's _SUCCESS and
// .crc checksums, and the empty "..._$folder$" files Hadoop on S3 (EMR)
// writes for each folder, which aws s3 sync copies along. Before, a
// "period=2025-03-03_$folder$" beside the period folder of pairs was
// refused as a part file outside a period folder.
func TestLoadPairsEngineMarkers(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	for _, m := range []string{
		"pairs/_SUCCESS", "pairs/period=2025-01-10/.part-0.csv.crc", "totals/._SUCCESS.crc",
		"pairs/period=2025-03-03_$folder$", "totals/period=2025-01-10_$folder$", "nodes_$folder$", "pairs_$folder$",
	} {
		tables[m] = ""
	}
	wantHandEdges(t, s, tables)
}

// TestLoadPairsMetaParts: a meta table written as a folder of part files,
// one of them without rows (an engine with several writers), is read;
// before, more than one file was "no meta table". Its rows over all the
// files must still be one.
func TestLoadPairsMetaParts(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	meta := tables["meta.csv"]
	delete(tables, "meta.csv")
	tables["meta/part-00000-x.c000.csv"] = meta[:strings.Index(meta, "\n")+1] // the header only
	tables["meta/part-00001-x.c000.csv"] = meta
	tables["meta/_SUCCESS"] = ""
	wantHandEdges(t, s, tables)
	tables["meta/part-00000-x.c000.csv"] = meta
	_, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "metaRows" || !strings.Contains(err.Error(), "2 rows") {
		t.Errorf("two meta rows in two part files: err = %v, want metaRows", err)
	}
}
