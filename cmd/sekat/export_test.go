package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var exportLayers = []string{"correspondence", "meetings", "data_sharing", "data_denied", "weight"}

// xmlGraph is what a GraphML or GEXF reader finds: nodes, edges, the node
// attributes present on some node, the node keys a GraphML declares (which
// igraph lists as attributes, with a value on no node too), and the layer
// values missing or not a number on the edges.
type xmlGraph struct {
	nodes, edges int
	attrs        map[string]bool
	keys         map[string]bool
	nanLayers    int
}

// readXMLGraph reads sekat's GraphML or GEXF with encoding/xml, as
// NetworkX and igraph read them: keys (GraphML) or attributes (GEXF) map
// ids to names; a GEXF node's label is its name.
func readXMLGraph(t *testing.T, b []byte) xmlGraph {
	t.Helper()
	g := xmlGraph{attrs: map[string]bool{}, keys: map[string]bool{}}
	names := map[string]string{}   // key or attribute id -> name
	nodeKey := map[string]bool{}   // ids of node keys / node attributes
	class := ""                    // GEXF <attributes class=...>
	var edgeVals map[string]string // the current edge's layer values
	var dataKey string
	var inData bool
	var buf strings.Builder
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("export does not parse: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			at := map[string]string{}
			for _, a := range x.Attr {
				at[a.Name.Local] = a.Value
			}
			switch x.Name.Local {
			case "key":
				names[at["id"]] = at["attr.name"]
				nodeKey[at["id"]] = at["for"] == "node"
				if at["for"] == "node" {
					g.keys[at["attr.name"]] = true
				}
			case "attributes":
				class = at["class"]
			case "attribute":
				names[class+at["id"]] = at["title"]
			case "node":
				g.nodes++
				if at["label"] != "" {
					g.attrs["name"] = true
				}
			case "edge":
				g.edges++
				edgeVals = map[string]string{}
				if w, ok := at["weight"]; ok {
					edgeVals["weight"] = w
				}
			case "data":
				dataKey, inData = at["key"], true
				buf.Reset()
			case "attvalue":
				if edgeVals != nil {
					edgeVals[names["edge"+at["for"]]] = at["value"]
				} else {
					g.attrs[names["node"+at["for"]]] = true
				}
			}
		case xml.CharData:
			if inData {
				buf.Write(x)
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "data":
				inData = false
				if nodeKey[dataKey] {
					g.attrs[names[dataKey]] = true
				} else if edgeVals != nil {
					edgeVals[names[dataKey]] = buf.String()
				}
			case "edge":
				for _, l := range exportLayers {
					if _, err := strconv.ParseFloat(edgeVals[l], 64); err != nil {
						g.nanLayers++
					}
				}
				edgeVals = nil
			}
		}
	}
	return g
}

func (g xmlGraph) lines(reader string, unitCols []string) string {
	var missing, attrs []string
	for _, c := range unitCols {
		if c != "unit_id" && !g.attrs[c] {
			missing = append(missing, c)
		}
	}
	for a := range g.attrs {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	m := strings.Join(missing, ",")
	if m == "" {
		m = "-"
	}
	return fmt.Sprintf("%s: nodes=%d edges=%d missing_unit_columns=%s nan_layer_values=%d\n%s: node_attributes=%s\n",
		reader, g.nodes, g.edges, m, g.nanLayers, reader, strings.Join(attrs, ","))
}

// TestExportReference exports the sample study as GraphML, GEXF, DOT and
// the edges CSV and recomputes, from the files, the lines that
// testdata/reference/exports.py printed with NetworkX 2.8, python-igraph
// 0.10 and Graphviz 2.43's gc on the same exports
// (testdata/golden/export/sample.txt): every column of units.csv is a node
// attribute, no layer value is NaN, and the DOT has as many edges as
// edges.csv has rows (1,466, denied-only arcs included).
func TestExportReference(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the sample study")
	}
	study := sampleStudy(t)
	dir := t.TempDir()
	export := func(format, file string) []byte {
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"sekat", "export", study, "--format", format, "--out", filepath.Join(dir, file)}, io.Discard, &stderr); code != 0 {
			t.Fatalf("export %s: exit %d: %s", format, code, stderr.String())
		}
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	graphml, gexf, dot, edges := export("graphml", "export.graphml"), export("gexf", "export.gexf"), export("dot", "export.dot"), export("csv", "edges.csv")
	nodes := export("nodes", "nodes.csv")
	head, err := csv.NewReader(bytes.NewReader(nodes)).Read()
	if err != nil {
		t.Fatal(err)
	}
	if head[0] != "Id" || head[1] != "Label" {
		t.Errorf("nodes.csv starts %q, want Id, Label for Gephi", head[:2])
	}
	unitCols := head[2:] // the columns of units.csv
	rows, err := csv.NewReader(bytes.NewReader(edges)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	// exports.py asks for the columns with a value in some row: an empty
	// cell has no value in an export (short_name of a study without short
	// names)
	nodeRows, err := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	unitCols = slices.DeleteFunc(slices.Clone(unitCols), func(c string) bool {
		j := slices.Index(head, c)
		return !slices.ContainsFunc(nodeRows[1:], func(r []string) bool { return j < len(r) && r[j] != "" })
	})
	gm := readXMLGraph(t, graphml)
	got.WriteString(gm.lines("graphml networkx", unitCols))
	ig := gm
	ig.attrs = maps.Clone(gm.attrs)
	maps.Copy(ig.attrs, gm.keys) // igraph lists every declared node key
	got.WriteString(ig.lines("graphml igraph", unitCols))
	got.WriteString(readXMLGraph(t, gexf).lines("gexf networkx", unitCols))
	fmt.Fprintf(&got, "dot gc: edges=%d edges_csv_rows=%d\n", strings.Count(string(dot), "\" -> \""), len(rows)-1)
	want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "export", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("exports read differently from the reference tools:\ngot:\n%s\nwant (testdata/reference/exports.py):\n%s", got.String(), want)
	}

	// The workbook: ids are text cells, measures number cells.
	xb := export("xlsx", "sekat.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(xb))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), ","), "units,groups,silos,edges"; got != want {
		t.Errorf("sheets %s, want %s", got, want)
	}
	for cell, name := range map[string]string{"A1": "unit_id", "F1": "degree", "G1": "strength"} {
		if v, _ := f.GetCellValue("units", cell); v != name {
			t.Errorf("units!%s is %q, want %s", cell, v, name)
		}
	}
	for _, cell := range []string{"A2", "F2", "G2"} { // unit_id, degree, strength
		typ, err := f.GetCellType("units", cell)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue("units", cell)
		text := typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString
		if _, err := strconv.ParseFloat(v, 64); cell != "A2" && (err != nil || text) {
			t.Errorf("units!%s (%q): type %v, want a number", cell, v, typ)
		}
		if cell == "A2" && !text {
			t.Errorf("units!%s (%q): type %v, want text", cell, v, typ)
		}
	}

	// --bom starts the CSV with the byte order mark, nothing else changes.
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"sekat", "export", study, "--bom", "--out", filepath.Join(dir, "bom.csv")}, io.Discard, &stderr); code != 0 {
		t.Fatalf("export --bom: exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(filepath.Join(dir, "bom.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, append([]byte("\ufeff"), edges...)) {
		t.Error("--bom: the file is not the BOM followed by the same edges CSV")
	}
}

// TestExportPersonNeedsFile: a person-level export goes to a file, with
// its audit record beside it; to standard output it left no record of
// what was pseudonymised and withheld (review r4 of session 15), so it is
// refused as bad usage, in both languages. At unit level stdout serves.
func TestExportPersonNeedsFile(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, lang := range []string{"id", "en"} {
		code, stdout, stderr := sekat(t, "export", study, "--level", "person", "--format", "graphml", "--lang", lang)
		if code != 2 || stdout != "" || !strings.Contains(stderr, msg(lang, "personNeedsOut")) {
			t.Errorf("%s: exit %d, %d bytes out, stderr %q; want bad usage saying to give --out", lang, code, len(stdout), stderr)
		}
	}
	if code, stdout, stderr := sekat(t, "export", study, "--format", "graphml"); code != 0 || !strings.Contains(stdout, "<graphml") {
		t.Errorf("unit level to stdout: exit %d, %s", code, stderr)
	}
}

// TestExportUnwritableFolder: an --out whose folder cannot be made (here
// it would sit under a file) is refused before the analysis, worded in
// the user's language; before, export ran the whole analysis and then
// failed with the raw error of a temporary file (review r4 of session 15).
// Under a file it is refused as the --out typed (exit 2, out.fileUnderFile,
// TestOutFileUnderFile); it failed at the probe of the folder, exit 1.
func TestExportUnwritableFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "berkas")
	os.WriteFile(file, []byte("x"), 0o644)
	out := filepath.Join(file, "jejaring.gexf")
	code, _, stderr := sekat(t, "export", "../../testdata/studies/hand", "--format", "gexf", "--out", out)
	if want := "sekat: " + msg("id", "out.fileUnderFile", "--out", out, file, "--out"); code != exitUsage || !strings.HasPrefix(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 2 and it to open with %q", code, stderr, want)
	}
}

// TestExportOutDir: export given an output folder of sekat analyze (which
// holds a units.csv too) says what the folder is and what export needs,
// in both languages, instead of "no log file".
func TestExportOutDir(t *testing.T) {
	out := filepath.Join(t.TempDir(), "hasil")
	analyzeOK(t, "analyze", filepath.Join("..", "..", "testdata", "studies", "hand"), "--out", out, "-q")
	for lang, want := range map[string]string{"id": "adalah folder keluaran sekat analyze, bukan folder studi", "en": "is an output folder of sekat analyze, not a study folder"} {
		code, _, stderr := sekat(t, "export", out, "--lang", lang)
		if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "edges.csv") || strings.Contains(stderr, "correspondence*") {
			t.Errorf("--lang %s: exit %d, %q; want exit 2 and %q", lang, code, stderr, want)
		}
	}
}

// TestExportFlagConflicts: export refuses, in the run's language, the
// flags that cannot go with the format asked for. --excel --format gexf
// said '--format "gexf --excel" tidak dikenal; pilih salah satu dari
// xlsx', as if "gexf --excel" were a format; --bom on a GEXF, GraphML,
// DOT or workbook was silently left off (exit 0).
//
// The message names the flag that chose the format: where the user gave
// no --format (the format came from --excel or from --out's extension) it
// does not speak of one. '--bom --excel' said "bukan --format xlsx", and
// '--excel --out x.csv' said "--out x.csv menyebut format lain daripada
// --format xlsx; berikan --format csv".
func TestExportFlagConflicts(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	copyDir(t, filepath.Join("..", "..", "testdata", "studies", "hand"), study)
	for _, lang := range []string{"id", "en"} {
		for _, tc := range []struct {
			args []string
			want func(out string) string
		}{
			{[]string{"--excel", "--format", "gexf", "--out", "x.gexf"}, func(string) string { return msg(lang, "export.excelFormat", "gexf") }},
			{[]string{"--bom", "--format", "gexf", "--out", "x.gexf"}, func(string) string { return msg(lang, "export.bomFormat", "gexf") }},
			{[]string{"--bom", "--out", "x.graphml"}, func(out string) string { return msg(lang, "export.bomOut", out, "graphml") }},
			{[]string{"--bom", "--out", "x.xlsx"}, func(out string) string { return msg(lang, "export.bomOut", out, "xlsx") }},
			{[]string{"--bom", "--excel", "--out", "x.xlsx"}, func(string) string { return msg(lang, "export.bomExcel") }},
			{[]string{"--bom", "--excel"}, func(string) string { return msg(lang, "export.bomExcel") }},
			{[]string{"--excel", "--out", "x.csv"}, func(out string) string { return msg(lang, "export.excelOut", out, "csv") }},
			{[]string{"--excel", "--out", "x.gv"}, func(out string) string { return msg(lang, "export.excelOut", out, "dot") }},
		} {
			args := append([]string{"--lang", lang, "export", study}, tc.args...)
			out := ""
			if args[len(args)-2] == "--out" {
				out = filepath.Join(t.TempDir(), args[len(args)-1])
				args[len(args)-1] = out
			}
			code, _, stderr := sekat(t, args...)
			if want := tc.want(out); code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%v: exit %d, want 2 and %q\n%s", tc.args, code, want, stderr)
			}
			if !slices.Contains(tc.args, "--format") && strings.Contains(stderr, "--format") {
				t.Errorf("%v: the message speaks of a --format not given:\n%s", tc.args, stderr)
			}
		}
	}
	// --bom on the CSV formats still goes
	for _, f := range []string{"csv", "nodes"} {
		if code, _, stderr := sekat(t, "export", study, "--bom", "--format", f, "--out", filepath.Join(t.TempDir(), "x.csv")); code != 0 {
			t.Errorf("--bom --format %s: exit %d\n%s", f, code, stderr)
		}
	}
}
