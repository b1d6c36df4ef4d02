package main

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// Errors of flag parsing as Go's flag package words them (urfave/cli v2
// parses with it and hands the error to OnUsageError unchanged).
var (
	flagUnknown    = regexp.MustCompile(`^flag provided but not defined: -(.+)$`)
	flagBadValue   = regexp.MustCompile(`^invalid value ("(?:[^"\\]|\\.)*") for flag -(\S+): `)
	flagBadBool    = regexp.MustCompile(`^invalid boolean value ("(?:[^"\\]|\\.)*") for -(\S+): `)
	flagNeedsValue = regexp.MustCompile(`^flag needs an argument: -(\S+)$`)
	flagBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// pairsElsewhere are the commands that read a study or an output folder
// of analyze, not pair tables, with the message that says, for their
// --pairs, to analyse the pair tables with analyze first.
var pairsElsewhere = map[string]string{"report": "usage.pairsOutDir", "map": "usage.pairsOutDir", "export": "usage.pairsExport"}

// usageText puts an error of parsing the flags of c's command into
// sekat's words in lang: which flag, what is wrong, what is allowed (the
// command's flags, the kind of value a flag takes). An error it does not
// know is returned as urfave/cli wrote it.
func usageText(c *cli.Context, err error, lang string) string {
	s := err.Error()
	if c == nil || c.App == nil || c.Command == nil {
		return s
	}
	cmd, where := c.Command, c.App.Name
	if cmd.Name != c.App.Name {
		where += " " + cmd.Name
	}
	where = "`" + where + "`"
	if m := flagUnknown.FindStringSubmatch(s); m != nil {
		names := flagNames(cmd.Flags)
		if key, ok := pairsElsewhere[cmd.Name]; ok && m[1] == "pairs" {
			// pair tables are read by analyze, whose output folder these
			// commands read (export: whose tables are the network)
			return msg(lang, key, dashed(m[1]), where, cmd.Name, strings.Join(names, ", "))
		}
		if near := nearestFlags(m[1], cmd.Flags); len(near) > 0 {
			return msg(lang, "usage.didYouMean", dashed(m[1]), where, strings.Join(near, msg(lang, "usage.or")), strings.Join(names, ", "))
		}
		return msg(lang, "usage.unknownFlag", dashed(m[1]), where, strings.Join(names, ", "))
	}
	m := flagBadValue.FindStringSubmatch(s)
	if m == nil {
		m = flagBadBool.FindStringSubmatch(s)
	}
	if m != nil {
		v, uerr := strconv.Unquote(m[1])
		if uerr != nil {
			v = m[1]
		}
		f := findFlag(cmd.Flags, m[2])
		if _, ok := f.(*cli.Float64Flag); ok {
			// 5% or 0,05 for a share: the number meant, as study.yaml says
			if n, ok := numberMeant(v); ok {
				return msg(lang, "usage.badValue", dashed(m[2]), v, msg(lang, "usage.floatMeant", dashed(m[2]), n))
			}
		}
		return msg(lang, "usage.badValue", dashed(m[2]), v, valueKind(f, lang))
	}
	if m := flagNeedsValue.FindStringSubmatch(s); m != nil {
		ph := msg(lang, "usage.value")
		if f, ok := findFlag(cmd.Flags, m[1]).(cli.DocGenerationFlag); ok {
			if p := placeholderOf(f.GetUsage()); p != "" {
				ph = p
			}
		}
		return msg(lang, "usage.needsValue", dashed(m[1]), dashed(m[1]), ph)
	}
	if m := flagBadSyntax.FindStringSubmatch(s); m != nil {
		return msg(lang, "usage.badSyntax", m[1])
	}
	return s
}

// placeholderOf is the word in backquotes in a flag's usage, which the help
// shows as the flag's value (`--out FOLDER`), or "".
func placeholderOf(usage string) string {
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			return usage[i+1 : i+1+j]
		}
	}
	return ""
}

// dashed writes a flag name as a user types it: -h, --out.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// flagNames lists the flags of a command by their first name, dashed.
func flagNames(flags []cli.Flag) []string {
	var out []string
	for _, f := range flags {
		if n := f.Names(); len(n) > 0 {
			out = append(out, dashed(n[0]))
		}
	}
	return out
}

// findFlag returns the flag called name (or one of its aliases), or nil.
func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// valueKind says in lang what kind of value f takes.
func valueKind(f cli.Flag, lang string) string {
	switch f.(type) {
	case *cli.IntFlag, *cli.Int64Flag:
		return msg(lang, "usage.int")
	case *cli.UintFlag, *cli.Uint64Flag:
		return msg(lang, "usage.uint")
	case *cli.Float64Flag:
		return msg(lang, "usage.float")
	case *cli.BoolFlag:
		return msg(lang, "usage.bool")
	}
	return msg(lang, "usage.valid")
}

// nearestFlags returns the flags (dashed) that the mistyped name most
// likely meant: the one flag it is a prefix of (--res for --resolution),
// with the one flag an edit away when there is one (--form: --format or
// --from); else the one flag an edit away, else the one flag two edits
// away (--levle for --level); else none. With more candidates than that
// it says nothing rather than guess.
func nearestFlags(name string, flags []cli.Flag) []string {
	if len(name) < 2 {
		return nil
	}
	var prefix, near1, near2 []string
	for _, f := range flags {
		for _, n := range f.Names() {
			switch {
			case len(n) < 2:
			case strings.HasPrefix(n, name):
				prefix = append(prefix, dashed(n))
			case editDistance(name, n) <= 1:
				near1 = append(near1, dashed(n))
			case editDistance(name, n) <= 2:
				near2 = append(near2, dashed(n))
			}
		}
	}
	switch {
	case len(prefix) == 1 && len(near1) <= 1:
		return append(prefix, near1...)
	case len(prefix) == 0 && len(near1) == 1:
		return near1
	case len(prefix) == 0 && len(near1) == 0 && len(near2) == 1:
		return near2
	}
	return nil
}

// editDistance is the Levenshtein distance of a and b, counting an
// exchange of two neighbouring letters as one edit.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// nearestKey is the one key of allowed (study.yaml's keys where key was
// written) that key most likely meant: one edit from it (threshold,
// timezona, time_zone), two for a key of six letters or more, or else
// sharing its first four letters or more (dates and date for date_order);
// "" when none or more than one is that near, since a guess among several
// helps no one.
func nearestKey(key string, allowed []string) string {
	k := strings.ToLower(strings.TrimSpace(key))
	if len(k) < 3 {
		return ""
	}
	var near, prefix []string
	for _, a := range allowed {
		p := 0
		for p < min(len(k), len(a)) && k[p] == a[p] {
			p++
		}
		switch d := editDistance(k, a); {
		case d <= 1 || d <= 2 && len(k) >= 6:
			near = append(near, a)
		case p >= 4:
			prefix = append(prefix, a)
		}
	}
	switch {
	case len(near) == 1:
		return near[0]
	case len(near) == 0 && len(prefix) == 1:
		return prefix[0]
	}
	return ""
}
