//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/progress"
)

// TestSIGINTStopsAnalyze sends the test process a real SIGINT while
// analyze runs (from its first Leiden report, waiting there until the
// signal has cancelled the context): the run ends with exit code 130 and the
// previous outputs as they were.
func TestSIGINTStopsAnalyze(t *testing.T) {
	study := sampleStudy(t)
	out := t.TempDir()
	if err := runAnalyze(context.Background(), analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en"},
		Out: out, Seed: 1, Resolution: 1, Permutations: 100}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	before := folderSums(t, out)

	ctx, stop := interruptible(context.Background(), io.Discard, "en")
	defer stop()
	sent := false
	rep := progress.New(func(e progress.Event) {
		if e.Stage == progress.Leiden && !sent {
			sent = true // Leiden reports from one goroutine
			syscall.Kill(os.Getpid(), syscall.SIGINT)
			<-ctx.Done()
		}
	})
	o := analyzeOptions{studyOptions: studyOptions{Study: study, Level: "unit", Lang: "en", Progress: rep},
		Out: out, Seed: 1, Resolution: 1, Permutations: 100}
	err := runAnalyze(ctx, o, io.Discard, io.Discard)
	if !errors.Is(err, context.Canceled) || exitCode(err) != exitInterrupted {
		t.Fatalf("err %v (exit %d), want context.Canceled (exit 130)", err, exitCode(err))
	}
	checkUntouched(t, out, before)
}

// TestSecondSignalExitsAtOnce runs this test binary as a helper process
// that holds a temporary output file (and one of synth's, as generate
// has them) and receives two SIGINTs without ever checking its context:
// the second must remove the files and exit with 130.
func TestSecondSignalExitsAtOnce(t *testing.T) {
	if dir := os.Getenv("SEKAT_TEST_SECOND_SIGNAL"); dir != "" {
		secondSignalHelper(dir)
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondSignalExitsAtOnce$")
	cmd.Env = append(os.Environ(), "SEKAT_TEST_SECOND_SIGNAL="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("helper: %v, want exit status %d; stderr:\n%s", err, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), msg("en", "interruptedTwice")) {
		t.Errorf("stderr %q lacks the message", stderr.String())
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		t.Errorf("%s left in the output folder", e.Name())
	}
}

func secondSignalHelper(dir string) {
	ctx, _ := interruptible(context.Background(), os.Stderr, "en")
	out, err := newOutSet(dir)
	if err != nil {
		os.Exit(10)
	}
	f, err := out.create("units.csv")
	if err != nil {
		os.Exit(11)
	}
	f.WriteString("half a file")
	// A temporary table of synth's, as generate leaves it mid-run.
	registerTempGlobs(dir, []string{"people.parquet"})
	if err := os.WriteFile(filepath.Join(dir, ".people.parquet.tmp-123"), []byte("half"), 0o600); err != nil {
		os.Exit(12)
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	<-ctx.Done() // the first signal cancels; this "run" ignores it
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(time.Minute) // the handler exits long before; if not, exit 0 fails the test
	os.Exit(0)
}

// TestOutputModes: every file analyze, map and export write is readable by
// others under umask 022 (-rw-r--r--), and follows a stricter umask too.
func TestOutputModes(t *testing.T) {
	study := sampleStudy(t)
	for _, c := range []struct {
		umask int
		want  fs.FileMode
	}{{0o022, 0o644}, {0o077, 0o600}, {0o002, 0o644}} { // 0644 less the umask
		old := syscall.Umask(c.umask)
		out := t.TempDir()
		var stderr bytes.Buffer
		code := run(context.Background(), []string{"sekat", "analyze", study, "--out", out, "--format", "csv,parquet", "--permutations", "100"}, io.Discard, &stderr)
		if code == 0 {
			code = run(context.Background(), []string{"sekat", "export", study, "--format", "gexf", "--out", filepath.Join(out, "net.gexf")}, io.Discard, &stderr)
		}
		if code == 0 {
			code = run(context.Background(), []string{"sekat", "map", out, "--format", "dot", "--out", filepath.Join(out, "peta.dot")}, io.Discard, &stderr)
		}
		syscall.Umask(old)
		if code != 0 {
			t.Fatalf("umask %03o: exit %d: %s", c.umask, code, stderr.String())
		}
		ents, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		if len(ents) < 10 {
			t.Fatalf("umask %03o: only %d outputs", c.umask, len(ents))
		}
		for _, e := range ents {
			fi, err := e.Info()
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != c.want {
				t.Errorf("umask %03o: %s has mode %v, want %v", c.umask, e.Name(), got, c.want)
			}
		}
	}
}
