package synth

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/sekat-ona/sekat/internal/progress"
)

// Preset names.
const (
	PresetKabupaten = "kabupaten"
	PresetProvinsi  = "provinsi"
	PresetNasional  = "nasional"
	PresetHostile   = "hostile"
)

// Presets returns the preset names, the default first.
func Presets() []string {
	return []string{PresetKabupaten, PresetProvinsi, PresetNasional, PresetHostile}
}

// Format says how the tables are written. The zero value writes plain
// comma-separated CSV (Parquet for the nasional preset).
type Format struct {
	Kind           string // "csv" (default), "tsv", "ndjson", "parquet"
	Delimiter      byte   // csv only: ',' (default) or ';'
	BOM, CRLF      bool   // csv and tsv only: a UTF-8 byte-order mark; CRLF line ends
	Gzip           bool   // gzip every table and append .gz to its name
	TimesAsStrings bool   // parquet only: times as strings instead of TIMESTAMP / DATE
}

// Format kinds.
const (
	KindCSV     = "csv"
	KindTSV     = "tsv"
	KindNDJSON  = "ndjson"
	KindParquet = "parquet"
)

// Options configure Generate and Build. The zero value is the kabupaten
// preset with seed 0 at scale 1, written as CSV.
type Options struct {
	Preset string  // one of Presets(); "" is kabupaten
	Seed   uint64  // the only source of randomness
	Scale  float64 // multiplies staff and event counts; 0 means 1
	Format Format
	// NoChange plants the first half's silos for the whole year, so that
	// both halves come from one process (nothing opened, nothing closed):
	// the null case of sekat compare and trend.
	NoChange bool
	// Pilot also plants a pilot from 2025-10-01: an internal sector that
	// is a silo until then opens, while the all-year silo (its control)
	// does not. truth.json's pilot names them.
	Pilot bool
	// Reorg also renames a unit and merges two units of one sector on the
	// change date, and writes unit_crosswalk.csv (always CSV) that lines
	// the old units up with the new; truth.json's reorg names them.
	Reorg bool
	// Forums plants a ceremonial and an active meeting series (see
	// forum.go); off by default, since it changes the logs.
	Forums bool
	// MoveFacilitator moves the first planted facilitator to a unit of
	// another sector during the year (see plantFacilitatorMove); false
	// leaves every output as it is without it.
	MoveFacilitator bool
	// Progress hears of the working days written (progress.Days); the
	// zero Reporter hears nothing. It changes no output.
	Progress progress.Reporter
}

// ErrOptions is wrapped by every error about invalid Options.
var ErrOptions = errors.New("synth: invalid options")

// ErrForumsTooFew is Options.Forums on a study with fewer than 7 sectors
// that are never silos, or no coordinator (a pilot makes one more sector
// a silo): the forums cannot be planted, and a study without them would
// say nothing of it.
//
// Every preset has the same ten internal sectors and plants three of them
// as silos (two with NoChange, whose second half repeats the first); a
// pilot makes one more a silo. Forums with a pilot therefore leave six
// sectors, one short, in every preset, unless NoChange is set too: Check
// refuses that combination before anything is drawn.
var ErrForumsTooFew = fmt.Errorf("%w: the forums need 7 sectors that are never silos and a coordinator; this study (with its pilot, if any) has too few: leave out --forums or --pilot, or add --no-change", ErrOptions)

// ErrScale is Options.Scale outside (0, MaxScale(preset)].
var ErrScale = fmt.Errorf("%w: scale out of range", ErrOptions)

// MaxScale is the largest Options.Scale preset accepts: 100, or less where
// the head count would pass 5,000,000 people (nasional: 5). It is 0 for a
// preset that is not one of Presets().
func MaxScale(preset string) float64 {
	if !slices.Contains(Presets(), preset) {
		return 0
	}
	people, _, _ := presetSize(preset)
	return min(100, float64(maxPeople)/float64(people))
}

// Check reports whether Generate would accept opt, without drawing or
// writing anything: the error wraps ErrOptions, and ErrScale or
// ErrForumsTooFew where the preset cannot take the scale or the plants
// asked for.
func Check(opt Options) error {
	_, err := opt.normalize()
	return err
}

// forumSectors is how many never-silo sectors the forums take: four for
// the ceremonial forum, three for the active one (planForums).
const forumSectors = 7

// forumsFit reports whether the silos opt plants leave forumSectors
// internal sectors that are never silos (see ErrForumsTooFew).
func (opt Options) forumsFit() bool {
	silos := 3 // plantSilos: opened, always, closed
	if opt.NoChange {
		silos = 2 // the closed one is not a silo when the halves repeat
	}
	if opt.Pilot {
		silos++ // plantPilot: the treated sector
	}
	return len(internalSectors)-silos >= forumSectors
}

// normalize fills in defaults and validates opt.
func (opt Options) normalize() (Options, error) {
	if opt.Preset == "" {
		opt.Preset = PresetKabupaten
	}
	if !slices.Contains(Presets(), opt.Preset) {
		return opt, fmt.Errorf("%w: unknown preset %q; choose one of %v", ErrOptions, opt.Preset, Presets())
	}
	if opt.Scale == 0 {
		opt.Scale = 1
	}
	if top := MaxScale(opt.Preset); math.IsNaN(opt.Scale) || opt.Scale < 0 || opt.Scale > top {
		return opt, fmt.Errorf("%w: %v for preset %s; use a number in (0, %v]", ErrScale, opt.Scale, opt.Preset, top)
	}
	if opt.Forums && !opt.forumsFit() {
		return opt, ErrForumsTooFew
	}
	f, err := opt.Format.normalize(opt.Preset)
	if err != nil {
		return opt, err
	}
	opt.Format = f
	return opt, nil
}

// normalize fills in the default kind and delimiter and rejects options
// that do not apply to the kind.
func (f Format) normalize(preset string) (Format, error) {
	if f.Kind == "" {
		f.Kind = KindCSV
		if preset == PresetNasional {
			f.Kind = KindParquet
		}
	}
	switch f.Kind {
	case KindCSV:
		if f.Delimiter == 0 {
			f.Delimiter = ','
		}
		if f.Delimiter != ',' && f.Delimiter != ';' {
			return f, fmt.Errorf("%w: csv delimiter %q; use ',' or ';'", ErrOptions, f.Delimiter)
		}
	case KindTSV:
		if f.Delimiter != 0 && f.Delimiter != '\t' {
			return f, fmt.Errorf("%w: tsv takes no delimiter (it is a tab); leave Delimiter zero", ErrOptions)
		}
		f.Delimiter = '\t'
	case KindNDJSON, KindParquet:
		if f.Delimiter != 0 || f.BOM || f.CRLF {
			return f, fmt.Errorf("%w: Delimiter, BOM and CRLF apply to csv and tsv only, not %s", ErrOptions, f.Kind)
		}
	default:
		return f, fmt.Errorf("%w: unknown format %q; use csv, tsv, ndjson or parquet", ErrOptions, f.Kind)
	}
	if f.TimesAsStrings && f.Kind != KindParquet {
		return f, fmt.Errorf("%w: TimesAsStrings applies to parquet only (other formats always write strings)", ErrOptions)
	}
	return f, nil
}

// ext returns the file-name extension of the format, with its dot.
func (f Format) ext() string {
	e := "." + f.Kind
	if f.Gzip {
		e += ".gz"
	}
	return e
}

// Table names; each table is written to <name><ext>.
const (
	TableUnits          = "units"
	TablePeople         = "people"
	TableCorrespondence = "correspondence"
	TableMeetings       = "meetings"
	TableDataSharing    = "data_sharing"
)

// Tables lists the table names in the order they are written.
func Tables() []string {
	return []string{TableUnits, TablePeople, TableCorrespondence, TableMeetings, TableDataSharing}
}

// TruthFile is the name of the file that describes the planted structure.
const TruthFile = "truth.json"

// Truth describes what a generated study contains and what was planted in
// it. Its JSON form (truth.json) has a stable key order.
type Truth struct {
	Preset     string  `json:"preset"`
	Seed       uint64  `json:"seed"`
	Scale      float64 `json:"scale"`
	Format     string  `json:"format"`
	From       string  `json:"from"` // window start, inclusive (YYYY-MM-DD, Asia/Jakarta)
	To         string  `json:"to"`   // window end, exclusive
	ChangeDate string  `json:"change_date"`
	TimeZone   string  `json:"time_zone"`

	SilosH1      []string `json:"silos_h1"` // sectors planted as silos in [From, ChangeDate)
	SilosH2      []string `json:"silos_h2"` // sectors planted as silos in [ChangeDate, To) (with a pilot: from Pilot.Date on; the treated sector is a silo until then)
	SilosAllYear []string `json:"silos_all_year"`
	Opened       []string `json:"opened"`  // silo in the first half only (with a pilot: silo at the start, not at the end; the treated sector opens on Pilot.Date, not ChangeDate)
	Closed       []string `json:"closed"`  // silo in the second half only (with a pilot: silo at the end, not at the start)
	Sectors      []string `json:"sectors"` // every sector, internal first

	Facilitators []Facilitator `json:"facilitators"`
	Coordinators []string      `json:"coordinators"` // unit ids of kind coordinator
	External     []string      `json:"external"`     // unit ids of kind external
	Mutasi       []Mutasi      `json:"mutasi"`
	// Forums are the planted meeting series (Options.Forums).
	Forums []PlantedForum `json:"forums,omitempty"`

	// NoChange, Pilot and Reorg describe the evaluators' plants
	// (Options); they are left out of truth.json when not planted.
	NoChange bool   `json:"no_change,omitempty"`
	Pilot    *Pilot `json:"pilot,omitempty"`
	Reorg    *Reorg `json:"reorg,omitempty"`

	Units  int            `json:"units"`
	People int            `json:"people"` // distinct persons
	Rows   map[string]int `json:"rows"`   // rows written per table (encoding/json sorts the keys)
	Files  []string       `json:"files"`  // file names written, tables first

	Description string `json:"description"`
}

// Facilitator is a planted cross-sector broker. Unit and Sector are
// those of its first spell; a facilitator that moves (Options.
// MoveFacilitator) works in MovesTo (of sector MovesToSector) from
// MoveDate on.
type Facilitator struct {
	Person        string `json:"person"`
	Name          string `json:"name"`
	Unit          string `json:"unit"`
	Sector        string `json:"sector"`
	MovesTo       string `json:"moves_to,omitempty"`
	MovesToSector string `json:"moves_to_sector,omitempty"`
	MoveDate      string `json:"move_date,omitempty"`
}

// Mutasi is a planted change of unit: Person works in From until the day
// before Date and in To from Date on.
type Mutasi struct {
	Person string `json:"person"`
	From   string `json:"from"`
	To     string `json:"to"`
	Date   string `json:"date"`
}
