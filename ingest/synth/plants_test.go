package synth

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPlantsOffByDefault checks that a default study has none of the
// evaluators' plants: no keys of them in truth.json and no crosswalk
// (TestEmbeddedSampleIsCurrent in cmd/sekat checks that its files are
// unchanged).
func TestPlantsOffByDefault(t *testing.T) {
	dir := t.TempDir()
	tr, err := Generate(dir, Options{Seed: 4, Scale: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	files := readDir(t, dir)
	if tr.Pilot != nil || tr.Reorg != nil || tr.NoChange {
		t.Errorf("truth names plants that were not asked for: %+v %+v %v", tr.Pilot, tr.Reorg, tr.NoChange)
	}
	for _, key := range []string{"pilot", "reorg", "no_change"} {
		if bytes.Contains(files[TruthFile], []byte(`"`+key+`"`)) {
			t.Errorf("truth.json of a default study has key %q", key)
		}
	}
	if _, ok := files[CrosswalkFile]; ok {
		t.Errorf("a default study has %s", CrosswalkFile)
	}
}

func TestNoChange(t *testing.T) {
	tr, err := Generate(t.TempDir(), Options{Seed: 2, Scale: 0.05, NoChange: true})
	if err != nil {
		t.Fatal(err)
	}
	if !tr.NoChange || len(tr.Opened) != 0 || len(tr.Closed) != 0 || !slices.Equal(tr.SilosH1, tr.SilosH2) || len(tr.SilosH1) != 2 {
		t.Errorf("no-change study: opened %v closed %v, silos %v and %v; want nothing opened or closed and the same two silos", tr.Opened, tr.Closed, tr.SilosH1, tr.SilosH2)
	}
}

func TestPilotAndReorg(t *testing.T) {
	dir := t.TempDir()
	tr, err := Generate(dir, Options{Seed: 3, Scale: 0.1, Pilot: true, Reorg: true})
	if err != nil {
		t.Fatal(err)
	}
	p := tr.Pilot
	if p == nil || p.Date != "2025-10-01" || len(p.Treated) != 1 || len(p.Control) != 1 || len(p.TreatedUnits) < 2 {
		t.Fatalf("pilot = %+v, want one treated and one control sector from 2025-10-01", p)
	}
	if !slices.Contains(tr.SilosAllYear, p.Control[0]) || !slices.Contains(tr.Opened, p.Treated[0]) || !slices.Contains(tr.SilosH1, p.Treated[0]) {
		t.Errorf("pilot %v/%v: want the control silo all year %v and the treated opened %v", p.Treated, p.Control, tr.SilosAllYear, tr.Opened)
	}
	// The description must not date the treated sector's opening to the
	// change date: it is a silo until the pilot date.
	if i := strings.Index(tr.Description, "from 2025-07-01 until 2025-10-01"); i < 0 ||
		!strings.Contains(tr.Description[strings.LastIndex(tr.Description[:i], "before 2025-07-01"):i], p.Treated[0]) {
		t.Errorf("description does not plant %s as a silo from 2025-07-01 until 2025-10-01: %s", p.Treated[0], tr.Description)
	}
	r := tr.Reorg
	if r == nil || len(r.Renamed) != 1 || len(r.Merged) != 1 || len(r.Merged[0].Old) != 2 {
		t.Fatalf("reorg = %+v, want a rename and a merger of two units", r)
	}
	cw, err := os.ReadFile(filepath.Join(dir, CrosswalkFile))
	if err != nil {
		t.Fatal(err)
	}
	want := "old_unit,new_unit,from,share\n" + r.Renamed[0].Old + "," + r.Renamed[0].New + ",2025-07-01,1\n" +
		r.Merged[0].Old[0] + "," + r.Merged[0].New + ",2025-07-01,1\n" + r.Merged[0].Old[1] + "," + r.Merged[0].New + ",2025-07-01,1\n"
	if string(cw) != want {
		t.Errorf("unit_crosswalk.csv =\n%s\nwant\n%s", cw, want)
	}
	if !slices.Contains(tr.Files, CrosswalkFile) {
		t.Errorf("truth.json files %v do not list %s", tr.Files, CrosswalkFile)
	}
	units, _ := os.ReadFile(filepath.Join(dir, "units.csv"))
	for _, id := range []string{r.Renamed[0].New, r.Merged[0].New} {
		if !bytes.Contains(units, []byte("\n"+id+",")) {
			t.Errorf("units.csv has no row for %s", id)
		}
	}
	// No data-sharing row names an old unit on or after the date, and
	// some name the new ones.
	shares, _ := os.ReadFile(filepath.Join(dir, "data_sharing.csv"))
	old := []string{r.Renamed[0].Old, r.Merged[0].Old[0], r.Merged[0].Old[1]}
	news := 0
	for _, line := range strings.Split(string(shares), "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) < 3 {
			continue
		}
		for _, id := range f[1:3] {
			if id == r.Renamed[0].New || id == r.Merged[0].New {
				news++
			}
			if slices.Contains(old, id) && f[0] >= "2025-07-01" {
				t.Errorf("data_sharing.csv names old unit %s on %s", id, f[0])
			}
		}
	}
	if news == 0 {
		t.Error("no data-sharing row names a new unit")
	}
}

// TestCheckAgreesWithThePlants asks every preset for every combination of
// the plants: where Check accepts the options, newStudy plants each one
// asked for (none is skipped in silence), and where it refuses them the
// plants could not all be made. The forums with a pilot are refused in
// every preset unless NoChange frees a sector (ErrForumsTooFew).
func TestCheckAgreesWithThePlants(t *testing.T) {
	for _, preset := range Presets() {
		for bits := range 1 << 5 {
			opt := Options{Preset: preset, Seed: 3, Scale: 0.001,
				NoChange: bits&1 != 0, Pilot: bits&2 != 0, Reorg: bits&4 != 0, Forums: bits&8 != 0, MoveFacilitator: bits&16 != 0}
			name := fmt.Sprintf("%s/nochange=%t,pilot=%t,reorg=%t,forums=%t,move=%t", preset, opt.NoChange, opt.Pilot, opt.Reorg, opt.Forums, opt.MoveFacilitator)
			err := Check(opt)
			wantRefused := opt.Forums && opt.Pilot && !opt.NoChange
			if wantRefused {
				if !errors.Is(err, ErrForumsTooFew) {
					t.Errorf("%s: Check = %v, want ErrForumsTooFew", name, err)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s: Check = %v, want nil", name, err)
				continue
			}
			n, _ := opt.normalize()
			s, err := newStudy(n)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if opt.Pilot && s.pilot == nil {
				t.Errorf("%s: no pilot planted", name)
			}
			if opt.Reorg && s.reorg == nil {
				t.Errorf("%s: no reorganisation planted", name)
			}
			if opt.MoveFacilitator && (len(s.facs) == 0 || s.people[s.facs[0]].unit2 < 0) {
				t.Errorf("%s: no facilitator moved", name)
			}
			if opt.Forums && s.planForums() == nil {
				t.Errorf("%s: Check accepted forums that cannot be planted", name)
			}
		}
	}
}

// TestMaxScale checks the largest scale of each preset: Check takes it and
// refuses a little more with ErrScale, and its head count stays within
// maxPeople.
func TestMaxScale(t *testing.T) {
	want := map[string]float64{PresetKabupaten: 100, PresetProvinsi: 100, PresetNasional: 5, PresetHostile: 100}
	for _, preset := range Presets() {
		top := MaxScale(preset)
		if top != want[preset] {
			t.Errorf("MaxScale(%s) = %v, want %v", preset, top, want[preset])
		}
		people, _, _ := presetSize(preset)
		if got := int(math.Round(float64(people) * top)); got > maxPeople {
			t.Errorf("%s at scale %v: %d people, more than %d", preset, top, got, maxPeople)
		}
		if err := Check(Options{Preset: preset, Scale: top}); err != nil {
			t.Errorf("Check(%s, scale %v) = %v, want nil", preset, top, err)
		}
		if err := Check(Options{Preset: preset, Scale: top * 1.01}); !errors.Is(err, ErrScale) {
			t.Errorf("Check(%s, scale %v) = %v, want ErrScale", preset, top*1.01, err)
		}
	}
	if got := MaxScale("kota"); got != 0 {
		t.Errorf("MaxScale(kota) = %v, want 0", got)
	}
}
