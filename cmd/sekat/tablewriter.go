package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"

	"github.com/parquet-go/parquet-go"

	"github.com/sekat-ona/sekat/graph"
)

// colKind is the type of an output column.
type colKind uint8

const (
	colText colKind = iota
	colInt
	colNum // float; NaN is an empty CSV cell and a Parquet null
	colBool
)

// col names and types one output column.
type col struct {
	name string
	kind colKind
}

// tableWriter receives a table row by row, cell by cell in column order;
// the same calls write CSV and Parquet.
type tableWriter interface {
	text(s string)
	int(x int64)
	float(x float64)
	bool(b bool)
	end() error
	close() error
}

// csvTable writes a table as CSV (see csvText for text cells).
type csvTable struct {
	w     *bufio.Writer
	b     []byte
	cells int // cells in the current row
}

func newCSVTable(w *bufio.Writer, cols []col) *csvTable {
	t := &csvTable{w: w}
	for i, c := range cols {
		if i > 0 {
			t.b = append(t.b, ',')
		}
		t.b = append(t.b, c.name...)
	}
	t.b = append(t.b, '\n')
	return t
}

func (t *csvTable) sep() {
	if t.cells > 0 {
		t.b = append(t.b, ',')
	}
	t.cells++
}
func (t *csvTable) text(s string) { t.sep(); t.b = csvText(t.b, s) }
func (t *csvTable) int(x int64)   { t.sep(); t.b = strconv.AppendInt(t.b, x, 10) }
func (t *csvTable) bool(x bool)   { t.sep(); t.b = strconv.AppendBool(t.b, x) }
func (t *csvTable) float(x float64) {
	t.sep()
	if !math.IsNaN(x) && !math.IsInf(x, 0) {
		t.b = graph.AppendFloat(t.b, x)
	}
}

// end finishes a row.
func (t *csvTable) end() error {
	t.b = append(t.b, '\n')
	_, err := t.w.Write(t.b)
	t.b, t.cells = t.b[:0], 0
	return err
}

// close flushes a header-only table (no rows).
func (t *csvTable) close() error {
	if len(t.b) > 0 {
		_, err := t.w.Write(t.b)
		t.b = t.b[:0]
		return err
	}
	return nil
}

// parquetTable writes a table as Parquet, streaming rows in groups of
// 1,024; numbers that are NaN are nulls.
type parquetTable struct {
	w    *parquet.Writer
	leaf []int // column -> leaf index in the schema (parquet-go sorts fields by name)
	kind []colKind
	row  parquet.Row
	rows []parquet.Row
	i    int
	err  error
}

func newParquetTable(w io.Writer, name string, cols []col) *parquetTable {
	g := parquet.Group{}
	names := make([]string, len(cols))
	t := &parquetTable{leaf: make([]int, len(cols)), kind: make([]colKind, len(cols))}
	for i, c := range cols {
		var n parquet.Node
		switch c.kind {
		case colText:
			n = parquet.String()
		case colInt:
			n = parquet.Int(64)
		case colNum:
			n = parquet.Optional(parquet.Leaf(parquet.DoubleType))
		case colBool:
			n = parquet.Leaf(parquet.BooleanType)
		}
		g[c.name] = n
		names[i] = c.name
		t.kind[i] = c.kind
	}
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	for i, n := range names {
		t.leaf[i] = sort.SearchStrings(sorted, n)
	}
	t.w = parquet.NewWriter(w, parquet.NewSchema(name, g), parquet.Compression(&parquet.Zstd))
	t.row = make(parquet.Row, len(cols))
	return t
}

func (t *parquetTable) put(v parquet.Value, def int) {
	t.row[t.leaf[t.i]] = v.Level(0, def, t.leaf[t.i])
	t.i++
}
func (t *parquetTable) text(s string) { t.put(parquet.ByteArrayValue([]byte(s)), 0) }
func (t *parquetTable) int(x int64)   { t.put(parquet.Int64Value(x), 0) }
func (t *parquetTable) bool(b bool)   { t.put(parquet.BooleanValue(b), 0) }
func (t *parquetTable) float(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		t.put(parquet.NullValue(), 0)
		return
	}
	t.put(parquet.DoubleValue(x), 1)
}

func (t *parquetTable) end() error {
	if t.i != len(t.row) {
		return fmt.Errorf("parquet table: row with %d of %d cells", t.i, len(t.row))
	}
	t.rows = append(t.rows, t.row.Clone())
	t.i = 0
	if len(t.rows) == 1024 {
		return t.flush()
	}
	return nil
}

func (t *parquetTable) flush() error {
	if len(t.rows) > 0 {
		if _, err := t.w.WriteRows(t.rows); err != nil {
			return err
		}
		t.rows = t.rows[:0]
	}
	return nil
}

func (t *parquetTable) close() error {
	if err := t.flush(); err != nil {
		return err
	}
	return t.w.Close()
}
