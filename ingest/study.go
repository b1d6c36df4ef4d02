package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/sekat-ona/sekat/graph"
)

// Config is the content of a study.yaml. Every field is optional.
//
//	name: Kabupaten Contoh 2025
//	timezone: Asia/Jakarta          # zone of times written without one
//	files:                          # instead of finding files by name; globs allowed,
//	  correspondence: [surat/*.csv] # relative to the folder of study.yaml
//	columns:                        # contract name: name in the file
//	  correspondence: {sent_at: tanggal_kirim, sender: pengirim}
//	layer_weights: {correspondence: 1, meetings: 2, data_sharing: 1}
//	window: {from: 2025-01-01, to: 2026-01-01}
//	thresholds: {max_reject_rate: 0.01, silo_ei: 0, silo_p: 0.05, max_meeting_size: 100}
type Config struct {
	Name         string                       `yaml:"name"`
	TimeZone     string                       `yaml:"timezone"`
	Files        map[string][]string          `yaml:"files"`
	Columns      map[string]map[string]string `yaml:"columns"`
	LayerWeights map[string]float64           `yaml:"layer_weights"`
	Window       struct {
		From string `yaml:"from"`
		To   string `yaml:"to"`
	} `yaml:"window"`
	Thresholds Thresholds `yaml:"thresholds"`
}

// Thresholds are study-level settings a command line flag may override.
// A nil pointer means "not set".
type Thresholds struct {
	MaxRejectRate *float64 `yaml:"max_reject_rate"`
	SiloEI        *float64 `yaml:"silo_ei"`
	SiloP         *float64 `yaml:"silo_p"`
	// MaxMeetingSize is graph.Builder.MaxMeetingSize: meetings of more
	// distinct attendees make no tie (docs/network-large-meetings.md).
	MaxMeetingSize *int `yaml:"max_meeting_size"`
}

// Study is a resolved study: which files hold each table, how their columns
// are named, and the study's settings.
type Study struct {
	Name    string
	Dir     string // folder of the tables (or of study.yaml)
	Config  Config
	Files   [NumTables][]string
	Loc     *time.Location
	Weights graph.LayerWeights
	Window  graph.Window // from study.yaml; zero bounds are open
	// columns[t] maps a contract column name to the file's column name,
	// both lower case, for the renamed columns only.
	columns [NumTables]map[string]string
}

// ErrStudy wraps every error about the study as a whole (missing file,
// bad study.yaml).
var ErrStudy = errors.New("bad study")

func studyErr(format string, a ...any) error {
	return fmt.Errorf("ingest: "+format+": %w", append(a, ErrStudy)...)
}

// OpenStudy resolves a study from a folder (tables found by file name, and
// its study.yaml if it has one) or from a study.yaml file.
func OpenStudy(path string) (*Study, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, studyErr("%s: no such study folder or file; give a folder of tables or a study.yaml", path)
	}
	s := &Study{Dir: path}
	yamlPath := ""
	if fi.IsDir() {
		for _, n := range []string{"study.yaml", "study.yml"} {
			if _, err := os.Stat(filepath.Join(path, n)); err == nil {
				yamlPath = filepath.Join(path, n)
				break
			}
		}
	} else {
		yamlPath, s.Dir = path, filepath.Dir(path)
	}
	if yamlPath != "" {
		if err := s.readConfig(yamlPath); err != nil {
			return nil, err
		}
	}
	if s.Name == "" {
		abs, _ := filepath.Abs(s.Dir)
		s.Name = filepath.Base(abs)
	}
	if err := s.findFiles(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Study) readConfig(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return studyErr("%s: %v", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&s.Config); err != nil && !errors.Is(err, io.EOF) { // io.EOF: an empty file
		return studyErr("%s: %v; see the study.yaml example in README.md", filepath.Base(path), err)
	}
	c := &s.Config
	s.Name = c.Name
	zone := c.TimeZone
	if zone == "" {
		zone = "Asia/Jakarta"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return studyErr("%s: timezone %q: not a known IANA zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)", filepath.Base(path), zone)
	}
	s.Loc = loc
	for k := range c.Files {
		if _, ok := ParseTable(k); !ok {
			return studyErr("%s: files: unknown table %q; tables are units, people, correspondence, meetings, data_sharing", filepath.Base(path), k)
		}
	}
	for k, m := range c.Columns {
		t, ok := ParseTable(k)
		if !ok {
			return studyErr("%s: columns: unknown table %q; tables are units, people, correspondence, meetings, data_sharing", filepath.Base(path), k)
		}
		s.columns[t] = map[string]string{}
		for from, to := range m {
			from = strings.ToLower(strings.TrimSpace(from))
			if !knownColumn(t, from) {
				return studyErr("%s: columns: %s has no column %q; its columns are %s", filepath.Base(path), k, from, strings.Join(append(t.Required(), t.Optional()...), ", "))
			}
			s.columns[t][from] = strings.ToLower(strings.TrimSpace(to))
		}
	}
	if len(c.LayerWeights) > 0 {
		w := graph.LayerWeights{Correspondence: 1, Meetings: 1, DataSharing: 1, Set: true}
		for k, v := range c.LayerWeights {
			if v < 0 {
				return studyErr("%s: layer_weights: %s = %v; weights must be >= 0", filepath.Base(path), k, v)
			}
			switch k {
			case "correspondence":
				w.Correspondence = v
			case "meetings":
				w.Meetings = v
			case "data_sharing":
				w.DataSharing = v
			default:
				return studyErr("%s: layer_weights: unknown layer %q; layers are correspondence, meetings, data_sharing", filepath.Base(path), k)
			}
		}
		s.Weights = w
	}
	for i, v := range []string{c.Window.From, c.Window.To} {
		if v == "" {
			continue
		}
		t, _, err := ParseTime([]byte(v), s.Loc)
		if err != nil {
			return studyErr("%s: window: %q is not a time; write YYYY-MM-DD", filepath.Base(path), v)
		}
		if i == 0 {
			s.Window.From = t
		} else {
			s.Window.To = t
		}
	}
	if r := c.Thresholds.MaxRejectRate; r != nil && (*r < 0 || *r > 1) {
		return studyErr("%s: thresholds: max_reject_rate %v must be between 0 and 1", filepath.Base(path), *r)
	}
	if m := c.Thresholds.MaxMeetingSize; m != nil && *m < 2 {
		return studyErr("%s: thresholds: max_meeting_size %d must be at least 2 (a tie needs two attendees); leave it out for %d", filepath.Base(path), *m, graph.DefaultMaxMeetingSize)
	}
	return nil
}

func knownColumn(t Table, c string) bool {
	for _, x := range append(t.Required(), t.Optional()...) {
		if x == c {
			return true
		}
	}
	return false
}

func (s *Study) findFiles() error {
	if s.Loc == nil {
		s.Loc, _ = time.LoadLocation("Asia/Jakarta")
		if s.Loc == nil {
			s.Loc = time.FixedZone("WIB", 7*3600)
		}
	}
	// Files listed in study.yaml come first and replace discovery for that table.
	listed := [NumTables]bool{}
	for k, pats := range s.Config.Files {
		t, _ := ParseTable(k)
		listed[t] = true
		for _, p := range pats {
			full := p
			if !filepath.IsAbs(p) {
				full = filepath.Join(s.Dir, p)
			}
			m, err := filepath.Glob(full)
			if err != nil || len(m) == 0 {
				return studyErr("study.yaml: files: %s: %s: no such file; check the path (relative to the folder of study.yaml)", k, p)
			}
			sort.Strings(m)
			s.Files[t] = append(s.Files[t], m...)
		}
	}
	ents, err := os.ReadDir(s.Dir)
	if err != nil {
		return studyErr("%s: %v", s.Dir, err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		if t, ok := tableOf(e.Name()); ok && !listed[t] {
			s.Files[t] = append(s.Files[t], filepath.Join(s.Dir, e.Name()))
		}
	}
	for t := Table(0); t < NumTables; t++ {
		sort.Strings(s.Files[t])
	}
	if len(s.Files[Units]) == 0 {
		return studyErr("%s: no units table; add units.csv (columns unit_id, name, sector, kind) or list it in study.yaml under files: units", s.Dir)
	}
	if len(s.Files[Units]) > 1 {
		return studyErr("%s: %d units tables (%s); keep one", s.Dir, len(s.Files[Units]), baseNames(s.Files[Units]))
	}
	if len(s.Files[People]) > 1 {
		return studyErr("%s: %d people tables (%s); keep one", s.Dir, len(s.Files[People]), baseNames(s.Files[People]))
	}
	if len(s.Files[Correspondence])+len(s.Files[Meetings])+len(s.Files[DataSharing]) == 0 {
		return studyErr("%s: no log files; add correspondence*.csv, meetings*.csv or data_sharing*.csv (or .tsv, .ndjson, .parquet, optionally .gz)", s.Dir)
	}
	return nil
}

func baseNames(paths []string) string {
	var b []string
	for _, p := range paths {
		b = append(b, filepath.Base(p))
	}
	return strings.Join(b, ", ")
}

// column returns the file column name for a contract column of table t.
func (s *Study) column(t Table, c string) string {
	if r, ok := s.columns[t][c]; ok {
		return r
	}
	return c
}
