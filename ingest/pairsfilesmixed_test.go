package ingest

import (
	"context"
	"maps"
	"strings"
	"testing"
)

// TestLoadPairsUnitPairsFilesMixed: person-level tables made before the
// inputs table said each log's files (files, file_names) beside unit-level
// tables of the same logs made after are read as of the same logs: the
// files said are no count of log rows, and sameLogs refused the two as
// made from other rows.
func TestLoadPairsUnitPairsFilesMixed(t *testing.T) {
	s := handPairsStudy(t)
	person := map[string]string{
		"meta.csv":          strings.Replace(handPairs["meta.csv"], "unit,none,", "person,none,", 1),
		"inputs.csv":        handPairs["inputs.csv"], // without files and file_names
		"totals.csv":        strings.Replace(handPairs["totals.csv"], ",5\n", ",2\n", 1),
		"nodes.csv":         "node,internal_messages,internal_shares,large_meetings,circulars_sent\np1,0,0,0,0\np4,0,0,0,0\n",
		"pairs.csv":         "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at\np1,p4,2,0,2,2,1,1\n",
		"meeting_sizes.csv": "source,target,size,meetings,first_at,last_at\np1,p4,2,3,1,1\n",
	}
	unit := maps.Clone(handPairs)
	unit["inputs.csv"] = "table_name,rows_read,rows_rejected,rows_partial,rows_outside_window,first_at,last_at,files,file_names\n" +
		"correspondence,6,0,0,0,1736474400,1746378000,1,correspondence.csv\nmeetings,11,0,0,0,1739152800,1748829600,1,meetings.csv\ndata_sharing,5,0,0,0,1740762000,1751302800,1,data_sharing.csv\n"
	if _, err := LoadPairs(context.Background(), s, writePairs(t, person), Options{People: true, UnitPairs: writePairs(t, unit)}); err != nil {
		t.Fatal(err)
	}
}
