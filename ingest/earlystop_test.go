package ingest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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

// TestRejectRateAllTables: a table that fails the reject rate after being
// read whole does not end the load: the tables after it are read too, so
// that every rejected row reaches OnReject (rejects.csv) at once, and the
// error names each failing table. A table whose reading stopped early ends
// it, and the error names the tables not read.
func TestRejectRateAllTables(t *testing.T) {
	letters := "sent_at,sender,recipients\n" + strings.Repeat("2025-01-02,p1,p2\n", 8) + "2025-02-01,X1,A\n2025-02-02,X2,A\nbad,A,B\n"
	t.Run("read on", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nA,a\nB,b\n")
		writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id\np1,A\np2,B\np3,NOPE\n")
		writeFile(t, filepath.Join(dir, "correspondence.csv"), letters)
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		_, err = Load(s, Options{OnReject: func(re *RowError) { got = append(got, fmt.Sprintf("%s:%d", re.File, re.Line)) }})
		var rr *RejectRateError
		if !errors.As(err, &rr) || rr.Table != People || len(rr.Also) != 1 || rr.Also[0].Table != Correspondence || rr.Also[0].Rejected != 3 || len(rr.Unchecked()) != 0 {
			t.Fatalf("got %#v", err)
		}
		if want := "people.csv:4 correspondence.csv:10 correspondence.csv:11 correspondence.csv:12"; strings.Join(got, " ") != want {
			t.Errorf("rejected %q, want %q", got, want)
		}
		if !strings.Contains(err.Error(), "also correspondence: 3 of 11 rows") {
			t.Errorf("text %q", err)
		}
	})
	t.Run("stopped", func(t *testing.T) {
		defer func(n int64) { earlyCheckRows = n }(earlyCheckRows)
		earlyCheckRows = 1
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nA,a\nB,b\n")
		writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id\n"+strings.Repeat("p3,NOPE\n", 40))
		writeFile(t, filepath.Join(dir, "correspondence.csv"), letters)
		writeFile(t, filepath.Join(dir, "data_sharing.csv"), "at,provider,consumer\n2025-03-01,A,B\n")
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Load(s, Options{})
		var rr *RejectRateError
		if !errors.As(err, &rr) || rr.Table != People || !rr.Stopped || !slices.Equal(rr.Unchecked(), []Table{Correspondence, DataSharing}) {
			t.Fatalf("got %#v", err)
		}
		if !strings.Contains(err.Error(), "not read yet, so not checked: correspondence, data_sharing") {
			t.Errorf("text %q", err)
		}
	})
}
