//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestLoadPairsTopNotRegular: a table file at the top of the folder of
// pair tables (pairs.csv, meta.csv, totals.csv) that is a named pipe is
// refused as not a regular file, naming it, as such a part file in a
// table's folder is (TestLoadPairsLinksRefused); and a folder under a
// table file's name (pairs.parquet/, as Spark's
// df.write.parquet("pairs.parquet") makes) is refused naming it and the
// name a table's folder has. Until 2026-12-07 both were passed over as if
// not there, and so was a table file without its ending (pairs): the
// table was said to be missing ("no meta table", "the
// totals table is missing", "the pairs table has no row"), the fix given
// to copy the folder again, which a copy brings along.
func TestLoadPairsTopNotRegular(t *testing.T) {
	s := handPairsStudy(t)
	for _, c := range []struct {
		name, file, code string
		make             func(p string) error
	}{
		{"pipe pairs", "pairs.csv", "notRegular", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{"pipe meta", "meta.csv", "notRegular", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{"pipe totals", "totals.csv", "notRegular", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{"folder pairs", "pairs.csv", "tableFileFolder", func(p string) error {
			if err := os.Mkdir(p, 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(p, "part-0.csv"), []byte(handPairs["pairs.csv"]), 0o644)
		}},
		{"file pairs", "pairs", "tableFolderFile", func(p string) error {
			return os.WriteFile(p, []byte(handPairs["pairs.csv"]), 0o644)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writePairs(t, handPairs)
			p := filepath.Join(dir, c.file)
			gone := p
			if c.file == "pairs" {
				gone = filepath.Join(dir, "pairs.csv") // its file, without the ending
			}
			if err := os.Remove(gone); err != nil {
				t.Fatal(err)
			}
			if err := c.make(p); err != nil {
				t.Skip("cannot make it here:", err)
			}
			_, err := LoadPairs(context.Background(), s, dir, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.file) {
				t.Errorf("err = %v, want %s naming %s", err, c.code, c.file)
			}
		})
	}
}
