package ingest

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// handCSVRows are the data rows of handPairs' table file, split at commas.
func handCSVRows(file string) [][]string {
	var out [][]string
	for _, l := range strings.Split(strings.TrimSpace(handPairs[file]), "\n")[1:] {
		out = append(out, strings.Split(l, ","))
	}
	return out
}

// flba is n as the 16 big-endian two's complement bytes of a
// DECIMAL(38, scale) stored as FIXED_LEN_BYTE_ARRAY, as Spark and Trino
// store a DECIMAL of more than 18 digits.
func flba(n int64) (b [16]byte) {
	x := big.NewInt(n)
	if n < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), 128))
	}
	x.FillBytes(b[:])
	return b
}

// pairsEngineTypes writes handPairs with the inputs, pairs and
// meeting_sizes tables as Parquet whose numbers are of the types an
// engine writes when a query does not cast them to BIGINT: the inputs'
// counts and times DOUBLE (a DuckDB HUGEINT, the type of its sum of
// BIGINTs, is written to Parquet as DOUBLE; pandas makes a column with a
// null float64), the pairs' counts DOUBLE, meeting_sizes' meetings a
// DECIMAL(38, 0) on 16 bytes (Spark's and Trino's sum of DECIMALs).
// firstAt, when not 0, replaces the first inputs row's first_at.
func pairsEngineTypes(t *testing.T, firstAt float64) string {
	t.Helper()
	type inputRow struct {
		TableName    string  `parquet:"table_name"`
		RowsRead     float64 `parquet:"rows_read"`
		RowsRejected float64 `parquet:"rows_rejected"`
		RowsPartial  float64 `parquet:"rows_partial"`
		RowsOutside  float64 `parquet:"rows_outside_window"`
		FirstAt      float64 `parquet:"first_at"`
		LastAt       float64 `parquet:"last_at"`
	}
	type pairRow struct {
		Source         string  `parquet:"source"`
		Target         string  `parquet:"target"`
		Correspondence float64 `parquet:"correspondence"`
		Meetings       float64 `parquet:"meetings"`
		DataSharing    float64 `parquet:"data_sharing"`
		DataDenied     float64 `parquet:"data_denied"`
		FirstAt        float64 `parquet:"first_at"`
		LastAt         float64 `parquet:"last_at"`
	}
	type sizeRow struct {
		Source   string   `parquet:"source"`
		Target   string   `parquet:"target"`
		Size     int64    `parquet:"size"`
		Meetings [16]byte `parquet:"meetings,decimal(0:38)"`
		FirstAt  int64    `parquet:"first_at"`
		LastAt   int64    `parquet:"last_at"`
	}
	f := func(s string) float64 { x, _ := strconv.ParseFloat(s, 64); return x }
	tables := map[string]string{}
	for k, v := range handPairs {
		if k != "inputs.csv" && k != "pairs.csv" && k != "meeting_sizes.csv" {
			tables[k] = v
		}
	}
	dir := writePairs(t, tables)
	var in []inputRow
	for _, c := range handCSVRows("inputs.csv") {
		in = append(in, inputRow{c[0], f(c[1]), f(c[2]), f(c[3]), f(c[4]), f(c[5]), f(c[6])})
	}
	if firstAt != 0 {
		in[0].FirstAt = firstAt
	}
	var pr []pairRow
	for _, c := range handCSVRows("pairs.csv") {
		pr = append(pr, pairRow{c[0], c[1], f(c[2]), f(c[3]), f(c[4]), f(c[5]), f(c[6]), f(c[7])})
	}
	var sr []sizeRow
	for _, c := range handCSVRows("meeting_sizes.csv") {
		n := func(s string) int64 { x, _ := strconv.ParseInt(s, 10, 64); return x }
		sr = append(sr, sizeRow{c[0], c[1], n(c[2]), flba(n(c[3])), n(c[4]), n(c[5])})
	}
	for name, rows := range map[string]any{"inputs.parquet": in, "pairs.parquet": pr, "meeting_sizes.parquet": sr} {
		var err error
		switch r := rows.(type) {
		case []inputRow:
			err = parquet.WriteFile(filepath.Join(dir, name), r)
		case []pairRow:
			err = parquet.WriteFile(filepath.Join(dir, name), r)
		case []sizeRow:
			err = parquet.WriteFile(filepath.Join(dir, name), r)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestLoadPairsEngineNumberTypes: whole numbers an engine wrote as
// DOUBLE, or as a DECIMAL of 38 digits, are read at their value. Before,
// a DOUBLE time (1736474400) was written as 1.7364744e+09 and refused as
// "not a whole number" (as was every DOUBLE count of a million or more),
// and a DECIMAL(38, 0) was refused as not stored in INT32 or INT64; on
// the demo's month tables rewritten so by DuckDB (CAST ... AS DOUBLE,
// HUGEINT, DECIMAL(38,0)), analyze --pairs stopped with exit 2, and now
// gives the edges.csv of analyze on the logs, byte for byte.
func TestLoadPairsEngineNumberTypes(t *testing.T) {
	s := handPairsStudy(t)
	res, err := LoadPairs(context.Background(), s, pairsEngineTypes(t, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	// the inputs table's first_at and last_at+1 (handPairs)
	if res.Span != (graph.Window{From: 1736474400, To: 1751302801}) {
		t.Errorf("span %+v, want the inputs table's first_at and last_at+1", res.Span)
	}
	// a whole DOUBLE past 2^53 may be another number rounded: refused,
	// naming the file, row and column (2^53+2 is a DOUBLE, 2^53+1 is not)
	_, err = LoadPairs(context.Background(), s, pairsEngineTypes(t, 1<<53+2), Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "inexact" || !strings.Contains(err.Error(), "inputs.parquet row 1: first_at 9.007199254740994e+15 is held in a DOUBLE column") {
		t.Errorf("first_at 2^53+2 as DOUBLE: err = %v, want inexact naming inputs.parquet row 1", err)
	}
}

// TestLoadPairsFloatColumn: a FLOAT (32 bits) time holds whole numbers
// only up to 2^24, so 1736474400 stored in it is some other number of
// seconds rounded: refused, where read as a DOUBLE it would move the
// span without a word.
func TestLoadPairsFloatColumn(t *testing.T) {
	s := handPairsStudy(t)
	type inputRow struct {
		TableName    string  `parquet:"table_name"`
		RowsRead     int64   `parquet:"rows_read"`
		RowsRejected int64   `parquet:"rows_rejected"`
		RowsPartial  int64   `parquet:"rows_partial"`
		RowsOutside  int64   `parquet:"rows_outside_window"`
		FirstAt      float32 `parquet:"first_at"`
		LastAt       float32 `parquet:"last_at"`
	}
	var in []inputRow
	for _, c := range handCSVRows("inputs.csv") {
		n := func(s string) int64 { x, _ := strconv.ParseInt(s, 10, 64); return x }
		in = append(in, inputRow{c[0], n(c[1]), n(c[2]), n(c[3]), n(c[4]), float32(n(c[5])), float32(n(c[6]))})
	}
	tables := map[string]string{}
	for k, v := range handPairs {
		if k != "inputs.csv" {
			tables[k] = v
		}
	}
	dir := writePairs(t, tables)
	if err := parquet.WriteFile(filepath.Join(dir, "inputs.parquet"), in); err != nil {
		t.Fatal(err)
	}
	_, err := LoadPairs(context.Background(), s, dir, Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "inexact" || !strings.Contains(err.Error(), "inputs.parquet row 1: first_at") || !strings.Contains(err.Error(), "FLOAT column") {
		t.Errorf("first_at as FLOAT: err = %v, want inexact naming inputs.parquet row 1", err)
	}
}

// TestLoadPairsCSVWholeForms: CSV cells holding a whole number as an
// engine writes a DOUBLE or a DECIMAL (Spark 1.0 and 1.7364744E9, a
// DECIMAL(18,2) 1.00) are read at their value; before, each was "not a
// whole number". A whole number in such a form past 2^53 (pandas writes a
// DOUBLE 2^53+2 as 9007199254740994.0) is refused; a fraction stays
// refused as not whole.
func TestLoadPairsCSVWholeForms(t *testing.T) {
	s := handPairsStudy(t)
	tables := handPairsWith("inputs.csv", "correspondence,6,0,0,0,1736474400,1746378000", "correspondence,6.0,0.00,0,0E0,1.7364744E9,1746378000.0")
	tables["pairs.csv"] = strings.Replace(tables["pairs.csv"], "A,B,1,0.25,0,0,1,1", "A,B,1.0,0.25,0.00,0,1,1", 1)
	res := wantHandEdges(t, s, tables)
	if res.Span != (graph.Window{From: 1736474400, To: 1751302801}) {
		t.Errorf("span %+v, want the inputs table's first_at and last_at+1", res.Span)
	}
	for _, c := range []struct{ cell, code, want string }{
		{"9007199254740994.0", "inexactText", "inputs.csv line 2: first_at 9007199254740994.0 is a whole number written with a fraction"},
		{"1.0E17", "inexactText", "inputs.csv line 2: first_at 1.0E17"},
		{"1736474400.5", "notNumber", `first_at "1736474400.5" is not a whole number`},
		{"1e9999", "notNumber", `first_at "1e9999" is not a whole number`},
	} {
		_, err := LoadPairs(context.Background(), s, writePairs(t, handPairsWith("inputs.csv", "1736474400", c.cell)), Options{})
		var pe *engine.PairsError
		if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.want) {
			t.Errorf("first_at %s: err = %v, want %s: %s", c.cell, err, c.code, c.want)
		}
	}
}

// TestLoadPairsSemicolonThousands: in a table saved by Indonesian Excel
// (cells separated by ';'), '.' groups thousands, so 1.000 is a thousand,
// not the whole number 1 that the fraction forms of TestLoadPairsCSVWholeForms
// would read: refused, and said to be a thousand written with separators
// (or a number with decimals), which sekat pairs never writes. It was
// refused as "not a whole number", which a reader of Indonesian Excel,
// to whom 1.000 is a thousand, could not believe; a form that is no
// thousands form (1.5) still is.
func TestLoadPairsSemicolonThousands(t *testing.T) {
	s := handPairsStudy(t)
	for _, c := range []struct{ cell, code, want string }{
		{"1.000", "thousands", `correspondence "1.000", in a file separated by ";", reads as 1000 written with thousands separators`},
		{"12.345.678", "thousands", `correspondence "12.345.678", in a file separated by ";", reads as 12345678 written with thousands separators`},
		{"1.5", "notNumber", `correspondence "1.5" is not a whole number`},
		{"1.0000", "notNumber", `correspondence "1.0000" is not a whole number`},
	} {
		tables := handPairsWith("pairs.csv", "A,B,1,0.25,0,0,1,1", "A,B,"+c.cell+",0.25,0,0,1,1")
		tables["pairs.csv"] = strings.ReplaceAll(tables["pairs.csv"], ",", ";")
		_, err := LoadPairs(context.Background(), s, writePairs(t, tables), Options{})
		var pe *engine.PairsError
		if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s in a ';' file: err = %v, want %s: %s", c.cell, err, c.code, c.want)
		}
	}
}
