package viz

import (
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// lang is viz's typed view of the catalogue of package i18n in one
// language: the words of the maps, the heatmap and the report, looked up
// once. The template reads its fields (.T.ReportTitle); the words
// themselves live in i18n.
type lang struct {
	code              string // the catalogue's language, for numbers
	Sector, Community string
	Window            string
	UnitMap           string
	LegendSize        string
	LegendEdges       string
	// LegendShape words each node shape ("" the circle, "square",
	// "diamond", "triangle"); a map's legend names those it draws.
	LegendShape        map[string]string
	LegendBridge       string // the bridges' line, when the map draws one
	LegendArticulation string // added to the shapes' line when the map draws an articulation point
	// LegendDashedCommunity is added to the shapes' line when the map
	// draws a community past the distinctColours (communityMark).
	LegendDashedCommunity string
	DrawnTies, TopK       string
	// TopKFlagged is TopK when silo and watch-list sectors keep their
	// SiloOutsideTies strongest outside ties too
	TopKFlagged string
	HiddenNodes string
	LayerName   [graph.NumLayers]string
	// LayerLegend says what a layer map's ties are (which way an arrow
	// points), LayerLegendNodes what its colours and sizes are: short
	// lines, so that they do not widen a small layer map and shrink it in
	// print (TestLayersOwnOrientation).
	LayerLegend                 [graph.NumLayers]string
	LayerLegendNodes            string
	EgoMap, EgoMapID, EgoLegend string
	EgoHidden                   string
	HeatTitle, HeatRow          string
	HeatCol, HeatNote           string
	MetricNames                 map[string]string
	Thousands                   string
	ReportTitle                 string
	UnitWord                    string // "unit", in the silo list
	WatchTitle                  string
	VerdictNames                map[silo.Verdict]string
	GroupTypeNames              map[metrics.GroupType]string
	SiloRuleLabel               string
	SiloRuleValue               string // a format of alpha and the homophily threshold
	TocHeadline, TocMap         string
	TocHeat, TocBrokers         string
	TocFriction, TocTables      string
	TocMethod                   string
	BrokersIntro                string
	NoBrokers                   string
	FormalBroker                string
	InformalBroker              string
	InSectorBroker              string
	NearChanceBroker            string // below sector-blind mixing within chance
	ChanceCell                  string // "mean ± 2 sd" of the brokers' chance participation
	OneSectorBroker             string // a broker when one sector is shown
	FrictionIntro               string
	FrictionTotal               string
	NoFriction                  string
	MethodIntro                 string
	Definitions                 [][2]string
	ColUnit, ColName            string
	ColSector, ColKind          string
	ColRole, ColStrength        string
	ColBetweenness              string
	ColParticipation            string
	ColChanceParticipation      string // the brokers' participation under random mixing
	ColBrokerage                string
	GFNames                     map[string]string // Gould-Fernandez role key ("gatekeeper") -> its name
	GFCell, GFNote              string
	RoleNames                   map[string]string // Guimerà-Amaral role code ("R2") -> its name
	RolesNote                   string
	ColCommunity                string
	ColEI, ColExpected          string
	ColP, ColPAdj               string
	ColShuffles                 string // the E-I test's shuffles run
	RoughP, StoppedEarly        string // a p from a test stopped early, its shuffles
	RoughAdjP                   string // its adjusted p
	FloorP, FloorAdjP           string // a p at the smallest its shuffles can show, its adjusted p
	GroupsPFloorNote            string // under the groups table: what a p marked ≤ is
	PermutationsCap             string // the method page's shuffles when some stopped early
	GroupsPNote                 string // under the groups table: what p and the shuffles are
	ColHomophily                string
	ColVerdict                  string
	ColSize                     string
	ColProvider, ColConsum      string
	ColRequests, ColDenied      string
	ColRate, ColFile            string
	ColTable, ColRows           string
	ColRejected, ColOutside     string
	ColSHA                      string
	ColGroup                    string
	ColArticulation             string
	Yes, No                     string
	SeedLabel, VersionLabel     string
	WindowLabel, LevelLabel     string
	PermutationsLabel           string
	// BetweennessExact and BetweennessSampled (a format of the samples,
	// ε and δ) say how betweenness was computed.
	BetweennessExact, BetweennessSampled string
	// LeidenIterations labels the iterations the Leiden run took;
	// UntilStable and IterationCap (a format of the cap) qualify it.
	LeidenIterations, UntilStable, IterationCap string
	InputsLabel                                 string
	GeneratedBy                                 string
	SortHint                                    string
	KindNames                                   map[graph.Kind]string
	LayersTitle                                 string
	GroupsTitle                                 string
	UnitsTitle                                  string
	RejectsNote                                 string
	WarningsTitle, WarningsNote                 string
	ParamsLabel                                 string
	// Notes of the summary page on what the network sets aside: circulars
	// (a format of the count and the limit), people without a tie (left
	// out, or kept), and at person level the unit nodes (a format of the
	// count).
	NoteCirculars, NoteMeetingsLarge, NoteInactive, NoteInactiveKept, NoteUnitNodes string
	// Figures of the whole network on the summary page: the labels, and
	// the formats of the inside share and of the communities.
	FigUnits, FigTies, FigInside        string
	FigCommunities, FigCommunitiesValue string
	FigNMI, FigDenied                   string
	// The briefing's headings and the words of its tables, and the
	// method page's headings.
	BriefTitle, BriefSilosTitle, BriefWatchWord    string
	BriefFrictionTitle, BriefNoEvents              string
	BriefCarriersTitle, BriefForumsTitle           string
	BriefMapKey                                    string // the heading of the printed overview's key
	BriefNameKey                                   string // the heading of the key of the units the briefing writes by their label
	BriefRecsTitle, ForumsTableTitle               string
	RecsRestTitle                                  string
	ColForum, ColMeetings, ColUnitsAttending       string
	ColFollowUp, ColForumInterval, ColForumVerdict string
	RulesTitle, MapRulesTitle, DefinitionsTitle    string
	// Words of the maps' size rules and of the sector overview: the
	// legend line on labels, the word for a sector to watch, the share of
	// a sector's outside weight drawn (a format of the share), the
	// overview's title, legend, node size line (a format of the count),
	// weights (a format of inside and outside) and drawn ties (a format
	// of drawn, all, and the share of weight), and the person-level map
	// aggregated into units.
	LegendLabels, WatchWord, OutsideDrawn string
	NoOutside                             string
	// LegendKeyed is LegendLabels on a map whose nodes are numbered
	// (keyLongLabels), KeyItem a line of its key (a format of the
	// number and the name), KeyTitle the heading of the key the report
	// writes under a map (MapOptions.KeyApart).
	LegendKeyed, KeyItem, KeyTitle string
	// KeyAsMap, under a layer map, says its numbers are the unit map's.
	KeyAsMap string
	// TieTip is a tie's tooltip on the unit and layer maps (a format of
	// its two ends and its weight).
	TieTip                                       string
	OverviewTitle, OverviewLegend, OverviewUnits string
	// OverviewLegendKeyed is OverviewLegend for the numbered overview,
	// whose key gives each sector's count.
	OverviewLegendKeyed                 string
	OverviewUnit                        string // OverviewUnits for 1
	OverviewWeights, OverviewDrawn      string
	UnitsOfPeopleMap, UnitsOfPeopleNote string
	UnitsOfPeopleLegend, PeopleCount    string
	UnitsOfPeopleVerdict                map[silo.Verdict]string // the unit outlines of that map
	HiddenUnits, OverviewHidden         string
	OverviewWithheld                    string // the key line of the oval of the sectors withheld for privacy
}

// langs holds the view of each language, made once; personLangs the same
// with the words of the person level.
var (
	langs       = [2]*lang{newLang("id"), newLang("en")}
	personLangs = [2]*lang{newPersonLang("id"), newPersonLang("en")}
)

// texts returns the view of code: English for "en", else Bahasa Indonesia.
func texts(code string) *lang {
	if code == "en" {
		return langs[1]
	}
	return langs[0]
}

// textsAt returns the view of code for a network of level lvl: at person
// level the nodes are people (pegawai), and every word that names nodes
// says so.
func textsAt(code string, lvl graph.Level) *lang {
	if lvl != graph.PersonLevel {
		return texts(code)
	}
	if code == "en" {
		return personLangs[1]
	}
	return personLangs[0]
}

// newPersonLang is newLang with the person level's words for the nodes:
// the map's title, legend and notes, the report's tables, figures and
// definitions.
func newPersonLang(code string) *lang {
	t := func(key string) string { return i18n.T(code, key) }
	l := *newLang(code)
	l.UnitMap = t("viz.person.map")
	l.LegendLabels = t("viz.person.legendLabels")
	l.LegendKeyed = t("viz.person.legendKeyed")
	l.OverviewUnits, l.OverviewUnit = t("viz.person.overviewUnits"), t("viz.person.overviewUnit")
	// the ovals count staff here ("Oval: a sector (with its number of
	// units)" beside "43 people": QA of session 30)
	l.OverviewLegend = t("viz.person.overviewLegend")
	l.OverviewLegendKeyed = t("viz.person.overviewLegendKeyed")
	l.LegendShape = map[string]string{"": t("viz.person.legendShape.circle"), "triangle": t("viz.person.legendShape.triangle")}
	l.TopK = t("viz.person.topK")
	l.TopKFlagged = t("viz.person.topKFlagged")
	l.HiddenNodes = t("viz.person.hiddenNodes")
	l.BrokersIntro = t("viz.person.brokersIntro")
	l.NoBrokers = t("viz.person.noBrokers")
	l.ColUnit = t("viz.person.colPerson")
	l.UnitsTitle = t("viz.person.tableTitle")
	l.FigUnits = t("viz.person.fig")
	l.GroupsTitle = t("viz.person.groupsTitle")
	l.Definitions = append([][2]string(nil), l.Definitions...)
	for i, d := range l.Definitions {
		switch d[0] {
		case t("viz.def.meetings.term"):
			l.Definitions[i][1] = t("viz.person.def.meetings")
		case t("viz.def.betweenness.term"):
			l.Definitions[i][1] = t("viz.person.def.betweenness")
		case t("viz.def.articulation.term"):
			l.Definitions[i][1] = t("viz.person.def.articulation")
		case t("viz.def.roles.term"):
			l.Definitions[i][1] = t("viz.person.def.roles")
		}
	}
	return &l
}

// metricLabel is the reader's name of a metric.
func metricLabel(name, code string) string {
	if s, ok := texts(code).MetricNames[name]; ok {
		return s
	}
	return name
}

// newLang looks every word of viz up in the catalogue of code.
func newLang(code string) *lang {
	t := func(key string) string { return i18n.T(code, key) }
	return &lang{
		code:        code,
		Sector:      t("viz.sector"),
		Community:   t("viz.community"),
		Window:      t("viz.window"),
		UnitMap:     t("viz.unitMap"),
		LegendSize:  t("viz.legendSize"),
		LegendEdges: t("viz.legendEdges"),
		LegendShape: map[string]string{"": t("viz.legendShape.circle"), "square": t("viz.legendShape.square"),
			"diamond": t("viz.legendShape.diamond")},
		LegendBridge:          t("viz.legendBridge"),
		LegendArticulation:    t("viz.legendArticulation"),
		LegendDashedCommunity: t("viz.legendDashedCommunity"),
		DrawnTies:             t("viz.drawnTies"),
		TopK:                  t("viz.topK"),
		TopKFlagged:           t("viz.topKFlagged"),
		HiddenNodes:           t("viz.hiddenNodes"),
		LayerName: [graph.NumLayers]string{t("viz.layer.correspondence"), t("viz.layer.meetings"),
			t("viz.layer.dataSharing"), t("viz.layer.dataDenied")},
		LayerLegend: [graph.NumLayers]string{t("viz.layerLegend.correspondence"), t("viz.layerLegend.meetings"),
			t("viz.layerLegend.dataSharing"), t("viz.layerLegend.dataDenied")},
		LayerLegendNodes: t("viz.layerLegendNodes"),
		EgoMap:           t("viz.egoMap"),
		EgoMapID:         t("viz.egoMapID"),
		EgoLegend:        t("viz.egoLegend"),
		EgoHidden:        t("viz.egoHidden"),
		HeatTitle:        t("viz.heatTitle"),
		HeatRow:          t("viz.heatRow"),
		HeatCol:          t("viz.heatCol"),
		HeatNote:         t("viz.heatNote"),
		MetricNames: map[string]string{"betweenness": t("viz.metric.betweenness"), "strength": t("viz.metric.strength"),
			"degree": t("viz.metric.degree"), "harmonic": t("viz.metric.harmonic"), "pagerank": t("viz.metric.pagerank"),
			"eigenvector": t("viz.metric.eigenvector"), "effective_size": t("viz.metric.effective_size"),
			"participation_sector":  t("viz.metric.participation_sector"),
			"coordinator_brokerage": t("viz.metric.coordinator_brokerage")},
		Thousands:    t("num.thousands"),
		ReportTitle:  t("viz.reportTitle"),
		UnitWord:     t("silo.unit"),
		WatchTitle:   t("viz.watchTitle"),
		VerdictNames: map[silo.Verdict]string{silo.None: "", silo.Silo: t("viz.verdict.silo"), silo.Watch: t("viz.verdict.watch")},
		GroupTypeNames: map[metrics.GroupType]string{metrics.GroupSector: t("silo.sectors"), metrics.GroupUnit: t("silo.units"),
			metrics.GroupCommunity: t("silo.communities")},
		SiloRuleLabel: t("viz.param.siloRule"),
		SiloRuleValue: t("viz.param.siloRuleValue"),
		TocHeadline:   t("viz.tocHeadline"), TocMap: t("viz.tocMap"), TocHeat: t("viz.tocHeat"),
		TocBrokers: t("viz.tocBrokers"), TocFriction: t("viz.tocFriction"), TocTables: t("viz.tocTables"),
		TocMethod:      t("viz.tocMethod"),
		BrokersIntro:   t("viz.brokersIntro"),
		NoBrokers:      t("viz.noBrokers"),
		FormalBroker:   t("viz.formalBroker"),
		InformalBroker: t("viz.informalBroker"),
		InSectorBroker: t("viz.inSectorBroker"), NearChanceBroker: t("viz.nearChanceBroker"), ChanceCell: t("viz.chanceCell"), OneSectorBroker: t("viz.oneSectorBroker"),
		FrictionIntro: t("viz.frictionIntro"),
		FrictionTotal: t("viz.frictionTotal"),
		NoFriction:    t("viz.noFriction"),
		MethodIntro:   t("viz.methodIntro"),
		Definitions: [][2]string{
			{t("viz.def.tie.term"), t("viz.def.tie.text")},
			{t("viz.def.meetings.term"), t("viz.def.meetings.text")},
			{t("viz.def.ei.term"), t("viz.def.ei.text")},
			{t("viz.def.eiExpected.term"), t("viz.def.eiExpected.text")},
			{t("viz.def.silo.term"), t("viz.def.silo.text")},
			{t("viz.def.betweenness.term"), t("viz.def.betweenness.text")},
			{t("viz.def.community.term"), t("viz.def.community.text")},
			{t("viz.def.roles.term"), t("viz.def.roles.text")},
			{t("viz.def.gouldFernandez.term"), t("viz.def.gouldFernandez.text")},
			{t("viz.def.articulation.term"), t("viz.def.articulation.text")},
		},
		ColUnit: t("viz.colUnit"), ColName: t("viz.colName"), ColSector: t("viz.colSector"),
		ColKind: t("viz.colKind"), ColRole: t("viz.colRole"), ColStrength: t("viz.colStrength"),
		ColBetweenness: t("viz.colBetweenness"), ColParticipation: t("viz.colParticipation"),
		ColChanceParticipation: t("viz.colChanceParticipation"),
		ColBrokerage:           t("viz.colBrokerage"), ColCommunity: t("viz.colCommunity"), ColEI: t("viz.colEI"),
		GFNames: map[string]string{"coordinator": t("viz.gf.coordinator"), "itinerant": t("viz.gf.itinerant"),
			"representative": t("viz.gf.representative"), "gatekeeper": t("viz.gf.gatekeeper"), "liaison": t("viz.gf.liaison")},
		GFCell: t("viz.gfCell"), GFNote: t("viz.gfNote"),
		RoleNames: map[string]string{"R1": t("viz.role.R1"), "R2": t("viz.role.R2"), "R3": t("viz.role.R3"),
			"R4": t("viz.role.R4"), "R5": t("viz.role.R5"), "R6": t("viz.role.R6"), "R7": t("viz.role.R7")},
		RolesNote:   t("viz.rolesNote"),
		ColExpected: t("viz.colExpected"), ColP: t("viz.colP"), ColPAdj: t("viz.colPAdj"),
		ColShuffles: t("viz.colShuffles"), RoughP: t("viz.roughP"), StoppedEarly: t("viz.stoppedEarly"),
		RoughAdjP: t("viz.roughAdjP"), PermutationsCap: t("viz.permutationsCap"),
		FloorP: t("viz.floorP"), FloorAdjP: t("viz.floorAdjP"), GroupsPFloorNote: t("viz.groupsPFloorNote"),
		GroupsPNote:  t("viz.groupsPNote"),
		ColHomophily: t("viz.colHomophily"), ColVerdict: t("viz.colVerdict"),
		ColSize: t("viz.colSize"), ColProvider: t("viz.colProvider"), ColConsum: t("viz.colConsum"),
		ColRequests: t("viz.colRequests"), ColDenied: t("viz.colDenied"), ColRate: t("viz.colRate"),
		ColFile: t("viz.colFile"), ColTable: t("viz.colTable"), ColRows: t("viz.colRows"),
		ColRejected: t("viz.colRejected"), ColOutside: t("viz.colOutside"), ColSHA: t("viz.colSHA"),
		ColGroup: t("viz.colGroup"), ColArticulation: t("viz.colArticulation"),
		Yes: t("viz.yes"), No: t("viz.no"),
		SeedLabel: t("viz.seedLabel"), VersionLabel: t("viz.versionLabel"), WindowLabel: t("viz.windowLabel"),
		LevelLabel: t("viz.param.level"), PermutationsLabel: t("viz.param.permutations"),
		BetweennessExact: t("viz.betweennessExact"), BetweennessSampled: t("viz.betweennessSampled"),
		InputsLabel:      t("viz.inputsLabel"),
		LeidenIterations: t("viz.leidenIterations"), UntilStable: t("viz.untilStable"),
		IterationCap: t("viz.iterationCap"),
		GeneratedBy:  t("viz.generatedBy"),
		SortHint:     t("viz.sortHint"),
		KindNames: map[graph.Kind]string{graph.KindInternal: t("viz.kind.internal"),
			graph.KindCoordinator: t("viz.kind.coordinator"), graph.KindExternal: t("viz.kind.external"),
			graph.KindPerson: t("viz.kind.person"), graph.KindUnit: t("viz.kind.unit")},
		LayersTitle:   t("viz.layersTitle"),
		GroupsTitle:   t("viz.groupsTitle"),
		UnitsTitle:    t("viz.unitsTitle"),
		RejectsNote:   t("viz.rejectsNote"),
		WarningsTitle: t("viz.warningsTitle"),
		WarningsNote:  t("viz.warningsNote"),
		ParamsLabel:   t("viz.paramsLabel"),
		NoteCirculars: t("viz.note.circulars"), NoteMeetingsLarge: t("viz.note.meetingsLarge"), NoteInactive: t("viz.note.inactive"),
		NoteInactiveKept: t("viz.note.inactiveKept"), NoteUnitNodes: t("viz.note.unitNodes"),
		FigUnits: t("viz.fig.units"), FigTies: t("viz.fig.ties"), FigInside: t("viz.fig.inside"),
		FigCommunities:      t("viz.fig.communities"),
		FigCommunitiesValue: t("viz.fig.communitiesValue"), FigNMI: t("viz.fig.nmi"), FigDenied: t("viz.fig.denied"),
		BriefTitle: t("brief.title"), BriefSilosTitle: t("brief.silosTitle"),
		BriefWatchWord: t("brief.watchWord"), BriefFrictionTitle: t("brief.frictionTitle"),
		BriefNoEvents: t("brief.noEvents"), BriefCarriersTitle: t("brief.carriersTitle"), BriefForumsTitle: t("brief.forumsTitle"),
		BriefMapKey:    t("brief.mapKey"),
		BriefNameKey:   t("brief.nameKey"),
		BriefRecsTitle: t("brief.recsTitle"), RecsRestTitle: t("viz.recsRestTitle"), ForumsTableTitle: t("viz.forumsTableTitle"),
		ColForum: t("brief.colForum"), ColMeetings: t("brief.colMeetings"), ColUnitsAttending: t("brief.colUnits"),
		ColFollowUp: t("brief.colFollowUp"), ColForumInterval: t("brief.colInterval"), ColForumVerdict: t("brief.colVerdict"),
		RulesTitle: t("viz.rulesTitle"), MapRulesTitle: t("viz.mapRulesTitle"), DefinitionsTitle: t("viz.definitionsTitle"),
		LegendLabels: t("viz.map.legendLabels"), WatchWord: t("viz.map.watchWord"),
		LegendKeyed: t("viz.map.legendKeyed"), KeyItem: t("viz.map.keyItem"), KeyTitle: t("viz.map.keyTitle"), KeyAsMap: t("viz.map.keyAsMap"),
		TieTip:       t("viz.map.tieTip"),
		OutsideDrawn: t("viz.map.outsideDrawn"), NoOutside: t("viz.map.noOutside"), OverviewTitle: t("viz.overview.title"),
		OverviewLegend: t("viz.overview.legend"), OverviewLegendKeyed: t("viz.overview.legendKeyed"), OverviewUnits: t("viz.overview.units"), OverviewUnit: t("viz.overview.unit"),
		OverviewWeights: t("viz.overview.weights"), OverviewDrawn: t("viz.overview.drawn"),
		UnitsOfPeopleMap: t("viz.unitsOfPeople.map"), UnitsOfPeopleNote: t("viz.unitsOfPeople.note"),
		UnitsOfPeopleLegend:  t("viz.unitsOfPeople.legend"),
		UnitsOfPeopleVerdict: map[silo.Verdict]string{silo.Silo: t("viz.unitsOfPeople.unitSilo"), silo.Watch: t("viz.unitsOfPeople.unitWatch")}, PeopleCount: t("viz.unitsOfPeople.people"),
		HiddenUnits: t("viz.unitsOfPeople.hidden"), OverviewHidden: t("viz.overview.hidden"),
		OverviewWithheld: t("viz.overview.withheld"),
	}
}
