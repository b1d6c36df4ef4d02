package clitest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Build builds the sekat command into a new temporary folder whose name
// begins with prefix, and returns the binary's path and the folder (for
// the caller to remove). Call it before Isolate: go finds its module and
// build caches from HOME, and in a fresh HOME it would fetch and compile
// everything.
func Build(prefix string) (bin, dir string, err error) {
	dir, err = os.MkdirTemp("", prefix)
	if err != nil {
		return "", "", err
	}
	bin = filepath.Join(dir, "sekat")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/sekat-ona/sekat/cmd/sekat").CombinedOutput()
	if err != nil {
		os.RemoveAll(dir)
		return "", "", fmt.Errorf("go build of sekat: %v\n%s", err, out)
	}
	return bin, dir, nil
}

// Run runs the binary bin with args (args[0] is the program's name, as
// in cmd/sekat's run) and returns its exit code, -1 with the reason on
// stderr when it could not be started.
func Run(ctx context.Context, bin string, args []string, stdout, stderr io.Writer) int {
	cmd := exec.CommandContext(ctx, bin, args[1:]...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	default:
		fmt.Fprintf(stderr, "clitest: %v", err)
		return -1
	}
}

// Gunzip returns b unpacked when it is gzip, else b as it is.
func Gunzip(t testing.TB, b []byte) string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		return string(b)
	}
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	d, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(d)
}

// SampleStudyAs writes the demo study of the folder sample (study.yaml and
// the five tables, gzipped there) into a folder name under a temporary
// folder, each table as CSV made by save from the table's name and its
// text, and returns the folder.
func SampleStudyAs(t testing.TB, sample, name string, save func(table, text string) []byte) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(file string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(file string) []byte {
		b, err := os.ReadFile(filepath.Join(sample, file))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	write("study.yaml", read("study.yaml"))
	for _, table := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		write(table+".csv", save(table, Gunzip(t, read(table+".csv.gz"))))
	}
	return dir
}

// PersonSecrets are the person ids, names and positions of a study's
// people table: what no pseudonymous output may contain.
func PersonSecrets(t testing.TB, study string) []string {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range ReadCSV(t, filepath.Join(study, "people.csv")) {
		for _, c := range []string{"person_id", "name", "position"} {
			if v := strings.TrimSpace(r[c]); v != "" {
				seen[v] = true
			}
		}
	}
	var out []string
	for v := range seen {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

// Leaks returns "file: value" for every secret found in a file under dir,
// and the number of files searched.
func Leaks(t testing.TB, dir string, secrets []string) (found []string, files int) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for _, s := range secrets {
			if bytes.Contains(b, []byte(s)) {
				found = append(found, fmt.Sprintf("%s: %q", path, s))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found, files
}

// Sekat runs the binary bin with args (without the program's name) and
// returns its exit code and output.
func Sekat(t testing.TB, bin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = Run(context.Background(), bin, append([]string{"sekat"}, args...), &o, &e)
	return code, o.String(), e.String()
}

// SekatOK runs bin as Sekat does and fails t unless it exits 0.
func SekatOK(t testing.TB, bin string, args ...string) (stdout, stderr string) {
	t.Helper()
	code, o, e := Sekat(t, bin, args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, e)
	}
	return o, e
}

// Main is the TestMain of a package whose tests run a built sekat: it
// builds the binary (Build, before Isolate moves HOME) into a folder
// whose name begins with "sekat-"+pkg+"-", sets *bin to it, calls setup
// with the folder when setup is not nil, runs the tests with the
// caller's language and key cleared and a configuration folder of their
// own (Isolate), as cmd/sekat's tests do, removes the folder and exits
// with the tests' code.
func Main(m *testing.M, pkg string, bin *string, setup func(dir string)) {
	b, dir, err := Build("sekat-" + pkg + "-")
	if err != nil {
		fmt.Fprintln(os.Stderr, pkg+":", err)
		os.Exit(1)
	}
	*bin = b
	cleanup := Isolate()
	if setup != nil {
		setup(dir)
	}
	code := m.Run()
	os.RemoveAll(dir)
	cleanup()
	os.Exit(code)
}
