package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWorkbookSameBytes: `export --excel` gives the same bytes on every run,
// its parts in the order of their names. excelize wrote the parts in the
// order of a sync.Map's range: of four exports of one study, one had its
// sheets in another order (the same cells, other bytes), against "same
// inputs, same bytes" (outputs.md).
func TestWorkbookSameBytes(t *testing.T) {
	study := handStudy(t)
	dir := t.TempDir()
	var first []byte
	for i := range 12 {
		out := filepath.Join(dir, "sekat.xlsx")
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"sekat", "export", study, "--excel", "--force", "--out", out, "-q"}, io.Discard, &stderr); code != 0 {
			t.Fatalf("export --excel: exit %d: %s", code, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
		if !slices.IsSorted(names) {
			t.Fatalf("run %d: parts not in the order of their names: %s", i, strings.Join(names, " "))
		}
		if i == 0 {
			first = b
		} else if !bytes.Equal(b, first) {
			t.Fatalf("run %d: the workbook's bytes differ from the first run's", i)
		}
	}
}
