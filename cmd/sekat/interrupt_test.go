package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// sampleStudy writes the embedded sample study into a temporary folder.
func sampleStudy(t *testing.T) string {
	t.Helper()
	study := filepath.Join(t.TempDir(), "studi")
	if err := writeSample(study); err != nil {
		t.Fatal(err)
	}
	return study
}

// folderSums returns the sha256 of every file under dir, by relative path.
func folderSums(t *testing.T, dir string) map[string]string {
	t.Helper()
	sums := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		h := sha256.Sum256(b)
		rel, _ := filepath.Rel(dir, p)
		sums[rel] = hex.EncodeToString(h[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// checkUntouched fails unless dir holds exactly the files of before, with
// the same bytes, and no temporary file.
func checkUntouched(t *testing.T, dir string, before map[string]string) {
	t.Helper()
	after := folderSums(t, dir)
	for name, sum := range after {
		if strings.Contains(name, ".tmp") {
			t.Errorf("temporary file %s left in the output folder", name)
			continue
		}
		if before[name] == "" {
			t.Errorf("new file %s in the output folder", name)
		} else if sum != before[name] {
			t.Errorf("%s changed", name)
		}
	}
	for name := range before {
		if after[name] == "" {
			t.Errorf("%s removed from the output folder", name)
		}
	}
}

// cancelAt returns a Reporter that cancels when stage has reported n events
// (any stage when stage is 0), and a count of the stages started (reports
// of 0 done) after that.
func cancelAt(cancel func(), stage progress.Stage, n int64) (progress.Reporter, *atomic.Int64) {
	var seen, startedAfter atomic.Int64
	var fired atomic.Bool
	return progress.New(func(e progress.Event) {
		if fired.Load() && e.Done == 0 {
			startedAfter.Add(1)
		}
		if stage == 0 || e.Stage == stage {
			if seen.Add(1) == n {
				fired.Store(true)
				cancel()
			}
		}
	}), &startedAfter
}

// TestAnalyzeCancelledKeepsPreviousOutputs cancels analyze at several
// stages, from the progress reports (so at a known point of the work, not
// after some time): each run must end with context.Canceled (exit 130),
// leave no temporary file, and leave the previous run's files byte for
// byte. The last case cancels on the very last report of the run, after
// every stage: the check before the outputs are renamed must catch it.
func TestAnalyzeCancelledKeepsPreviousOutputs(t *testing.T) {
	study := sampleStudy(t)
	out := t.TempDir()
	base := analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en"}, Out: out, Seed: 1,
		Resolution: 1, Permutations: 200, Parquet: true}

	// The previous run, counting its reports per stage.
	var mu sync.Mutex
	perStage := map[progress.Stage]int64{}
	var total int64
	o := base
	o.Progress = progress.New(func(e progress.Event) {
		mu.Lock()
		perStage[e.Stage]++
		total++
		mu.Unlock()
	})
	if err := runAnalyze(context.Background(), o, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	before := folderSums(t, out)
	for _, st := range []progress.Stage{progress.Rows, progress.Betweenness, progress.Leiden, progress.Stability, progress.Permutations} {
		if perStage[st] < 2 {
			t.Fatalf("stage %d reported %d times on the sample study; the test needs at least 2", st, perStage[st])
		}
	}

	cases := []struct {
		name  string
		stage progress.Stage
		n     int64
	}{
		{"first rows", progress.Rows, 1},
		{"later rows", progress.Rows, perStage[progress.Rows] - 1},
		{"betweenness", progress.Betweenness, 2},
		{"leiden", progress.Leiden, 1},
		{"stability", progress.Stability, 3},
		{"permutations", progress.Permutations, 2},
		{"last permutations", progress.Permutations, perStage[progress.Permutations]},
		{"last report", 0, total},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			o := base
			var startedAfter *atomic.Int64
			o.Progress, startedAfter = cancelAt(cancel, c.stage, c.n)
			var stdout, stderr bytes.Buffer
			err := runAnalyze(ctx, o, &stdout, &stderr)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err %v after cancelling at report %d of stage %d, want context.Canceled", err, c.n, c.stage)
			}
			if got := exitCode(err); got != exitInterrupted {
				t.Errorf("exit code %d, want %d", got, exitInterrupted)
			}
			if n := startedAfter.Load(); n > 0 {
				t.Errorf("%d stages started after the cancel", n)
			}
			if stdout.Len() != 0 || stderr.Len() != 0 {
				t.Errorf("a cancelled run printed %q %q", stdout.String(), stderr.String())
			}
			checkUntouched(t, out, before)
		})
	}
}

// TestAnalyzeCancelledInNewFolder: an interrupted run into a folder it
// created leaves nothing, not even the folder.
func TestAnalyzeCancelledInNewFolder(t *testing.T) {
	study := sampleStudy(t)
	out := filepath.Join(t.TempDir(), "new")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, _ := cancelAt(cancel, progress.Leiden, 1)
	o := analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en", Progress: rep}, Out: out, Seed: 1, Resolution: 1, Permutations: 100}
	if err := runAnalyze(ctx, o, io.Discard, io.Discard); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the output folder the run made is still there (%v)", err)
	}
}

// TestInterruptedMessageAndExitCode runs the command line with a context
// that is already cancelled: exit 130 and one line saying so, not Go's
// "context canceled".
func TestInterruptedMessageAndExitCode(t *testing.T) {
	study := sampleStudy(t)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"sekat", "analyze", study, "--out", out, "--lang", "en"}, &stdout, &stderr)
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	if got, want := stderr.String(), "sekat: "+msg("en", "interrupted")+"\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if ents, _ := os.ReadDir(out); len(ents) != 0 {
		t.Errorf("%d files in the output folder of a run cancelled before it began", len(ents))
	}
}

func TestExitCode(t *testing.T) {
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("x"), 1},
		{usagef("bad"), 2},
		{context.Canceled, 130},
		{fmt.Errorf("metrics: %w", context.Canceled), 130},
		{errors.Join(errors.New("x"), context.Canceled), 130},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("exitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
}

// TestPanicGivesCrashReport: a panic in the work, here raised by the
// progress report of a Leiden iteration, or inside a worker goroutine of
// par, is caught at the top: exit code 3, a report with the version, the
// value and where it happened, and the run's temporary files removed.
func TestPanicGivesCrashReport(t *testing.T) {
	study := sampleStudy(t)
	out := t.TempDir()
	if err := runAnalyze(context.Background(), analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en"},
		Out: out, Seed: 1, Resolution: 1, Permutations: 100}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	before := folderSums(t, out)
	for _, stage := range []progress.Stage{progress.Leiden, progress.Permutations} {
		var stderr bytes.Buffer
		rep := progress.New(func(e progress.Event) {
			if e.Stage == stage && e.Done > 0 {
				panic("test panic in stage " + fmt.Sprint(stage))
			}
		})
		code := guarded(&stderr, "en", func() int {
			o := analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en", Progress: rep},
				Out: out, Seed: 1, Resolution: 1, Permutations: 100}
			return exitCode(runAnalyze(context.Background(), o, io.Discard, io.Discard))
		})
		if code != exitPanic {
			t.Errorf("stage %d: exit %d, want %d", stage, code, exitPanic)
		}
		rep1 := stderr.String()
		// Leiden reports on the goroutine of runAnalyze, the permutations on
		// par's workers, whose stacks start in par.
		for _, want := range []string{msg("en", "crash"), "sekat " + Version, "panic: test panic in stage", "metrics/", "internal/progress.(*Counter).Add"} {
			if !strings.Contains(rep1, want) {
				t.Errorf("stage %d: the crash report lacks %q:\n%s", stage, want, rep1)
			}
		}
		if stage == progress.Leiden && !strings.Contains(rep1, "cmd/sekat.runAnalyze (sekat/cmd_analyze.go:") {
			t.Errorf("the crash report lacks runAnalyze's frame:\n%s", rep1)
		}
		// The first frame is where the panic was raised: no recovering code
		// above it, no runtime.
		if _, after, _ := strings.Cut(rep1, "panic: test panic in stage "+fmt.Sprint(stage)+"\n"); !strings.HasPrefix(strings.TrimSpace(after), "cmd/sekat.TestPanicGivesCrashReport.func1 (sekat/interrupt_test.go:") ||
			strings.Contains(rep1, "runtime") || strings.Contains(rep1, "goroutine") {
			t.Errorf("stage %d: the crash report does not start at the panic or holds the runtime:\n%s", stage, rep1)
		}
		checkUntouched(t, out, before)
	}

	// A panic on a worker goroutine reaches guarded with that goroutine's
	// stack.
	var stderr bytes.Buffer
	code := guarded(&stderr, "id", func() int {
		par.For(context.Background(), 8, 4, func(w, i int) {
			if i == 5 {
				panic(errors.New("worker boom"))
			}
		})
		return 0
	})
	if code != exitPanic || !strings.Contains(stderr.String(), "panic: worker boom") ||
		!strings.Contains(stderr.String(), "TestPanicGivesCrashReport") || !strings.Contains(stderr.String(), msg("id", "crashSend")) {
		t.Errorf("exit %d, report:\n%s", code, stderr.String())
	}
}

// TestQuietWhenNotATerminal: with stderr a buffer (not a terminal) analyze
// prints only the summary line there, and what the network set aside (the
// sample's circulars): no progress.
func TestQuietWhenNotATerminal(t *testing.T) {
	study := sampleStudy(t)
	// The default permutation count: with --permutations 100 analyze would
	// rightly warn that the E-I tests cannot reach alpha/10.
	code, _, stderr := sekat(t, "analyze", study, "--out", t.TempDir(), "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "units") || !strings.Contains(lines[1], "circulars") || strings.Contains(stderr, "\r") {
		t.Errorf("stderr %q, want the summary line and the circulars set aside only", stderr)
	}
	if code, _, stderr := sekat(t, "analyze", study, "--out", t.TempDir(), "--quiet", "--permutations", "100"); code != 0 {
		t.Errorf("--quiet: exit %d: %s", code, stderr)
	}
}

func TestProgressText(t *testing.T) {
	for _, c := range []struct {
		e    progress.Event
		lang string
		want string
	}{
		{progress.Event{Stage: progress.Rows, Name: "correspondence.csv", Done: 1234567}, "id", "membaca correspondence.csv: 1.234.567 baris"},
		{progress.Event{Stage: progress.Rows, Name: "people.csv", Done: 999}, "en", "reading people.csv: 999 rows"},
		{progress.Event{Stage: progress.Betweenness, Done: 1024, Total: 4096}, "en", "betweenness: 1,024 of 4,096 sources (25%)"},
		{progress.Event{Stage: progress.Leiden, Done: 0}, "id", "komunitas (Leiden): iterasi ke-1"},
		{progress.Event{Stage: progress.Leiden, Done: 2, Total: 2}, "en", "communities (Leiden): iteration 2 of at most 2"},
		{progress.Event{Stage: progress.Permutations, Name: "sector", Done: 320, Total: 1000}, "id", "uji permutasi E-I (sektor): 320 dari 1.000 (32%)"},
		{progress.Event{Stage: progress.Stability, Done: 3, Total: 10}, "en", "community stability: Leiden run 4 of 10"},
		{progress.Event{Stage: progress.Statements, Name: "sql-letters", Done: 8, Total: 27}, "id", "DuckDB: memadankan surat dengan unit pada tanggalnya (pernyataan SQL 9 dari 27)"},
		{progress.Event{Stage: progress.Statements, Name: "sql-write", Done: 26, Total: 27}, "en", "DuckDB: writing the pair tables (SQL statement 27 of 27)"},
	} {
		if got := progressText(c.e, c.lang); got != c.want {
			t.Errorf("progressText(%+v, %s) = %q, want %q", c.e, c.lang, got, c.want)
		}
	}
	for _, c := range []struct {
		x    int64
		want string
	}{{0, "0"}, {12, "12"}, {123, "123"}, {1234, "1.234"}, {-1234567, "-1.234.567"}} {
		if got := groupDigits(c.x, "id"); got != c.want {
			t.Errorf("groupDigits(%d) = %q, want %q", c.x, got, c.want)
		}
	}
}

// TestEveryPhaseHasWords: every phase of the pair SQL has a name in
// progress events and a sentence in both languages.
func TestEveryPhaseHasWords(t *testing.T) {
	for ph := engine.PhaseRead; ph <= engine.PhaseWrite; ph++ {
		name, ok := phaseNames[ph]
		if !ok {
			t.Errorf("phase %d has no name", ph)
			continue
		}
		for _, lang := range []string{"id", "en"} {
			if got := progressText(progress.Event{Stage: progress.Statements, Name: name, Total: 1}, lang); strings.Contains(got, "phase") || strings.Contains(got, "%!") {
				t.Errorf("phase %q in %s: %q", name, lang, got)
			}
		}
	}
}

// TestEveryStepHasWords: every progress.Step name the code reports has a
// sentence in both languages (msg returns the key itself for a missing
// one).
func TestEveryStepHasWords(t *testing.T) {
	study := sampleStudy(t)
	var mu sync.Mutex
	steps := map[string]bool{}
	rep := progress.New(func(e progress.Event) {
		if e.Stage == progress.Step {
			mu.Lock()
			steps[e.Name] = true
			mu.Unlock()
		}
	})
	o := analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en", Progress: rep},
		Out: t.TempDir(), Seed: 1, Resolution: 1, Permutations: 50}
	if err := runAnalyze(context.Background(), o, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if len(steps) != 5 {
		t.Errorf("steps %v, want network, centrality, roles, whole and map", steps)
	}
	for name := range steps {
		for _, lang := range []string{"id", "en"} {
			if got := progressText(progress.Event{Stage: progress.Step, Name: name}, lang); got == "step"+name || got == "" {
				t.Errorf("step %q has no words in %s", name, lang)
			}
		}
	}
}

// TestGenerateCancelled: generate stops soon after an interrupt, with exit
// 130, its temporary tables removed and the folder as it was (a folder it
// made removed); before, it ignored the interrupt, ran to the end and
// said it was done with exit 0.
func TestGenerateCancelled(t *testing.T) {
	parent := t.TempDir()
	earlier := filepath.Join(parent, "earlier")
	base := generateOptions{Preset: "kabupaten", Seed: 1, Scale: 0.2, Lang: "en", Format: synth.Format{Kind: synth.KindCSV}}
	o := base
	o.Out = earlier
	if err := runGenerate(context.Background(), o, io.Discard); err != nil {
		t.Fatal(err)
	}
	before := folderSums(t, earlier)
	for _, c := range []struct {
		out   string
		force bool
	}{{earlier, true}, {filepath.Join(parent, "new"), false}} {
		ctx, cancel := context.WithCancel(context.Background())
		o := base
		o.Out, o.Force, o.Seed = c.out, c.force, 2
		days := 0
		o.Progress = progress.New(func(e progress.Event) {
			if e.Stage == progress.Days {
				if days++; days == 10 {
					cancel()
				}
			}
		})
		err := runGenerate(ctx, o, io.Discard)
		cancel()
		if !errors.Is(err, context.Canceled) || exitCode(err) != exitInterrupted {
			t.Fatalf("%s: err %v (exit %d), want context.Canceled (exit 130)", c.out, err, exitCode(err))
		}
		if days > 11 {
			t.Errorf("%s: %d working days written after the cancel, want it to stop at once", c.out, days-10)
		}
	}
	checkUntouched(t, earlier, before)
	if _, err := os.Stat(filepath.Join(parent, "new")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the folder an interrupted generate made is still there (%v)", err)
	}
}
