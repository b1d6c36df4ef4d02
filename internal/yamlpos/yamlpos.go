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
	return line, problem, "", true
}
