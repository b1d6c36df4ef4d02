package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/result"
)

// Inputs are read-only to sekat. Before a command writes anything,
// checkOut compares the real path of its output (links resolved as the
// system resolves them when writing, the part still to be made as written)
// with what the command reads, and refuses with exit 2:
//
//   - an output that is, lies inside or contains the study folder the
//     command reads (analyze, export, map and report given a STUDY);
//   - an output that is, or a folder that contains, an input file the study
//     reads, also one outside its folder (study.yaml files:, or a link with
//     --follow-symlinks);
//   - a file written by map or report given an OUTDIR that would replace a
//     file of that OUTDIR (its tables, summary.json, rejects.csv): writing
//     the maps and the report beside them is allowed;
//   - an output that lies inside any folder sekat would read as a study
//     (see studyAt), or an output folder that is one, though the command
//     does not read it: generate and demo read no study, and analyze would
//     overwrite units.csv of another study;
//   - for generate and demo, a folder that is not empty, unless --force;
//     with --force they overwrite only the files they write and remove
//     nothing, and they still refuse a study sekat did not generate (one
//     without truth.json: someone's data) and a folder holding tables or a
//     study.yaml they do not write (the folder would hold two studies).

// outPlan says where a command writes.
type outPlan struct {
	flag  string   // the flag that names path: "--out"
	path  string   // as the user gave it
	file  bool     // path is the file written (map, export); else a folder
	names []string // the files written into the folder
	fresh bool     // the folder must be missing or empty, unless force
	force bool
	// forceFlag: the command has --force, so the refusal of a folder that
	// is not empty may offer it (generate, demo; not pairs).
	forceFlag bool
	// study: the folder will be read as a study (generate, the study of
	// demo), so no table it does not write may be in it
	study bool
	// main is the file a reader opens first: for a folder, the one in
	// it (report.html); for a file, its name when given a folder
	// (map.svg). The refusal of an output of the wrong shape offers it.
	main string
}

// reads is what a run reads; no output may touch it.
type reads struct {
	studies []string // study folders
	inputs  []string // the study's input files, wherever they lie
	tables  []string // files of an analyze output folder read back
}

// studyReads is what reading the study of o reads: its folder (the folder
// of study.yaml when the study is given as that file) and every table file
// ingest resolves, outside the folder too. The files are listed as with
// --follow-symlinks, whatever o says: listing reads no table, and a file
// the load will refuse is guarded all the same. A study that cannot be
// opened still has its folder guarded; loading it fails later, before
// anything is written.
func studyReads(o studyOptions) reads {
	dir := o.Study
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		dir = filepath.Dir(dir)
	}
	r := reads{studies: []string{dir}}
	for _, p := range []string{o.Pairs, o.UnitPairs} {
		if p != "" {
			r.studies = append(r.studies, p) // the pair tables of --pairs, --unit-pairs
			// and what their links lead to elsewhere, listed as with
			// --follow-symlinks, as the study's files are: outputs were
			// written beside a part file linked from elsewhere
			folders, files := engine.LinkedOutside(p)
			r.studies = append(r.studies, folders...)
			r.inputs = append(r.inputs, files...)
		}
	}
	if st, err := ingest.OpenStudyWith(o.Study, ingest.StudyOptions{FollowSymlinks: true, LogsElsewhere: o.Pairs != ""}); err == nil {
		for _, fs := range st.Files {
			r.inputs = append(r.inputs, fs...)
		}
		if st.Crosswalk != "" {
			r.inputs = append(r.inputs, st.Crosswalk) // study.yaml crosswalk:
		}
	}
	return r
}

// readsOf is what map and report read: the study of o, or the files of an
// analyze output folder when o.Study is one (see obtainResult).
func readsOf(o analyzeOptions) reads {
	if !isOutDir(o.Study) {
		return studyReads(o.studyOptions)
	}
	var r reads
	for _, n := range outDirTables() {
		r.tables = append(r.tables, filepath.Join(o.Study, n))
	}
	return r
}

// outDirTables are the files of an analyze output folder that result.Read
// reads or that describe its run: summary.json, the tables and their
// Parquet twins at either level, rejects.csv.
func outDirTables() []string {
	var names []string
	for _, f := range new(result.Study).Files() {
		names = append(names, f.Name)
	}
	return append(names, "rejects.csv", briefFile)
}

// visualNames are the files report (and analyze) write beside the tables.
var visualNames = []string{"map.dot", "map.svg", "report.html"}

// generateNames are the files generate writes with o: the five tables with
// the extension of the format (csv by default, parquet for the nasional
// preset, as synth chooses), unit_crosswalk.csv with --reorg, and
// truth.json.
func generateNames(o generateOptions) []string {
	kind := o.Format.Kind
	if kind == "" {
		kind = synth.KindCSV
		if o.Preset == synth.PresetNasional {
			kind = synth.KindParquet
		}
	}
	ext := "." + kind
	if o.Format.Gzip {
		ext += ".gz"
	}
	var names []string
	for _, t := range synth.Tables() {
		names = append(names, t+ext)
	}
	if o.Reorg {
		names = append(names, synth.CrosswalkFile)
	}
	return append(names, synth.TruthFile)
}

// refusal is why an output is refused: a catalogue key, the arguments
// of its text after the flag and the output path, the fix's key and the
// folder an example of a better output is placed beside ("": none).
type refusal struct {
	key    string
	args   []any
	fix    string
	anchor string
}

// exampleKey is the text of a fix with an example, by the fix's key.
var exampleKey = map[string]string{"out.fix": "out.fixExample", "out.fixFile": "out.fixFileExample"}

// checkOut refuses the output of p when writing it could change what r
// lists, or a study found where p points (see the rules above), or when it
// has the wrong shape (checkShape): a usage error (exit 2) in lang that
// says what was refused and how to choose instead, with an example when
// one passes the same checks.
func checkOut(lang string, p outPlan, r reads) error {
	if link, target, ok := danglingLink(p.path); ok {
		// mkdir through it said "mkdir hasil: file exists" (analyze, in
		// English, exit 1), export "hasil already exists; --force"
		return usagef(msg(lang, "out.danglingLink"), p.flag, ingest.ShowName(p.path), ingest.ShowName(link), ingest.ShowName(target), p.flag)
	}
	if err := fileOnPath(lang, p); err != nil {
		return err
	}
	g := newGuard(r)
	out, err := realPath(p.path)
	var why *refusal
	if err == nil {
		why, err = g.refuse(p, out)
	}
	if errors.Is(err, errLinkLoop) {
		return usagef(msg(lang, "out.linkLoop"), p.flag, ingest.ShowName(p.path), p.flag)
	}
	if err != nil {
		return usagef("%s %s: %v", p.flag, ingest.ShowName(p.path), err)
	}
	if why == nil {
		return checkShape(lang, p)
	}
	reason := msg(lang, why.key, append([]any{p.flag, ingest.ShowName(p.path)}, why.args...)...)
	if ex := g.example(lang, p, out, why.anchor, why.fix); ex != "" {
		return usagef("%s; %s", reason, msg(lang, exampleKey[why.fix], p.flag, ex))
	}
	return usagef("%s; %s", reason, msg(lang, why.fix, p.flag))
}

// fileOnPath refuses (exit 2) an output folder that is a file, and an
// output, folder or file, that lies under a file, which nothing can be
// made in: pairs --run given a file ran into "open hasil: not a
// directory", in English, analyze into a failed mkdir (exit 1), and
// export, map and pairs given berkas/x.svg the same way (export at its
// probe of the folder, map after the analysis, pairs after reading the
// logs' layouts). An output file that exists is left to refuseExisting
// (--force).
func fileOnPath(lang string, p outPlan) error {
	start := filepath.Clean(p.path)
	if p.file {
		start = filepath.Dir(start)
	}
	for a := start; ; a = filepath.Dir(a) {
		fi, err := os.Stat(a)
		if err == nil {
			switch {
			case fi.IsDir():
				return nil
			case p.file:
				return usagef("%s", msg(lang, "out.fileUnderFile", p.flag, ingest.ShowName(p.path), ingest.ShowName(a), p.flag))
			case a == filepath.Clean(p.path):
				return usagef("%s", msg(lang, "out.isFile", p.flag, ingest.ShowName(p.path), p.flag))
			}
			return usagef("%s", msg(lang, "out.underFile", p.flag, ingest.ShowName(p.path), ingest.ShowName(a), p.flag))
		}
		if a == filepath.Dir(a) {
			return nil
		}
	}
}

// fileExts are the extensions of the files sekat reads and writes, and of
// other documents: an --out of a folder command ending in one of them was
// meant as a file.
var fileExts = map[string]bool{".html": true, ".htm": true, ".csv": true, ".tsv": true, ".json": true, ".svg": true,
	".png": true, ".pdf": true, ".dot": true, ".gv": true, ".xlsx": true, ".xls": true, ".gexf": true, ".graphml": true,
	".sql": true, ".txt": true, ".md": true, ".yaml": true, ".yml": true, ".zip": true, ".gz": true}

// checkShape refuses an output of the wrong shape (exit 2): a folder
// command (analyze, report, compare, ...) given a new path ending in a
// file's extension (report --out laporan.html made a folder laporan.html
// holding report.html), and a file command (map, export, pairs) given a
// folder (the rename of the finished file failed with "file exists").
// An existing folder of such a name is a folder still, and an existing
// file is left to the folder's making, which says it is a file.
func checkShape(lang string, p outPlan) error {
	fi, err := os.Stat(p.path)
	isDir := err == nil && fi.IsDir()
	if p.file {
		if !isDir {
			return nil
		}
		if p.main != "" {
			return usagef("%s", msg(lang, "out.folderForFileExample", p.flag, p.path, p.flag, filepath.Join(p.path, p.main)))
		}
		return usagef("%s", msg(lang, "out.folderForFile", p.flag, p.path))
	}
	// a path that exists is what it is: an existing folder is used, and
	// an existing file is said not to be one when the folder is made
	ext := strings.ToLower(filepath.Ext(p.path))
	if err == nil || !fileExts[ext] {
		return nil
	}
	stem := strings.TrimSuffix(p.path, filepath.Ext(p.path))
	if filepath.Base(stem) == "" || strings.HasSuffix(stem, string(filepath.Separator)) {
		stem = filepath.Join(stem, "sekat-out")
	}
	if p.main != "" {
		return usagef("%s", msg(lang, "out.fileForFolderMain", p.flag, p.path, ext, p.main, p.flag, stem, filepath.Join(stem, p.main)))
	}
	return usagef("%s", msg(lang, "out.fileForFolder", p.flag, p.path, ext, p.flag, stem))
}

// example is a new place beside anchor for the output of p that passes
// every check, or "".
func (g *guard) example(lang string, p outPlan, out, anchor, fix string) string {
	if anchor == "" || exampleKey[fix] == "" {
		return ""
	}
	parent := filepath.Dir(anchor)
	var cands []string
	// the same name beside the folder it lay in: studi/hasil -> hasil
	if within(anchor, out) || p.file {
		cands = append(cands, filepath.Join(parent, filepath.Base(out)))
	}
	if !p.file {
		cands = append(cands, filepath.Join(parent, msg(lang, "out.sibling", filepath.Base(anchor))))
	}
	for _, c := range cands {
		if exists(c) {
			continue
		}
		if why, err := g.refuse(p, c); err == nil && why == nil {
			return c
		}
	}
	return ""
}

// guard holds the real paths of what a run reads, and what it has learnt
// of the folders on the way.
type guard struct {
	studies, inputs, tables []string
	shown                   map[string]string // real path -> as the user named it
	info                    map[string]fs.FileInfo
	found                   map[string]bool // studyAt's answers
}

func newGuard(r reads) *guard {
	g := &guard{shown: map[string]string{}, info: map[string]fs.FileInfo{}, found: map[string]bool{}}
	add := func(dst *[]string, ps []string) {
		for _, p := range ps {
			rp, err := realPath(p)
			if err != nil {
				continue // a path that cannot be resolved cannot be written either
			}
			*dst = append(*dst, rp)
			if _, ok := g.shown[rp]; !ok {
				g.shown[rp] = p
			}
		}
	}
	add(&g.studies, r.studies)
	add(&g.inputs, r.inputs)
	add(&g.tables, r.tables)
	return g
}

// refuse applies the rules to the output of p at the real path out; nil
// when it may be written.
func (g *guard) refuse(p outPlan, out string) (*refusal, error) {
	fix := "out.fix"
	if p.file {
		fix = "out.fixFile"
	}
	for _, s := range g.studies {
		switch {
		case g.same(out, s):
			return &refusal{"out.isStudy", nil, fix, s}, nil
		case g.inside(out, s):
			return &refusal{"out.insideStudy", []any{g.show(s)}, fix, s}, nil
		case g.inside(s, out):
			return &refusal{"out.containsStudy", []any{g.show(s)}, fix, s}, nil
		}
	}
	for a := filepath.Dir(out); ; a = filepath.Dir(a) {
		if g.studyAt(a) {
			return &refusal{"out.insideStudy", []any{a}, fix, a}, nil
		}
		if a == filepath.Dir(a) {
			break
		}
	}
	for _, f := range g.inputs {
		switch {
		case g.same(out, f):
			return &refusal{"out.isInput", nil, fix, filepath.Dir(f)}, nil
		case g.inside(f, out):
			return &refusal{"out.containsInput", []any{g.show(f)}, fix, filepath.Dir(f)}, nil
		}
	}
	written := []string{out}
	if !p.file {
		written = written[:0]
		for _, n := range p.names {
			written = append(written, filepath.Join(out, n))
		}
	}
	for _, t := range g.tables {
		for _, w := range written {
			if g.same(w, t) {
				return &refusal{"out.isTable", []any{g.show(t)}, "out.fixName", ""}, nil
			}
		}
	}
	if p.file {
		return nil, nil
	}
	// what --force does not lift is said first: 'demo --out studi' was
	// told the folder is not empty and to add --force, and then, with
	// --force, that it is a study folder
	if p.study {
		if g.studyAt(out) && !exists(filepath.Join(out, synth.TruthFile)) {
			return &refusal{"out.forceRealStudy", nil, "out.fixNew", ""}, nil
		}
		foreign, err := foreignTables(out, p.names)
		if err != nil {
			return nil, err
		}
		if foreign != "" {
			return &refusal{"out.forceStudy", []any{foreign}, "out.fixNew", ""}, nil
		}
	} else if g.studyAt(out) {
		return &refusal{"out.isStudy", nil, fix, out}, nil
	}
	if p.fresh && !p.force {
		ents, err := os.ReadDir(out)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if len(ents) > 0 {
			fix := "out.fixEmptyFolder"
			if p.forceFlag {
				fix = "out.fixEmpty"
			}
			return &refusal{"out.notEmpty", nil, fix, ""}, nil
		}
	}
	return nil, nil
}

// foreignTables lists (at most three, then "...") the files in folder dir
// that ingest would read as a table, or that configure a study
// (study.yaml, study.yml), and that a run writing names there would not
// overwrite: with them the folder would hold two studies at once. "" when
// there are none or dir does not exist.
func foreignTables(dir string, names []string) (string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	var f []string
	for _, e := range ents {
		n := e.Name()
		if slices.Contains(names, n) || e.IsDir() {
			continue
		}
		if _, _, err := ingest.FormatOf(n); err == nil || n == "study.yaml" || n == "study.yml" {
			f = append(f, n)
		}
	}
	if len(f) > 3 {
		f = append(f[:3], "...")
	}
	return strings.Join(f, ", "), nil
}

// studyAt reports whether sekat would read folder dir (a real path) as a
// study: it holds study.yaml or study.yml, or tables ingest.OpenStudy
// accepts, and no summary.json (an analyze output folder holds units.csv
// and people.csv but is not a study).
func (g *guard) studyAt(dir string) bool {
	if s, ok := g.found[dir]; ok {
		return s
	}
	s := false
	if !exists(filepath.Join(dir, result.SummaryFile)) {
		s = exists(filepath.Join(dir, "study.yaml")) || exists(filepath.Join(dir, "study.yml"))
		if !s {
			_, err := ingest.OpenStudyWith(dir, ingest.StudyOptions{FollowSymlinks: true})
			s = err == nil
		}
	}
	g.found[dir] = s
	return s
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// same reports whether the real paths a and b are one file: equal, or the
// same file by device and inode (a folder named in another case on a
// case-insensitive disk, a hard link).
func (g *guard) same(a, b string) bool {
	if a == b {
		return true
	}
	fa, fb := g.stat(a), g.stat(b)
	return fa != nil && fb != nil && os.SameFile(fa, fb)
}

// inside reports whether the real path p lies inside folder dir.
func (g *guard) inside(p, dir string) bool {
	if within(dir, p) {
		return true
	}
	if g.stat(dir) == nil {
		return false
	}
	for a := filepath.Dir(p); ; a = filepath.Dir(a) {
		if g.same(a, dir) {
			return true
		}
		if a == filepath.Dir(a) {
			return false
		}
	}
}

func (g *guard) stat(p string) fs.FileInfo {
	fi, ok := g.info[p]
	if !ok {
		fi, _ = os.Stat(p)
		g.info[p] = fi
	}
	return fi
}

// show is a guarded path as the user named it.
func (g *guard) show(p string) string {
	if s, ok := g.shown[p]; ok {
		return s
	}
	return p
}

// within reports whether path p lies strictly inside folder root, both
// absolute and cleaned.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// danglingLink finds the first symbolic link on path p (p itself or a
// folder on the way) whose target does not exist, and returns the link as
// p names it and its target as the link holds it: writing through it
// fails ("mkdir out: file exists"), and replacing it would write where
// the user did not point.
func danglingLink(p string) (link, target string, ok bool) {
	if p == "" {
		return "", "", false
	}
	prefix := ""
	if filepath.IsAbs(p) {
		prefix = filepath.VolumeName(p) + string(filepath.Separator)
	}
	for _, c := range splitPath(p[len(filepath.VolumeName(p)):]) {
		prefix = filepath.Join(prefix, c)
		fi, err := os.Lstat(prefix)
		if err != nil {
			return "", "", false // the rest is still to be made
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if _, err := os.Stat(prefix); errors.Is(err, fs.ErrNotExist) {
			t, _ := os.Readlink(prefix)
			return prefix, t, true
		}
	}
	return "", "", false
}

// errLinkLoop is realPath's error for a path whose links lead to each
// other.
var errLinkLoop = errors.New("too many symbolic links")

// maxLinks is how many symbolic links realPath follows in one path, as
// Linux does (40) before it gives up with "too many links".
const maxLinks = 40

// realPath is p made absolute with every symbolic link in it resolved the
// way the system resolves it when a file is written there: a link's target
// replaces it, and ".." after a link leads to the parent of its target. The
// part of p that does not exist yet is kept as written (cleaned), so the
// real place of an output folder that is still to be made is known.
func realPath(p string) (string, error) {
	if p == "" {
		p = "."
	}
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p
	}
	vol := filepath.VolumeName(p)
	root := vol + string(filepath.Separator)
	cur, todo := root, splitPath(p[len(vol):])
	for links := 0; len(todo) > 0; {
		c := todo[0]
		todo = todo[1:]
		switch c {
		case ".":
			continue
		case "..":
			cur = filepath.Dir(cur)
			continue
		}
		next := filepath.Join(cur, c)
		fi, err := os.Lstat(next)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			cur = next // a missing name is kept as written
			continue
		}
		if links++; links > maxLinks {
			return "", errLinkLoop
		}
		t, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		if filepath.IsAbs(t) {
			v := filepath.VolumeName(t)
			cur, t = v+string(filepath.Separator), t[len(v):]
		}
		todo = append(splitPath(t), todo...)
	}
	return cur, nil
}

// splitPath splits p at its separators, dropping empty names.
func splitPath(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r < 0x80 && os.IsPathSeparator(uint8(r)) })
}
