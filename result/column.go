package result

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sekat-ona/sekat/graph"
)

// Kind is the type of a column's values.
type Kind uint8

const (
	// Text is a string: a CSV text cell, a Parquet UTF-8 byte array.
	Text Kind = iota
	// Int is a whole number: a Parquet INT64.
	Int
	// Float is a float64: a Parquet optional DOUBLE; NaN (undefined) is an
	// empty CSV cell and a Parquet null.
	Float
	// Bool is true or false: a Parquet BOOLEAN.
	Bool
)

var kindNames = [...]string{"text", "int", "float", "bool"}

// String names the kind: text, int, float or bool.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// cell is one value on its way between a row field and a file.
type cell struct {
	s string
	i int64
	f float64
	b bool
}

// Column is one column of a table whose rows are of type R: the name in
// the file's header, the kind of its values, and the field of R that holds
// them (both directions, so the writer and the reader cannot disagree).
type Column[R any] struct {
	Name string
	Kind Kind
	get  func(*R) cell
	set  func(*R, cell) error
	// added is set for a column added to the table after its schema
	// version was set: a file without it, which an earlier sekat wrote,
	// is read with the field left at its zero value (doc.go: adding a
	// column keeps the version, so its readers must do without it).
	added bool
}

// since marks c as a column added to the table after its schema version
// (Column.added).
func (c Column[R]) since() Column[R] {
	c.added = true
	return c
}

// Table is one output table: its file name without extension and its
// columns in file order.
type Table[R any] struct {
	// Name is the file name without extension: "units" for units.csv and
	// units.parquet.
	Name    string
	columns []Column[R]
}

// Columns returns the table's columns in file order. The slice is shared:
// do not modify it.
func (t *Table[R]) Columns() []Column[R] { return t.columns }

// ColumnNames returns the header of the table's CSV file.
func (t *Table[R]) ColumnNames() []string {
	s := make([]string, len(t.columns))
	for i, c := range t.columns {
		s[i] = c.Name
	}
	return s
}

// newTable checks the column list once, when the package is initialised:
// a duplicate or an empty name is a programming error.
func newTable[R any](name string, cols ...[]Column[R]) *Table[R] {
	t := &Table[R]{Name: name}
	seen := map[string]bool{}
	for _, part := range cols {
		for _, c := range part {
			if c.Name == "" || seen[c.Name] || c.get == nil || c.set == nil {
				panic(fmt.Sprintf("result: table %s: column %q is empty, unnamed or named twice", name, c.Name))
			}
			seen[c.Name] = true
			t.columns = append(t.columns, c)
		}
	}
	return t
}

// textCol is a text column held in a string-typed field.
func textCol[R any, T ~string](name string, field func(*R) *T) Column[R] {
	return Column[R]{Name: name, Kind: Text,
		get: func(r *R) cell { return cell{s: string(*field(r))} },
		set: func(r *R, c cell) error { *field(r) = T(c.s); return nil }}
}

// intCol is a whole-number column held in an int-typed field.
func intCol[R any, T ~int | ~int64](name string, field func(*R) *T) Column[R] {
	return Column[R]{Name: name, Kind: Int,
		get: func(r *R) cell { return cell{i: int64(*field(r))} },
		set: func(r *R, c cell) error {
			v := T(c.i)
			if int64(v) != c.i {
				return errOutOfRange
			}
			*field(r) = v
			return nil
		}}
}

// floatCol is a float column; NaN is undefined.
func floatCol[R any](name string, field func(*R) *float64) Column[R] {
	return Column[R]{Name: name, Kind: Float,
		get: func(r *R) cell { return cell{f: *field(r)} },
		set: func(r *R, c cell) error { *field(r) = c.f; return nil }}
}

// boolCol is a true/false column.
func boolCol[R any](name string, field func(*R) *bool) Column[R] {
	return Column[R]{Name: name, Kind: Bool,
		get: func(r *R) cell { return cell{b: *field(r)} },
		set: func(r *R, c cell) error { *field(r) = c.b; return nil }}
}

// nodeKindCol is a text column of graph.Kind names (internal, coordinator,
// external, person, unit, * for a withheld unit kind).
func nodeKindCol[R any](name string, field func(*R) *graph.Kind) Column[R] {
	return Column[R]{Name: name, Kind: Text,
		get: func(r *R) cell { return cell{s: field(r).String()} },
		set: func(r *R, c cell) error {
			for k := graph.KindInternal; k <= graph.KindHidden; k++ {
				if k.String() == c.s {
					*field(r) = k
					return nil
				}
			}
			return errBadKind
		}}
}

// listCol is a text column of ids joined by ";". An empty cell is an
// empty list.
func listCol[R any](name string, field func(*R) *[]string) Column[R] {
	return Column[R]{Name: name, Kind: Text,
		get: func(r *R) cell { return cell{s: strings.Join(*field(r), ";")} },
		set: func(r *R, c cell) error {
			*field(r) = nil
			if c.s != "" {
				*field(r) = strings.Split(c.s, ";")
			}
			return nil
		}}
}

var (
	errOutOfRange = errors.New("the number is out of range")
	errBadKind    = errors.New("not one of internal, coordinator, external, person, unit")
)
