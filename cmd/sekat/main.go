// Command sekat finds silos between government units from their
// correspondence, meeting and data-sharing logs. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/ingest"
)

// Version is sekat's version, written into summary.json.
const Version = "0.1.0-dev"

// usageError is bad usage of the command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// explain says in the user's language what a known failure means; the
// library's own error (English, with file, line and column) follows it as
// the detail. It returns "" for errors that need no explanation.
func explain(err error, lang string) string {
	switch {
	case lang == "en" || errors.As(err, new(*wordedError)): // worded already: study.go
		return ""
	case errors.Is(err, ingest.ErrRejectRate):
		return msg(lang, "errRejectRate")
	case errors.Is(err, ingest.ErrMissingColumn):
		return msg(lang, "errColumn")
	case errors.Is(err, ingest.ErrStrict):
		return msg(lang, "errStrict")
	case errors.Is(err, ingest.ErrStudy):
		return msg(lang, "errStudy")
	}
	return ""
}

// exitCode is the one place where errors become exit codes: 0 done,
// 1 failed, 2 bad usage.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var u *usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdout, os.Stderr))
}

// run runs sekat with args and returns the exit code; tests call it with
// buffers.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr, helpLang(args, os.Getenv))
	var notFound error
	app.CommandNotFound = func(c *cli.Context, name string) {
		notFound = usagef(msg(langOf(args), "noCommand"), name)
	}
	err := app.RunContext(ctx, flagsFirst(app, args))
	if err == nil {
		err = notFound
	}
	if err != nil {
		if m := explain(err, langOf(args)); m != "" {
			fmt.Fprintf(stderr, "sekat: %s\n  %s: %v\n", m, msg(langOf(args), "detail"), err)
		} else {
			fmt.Fprintf(stderr, "sekat: %v\n", err)
		}
		var u *usageError
		if errors.As(err, &u) {
			fmt.Fprintln(stderr, msg(langOf(args), "seeHelp"))
		}
	}
	return exitCode(err)
}

// newApp builds the command line with its help in language hl (see helpLang).
func newApp(stdout, stderr io.Writer, hl string) *cli.App {
	localizeCLI(hl)
	h := helpFor(hl)
	app := &cli.App{
		Name:        "sekat",
		Usage:       h("sekat.usage"),
		Version:     Version,
		Writer:      stdout,
		ErrWriter:   stderr,
		Flags:       []cli.Flag{langFlag(hl)},
		Description: h("sekat.desc"),
		Commands: []*cli.Command{
			demoCommand(hl), generateCommand(hl), validateCommand(hl), analyzeCommand(hl), exportCommand(hl), mapCommand(hl), reportCommand(hl),
		},
		OnUsageError: func(c *cli.Context, err error, isSub bool) error {
			return &usageError{usageText(c, err, hl)} // in sekat's words (usage.go)
		},
		ExitErrHandler: func(*cli.Context, error) {}, // exit codes are ours (exitCode)
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	app.Setup() // adds the help command, whose usage is then translated
	localizeHelpCommand(app, hl)
	return app
}

// langFlag is --lang, with its help in hl.
func langFlag(hl string) cli.Flag {
	return &cli.StringFlag{Name: "lang", Value: "id", Usage: helpFor(hl)("flag.lang")}
}

// studyArg returns the single STUDY argument.
func studyArg(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", usagef(msg(lang(c), "needStudy"), c.Command.Name)
	}
	return c.Args().First(), nil
}

// lang returns the language in force for a command: its own --lang or the
// global one, else the environment variable SEKAT_LANG (id or en), as for
// --help, else id.
func lang(c *cli.Context) string {
	for _, l := range c.Lineage() {
		if l.IsSet("lang") {
			if v := l.String("lang"); v == "en" || v == "id" {
				return v
			}
		}
	}
	return helpLang(nil, os.Getenv)
}

// flagsFirst moves a command's flags before its positional arguments, so
// that `sekat analyze STUDY --out DIR` works as the contract writes it
// (urfave/cli v2 stops reading flags at the first positional argument).
// Everything after "--" stays as it is.
func flagsFirst(app *cli.App, args []string) []string {
	ci := -1
	var cmd *cli.Command
	for i := 1; i < len(args) && cmd == nil; i++ {
		cmd = app.Command(args[i])
		ci = i
	}
	if cmd == nil {
		return args
	}
	isBool := map[string]bool{"help": true, "h": true}
	for _, f := range cmd.Flags {
		if _, ok := f.(*cli.BoolFlag); ok {
			for _, n := range f.Names() {
				isBool[n] = true
			}
		}
	}
	out := append([]string(nil), args[:ci+1]...)
	var pos []string
	rest := args[ci+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			out = append(out, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && !isBool[name] && i+1 < len(rest) {
				out = append(out, rest[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(out, pos...)
}
