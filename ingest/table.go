package ingest

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sekat-ona/sekat/engine"
)

// Table is one of the study's five input tables.
type Table uint8

const (
	Units Table = iota
	People
	Correspondence
	Meetings
	DataSharing
	NumTables
)

type tableSpec struct {
	name     string   // as in study.yaml and file names
	single   bool     // units.* / people.*: the name must match exactly
	required []string // contract column names
	optional []string
	// unused are optional columns sekat never uses: known (study.yaml
	// may rename them, validate does not call them unknown) but not
	// bound, so a file's cells there are neither read nor checked.
	unused []string
}

var tables = [NumTables]tableSpec{
	Units:          {"units", true, []string{"unit_id"}, []string{"name", "sector", "parent_id", "kind", "short_name"}, nil},
	People:         {"people", true, []string{"person_id", "unit_id"}, []string{"name", "position", "valid_from", "valid_to"}, nil},
	Correspondence: {"correspondence", false, []string{"sent_at", "sender", "recipients"}, []string{"cc", "message_id", "kind", "in_reply_to"}, []string{"message_id", "kind", "in_reply_to"}},
	Meetings:       {"meetings", false, []string{"meeting_id", "start", "attendee"}, []string{"organizer", "title"}, nil},
	DataSharing:    {"data_sharing", false, []string{"at", "provider", "consumer"}, []string{"dataset", "status", "records"}, []string{"records"}},
}

func (t Table) String() string { return tables[t].name }

// Required returns the table's required columns, as the contract names them.
func (t Table) Required() []string { return tables[t].required }

// Optional returns the table's optional columns.
func (t Table) Optional() []string { return tables[t].optional }

// ParseTable finds a table by its contract name.
func ParseTable(s string) (Table, bool) {
	for t := Table(0); t < NumTables; t++ {
		if tables[t].name == s {
			return t, true
		}
	}
	return 0, false
}

// splitExt returns the base name without its table extension (and its
// compression's: .gz, .zst, .bz2, .xz, .lz4), and whether the extension is one sekat
// reads (see FormatOf).
func splitExt(name string) (stem string, ok bool) {
	if _, _, err := FormatOf(name); err != nil {
		return "", false
	}
	n := strings.ToLower(name)
	if Compression(n) != "" {
		n = strings.TrimSuffix(n, filepath.Ext(n))
	}
	return strings.TrimSuffix(n, filepath.Ext(n)), true
}

// tableOf tells which table a file belongs to by its name: units.* and
// people.* exactly, correspondence*.*, meetings*.*, data_sharing*.*.
func tableOf(path string) (Table, bool) {
	stem, ok := splitExt(filepath.Base(path))
	if !ok {
		return 0, false
	}
	for t := Table(0); t < NumTables; t++ {
		s := tables[t]
		if (s.single && stem == s.name) || (!s.single && strings.HasPrefix(stem, s.name)) {
			return t, true
		}
	}
	return 0, false
}

// folderTableOf tells which table a folder holds by its name: the table's
// name exactly, with or without a format ending (correspondence/,
// correspondence.parquet/ as Spark names a folder of part files, units/).
// Unlike a file's, a log table's folder takes no suffix: a folder such as
// correspondence_lama/ is more likely an archive than a part of the table.
func folderTableOf(name string) (Table, bool) {
	stem := strings.ToLower(name)
	if st, ok := splitExt(name); ok {
		stem = st
	}
	for t := Table(0); t < NumTables; t++ {
		if stem == tables[t].name {
			return t, true
		}
	}
	return 0, false
}

// folderFiles lists, in name order, the data files under the folder dir
// (its partition folders too, such as month=2025-01/) as an engine
// writes them: files whose names start with '.' or '_' (Spark's
// _SUCCESS, .crc checksums) and folders named so are skipped, as are
// files ending in .crc and those a desktop leaves beside the files it
// copies or opens (engine.DesktopFile: Excel's ~$ lock file,
// :Zone.Identifier, desktop.ini, Thumbs.db); files of a format sekat reads are the table's,
// and the others (relative to dir's parent, for the warnings) are
// returned apart.
func folderFiles(dir string) (files, others []string, err error) {
	parent := filepath.Dir(dir)
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if p != dir && engine.DesktopFile(name) {
			// Excel's ~$ lock file beside a part it has open was read as a
			// table and stopped validate as "not a text table"
			return nil
		}
		if p != dir && engine.Marker(name) {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		if _, _, ferr := FormatOf(name); ferr != nil || !e.Type().IsRegular() {
			rel, _ := filepath.Rel(parent, p)
			others = append(others, rel)
			return nil
		}
		files = append(files, p)
		return nil
	})
	sort.Strings(files)
	return files, others, err
}
