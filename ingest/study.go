package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// Config is the content of a study.yaml. Every field is optional.
//
//	name: Kabupaten Contoh 2025
//	timezone: Asia/Jakarta          # zone of times written without one (WIB, WITA, WIT too)
//	files:                          # instead of finding files by name; globs allowed,
//	  correspondence: [surat/*.csv] # relative to the folder of study.yaml
//	columns:                        # contract name: name in the file
//	  correspondence: {sent_at: tanggal_kirim, sender: pengirim}
//	layer_weights: {correspondence: 1, meetings: 2, data_sharing: 1}
//	window: {from: 2025-01-01, to: 2026-01-01}
//	thresholds: {max_reject_rate: 0.01, silo_alpha: 0.05, silo_homophily: 0.5, max_meeting_size: 100, circular_units: 4}
//	encoding: windows-1252          # or per table: {people: windows-1252}
//	date_order: mdy                 # or per table: {correspondence: mdy}
//	sheet: {correspondence: Surat}  # the sheet of an .xlsx table
//	privacy: {min_group: 5}         # person level: smallest group shown (may only be raised)
//	facilitators: {formal_positions: [Sekretaris Daerah, Asisten, Kepala Bagian, Koordinator]}
//	crosswalk: unit_crosswalk.csv   # renamed, merged and split units (docs/change.md)
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
	// Encoding names the character encoding of text tables (utf-8, utf-16
	// or windows-1252); not given, it is detected (see Encoding).
	Encoding PerTable `yaml:"encoding"`
	// DateOrder is dmy (the default: 04/03/2025 is 4 March) or mdy (month
	// first: 3 April) for numeric dates in tables.
	DateOrder PerTable `yaml:"date_order"`
	// Sheet names the sheet of an .xlsx table; not given, its first sheet.
	Sheet PerTable `yaml:"sheet"`
	// Privacy holds the person-level privacy settings (docs/security.md).
	Privacy struct {
		// MinGroup is the smallest number of people an output may
		// describe; it may only be raised above the default (5).
		MinGroup *int `yaml:"min_group"`
	} `yaml:"privacy"`
	// Facilitators holds the settings of sekat facilitators
	// (docs/facilitators.md).
	Facilitators struct {
		// FormalPositions are the words of the people table's position
		// column that make a person a formal coordinator; absent, sekat's
		// own list.
		FormalPositions []string `yaml:"formal_positions"`
	} `yaml:"facilitators"`
	// Crosswalk names the study's unit crosswalk (unit_crosswalk.csv:
	// old_unit, new_unit, from, share), relative to the folder of
	// study.yaml: the renames, mergers and splits of units the study
	// declares. compare, trend and evaluate read it when --crosswalk is
	// not given, and facilitators carries tenure through it.
	Crosswalk string `yaml:"crosswalk"`
}

// Thresholds are study-level settings a command line flag may override.
// A nil pointer means "not set".
type Thresholds struct {
	MaxRejectRate *float64 `yaml:"max_reject_rate"`
	// SiloAlpha is the largest Holm-adjusted p-value of a silo or a group
	// to watch; SiloHomophily the smallest homophily index of a silo
	// (docs/metrics.md, "Silo verdict"). Both in (0, 1].
	SiloAlpha     *float64 `yaml:"silo_alpha"`
	SiloHomophily *float64 `yaml:"silo_homophily"`
	// MaxMeetingSize is graph.Builder.MaxMeetingSize: meetings of more
	// distinct attendees make no tie (docs/network.md, "Large meetings").
	MaxMeetingSize *int `yaml:"max_meeting_size"`
	// CircularUnits is graph.Builder.CircularUnits: a letter to more
	// units than this (other than the sender's) is a circular and makes
	// no tie (docs/network.md, "Circulars").
	CircularUnits *int `yaml:"circular_units"`
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
	// both lower case, for the renamed columns only; shownColumns[t] to
	// the file's name as study.yaml writes it (trimmed), for messages.
	columns      [NumTables]map[string]string
	shownColumns [NumTables]map[string]string
	// info holds what each file of Files was when the study was opened;
	// Load refuses a file that is no longer the same one.
	info map[string]fs.FileInfo
	// enc, monthFirst and sheet are the per-table settings of study.yaml
	// (encoding, date_order, sheet), checked.
	enc        [NumTables]Encoding
	monthFirst [NumTables]bool
	sheet      [NumTables]string
	// Warnings are things about the study the user should know that do
	// not stop the run: files in the folder that are not read, log tables
	// that are missing (see Warning). Load passes them on first.
	Warnings []Warning
	// logsElsewhere: StudyOptions.LogsElsewhere.
	logsElsewhere bool
	// Crosswalk is the path of the crosswalk study.yaml names (Config
	// Crosswalk, resolved and checked as a table file is), "" without one.
	Crosswalk string
	// crosswalkAt is the file and line of the crosswalk key.
	crosswalkAt Place
	// yamlName and yamlText are study.yaml's base name and text, for the
	// line of a files: entry refused once the files are looked for.
	yamlName string
	yamlText []byte
	// followSymlinks is StudyOptions.FollowSymlinks, which LoadPairs
	// applies to the folder of pair tables too.
	followSymlinks bool
}

// StudyOptions configure OpenStudyWith. The zero value is the safe
// default.
type StudyOptions struct {
	// FollowSymlinks allows table files outside the study folder: symbolic
	// links whose target lies outside it, and study.yaml paths that lead out
	// of it. Without it such files are refused before a byte of them is
	// read, so that a study received from elsewhere cannot make sekat read
	// (and quote in errors or rejects.csv) files such as /etc/shadow.
	FollowSymlinks bool
	// LogsElsewhere says the events come from elsewhere (the pair tables of
	// sekat analyze --pairs): a study without log files is accepted.
	LogsElsewhere bool
}

// ErrStudy wraps every error about the study as a whole (missing file,
// bad study.yaml, a table file that is refused).
var ErrStudy = errors.New("bad study")

// ErrSetting wraps (beside ErrStudy) a study.yaml value that is out of
// range: a NaN, an infinity, a negative weight, a rate above 1. The error
// names the key and what is allowed; a command treats it as bad usage.
var ErrSetting = errors.New("invalid setting")

// ErrNotRegular wraps (beside ErrStudy) a table file that is not a
// regular file: a named pipe, a device, a socket or a folder. Reading one
// could block for ever (a pipe) or never end (/dev/zero).
var ErrNotRegular = errors.New("not a regular file")

// NotRegularError is ErrNotRegular with the file (as the study names it)
// and its kind: "pipe", "device", "socket", "folder" or "special"; Study
// says it also wraps ErrStudy (found while the study was opened).
type NotRegularError struct {
	File, Kind string
	Study      bool
}

func (e *NotRegularError) Error() string {
	kind := map[string]string{"pipe": "a named pipe (FIFO)", "device": "a device", "socket": "a socket", "folder": "a folder"}[e.Kind]
	if kind == "" {
		kind = "a special file"
	}
	s := fmt.Sprintf("ingest: %s: %s, not a regular file; sekat reads tables only from regular files (a pipe or a device could block or never end): copy the data into a file: %v",
		e.File, kind, ErrNotRegular)
	if e.Study {
		s += ": " + ErrStudy.Error()
	}
	return s
}

// Unwrap returns ErrNotRegular, and ErrStudy when Study is set.
func (e *NotRegularError) Unwrap() []error {
	if e.Study {
		return []error{ErrNotRegular, ErrStudy}
	}
	return []error{ErrNotRegular}
}

// ErrOutside wraps (beside ErrStudy) a table file that lies outside the
// study folder, through a symbolic link or a study.yaml path, when
// StudyOptions.FollowSymlinks is not set.
var ErrOutside = errors.New("file outside the study folder")

// NoUnitsTableError: the study folder holds no units table (as an empty
// folder, or one of other files, does).
// It wraps ErrStudy.
// Pairs says the folder holds pair tables (a meta table, as sekat pairs
// writes it) rather than a study: given as STUDY in place of --pairs.
type NoUnitsTableError struct {
	Dir   string
	Pairs bool
}

func (e *NoUnitsTableError) Error() string {
	if e.Pairs {
		return fmt.Sprintf("ingest: %s holds pair tables (made by sekat pairs), not a study: give the study folder, which holds the units and people tables, and the pair tables with --pairs %s: %v", e.Dir, e.Dir, ErrStudy)
	}
	return fmt.Sprintf("ingest: %s: no units table; add units.csv (columns unit_id, name, sector, kind) or list it in study.yaml under files: units: %v", e.Dir, ErrStudy)
}

// Unwrap returns ErrStudy.
func (e *NoUnitsTableError) Unwrap() error { return ErrStudy }

// NoStudyError: the study named does not exist. It wraps ErrStudy.
type NoStudyError struct{ Path string }

func (e *NoStudyError) Error() string {
	return fmt.Sprintf("ingest: %s: no such study folder or file; give a folder of tables or a study.yaml: %v", ShowName(e.Path), ErrStudy)
}

// Unwrap returns ErrStudy.
func (e *NoStudyError) Unwrap() error { return ErrStudy }

func studyErr(format string, a ...any) error {
	return fmt.Errorf("ingest: "+format+": %w", append(a, ErrStudy)...)
}

// StudyError is a study that cannot be read for a reason its user fixes
// in the folder or in study.yaml. Error gives the English sentence; Code
// names the reason and Args are the values in that sentence, in its
// order, so that a caller can say it in another language. It wraps
// ErrStudy, and ErrSetting for a value out of range.
type StudyError struct {
	Code string
	Args []any
	err  error
}

func (e *StudyError) Error() string { return e.err.Error() }

// Unwrap gives the error that wraps ErrStudy (and ErrSetting).
func (e *StudyError) Unwrap() error { return e.err }

// Place is a line of a file, in a StudyError's Args; Line 0 is the file
// as a whole.
type Place struct {
	File string
	Line int
}

func (p Place) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s line %d", p.File, p.Line)
	}
	return p.File
}

// studyErrCode is studyErr with a Code for the reason.
func studyErrCode(code, format string, a ...any) error {
	return &StudyError{Code: code, Args: a, err: studyErr(format, a...)}
}

// settingErr is a study.yaml value out of range in file (a Place, with
// the value's line where it is known): Args are file and a.
func settingErr(code string, file any, format string, a ...any) error {
	args := append([]any{file}, a...)
	return &StudyError{Code: code, Args: args,
		err: fmt.Errorf("ingest: %s: "+format+": %w: %w", append(args, ErrSetting, ErrStudy)...)}
}

// OpenStudy resolves a study from a folder (tables found by file name, and
// its study.yaml if it has one) or from a study.yaml file, with the
// default StudyOptions.
func OpenStudy(path string) (*Study, error) { return OpenStudyWith(path, StudyOptions{}) }

// OpenStudyWith is OpenStudy with options.
//
// Each table file is checked before it is read: it must be a regular file
// (named pipes, devices, sockets and folders are refused with ErrNotRegular)
// and, unless o.FollowSymlinks, lie inside the study folder once symbolic
// links are resolved (else ErrOutside). A file reached twice — by two globs
// of study.yaml, or through a link and its target, or a hard link — is read
// once, under the first of its names in sorted order.
func OpenStudyWith(path string, o StudyOptions) (*Study, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if d := denied(err, path, nil); d != nil {
			return nil, d // was "no such study": a folder on its way may not be entered
		}
		return nil, &NoStudyError{Path: path}
	}
	s := &Study{Dir: path, logsElsewhere: o.LogsElsewhere, followSymlinks: o.FollowSymlinks}
	yamlPath := ""
	if fi.IsDir() {
		for _, n := range []string{"study.yaml", "study.yml"} {
			if _, err := os.Lstat(filepath.Join(path, n)); err == nil {
				yamlPath = filepath.Join(path, n)
				break
			}
		}
	} else {
		yamlPath, s.Dir = path, filepath.Dir(path)
	}
	root, err := studyRoot(s.Dir)
	if err != nil {
		return nil, err
	}
	if yamlPath != "" {
		// study.yaml is read whole and yaml errors quote it: the same rules
		// as for tables. One named on the command line is the user's own
		// choice and only needs to be a regular file.
		inside := yamlPath != path
		if _, err := s.checkFile(root, yamlPath, o.FollowSymlinks || !inside); err != nil {
			return nil, err
		}
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
	if err := s.checkFiles(root, o); err != nil {
		return nil, err
	}
	if err := s.checkCrosswalk(root, o); err != nil {
		return nil, err
	}
	return s, nil
}

// declaredCrosswalk reports whether path is the crosswalk study.yaml
// names: it is read, so not said to be left unread.
func (s *Study) declaredCrosswalk(path string) bool {
	p := strings.TrimSpace(s.Config.Crosswalk)
	if p == "" {
		return false
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(s.Dir, p)
	}
	return filepath.Clean(p) == filepath.Clean(path)
}

// CrosswalkAt is the file and line of study.yaml's crosswalk key (the
// line 0 where it is not known), for a message about the crosswalk it
// declares.
func (s *Study) CrosswalkAt() Place { return s.crosswalkAt }

// checkCrosswalk resolves the crosswalk study.yaml names, relative to its
// folder, and checks it as a table file: a regular file inside the study
// folder unless o.FollowSymlinks.
func (s *Study) checkCrosswalk(root string, o StudyOptions) error {
	p := strings.TrimSpace(s.Config.Crosswalk)
	if p == "" {
		return nil
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(s.Dir, p)
	}
	if _, err := os.Lstat(p); err != nil {
		// a folder on its path that may not be entered: it was "no such
		// file", which sent the user to check a path that was right
		if dir, ok := deniedFolder(p); ok {
			return studyErrCode("crosswalkDenied", "%s: crosswalk: %s: the folder %s cannot be read (permission denied); ask its owner or the system administrator for read access to it, or copy the study to a folder of yours", s.crosswalkAt, s.Config.Crosswalk, s.displayName(dir))
		}
		return studyErrCode("crosswalkMissing", "%s: crosswalk: %s: no such file; check the path (relative to the folder of study.yaml)", s.crosswalkAt, s.Config.Crosswalk)
	}
	if _, err := s.checkFile(root, p, o.FollowSymlinks); err != nil {
		return err
	}
	s.Crosswalk = p
	return nil
}

// studyRoot is the study folder with symbolic links resolved: the folder
// table files must lie in.
func studyRoot(dir string) (string, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err == nil {
		root, err = filepath.Abs(root)
	}
	if err != nil {
		if d := denied(err, dir, nil); d != nil {
			return "", d
		}
		return "", studyErr("%s: %v", dir, err)
	}
	return root, nil
}

// checkFiles checks every table file (see checkFile) and keeps each file
// once per table: a file reached by two globs, through a link and its
// target, or by two hard links would otherwise be read twice and double
// every tie it holds.
func (s *Study) checkFiles(root string, o StudyOptions) error {
	s.info = map[string]fs.FileInfo{}
	for t := range s.Files {
		var kept []string
		var infos []fs.FileInfo
	files:
		for _, p := range s.Files[t] {
			fi, err := s.checkFile(root, p, o.FollowSymlinks)
			if err != nil {
				return err
			}
			for i, x := range infos {
				if os.SameFile(x, fi) {
					s.warn(Warning{Code: WarnNotRead, File: s.displayName(p), Table: Table(t).String(), Reason: NotReadSame, Other: s.displayName(kept[i])})
					continue files
				}
			}
			kept = append(kept, p)
			infos = append(infos, fi)
			s.info[p] = fi
		}
		s.Files[t] = kept
	}
	return nil
}

// checkFile refuses a file that is not a regular file, or (unless
// outsideOK) whose real path lies outside root. It reads no byte of the
// file, so a refused file's content never reaches a message.
func (s *Study) checkFile(root, p string, outsideOK bool) (fs.FileInfo, error) {
	name := s.displayName(p)
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		if lfi, lerr := os.Lstat(p); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			return nil, studyErrCode("danglingLink", "%s: a symbolic link to a file that does not exist; remove it or make it point to the table", name)
		}
		if d := denied(err, p, s.displayName); d != nil {
			return nil, d
		}
		return nil, studyErr("%s: %v", name, err)
	}
	if !outsideOK && !within(root, real) {
		if lfi, err := os.Lstat(p); err == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			return nil, &FileError{File: name, Err: fmt.Errorf("ingest: %s: a symbolic link to %s, outside the study folder %s; copy the file into the study folder, or pass --follow-symlinks if you trust where the link points: %w: %w",
				name, real, root, ErrOutside, ErrStudy)}
		}
		return nil, &FileError{File: name, Err: fmt.Errorf("ingest: %s: %s lies outside the study folder %s; copy the file into the study folder, or pass --follow-symlinks to read files outside it: %w: %w",
			name, real, root, ErrOutside, ErrStudy)}
	}
	fi, err := os.Stat(p)
	if err != nil {
		if d := denied(err, p, s.displayName); d != nil {
			return nil, d
		}
		return nil, studyErr("%s: %v", name, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, &NotRegularError{File: name, Kind: fileKind(fi.Mode()), Study: true}
	}
	return fi, nil
}

// within reports whether path p lies inside folder root (both absolute,
// links resolved).
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// fileKind names the type of a file that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "pipe"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m.IsDir():
		return "folder"
	}
	return "special"
}

// displayName is how messages call a file of the study: its path relative
// to the study folder when it lies there, else its path.
func (s *Study) displayName(p string) string {
	if r, err := filepath.Rel(s.Dir, p); err == nil && !strings.HasPrefix(r, "..") {
		return ShowName(filepath.ToSlash(r))
	}
	return ShowName(p)
}

// fileInfo returns what path was when the study was opened (nil for a
// Study built by hand).
func (s *Study) fileInfo(path string) fs.FileInfo { return s.info[path] }

func (s *Study) readConfig(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		if d := denied(err, path, nil); d != nil {
			return d
		}
		return studyErr("%s: %v", path, err)
	}
	// unknown keys, wrong kinds of value and bad YAML come back as a
	// *ConfigError with the line and what is allowed (config.go)
	if err := decodeConfig(b, filepath.Base(path), &s.Config); err != nil {
		return err
	}
	s.yamlName, s.yamlText = filepath.Base(path), b
	c := &s.Config
	s.Name = c.Name
	zone := c.TimeZone
	if zone == "" {
		zone = "Asia/Jakarta"
	}
	if iana, ok := indonesianZones[strings.ToUpper(strings.TrimSpace(zone))]; ok {
		zone = iana // WIB, WITA, WIT: what an Indonesian user writes
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		// with its line, as every other value of study.yaml
		at := Place{File: filepath.Base(path), Line: configLine(b, "timezone")}
		return studyErrCode("timezone", "%s: timezone %q: not a known IANA zone; write e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura, or WIB, WITA, WIT", at, zone)
	}
	s.Loc = loc
	// decodeConfig let through only known tables, columns and layers
	for k, m := range c.Columns {
		t, _ := ParseTable(k)
		s.columns[t] = map[string]string{}
		s.shownColumns[t] = map[string]string{}
		for from, to := range m {
			if strings.TrimSpace(to) == "" {
				continue // an empty value is the default, as elsewhere: no rename
			}
			s.columns[t][colKey(from)] = colKey(to)
			s.shownColumns[t][colKey(from)] = strings.TrimSpace(to)
		}
	}
	if len(c.LayerWeights) > 0 {
		w := graph.LayerWeights{Correspondence: 1, Meetings: 1, DataSharing: 1, Set: true}
		for _, k := range sortedKeys(c.LayerWeights) {
			v := c.LayerWeights[k]
			if !(v >= 0) || math.IsInf(v, 1) {
				return settingErr("layerWeight", Place{File: filepath.Base(path), Line: configLine(b, "layer_weights", k)}, "layer_weights: %s = %v; a layer weight must be a finite number, 0 or more", k, v)
			}
			switch k {
			case "correspondence":
				w.Correspondence = v
			case "meetings":
				w.Meetings = v
			case "data_sharing":
				w.DataSharing = v
			}
		}
		if w.Correspondence == 0 && w.Meetings == 0 && w.DataSharing == 0 {
			// every layer weighed 0: no event makes a tie, and analyze ran
			// on a network with no tie at all, its report explaining that
			// the tie weight counts nothing
			return settingErr("layerWeightsZero", Place{File: filepath.Base(path), Line: configLine(b, "layer_weights")},
				"layer_weights: every layer weighs 0, so no letter, meeting or data request makes a tie; give at least one layer a weight above 0")
		}
		s.Weights = w
	}
	at := func(key string) Place { // the file and the line of window.key
		return Place{File: filepath.Base(path), Line: configLine(b, "window", key)}
	}
	for i, v := range []string{c.Window.From, c.Window.To} {
		if v == "" {
			continue
		}
		key := []string{"from", "to"}[i]
		t, _, err := ParseTime([]byte(v), s.Loc)
		if err != nil {
			return studyErrCode("windowTime", "%s: window: %s %q is not a time; write YYYY-MM-DD", at(key), key, v)
		}
		if i == 0 {
			s.Window.From = t
		} else {
			s.Window.To = t
		}
	}
	if w := s.Window; w.From != 0 && w.To != 0 && w.To <= w.From {
		return settingErr("windowOrder", at("to"), "window: to (%s) is not after from (%s); the window runs from from (inclusive) to to (exclusive): swap them or correct one", c.Window.To, c.Window.From)
	}
	if err := s.tableSettings(filepath.Base(path), b); err != nil {
		return err
	}
	s.crosswalkAt = Place{File: filepath.Base(path), Line: configLine(b, "crosswalk")}
	// a window written 02/01/2025 in a study read month first: ParseTime
	// read it day first, 2 January, where the user most likely meant
	// 1 February
	for i, v := range []string{c.Window.From, c.Window.To} {
		if key := []string{"from", "to"}[i]; s.MonthFirstAny() && DayMonthSwappable([]byte(v)) {
			t := []int64{s.Window.From, s.Window.To}[i]
			return settingErr("windowMonthFirst", at(key), "window: %s %q is read day first, as %s, but date_order reads the tables' numeric dates month first; write it as YYYY-MM-DD so that it cannot be read otherwise", key, v, time.Unix(t, 0).In(s.Loc).Format("2006-01-02"))
		}
	}
	if m := c.Privacy.MinGroup; m != nil && *m < MinGroupFloor {
		// refused here, for every command and by validate, as the other
		// values out of range are: it was refused only by a person-level
		// run, after validate had called the study fine, without its line
		// and with a hint to --help, which does not describe study.yaml
		return settingErr("minGroup", Place{File: filepath.Base(path), Line: configLine(b, "privacy", "min_group")}, "privacy: min_group %d: the smallest group shown is at least %d and may only be raised; raise it or leave the key out", *m, MinGroupFloor)
	}
	return c.Thresholds.check(filepath.Base(path), b)
}

// MinGroupFloor is the least privacy.min_group: people.DefaultMinGroup,
// which ingest does not import (cmd/sekat's TestMinGroupYAML keeps the two
// equal).
const MinGroupFloor = 5

// tableSettings checks and keeps encoding, date_order and sheet; b is
// study.yaml's text, for the line of a value refused.
func (s *Study) tableSettings(file string, b []byte) error {
	c := &s.Config
	at := func(key string, t Table) Place { // the line of key, or of its table's value
		line := configLine(b, key, t.String())
		if line == 0 {
			line = configLine(b, key)
		}
		return Place{File: file, Line: line}
	}
	for t := Table(0); t < NumTables; t++ {
		if v := c.Encoding.For(t); v != "" {
			e, ok := ParseEncoding(v)
			if !ok {
				return settingErr("encoding", at("encoding", t), "encoding: %q; write utf-8, utf-16 or windows-1252 (or leave it out to detect the encoding)", v)
			}
			s.enc[t] = e
		}
		switch v := strings.ToLower(strings.TrimSpace(c.DateOrder.For(t))); v {
		case "", "dmy":
		case "mdy":
			s.monthFirst[t] = true
		default:
			return settingErr("dateOrder", at("date_order", t), "date_order: %q; write dmy (day first, the default) or mdy (month first)", c.DateOrder.For(t))
		}
		s.sheet[t] = strings.TrimSpace(c.Sheet.For(t))
	}
	return nil
}

// check refuses thresholds out of range, NaN included (a NaN compares
// false with everything and would switch a guard off). The silo
// thresholds must be above 0: an alpha of 0 judges nothing, a homophily
// threshold of 0 would call a group a silo for any inwardness.
func (t Thresholds) check(file string, b []byte) error {
	at := func(key string) Place { return Place{File: file, Line: configLine(b, "thresholds", key)} }
	for _, c := range []struct {
		key     string
		v       *float64
		lo, hi  float64
		aboveLo bool
	}{
		{"max_reject_rate", t.MaxRejectRate, 0, 1, false},
		{"silo_alpha", t.SiloAlpha, 0, 1, true},
		{"silo_homophily", t.SiloHomophily, 0, 1, true},
	} {
		if c.v == nil {
			continue
		}
		if c.aboveLo && !(*c.v > c.lo && *c.v <= c.hi) {
			return settingErr("thresholdAbove", at(c.key), "thresholds: %s = %v; it must be a number above %v and at most %v", c.key, *c.v, c.lo, c.hi)
		}
		if !(*c.v >= c.lo && *c.v <= c.hi) {
			return settingErr("thresholdRange", at(c.key), "thresholds: %s = %v; it must be a number from %v to %v", c.key, *c.v, c.lo, c.hi)
		}
	}
	if c := t.CircularUnits; c != nil && *c < 1 {
		return settingErr("circularUnits", at("circular_units"), "thresholds: circular_units %d must be at least 1 (a letter to one other unit is never a circular); leave it out for %d", *c, graph.DefaultCircularUnits)
	}
	if m := t.MaxMeetingSize; m != nil && *m < 2 {
		return settingErr("maxMeetingSize", at("max_meeting_size"), "thresholds: max_meeting_size %d must be at least 2 (a tie needs two attendees); leave it out for %d", *m, graph.DefaultMaxMeetingSize)
	}
	return nil
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
	globbed := map[string]bool{}
	for _, k := range sortedTables(s.Config.Files) {
		pats := s.Config.Files[k]
		t, _ := ParseTable(k)
		listed[t] = true
		for _, p := range pats {
			full := p
			if !filepath.IsAbs(p) {
				full = filepath.Join(s.Dir, p)
			}
			m, err := filepath.Glob(full)
			// an engine's markers and checksums (_SUCCESS, .part-0.crc)
			// beside its part files are no table, unless named one by one
			if strings.ContainsAny(p, "*?[") {
				m = slices.DeleteFunc(m, func(f string) bool { return engine.Marker(filepath.Base(f)) })
			}
			if err != nil || len(m) == 0 {
				at := Place{File: s.yamlName, Line: configLine(s.yamlText, "files", k)}
				if at.File == "" {
					at.File = "study.yaml"
				}
				// filepath.Glob passes over a folder it may not read or
				// enter: a permission problem was "no such file"
				if dir, ok := deniedFolder(full); ok {
					return studyErrCode("filesDenied", "%s: files: %s: %s: the folder %s cannot be read (permission denied); ask its owner or the system administrator for read access to it, or copy the study to a folder of yours", at, k, p, s.displayName(dir))
				}
				return studyErrCode("filesMissing", "%s: files: %s: %s: no such file; check the path (relative to the folder of study.yaml)", at, k, p)
			}
			sort.Strings(m)
			s.Files[t] = append(s.Files[t], m...)
			for _, f := range m {
				globbed[filepath.Clean(f)] = true
			}
		}
	}
	ents, err := os.ReadDir(s.Dir)
	if err != nil {
		if d := denied(err, s.Dir, nil); d != nil {
			return d
		}
		return studyErr("%s: %v", s.Dir, err)
	}
	// Every other file of the folder is read as a table or said not to be
	// (Warnings); a table name written in two formats is refused, lest its
	// events count twice.
	stems := map[string]string{}
	dirTables := map[Table]string{}
	for _, e := range ents {
		path := filepath.Join(s.Dir, e.Name())
		if e.IsDir() {
			t, ok := folderTableOf(e.Name())
			if !ok || listed[t] {
				continue
			}
			// a folder named as a table, as engines write one (Spark's
			// correspondence.parquet/ of part files, DuckDB's and Hive's
			// correspondence/month=2025-01/data_0.parquet): its data
			// files are the table
			files, others, err := folderFiles(path)
			if err != nil {
				if d := denied(err, path, s.displayName); d != nil {
					return d // a table's folder (or one of its partitions)
				}
				return studyErr("%s: %v", s.Dir, err)
			}
			for _, o := range others {
				s.warn(Warning{Code: WarnNotRead, File: o, Table: t.String(), Reason: notReadReason(filepath.Base(o))})
			}
			if len(files) == 0 {
				// said, lest its table seem simply missing
				s.warn(Warning{Code: WarnNotRead, File: e.Name(), Table: t.String(), Reason: NotReadFolder})
				dirTables[t] = e.Name()
				continue
			}
			stem := strings.ToLower(e.Name())
			if st, ok := splitExt(e.Name()); ok {
				stem = st
			}
			if first, dup := stems[stem]; dup {
				return studyErrCode("tableTwice", "%s: %s and %s/ hold the same table twice; keep one (or list the files to read in study.yaml under files:)", ShowName(s.Dir), first, ShowName(e.Name()))
			}
			stems[stem] = ShowName(e.Name()) + "/"
			s.Files[t] = append(s.Files[t], files...)
			continue
		}
		if isStudyYAML(e.Name()) || isStudyDoc(e.Name()) || globbed[filepath.Clean(path)] || s.declaredCrosswalk(path) {
			continue
		}
		t, ok := tableOf(e.Name())
		switch {
		case ok && !listed[t]:
			stem, _ := splitExt(e.Name())
			if first, dup := stems[stem]; dup {
				return studyErrCode("tableTwoFormats", "%s: %s and %s hold the same table in two formats; keep one (or list the files to read in study.yaml under files:)", ShowName(s.Dir), first, ShowName(e.Name()))
			}
			stems[stem] = ShowName(e.Name())
			s.Files[t] = append(s.Files[t], path)
		case ok:
			s.warn(Warning{Code: WarnNotRead, File: e.Name(), Table: t.String(), Reason: NotReadListed})
		default:
			s.warn(Warning{Code: WarnNotRead, File: e.Name(), Reason: notReadReason(e.Name())})
		}
	}
	for t := Table(0); t < NumTables; t++ {
		sort.Strings(s.Files[t])
	}
	if len(s.Files[Units]) == 0 {
		if d, ok := dirTables[Units]; ok {
			return studyErrCode("unitsFolderEmpty", "%s: no units table: the folder %s holds no table file (.csv, .tsv, .ndjson, .parquet, .xlsx); put the units table there as a file (units.csv, columns unit_id, name, sector, kind)", s.Dir, d)
		}
		e := &NoUnitsTableError{Dir: s.Dir}
		for _, m := range []string{"meta.parquet", "meta.csv", "meta.csv.gz", "sekat_meta"} {
			if _, err := os.Stat(filepath.Join(s.Dir, m)); err == nil {
				e.Pairs = true
			}
		}
		return e
	}
	if len(s.Files[Units]) > 1 {
		return studyErrCode("unitsMany", "%s: %d units tables (%s); keep one (an engine's part files: write the table as one file)", s.Dir, len(s.Files[Units]), s.baseNames(s.Files[Units]))
	}
	if len(s.Files[People]) > 1 {
		return studyErrCode("peopleMany", "%s: %d people tables (%s); keep one (an engine's part files: write the table as one file)", s.Dir, len(s.Files[People]), s.baseNames(s.Files[People]))
	}
	if s.logsElsewhere {
		return nil
	}
	if len(s.Files[Correspondence])+len(s.Files[Meetings])+len(s.Files[DataSharing]) == 0 {
		if names, more := s.notReadFiles(5); len(names) > 0 {
			// an analyst's folder of a network as UCINET or Pajek saved it
			// (ELwork.dat, Lazega.paj) or an edge list under its own name
			// (advice.csv) was told "no log files" without a word of the
			// files it had, whose warnings the failed open never printed
			return studyErrCode("noLogsNotRead", "%s: no log files; files in the folder not read as tables: %s%s; give a log file a name starting with correspondence, meetings or data_sharing and an ending sekat reads (.csv, .tsv, .ndjson, .parquet, optionally .gz, the text tables also .zst, .bz2, .xz or .lz4, or .xlsx); a network saved by UCINET (.dat, .##h) or Pajek (.net, .paj) is not read: write its ties as rows of a log table, one row per tie (correspondence.csv with the columns sent_at, sender, recipients)", s.Dir, strings.Join(names, ", "), more)
		}
		return studyErrCode("noLogs", "%s: no log files; add correspondence*.csv, meetings*.csv or data_sharing*.csv (or .tsv, .ndjson, .parquet, optionally .gz, the text tables also .zst, .bz2, .xz or .lz4, or .xlsx)", s.Dir)
	}
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		if len(s.Files[t]) == 0 {
			s.warn(Warning{Code: WarnMissingTable, Table: t.String()})
		}
	}
	return nil
}

// denied is err, met while reading path, as a *FileError naming what may
// not be read, when err is a permission problem; nil otherwise. The name
// is that of the file or folder refused (the path of a *fs.PathError
// in err, or path), or, when a folder above it may not be entered, of
// that folder; show, when not nil, writes it as the study names it.
// Before, such a study was "no such study folder", or "the study cannot
// be read" with Go's English words only.
func denied(err error, path string, show func(string) string) error {
	if !errors.Is(err, fs.ErrPermission) {
		return nil
	}
	p := path
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		p = pe.Path
	}
	// a name that cannot even be looked at: the first folder above it
	// that can is the one that may not be entered
	for q := p; ; {
		if _, serr := os.Stat(q); serr == nil || !errors.Is(serr, fs.ErrPermission) {
			p = q
			break
		}
		up := filepath.Dir(q)
		if up == q {
			break
		}
		q = up
	}
	folder := false
	if fi, serr := os.Stat(p); serr == nil {
		folder = fi.IsDir()
	}
	name := p
	if show != nil {
		name = show(p)
	}
	return &FileError{File: name, Folder: folder, Err: fmt.Errorf("ingest: %s: cannot be read (permission denied); ask its owner or the system administrator for read access, or copy the study to a folder of yours: %w: %w", name, err, ErrStudy)}
}

// deniedFolder finds, for a files: pattern that matched nothing, a folder
// on its way that exists but that the user may not read (a pattern with a
// wildcard lists it) or enter (a name is looked up in it): the reason it
// matched nothing. It runs only when a pattern matched nothing.
func deniedFolder(pattern string) (string, bool) {
	dir, file := filepath.Split(pattern)
	dir = filepath.Clean(dir)
	if dir == pattern || dir == "" {
		return "", false
	}
	dirs := []string{dir}
	if hasMeta(dir) {
		if d, ok := deniedFolder(dir); ok {
			return d, true
		}
		dirs, _ = filepath.Glob(dir)
	} else if _, err := os.Stat(dir); errors.Is(err, fs.ErrPermission) {
		// a folder above it may not be entered
		if d, ok := deniedFolder(dir); ok {
			return d, true
		}
	}
	for _, d := range dirs {
		var err error
		if hasMeta(file) {
			_, err = os.ReadDir(d)
		} else {
			_, err = os.Lstat(filepath.Join(d, file))
		}
		if errors.Is(err, fs.ErrPermission) {
			return d, true
		}
	}
	return "", false
}

// hasMeta reports whether path holds a character filepath.Match treats
// as special.
func hasMeta(path string) bool { return strings.ContainsAny(path, `*?[`) }

// warn adds a warning about the study.
// notReadFiles returns the names of at most max files of the folder that
// are not read as tables (the WarnNotRead warnings so far, but for those
// of a table whose files study.yaml lists, or the same file twice), and
// ", and N more" when there are more ("" otherwise).
func (s *Study) notReadFiles(max int) ([]string, string) {
	var names []string
	n := 0
	for _, w := range s.Warnings {
		if w.Code != WarnNotRead || w.Reason == NotReadListed || w.Reason == NotReadSame {
			continue
		}
		if n++; n <= max {
			names = append(names, w.File)
		}
	}
	if n > max {
		return names, fmt.Sprintf(", +%d", n-max)
	}
	return names, ""
}

func (s *Study) warn(w Warning) {
	w.File = ShowName(w.File)
	s.Warnings = append(s.Warnings, w)
}

// sortedTables returns the keys of m in the order of the tables, so that
// files and their errors come in the same order on every run.
func sortedTables(m map[string][]string) []string {
	var keys []string
	for t := Table(0); t < NumTables; t++ {
		if _, ok := m[t.String()]; ok {
			keys = append(keys, t.String())
		}
	}
	return keys
}

func (s *Study) baseNames(paths []string) string {
	var b []string
	for _, p := range paths {
		// in the study's folder by name, in a table's folder with it
		if rel, err := filepath.Rel(s.Dir, p); err == nil && filepath.IsLocal(rel) {
			b = append(b, ShowName(filepath.ToSlash(rel)))
		} else {
			b = append(b, ShowName(filepath.Base(p)))
		}
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

// columnShown is the file's name of column c of table t as messages show
// it: a rename as study.yaml writes it ("Unit Kerja", where column
// compares "unit kerja"), else c.
func (s *Study) columnShown(t Table, c string) string {
	if r, ok := s.shownColumns[t][c]; ok {
		return r
	}
	return c
}

// MonthFirst reports whether study.yaml's date_order reads table t's
// numeric dates month first (mdy).
func (s *Study) MonthFirst(t Table) bool { return s.monthFirst[t] }

// MonthFirstAny reports whether date_order reads the numeric dates of any
// table month first.
func (s *Study) MonthFirstAny() bool { return slices.Contains(s.monthFirst[:], true) }

// swappableDate is a numeric date, day and month first or the other way.
var swappableDate = regexp.MustCompile(`^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}(\D|$)`)

// DayMonthSwappable reports whether b is a numeric date whose day and
// month may be read either way (03/04/2025: both 12 or less, and not the
// same): ParseTime reads it day first, while date_order: mdy reads the
// tables' dates month first. A window or a --from written so, in a study
// whose tables are read month first, is most likely meant month first.
func DayMonthSwappable(b []byte) bool {
	m := swappableDate.FindSubmatch(b)
	if m == nil {
		return false
	}
	d, _ := strconv.Atoi(string(m[1]))
	mo, _ := strconv.Atoi(string(m[2]))
	return d >= 1 && d <= 12 && mo >= 1 && mo <= 12 && d != mo
}

// indonesianZones are the names of Indonesia's three time zones as
// Indonesians write them, and the IANA zone each is read as (the zones
// have no daylight saving time, so each is its IANA zone all year).
var indonesianZones = map[string]string{"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
