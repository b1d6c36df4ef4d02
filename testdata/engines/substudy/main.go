// Command substudy writes the units and people of one instansi of a
// generated study as CSV, for the person-level step of the national
// rehearsal (testdata/engines/rehearsal.sh, docs/scale.md).
//
// sekat has no filter by instansi: a sub-study is a folder with the
// instansi's units and the people's spells in those units, and a
// study.yaml that points at the whole study's log tables. Events that name
// people or units outside the instansi are then rejected (unknown id, no
// unit at that time) or, for recipients, left out, exactly as sekat's rules
// treat any unknown id: the network is the one among the instansi's own
// people. So study.yaml sets max_reject_rate to 1.
//
//	go run ./testdata/engines/substudy -study NASIONAL -units '^DISDIK(_R[0-9]{3})?$' -out SUB
//
// It reads the synth Parquet layout (units.parquet, people.parquet with
// DATE valid_from/valid_to) and prints how many units, spells and people
// it kept.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/parquet-go/parquet-go"
)

type unitRow struct {
	UnitID   string `parquet:"unit_id"`
	Name     string `parquet:"name"`
	Sector   string `parquet:"sector"`
	ParentID string `parquet:"parent_id"`
	Kind     string `parquet:"kind"`
}

type personRow struct {
	PersonID  string `parquet:"person_id"`
	UnitID    string `parquet:"unit_id"`
	Name      string `parquet:"name"`
	Position  string `parquet:"position"`
	ValidFrom *int32 `parquet:"valid_from,date"`
	ValidTo   *int32 `parquet:"valid_to,date"`
}

func main() {
	study := flag.String("study", "", "folder of the generated study (Parquet)")
	pattern := flag.String("units", "", "regular expression the instansi's unit ids match")
	out := flag.String("out", "", "folder to write units.csv, people.csv and study.yaml")
	flag.Parse()
	if *study == "" || *pattern == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "substudy: give -study, -units and -out")
		os.Exit(2)
	}
	if err := run(*study, *pattern, *out); err != nil {
		fmt.Fprintln(os.Stderr, "substudy:", err)
		os.Exit(1)
	}
}

func run(study, pattern, out string) error {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return err
	}
	study, err = filepath.Abs(study)
	if err != nil {
		return err
	}
	units, err := parquet.ReadFile[unitRow](filepath.Join(study, "units.parquet"))
	if err != nil {
		return err
	}
	people, err := parquet.ReadFile[personRow](filepath.Join(study, "people.parquet"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	keep := map[string]bool{}
	var ur [][]string
	for _, u := range units {
		if re.MatchString(u.UnitID) {
			keep[u.UnitID] = true
			ur = append(ur, []string{u.UnitID, u.Name, u.Sector, u.ParentID, u.Kind})
		}
	}
	if len(ur) == 0 {
		return fmt.Errorf("no unit id matches %q", pattern)
	}
	day := func(d *int32) string {
		if d == nil {
			return ""
		}
		return time.Unix(int64(*d)*86400, 0).UTC().Format(time.DateOnly)
	}
	var pr [][]string
	persons := map[string]bool{}
	for _, p := range people {
		if keep[p.UnitID] {
			persons[p.PersonID] = true
			pr = append(pr, []string{p.PersonID, p.UnitID, p.Name, p.Position, day(p.ValidFrom), day(p.ValidTo)})
		}
	}
	if err := writeCSV(filepath.Join(out, "units.csv"), []string{"unit_id", "name", "sector", "parent_id", "kind"}, ur); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(out, "people.csv"), []string{"person_id", "unit_id", "name", "position", "valid_from", "valid_to"}, pr); err != nil {
		return err
	}
	yaml := fmt.Sprintf(`name: sub-study %s
files:
  correspondence: [%s]
  meetings: [%s]
  data_sharing: [%s]
thresholds: {max_reject_rate: 1}
`, pattern, filepath.Join(study, "correspondence.parquet"), filepath.Join(study, "meetings.parquet"), filepath.Join(study, "data_sharing.parquet"))
	if err := os.WriteFile(filepath.Join(out, "study.yaml"), []byte(yaml), 0o644); err != nil {
		return err
	}
	fmt.Printf("substudy: %d units, %d spells, %d people of %d units, %d spells in the study\n",
		len(ur), len(pr), len(persons), len(units), len(people))
	return nil
}

func writeCSV(path string, header []string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	if err := w.Write(header); err != nil {
		f.Close()
		return err
	}
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
