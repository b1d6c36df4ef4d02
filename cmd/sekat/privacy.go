package main

import (
	"bufio"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// privacyOptions are the flags of every command that can write
// person-level outputs (docs/security.md, "Person-level outputs"): where the pseudonym key is,
// whether names are revealed, what the run is for, the minimum group size.
// preparePrivacy fills in the key.
type privacyOptions struct {
	KeyFile  string
	Reveal   bool
	Purpose  string
	MinGroup int // 0: study.yaml's privacy.min_group, else people.DefaultMinGroup
	// Flags are the flags as given, for audit.json.
	Flags []string

	key       people.Key
	keySource string // "file", "environment", "created"
}

// keyEnv is the environment variable that may hold the pseudonym key.
const keyEnv = "SEKAT_KEY"

// privacyFlags are --key-file, --reveal, --purpose and --min-group.
func privacyFlags(hl string) []cli.Flag {
	h := helpFor(hl)
	return []cli.Flag{
		&cli.StringFlag{Name: "key-file", Usage: h("flag.key-file")},
		&cli.BoolFlag{Name: "reveal", Usage: h("flag.reveal")},
		&cli.StringFlag{Name: "purpose", Usage: h("flag.purpose")},
		&cli.IntFlag{Name: "min-group", Usage: h("flag.min-group", people.DefaultMinGroup), DefaultText: fmt.Sprint(people.DefaultMinGroup)},
	}
}

// privacyOptionsFrom reads privacyFlags and the flags as given.
func privacyOptionsFrom(c *cli.Context, lang string) (privacyOptions, error) {
	p := privacyOptions{KeyFile: c.String("key-file"), Reveal: c.Bool("reveal"), Purpose: strings.TrimSpace(c.String("purpose")),
		MinGroup: c.Int("min-group"), Flags: givenFlags(c)}
	// Showing who people are is done for a stated reason, which audit.json
	// keeps (as facilitators always asks).
	if p.Reveal && p.Purpose == "" {
		return p, usagef("%s", msg(lang, "needPurposeReveal"))
	}
	if c.IsSet("min-group") {
		if _, err := people.MinGroup(p.MinGroup); err != nil || p.MinGroup == 0 {
			return p, usagef(msg(lang, "badMinGroup"), p.MinGroup, people.DefaultMinGroup)
		}
	}
	return p, nil
}

// hiddenFlagValues are the flags whose values no output keeps (a path or
// an id can name a person), with the placeholder the recorded command
// line writes for the value: audit.json lists them without it
// (givenFlags), briefing.json and the pages with it (hiddenValue).
var hiddenFlagValues = map[string]string{"key-file": "FILE", "ego": "ID"}

// givenFlags lists the flags set on the command line as --name=value
// (--key-file and --ego without their values: a path or an id can name a
// person).
func givenFlags(c *cli.Context) []string {
	var out []string
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		if !c.IsSet(name) {
			continue
		}
		if _, hidden := hiddenFlagValues[name]; hidden {
			out = append(out, "--"+name)
			continue
		}
		switch name {
		case "purpose":
			continue // audit.json has it as purpose
		}
		// a list (--pairs, --unit-pairs) as its values, one --name=value
		// each: written with %v it read "--pairs={[prp401] { false false}
		// true false}", the flag's Go struct (QA of session 49)
		if _, ok := f.(*cli.StringSliceFlag); ok {
			for _, s := range c.StringSlice(name) {
				out = append(out, fmt.Sprintf("--%s=%s", name, s))
			}
			continue
		}
		v := c.Value(name)
		if b, ok := v.(bool); ok && b {
			out = append(out, "--"+name)
			continue
		}
		out = append(out, fmt.Sprintf("--%s=%v", name, v))
	}
	return out
}

// preparePrivacy finds the pseudonym key of a person-level run (nothing at
// unit level): --key-file, else SEKAT_KEY, else the key file in the
// user's configuration folder (people.DefaultKeyPath), which is created
// the first time and said on stderr. A key file inside outDir (where the
// outputs go) is refused: whoever receives the outputs must not receive
// the key. A command that writes single files (map, export) passes them
// as files instead of a folder: only a key written over one of them is
// refused, so that a map written into the home folder, which holds the
// configuration folder, is not.
func preparePrivacy(o *studyOptions, outDir string, files []string, stderr io.Writer) error {
	if o.Level != "person" {
		return nil
	}
	p := &o.privacyOptions
	inside := func(path string) error {
		kp, err := realPath(path)
		if err != nil {
			kp, _ = filepath.Abs(path)
		}
		for _, f := range files {
			fp, err := realPath(f)
			if err != nil {
				fp, _ = filepath.Abs(f)
			}
			if fp == kp {
				return usagef(msg(o.Lang, "keyInsideOut"), path, f)
			}
		}
		if outDir == "" {
			return nil
		}
		op, err2 := realPath(outDir)
		if err == nil && err2 == nil && (kp == op || within(op, kp)) {
			return usagef(msg(o.Lang, "keyInsideOut"), path, outDir)
		}
		return nil
	}
	switch {
	case p.KeyFile != "":
		if err := inside(p.KeyFile); err != nil {
			return err
		}
		k, err := people.LoadKeyFile(p.KeyFile)
		if err != nil {
			return usagef(msg(o.Lang, "badKey"), keyErrorText(o.Lang, err))
		}
		p.key, p.keySource = k, "file"
	case os.Getenv(keyEnv) != "":
		k, err := people.ParseKey([]byte(os.Getenv(keyEnv)))
		if err != nil {
			return usagef(msg(o.Lang, "badKeyEnv"), keyEnv, keyErrorText(o.Lang, err))
		}
		p.key, p.keySource = k, "environment"
	default:
		path, err := people.DefaultKeyPath()
		if err != nil {
			return usagef(msg(o.Lang, "badKey"), keyErrorText(o.Lang, err))
		}
		if err := inside(path); err != nil {
			return err
		}
		k, err := people.LoadKeyFile(path)
		switch {
		case err == nil:
			p.key, p.keySource = k, "file"
		case errors.Is(err, fs.ErrNotExist) || !exists(path):
			if k, err = people.CreateKeyFile(path, rand.Reader); err != nil {
				return &wordedError{msg(o.Lang, "keyCreateFailed", path) + ": " + keyErrorText(o.Lang, err), err}
			}
			p.key, p.keySource = k, "created"
			fmt.Fprintln(stderr, msg(o.Lang, "keyCreated", path))
		default:
			return usagef(msg(o.Lang, "badKey"), keyErrorText(o.Lang, err))
		}
	}
	if p.Reveal {
		fmt.Fprintln(stderr, msg(o.Lang, "revealWarning"))
	}
	return nil
}

// notePurpose says on stderr that a person-level run states no purpose
// (audit.json records purpose_stated false): pseudonymous data is still
// personal data (UU 27/2022), and only facilitators and --reveal require
// --purpose, so the run goes on (docs/security.md).
func notePurpose(stderr io.Writer, o studyOptions) {
	if o.Purpose == "" {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "noPurpose")))
	}
}

// minGroupOf is the minimum group size of the run: --min-group, else
// study.yaml's privacy.min_group, else people.DefaultMinGroup; a value
// below the default is bad usage.
func minGroupOf(o studyOptions, st *ingest.Study) (int, error) {
	k, key := o.MinGroup, "badMinGroup"
	if k == 0 && st != nil && st.Config.Privacy.MinGroup != nil {
		// the study's setting: the refusal names study.yaml, not a flag
		// the user did not give
		k, key = *st.Config.Privacy.MinGroup, "badMinGroupYAML"
		if k == 0 {
			return 0, usagef(msg(o.Lang, key), k, people.DefaultMinGroup)
		}
	}
	v, err := people.MinGroup(k)
	if err != nil {
		return 0, usagef(msg(o.Lang, key), k, people.DefaultMinGroup)
	}
	return v, nil
}

// pseudonymous reports whether the person-level network of l carries
// pseudonyms (a person-level run without --reveal).
func (o studyOptions) pseudonymous() bool { return o.Level == "person" && !o.Reveal }

// withholds reports whether the value of the rejected row e is left out
// of the files a run writes (rejects.csv): at either level, unless
// --reveal, a value that may name a person (ingest.RowError.Personal).
// The user's own terminal (stderr, validate) still shows it.
func (o studyOptions) withholds(e *ingest.RowError) bool { return !o.Reveal && e.Personal() }

// protectNetwork pseudonymises a person-level network for a run without
// --reveal: the one place where the analyze, report, map and export
// commands turn person ids into pseudonyms, before anything is computed
// or written.
func protectNetwork(o studyOptions, n *graph.Network, minGroup int) (*graph.Network, error) {
	if n.Level != graph.PersonLevel || o.Reveal || o.rawIDs {
		return n, nil
	}
	if !o.key.Valid() {
		return nil, errors.New("sekat: a person-level network without a pseudonym key; this is a bug in sekat")
	}
	return people.Pseudonymize(n, o.key, minGroup)
}

// mergePlan adds to p (nil: none yet) what people.PlanFor withholds in
// the person network n of one period of a compare or trend, for the
// minimum group size k: a sector or unit withheld in any period is
// withheld in every period, so that neither a period's figure nor a
// change between periods describes it. Within each period the withheld
// cells still hold at least k people together (a cell added from another
// period holds at least k people in this one), so complementary
// suppression keeps its guarantee. p's counts of people are those of the
// first period.
func mergePlan(p *people.Plan, n *graph.Network, k int) (*people.Plan, error) {
	q, err := people.PlanFor(n, k)
	if err != nil || p == nil {
		return q, err
	}
	for s := range q.Sectors {
		p.Sectors[s] = true
	}
	for u := range q.Units {
		p.Units[u] = true
	}
	return p, nil
}

// personCount is the number of person nodes of n.
func personCount(n *graph.Network) int {
	c := 0
	for i := range n.Nodes {
		if n.Nodes[i].Kind == graph.KindPerson {
			c++
		}
	}
	return c
}

// planWithheld is the audit record of what plan p withholds.
func planWithheld(p *people.Plan) *people.Withheld {
	w := &people.Withheld{MinGroup: p.MinGroup, Sectors: []string{}, Units: []string{}, Communities: []string{}}
	for s := range p.Sectors {
		w.Sectors = append(w.Sectors, s)
	}
	for u := range p.Units {
		w.Units = append(w.Units, u)
	}
	sort.Strings(w.Sectors)
	sort.Strings(w.Units)
	return w
}

// hiddenCommunities are the communities of a person-level analysis that
// the minimum group size k withholds: those of fewer than k people and the
// smallest others with them (people.Complement over the communities,
// against all people), as people.Protect withholds them for analyze.
func hiddenCommunities(n *graph.Network, mr *metrics.Result, k int) map[int]bool {
	hidden := map[int]bool{}
	for _, c := range people.HiddenCommunities(n, mr, k) {
		hidden[c] = true
	}
	return hidden
}

// changeMinGroup is the minimum group size a person-level compare or
// trend withheld groups under (viz.ChangeMethod.MinGroup): 0 when it
// withheld nothing (withheld nil, --reveal).
func changeMinGroup(withheld *people.Withheld) int {
	if withheld == nil {
		return 0
	}
	return withheld.MinGroup
}

// changeAudit is the file audit.json of a compare or trend run: at person
// level the record of the run (what was withheld, the files written of
// files, the notice); at unit level a file that is not written, so that
// an old audit.json of a person-level run leaves the folder.
func changeAudit(command string, o studyOptions, study, from, to string, withheld *people.Withheld, files []result.File, parquet bool) result.File {
	f := result.File{Name: people.AuditFile}
	if o.Level != "person" {
		return f
	}
	var names []string
	for _, x := range files {
		if x.Write != nil && (!x.Parquet || parquet) {
			names = append(names, x.Name)
		}
	}
	sort.Strings(names)
	a := auditWith(command, o, study, from, to, withheld, names)
	a.Notice = viz.ChangeNotice(changeMinGroup(withheld), o.Lang)
	f.Write = func(w io.Writer) error { return a.Write(w) }
	return f
}

// auditOf is the audit record of a person-level run of command over the
// study of l.
func auditOf(command string, o studyOptions, l *loaded, withheld *people.Withheld, outputs []string) *people.Audit {
	from, to := displayWindow(l)
	return auditWith(command, o, l.res.Study.Name, from, to, withheld, outputs)
}

// auditWith is the audit record of a person-level run of command over
// study and the window [from, to), or of a unit-level run with --reveal,
// whose rejects.csv shows values that may name people.
func auditWith(command string, o studyOptions, study, from, to string, withheld *people.Withheld, outputs []string) *people.Audit {
	a := &people.Audit{Sekat: Version, Command: command, Purpose: o.Purpose, PurposeStated: o.Purpose != "", Operator: people.Operator(),
		Study: study, From: from, To: to, Flags: o.Flags, Pseudonyms: !o.Reveal || o.key.Valid(), Revealed: o.Reveal,
		KeySource: o.keySource, Withheld: withheld, Outputs: outputs}
	if o.Level == "person" { // a unit-level run's tables are about units
		a.Notice = people.Notice(o.Lang)
	}
	if o.key.Valid() {
		a.KeyID = o.key.ID()
	}
	return a
}

// folderAudit reads the audit record of an output folder, nil when it has
// none.
func folderAudit(dir string) *people.Audit { return people.FolderAudit(dir) }

// writeAuditFile writes the audit record to path atomically.
func writeAuditFile(path string, a *people.Audit) error {
	return writeFileAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := a.Write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// auditPathBeside is where the audit record of a single-file output goes:
// beside it, named after it.
func auditPathBeside(file string) string {
	return filepath.Join(filepath.Dir(file), filepath.Base(file)+"."+people.AuditFile)
}

// revealedFolder reports whether an analyze output folder holds revealed
// names: its audit.json says so.
func revealedFolder(dir string) bool {
	a := folderAudit(dir)
	return a != nil && a.Revealed
}

// keyErrorText says in lang why a pseudonym key cannot be used: people's
// KeyError in the catalogue's words (people's own text is English).
func keyErrorText(lang string, err error) string {
	var ke *people.KeyError
	if !errors.As(err, &ke) {
		return err.Error()
	}
	var s string
	switch ke.Problem {
	case people.KeyMalformed:
		s = msg(lang, "key.malformed", 2*people.KeyBytes, 8*people.KeyBytes, ke.Found, people.KeyBytes, people.KeyBytes)
		if ke.Found == 0 { // "found 0 characters that are not" said nothing
			s = msg(lang, "key.empty", people.KeyBytes, people.KeyBytes)
		}
		if ke.Path != "" {
			s = ke.Path + ": " + s
		}
	case people.KeyShared:
		s = msg(lang, "key.shared", ke.Path, fmt.Sprintf("%#o", ke.Mode), ke.Path)
	case people.KeyForeign:
		s = msg(lang, "key.foreign", ke.Path, ke.Owner, ke.You)
	case people.KeyNotRegular:
		s = msg(lang, "key.notRegular", ke.Path)
	case people.KeyNoFolder:
		s = msg(lang, "key.noFolder", ke.Err)
	default:
		switch {
		case errors.Is(ke.Err, fs.ErrNotExist):
			s = msg(lang, "key.missing", ke.Path)
		case errors.Is(ke.Err, fs.ErrPermission):
			s = msg(lang, "key.denied", ke.Path)
		default:
			s = msg(lang, "key.unreadable", ke.Path, ke.Err)
		}
	}
	return s
}
