package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// TestHelpTranslated checks that every help text exists in Bahasa
// Indonesia and in English, and that the two differ (an untranslated
// string is the same in both): urfave/cli's own words here, sekat's in the
// apps built in both languages below.
func TestHelpTranslated(t *testing.T) {
	for _, key := range []string{"cli.help", "cli.version", "cli.helpCommand", "cli.helpArgs", "cli.head.name",
		"cli.head.usage", "cli.head.version", "cli.head.description", "cli.head.category", "cli.head.commands",
		"cli.head.globalFlags", "cli.head.flags", "cli.globalFlags", "cli.command", "cli.commandFlags",
		"cli.arguments", "cli.default", "cli.versionLine"} {
		id, en := i18n.T("id", key), i18n.T("en", key)
		if id == key || en == key || id == en {
			t.Errorf("%s: id %q, en %q", key, id, en)
		}
	}

	// urfave/cli adds one help command, shared by every app; check it
	// right after each build.
	helpCmd := [2]string{}
	for i, l := range []string{"id", "en"} {
		helpCmd[i] = newApp(io.Discard, io.Discard, l).Command("help").Usage
	}
	if helpCmd[0] == "" || helpCmd[0] == helpCmd[1] {
		t.Errorf("help command: id %q, en %q", helpCmd[0], helpCmd[1])
	}

	id, en := newApp(io.Discard, io.Discard, "id"), newApp(io.Discard, io.Discard, "en")
	pair := func(what, a, b string, optional bool) {
		t.Helper()
		switch {
		case optional && a == "" && b == "":
		case a == "" || b == "":
			t.Errorf("%s: empty help text: id %q, en %q", what, a, b)
		case a == b:
			t.Errorf("%s: id and en are the same: %q", what, a)
		}
	}
	flags := func(what string, a, b []cli.Flag) {
		t.Helper()
		if len(a) != len(b) {
			t.Fatalf("%s: %d flags in id, %d in en", what, len(a), len(b))
		}
		for i := range a {
			fa, fb := a[i].(cli.DocGenerationFlag), b[i].(cli.DocGenerationFlag)
			name := what + " --" + fa.Names()[0]
			pair(name, fa.GetUsage(), fb.GetUsage(), false)
			// a flag with a value names it in backquotes, else the help
			// says "value"
			if fa.TakesValue() && (placeholderOf(fa.GetUsage()) == "" || placeholderOf(fb.GetUsage()) == "") {
				t.Errorf("%s: no `PLACEHOLDER` in id %q or en %q", name, fa.GetUsage(), fb.GetUsage())
			}
		}
	}
	pair("sekat usage", id.Usage, en.Usage, false)
	pair("sekat description", id.Description, en.Description, false)
	flags("sekat", id.Flags, en.Flags)
	if len(id.Commands) != len(en.Commands) {
		t.Fatalf("%d commands in id, %d in en", len(id.Commands), len(en.Commands))
	}
	n := 0
	for i, c := range id.Commands {
		e := en.Commands[i]
		if c.Name == "help" {
			continue
		}
		n++
		pair(c.Name+" usage", c.Usage, e.Usage, false)
		pair(c.Name+" description", c.Description, e.Description, false)
		pair(c.Name+" arguments", c.ArgsUsage, e.ArgsUsage, true)
		flags(c.Name, c.Flags, e.Flags)
		for _, d := range []string{c.Description, e.Description} {
			if !strings.Contains(d, "\n   sekat "+c.Name) {
				t.Errorf("%s: description without an example: %q", c.Name, d)
			}
		}
	}
	if n != 12 {
		t.Errorf("%d commands checked, want 12", n)
	}
}

// TestHelpLanguage runs --help the ways a user would and checks the
// language of urfave/cli's headings and of sekat's own text.
func TestHelpLanguage(t *testing.T) {
	idWords := []string{"NAMA:", "PENGGUNAAN:", "DESKRIPSI:", "Contoh:", "tampilkan bantuan"}
	enWords := []string{"NAME:", "USAGE:", "DESCRIPTION:", "Examples:", "show help"}
	for _, tc := range []struct {
		env  string
		args []string
		en   bool
		want []string
	}{
		{"", []string{"--help"}, false, []string{"PERINTAH:", "OPSI GLOBAL:", "VERSI:", "sekat [opsi global] perintah [opsi perintah]",
			"tampilkan daftar perintah", "temukan sekat antar-OPD", "SEKAT_LANG"}},
		{"", []string{"--help", "--lang", "en"}, true, []string{"COMMANDS:", "GLOBAL OPTIONS:", "VERSION:", "sekat [global options] command [command options]",
			"Shows a list of commands", "find the silos", "SEKAT_LANG"}},
		{"", []string{"analyze", "--help"}, false, []string{"OPSI:", "sekat analyze [opsi perintah] STUDI", "bangun jejaring", "--out FOLDER"}},
		{"", []string{"analyze", "--help", "--lang", "en"}, true, []string{"OPTIONS:", "sekat analyze [command options] STUDY", "build the network", "--out DIR"}},
		{"", []string{"analyze", "-h", "--lang=en"}, true, []string{"OPTIONS:"}},
		{"", []string{"-lang", "en", "help", "analyze"}, true, []string{"OPTIONS:"}},
		{"en", []string{"analyze", "--help"}, true, []string{"OPTIONS:"}},
		{"en", []string{"analyze", "--help", "-lang=id"}, false, []string{"OPSI:"}},
		{"fr", []string{"map", "--help"}, false, []string{"OPSI:", "STUDI|HASIL"}},
	} {
		t.Setenv("SEKAT_LANG", tc.env)
		code, out, stderr := sekat(t, tc.args...)
		if code != 0 {
			t.Errorf("SEKAT_LANG=%s sekat %v: exit %d: %s", tc.env, tc.args, code, stderr)
			continue
		}
		want, notWant := append(idWords, tc.want...), enWords
		if tc.en {
			want, notWant = append(enWords, tc.want...), idWords
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("SEKAT_LANG=%s sekat %v: no %q in\n%s", tc.env, tc.args, w, out)
			}
		}
		for _, w := range notWant {
			if strings.Contains(out, w) {
				t.Errorf("SEKAT_LANG=%s sekat %v: %q in\n%s", tc.env, tc.args, w, out)
			}
		}
	}
}

// TestHelpFlagDefaults checks that each flag's help shows one default, in
// the help's language, and names its value.
func TestHelpFlagDefaults(t *testing.T) {
	t.Setenv("SEKAT_LANG", "")
	valueFlag := regexp.MustCompile(`^\s+--[a-z-]+(, -[a-z])? value\s`)
	for _, l := range []string{"id", "en"} {
		def, other := "(bawaan: ", "(default"
		if l == "en" {
			def, other = "(default: ", "(bawaan"
		}
		for _, c := range []string{"demo", "generate", "validate", "analyze", "export", "map", "report"} {
			code, out, _ := sekat(t, c, "--help", "--lang", l)
			if code != 0 {
				t.Fatalf("%s --help --lang %s: exit %d", c, l, code)
			}
			for _, line := range strings.Split(out, "\n") {
				if !strings.HasPrefix(strings.TrimSpace(line), "-") {
					continue
				}
				if strings.Count(line, def) > 1 || strings.Contains(line, other) || valueFlag.MatchString(line) {
					t.Errorf("%s --help --lang %s: %q", c, l, line)
				}
			}
			if c == "analyze" && !strings.Contains(out, def+"0.01)") {
				t.Errorf("analyze --help --lang %s: --max-reject-rate does not show %s0.01):\n%s", l, def, out)
			}
		}
	}
}

func TestHelpLang(t *testing.T) {
	for _, tc := range []struct {
		env  string
		args []string
		want string
	}{
		{"", nil, "id"},
		{"", []string{"analyze", "studi"}, "id"},
		{"en", []string{"analyze", "studi"}, "en"},
		{"id", []string{"analyze", "studi"}, "id"},
		{"EN", []string{"analyze", "studi"}, "en"},   // in any case, as --lang EN (it was ignored)
		{" id ", []string{"analyze", "studi"}, "id"}, // trimmed
		{"fr", []string{"analyze", "studi"}, "id"},   // id or en only
		{"", []string{"analyze", "studi", "--lang", "en"}, "en"},
		{"", []string{"--lang=en", "analyze"}, "en"},
		{"", []string{"analyze", "-lang", "en", "studi"}, "en"},
		{"", []string{"analyze", "-lang=en"}, "en"},
		{"en", []string{"analyze", "--lang", "id"}, "id"},
		{"", []string{"--lang", "en", "analyze", "--lang", "id"}, "id"}, // the last one
		{"", []string{"analyze", "--lang", "fr"}, "id"},
		{"en", []string{"analyze", "--lang", "fr"}, "en"},
		{"", []string{"analyze", "--", "--lang", "en"}, "id"}, // an argument, not a flag
		{"", []string{"analyze", "--lang"}, "id"},
		{"", []string{"analyze", "en"}, "id"},
	} {
		args := append([]string{"sekat"}, tc.args...)
		if got := helpLang(args, func(string) string { return tc.env }); got != tc.want {
			t.Errorf("SEKAT_LANG=%q %v: %s, want %s", tc.env, tc.args, got, tc.want)
		}
	}
}

// TestSekatLangEnvForMessages: without --lang, SEKAT_LANG sets the language
// of messages too, not only of --help; --lang still wins.
func TestSekatLangEnvForMessages(t *testing.T) {
	for _, tc := range []struct {
		env  string
		args []string
		want string
	}{
		{"en", nil, "all usable"},
		{"", nil, "semuanya dapat dipakai"},
		{"en", []string{"--lang", "id"}, "semuanya dapat dipakai"},
		{"id", []string{"--lang", "en"}, "all usable"},
		{"EN", nil, "all usable"}, // as --lang EN; it was ignored with a warning
	} {
		t.Setenv("SEKAT_LANG", tc.env)
		code, out, _ := sekat(t, append([]string{"validate", "../../testdata/studies/hand"}, tc.args...)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("SEKAT_LANG=%q validate %v: exit %d, want %q in %q", tc.env, tc.args, code, tc.want, out)
		}
	}
}

// TestMain runs the tests without the caller's SEKAT_LANG, which would
// change the language of every message the tests read.
func TestMain(m *testing.M) {
	// Person-level runs make a pseudonym key in the user's configuration
	// folder when none is given: the tests' folder is their own.
	cleanup := clitest.Isolate()
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// TestUsageErrorsLocalized: bad option values exit 2 with a sentence in
// the language of --lang.
func TestUsageErrorsLocalized(t *testing.T) {
	hand := "../../testdata/studies/hand"
	for _, tc := range []struct {
		args   []string
		id, en string
	}{
		{[]string{"analyze", hand, "--resolution", "0"}, "harus lebih dari 0", "must be more than 0"},
		{[]string{"analyze", hand, "--permutations", "-1"}, "harus 0", "must be 0"},
		{[]string{"analyze", hand, "--max-reject-rate", "2"}, "harus antara 0 dan 1", "must be between 0 and 1"},
		{[]string{"analyze", hand, "--leiden-iterations", "-2"}, "tidak boleh negatif", "must not be negative"},
		{[]string{"report", hand, "--leiden-iterations", "-2"}, "tidak boleh negatif", "must not be negative"},
		{[]string{"demo", "x"}, "tidak menerima argumen", "takes no arguments"},
		{[]string{"generate", "--format", "xls"}, "tidak dikenal", "unknown --format"},
		{[]string{"map", hand, "--engine", "neato"}, "pilih fdp atau dot", "choose fdp or dot"},
		{[]string{"map", hand, "--layer", "meetings", "--ego", "x"}, "tidak dapat dipakai bersamaan", "cannot be used together"},
		{[]string{"report", hand, "--size-by", "x"}, "pilih salah satu dari", "choose one of"},
	} {
		for _, l := range []struct{ lang, want string }{{"id", tc.id}, {"en", tc.en}} {
			code, _, stderr := sekat(t, append(tc.args, "--lang", l.lang)...)
			if code != 2 || !strings.Contains(stderr, l.want) {
				t.Errorf("sekat %v --lang %s: exit %d, want 2 and %q in %q", tc.args, l.lang, code, l.want, stderr)
			}
		}
	}
}

// TestLeidenIterationsFlag: --leiden-iterations caps the reported Leiden
// run, and summary.json records what was asked and what ran; the default
// runs until stable (at least one iteration, and one more that changed
// nothing unless the first left everything in place).
func TestLeidenIterationsFlag(t *testing.T) {
	hand := "../../testdata/studies/hand"
	method := func(out string) (asked, ran int) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, "summary.json"))
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Method struct {
				Asked int `json:"leiden_iterations"`
				Ran   int `json:"leiden_iterations_run"`
			} `json:"method"`
		}
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		return s.Method.Asked, s.Method.Ran
	}
	out1 := filepath.Join(t.TempDir(), "one")
	if code, _, stderr := sekat(t, "analyze", hand, "--leiden-iterations", "1", "--out", out1); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if asked, ran := method(out1); asked != 1 || ran != 1 {
		t.Errorf("--leiden-iterations 1: summary.json says asked %d, ran %d; want 1 and 1", asked, ran)
	}
	if b, err := os.ReadFile(filepath.Join(out1, "report.html")); err != nil || !strings.Contains(string(b), "Iterasi Leiden") || !strings.Contains(string(b), "batas 1") {
		t.Errorf("report.html does not say the Leiden iterations and their cap (%v)", err)
	}
	out0 := filepath.Join(t.TempDir(), "default")
	if code, _, stderr := sekat(t, "analyze", hand, "--out", out0); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// On the hand study the first iteration moves nodes, so a second one
	// runs and changes nothing.
	if asked, ran := method(out0); asked != 0 || ran != 2 {
		t.Errorf("default: summary.json says asked %d, ran %d; want 0 and 2", asked, ran)
	}
	if code, _, stderr := sekat(t, "analyze", hand, "--leiden-iterations", "-1", "--out", t.TempDir()); code != 2 || !strings.Contains(stderr, "tidak boleh negatif") {
		t.Errorf("--leiden-iterations -1: exit %d, %q; want 2 and a sentence", code, stderr)
	}
}

// TestFlagErrorsInSekatWords: the errors of Go's flag package that
// urfave/cli passes on reach the user in sekat's words, in the language of
// --lang, naming the flag and what is allowed; exit code 2.
func TestFlagErrorsInSekatWords(t *testing.T) {
	hand := "../../testdata/studies/hand"
	// analyze's flags as its help lists them, then --help (which urfave/cli
	// adds when the command runs)
	var names []string
	for _, f := range newApp(io.Discard, io.Discard, "id").Command("analyze").Flags {
		names = append(names, "--"+f.Names()[0])
	}
	analyzeFlags := strings.Join(append(names, "--help"), ", ")
	if !strings.HasPrefix(analyzeFlags, "--from, --to, --level, --keep-inactive, --strict, --max-reject-rate, --lang") || !strings.Contains(analyzeFlags, "--out, --seed") {
		t.Fatalf("analyze's flags are %s", analyzeFlags)
	}
	for _, tc := range []struct {
		args   []string
		id, en string
	}{
		{[]string{"analyze", hand, "--bogus"},
			"sekat: opsi --bogus tidak dikenal pada `sekat analyze`; opsi yang tersedia: " + analyzeFlags + "\n",
			"sekat: unknown flag --bogus for `sekat analyze`; its flags are " + analyzeFlags + "\n"},
		{[]string{"analyze", hand, "--resolutoin", "2"},
			"sekat: opsi --resolutoin tidak dikenal pada `sekat analyze` (maksudnya --resolution?); opsi yang tersedia: " + analyzeFlags + "\n",
			"sekat: unknown flag --resolutoin for `sekat analyze` (did you mean --resolution?); its flags are " + analyzeFlags + "\n"},
		{[]string{"--bogus"},
			"sekat: opsi --bogus tidak dikenal pada `sekat`; opsi yang tersedia: --lang, --help, --version\n",
			"sekat: unknown flag --bogus for `sekat`; its flags are --lang, --help, --version\n"},
		{[]string{"help", "-x"},
			"sekat: opsi -x tidak dikenal pada `sekat help`; opsi yang tersedia: --lang, --help\n",
			"sekat: unknown flag -x for `sekat help`; its flags are --lang, --help\n"},
		{[]string{"analyze", hand, "--seed", "abc"},
			`sekat: --seed "abc": nilainya harus bilangan bulat 0 atau lebih, mis. 42` + "\n",
			`sekat: --seed "abc": the value must be a whole number, 0 or more, e.g. 42` + "\n"},
		{[]string{"map", hand, "--max-ties", "1.5"},
			`sekat: --max-ties "1.5": nilainya harus bilangan bulat, mis. 3` + "\n",
			`sekat: --max-ties "1.5": the value must be a whole number, e.g. 3` + "\n"},
		// the number meant, for a decimal comma or a share in percent
		{[]string{"generate", "--scale", "0,5"},
			`sekat: --scale "0,5": nilainya harus bilangan dengan titik desimal: tulis --scale 0.5` + "\n",
			`sekat: --scale "0,5": the value must be a number with a decimal point: write --scale 0.5` + "\n"},
		{[]string{"analyze", hand, "--max-reject-rate", "5%"},
			`sekat: --max-reject-rate "5%": nilainya harus bilangan dengan titik desimal: tulis --max-reject-rate 0.05` + "\n",
			`sekat: --max-reject-rate "5%": the value must be a number with a decimal point: write --max-reject-rate 0.05` + "\n"},
		{[]string{"analyze", hand, "--resolution", "satu"},
			`sekat: --resolution "satu": nilainya harus bilangan dengan titik desimal, mis. 0.5` + "\n",
			`sekat: --resolution "satu": the value must be a number with a decimal point, e.g. 0.5` + "\n"},
		{[]string{"analyze", hand, "--strict=mungkin"},
			`sekat: --strict "mungkin": nilainya harus true atau false` + "\n",
			`sekat: --strict "mungkin": the value must be true or false` + "\n"},
		{[]string{"analyze", "--out"},
			"sekat: --out membutuhkan nilai: tulis --out FOLDER\n",
			"sekat: --out needs a value: write --out DIR\n"},
		{[]string{"analyze", hand, "--lang", "fr"}, // in the language of SEKAT_LANG
			`sekat: --lang harus id atau en, bukan "fr"` + "\n",
			`sekat: --lang must be id or en, not "fr"` + "\n"},
		{[]string{"analyze", hand, "---x"},
			`sekat: "---x" bukan penulisan opsi yang sah; tulis --nama atau --nama=nilai` + "\n",
			`sekat: "---x" is not a flag sekat can read; write --name or --name=value` + "\n"},
	} {
		for _, l := range []struct{ lang, want, seeHelp string }{
			{"id", tc.id, "Lihat `sekat --help` atau `sekat PERINTAH --help`.\n"},
			{"en", tc.en, "See `sekat --help` or `sekat COMMAND --help`.\n"},
		} {
			// SEKAT_LANG, not --lang: a trailing --lang would be read as
			// the value of --out in the "needs a value" case.
			t.Setenv("SEKAT_LANG", l.lang)
			code, stdout, stderr := sekat(t, tc.args...)
			if code != 2 || stderr != l.want+l.seeHelp || stdout != "" {
				t.Errorf("SEKAT_LANG=%s sekat %v: exit %d, stdout %q, stderr\n%q\nwant exit 2 and\n%q", l.lang, tc.args, code, stdout, stderr, l.want+l.seeHelp)
			}
		}
	}
}

// TestNoRequiredFlags: urfave/cli reports a missing Required flag after
// printing the help, outside OnUsageError, in its own English; sekat has
// no Required flag (a command checks its arguments itself, in sekat's
// words), so that path never runs. A new Required flag fails here.
func TestNoRequiredFlags(t *testing.T) {
	app := newApp(io.Discard, io.Discard, "id")
	check := func(where string, flags []cli.Flag) {
		for _, f := range flags {
			if r, ok := f.(cli.RequiredFlag); ok && r.IsRequired() {
				t.Errorf("%s --%s is Required; check it in the command and say what is missing with msg", where, f.Names()[0])
			}
		}
	}
	check("sekat", app.Flags)
	for _, c := range app.Commands {
		check(c.Name, c.Flags)
	}
}

func TestNearestFlag(t *testing.T) {
	flags := []cli.Flag{&cli.StringFlag{Name: "out"}, &cli.StringFlag{Name: "from"}, &cli.StringFlag{Name: "format"},
		&cli.Float64Flag{Name: "resolution"}, &cli.IntFlag{Name: "max-ties"}, &cli.IntFlag{Name: "max-nodes"},
		&cli.BoolFlag{Name: "help", Aliases: []string{"h"}}}
	for _, tc := range []struct{ typed, want string }{
		{"res", "--resolution"}, // the only flag it begins
		{"resolutoin", "--resolution"},
		{"fomrat", "--format"}, // two letters swapped: one edit
		{"ot", "--out"},
		{"fro", "--from"},
		{"fo", "--format"}, // begins only --format, though two edits from --from
		{"max-", ""},       // begins two flags
		{"bogus", ""},      // near nothing
		{"x", ""},          // too short to guess
		{"hepl", "--help"},
		// begins --format and is one swap from --from: both (it named
		// --format only, for a user who meant --from)
		{"form", "--format,--from"},
		{"frmo", "--from"}, // one swap from --from, two edits from --format
	} {
		if got := strings.Join(nearestFlags(tc.typed, flags), ","); got != tc.want {
			t.Errorf("nearestFlags(%q) = %q, want %q", tc.typed, got, tc.want)
		}
	}
	// and in the message, in the run's language
	for lang, want := range map[string]string{"id": "(maksudnya --format atau --from?)", "en": "(did you mean --format or --from?)"} {
		_, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--form", "2025-01-01", "--lang", lang)
		if !strings.Contains(stderr, want) {
			t.Errorf("%s: %q lacks %q", lang, stderr, want)
		}
	}
}

// TestUsageTextUnknown: an error usageText does not recognise is passed on
// word for word.
func TestUsageTextUnknown(t *testing.T) {
	app := newApp(io.Discard, io.Discard, "en")
	c := cli.NewContext(app, nil, nil)
	c.Command = app.Command("analyze")
	for _, e := range []string{"something else went wrong", "flag provided but not defined"} {
		if got := usageText(c, errors.New(e), "id"); got != e {
			t.Errorf("usageText(%q) = %q", e, got)
		}
	}
	if got := usageText(nil, errors.New("x"), "id"); got != "x" {
		t.Errorf("usageText without a context = %q", got)
	}
}

// TestHelpExamplesRun runs the examples of report's and validate's help,
// in order, as a user would on a study made by generate (two reviews of
// session 14 found that "sekat report hasil" failed after "sekat report
// studi --out hasil", which writes no summary.json, and that validate's
// example named a study.yaml that generate does not write).
func TestHelpExamplesRun(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, err := synth.Generate("studi", synth.Options{Seed: 3, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"report", "validate"} {
		for _, lang := range []string{"id", "en"} {
			desc := msg(lang, cmd+".desc")
			ex := desc[strings.Index(desc, "\n   sekat "):]
			for _, line := range strings.Split(strings.TrimSpace(ex), "\n") {
				for _, part := range strings.Split(line, "&&") {
					args := strings.Fields(part)
					if len(args) == 0 || args[0] != "sekat" {
						continue
					}
					args = append(args[1:], "-q")
					if cmd == "validate" {
						args = args[:len(args)-1]
					}
					if code, _, stderr := sekat(t, args...); code != 0 {
						t.Errorf("%s help (%s): %q: exit %d: %s", cmd, lang, strings.TrimSpace(part), code, stderr)
					}
				}
			}
		}
	}
}

// TestHelpListsOutputs: each command's help names every file it writes
// (a review found briefing.json, the maps and report.html missing from
// analyze's, compare.html from compare's, trend.html from trend's and
// briefing.json from report's). rejects.csv and audit.json are named
// where they apply; .parquet twins by their rule.
func TestHelpListsOutputs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, err := synth.Generate("studi", synth.Options{Seed: 3, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cmd  string
		args []string
	}{
		{"analyze", nil},
		{"report", nil},
		{"compare", []string{"--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--resamples", "100", "--permutations", "100"}},
		{"trend", []string{"--every", "quarter", "--resamples", "100", "--permutations", "100"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+tc.cmd)
			args := append([]string{tc.cmd, "studi", "--out", out, "-q"}, tc.args...)
			if code, _, stderr := sekat(t, args...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			files, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"id", "en"} {
				desc := msg(lang, tc.cmd+".desc")
				for _, f := range files {
					if strings.HasPrefix(f.Name(), ".") {
						continue // sekat's own marker of its output folders
					}
					if !strings.Contains(desc, f.Name()) {
						t.Errorf("%s --help --lang %s does not name %s, which it writes", tc.cmd, lang, f.Name())
					}
				}
			}
		})
	}
}

// TestHelpChangeFlagsSayWhatTheyDo: --permutations and --block-weeks are
// worded per command: trend permutes the labels of each period's silo
// test and only resamples weeks; evaluate draws assignments of the
// treated groups. The three used to share compare's "block permutations
// for the p-values" and "resampled and permuted".
func TestHelpChangeFlagsSayWhatTheyDo(t *testing.T) {
	t.Setenv("SEKAT_LANG", "")
	flagLine := func(out, flag string) string {
		line := helpFlagText(out, flag)
		if line == "" {
			t.Fatalf("no %s in\n%s", flag, out)
		}
		return line
	}
	for _, tc := range []struct {
		lang, cmd, flag string
		want, not       []string
	}{
		{"id", "trend", "--permutations", []string{"uji silo setiap periode"}, []string{"blok"}},
		{"en", "trend", "--permutations", []string{"each period's silo test"}, []string{"block"}},
		{"id", "trend", "--block-weeks", []string{"diambil ulang"}, []string{"dipermutasi"}},
		{"en", "trend", "--block-weeks", []string{"resampled"}, []string{"permuted"}},
		{"id", "evaluate", "--permutations", []string{"penetapan acak kelompok yang diperlakukan"}, []string{"blok"}},
		{"en", "evaluate", "--permutations", []string{"assignments of the treated groups"}, []string{"block"}},
		{"id", "compare", "--permutations", []string{"permutasi blok"}, nil},
	} {
		t.Run(tc.lang+"/"+tc.cmd+tc.flag, func(t *testing.T) {
			_, out, _ := sekat(t, tc.cmd, "--help", "--lang", tc.lang)
			line := flagLine(out, tc.flag)
			checkSays(t, line, tc.want, tc.not)
		})
	}
}

// TestHelpPermutationsDefaultIsACap: the default of --permutations is a
// cap per group with an early stop, and a work budget can end the tests
// before it, which a warning (analyze) or a note (trend) then says. The
// help said the default "runs max(1000, 20 × groups / silo_alpha)" so that
// "a verdict is never out of reach"; a QA run of session 32 (generate
// --preset provinsi --seed 41 --scale 0.1, analyze --level person: 389
// units) ran the units' tests to 10,825 of 155,600 and warned that no
// adjusted p could go below 0.0359.
func TestHelpPermutationsDefaultIsACap(t *testing.T) {
	t.Setenv("SEKAT_LANG", "")
	for _, tc := range []struct {
		lang, cmd string
		want, not []string
	}{
		{"en", "analyze", []string{"at most max(1000", "stops it once 20", "work budget", "warning"}, []string{"never out of reach", "runs max("}},
		{"id", "analyze", []string{"paling banyak max(1000", "menghentikannya begitu 20", "batas beban kerja", "peringatan"}, []string{"tetap dapat dicapai", "menjalankan max("}},
		{"en", "trend", []string{"at most max(1000", "work budget", "note"}, []string{"stays within reach"}},
		{"id", "trend", []string{"paling banyak max(1000", "batas beban kerja", "catatan"}, []string{"tetap terjangkau"}},
	} {
		t.Run(tc.lang+"/"+tc.cmd, func(t *testing.T) {
			_, out, _ := sekat(t, tc.cmd, "--help", "--lang", tc.lang)
			line := helpFlagText(out, "--permutations")
			if line == "" {
				t.Fatalf("no --permutations in\n%s", out)
			}
			checkSays(t, line, tc.want, tc.not)
		})
	}
}

// TestDocPermutationsWorkBudget: docs/commands.md said the default of
// --permutations is chosen "within a time budget"; the bound is a work
// budget (silo.PermutationBudget, node and tie visits), the same on a
// slow machine as on a fast one, as --help says.
func TestDocPermutationsWorkBudget(t *testing.T) {
	doc := readFile(t, "../../docs/commands.md")
	var row string
	for _, l := range strings.Split(doc, "\n") {
		if strings.HasPrefix(l, "| `--permutations N` | 0 |") {
			row = l
		}
	}
	if row == "" {
		t.Fatal("docs/commands.md has no --permutations row with default 0")
	}
	if strings.Contains(row, "time budget") || !strings.Contains(row, "work budget") || !strings.Contains(row, "not a time limit") {
		t.Errorf("the --permutations row does not say its budget is of work, not time: %s", row)
	}
}

// TestHelpPairsFoldersAgree: every pair-table folder that an example of
// compare, trend or evaluate reads is one that pairs' help makes with
// --every day (compare refuses a folder made with --every none), and the
// key-file flag says how to make a key the way people.ParseKey's own
// error does; evaluate's help shows reform.yaml's keys.
func TestHelpPairsFoldersAgree(t *testing.T) {
	made := regexp.MustCompile(`sekat pairs \S+ --run (--every (\S+) )?--out (\S+)`)
	read := regexp.MustCompile(`--(?:unit-)?pairs ([a-z-]+)`)
	for _, lang := range []string{"id", "en"} {
		daily := map[string]bool{}
		for _, m := range made.FindAllStringSubmatch(msg(lang, "pairs.desc"), -1) {
			daily[m[3]] = m[2] == "day"
		}
		for _, cmd := range []string{"compare", "trend"} {
			desc := msg(lang, cmd+".desc")
			ex := desc[strings.Index(desc, "\n   sekat "):]
			for _, m := range read.FindAllStringSubmatch(ex, -1) {
				if strings.Contains(m[1], "pegawai") || strings.Contains(m[1], "person") {
					continue // person-level tables: pairs' help does not make them
				}
				if !daily[m[1]] {
					t.Errorf("%s help (%s) reads --pairs %s, which pairs' help does not make with --every day", cmd, lang, m[1])
				}
			}
		}
		if kf := msg(lang, "flag.key-file"); !strings.Contains(kf, "head -c 32 /dev/urandom | xxd -p -c 32 > ") || !strings.Contains(kf, "chmod 600") {
			t.Errorf("flag.key-file (%s) does not say how to make a key: %s", lang, kf)
		}
		ev := msg(lang, "evaluate.desc")
		for _, w := range []string{"date: 2025-", "treated: [", "control: [", "docs/change.md"} {
			if !strings.Contains(ev, w) {
				t.Errorf("evaluate help (%s) lacks %q", lang, w)
			}
		}
	}
	if _, err := people.ParseKey([]byte("x")); err == nil || !strings.Contains(err.Error(), "head -c 32 /dev/urandom | xxd -p -c 32") {
		t.Errorf("people's own advice changed: %v", err)
	}
}

// TestHelpSwitchDefaultsInWords: a switch's default is said in words
// ("bawaan: tidak aktif", "default: off"), not as Go's false.
func TestHelpSwitchDefaultsInWords(t *testing.T) {
	t.Setenv("SEKAT_LANG", "")
	for _, l := range []struct{ lang, off string }{{"id", "(bawaan: tidak aktif)"}, {"en", "(default: off)"}} {
		for _, c := range []string{"demo", "generate", "validate", "analyze", "export", "map", "report", "compare", "trend", "evaluate", "facilitators", "pairs"} {
			_, out, _ := sekat(t, c, "--help", "--lang", l.lang)
			if strings.Contains(out, ": false)") || strings.Contains(out, ": true)") {
				t.Errorf("%s --help --lang %s says false or true:\n%s", c, l.lang, out)
			}
			if !strings.Contains(out, "--quiet, -q") || !strings.Contains(out[strings.Index(out, "--quiet, -q"):], l.off) {
				t.Errorf("%s --help --lang %s: --quiet does not say %s", c, l.lang, l.off)
			}
		}
	}
}

// TestHelpNoPlaceholderStutter: no flag's help repeats its placeholder at
// once ("--lang BAHASA  BAHASA pesan …", "--seed N  seed N …"), in any
// command, in either language.
func TestHelpNoPlaceholderStutter(t *testing.T) {
	line := regexp.MustCompile(`(?m)^\s+(--[\w-]+)(?:, -\w)? ([A-Z][A-Z_]*)\s{2,}(\S+)(?: (\S+))?`)
	for _, lang := range []string{"id", "en"} {
		for _, cmd := range []string{"generate", "validate", "analyze", "report", "map", "export", "pairs", "compare", "trend", "evaluate", "facilitators", "demo"} {
			_, out, _ := sekat(t, cmd, "--help", "--lang", lang)
			for _, m := range line.FindAllStringSubmatch(out, -1) {
				flag, ph, w1, w2 := m[1], m[2], strings.Trim(m[3], ":,"), strings.Trim(m[4], ":,")
				if w1 == ph || (w1 == strings.TrimPrefix(flag, "--") && w2 == ph) {
					t.Errorf("%s %s --help (%s): %q repeats its placeholder at once", cmd, flag, lang, strings.TrimSpace(m[0]))
				}
			}
		}
	}
}

// TestStudyNamedHelp: a study folder named h or help is analysed as the
// study. urfave's help subcommand of every command (help, alias h) took
// 'sekat analyze h' for the command's help: it printed the help with exit
// code 0 and read nothing. Without such a folder, 'sekat analyze help'
// still prints the help.
func TestStudyNamedHelp(t *testing.T) {
	hand := handStudy(t)
	dir := t.TempDir()
	t.Chdir(dir)
	if code, stdout, _ := sekat(t, "analyze", "help"); code != 0 || !strings.Contains(stdout, "sekat analyze") {
		t.Errorf("analyze help without a folder help: exit %d, want 0 and the help:\n%s", code, stdout)
	}
	for _, name := range []string{"h", "help"} {
		if err := os.CopyFS(name, os.DirFS(hand)); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := sekat(t, "validate", name, "--lang", "en")
		if code != 0 || !strings.Contains(stdout, name+": 5 files, 33 rows") {
			t.Errorf("validate %s: exit %d, want the study validated:\n%s%s", name, code, stdout, stderr)
		}
		out := "out-" + name
		if code, _, stderr := sekat(t, "analyze", name, "--out", out, "-q"); code != 0 {
			t.Errorf("analyze %s: exit %d: %s", name, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, "edges.csv")); err != nil {
			t.Errorf("analyze %s wrote no edges.csv: %v", name, err)
		}
		// --help beside it asks for the command's help: it printed a
		// page for a command with no name (the help subcommand hidden)
		for _, c := range []struct {
			args []string
			want string
		}{
			{[]string{"analyze", name, "--help"}, "sekat analyze - bangun jejaring"},
			{[]string{"analyze", "-q", name, "-h", "--lang", "en"}, "sekat analyze - build the network"},
			{[]string{"report", "--out", name, name, "--help"}, "sekat report - tulis laporan"},
		} {
			if code, stdout, stderr := sekat(t, c.args...); code != 0 || !strings.Contains(stdout, c.want) {
				t.Errorf("%v: exit %d, want 0 and %q:\n%s%s", c.args, code, c.want, stdout, stderr)
			}
		}
	}
}

// TestHelpBesideArguments: --help (or -h) after a command's arguments
// prints that command's help, in the run's language, with exit 0. urfave
// took the first argument for a subcommand whose help was asked for:
// 'sekat analyze studi --help' said the command "studi" is unknown.
func TestHelpBesideArguments(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "studi", "--help"}, "sekat analyze - "},
		{[]string{"analyze", "studi", "--out", "hasil", "-h"}, "sekat analyze - "},
		{[]string{"--lang", "en", "compare", "a", "b", "--help"}, "sekat compare - compare two periods"},
		{[]string{"facilitators", "studi", "--purpose", "uji", "--help"}, "sekat facilitators - "},
		{[]string{"map", "hasil", "--help", "--lang", "en"}, "sekat map - "},
	} {
		code, stdout, stderr := sekat(t, c.args...)
		if code != 0 || !strings.Contains(stdout, c.want) || strings.Contains(stderr, "tidak dikenal") || strings.Contains(stderr, "unknown") {
			t.Errorf("%v: exit %d, want 0 and %q:\n%s%s", c.args, code, c.want, stdout, stderr)
		}
	}
}

// TestHelpDescriptionsWrapped: every command's description and flags, in
// both languages, are printed in lines of at most helpWidth+3 columns,
// except the indented lines of its examples; each word of the catalogue's text
// is still there, in order. Before, clauses added to a hand-wrapped text
// left lines of up to 160 columns (compare, trend, facilitators).
func TestHelpDescriptionsWrapped(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for _, cmd := range []string{"", "analyze", "report", "map", "export", "compare", "trend", "evaluate", "facilitators", "validate", "pairs", "generate", "demo"} {
			args := []string{"--help", "--lang", lang}
			if cmd != "" {
				args = append([]string{cmd}, args...)
			}
			_, out, _ := sekat(t, args...)
			head := map[string]string{"id": "DESKRIPSI:", "en": "DESCRIPTION:"}[lang]
			i := strings.Index(out, head)
			if i < 0 {
				t.Fatalf("%s --help --lang %s: no %s", cmd, lang, head)
			}
			if cmd == "" { // the list of commands: one line each, within the width too
				list := out[strings.Index(out, map[string]string{"id": "PERINTAH:", "en": "COMMANDS:"}[lang]):]
				list = list[:strings.Index(list, "\n\n")]
				for _, l := range strings.Split(list, "\n") {
					if utf8.RuneCountInString(l) > helpWidth+3 {
						t.Errorf("sekat --help --lang %s: a line of %d columns: %q", lang, utf8.RuneCountInString(l), l)
					}
				}
			}
			// the flags too: urfave/cli writes each on one line, which
			// printHelp wraps under its text's column
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "   -") && utf8.RuneCountInString(l) > helpWidth+3 {
					t.Errorf("%s --help --lang %s: a flag line of %d columns: %q", cmd, lang, utf8.RuneCountInString(l), l)
				}
			}
			desc := out[i+len(head):]
			for _, stop := range []string{"\nOPSI", "\nOPTIONS", "\nPERINTAH", "\nCOMMANDS", "\nOPSI GLOBAL", "\nGLOBAL OPTIONS"} {
				if j := strings.Index(desc, stop); j >= 0 {
					desc = desc[:j]
				}
			}
			for _, l := range strings.Split(desc, "\n") {
				if utf8.RuneCountInString(l) > helpWidth+3 && !strings.HasPrefix(l, "    ") {
					t.Errorf("%s --help --lang %s: a line of %d columns: %q", cmd, lang, utf8.RuneCountInString(l), l)
				}
			}
		}
	}
	in := "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh\nsebelas.\n\nContoh:\n   sekat a b c\n   sekat d"
	got := reflowHelp(in)
	if !strings.HasSuffix(got, "\n\nContoh:\n   sekat a b c\n   sekat d") {
		t.Errorf("examples not kept as written: %q", got)
	}
	if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(in), " ") {
		t.Errorf("words changed: %q", got)
	}
	long := strings.Repeat("kata ", 60)
	lines := strings.Split(reflowHelp(long), "\n")
	for _, l := range lines[:len(lines)-1] {
		if len(l) > helpWidth || len(l) < helpWidth-5 {
			t.Errorf("line of %d columns, want %d or just under: %q", len(l), helpWidth, l)
		}
	}
}

// helpFlagText is the help of flag in a command's help out: its line and
// the lines printHelp wrapped it onto, joined with single spaces; "" when
// out has no such flag.
func helpFlagText(out, flag string) string {
	var parts []string
	for _, line := range strings.Split(out, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case parts == nil && strings.HasPrefix(t, flag+" "):
			parts = append(parts, t)
		case parts != nil && strings.HasPrefix(line, "      ") && !strings.HasPrefix(t, "-"):
			parts = append(parts, t)
		case parts != nil:
			return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// TestFlagValueNamedHelp: h and help as a flag's value are that value, not
// a request for help. A QA run of session 30 found 'analyze studi --out h'
// (and --out help, export --out h, --from h) refused with "analyze needs
// one STUDY": the arguments were reordered as for 'analyze studi --help',
// dropping the study.
func TestFlagValueNamedHelp(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, err := synth.Generate("studi", synth.Options{Seed: 3, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{"h", "help"} {
		analyzeOK(t, "analyze", "studi", "--out", out, "-q")
		if _, err := os.Stat(filepath.Join(out, "summary.json")); err != nil {
			t.Errorf("analyze --out %s: %v", out, err)
		}
	}
	analyzeOK(t, "export", "studi", "--format", "csv", "--out", "h2", "-q")
	code, _, stderr := sekat(t, "analyze", "studi", "--from", "h", "--out", "x")
	if want := msg("id", "badTime", "--from", "h"); code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("analyze --from h: exit %d, stderr %q; want exit 2 and the date error (%q)", code, stderr, want)
	}
}

// TestHelpExitCodes: sekat --help lists every exit code exitCode and main
// give, in both languages, as docs/commands.md's table does, and both say
// that a refused --reform or --crosswalk file is bad usage (exit 2). The
// help listed none, and the table did not say that reform.yaml errors
// exited 1.
func TestHelpExitCodes(t *testing.T) {
	codes := []int{exitOK, exitFailed, exitUsage, exitPanic, exitInterrupted}
	for _, lang := range []string{"id", "en"} {
		_, stdout, _ := sekat(t, "--help", "--lang", lang)
		head := map[string]string{"id": "Kode keluar:", "en": "Exit codes:"}[lang]
		i := strings.Index(stdout, head)
		if i < 0 {
			t.Fatalf("%s: --help has no %q:\n%s", lang, head, stdout)
		}
		table := stdout[i:]
		for _, c := range codes {
			if !regexp.MustCompile(`(?m)^\s+` + strconv.Itoa(c) + `\s+\S`).MatchString(table) {
				t.Errorf("%s: --help does not list exit code %d:\n%s", lang, c, table)
			}
		}
		if two := table[strings.Index(table, " 2 "):]; !strings.Contains(two[:strings.Index(two, " 3 ")], "--reform") {
			t.Errorf("%s: --help does not list a refused --reform file under exit 2:\n%s", lang, table)
		}
	}
	doc := readFile(t, "../../docs/commands.md")
	for _, c := range codes {
		if !strings.Contains(doc, "\n| "+strconv.Itoa(c)+" | ") {
			t.Errorf("docs/commands.md's table lacks exit code %d", c)
		}
	}
	if row := doc[strings.Index(doc, "\n| 2 | "):]; !strings.Contains(row[:strings.Index(row[1:], "\n")], "--reform") {
		t.Errorf("docs/commands.md's exit 2 row does not name --reform")
	}
}

// TestTwoArguments: 'sekat analyze studi hasil', the output folder given
// as an argument as cp takes it, is told to give --out, with the command
// to type; more arguments are counted and listed. Both were "needs one
// STUDY", which the user had given.
func TestTwoArguments(t *testing.T) {
	hand := "../../testdata/studies/hand"
	for _, c := range []struct {
		args   []string
		id, en string
	}{
		{[]string{"analyze", hand, "hasil"},
			"analyze membaca satu STUDI, dan hasil bukan STUDI kedua: untuk menulis hasilnya ke hasil, berikan --out, mis. sekat analyze " + hand + " --out hasil",
			"analyze reads one STUDY, and hasil is not a second one: to write the outputs into hasil, give --out, e.g. sekat analyze " + hand + " --out hasil"},
		{[]string{"validate", hand, "hasil"},
			"validate membaca satu STUDI, tetapi diberi 2 argumen (" + hand + " hasil)",
			"validate reads one STUDY, but was given 2 arguments (" + hand + " hasil)"},
		{[]string{"report", hand, "a", "b"},
			"report membaca satu STUDI, tetapi diberi 3 argumen", "report reads one STUDY, but was given 3 arguments"},
	} {
		for lang, want := range map[string]string{"id": c.id, "en": c.en} {
			code, _, stderr := sekat(t, append(c.args, "--lang", lang)...)
			if code != exitUsage || !strings.Contains(stderr, want) {
				t.Errorf("%s %v: exit %d, stderr:\n%s\nwant exit 2 and %q", lang, c.args, code, stderr, want)
			}
		}
	}
}

// TestHelpCompareCrosswalkBothWays: compare --help says, in each
// language, that units line up through the crosswalk study.yaml declares
// (crosswalk:) as well as through --crosswalk; its description named the
// flag alone, so a region that had declared its reorganisation in
// study.yaml read that it must also pass the file on every run.
func TestHelpCompareCrosswalkBothWays(t *testing.T) {
	t.Setenv("SEKAT_LANG", "")
	for _, lang := range []string{"id", "en"} {
		_, out, _ := sekat(t, "compare", "--help", "--lang", lang)
		head := map[string]string{"id": "DESKRIPSI:", "en": "DESCRIPTION:"}[lang]
		desc := out[strings.Index(out, head):]
		desc = strings.Join(strings.Fields(desc[:strings.Index(desc, map[string]string{"id": "Contoh:", "en": "Examples:"}[lang])]), " ")
		for _, want := range []string{"study.yaml (crosswalk: unit_crosswalk.csv)", "--crosswalk " + map[string]string{"id": "BERKAS", "en": "FILE"}[lang]} {
			if !strings.Contains(desc, want) {
				t.Errorf("compare --help --lang %s: the description lacks %q:\n%s", lang, want, desc)
			}
		}
	}
}

// checkSays checks that line holds each of want and none of not.
func checkSays(t *testing.T, line string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(line, w) {
			t.Errorf("lacks %q: %s", w, line)
		}
	}
	for _, w := range not {
		if strings.Contains(line, w) {
			t.Errorf("still says %q: %s", w, line)
		}
	}
}
