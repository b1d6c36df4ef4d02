package viz

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/people"
)

// Sector overview colours: a silo is filled light red with a thick red
// outline, a sector to watch light orange with a dashed orange outline,
// every other sector light blue-grey.
const (
	fillSilo   = "#f6cdc9"
	fillWatch  = "#fde3b8"
	fillSector = "#e6edf5"
	colWatch   = "#d27b00"
)

// sectorTies holds the weights between sectors of the combined undirected
// network: inside[s] the weight of ties with both ends in sector s,
// between[{s,t}] (s < t) the weight of ties with one end in each.
type sectorTies struct {
	inside []float64
	// units counts a sector's nodes; label the number its box names: its
	// nodes at unit level, its people at person level (the offices, unit
	// nodes named directly by letters, are not staff)
	units, label []int
	between      map[[2]int]float64
}

// sumSectorTies adds up the undirected weights by sector (each tie once).
func sumSectorTies(r *metrics.Result) sectorTies {
	si := sectorIndex(r)
	st := sectorTies{inside: make([]float64, len(r.Sectors)), units: make([]int, len(r.Sectors)), label: make([]int, len(r.Sectors)), between: map[[2]int]float64{}}
	for i := range si {
		if si[i] < len(r.Sectors) {
			st.units[si[i]]++
			if r.Net.Level != graph.PersonLevel || r.Net.Nodes[i].Kind == graph.KindPerson {
				st.label[si[i]]++
			}
		}
	}
	u := r.Undirected()
	for a := 0; a < u.N; a++ {
		adj, w := u.Neighbors(a)
		for k, b := range adj {
			if int(b) <= a {
				continue
			}
			s, t := si[a], si[b]
			if s >= len(r.Sectors) || t >= len(r.Sectors) {
				continue
			}
			if s == t {
				st.inside[s] += w[k]
				continue
			}
			if s > t {
				s, t = t, s
			}
			st.between[[2]int{s, t}] += w[k]
		}
	}
	return st
}

// pairs returns the sector pairs with a tie, sorted.
func (st sectorTies) pairs() [][2]int {
	ps := make([][2]int, 0, len(st.between))
	for p := range st.between {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i][0] != ps[j][0] {
			return ps[i][0] < ps[j][0]
		}
		return ps[i][1] < ps[j][1]
	})
	return ps
}

// outside returns each sector's total weight to other sectors (summed in
// pair order, so the same bits every run).
func (st sectorTies) outside() []float64 {
	out := make([]float64, len(st.inside))
	for _, p := range st.pairs() {
		out[p[0]] += st.between[p]
		out[p[1]] += st.between[p]
	}
	return out
}

// sectorVerdicts returns the verdict of each sector (by index in
// r.Sectors), None where there is none.
func sectorVerdicts(r *metrics.Result) []silo.Verdict {
	out := make([]silo.Verdict, len(r.Sectors))
	for gi := range r.Groups {
		g := &r.Groups[gi]
		if g.Type != metrics.GroupSector {
			continue
		}
		if s := sort.SearchStrings(r.Sectors, g.Name); s < len(r.Sectors) && r.Sectors[s] == g.Name {
			out[s] = g.Verdict
		}
	}
	return out
}

// MaxOverviewSectors is the most sectors the sector overview draws (those
// with the most units; ties by sector order); the title counts the rest.
const MaxOverviewSectors = 40

// largest marks the n indices with the largest values (ties by index).
func largest(v []int, n int) []bool {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] > v[idx[b]] })
	out := make([]bool, len(v))
	for k, i := range idx {
		if k < n {
			out[i] = true
		}
	}
	return out
}

// OverviewSiloTies is how many of its strongest ties to other sectors a
// silo or a sector to watch keeps on the sector overview at least.
const OverviewSiloTies = 3

// SectorOverviewDOT returns the sector overview map as DOT: one node per
// sector (labelled with its name, shortened on the node and given in full
// in the tooltip, and its number of nodes), ties between sectors with a pen
// width by their cross-sector weight (the sum of w{u,v} over ties with one
// end in each sector; linear: 0.8 + 9 w / max w points), silos filled red
// with a thick red outline and sectors to watch orange with a dashed
// outline. Each sector keeps its opt.MaxTiesPerNode strongest ties to
// other sectors (default 2; negative: all), a silo or a sector to watch at
// least its OverviewSiloTies strongest; the title says
// what share of the cross-sector weight is drawn, and each tooltip the
// share of that sector's outside weight.
//
// It is the first picture for a reader who decides (a Sekda): a dozen
// circles at any size of study, never a hairball.
func SectorOverviewDOT(r *metrics.Result, opt MapOptions) ([]byte, error) {
	dot, _, _, err := sectorOverview(r, opt, nil, false, true)
	return dot, err
}

// sectorOverview is SectorOverviewDOT; with num set, each oval shows
// num[s], the number of sector s in a key beside the map, above its count
// instead of its name; compact, it shows the number alone, is drawn
// smaller and set closer to the others (keyedSectorOverviewSVG). drawn
// lists the sectors of the ovals, in the order of the nodes. title is
// the map's title and key, line by line; untitled, the drawing leaves
// them out, for a page that writes them in its own type (the report's
// briefing: drawn in the map, the key printed at a size that followed
// the map's scale).
func sectorOverview(r *metrics.Result, opt MapOptions, num []int, compact, titled bool) (dot []byte, drawn []int, title []string, err error) {
	if err := checkResult(r); err != nil {
		return nil, nil, nil, err
	}
	t := textsAt(opt.Lang, r.Net.Level)
	st := sumSectorTies(r)
	verdicts := sectorVerdicts(r)
	pairs := st.pairs()
	sort.SliceStable(pairs, func(i, j int) bool {
		wi, wj := st.between[pairs[i]], st.between[pairs[j]]
		if wi != wj {
			return wi > wj
		}
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	// Each sector keeps its k strongest outside ties (2 unless set), a
	// silo or a sector to watch at least its OverviewSiloTies strongest,
	// so that no sector looks more isolated than it is and the picture
	// stays readable.
	k := 2
	if opt.MaxTiesPerNode != 0 {
		k = opt.MaxTiesPerNode
	}
	kept := map[[2]int]bool{}
	count := make([]int, len(r.Sectors))
	want := func(s int) bool {
		if k < 0 {
			return true
		}
		if verdicts[s] != silo.None {
			return count[s] < max(k, OverviewSiloTies)
		}
		return count[s] < k
	}
	for _, p := range pairs {
		if want(p[0]) || want(p[1]) {
			kept[p] = true
			count[p[0]]++
			count[p[1]]++
		}
	}
	out := st.outside()
	drawnOut := make([]float64, len(r.Sectors))
	total, drawnW, mx := 0.0, 0.0, 0.0
	for _, p := range pairs {
		w := st.between[p]
		total += w
		if kept[p] {
			drawnW += w
			drawnOut[p[0]] += w
			drawnOut[p[1]] += w
			mx = math.Max(mx, w)
		}
	}
	// A study without usable sectors (every unit its own sector) would
	// give hundreds of ovals: the MaxOverviewSectors largest are drawn.
	shown := largest(st.units, MaxOverviewSectors)
	hidden := 0
	for s := range shown {
		if !shown[s] && st.units[s] > 0 {
			hidden++
		}
	}
	m := &mapGraph{name: "sekat-sectors", layout: EngineCirco, overview: true, compact: compact}
	var drawnNames []string
	for s, name := range r.Sectors {
		if st.units[s] > 0 && shown[s] {
			drawnNames = append(drawnNames, name)
		}
	}
	cuts := distinctCuts(drawnNames, 22, 2)
	pos := make([]int, len(r.Sectors))
	for s, name := range r.Sectors {
		pos[s] = -1
		if st.units[s] == 0 || !shown[s] {
			continue
		}
		n := mapNode{id: "s" + fmt.Sprint(s), fill: fillSector, tooltip: sectorTooltip(t, name, st, s, out[s], drawnOut[s], verdicts[s], opt.Lang)}
		lines := append(cuts[name], t.count(st.label[s]))
		if num != nil {
			lines = []string{strconv.Itoa(num[s]), t.count(st.label[s])}
		}
		if compact {
			lines = lines[:1]
		}
		drawn = append(drawn, s)
		// a compact oval says its verdict by its outline and colour
		// alone, the key in words: circo spaces the whole ring by its
		// widest oval, and one oval's "PANTAU" above its number printed
		// 34 sectors at 4 pt
		switch verdicts[s] {
		case silo.Silo:
			n.fill, n.border, n.penWidth = fillSilo, colSilo, 3
			if !compact {
				lines = append([]string{"SILO"}, lines...)
			}
		case silo.Watch:
			n.fill, n.border, n.penWidth, n.dashed = fillWatch, colWatch, 2, true
			if !compact {
				lines = append([]string{t.WatchWord}, lines...)
			}
		}
		n.label = strings.Join(lines, "\n")
		n.width = 0.9 + 0.5*math.Sqrt(float64(st.units[s])/float64(max(1, maxInt(st.units))))
		if compact {
			// a number alone, the count in the key: circo spaces the
			// ring by its widest oval, and ovals half as wide, set
			// closer, make a ring half as wide, whose text prints twice
			// as large (34 sectors printed at 3 pt)
			n.width = 0.4 + 0.15*math.Sqrt(float64(st.units[s])/float64(max(1, maxInt(st.units))))
		}
		pos[s] = len(m.nodes)
		m.nodes = append(m.nodes, n)
	}
	for _, p := range pairs {
		if !kept[p] || pos[p[0]] < 0 || pos[p[1]] < 0 {
			continue
		}
		w := st.between[p]
		e := mapEdge{u: pos[p[0]], v: pos[p[1]], pen: 0.8 + 9*w/mx, colour: colAcross,
			tooltip: fmt.Sprintf("%s — %s: %s", r.Sectors[p[0]], r.Sectors[p[1]], fmtWeight(w, opt.Lang))}
		if verdicts[p[0]] == silo.Silo || verdicts[p[1]] == silo.Silo {
			e.colour = colSilo
		}
		m.edges = append(m.edges, e)
	}
	sort.Slice(m.edges, func(i, j int) bool {
		if m.edges[i].u != m.edges[j].u {
			return m.edges[i].u < m.edges[j].u
		}
		return m.edges[i].v < m.edges[j].v
	})
	// circo lays out each block (biconnected part) of the ties on a
	// circle of its own and hangs the blocks on their shared sectors; a
	// sector joined by one tie could then sit on another sector's oval
	// (seed 23 of the kabupaten preset with --forums: the silo under the
	// sector it was tied to). An invisible cycle through every sector
	// makes the whole a single block: one circle, room for every oval.
	if len(m.nodes) >= 3 {
		at := make([]int, len(m.nodes))
		for s, i := range pos {
			if i >= 0 {
				at[i] = s
			}
		}
		m.ring = ringOrder(len(m.nodes), func(a, b int) float64 {
			x, y := at[a], at[b]
			if x > y {
				x, y = y, x
			}
			return st.between[[2]int{x, y}]
		})
	}
	m.title = titleLines(t.OverviewTitle, opt, r.Net.Level)
	legend := t.OverviewLegend
	if compact {
		legend = t.OverviewLegendKeyed
	}
	m.title = append(m.title, strings.Split(legend, "\n")...)
	m.title = append(m.title, silosUntoldLines(r, opt.Lang)...)
	m.title = append(m.title, i18n.Sprintf(t.OverviewDrawn, len(m.edges), len(pairs), pct(drawnW, total)))
	if hidden > 0 {
		m.title = append(m.title, i18n.Sprintf(t.OverviewHidden, hidden, MaxOverviewSectors))
	}
	for _, s := range drawn {
		if r.Sectors[s] == people.Hidden {
			// at person level the sectors withheld for privacy are one
			// oval named "*", often the largest (374 of 597 people),
			// which the key did not name
			m.title = append(m.title, t.OverviewWithheld)
			break
		}
	}
	title = m.title
	if !titled {
		m.title = nil
	}
	return m.write(), drawn, title, nil
}

// SectorOverviewSVG returns SectorOverviewDOT laid out by Graphviz (circo:
// the sectors on a ring, ties as chords) as SVG bytes, ready to embed in a
// page.
func SectorOverviewSVG(r *metrics.Result, opt MapOptions) ([]byte, error) {
	dot, err := SectorOverviewDOT(r, opt)
	if err != nil {
		return nil, err
	}
	svg, err := Render(dot, FormatSVG, "")
	return ReadableTitles(svg), err
}

// untitledSectorOverviewSVG is SectorOverviewSVG without its title and
// key, which it returns line by line for the page to write in its own
// type: the briefing prints them at the caption's size whatever the
// scale the map prints at.
func untitledSectorOverviewSVG(r *metrics.Result, opt MapOptions) ([]byte, []string, error) {
	dot, _, title, err := sectorOverview(r, opt, nil, false, false)
	if err != nil {
		return nil, nil, err
	}
	svg, err := Render(dot, FormatSVG, "")
	return ReadableTitles(svg), title, err
}

// sectorKey is one line of the key of a keyed sector overview: the
// number its oval shows, the sector's name and its verdict.
type sectorKey struct {
	Num  int
	Name string
	// Count is "3 unit" and "SILO" or "PANTAU", which a compact oval
	// does not say; "" when the oval says them.
	Count   string
	Verdict silo.Verdict
}

// keyedSectorOverviewSVG is SectorOverviewSVG with each oval numbered
// instead of named, and the key that gives each number's sector in full:
// the picture for sector names too long to print legibly on the ovals
// (wrapped to two lines of 22 characters, names of 60 to 80 characters
// made ovals so wide that the briefing's box printed them at 4 pt). The
// numbers run clockwise round the circle from the top, so that a reader
// finds a number of the key on the map at a glance: the map is laid out
// first with every oval showing the widest number, and the ovals keep
// their size and place when numbered. Compact, an oval shows its number
// alone, the key its count of units and its verdict in words (the report
// draws it so when the map would print under printLegiblePt): with the
// count under the number 34 sectors printed at 3 pt. The drawing holds
// no title: title gives its lines, and the legend's, for the page to
// write (untitledSectorOverviewSVG).
func keyedSectorOverviewSVG(r *metrics.Result, opt MapOptions, compact bool) (svg []byte, key []sectorKey, title []string, err error) {
	// every oval laid out first with the widest number it may show
	widest := make([]int, len(r.Sectors))
	for s := range widest {
		widest[s] = min(len(r.Sectors), MaxOverviewSectors)
	}
	dot, drawn, _, err := sectorOverview(r, opt, widest, compact, false)
	if err != nil {
		return nil, nil, nil, err
	}
	laid, err := Render(dot, FormatSVG, "")
	if err != nil {
		return nil, nil, nil, err
	}
	order := clockwise(laid, drawn)
	num := make([]int, len(r.Sectors))
	verdicts := sectorVerdicts(r)
	t, st := textsAt(opt.Lang, r.Net.Level), sumSectorTies(r)
	key = make([]sectorKey, len(order))
	for k, s := range order {
		num[s] = k + 1
		count := ""
		if compact {
			count = t.count(st.label[s])
			switch verdicts[s] {
			case silo.Silo:
				count += ", SILO"
			case silo.Watch:
				count += ", " + t.WatchWord
			}
		}
		key[k] = sectorKey{Num: k + 1, Name: r.Sectors[s], Count: count, Verdict: verdicts[s]}
	}
	if dot, _, title, err = sectorOverview(r, opt, num, compact, false); err != nil {
		return nil, nil, nil, err
	}
	svg, err = Render(dot, FormatSVG, "")
	return ReadableTitles(svg), key, title, err
}

// overviewNode matches a sector oval of a rendered overview: its node id
// ("s" and the sector's index) and its centre.
var overviewNode = regexp.MustCompile(`<title>s([0-9]+)</title>(?:\s*<g id="a_[^"]*"><a [^>]*>)?\s*<ellipse [^>]*\bcx="([-0-9.]+)" cy="([-0-9.]+)"`)

// clockwise returns the sectors drawn, ordered by the angle of their
// oval's centre round the centre of them all in the rendered overview
// svg, clockwise from the top (ties, and ovals not found, by the order of
// drawn).
func clockwise(svg []byte, drawn []int) []int {
	at := map[int][2]float64{}
	var cx, cy float64
	for _, m := range overviewNode.FindAllSubmatch(svg, -1) {
		s, _ := strconv.Atoi(string(m[1]))
		x, _ := strconv.ParseFloat(string(m[2]), 64)
		y, _ := strconv.ParseFloat(string(m[3]), 64)
		at[s] = [2]float64{x, y}
		cx, cy = cx+x, cy+y
	}
	if len(at) == 0 {
		return drawn
	}
	cx, cy = cx/float64(len(at)), cy/float64(len(at))
	// the top oval is numbered 1 though it sits a little left of the
	// centre (half the ovals' spacing): circo's ring of 12 put its top
	// oval a few points left of the ovals' mean, and it came last, 12
	// at the top and 1 beside it
	tilt := math.Pi / float64(len(at))
	angle := func(s int) float64 {
		p, ok := at[s]
		if !ok {
			return math.Inf(1)
		}
		// the svg's y grows downwards: atan2(dx, -dy) is 0 at the top
		// and grows clockwise
		a := math.Atan2(p[0]-cx, cy-p[1]) + tilt
		for a < 0 {
			a += 2 * math.Pi
		}
		for a >= 2*math.Pi {
			a -= 2 * math.Pi
		}
		return a
	}
	order := append([]int(nil), drawn...)
	sort.SliceStable(order, func(i, j int) bool { return angle(order[i]) < angle(order[j]) })
	return order
}

// sectorTooltip is the full text of a sector node: name, verdict, size,
// inside and outside weight, and the share of the outside weight drawn.
func sectorTooltip(t *lang, name string, st sectorTies, s int, out, drawn float64, v silo.Verdict, code string) string {
	var b strings.Builder
	b.WriteString(name)
	if v != silo.None {
		b.WriteString(" — " + t.VerdictNames[v])
	}
	b.WriteString("\n" + t.count(st.label[s]))
	b.WriteString("\n" + i18n.Sprintf(t.OverviewWeights, fmtWeight(st.inside[s], code), fmtWeight(out, code)))
	b.WriteString("\n" + i18n.Sprintf(t.OutsideDrawn, pct(drawn, out)))
	return b.String()
}

// shorten cuts s to at most n runes, ending in "…" when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// wrapShort breaks s at spaces into at most lines lines of at most n
// runes each, the last ended with "…" when s does not fit (a word longer
// than n shortened the same way). On the sector map a province's sector
// names ("Urusan Pengelolaan Keuangan, Pendapatan dan Aset Daerah") were
// cut to one line of 22, "Urusan Pengelolaan Ke…", where every name
// began "Urusan".
func wrapShort(s string, n, lines int) []string {
	var out []string
	words := strings.Fields(s)
	for len(words) > 0 && len(out) < lines {
		line := ""
		for len(words) > 0 {
			next := words[0]
			if line != "" {
				next = line + " " + words[0]
			}
			if utf8.RuneCountInString(next) > n && line != "" {
				break
			}
			line, words = next, words[1:]
		}
		out = append(out, line)
	}
	if last := len(out) - 1; last >= 0 && (len(words) > 0 || utf8.RuneCountInString(out[last]) > n) {
		if r := []rune(out[last]); len(r) >= n {
			out[last] = string(r[:n-1]) + "…"
		} else {
			out[last] += "…"
		}
	}
	for i := range out[:max(0, len(out)-1)] {
		out[i] = shorten(out[i], n)
	}
	return out
}

// distinctCuts writes each of names on at most lines lines of at most n
// runes (wrapShort), and a name too long for them from the first word
// that sets it apart from every other name, after a "…": the words it
// begins with, as many as another name begins with, are left out. A
// province's sectors ("Urusan Pemerintahan Wajib Pelayanan Dasar Bidang
// Kesehatan dan Keluarga Berencana", "... Bidang Pendidikan, Kepemudaan
// dan Olahraga") were cut to the same two lines on seven ovals,
// "Urusan Pemerintahan / Wajib Pelayanan Dasar…"; they read "…Kesehatan
// dan Keluarga / Berencana" and "…Pendidikan, Kepemudaan / dan Olahraga".
func distinctCuts(names []string, n, lines int) map[string][]string {
	words := make([][]string, len(names))
	for i, name := range names {
		words[i] = strings.Fields(name)
	}
	cuts := make(map[string][]string, len(names))
	for i, name := range names {
		cut := wrapShort(name, n, lines)
		if strings.Join(cut, " ") == strings.Join(words[i], " ") {
			cuts[name] = cut // the whole name fits
			continue
		}
		shared := 0 // the most leading words name shares with another name
		for j := range names {
			k := 0
			for j != i && k < len(words[i]) && k < len(words[j]) && words[i][k] == words[j][k] {
				k++
			}
			shared = max(shared, k)
		}
		if shared > 0 && shared < len(words[i]) {
			cut = wrapShort("…"+strings.Join(words[i][shared:], " "), n, lines)
		}
		cuts[name] = cut
	}
	return cuts
}

func maxInt(v []int) int {
	m := 0
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

// fmtWeight writes a weight with at most one decimal, in the reader's
// number format, thousands grouped.
func fmtWeight(w float64, code string) string {
	s := i18n.Number(code, w, 1)
	if m := i18n.T(code, "num.decimal") + "0"; strings.HasSuffix(s, m) {
		s = strings.TrimSuffix(s, m)
	}
	return s
}

// pct is part/whole as a whole percentage, rounded down so that 100%
// means everything ("—" when whole is 0).
func pct(part, whole float64) string {
	if !(whole > 0) {
		return "—"
	}
	p := 100 * part / whole
	if p >= 100-1e-9 {
		return "100%"
	}
	return fmt.Sprintf("%.0f%%", math.Floor(p))
}

// idLabel is what a node shows: its short name when the units table gives
// one, else its id.
func idLabel(n *graph.Node) string {
	if n.ShortName != "" {
		return n.ShortName
	}
	return n.ID
}

// PersonUnitsMapDOT draws a person-level result aggregated into units: one
// node per unit (people and the units addressed directly, grouped by
// Node.Unit), sized by its number of people, boxed by sector, with ties of
// the summed weight between their people. A unit judged a silo among the
// units (groups.csv, group_type unit) has a thick red outline, one to
// watch a dashed orange one. Each unit keeps its opt.MaxTiesPerNode
// strongest ties, every silo sector its SiloOutsideTies strongest outside
// ties; above DefaultMaxNodes units (or opt.MaxNodes) only the units with
// the most people are drawn, and the title counts the rest.
func PersonUnitsMapDOT(r *metrics.Result, opt MapOptions) ([]byte, error) {
	m, err := personUnitsMap(r, opt)
	if err != nil {
		return nil, err
	}
	return m.write(), nil
}

// personUnitsMap is the map PersonUnitsMapDOT writes.
func personUnitsMap(r *metrics.Result, opt MapOptions) (*mapGraph, error) {
	if err := checkResult(r); err != nil {
		return nil, err
	}
	t := textsAt(opt.Lang, r.Net.Level)
	// Units, in id order. The withheld units (people.Hidden) of each
	// sector are one node in that sector's box: under one key for all
	// sectors they were drawn, with all their people, in the box of
	// whichever sector came last.
	key := func(nd *graph.Node) string {
		if nd.Unit == people.Hidden {
			return nd.Unit + " (" + nd.Sector + ")" // the node's id
		}
		return nd.Unit
	}
	idx := map[string]int{}
	shown := map[string]string{}
	var keys []string
	for i := range r.Net.Nodes {
		if k := key(&r.Net.Nodes[i]); idx[k] == 0 {
			idx[k] = -1
			keys = append(keys, k)
			shown[k] = r.Net.Nodes[i].Unit
		}
	}
	sort.Strings(keys)
	names := make([]string, len(keys)) // as shown: the unit
	for i, k := range keys {
		idx[k] = i
		names[i] = shown[k]
	}
	of := make([]int, len(r.Net.Nodes))
	people := make([]float64, len(names))
	sector := make([]string, len(names))
	for i := range r.Net.Nodes {
		nd := &r.Net.Nodes[i]
		of[i] = idx[key(nd)]
		if nd.Kind == graph.KindPerson {
			people[of[i]]++
		}
		sector[of[i]] = nd.Sector
	}
	// Summed undirected weights between units (each tie once).
	u := r.Undirected()
	type pair = [2]int32
	between := map[pair]float64{}
	for a := 0; a < u.N; a++ {
		adj, w := u.Neighbors(a)
		for k, b := range adj {
			x, y := of[a], of[b]
			if int(b) <= a || x == y {
				continue
			}
			if x > y {
				x, y = y, x
			}
			between[pair{int32(x), int32(y)}] += w[k]
		}
	}
	arcs := make([]graph.Arc, 0, len(between))
	for p, w := range between {
		arcs = append(arcs, graph.Arc{U: p[0], V: p[1], W: w})
	}
	sort.Slice(arcs, func(i, j int) bool {
		if arcs[i].U != arcs[j].U {
			return arcs[i].U < arcs[j].U
		}
		return arcs[i].V < arcs[j].V
	})
	ug := graph.NewCSR(len(names), arcs, true)
	keep := keepNodes(people, opt.maxNodes(DefaultMaxNodes))
	sectors := append([]string(nil), r.Sectors...)
	si := make([]int, len(names))
	for i := range names {
		si[i] = sort.SearchStrings(sectors, sector[i])
	}
	verdicts := sectorVerdicts(r)
	always := map[pair]bool{}
	flagged := flaggedOutsideTies(ug, si, verdicts, keep, SiloOutsideTies)
	for _, p := range flagged {
		always[p] = true
	}
	ties := topTies(ug, keep, opt.maxTies(), always)
	unitVerdict := map[string]silo.Verdict{}
	for gi := range r.Groups {
		if g := &r.Groups[gi]; g.Type == metrics.GroupUnit {
			unitVerdict[g.Name] = g.Verdict
		}
	}
	m := &mapGraph{name: "sekat-units", layout: "dot"}
	pos := make([]int, len(names))
	wd := widths(people)
	drawn := 0
	drawnVerdict := map[silo.Verdict]bool{}
	clusters := make([]mapCluster, len(sectors))
	for s, name := range sectors {
		c := mapCluster{label: shorten(name, 28), tooltip: name, silo: verdicts[s] == silo.Silo, watch: verdicts[s] == silo.Watch}
		switch {
		case c.silo:
			c.label = "SILO · " + c.label
		case c.watch:
			c.label = t.WatchWord + " · " + c.label
		}
		clusters[s] = c
	}
	// each unit as the unit-level map shows it: its short name, its
	// name in full in the tooltip and the key (the map wrote the ids of
	// a study that gave short names)
	unitOf := make(map[string]*graph.Node, len(opt.Units))
	for i := range opt.Units {
		unitOf[opt.Units[i].ID] = &opt.Units[i]
	}
	label := make([]string, len(names)) // the unit as it is named on the map
	title := make([]string, len(names)) // and in a tooltip
	for i, name := range names {
		label[i], title[i] = name, name
		if u := unitOf[name]; u != nil {
			label[i], title[i] = idLabel(u), nodeTitle(u)
		}
	}
	for i, name := range names {
		pos[i] = -1
		if !keep[i] {
			continue
		}
		full := name
		if u := unitOf[name]; u != nil {
			full = displayName(u)
		}
		n := mapNode{id: keys[i], label: shorten(label[i], 18), full: label[i], name: full, fill: fillSector, width: wd[i],
			tooltip: fmt.Sprintf("%s\n%s: %s\n", title[i], t.Sector, sector[i]) + i18n.Sprintf(t.PeopleCount, i18n.Int(opt.Lang, int64(people[i])))}
		drawnVerdict[unitVerdict[name]] = true
		switch unitVerdict[name] {
		case silo.Silo:
			n.fill, n.border, n.penWidth = fillSilo, colSilo, 3
			n.tooltip += "\n" + t.VerdictNames[silo.Silo]
		case silo.Watch:
			n.fill, n.border, n.penWidth, n.dashed = fillWatch, colWatch, 2, true
			n.tooltip += "\n" + t.VerdictNames[silo.Watch]
		}
		pos[i] = len(m.nodes)
		m.nodes = append(m.nodes, n)
		if si[i] < len(clusters) {
			clusters[si[i]].nodes = append(clusters[si[i]].nodes, pos[i])
		}
		drawn++
	}
	out := make([]float64, len(sectors))
	drawnOut := make([]float64, len(sectors))
	for _, x := range arcs { // sorted: sums do not depend on map order
		if a, b := si[x.U], si[x.V]; a != b && a < len(out) && b < len(out) {
			out[a] += x.W
			out[b] += x.W
		}
	}
	mx := maxTieWeight(ug, ties)
	for _, p := range ties {
		w, _ := ug.Weight(int(p[0]), int(p[1]))
		e := mapEdge{u: pos[p[0]], v: pos[p[1]], pen: penWidth(w, mx), colour: colInside,
			tooltip: fmt.Sprintf("%s — %s: %s", title[p[0]], title[p[1]], fmtWeight(w, opt.Lang))}
		if a, b := si[p[0]], si[p[1]]; a != b {
			e.colour = colAcross
			if a < len(out) && b < len(out) {
				drawnOut[a] += w
				drawnOut[b] += w
			}
		}
		m.edges = append(m.edges, e)
	}
	for s := range clusters {
		share := i18n.Sprintf(t.OutsideDrawn, pct(drawnOut[s], out[s]))
		clusters[s].label += "\n" + share
		clusters[s].tooltip += "\n" + share
		if len(clusters[s].nodes) > 0 {
			m.clusters = append(m.clusters, clusters[s])
		}
	}
	m.title = titleLines(t.UnitsOfPeopleMap, opt, r.Net.Level)
	m.title = append(m.title, silosUntoldLines(r, opt.Lang)...)
	persons := 0 // people, not the offices named directly beside them
	for _, p := range people {
		persons += int(p)
	}
	// the legend names the unit outlines the map draws: the units on the
	// watch list were drawn dashed orange with no word for it (every
	// internal unit of the kabupaten preset at person level)
	legend := t.UnitsOfPeopleLegend
	for _, v := range []silo.Verdict{silo.Silo, silo.Watch} {
		if drawnVerdict[v] {
			legend += " · " + t.UnitsOfPeopleVerdict[v]
		}
	}
	m.title = append(m.title, i18n.Sprintf(t.UnitsOfPeopleNote, i18n.Int(opt.Lang, int64(persons))), legend)
	s := i18n.Sprintf(t.DrawnTies, i18n.Int(opt.Lang, int64(len(ties))), i18n.Int(opt.Lang, int64(ug.Edges()/2)))
	if len(ties) < ug.Edges()/2 && opt.maxTies() >= 0 {
		if len(flagged) > 0 {
			s += i18n.Sprintf(texts(opt.Lang).TopKFlagged, opt.maxTies(), SiloOutsideTies)
		} else {
			s += i18n.Sprintf(texts(opt.Lang).TopK, opt.maxTies())
		}
	}
	if hidden := len(names) - drawn; hidden > 0 {
		s += i18n.Sprintf(t.HiddenUnits, hidden)
	}
	m.title = append(m.title, s)
	if key := m.keyLongLabels(t); m.key != nil {
		// the nodes are units: the unit map's words for the key
		m.title = append(m.title, texts(opt.Lang).LegendKeyed)
		if !opt.KeyApart {
			m.title = append(m.title, key...)
		}
	}
	return m, nil
}

// count is a sector box's count of units (people at person level), in the
// singular for one: "1 unit", not "1 units".
func (t *lang) count(n int) string {
	if n == 1 {
		return i18n.Sprintf(t.OverviewUnit, i18n.Int(t.code, int64(n)))
	}
	return i18n.Sprintf(t.OverviewUnits, i18n.Int(t.code, int64(n)))
}

// ringOrder orders n nodes for the overview's cycle: a chain grown from the
// strongest tie (w gives the weight between two nodes), each step adding,
// at whichever end ties it more strongly, the node most tied to that end,
// so that sectors tied strongly tend to sit side by side. Ties of weight
// go to the lower index, so the order is the same on every run.
func ringOrder(n int, w func(a, b int) float64) []int {
	if n == 0 {
		return nil
	}
	a0, b0, best := 0, 1, -1.0
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			if x := w(a, b); x > best {
				a0, b0, best = a, b, x
			}
		}
	}
	if n == 1 {
		return []int{0}
	}
	used := make([]bool, n)
	used[a0], used[b0] = true, true
	chain := []int{a0, b0}
	for len(chain) < n {
		head, tail := chain[0], chain[len(chain)-1]
		pick, atHead, best := -1, false, -1.0
		for c := 0; c < n; c++ {
			if used[c] {
				continue
			}
			if x := w(tail, c); x > best {
				pick, atHead, best = c, false, x
			}
			if x := w(head, c); x > best {
				pick, atHead, best = c, true, x
			}
		}
		used[pick] = true
		if atHead {
			chain = append([]int{pick}, chain...)
		} else {
			chain = append(chain, pick)
		}
	}
	return chain
}
