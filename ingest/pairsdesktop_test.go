package ingest

import (
	"context"
	"errors"
	"maps"
	"runtime"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestLoadPairsDesktopFiles: the files a desktop leaves beside part files
// it copied or opened are no rows: Excel's lock file beside an open CSV
// part (~$part-0.csv), the Zone.Identifier stream Windows keeps for a
// downloaded file, written as a file of its own by a copy into WSL, and
// Explorer's desktop.ini and Thumbs.db. Before, each was read as a part
// file and refused as a CSV table without a header line ("as Spark writes
// CSV unless given the option header true").
func TestLoadPairsDesktopFiles(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	for name, text := range map[string]string{
		"pairs/period=2025-01-10/part-0.csv:Zone.Identifier": "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=https://lake.example/\r\n",
		"pairs/period=2025-03-03/~$part-0.csv":               "\x05Analis                                 \x00\x00",
		"nodes/period=2025-03-03/desktop.ini":                "[.ShellClassInfo]\r\nIconResource=C:\\x.ico,0\r\n",
		"totals/Thumbs.db":                                   "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
	} {
		if runtime.GOOS == "windows" && strings.Contains(name, ":") {
			continue // no ':' in a name there; the stream stays a stream
		}
		tables[name] = text
	}
	wantHandEdges(t, s, tables)
}

// TestLoadPairsStrayNote: a note beside the period folders of a
// partitioned table is refused as a file outside them, naming it, and the
// refusal says to move a file that is no part of the table out of the
// folder; before, it said only to write the table partitioned or to copy
// the engine's folder again, which the note would have survived.
func TestLoadPairsStrayNote(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	tables["pairs/README.txt"] = "Tabel pasangan dari Spark, Desember 2025\n"
	_, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "notPartitioned" || !strings.Contains(err.Error(), "pairs/README.txt: not in a folder period=") ||
		!strings.Contains(err.Error(), "if it is no file of the table (a note, or a file copied in beside its parts), move it out of the folder") {
		t.Errorf("err = %v, want notPartitioned naming pairs/README.txt and saying to move it out", err)
	}
}
