package result

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/pqguard"
)

// orderedGroup is a Parquet group whose fields come in the order given,
// not sorted by name as parquet.Group's: the Parquet twin keeps the CSV's
// column order.
type orderedGroup struct {
	parquet.Group
	fields []parquet.Field
}

func (g orderedGroup) Fields() []parquet.Field { return g.fields }

// parquetSchema is the table's Parquet schema, columns in CSV order: text
// a UTF-8 string, whole numbers INT64, floats optional DOUBLE (null when
// undefined), booleans BOOLEAN.
func (t *Table[R]) parquetSchema() *parquet.Schema {
	g := orderedGroup{Group: parquet.Group{}}
	for _, c := range t.columns {
		var n parquet.Node
		switch c.Kind {
		case Text:
			n = parquet.String()
		case Int:
			n = parquet.Int(64)
		case Float:
			n = parquet.Optional(parquet.Leaf(parquet.DoubleType))
		case Bool:
			n = parquet.Leaf(parquet.BooleanType)
		}
		g.Group[c.Name] = n
		// A one-field group yields the parquet.Field of that column.
		g.fields = append(g.fields, parquet.Group{c.Name: n}.Fields()[0])
	}
	return parquet.NewSchema(t.Name, g)
}

// WriteParquet writes rows as t's Parquet twin, zstd-compressed, streaming
// them in batches of 1,024.
func (t *Table[R]) WriteParquet(w io.Writer, rows []R) error {
	return t.writeParquet(w, rows, &parquet.Zstd)
}

// writeParquet is WriteParquet with the codec given (other codecs for the
// tests).
func (t *Table[R]) writeParquet(w io.Writer, rows []R, codec compress.Codec) error {
	pw := parquet.NewGenericWriter[any](w, t.parquetSchema(), parquet.Compression(codec))
	batch := make([]parquet.Row, 0, 1024)
	for i := range rows {
		row := make(parquet.Row, len(t.columns))
		for k, c := range t.columns {
			row[k] = parquetValue(c.Kind, c.get(&rows[i]), k)
		}
		batch = append(batch, row)
		if len(batch) == cap(batch) || i == len(rows)-1 {
			if _, err := pw.WriteRows(batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return pw.Close()
}

func parquetValue(k Kind, c cell, col int) parquet.Value {
	switch k {
	case Text:
		return parquet.ByteArrayValue([]byte(c.s)).Level(0, 0, col)
	case Int:
		return parquet.Int64Value(c.i).Level(0, 0, col)
	case Bool:
		return parquet.BooleanValue(c.b).Level(0, 0, col)
	}
	if math.IsNaN(c.f) || math.IsInf(c.f, 0) {
		return parquet.NullValue().Level(0, 0, col)
	}
	// the number the CSV writes (graph.AppendFloat), not its noise
	return parquet.DoubleValue(graph.Round(c.f)).Level(0, 1, col)
}

var parquetKinds = [...]parquet.Kind{Text: parquet.ByteArray, Int: parquet.Int64, Float: parquet.Double, Bool: parquet.Boolean}

// ReadParquet reads t's Parquet twin of size bytes. Columns are found by
// name; a column the table does not know is skipped, a missing one or one
// of another type is an error.
func (t *Table[R]) ReadParquet(r io.ReaderAt, size int64) (rows []R, err error) {
	file := t.Name + ".parquet"
	defer func() {
		// parquet-go may panic on a damaged file; a damaged file is an
		// error like any other here.
		if p := recover(); p != nil {
			rows, err = nil, &ParseError{File: file, Err: fmt.Errorf("%w: %v", ErrMalformed, p)}
		}
	}()
	if err := pqguard.CheckFooter(r, size); err != nil {
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	f, err := parquet.OpenFile(r, size)
	if err != nil {
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	if err := pqguard.CheckFile(r, size, f.Metadata()); err != nil {
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	// col[i] is the table column of the file's leaf column i, or -1.
	col := make([]int, len(f.Schema().Columns()))
	for i := range col {
		col[i] = -1
	}
	for k, c := range t.columns {
		leaf, ok := f.Schema().Lookup(c.Name)
		if !ok && c.added {
			continue // written by an earlier sekat (Column.added)
		}
		if !ok {
			return nil, &ParseError{File: file, Column: c.Name, Err: fmt.Errorf("%w: the column is missing", ErrMalformed)}
		}
		if leaf.Node.Type().Kind() != parquetKinds[c.Kind] || leaf.MaxRepetitionLevel != 0 {
			return nil, &ParseError{File: file, Column: c.Name,
				Err: fmt.Errorf("%w: the column holds %s, want %s", ErrMalformed, leaf.Node.Type(), c.Kind)}
		}
		col[leaf.ColumnIndex] = k
	}
	buf := make([]parquet.Row, 256)
	line := 1
	for _, rg := range f.RowGroups() {
		rr := rg.Rows()
		for {
			n, err := rr.ReadRows(buf)
			for _, pr := range buf[:n] {
				line++
				var row R
				for _, v := range pr {
					if v.Column() < 0 || v.Column() >= len(col) || col[v.Column()] < 0 {
						continue
					}
					c := t.columns[col[v.Column()]]
					x, perr := cellOf(c.Kind, v)
					if perr == nil {
						perr = c.set(&row, x)
					}
					if perr != nil {
						rr.Close()
						return nil, &ParseError{File: file, Line: line, Column: c.Name, Err: fmt.Errorf("%w: %v", ErrMalformed, perr)}
					}
				}
				rows = append(rows, row)
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rr.Close()
				return nil, &ParseError{File: file, Line: line, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
			}
		}
		if err := rr.Close(); err != nil {
			return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
		}
	}
	return rows, nil
}

func cellOf(k Kind, v parquet.Value) (cell, error) {
	if v.IsNull() {
		if k == Float {
			return cell{f: math.NaN()}, nil
		}
		return cell{}, errors.New("null in a column that is never null")
	}
	switch k {
	case Text:
		return cell{s: string(v.ByteArray())}, nil
	case Int:
		return cell{i: v.Int64()}, nil
	case Bool:
		return cell{b: v.Boolean()}, nil
	}
	return cell{f: v.Double()}, nil
}
