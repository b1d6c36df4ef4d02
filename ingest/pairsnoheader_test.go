package ingest

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestLoadPairsCSVNoHeader: a CSV table without its header line, as
// Spark writes CSV unless given the option header true, is refused
// saying so, naming the file and the table's columns. Before, the first
// row was taken for the column names and the refusal said the table was
// "not made by sekat pairs, or by another version".
func TestLoadPairsCSVNoHeader(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	p := "pairs/period=2025-03-03/part-0.csv"
	tables[p] = tables[p][strings.Index(tables[p], "\n")+1:]
	_, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "noHeader" || !strings.Contains(err.Error(), p+": its first line (A,C,1,0.25,0,0,1,1) names none of the columns of table pairs") {
		t.Errorf("pairs without a header: err = %v, want noHeader naming %s", err, p)
	}
}
