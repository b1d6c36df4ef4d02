package flowcheck

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendWindowPastDataLeftOut: trend with a window that runs months
// past the data reads as trend of the data, and says plainly that the
// periods past it hold no tie. In session 46, trend --to 2027-06-01 on a
// generated kabupaten study (seed 60, a year of 2025) split the window
// for its unmatched-unit check at 1 April 2026, where no unit had a tie
// after, and warned of all 39 units as "not matched" (if renamed or
// merged, give --crosswalk); the 17 empty months also counted towards the
// calibration (a quarter of the periods: 8 months), which reached past
// the planted change of 1 July and left it without an alarm. The
// reference is sekat's own trend of the same study without --to or
// --from: the tables must be the same, byte for byte.
func TestTrendWindowPastDataLeftOut(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(study, synth.Options{Seed: 61, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	common := []string{"trend", study, "--every", "month", "--resamples", "100", "-q"}
	// the words of the per-unit warning after the unit and the side
	unmatched := func(lang string) string {
		return strings.SplitN(msg(lang, "change.unmatched", "\x00", "\x00"), "\x00", 3)[2]
	}
	// ref: the window of the data (the first event is on Thursday 2
	// January 2025, so a window from June 2024 keeps January whole, as
	// --from 2025-01-01 does)
	for _, c := range []struct {
		name, lang string
		args, ref  []string
	}{
		{"to 17 months past the data", "id", []string{"--to", "2027-06-01"}, nil},
		{"from 7 months before the data", "id", []string{"--from", "2024-06-01"}, []string{"--from", "2025-01-01"}},
		{"both, in English", "en", []string{"--from", "2024-06-01", "--to", "2027-06-01"}, []string{"--from", "2025-01-01"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lang := c.lang
			ref := filepath.Join(t.TempDir(), "ref")
			analyzeOK(t, append(append(common, c.ref...), "--lang", lang, "--out", ref)...)
			out := filepath.Join(t.TempDir(), "out")
			stdout, stderr := analyzeOK(t, append(append(common, c.args...), "--lang", lang, "--out", out)...)
			for _, f := range []string{"trend.csv", "trend_alerts.csv", "trend_cusum.csv"} {
				if got, want := clitest.ReadFile(t, filepath.Join(out, f)), clitest.ReadFile(t, filepath.Join(ref, f)); got != want {
					t.Errorf("%s differs from the trend of the data's own window:\n%s\nwant\n%s", f, got, want)
				}
			}
			if head := unmatched(lang); strings.Contains(stderr, head) {
				t.Errorf("units warned of as unmatched though the window only runs past the data:\n%s", stderr)
			}
			// the note that says the periods without a tie were left
			// out: its words between the count (plural here) and the
			// span kept
			note := msg(lang, "trend.emptyEnds", "\x01", "\x02", 2, "\x03")
			note = strings.SplitN(strings.SplitN(note, "\x02): ", 2)[1], "\x03", 2)[0]
			note = strings.TrimPrefix(strings.TrimPrefix(note, "its "), "2 ")
			if !strings.Contains(stdout, note) {
				t.Errorf("stdout does not say the periods without a tie were left out (%q):\n%s", note, stdout)
			}
			if h := strings.SplitN(msg(lang, "trend.unmatched", "\x00", "\x00", "\x00"), "\x00", 2)[0]; strings.Contains(stdout, h[1:]) {
				t.Errorf("stdout names units as unmatched:\n%s", stdout)
			}
		})
	}
}

// TestTrendHelpSaysEmptyEndsLeftOut: trend --help says that the periods
// without a tie at the ends of a window past the data are left out, as
// TestTrendWindowPastDataLeftOut shows they are.
func TestTrendHelpSaysEmptyEndsLeftOut(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "Periods without any tie at the ends of a window that runs past the data are left out"},
		{"id", "Periode tanpa ikatan sama sekali di ujung jendela waktu yang melampaui rentang data tidak diikutkan"},
	} {
		stdout, _ := analyzeOK(t, "trend", "--help", "--lang", c.lang)
		if got := strings.Join(strings.Fields(stdout), " "); !strings.Contains(got, c.want) {
			t.Errorf("%s: trend --help does not say %q:\n%s", c.lang, c.want, stdout)
		}
	}
}

// TestTrendTooFewPeriodsWithData: a window whose periods with data are
// fewer than a trend needs is refused (exit 2) saying so, though its
// periods with and without data would be enough: trend --from 2025-10-01
// --to 2027-01-01 on a year of 2025 (seed 61) has 15 months, 3 of them
// with data, and calibrated on those 3 then watched 12 empty ones.
func TestTrendTooFewPeriodsWithData(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(study, synth.Options{Seed: 61, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "trend", study, "--every", "month", "--from", "2025-10-01", "--to", "2027-01-01",
			"--resamples", "100", "--lang", lang, "--out", filepath.Join(t.TempDir(), "out"), "-q")
		head := strings.SplitN(msg(lang, "trend.tooFewData", 3, 12, "\x00"), "\x00", 2)[0]
		if code != exitUsage || !strings.Contains(stderr, head) {
			t.Errorf("%s: exit %d, want %d, saying %q:\n%s", lang, code, exitUsage, head, stderr)
		}
	}
}
