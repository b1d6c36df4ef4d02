package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

type exportOptions struct {
	analyzeOptions
	Format string
	Out    string // "" or "-": stdout
	Force  bool   // replace Out (and its audit record) when it exists
	// BOM starts a CSV output with the UTF-8 byte order mark, so that
	// Excel's import reads it as UTF-8.
	BOM bool
}

var exportFormats = []string{"csv", "nodes", "graphml", "gexf", "dot", "xlsx"}

// exportExts are the formats --out's extension names: --format follows it
// when not given, and may not say another (nodes is CSV too).
var exportExts = map[string][]string{".csv": {"csv", "nodes"}, ".gexf": {"gexf"}, ".graphml": {"graphml"},
	".dot": {"dot"}, ".gv": {"dot"}, ".xlsx": {"xlsx"}}

// exportFileName is a file name for an export in format, offered when
// --out names a folder.
func exportFileName(format string) string {
	switch format {
	case "nodes":
		return "nodes.csv"
	case "":
		return "sekat.csv"
	}
	return "sekat." + format
}

// formatOfOut makes *format the one out's extension names (the first of
// exts[ext]) when --format was not given (set false); when it was, a
// format the extension does not name is bad usage, so that
// 'export --out jejaring.gexf' does not write CSV into jejaring.gexf.
// typed (typedValues) gives --format as the user typed it, which the
// refusal quotes.
func formatOfOut(format *string, set bool, out string, exts map[string][]string, typed map[string]string, lang string) error {
	ext := strings.ToLower(filepath.Ext(out))
	names, ok := exts[ext]
	switch {
	case !ok || out == "-":
	case !set:
		*format = names[0]
	case !slices.Contains(names, *format):
		return usagef(msg(lang, "outExtFormat"), out, asTyped(typed, "format", *format), names[0])
	}
	return nil
}

func exportCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "export",
		Usage:       h("export.usage"),
		ArgsUsage:   h("export.args"),
		Description: reflowHelp(h("export.desc")),
		Flags: append(studyFlags(hl),
			&cli.StringFlag{Name: "format", Value: "csv", Usage: h("export.format")},
			&cli.BoolFlag{Name: "excel", Usage: h("export.excel")},
			&cli.BoolFlag{Name: "bom", Usage: h("export.bom")},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("map.seed")},
			&cli.StringFlag{Name: "out", Usage: h("export.out"), Action: nonEmptyOut},
			&cli.BoolFlag{Name: "force", Usage: h("flag.forceFile")},
		),
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			o := exportOptions{analyzeOptions: analyzeOptions{studyOptions: so, Seed: c.Uint64("seed"), Resolution: 1},
				Format: c.String("format"), Out: c.String("out"), BOM: c.Bool("bom"), Force: c.Bool("force")}
			excel, formatSet := c.Bool("excel"), c.IsSet("format")
			if excel {
				if formatSet && o.Format != "xlsx" {
					// said as the conflict it is, not as an unknown
					// format "gexf --excel"
					return usagef(msg(o.Lang, "export.excelFormat"), o.Format)
				}
				// --out's extension against --excel, not against a
				// --format xlsx the user did not type
				if names, ok := exportExts[strings.ToLower(filepath.Ext(o.Out))]; ok && !slices.Contains(names, "xlsx") {
					return usagef(msg(o.Lang, "export.excelOut"), o.Out, names[0])
				}
				o.Format = "xlsx"
			}
			if err := formatOfOut(&o.Format, formatSet || excel, o.Out, exportExts, typedValues(c), o.Lang); err != nil {
				return err
			}
			ok := false
			for _, f := range exportFormats {
				ok = ok || f == o.Format
			}
			if !ok {
				return usagef(msg(o.Lang, "badFormat"), asTyped(typedValues(c), "format", o.Format), strings.Join(exportFormats, ", "))
			}
			if o.BOM && o.Format != "csv" && o.Format != "nodes" {
				// a byte-order mark only helps Excel read a CSV; on a
				// GEXF, GraphML, DOT or workbook it was silently left
				// off. Name the flag that chose the format: --excel,
				// --format, or --out's extension.
				switch {
				case excel:
					return usagef("%s", msg(o.Lang, "export.bomExcel"))
				case formatSet:
					return usagef(msg(o.Lang, "export.bomFormat"), o.Format)
				default:
					return usagef(msg(o.Lang, "export.bomOut"), o.Out, o.Format)
				}
			}
			if o.Format == "xlsx" && (o.Out == "" || o.Out == "-") {
				return usagef("%s", msg(o.Lang, "xlsxNeedsOut"))
			}
			// a person-level export leaves its audit record beside the
			// file; to standard output it would leave none
			if o.Level == "person" && (o.Out == "" || o.Out == "-") {
				return usagef("%s", msg(o.Lang, "personNeedsOut"))
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runExport(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

// needsMetrics reports whether a format carries the node metrics (and so
// runs the analysis): everything but the edges table.
func (o exportOptions) needsMetrics() bool { return o.Format != "csv" }

func runExport(ctx context.Context, o exportOptions, stdout, stderr io.Writer) error {
	// An output folder of sekat analyze holds a units.csv too, which
	// would be read as a study's units table and end in "no log file":
	// say what the folder is. (Export builds its network from the logs,
	// with the window, level and weights of its own flags; report and map
	// read such a folder back instead.)
	if isOutDir(o.Study) {
		return usagef(msg(o.Lang, "exportOutDir"), o.Study, filepath.Join(o.Study, "edges.csv"))
	}
	if o.Out != "" && o.Out != "-" {
		if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, file: true, main: exportFileName(o.Format)}, studyReads(o.studyOptions)); err != nil {
			return err
		}
		if err := refuseExisting(o.Lang, o.Force, o.Out, auditPathBeside(o.Out)); err != nil {
			return err
		}
	}
	var written []string
	if o.Out != "" && o.Out != "-" {
		written = []string{o.Out, auditPathBeside(o.Out)}
		// a folder that cannot take the file is said now, not after the
		// analysis (review r4 of session 15)
		if err := probeWritable(filepath.Dir(o.Out)); err != nil {
			return err
		}
	}
	if err := preparePrivacy(&o.studyOptions, "", written, stderr); err != nil {
		return err
	}
	if o.Level == "person" {
		notePurpose(stderr, o.studyOptions)
	}
	l, err := loadStudy(ctx, o.studyOptions, io.Discard)
	if err != nil {
		return err
	}
	// The network alone (csv) is relabelled here; the formats with
	// figures are analysed first and withheld as analyze withholds them
	// (analyzeNetwork, people.Protect), so that their figures are those of
	// analyze --level person. Analysed after the relabelling, the withheld
	// units and sectors were each one group *, which the workbook listed
	// with its E-I test and verdict, and every person of unit * had an
	// E-I index over all withheld units.
	if o.pseudonymous() && !o.needsMetrics() {
		if l.withheld, err = people.ProtectNetwork(l.net, l.minGroup); err != nil {
			return tooFewPeopleErr(o.Lang, l, err)
		}
	}
	validate := "`sekat validate " + shellQuote(o.Study) + "`"
	if n := l.res.Rejected(); n > 0 {
		fmt.Fprintln(stderr, msg(o.Lang, "rejected", groupDigits(n, o.Lang), rejectedWhere(l, o.Lang), validate))
	}
	if n := l.res.Partial(); n > 0 {
		fmt.Fprintln(stderr, partialText(o.Lang, n, l.dashes, o.Pairs != "", msg(o.Lang, "partialTailListed", validate)))
	}
	var st *result.Study
	var attrs []graph.Attr
	var mr *metrics.Result
	if o.needsMetrics() {
		if mr, err = analyzeNetwork(ctx, l, o.analyzeOptions); err != nil {
			return err
		}
		st = studyResult(l, o.analyzeOptions, mr)
		if attrs, err = nodeAttrs(st); err != nil {
			return err
		}
	}
	// as analyze says them: the exported network holds each old and new
	// unit of a reorganisation in the window apart, and its figures (not
	// the network alone, csv) may come from too short a window or too
	// few permutations
	warnAnalysis(stderr, l, mr, o.Lang)
	from, to := displayWindow(l)
	desc := fmt.Sprintf("sekat %s: %s, %s level, %s to %s", Version, l.res.Study.Name, l.net.Level, from, to)
	write := func(w io.Writer) error {
		switch o.Format {
		case "graphml":
			return graph.WriteGraphMLAttrs(w, l.net, attrs)
		case "gexf":
			return graph.WriteGEXFAttrs(w, l.net, desc, attrs)
		case "dot":
			return graph.WriteDOTAttrs(w, l.net, l.res.Study.Name, attrs)
		case "xlsx":
			return writeWorkbook(w, st)
		}
		bw := bufio.NewWriter(w)
		if o.BOM {
			bw.WriteString("\ufeff")
		}
		var err error
		if o.Format == "nodes" {
			err = writeGephiNodes(bw, st)
		} else {
			err = result.Edges.WriteCSV(bw, result.EdgesOf(l.net))
		}
		if err != nil {
			return err
		}
		return bw.Flush()
	}
	if o.Out == "" || o.Out == "-" {
		return write(stdout)
	}
	if err := writeFileAtomic(o.Out, func(w io.Writer) error {
		if err := write(w); err != nil {
			return err
		}
		return ctx.Err() // an interrupted export keeps the old file
	}); err != nil {
		return err
	}
	if l.net.Level == graph.PersonLevel {
		if err := writeAuditFile(auditPathBeside(o.Out), auditOf("export", o.studyOptions, l, l.withheld, []string{filepath.Base(o.Out)})); err != nil {
			return err
		}
	}
	fmt.Fprintln(stderr, msg(o.Lang, "exported", o.Format, o.Out))
	return nil
}

// typedTable is a result table as typed cells: its header, the kind of
// each column, and each row's cells as the CSV writes them (formula guard
// undone). Going through the table's own CSV writer keeps the exports and
// the output folder's files from disagreeing.
type typedTable struct {
	name   string
	header []string
	kinds  []result.Kind
	rows   [][]string
}

func tableOf[R any](t *result.Table[R], rows []R) (typedTable, error) {
	var b bytes.Buffer
	if err := t.WriteCSV(&b, rows); err != nil {
		return typedTable{}, err
	}
	r := csv.NewReader(&b)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return typedTable{}, fmt.Errorf("export: reading back %s.csv: %w", t.Name, err)
	}
	tt := typedTable{name: t.Name}
	for _, c := range t.Columns() {
		tt.kinds = append(tt.kinds, c.Kind)
	}
	if len(recs) > 0 {
		tt.header, tt.rows = recs[0], recs[1:]
	}
	for _, row := range tt.rows {
		for j := range row {
			if j < len(tt.kinds) && tt.kinds[j] == result.Text {
				row[j] = unguardText(row[j])
			}
		}
	}
	return tt, nil
}

// unguardText undoes the CSV formula guard (an apostrophe before a cell
// that starts like a formula): a workbook cell of type text cannot run a
// formula, and GraphML and GEXF are not spreadsheets.
func unguardText(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// nodeAttrs turns the node table of st (units.csv or people.csv) into the
// node attributes of GraphML, GEXF and DOT.
func nodeAttrs(st *result.Study) ([]graph.Attr, error) {
	tt, err := tableOf(result.NodeTable(st.Level()), st.Nodes)
	if err != nil {
		return nil, err
	}
	types := map[result.Kind]graph.AttrType{result.Text: graph.AttrString, result.Int: graph.AttrLong,
		result.Float: graph.AttrDouble, result.Bool: graph.AttrBool}
	attrs := make([]graph.Attr, len(tt.header))
	for j, name := range tt.header {
		attrs[j] = graph.Attr{Name: name, Type: types[tt.kinds[j]], Values: make([]string, len(tt.rows))}
		for i, row := range tt.rows {
			if j < len(row) {
				attrs[j].Values[i] = row[j]
			}
		}
	}
	return attrs, nil
}

// writeGephiNodes writes the nodes table for Gephi's spreadsheet import:
// Id and Label (the name, or the id) first, then every column of
// units.csv or people.csv. units.csv itself keeps its schema; this is its
// Gephi form.
func writeGephiNodes(w io.Writer, st *result.Study) error {
	tt, err := tableOf(result.NodeTable(st.Level()), st.Nodes)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(append([]string{"Id", "Label"}, tt.header...)); err != nil {
		return err
	}
	for i, row := range tt.rows {
		label := st.Nodes[i].Name
		if label == "" {
			label = st.Nodes[i].ID
		}
		out := append([]string{guardText(st.Nodes[i].ID), guardText(label)}, row...)
		for j, v := range row {
			if tt.kinds[j] == result.Text {
				out[j+2] = guardText(v)
			}
		}
		if err := cw.Write(out); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// guardText puts the CSV formula guard back (see result's package
// documentation): a text that starts like a formula gets an apostrophe.
func guardText(s string) string {
	if s != "" && (strings.ContainsRune("=+-@\t\r", rune(s[0])) || s[0] == '\'' && len(s) > 1 && strings.ContainsRune("=+-@\t\r'", rune(s[1]))) {
		return "'" + s
	}
	return s
}

// writeWorkbook writes the tables of st as one Excel workbook, a sheet per
// table (units or people, groups, silos, edges): ids and names as text
// cells, so a NIP never becomes 1.97902E+17 and a leading zero stays;
// numbers as number cells, so Excel shows them in the reader's locale
// (0,42 in Indonesian) and sums them; undefined values empty.
func writeWorkbook(w io.Writer, st *result.Study) error {
	var tables []typedTable
	for _, mk := range []func() (typedTable, error){
		func() (typedTable, error) { return tableOf(result.NodeTable(st.Level()), st.Nodes) },
		func() (typedTable, error) { return tableOf(result.Groups, st.Groups) },
		func() (typedTable, error) { return tableOf(result.Silos, st.Silos) },
		func() (typedTable, error) { return tableOf(result.Edges, st.Edges) },
	} {
		tt, err := mk()
		if err != nil {
			return err
		}
		tables = append(tables, tt)
	}
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for ti, tt := range tables {
		sheet := tt.name
		if ti == 0 {
			if err := f.SetSheetName("Sheet1", sheet); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(sheet)
		if err != nil {
			return err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		head := make([]any, len(tt.header))
		for j, h := range tt.header {
			head[j] = excelize.Cell{StyleID: bold, Value: h}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return err
		}
		for i, row := range tt.rows {
			cells := make([]any, len(row))
			for j, v := range row {
				cells[j] = typedCell(tt.kinds[j], v)
			}
			cell, _ := excelize.CoordinatesToCellName(1, i+2)
			if err := sw.SetRow(cell, cells); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	var zb bytes.Buffer
	if _, err := f.WriteTo(&zb); err != nil {
		return err
	}
	return sortedZip(w, zb.Bytes())
}

// sortedZip copies the zip archive b to w with its entries in the order of
// their names, each entry's compressed bytes and header as they are.
// excelize writes a workbook's parts in the order of a sync.Map's range,
// which differs from run to run: the same study gave workbooks of other
// bytes (the same cells), against "same inputs, same bytes". Sorted,
// "[Content_Types].xml" comes first, as the OPC convention puts it.
func sortedZip(w io.Writer, b []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	zw := zip.NewWriter(w)
	for _, zf := range files {
		r, err := zf.OpenRaw()
		if err != nil {
			return err
		}
		h := zf.FileHeader
		dst, err := zw.CreateRaw(&h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, r); err != nil {
			return err
		}
	}
	return zw.Close()
}

// typedCell is the workbook value of a CSV cell of kind k: nil when empty,
// a number for int and float, a boolean, else the text.
func typedCell(k result.Kind, v string) any {
	if v == "" {
		return nil
	}
	switch k {
	case result.Int:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return n
		}
	case result.Float:
		if x, err := strconv.ParseFloat(v, 64); err == nil && !math.IsNaN(x) && !math.IsInf(x, 0) {
			return x
		}
	case result.Bool:
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
	}
	return v
}

// writeFileAtomic writes path through a temporary file in its folder and
// renames it into place only when fill succeeded.
func writeFileAtomic(path string, fill func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &outDirError{dir, err}
	}
	f, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return &outDirError{dir, err}
	}
	if err := fill(f); err != nil {
		f.Close()
		removeTemp(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		removeTemp(f.Name())
		return err
	}
	temps.Lock()
	defer temps.Unlock()
	return renameTemp(f.Name(), path)
}

// probeWritable checks that a file can be created in folder dir (made if
// missing, and removed again then): a temporary file is created and
// removed. Its error is an outDirError, which main words.
func probeWritable(dir string) error {
	_, statErr := os.Stat(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &outDirError{dir, err}
	}
	f, err := createTemp(dir, "probe")
	if err == nil {
		f.Close()
		removeTemp(f.Name())
	}
	if errors.Is(statErr, fs.ErrNotExist) {
		os.Remove(dir) // made for the probe: the run makes it again
	}
	if err != nil {
		return &outDirError{dir, err}
	}
	return nil
}
