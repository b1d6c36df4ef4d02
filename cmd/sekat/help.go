package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/i18n"
)

// helpFor returns the help-text lookup of lang: key and, if the text is a
// format, its arguments.
func helpFor(lang string) func(key string, a ...any) string {
	return func(key string, a ...any) string { return i18n.T(lang, key, a...) }
}

// langArg returns the value of the last --lang (also -lang, --lang=,
// -lang=) in args that is id or en, looking anywhere before "--" since
// flagsFirst lets flags come after the arguments.
func langArg(args []string) (string, bool) {
	lang, found := "", false
	for i := 1; i < len(args) && args[i] != "--"; i++ {
		a, v := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-"), ""
		switch {
		case !strings.HasPrefix(args[i], "-"):
			continue
		case a == "lang" && i+1 < len(args):
			i++
			v = args[i]
		case strings.HasPrefix(a, "lang="):
			v = strings.TrimPrefix(a, "lang=")
		}
		if v = strings.ToLower(strings.TrimSpace(v)); v == "id" || v == "en" {
			lang, found = v, true
		}
	}
	return lang, found
}

// langOf is the language of the messages printed outside a command's
// action (usage errors, failures): --lang anywhere on the command line,
// else SEKAT_LANG, else id — as for --help and inside the commands.
func langOf(args []string) string { return helpLang(args, os.Getenv) }

// helpLang is the language of --help, decided before the app is built:
// --lang anywhere on the command line, else the environment variable
// SEKAT_LANG (id or en), else id.
func helpLang(args []string, getenv func(string) string) string {
	if l, ok := langArg(args); ok {
		return l
	}
	if l := envLang(getenv("SEKAT_LANG")); l == "id" || l == "en" {
		return l
	}
	return "id"
}

// envLang is SEKAT_LANG's value as --lang reads its own: in any case, with
// spaces around it trimmed (SEKAT_LANG=EN is en, as --lang EN is).
func envLang(v string) string { return strings.ToLower(strings.TrimSpace(v)) }

// cliFlagStringer is urfave/cli's own flag stringer, kept before
// localizeCLI replaces it.
var cliFlagStringer = cli.FlagStringer

// helpTemplates returns urfave/cli's help templates for the app, a command
// and a subcommand with the headings and the usage line in lang. They are
// urfave/cli's own templates less the author and copyright sections, which
// sekat does not have.
func helpTemplates(lang string) (app, command, subcommand string) {
	t := func(key string) string { return i18n.T(lang, key) }
	usage := `{{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} ` + t("cli.commandFlags") +
		`{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} ` + t("cli.arguments") + `{{end}}{{end}}{{end}}`
	app = t("cli.head.name") + `:
   {{template "helpNameTemplate" .}}

` + t("cli.head.usage") + `:
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}} {{if .VisibleFlags}}` + t("cli.globalFlags") +
		`{{end}}{{if .Commands}} ` + t("cli.command") + ` ` + t("cli.commandFlags") +
		`{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} ` + t("cli.arguments") + `{{end}}{{end}}{{end}}{{if .Version}}{{if not .HideVersion}}

` + t("cli.head.version") + `:
   {{.Version}}{{end}}{{end}}{{if .Description}}

` + t("cli.head.description") + `:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

` + t("cli.head.commands") + `:{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlagCategories}}

` + t("cli.head.globalFlags") + `:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

` + t("cli.head.globalFlags") + `:{{template "visibleFlagTemplate" .}}{{end}}
`
	// what a command's help and a subcommand's help share: name, usage,
	// category and description; then the options
	head := t("cli.head.name") + `:
   {{template "helpNameTemplate" .}}

` + t("cli.head.usage") + `:
   ` + usage + `{{if .Category}}

` + t("cli.head.category") + `:
   {{.Category}}{{end}}{{if .Description}}

` + t("cli.head.description") + `:
   {{template "descriptionTemplate" .}}{{end}}`
	options := `{{if .VisibleFlagCategories}}

` + t("cli.head.flags") + `:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

` + t("cli.head.flags") + `:{{template "visibleFlagTemplate" .}}{{end}}
`
	command = head + options
	subcommand = head + `{{if .VisibleCommands}}

` + t("cli.head.commands") + `:{{template "visibleCommandCategoryTemplate" .}}{{end}}` + options
	return app, command, subcommand
}

// localizeCLI sets urfave/cli's own text — help templates, the --help and
// --version flags, "(default: ...)", the version line — to lang.
// urfave/cli keeps these in package variables, so the app built last
// decides; sekat builds one app per run.
func localizeCLI(lang string) {
	h := helpFor(lang)
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: h("cli.help"), DisableDefaultText: true}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: h("cli.version"), DisableDefaultText: true}
	cli.AppHelpTemplate, cli.CommandHelpTemplate, cli.SubcommandHelpTemplate = helpTemplates(lang)
	cli.HelpPrinter = printHelp
	def := " (" + h("cli.default") + ": "
	cli.FlagStringer = func(f cli.Flag) string {
		if b, ok := f.(*cli.BoolFlag); ok && b.DefaultText == "" && !b.DisableDefaultText {
			// urfave/cli writes a switch's default as Go's false or
			// true: say it in words (its DefaultText, on a copy so that
			// the flag itself is left as declared)
			c := *b
			c.DefaultText = h("cli.off")
			if b.Value {
				c.DefaultText = h("cli.on")
			}
			f = &c
		}
		s := dropPlaceholderStutter(f, cliFlagStringer(f))
		if i := strings.LastIndex(s, " (default: "); i >= 0 {
			s = s[:i] + def + s[i+len(" (default: "):]
		}
		return s
	}
	cli.VersionPrinter = func(c *cli.Context) {
		fmt.Fprintln(c.App.Writer, h("cli.versionLine", c.App.Name, c.App.Version))
	}
}

// dropPlaceholderStutter takes the placeholder word out of the start of a
// flag's help line s, where urfave/cli leaves it after writing it beside
// the flag ("--lang BAHASA  BAHASA pesan …", "--seed N  seed N untuk …"):
// the help then reads "--lang BAHASA  pesan …", "--seed N  untuk …". A
// placeholder further on stays: it is part of the sentence ("batas UKURAN
// Parquet").
func dropPlaceholderStutter(f cli.Flag, s string) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return s
	}
	usage := df.GetUsage()
	i := strings.IndexByte(usage, '`')
	if i < 0 {
		return s
	}
	j := strings.IndexByte(usage[i+1:], '`')
	if j < 0 {
		return s
	}
	name := usage[i+1 : i+1+j]
	tab := strings.IndexByte(s, '\t')
	if tab < 0 {
		return s
	}
	text := s[tab+1:]
	var rest string
	switch {
	case i == 0:
		rest = text[len(name):]
	case strings.HasPrefix(text, f.Names()[0]+" "+name) && i == len(f.Names()[0])+1:
		rest = text[i+len(name):]
	default:
		return s
	}
	rest = strings.TrimLeft(rest, " :")
	if rest == "" {
		return s
	}
	return s[:tab+1] + rest
}

// localizeHelpCommand sets the usage of the `help` command that urfave/cli
// adds to app (after app.Setup), and gives it --lang, so that
// `sekat help analyze --lang en` works as `sekat analyze --help --lang en`
// does, and its usage errors in sekat's words like every command's. urfave/cli shares that command among all apps, like its other
// help settings, so every field is set anew, never appended to.
func localizeHelpCommand(app *cli.App, lang string) {
	if c := app.Command("help"); c != nil {
		h := helpFor(lang)
		c.Usage, c.ArgsUsage = h("cli.helpCommand"), h("cli.helpArgs")
		c.Flags = []cli.Flag{langFlag(lang)}
		c.OnUsageError = app.OnUsageError
	}
}

// helpWidth is the width a command's description is wrapped to: the help
// indents it by 3, so its lines stay within 98 columns.
const helpWidth = 95

// reflowHelp wraps each paragraph of a command's description (the text
// between blank lines) to helpWidth, breaking at spaces: the catalogue's
// texts were wrapped by hand, and each clause added since left a line
// of 110 to 160 columns among lines of 95. A paragraph with an indented
// line (examples, a reform.yaml) is kept as written, as is a word longer
// than the width.
func reflowHelp(s string) string {
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		kept := false
		for _, l := range lines {
			if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
				kept = true
			}
		}
		if kept {
			continue
		}
		paras[i] = strings.Join(wrapWords(p, helpWidth), "\n")
	}
	return strings.Join(paras, "\n\n")
}

// printHelp renders urfave/cli's help as its own printer does, then wraps
// each flag line longer than helpWidth+3 columns under the column where
// its text begins: urfave/cli writes a flag's whole usage on one line,
// and lines of 150 to 280 columns (--key-file, --follow-symlinks) broke
// anywhere in the terminal, under the flag names.
func printHelp(w io.Writer, templ string, data any) {
	var b bytes.Buffer
	cli.HelpPrinterCustom(&b, templ, data, nil)
	io.WriteString(w, wrapFlagLines(b.String(), helpWidth+3))
}

// wrapFlagLines wraps the flag lines of help text s ("   --name VALUE  text")
// longer than width at spaces, each further line indented to the text's
// column. Other lines, and a flag line whose text would have fewer than
// 30 columns, are kept as they are.
func wrapFlagLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, l := range lines {
		col := -1
		if strings.HasPrefix(l, "   -") && utf8.RuneCountInString(l) > width {
			if i := strings.Index(l[3:], "  "); i >= 0 {
				j := 3 + i
				for j < len(l) && l[j] == ' ' {
					j++
				}
				col = j
			}
		}
		if col < 0 || width-col < 30 {
			out = append(out, l)
			continue
		}
		for k, w := range wrapWords(l[col:], width-col) {
			if k == 0 {
				out = append(out, l[:col]+w)
			} else {
				out = append(out, strings.Repeat(" ", col)+w)
			}
		}
	}
	return strings.Join(out, "\n")
}

// wrapWords breaks the words of s into lines of at most width columns,
// at spaces; a word longer than width is a line of its own.
func wrapWords(s string, width int) []string {
	var lines []string
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		k := utf8.RuneCountInString(w)
		if n > 0 && n+1+k > width {
			lines = append(lines, b.String())
			b.Reset()
			n = 0
		}
		if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += k
	}
	if n > 0 {
		lines = append(lines, b.String())
	}
	return lines
}
