package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
)

// ReadingDigest is the hex sha256 of the study.yaml settings that change
// what a table's rows are read as: per table, the columns renamed
// (columns:), the encoding, the date order (date_order) and the sheet.
// sekat pairs writes it into the meta table, and analyze --pairs refuses
// tables whose digest differs from the study's: they were computed from
// the logs read another way. Settings are taken as sekat applies them, so
// writing a default out (date_order: dmy) changes nothing.
func (s *Study) ReadingDigest() string {
	h := sha256.New()
	for t := Table(0); t < NumTables; t++ {
		order := "dmy"
		if s.monthFirst[t] {
			order = "mdy"
		}
		fmt.Fprintf(h, "table %s\nencoding %s\ndate_order %s\nsheet %q\n", t, s.enc[t], order, s.sheet[t])
		keys := make([]string, 0, len(s.columns[t]))
		for k := range s.columns[t] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(h, "column %q %q\n", k, s.columns[t][k])
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DirectoryDigest is the hex sha256 of the sha256 of each file of the
// units and people tables, in the study's order: which units and people
// the study has. sekat pairs writes it into the meta table, and analyze
// --pairs refuses tables whose digest differs: they were made from
// another study, or before its units or people tables changed.
func (s *Study) DirectoryDigest() (string, error) {
	h := sha256.New()
	for _, t := range []Table{Units, People} {
		for _, p := range s.Files[t] {
			f, err := os.Open(p)
			if err != nil {
				return "", fmt.Errorf("ingest: %w", err)
			}
			fh := sha256.New()
			_, err = io.Copy(fh, f)
			f.Close()
			if err != nil {
				return "", fmt.Errorf("ingest: %s: %w", s.displayName(p), err)
			}
			fmt.Fprintf(h, "%s %x\n", t, fh.Sum(nil))
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
