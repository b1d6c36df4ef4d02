package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
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

// AttrType is the type of a node attribute in an export.
type AttrType uint8

const (
	AttrString AttrType = iota // text
	AttrDouble                 // a float64; "" or NaN: none
	AttrLong                   // a whole number
	AttrBool                   // true or false
)

// Attr is one node attribute of an export (a column of units.csv or
// people.csv): its name, type, and value for each node in id order as
// text ("" when the node has none: undefined, as an empty CSV cell).
type Attr struct {
	Name   string
	Type   AttrType
	Values []string
}

var (
	graphmlTypes = [...]string{AttrString: "string", AttrDouble: "double", AttrLong: "long", AttrBool: "boolean"}
	gexfTypes    = [...]string{AttrString: "string", AttrDouble: "double", AttrLong: "long", AttrBool: "boolean"}
)

// value is node i's value of a, "" when it has none.
func (a *Attr) value(i int) string {
	if i < len(a.Values) {
		return a.Values[i]
	}
	return ""
}

// baseAttrs are the attributes every export writes from the network
// itself: name, sector, kind, unit. Attrs whose names repeat them are
// left out of an export (units.csv also has name, sector and kind).
var baseAttrs = []string{"name", "sector", "kind", "unit"}

func extraAttrs(attrs []Attr) []Attr {
	var out []Attr
	for _, a := range attrs {
		dup := a.Name == "id" || a.Name == "label"
		for _, b := range baseAttrs {
			dup = dup || a.Name == b
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// WriteDOT writes the combined directed network as DOT: node ids are the
// external ids, with label (name), sector, kind and unit attributes, and
// every arc of the network is an edge with its combined weight and one
// attribute per layer, denied-only arcs (weight 0) included, so a DOT
// reader counts the rows of edges.csv.
func WriteDOT(w io.Writer, n *Network, name string) error {
	return WriteDOTAttrs(w, n, name, nil)
}

// WriteDOTAttrs is WriteDOT with node attributes attrs (the metrics of
// units.csv or people.csv) on every node.
func WriteDOTAttrs(out io.Writer, n *Network, name string, attrs []Attr) error {
	attrs = extraAttrs(attrs)
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "digraph %s {\n", DOTQuote(name))
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		label := nd.Name
		if label == "" {
			label = nd.ID
		}
		fmt.Fprintf(w, "  %s [label=%s, sector=%s, kind=%s, unit=%s", DOTQuote(nd.ID), DOTQuote(label), DOTQuote(nd.Sector),
			DOTQuote(nd.Kind.String()), DOTQuote(nd.Unit))
		for k := range attrs {
			if v := attrs[k].value(i); v != "" {
				fmt.Fprintf(w, ", %s=%s", attrs[k].Name, DOTQuote(v))
			}
		}
		w.WriteString("];\n")
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		fmt.Fprintf(w, "  %s -> %s [weight=%s", DOTQuote(n.Nodes[e.From].ID), DOTQuote(n.Nodes[e.To].ID), formatFloat(e.Weight))
		for l := Layer(0); l < NumLayers; l++ {
			fmt.Fprintf(w, ", %s=%s", l, formatFloat(e.Layers[l]))
		}
		w.WriteString("];\n")
	}
	w.WriteString("}\n")
	return w.Flush()
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
// weight, for Gephi, yEd, Cytoscape or igraph's read_graphml. Every edge
// holds every layer (0 where absent) and every layer key has the default
// 0, so no reader gives NaN for an absent layer.
func WriteGraphML(out io.Writer, n *Network) error { return WriteGraphMLAttrs(out, n, nil) }

// WriteGraphMLAttrs is WriteGraphML with node attributes attrs (the
// metrics of units.csv or people.csv); a node without a value of an
// attribute (undefined) has no <data> for it.
func WriteGraphMLAttrs(out io.Writer, n *Network, attrs []Attr) error {
	attrs = extraAttrs(attrs)
	w := bufio.NewWriter(out)
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range baseAttrs {
		fmt.Fprintf(w, `  <key id="%s" for="node" attr.name="%s" attr.type="string"/>`+"\n", k, k)
	}
	for i, a := range attrs {
		fmt.Fprintf(w, `  <key id="m%d" for="node" attr.name="`, i)
		xmlText(w, a.Name)
		fmt.Fprintf(w, `" attr.type="%s"/>`+"\n", graphmlTypes[a.Type])
	}
	for l := Layer(0); l < NumLayers; l++ {
		fmt.Fprintf(w, `  <key id="%s" for="edge" attr.name="%s" attr.type="double"><default>0</default></key>`+"\n", l, l)
	}
	w.WriteString(`  <key id="weight" for="edge" attr.name="weight" attr.type="double"><default>0</default></key>` + "\n")
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
		for k := range attrs {
			if v := attrs[k].value(i); v != "" {
				fmt.Fprintf(w, `<data key="m%d">`, k)
				xmlText(w, v)
				w.WriteString(`</data>`)
			}
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
		// Every layer is written, 0 included: NetworkX 2.8 keeps a key's
		// default aside (G.graph["edge_default"]) instead of filling it in.
		for l := Layer(0); l < NumLayers; l++ {
			fmt.Fprintf(w, `<data key="%s">%s</data>`, l, formatFloat(e.Layers[l]))
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
// the combined weight and one attribute per layer (default 0).
func WriteGEXF(out io.Writer, n *Network, description string) error {
	return WriteGEXFAttrs(out, n, description, nil)
}

// WriteGEXFAttrs is WriteGEXF with node attributes attrs (the metrics of
// units.csv or people.csv), so Gephi can partition and rank by sector,
// community or silo without recomputing; an undefined value is left out.
func WriteGEXFAttrs(out io.Writer, n *Network, description string, attrs []Attr) error {
	attrs = extraAttrs(attrs)
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
	for i, a := range attrs {
		fmt.Fprintf(w, `      <attribute id="%d" title="`, i+3)
		xmlText(w, a.Name)
		fmt.Fprintf(w, `" type="%s"/>`+"\n", gexfTypes[a.Type])
	}
	w.WriteString("    </attributes>\n")
	w.WriteString(`    <attributes class="edge">` + "\n")
	for l := Layer(0); l < NumLayers; l++ {
		fmt.Fprintf(w, `      <attribute id="%d" title="%s" type="double"><default>0</default></attribute>`+"\n", l, l)
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
		for k := range attrs {
			if v := attrs[k].value(i); v != "" {
				fmt.Fprintf(w, `<attvalue for="%d" value="`, k+3)
				xmlText(w, v)
				w.WriteString(`"/>`)
			}
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
