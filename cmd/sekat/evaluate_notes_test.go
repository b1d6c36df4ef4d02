package main

import (
	"encoding/csv"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/metrics"
)

// pilotStudy generates the kabupaten study of seed 1 at scale 0.3 with
// its planted pilot (a reform on 2025-10-01), and returns its folder and
// the pilot.
func pilotStudy(t *testing.T) (string, *synth.Pilot) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.3, Pilot: true})
	if err != nil {
		t.Fatal(err)
	}
	return dir, truth.Pilot
}

// TestEvaluateDateInsidePeriodWarns: a reform date inside a period is
// named, with the period start the evaluation split at, on stderr; a date
// at a period start gives no such warning.
func TestEvaluateDateInsidePeriodWarns(t *testing.T) {
	dir, p := pilotStudy(t)
	for _, tc := range []struct {
		date, warn string
	}{
		{"2025-10-01", ""},
		{"2025-10-15", "the reform date 2025-10-15 is not the start of a period (--every month); the evaluation splits at 2025-10-01"},
	} {
		t.Run(tc.date, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			y := "date: " + tc.date + "\ntreated: [" + strings.Join(p.Treated, ", ") + "]\ncontrol: [" + strings.Join(p.Control, ", ") + "]\n"
			if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "evaluasi")
			code, stdout, stderr := sekat(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", "en")
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if got := strings.Contains(stderr, "is not the start of a period"); got != (tc.warn != "") || tc.warn != "" && !strings.Contains(stderr, tc.warn) {
				t.Errorf("stderr:\n%s\nwant warning %q", stderr, tc.warn)
			}
			if !strings.Contains(stdout, "Effect of the reform of 1 October 2025") {
				t.Errorf("stdout names another date than the split used:\n%s", stdout)
			}
		})
	}
}

// TestCompareWarnsUnreachableHolm: when a Holm family has so many tests
// that m/(P+1) exceeds alpha (the ties of a study, with 1,000
// permutations), compare warns that none of them can be significant and
// says how many permutations would allow it; the sectors' family, which
// can reach 0.05, gets no such warning.
func TestCompareWarnsUnreachableHolm(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.3}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "banding")
	code, _, stderr := sekat(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
		"--out", out, "--resamples", "100", "-q", "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	m := regexp.MustCompile(`ties_changed.csv: with 1,000 permutations and (\d+) tests of ties the smallest possible Holm-adjusted p-value is (0\.\d+) .*--permutations (\d+) or more`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no warning on the ties:\n%s", stderr)
	}
	n, _ := strconv.Atoi(m[1])
	need, _ := strconv.Atoi(m[3])
	if got, want := m[2], strconv.FormatFloat(float64(n)/1001, 'f', 3, 64); got != want || n < 100 {
		t.Errorf("%d ties: floor %s, want %s", n, got, want)
	}
	if float64(n)/float64(need+1) > 0.05 || float64(n)/float64(need) <= 0.05 {
		t.Errorf("%d ties: %d permutations suggested, want the fewest that bring n/(P+1) to 0.05", n, need)
	}
	if strings.Contains(stderr, "tests of sectors") {
		t.Errorf("warning on the sectors, whose floor is 10/1001:\n%s", stderr)
	}
}

// TestCompareNoVerdictSaysWhy: with too few permutations for any sector
// to be significant, compare does not say that no sector changed (the
// command review saw "Tidak ada sektor yang berubah secara bermakna" next
// to a fall from 0.95 to 0.48): it says none could be reported, and why,
// on stdout and on compare.html.
func TestCompareNoVerdictSaysWhy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "banding")
	stdout, _ := analyzeOK(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
		"--out", out, "--resamples", "100", "--permutations", "100", "-q")
	want := "Tidak ada sektor yang dapat dinyatakan berubah secara bermakna dengan 100 permutasi"
	if !strings.Contains(stdout, want) || strings.Contains(stdout, msg("id", "change.noChange")) {
		t.Errorf("stdout:\n%s\nwant %q and not %q", stdout, want, msg("id", "change.noChange"))
	}
	if page := readFile(t, filepath.Join(out, "compare.html")); !strings.Contains(page, want) {
		t.Errorf("compare.html lacks %q", want)
	}
}

// TestEvaluateNoPlacebo: when no placebo date fits before the reform,
// evaluate says that parallel trends were not checked, not "0 of 0
// placebo dates give an interval that holds 0" (the command review).
func TestEvaluateNoPlacebo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 5, Scale: 0.1, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-10-01\ntreated: [keuangan]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--every", "quarter", "--out", filepath.Join(t.TempDir(), "o"), "--resamples", "100", "-q")
	if want := msg("id", "evaluate.noPlacebo", msg("id", "evaluate.morePlacebo")); !strings.Contains(stdout, want) || strings.Contains(stdout, "0 dari 0") {
		t.Errorf("stdout:\n%s\nwant %q and no \"0 dari 0\"", stdout, want)
	}
	// nor does it call the interval and placebo dates the firmer guide
	// (QA of session 30)
	if strings.Contains(stdout, msg("id", "evaluate.riGuide")) || !strings.Contains(stdout, msg("id", "evaluate.riGuideNoPlacebo")) {
		t.Errorf("stdout leans on placebo dates there are none of:\n%s", stdout)
	}
}

// TestComparePeriodBeyondData: a period that runs past the data by more
// than a week is warned of (stderr and compare.json); before, compare
// counted its empty weeks and called units that simply had no data
// "dissolved" without a word (the command review).
func TestComparePeriodBeyondData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		after string
		warn  bool
	}{{"2025-12-31..2026-03-01", true}, {"2025-07-01..2026-01-01", false}} {
		out := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", c.after,
			"--out", out, "--resamples", "100", "--permutations", "100", "-q")
		got := strings.Contains(readFile(t, filepath.Join(out, "compare.json")), `"period_beyond_data"`)
		if got != c.warn || strings.Contains(stderr, "melampaui rentang data") != c.warn {
			t.Errorf("--after %s: warned %v (stderr %v), want %v", c.after, got, strings.Contains(stderr, "melampaui rentang data"), c.warn)
		}
	}
}

// TestComparePeriodGaps: a period with a quarter or more of its whole
// weeks without any event is warned of (period_gaps); before, a QA run of
// session 30 compared a period of which 9 of 17 weeks held no data and
// said "no sector changed significantly" without a word. The generated
// study with May and June 2025 emptied: the before period is warned of,
// the after period and the untouched study are not.
func TestComparePeriodGaps(t *testing.T) {
	dir, gap := smallStudyTwice(t, "celah")
	for _, name := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		dropMonths(t, filepath.Join(gap, name), "2025-05", "2025-06")
	}
	for _, c := range []struct {
		study string
		warn  bool
	}{{gap, true}, {dir, false}} {
		out := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", c.study, "--before", "2025-03-01..2025-07-01", "--after", "2025-07-01..2025-11-01",
			"--out", out, "--resamples", "100", "--permutations", "100", "-q")
		js := readFile(t, filepath.Join(out, "compare.json"))
		if got := strings.Contains(js, `"period_gaps"`); got != c.warn {
			t.Errorf("%s: warned %v, want %v\n%s", filepath.Base(c.study), got, c.warn, stderr)
		}
		if c.warn && (!strings.Contains(stderr, "--before 2025-03-01..2025-07-01: ") || strings.Contains(stderr, "--after 2025-07-01..2025-11-01: ")) {
			t.Errorf("the warning is not of --before alone:\n%s", stderr)
		}
	}
}

// TestCompareStudiesOverlap: two studies whose data overlap in time (here
// one study twice) are warned of; before, compare reported r = 1 and "no
// change" without a word (the command review).
func TestCompareStudiesOverlap(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "banding")
	_, stderr := analyzeOK(t, "compare", dir, dir, "--out", out, "--resamples", "100", "--permutations", "100", "-q")
	if !strings.Contains(stderr, "beririsan waktunya") || !strings.Contains(readFile(t, filepath.Join(out, "compare.json")), `"studies_overlap"`) {
		t.Errorf("no overlap warning:\n%s", stderr)
	}
}

// TestCompareStudiesWindowsApart: two studies are compared over their
// windows, so the overlap warning looks at those, not at the data's
// spans. Two copies of one year's export with window: set to each half
// were warned "the same days count in both periods", though the periods
// were 2025-01-01 to 2025-06-30 and 2025-07-01 to 2025-12-31.
func TestCompareStudiesWindowsApart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	half := func(name, window string) string {
		d := filepath.Join(t.TempDir(), name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no tables in %s: %v", dir, err)
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(d, filepath.Base(f)), []byte(readFile(t, f)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(d, "study.yaml"), []byte("window: "+window+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		before, after string
		warn          bool
	}{
		{"{from: 2025-01-01, to: 2025-07-01}", "{from: 2025-07-01, to: 2026-01-01}", false},
		{"{from: 2025-01-01, to: 2025-08-01}", "{from: 2025-07-01, to: 2026-01-01}", true},
	} {
		out := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", half("a", c.before), half("b", c.after), "--out", out, "--resamples", "100", "--permutations", "100", "-q")
		got := strings.Contains(readFile(t, filepath.Join(out, "compare.json")), `"studies_overlap"`)
		if got != c.warn || strings.Contains(stderr, "beririsan waktunya") != c.warn {
			t.Errorf("windows %s and %s: overlap warned %v, want %v\n%s", c.before, c.after, got, c.warn, stderr)
		}
		// the warning is on the periods, the windows it names: it said
		// "data kedua studi beririsan" (the studies' data overlap) of
		// windows whose data need not
		if c.warn && !strings.Contains(stderr, "periode kedua studi beririsan waktunya (studi pertama 2025-01-01 s.d. 2025-07-31, studi kedua 2025-07-01 s.d. 2025-12-31)") {
			t.Errorf("windows %s and %s: the warning does not name the periods as overlapping:\n%s", c.before, c.after, stderr)
		}
	}
}

// TestEffectReading: the effect is read in words only as far as its 95%
// interval goes, in both languages, and not at all when the interval is
// undefined or holds 0 beside a small p (evaluate.riDisagree says that).
// When the placebo check fails it is not read as the reform's: the arms
// were moving apart before it.
func TestEffectReading(t *testing.T) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	nan := math.NaN()
	// an evaluation without warnings: arms of 3 units, 30 and 13 blocks
	sound := change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13}
	for _, tc := range []struct {
		lang      string
		eff, l, h float64
		p         float64
		fails     bool // the placebo check
		want      string
	}{
		{"id", -0.4, -0.5, -0.3, 0.5, true, "sudah saling menjauh sebelum reformasi (5 dari 6 tanggal plasebo sebelumnya meragukan, disebutkan pada baris plasebo di bawah), sehingga efek ini tidak dapat dikaitkan dengan reformasi 2025-10-01"},
		{"en", 0.1, -0.1, 0.3, 0.5, true, "so this effect cannot be attributed to the reform of 2025-10-01"},
		{"id", -0.4, -0.5, -0.3, 0.5, false, "menjadi lebih terbuka sesudah 2025-10-01 (homofilinya turun 0.400 relatif terhadap pembanding; seluruh selang 95% di bawah 0)"},
		{"en", 0.2, 0.1, 0.3, 0.5, false, "became more closed after 2025-10-01 (its homophily rose by 0.200 relative to them; the whole 95% interval lies above 0)"},
		{"id", 0.1, -0.1, 0.3, 0.5, false, "0 berada di dalam selang 95%, sehingga data ini tidak menunjukkan apakah"},
		{"en", 0.1, -0.1, 0.3, 0.01, false, ""},
		{"en", 0.1, nan, nan, 0.5, false, ""},
		{"en", 0.1, nan, nan, 0.5, true, ""},
	} {
		d := change.DiD{Effect: tc.eff, CI: change.Interval{Low: tc.l, High: tc.h}, P: tc.p, Assignments: 10}
		got := effectReading(tc.lang, d, &sound, placeboCheck{fails: tc.fails, doubtful: 5, dates: 6}, "2025-10-01", num)
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("%s effect %v [%v, %v] p %v: %q, want %q", tc.lang, tc.eff, tc.l, tc.h, tc.p, got, tc.want)
		}
	}
}

// TestEffectReadingWarned: when evaluate warns that the effect or its
// interval cannot carry a direction, the reading states none as a
// finding, whatever the interval, and says why, in both languages: an
// arm of one unit (the QA report: "became more open" with 1 unit against
// 1, and 3 against 1), a side of the date with 2 time blocks (--to
// 2025-10-10: "became more open" after warning that the interval is too
// narrow), an arm whose homophily cannot change by construction (a
// sector of one unit: "0 lies inside the interval", a null finding).
// Without a placebo date the direction is read with the unchecked
// assumption of parallel trends in the sentence itself.
func TestEffectReadingWarned(t *testing.T) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	sound := change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13}
	with := func(f func(*change.Evaluation)) *change.Evaluation { ev := sound; f(&ev); return &ev }
	opened := change.DiD{Effect: -0.694, CI: change.Interval{Low: -0.832, High: -0.566}, P: 1, Assignments: 2}
	null := change.DiD{Effect: -0.018, CI: change.Interval{Low: -0.12, High: 0.063}, P: 1, Assignments: 2}
	placebos := placeboCheck{dates: 6}
	for _, tc := range []struct {
		name, lang string
		d          change.DiD
		ev         *change.Evaluation
		pre        placeboCheck
		want       string
	}{
		{"one unit against one", "id", opened, with(func(e *change.Evaluation) { e.TreatedUnits, e.ControlUnits = 1, 1 }), placebos,
			"Artinya: dengan 1 unit yang diperlakukan dan 1 unit pembanding yang memiliki hubungan, data ini tidak dapat memisahkan efek reformasi dari perbedaan antarunit yang dibandingkan, dan selang 95% tidak mencakup keragaman antarunit"},
		{"three units against one", "en", opened, with(func(e *change.Evaluation) { e.ControlUnits = 1 }), placebos,
			"In plain terms: with 3 treated units and 1 control unit with ties, these data cannot separate the reform from the differences between the units compared, and the 95% interval does not include the variation between units"},
		{"two blocks after", "id", opened, with(func(e *change.Evaluation) { e.PostBlocks = 2 }), placebos,
			"Artinya: selang 95% terlalu sempit untuk dibaca: selang itu mengambil ulang blok waktu pada setiap sisi tanggal, dan sisi sebelumnya hanya memuat 30 blok, sisi sesudahnya 2 blok, padahal setiap sisi memerlukan paling sedikit 4"},
		{"one block after", "en", opened, with(func(e *change.Evaluation) { e.PostBlocks = 1 }), placebos,
			"the side before holds 30 blocks, the side after 1 block, where each needs at least 4"},
		{"treated fixed", "id", null, with(func(e *change.Evaluation) { e.TreatedFixed, e.TreatedUnits = true, 1 }), placebos,
			"Artinya: homofili kelompok yang diperlakukan tidak dapat berubah menurut konstruksinya"},
		{"control fixed", "en", opened, with(func(e *change.Evaluation) { e.ControlFixed = true }), placebos,
			"In plain terms: the control group's homophily cannot change by construction"},
		{"both fixed", "en", null, with(func(e *change.Evaluation) { e.TreatedFixed, e.ControlFixed = true, true }), placebos,
			"In plain terms: the homophily of both groups cannot change by construction"},
		{"no placebo, opened", "en", opened, &sound, placeboCheck{},
			"became more open after 2025-04-01 (its homophily fell by 0.694 relative to them; the whole 95% interval lies below 0), under the assumption, unchecked here, that both groups would have moved alike without the reform"},
		{"no placebo, closed", "id", change.DiD{Effect: 0.2, CI: change.Interval{Low: 0.1, High: 0.3}, P: 1, Assignments: 2}, &sound, placeboCheck{},
			"menjadi lebih tertutup sesudah 2025-04-01 (homofilinya naik 0.200 relatif terhadap pembanding; seluruh selang 95% di atas 0), dengan asumsi, yang tidak diperiksa di sini, bahwa kedua kelompok akan bergerak sama seandainya tidak ada reformasi"},
		{"placebos, opened", "en", opened, &sound, placebos,
			"In plain terms: compared with its controls, the treated group became more open after 2025-04-01 (its homophily fell by 0.694 relative to them; the whole 95% interval lies below 0)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := effectReading(tc.lang, tc.d, tc.ev, tc.pre, "2025-04-01", num)
			if !strings.Contains(got, tc.want) {
				t.Errorf("%q\nwant %q", got, tc.want)
			}
			warned := len(tc.ev.Warnings()) > 0
			for _, dir := range []string{"more open after", "more closed after", "lebih terbuka sesudah", "lebih tertutup sesudah", "0 lies inside", "0 berada di dalam"} {
				if warned && strings.Contains(got, dir) {
					t.Errorf("%q\nstates a direction (%q) beside a warning", got, dir)
				}
			}
		})
	}
}

// TestEvaluateArmWarnings: on the command line, one unit against one and
// a treated sector of one unit are warned of on stderr, and the reading
// states no direction; the pilot's own sectors get neither warning.
func TestEvaluateArmWarnings(t *testing.T) {
	dir, p := pilotStudy(t)
	// the same study with the pilot's first treated unit alone in a
	// sector of its own
	one := filepath.Join(t.TempDir(), "satu")
	if err := os.CopyFS(one, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	units := readFile(t, filepath.Join(one, "units.csv"))
	re := regexp.MustCompile(`(?m)^(` + regexp.QuoteMeta(p.TreatedUnits[0]) + `,[^,\n]*,)` + regexp.QuoteMeta(p.Treated[0]) + `,`)
	if !re.MatchString(units) {
		t.Fatalf("no row of %s in sector %s:\n%.400s", p.TreatedUnits[0], p.Treated[0], units)
	}
	if err := os.WriteFile(filepath.Join(one, "units.csv"), []byte(re.ReplaceAllString(units, "${1}sektor_tunggal,")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, study, yaml string
		warn, read        string // "": no warning of the arms
		code              string // in did.csv's warnings column of the did rows
	}{
		{"one unit against one", dir, "treated: [" + p.TreatedUnits[0] + "]\ncontrol: [" + p.ControlUnits[0] + "]\n",
			"sekat: warning: the treated group has 1 unit with ties and the control group 1; the 95 percent interval resamples the units of each arm",
			"In plain terms: with 1 treated unit and 1 control unit with ties, these data cannot separate the reform", "arm_few_units"},
		{"a sector of one unit", one, "treated: [sektor_tunggal]\ncontrol: [" + p.Control[0] + "]\n",
			"sekat: warning: in the treated group every unit with ties is the only unit of its sector with ties, before and after the reform date",
			"In plain terms: the treated group's homophily cannot change by construction", "outcome_fixed"},
		{"the pilot", dir, "treated: [" + strings.Join(p.Treated, ", ") + "]\ncontrol: [" + strings.Join(p.Control, ", ") + "]\n",
			"", "In plain terms: compared with its controls, the treated group became more open after", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			if err := os.WriteFile(reform, []byte("date: "+p.Date+"\n"+tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "o")
			stdout, stderr := analyzeOK(t, "evaluate", tc.study, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", "en")
			// did.csv says what stderr warned of, on the did rows only
			for _, r := range readCSV(t, filepath.Join(out, "did.csv")) {
				codes := strings.Split(r["warnings"], ";")
				if r["kind"] == "did" && (tc.code == "" && r["warnings"] != "" || !slices.Contains(codes, tc.code)) || r["kind"] != "did" && r["warnings"] != "" {
					t.Errorf("did.csv %s %s: warnings %q, want %q", r["outcome"], r["kind"], r["warnings"], tc.code)
				}
			}
			if tc.warn == "" && (strings.Contains(stderr, "unit with ties") || strings.Contains(stderr, "units with ties")) || !strings.Contains(stderr, tc.warn) {
				t.Errorf("stderr:\n%s\nwant %q", stderr, tc.warn)
			}
			if !strings.Contains(stdout, tc.read) {
				t.Errorf("stdout:\n%s\nwant %q", stdout, tc.read)
			}
			if guide := msg("en", "evaluate.intervalGuide"); tc.warn != "" && strings.Contains(stdout, guide) {
				t.Errorf("stdout:\n%s\nhas %q beside a warning that the interval cannot carry it", stdout, guide)
			}
		})
	}
}

// TestEvaluatePFloorMirror: three treated units against three controls
// give 20 assignments, each with a mirror (the arms swapped) of the same
// statistic, so p cannot fall below 2/20 = 0.1: evaluate says so, in both
// languages, and did.csv gives the floor. Before, it took the floor as
// 1/20 = 0.05, not above alpha, and said nothing while p was 0.100.
func TestEvaluatePFloorMirror(t *testing.T) {
	dir, p := pilotStudy(t)
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	y := "date: " + p.Date + "\ntreated: [" + strings.Join(p.TreatedUnits[:3], ", ") + "]\ncontrol: [" + strings.Join(p.ControlUnits[:3], ", ") + "]\n"
	if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want string }{
		{"id", "Dengan 20 penugasan, nilai p randomisasi tidak dapat lebih kecil dari 0,100, di atas 0,05: jumlah kelompok yang diperlakukan sama"},
		{"en", "With 20 assignments the randomisation p-value cannot be below 0.100, above 0.05: as many groups are treated as not"},
	} {
		out := filepath.Join(t.TempDir(), "evaluasi")
		stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", tc.lang)
		if !strings.Contains(stdout, tc.want) {
			t.Errorf("%s stdout:\n%s\nwant %q", tc.lang, stdout, tc.want)
		}
		did := readFile(t, filepath.Join(out, "did.csv"))
		if !regexp.MustCompile(`\nhomophily,did,[^\n]*,0\.1,20,0\.1,,[^,\n]*,[^,\n]*,,,,\n`).MatchString(did) {
			t.Errorf("did.csv: want the homophily effect with p 0.1 over 20 assignments, p_floor 0.1, no min_significant_effect and a max_possible_effect:\n%.800s", did)
		}
	}
}

// TestEvaluatePFloorAdvice: the advice beside an unreachable p says what
// would help in this design. With control: left out every other sector is
// a control already, so declaring more cannot help (the command review
// saw that advice anyway); listing units instead can. With controls
// declared and other sectors left, declaring more is the advice.
func TestEvaluatePFloorAdvice(t *testing.T) {
	dir, p := pilotStudy(t)
	for _, tc := range []struct {
		name, yaml, want, not string
	}{
		{"control left out", "treated: [" + p.Treated[0] + "]\n", msg("en", "evaluate.pFloorUnits"), "Declare more control groups"},
		// 1 treated, 1 control and 8 sectors left: all 10 give 10
		// assignments, p at least 0.1, so more controls cannot help (the
		// advice "8 more could serve" was futile: QA of session 40)
		{"one control declared", "treated: [" + p.Treated[0] + "]\ncontrol: [" + p.Control[0] + "]\n",
			msg("en", "evaluate.pFloorControlsFutile", 8, "0.100") + " " + msg("en", "evaluate.pFloorUnitsInstead"), "Declare more control groups"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			if err := os.WriteFile(reform, []byte("date: "+p.Date+"\n"+tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "--resamples", "100", "-q", "--lang", "en")
			if !strings.Contains(stdout, tc.want) || strings.Contains(stdout, tc.not) {
				t.Errorf("stdout:\n%s\nwant %q and not %q", stdout, tc.want, tc.not)
			}
		})
	}
	for _, tc := range []struct {
		ev   change.Evaluation
		key  string
		args []any
	}{
		// 2 treated of 10 once the 3 left are declared: 45 assignments,
		// p down to 1/45 = 0.022, so more controls can help
		{change.Evaluation{Treated: []string{"a", "b"}, Control: []string{"c", "d", "e", "f", "g"}, Spare: 3, BySector: true}, "evaluate.pFloorControls", []any{3}},
		{change.Evaluation{Treated: []string{"a", "b"}, Control: []string{"c", "d", "e", "f", "g"}, Spare: 3}, "evaluate.pFloorControls", []any{3}},
		{change.Evaluation{BySector: true}, "evaluate.pFloorUnits", nil},
		{change.Evaluation{}, "evaluate.pFloorFewUnits", []any{"0.05"}},
	} {
		for _, lang := range []string{"id", "en"} {
			if got, want := pFloorAdvice(lang, &tc.ev, "0.05", 1000), msg(lang, tc.key, tc.args...); got != want {
				t.Errorf("%s %+v: %q, want %q", lang, tc.ev, got, want)
			}
		}
	}
	// 1 treated sector, 2 controls, 1 left: 4 assignments with it, p
	// at least 1/4; by units, 1 treated of 4 likewise
	for _, tc := range []struct {
		ev   change.Evaluation
		want []string
	}{
		{change.Evaluation{Treated: []string{"a"}, Control: []string{"b", "c"}, Spare: 1, BySector: true},
			[]string{msg("en", "evaluate.pFloorControlsFutile", 1, "0.250"), msg("en", "evaluate.pFloorUnitsInstead")}},
		{change.Evaluation{Treated: []string{"a"}, Control: []string{"b", "c"}, Spare: 1},
			[]string{msg("en", "evaluate.pFloorControlsFutile", 1, "0.250"), msg("en", "evaluate.pFloorTooFewUnits", "0.05")}},
		// 2 of 4 treated: 6 assignments, each with its mirror, p at least 2/6
		{change.Evaluation{Treated: []string{"a", "b"}, Control: []string{"c"}, Spare: 1, BySector: true},
			[]string{msg("en", "evaluate.pFloorControlsFutile", 1, "0.333"), msg("en", "evaluate.pFloorUnitsInstead")}},
	} {
		if got, want := pFloorAdvice("en", &tc.ev, "0.05", 1000), strings.Join(tc.want, " "); got != want {
			t.Errorf("%+v: %q, want %q", tc.ev, got, want)
		}
	}
}

// TestEvaluatePlaceboFails: with the reform date put at 2025-12-15 on the
// pilot study every placebo date from April to November excludes 0 (the
// pilot opened the treated sector on 2025-10-01). Evaluate then does not
// read the effect as the reform's ("became more open after ...", as it
// did): the reading says it cannot be attributed to the date, and the
// placebo line says what its count means, where before it gave the bare
// "0 of 8 placebo dates give an interval that includes 0" (now "Each of
// the 8 placebo dates is doubtful (...)", naming them). At the pilot's
// own date the placebo line says the groups moved in parallel.
func TestEvaluatePlaceboFails(t *testing.T) {
	dir, p := pilotStudy(t)
	for _, tc := range []struct {
		date, lang string
		want, not  []string
	}{
		{"2025-12-15", "en", []string{"so this effect cannot be attributed to the reform of 1 December 2025",
			"Each of the 8 placebo dates is doubtful (1 April 2025 (interval excludes 0", "so the treated and control groups do not appear to have moved in parallel"},
			[]string{"became more open", "became more closed"}},
		{"2025-12-15", "id", []string{"sehingga efek ini tidak dapat dikaitkan dengan reformasi 1 Desember 2025",
			"Masing-masing dari 8 tanggal plasebo meragukan (1 April 2025 (selang tidak memuat 0", "sehingga kelompok yang diperlakukan dan kelompok pembanding tampaknya tidak bergerak sejajar"},
			[]string{"menjadi lebih terbuka", "menjadi lebih tertutup"}},
		{p.Date, "en", []string{"became more open after " + i18n.Day("en", p.Date), "Each of the 6 placebo dates gives an interval that includes 0: as far as these intervals show, the treated and control groups moved in parallel"},
			// 1 treated, 1 control: 2 assignments and a p of at least 1, no
			// sign of parallel trends (TestPlaceboLineWhenPCannotReachAlpha)
			[]string{"cannot be attributed"}},
	} {
		t.Run(tc.date+" "+tc.lang, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			y := "date: " + tc.date + "\ntreated: [" + strings.Join(p.Treated, ", ") + "]\ncontrol: [" + strings.Join(p.Control, ", ") + "]\n"
			if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
				t.Fatal(err)
			}
			stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "--resamples", "100", "-q", "--lang", tc.lang)
			for _, w := range tc.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout:\n%s\nwant %q", stdout, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(stdout, n) {
					t.Errorf("stdout:\n%s\nhas %q", stdout, n)
				}
			}
		})
	}
}

// TestEvaluateNoPostPeriod: a reform date after the data is refused in
// the user's language, naming the reform file and the line of date:, the
// span of the data read and what to write. Before, the message was
// "change: no period after the reform date; widen the window", in English
// even in Indonesian mode, naming neither file nor dates.
func TestEvaluateNoPostPeriod(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reformasi.yaml")
	if err := os.WriteFile(reform, []byte("# uji coba\ntreated: [kesehatan]\ndate: 2027-01-01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang string
		args []string
		want string
	}{
		{"id", nil, reform + " baris 3: tanggal reformasi 2027-01-01 tidak menyisakan satu periode pun sesudahnya: data yang dibaca berlangsung dari 2025-01-0"},
		{"id", nil, "s.d. 2025-12-31, dan periode terakhir (--every month) dimulai 2025-12-01; tulis date: pada atau sebelum 2025-12-31, atau, bila datanya berlanjut melewati tanggal reformasi, perlebar jendela waktu (--to)"},
		{"en", []string{"--to", "2025-10-10"}, reform + " line 3: the reform date 2027-01-01 leaves no period after it: the data read run from 2025-01-0"},
		{"en", []string{"--to", "2025-10-10"}, "to 2025-10-09, and the last period (--every month) starts 2025-10-01; write a date: on or before 2025-10-09, or, if the data go on"},
	} {
		args := append([]string{"evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", tc.lang}, tc.args...)
		code, _, stderr := sekat(t, args...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "change: ") {
			t.Errorf("%s %v: exit %d, stderr:\n%s\nwant exit 2 and %q", tc.lang, tc.args, code, stderr, tc.want)
		}
	}
}

// TestEvaluateFewPrePeriodsNamesFile: a reform date too early for 3
// periods before it is refused at the reform file and the line of date:,
// in both languages, as a date after the data is. Before, the message
// named neither, unlike every other problem of the reform file.
func TestEvaluateFewPrePeriodsNamesFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reformasi-awal.yaml")
	if err := os.WriteFile(reform, []byte("# uji coba\ntreated: [kesehatan]\ndate: 2025-02-01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want string }{
		// the data begin on 2 January 2025: no wider window adds a
		// period (TestEvaluateFewPreNoEarlierData)
		{"id", "sekat: " + reform + " baris 3: tanggal reformasi 2025-02-01 hanya menyisakan 1 periode sebelumnya, dan data studi baru dimulai pada 2025-01-02, sehingga jendela yang lebih lebar tidak menambah periode; diperlukan paling sedikit 3"},
		{"en", "sekat: " + reform + " line 3: the reform date 2025-02-01 leaves only 1 period before it, and the study's data begin on 2025-01-02, so a wider window adds none; at least 3 are needed"},
	} {
		code, _, stderr := sekat(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", tc.lang)
		if code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 2 and %q", tc.lang, code, stderr, tc.want)
		}
	}
}

// TestEvaluateShortPost: a window that ends 9 days after the reform
// (--to 2025-10-10) is warned of, with its dates, days and blocks and the
// data it would need, in both languages; the whole year after is not.
// Before, such a run gave its interval without a word.
func TestEvaluateShortPost(t *testing.T) {
	dir, p := pilotStudy(t)
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	y := "date: " + p.Date + "\ntreated: [" + strings.Join(p.Treated, ", ") + "]\ncontrol: [" + strings.Join(p.Control, ", ") + "]\n"
	if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang string
		args []string
		want string
	}{
		{"en", []string{"--to", "2025-10-10"}, "sekat: warning: the periods after the reform (2025-10-01 to 2025-10-09) hold only 9 days in 2 time blocks; the 95 percent interval resamples the blocks of each side and needs at least 4"},
		{"en", []string{"--to", "2025-10-10"}, "evaluate with data up to 2025-10-29 or later (widen --to"},
		{"id", []string{"--to", "2025-10-10"}, "sekat: peringatan: periode sesudah reformasi (2025-10-01 s.d. 2025-10-09) hanya 9 hari dalam 2 blok waktu"},
		{"en", nil, ""},
	} {
		args := append([]string{"evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "--resamples", "100", "-q", "--lang", tc.lang}, tc.args...)
		_, stderr := analyzeOK(t, args...)
		if tc.want == "" && (strings.Contains(stderr, "time blocks") || strings.Contains(stderr, "blok waktu")) || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s %v: stderr:\n%s\nwant %q", tc.lang, tc.args, stderr, tc.want)
		}
	}
}

// TestHolmFloorSaidPlainly: the warning gave the floor as "the number of
// tests over permutations + 1", which reads as (m/P) + 1; it now says the
// division with its numbers, m divided by P + 1, in both languages.
func TestHolmFloorSaidPlainly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 8401, Scale: 0.2, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	for lang, re := range map[string]string{
		"en": `with 1,000 permutations and (\d+) tests of ties the smallest possible Holm-adjusted p-value is (0\.\d+) \(the (\d+) tests divided by 1,001, one more than the permutations; never above 1\)`,
		"id": `dengan 1\.000 permutasi dan (\d+) ikatan yang diuji, nilai p terkoreksi Holm terkecil yang mungkin adalah (0,\d+) \((\d+) uji dibagi 1\.001, yaitu banyaknya permutasi ditambah satu; tidak pernah di atas 1\)`,
	} {
		out := filepath.Join(t.TempDir(), "banding")
		code, _, stderr := sekat(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--out", out, "--resamples", "100", "-q", "--lang", lang)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		m := regexp.MustCompile(re).FindStringSubmatch(stderr)
		if m == nil {
			t.Fatalf("%s: the ties' warning does not say the division plainly:\n%s", lang, stderr)
		}
		n, _ := strconv.Atoi(m[1])
		if m[3] != m[1] || strings.ReplaceAll(m[2], ",", ".") != strconv.FormatFloat(float64(n)/1001, 'f', 3, 64) {
			t.Errorf("%s: %s tests, floor %s, divided %s", lang, m[1], m[2], m[3])
		}
	}
}

// TestPlaceboChance: of six placebo dates, each checked twice at 5% (its
// interval and its randomisation p, change.PlaceboDoubtful), up to about
// 0.6 are doubtful by chance alone even with parallel trends, but the
// placebo line read one excluding date as a sign that the trends were not
// quite parallel without saying so; and a single placebo date decided the
// check alone ("0 of 1 placebo date gives an interval that includes 0: at
// least half exclude it, so the treated and control groups were not
// moving in parallel") without saying that it was one date. The lines
// give the count expected by chance, and a single date says it stands
// alone.
func TestPlaceboChance(t *testing.T) {
	for _, c := range []struct {
		name                       string
		passed, doubtful, undefind int
		want                       string
	}{
		{"some of six", 5, 1, 0, "Each date is checked twice at the 0.05 level (its interval and its randomisation p), so even with parallel trends up to about 0.6 of the 6 could be doubtful by chance alone"},
		{"half of four", 2, 2, 0, "(Each date is checked twice at the 0.05 level, its interval and its randomisation p: by chance alone up to about 0.4 of the 4 could be doubtful.)"},
		{"one doubtful", 0, 1, 0, "This rests on one date alone, checked twice at the 0.05 level (its interval and its randomisation p), which by chance flag up to one date in ten"},
		{"one passed", 1, 0, 0, "One date is a weak test of parallel trends"},
		{"all of six", 6, 0, 0, "Each of the 6 placebo dates gives an interval that includes 0 and a randomisation p, where given, above 0.05"},
	} {
		fails := c.doubtful > 0 && 2*c.doubtful >= c.passed+c.doubtful
		if got := placeboSummary("en", c.passed, c.doubtful, c.undefind, fails, "1 August 2025 (randomisation p = 0.005)", placeboFloor{}); !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %q\nwant it to contain %q", c.name, got, c.want)
		}
	}
	if got, want := placeboSummary("id", 5, 1, 0, false, "1 Agustus 2025 (p randomisasi = 0,005)", placeboFloor{}), "hingga sekitar 0,6 dari 6 tanggal itu dapat meragukan karena kebetulan saja"; !strings.Contains(got, want) {
		t.Errorf("id: %q lacks %q", got, want)
	}
	d := change.DiD{Outcome: "homophily", Kind: change.DiDEffect}
	d.CI.Low, d.CI.High = -0.8, -0.5
	got := effectReading("en", d, &change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13}, placeboCheck{fails: true, doubtful: 1, dates: 1, named: "1 August 2025 (randomisation p = 0.005)"}, "2025-10-01", func(x float64) string { return "" })
	if want := "the only placebo date before the reform, 1 August 2025 (randomisation p = 0.005), is doubtful, so this effect is not read as the reform of 2025-10-01; one date checked twice at 5% is flagged by chance up to one time in ten, so this rests on it alone"; !strings.Contains(got, want) {
		t.Errorf("one failing date: %q lacks %q", got, want)
	}
}

// TestEvaluateVolumeShift: evaluate warns when an arm's tie weight per day
// falls (or rises) more than change.VolumeShift-fold across the date. A QA
// run of session 30 moved every DINSOS person to a new unit DINSOS_BARU on
// the reform date (a renamed office without a crosswalk) and evaluate read
// a large effect from DINSOS's last few ties without a word on them. The
// pilot study as generated, whose reform changes ties but not their
// volume, is not warned of.
func TestEvaluateVolumeShift(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 7, Scale: 0.2, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-10-01\ntreated: [DINSOS]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var did string
	run := func(study string) string {
		out := filepath.Join(t.TempDir(), "o")
		_, stderr := analyzeOK(t, "evaluate", study, "--reform", reform, "--out", out, "--resamples", "100", "-q")
		did = readFile(t, filepath.Join(out, "did.csv"))
		return stderr
	}
	head := strings.SplitN(msg("id", "evaluate.volumeTreated", "\x00", change.VolumeShift), "\x00", 2)[0]
	if stderr := run(dir); strings.Contains(stderr, head) {
		t.Errorf("the pilot as generated is warned of:\n%s", stderr)
	}
	// DINSOS renamed DINSOS_BARU at the date, without a crosswalk
	appendTables(t, dir, map[string]string{"units.csv": "DINSOS_BARU,Dinas Sosial Baru,sosial,,internal\n"})
	path := filepath.Join(dir, "people.csv")
	rows, err := csv.NewReader(strings.NewReader(readFile(t, path))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	moved := 0
	for _, r := range rows { // person_id,unit_id,name,position,valid_from,valid_to
		if r[1] == "DINSOS" && r[4] == "" && r[5] == "" {
			old, renamed := slices.Clone(r), slices.Clone(r)
			old[5] = "2025-09-30"
			renamed[1], renamed[4] = "DINSOS_BARU", "2025-10-01"
			out = append(out, old, renamed)
			moved++
			continue
		}
		out = append(out, r)
	}
	if moved < 5 {
		t.Fatalf("moved %d DINSOS people", moved)
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(out); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if stderr := run(dir); !strings.Contains(stderr, head) {
		t.Errorf("DINSOS renamed at the date: no warning %q…:\n%s", head, stderr)
	}
	if !regexp.MustCompile(`(?m)^homophily,did,.*[,;]volume_shift(;|$)`).MatchString(did) {
		t.Errorf("did.csv lacks volume_shift on the did rows:\n%.600s", did)
	}
}

// TestEvaluateMinSignificantSaid: when the randomisation p could reach
// 0.05 but did not, and the interval shows no direction, the terminal
// says how large an effect the test could have called significant (did.csv's
// min_significant_effect) and that its p is then no evidence of no
// effect; not when the interval lies off 0 (the threshold then also holds
// the part of the effect that assignments sharing treated units carry),
// nor when p cannot reach 0.05 at all, which pFloor says. Before, three
// units against five on a sector without any reform read p = 0.196 and
// "these data do not show whether ..." with no word of the test's power.
func TestEvaluateMinSignificantSaid(t *testing.T) {
	dir, p := pilotStudy(t)
	for _, tc := range []struct {
		name             string
		treated, control []string
		said             bool
	}{
		// kesehatan against lingkungan and two infrastruktur units: no
		// reform planted in either on 2025-10-01
		{"no reform, three against five", []string{"DINKES", "RSUD", "DPPKB"}, []string{"DLH", "DISTAN", "DISKAN", "DPUPR", "DISPERKIM"}, true},
		{"the pilot, three against five", p.TreatedUnits[:3], append(slices.Clone(p.ControlUnits[:3]), "DLH", "DISTAN"), false},
		{"the pilot, three against three", p.TreatedUnits[:3], p.ControlUnits[:3], false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			y := "date: 2025-10-01\ntreated: [" + strings.Join(tc.treated, ", ") + "]\ncontrol: [" + strings.Join(tc.control, ", ") + "]\n"
			if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"en", "id"} {
				out := filepath.Join(t.TempDir(), "evaluasi")
				stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", lang)
				var row map[string]string
				for _, r := range readCSV(t, filepath.Join(out, "did.csv")) {
					if r["outcome"] == "homophily" && r["kind"] == "did" {
						row = r
					}
				}
				pv, _ := strconv.ParseFloat(row["p_randomisation"], 64)
				least, err := strconv.ParseFloat(row["min_significant_effect"], 64)
				if tc.said && (err != nil || pv <= change.DefaultAlpha) {
					t.Fatalf("did row: p %q, min_significant_effect %q; want p above 0.05 and a threshold", row["p_randomisation"], row["min_significant_effect"])
				}
				want := msg(lang, "evaluate.minSignificant", i18n.Int(lang, 56), i18n.Decimal(lang, "0.05"), i18n.Decimal(lang, strconv.FormatFloat(least, 'f', 3, 64)),
					i18n.Decimal(lang, strconv.FormatFloat(mustFloat(t, row["effect"]), 'f', 3, 64)), i18n.Decimal(lang, "0.05"))
				frag := map[string]string{"en": "only for an effect on homophily larger than", "id": "untuk efek pada homofili yang nilai mutlaknya lebih dari"}[lang]
				if tc.said && !strings.Contains(stdout, want) {
					t.Errorf("%s stdout:\n%s\nwant %q", lang, stdout, want)
				}
				if !strings.Contains(want, frag) || !tc.said && strings.Contains(stdout, frag) {
					t.Errorf("%s stdout says the smallest significant effect:\n%s", lang, stdout)
				}
			}
		})
	}
}

// mustFloat parses s as a float.
func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return x
}

// writeReform writes a reform.yaml of date, treated and control into a
// temporary folder and returns its path.
func writeReform(t *testing.T, date string, treated, control []string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "reform.yaml")
	y := "date: " + date + "\ntreated: [" + strings.Join(treated, ", ") + "]\ncontrol: [" + strings.Join(control, ", ") + "]\n"
	if err := os.WriteFile(path, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// didRows reads the rows of did.csv in out of outcome and kind.
func didRows(t *testing.T, out, outcome, kind string) []map[string]string {
	t.Helper()
	var rows []map[string]string
	for _, r := range readCSV(t, filepath.Join(out, "did.csv")) {
		if r["outcome"] == outcome && r["kind"] == kind {
			rows = append(rows, r)
		}
	}
	return rows
}

// TestEvaluateWindowPastData: periods without any tie at the ends of a
// window that reaches past the data are left out, with a warning naming
// both spans: they no longer count among the periods before the date
// (--from three months before the data let a date one month into them
// through, with a "randomisation p = NaN" and an unchecked reading), and
// the effect is the one of the data's own window.
func TestEvaluateWindowPastData(t *testing.T) {
	dir, p := pilotStudy(t)
	control := append(slices.Clone(p.Control), "DLH", "DISTAN")
	if len(p.ControlUnits) > 0 {
		control = append(slices.Clone(p.ControlUnits), "DLH", "DISTAN")
	}
	early := writeReform(t, "2025-02-01", p.TreatedUnits, control)
	code, _, stderr := sekat(t, "evaluate", dir, "--reform", early, "--from", "2024-10-01", "--out", filepath.Join(t.TempDir(), "e"), "--resamples", "100", "-q", "--lang", "en")
	if code != exitUsage || !strings.Contains(stderr, "leaves only 1 period before it, and the study's data begin on 2025-01-02, so a wider window adds none; at least 3 are needed") {
		t.Errorf("a date one month into the data, window from three months before it: exit %d\n%s", code, stderr)
	}
	reform := writeReform(t, p.Date, p.TreatedUnits, control)
	plain, wide := filepath.Join(t.TempDir(), "plain"), filepath.Join(t.TempDir(), "wide")
	analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", plain, "--resamples", "100", "-q", "--lang", "en")
	_, stderr = analyzeOK(t, "evaluate", dir, "--reform", reform, "--from", "2024-10-01", "--out", wide, "--resamples", "100", "-q", "--lang", "en")
	if want := "the window (1 October 2024 to 31 December 2025) runs past the study's data: its 3 periods at the start or end without any tie are left out"; !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr, want)
	}
	if n := len(didRows(t, wide, "homophily", "period")); n != 12 {
		t.Errorf("%d period rows, want the 12 months of the data", n)
	}
	a, b := didRows(t, plain, "homophily", "did")[0], didRows(t, wide, "homophily", "did")[0]
	for _, c := range []string{"effect", "effect_low", "effect_high", "p_randomisation", "assignments"} {
		if a[c] != b[c] {
			t.Errorf("%s: %s with the data's window, %s with the wider one", c, a[c], b[c])
		}
	}
}

// TestEvaluateEmptyPeriodsInside: months inside the data without any
// event (February and March dropped from the pilot study) are warned of,
// and are not counted as periods with data before the reform date or a
// placebo date: a date of 1 April, with one month of data before it, is
// refused, saying that two of the three months hold none; on 1 October
// the placebo dates begin in June, the first with three months of data
// before it.
func TestEvaluateEmptyPeriodsInside(t *testing.T) {
	dir, p := pilotStudy(t)
	for _, table := range []struct{ file, column string }{{"correspondence.csv", "sent_at"}, {"meetings.csv", "start"}, {"data_sharing.csv", "at"}} {
		path := filepath.Join(dir, table.file)
		fh, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		at := slices.Index(rows[0], table.column)
		keep := rows[:1]
		for _, r := range rows[1:] {
			if !strings.HasPrefix(r[at], "2025-02") && !strings.HasPrefix(r[at], "2025-03") {
				keep = append(keep, r)
			}
		}
		var b strings.Builder
		w := csv.NewWriter(&b)
		if err := w.WriteAll(keep); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	control := append(slices.Clone(p.ControlUnits), "DLH")
	code, _, stderr := sekat(t, "evaluate", dir, "--reform", writeReform(t, "2025-04-01", p.TreatedUnits, control),
		"--out", filepath.Join(t.TempDir(), "e"), "--resamples", "100", "-q", "--lang", "en")
	if code != exitUsage || !strings.Contains(stderr, "leaves only 1 period with ties before it (2 of the 3 periods before it hold none)") {
		t.Errorf("a date after one month of data and two empty ones: exit %d\n%s", code, stderr)
	}
	out := filepath.Join(t.TempDir(), "e")
	_, stderr = analyzeOK(t, "evaluate", dir, "--reform", writeReform(t, p.Date, p.TreatedUnits, control), "--out", out, "--resamples", "100", "-q", "--lang", "en")
	if want := "2 periods inside the data hold no tie at all (1–28 February 2025 and 1–31 March 2025)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr, want)
	}
	var dates []string
	for _, r := range didRows(t, out, "homophily", "placebo") {
		dates = append(dates, r["date"])
	}
	if want := []string{"2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"}; !slices.Equal(dates, want) {
		t.Errorf("placebo dates %v, want %v (three months with data before each)", dates, want)
	}
}

// TestEvaluateEffectLineUndefined: the first line of the reading says an
// undefined effect, interval or randomisation p in words, never NaN.
func TestEvaluateEffectLineUndefined(t *testing.T) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	nan := math.NaN()
	for _, tc := range []struct {
		name string
		d    change.DiD
		want string
	}{
		{"all defined", change.DiD{Effect: -0.5, CI: change.Interval{Low: -0.6, High: -0.4}, P: 0.02, Assignments: 56},
			"-0.500 (95% interval -0.600 to -0.400; randomisation p = 0.020 over 56 assignments)"},
		{"no p", change.DiD{Effect: -0.5, CI: change.Interval{Low: -0.6, High: -0.4}, P: nan, Assignments: 56},
			"-0.500 (95% interval -0.600 to -0.400; no randomisation p: its statistic divides the effect by the spread"},
		{"no interval", change.DiD{Effect: -0.5, CI: change.Interval{Low: nan, High: nan}, P: 0.3, Assignments: 56},
			"-0.500 (no 95% interval: more than half of its resamples are undefined; randomisation p = 0.300"},
		{"no effect", change.DiD{Effect: nan, CI: change.Interval{Low: nan, High: nan}, P: nan, Assignments: 56},
			"(difference in differences): not defined, since"},
		// assignments drawn at random, none as extreme: 1/1000 is a
		// bound, rounded up (it read "randomisation p = 0.001")
		{"drawn, at the floor", change.DiD{Effect: -0.5, CI: change.Interval{Low: -0.6, High: -0.4}, P: 1.0 / 1000, PFloor: 1.0 / 1000, Assignments: 999},
			"randomisation p ≤ 0.001, the floor of 999 randomly drawn assignments"},
		// listed in full, the p is exact even at its floor
		{"listed, at the floor", change.DiD{Effect: -0.5, CI: change.Interval{Low: -0.6, High: -0.4}, P: 1.0 / 56, PFloor: 1.0 / 56, Assignments: 56},
			"randomisation p = 0.018 over 56 assignments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := effectLine("en", tc.d, "1 October 2025", num)
			if !strings.Contains(got, tc.want) || strings.Contains(got, "NaN") {
				t.Errorf("got %q, want it to hold %q and no NaN", got, tc.want)
			}
		})
	}
}

// TestEvaluateUnitsOneSide: a unit of an arm with ties on one side of the
// date only (here the units that a reorganisation creates on the date,
// evaluated without the crosswalk) is named in a warning, and did.csv's
// did rows carry units_one_side; with the crosswalk, which counts the old
// units' ties for the new ones, neither. Before, only the warning of units
// seen in one half of the window spoke of them, which a reform date in
// the first half of the window does not match.
func TestEvaluateUnitsOneSide(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 5, Scale: 0.3, Reorg: true})
	if err != nil {
		t.Fatal(err)
	}
	rg := truth.Reorg
	treated := []string{rg.Merged[0].New, rg.Renamed[0].New}
	reform := writeReform(t, rg.Date, treated, []string{"DISDIK", "DISPORA", "DISPUSIP"})
	for _, tc := range []struct {
		name string
		args []string
		warn bool
	}{
		{"no crosswalk", nil, true},
		{"crosswalk", []string{"--crosswalk", filepath.Join(dir, rg.Crosswalk)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "e")
			_, stderr := analyzeOK(t, append([]string{"evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", "en"}, tc.args...)...)
			said := strings.Contains(stderr, "2 units of the treated arm (") && strings.Contains(stderr, ") have ties only after the reform date, none before it")
			for _, u := range treated {
				said = said && strings.Contains(stderr, u)
			}
			if said != tc.warn || !tc.warn && strings.Contains(stderr, "ties only after the reform date") {
				t.Errorf("stderr:\n%s\nwant the warning of units with ties on one side: %v", stderr, tc.warn)
			}
			code := didRows(t, out, "homophily", "did")[0]["warnings"]
			if slices.Contains(strings.Split(code, ";"), change.WarnUnitsOneSide) != tc.warn {
				t.Errorf("did.csv warnings %q, want %s: %v", code, change.WarnUnitsOneSide, tc.warn)
			}
		})
	}
}

// TestEvaluateAllTreated: a reform.yaml that treats every sector with
// internal units, control: left out, is refused saying that none is left
// as a control and to list fewer treated groups. Before, it said "no
// control group; list the control sectors ... under the key control",
// which no sector could satisfy: each is treated already.
func TestEvaluateAllTreated(t *testing.T) {
	dir, _ := pilotStudy(t)
	var sectors []string
	for _, r := range readCSV(t, filepath.Join(dir, "units.csv")) {
		if r["kind"] == "internal" && !slices.Contains(sectors, r["sector"]) {
			sectors = append(sectors, r["sector"])
		}
	}
	path := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(path, []byte("date: 2025-10-01\ntreated: ["+strings.Join(sectors, ", ")+"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want string }{
		{"en", "every sector with internal units (or every internal unit) is treated, so none is left as a control"},
		{"id", "setiap sektor yang memiliki unit internal (atau setiap unit internal) sudah diperlakukan"},
	} {
		code, _, stderr := sekat(t, "evaluate", dir, "--reform", path, "--out", filepath.Join(t.TempDir(), "e"), "--resamples", "100", "-q", "--lang", tc.lang)
		if code != exitUsage || !strings.Contains(stderr, path) || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: exit %d\n%s\nwant exit 2, the file and %q", tc.lang, code, stderr, tc.want)
		}
	}
}

// TestSayMinSignificant: the smallest significant effect is said when p
// could reach 0.05 but did not and the interval holds 0; not when p is at
// most 0.05, when the interval lies off 0, when p cannot reach 0.05 (no
// threshold) or when the threshold shows as 0.000: on a study whose
// periods after the date repeat those before it every assignment's effect
// is 0, the threshold too, and "larger than 0.000 ... no evidence that the
// reform had no effect" said nothing.
func TestSayMinSignificant(t *testing.T) {
	in := change.Interval{Low: -0.06, High: 0.06}
	for _, tc := range []struct {
		name string
		d    change.DiD
		want bool
	}{
		{"p above, interval holds 0", change.DiD{P: 0.2, Assignments: 35, CI: in, Detectable: 0.059}, true},
		{"p at most 0.05", change.DiD{P: 0.03, Assignments: 35, CI: in, Detectable: 0.059}, false},
		{"interval below 0", change.DiD{P: 0.07, Assignments: 56, CI: change.Interval{Low: -0.84, High: -0.72}, Detectable: 1.08}, false},
		{"no threshold", change.DiD{P: 0.1, Assignments: 20, CI: in, Detectable: math.NaN()}, false},
		{"threshold 0", change.DiD{P: 1, Assignments: 56, CI: in, Detectable: 0}, false},
		{"threshold below the digits shown", change.DiD{P: 1, Assignments: 56, CI: in, Detectable: 0.0003}, false},
	} {
		if got := sayMinSignificant(tc.d); got != tc.want {
			t.Errorf("%s: said %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestEvaluatePartialPeriodNotCounted: a period cut short by the window
// (--from on 30 January: a "month" of two days) is not counted as a whole
// period before the reform date. It made the third period before a date
// of 1 April, which two whole months cannot judge, let a placebo date of
// 1 April through on two whole months, and entered the spread of the gap
// that scales the randomisation p. The warning names it; its ties still
// count in the pooled sums of its side.
func TestEvaluatePartialPeriodNotCounted(t *testing.T) {
	dir, p := pilotStudy(t)
	april := writeReform(t, "2025-04-01", p.Treated, p.Control)
	code, _, stderr := sekat(t, "evaluate", dir, "--reform", april, "--from", "2025-01-30", "--out", filepath.Join(t.TempDir(), "e"), "--resamples", "100", "-q", "--lang", "en")
	if want := "the reform date 2025-04-01 leaves only 2 whole periods with ties before it, of the 3 before it (cut short by the window: 30 January 2025 to 31 January 2025, 2 days)"; code != exitUsage || !strings.Contains(stderr, want) {
		t.Errorf("a date two whole months into a window from 30 January: exit %d\n%s\nwant exit %d and %q", code, stderr, exitUsage, want)
	}
	reform := writeReform(t, p.Date, p.Treated, p.Control)
	cut, whole := filepath.Join(t.TempDir(), "cut"), filepath.Join(t.TempDir(), "whole")
	_, stderr = analyzeOK(t, "evaluate", dir, "--reform", reform, "--from", "2025-01-30", "--out", cut, "--resamples", "100", "-q", "--lang", "en")
	if want := "the window cuts 1 period before the reform date short (30 January 2025 to 31 January 2025, 2 days)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr, want)
	}
	analyzeOK(t, "evaluate", dir, "--reform", reform, "--from", "2025-02-01", "--out", whole, "--resamples", "100", "-q", "--lang", "en")
	dates := func(out string) []string {
		var ds []string
		for _, r := range didRows(t, out, "homophily", "placebo") {
			ds = append(ds, r["date"])
		}
		return ds
	}
	if got, want := dates(cut), dates(whole); !slices.Equal(got, want) {
		t.Errorf("placebo dates from 30 January %v, want those from 1 February %v: three whole months before each", got, want)
	}
	if got := len(didRows(t, cut, "homophily", "period")); got != 12 {
		t.Errorf("%d period rows, want 12: the two days of January keep theirs", got)
	}
}

// TestComparePeriodGapsTwoWeeks: two whole weeks without any event in a
// half-year (5 to 18 May removed: with the Idul Fitri week, 3 of its 25
// whole weeks) are warned of, which the rule of a quarter of the weeks
// left unsaid; the generated study's one empty week, its Idul Fitri
// holiday, is not.
func TestComparePeriodGapsTwoWeeks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	gap := filepath.Join(t.TempDir(), "celah")
	if err := os.CopyFS(gap, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	for _, table := range []struct{ file, column string }{{"correspondence.csv", "sent_at"}, {"meetings.csv", "start"}, {"data_sharing.csv", "at"}} {
		path := filepath.Join(gap, table.file)
		rows := readCSVRows(t, path)
		at := slices.Index(rows[0], table.column)
		keep := rows[:1]
		for _, r := range rows[1:] {
			if d := r[at][:10]; d < "2025-05-05" || d >= "2025-05-19" {
				keep = append(keep, r)
			}
		}
		if len(keep) == len(rows) {
			t.Fatalf("%s: no row from 5 to 18 May 2025", table.file)
		}
		writeCSVRows(t, path, keep)
	}
	for _, c := range []struct {
		study string
		warn  string
	}{{gap, "--before 2025-01-01..2025-07-01: 3 of its 25 whole weeks hold no event at all (the first the week of 31 March 2025)"}, {dir, ""}} {
		out := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", c.study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--out", out, "--resamples", "100", "--permutations", "100", "-q", "--lang", "en")
		js := readFile(t, filepath.Join(out, "compare.json"))
		if got, want := strings.Contains(js, `"period_gaps"`), c.warn != ""; got != want {
			t.Errorf("%s: period_gaps in compare.json %v, want %v\n%s", filepath.Base(c.study), got, want, stderr)
		}
		if c.warn != "" && !strings.Contains(stderr, c.warn) {
			t.Errorf("%s: stderr\n%s\nwant %q", filepath.Base(c.study), stderr, c.warn)
		}
		if strings.Contains(stderr, "--after 2025-07-01..2026-01-01: ") {
			t.Errorf("%s: the second half, without a gap, warned of:\n%s", filepath.Base(c.study), stderr)
		}
	}
}

// readCSVRows reads every record of the CSV file at path.
func readCSVRows(t *testing.T, path string) [][]string {
	t.Helper()
	return clitest.ReadRows(t, path)
}

// writeCSVRows writes rows to the CSV file at path.
func writeCSVRows(t *testing.T, path string, rows [][]string) {
	t.Helper()
	clitest.WriteRows(t, path, rows)
}

// TestCompareTerminalSaysDisagreement: where a change's 95% interval and
// its p-value point different ways, the terminal says so and which to rely
// on, as compare.html does under its tables. On the pilot study's halves
// (sekat generate --seed 1 --scale 0.3 --pilot) the intervals of lingkungan
// and sosial leave out 0 beside "no significant change", and the density's
// p is 0.002 beside an interval holding 0; the terminal printed neither
// (the page named the groups only).
func TestCompareTerminalSaysDisagreement(t *testing.T) {
	dir, _ := pilotStudy(t)
	out := filepath.Join(t.TempDir(), "banding")
	stdout, _ := analyzeOK(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--out", out, "-q", "--lang", "en")
	num := func(s string) float64 {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return math.NaN()
		}
		return x
	}
	var notShown, significant []string
	var notShownTypes, significantTypes []metrics.GroupType
	for _, r := range readCSV(t, filepath.Join(out, "changes_groups.csv")) {
		lo, hi := num(r["homophily_change_low"]), num(r["homophily_change_high"])
		if math.IsNaN(lo) || math.IsNaN(hi) {
			continue
		}
		excludes := lo > 0 || hi < 0
		switch r["verdict"] {
		case "no significant change":
			if excludes {
				notShown = append(notShown, r["name"])
				notShownTypes = append(notShownTypes, metrics.GroupType(r["type"]))
			}
		case "opened", "closed", "formed", "significant but small":
			if !excludes {
				significant = append(significant, r["name"])
				significantTypes = append(significantTypes, metrics.GroupType(r["type"]))
			}
		}
	}
	var density string
	for _, r := range readCSV(t, filepath.Join(out, "changes_network.csv")) {
		if r["measure"] == "density" && num(r["value_p"]) <= 0.05 && num(r["value_change_low"]) <= 0 && num(r["value_change_high"]) >= 0 {
			density = "For density (whole network), the permutation p-value of the change is at most 0.05, yet the 95% interval of the change holds 0. Rely on the p-value"
		}
	}
	if len(notShown) == 0 || density == "" {
		t.Fatalf("the study no longer has a group whose interval leaves out 0 without a verdict (%v) and a density with p <= 0.05 and an interval holding 0 (%q): pick another", notShown, density)
	}
	page := html.UnescapeString(readFile(t, filepath.Join(out, "compare.html")))
	wants := []string{density, "For " + i18n.GroupList("en", notShownTypes, notShown) + ", the 95% interval of the change in homophily leaves out 0, yet the verdict is no significant change"}
	if len(significant) > 0 {
		wants = append(wants, "For "+i18n.GroupList("en", significantTypes, significant)+", the verdict rests on a Holm-adjusted p-value")
	}
	for _, want := range wants {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout:\n%s\nwant %q", stdout, want)
		}
		if !strings.Contains(page, want) {
			t.Errorf("compare.html lacks %q", want)
		}
	}
}

// TestPlaceboCountsRead: the placebo paragraph of evaluate read "1 of the
// 1 placebo date gives no interval" (one placebo date, and no interval at
// it), "6 of 6 placebo dates give", "0 of 4 ... give an interval that
// includes 0: at least half exclude it", "at the other 1 the groups" and,
// beside a date without an interval, "The only placebo date gives an
// interval". For every split of up to six dates into dates that include
// 0, that exclude it and that give no interval, no line of the paragraph
// or of the reading counts "N of N" or "0 of N", no English count of 1
// meets a plural ("1 dates", "other 1 the"), and "only" is said of a date
// only when no other date exists, in both languages.
func TestPlaceboCountsRead(t *testing.T) {
	decimalOrPercent := regexp.MustCompile(`\d+[.,]\d+|\d+%`)
	nOfN := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\b(\d+) of (?:the )?(\d+)\b`),
		"id": regexp.MustCompile(`\b(\d+) dari (\d+)\b`),
	}
	onlyOne := map[string]string{"en": "The only placebo date", "id": "Satu-satunya tanggal plasebo"}
	fix := func(x float64) string { return "0.5" }
	for _, lang := range []string{"en", "id"} {
		for total := 1; total <= 6; total++ {
			for covered := 0; covered <= total; covered++ {
				for excluded := 0; covered+excluded <= total; excluded++ {
					undefined := total - covered - excluded
					fails := excluded > 0 && 2*excluded >= covered+excluded
					lines := []string{placeboSummary(lang, covered, excluded, undefined, fails, "1 Juni 2025 (selang tidak memuat 0)", placeboFloor{}), placeboUndefinedLine(lang, undefined, total, false)}
					if fails {
						d := change.DiD{Outcome: "homophily", Kind: change.DiDEffect}
						d.CI.Low, d.CI.High = 0.1, 0.4
						lines = append(lines, effectReading(lang, d, &change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13},
							placeboCheck{fails: true, doubtful: excluded, dates: covered + excluded, named: "1 Juni 2025 (selang tidak memuat 0)"}, "1 Oktober 2025", fix))
					}
					for _, line := range lines {
						// the 95%, the 0.05 of the checks and the count
						// expected by chance ("0.6 of the 6") are not counts
						plain := decimalOrPercent.ReplaceAllString(line, "")
						for _, m := range nOfN[lang].FindAllStringSubmatch(plain, -1) {
							if m[1] == m[2] || m[1] == "0" {
								t.Errorf("%s, %d covered, %d excluded, %d without interval: %q says %q", lang, covered, excluded, undefined, line, m[0])
							}
						}
						if lang == "en" && regexp.MustCompile(`\b1 (dates|other|date do\b|dates do)`).MatchString(plain) {
							t.Errorf("en, %d covered, %d excluded, %d without interval: %q puts a plural after 1", covered, excluded, undefined, line)
						}
						if total > 1 && strings.Contains(line, onlyOne[lang]) {
							t.Errorf("%s, %d covered, %d excluded, %d without interval: %q calls one of %d dates the only one", lang, covered, excluded, undefined, line, total)
						}
					}
				}
			}
		}
	}
	if got, want := placeboUndefinedLine("en", 1, 1, false), "The only placebo date gives no interval"; !strings.HasPrefix(got, want) {
		t.Errorf("one date without interval: got %q, want it to begin %q", got, want)
	}
	if got, want := placeboUndefinedLine("id", 1, 1, false), "Satu-satunya tanggal plasebo tidak menghasilkan selang"; !strings.HasPrefix(got, want) {
		t.Errorf("one date without interval: got %q, want it to begin %q", got, want)
	}
}

// TestEvaluateAssignmentsCountedInWords: the reading wrote "the floor of
// 1000 randomly drawn assignments" (Indonesian "1000 penugasan"), where
// every other count is grouped ("1,000", "1.000"), and, with one group
// treated and one not, "at least 2 of the 2 reach it" (QA of session 39).
func TestEvaluateAssignmentsCountedInWords(t *testing.T) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	at := change.DiD{Effect: -0.5, CI: change.Interval{Low: -0.6, High: -0.4}, P: 1.0 / 1001, PFloor: 1.0 / 1001, Assignments: 1000}
	over := at
	over.P = 0.2
	for _, tc := range []struct {
		lang string
		d    change.DiD
		want string
	}{
		{"en", at, "the floor of 1,000 randomly drawn assignments"},
		{"id", at, "batas terkecil dari 1.000 penugasan"},
		{"en", over, "randomisation p = 0.200 over 1,000 assignments"},
		{"id", over, "p randomisasi = 0,200 dari 1.000 penugasan"}, // a p is written in the language, whatever num
	} {
		if got := effectLine(tc.lang, tc.d, "1 Oktober 2025", num); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want it to hold %q", tc.lang, got, tc.want)
		}
	}
	two := change.DiD{PFloor: 1, Assignments: 2}
	for lang, want := range map[string]string{"en": "both assignments reach it", "id": "kedua penugasan itu mencapainya"} {
		got := pFloorLine(lang, two, true, "0.05", num)
		if !strings.Contains(got, want) || strings.Contains(got, "2 of the 2") || strings.Contains(got, "2 dari 2") {
			t.Errorf("%s, 2 assignments mirrored: %q, want it to say %q", lang, got, want)
		}
	}
	four := change.DiD{PFloor: 0.5, Assignments: 4}
	if got := pFloorLine("en", four, true, "0.05", num); !strings.Contains(got, "at least 2 of the 4 reach it") {
		t.Errorf("4 assignments mirrored: %q", got)
	}
}

// TestEffectReadingPlaceboDatesWithoutInterval: placebo dates that fit
// before the reform but give no interval are not dates that do not fit,
// and one date with an interval beside such dates is not "the only
// placebo date" (qaU's QA of session 39): the reading said "no placebo
// date fits before the reform date to check it" of three dates without
// an interval, and "the only placebo date before the reform" of one of
// three.
func TestEffectReadingPlaceboDatesWithoutInterval(t *testing.T) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	sound := &change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13}
	opened := change.DiD{Effect: -0.694, CI: change.Interval{Low: -0.832, High: -0.566}, P: 1, Assignments: 2}
	for _, tc := range []struct {
		name, lang string
		pre        placeboCheck
		want, not  string
	}{
		{"none fits", "en", placeboCheck{}, "no placebo date fits before the reform date to check it", ""},
		{"one without", "en", placeboCheck{undefined: 1}, "the only placebo date before the reform gives no interval to check it", "fits"},
		{"three without", "en", placeboCheck{undefined: 3}, "none of the 3 placebo dates before the reform gives an interval to check it", "fits"},
		{"three without, id", "id", placeboCheck{undefined: 3}, "tidak satu pun dari 3 tanggal plasebo sebelum reformasi menghasilkan selang untuk memeriksanya", "muat"},
		{"one of three", "en", placeboCheck{fails: true, doubtful: 1, dates: 1, undefined: 2, named: "1 March 2025 (interval excludes 0)"}, "of the 3 placebo dates before the reform, only one can be checked, 1 March 2025 (interval excludes 0), and it is doubtful", "the only placebo date"},
		{"one of three, id", "id", placeboCheck{fails: true, doubtful: 1, dates: 1, undefined: 2, named: "1 Maret 2025 (selang tidak memuat 0)"}, "dari 3 tanggal plasebo sebelum reformasi, hanya satu yang dapat diperiksa, yaitu 1 Maret 2025 (selang tidak memuat 0)", "satu-satunya"},
		{"the only one", "en", placeboCheck{fails: true, doubtful: 1, dates: 1, named: "1 March 2025 (interval excludes 0)"}, "the only placebo date before the reform, 1 March 2025 (interval excludes 0), is doubtful", ""},
	} {
		got := effectReading(tc.lang, opened, sound, tc.pre, "2025-04-01", num)
		if !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%s: %q\nwant %q, without %q", tc.name, got, tc.want, tc.not)
		}
	}
}

func smallStudyTwice(t *testing.T, name string) (study, copied string) {
	t.Helper()
	return clitest.SmallStudyTwice(t, name)
}

func dropMonths(t *testing.T, path string, months ...string) {
	t.Helper()
	clitest.DropMonths(t, path, months...)
}
