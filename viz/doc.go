// Package viz draws sekat's results: Graphviz maps of units and people,
// the sector mixing heatmap, and the self-contained HTML report.
//
// Everything here is a pure function of a *metrics.Result and Go options
// (house rule 3): the DOT, SVG and HTML bytes depend only on their inputs,
// never on map iteration order or the clock, so identical inputs give
// byte-identical outputs.
//
// # Maps
//
// SectorOverviewDOT (and SectorOverviewSVG) draws the sectors as nodes and
// the weight between them as ties: the first picture, for a reader who
// decides. Silos are filled red with a thick red outline, sectors to watch
// dashed orange; each sector keeps its 2 strongest outside ties, a silo or
// a sector to watch at least OverviewSiloTies; the title says what share
// of the weight between sectors is drawn. Laid out with circo, every
// sector on one ring (an invisible cycle through them; see ringOrder).
// The report's briefing prints it with numbered ovals and a key of the
// names beside it when the names would print under 5 pt on A4
// (keyedSectorOverviewSVG), and writes the map's title and key over it
// in the page's type rather than in the drawing, so that they print at
// one size whatever the map's scale.
//
// UnitMapDOT draws the combined undirected network of the units:
//
//   - each node shows its short name (units.short_name) or its id, centred
//     on the node (fixedsize=shape: the layout keeps room for the label);
//     the full name and figures are in the tooltip (nodeLabel, nodeTitle:
//     every map labels nodes through these two); when a label would be
//     longer than keyedLabelRunes, every node shows a number and the
//     title ends with the key of names (keyLongLabels), or, with
//     MapOptions.KeyApart, the report writes it under the map;
//   - units are grouped in boxes (Graphviz clusters) by sector, laid out as
//     a grid: ties neither rank nor pull the nodes (constraint=false,
//     weight=0), invisible edges put each box in rows of at most 6 and the
//     boxes in bands about 1,100 pt wide, so boxes never overlap and the
//     map grows down, not sideways; a silo sector gets a thick red box
//     labelled "SILO", a sector to watch a dashed orange one;
//   - the fill colour is the detected community (communities 1..10 get
//     distinct colours, the rest grey); the first 8 colours stay apart for
//     readers with deuteranopia or protanopia, so communities 9 and 10 are
//     outlined dashed as well (communityMark);
//   - the node area grows with the chosen metric (betweenness by default):
//     width = MinWidth + (MaxWidth-MinWidth) * sqrt(v / max v), so the area
//     is roughly proportional to v; coordinators are squares, external
//     units diamonds, articulation points have a double outline;
//   - the pen width of a tie is 0.6 + 3.4 * log(1+w) / log(1+max w): a log
//     scale, because tie weights span several orders of magnitude;
//   - ties inside a sector are grey, ties across sectors blue, bridges
//     (ties whose removal disconnects the network) thick and red;
//   - the title holds the study name, the window and a legend, written as
//     left-justified lines of at most 90 characters, which explains the
//     node shapes, bridges and double outlines the map draws and no
//     others, and says what was left out; each box says what share of its sector's weight to other
//     sectors is drawn.
//
// Large graphs are filtered so that a map stays readable: each node keeps
// its MaxTiesPerNode strongest ties (default 3; a tie is drawn when either
// end keeps it; bridges are always drawn, and every silo or sector to
// watch keeps its SiloOutsideTies strongest ties to other sectors), and
// above MaxNodes nodes (default 120) only the nodes with the largest metric
// are drawn. At person level, above DefaultPersonMaxNodes people the map is
// drawn as the people's units (PersonUnitsMapDOT). Graphviz scales any
// drawing wider than 40 inches down, and a PNG is at most MaxPNGWidth
// pixels wide. The title says how many ties and nodes were left out.
//
// LayerMapDOT draws one layer (correspondence, meetings, data sharing,
// denied data requests) the same way, smaller; EgoMapDOT draws a person
// and their two-step neighbourhood at person level (at most 60 people),
// boxed and coloured by unit.
//
// Render lays a DOT graph out in-process with go-graphviz (Graphviz
// compiled to WebAssembly; no system Graphviz is needed) and writes SVG or
// PNG. Labels are never under a tie: in the SVG the sector boxes (unfilled
// outlines) are moved after the ties, so the box labels, the SILO label
// among them, are painted over them, and every label has a white halo
// (liftLabels); the PNG paints every label last, with the same halo.
// Only the dot and fdp engines are offered (and circo, when a graph
// asks for it, as the sector overview does): sfdp and neato take minutes
// on a few hundred nodes in the WebAssembly build. The maps use
// dot, whose output is byte-stable; fdp's is not in go-graphviz v0.2.10
// (its coordinates depend on what the process laid out before).
//
// # Escaping
//
// Names come from spreadsheets. Every user string in DOT goes through
// graph.DOTQuote (a quoted string, never an HTML label, so "<script>" is
// text); the heatmap SVG escapes with encoding/xml; the report uses
// html/template, and the map SVG is embedded after Graphviz has escaped
// it as XML. Node names in DOT are the unit ids, so the <title> of each
// node in the SVG is its id.
//
// # Report
//
// WriteReport writes one report.html with everything inline (CSS, SVG, a
// small script that sorts tables): it makes no network request and prints
// on A4. Its sentences are in Bahasa Indonesia unless ReportData.Lang is
// "en".
package viz
