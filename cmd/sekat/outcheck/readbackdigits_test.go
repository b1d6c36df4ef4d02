package outcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestReportReadBackDigits: with the output files at 15 significant
// digits, `sekat report OUTDIR` of analyze's folder of `sekat generate
// --preset hostile --seed 11 --pilot --reorg` drew the report from
// numbers other than analyze's. Sector ketertiban's E-I p, 20/27 from a
// test the sequential rule stopped, read back as 0.740740740740741, above
// 20/27, and its 95% interval was shown as 0.74-0.89 where analyze said
// 0.54-0.89; and a broker's participation under sector-blind mixing,
// derived from the weights, differed in its 15th digit. The report
// analyze draws is now drawn from the numbers the folder holds
// (result.AsWritten), and the interval takes 0.740740740740741 for 20/27
// (silo.PValueInterval): the report read back is analyze's, byte for
// byte.
func TestReportReadBackDigits(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a study of 41 units and 3,000 people")
	}
	dir := t.TempDir()
	study := filepath.Join(dir, "studi")
	if _, err := synth.Generate(study, synth.Options{Preset: "hostile", Seed: 11, Pilot: true, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	out, again := filepath.Join(dir, "hasil"), filepath.Join(dir, "lagi")
	analyzeOK(t, "analyze", study, "--out", out, "-q")
	analyzeOK(t, "report", out, "--out", again, "-q")
	first, second := clitest.ReadFile(t, filepath.Join(out, "report.html")), clitest.ReadFile(t, filepath.Join(again, "report.html"))
	if first != second {
		t.Errorf("report.html read back differs: %s", clitest.FirstDiff([]byte(first), []byte(second)))
	}
	// ketertiban's p and interval as sekat at 9d35aa1 showed them (the
	// interval of 20 exceedances in 27 shuffles, not raised to the p)
	if want := "≈ 0,741 (0,54\u2060–\u20600,89)"; !strings.Contains(pageText(first), want) {
		t.Errorf("report.html lacks ketertiban's p and interval %q", want)
	}
}

// TestExactFloorReadBack: groups.csv did not say over how many nodes the
// E-I test shuffles a group's labels, so a report read back from the
// folder lost what analyze's report said of a p at the smallest exact p
// the labels allow. On twelve units in two sectors, A and B (sector s1)
// writing to each other 40 times each way and every other pair of the
// ten others (s2) once, with 1,000 shuffles both sectors' p is 1/66, and
// analyze's report (and silos.csv) said "adjusted p = 0.030, from p =
// 1/66, the smallest p that a group of 2 of the network's 12 members
// allows: ..." where `sekat report OUTDIR` said "adjusted p = 0.030". The
// column nodes_shuffled (12 here) now carries it.
func TestExactFloorReadBack(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if err := os.MkdirAll(study, 0o755); err != nil {
		t.Fatal(err)
	}
	ids := strings.Split("ABCDEFGHIJKL", "")
	var units, staff, letters strings.Builder
	units.WriteString("unit_id,name,sector,kind\n")
	staff.WriteString("person_id,unit_id\n")
	for i, u := range ids {
		sector := "s2"
		if i < 2 {
			sector = "s1"
		}
		fmt.Fprintf(&units, "%s,Dinas %s,%s,internal\n", u, u, sector)
		fmt.Fprintf(&staff, "p%s,%s\n", u, u)
	}
	letters.WriteString("sent_at,sender,recipients\n")
	d := 0
	send := func(a, b string, n int) {
		for range n {
			d++
			fmt.Fprintf(&letters, "2025-%02d-%02d 09:00,p%s,p%s\n", d%12+1, d%27+1, a, b)
		}
	}
	send("A", "B", 40)
	send("B", "A", 40)
	for i, a := range ids[2:] {
		for _, b := range ids[2+i+1:] {
			send(a, b, 1)
		}
	}
	send("A", "C", 1)
	send("B", "E", 1)
	for name, text := range map[string]string{"units.csv": units.String(), "people.csv": staff.String(), "correspondence.csv": letters.String()} {
		if err := os.WriteFile(filepath.Join(study, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"id", "en"} {
		out, again := filepath.Join(t.TempDir(), "hasil"), filepath.Join(t.TempDir(), "lagi")
		analyzeOK(t, "analyze", study, "--out", out, "--lang", lang, "-q")
		analyzeOK(t, "report", out, "--out", again, "--lang", lang, "-q")
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "groups.csv")) {
			if r["group_type"] == "sector" && r["nodes_shuffled"] != "12" {
				t.Errorf("%s: sector %s nodes_shuffled %q, want 12", lang, r["group"], r["nodes_shuffled"])
			}
		}
		first := clitest.ReadFile(t, filepath.Join(out, "report.html"))
		if want := i18n.T(lang, "silo.pAdjExactHolm", i18n.Decimal(lang, "0.030"), "66", "2", "12"); !strings.Contains(pageText(first), want) {
			t.Errorf("%s: analyze's report lacks %q", lang, want)
		}
		if second := clitest.ReadFile(t, filepath.Join(again, "report.html")); first != second {
			t.Errorf("%s: report.html read back differs: %s", lang, clitest.FirstDiff([]byte(first), []byte(second)))
		}
	}
}
