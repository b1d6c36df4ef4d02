package ingest

import (
	"maps"
	"runtime"
	"strings"
	"testing"
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
