package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"gonum.org/v1/gonum/graph/encoding/dot"
)

// DOTQuote returns s as a double-quoted DOT string that Graphviz shows
// literally: quotes and backslashes are escaped, line breaks become \n, and
// other control characters become spaces. Such a string is never taken for
// an HTML label, so "<script>" stays text.
func DOTQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
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

func xmlText(w *bufio.Writer, s string) {
	xml.EscapeText(w, []byte(s))
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
