package ingest

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
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
	if !errors.As(err, &pe) || pe.Code != "noHeader" || !strings.Contains(err.Error(), p+": its first line (A,C,1,0.25,0,0,"+day303+","+day303+") names none of the columns of table pairs") {
		t.Errorf("pairs without a header: err = %v, want noHeader naming %s", err, p)
	}
}

// TestLoadPairsCSVPipes: a CSV table separated by '|' (an engine's or a
// database's pipe-separated export, Spark's sep '|') is read as one
// separated by ',', ';' or a tab, the delimiter its header holds most.
// Before, its header was one column and the table was refused.
func TestLoadPairsCSVPipes(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	p := "pairs/period=2025-03-03/part-0.csv"
	tables[p] = strings.ReplaceAll(tables[p], ",", "|")
	wantHandEdges(t, s, tables)
}

// TestLoadPairsIDZeros: ids an engine read as numbers lose their leading
// zeros (a Trino catalog table typing unit_id BIGINT makes "010203" into
// 10203); the refusal names the study's id and the cause. Before, it said
// the tables were made from another study.
func TestLoadPairsIDZeros(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"units.csv":  "unit_id,name,sector\n0101,Satu,s1\n0102,Dua,s1\n",
		"people.csv": "person_id,unit_id,name\np1,0101,A\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := OpenStudyWith(dir, StudyOptions{LogsElsewhere: true})
	if err != nil {
		t.Fatal(err)
	}
	tables := maps.Clone(handPairs)
	tables["meta.csv"] = handMeta(dir)
	tables["nodes.csv"] = "node,internal_messages,internal_shares,large_meetings,circulars_sent\n101,0,0,0,0\n0102,0,0,0,0\n"
	_, err = LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "idZeros" || !strings.Contains(err.Error(), `nodes.csv line 2: node "101" is not in the study, but "0101" is`) {
		t.Errorf("node 101 for 0101: err = %v, want idZeros", err)
	}
}
