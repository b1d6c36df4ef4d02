package ingest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEarlyStopSameEveryRun: where the early stop on rejected rows ends a
// table, and so its error and the rejected rows passed on, does not
// depend on how far the reader goroutine had got (it once did: the
// reader decided, seeing the loader's rejections late).
func TestEarlyStopSameEveryRun(t *testing.T) {
	dir := handCopy(t)
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 40000; i++ {
		if rng.IntN(50) == 0 {
			b.WriteString("2025-01-01,nobody,p3\n") // rejected by the loader, not the reader
		} else {
			b.WriteString("2025-01-01,p1,p3\n")
		}
	}
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	writeFile(t, filepath.Join(dir, "correspondence.csv"), b.String())
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func(int) bool) { readerPrepares = f }(readerPrepares)
	var first string
	for i := 0; i < 12; i++ {
		readerPrepares = func(int) bool { return i%3 == 0 } // vary the reader's pace
		var rejects int
		_, err := Load(s, Options{MaxRejectRate: 0.005, OnReject: func(*RowError) { rejects++ }})
		if !errors.Is(err, ErrRejectRate) || !strings.Contains(err.Error(), "stopped reading") {
			t.Fatalf("run %d: %v, want an early stop", i, err)
		}
		got := fmt.Sprintf("%v (%d rows passed on)", err, rejects)
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d: %s\nrun 0: %s", i, got, first)
		}
	}
}
