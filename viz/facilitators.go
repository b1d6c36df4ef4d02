package viz

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// FacilitatorsData is everything WriteFacilitators needs: the analysis
// and its rows (already pseudonymous unless revealed), and what the
// command line knows about the run.
type FacilitatorsData struct {
	Result  *people.Result
	Tables  people.Tables
	Lang    string
	Study   string
	Window  string
	Version string
	Purpose string
	// Revealed says the rows hold ids, names and positions (--reveal);
	// KeyID is the fingerprint of the pseudonym key.
	Revealed bool
	KeyID    string
	// Notes are sentences about the run the page adds to its notes (a
	// window past the data).
	Notes []string
	// Units are the study's units (graph.Directory.Units): the page names
	// a unit of its rows as the report and the maps label it, by its
	// short name (units.short_name), else its id, with the id beside a
	// short name (UnitNames). Nil names every unit by its id, as the CSV
	// files do.
	Units []graph.Node
}

var facTmpl = template.Must(template.New("facilitators.html.tmpl").Funcs(template.FuncMap{
	// a unit's id with a break after each "_", "." and "/", as the
	// report's tables write it: a province's KEC_TANJUNGSARI_R007 in one
	// piece widened the column past the page
	"breakable": breakable,
	"css": func() (template.CSS, error) {
		b, err := templates.ReadFile("templates/report.css")
		return template.CSS(b), err
	},
	"js": func() template.JS {
		b, _ := templates.ReadFile("templates/report.js")
		return template.JS(b)
	},
}).ParseFS(templates, "templates/facilitators.html.tmpl"))

// facLang is the facilitators report's words in one language.
type facLang struct {
	Title, TocSummary, TocInformal, TocSet, TocPairs, TocFormal, TocSpells, TocMethod string
	Intro, InformalIntro, SetIntro, PairsIntro, FormalIntro, SpellsIntro              string
	NoneListed                                                                        string
	ColRank, ColPerson, ColUnit, ColSector, ColWeight, ColReach, ColMonths            string
	ColInterval, ColPairsLost, ColOverload, ColReason, ColOrder, ColGain              string
	ColCovered, ColRedundant, ColSpell, ColWeeks, ColFormalBy, ColInSet               string
	FormalByUnit, FormalByPosition                                                    string
	WindowLabel, PurposeLabel, MustNotTitle, ParamsLabel, DefsLabel                   string
	SortHint, Yes, No, GeneratedBy, UseTitle                                          string
	MustNot, Use                                                                      []string
	Definitions                                                                       [][2]string

	// VsParticipation says that the ranking is by an amount, not by the
	// spread the person-level report's broker labels compare.
	VsParticipation string
}

func newFacLang(code string) *facLang {
	t := func(key string) string { return i18n.T(code, key) }
	return &facLang{
		Title: t("viz.fac.title"), TocSummary: t("viz.tocHeadline"), TocInformal: t("viz.fac.tocInformal"),
		TocSet: t("viz.fac.tocSet"), TocPairs: t("viz.fac.tocPairs"), TocFormal: t("viz.fac.tocFormal"),
		TocSpells: t("viz.fac.tocSpells"), TocMethod: t("viz.tocMethod"),
		Intro: t("viz.fac.intro"), InformalIntro: t("viz.fac.informalIntro"), SetIntro: t("viz.fac.setIntro"),
		PairsIntro: t("viz.fac.pairsIntro"), FormalIntro: t("viz.fac.formalIntro"), SpellsIntro: t("viz.fac.spellsIntro"),
		NoneListed: t("viz.fac.noneListed"), VsParticipation: t("viz.fac.vsParticipation"),
		ColRank: t("viz.fac.col.rank"), ColPerson: t("viz.fac.col.person"), ColUnit: t("viz.colUnit"),
		ColSector: t("viz.colSector"), ColWeight: t("viz.fac.col.weight"), ColReach: t("viz.fac.col.reach"),
		ColMonths: t("viz.fac.col.months"), ColInterval: t("viz.fac.col.interval"), ColPairsLost: t("viz.fac.col.pairsLost"),
		ColOverload: t("viz.fac.col.overload"), ColReason: t("viz.fac.col.reason"), ColOrder: t("viz.fac.col.order"),
		ColGain: t("viz.fac.col.gain"), ColCovered: t("viz.fac.col.covered"), ColRedundant: t("viz.fac.col.redundant"),
		ColSpell: t("viz.fac.col.spell"), ColWeeks: t("viz.fac.col.weeks"), ColFormalBy: t("viz.fac.col.formalBy"),
		FormalByUnit: t("viz.fac.formalBy.unit"), FormalByPosition: t("viz.fac.formalBy.position"),
		ColInSet:    t("viz.fac.col.inSet"),
		WindowLabel: t("viz.windowLabel"), PurposeLabel: t("viz.fac.purpose"), MustNotTitle: t("viz.fac.mustNotTitle"),
		ParamsLabel: t("viz.paramsLabel"), DefsLabel: t("viz.fac.defs"), SortHint: t("viz.sortHint"),
		Yes: t("viz.yes"), No: t("viz.no"), GeneratedBy: t("viz.generatedBy"),
		// what BKPSDM does with the list: the page said what each figure
		// is, not how to read a shortlist for a decision
		UseTitle: t("viz.fac.useTitle"),
		Use: []string{t("viz.fac.use.review"), t("viz.fac.use.ties"), t("viz.fac.use.pairs"),
			t("viz.fac.use.successor")},
		MustNot: []string{t("viz.fac.mustNot.content"), t("viz.fac.mustNot.counterparts"), t("viz.fac.mustNot.hours"),
			t("viz.fac.mustNot.denials"), t("viz.fac.mustNot.sensitive"), t("viz.fac.mustNot.automated")},
		Definitions: [][2]string{
			{t("viz.fac.col.weight"), t("viz.fac.def.weight")},
			{t("viz.fac.col.reach"), t("viz.fac.def.reach")},
			{t("viz.fac.def.formal.term"), t("viz.fac.def.formal")},
			{t("viz.fac.col.months"), t("viz.fac.def.months")},
			{t("viz.fac.col.interval"), t("viz.fac.def.interval")},
			{t("viz.fac.col.pairsLost"), t("viz.fac.def.pairs")},
			{t("viz.fac.col.overload"), t("viz.fac.def.overload")},
			{t("viz.fac.def.roles.term"), t("viz.fac.def.roles")},
			{t("viz.fac.def.spells.term"), t("viz.fac.def.spells")},
			{t("viz.fac.def.set.term"), t("viz.fac.def.set")},
			{t("viz.fac.def.privacy.term"), t("viz.fac.def.privacy")},
		},
	}
}

// personCell is a person as a row of facilitators.html names them: the
// pseudonym, and with --reveal the name, the NIP and the position, "·"
// between them. The template keeps the pseudonym and the NIP each on one
// line and lets the name and the position wrap at their spaces: written
// as one unbreakable line, "P-VWSN-58XN-YJRX-5DBN · Dian Permana, S.Sos. ·
// 199804072024042189 · Kepala Bidang Perencanaan ..." made the informal
// table wider than A4, and Chromium printed every page of the revealed
// list at 67% (sekat generate --seed 60, sekat facilitators --reveal).
type personCell struct {
	Pseudonym, Name, ID, Position string
}

type facRow struct {
	Person                                                            personCell
	Unit, Sector, Months, Interval, Overload, InSet, Reason, FormalBy string
	// UnitID is the id of a unit the row names by its short name (Unit),
	// written beside it: "" when Unit is the id.
	UnitID                         string
	Rank, Weight, Reach, PairsLost cell
}

type setRow struct {
	Person                               personCell
	Unit, UnitID, Sector                 string
	Order, Gain, Covered, Redundant, Rnk cell
}

type spellRow struct {
	Person               personCell
	Unit, UnitID, Sector string
	Spell, Weeks, Weight cell
}

type facView struct {
	T                                   *facLang
	Lang, Title, Study, Window, Version string
	CSP, Notice, Privacy, Purpose       string
	Figures                             [][2]string
	Informal, Formal                    []facRow
	Set                                 []setRow
	SetIntro                            string
	Spells                              []spellRow
	Matrix                              template.HTML
	Withheld                            string
	// Notes say what the run left out and why: people singled out by
	// their position, movers' spells, the rank interval of a short
	// window.
	Notes  []string
	Params [][2]string
}

// WriteFacilitators writes facilitators.html: the shortlist of informal
// facilitators, the facilitator set, the sector-pair matrix of bridge
// counts as a picture, the formal coordinators, the people credited in
// more than one unit, and the method, in the design of the report
// (report.css, the same sorting script and Content-Security-Policy: no
// network request). Every section carries the notice that the list is for
// human review. Only what the rows hold is shown: pseudonyms unless
// revealed, withheld groups as people.Hidden.
func WriteFacilitators(w io.Writer, data FacilitatorsData) error {
	r := data.Result
	if r == nil {
		return fmt.Errorf("viz: facilitators: no result")
	}
	code := i18n.Lang(data.Lang)
	t := newFacLang(code)
	// a run without names reckons unit_share on the window's network
	// (people.Result.ShareOverWindow): its definition says so
	overDef, overValue := "viz.fac.def.overload", "viz.fac.param.overloadValue"
	if data.Result != nil && data.Result.ShareOverWindow() {
		overDef, overValue = "viz.fac.def.overloadWin", "viz.fac.param.overloadWin"
		for i := range t.Definitions {
			if t.Definitions[i][0] == t.ColOverload {
				t.Definitions[i][1] = i18n.T(code, overDef)
			}
		}
	}
	v := &facView{T: t, Lang: code, Study: data.Study, Window: data.Window, Version: data.Version,
		Notice: people.Notice(code), Purpose: data.Purpose}
	v.Title = t.Title
	if data.Study != "" {
		v.Title = data.Study + " — " + t.Title
	}
	v.CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + scriptHash + "'"
	if data.Revealed {
		v.Privacy = i18n.T(code, "viz.fac.revealed")
	} else {
		v.Privacy = i18n.T(code, "viz.fac.pseudonymous", data.KeyID)
	}
	tb := data.Tables
	who := func(pseudonym, id, name, position string) personCell {
		return personCell{Pseudonym: pseudonym, Name: name, ID: id, Position: position}
	}
	// a unit's cell: its label, and its id beside a short name (the
	// template writes "DISDIK (1.01.07.0000)", the id free to go to a
	// line of its own in a narrow column)
	unit := NewUnitNames(data.Units).Name
	yesNo := func(b bool) string {
		if b {
			return t.Yes
		}
		return t.No
	}
	// two informal rows next to each other that show the same rounded
	// weight and reach but are not tied (the rows of a tie write one
	// weight, people.TieWeight): ranks 29 and 30 of sekat generate --seed
	// 211 --scale 0.1 both read "52" and "3", 52.2 and 52.04, beside
	// reasons of other rows that said people of the same weight and
	// reach are in no meaningful order (TestFacilitatorsRoundedApartSaid)
	roundedApart := false
	var prev *result.Facilitator
	for i, f := range tb.Facilitators {
		if f.List != people.Formal.String() {
			if prev != nil && prev.Reach == f.Reach && prev.CrossSectorWeight != f.CrossSectorWeight &&
				numCell(prev.CrossSectorWeight, 0, code).Text == numCell(f.CrossSectorWeight, 0, code).Text {
				roundedApart = true
			}
			prev = &tb.Facilitators[i]
		}
		row := facRow{Person: who(f.Pseudonym, f.PersonID, f.Name, f.Position), Sector: f.Sector,
			Rank: intCell(int64(f.Rank), code), Weight: numCell(f.CrossSectorWeight, 0, code), Reach: intCell(int64(f.Reach), code),
			PairsLost: intCell(int64(f.SectorPairsLost), code), Overload: yesNo(f.Overloaded), InSet: yesNo(f.InSet),
			Months: fmt.Sprintf("%d/%d", f.MonthsTop, f.Months), Reason: f.Reason, FormalBy: f.FormalBy}
		switch f.FormalBy { // the code of facilitators.csv, in the reader's words
		case "unit":
			row.FormalBy = t.FormalByUnit
		case "position":
			row.FormalBy = t.FormalByPosition
		}
		row.Unit, row.UnitID = unit(f.Unit)
		if math.IsNaN(f.UnitShare) {
			row.Overload = "—" // a figure of the withheld unit, not shown
		}
		if f.RankLo > 0 {
			row.Interval = fmt.Sprintf("%d–%d", f.RankLo, f.RankHi)
		}
		if f.List == people.Formal.String() {
			v.Formal = append(v.Formal, row)
		} else {
			v.Informal = append(v.Informal, row)
		}
	}
	for _, p := range tb.Set {
		row := setRow{Person: who(p.Pseudonym, p.PersonID, p.Name, p.Position), Sector: p.Sector,
			Order: intCell(int64(p.Order), code), Gain: intCell(int64(p.Gain), code), Covered: intCell(int64(p.Covered), code),
			Redundant: intCell(int64(p.Redundant), code), Rnk: intCell(int64(p.Rank), code)}
		row.Unit, row.UnitID = unit(p.Unit)
		v.Set = append(v.Set, row)
	}
	for _, s := range tb.Spells {
		row := spellRow{Person: who(s.Pseudonym, s.PersonID, "", ""), Sector: s.Sector,
			Spell: intCell(int64(s.Spell), code), Weeks: intCell(int64(s.Weeks), code), Weight: numCell(s.CrossSectorWeight, 0, code)}
		row.Unit, row.UnitID = unit(s.Unit)
		v.Spells = append(v.Spells, row)
	}
	o := r.Options
	coverWord := i18n.T(code, "viz.fac.cover.pairs")
	if o.Cover == people.CoverUnits {
		coverWord = i18n.T(code, "viz.fac.cover.units")
	}
	// the set as chosen, which the cap per OPD can keep below --set-size
	// (the page said "10 orang dipilih" over a set of 8: review r4 of
	// session 15), and the picks that added no coverage said to be so
	v.SetIntro = i18n.Sprintf(t.SetIntro, len(r.Set), coverWord, o.PerOPD, o.Redundancy)
	switch {
	case len(r.Set) < o.SetSize && len(r.Informal) == 0:
		// nobody to choose: the cap per OPD was not the reason (QA of
		// session 30, a study without a cross-sector tie)
		v.SetIntro += " " + i18n.T(code, "viz.fac.setNone", o.SetSize)
	case len(r.Set) < o.SetSize:
		v.SetIntro += " " + i18n.T(code, "viz.fac.setShort", o.SetSize, len(r.Set), o.PerOPD)
	}
	// what "covered" counts out of: without it, 55 covered beside the 66
	// pairs of the matrix read as 11 left uncovered (the pairs only formal
	// coordinators carry cannot be)
	zeroGain := 0
	for _, p := range r.Set {
		if p.Gain == 0 {
			zeroGain++
		}
	}
	switch {
	case len(r.Set) > 0 && r.Coverable == 0:
		// nothing to cover (a window of 17 days in which nobody reached
		// a sector with --reach-weight): "count among the sector pairs
		// the set can reach (0)" and "no candidate left within the cap
		// per OPD reaches sector pairs not yet reached often enough"
		// were true of nothing and named a cap that played no part
		// (TestFacilitatorsSetNothingCoverable)
		v.SetIntro += " " + i18n.T(code, "viz.fac.setNothingCoverable", coverWord, len(r.Set))
	case len(r.Set) > 0:
		v.SetIntro += " " + i18n.T(code, "viz.fac.setCoverable", coverWord, r.Coverable)
		if zeroGain > 0 {
			v.SetIntro += " " + i18n.T(code, "viz.fac.setZeroGain", zeroGain, coverWord)
		}
	}
	var zero, one, more int
	for _, p := range tb.Pairs {
		switch p.Carriers {
		case 0:
			zero++
		case 1:
			one++
		default:
			more++
		}
	}
	f := func(k, val string) { v.Figures = append(v.Figures, [2]string{k, val}) }
	f(i18n.T(code, "viz.fac.fig.informal"), fmtInt(int64(len(r.Informal)), code))
	f(i18n.T(code, "viz.fac.fig.formal"), fmtInt(int64(len(r.Formal)), code))
	f(i18n.T(code, "viz.fac.fig.pairs"), i18n.T(code, "viz.fac.fig.pairsValue", zero, one, more))
	f(i18n.T(code, "viz.fac.fig.time"), i18n.T(code, "viz.fac.fig.timeValue", r.Months, r.Slices))
	var err error
	if v.Matrix, err = inlineSVG(PairMatrixSVG(tb.Pairs, code)); err != nil {
		return err
	}
	if wh := tb.Withheld; wh != nil && (len(wh.Sectors) > 0 || len(wh.Units) > 0 || wh.Rows > 0) {
		// a run that withheld units of shown sectors only has no row
		// and column * in its matrix: the note said "0 sectors" and that
		// "the 0 sector pairs with a hidden sector are in the row and
		// column * of the matrix" (TestFacilitatorsWithheldUnitsOnlyNote)
		switch {
		case tb.AllSectorsHidden():
			// no matrix row * to speak of: every sector is *
			v.Withheld = i18n.T(code, "viz.fac.withheldAll", len(wh.Sectors), len(wh.Units), wh.MinGroup)
		case len(wh.Sectors) == 0 && wh.Rows == 0:
			v.Withheld = i18n.T(code, "viz.fac.withheldUnits", len(wh.Units), wh.MinGroup)
		case len(wh.Units) == 0:
			v.Withheld = i18n.T(code, "viz.fac.withheldSectors", len(wh.Sectors), wh.Rows, wh.MinGroup)
		default:
			v.Withheld = i18n.T(code, "viz.fac.withheld", len(wh.Sectors), len(wh.Units), wh.Rows, wh.MinGroup)
		}
		// without names the figures take the hidden sectors as one and
		// the hidden units of a sector as one (people.Options.Merged*);
		// with --reveal each counts as itself, only its name hidden: the
		// page said "work between them does not count as cross-sector"
		// above a revealed row whose weight and reach counted it
		merged, mergedUnits := "viz.fac.mergedSectors", "viz.fac.mergedUnits"
		if data.Revealed {
			merged, mergedUnits = "viz.fac.revealSectors", "viz.fac.revealUnits"
		}
		if len(wh.Sectors) > 0 && !tb.AllSectorsHidden() {
			v.Withheld += " " + i18n.T(code, merged)
		}
		if len(wh.Units) > 0 {
			v.Withheld += " " + i18n.T(code, mergedUnits)
		}
	}
	if !data.Revealed {
		// without names everyone is reckoned in the unit and sector of
		// their row all window (people.TestFacilitatorsWeightBlindToMoves):
		// "each event is credited to the person's unit at its time" told
		// of a credit by spell that such a run does not give
		v.T.InformalIntro = i18n.T(code, "viz.fac.informalIntroBlind")
		for k := range v.T.Definitions {
			switch v.T.Definitions[k][0] {
			case i18n.T(code, "viz.fac.col.weight"):
				v.T.Definitions[k][1] = i18n.T(code, "viz.fac.def.weightBlind")
			case i18n.T(code, "viz.fac.def.spells.term"):
				// "a person who moved is credited to both units" stood
				// beside the weight's "in the sectors of their rows for
				// the whole window", of spells the page does not show
				v.T.Definitions[k][1] = i18n.T(code, "viz.fac.def.spellsBlind")
			}
		}
	}
	if roundedApart {
		v.T.InformalIntro += " " + i18n.T(code, "viz.fac.roundedApart")
	}
	if wh := tb.Withheld; wh != nil && !data.Revealed {
		// why a Kepala Bagian may be among the informal people
		v.T.FormalIntro += " " + i18n.T(code, "viz.fac.formalFew", wh.MinGroup)
		if len(wh.Units) > 0 || len(wh.Sectors) > 0 {
			v.T.FormalIntro += " " + i18n.T(code, "viz.fac.formalHiddenUnit", wh.MinGroup)
		}
	}
	v.Notes = append(v.Notes, data.Notes...)
	if wh := tb.Withheld; wh != nil && wh.PeopleLeftOut > 0 {
		v.Notes = append(v.Notes, i18n.FacilitatorsLeftOut(code, wh.PeopleLeftOut, wh.MinGroup))
	}
	if wh := tb.Withheld; wh != nil && wh.HiddenBesideExternal > 0 {
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.besideExternal", wh.HiddenBesideExternal, wh.MinGroup))
	}
	if wh := tb.Withheld; wh != nil && wh.SpellsWithheld {
		// whether or not anyone listed moved: a count, or the note only
		// when someone did, told beside a shorter list who moved
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.spellsWithheld"))
	}
	if tb.OneSector() {
		// one sector: "Tidak ada." under every list, and no word why
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.noPairs"))
	}
	if tb.AllSectorsHidden() {
		// every sector *: "Tidak ada." under every list, and no word why
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.allSectorsHidden"))
	}
	if r.FewSlices {
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.noInterval", r.Slices, people.MinIntervalSlices))
	}
	// the filters of the run: an empty list under "53 informal
	// candidates" did not say that --position kept no one
	filters := facFilters(code, o.Filters)
	if filters != "" {
		v.Notes = append(v.Notes, i18n.T(code, "viz.fac.filtered", filters))
	}
	p := func(k, val string) { v.Params = append(v.Params, [2]string{k, val}) }
	p(t.WindowLabel, data.Window)
	// as the reasons give it: "5,00" here beside "sekurang-kurangnya 5"
	// in every reason (TestFacilitatorsReachWeightReadsAlike)
	p(i18n.T(code, "viz.fac.param.reach"), i18n.Given(code, o.ReachWeight))
	p(i18n.T(code, "viz.fac.param.top"), percent(o.TopShare, 0, code)+"%")
	p(i18n.T(code, "viz.fac.param.bootstrap"), fmtInt(int64(o.Bootstrap), code))
	p(i18n.T(code, "viz.fac.param.shuffles"), fmtInt(int64(o.Permutations), code))
	p(i18n.T(code, "viz.fac.param.set"), v.SetIntro)
	p(i18n.T(code, "viz.fac.param.overload"), i18n.T(code, overValue, percent(o.OverloadTop, 0, code), percent(o.OverloadShare, 0, code)))
	if filters != "" {
		p(i18n.T(code, "viz.fac.param.filters"), filters)
	}
	if tb.Withheld != nil {
		p(i18n.T(code, "viz.fac.param.minGroup"), strconv.Itoa(tb.Withheld.MinGroup))
	}
	if data.Revealed {
		p(i18n.T(code, "viz.fac.param.formalWords"), strings.Join(o.FormalPositions, "; "))
	}
	if b := r.Betweenness; b != nil {
		if b.Exact {
			p(texts(code).ColBetweenness, texts(code).BetweennessExact)
		} else {
			p(texts(code).ColBetweenness, i18n.Sprintf(texts(code).BetweennessSampled, b.Samples, fmtFloat(b.Epsilon, 3, code), fmtFloat(b.Delta, 3, code)))
		}
	}
	p(texts(code).SeedLabel, strconv.FormatUint(o.Seed, 10))
	if data.Version != "" {
		p(texts(code).VersionLabel, data.Version)
	}
	var buf bytes.Buffer
	if err := facTmpl.Execute(&buf, v); err != nil {
		return fmt.Errorf("viz: facilitators: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// UnitNames names units as facilitators.html and the warnings of sekat
// facilitators do: by the label the report and the maps give a unit's
// node, its short name (units.short_name) or else its id, with the id
// beside a short name, since the CSV files and a crosswalk know the unit
// by its id. It maps each unit's id to its label.
type UnitNames map[string]string

// NewUnitNames returns the names of units (the study's units,
// graph.Directory.Units). With no units every unit is named by its id.
func NewUnitNames(units []graph.Node) UnitNames { return UnitNames(unitGroupLabels(units)) }

// Name returns the label of unit id and the id to write beside it: the
// short name and id when they differ, else id and "" (a unit without a
// short name, or an id that is no unit's, such as a withheld group's *).
func (n UnitNames) Name(id string) (label, beside string) {
	if l := n[id]; l != "" && l != id {
		return l, id
	}
	return id, ""
}

// Text returns unit id named in one string, the id beside a short name
// between open and close: "DISPUSIP [1.01.09.0000]" with " [" and "]",
// the id alone when Name gives none beside it.
func (n UnitNames) Text(id, open, close string) string {
	label, beside := n.Name(id)
	if beside == "" {
		return label
	}
	return label + open + beside + close
}

// Colours of the sector-pair matrix: no carrier, one, two or more.
const (
	colPairNone = "#c0392b"
	colPairOne  = "#e39b1b"
	colPairMore = "#3a8d5c"
)

// PairMatrixSVG draws the sector pairs as a symmetric matrix: a cell per
// pair, red when nobody carries its ties, amber when one person does (one
// departure cuts the two sectors apart), green for two or more, with the
// number of carriers in the cell and the tie weight in its <title>.
// Sector names are XML-escaped and clipped to 28 characters. The
// withheld sectors are a row and column people.Hidden, last, as the rows
// give them (people.Result.Tables); a row of Hidden with itself, the
// work between withheld sectors each counted as itself (--reveal), is
// drawn on the diagonal, which is otherwise empty.
func PairMatrixSVG(rows []result.PairBridge, lang string) []byte {
	secSet := map[string]bool{}
	for _, p := range rows {
		secSet[p.SectorA], secSet[p.SectorB] = true, true
	}
	var secs []string
	for s := range secSet {
		secs = append(secs, s)
	}
	// the withheld sectors' row and column (people.Hidden) last: they
	// are the rest, whatever their names
	sort.Slice(secs, func(a, b int) bool {
		if (secs[a] == people.Hidden) != (secs[b] == people.Hidden) {
			return secs[b] == people.Hidden
		}
		return secs[a] < secs[b]
	})
	idx := map[string]int{}
	for i, s := range secs {
		idx[s] = i
	}
	k := len(secs)
	cellOf := make(map[[2]int]result.PairBridge, len(rows))
	for _, p := range rows {
		a, b := idx[p.SectorA], idx[p.SectorB]
		cellOf[[2]int{a, b}], cellOf[[2]int{b, a}] = p, p
	}
	const cell, font = 34, 11
	// As wide as its widest text, as the mixing matrix (heatmap.go): row
	// labels left of the grid, column labels at 45° above it and past its
	// right edge, the bold title, the note wrapped to the width.
	longest := estWidth("s1", font)
	for _, s := range secs {
		longest = max(longest, estWidth(clip(s, 28), font))
	}
	title := i18n.T(lang, "viz.fac.matrixTitle")
	note := i18n.T(lang, "viz.fac.matrixNote")
	left := 16 + int(math.Ceil(longest))
	top := 40 + int(math.Ceil(longest*math.Sqrt2/2))
	width := max(left+k*cell+20, 360)
	width = max(width, left+k*cell-cell/2+int(math.Ceil(longest*math.Sqrt2/2))+8)
	width = max(width, 16+int(math.Ceil(1.1*estWidth(title, 14))))
	lines := wrapWidth(note, float64(width-16), 10)
	// the hint to point at a cell is for the screen (class screen-only,
	// hidden in print by the page's style)
	hover := wrapWidth(i18n.T(lang, "viz.fac.matrixHover"), float64(width-16), 10)
	height := top + k*cell + 30 + 13*(len(lines)+len(hover))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica,Arial,sans-serif" font-size="%d" role="img">`+"\n",
		width, height, width, height, font)
	fmt.Fprintf(&b, "<title>%s</title>\n", esc(title))
	fmt.Fprintf(&b, `<text x="8" y="18" font-size="14" font-weight="bold">%s</text>`+"\n", esc(title))
	for i, s := range secs {
		label := clip(s, 28)
		y := top + i*cell + cell/2 + 4
		fmt.Fprintf(&b, `<text class="row" x="%d" y="%d" text-anchor="end"><title>%s</title>%s</text>`+"\n", left-6, y, esc(s), esc(label))
		x := left + i*cell + cell/2
		fmt.Fprintf(&b, `<text class="col" x="%d" y="%d" transform="rotate(-45 %d %d)"><title>%s</title>%s</text>`+"\n", x, top-4, x, top-4, esc(s), esc(label))
	}
	for a := 0; a < k; a++ {
		for c := 0; c < k; c++ {
			x, y := left+c*cell, top+a*cell
			// the diagonal is empty but for * — * (with --reveal: the
			// work between two withheld sectors)
			p, ok := cellOf[[2]int{a, c}]
			if !ok {
				fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="#eeeeee" stroke="#ffffff"/>`+"\n", x, y, cell, cell)
				continue
			}
			fill := colPairMore
			switch p.Carriers {
			case 0:
				fill = colPairNone
			case 1:
				fill = colPairOne
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#ffffff"><title>%s</title></rect>`+"\n",
				x, y, cell, cell, fill, esc(i18n.T(lang, "viz.fac.matrixCell", secs[a], secs[c], p.Carriers, fmtFloat(p.CrossSectorWeight, 1, lang))))
			fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" fill="#ffffff" pointer-events="none">%d</text>`+"\n", x+cell/2, y+cell/2+4, p.Carriers)
		}
	}
	for i, line := range lines {
		fmt.Fprintf(&b, `<text x="8" y="%d" fill="#505050" font-size="10">%s</text>`+"\n", top+k*cell+20+i*13, esc(line))
	}
	for i, line := range hover {
		fmt.Fprintf(&b, `<text class="screen-only" x="8" y="%d" fill="#505050" font-size="10">%s</text>`+"\n", top+k*cell+20+(len(lines)+i)*13, esc(line))
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// facFilters says in lang which filters (--position, --min-tenure) the
// run applied to the lists and the set, "" when none.
func facFilters(code string, f people.Filters) string {
	var parts []string
	if len(f.PositionWords) > 0 {
		q := make([]string, len(f.PositionWords))
		for i, w := range f.PositionWords {
			q[i] = "“" + w + "”"
		}
		parts = append(parts, i18n.T(code, "viz.fac.filter.position", strings.Join(q, ", ")))
	}
	if f.MinTenureMonths > 0 {
		parts = append(parts, i18n.T(code, "viz.fac.filter.tenure", f.MinTenureMonths))
	}
	return strings.Join(parts, "; ")
}
