package ingest

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/sekat-ona/sekat/engine"
)

// nodesDay2BZip2 is handPairsByDay's "nodes/period=2025-03-03/part-0.csv"
// compressed with bzip2 1.0.8 (printf '...' | bzip2 -9 | xxd -p): Go has
// no bzip2 writer.
const nodesDay2BZip2 = "425a68393141592653592d5583fd00002fdf800010000440003e000000aee79e00200040944d26262069a7a4283468d064068ec0847694e8fca95042a83622ab930c49dfdcbef81a51b43379cea7db10d39435e5a0596830bc4095e834d16df8bb9229c284816aac1fe8"

// TestLoadPairsCompressedCSV: CSV part files compressed with zstd (as
// DuckDB's COPY ... (FORMAT csv, COMPRESSION zstd) writes data_0.csv.zst)
// or bzip2 (Spark's compression option) are read as gzipped ones are.
// Before, their bytes were read as the header, and the refusal printed
// the binary noise as column names and said the table was not made by
// sekat pairs. A file compressed in a way sekat does not read is refused
// as not text, naming it, without its bytes.
func TestLoadPairsCompressedCSV(t *testing.T) {
	s := handPairsStudy(t)
	tables := maps.Clone(handPairsByDay)
	var z bytes.Buffer
	w, err := zstd.NewWriter(&z)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(tables["pairs/period=2025-01-10/part-0.csv"]))
	w.Close()
	delete(tables, "pairs/period=2025-01-10/part-0.csv")
	tables["pairs/period=2025-01-10/data_0.csv.zst"] = z.String()
	bz, err := hex.DecodeString(nodesDay2BZip2)
	if err != nil {
		t.Fatal(err)
	}
	delete(tables, "nodes/period=2025-03-03/part-0.csv")
	tables["nodes/period=2025-03-03/part-00000.csv.bz2"] = string(bz)
	wantHandEdges(t, s, tables)

	// an LZ4 frame (its mark, then bytes), which sekat does not read
	tables["pairs/period=2025-01-10/data_0.csv.zst"] = "\x04\x22\x4d\x18\x64\x40\xa7\xff\xfe\x01source"
	_, err = LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "notText" || !strings.Contains(err.Error(), "pairs/period=2025-01-10/data_0.csv.zst: its first line is not UTF-8 text") || strings.Contains(err.Error(), "\x18") {
		t.Errorf("an LZ4 part file: err = %q, want notText naming the file, without its bytes", err)
	}
}
