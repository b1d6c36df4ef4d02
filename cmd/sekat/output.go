package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// outSet writes a run's output files atomically: each file goes to a
// temporary name in the output folder and all are renamed into place by
// commit, so a failed run leaves no half-written file.
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
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	return &outSet{dir: dir, created: created, temps: map[string]string{}}, nil
}

// create opens a temporary file that commit will rename to name.
func (o *outSet) create(name string) (*os.File, error) {
	f, err := os.CreateTemp(o.dir, "."+name+".tmp*")
	if err != nil {
		return nil, err
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
	if t, ok := o.temps[name]; ok {
		os.Remove(t)
		delete(o.temps, name)
	}
	o.temps[name] = ""
}

// commit renames every file into place.
func (o *outSet) commit() error {
	names := make([]string, 0, len(o.temps))
	for n := range o.temps {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		final := filepath.Join(o.dir, n)
		if o.temps[n] == "" {
			if err := os.Remove(final); err != nil && !errors.Is(err, os.ErrNotExist) {
				errs = append(errs, err)
			}
			continue
		}
		if err := os.Rename(o.temps[n], final); err != nil {
			errs = append(errs, err)
		}
	}
	o.temps = map[string]string{}
	return errors.Join(errs...)
}

// commitOnly renames name into place and drops every other file: a run
// that failed for too many rejected rows still leaves rejects.csv, the
// list the user needs to fix them.
func (o *outSet) commitOnly(name string) error {
	keep := map[string]string{}
	for n, t := range o.temps {
		if n == name {
			keep[n] = t
		} else if t != "" {
			os.Remove(t)
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
			os.Remove(t)
		}
	}
	o.temps = map[string]string{}
	if o.created {
		os.Remove(o.dir) // fails, harmlessly, when not empty
	}
}
