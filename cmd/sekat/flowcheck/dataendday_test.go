package flowcheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestDataEndAddsNoEmptyDay: compare, trend and evaluate without a --to
// cut the data's window at the end of the day of the last event. The
// window's end from the data is a second after that event, and for a
// last letter at 23.59.59 that second is the next midnight: its day was
// added, empty. On a generated study (sekat generate --seed 65 --scale
// 0.02, letters of 2025) with one more letter at 2025-12-31 23:59:59,
// trend --every month had a 13th period, 1 January 2026, without any
// tie, and warned of it as a short period; evaluate warned that the
// window (to 1 January 2026) ran past the study's data; compare of two
// studies gave the first the period 2025-01-02 to 2026-01-02, 365 days,
// where its letters span 364.
func TestDataEndAddsNoEmptyDay(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "65", "--scale", "0.02", "--out", study)
	rows := clitest.ReadRows(t, filepath.Join(study, "correspondence.csv"))
	last := append([]string(nil), rows[len(rows)-1]...)
	head := rows[0]
	for i, c := range head {
		switch c {
		case "message_id":
			last[i] = "SRT-LATE-1"
		case "sent_at":
			last[i] = "2025-12-31 23:59:59"
		case "in_reply_to":
			last[i] = ""
		}
	}
	clitest.WriteRows(t, filepath.Join(study, "correspondence.csv"), append(rows, last))
	const end = "2026-01-01" // the day after the last event's

	t.Run("trend", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "trend")
		analyzeOK(t, "trend", study, "--every", "month", "--out", out, "-q", "--resamples", "100", "--permutations", "100")
		var maxTo string
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend.csv")) {
			if r["from"] >= end {
				t.Fatalf("trend.csv has a period from %s to %s, after the data's last day (2025-12-31)", r["from"], r["to"])
			}
			maxTo = max(maxTo, r["to"])
		}
		if maxTo != end {
			t.Errorf("trend.csv's last period ends %s, want %s", maxTo, end)
		}
	})
	t.Run("evaluate", func(t *testing.T) {
		reform := filepath.Join(t.TempDir(), "reform.yaml")
		if err := os.WriteFile(reform, []byte("date: 2025-07-01\ntreated: [kesehatan]\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "evaluate")
			_, stderr := analyzeOK(t, "evaluate", study, "--reform", reform, "--every", "month", "--out", out, "-q", "--resamples", "100", "--permutations", "100", "--lang", lang)
			// evaluate.emptyEnds, up to its first argument
			warn := msg(lang, "evaluate.emptyEnds", "\x00", "", 1, "", "")
			warn = warn[:strings.Index(warn, "\x00")]
			if strings.Contains(stderr, warn) {
				t.Errorf("%s: evaluate says the window runs past the data:\n%s", lang, stderr)
			}
		}
	})
	t.Run("compare", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "compare")
		analyzeOK(t, "compare", study, study, "--out", out, "-q", "--resamples", "100", "--permutations", "100")
		var c struct {
			Before struct {
				From, To string
				Days     int
			}
		}
		if err := json.Unmarshal([]byte(clitest.ReadFile(t, filepath.Join(out, "compare.json"))), &c); err != nil {
			t.Fatal(err)
		}
		from, err := time.Parse(time.DateOnly, c.Before.From)
		if err != nil {
			t.Fatal(err)
		}
		want := int(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Sub(from).Hours() / 24)
		if c.Before.To != end || c.Before.Days != want {
			t.Errorf("compare.json before: %s to %s, %d days; want to %s, %d days (from %s)", c.Before.From, c.Before.To, c.Before.Days, end, want, c.Before.From)
		}
	})
}
