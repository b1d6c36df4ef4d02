package graph

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"
)

var hostile = []string{`Dinas "Kutip"`, `back\slash`, "{brace}", "baris\nbaru", `<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`, `=HYPERLINK("http://x","y")`, "emoji 🏛️"}

func hostileNet() *Network {
	var nodes []Node
	for i, h := range hostile {
		nodes = append(nodes, Node{ID: string(rune('a' + i)), Name: h, Sector: h})
	}
	var edges []Edge
	for i := 0; i+1 < len(nodes); i++ {
		edges = append(edges, Edge{From: int32(i), To: int32(i + 1), Weight: float64(i + 1)})
	}
	return NewNetwork(UnitLevel, nodes, edges, nil, Window{}, LayerWeights{})
}

func TestGonumView(t *testing.T) {
	n := hostileNet()
	u := n.UndirectedView()
	if got := len(topo.ConnectedComponents(u)); got != 1 {
		t.Errorf("components = %d, want 1", got)
	}
	// Through AsDistance, gonum's Dijkstra reads 1/w: a->c = 1/1 + 1/2.
	pt := path.DijkstraFrom(u.Node(0), u.AsDistance())
	if d := pt.WeightTo(2); d != 1.5 {
		t.Errorf("distance a->c = %v, want 1.5", d)
	}
	d := n.DirectedView()
	if !d.HasEdgeFromTo(0, 1) || d.HasEdgeFromTo(1, 0) {
		t.Error("directed view lost direction")
	}
	if got := d.To(1).Len(); got != 1 {
		t.Errorf("in-neighbours of b = %d, want 1", got)
	}
}

func TestDOTQuotesHostileNames(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDOT(&b, hostileNet(), `studi "x"`); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{`label="Dinas \"Kutip\""`, `label="back\\slash"`, `label="baris\nbaru"`,
		`label="<script>alert(1)</script>"`, `label="=HYPERLINK(\"http://x\",\"y\")"`, `label="emoji 🏛️"`} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT lacks %s:\n%s", want, s)
		}
	}
	if strings.Contains(s, "label=<") {
		t.Error("a name became an HTML label")
	}
}

func TestGraphMLAndGEXFParse(t *testing.T) {
	n := hostileNet()
	for name, write := range map[string]func(*bytes.Buffer) error{
		"graphml": func(b *bytes.Buffer) error { return WriteGraphML(b, n) },
		"gexf":    func(b *bytes.Buffer) error { return WriteGEXF(b, n, "<desc>") },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&b)
		var texts []string
		for {
			tok, err := dec.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("%s: %v", name, err)
				}
				break
			}
			switch v := tok.(type) {
			case xml.CharData:
				texts = append(texts, string(v))
			case xml.StartElement:
				for _, a := range v.Attr {
					texts = append(texts, a.Value)
				}
			}
		}
		all := strings.Join(texts, "\x00")
		for _, h := range hostile {
			if !strings.Contains(all, h) {
				t.Errorf("%s: name %q does not read back", name, h)
			}
		}
	}
}
