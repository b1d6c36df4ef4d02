// Package yamlpos places a yaml.v3 syntax error on the line a user counts.
package yamlpos

import (
	"regexp"
	"strconv"
	"strings"
)

// errLine finds the line and the problem in a yaml.v3 syntax error.
var errLine = regexp.MustCompile(`^yaml: (?:line ([0-9]+): )?(.*)$`)

// Syntax returns where in data (a YAML file) the syntax error err is:
// the 1-based line (0 when yaml gave none), the problem in yaml's words,
// and for an unclosed bracket the bracket ("[" or "{"). ok is false when
// err is not a yaml syntax error.
//
// yaml.v3 (v3.0.1) counts the lines of its scanner's errors from 1 but
// those of its parser's (every "did not find expected ...") from 0, and
// gives no line for an error on the first line: those are moved to the
// line the user counts (the last line at most, since the parser may stand
// at the end of the file). An unclosed bracket is placed at the last line
// up to there that opens more brackets than it closes.
func Syntax(err error, data []byte) (line int, problem, bracket string, ok bool) {
	m := errLine.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, "", "", false
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	line, _ = strconv.Atoi(m[1])
	problem = m[2]
	if strings.HasPrefix(problem, "did not find expected") {
		line = min(line+1, len(lines))
	}
	if line == 0 && len(data) > 0 {
		// yaml.v3 writes no line when the error's marks are on its line
		// 0, the first line, for the scanner and the parser alike
		line = 1
	}
	for _, b := range [][2]string{{"[", "]"}, {"{", "}"}} {
		if problem != "did not find expected ',' or '"+b[1]+"'" {
			continue
		}
		for i := min(line, len(lines)); i >= 1; i-- {
			if strings.Count(lines[i-1], b[0]) > strings.Count(lines[i-1], b[1]) {
				line = i
				break
			}
		}
		return line, problem, b[0], true
	}
	if problem == "did not find expected key" {
		line = misindented(lines, line)
	}
	return line, problem, "", true
}

// misindented returns the first line from line on (1-based) whose
// indentation fits no block the lines before it opened, within the
// mapping whose line yaml.v3 names for "did not find expected key":
// yaml.v3 names the mapping's first key, so a key indented one space off
// three lines below it was said to be on the mapping's line. A line
// indented deeper than the one before is one when that line opens no
// block (ends in ':', or is a list item '- '); a line indented less must
// come back to an indentation open above it. It returns line when no
// line is found so, or the mapping ends first.
func misindented(lines []string, line int) int {
	if line < 1 || line > len(lines) {
		return line
	}
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	content := func(l string) string {
		l = strings.TrimSpace(strings.TrimRight(l, "\r"))
		if i := strings.Index(l, " #"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if strings.HasPrefix(l, "#") {
			return ""
		}
		return l
	}
	stack := []int{indent(lines[line-1])}
	prev := content(lines[line-1])
	for i := line; i < len(lines); i++ {
		c := content(lines[i])
		if c == "" {
			continue
		}
		n := indent(lines[i])
		top := stack[len(stack)-1]
		switch {
		case n < stack[0]:
			return line // the mapping ended
		case n > top && (strings.HasSuffix(prev, ":") || strings.HasPrefix(prev, "- ")):
			stack = append(stack, n)
		case n > top:
			return i + 1
		case n < top:
			for len(stack) > 1 && stack[len(stack)-1] > n {
				stack = stack[:len(stack)-1]
			}
			if stack[len(stack)-1] != n {
				return i + 1
			}
		}
		prev = c
	}
	return line
}
