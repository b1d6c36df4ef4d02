package viz

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// nobody is the user id (and group id) of the user nobody on Debian.
const nobody = 65534

// TestTwoUsers builds sekat and runs it as root and as nobody, in both
// orders, with one shared TMPDIR: go-graphviz v0.2.10 kept its compiled
// Graphviz in $TMPDIR/go-graphviz, made by whoever ran first, and every
// command of the second user panicked in go-graphviz's init ("permission
// denied"). It also plants a file where go-graphviz used to look, owned by
// nobody, and checks that root's sekat does not load it: go-graphviz would
// fail its checksum and panic. Runs only as root (CI does).
func TestTwoUsers(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("runs sekat as root and as nobody: needs root")
	}
	if testing.Short() {
		t.Skip("builds sekat and compiles Graphviz several times")
	}
	if _, err := exec.LookPath("setpriv"); err != nil {
		t.Skip("needs setpriv (util-linux) to run as nobody")
	}
	// t.TempDir is 0700: nobody could not reach the binary.
	work, err := os.MkdirTemp("", "sekat-twousers-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	dir := func(perm os.FileMode, uid int, parts ...string) string {
		t.Helper()
		d := filepath.Join(append([]string{work}, parts...)...)
		if err := os.MkdirAll(d, perm); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(d, perm); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(d, uid, uid); err != nil {
			t.Fatal(err)
		}
		return d
	}
	dir(0o755, 0)
	bin := filepath.Join(work, "sekat")
	build := exec.Command("go", "build", "-o", bin, "github.com/sekat-ona/sekat/cmd/sekat")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// run runs sekat as uid with a clean environment.
	run := func(uid int, home, tmp string, args ...string) {
		t.Helper()
		env := []string{"env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home, "TMPDIR=" + tmp, bin}
		var cmd *exec.Cmd
		if uid == 0 {
			cmd = exec.Command(env[0], append(env[1:], args...)...)
		} else {
			cmd = exec.Command("setpriv", append([]string{"--reuid=65534", "--regid=65534", "--clear-groups"}, append(env, args...)...)...)
		}
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("sekat %s as uid %d after the other user: %v\n%s", strings.Join(args, " "), uid, err, out.Bytes())
		}
	}
	names := map[int]string{0: "root", nobody: "nobody"}

	var rootCache string
	for _, order := range [][]int{{0, nobody}, {nobody, 0}} {
		tag := names[order[0]] + "-first"
		shared := dir(0o1777|os.ModeSticky, 0, tag, "tmp")
		for _, uid := range order {
			perm := os.FileMode(0o700)
			if uid != 0 {
				perm = 0o755
			}
			home := dir(perm, uid, tag, "home-"+names[uid])
			out := dir(0o755, uid, tag, "out-"+names[uid])
			run(uid, home, shared, "demo", "--out", filepath.Join(out, "demo"))
			if uid == 0 && rootCache == "" {
				rootCache = filepath.Join(home, ".cache", "sekat", "wasm", "go-graphviz")
			}
		}
		if _, err := os.Lstat(filepath.Join(shared, "go-graphviz")); err == nil {
			t.Errorf("%s: sekat made go-graphviz's cache in the shared TMPDIR", tag)
		}
	}

	// nobody without a home folder: no private cache, compiled in memory.
	run(nobody, "/nonexistent", dir(0o1777|os.ModeSticky, 0, "nohome", "tmp"), "--version")

	// A cache planted by nobody where go-graphviz used to look: the same
	// file names as root's own cache, holding garbage.
	shared := dir(0o1777|os.ModeSticky, 0, "planted", "tmp")
	planted := 0
	err = filepath.WalkDir(rootCache, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(rootCache, p)
		target := filepath.Join(shared, "go-graphviz", rel)
		if d.IsDir() {
			dir(0o777, nobody, "planted", "tmp", "go-graphviz", rel)
			return nil
		}
		planted++
		if err := os.WriteFile(target, bytes.Repeat([]byte("planted "), 1024), 0o666); err != nil {
			return err
		}
		return os.Chown(target, nobody, nobody)
	})
	if err != nil {
		t.Fatal(err)
	}
	if planted == 0 {
		t.Fatalf("no compiled file in root's cache %s to plant a copy of", rootCache)
	}
	run(0, dir(0o700, 0, "planted", "home-root"), shared, "--version")
}
