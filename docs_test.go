// Package sekat holds no code at the module root; its one test file checks
// the project's documentation (README.md, ARCHITECTURE.md, CONTRIBUTING.md
// and docs/*.md): every link stays inside the repository and points to a
// file, and heading, that exists.
package sekat

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// docFiles returns the documentation files the checks cover, relative to
// root, with slashes.
func docFiles(t *testing.T, root string) []string {
	t.Helper()
	files := []string{"README.md", "ARCHITECTURE.md", "CONTRIBUTING.md"}
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatalf("no docs/*.md under %s", root)
	}
	sort.Strings(docs)
	for _, d := range docs {
		rel, err := filepath.Rel(root, d)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.ToSlash(rel))
	}
	return files
}

// TestDocLinks fails on every link in the documentation that leaves the
// repository (a URL, an absolute path, a relative path climbing out of the
// module) or points to a file or heading that does not exist.
func TestDocLinks(t *testing.T) {
	c := newLinkChecker(".")
	for _, f := range docFiles(t, ".") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, l := range mdLinks(string(b)) {
			if msg := c.check(f, l.dest); msg != "" {
				t.Errorf("%s:%d: link %q: %s", f, l.line, l.dest, msg)
			}
		}
	}
}

// TestReadmeLinksEveryDoc: a page nobody links to is a page nobody finds.
func TestReadmeLinksEveryDoc(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]bool{}
	for _, l := range mdLinks(string(b)) {
		p, _, _ := strings.Cut(l.dest, "#")
		linked[filepath.ToSlash(filepath.Clean(p))] = true
	}
	for _, f := range docFiles(t, ".")[1:] {
		if !linked[f] {
			t.Errorf("README.md does not link %s; add it to the documentation table", f)
		}
	}
}

// TestLinkChecker runs the checker on a small tree, so that a checker that
// accepts everything cannot pass TestDocLinks unnoticed.
func TestLinkChecker(t *testing.T) {
	root := t.TempDir()
	for name, text := range map[string]string{
		"README.md":          "# Top\n\n## Two words\n\n## Two words\n",
		"docs/a.md":          "# Page A\n\n### `units.csv` and `people.csv`\n\n```\n# not a heading\n```\n",
		"docs/img/x.svg":     "<svg/>",
		"testdata/keep.json": "{}",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := newLinkChecker(root)
	for _, tc := range []struct {
		from, dest string
		ok         bool
	}{
		{"README.md", "docs/a.md", true},
		{"README.md", "docs/", true},
		{"README.md", "./docs/a.md#page-a", true},
		{"README.md", "#two-words", true},
		{"README.md", "#two-words-1", true},
		{"README.md", "#two-words-2", false},
		{"README.md", "#top", true},
		{"README.md", "#missing", false},
		{"README.md", "docs/a.md#unitscsv-and-peoplecsv", true},
		{"README.md", "docs/a.md#not-a-heading", false},
		{"README.md", "docs/b.md", false},
		{"README.md", "testdata/keep.json", true},
		{"README.md", "../shared/CONTRACT.md", false},
		{"README.md", "/etc/passwd", false},
		{"README.md", "https://example.org/", false},
		{"README.md", "mailto:someone@example.org", false},
		{"docs/a.md", "../README.md#top", true},
		{"docs/a.md", "img/x.svg", true},
		{"docs/a.md", "../../README.md", false},
		{"docs/a.md", "a.md", true},
		{"docs/a.md", "", false},
	} {
		t.Run(tc.from+"->"+tc.dest, func(t *testing.T) {
			msg := c.check(tc.from, tc.dest)
			if got := msg == ""; got != tc.ok {
				t.Errorf("check(%q, %q) = %q, want ok=%v", tc.from, tc.dest, msg, tc.ok)
			}
		})
	}
}

// TestMDLinks checks what counts as a link: inline links and images,
// reference definitions, autolinks and bare URLs, but nothing inside code.
func TestMDLinks(t *testing.T) {
	text := strings.Join([]string{
		"See [the inputs](docs/inputs.md) and ![map](img/m.svg \"title\").",
		"[ref]: ../outside.md",
		"A [link with (parens)](a_(b).md) and <https://example.org>.",
		"Bare https://example.org/x and `code [x](no.md) https://no`.",
		"```sh",
		"[x](fenced.md) https://fenced",
		"```",
		"~~~",
		"[y](tilde.md)",
		"~~~",
		"Last [one](<with space.md>).",
	}, "\n")
	var got []string
	for _, l := range mdLinks(text) {
		got = append(got, fmt.Sprintf("%d:%s", l.line, l.dest))
	}
	want := []string{"1:docs/inputs.md", "1:img/m.svg", "2:../outside.md", "3:a_(b).md", "3:https://example.org",
		"4:https://example.org/x", "11:with space.md"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("mdLinks found\n  %q\nwant\n  %q", got, want)
	}
}

// mdLink is one link target and the 1-based line it is on.
type mdLink struct {
	line int
	dest string
}

var (
	refDef  = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*(\S+)`)
	autoURL = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>`)
	bareURL = regexp.MustCompile(`\b(?:https?://|www\.)[^\s)>\]]+`)
	scheme  = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)
	fence   = regexp.MustCompile("^ {0,3}(```|~~~)")
	heading = regexp.MustCompile(`^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
)

// mdLinks returns the link targets of a Markdown text, leaving out fenced
// code blocks and inline code spans.
func mdLinks(text string) []mdLink {
	var out []mdLink
	inFence := ""
	for i, line := range strings.Split(text, "\n") {
		if m := fence.FindStringSubmatch(line); m != nil {
			switch inFence {
			case "":
				inFence = m[1]
			case m[1]:
				inFence = ""
			}
			continue
		}
		if inFence != "" {
			continue
		}
		line = stripCode(line)
		if m := refDef.FindStringSubmatch(line); m != nil {
			out = append(out, mdLink{i + 1, strings.Trim(m[1], "<>")})
			continue
		}
		var dests []string
		rest := line
		for {
			j := strings.Index(rest, "](")
			if j < 0 {
				break
			}
			d, n := inlineDest(rest[j+2:])
			dests = append(dests, d)
			rest = rest[j+2+n:]
		}
		noInline := inlineLinkRE.ReplaceAllString(line, "")
		for _, m := range autoURL.FindAllStringSubmatch(noInline, -1) {
			dests = append(dests, m[1])
		}
		for _, m := range bareURL.FindAllString(autoURL.ReplaceAllString(noInline, ""), -1) {
			dests = append(dests, strings.TrimRight(m, ".,;:"))
		}
		for _, d := range dests {
			out = append(out, mdLink{i + 1, d})
		}
	}
	return out
}

// inlineLinkRE matches an inline link's "](target)" part, so that URLs in
// link targets are not counted twice as bare URLs.
var inlineLinkRE = regexp.MustCompile(`\]\((?:<[^>]*>|[^()\s]*(?:\([^()]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)`)

// inlineDest reads an inline link's target from s, which starts just after
// "](", and returns it and how many bytes of s it used. The target may be
// in angle brackets, may hold balanced parentheses, and may be followed by
// a title.
func inlineDest(s string) (string, int) {
	if strings.HasPrefix(s, "<") {
		if k := strings.IndexByte(s, '>'); k > 0 {
			return s[1:k], k + 1
		}
	}
	depth := 0
	for k, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth == 0, unicode.IsSpace(r) && depth == 0:
			return s[:k], k
		case r == ')':
			depth--
		}
	}
	return s, len(s)
}

// stripCode removes inline code spans (runs of backquotes and what they
// enclose) from a line.
func stripCode(line string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '`')
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		n := i
		for n < len(line) && line[n] == '`' {
			n++
		}
		tick := line[i:n]
		j := strings.Index(line[n:], tick)
		if j < 0 {
			b.WriteString(line[i:])
			return b.String()
		}
		line = line[n+j+len(tick):]
	}
}

// linkChecker checks link targets against the files under root.
type linkChecker struct {
	root    string
	anchors map[string]map[string]bool // file -> heading anchors
}

func newLinkChecker(root string) *linkChecker {
	return &linkChecker{root: root, anchors: map[string]map[string]bool{}}
}

// check returns "" when dest, a link in file from (relative to the root,
// with slashes), points inside the repository to something that exists, or
// else what is wrong.
func (c *linkChecker) check(from, dest string) string {
	switch {
	case dest == "":
		return "empty link target"
	case scheme.MatchString(dest) || strings.HasPrefix(dest, "www.") || strings.HasPrefix(dest, "//"):
		return "points outside the repository; link a file of the repository, or cite the source in words"
	case strings.HasPrefix(dest, "/"):
		return "absolute path; use a path relative to this file"
	}
	p, frag, _ := strings.Cut(dest, "#")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	target := from
	if p != "" {
		target = filepath.ToSlash(filepath.Join(filepath.Dir(from), p))
		if target == ".." || strings.HasPrefix(target, "../") {
			return "leaves the repository; the documentation may only link files inside it"
		}
	}
	fi, err := os.Stat(filepath.Join(c.root, filepath.FromSlash(target)))
	if err != nil {
		return fmt.Sprintf("%s does not exist", target)
	}
	if frag == "" {
		return ""
	}
	if fi.IsDir() || !strings.HasSuffix(target, ".md") {
		return fmt.Sprintf("%s is not a Markdown file, so #%s cannot be checked", target, frag)
	}
	a, err := c.headings(target)
	if err != nil {
		return err.Error()
	}
	if !a[frag] {
		return fmt.Sprintf("%s has no heading with anchor #%s", target, frag)
	}
	return ""
}

// headings returns the anchors of the headings of a Markdown file, as
// GitHub makes them (see slug), with -1, -2, ... for repeats.
func (c *linkChecker) headings(file string) (map[string]bool, error) {
	if a, ok := c.anchors[file]; ok {
		return a, nil
	}
	b, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(file)))
	if err != nil {
		return nil, err
	}
	a := map[string]bool{}
	seen := map[string]int{}
	inFence := ""
	for _, line := range strings.Split(string(b), "\n") {
		if m := fence.FindStringSubmatch(line); m != nil {
			switch inFence {
			case "":
				inFence = m[1]
			case m[1]:
				inFence = ""
			}
			continue
		}
		if inFence != "" {
			continue
		}
		m := heading.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		s := slug(m[2])
		if n := seen[s]; n > 0 {
			a[fmt.Sprintf("%s-%d", s, n)] = true
		} else {
			a[s] = true
		}
		seen[s]++
	}
	c.anchors[file] = a
	return a, nil
}

// slug turns a heading into its anchor as GitHub does: lower case, every
// character that is not a letter, mark, digit, connector (_), space or
// hyphen dropped, spaces turned into hyphens.
func slug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
