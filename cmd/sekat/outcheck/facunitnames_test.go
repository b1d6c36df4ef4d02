package outcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// eOfficeStudy generates a kabupaten study (seed 4711, scale 0.1, with a
// reorganisation and a facilitator who moves) and writes it twice with
// e-office codes for unit ids (1.01.01.0000, 1.01.02.0000, ... in the
// order of units.csv), in every table that names a unit: into
// DIR/coded/studi with a column short_name holding the generator's ids
// (SETDA, DINKES, ...), and into DIR/plain/studi without it. It returns
// the two folders and the short name of each code.
func eOfficeStudy(t *testing.T) (coded, plain string, short map[string]string) {
	t.Helper()
	root := t.TempDir()
	gen := filepath.Join(root, "gen")
	if _, err := synth.Generate(gen, synth.Options{Seed: 4711, Scale: 0.1, Reorg: true, MoveFacilitator: true}); err != nil {
		t.Fatal(err)
	}
	units := clitest.ReadRows(t, filepath.Join(gen, "units.csv"))
	code := map[string]string{}
	short = map[string]string{}
	for i, r := range units[1:] {
		c := fmt.Sprintf("1.%02d.%02d.0000", i/10+1, i%10+1)
		code[r[0]], short[c] = c, r[0]
	}
	recode := func(v string) string {
		ids := strings.Split(v, ";")
		for i, id := range ids {
			if c, ok := code[id]; ok {
				ids[i] = c
			}
		}
		return strings.Join(ids, ";")
	}
	cols := map[string][]string{"units.csv": {"unit_id", "parent_id"}, "people.csv": {"unit_id"},
		"correspondence.csv": {"sender", "recipients", "cc"}, "meetings.csv": {"attendee", "organizer"},
		"data_sharing.csv": {"provider", "consumer"}}
	coded, plain = filepath.Join(root, "coded", "studi"), filepath.Join(root, "plain", "studi")
	for _, dir := range []string{coded, plain} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for file, names := range cols {
		rows := clitest.ReadRows(t, filepath.Join(gen, file))
		var at []int
		for _, n := range names {
			i := slices.Index(rows[0], n)
			if i < 0 {
				t.Fatalf("%s has no column %s: %v", file, n, rows[0])
			}
			at = append(at, i)
		}
		for _, r := range rows[1:] {
			for _, i := range at {
				r[i] = recode(r[i])
			}
		}
		clitest.WriteRows(t, filepath.Join(plain, file), rows)
		if file == "units.csv" {
			rows[0] = append(rows[0], "short_name")
			for i := 1; i < len(rows); i++ {
				rows[i] = append(rows[i], short[rows[i][0]])
			}
		}
		clitest.WriteRows(t, filepath.Join(coded, file), rows)
	}
	return coded, plain, short
}

// TestFacilitatorsNameUnitsByShortName: on a study whose unit ids are
// e-office codes and whose units table gives short names, sekat
// facilitators wrote the codes for HR staff ("1.02.01.0000") in the
// page's lists, set and spells, and in the warning (stderr and the page's
// notes) on units whose staff all left or all arrived, where the report
// and the maps write DPUPR. The page now writes "DPUPR (1.02.01.0000)" in
// its tables (the code in a span that may go to a line of its own) and "DPUPR [1.02.01.0000]" inside the warning's brackets;
// the code stays beside each name, as the CSV files and a crosswalk know
// the unit by it. With the names put back to the codes, page and warning
// are byte for byte those of the same study without short names, and the
// CSV files are the same bytes with or without them (ids are their join
// keys; no column is added).
func TestFacilitatorsNameUnitsByShortName(t *testing.T) {
	coded, plain, short := eOfficeStudy(t)
	_, keyFile := clitest.Key(t, 45)
	codeRe := regexp.MustCompile(`1\.\d\d\.\d\d\.0000`)
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			outs := map[string]string{}
			errs := map[string]string{}
			for name, study := range map[string]string{"coded": coded, "plain": plain} {
				outs[name] = filepath.Join(t.TempDir(), name)
				_, errs[name] = analyzeOK(t, "facilitators", study, "--purpose", "uji nama unit", "--reveal", "--key-file", keyFile,
					"--lang", lang, "--out", outs[name], "-q")
			}
			for _, f := range []string{"facilitators.csv", "facilitator_set.csv", "facilitator_spells.csv", "sector_pair_bridges.csv"} {
				got := clitest.ReadFile(t, filepath.Join(outs["coded"], f))
				if want := clitest.ReadFile(t, filepath.Join(outs["plain"], f)); got != want {
					t.Errorf("%s differs with short names: %s", f, clitest.FirstDiff([]byte(got), []byte(want)))
				}
			}
			// a code's break points (<wbr> after each dot, as the
			// report's tables write ids) are no text
			unbroken := func(s string) string { return strings.ReplaceAll(s, "<wbr>", "") }
			page := unbroken(clitest.ReadFile(t, filepath.Join(outs["coded"], "facilitators.html")))
			// every code on the page follows its unit's short name
			named := 0
			for _, m := range codeRe.FindAllStringIndex(page, -1) {
				c := page[m[0]:m[1]]
				before, after := page[:m[0]], page[m[1]:]
				switch {
				case strings.HasSuffix(before, ">"+short[c]+`<span class="name"> (`) && strings.HasPrefix(after, ")</span></td>"):
					named++ // a table's cell
				case strings.HasSuffix(before, short[c]+" [") && strings.HasPrefix(after, "]"):
					named++ // in the warning
				default:
					t.Errorf("unit %s (%s) is named by its code alone: …%s…", c, short[c], page[max(0, m[0]-60):min(len(page), m[1]+20)])
				}
			}
			rows := 0
			for _, f := range []string{"facilitators.csv", "facilitator_set.csv", "facilitator_spells.csv"} {
				rows += len(clitest.ReadCSV(t, filepath.Join(outs["coded"], f)))
			}
			spells := len(clitest.ReadCSV(t, filepath.Join(outs["coded"], "facilitator_spells.csv")))
			warned := strings.Count(errs["coded"], " [1.")
			if spells == 0 || warned == 0 {
				t.Fatalf("%d spells, %d units in the reorganisation warning: this test tests less than it says", spells, warned)
			}
			if want := rows + warned; named != want {
				t.Errorf("%d units named by short name and code on the page, want %d (%d rows of the CSV files, %d in the warning)", named, want, rows, warned)
			}
			// names put back to codes: the page and stderr of the study
			// without short names
			back := func(s string) string {
				for c, sn := range short {
					s = strings.ReplaceAll(s, sn+`<span class="name"> (`+c+")</span>", c)
					s = strings.ReplaceAll(s, sn+" ["+c+"]", c)
				}
				return s
			}
			if got, want := back(page), unbroken(clitest.ReadFile(t, filepath.Join(outs["plain"], "facilitators.html"))); got != want {
				t.Errorf("facilitators.html, names put back to codes, differs from the page without short names: %s", clitest.FirstDiff([]byte(got), []byte(want)))
			}
			if got, want := back(errs["coded"]), errs["plain"]; got != want {
				t.Errorf("stderr, names put back to codes, differs from that without short names:\n got %s\nwant %s", got, want)
			}
		})
	}
}
