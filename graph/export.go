package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/encoding/dot"
)

// DOTQuote returns s as a double-quoted DOT string that Graphviz shows
// literally: quotes and backslashes are escaped, line breaks become \n,
// and other control characters (and bytes that are not UTF-8) become the
// text \xNN, written so that Graphviz shows it as such. Such a string is
// never taken for an HTML label, so "<script>" stays text.
//
// Distinct strings give distinct DOT strings, so ids that differ only by a
// control character stay distinct nodes: every backslash of s is written
// as \\, and a control character as \\\xNN, which no other character's
// form begins with. (Before, control characters became spaces and such
// ids merged into one node.)
func DOTQuote(s string) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
				b.WriteString(s[i : i+size])
				i += size
				continue
			}
		}
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\\\x`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		default:
			b.WriteByte(c)
		}
		i++
	}
	b.WriteByte('"')
	return b.String()
}

// WriteDOT writes the combined directed network as DOT with gonum's
// encoding/dot: node ids are the external ids, with kind, label (name) and
// sector attributes, and edges carry their combined weight.
func WriteDOT(w io.Writer, n *Network, name string) error {
	b, err := dot.Marshal(n.DirectedView(), DOTQuote(name), "", "  ")
	if err != nil {
		return fmt.Errorf("graph: dot: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// xmlText writes s as XML text or attribute value. XML 1.0 cannot hold
// most control characters, U+FFFE, U+FFFF or bytes that are not UTF-8, not
// even as character references, and encoding/xml turns them all into
// U+FFFD, which merged ids that differ only there. They are written
// instead as \uXXXX (characters) and \xNN (bytes), and a backslash that
// could be read as the start of such an escape (one followed by u, x or
// another backslash, as written) is doubled, so distinct strings stay
// distinct and every other string, backslashes included, is written as
// it is. XMLUnescape reads the form back.
func xmlText(w *bufio.Writer, s string) {
	xml.EscapeText(w, []byte(xmlEscapeID(s)))
}

// xmlEscapeID applies xmlText's escapes for what XML cannot hold.
func xmlEscapeID(s string) string {
	clean := true
	for _, r := range s {
		if !xmlChar(r) || r == '\\' {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	// piece returns the escaped form of the character at s[i:] and its
	// length in s.
	piece := func(i int) (string, int) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return `\x` + string(hex[s[i]>>4]) + string(hex[s[i]&0xf]), 1
		case !xmlChar(r):
			return fmt.Sprintf(`\u%04x`, r), size
		}
		return s[i : i+size], size
	}
	for i := 0; i < len(s); {
		p, size := piece(i)
		if p == `\` && i+1 < len(s) {
			if next, _ := piece(i + 1); next[0] == '\\' || next[0] == 'u' || next[0] == 'x' {
				p = `\\`
			}
		}
		b.WriteString(p)
		i += size
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 can hold r.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || (r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// XMLUnescape reads back a string that WriteGraphML or WriteGEXF wrote
// (after the XML parser has undone the XML escapes): \uXXXX and \xNN are
// the characters and bytes XML cannot hold, \\ before u, x or a backslash
// is one backslash, and any other backslash is itself.
func XMLUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '\\':
			b.WriteByte('\\')
			i++
			continue
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					b.WriteRune(rune(v))
					i += 5
					continue
				}
			}
		case 'x':
			if i+4 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
					b.WriteByte(byte(v))
					i += 3
					continue
				}
			}
		}
		b.WriteByte('\\')
	}
	return b.String()
}

// WriteGraphML writes the network as GraphML (directed), with node
// attributes name, sector, kind, unit and edge attributes per layer and
// weight, for Gephi, yEd, Cytoscape or igraph's read_graphml.
func WriteGraphML(out io.Writer, n *Network) error {
	w := bufio.NewWriter(out)
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range []string{"name", "sector", "kind", "unit"} {
		fmt.Fprintf(w, `  <key id="%s" for="node" attr.name="%s" attr.type="string"/>`+"\n", k, k)
	}
	for l := Layer(0); l < NumLayers; l++ {
		fmt.Fprintf(w, `  <key id="%s" for="edge" attr.name="%s" attr.type="double"/>`+"\n", l, l)
	}
	w.WriteString(`  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>` + "\n")
	fmt.Fprintf(w, `  <graph id="sekat-%s" edgedefault="directed">`+"\n", n.Level)
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		w.WriteString(`    <node id="`)
		xmlText(w, nd.ID)
		w.WriteString(`">`)
		for _, kv := range [][2]string{{"name", nd.Name}, {"sector", nd.Sector}, {"kind", nd.Kind.String()}, {"unit", nd.Unit}} {
			fmt.Fprintf(w, `<data key="%s">`, kv[0])
			xmlText(w, kv[1])
			w.WriteString(`</data>`)
		}
		w.WriteString("</node>\n")
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		fmt.Fprintf(w, `    <edge id="e%d" source="`, i)
		xmlText(w, n.Nodes[e.From].ID)
		w.WriteString(`" target="`)
		xmlText(w, n.Nodes[e.To].ID)
		w.WriteString(`">`)
		for l := Layer(0); l < NumLayers; l++ {
			if e.Layers[l] != 0 {
				fmt.Fprintf(w, `<data key="%s">%s</data>`, l, formatFloat(e.Layers[l]))
			}
		}
		fmt.Fprintf(w, `<data key="weight">%s</data></edge>`+"\n", formatFloat(e.Weight))
	}
	w.WriteString("  </graph>\n</graphml>\n")
	return w.Flush()
}

// WriteGEXF writes the network as GEXF 1.2 (directed), Gephi's own format
// in the version that Gephi 0.9+, NetworkX and igraph all read (NetworkX
// 2.8 does not read 1.3):
// node labels are names, with sector, kind and unit attributes; edges have
// the combined weight and one attribute per layer.
func WriteGEXF(out io.Writer, n *Network, description string) error {
	w := bufio.NewWriter(out)
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">` + "\n")
	w.WriteString("  <meta>\n    <creator>sekat</creator>\n    <description>")
	xmlText(w, description)
	w.WriteString("</description>\n  </meta>\n")
	w.WriteString(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	w.WriteString(`    <attributes class="node">` + "\n")
	for i, k := range []string{"sector", "kind", "unit"} {
		fmt.Fprintf(w, `      <attribute id="%d" title="%s" type="string"/>`+"\n", i, k)
	}
	w.WriteString("    </attributes>\n")
	w.WriteString(`    <attributes class="edge">` + "\n")
	for l := Layer(0); l < NumLayers; l++ {
		fmt.Fprintf(w, `      <attribute id="%d" title="%s" type="double"/>`+"\n", l, l)
	}
	w.WriteString("    </attributes>\n    <nodes>\n")
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		label := nd.Name
		if label == "" {
			label = nd.ID
		}
		w.WriteString(`      <node id="`)
		xmlText(w, nd.ID)
		w.WriteString(`" label="`)
		xmlText(w, label)
		w.WriteString(`"><attvalues>`)
		for j, v := range []string{nd.Sector, nd.Kind.String(), nd.Unit} {
			fmt.Fprintf(w, `<attvalue for="%d" value="`, j)
			xmlText(w, v)
			w.WriteString(`"/>`)
		}
		w.WriteString("</attvalues></node>\n")
	}
	w.WriteString("    </nodes>\n    <edges>\n")
	for i := range n.Edges {
		e := &n.Edges[i]
		fmt.Fprintf(w, `      <edge id="%d" source="`, i)
		xmlText(w, n.Nodes[e.From].ID)
		w.WriteString(`" target="`)
		xmlText(w, n.Nodes[e.To].ID)
		fmt.Fprintf(w, `" weight="%s"><attvalues>`, formatFloat(e.Weight))
		for l := Layer(0); l < NumLayers; l++ {
			fmt.Fprintf(w, `<attvalue for="%d" value="%s"/>`, l, formatFloat(e.Layers[l]))
		}
		w.WriteString("</attvalues></edge>\n")
	}
	w.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return w.Flush()
}
