package viz

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

//go:embed templates
var templates embed.FS

// Input is one input file as the method page lists it.
type Input struct {
	Table, File                   string
	Rows, Rejected, OutsideWindow int64
	SHA256                        string
}

// ReportData is everything WriteReport needs. Result is required; the
// rest is what the command line knows about the run. Zero values are left
// out of the report (or, for the maps, made by WriteReport).
type ReportData struct {
	Result  *metrics.Result
	Lang    string // "en" for English, else Bahasa Indonesia
	Study   string // the study's name
	Window  string // the window as the reader should see it
	Version string // sekat's version
	Seed    uint64
	// Resolution as run (0: not shown). The permutations of the E-I test
	// are Result.Permutations.
	Resolution float64
	Inputs     []Input
	Rejected   int64 // rows rejected in all
	// Warnings are the run's warnings as summary.json keeps them (the
	// sentences printed to stderr, in the run's language): the data page
	// lists them, since a reader of the report did not see the terminal.
	Warnings []string
	// AnalysisWarnings is how many of Warnings are about the analysis,
	// not the data (E-I tests with too few permutations, code
	// permutations_short): the header counts them apart, since "1
	// warning about the data" for a short test sent the reader to check
	// data that were fine.
	AnalysisWarnings int
	// Map is the options of the unit map; MapSVG, when set, is used
	// instead of rendering UnitMapDOT(Result, Map), unless that map's
	// nodes are numbered: the report then draws it without its key,
	// which it writes under the map (MapOptions.KeyApart).
	Map    MapOptions
	MapSVG []byte
	// NoLayerMaps leaves out the small per-layer maps.
	NoLayerMaps bool
	// TopBrokers is how many brokers the report lists; 0 means 10.
	TopBrokers int
	// Circulars is the number of letters set aside as circulars and
	// CircularUnits the limit they passed (summary.json's
	// counts.circulars and method.circular_units); the summary page says
	// how many were set aside when there were any.
	Circulars     int64
	CircularUnits int
	// MeetingsLarge is the number of meetings set aside for their size
	// and MaxMeetingSize the limit they passed (counts.meetings_large and
	// method.max_meeting_size); the summary page says how many when there
	// were any.
	MeetingsLarge  int64
	MaxMeetingSize int
	// PeopleInactive is, at person level, the number of people of the
	// window without a tie, and KeepInactive whether they are nodes
	// (counts.people_inactive, method.keep_inactive).
	PeopleInactive int
	KeepInactive   bool
	// Brief is the briefing's coordination findings and recommendations.
	Brief Briefing
	// CommandLine, Commit and TimeZone are shown on the method page when
	// set, with WindowFrom and WindowTo, the window's bounds as given to
	// the analysis (RFC 3339; the end exclusive).
	CommandLine, Commit, TimeZone string
	WindowFrom, WindowTo          string
	// WindowToGiven says the end was given (summary.json's
	// window.to_given); an end taken from the data counts, as Window
	// shows it, to the end of its last day when that day has no time
	// (i18n.WindowEnd). WindowToTimed is summary.json's
	// window.to_timed: the data's last event is a time of day, and the
	// end is shown and counted as it is.
	WindowToGiven, WindowToTimed bool
}

// ShortWindowDays is the shortest window whose verdicts the report and
// summary.json do not warn about: four weeks, change.MinIntervalBlocks
// weekly blocks, the fewest from which compare and trend give an
// interval.
const ShortWindowDays = 28

// shortWindow reports whether the window [from, to) (RFC 3339) is shorter
// than ShortWindowDays, and its length in days, a part of a day counted
// as a day, its end as i18n.WindowEnd shows it (asIs: the user gave
// it, or its last event is a time of day): a window of one day of dates
// is 1 day, as the dates shown say.
func shortWindow(from, to string, asIs bool) (int64, bool) {
	f, err1 := time.Parse(time.RFC3339, from)
	t, err2 := time.Parse(time.RFC3339, to)
	if err1 != nil || err2 != nil || !t.After(f) {
		return 0, false
	}
	span := i18n.WindowEnd(t, asIs).Unix() - f.Unix()
	return (span + 86399) / 86400, span < ShortWindowDays*86400
}

var (
	reportTmpl *template.Template
	scriptHash string
)

func init() {
	js, err := templates.ReadFile("templates/report.js")
	if err != nil {
		panic(err)
	}
	h := sha256.Sum256(js)
	scriptHash = "sha256-" + base64.StdEncoding.EncodeToString(h[:])
	reportTmpl = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
		"css": func() (template.CSS, error) {
			b, err := templates.ReadFile("templates/report.css")
			return template.CSS(b), err
		},
		"js":        func() template.JS { return template.JS(js) },
		"breakable": breakable,
		"keyed":     func(title string, items []KeyItem) keyList { return keyList{title, items} },
	}).ParseFS(templates, "templates/report.html.tmpl"))
}

// keyList is a numbered map's key as the report writes it under the map:
// a heading, then each number and its name, escaped as all text is.
type keyList struct {
	Title string
	Items []KeyItem
}

// breakable is id escaped for HTML with a line-break opportunity (<wbr>)
// after each underscore, dot and slash (a browser breaks after a hyphen
// by itself): a province's unit ids ("KEC_TANJUNGSARI_R007") have no
// space, and their column alone pushed the printed unit table past the
// page's width. A <wbr> breaks even where white-space is nowrap, as the
// pseudonyms' column is.
func breakable(id string) template.HTML {
	var b strings.Builder
	start := 0
	for i, r := range id {
		if r == '_' || r == '.' || r == '/' {
			longPart(&b, id[start:i+1])
			b.WriteString("<wbr>")
			start = i + 1
		}
	}
	longPart(&b, id[start:])
	return template.HTML(b.String())
}

// Parts of an id longer than longPartRunes get a break opportunity every
// longPartStep characters (breakable).
const longPartRunes, longPartStep = 15, 8

// longPart writes part of an id, escaped, with a <wbr> after every
// longPartStep characters of each word in it (a run without a hyphen or
// a space, where a browser breaks by itself) longer than longPartRunes:
// a unit named by one word of more than about 15 letters (a short name
// such as BADANPERENCANAANPEMBANGU) had no break opportunity, and printed
// to A4 the informal list of facilitators.html was that much wider than
// the page (printed at 91%: a province, sekat generate --preset provinsi
// --seed 5 --scale 0.05, with --reveal). The browser breaks there only
// when the word does not fit its column.
func longPart(b *strings.Builder, part string) {
	for part != "" {
		end := strings.IndexAny(part, "- ")
		word, rest := part, ""
		if end >= 0 {
			word, rest = part[:end+1], part[end+1:]
		}
		if utf8.RuneCountInString(word) <= longPartRunes {
			b.WriteString(template.HTMLEscapeString(word))
		} else {
			n, start := 0, 0
			for i := range word {
				if n > 0 && n%longPartStep == 0 {
					b.WriteString(template.HTMLEscapeString(word[start:i]))
					b.WriteString("<wbr>")
					start = i
				}
				n++
			}
			b.WriteString(template.HTMLEscapeString(word[start:]))
		}
		part = rest
	}
}

// keepTogether is s escaped for HTML, each occurrence of each of parts (a
// timestamp, a command flag) in a span that does not break across lines
// (class nowrap): printed to A4, the Method page broke a window's end as
// "2025-" | "04-01T00:00:00+07:00" and the person-level caveat its flag as
// "--" | "level person". The text itself is left as written, with plain
// spaces and hyphens, so that what a reader copies can be typed.
func keepTogether(s string, parts ...string) template.HTML {
	var b strings.Builder
	for s != "" {
		at, part := -1, ""
		for _, p := range parts {
			if i := strings.Index(s, p); p != "" && i >= 0 && (at < 0 || i < at || i == at && len(p) > len(part)) {
				at, part = i, p
			}
		}
		if at < 0 {
			b.WriteString(template.HTMLEscapeString(s))
			break
		}
		b.WriteString(template.HTMLEscapeString(s[:at]))
		b.WriteString(`<span class="nowrap">`)
		b.WriteString(template.HTMLEscapeString(part))
		b.WriteString(`</span>`)
		s = s[at+len(part):]
	}
	return template.HTML(b.String())
}

// param is a line of the Method page's parameters: its name and its
// value, escaped (keepTogether).
type param struct {
	Key   string
	Value template.HTML
}

// view is the report's data as the template reads it: strings formatted
// for the reader, SVG already checked.
type view struct {
	T             *lang
	Lang          string
	Title         string
	Study         string
	Window        string
	Version       string
	CSP           string
	Level         string
	Headline      string
	Split         string        // the units with ties fall apart (splitSentence)
	SiloSummary   template.HTML // its command flag kept on one line (keepTogether)
	UnitSummary   template.HTML // person level: the sentence on the units
	Silos         []siloView
	Watch         []siloView
	Figures       [][2]string
	Notes         []string // what the network sets aside, under the figures
	Map           template.HTML
	MapKey        []KeyItem // the key of the map's numbers, written under it
	Heatmap       template.HTML
	Layers        []layerView
	LayersSkipped []string // why a layer has no map (no table, or no tie)
	Brokers       []brokerView
	Friction      []frictionView
	FrictionTotal string
	FrictionMore  string // when the table shows fewer sector pairs than have requests
	NoFriction    string // said when Friction is empty
	Units         []unitView
	Groups        []groupView
	Inputs        []inputView
	Rejected      string
	Params        []param
	HasRejects    bool
	Warnings      []string
	WarningsLead  string // the header's pointer to them
	Brief         *briefView
	PrintCut      string // says the printed node table stops at printRows
	GroupsPNote   string // under the groups table: what p and the shuffles are
	// BrokersVsFacilitators, at person level when a broker's ties are
	// called concentrated, says that sekat facilitators ranks an amount
	// (tie weight to other sectors), not that spread, so the two can
	// differ for one person.
	BrokersVsFacilitators string
	// MembersPrintCut, at person level, says the print leaves out the
	// silos' and watched groups' members, staff pseudonyms that took five
	// A4 pages of a kabupaten's report; "" when every member prints.
	MembersPrintCut string
	MapTall         bool   // the unit map is taller than wide: a portrait page in print
	MapPrintSmall   string // says the map's labels print too small to read on A4
	// LayersTall is set when the layer maps print on portrait pages (their
	// smallest text larger there than on landscape ones).
	LayersTall bool
	// LayersSplit is set when the layer maps print one to a page, since
	// two to a row their text would print under printLegiblePt.
	LayersSplit bool
	// LayersPrintSmall says the same of the smallest text of the layer maps
	LayersPrintSmall string
	Forums           []forumView // every forum, for the tables
	Rules            [][2]string // recommendation rules: id, text
	MapRules         []string    // how each map is drawn
	// Notice is PersonNotice: at person level the first page and every
	// section and table of people carry it; "" at unit level.
	Notice string

	// MapKeyHead is what of MapKey prints under the map on its page,
	// MapKeyRest the rest, on the next page under MapKeyRestTitle
	// (splitMapKey); MapKeyRest is nil when the whole key fits.
	MapKeyHead, MapKeyRest []KeyItem
	MapKeyRestTitle        string
}

type siloView struct {
	Name, Kind, Reason, Members string
	// BriefReason is Reason without the group's name, which the
	// briefing's box prints just before it
	BriefReason string
	// Cells are the group's verdict and numbers (i18n.VerdictCells), a
	// row of the briefing's table of groups when it names more than
	// briefFullReasons
	Cells []string
	unit  bool // a unit's group (person level), not a sector's
}

// layerTable is the input table each layer comes from.
var layerTable = [graph.NumLayers]string{graph.Correspondence: "correspondence", graph.Meetings: "meetings",
	graph.DataSharing: "data_sharing", graph.DataDenied: "data_sharing"}

// layerHasTies reports whether any tie of n has weight in layer l.
func layerHasTies(n *graph.Network, l graph.Layer) bool {
	for i := range n.Edges {
		if n.Edges[i].Layers[l] > 0 {
			return true
		}
	}
	return false
}

// hasLayer reports whether r's network has a tie in layer l.
func hasLayer(r *metrics.Result, l graph.Layer) bool {
	return r.Net != nil && layerHasTies(r.Net, l)
}

// hasRequests reports whether r's network has a decided data request
// between two nodes, granted or denied. Without one, nothing about data
// sharing can have been withheld for privacy: the sentences that say
// requests of withheld groups are left out read, on a study with no
// data_sharing table (Lazega's lawyers, advice as letters, at person
// level with the offices of 1 and 3 lawyers withheld), as if refusals
// were hidden; and so with meetings for the forums (hasLayer).
func hasRequests(r *metrics.Result) bool {
	return hasLayer(r, graph.DataSharing) || hasLayer(r, graph.DataDenied)
}

// hasInput reports whether the run read a table named table.
func hasInput(in []Input, table string) bool {
	for _, x := range in {
		if x.Table == table {
			return true
		}
	}
	return false
}

type layerView struct {
	Name string
	SVG  template.HTML
	// PrintSVG, when set, is the map printed instead of SVG: the same
	// layer with fewer units (printLayerMap); PrintNote says which.
	PrintSVG  template.HTML
	PrintNote string
	Tall      bool // printed on a portrait page of its own (LayersSplit)
	// Key and PrintKey are the keys of SVG and PrintSVG when their
	// nodes are numbered (MapOptions.KeyApart), written under them.
	Key, PrintKey []KeyItem
	// KeyAsMap, said instead of Key, is that the nodes have the unit
	// map's numbers.
	KeyAsMap string
}

type cell struct {
	Text string
	Sort string // numeric sort key; "" sorts by text
}

type brokerView struct {
	ID, Name, Sector, Role, Kind                 string
	Formal, Bridge                               bool
	Betweenness, Participation, Brokerage, Artic cell
	// Chance is the participation sector-blind mixing gives the node
	// (chanceParticipation), against which Role was judged.
	Chance cell
}

type frictionView struct {
	Provider, Consumer     string
	Requests, Denied, Rate cell
}

type unitView struct {
	ID, Name, Sector, Kind, Role string
	Cells                        []cell
}

type groupView struct {
	Type, Name string
	// Verdict is "silo", "watch" or ""; VerdictText its word.
	Verdict, VerdictText string
	Cells                []cell
}

type inputView struct {
	Table, File, SHA string
	Cells            []cell
}

// fmtFloat formats x with d decimals in the reader's language; NaN is "–".
func fmtFloat(x float64, d int, code string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return i18n.Number(code, x, d)
}

// fmtInt formats n with thousands separators in the reader's language.
func fmtInt(n int64, code string) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(texts(code).Thousands)
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func numCell(x float64, d int, code string) cell {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return cell{Text: "–", Sort: ""}
	}
	// the sort key as the output files write x (graph.AppendFloat), so
	// that a report read back from the folder has the same keys
	return cell{Text: fmtFloat(x, d, code), Sort: string(graph.AppendFloat(nil, x))}
}

func intCell(n int64, code string) cell {
	return cell{Text: fmtInt(n, code), Sort: strconv.FormatInt(n, 10)}
}

// inlineSVG checks that svg is well-formed XML made only of drawing
// elements with no event handlers, links or scripts, and returns it
// without its XML declaration, doctype and comments, ready to inline in
// HTML. Graphviz escapes every label, so a name cannot become markup; this
// check makes sure of it before anything reaches the browser.
// svgViewBox matches the viewBox of an svg element.
var svgViewBox = regexp.MustCompile(`<svg\b[^>]*\bviewBox="([-0-9.eE]+)[ ,]+([-0-9.eE]+)[ ,]+([0-9.eE]+)[ ,]+([0-9.eE]+)"`)

// tallSVG reports whether the drawing svg is taller than wide (by its
// viewBox): the report then prints the map section on a portrait page,
// where a wide map gets a landscape one.
func tallSVG(svg []byte) bool {
	m := svgViewBox.FindSubmatch(svg)
	if m == nil {
		return false
	}
	w, err1 := strconv.ParseFloat(string(m[3]), 64)
	h, err2 := strconv.ParseFloat(string(m[4]), 64)
	return err1 == nil && err2 == nil && h > w
}

// printLegiblePt is the smallest label, in points on paper, that the
// report takes as readable in print.
const printLegiblePt = 5

// minPrintLayerNodes is the fewest units a layer map is cut to for print.
const minPrintLayerNodes = 10

// printLayerMap is the layer map of layer l as it prints on a page of its
// own, given full, the map drawn for the screen: on the page orientation
// where its smallest text is the larger (tall for a portrait page), and
// when that text is under printLegiblePt, drawn again with the units of
// the most tie weight in the layer only, as many as keep the text at
// printLegiblePt or more (never fewer than minPrintLayerNodes). pt is the
// smallest text in print; kept is the number of units of the map drawn
// again, 0 when full prints as it is.
func printLayerMap(r *metrics.Result, l graph.Layer, lo MapOptions, full []byte) (svg []byte, key []KeyItem, pt float64, tall bool, kept int, err error) {
	best := func(s []byte) (float64, bool) {
		w, _ := printedLabelPtIn(s, wideBoxW, wideBoxH)
		t, _ := printedLabelPtIn(s, tallBoxW, tallBoxH)
		return max(w, t), t > w
	}
	pt, tall = best(full)
	if pt >= printLegiblePt {
		return full, nil, pt, tall, 0, nil
	}
	n := 0 // the units the full map draws
	und := r.Net.LayerGraph(l, true)
	limit := lo.maxNodes(DefaultMaxNodes)
	for i := 0; i < und.N; i++ {
		if und.Strength(i) > 0 {
			n++
		}
	}
	if limit >= 0 {
		n = min(n, limit)
	}
	// The drawing's area grows with its units, its text's printed size
	// as the square root of that: start from the estimate, then cut by a
	// fifth until the text is large enough.
	k := max(minPrintLayerNodes, int(float64(n)*(pt/printLegiblePt)*(pt/printLegiblePt)))
	for k < n {
		o := lo
		o.MaxNodes = k
		m, err := layerMap(r, l, o)
		if err != nil {
			return nil, nil, 0, false, 0, err
		}
		s, err := Render(m.write(), FormatSVG, "")
		if err != nil {
			return nil, nil, 0, false, 0, err
		}
		s = capMapText(s, maxMapTextPt)
		svg, key, kept = s, m.key, k
		pt, tall = best(s)
		if pt >= printLegiblePt || k == minPrintLayerNodes {
			break
		}
		k = max(minPrintLayerNodes, k*4/5)
	}
	if svg == nil {
		return full, nil, pt, tall, 0, nil
	}
	return svg, key, pt, tall, kept, nil
}

// The map's box on paper (report.css): a wide map on an A4 landscape page
// of 10 mm margins, at most 165 mm high; a tall one on a portrait page,
// at most 250 mm high. Both keep the drawing's aspect ratio and never
// enlarge it. The layer maps, on a page of the main map's orientation,
// two to a row (a gap of 4 pt and 1 pt of padding each side), at most 72
// mm high on a landscape page and 115 mm on a portrait one.
const (
	mmPt                         = 72 / 25.4
	wideBoxW, wideBoxH           = 277 * mmPt, 165 * mmPt
	tallBoxW, tallBoxH           = 190 * mmPt, 250 * mmPt
	wideLayerBoxW, wideLayerBoxH = (277*mmPt - 6) / 2, 72 * mmPt
	tallLayerBoxW, tallLayerBoxH = (190*mmPt - 6) / 2, 115 * mmPt
)

var (
	svgSize     = regexp.MustCompile(`<svg\b[^>]*\bwidth="([0-9.]+)pt"[^>]*\bheight="([0-9.]+)pt"`)
	svgScale    = regexp.MustCompile(`<g\b[^>]*\btransform="scale\(([0-9.eE]+)`)
	svgFontSize = regexp.MustCompile(`<text\b[^>]*\bfont-size="([0-9.]+)"`)
)

// printedLabelPt is the size, in points on A4 paper, of the smallest
// text of the Graphviz drawing svg (its node labels) as the report
// prints it: the text's size times the drawing's own scale (its
// transform, and its width in points over its viewBox width) times the
// shrinking that fits it into the page's box. ok is false when svg does
// not say its size.
func printedLabelPt(svg []byte, tall bool) (pt float64, ok bool) {
	if tall {
		return printedLabelPtIn(svg, tallBoxW, tallBoxH)
	}
	return printedLabelPtIn(svg, wideBoxW, wideBoxH)
}

// printedLabelPtIn is printedLabelPt for a box of bw by bh points.
func printedLabelPtIn(svg []byte, bw, bh float64) (pt float64, ok bool) {
	size, vb := svgSize.FindSubmatch(svg), svgViewBox.FindSubmatch(svg)
	if size == nil || vb == nil {
		return 0, false
	}
	w, _ := strconv.ParseFloat(string(size[1]), 64)
	h, _ := strconv.ParseFloat(string(size[2]), 64)
	vw, _ := strconv.ParseFloat(string(vb[3]), 64)
	if w <= 0 || h <= 0 || vw <= 0 {
		return 0, false
	}
	scale := w / vw
	if m := svgScale.FindSubmatch(svg); m != nil {
		if s, err := strconv.ParseFloat(string(m[1]), 64); err == nil && s > 0 {
			scale *= s
		}
	}
	font := math.Inf(1)
	for _, m := range svgFontSize.FindAllSubmatch(svg, -1) {
		if f, err := strconv.ParseFloat(string(m[1]), 64); err == nil && f > 0 {
			font = min(font, f)
		}
	}
	if math.IsInf(font, 1) {
		return 0, false
	}
	return font * scale * min(1, bw/w, bh/h), true
}

// maxMapTextPt is the largest text, in points, that the report shows
// of a Graphviz drawing at its own size: near the size of the text
// around it (9.5 pt in print). A drawing is never enlarged on paper, but
// a small one (a few units) printed at its own size set its 14 pt legend
// well above the page's text, and on screen it was stretched to the
// page's width. At 11 pt the unit map's 14 pt legend is drawn at 11/14
// of its size, its 9 pt labels at 7 pt at most (the kabupaten preset's
// map, 1,117 pt wide, fits its landscape page at 0.70 and is not made
// smaller).
const maxMapTextPt = 11

// briefMapTextPt is the largest text, in points, of the briefing's map
// at its own size on paper: that of the caption under it (8 pt in print,
// report.css), and of its title and key, written over it in the page's
// type (briefView.MapTitle). Capped at maxMapTextPt, a small map (3
// sectors and "*") printed its labels at 11 pt beside the briefing's 7.5
// pt text; a map too large for the page is printed smaller still, as
// every drawing is. The screen shows the map at maxMapTextPt, as the
// others.
const briefMapTextPt = 8

// svgTextScale is the drawing's own scale (its width in points over its
// viewBox width, times its first transform's scale) and its largest font
// size; ok is false when svg does not say its size or has no text.
func svgTextScale(svg []byte) (scale, largest float64, ok bool) {
	size, vb := svgSize.FindSubmatch(svg), svgViewBox.FindSubmatch(svg)
	if size == nil || vb == nil {
		return 0, 0, false
	}
	w, _ := strconv.ParseFloat(string(size[1]), 64)
	vw, _ := strconv.ParseFloat(string(vb[3]), 64)
	if w <= 0 || vw <= 0 {
		return 0, 0, false
	}
	scale = w / vw
	if m := svgScale.FindSubmatch(svg); m != nil {
		if s, err := strconv.ParseFloat(string(m[1]), 64); err == nil && s > 0 {
			scale *= s
		}
	}
	for _, m := range svgFontSize.FindAllSubmatch(svg, -1) {
		if f, err := strconv.ParseFloat(string(m[1]), 64); err == nil {
			largest = max(largest, f)
		}
	}
	return scale, largest, largest > 0
}

// capMapText returns svg with its width and height (in points) made
// smaller, keeping its viewBox, so that its largest text is at most
// maxPt at the drawing's own size; svg itself when it already is, or
// does not say its size.
func capMapText(svg []byte, maxPt float64) []byte {
	scale, largest, ok := svgTextScale(svg)
	if !ok || largest*scale <= maxPt {
		return svg
	}
	f := maxPt / (largest * scale)
	loc := svgSize.FindSubmatchIndex(svg)
	w, _ := strconv.ParseFloat(string(svg[loc[2]:loc[3]]), 64)
	h, _ := strconv.ParseFloat(string(svg[loc[4]:loc[5]]), 64)
	out := make([]byte, 0, len(svg))
	out = append(out, svg[:loc[2]]...)
	out = strconv.AppendFloat(out, w*f, 'f', 2, 64)
	out = append(out, svg[loc[3]:loc[4]]...)
	out = strconv.AppendFloat(out, h*f, 'f', 2, 64)
	return append(out, svg[loc[5]:]...)
}

// The briefing's figure box on paper (report.css): an A4 portrait page
// of 12 mm margins, at most 140 mm high.
const briefBoxW, briefBoxH = 186 * mmPt, 140 * mmPt

// keyedBoxW is the width the briefing's box gives a keyed overview
// (report.css), the key taking the rest of the page beside it.
const keyedBoxW = 120 * mmPt

var heatSize = regexp.MustCompile(`<svg\b[^>]*\bwidth="([0-9.]+)" height="([0-9.]+)"[^>]*\bfont-size="([0-9.]+)"`)

// heatmapPrintedPt is the size, in points on paper, of the cells' text
// of the mixing heatmap svg (MixingHeatmapSVG, sized in CSS pixels of
// 0.75 pt) in the briefing's box; 0 when svg does not say its size.
func heatmapPrintedPt(svg []byte) float64 {
	m := heatSize.FindSubmatch(svg)
	if m == nil {
		return 0
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	f, _ := strconv.ParseFloat(string(m[3]), 64)
	if w <= 0 || h <= 0 {
		return 0
	}
	return f * 0.75 * min(1, briefBoxW/(w*0.75), briefBoxH/(h*0.75))
}

// layersPrintedPt is the smallest text, in points on paper, of the
// drawings svgs each printed in a box of bw by bh points (+Inf when none
// says its size).
func layersPrintedPt(svgs [][]byte, bw, bh float64) float64 {
	small := math.Inf(1)
	for _, s := range svgs {
		if pt, ok := printedLabelPtIn(s, bw, bh); ok {
			small = min(small, pt)
		}
	}
	return small
}

func inlineSVG(svg []byte) (template.HTML, error) {
	allowed := map[string]bool{"svg": true, "g": true, "title": true, "path": true, "polygon": true, "polyline": true,
		"ellipse": true, "circle": true, "rect": true, "line": true, "text": true, "tspan": true, "a": true, "defs": true}
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	var out bytes.Buffer
	started := false
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("viz: map svg: %w", err)
		}
		end := d.InputOffset()
		switch x := tok.(type) {
		case xml.StartElement:
			if !allowed[x.Name.Local] {
				return "", fmt.Errorf("viz: map svg: element <%s> not allowed", x.Name.Local)
			}
			for _, a := range x.Attr {
				n := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(n, "on") || n == "href" || n == "src" || n == "style" {
					return "", fmt.Errorf("viz: map svg: attribute %s not allowed", a.Name.Local)
				}
			}
			started = true
		case xml.ProcInst, xml.Directive, xml.Comment:
			continue
		}
		if started {
			out.Write(svg[start:end])
		}
	}
	return template.HTML(out.String()), nil
}

// WriteReport writes the self-contained HTML report of data to w: the
// headline, the unit map and the mixing heatmap, the per-layer maps, the
// top brokers, data-sharing friction, sortable tables of units and groups,
// and the method page. At person level the header, the briefing's first
// page, every section and every table carry PersonNotice. Every name is
// escaped by html/template; the map SVG is checked by inlineSVG; a
// Content-Security-Policy allows no network request and no script but the
// report's own sorting script (by hash).
func WriteReport(w io.Writer, data ReportData) error {
	r := data.Result
	if err := checkResult(r); err != nil {
		return err
	}
	code := i18n.Lang(data.Lang)
	t := textsAt(code, r.Net.Level)
	mo := data.Map
	mo.Lang = code
	// a numbered map's key is written under the map, in the page's type
	mo.KeyApart = true
	if mo.Study == "" {
		mo.Study = data.Study
	}
	if mo.Window == "" {
		mo.Window = data.Window
	}
	v := &view{T: t, Lang: code, Study: data.Study, Window: data.Window, Version: data.Version, Level: r.Net.Level.String(),
		Notice: PersonNotice(r.Net.Level, code)}
	v.Title = t.ReportTitle
	if data.Study != "" {
		v.Title = data.Study + " — " + t.ReportTitle
	}
	v.CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + scriptHash + "'"

	// Maps.
	um, err := unitMap(r, mo)
	if err != nil {
		return err
	}
	svg := data.MapSVG
	if svg == nil || um.key != nil {
		// MapSVG, drawn for a file of its own, has its key inside
		if svg, err = Render(um.write(), FormatSVG, ""); err != nil {
			return err
		}
		v.MapKey = um.key
	}
	svg = capMapText(svg, maxMapTextPt)
	if v.Map, err = inlineSVG(svg); err != nil {
		return err
	}
	v.MapTall = tallSVG(svg)
	if v.MapKey != nil {
		// without its key the drawing is wider than it was with it: a
		// map of eleven units with long names, a little wider than tall,
		// printed at 6.06 pt on a landscape page, 6.88 on a portrait one,
		// where its key inside made it tall and print at 6.63. It takes
		// the page where its text is the larger, as the layer maps do.
		wide, _ := printedLabelPtIn(svg, wideBoxW, wideBoxH)
		tall, _ := printedLabelPtIn(svg, tallBoxW, tallBoxH)
		v.MapTall = tall > wide
	}
	if pt, ok := printedLabelPt(svg, v.MapTall); ok && pt < printLegiblePt {
		v.MapPrintSmall = i18n.T(code, "viz.mapPrintSmall", fmtFloat(pt, 1, code))
	}
	if v.MapKey != nil {
		above := mapHeadPt
		if v.Notice != "" {
			above += mapNoticePt
		}
		if v.MapPrintSmall != "" {
			above += mapSmallPt
		}
		v.MapKeyHead, v.MapKeyRest = splitMapKey(v.MapKey, svg, v.MapTall, above)
		switch {
		case v.MapKeyRest != nil && v.MapKeyHead == nil:
			v.MapKeyRestTitle = i18n.T(code, "viz.map.keyOverleaf")
		case v.MapKeyRest != nil:
			v.MapKeyRestTitle = i18n.T(code, "viz.map.keyContinued")
		}
	}
	if v.Heatmap, err = inlineSVG(MixingHeatmapSVG(r, code)); err != nil {
		return err
	}
	// The briefing's picture: the sector overview map when there is one,
	// else the mixing heatmap.
	overview, overviewTitle, isOverview, err := briefingMap(r, mo)
	if err != nil {
		return err
	}
	if !data.NoLayerMaps && r.Net.Level == graph.UnitLevel {
		lo := mo
		lo.Study = ""
		var drawn [][]byte
		var layers []graph.Layer
		for l := graph.Layer(0); l < graph.NumLayers; l++ {
			if !layerHasTies(r.Net, l) {
				// No map of nothing: say why instead.
				if tbl := layerTable[l]; len(data.Inputs) > 0 && !hasInput(data.Inputs, tbl) {
					v.LayersSkipped = append(v.LayersSkipped, i18n.T(code, "viz.layerSkipped.absent", t.LayerName[l], tbl))
				} else {
					v.LayersSkipped = append(v.LayersSkipped, i18n.T(code, "viz.layerSkipped.empty", t.LayerName[l]))
				}
				continue
			}
			lm, err := layerMap(r, l, lo)
			if err != nil {
				return err
			}
			s, err := Render(lm.write(), FormatSVG, "")
			if err != nil {
				return err
			}
			s = capMapText(s, maxMapTextPt)
			h, err := inlineSVG(s)
			if err != nil {
				return err
			}
			lv := layerView{Name: t.LayerName[l], SVG: h, Key: lm.key}
			if lm.key != nil && slices.Equal(lm.key, v.MapKey) {
				// the unit map's numbers: its key, not a copy of it a
				// page long under each layer map
				lv.Key, lv.KeyAsMap = nil, t.KeyAsMap
			}
			v.Layers = append(v.Layers, lv)
			drawn = append(drawn, s)
			layers = append(layers, l)
		}
		// The layer maps print on the page, landscape or portrait, where
		// their smallest text is the larger: a small study's layer maps,
		// taller than wide, printed at 3.9 pt two to a row on a landscape
		// page, at 6 pt on a portrait one.
		wide, tall := layersPrintedPt(drawn, wideLayerBoxW, wideLayerBoxH), layersPrintedPt(drawn, tallLayerBoxW, tallLayerBoxH)
		small := wide
		if v.LayersTall = tall > wide; v.LayersTall {
			small = tall
		}
		if small < printLegiblePt && len(drawn) > 0 {
			// Two to a row the text is too small to read: each map
			// prints on a page of its own, drawn with fewer units where
			// even a page would print it too small (a province's layer
			// maps printed at 1.4 pt, a kabupaten's at 2.4 pt).
			v.LayersSplit, v.LayersTall = true, false
			small = math.Inf(1)
			for i, l := range layers {
				lv := &v.Layers[i]
				s, key, pt, tall, kept, err := printLayerMap(r, l, lo, drawn[i])
				if err != nil {
					return err
				}
				lv.Tall = tall
				if kept > 0 {
					if lv.PrintSVG, err = inlineSVG(s); err != nil {
						return err
					}
					lv.PrintNote = i18n.T(code, "viz.layerPrintFewer", i18n.Int(code, int64(kept)))
					lv.PrintKey = key
				}
				small = min(small, pt)
			}
		}
		if small < printLegiblePt {
			v.LayersPrintSmall = i18n.T(code, "viz.layersPrintSmall", fmtFloat(small, 1, code))
		}
	}

	labels := unitGroupLabels(data.Map.Units)
	headline(v, r, t, code, labels)
	notes(v, r, data, t, code)
	brokers(v, r, data, t, code)
	friction(v, r, t, code)
	tables(v, r, t, code, labels)
	method(v, r, data, t, code)
	brief(v, r, &data.Brief, code)
	if days, ok := shortWindow(data.WindowFrom, data.WindowTo, data.WindowToGiven || data.WindowToTimed); ok {
		// the headline is what a reader takes away: on a window of days
		// it says so itself, not only the warning on the method page
		v.Brief.Headline = strings.TrimSuffix(v.Brief.Headline, ".") + i18n.T(code, "brief.headline.shortWindow", days, data.Window) + "."
		v.Headline = strings.TrimSuffix(v.Headline, ".") + i18n.T(code, "report.headline.shortWindow", days) + "."
	}
	v.Brief.MapIsOverview = isOverview
	if overview != nil {
		// on screen at the size of the other maps; on paper no larger
		// than the caption, a copy of its own when that prints smaller
		screen := capMapText(overview, maxMapTextPt)
		if v.Brief.Map, err = inlineSVG(screen); err != nil {
			return err
		}
		v.Brief.MapTitle = overviewTitle
		overview = capMapText(overview, briefMapTextPt)
		a, _ := printedLabelPtIn(screen, briefBoxW, briefBoxH)
		if b, _ := printedLabelPtIn(overview, briefBoxW, briefBoxH); b < a-0.01 {
			if v.Brief.PrintMap, err = inlineSVG(overview); err != nil {
				return err
			}
		}
		if err := keyedOverview(v.Brief, r, mo, overview, code); err != nil {
			return err
		}
	} else if heat := MixingHeatmapSVG(r, code); heatmapPrintedPt(heat) >= printLegiblePt {
		// the heatmap in the briefing's box only when it can be read
		// there: with every unit its own sector, a kabupaten's 39 by 39
		// cells printed their numbers at 2 pt over half of page 1
		v.Brief.Map = v.Heatmap
	}

	var buf bytes.Buffer
	if err := reportTmpl.Execute(&buf, v); err != nil {
		return fmt.Errorf("viz: report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// briefingMap is the briefing's picture: the sector overview map
// without its title and key (untitledSectorOverviewSVG), which title
// gives for the page to write, or nil when the sectors are not usable
// (every unit its own sector), when the report shows the mixing heatmap
// instead.
func briefingMap(r *metrics.Result, mo MapOptions) (svg []byte, title []string, ok bool, err error) {
	if !r.SectorsUsable {
		return nil, nil, false, nil
	}
	svg, title, err = untitledSectorOverviewSVG(r, mo)
	if err != nil {
		return nil, nil, false, err
	}
	return svg, title, true, nil
}

// keyedOverview sets the overview the briefing prints when overview, the
// one drawn for the screen, would print its names under printLegiblePt in
// the briefing's box: the ovals numbered, the names in a key beside the
// map (keyedSectorOverviewSVG). Sector names of 60 to 80 characters,
// wrapped on the ovals, made them so wide that the map printed its labels
// at 4 pt; numbered, the ring is half as wide and they print at 6 pt in a
// box that leaves the key a third of the page. A study whose names fit
// prints the map the screen shows.
func keyedOverview(bv *briefView, r *metrics.Result, mo MapOptions, overview []byte, code string) error {
	if pt, ok := printedLabelPtIn(overview, briefBoxW, briefBoxH); !ok || pt >= printLegiblePt {
		return nil
	}
	for _, compact := range []bool{false, true} {
		svg, key, title, err := keyedSectorOverviewSVG(r, mo, compact)
		if err != nil {
			return err
		}
		svg = capMapText(svg, briefMapTextPt)
		names := 0 // the names' lines beside the map
		for _, k := range key {
			n := k.Name
			if k.Count != "" {
				n += " (" + k.Count + ")"
			}
			names += (utf8.RuneCountInString(n) + keyLineRunes - 1) / keyLineRunes
		}
		// A key taller than the map (many sectors) goes under it, in two
		// columns, and may run onto the next page: beside the map, 33
		// sectors made the figure taller than what the headline left of
		// page 1, and it went to page 2, leaving page 1 nearly empty.
		// The map's title and legend are over it, in the column beside
		// the key (mapTitle in report.html.tmpl): 8 pt lines of about
		// legendLineRunes characters in keyedBoxW.
		legend := 0
		for _, l := range title {
			legend += (utf8.RuneCountInString(l) + legendLineRunes - 1) / legendLineRunes
		}
		below, bw := false, keyedBoxW
		if h, ok := printedHeightIn(svg, keyedBoxW, briefBoxH); ok && float64(names)*keyLinePt+float64(len(key))*keyGapPt > h+float64(legend)*keyLinePt {
			below, bw = true, briefBoxW
		}
		pt, ok := printedLabelPtIn(svg, bw, briefBoxH)
		if !compact && ok && pt < printLegiblePt {
			// the ovals numbered, with their counts and verdicts, print
			// too small: the compact map, its ring half as wide (34
			// sectors printed at 3 pt)
			continue
		}
		if bv.PrintMap, err = inlineSVG(svg); err != nil {
			return err
		}
		bv.MapKey, bv.MapKeyBelow, bv.PrintMapTitle = nil, below, title
		for _, k := range key {
			bv.MapKey = append(bv.MapKey, mapKeyView{Num: k.Num, Name: k.Name, Count: k.Count, Verdict: string(k.Verdict)})
		}
		if ok && pt < printLegiblePt {
			bv.MapPrintSmall = i18n.T(code, "brief.mapPrintSmall", fmtFloat(pt, 1, code))
		}
		return nil
	}
	return nil
}

// The key beside a keyed overview (report.css): 8 pt text on lines of
// 10 pt with 2 pt between sectors, in the 62 mm the map leaves, about 42
// characters a line.
const (
	keyLineRunes        = 42
	keyLinePt, keyGapPt = 10, 2
	// legendLineRunes is about how many characters of the map's title
	// and legend, at the same 8 pt, fill a line of keyedBoxW (120 mm).
	legendLineRunes = 80
)

// The unit map's key under it on paper (report.css, .map-numbers in
// print): 6.5 pt type on lines of 1.2 em, in four columns 4 mm apart on
// a landscape page (two on a portrait one), a name indented 5 mm past
// its number. An average character of Arial or Helvetica is a little
// under half an em wide; taken as half, a name takes as many lines of
// its column as it will on paper or one more, never fewer.
const (
	mapKeyPt, mapKeyLineEm, mapKeyCharEm = 6.5, 1.2, 0.5
	mapKeyGapMM, mapKeyIndentMM          = 4, 5
	// what the map's page has besides the drawing and the key's items:
	// the section's heading (12.5 pt with its rule and margins: the map's
	// drawing began 11.5 mm under the page's top margin in Chromium's A4
	// print of the hostile preset given short names), the person-level
	// notice under it (one line of 8 pt, 4.5 mm on the person-level
	// report of sekat generate --seed 8401 --scale 0.1), the key's own
	// heading, and the line on small print when the map has it
	mapHeadPt, mapNoticePt, mapKeyTitlePt, mapSmallPt = 12 * mmPt, 5 * mmPt, 9, 12
)

// splitMapKey is the unit map's key as the report prints it: head, the
// items under the map on its page, and rest, those that go to the next
// page under a heading that says they are the key of the map before
// (nil when every item fits; head nil when none does). A study of 39
// units with long names (the hostile preset given short names) ran six
// items of the key onto a page of their own, two lines at its top in
// four balanced columns that read as a list of their own, apart from
// the map they name. The page's height is the page box's, less what is
// above the map (above, in points) and the map fitted to its box
// (printedHeightIn); the items fill its columns (four, or two on a
// portrait page), each item whole in one column (break-inside: avoid),
// as many as there are lines for.
func splitMapKey(key []KeyItem, svg []byte, tall bool, above float64) (head, rest []KeyItem) {
	pageW, pageH, boxW, boxH, cols := 277*mmPt, 190*mmPt, wideBoxW, wideBoxH, 4
	if tall {
		pageW, pageH, boxW, boxH, cols = 190*mmPt, 277*mmPt, tallBoxW, tallBoxH, 2
	}
	h, ok := printedHeightIn(svg, boxW, boxH)
	if !ok {
		return key, nil
	}
	lineH := mapKeyPt * mapKeyLineEm
	rows := int((pageH - above - h - mapKeyTitlePt) / lineH)
	colW := (pageW-float64(cols-1)*mapKeyGapMM*mmPt)/float64(cols) - mapKeyIndentMM*mmPt
	runes := max(1, int(colW/(mapKeyPt*mapKeyCharEm)))
	lines := make([]int, len(key))
	for i, k := range key {
		lines[i] = len(wrapLines(breakLongWords(k.Name, runes), runes))
	}
	n := keyItemsFit(lines, cols, rows)
	if n == len(key) {
		return key, nil
	}
	if n > 0 {
		head = key[:n]
	}
	return head, key[n:]
}

// keyItemsFit is how many of the first items, of lines[i] lines each,
// fill cols columns of rows lines, each item whole in one column and in
// order.
func keyItemsFit(lines []int, cols, rows int) int {
	col, used := 0, 0
	for i, l := range lines {
		if used+l > rows {
			col, used = col+1, 0
		}
		if col >= cols || l > rows {
			return i
		}
		used += l
	}
	return len(lines)
}

// printedHeightIn is the height, in points on paper, of the drawing svg
// fitted into a box of bw by bh points (never enlarged); ok is false
// when svg does not say its size.
func printedHeightIn(svg []byte, bw, bh float64) (float64, bool) {
	size := svgSize.FindSubmatch(svg)
	if size == nil {
		return 0, false
	}
	w, _ := strconv.ParseFloat(string(size[1]), 64)
	h, _ := strconv.ParseFloat(string(size[2]), 64)
	if w <= 0 || h <= 0 {
		return 0, false
	}
	return h * min(1, bw/w, bh/h), true
}

// printRows is how many rows of the node table a print shows (the CSS
// hides the rest; the screen shows all).
const printRows = 60

// InsideShare returns the share of all tie weight that stays inside
// sectors, I/(I+E) summed over sectors, and the share expected if ties
// ignored sectors: the chance that a random pair of distinct units shares
// a sector, sum_g n_g(n_g-1) / (n(n-1)). NaN without ties (or n < 2).
func InsideShare(r *metrics.Result) (got, expected float64) {
	var in, ext float64
	n, pairs := 0, 0.0
	for _, g := range r.Groups {
		if g.Type != metrics.GroupSector {
			continue
		}
		in += g.InternalWeight
		ext += g.ExternalWeight
		n += g.Size
		pairs += float64(g.Size) * float64(g.Size-1)
	}
	got, expected = math.NaN(), math.NaN()
	if tot := in + ext/2; tot > 0 {
		got = in / tot
	}
	if n > 1 {
		expected = pairs / (float64(n) * float64(n-1))
	}
	return got, expected
}

// membersShown is how many members of a silo or a group to watch the
// report lists; the rest are counted, and silos.csv lists them all.
const membersShown = 30

// unitGroupLabels maps the id of each unit of units (the study's units,
// MapOptions.Units, given at person level) to the name the report writes
// for its group: the label its node has on the maps of either level, its
// short name (units.short_name), else its id. Without them (unit level,
// or a briefing left without its event log) it is empty, and a unit's
// group is written by its id, the group column of silos.csv and
// groups.csv.
func unitGroupLabels(units []graph.Node) map[string]string {
	labels := make(map[string]string, len(units))
	for i := range units {
		if u := &units[i]; u.ID != "" {
			labels[u.ID] = idLabel(u)
		}
	}
	return labels
}

// groupName is what the report writes for group g: a unit's label
// (unitGroupLabels), so that the silo and watch lists and their sentences
// name a unit as the person-level unit map beside them labels it (they
// wrote "1.02.01.0000 (unit)" beside the map's DINKES), and any other
// group by its name.
func groupName(g *metrics.Group, labels map[string]string) string {
	if g.Type == metrics.GroupUnit {
		if l := labels[g.Name]; l != "" {
			return l
		}
	}
	return g.Name
}

func headline(v *view, r *metrics.Result, t *lang, code string, labels map[string]string) {
	th := r.Options.Thresholds()
	// Every sentence on the verdicts is made by i18n from the numbers it
	// states (the tests of cmd/sekat read them back).
	v.Headline = i18n.SiloLevel(code, r)
	v.Split = splitSentence(r, code)
	v.SiloSummary = keepTogether(i18n.GroupSummary(code, r, metrics.GroupSector), i18n.PersonLevelFlag)
	if r.Net.Level == graph.PersonLevel {
		v.UnitSummary = keepTogether(i18n.GroupSummary(code, r, metrics.GroupUnit), i18n.PersonLevelFlag)
	}
	for _, gi := range r.Silos {
		g := r.Groups[gi]
		members := make([]string, 0, len(g.Members))
		for _, m := range g.Members {
			if int(m) < len(r.Net.Nodes) {
				members = append(members, r.Net.Nodes[m].ID)
			}
		}
		kind := t.Sector
		if g.Type == metrics.GroupUnit {
			kind = t.UnitWord
		}
		list := strings.Join(members, ", ")
		if len(members) > membersShown {
			// a national sector of 384 units made one paragraph of ids
			list = strings.Join(members[:membersShown], ", ") + i18n.T(code, "report.membersMore", i18n.Int(code, int64(len(members)-membersShown)))
		}
		named := g
		named.Name = groupName(&g, labels)
		sv := siloView{Name: named.Name, Kind: kind, Reason: i18n.SiloReason(code, named, th),
			BriefReason: i18n.SiloReasonUnnamed(code, g, th), Cells: i18n.VerdictCells(code, g, th), Members: list, unit: g.Type == metrics.GroupUnit}
		if r.Net.Level == graph.PersonLevel && len(members) > 0 {
			v.MembersPrintCut = i18n.T(code, "viz.membersPrintCut")
		}
		switch g.Verdict {
		case silo.Silo:
			v.Silos = append(v.Silos, sv)
		case silo.Watch:
			v.Watch = append(v.Watch, sv)
		}
	}
	in, exp := InsideShare(r)
	w := r.Whole
	f := func(k, val string) { v.Figures = append(v.Figures, [2]string{k, val}) }
	f(t.FigUnits, fmtInt(int64(ranked(r)), code))
	f(t.FigTies, fmtInt(int64(w.Ties), code))
	f(t.FigInside, i18n.InsideFigure(code, in, exp, r.SectorsUsable, i18n.GroupsWithheld(r, metrics.GroupSector)))
	if g := r.Options.Resolution; g != 0 && g != 1 {
		// Q at another resolution is not the modularity readers know:
		// one community at γ 0.01 read "modularitas 0,99"
		f(t.FigCommunities, i18n.T(code, "viz.fig.communitiesValueRes", fmtInt(int64(w.Communities), code),
			i18n.Decimal(code, strconv.FormatFloat(g, 'f', -1, 64)), fmtFloat(w.Modularity, 2, code)))
	} else {
		f(t.FigCommunities, i18n.Sprintf(t.FigCommunitiesValue, fmtInt(int64(w.Communities), code), fmtFloat(w.Modularity, 2, code)))
	}
	nmi := fmtFloat(w.NMISectorCommunity, 2, code)
	if len(r.Sectors) < 2 {
		// one sector as shown (every sector withheld at person level, the
		// withheld ones being one sector *): NMI is 0 by definition, and
		// "0,00" read as sectors and communities wholly unrelated
		nmi = "–"
	}
	f(t.FigNMI, nmi)
	denied := "–"
	if !math.IsNaN(w.DenialRate) {
		denied = percent(w.DenialRate, 0, code) + "%"
	}
	f(t.FigDenied, denied)
}

// isUnitNode reports whether node i is a unit named directly by an event
// at person level (graph.KindUnit): a node of the network, never counted
// or ranked among people.
func isUnitNode(r *metrics.Result, i int) bool {
	return r.Net.Nodes[i].Kind == graph.KindUnit
}

// ranked is the number of nodes the report counts and ranks: every unit
// at unit level, the people at person level.
func ranked(r *metrics.Result) int {
	n := 0
	for i := range r.Net.Nodes {
		if !isUnitNode(r, i) {
			n++
		}
	}
	return n
}

// notes says under the figures what the network sets aside: the
// circulars, the people without a tie, and at person level the units
// named directly, which are nodes but not people.
func notes(v *view, r *metrics.Result, data ReportData, t *lang, code string) {
	if data.Circulars > 0 {
		v.Notes = append(v.Notes, i18n.Sprintf(t.NoteCirculars, fmtInt(data.Circulars, code), data.CircularUnits))
	}
	if data.MeetingsLarge > 0 {
		// meetings over max_meeting_size made no tie without a word on
		// the page (the terminal said nothing either): a study whose
		// sectors meet in large forums read as closed (QA of session 40)
		v.Notes = append(v.Notes, i18n.Sprintf(t.NoteMeetingsLarge, fmtInt(data.MeetingsLarge, code), data.MaxMeetingSize))
	}
	if data.PeopleInactive > 0 {
		f := t.NoteInactive
		if data.KeepInactive {
			f = t.NoteInactiveKept
		}
		v.Notes = append(v.Notes, i18n.Sprintf(f, fmtInt(int64(data.PeopleInactive), code)))
	}
	if u := len(r.Net.Nodes) - ranked(r); u > 0 {
		v.Notes = append(v.Notes, i18n.Sprintf(t.NoteUnitNodes, fmtInt(int64(u), code)))
	}
}

// gfRole returns the key of the largest of a node's five Gould-Fernandez
// brokerage counts (the first in the order below on a tie; "" when all
// are 0), that count, and the sum of the five.
func gfRole(n *metrics.Node) (string, int64, int64) {
	roles := []struct {
		name string
		c    int64
	}{{"coordinator", n.Coordinator}, {"itinerant", n.Itinerant}, {"representative", n.Representative},
		{"gatekeeper", n.Gatekeeper}, {"liaison", n.Liaison}}
	best, total := "", int64(0)
	var bc int64
	for _, x := range roles {
		total += x.c
		if x.c > bc {
			best, bc = x.name, x.c
		}
	}
	return best, bc, total
}

// chanceParticipation returns every node's mean and standard deviation of
// sector participation under sector-blind mixing
// (silo.ChanceParticipation) over the sectors as r.Net shows them, the
// withheld ones as one at person level, as ParticipationSector is
// reckoned; NaN when it cannot be computed.
func chanceParticipation(r *metrics.Result) (mean, sd []float64) {
	id := map[string]int32{}
	lab := make([]int32, len(r.Net.Nodes))
	for i := range r.Net.Nodes {
		s := r.Net.Nodes[i].Sector
		c, ok := id[s]
		if !ok {
			c = int32(len(id))
			id[s] = c
		}
		lab[i] = c
	}
	mean, sd, err := silo.ChanceParticipation(r.Undirected(), lab)
	if err != nil { // labels of another length: not this network's
		mean, sd = make([]float64, len(lab)), make([]float64, len(lab))
		for i := range mean {
			mean[i], sd[i] = math.NaN(), math.NaN()
		}
	}
	return mean, sd
}

// chanceSpread is how many standard deviations of sector-blind mixing
// below its mean a broker's participation must lie for the report to say
// that its ties are concentrated (bridgeClass).
const chanceSpread = 2

// bridgeClass sorts a top broker that is no coordinator by its sector
// participation part against the mean and standard deviation that
// sector-blind mixing gives it (silo.ChanceParticipation): 1, an informal
// bridge, when part is at least the mean; 0 when it is below the mean by
// at most chanceSpread standard deviations (a difference that chance
// often gives); -1, ties concentrated, when further below. A fixed bound,
// such as Guimerà & Amaral's 0.62 between peripheral nodes and
// connectors, called every top broker of Krackhardt's advice network an
// informal bridge, where sector-blind mixing gives them 0.67 to 0.72
// (four departments and the CEO), and could call no one an informal
// bridge in a study of two sectors, where participation cannot pass 0.5.
// A mean of NaN gives 0: nothing is claimed either way.
func bridgeClass(part, mean, sd float64) int {
	switch {
	case math.IsNaN(mean):
		return 0
	case part > 0 && part >= mean*(1-1e-12):
		return 1
	case part >= mean-chanceSpread*sd:
		return 0
	}
	return -1
}

func brokers(v *view, r *metrics.Result, data ReportData, t *lang, code string) {
	k := data.TopBrokers
	if k <= 0 {
		k = 10
	}
	idx := make([]int, len(r.Nodes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return r.Nodes[idx[a]].Betweenness > r.Nodes[idx[b]].Betweenness })
	// With one sector as shown (every sector withheld at person level,
	// or a study of one sector) participation is 0 and every brokerage
	// is a coordinator's by definition: everyone read "broker with ties
	// in few sectors" beside a participation of 0,00.
	oneSector := len(r.Sectors) < 2
	chance, chanceSD := chanceParticipation(r)
	for _, i := range idx {
		if len(v.Brokers) == k {
			break
		}
		m := &r.Nodes[i]
		if !(m.Betweenness > 0) {
			break
		}
		if isUnitNode(r, i) {
			continue // a unit named directly is not ranked among people
		}
		nd := &r.Net.Nodes[i]
		role := t.InformalBroker
		// A person is a formal coordinator when their unit is one.
		formal := nd.UnitKind == graph.KindCoordinator
		switch {
		case formal:
			role = t.FormalBroker
		case nd.UnitKind == graph.KindExternal:
			role = t.KindNames[graph.KindExternal]
		default:
			// on many shortest paths, but with its ties less spread over
			// the sectors than sector-blind mixing would spread them: not
			// a bridge between sectors (review r1 of session 15: units
			// inside a silo, participation 0.13, were called informal
			// bridges). Participation does not say which sector: most of
			// the ties may go to one other sector, so the label does not
			// say "within its sector".
			switch bridgeClass(m.ParticipationSector, chance[i], chanceSD[i]) {
			case 0:
				role = t.NearChanceBroker
			case -1:
				role = t.InSectorBroker
			}
		}
		part := numCell(m.ParticipationSector, 2, code)
		exp := numCell(math.NaN(), 2, code)
		if !math.IsNaN(chance[i]) {
			d := 2
			if numCell(m.ParticipationSector, 2, code).Text == numCell(chance[i], 2, code).Text {
				d = 3 // "0,69" beside "0,69" and a label saying below it
			}
			part, exp = numCell(m.ParticipationSector, d, code), numCell(chance[i], d, code)
			exp.Text = i18n.Sprintf(t.ChanceCell, exp.Text, numCell(chanceSpread*chanceSD[i], d, code).Text)
		}
		if oneSector {
			part = numCell(math.NaN(), 2, code)
			exp = part
			if role == t.InSectorBroker || role == t.InformalBroker || role == t.NearChanceBroker {
				role = t.OneSectorBroker
			}
		}
		gf, most, total := gfRole(m)
		bc := intCell(total, code)
		if gf != "" && !oneSector {
			// The sum, then the largest role with its own count: the
			// sum is never labelled with one role's name alone.
			bc.Text = i18n.Sprintf(t.GFCell, bc.Text, t.GFNames[gf], fmtInt(most, code))
		}
		art := cell{Text: t.No, Sort: "0"}
		if m.Articulation {
			art = cell{Text: t.Yes, Sort: "1"}
		}
		if r.Net.Level == graph.PersonLevel && (role == t.InSectorBroker || role == t.NearChanceBroker) {
			// participation is a spread, facilitators ranks an amount:
			// on generate --seed 1 --scale 0.3 a person called
			// concentrated here (0.52 against 0.82 ± 0.06) ranked 12th
			// there, reaching 9 other sectors
			v.BrokersVsFacilitators = i18n.T(code, "viz.person.brokersVsFac")
		}
		v.Brokers = append(v.Brokers, brokerView{ID: nd.ID, Name: nd.Name, Sector: nd.Sector, Role: role,
			Kind: t.KindNames[nd.Kind], Formal: formal, Bridge: role == t.InformalBroker, Betweenness: numCell(m.Betweenness, 3, code),
			Participation: part, Chance: exp, Brokerage: bc, Artic: art})
	}
}

// maxFrictionRows is how many sector pairs the data-sharing friction table
// shows, the most denials first; summary.json lists them all.
const maxFrictionRows = 15

func friction(v *view, r *metrics.Result, t *lang, code string) {
	fr := make([]metrics.Friction, 0, len(r.Friction))
	var req, den int64
	for _, f := range r.Friction {
		if f.Provider != f.Consumer && f.Requests > 0 {
			fr = append(fr, f)
			req += f.Requests
			den += f.Denied
		}
	}
	sort.SliceStable(fr, func(a, b int) bool {
		if fr[a].Denied != fr[b].Denied {
			return fr[a].Denied > fr[b].Denied
		}
		return fr[a].DenialRate > fr[b].DenialRate
	})
	if len(fr) > maxFrictionRows {
		v.FrictionMore = i18n.T(code, "viz.frictionMore", i18n.Int(code, maxFrictionRows), i18n.Int(code, int64(len(fr))))
		fr = fr[:maxFrictionRows]
	}
	for _, f := range fr {
		v.Friction = append(v.Friction, frictionView{Provider: f.Provider, Consumer: f.Consumer,
			Requests: intCell(f.Requests, code), Denied: intCell(f.Denied, code),
			Rate: cell{Text: percent(f.DenialRate, 0, code) + "%", Sort: string(graph.AppendFloat(nil, f.DenialRate))}})
	}
	v.NoFriction = t.NoFriction
	if len(fr) == 0 && i18n.GroupsWithheld(r, metrics.GroupSector) && hasRequests(r) {
		// the pairs with a withheld sector are left out (people.Protect):
		// "no data requests between sectors" was untrue
		v.NoFriction = i18n.T(code, "viz.noFrictionWithheld")
	}
	if req > 0 {
		f := t.FrictionTotal
		if i18n.GroupsWithheld(r, metrics.GroupSector) {
			f = i18n.T(code, "viz.frictionTotalWithheld") // people.Protect left those out
		}
		v.FrictionTotal = i18n.Sprintf(f, fmtInt(den, code), fmtInt(req, code), percent(float64(den)/float64(req), 0, code))
		if r.Net.Level == graph.PersonLevel {
			// a person's sector is their unit's at the window's end
			// (docs/network.md): a mover's earlier requests count in the
			// sector they moved to, and the unit-level report, which takes
			// each request's units at its date, gave another total (3,345
			// against 3,349 on the generated kabupaten of seed 1) with no
			// word of why
			v.FrictionTotal += " " + i18n.T(code, "viz.frictionPersonLevel")
		}
	}
}

// roleText is a Guimerà-Amaral role as the report shows it: its name in
// the report's language ("pinggiran"), without the code of units.csv
// (R2), which a reader took for a recommendation rule R1–R7; "" for none.
func roleText(t *lang, role string) string {
	if role == "" {
		return ""
	}
	return t.RoleNames[role]
}

func tables(v *view, r *metrics.Result, t *lang, code string, labels map[string]string) {
	oneSector := len(r.Sectors) < 2 // participation 0 by definition (brokers)
	for i := range r.Nodes {
		if isUnitNode(r, i) {
			continue // in people.csv as kind unit; the notes say how many
		}
		nd, m := &r.Net.Nodes[i], &r.Nodes[i]
		art := cell{Text: t.No, Sort: "0"}
		if m.Articulation {
			art = cell{Text: t.Yes, Sort: "1"}
		}
		part := m.ParticipationSector
		if oneSector {
			part = math.NaN()
		}
		v.Units = append(v.Units, unitView{ID: nd.ID, Name: nd.Name, Sector: nd.Sector, Kind: t.KindNames[nd.Kind],
			Role: roleText(t, m.Role),
			Cells: []cell{intCell(int64(m.Community), code), numCell(m.Strength, 1, code), numCell(m.Betweenness, 3, code),
				numCell(part, 2, code), numCell(m.EIIndex, 2, code), art}})
	}
	if len(v.Units) > printRows {
		file := "units.csv"
		if r.Net.Level == graph.PersonLevel {
			file = "people.csv"
		}
		v.PrintCut = i18n.T(code, "viz.printCut", printRows, fmtInt(int64(len(v.Units)), code), file)
	}
	v.GroupsPNote = i18n.Sprintf(t.GroupsPNote, silo.StopExceedances)
	if floorAny(r) {
		v.GroupsPNote += " " + t.GroupsPFloorNote
	}
	th := r.Options.Thresholds()
	for _, g := range r.Groups {
		typ := i18n.T(code, "silo.community")
		switch g.Type {
		case metrics.GroupSector:
			typ = i18n.T(code, "silo.sector")
		case metrics.GroupUnit:
			typ = i18n.T(code, "silo.unit")
		}
		name := groupName(&g, labels)
		if name != g.Name {
			// the id too, by which groups.csv and silos.csv list it
			name += " (" + g.Name + ")"
		}
		// homophily and the adjusted p with the digits that keep them
		// apart from the silo rule's thresholds, as the reasons write
		// them: a watch-list sector at H 0.4995 read "0.50" beside "watch"
		h := numCell(g.Homophily, 2, code)
		if h.Text != "–" {
			h.Text = i18n.HomophilyFigure(code, g.Homophily, th)
		}
		adj := adjustedP(g.GroupStats, t, code)
		if !g.Stopped && !silo.AtFloor(g.GroupStats) && g.PAdjusted >= 0.001 {
			adj.Text = pApart(g.PAdjusted, th.AlphaValue(), code)
		}
		v.Groups = append(v.Groups, groupView{Type: typ, Name: name, Verdict: string(g.Verdict),
			VerdictText: t.VerdictNames[g.Verdict],
			Cells: []cell{intCell(int64(g.Size), code), numCell(g.EIIndex, 2, code), numCell(g.EIExpected, 2, code),
				h, testedP(g.GroupStats, t, code), adj, shuffles(g.GroupStats, t, code)}})
	}
}

// warningsLead is the header's pointer to the run's n warnings, of which
// analysis are about the analysis (too few permutations) and the rest
// about the data, each counted as what it is.
func warningsLead(lang string, n, analysis int) string {
	title := i18n.T(lang, "viz.warningsTitle")
	analysis = min(max(analysis, 0), n)
	switch {
	case analysis == 0:
		return i18n.T(lang, "viz.warningsLead", n, title)
	case analysis == n:
		return i18n.T(lang, "viz.warningsLeadAnalysis", n, title)
	}
	return i18n.T(lang, "viz.warningsLeadBoth", n-analysis, analysis, title)
}

// testedP is a group's E-I p-value as the groups table shows it: the
// p of a test the sequential rule stopped early (20 shuffles at or below
// the observed E-I among a few dozen) is a rough estimate, so it is
// marked as one and given with the 95% interval of the p that far more
// shuffles would give (silo.PValueInterval): Krackhardt's Dept2 read
// 0.408, where 20,000 shuffles give 0.435, as precise.
//
// The p of a test none of whose shuffles gave an E-I as low as the
// observed one (silo.AtFloor) is 1/(N+1), the smallest N shuffles can
// show: it is given as that bound, "≤ 0.002 (the floor)", beside the
// row's shuffles, not as "0.002", which read as measured. The cell names
// no count: one that did widened the p column and took the kabupaten
// report onto a 14th printed page.
func testedP(g silo.GroupStats, t *lang, code string) cell {
	c := pCell(g.EIPValue, code)
	switch {
	case g.Stopped && !math.IsNaN(g.EIPValue):
		lo, hi := silo.PValueInterval(g)
		c.Text = i18n.Sprintf(t.RoughP, c.Text, fmtFloat(lo, 2, code), fmtFloat(hi, 2, code))
	case silo.AtFloor(g):
		c.Text = i18n.Sprintf(t.FloorP, i18n.PBound(code, g.EIPValue))
	}
	return c
}

// adjustedP is a group's Holm-adjusted p as the groups table shows it,
// marked as rough, or as a bound, as the p it comes from (testedP).
func adjustedP(g silo.GroupStats, t *lang, code string) cell {
	c := pCell(g.PAdjusted, code)
	switch {
	case math.IsNaN(g.PAdjusted):
	case g.Stopped:
		c.Text = i18n.Sprintf(t.RoughAdjP, c.Text)
	case silo.AtFloor(g):
		c.Text = i18n.Sprintf(t.FloorAdjP, i18n.PBound(code, g.PAdjusted))
	}
	return c
}

// pApart is p with 3 decimals, or as many more (up to 6) as keep it
// apart from alpha when 3 would write alpha's figure for a p on the
// other side of it: an adjusted p of 0.0504 read "0.050" with no verdict
// beside the rule "adjusted p ≤ 0.050".
func pApart(p, alpha float64, code string) string {
	d := 3
	for ; d < 6 && p != alpha; d++ {
		if strconv.FormatFloat(p, 'f', d, 64) != strconv.FormatFloat(alpha, 'f', d, 64) {
			break
		}
	}
	return fmtFloat(p, d, code)
}

// floorAny reports whether some group's p is the smallest its shuffles
// can show (silo.AtFloor).
func floorAny(r *metrics.Result) bool {
	for i := range r.Groups {
		if silo.AtFloor(r.Groups[i].GroupStats) {
			return true
		}
	}
	return false
}

// shuffles is the groups table's count of the label shuffles a group's
// E-I test ran, saying when the sequential rule stopped it early; "–"
// for an untested group.
func shuffles(g silo.GroupStats, t *lang, code string) cell {
	if g.Permutations <= 0 || math.IsNaN(g.EIPValue) {
		return cell{Text: "–", Sort: "0"}
	}
	c := intCell(int64(g.Permutations), code)
	if g.Stopped {
		c.Text = i18n.Sprintf(t.StoppedEarly, c.Text)
	}
	return c
}

// stoppedAny reports whether the sequential rule stopped any group's test
// early.
func stoppedAny(r *metrics.Result) bool {
	for i := range r.Groups {
		if r.Groups[i].Stopped {
			return true
		}
	}
	return false
}

// pCell shows a p-value with three decimals, and one below 0.001 as
// "< 0.001" (not "0.000", which reads as impossible).
func pCell(p float64, code string) cell {
	c := numCell(p, 3, code)
	c.Text = pValue(p, code)
	return c
}

func method(v *view, r *metrics.Result, data ReportData, t *lang, code string) {
	for _, in := range data.Inputs {
		v.Inputs = append(v.Inputs, inputView{Table: in.Table, File: in.File, SHA: in.SHA256,
			Cells: []cell{intCell(in.Rows, code), intCell(in.Rejected, code), intCell(in.OutsideWindow, code)}})
	}
	v.HasRejects = data.Rejected > 0
	v.Warnings = data.Warnings
	if len(v.Warnings) > 0 {
		v.WarningsLead = warningsLead(data.Lang, len(v.Warnings), data.AnalysisWarnings)
	}
	v.Rejected = fmtInt(data.Rejected, code)
	p := func(k, val string) { v.Params = append(v.Params, param{k, keepTogether(val)}) }
	if data.CommandLine != "" {
		p(i18n.T(code, "viz.param.commandLine"), data.CommandLine)
	}
	if data.Version != "" {
		p(t.VersionLabel, data.Version)
	}
	if c := data.Commit; c != "" {
		p(i18n.T(code, "viz.param.commit"), c)
	} else if data.Version != "" {
		p(i18n.T(code, "viz.param.commit"), i18n.T(code, "viz.param.commitUnknown"))
	}
	if data.WindowFrom != "" && data.WindowTo != "" {
		// each timestamp on one line: A4 broke "2025-" | "04-01T00:00:00+07:00"
		// an end of the data a second after a last event dated without
		// a time is shown as that whole day (i18n.WindowEnd): the bound
		// beside it says why it is a second past midnight
		key := "viz.param.window"
		if to, err := time.Parse(time.RFC3339, data.WindowTo); err == nil && !i18n.WindowEnd(to, data.WindowToGiven || data.WindowToTimed).Equal(to) {
			key = "viz.param.windowDayEnd"
		}
		v.Params = append(v.Params, param{t.WindowLabel,
			keepTogether(i18n.T(code, key, data.Window, data.WindowFrom, data.WindowTo), data.WindowFrom, data.WindowTo)})
	} else {
		p(t.WindowLabel, data.Window)
	}
	if data.TimeZone != "" {
		p(i18n.T(code, "viz.param.timeZone"), data.TimeZone)
	}
	p(t.SeedLabel, strconv.FormatUint(data.Seed, 10))
	lvl := i18n.T(code, "viz.level.unit")
	if r.Net.Level == graph.PersonLevel {
		lvl = i18n.T(code, "viz.level.person")
	}
	p(t.LevelLabel, lvl)
	lw := r.Net.Weights.Resolve()
	p("a_c, a_m, a_d", fmtFloat(lw.Correspondence, 2, code)+"; "+fmtFloat(lw.Meetings, 2, code)+"; "+fmtFloat(lw.DataSharing, 2, code))
	if data.Resolution > 0 {
		p("Leiden γ", fmtFloat(data.Resolution, 2, code))
	}
	if r.LeidenIterations > 0 {
		how := t.UntilStable
		if c := r.Options.LeidenIterations; c > 0 {
			how = i18n.Sprintf(t.IterationCap, c)
		}
		p(t.LeidenIterations, fmtInt(int64(r.LeidenIterations), code)+" ("+how+")")
	}
	var perms []string
	for _, typ := range []metrics.GroupType{metrics.GroupSector, metrics.GroupUnit} {
		if n := r.Permutations[typ]; n > 0 {
			perms = append(perms, t.GroupTypeNames[typ]+" "+fmtInt(int64(n), code))
		}
	}
	if len(perms) > 0 {
		v := strings.Join(perms, "; ")
		if stoppedAny(r) {
			// the cap, not what ran: "1.600" read as the shuffles behind
			// a p of 0,408 that came from 49
			v = i18n.Sprintf(t.PermutationsCap, v, silo.StopExceedances)
		}
		p(t.PermutationsLabel, v)
	}
	th := r.Options.Thresholds()
	p(t.SiloRuleLabel, i18n.Sprintf(t.SiloRuleValue, fmtFloat(th.AlphaValue(), 3, code), fmtFloat(th.HomophilyValue(), 2, code)))
	if b := r.Betweenness; b != nil {
		if b.Exact {
			p(t.ColBetweenness, t.BetweennessExact)
		} else {
			p(t.ColBetweenness, i18n.Sprintf(t.BetweennessSampled, b.Samples, fmtFloat(b.Epsilon, 3, code), fmtFloat(b.Delta, 3, code)))
		}
	}
}
