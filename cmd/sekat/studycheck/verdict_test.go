package studycheck

import (
	"encoding/json"
	"fmt"
	"html"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/result"
)

// mixedStudy writes a unit-level study of 8 sectors of 5 internal units
// (s0..s7) and a sector of 2 coordinators, and `letters` letters: each
// from a random unit, which writes to another unit of its own sector with
// probability inside[sector] and otherwise to any other unit (to a unit
// of another sector when inside[sector] is negative). With
// sectors false the units table has no sector column (every unit its own
// sector).
func mixedStudy(t *testing.T, seed uint64, letters int, inside [8]float64, sectors bool) string {
	t.Helper()
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(seed, 8))
	type unit struct{ id, sector, kind string }
	var units []unit
	for s := range 8 {
		for u := range 5 {
			units = append(units, unit{fmt.Sprintf("U%d%d", s, u), fmt.Sprintf("s%d", s), "internal"})
		}
	}
	units = append(units, unit{"SETDA", "koordinasi", "coordinator"}, unit{"BAPPEDA", "koordinasi", "coordinator"})
	var ub, pb, cb strings.Builder
	if sectors {
		ub.WriteString("unit_id,name,sector,kind\n")
	} else {
		ub.WriteString("unit_id,name,kind\n")
	}
	pb.WriteString("person_id,unit_id\n")
	for i, u := range units {
		if sectors {
			fmt.Fprintf(&ub, "%s,Unit %s,%s,%s\n", u.id, u.id, u.sector, u.kind)
		} else {
			fmt.Fprintf(&ub, "%s,Unit %s,%s\n", u.id, u.id, u.kind)
		}
		fmt.Fprintf(&pb, "p%d,%s\n", i, u.id)
	}
	cb.WriteString("sent_at,sender,recipients\n")
	for k := range letters {
		a := r.IntN(len(units))
		b := a
		switch {
		case a < 40 && r.Float64() < inside[a/5]:
			for b == a {
				b = a - a%5 + r.IntN(5)
			}
		case a < 40 && inside[a/5] < 0:
			for b == a || b < 40 && b/5 == a/5 {
				b = r.IntN(len(units))
			}
		default:
			for b == a {
				b = r.IntN(len(units))
			}
		}
		fmt.Fprintf(&cb, "2025-%02d-%02d 09:00,%s,%s\n", 1+k%12, 1+k%28, units[a].id, units[b].id)
	}
	for name, s := range map[string]string{"units.csv": ub.String(), "people.csv": pb.String(), "correspondence.csv": cb.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// smallUnitsStudy generates the kabupaten study of seed 1 at scale 0.3
// and makes three of its internal units small, of 3, 2 and 1 people (the
// others of each move to another unit of its sector), the first of them
// the one unit of a sector of its own: at person level these units and
// that sector are withheld for privacy, with their complementary
// partners, after their tests entered Holm's family.
func smallUnitsStudy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.3}); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string { return clitest.ReadRows(t, filepath.Join(dir, name)) }
	write := func(name string, recs [][]string) { clitest.WriteRows(t, filepath.Join(dir, name), recs) }
	units, ppl := read("units.csv"), read("people.csv")
	col := func(recs [][]string, name string) int {
		i := slices.Index(recs[0], name)
		if i < 0 {
			t.Fatalf("no column %s in %v", name, recs[0])
		}
		return i
	}
	uid, sec, kind := col(units, "unit_id"), col(units, "sector"), col(units, "kind")
	pu := col(ppl, "unit_id")
	sector, bySector := map[string]string{}, map[string][]string{}
	for _, u := range units[1:] {
		if u[kind] == "internal" || u[kind] == "" {
			sector[u[uid]] = u[sec]
			bySector[u[sec]] = append(bySector[u[sec]], u[uid])
		}
	}
	// three units of three sectors of three units or more, each with a
	// partner of its sector that takes its other people
	var small, partner []string
	for _, s := range slices.Sorted(maps.Keys(bySector)) {
		if us := bySector[s]; len(us) >= 3 && len(small) < 3 {
			small, partner = append(small, us[0]), append(partner, us[1])
		}
	}
	if len(small) < 3 {
		t.Fatalf("the study has no three sectors of three internal units: %v", bySector)
	}
	keep, seen := map[string]int{small[0]: 3, small[1]: 2, small[2]: 1}, map[string]int{}
	for _, r := range ppl[1:] {
		i := slices.Index(small, r[pu])
		if i < 0 {
			continue
		}
		if seen[r[pu]]++; seen[r[pu]] > keep[r[pu]] {
			r[pu] = partner[i]
		}
	}
	for _, u := range units[1:] {
		if u[uid] == small[0] {
			u[sec] = "sektor_kecil"
		}
	}
	write("units.csv", units)
	write("people.csv", ppl)
	return dir
}

// TestSentencesHold: every sentence sekat prints about silos — the reason
// of each row of silos.csv, and the report's headline, its sentence on the
// sectors, its silo and watch lists and its figure of the tie weight inside
// sectors — is read back from the files and checked against the numbers of
// groups.csv (and units.csv, which says which sectors are formal), in both
// languages, on a study where no group is significant, one where many are,
// the demo, and one without a sector column.
func TestSentencesHold(t *testing.T) {
	none := [8]float64{}
	open := [8]float64{-1, -1, -1, -1, -1, -1, -1, -1}
	many := [8]float64{0.95, 0.95, 0.95, 0.3, 0.3, 0.3, 0, 0}
	for _, c := range []struct {
		name  string
		args  func(t *testing.T) []string
		kinds []string // the sentence kinds the study must show (so that each is checked somewhere)
	}{
		{"random mixing", func(t *testing.T) []string {
			return []string{"analyze", mixedStudy(t, 1, 3000, none, true)}
		}, []string{"silo.level.noneShown|silo.level.none", "summary.notSignificant|summary.allOpen", "summary.unjudged"}},
		{"few permutations", func(t *testing.T) []string {
			return []string{"analyze", mixedStudy(t, 2, 3000, many, true), "--permutations", "100"}
		}, []string{"silo.level.tooFewPermutations", "summary.tooFewPermutations", "silo.warnPermutations"}},
		{"every sector open", func(t *testing.T) []string {
			return []string{"analyze", mixedStudy(t, 4, 3000, open, true)}
		}, []string{"silo.level.none", "summary.allOpen"}},
		{"many inward", func(t *testing.T) []string {
			return []string{"analyze", mixedStudy(t, 2, 3000, many, true)}
		}, []string{"silo.level.moderate", "summary.silos", "summary.watch", "silo.reason", "silo.watchReason"}},
		{"demo", func(t *testing.T) []string { return []string{"demo"} },
			[]string{"silo.level.low", "silo.level.plusWatch", "summary.silos", "summary.watch", "silo.reason", "silo.watchReason", "silo.denied"}},
		{"person level", func(t *testing.T) []string {
			dir := t.TempDir()
			if _, err := synth.Generate(dir, synth.Options{Seed: 3, Scale: 0.1}); err != nil {
				t.Fatal(err)
			}
			return []string{"analyze", dir, "--level", "person", "--from", "2025-01-01", "--to", "2025-07-01"}
		}, []string{"summary.silos", "silo.reason", "silo.watchReason", "unit:summary.silos|unit:summary.watch"}},
		// Holm's family holds the tests of the groups withheld for
		// privacy: the sentences say so, and never count the shown tests
		// as the family (groups.csv's adjusted p-values need more).
		{"person level, small units withheld", func(t *testing.T) []string {
			return []string{"analyze", smallUnitsStudy(t), "--level", "person"}
		}, []string{"summary.familyWithheld", "unit:summary.familyWithheld", "silo.inside.withheld", "silo.level.withheld"}},
		{"person level, small units withheld, few permutations", func(t *testing.T) []string {
			return []string{"analyze", smallUnitsStudy(t), "--level", "person", "--permutations", "200"}
		}, []string{"unit:summary.tooFewWithheld", "silo.warnPermWithheld"}},
		{"no sector column", func(t *testing.T) []string {
			return []string{"analyze", mixedStudy(t, 3, 1000, none, false)}
		}, []string{"silo.level.unknown", "summary.noSectors", "silo.inside.none", "silo.warnNoSectors"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := c.args(t)
			for _, lang := range []string{"id", "en"} {
				out := filepath.Join(t.TempDir(), "out")
				code, _, stderr := sekat(t, append(args, "--out", out, "--lang", lang)...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if c.name == "demo" {
					out = filepath.Join(out, "hasil")
					if _, err := os.Stat(out); err != nil {
						out = filepath.Dir(out)
					}
				}
				seen := checkSentences(t, lang, out, stderr)
				for _, k := range c.kinds {
					found := false
					for _, alt := range strings.Split(k, "|") {
						found = found || seen[alt]
					}
					if !found {
						t.Errorf("%s: no sentence of kind %s was printed (printed: %v)", lang, k, seen)
					}
				}
			}
		})
	}
}

// numberMarkRE is an English number mark of the catalogue, its singular
// and plural.
var numberMarkRE = regexp.MustCompile(`\{\d+:([^{}|%]*)\|([^{}|%]*)\}`)

// sentence is a catalogue format turned into a regular expression: %s
// any text, %d a whole number, %% a percent sign, a number mark
// ({1:row|rows}) either of its words.
func sentence(lang, key string) string {
	var marks []string
	f := numberMarkRE.ReplaceAllStringFunc(i18n.T(lang, key), func(m string) string {
		p := numberMarkRE.FindStringSubmatch(m)
		marks = append(marks, "(?:"+regexp.QuoteMeta(p[1])+"|"+regexp.QuoteMeta(p[2])+")")
		return "\x00"
	})
	f = regexp.QuoteMeta(f)
	for _, m := range marks {
		f = strings.Replace(f, "\x00", m, 1)
	}
	f = strings.ReplaceAll(f, "%%", "%")
	f = strings.ReplaceAll(f, "%s", "(.+?)")
	return strings.ReplaceAll(f, "%d", `(\d+)`)
}

// num reads a number as lang writes it.
func num(t *testing.T, lang, s string) float64 {
	t.Helper()
	if lang != "en" {
		s = strings.ReplaceAll(s, ",", ".")
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return x
}

// shown reports whether the printed number p (with as many decimals as it
// has) is x rounded.
func shown(t *testing.T, lang, p string, x float64) bool {
	d := 0
	if i := strings.LastIndexAny(p, ".,"); i >= 0 {
		d = len(p) - i - 1
	}
	return math.Abs(num(t, lang, p)-x) <= 0.5*math.Pow(10, -float64(d))+1e-12
}

// shownSig reports whether the printed number p is x to 3 significant
// digits.
func shownSig(t *testing.T, lang, p string, x float64) bool {
	return num(t, lang, p) == num(t, "en", strconv.FormatFloat(x, 'g', 3, 64))
}

// pClaim checks a printed adjusted p ("adjusted p = 0.003", "p terkoreksi
// < 0,001", "adjusted p ≤ 0.0025, the smallest 4,400 shuffles can show")
// against group g's value: a bound only for a test none of whose shuffles
// was as low (silo.AtFloor), with its shuffles, at or above the value and
// by less than its last digit.
func pClaim(t *testing.T, lang, text string, g result.Group) bool {
	p := g.PAdjusted
	floor := silo.AtFloor(silo.GroupStats{EIPValue: g.EIPValue, Permutations: g.Permutations, Stopped: g.StoppedEarly})
	if m := regexp.MustCompile("^" + sentence(lang, "silo.pAdjFloor") + "$").FindStringSubmatch(text); m != nil {
		b, d := num(t, lang, m[1]), len(m[1])-strings.LastIndexAny(m[1], ".,")-1
		return floor && m[2] == i18n.Int(lang, int64(g.Permutations)) && p <= b && b-p < math.Pow(10, -float64(d))
	}
	if floor && g.Permutations > 0 {
		return false // a bound given as a value
	}
	if m := regexp.MustCompile("^" + sentence(lang, "silo.pAdjBelow") + "$").FindStringSubmatch(text); m != nil {
		return p < num(t, lang, m[1])
	}
	if m := regexp.MustCompile("^" + sentence(lang, "silo.pAdjIs") + "$").FindStringSubmatch(text); m != nil {
		return shown(t, lang, m[1], p)
	}
	return false
}

// groupRow is a row of groups.csv with what units.csv says of the group.
type groupRow struct {
	result.Group
	formal bool // some member is an internal unit
	units  int  // distinct units in it
}

func (g groupRow) judged() bool {
	return g.formal && g.Size >= 2 && !math.IsNaN(g.PAdjusted) && !math.IsNaN(g.Homophily)
}

// checkSentences reads the output folder out of a run in lang and checks
// every sentence about silos against the numbers; it returns the kinds of
// sentence it met.
func checkSentences(t *testing.T, lang, out, stderr string) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	st, err := result.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	sm := st.Summary
	alpha, hThr := sm.Method.SiloAlpha, sm.Method.SiloHomophily
	// A group is formal when some member belongs to an internal unit;
	// units counts the distinct units of each sector.
	person := sm.Level == "person"
	formal, units := map[[2]string]bool{}, map[string]map[string]bool{}
	for _, n := range st.Nodes {
		unit, kind := n.ID, n.Kind
		if person {
			unit, kind = n.Unit, n.UnitKind
		}
		if kind.String() == "internal" {
			formal[[2]string{"sector", n.Sector}] = true
			formal[[2]string{"unit", unit}] = true
		}
		if units[n.Sector] == nil {
			units[n.Sector] = map[string]bool{}
		}
		units[n.Sector][unit] = true
	}
	// What the tables cannot tell when small units are withheld (their
	// kind shown as "*", a sector of them read as one unit) summary.json
	// says.
	if inf := st.Summary.InformalGroups; inf != nil {
		clear(formal)
		informal := map[[2]string]bool{}
		for _, g := range *inf {
			informal[[2]string{string(g.Type), g.Name}] = true
		}
		for _, g := range st.Groups {
			formal[[2]string{string(g.Type), g.Name}] = !informal[[2]string{string(g.Type), g.Name}]
		}
	}
	groups := map[string][]groupRow{}
	usable := false
	for _, g := range st.Groups {
		r := groupRow{g, formal[[2]string{string(g.Type), g.Name}], len(units[g.Name])}
		groups[string(g.Type)] = append(groups[string(g.Type)], r)
		if g.Type == "sector" {
			usable = usable || r.units >= 2
		}
	}
	if st.Summary.SectorsUsable != nil {
		usable = *st.Summary.SectorsUsable
	}
	sectors := groups["sector"]

	// The warning without usable sectors: stderr and summary.json.
	warn := i18n.NoSectorsWarning(lang)
	hasWarn := strings.Contains(stderr, i18n.T(lang, "warning", warn))
	inSummary := false
	for _, w := range sm.Warnings {
		inSummary = inSummary || w.Message == warn
	}
	if hasWarn != !usable || inSummary != !usable {
		t.Errorf("%s: sectors usable %v, but the warning is on stderr %v, in summary.json %v", lang, usable, hasWarn, inSummary)
	}
	if hasWarn {
		seen["silo.warnNoSectors"] = true
		if n := sm.Network; !math.IsNaN(float64(n.ModularitySector)) || !math.IsNaN(float64(n.AssortativitySector)) || !math.IsNaN(float64(n.EIIndex)) {
			t.Errorf("%s: no usable sectors, yet summary.json has modularity_sector %v, assortativity_sector %v, ei_index %v",
				lang, n.ModularitySector, n.AssortativitySector, n.EIIndex)
		}
	}

	// silos.csv: each reason states its group's numbers, and its claim
	// (silo: H at or above the threshold; watch: 0 < H below it; both
	// significant and more inside than chance) holds.
	reasonRE := map[string]*regexp.Regexp{}
	for _, k := range []string{"silo.reason", "silo.watchReason"} {
		reasonRE[k] = regexp.MustCompile("^" + sentence(lang, k) + "(?:" + sentence(lang, "silo.denied") + `)?\.$`)
	}
	for _, s := range st.Silos {
		var g *result.Group
		for i := range st.Groups {
			if st.Groups[i].Type == s.GroupType && st.Groups[i].Name == s.Group {
				g = &st.Groups[i]
			}
		}
		if g == nil {
			t.Fatalf("%s: silos.csv names %s %s, groups.csv does not", lang, s.GroupType, s.Group)
		}
		key := "silo.reason"
		if s.Verdict == "watch" {
			key = "silo.watchReason"
		}
		m := reasonRE[key].FindStringSubmatch(s.Reason)
		if m == nil {
			t.Errorf("%s: %s %s (%s): reason is not a %s sentence: %q", lang, s.GroupType, s.Group, s.Verdict, key, s.Reason)
			continue
		}
		seen[key] = true
		inside, chance := 100*(1-g.EIIndex)/2, 100*(1-g.EIExpected)/2
		ok := shown(t, lang, m[1], inside) && m[3] == s.Group && shown(t, lang, m[4], chance) &&
			shown(t, lang, m[5], g.Homophily) && shown(t, lang, m[6], hThr) && pClaim(t, lang, m[7], *g) &&
			num(t, lang, m[1]) > num(t, lang, m[4]) && inside > chance && g.PAdjusted <= alpha && s.Verdict == g.Verdict
		if key == "silo.reason" {
			ok = ok && g.Homophily >= hThr
		} else {
			ok = ok && g.Homophily > 0 && g.Homophily < hThr
		}
		if m[8] != "" {
			seen["silo.denied"] = true
			ok = ok && m[8] == i18n.Int(lang, g.DeniedToOthers) && m[9] == i18n.Int(lang, g.RequestsFromOthers)
		} else {
			ok = ok && g.RequestsFromOthers == 0
		}
		if !ok {
			t.Errorf("%s: the numbers contradict %q: inside %.4f%%, chance %.4f%%, H %.4f (threshold %g), adjusted p %.4g (alpha %g), verdict %q, requests %d denied %d",
				lang, s.Reason, inside, chance, g.Homophily, hThr, g.PAdjusted, alpha, g.Verdict, g.RequestsFromOthers, g.DeniedToOthers)
		}
	}
	// Every group with a verdict is in silos.csv, and only those.
	verdicts := 0
	for _, g := range st.Groups {
		if g.Verdict != "" {
			verdicts++
		}
	}
	if verdicts != len(st.Silos) {
		t.Errorf("%s: %d groups have a verdict, silos.csv lists %d", lang, verdicts, len(st.Silos))
	}

	// The report.
	page := clitest.ReadFile(t, filepath.Join(out, "report.html"))
	text := func(re string) []string {
		var s []string
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(page, -1) {
			s = append(s, html.UnescapeString(m[1]))
		}
		return s
	}
	// groups withheld for privacy: a person's (or office's) unit kind
	// is "*", and its sector too when the sector is withheld
	withheld := map[string]bool{}
	for _, n := range st.Nodes {
		if person && n.UnitKind.String() == "*" {
			withheld["unit"] = true
			withheld["sector"] = withheld["sector"] || n.Sector == "*"
		}
	}
	sc := countGroups(sectors, alpha, sm.Method.Permutations["sector"], withheld["sector"])
	// The warning of too few permutations: given exactly when the
	// smallest adjusted p a kind of group can reach is above alpha/10, and
	// stating the numbers; with groups withheld for privacy, whose tests
	// are in Holm's family too, the smallest p of the shown tests as a
	// lower bound (that sentence first: the other's "%s" would match it).
	warnRE := regexp.MustCompile("^" + sentence(lang, "silo.warnPermutations") + "$")
	heldRE := regexp.MustCompile("^" + sentence(lang, "silo.warnPermWithheld") + "$")
	for _, typ := range []string{"sector", "unit"} {
		c := countGroups(groups[typ], alpha, sm.Method.Permutations[typ], withheld[typ])
		floor := float64(c.family) / float64(c.perms+1)
		var found []string
		held := false
		for _, w := range sm.Warnings {
			if m := heldRE.FindStringSubmatch(w.Message); m != nil && m[1] == i18n.T(lang, "silo."+typ+"s") && m[4] == m[1] {
				found, held = slices.Delete(m, 4, 5), true // the second name of the kind checked, then left out
			} else if m := warnRE.FindStringSubmatch(w.Message); m != nil && m[1] == i18n.T(lang, "silo."+typ+"s") {
				found = m
			}
		}
		want := c.perms > 0 && c.family > 0 && floor > alpha/10
		if (found != nil) != want {
			t.Errorf("%s: %ss: %d permutations for %d tests (smallest adjusted p %.4g), warning given: %v", lang, typ, c.perms, c.family, floor, found != nil)
		}
		if found == nil {
			continue
		}
		seen["silo.warnPermutations"] = true
		if held {
			seen["silo.warnPermWithheld"] = true
		}
		if held != c.withheld || found[2] != strconv.Itoa(c.perms) || !shownSig(t, lang, found[3], floor) || !shownSig(t, lang, found[4], alpha/10) ||
			found[5] != strconv.Itoa(silo.PermutationsFor(c.family, alpha)) || !strings.Contains(stderr, i18n.T(lang, "warning", found[0])) {
			t.Errorf("%s: the numbers contradict %q: %d permutations, %d tests (withheld %v), smallest adjusted p %.4g", lang, found[0], c.perms, c.family, c.withheld, floor)
		}
	}
	judged, silos := sc.judged, sc.silos
	// The headline.
	head := text(`<p class="headline">(.*?)</p>`)
	if len(head) != 1 {
		t.Fatalf("%s: %d headlines", lang, len(head))
	}
	level, grade := "", head[0]
	withheldHead := regexp.MustCompile("^" + sentence(lang, "silo.level.withheld") + "(.*)$").FindStringSubmatch(head[0])
	// a grade with sectors to watch too says how many of the judged are
	if withheldHead != nil {
		// sectors withheld for privacy: no grade of the whole, but what
		// the sectors shown and tested showed, each count said
		seen["silo.level.withheld"] = true
		level, grade = "withheld", ""
		clause := withheldHead[3]
		var says bool
		switch {
		case silos > 0:
			says = strings.Contains(clause, " "+strconv.Itoa(silos)+" ") && (sc.watch == 0 || strings.Contains(clause, " "+strconv.Itoa(sc.watch)+" "))
		case sc.watch > 0:
			says = strings.Contains(clause, " "+strconv.Itoa(sc.watch)+" ")
		case sc.inward:
			says = clause == i18n.T(lang, "silo.level.thinNoneShown")+"."
		default:
			says = clause == i18n.T(lang, "silo.level.thinNone")+"."
		}
		if withheldHead[1] != strconv.Itoa(judged) || withheldHead[2] != strconv.Itoa(judged+sc.unjudged) || !says {
			t.Errorf("%s: headline %q, but %d of %d shown sectors judged, %d silos, %d to watch", lang, head[0], judged, judged+sc.unjudged, silos, sc.watch)
		}
	} else if m := regexp.MustCompile("^" + sentence(lang, "silo.level.plusWatch") + "$").FindStringSubmatch(head[0]); m != nil {
		seen["silo.level.plusWatch"] = true
		grade = m[1] + "."
		if m[2] != strconv.Itoa(sc.watch) || sc.watch == 0 {
			t.Errorf("%s: headline %q, but %d of %d judged sectors are on the watch list", lang, head[0], sc.watch, judged)
		}
	} else if sc.watch > 0 && silos > 0 {
		t.Errorf("%s: headline %q says nothing of the %d sectors on the watch list", lang, head[0], sc.watch)
	}
	for _, k := range []string{"none", "noneShown", "low", "moderate", "high", "unknown", "tooFewPermutations"} {
		if grade == i18n.T(lang, "silo.level."+k) {
			level = k
		}
	}
	seen["silo.level."+level] = true
	var okLevel bool
	switch level {
	case "withheld":
		// a grade from the sectors shown would claim what those withheld
		// may deny
		okLevel = usable && sc.withheld
	case "unknown":
		okLevel = !usable
	case "tooFewPermutations":
		okLevel = usable && silos == 0 && float64(sc.family)/float64(sc.perms+1) > alpha
	case "none":
		// "not siloed": no judged sector keeps more inside than random mixing
		okLevel = usable && silos == 0 && !sc.inward && float64(sc.family)/float64(sc.perms+1) <= alpha
	case "noneShown":
		okLevel = usable && silos == 0 && sc.inward && float64(sc.family)/float64(sc.perms+1) <= alpha
	case "low":
		okLevel = usable && silos > 0 && 5*silos <= judged
	case "moderate":
		okLevel = usable && 5*silos > judged && 2*silos <= judged
	case "high":
		okLevel = usable && 2*silos > judged
	}
	if !okLevel {
		t.Errorf("%s: headline %q, but %d of %d judged sectors are silos (sectors usable: %v)", lang, head[0], silos, judged, usable)
	}
	// The sentence on the sectors.
	// its command flag is in a span kept on one line in print: the
	// span's tags taken out before the text is unescaped
	var lead []string
	for _, m := range regexp.MustCompile(`<p class="lead">(.*?)</p>`).FindAllStringSubmatch(page, -1) {
		lead = append(lead, html.UnescapeString(regexp.MustCompile(`</?span[^>]*>`).ReplaceAllString(m[1], "")))
	}
	if len(lead) == 0 {
		t.Fatalf("%s: no sentence on the sectors", lang)
	}
	checkSummary(t, lang, lead[0], "sector", seen, usable, sc, alpha, hThr)
	if person {
		if len(lead) != 2 {
			t.Fatalf("%s: person level: %d sentences on groups, want one on sectors and one on units", lang, len(lead))
		}
		checkSummary(t, lang, lead[1], "unit", seen, true, countGroups(groups["unit"], alpha, sm.Method.Permutations["unit"], withheld["unit"]), alpha, hThr)
	} else if len(lead) != 1 {
		t.Errorf("%s: unit level: %d sentences on groups, want one", lang, len(lead))
	}
	// The briefing's silo and watch lists show silos.csv's sentences, each
	// in its list: at most 8 groups, sectors before units and silos before
	// the watch list within each, in silos.csv's order.
	var named []result.Silo
	for _, unit := range []bool{false, true} {
		for _, v := range []string{"silo", "watch"} {
			for _, s := range st.Silos {
				if (s.GroupType == metrics.GroupUnit) == unit && string(s.Verdict) == v && len(named) < 8 {
					named = append(named, s)
				}
			}
		}
	}
	// More than 4 groups: a busy briefing shows them as a table, a line
	// a group, in the same order, whose cells are the numbers the
	// group's sentence in silos.csv gives (qaX, session 39).
	busy := len(named) > 4
	if busy {
		table := ""
		if i := strings.Index(page, `<table class="verdict-table">`); i >= 0 {
			table, _, _ = strings.Cut(page[i:], "</table>")
		}
		rows := regexp.MustCompile(`(?s)<tr><td class="name">([^<]*) \([^)]*\)</td>(.*?)</tr>`).FindAllStringSubmatch(table, -1)
		if len(rows) != len(named) {
			t.Errorf("%s: the briefing's table of verdicts has %d rows, want %d (silos.csv)", lang, len(rows), len(named))
		}
		for i := 0; i < min(len(rows), len(named)); i++ {
			s := named[i]
			cells := regexp.MustCompile(`<td[^>]*>([^<]*)</td>`).FindAllStringSubmatch(rows[i][2], -1)
			if rows[i][1] != html.EscapeString(s.Group) || len(cells) != 6 {
				t.Errorf("%s: row %d of the briefing's table is %q with %d cells, want %s with 6", lang, i+1, rows[i][1], len(cells), s.Group)
				continue
			}
			word := map[string]string{"silo": "brief.verdictSilo", "watch": "brief.verdictWatch"}[string(s.Verdict)]
			if got := html.UnescapeString(cells[0][1]); got != i18n.T(lang, word) {
				t.Errorf("%s: %s's verdict in the briefing's table is %q, silos.csv says %s", lang, s.Group, got, s.Verdict)
			}
			for _, c := range cells[1:] {
				v := html.UnescapeString(c[1])
				if v != "–" && !strings.Contains(s.Reason, v) {
					t.Errorf("%s: %s's cell %q in the briefing's table is not in its sentence %q", lang, s.Group, v, s.Reason)
				}
			}
		}
	}
	// The box begins with the group's name, and its reason calls the
	// group "sektor ini" ("this sector"), not by the name again; a
	// watch-list box does not say "masuk daftar pantau" again after its
	// head.
	for _, c := range []struct{ class, verdict string }{{"silo", "silo"}, {"watch", "watch"}} {
		if busy {
			break
		}
		got := text(`<div class="` + c.class + `"><span class="name">([^<]*</span> \([^)]*\) — <span>.*?)</span>`)
		var want []string
		for _, s := range named {
			if string(s.Verdict) == c.verdict {
				kind := i18n.T(lang, "silo.sector")
				if s.GroupType == metrics.GroupUnit {
					kind = i18n.T(lang, "silo.unit")
				}
				this := kind + " ini"
				if lang == "en" {
					this = "this " + kind
				}
				reason := strings.Replace(s.Reason, " "+kind+" "+s.Group+" ", " "+this+" ", 1)
				if c.verdict == "watch" {
					// the box's head says the verdict: its reason ends at
					// the p-value, without silos.csv's "; masuk daftar
					// pantau" (TestSiloReasonUnnamedWatch)
					f := i18n.T(lang, "silo.watchReason")
					reason = strings.Replace(reason, f[strings.LastIndex(f, "(%s)")+len("(%s)"):], "", 1)
				}
				want = append(want, s.Group+"</span> — "+reason)
			}
		}
		for i := range got { // the kind in brackets is the template's
			got[i] = regexp.MustCompile(` \([^)]*\) — <span>`).ReplaceAllString(got[i], " — ")
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: the report's %s list\n%q\nsilos.csv\n%q", lang, c.class, got, want)
		}
	}
	// The figure of the tie weight inside sectors.
	fig := text(`<dt>` + regexp.QuoteMeta(html.EscapeString(i18n.T(lang, "viz.fig.inside"))) + `</dt><dd>(.*?)</dd>`)
	if len(fig) != 1 {
		t.Fatalf("%s: %d figures of the weight inside sectors", lang, len(fig))
	}
	if withheld["sector"] {
		// over the sectors as shown or the real ones, it would count
		// the ties between withheld sectors as inside or split "*"
		seen["silo.inside.withheld"] = true
		if fig[0] != i18n.T(lang, "silo.inside.withheld") {
			t.Errorf("%s: sectors withheld, yet the inside figure is %q", lang, fig[0])
		}
	} else if !usable {
		seen["silo.inside.none"] = true
		if fig[0] != i18n.T(lang, "silo.inside.none") {
			t.Errorf("%s: no usable sectors, yet the inside figure is %q", lang, fig[0])
		}
	} else if m := regexp.MustCompile("^" + sentence(lang, "silo.inside") + "$").FindStringSubmatch(fig[0]); m == nil {
		t.Errorf("%s: inside figure %q", lang, fig[0])
	} else {
		var in, ext, pairs float64
		n := 0
		for _, g := range sectors {
			in += g.InternalWeight
			ext += g.ExternalWeight
			n += g.Size
			pairs += float64(g.Size) * float64(g.Size-1)
		}
		got, exp := 100*in/(in+ext/2), 100*pairs/(float64(n)*float64(n-1))
		if !shown(t, lang, m[1], got) || !shown(t, lang, m[2], exp) {
			t.Errorf("%s: inside figure %q, groups.csv gives %.3f%% against %.3f%%", lang, fig[0], got, exp)
		}
	}
	return seen
}

// counts are what groups.csv says of the groups of one type.
type counts struct {
	judged, silos, watch, unjudged int
	family                         int  // groups with a p-value
	perms                          int  // permutations run (summary.json)
	inward, significantInward      bool // some judged group has H > 0 (with adjusted p <= alpha)
	// minFamily is the smallest Holm family the adjusted p-values allow:
	// a p-value p adjusted to q < 1 had at most m tests at or below it,
	// each weighing at most m, so m >= q/p.
	minFamily int
	// withheld: groups of the type were withheld for privacy (a person
	// or office shown in unit, or sector, "*").
	withheld bool
}

func countGroups(gs []groupRow, alpha float64, perms int, withheld bool) counts {
	c := counts{perms: perms, withheld: withheld}
	for _, g := range gs {
		if !math.IsNaN(g.EIPValue) {
			c.family++
			if g.PAdjusted < 1 {
				c.minFamily = max(c.minFamily, int(math.Floor(g.PAdjusted/g.EIPValue+1e-9)))
			}
		}
		if !g.judged() {
			c.unjudged++
			continue
		}
		c.judged++
		switch g.Verdict {
		case "silo":
			c.silos++
		case "watch":
			c.watch++
		}
		if g.Homophily > 0 {
			c.inward = true
			c.significantInward = c.significantInward || g.PAdjusted <= alpha
		}
	}
	return c
}

// checkSummary checks the report's sentence on the groups of type typ
// (sector or unit) against the counts of groups.csv; a kind of sentence
// met on units is recorded as "unit:" and its kind.
func checkSummary(t *testing.T, lang, s, typ string, seenAll map[string]bool, usable bool, c counts, alpha, hThr float64) {
	t.Helper()
	seen := seenAll
	if typ == "unit" {
		seen = map[string]bool{}
		defer func() {
			for k := range seen {
				seenAll["unit:"+k] = true
			}
		}()
	}
	judged, silos, watch, unjudged := c.judged, c.silos, c.watch, c.unjudged
	inward, significantInward := c.inward, c.significantInward
	kinds := []string{i18n.T(lang, "silo."+typ), i18n.T(lang, "silo."+typ+"s")}
	isKind := func(x string) bool { return x == kinds[0] || x == kinds[1] }
	// the person-level caveat stands between the verdicts and the
	// unjudged count; it is checked, then taken out
	if pl := " " + i18n.PersonLevelCaveat(lang); strings.Contains(s, pl) {
		if typ != "sector" || silos+watch == 0 {
			t.Errorf("%s: the person-level caveat without sectors to call: %q", lang, s)
		}
		s = strings.Replace(s, pl, "", 1)
	}
	// the size of Holm's family, said when it holds unjudged groups too:
	// checked, then taken out; with groups withheld for privacy, that it
	// holds theirs too, with the count of the shown tests only
	if m := regexp.MustCompile(" " + sentence(lang, "silo.summary.family")).FindStringSubmatch(s); m != nil {
		seen["summary.family"] = true
		if m[1] != strconv.Itoa(c.family) || !isKind(m[2]) || m[3] != strconv.Itoa(c.family-judged) || c.family <= judged {
			t.Errorf("%s: Holm's family said as %q, family %d, judged %d: %q", lang, m[0], c.family, judged, s)
		}
		if c.withheld || c.family < c.minFamily {
			t.Errorf("%s: Holm's family said as %d tests, but groups.csv's adjusted p-values need at least %d (%ss withheld for privacy: %v): %q",
				lang, c.family, c.minFamily, typ, c.withheld, s)
		}
		s = strings.Replace(s, m[0], "", 1)
	} else if m := regexp.MustCompile(" " + sentence(lang, "silo.summary.familyWithheld")).FindStringSubmatch(s); m != nil {
		seen["summary.familyWithheld"] = true
		if !c.withheld || !isKind(m[1]) || m[2] != strconv.Itoa(c.family) || m[3] != strconv.Itoa(c.family-judged) || c.family <= judged {
			t.Errorf("%s: Holm's family said as %q, withheld %v, %d shown tests, judged %d: %q", lang, m[0], c.withheld, c.family, judged, s)
		}
		s = strings.Replace(s, m[0], "", 1)
	} else if m := regexp.MustCompile(" " + sentence(lang, "silo.summary.familyWithheldAll")).FindStringSubmatch(s); m != nil {
		seen["summary.familyWithheld"] = true
		if !c.withheld || !isKind(m[1]) || m[2] != strconv.Itoa(c.family) || c.family != judged {
			t.Errorf("%s: Holm's family said as %q, withheld %v, %d shown tests, judged %d: %q", lang, m[0], c.withheld, c.family, judged, s)
		}
		s = strings.Replace(s, m[0], "", 1)
	} else if (c.family > judged || c.withheld) && silos+watch > 0 {
		t.Errorf("%s: Holm's family of %d with %d judged (withheld: %v) is not said: %q", lang, c.family, judged, c.withheld, s)
	}
	unj := "(?: " + sentence(lang, "silo.summary.unjudged") + ")?$"
	match := func(key string) []string {
		return regexp.MustCompile("^" + sentence(lang, "silo."+key) + unj).FindStringSubmatch(s)
	}
	checkUnjudged := func(m []string) bool {
		if m[len(m)-2] == "" {
			return unjudged == 0
		}
		return m[len(m)-2] == strconv.Itoa(unjudged) && isKind(m[len(m)-1])
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	ok := false
	switch {
	case !usable:
		ok = s == i18n.T(lang, "silo.summary.noSectors")
		if ok {
			seen["summary.noSectors"] = true
		}
	case match("summary.silos") != nil || match("summary.silo") != nil:
		// silos, and perhaps the watch list; one silo is "It sends", not
		// "Each sends"
		key := "silo.summary.silos"
		if silos == 1 {
			key = "silo.summary.silo"
		}
		full := regexp.MustCompile("^" + sentence(lang, key) + "(?: " + sentence(lang, "silo.summary.watch") + ")?" + unj).FindStringSubmatch(s)
		if full == nil {
			break
		}
		seen["summary.silos"] = true
		ok = atoi(full[1]) == silos && atoi(full[2]) == judged && isKind(full[3]) &&
			shown(t, lang, full[4], 100*(1-hThr)) && shown(t, lang, full[5], hThr) && shown(t, lang, full[6], alpha) && checkUnjudged(full)
		if full[7] != "" {
			seen["summary.watch"] = true
			ok = ok && atoi(full[7]) == watch && atoi(full[8]) == judged && isKind(full[9]) && shown(t, lang, full[10], hThr)
		} else {
			ok = ok && watch == 0
		}
	case match("summary.watchOnlyWithheld") != nil:
		// of the groups shown only: a silo may be among those withheld
		m := match("summary.watchOnlyWithheld")
		seen["summary.watch"] = true
		ok = silos == 0 && c.withheld && atoi(m[2]) == watch && atoi(m[3]) == judged && shown(t, lang, m[5], hThr) && checkUnjudged(m)
	case match("summary.watchOnly") != nil:
		m := match("summary.watchOnly")
		seen["summary.watch"] = true
		ok = silos == 0 && !c.withheld && atoi(m[2]) == watch && atoi(m[3]) == judged && shown(t, lang, m[5], hThr) && checkUnjudged(m)
	case match("summary.tooFewWithheld") != nil:
		// the floor of the shown tests, a lower bound ("at least");
		// before the plain sentence, whose "%s" would match it
		m := match("summary.tooFewWithheld")
		seen["summary.tooFewWithheld"] = true
		floor := float64(c.family) / float64(c.perms+1)
		ok = silos == 0 && watch == 0 && c.withheld && m[2] == strconv.Itoa(c.perms) && shownSig(t, lang, m[3], floor) && floor > alpha &&
			isKind(m[4]) && shown(t, lang, m[5], alpha) && checkUnjudged(m)
	case match("summary.tooFewPermutations") != nil:
		m := match("summary.tooFewPermutations")
		seen["summary.tooFewPermutations"] = true
		floor := float64(c.family) / float64(c.perms+1)
		ok = silos == 0 && watch == 0 && m[2] == strconv.Itoa(c.perms) && shownSig(t, lang, m[3], floor) && floor > alpha &&
			shown(t, lang, m[4], alpha) && checkUnjudged(m) && !c.withheld
	case match("summary.notSignificantWithheld") != nil:
		m := match("summary.notSignificantWithheld")
		seen["summary.notSignificant"] = true
		ok = silos == 0 && watch == 0 && c.withheld && inward && !significantInward && shown(t, lang, m[3], alpha) && checkUnjudged(m)
	case match("summary.notSignificant") != nil:
		m := match("summary.notSignificant")
		seen["summary.notSignificant"] = true
		ok = silos == 0 && watch == 0 && !c.withheld && inward && !significantInward && shown(t, lang, m[3], alpha) && checkUnjudged(m)
	case match("summary.allOpenWithheld") != nil:
		m := match("summary.allOpenWithheld")
		seen["summary.allOpen"] = true
		ok = silos == 0 && watch == 0 && c.withheld && !inward && checkUnjudged(m)
	case match("summary.allOpen") != nil:
		m := match("summary.allOpen")
		seen["summary.allOpen"] = true
		ok = silos == 0 && watch == 0 && !c.withheld && !inward && checkUnjudged(m)
	case match("summary.noneJudged") != nil:
		ok = judged == 0 && checkUnjudged(match("summary.noneJudged"))
	}
	if ok && unjudged > 0 {
		seen["summary.unjudged"] = true
	}
	if !ok {
		t.Errorf("%s: the numbers contradict %q: %d judged %ss, %d silos, %d to watch, %d not judged, some H > 0: %v (significant: %v), sectors usable: %v",
			lang, s, judged, typ, silos, watch, unjudged, inward, significantInward, usable)
	}
}

// TestSummaryWarningsJSON: summary.json always has a warnings list (empty
// when nothing is wrong), so that a reader never meets null.
func TestSummaryWarningsJSON(t *testing.T) {
	out := t.TempDir()
	if code, _, e := sekat(t, "analyze", "../../../testdata/studies/hand", "--out", out); code != 0 {
		t.Fatal(e)
	}
	var v struct {
		Warnings *[]string `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(clitest.ReadFile(t, filepath.Join(out, "summary.json"))), &v); err != nil {
		t.Fatal(err)
	}
	if v.Warnings == nil || len(*v.Warnings) != 0 {
		t.Errorf("warnings = %v, want []", v.Warnings)
	}
}

// oneSectorStudy is a small generated study whose units all lie in one
// sector, umum.
func oneSectorStudy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "units.csv")
	rows := clitest.ReadRows(t, path)
	col := slices.Index(rows[0], "sector")
	for _, r := range rows[1:] {
		r[col] = "umum"
	}
	clitest.WriteRows(t, path, rows)
	return dir
}

// analyzedPage runs analyze on the study in dir in lang and returns its
// report.html, unescaped.
func analyzedPage(t *testing.T, dir, lang string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "--lang", lang, "analyze", dir, "--out", out, "-q"); code != 0 {
		t.Fatalf("%s: exit %d\n%s", lang, code, stderr)
	}
	return html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "report.html")))
}

// TestOneSectorNotJudgedReason: a study whose units all lie in one sector
// has no outside to compare that sector with, so it is not judged, and
// the report says why. It said "Not judged: 1 sector (one member, no
// ties, or coordinator and external units only)" of a sector of 39
// units with hundreds of ties: none of the reasons it gave.
func TestOneSectorNotJudgedReason(t *testing.T) {
	dir := oneSectorStudy(t)
	for _, lang := range []string{"id", "en"} {
		page := analyzedPage(t, dir, lang)
		noun := map[string]string{"id": "sektor", "en": "sector"}[lang]
		if want := msg(lang, "silo.summary.unjudged", "1", noun); !strings.Contains(page, want) {
			t.Errorf("%s: report.html lacks %q", lang, want)
		}
		if want := map[string]string{"id": "tanpa kelompok lain yang berikatan", "en": "no other group with ties"}[lang]; !strings.Contains(page, want) {
			t.Errorf("%s: report.html does not give the reason %q", lang, want)
		}
	}
}

// TestOneSectorNoCrossSectorRequests: with every unit in one sector no
// data request crosses sectors, and the briefing says that this can be
// why. It said "the data_sharing table is missing, empty, or all its
// requests are pending" of a study with hundreds of decided requests.
func TestOneSectorNoCrossSectorRequests(t *testing.T) {
	dir := oneSectorStudy(t)
	for _, lang := range []string{"id", "en"} {
		page := analyzedPage(t, dir, lang)
		if want := msg(lang, "brief.noRequests"); !strings.Contains(page, want) {
			t.Errorf("%s: report.html lacks %q", lang, want)
		}
		if want := map[string]string{"id": "di dalam satu sektor", "en": "inside one sector"}[lang]; !strings.Contains(msg(lang, "brief.noRequests"), want) {
			t.Errorf("%s: the briefing does not say that every request may stay %q", lang, want)
		}
	}
}

// TestOneSectorFacilitatorsSaysWhy: facilitators on a study whose people
// all lie in one sector says why it lists no one. It wrote "0 calon
// fasilitator informal" and "Tidak ada." under every list of the page,
// with no word that nothing can cross sectors there.
func TestOneSectorFacilitatorsSaysWhy(t *testing.T) {
	one := oneSectorStudy(t)
	many := filepath.Join(t.TempDir(), "banyak")
	if _, err := synth.Generate(many, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		study string
		said  bool
		args  []string
	}{
		{one, true, nil},
		{many, false, nil},
		// every sector under --min-group: withheld and merged into one,
		// so no pair is listed, but the units table has many sectors: it
		// said "every person of this study is in one sector"
		{many, false, []string{"--min-group", "300"}},
	} {
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "fasilitator")
			args := append([]string{"--lang", lang, "facilitators", tc.study, "--purpose", "uji", "--bootstrap", "100", "--shuffles", "20", "--out", out, "-q"}, tc.args...)
			code, _, stderr := sekat(t, args...)
			if code != 0 {
				t.Fatalf("%s: exit %d\n%s", lang, code, stderr)
			}
			note := msg(lang, "viz.fac.noPairs")
			page := html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "facilitators.html")))
			if strings.Contains(stderr, note) != tc.said || strings.Contains(page, note) != tc.said {
				t.Errorf("%s %v, one sector %v: the note is on stderr %v, on the page %v", lang, tc.args, tc.said, strings.Contains(stderr, note), strings.Contains(page, note))
			}
		}
	}
}
