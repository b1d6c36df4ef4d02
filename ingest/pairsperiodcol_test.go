package ingest

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/sekat-ona/sekat/engine"
)

// withPeriod is the CSV text csv with a period column added at its end,
// holding p on every row.
func withPeriod(csv, p string) string {
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	lines[0] += ",period"
	for i := 1; i < len(lines); i++ {
		lines[i] += "," + p
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestLoadPairsPeriodColumnDisagrees: a part file of a period folder
// whose period column names another period (a file moved into another
// period's folder, or a folder renamed) is refused, naming the file, the
// line or row, both values and the fix. Before, the column was passed
// over without a word, as Spark, Trino and DuckDB pass it over, and the
// rows of pairs/period=2025-03-03 that said 2025-01-10 were counted in
// 2025-03-03. A period column that agrees is read as if it were absent
// (as DuckDB writes it with WRITE_PARTITION_COLUMNS true), in CSV and as
// a Parquet DATE.
func TestLoadPairsPeriodColumnDisagrees(t *testing.T) {
	s := handPairsStudy(t)
	const part = "pairs/period=2025-03-03/part-0.csv"
	t.Run("csv agrees", func(t *testing.T) {
		m := maps.Clone(handPairsByDay)
		for k, v := range m {
			if p, ok := strings.CutPrefix(k, "pairs/period="); ok {
				m[k] = withPeriod(v, p[:len("2025-01-10")])
			}
		}
		wantHandEdges(t, s, m)
	})
	t.Run("csv disagrees", func(t *testing.T) {
		m := maps.Clone(handPairsByDay)
		lines := strings.Split(withPeriod(m[part], "2025-03-03"), "\n")
		lines[2] = strings.Replace(lines[2], "2025-03-03", "2025-01-10", 1) // line 3 of the file
		m[part] = strings.Join(lines, "\n")
		_, err := LoadPairs(context.Background(), s, writePairs(t, m), Options{})
		var pe *engine.PairsError
		want := part + ` line 3: the period column holds "2025-01-10", and the file lies in the folder period=2025-03-03`
		if !errors.As(err, &pe) || pe.Code != "periodColumn" || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "move the file into the folder period=2025-01-10") {
			t.Errorf("err = %v, want a periodColumn refusal saying %q and the fix", err, want)
		}
	})
	type pairRow struct {
		Source         string  `parquet:"source"`
		Target         string  `parquet:"target"`
		Correspondence int64   `parquet:"correspondence"`
		Meetings       float64 `parquet:"meetings"`
		DataSharing    int64   `parquet:"data_sharing"`
		DataDenied     int64   `parquet:"data_denied"`
		FirstAt        int64   `parquet:"first_at"`
		LastAt         int64   `parquet:"last_at"`
		Period         int32   `parquet:"period,date"` // days since 1970, as engines store a DATE
	}
	// the part as Parquet, its period column a DATE of day
	parquetPart := func(t *testing.T, day string) string {
		m := maps.Clone(handPairsByDay)
		d, err := time.Parse("2006-01-02", day)
		if err != nil {
			t.Fatal(err)
		}
		var rows []pairRow
		for _, l := range strings.Split(strings.TrimSpace(m[part]), "\n")[1:] {
			f := strings.Split(l, ",")
			n := func(i int) int64 { x, _ := strconv.ParseInt(f[i], 10, 64); return x }
			mt, _ := strconv.ParseFloat(f[3], 64)
			rows = append(rows, pairRow{f[0], f[1], n(2), mt, n(4), n(5), n(6), n(7), int32(d.Unix() / 86400)})
		}
		delete(m, part)
		dir := writePairs(t, m)
		p := filepath.Join(dir, "pairs", "period=2025-03-03")
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := parquet.WriteFile(filepath.Join(p, "part-0.parquet"), rows); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	t.Run("parquet date agrees", func(t *testing.T) {
		dir := parquetPart(t, "2025-03-03")
		if _, err := LoadPairs(context.Background(), s, dir, Options{}); err != nil {
			t.Errorf("err = %v, want the part read (its DATE period agrees)", err)
		}
	})
	t.Run("parquet date disagrees", func(t *testing.T) {
		dir := parquetPart(t, "2025-01-10")
		_, err := LoadPairs(context.Background(), s, dir, Options{})
		var pe *engine.PairsError
		want := `pairs/period=2025-03-03/part-0.parquet row 1: the period column holds "2025-01-10"`
		if !errors.As(err, &pe) || pe.Code != "periodColumn" || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want a periodColumn refusal saying %q", err, want)
		}
	})
}
