package viz

import "github.com/sekat-ona/sekat/graph"

// lang holds viz's user-facing sentences in one language.
type lang struct {
	Code                    string
	Sector, Community       string
	Window                  string
	UnitMap                 string
	LegendSize              string
	LegendEdges             string
	LegendShapes            string
	DrawnTies, TopK         string
	HiddenNodes             string
	LayerName               [graph.NumLayers]string
	EgoMap, EgoLegend       string
	EgoHidden               string
	HeatTitle, HeatRow      string
	HeatCol, HeatNote       string
	MetricNames             map[string]string
	DecimalComma            bool
	Thousands               string
	ReportTitle             string
	UnitsWord, TiesWord     string
	NoSilo                  string
	SiloHeadline            string
	SiloLevel               [4]string // none, Low, Moderate, High
	TocHeadline, TocMap     string
	TocHeat, TocBrokers     string
	TocFriction, TocTables  string
	TocMethod               string
	BrokersIntro            string
	FormalBroker            string
	InformalBroker          string
	FrictionIntro           string
	NoFriction              string
	MethodIntro             string
	Definitions             [][2]string
	ColUnit, ColName        string
	ColSector, ColKind      string
	ColRole                 string
	ColBetweenness          string
	ColParticipation        string
	ColBrokerage            string
	ColCommunity            string
	ColEI, ColExpected      string
	ColP, ColScore          string
	ColReason, ColSize      string
	ColProvider, ColConsum  string
	ColRequests, ColDenied  string
	ColRate, ColFile        string
	ColTable, ColRows       string
	ColRejected, ColOutside string
	ColSHA                  string
	ColGroup, ColMembers    string
	ColArticulation         string
	Yes, No                 string
	SeedLabel, VersionLabel string
	WindowLabel             string
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
	ParamsLabel                                 string
	WholeLabel                                  string
	WholeRows                                   [][2]string
}

func texts(code string) *lang {
	if code == "en" {
		return &en
	}
	return &id
}

// metricLabel is the reader's name of a metric.
func metricLabel(name, code string) string {
	if s, ok := texts(code).MetricNames[name]; ok {
		return s
	}
	return name
}

var id = lang{
	Code:         "id",
	Sector:       "sektor",
	Community:    "komunitas",
	Window:       "Jendela waktu",
	UnitMap:      "Peta jejaring unit",
	LegendSize:   "Warna: komunitas terdeteksi · Ukuran: %s · Kotak: sektor (kotak merah tebal = SILO)",
	LegendEdges:  "Garis abu-abu: ikatan dalam sektor · biru: lintas sektor · tebal garis: bobot (skala log)\nMerah tebal: jembatan (tanpanya jejaring terputus)",
	LegendShapes: "Lingkaran: unit · persegi: koordinator formal · belah ketupat: eksternal · garis tepi ganda: titik artikulasi",
	DrawnTies:    "Digambar %d dari %d ikatan",
	TopK:         "\n(%d ikatan terkuat tiap unit dan semua jembatan; ikatan yang lebih lemah tidak digambar)",
	HiddenNodes:  "\n%d unit dengan %s terkecil tidak digambar",
	LayerName: [graph.NumLayers]string{"Lapisan surat-menyurat", "Lapisan rapat bersama",
		"Lapisan berbagi data (dikabulkan)", "Lapisan permintaan data ditolak"},
	EgoMap:       "Jejaring ego %s (%s), unit %s",
	EgoLegend:    "Kotak dan warna: unit · lingkaran ganda: orang yang dipetakan · biru: ikatan lintas unit",
	EgoHidden:    "; %d orang dengan ikatan terlemah tidak digambar",
	HeatTitle:    "Matriks pencampuran sektor",
	HeatRow:      "Dari sektor",
	HeatCol:      "ke sektor",
	HeatNote:     "Angka: persen bobot ikatan sektor baris yang menuju sektor kolom. Diagonal tebal = sektor bekerja sendiri (silo).",
	DecimalComma: true,
	Thousands:    ".",
	MetricNames: map[string]string{"betweenness": "betweenness (perantara jalur)", "strength": "kekuatan ikatan",
		"degree": "jumlah mitra", "harmonic": "kedekatan harmonik", "pagerank": "PageRank", "eigenvector": "eigenvector",
		"effective_size": "ukuran efektif (Burt)", "participation_sector": "partisipasi lintas sektor",
		"coordinator_brokerage": "peran perantara (Gould-Fernandez)"},
	ReportTitle:  "Laporan analisis jejaring organisasi",
	UnitsWord:    "unit",
	TiesWord:     "ikatan",
	NoSilo:       "Tidak ada sektor yang terbukti menjadi silo: setiap sektor menjalin ikatan ke luar setidaknya sebanyak yang diharapkan bila ikatan tidak memandang sektor.",
	SiloHeadline: "%d dari %d sektor adalah silo: ikatannya lebih banyak ke dalam daripada yang diharapkan secara acak, dan selisihnya bermakna secara statistik.",
	SiloLevel: [4]string{"Organisasi ini tidak tersekat menurut sektor.", "Organisasi ini sedikit tersekat menurut sektor.",
		"Organisasi ini cukup tersekat menurut sektor.", "Organisasi ini sangat tersekat menurut sektor."},
	TocHeadline: "Ringkasan", TocMap: "Peta jejaring", TocHeat: "Matriks pencampuran", TocBrokers: "Perantara utama",
	TocFriction: "Hambatan berbagi data", TocTables: "Tabel", TocMethod: "Metode",
	BrokersIntro:   "Unit yang paling sering berada di jalur terpendek antar-unit lain (betweenness). Koordinator formal (mis. Setda, Bappeda) memang bertugas menjembatani; unit biasa yang menjembatani sektor adalah jembatan informal — aset yang rapuh bila bergantung pada segelintir orang.",
	FormalBroker:   "koordinator formal",
	InformalBroker: "jembatan informal",
	FrictionIntro:  "Permintaan data antarsektor yang diputus (dikabulkan atau ditolak), diurutkan menurut jumlah penolakan.",
	NoFriction:     "Tidak ada permintaan data antarsektor dalam jendela ini.",
	MethodIntro:    "Halaman ini memuat semua yang diperlukan untuk mengulang analisis.",
	Definitions: [][2]string{
		{"Ikatan", "bobot(u→v) = a_c·surat(u→v) + a_m·rapat({u,v})/2 + a_d·berbagi_data(u→v); ikatan tak berarah w{u,v} = bobot(u→v) + bobot(v→u). Penolakan data tidak menambah bobot."},
		{"Rapat", "tiap rapat memberi setiap pasangan unit yang hadir 1/(|A|−1) (pembobotan kolaborasi Newman)."},
		{"Indeks E-I", "(E−I)/(E+I): E = bobot ikatan ke luar kelompok, I = di dalam. −1 = sepenuhnya ke dalam, +1 = sepenuhnya ke luar (Krackhardt & Stern)."},
		{"E-I harapan", "((n−n_g)−(n_g−1))/(n−1): E-I bila ikatan tidak memandang kelompok."},
		{"Silo", "kelompok formal dengan E-I < ambang dan p ≤ ambang pada uji permutasi satu sisi (label sektor diacak, ukuran tetap). Skor silo = E-I harapan − E-I."},
		{"Betweenness", "porsi jalur terpendek (jarak = 1/bobot) antar-unit lain yang melewati unit ini, dinormalkan seperti NetworkX."},
		{"Komunitas", "Leiden (modularitas, resolusi γ); diberi nomor dari yang terbesar."},
		{"Peran Gould-Fernandez", "koordinator, itinerant, representative, gatekeeper, liaison: jenis perantaraan menurut sektor pada graf berarah."},
		{"Titik artikulasi / jembatan", "unit / ikatan yang bila dihapus memutus jejaring."},
	},
	ColUnit: "Unit", ColName: "Nama", ColSector: "Sektor", ColKind: "Jenis", ColRole: "Peran",
	ColBetweenness: "Betweenness", ColParticipation: "Partisipasi sektor", ColBrokerage: "Perantaraan G-F",
	ColCommunity: "Komunitas", ColEI: "E-I", ColExpected: "E-I harapan", ColP: "p", ColScore: "Skor silo",
	ColReason: "Alasan", ColSize: "Ukuran", ColProvider: "Sektor pemberi", ColConsum: "Sektor peminta",
	ColRequests: "Permintaan", ColDenied: "Ditolak", ColRate: "Tingkat tolak", ColFile: "Berkas", ColTable: "Tabel",
	ColRows: "Baris dibaca", ColRejected: "Ditolak", ColOutside: "Di luar jendela", ColSHA: "SHA-256",
	ColGroup: "Kelompok", ColMembers: "Anggota", ColArticulation: "Artikulasi",
	Yes: "ya", No: "tidak",
	SeedLabel: "Seed", VersionLabel: "Versi sekat", WindowLabel: "Jendela waktu", InputsLabel: "Masukan",
	LeidenIterations: "Iterasi Leiden", UntilStable: "sampai stabil", IterationCap: "batas %d",
	GeneratedBy: "Dibuat oleh sekat %s.",
	SortHint:    "Klik judul kolom untuk mengurutkan.",
	KindNames: map[graph.Kind]string{graph.KindInternal: "internal", graph.KindCoordinator: "koordinator",
		graph.KindExternal: "eksternal", graph.KindPerson: "orang", graph.KindUnit: "unit"},
	LayersTitle: "Peta per lapisan",
	GroupsTitle: "Kelompok (sektor dan komunitas)",
	UnitsTitle:  "Unit",
	RejectsNote: "Baris yang ditolak tercantum di rejects.csv (berkas, baris, kolom, nilai, alasan).",
	ParamsLabel: "Parameter",
	WholeLabel:  "Jejaring keseluruhan",
}

var en = lang{
	Code:         "en",
	Sector:       "sector",
	Community:    "community",
	Window:       "Window",
	UnitMap:      "Unit network map",
	LegendSize:   "Colour: detected community · Size: %s · Boxes: sectors (thick red box = SILO)",
	LegendEdges:  "Grey: tie inside a sector · blue: across sectors · line width: weight (log scale)\nThick red: bridge (the network splits without it)",
	LegendShapes: "Circle: unit · square: formal coordinator · diamond: external · double outline: articulation point",
	DrawnTies:    "%d of %d ties drawn",
	TopK:         "\n(each unit's %d strongest ties and every bridge; weaker ties are left out)",
	HiddenNodes:  "\n%d units with the smallest %s are left out",
	LayerName: [graph.NumLayers]string{"Correspondence layer", "Meetings layer",
		"Data sharing layer (granted)", "Denied data requests layer"},
	EgoMap:    "Ego network of %s (%s), unit %s",
	EgoLegend: "Boxes and colours: units · double circle: the person mapped · blue: ties across units",
	EgoHidden: "; %d people with the weakest ties are left out",
	HeatTitle: "Sector mixing matrix",
	HeatRow:   "From sector",
	HeatCol:   "to sector",
	HeatNote:  "Cells: percent of the row sector's tie weight that goes to the column sector. A heavy diagonal = sectors that keep to themselves (silos).",
	Thousands: ",",
	MetricNames: map[string]string{"betweenness": "betweenness", "strength": "tie strength", "degree": "number of partners",
		"harmonic": "harmonic closeness", "pagerank": "PageRank", "eigenvector": "eigenvector",
		"effective_size": "effective size (Burt)", "participation_sector": "participation across sectors",
		"coordinator_brokerage": "brokerage (Gould-Fernandez)"},
	ReportTitle:  "Organisational network analysis report",
	UnitsWord:    "units",
	TiesWord:     "ties",
	NoSilo:       "No sector is shown to be a silo: every sector keeps at least as many ties outside as expected if ties ignored sectors.",
	SiloHeadline: "%d of %d sectors are silos: their ties stay inside more than random mixing would give, and the difference is statistically significant.",
	SiloLevel: [4]string{"This organisation is not siloed by sector.", "This organisation is slightly siloed by sector.",
		"This organisation is moderately siloed by sector.", "This organisation is strongly siloed by sector."},
	TocHeadline: "Summary", TocMap: "Network map", TocHeat: "Mixing matrix", TocBrokers: "Top brokers",
	TocFriction: "Data-sharing friction", TocTables: "Tables", TocMethod: "Method",
	BrokersIntro:   "The units most often on the shortest paths between other units (betweenness). Formal coordinators (e.g. Setda, Bappeda) are meant to bridge; an ordinary unit that bridges sectors is an informal bridge — an asset that is fragile when it rests on a few people.",
	FormalBroker:   "formal coordinator",
	InformalBroker: "informal bridge",
	FrictionIntro:  "Decided data requests between sectors (granted or denied), by number of denials.",
	NoFriction:     "No data requests between sectors in this window.",
	MethodIntro:    "This page holds what is needed to reproduce the analysis.",
	Definitions: [][2]string{
		{"Tie", "weight(u→v) = a_c·correspondence(u→v) + a_m·meetings({u,v})/2 + a_d·data_sharing(u→v); undirected w{u,v} = weight(u→v) + weight(v→u). Denied data requests never add weight."},
		{"Meetings", "each meeting gives every pair of attending units 1/(|A|−1) (Newman's collaboration weighting)."},
		{"E-I index", "(E−I)/(E+I): E = tie weight leaving the group, I = inside. −1 = all inside, +1 = all outside (Krackhardt & Stern)."},
		{"Expected E-I", "((n−n_g)−(n_g−1))/(n−1): the E-I if ties ignored groups."},
		{"Silo", "a formal group with E-I below the threshold and p at or below the threshold in a one-sided permutation test (sector labels shuffled, sizes kept). Silo score = expected E-I − E-I."},
		{"Betweenness", "the share of shortest paths (distance = 1/weight) between other units that pass through this unit, normalised as NetworkX does."},
		{"Community", "Leiden (modularity, resolution γ); numbered from the largest."},
		{"Gould-Fernandez roles", "coordinator, itinerant, representative, gatekeeper, liaison: kinds of brokerage by sector on the directed graph."},
		{"Articulation point / bridge", "a unit / tie whose removal splits the network."},
	},
	ColUnit: "Unit", ColName: "Name", ColSector: "Sector", ColKind: "Kind", ColRole: "Role",
	ColBetweenness: "Betweenness", ColParticipation: "Sector participation", ColBrokerage: "G-F brokerage",
	ColCommunity: "Community", ColEI: "E-I", ColExpected: "Expected E-I", ColP: "p", ColScore: "Silo score",
	ColReason: "Reason", ColSize: "Size", ColProvider: "Provider sector", ColConsum: "Consumer sector",
	ColRequests: "Requests", ColDenied: "Denied", ColRate: "Denial rate", ColFile: "File", ColTable: "Table",
	ColRows: "Rows read", ColRejected: "Rejected", ColOutside: "Outside window", ColSHA: "SHA-256",
	ColGroup: "Group", ColMembers: "Members", ColArticulation: "Articulation",
	Yes: "yes", No: "no",
	SeedLabel: "Seed", VersionLabel: "sekat version", WindowLabel: "Window", InputsLabel: "Inputs",
	LeidenIterations: "Leiden iterations", UntilStable: "until stable", IterationCap: "cap %d",
	GeneratedBy: "Made by sekat %s.",
	SortHint:    "Click a column heading to sort.",
	KindNames: map[graph.Kind]string{graph.KindInternal: "internal", graph.KindCoordinator: "coordinator",
		graph.KindExternal: "external", graph.KindPerson: "person", graph.KindUnit: "unit"},
	LayersTitle: "Maps per layer",
	GroupsTitle: "Groups (sectors and communities)",
	UnitsTitle:  "Units",
	RejectsNote: "Rejected rows are listed in rejects.csv (file, line, column, value, reason).",
	ParamsLabel: "Parameters",
	WholeLabel:  "Whole network",
}
