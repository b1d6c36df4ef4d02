package graph

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// controlIDs differ only by control characters, by characters XML cannot
// hold, or by the escapes that stand for them.
var controlIDs = []string{"U", "U\x01", "U\x02", "U ", "U\t", "U\r", "U\x7f", `U\x01`, `U\\x01`, `U\u0001`,
	"U\uFFFD", "U\uFFFE", "U\uFFFF", "U\xff", "U\xfe", `U\`, `U\\`, "U\n", `U\n`, "\x00"}

func controlNet(ids []string) *Network {
	nodes := make([]Node, len(ids))
	var edges []Edge
	for i, id := range ids {
		nodes[i] = Node{ID: id, Name: id, Sector: id}
		if i > 0 {
			edges = append(edges, Edge{From: int32(i - 1), To: int32(i), Weight: 1})
		}
	}
	return NewNetwork(UnitLevel, nodes, edges, nil, Window{}, LayerWeights{})
}

// TestDOTKeepsControlIDsDistinct: ids that differ only by a control
// character are distinct nodes of the DOT file, as a DOT parser reads it.
// Before, control characters became spaces and these ids merged.
func TestDOTKeepsControlIDsDistinct(t *testing.T) {
	// gonum's DOT lexer refuses U+FFFD, which Graphviz reads; the ids
	// with it are checked below by reading DOTQuote's form back.
	var ids []string
	for _, id := range controlIDs {
		if !strings.ContainsRune(id, utf8.RuneError) {
			ids = append(ids, id)
		}
	}
	var b bytes.Buffer
	if err := WriteDOT(&b, controlNet(ids), "ids"); err != nil {
		t.Fatal(err)
	}
	f, err := dot.ParseBytes(b.Bytes())
	if err != nil {
		t.Fatalf("DOT does not parse: %v\n%s", err, b.String())
	}
	seen := map[string]bool{}
	for _, g := range f.Graphs {
		for _, st := range g.Stmts {
			if n, ok := st.(*ast.NodeStmt); ok {
				seen[n.Node.ID] = true
			}
		}
	}
	if len(seen) != len(ids) {
		t.Errorf("%d distinct DOT node ids for %d ids:\n%s", len(seen), len(ids), b.String())
	}
	// Each id's DOT form decodes back to it, so no two can meet.
	for _, id := range controlIDs {
		if got := dotUnquote(t, DOTQuote(id)); got != id {
			t.Errorf("DOTQuote(%q) = %s reads back as %q", id, DOTQuote(id), got)
		}
	}
}

// dotUnquote reads a DOTQuote string back by DOTQuote's rules.
func dotUnquote(t testing.TB, q string) string {
	t.Helper()
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		t.Fatalf("not quoted: %s", q)
	}
	s := q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			if s[i] == '"' {
				t.Fatalf("unescaped quote in %s", q)
			}
			b.WriteByte(s[i])
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], `\\\x`) && i+6 <= len(s):
			var v byte
			for _, c := range s[i+4 : i+6] {
				v = v<<4 | byte(strings.IndexRune("0123456789abcdef", c))
			}
			b.WriteByte(v)
			i += 5
		case strings.HasPrefix(s[i:], `\\`):
			b.WriteByte('\\')
			i++
		case strings.HasPrefix(s[i:], `\"`):
			b.WriteByte('"')
			i++
		case strings.HasPrefix(s[i:], `\n`):
			b.WriteByte('\n')
			i++
		default:
			t.Fatalf("lone backslash in %s", q)
		}
	}
	return b.String()
}

// TestXMLKeepsControlIDsDistinct: GraphML and GEXF parse, their node ids
// are distinct and read back (XMLUnescape) as the ids. Before, every
// character XML cannot hold became U+FFFD.
func TestXMLKeepsControlIDsDistinct(t *testing.T) {
	n := controlNet(controlIDs)
	for name, write := range map[string]func(*bytes.Buffer) error{
		"graphml": func(b *bytes.Buffer) error { return WriteGraphML(b, n) },
		"gexf":    func(b *bytes.Buffer) error { return WriteGEXF(b, n, "ids") },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&b)
		var got []string
		for {
			tok, err := dec.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("%s does not parse: %v", name, err)
				}
				break
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "node" {
				for _, a := range se.Attr {
					if a.Name.Local == "id" {
						got = append(got, XMLUnescape(a.Value))
					}
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(controlIDs, "|") {
			t.Errorf("%s: node ids read back as %q, want %q", name, got, controlIDs)
		}
	}
	// Ids without such characters are written as they are, backslashes
	// included.
	for _, id := range []string{`DINAS\BIDANG`, "Dinas Kesehatan", `a\b\c`, "emoji 🏛️"} {
		if got := xmlEscapeID(id); got != id {
			t.Errorf("xmlEscapeID(%q) = %q, want it unchanged", id, got)
		}
	}
}

// FuzzIDEscapes: the DOT and XML forms of any string read back as the
// string, so distinct ids never meet in an export.
func FuzzIDEscapes(f *testing.F) {
	for _, id := range controlIDs {
		f.Add(id)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := dotUnquote(t, DOTQuote(s)); got != s {
			t.Fatalf("DOTQuote(%q) = %s reads back as %q", s, DOTQuote(s), got)
		}
		e := xmlEscapeID(s)
		if !utf8.ValidString(e) {
			t.Fatalf("xmlEscapeID(%q) = %q is not UTF-8", s, e)
		}
		for _, r := range e {
			if !xmlChar(r) {
				t.Fatalf("xmlEscapeID(%q) = %q holds %U", s, e, r)
			}
		}
		if got := XMLUnescape(e); got != s {
			t.Fatalf("xmlEscapeID(%q) = %q reads back as %q", s, e, got)
		}
	})
}
