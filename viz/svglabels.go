package viz

import (
	"bytes"
	"regexp"
)

// Graphviz paints an SVG in document order: the sector boxes with their
// labels, then the ties (outputorder=edgesfirst), then the nodes. A tie
// therefore ran over the label of every box it crossed (the SILO label
// too), and through the part of a node's label wider than its circle.
// liftLabels fixes both after the layout, without moving anything:
//
//   - the sector boxes (unfilled outlines) are moved after the ties, so
//     their labels are painted over the ties; the boxes keep their
//     structure (title, tooltip, outline, label) for the tests and the
//     browser;
//   - every text gets a white halo (a 3 pt white stroke painted under
//     the glyphs, paint-order=stroke), so a tie running under a label
//     shows as a gap, not as a line through the letters.
//
// The PNG painter does the same (labels last, with a halo; see paintPNG).
func liftLabels(svg []byte) []byte {
	clusters, lastEdgeEnd := topGroups(svg)
	if len(clusters) > 0 && lastEdgeEnd > clusters[len(clusters)-1][1] {
		var b bytes.Buffer
		b.Grow(len(svg))
		prev := 0
		for _, c := range clusters {
			b.Write(svg[prev:c[0]])
			prev = c[1]
		}
		b.Write(svg[prev:lastEdgeEnd])
		for _, c := range clusters {
			b.Write(svg[c[0]:c[1]])
		}
		b.Write(svg[lastEdgeEnd:])
		svg = b.Bytes()
	}
	return textTag.ReplaceAll(svg, []byte(`<text stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" `))
}

var textTag = regexp.MustCompile(`<text `)

// topGroups finds, among the groups directly inside the graph's own group,
// the byte spans of the sector boxes (class="cluster", with the comment
// Graphviz writes before a group, if any) and the end of the last tie
// (class="edge"). Text in Graphviz's SVG is escaped, so every "<g" is a tag.
func topGroups(svg []byte) (clusters [][2]int, lastEdgeEnd int) {
	depth := 0
	start, class := -1, ""
	for i := 0; i < len(svg); i++ {
		if svg[i] != '<' {
			continue
		}
		rest := svg[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<g ")) || bytes.HasPrefix(rest, []byte("<g>")):
			depth++
			if depth == 2 { // depth 1 is the graph's group
				start, class = i, ""
				end := bytes.IndexByte(rest, '>')
				if m := groupClass.FindSubmatch(rest[:max(end, 0)]); m != nil {
					class = string(m[1])
				}
				// Take in the comment line just before the group.
				if j := bytes.LastIndex(svg[:i], []byte("<!--")); j >= 0 && !bytes.Contains(svg[j:i], []byte("<g")) && !bytes.Contains(svg[j:i], []byte("</")) {
					start = j
				}
			}
		case bytes.HasPrefix(rest, []byte("</g>")):
			if depth == 2 {
				end := i + len("</g>")
				if end < len(svg) && svg[end] == '\n' {
					end++
				}
				switch class {
				case "cluster":
					clusters = append(clusters, [2]int{start, end})
				case "edge":
					lastEdgeEnd = end
				}
			}
			depth--
		}
	}
	return clusters, lastEdgeEnd
}

var groupClass = regexp.MustCompile(`class="([^"]*)"`)
