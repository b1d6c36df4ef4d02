package ingest

import (
	"errors"
	"path/filepath"
	"testing"

	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestLayoutUnusedDuplicate: a column sekat never reads (kind of the
// correspondence table) may repeat in the header for sekat pairs as for
// analyze; a repeated column it reads still stops it. Before, pairs
// refused the file that analyze read (the input review found it).
func TestLayoutUnusedDuplicate(t *testing.T) {
	for _, c := range []struct {
		name, head string
		dup        bool
	}{
		{"unused column twice", "sent_at,sender,recipients,kind,kind\n", false},
		{"used column twice", "sent_at,sender,recipients,sender\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "correspondence.csv"), c.head)
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			_, err = s.Layout(Correspondence, filepath.Join(dir, "correspondence.csv"))
			var de *DuplicateColumnError
			if got := errors.As(err, &de); got != c.dup {
				t.Errorf("error %v, want a duplicate-column error: %v", err, c.dup)
			}
		})
	}
}
