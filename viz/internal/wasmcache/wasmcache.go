package wasmcache

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// noCache is what TMPDIR holds during go-graphviz's init when no private
// folder is available: a path below a device file, under which go-graphviz
// can neither find nor make its go-graphviz folder, so it keeps no cache.
const noCache = "/dev/null/sekat-no-wasm-cache"

var (
	dir      string // the private cache folder in use, "" for none
	dirErr   error  // why there is none
	tmpdir   string // TMPDIR before init
	hadTmp   bool   // whether TMPDIR was set
	switched bool   // whether init changed TMPDIR
)

func init() {
	if runtime.GOOS == "windows" {
		// os.TempDir is the user's own folder there, and TMPDIR is not
		// read.
		dirErr = errors.New("wasmcache: not used on Windows; go-graphviz caches in the user's temporary folder")
		return
	}
	tmpdir, hadTmp = os.LookupEnv("TMPDIR")
	base, err := os.UserCacheDir()
	if err == nil {
		dir, err = Private(base)
	}
	target := dir
	if err != nil {
		dir, dirErr, target = "", err, noCache
	}
	if os.Setenv("TMPDIR", target) == nil {
		switched = true
	}
}

// Restore gives TMPDIR back the value it had before this package's init
// (unset if it was unset). viz calls it from its init, after go-graphviz
// has read TMPDIR; calling it again does nothing.
func Restore() {
	if !switched {
		return
	}
	switched = false
	if hadTmp {
		os.Setenv("TMPDIR", tmpdir)
	} else {
		os.Unsetenv("TMPDIR")
	}
}

// Dir returns the folder in which go-graphviz caches compiled Graphviz in
// this process, or "" and the reason why it compiles in memory only.
func Dir() (string, error) { return dir, dirErr }

// Private returns base/sekat/wasm after making sure it is a private folder
// of the current user: base (created 0700 if missing, as ~/.cache usually
// is) must be a directory owned by the user or root and not writable by
// group or others; base/sekat and base/sekat/wasm are created 0700
// if missing and must be directories (not symbolic links) owned by the user,
// not writable by group or others. Anything else is an error that says
// which folder is wrong and how to fix it.
func Private(base string) (string, error) {
	if !filepath.IsAbs(base) {
		return "", fmt.Errorf("wasmcache: user cache folder %q is not an absolute path; set HOME or XDG_CACHE_HOME", base)
	}
	if err := os.MkdirAll(base, 0o700); err != nil {
		return "", fmt.Errorf("wasmcache: user cache folder: %w", err)
	}
	st, err := os.Stat(base)
	if err != nil {
		return "", fmt.Errorf("wasmcache: user cache folder: %w", err)
	}
	if err := safe(base, st, true); err != nil {
		return "", err
	}
	d := base
	for _, name := range []string{"sekat", "wasm"} {
		d = filepath.Join(d, name)
		if err := os.Mkdir(d, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
			return "", fmt.Errorf("wasmcache: %w", err)
		}
		st, err := os.Lstat(d)
		if err != nil {
			return "", fmt.Errorf("wasmcache: %w", err)
		}
		if err := safe(d, st, false); err != nil {
			return "", err
		}
	}
	return d, nil
}

// safe checks that st describes a directory owned by the current user (or
// by root when rootOK) that neither group nor others may write to.
func safe(path string, st os.FileInfo, rootOK bool) error {
	if st.Mode()&os.ModeSymlink != 0 {
		return fmt.Errorf("wasmcache: %s is a symbolic link; remove it so that sekat can make its own folder", path)
	}
	if !st.IsDir() {
		return fmt.Errorf("wasmcache: %s is not a folder; remove it so that sekat can make its own", path)
	}
	uid, ok := owner(st)
	if ok && uid != os.Getuid() && !(rootOK && uid == 0) {
		return fmt.Errorf("wasmcache: %s belongs to user id %d, not to you (%d); remove it or set XDG_CACHE_HOME to a folder of yours", path, uid, os.Getuid())
	}
	if st.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("wasmcache: %s can be written by other users (mode %v); run chmod go-w on it", path, st.Mode().Perm())
	}
	return nil
}
