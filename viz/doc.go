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
// UnitMapDOT draws the combined undirected network of the units:
//
//   - units are grouped in boxes (Graphviz clusters) by sector; a sector
//     that metrics flags as a silo gets a thick red box labelled "SILO";
//   - the fill colour is the detected community (communities 1..10 get
//     distinct colours, the rest grey);
//   - the node area grows with the chosen metric (betweenness by default):
//     width = MinWidth + (MaxWidth-MinWidth) * sqrt(v / max v), so the area
//     is roughly proportional to v; coordinators are squares, external
//     units diamonds, articulation points have a double outline;
//   - the pen width of a tie is 0.6 + 3.4 * log(1+w) / log(1+max w): a log
//     scale, because tie weights span several orders of magnitude;
//   - ties inside a sector are grey, ties across sectors blue, bridges
//     (ties whose removal disconnects the network) thick and red;
//   - the title holds the study name, the window and a legend, and says
//     what was left out.
//
// Large graphs are filtered so that a map stays readable and fast: each
// node keeps its MaxTiesPerNode strongest ties (default 3; a tie is drawn
// when either end keeps it; bridges are always drawn), and above MaxNodes
// nodes (default 600) only the nodes with the largest metric are drawn.
// The title says how many ties and nodes were left out.
//
// LayerMapDOT draws one layer (correspondence, meetings, data sharing,
// denied data requests) the same way, smaller; EgoMapDOT draws a person
// and their two-step neighbourhood at person level, boxed and coloured by
// unit.
//
// Render lays a DOT graph out in-process with go-graphviz (Graphviz
// compiled to WebAssembly; no system Graphviz is needed) and writes SVG or
// PNG. Only the dot and fdp engines are offered: sfdp and neato take
// minutes on a few hundred nodes in the WebAssembly build. The maps use
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
