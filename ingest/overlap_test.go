package ingest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/graph"
)

// sharedStudy writes a study of 6 units and 40 people whose letters
// files hold the given ranges of n letters, each letter at its own
// second from 2025-02-03 08:00 UTC; format csv or parquet (the latter in
// row groups of 97, so that the letters are read in parts).
func sharedStudy(t *testing.T, n int, format string, ranges ...[2]int) string {
	t.Helper()
	dir := t.TempDir()
	units := "unit_id,name,sector\n"
	for u := range 6 {
		units += fmt.Sprintf("U%d,Unit %d,s%d\n", u, u, u%3)
	}
	people := "person_id,unit_id\n"
	for p := range 40 {
		people += fmt.Sprintf("P%02d,U%d\n", p, p%6)
	}
	writeFile(t, filepath.Join(dir, "units.csv"), units)
	writeFile(t, filepath.Join(dir, "people.csv"), people)
	all := sketchLetters(n)
	for k, r := range ranges {
		writeLetters(t, dir, fmt.Sprintf("correspondence_%c", 'a'+k), format, all[r[0]:r[1]])
	}
	return dir
}

type sketchLetter struct {
	SentAt     string `parquet:"sent_at"`
	Sender     string `parquet:"sender,dict"`
	Recipients string `parquet:"recipients"`
}

// sketchLetters are sharedStudy's n letters.
func sketchLetters(n int) []sketchLetter {
	rng := rand.New(rand.NewPCG(61, 62))
	all := make([]sketchLetter, n)
	for i := range all {
		all[i] = sketchLetter{fmt.Sprintf("2025-02-03 %02d:%02d:%02d", 8+i/3600, i/60%60, i%60),
			fmt.Sprintf("P%02d", rng.IntN(40)), fmt.Sprintf("P%02d;P%02d", rng.IntN(40), rng.IntN(40))}
	}
	return all
}

func writeLetters(t *testing.T, dir, name, format string, rows []sketchLetter) {
	t.Helper()
	if format == "parquet" {
		writeFile(t, filepath.Join(dir, name+".parquet"), string(pqWrite(t, rows, parquet.MaxRowsPerRowGroup(97))))
		return
	}
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	for _, l := range rows {
		fmt.Fprintf(&b, "%s,%s,%s\n", l.SentAt, l.Sender, l.Recipients)
	}
	writeFile(t, filepath.Join(dir, name+".csv"), b.String())
}

func sharedWarnings(res *Result) []string {
	var out []string
	for _, w := range res.Warnings {
		if w.Code == WarnRepeatedRows {
			from, to := w.Times()
			out = append(out, fmt.Sprintf("%s %s %s %d %s%% %s..%s", w.Code, w.File, w.Reason, w.Count, w.Value, from, to))
		}
		if w.Code == WarnFileCopy {
			out = append(out, fmt.Sprintf("%s %s+%s", w.Code, w.Other, w.File))
		}
		if w.Code == WarnSharedRows {
			from, to := w.Times()
			out = append(out, fmt.Sprintf("%s %s+%s %s %d %s%% %s..%s", w.Code, w.Other, w.File, w.Reason, w.Count, w.Value, from, to))
		}
	}
	return out
}

// TestSharedRowsWarned: two letters files that hold the same letters
// (overlapping exports, a copy saved again with other bytes) are warned
// of with the count, the share of the smaller file and the dates: exact
// for files of at most 1,024 distinct letters, estimated beyond; files
// without a letter in common, or a byte-for-byte copy (file_copy already
// says so), give no such warning.
func TestSharedRowsWarned(t *testing.T) {
	day := func(i int) string { return fmt.Sprintf("2025-02-03 %02d:%02d:%02d", 8+i/3600, i/60%60, i%60) }
	for _, c := range []struct {
		name   string
		n      int
		ranges [][2]int
		want   string
	}{
		{"overlapping exports", 500, [][2]int{{0, 300}, {250, 500}},
			"shared_rows correspondence_a.csv+correspondence_b.csv exact 50 20% " + day(250) + ".." + day(299)},
		{"one inside the other", 500, [][2]int{{0, 500}, {100, 200}},
			"shared_rows correspondence_a.csv+correspondence_b.csv exact 100 100% " + day(100) + ".." + day(199)},
		{"disjoint", 500, [][2]int{{0, 250}, {250, 500}}, ""},
		{"three files, two overlaps", 600, [][2]int{{0, 210}, {200, 410}, {400, 600}},
			"shared_rows correspondence_a.csv+correspondence_b.csv exact 10 4.8% " + day(200) + ".." + day(209) +
				"; shared_rows correspondence_b.csv+correspondence_c.csv exact 10 5% " + day(400) + ".." + day(409)},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(sharedWarnings(loadDir(t, sharedStudy(t, c.n, "csv", c.ranges...), Options{})), "; ")
			if got != c.want {
				t.Errorf("warnings\n%s\nwant\n%s", got, c.want)
			}
		})
	}
	t.Run("copies", func(t *testing.T) {
		dir := sharedStudy(t, 300, "csv", [2]int{0, 300})
		text := readTestFile(t, filepath.Join(dir, "correspondence_a.csv"))
		writeFile(t, filepath.Join(dir, "correspondence_b.csv"), text)                                   // the same bytes
		writeFile(t, filepath.Join(dir, "correspondence_c.csv"), strings.ReplaceAll(text, "\n", "\r\n")) // saved again
		got := strings.Join(sharedWarnings(loadDir(t, dir, Options{})), "; ")
		want := "file_copy correspondence_a.csv+correspondence_b.csv" +
			"; shared_rows correspondence_a.csv+correspondence_c.csv exact 300 100% " + day(0) + ".." + day(299) +
			"; shared_rows correspondence_b.csv+correspondence_c.csv exact 300 100% " + day(0) + ".." + day(299)
		if got != want {
			t.Errorf("warnings\n%s\nwant\n%s", got, want)
		}
	})
}

// TestSharedRowsEstimate: beyond 1,024 distinct letters a file the count
// is estimated from the files' sketches: on 20,000 letters, two files
// sharing 4,000 (a third of the smaller), within 10%; and a file read in
// parts (Parquet in row groups, 2, 3 and 7 parts) gives the warning of
// the ordinary read to the letter.
func TestSharedRowsEstimate(t *testing.T) {
	for _, format := range []string{"csv", "parquet"} {
		dir := sharedStudy(t, 20000, format, [2]int{0, 12000}, [2]int{8000, 20000})
		defer func(on bool, workers func(int) int) { shardLetters, shardWorkers = on, workers }(shardLetters, shardWorkers)
		want, count := wholeWarning(t, dir, format)
		share := strings.Fields(want[0])[4]
		if !strings.Contains(want[0], " estimate ") || math.Abs(float64(count)-4000) > 400 {
			t.Errorf("%s: %s; want an estimate within 10%% of 4000", format, want[0])
		}
		t.Logf("%s: estimated %d shared letters (%s of the smaller file), true 4000 (33.3%%)", format, count, share)
		if format != "parquet" {
			continue
		}
		sameWarningsInParts(t, dir, want)
	}
}

// wholeWarning reads the letters of dir from top to bottom (not in
// parts) and returns sharedWarnings, which must be one, and its count.
func wholeWarning(t *testing.T, dir, format string) ([]string, int64) {
	t.Helper()
	shardLetters = false
	want := sharedWarnings(loadDir(t, dir, Options{}))
	if len(want) != 1 {
		t.Fatalf("%s: warnings %q, want one", format, want)
	}
	var count int64
	fmt.Sscanf(strings.Fields(want[0])[3], "%d", &count)
	return want, count
}

// sameWarningsInParts checks that the letters of dir read in 2, 3 and 7
// parts give the warnings want of the ordinary read (sharedWarnings).
func sameWarningsInParts(t *testing.T, dir string, want []string) {
	t.Helper()
	for _, k := range []int{2, 3, 7} {
		shardLetters, shardWorkers = true, func(int) int { return k }
		before := shardsDone.Load()
		got := sharedWarnings(loadDir(t, dir, Options{}))
		if !slices.Equal(got, want) {
			t.Errorf("%d parts: %q, want %q as read whole", k, got, want)
		}
		if shardsDone.Load() == before {
			t.Errorf("%d parts: not read in parts", k)
		}
	}
}

// TestRowSketch: a sketch keeps the 1,024 smallest distinct hashes
// whatever the order it is given them in and however it is split and
// merged, and sketchShared counts exactly the hashes two small sketches
// share.
func TestRowSketch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	hs := make([]uint64, 5000)
	for i := range hs {
		hs[i] = rng.Uint64() >> rng.IntN(3)
	}
	hs = append(hs, hs[:700]...) // repeats
	var whole rowSketch
	for i, h := range hs {
		whole.add(h, int64(i))
	}
	sorted := slices.Clone(hs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)[:sketchK]
	var got []uint64
	for _, e := range whole.e {
		got = append(got, e.h)
	}
	if !slices.Equal(got, sorted) {
		t.Fatal("the sketch is not the 1,024 smallest distinct hashes")
	}
	var a, b, c rowSketch
	for i, h := range hs {
		[]*rowSketch{&a, &b, &c}[i%3].add(h, int64(i))
	}
	c.merge(&a)
	c.merge(&b)
	// (times may differ: here a repeated hash comes with another time,
	// where a row's key holds its time)
	if !slices.EqualFunc(c.e, whole.e, func(x, y sketchEntry) bool { return x.h == y.h && x.n == y.n }) {
		t.Error("merged parts differ from the whole (hashes or counts)")
	}
	// The largest hash kept, given again, is counted (it was passed over
	// as if above the bound).
	last := whole.e[sketchK-1]
	whole.add(last.h, last.at)
	if got := whole.e[sketchK-1]; got.h != last.h || got.n != last.n+1 {
		t.Errorf("the largest kept hash given again: %+v, want its count %d", got, last.n+1)
	}
	var x, y rowSketch
	for i := range 300 {
		x.add(uint64(i)*0x9e3779b97f4a7c15, int64(i))
	}
	for i := 200; i < 700; i++ {
		y.add(uint64(i)*0x9e3779b97f4a7c15, int64(i))
	}
	if shared, seen, from, to := sketchShared(&x, &y); shared != 100 || seen != 100 || from != 200 || to != 299 {
		t.Errorf("sketchShared = %v, %d, %d..%d; want 100, 100, 200..299", shared, seen, from, to)
	}
}

func readTestFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSharedDataRequests: data requests are compared as letters are:
// two data-sharing files holding the same request (time, requester,
// provider, status) are warned of.
func TestSharedDataRequests(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	lines := strings.SplitAfter(strings.TrimSuffix(readTestFile(t, filepath.Join(dir, "data_sharing.csv")), "\n"), "\n")
	os.Remove(filepath.Join(dir, "data_sharing.csv"))
	writeFile(t, filepath.Join(dir, "data_sharing_a.csv"), strings.Join(lines[:4], "")+"\n")
	writeFile(t, filepath.Join(dir, "data_sharing_b.csv"), lines[0]+strings.Join(lines[3:], "")+"\n")
	got := sharedWarnings(loadDir(t, dir, Options{}))
	if len(got) != 1 || !strings.HasPrefix(got[0], "shared_rows data_sharing_a.csv+data_sharing_b.csv exact 1 ") {
		t.Errorf("warnings %q, want one of 1 shared request", got)
	}
}

// TestRepeatedRowsWarned: a letters file whose rows repeat earlier rows
// of it (an export joined with a table of several rows per letter, a file
// appended twice) is warned of with the count, the share and the dates,
// once at least 1% of its counted rows repeat: exact up to 1,024 distinct
// letters, estimated beyond, and the same when the file is read in parts.
// A few repeats (under 1%) give no warning: one sender's letters to the
// same people stamped in one second happen in real logs.
func TestRepeatedRowsWarned(t *testing.T) {
	day := func(i int) string { return fmt.Sprintf("2025-02-03 %02d:%02d:%02d", 8+i/3600, i/60%60, i%60) }
	for _, c := range []struct {
		name string
		n    int
		rep  [2]int // letters appended again
		want string
	}{
		{"a tenth repeated", 500, [2]int{100, 150}, "repeated_rows correspondence_a.csv exact 50 9.1% " + day(100) + ".." + day(149)},
		{"over one in a hundred", 500, [2]int{0, 6}, "repeated_rows correspondence_a.csv exact 6 1.2% " + day(0) + ".." + day(5)},
		{"fewer", 500, [2]int{0, 5}, ""}, // 5 of 505
		{"none", 500, [2]int{0, 0}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := sharedStudy(t, 0, "csv")
			all := sketchLetters(c.n)
			writeLetters(t, dir, "correspondence_a", "csv", append(slices.Clone(all), all[c.rep[0]:c.rep[1]]...))
			got := strings.Join(sharedWarnings(loadDir(t, dir, Options{})), "; ")
			if got != c.want {
				t.Errorf("warnings\n%s\nwant\n%s", got, c.want)
			}
		})
	}
	for _, format := range []string{"csv", "parquet"} {
		dir := sharedStudy(t, 0, format)
		all := sketchLetters(20000)
		rows := slices.Concat(all[:6000], all[2000:4000], all[6000:]) // 2,000 of 22,000 repeat
		writeLetters(t, dir, "correspondence", format, rows)
		defer func(on bool, workers func(int) int) { shardLetters, shardWorkers = on, workers }(shardLetters, shardWorkers)
		want, count := wholeWarning(t, dir, format)
		if !strings.Contains(want[0], " estimate ") || math.Abs(float64(count)-2000) > 400 {
			t.Errorf("%s: %s; want an estimate within 20%% of 2000", format, want[0])
		}
		t.Logf("%s: estimated %d repeated letters (%s), true 2000 (9.1%%)", format, count, strings.Fields(want[0])[4])
		if format != "parquet" {
			continue
		}
		sameWarningsInParts(t, dir, want)
	}
}

// TestLetterKey: a letter's key is the same whatever the order of its
// recipients and however often one is named, for short lists and long
// ones (sorted in the scratch), and differs when a recipient, the sender
// or the time differs.
func TestLetterKey(t *testing.T) {
	var scratch []uint64
	ref := func(i int) graph.Ref { return graph.Ref{Unit: int32(i % 7), Person: int32(i)} }
	for _, n := range []int{1, 3, 16, 17, 200} {
		var refs []graph.Ref
		for i := range n {
			refs = append(refs, ref(i))
		}
		k := letterKey(100, ref(999), refs, &scratch)
		again := slices.Concat(refs, refs[:n/2+1])
		slices.Reverse(again)
		if got := letterKey(100, ref(999), again, &scratch); got != k {
			t.Errorf("%d recipients, reversed and some named twice: key %x, want %x", n, got, k)
		}
		other := slices.Clone(refs)
		other[n-1] = ref(5000)
		for _, o := range []uint64{letterKey(100, ref(999), other, &scratch), letterKey(101, ref(999), refs, &scratch), letterKey(100, ref(998), refs, &scratch)} {
			if o == k {
				t.Errorf("%d recipients: another letter has the same key %x", n, k)
			}
		}
	}
}
