package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sekat-ona/sekat/result"
)

// temps holds the temporary output files of this process that are not yet
// renamed into place or removed, so that a second interrupt can remove them
// before sekat exits at once (see interruptible). Renames into place hold
// its lock, so such an exit never comes between two renames of one run.
var temps = struct {
	sync.Mutex
	paths map[string]bool
	// others are the temporary files a library writes under names of its
	// own (see registerTempGlobs): in folder dir, ".NAME.tmp-*".
	others  map[*tempGlob]bool
	closing bool // the process is exiting: no new temporary file
}{paths: map[string]bool{}, others: map[*tempGlob]bool{}}

type tempGlob struct {
	dir   string
	names []string
}

// registerTempGlobs registers the temporary files ".NAME.tmp-*" in dir,
// for each of names, that a library (synth) writes and removes itself,
// so that removeAllTemps removes them too; unregister forgets them.
func registerTempGlobs(dir string, names []string) (unregister func()) {
	g := &tempGlob{dir: dir, names: names}
	temps.Lock()
	temps.others[g] = true
	temps.Unlock()
	return func() {
		temps.Lock()
		delete(temps.others, g)
		temps.Unlock()
	}
}

// errExiting is createTemp's error once removeAllTemps has run.
var errExiting = errors.New("sekat is exiting; no new output file")

// createTemp creates a new temporary file for the output name in dir,
// ".NAME.tmpXXXX", and registers it. Its mode is 0644 less the umask, as
// for any file a program writes (os.CreateTemp's 0600 would keep colleagues
// on a shared folder from opening the outputs).
func createTemp(dir, name string) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.closing {
		return nil, errExiting
	}
	for range 1000 {
		p := filepath.Join(dir, "."+name+".tmp"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		temps.paths[p] = true
		return f, nil
	}
	return nil, fmt.Errorf("%s: cannot create a temporary file for %s; remove the .%s.tmp* files there", dir, name, name)
}

// removeTemp removes a temporary file and forgets it.
func removeTemp(p string) {
	temps.Lock()
	defer temps.Unlock()
	os.Remove(p)
	delete(temps.paths, p)
}

// renameTemp renames a temporary file to final and forgets it; temps is
// locked by the caller.
func renameTemp(p, final string) error {
	delete(temps.paths, p)
	if err := os.Rename(p, final); err != nil {
		os.Remove(p)
		return err
	}
	return nil
}

// removeAllTemps removes every temporary output file and refuses new ones:
// the process is about to exit without unwinding.
func removeAllTemps() {
	temps.Lock()
	defer temps.Unlock()
	temps.closing = true
	for p := range temps.paths {
		os.Remove(p)
		delete(temps.paths, p)
	}
	for g := range temps.others {
		entries, _ := os.ReadDir(g.dir)
		for _, e := range entries {
			for _, n := range g.names {
				if strings.HasPrefix(e.Name(), "."+n+".tmp-") && e.Type().IsRegular() {
					os.Remove(filepath.Join(g.dir, e.Name()))
				}
			}
		}
	}
}

// outSet writes a run's output files atomically: each file goes to a
// temporary name in the output folder and all are renamed into place by
// commit, so a failed or interrupted run leaves no half-written file and
// the previous run's files as they were.
type outSet struct {
	dir     string
	created bool              // the folder did not exist before: abort removes it if empty
	temps   map[string]string // final name -> temp path
	order   []string
}

func newOutSet(dir string) (*outSet, error) {
	_, err := os.Stat(dir)
	created := errors.Is(err, os.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &outDirError{dir, err}
	}
	return &outSet{dir: dir, created: created, temps: map[string]string{}}, nil
}

// outDirError is an output folder that cannot be made or written; main
// words it in the user's language.
type outDirError struct {
	dir string
	err error
}

func (e *outDirError) Error() string { return fmt.Sprintf("output folder %s: %v", e.dir, e.err) }
func (e *outDirError) Unwrap() error { return e.err }

// commitError is a commit that failed midway and was taken back: the
// folder holds what it held before the run. main words it.
type commitError struct {
	dir string
	err error
}

func (e *commitError) Error() string {
	return fmt.Sprintf("output folder %s: the outputs could not be put in place, and the folder was left as it was: %v", e.dir, e.err)
}
func (e *commitError) Unwrap() error { return e.err }

// create opens a temporary file that commit will rename to name.
func (o *outSet) create(name string) (*os.File, error) {
	f, err := createTemp(o.dir, name)
	if err != nil {
		return nil, &outDirError{o.dir, err}
	}
	o.temps[name] = f.Name()
	o.order = append(o.order, name)
	return f, nil
}

// write creates name with the bytes fill writes to a buffered writer.
func (o *outSet) write(name string, fill func(w *bufio.Writer) error) error {
	f, err := o.create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	if err := fill(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// drop forgets name: its temp file is removed and an old file of that name
// in the folder is removed at commit (it would describe another run).
func (o *outSet) drop(name string) {
	if t, ok := o.temps[name]; ok && t != "" {
		removeTemp(t)
	}
	o.temps[name] = ""
}

// commit renames every file into place, all or nothing: each file it
// replaces or removes is first kept aside (a hard link, or a rename where
// links are not supported), and when a rename fails midway the files
// already put in place are taken back and the kept ones restored, so the
// folder holds the earlier run whole rather than a mix of two runs.
func (o *outSet) commit() error {
	if err := o.own(); err != nil {
		o.abort()
		return err
	}
	names := make([]string, 0, len(o.temps))
	for n := range o.temps {
		names = append(names, n)
	}
	sort.Strings(names)
	temps.Lock()
	defer temps.Unlock()
	type step struct{ final, kept string } // kept: "" when final did not exist
	var done []step
	var err error
	i := 0
	for ; i < len(names); i++ {
		n := names[i]
		final := filepath.Join(o.dir, n)
		var kept string
		if kept, err = keepAside(o.dir, n, final); err != nil {
			break
		}
		if o.temps[n] == "" {
			if kept == "" {
				continue
			}
			if err = os.Remove(final); err != nil && !errors.Is(err, os.ErrNotExist) {
				os.Remove(kept)
				break
			}
			err = nil
		} else if err = renameTemp(o.temps[n], final); err != nil {
			if kept != "" {
				os.Remove(kept)
			}
			break
		}
		done = append(done, step{final, kept})
	}
	if err != nil {
		for _, n := range names[i:] { // the temporary files not yet used
			if t := o.temps[n]; t != "" {
				delete(temps.paths, t)
				os.Remove(t)
			}
		}
		for k := len(done) - 1; k >= 0; k-- {
			if d := done[k]; d.kept == "" {
				os.Remove(d.final)
			} else {
				os.Rename(d.kept, d.final)
			}
		}
		o.temps = map[string]string{}
		return &commitError{o.dir, err}
	}
	for _, d := range done {
		if d.kept != "" {
			os.Remove(d.kept)
		}
	}
	o.temps = map[string]string{}
	return nil
}

// keepAside keeps the file final (output name in dir) under a new hidden
// name, ".NAME.keepXXXX", and returns that name ("" when final does not
// exist). It hard-links where it can, so final stays in place until it is
// replaced; else it renames.
func keepAside(dir, name, final string) (string, error) {
	fi, err := os.Lstat(final)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", nil
	case err != nil:
		return "", err
	case fi.IsDir():
		return "", &fs.PathError{Op: "replace", Path: final, Err: errors.New("is a folder, not a file sekat wrote")}
	}
	for range 1000 {
		p := filepath.Join(dir, "."+name+".keep"+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Link(final, p)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			err = os.Rename(final, p)
		}
		if err != nil {
			return "", err
		}
		return p, nil
	}
	return "", fmt.Errorf("output folder %s: no free name to keep %s aside", dir, name)
}

// commitOnly renames names into place and drops every other file: a run
// that failed for too many rejected rows still leaves rejects.csv, the
// list the user needs to fix them (and with --reveal the audit.json that
// says why it shows what it does). The files stale names of an earlier
// run in the folder are removed: beside the new rejects.csv they would
// read as this run's results.
func (o *outSet) commitOnly(names []string, stale []string) error {
	keep := map[string]string{}
	for n, t := range o.temps {
		if slices.Contains(names, n) {
			keep[n] = t
		} else if t != "" {
			removeTemp(t)
		}
	}
	for _, n := range stale {
		if !slices.Contains(names, n) {
			keep[n] = ""
		}
	}
	o.temps = keep
	o.created = false
	return o.commit()
}

// abort removes the temporary files, and the folder if this run made it
// and nothing else is in it (a failed run leaves nothing behind).
func (o *outSet) abort() {
	for _, t := range o.temps {
		if t != "" {
			removeTemp(t)
		}
	}
	o.temps = map[string]string{}
	if o.created {
		os.Remove(o.dir) // fails, harmlessly, when not empty
	}
}

// ownFile lists, in an output folder, the files sekat wrote there: a
// user's file of the same name as an output (units.csv, people.csv,
// rejects.csv beside a study's tables) is never replaced or removed.
const ownFile = ".sekat-outputs"

// foreignIn refuses (foreignFilesError) when folder dir holds a file of
// one of names that sekat did not write there (not in its ownFile), and
// returns the names ownFile lists. A command that knows the names it may
// write calls it before its work, so that a long run is not refused at
// its end; commit calls it again over the names it does write.
func foreignIn(dir string, names []string) (owned map[string]bool, err error) {
	owned = map[string]bool{}
	if b, err := os.ReadFile(filepath.Join(dir, ownFile)); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				owned[l] = true
			}
		}
	}
	var foreign []string
	for _, n := range names {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil && !owned[n] && !slices.Contains(foreign, n) {
			foreign = append(foreign, n)
		}
	}
	if len(foreign) > 0 {
		sort.Strings(foreign)
		return nil, &foreignFilesError{dir, foreign}
	}
	return owned, nil
}

// addOwned adds names to the ownFile of folder dir, for commands that
// write their files without an outSet (generate, demo's study): a later
// run with --force replaces these and refuses files of the same names
// that sekat did not write.
func addOwned(dir string, names []string) error {
	owned, err := foreignIn(dir, nil)
	if err != nil {
		return err
	}
	for _, n := range names {
		owned[n] = true
	}
	list := make([]string, 0, len(owned))
	for n := range owned {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil && n != ownFile {
			list = append(list, n)
		}
	}
	sort.Strings(list)
	return writeFileAtomic(filepath.Join(dir, ownFile), func(w io.Writer) error {
		_, err := io.WriteString(w, ownText(list))
		return err
	})
}

// refuseExisting is bad usage when one of the files a single-file output
// writes (paths) exists and force is not set: sekat does not replace a
// file it cannot tell it wrote (export, map and pairs --out FILE).
func refuseExisting(lang string, force bool, paths ...string) error {
	if force {
		return nil
	}
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			return usagef(msg(lang, "outExists"), p)
		}
	}
	return nil
}

// ownText is the text of an ownFile listing names (sorted).
func ownText(names []string) string {
	var b strings.Builder
	b.WriteString("# files sekat wrote in this folder: it replaces or removes these only\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	return b.String()
}

// namesOf lists the names of files, then extra.
func namesOf(files []result.File, extra ...string) []string {
	names := make([]string, 0, len(files)+len(extra))
	for _, f := range files {
		names = append(names, f.Name)
	}
	return append(names, extra...)
}

// foreignFilesError is an output folder holding files of the names a run
// writes or removes that sekat did not write there (not listed in its
// ownFile): nothing was changed. main words it.
type foreignFilesError struct {
	dir   string
	files []string
}

func (e *foreignFilesError) Error() string {
	return fmt.Sprintf("output folder %s holds %s, which sekat did not write; sekat does not replace or remove files it did not write: give --out a new or empty folder", e.dir, strings.Join(e.files, ", "))
}

// own refuses the commit when a file it would replace or remove was not
// written by sekat (see ownFile), and adds to the set the new ownFile:
// the files written now and those of earlier runs that stay.
func (o *outSet) own() error {
	names := make([]string, 0, len(o.temps))
	keep := map[string]bool{}
	for n, t := range o.temps {
		names = append(names, n)
		keep[n] = t != ""
	}
	owned, err := foreignIn(o.dir, names)
	if err != nil {
		return err
	}
	for n := range owned {
		if _, ok := keep[n]; !ok && n != ownFile {
			if _, err := os.Lstat(filepath.Join(o.dir, n)); err == nil {
				keep[n] = true
			}
		}
	}
	var list []string
	for n, k := range keep {
		if k {
			list = append(list, n)
		}
	}
	sort.Strings(list)
	return o.write(ownFile, func(w *bufio.Writer) error {
		_, err := w.WriteString(ownText(list))
		return err
	})
}
