package synth

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOptionsErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"unknown preset", Options{Preset: "kota"}},
		{"negative scale", Options{Scale: -1}},
		{"huge scale", Options{Scale: 1000}},
		{"unknown format", Options{Format: Format{Kind: "xlsx"}}},
		{"csv tab delimiter", Options{Format: Format{Kind: KindCSV, Delimiter: '\t'}}},
		{"tsv with delimiter", Options{Format: Format{Kind: KindTSV, Delimiter: ';'}}},
		{"ndjson with BOM", Options{Format: Format{Kind: KindNDJSON, BOM: true}}},
		{"parquet with CRLF", Options{Format: Format{Kind: KindParquet, CRLF: true}}},
		{"csv times as strings", Options{Format: Format{TimesAsStrings: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			_, err := Generate(dir, tt.opt)
			if !errors.Is(err, ErrOptions) {
				t.Fatalf("got %v, want an error wrapping ErrOptions", err)
			}
			if !strings.HasPrefix(err.Error(), "synth: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("got %d files left after a failed run, want none", len(entries))
			}
		})
	}
}

func TestPresets(t *testing.T) {
	got := Presets()
	want := []string{"kabupaten", "provinsi", "nasional", "hostile"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// readDir returns every file of dir by name.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}

func TestDeterminism(t *testing.T) {
	formats := []Format{
		{},
		{Kind: KindCSV, Delimiter: ';', BOM: true, CRLF: true, Gzip: true},
		{Kind: KindNDJSON},
		{Kind: KindParquet},
	}
	for _, f := range formats {
		name := f.Kind + map[bool]string{true: "-gz"}[f.Gzip]
		if name == "" {
			name = "default"
		}
		t.Run(name, func(t *testing.T) {
			opt := Options{Seed: 7, Scale: 0.05, Format: f}
			a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
			ta, err := Generate(a, opt)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Generate(b, opt); err != nil {
				t.Fatal(err)
			}
			opt.Seed = 8
			if _, err := Generate(c, opt); err != nil {
				t.Fatal(err)
			}
			fa, fb, fc := readDir(t, a), readDir(t, b), readDir(t, c)
			var names []string
			for n := range fa {
				names = append(names, n)
			}
			slices.Sort(names)
			if !slices.Equal(names, slices.Sorted(slices.Values(ta.Files))) {
				t.Fatalf("got files %v, truth lists %v", names, ta.Files)
			}
			for _, n := range names {
				if !bytes.Equal(fa[n], fb[n]) {
					t.Errorf("%s: two runs with the same options differ", n)
				}
			}
			for _, n := range ta.Files[1:5] { // people and the three logs; units do not depend on the seed
				if bytes.Equal(fa[n], fc[n]) {
					t.Errorf("%s: seeds 7 and 8 give the same bytes", n)
				}
			}
		})
	}
}

// TestFormatsSameRows writes one study in every format and reads each back
// with an independent reader: every format must carry the same cells.
func TestFormatsSameRows(t *testing.T) {
	formats := []Format{
		{Kind: KindCSV, Delimiter: ';', BOM: true, CRLF: true},
		{Kind: KindCSV, Gzip: true},
		{Kind: KindTSV, CRLF: true},
		{Kind: KindNDJSON},
		{Kind: KindNDJSON, Gzip: true},
		{Kind: KindParquet},
		{Kind: KindParquet, TimesAsStrings: true},
		{Kind: KindParquet, Gzip: true},
	}
	for _, preset := range []string{PresetKabupaten, PresetHostile} {
		t.Run(preset, func(t *testing.T) {
			base := t.TempDir()
			truth, err := Generate(base, Options{Preset: preset, Seed: 3, Scale: 0.03})
			if err != nil {
				t.Fatal(err)
			}
			want := map[string][][]string{}
			for _, tb := range Tables() {
				want[tb] = readTable(t, base, tb, Format{})
				if got := len(want[tb]) - 1; got != truth.Rows[tb] {
					t.Errorf("%s: got %d rows in the csv, truth says %d", tb, got, truth.Rows[tb])
				}
				if len(want[tb]) < 2 {
					t.Errorf("%s: no rows", tb)
				}
			}
			for _, f := range formats {
				name := f.Kind
				if f.Gzip {
					name += "-gz"
				}
				if f.TimesAsStrings {
					name += "-strings"
				}
				if f.Delimiter == ';' {
					name += "-semicolon"
				}
				t.Run(name, func(t *testing.T) {
					dir := t.TempDir()
					if _, err := Generate(dir, Options{Preset: preset, Seed: 3, Scale: 0.03, Format: f}); err != nil {
						t.Fatal(err)
					}
					for _, tb := range Tables() {
						got := readTable(t, dir, tb, f)
						if len(got) != len(want[tb]) {
							t.Fatalf("%s: got %d rows, want %d", tb, len(got), len(want[tb]))
						}
						for i := range got {
							if !slices.Equal(got[i], want[tb][i]) {
								t.Fatalf("%s row %d:\n got  %q\n want %q", tb, i, got[i], want[tb][i])
							}
						}
					}
				})
			}
		})
	}
}

// TestHostileNames checks that the hostile preset really writes the
// hostile texts into names (and only there: ids stay plain) and that they
// survive a CSV round trip unchanged.
func TestHostileNames(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(dir, Options{Preset: PresetHostile, Seed: 5, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	units := readTable(t, dir, TableUnits, Format{})
	people := readTable(t, dir, TablePeople, Format{})
	var names []string
	for _, r := range units[1:] {
		names = append(names, r[1])
	}
	for _, r := range people[1:] {
		names = append(names, r[2])
	}
	all := strings.Join(names, "\x00")
	for _, h := range hostileTexts {
		if !strings.Contains(all, h) {
			t.Errorf("hostile text %q is in no unit or person name", h)
		}
	}
	plain := func(id string) bool {
		for _, c := range id {
			if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
				return false
			}
		}
		return id != ""
	}
	for _, r := range units[1:] {
		if !plain(r[0]) {
			t.Errorf("unit id %q is not plain", r[0])
		}
	}
	for _, r := range people[1:] {
		if !plain(r[0]) || !plain(r[1]) {
			t.Errorf("person row ids %q %q are not plain", r[0], r[1])
		}
	}
	hostileUnits := 0
	for _, r := range units[1:] {
		for _, h := range hostileTexts {
			if strings.HasPrefix(r[1], h+" ") {
				hostileUnits++
				break
			}
		}
	}
	if hostileUnits < len(catalogue)/4 {
		t.Errorf("got %d units with hostile names, want at least %d", hostileUnits, len(catalogue)/4)
	}
}

// TestCalendarAndSpells checks times (working days, office hours,
// ascending), ids that resolve, and the people spells of the mutasi.
func TestCalendarAndSpells(t *testing.T) {
	dir := t.TempDir()
	truth, err := Generate(dir, Options{Seed: 11, Scale: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	holiday := map[string]bool{}
	for _, h := range holidays2025 {
		holiday[h] = true
	}
	check := func(table string, col int) {
		rows := readTable(t, dir, table, Format{})
		prev := ""
		for i, r := range rows[1:] {
			ts, err := time.Parse(time.DateTime, r[col])
			if err != nil {
				t.Fatalf("%s row %d: %v", table, i+1, err)
			}
			if wd := ts.Weekday(); wd == time.Saturday || wd == time.Sunday || holiday[r[col][:10]] {
				t.Fatalf("%s row %d: %s is not a working day", table, i+1, r[col])
			}
			hm := r[col][11:16]
			if hm < "07:30" || hm >= "16:30" || (hm >= "16:00" && ts.Weekday() != time.Friday) {
				t.Fatalf("%s row %d: %s is outside office hours", table, i+1, r[col])
			}
			if r[col] < prev {
				t.Fatalf("%s row %d: %s before %s", table, i+1, r[col], prev)
			}
			if r[col] < windowFrom || r[col] >= windowTo {
				t.Fatalf("%s row %d: %s outside the window", table, i+1, r[col])
			}
			prev = r[col]
		}
	}
	check(TableCorrespondence, 1)
	check(TableMeetings, 1)
	check(TableDataSharing, 0)

	people := readTable(t, dir, TablePeople, Format{})
	spells := map[string][][]string{}
	for _, r := range people[1:] {
		spells[r[0]] = append(spells[r[0]], r)
	}
	if len(truth.Mutasi) == 0 {
		t.Fatal("no mutasi planted")
	}
	if got, want := len(people)-1, truth.People+len(truth.Mutasi); got != want {
		t.Errorf("got %d people rows, want %d persons + %d mutasi", got, truth.People, len(truth.Mutasi))
	}
	for _, m := range truth.Mutasi {
		s := spells[m.Person]
		if len(s) != 2 {
			t.Fatalf("mutasi %s: got %d rows, want 2", m.Person, len(s))
		}
		d, _ := time.Parse(time.DateOnly, m.Date)
		dayBefore := d.AddDate(0, 0, -1).Format(time.DateOnly)
		if s[0][1] != m.From || s[0][4] != "" || s[0][5] != dayBefore ||
			s[1][1] != m.To || s[1][4] != m.Date || s[1][5] != "" || m.From == m.To {
			t.Errorf("mutasi %+v: got spells %q", m, s)
		}
	}
	ids := map[string]bool{}
	for _, r := range readTable(t, dir, TableUnits, Format{})[1:] {
		ids[r[0]] = true
	}
	for id := range spells {
		ids[id] = true
	}
	for _, r := range readTable(t, dir, TableCorrespondence, Format{})[1:] {
		for _, id := range slices.Concat([]string{r[2]}, strings.Split(r[3], ";"), strings.Split(r[4], ";")) {
			if id != "" && !ids[id] {
				t.Fatalf("letter %s names unknown id %q", r[0], id)
			}
		}
	}
	// Memos stay inside one unit, so they show that a mover's events use
	// the unit of the spell covering the event: every recipient of a memo
	// works, on its day, in the sender's unit of that day.
	unitAt := func(id, day string) string {
		for _, r := range spells[id] {
			if (r[4] == "" || r[4] <= day) && (r[5] == "" || day <= r[5]) {
				return r[1]
			}
		}
		return id // a unit id
	}
	movers := map[string]bool{}
	for _, m := range truth.Mutasi {
		movers[m.Person] = true
	}
	moverMemos := [2]int{}
	for _, r := range readTable(t, dir, TableCorrespondence, Format{})[1:] {
		if r[5] != letterNotaDinas {
			continue
		}
		day := r[1][:10]
		su := unitAt(r[2], day)
		for _, id := range slices.Concat(strings.Split(r[3], ";"), strings.Split(r[4], ";")) {
			if id == "" {
				continue
			}
			if u := unitAt(id, day); u != su {
				t.Fatalf("memo %s on %s: sender %s in %s, recipient %s in %s", r[0], day, r[2], su, id, u)
			}
			if movers[r[2]] || movers[id] {
				m := r[2]
				if !movers[m] {
					m = id
				}
				if len(spells[m]) == 2 && day >= spells[m][1][4] {
					moverMemos[1]++
				} else {
					moverMemos[0]++
				}
			}
		}
	}
	if moverMemos[0] == 0 || moverMemos[1] == 0 {
		t.Errorf("got %v memos of movers before/after their move, want some of each", moverMemos)
	}
	meetings := map[string]int{}
	for _, r := range readTable(t, dir, TableMeetings, Format{})[1:] {
		if !ids[r[2]] || !ids[r[3]] {
			t.Fatalf("meeting %s names unknown id", r[0])
		}
		meetings[r[0]]++
	}
	for id, n := range meetings {
		if n < 3 || n > 30 {
			t.Errorf("meeting %s has %d attendees, want 3-30", id, n)
		}
	}
}

// TestNasionalStreams runs the nasional preset at tiny scales and checks
// that it writes Parquet by default, that the row counts match the truth,
// and that the live heap does not grow with the number of log rows.
func TestNasionalStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("nasional preset: a few seconds")
	}
	peak := func(scale float64) (uint64, *Truth) {
		var max uint64
		var ms runtime.MemStats
		// Every day, not every tenth: the writers' buffers fill and
		// flush within days, and a sparser sample caught the small run's
		// peak only sometimes (12.9 MiB once, 30 MiB usually), which
		// made the comparison flaky.
		dayHook = func(int) {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > max {
				max = ms.HeapAlloc
			}
		}
		defer func() { dayHook = nil }()
		dir := t.TempDir()
		truth, err := Generate(dir, Options{Preset: PresetNasional, Seed: 1, Scale: scale})
		if err != nil {
			t.Fatal(err)
		}
		if truth.Format != KindParquet {
			t.Errorf("got format %s, want parquet by default", truth.Format)
		}
		for _, tb := range Tables() {
			rows := readTable(t, dir, tb, Format{Kind: KindParquet})
			if got := len(rows) - 1; got != truth.Rows[tb] {
				t.Errorf("scale %v %s: got %d rows, truth says %d", scale, tb, got, truth.Rows[tb])
			}
		}
		return max, truth
	}
	// The small run's peak is bimodal (about 30 MiB, and in roughly one
	// run in eight 13 MiB, at the same seed): the baseline is the largest
	// of three small runs, so a run that happened to stay low does not
	// make the comparison fail.
	var small uint64
	var ts *Truth
	for range 3 {
		s, tr := peak(0.001)
		small, ts = max(small, s), tr
	}
	large, tl := peak(0.004)
	t.Logf("nasional: %d letters -> peak live heap %.1f MiB; %d letters -> %.1f MiB",
		ts.Rows[TableCorrespondence], float64(small)/(1<<20), tl.Rows[TableCorrespondence], float64(large)/(1<<20))
	if tl.Rows[TableCorrespondence] < 3*ts.Rows[TableCorrespondence] {
		t.Fatalf("scale 0.004 wrote %d letters, not 3x more than %d", tl.Rows[TableCorrespondence], ts.Rows[TableCorrespondence])
	}
	if ts.Units != 4992 {
		t.Errorf("got %d units, want 4992", ts.Units)
	}
	// Four times the rows may cost the people (which grow with scale) and
	// writer buffers, not the rows themselves.
	if float64(large) > 1.5*float64(small)+8<<20 {
		t.Errorf("peak live heap grew from %d to %d bytes with 4x the rows", small, large)
	}
}

func TestTruthFile(t *testing.T) {
	dir := t.TempDir()
	want, err := Generate(dir, Options{Seed: 2, Scale: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadTruth(filepath.Join(dir, TruthFile))
	if err != nil {
		t.Fatal(err)
	}
	if got.Description == "" || got.ChangeDate != changeDate || got.From != windowFrom || got.To != windowTo {
		t.Errorf("truth header: got %+v", got)
	}
	if len(got.SilosH1) != 2 || len(got.SilosH2) != 2 || len(got.SilosAllYear) != 1 ||
		len(got.Opened) != 1 || len(got.Closed) != 1 {
		t.Errorf("silos: got h1 %v h2 %v all %v", got.SilosH1, got.SilosH2, got.SilosAllYear)
	}
	if !slices.Equal(got.Coordinators, []string{"SETDA", "BAPPEDA"}) || !slices.Equal(got.External, []string{"DPRD"}) {
		t.Errorf("got coordinators %v external %v", got.Coordinators, got.External)
	}
	if len(got.Facilitators) != len(want.Facilitators) || len(got.Facilitators) < 5 {
		t.Errorf("got %d facilitators, want %d (>= 5)", len(got.Facilitators), len(want.Facilitators))
	}
	for _, tb := range Tables() {
		if got.Rows[tb] != want.Rows[tb] || got.Rows[tb] == 0 {
			t.Errorf("%s: got %d rows in truth.json, want %d", tb, got.Rows[tb], want.Rows[tb])
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, TruthFile))
	if !bytes.HasPrefix(b, []byte("{\n  \"preset\": \"kabupaten\",\n  \"seed\": 2,")) {
		t.Errorf("truth.json does not start with preset and seed: %q", b[:min(len(b), 60)])
	}
	if got.TimeZone != "Asia/Jakarta" {
		t.Errorf("got zone %q", got.TimeZone)
	}
}

// TestForumsPlanted: --forums with a reorganisation picks no renamed or
// merged unit for a forum (a merged forum unit took its partner's letters
// into the ceremonial forum, which the data then made active: review r1 of
// session 15); and --forums that cannot be planted (a pilot leaves fewer
// than 7 sectors that are never silos) is an error, not a study without
// forums and exit 0.
func TestForumsPlanted(t *testing.T) {
	for _, seed := range []uint64{23, 24, 25} {
		truth, err := Generate(t.TempDir(), Options{Seed: seed, Scale: 0.1, Forums: true, Reorg: true})
		if err != nil {
			t.Fatal(err)
		}
		reorg := map[string]bool{}
		for _, r := range truth.Reorg.Renamed {
			reorg[r.Old] = true
		}
		for _, m := range truth.Reorg.Merged {
			for _, o := range m.Old {
				reorg[o] = true
			}
		}
		if len(truth.Forums) != 2 || len(reorg) != 3 {
			t.Fatalf("seed %d: %d forums, %d reorganised units", seed, len(truth.Forums), len(reorg))
		}
		for _, f := range truth.Forums {
			for _, u := range f.Units {
				if reorg[u] {
					t.Errorf("seed %d: forum %q holds %s, which the reorganisation renames or merges", seed, f.Title, u)
				}
			}
		}
	}
	dir := filepath.Join(t.TempDir(), "s")
	if _, err := Generate(dir, Options{Seed: 21, Scale: 0.1, Forums: true, Pilot: true}); !errors.Is(err, ErrForumsTooFew) {
		t.Errorf("forums with a pilot of seed 21: err = %v, want ErrForumsTooFew", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the refused study's folder: %v, want it not made", err)
	}
}
