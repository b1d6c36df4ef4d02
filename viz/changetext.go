package viz

import "unicode"

// changeLang holds the words of compare.html and trend.html in one
// language. They are kept here rather than in package i18n's catalogue
// because they are the pages' own labels; the sentences (verdicts and
// alarms) come from i18n.
type changeLang struct {
	CompareTitle, TrendTitle              string
	BeforeLabel, AfterLabel               string
	VerdictsTitle, NoVerdicts             string
	GroupsTitle, GroupsIntro              string
	ColType, ColName, ColBefore           string
	ColAfter, ColChange, ColInterval      string
	ColPAdj, ColP, ColVerdict, ColMeasure string
	ColEvent, ColCount                    string
	NetworkTitle, QAPTitle                string
	NetworkIntro                          string
	QAPSentence                           string
	CommunitiesTitle, CommNote            string
	TiesTitle, TiesGained, TiesLost       string
	TiesStronger, TiesWeaker              string
	TiesUntestable                        string
	TiesOfWhich, TiesNote                 string
	TiesNoteUntested                      string
	MapsTitle, MapsIntro                  string
	MapBefore, MapAfter, MapChange        string
	LegendGained, LegendLost              string
	LegendGainedUntested                  string
	LegendLostUntested                    string
	LegendStronger, LegendWeaker          string
	LegendSame                            string
	LegendAbsent                          string
	WarningsTitle                         string
	MethodTitle, CompareMethod            string
	TrendMethod                           string
	// TrendMethodNoBand and ChartsIntroNoBand replace TrendMethod and
	// ChartsIntro when no period has an interval (every period holds fewer
	// than change.MinIntervalBlocks weeks, as with --every week).
	TrendMethodNoBand, ChartsIntroNoBand string
	CommandLabel                         string
	LevelLabel, BlockLabel               string
	ResamplesLabel, PermsLabel           string
	SiloPermsLabel, SiloPermsAuto        string
	SeedLabel, IntervalLabel             string
	IntervalValue                        string
	AdjustLabel, AdjustValue             string
	VersionLabel, EveryLabel             string
	CalibrationLabel                     string
	// CalibrationOf gives the calibration periods the CUSUM used among
	// the first periods the calibration spans, when some are left out.
	CalibrationOf            string
	AlertsTitle, NoAlerts    string
	ChartsTitle, ChartsIntro string
	// NoCharts stands under ChartsTitle when no sector is shown (every
	// one withheld at person level): the legend alone read as if the
	// charts had failed to draw.
	NoCharts                            string
	ChartTitle, ChartAxis               string
	LegendLine, LegendBand              string
	LegendAlarm                         string
	LegendCalibration, CalibrationShort string
	LegendMean, LegendPartial           string
	WindowLabel, GeneratedBy            string
	Types                               map[string]string
	Verdicts                            map[string]string
	Measures                            map[string]string
	Events                              map[string]string
	Alarms                              map[string]string
	Values                              map[string]string // level and period words of the method
	// FloorP is a p that none of its permutations reached, given as the
	// bound they can show, with their number; FloorNote, under the
	// groups table with one, says what ≤ means, Holm's adjustment
	// included; NetworkFloorNote says it under the whole-network table,
	// whose p-values are not adjusted (it said "Holm-adjusted: times the
	// adjustment" there too).
	FloorP, FloorNote, NetworkFloorNote string
}

func (t *changeLang) typeName(s string) string { return lookup(t.Types, s) }
func (t *changeLang) verdict(s string) string  { return lookup(t.Verdicts, s) }
func (t *changeLang) measure(s string) string  { return lookup(t.Measures, s) }
func (t *changeLang) event(s string) string    { return lookup(t.Events, s) }
func (t *changeLang) alarm(s string) string    { return lookup(t.Alarms, s) }
func (t *changeLang) value(s string) string    { return lookup(t.Values, s) }

// MeasureName is the name in lang of a whole-network measure of
// changes_network.csv (density, ei_index, ...), as compare.html writes it;
// an unknown name is returned as it is.
func MeasureName(lang, name string) string { return changeTexts(lang).measure(name) }

// MeasureInSentence is MeasureName as a sentence says it mid-way: in lower
// case ("density", "kepadatan"), but an initialism kept ("E-I index"); a
// note of compare read "For Density (whole network), …".
func MeasureInSentence(lang, name string) string {
	m := MeasureName(lang, name)
	if r := []rune(m); len(r) > 1 && unicode.IsLower(r[1]) {
		return string(unicode.ToLower(r[0])) + string(r[1:])
	}
	return m
}

func lookup(m map[string]string, k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return k
}

func changeTexts(code string) *changeLang {
	if code == "en" {
		return changeEN
	}
	return changeID
}

var changeID = &changeLang{
	CompareTitle:         "Perbandingan sebelum dan sesudah",
	TrendTitle:           "Tren antarperiode",
	BeforeLabel:          "Sebelum",
	AfterLabel:           "Sesudah",
	VerdictsTitle:        "Kesimpulan",
	NoVerdicts:           "Tidak ada sektor yang berubah secara bermakna antara kedua periode.",
	GroupsTitle:          "Perubahan per kelompok",
	GroupsIntro:          "Indeks homofili tiap kelompok pada kedua periode, perubahannya, selang kepercayaan 95% dari bootstrap blok mingguan, dan nilai p terkoreksi Holm.",
	ColType:              "Jenis",
	ColName:              "Kelompok",
	ColBefore:            "Sebelum",
	ColAfter:             "Sesudah",
	ColChange:            "Perubahan",
	ColInterval:          "Selang 95%",
	ColPAdj:              "p (Holm)",
	ColP:                 "p (tanpa koreksi)",
	FloorP:               "≤\u00a0%s (batas dari %s permutasi)",
	FloorNote:            "p bertanda ≤ adalah batas terkecil yang dapat ditunjukkan permutasinya: tidak satu pun permutasi memberi perubahan sebesar yang teramati, sehingga p-nya 1 dibagi banyaknya permutasi ditambah satu (p terkoreksi Holm: dikalikan koreksinya), dibulatkan ke atas; permutasi yang lebih banyak dapat memberi p yang lebih kecil.",
	NetworkFloorNote:     "p bertanda ≤ adalah batas terkecil yang dapat ditunjukkan permutasinya: tidak satu pun permutasi memberi perubahan sebesar yang teramati, sehingga p-nya 1 dibagi banyaknya permutasi ditambah satu, dibulatkan ke atas; permutasi yang lebih banyak dapat memberi p yang lebih kecil.",
	ColVerdict:           "Kesimpulan",
	ColMeasure:           "Ukuran",
	ColEvent:             "Peristiwa",
	ColCount:             "Jumlah",
	NetworkTitle:         "Perubahan jejaring secara keseluruhan",
	NetworkIntro:         "Selang 95% berasal dari pengambilan ulang pekan di dalam setiap periode, sedangkan nilai p dari pertukaran pekan antara kedua periode; keduanya menjawab pertanyaan yang berbeda dan dapat tidak sejalan; bila demikian, catatan di bawah tabel menyebutkan mana yang dipegang. Ukuran ini tidak dikoreksi untuk banyaknya uji.",
	QAPTitle:             "Kemiripan kedua jejaring (QAP)",
	QAPSentence:          "Korelasi QAP antara matriks bobot unit × unit sebelum dan sesudah: r = %s (p permutasi %s, yaitu bagian dari pengacakan label unit salah satu periode yang memberi korelasi sekurang-kurangnya sebesar itu). Nilai p yang kecil berarti susunan ikatan antarunit bertahan dari periode sebelum ke periode sesudah lebih daripada kebetulan; uji ini tidak menilai perubahan.",
	CommunitiesTitle:     "Komunitas yang dipadankan",
	CommNote:             "Komunitas kedua periode dipadankan menurut tumpang tindih Jaccard. NMI = %s, ARI = %s.",
	TiesTitle:            "Ikatan antarunit yang berubah",
	TiesGained:           "ikatan baru",
	TiesLost:             "ikatan hilang",
	TiesStronger:         "makin kuat",
	TiesWeaker:           "makin lemah",
	TiesUntestable:       "tidak dapat diuji (lihat peringatan)",
	TiesOfWhich:          "%s (%s bermakna setelah koreksi Holm)",
	TiesNote:             "Ikatan baru atau hilang hanya berarti ada bobot pada satu periode dan tidak ada pada periode lainnya; ikatan yang lemah muncul dan hilang secara kebetulan. Angka dalam kurung ialah ikatan yang perubahannya bermakna setelah koreksi Holm (uji permutasi pekan); ikatan yang makin kuat atau makin lemah selalu demikian.",
	TiesNoteUntested:     "Ikatan baru atau hilang hanya berarti ada bobot pada satu periode dan tidak ada pada periode lainnya; ikatan yang lemah muncul dan hilang secara kebetulan, dan pada perbandingan ini tidak ada perubahan ikatan yang dapat dinyatakan bermakna (lihat peringatan).",
	MapsTitle:            "Peta unit",
	MapsIntro:            "Setiap unit berada di posisi yang sama pada ketiga peta: unit dikelompokkan per sektor di sekeliling lingkaran, sehingga ikatan antarsektor tampak sebagai garis panjang. Tebal garis menunjukkan bobot ikatan per hari.",
	MapBefore:            "Sebelum",
	MapAfter:             "Sesudah",
	MapChange:            "Perubahan ikatan",
	LegendGained:         "ikatan baru",
	LegendLost:           "ikatan hilang",
	LegendGainedUntested: "ikatan baru, perubahannya tidak bermakna (pucat, putus-putus)",
	LegendLostUntested:   "ikatan hilang, perubahannya tidak bermakna (pucat, putus-putus)",
	LegendStronger:       "makin kuat",
	LegendWeaker:         "makin lemah",
	LegendSame:           "ada pada kedua periode, perubahannya tidak bermakna setelah koreksi Holm (abu-abu muda)",
	LegendAbsent:         "tanda kosong (hanya garis tepi): unit tanpa ikatan pada periode itu; sektor ke-9 dan seterusnya digambar dengan bentuk lain (persegi, belah ketupat, segitiga, segi enam, silang, bintang)",
	WarningsTitle:        "Peringatan",
	MethodTitle:          "Metode",
	CompareMethod:        "Data dipotong menjadi blok mingguan. Selang kepercayaan berasal dari bootstrap blok (seluruh pekan diambil ulang, bukan surat satu per satu), dan nilai p dari permutasi pekan antara kedua periode, sehingga satu pekan yang sibuk tidak dapat memalsukan perubahan. Nilai p dikoreksi dengan metode Holm di antara kelompok sejenis.",
	TrendMethod:          "Setiap periode diukur dengan selang kepercayaan dari bootstrap blok mingguan. Alarm CUSUM dikalibrasi pada periode-periode pertama dan berbunyi bila indeks homofili menyimpang terus-menerus dari rata-rata kalibrasi.",
	TrendMethodNoBand:    "Tidak ada periode yang memiliki selang kepercayaan: setiap periode memuat terlalu sedikit pekan untuk bootstrap blok mingguan (lihat catatan di atas). Alarm CUSUM dikalibrasi pada periode-periode pertama dan berbunyi bila indeks homofili menyimpang terus-menerus dari rata-rata kalibrasi.",
	CommandLabel:         "Perintah",
	LevelLabel:           "Tingkat",
	BlockLabel:           "Blok waktu",
	ResamplesLabel:       "Pengambilan ulang (bootstrap)",
	PermsLabel:           "Permutasi",
	SiloPermsLabel:       "Permutasi uji silo tiap periode",
	SiloPermsAuto:        "dipilih seperti analyze: max(1000, 20 × kelompok / silo_alpha)",
	SeedLabel:            "Benih acak",
	IntervalLabel:        "Selang",
	IntervalValue:        "95%, BCa",
	AdjustLabel:          "Koreksi p",
	AdjustValue:          "Holm",
	VersionLabel:         "Versi sekat",
	EveryLabel:           "Periode",
	CalibrationLabel:     "Periode kalibrasi",
	CalibrationOf:        "%s dari %s periode pertama (CUSUM tidak memakai periode yang terpotong oleh jendela waktu atau yang tidak ditampilkan)",
	AlertsTitle:          "Alarm",
	NoAlerts:             "Tidak ada alarm: tidak ada sektor yang bergeser secara bermakna.",
	ChartsTitle:          "Homofili per sektor",
	NoCharts:             "Tidak ada grafik sektor: tidak satu pun sektor ditampilkan (lihat bagian Alarm di atas).",
	ChartsIntro:          "Garis: indeks homofili per periode; pita: selang kepercayaan 95% (batang tegak bagi periode yang memilikinya di antara dua periode yang tidak); garis dan pita terputus pada periode yang tidak memiliki indeks atau selang; lingkaran merah: periode dengan alarm; bidang abu-abu berlabel “kalibrasi”: periode kalibrasi; garis putus-putus: rata-rata kalibrasi sektor yang dipantau CUSUM; titik kosong: periode yang terpotong oleh jendela waktu (misalnya pekan pertama atau terakhir yang hanya beberapa hari), yang tidak dipakai CUSUM, baik untuk kalibrasi maupun untuk pemantauan, dan nilainya lebih berfluktuasi. Setiap grafik memiliki skalanya sendiri, paling sedikit 0,3 satuan homofili tingginya, sehingga fluktuasi kecil tidak tampak sebesar perubahan sungguhan; bacalah angka pada sumbunya.",
	ChartsIntroNoBand:    "Garis: indeks homofili per periode, terputus pada periode yang tidak memiliki indeks (tanpa pita selang: tidak ada periode yang memilikinya); lingkaran merah: periode dengan alarm; bidang abu-abu berlabel “kalibrasi”: periode kalibrasi; garis putus-putus: rata-rata kalibrasi sektor yang dipantau CUSUM; titik kosong: periode yang terpotong oleh jendela waktu (misalnya pekan pertama atau terakhir yang hanya beberapa hari), yang tidak dipakai CUSUM, baik untuk kalibrasi maupun untuk pemantauan, dan nilainya lebih berfluktuasi. Setiap grafik memiliki skalanya sendiri, paling sedikit 0,3 satuan homofili tingginya, sehingga fluktuasi kecil tidak tampak sebesar perubahan sungguhan; bacalah angka pada sumbunya.",
	ChartTitle:           "Indeks homofili sektor %s per periode",
	ChartAxis:            "awal periode",
	LegendCalibration:    "periode kalibrasi: rata-rata dan simpangan bakunya menjadi acuan CUSUM; perubahan di dalamnya tidak dapat membunyikan alarm",
	CalibrationShort:     "kalibrasi",
	LegendMean:           "rata-rata kalibrasi",
	LegendPartial:        "periode terpotong oleh jendela waktu (tidak dipakai CUSUM untuk kalibrasi maupun pemantauan)",
	WindowLabel:          "Rentang",
	GeneratedBy:          "Dibuat oleh sekat",
	Types:                map[string]string{"sector": "Sektor", "kind": "Jenis unit", "community": "Komunitas", "unit": "Unit"},
	Verdicts: map[string]string{"opened": "membuka diri", "closed": "makin tertutup", "inward": "menjadi lebih tertutup", "formed": "silo baru",
		"dissolved": "silo bubar", "no significant change": "tidak berubah bermakna",
		"significant but small": "berubah bermakna tetapi kecil (di bawah perubahan minimum)", "": "tidak dinilai"},
	Measures: map[string]string{"density": "Kepadatan", "ei_index": "Indeks E-I", "modularity_sector": "Modularitas sektor",
		"assortativity_sector": "Asortativitas sektor"},
	Events: map[string]string{"continued": "berlanjut", "grew": "membesar", "shrank": "mengecil", "split": "terbelah",
		"merged": "bergabung", "born": "lahir", "dissolved": "bubar"},
	Alarms: map[string]string{"closing": "alarm: makin tertutup", "inward": "alarm: menjadi lebih tertutup", "opening": "alarm: makin terbuka"},
	Values: map[string]string{"unit": "unit", "person": "orang", "day": "hari", "week": "pekan", "month": "bulan", "quarter": "kuartal", "year": "tahun"},
}

var changeEN = &changeLang{
	CompareTitle:         "Before and after",
	TrendTitle:           "Trend over periods",
	BeforeLabel:          "Before",
	AfterLabel:           "After",
	VerdictsTitle:        "Verdicts",
	NoVerdicts:           "No sector changed significantly between the two periods.",
	GroupsTitle:          "Changes per group",
	GroupsIntro:          "Each group's homophily index in both periods, its change, the 95% interval from a weekly block bootstrap, and the Holm-adjusted p-value.",
	ColType:              "Type",
	ColName:              "Group",
	ColBefore:            "Before",
	ColAfter:             "After",
	ColChange:            "Change",
	ColInterval:          "95% interval",
	ColPAdj:              "p (Holm)",
	ColP:                 "p (uncorrected)",
	FloorP:               "≤\u00a0%s (floor of %s permutations)",
	FloorNote:            "A p marked ≤ is the smallest its permutations can show: none of them gave a change as large as the observed one, so its p is 1 divided by the permutations plus one (Holm-adjusted: times the adjustment), rounded up; more permutations could give a smaller p.",
	NetworkFloorNote:     "A p marked ≤ is the smallest its permutations can show: none of them gave a change as large as the observed one, so its p is 1 divided by the permutations plus one, rounded up; more permutations could give a smaller p.",
	ColVerdict:           "Verdict",
	ColMeasure:           "Measure",
	ColEvent:             "Event",
	ColCount:             "Count",
	NetworkTitle:         "Whole-network changes",
	NetworkIntro:         "The 95% interval comes from resampling the weeks within each period, the p-value from exchanging weeks between the two periods; they answer different questions and can disagree; where they do, a note under the table says which to rely on. These measures are not corrected for the number of tests.",
	QAPTitle:             "Similarity of the two networks (QAP)",
	QAPSentence:          "QAP correlation of the unit × unit weight matrices before and after: r = %s (permutation p %s, the share of random relabellings of one period's units that correlate at least as strongly). A small p means the pattern of ties between units carried over from before to after more than chance would; it does not test a change.",
	CommunitiesTitle:     "Matched communities",
	CommNote:             "The communities of the two periods are matched by Jaccard overlap. NMI = %s, ARI = %s.",
	TiesTitle:            "Ties between units that changed",
	TiesGained:           "ties gained",
	TiesLost:             "ties lost",
	TiesStronger:         "stronger",
	TiesWeaker:           "weaker",
	TiesUntestable:       "not testable (see the warning)",
	TiesOfWhich:          "%s (%s significant after Holm's correction)",
	TiesNote:             "A tie gained or lost only has weight in one period and none in the other; weak ties come and go by chance. In brackets, the ties whose change is significant after Holm's correction (week permutation test); ties counted stronger or weaker always are.",
	TiesNoteUntested:     "A tie gained or lost only has weight in one period and none in the other; weak ties come and go by chance, and in this comparison no change of a tie can be called significant (see the warning).",
	MapsTitle:            "Unit maps",
	MapsIntro:            "Every unit sits at the same position on all three maps: units are grouped by sector around a circle, so ties across sectors are long chords. Line width is the tie's weight per day.",
	MapBefore:            "Before",
	MapAfter:             "After",
	MapChange:            "Change of ties",
	LegendGained:         "tie gained",
	LegendLost:           "tie lost",
	LegendGainedUntested: "tie gained, change not significant (pale, dashed)",
	LegendLostUntested:   "tie lost, change not significant (pale, dashed)",
	LegendStronger:       "stronger",
	LegendWeaker:         "weaker",
	LegendSame:           "in both periods, change not significant after Holm's correction (light grey)",
	LegendAbsent:         "hollow mark (outline only): a unit without ties in that period; sectors 9 and on are drawn in other shapes (square, diamond, triangle, hexagon, cross, star)",
	WarningsTitle:        "Warnings",
	MethodTitle:          "Method",
	CompareMethod:        "The data are cut into weekly blocks. Intervals come from a block bootstrap (whole weeks are resampled, not single letters) and p-values from permuting weeks between the periods, so that one busy week cannot fake a change. P-values are Holm-adjusted across the groups of a type.",
	TrendMethod:          "Each period is measured with an interval from a weekly block bootstrap. A CUSUM alarm is calibrated on the first periods and raised when the homophily index keeps drifting from the calibration mean.",
	TrendMethodNoBand:    "No period has an interval: each holds too few weeks for a weekly block bootstrap (see the note above). A CUSUM alarm is calibrated on the first periods and raised when the homophily index keeps drifting from the calibration mean.",
	CommandLabel:         "Command",
	LevelLabel:           "Level",
	BlockLabel:           "Time block",
	ResamplesLabel:       "Bootstrap resamples",
	PermsLabel:           "Permutations",
	SiloPermsLabel:       "Permutations of each period's silo test",
	SiloPermsAuto:        "chosen as analyze does: max(1000, 20 × groups / silo_alpha)",
	SeedLabel:            "Seed",
	IntervalLabel:        "Interval",
	IntervalValue:        "95%, BCa",
	AdjustLabel:          "Adjustment",
	AdjustValue:          "Holm",
	VersionLabel:         "sekat version",
	EveryLabel:           "Period",
	CalibrationLabel:     "Calibration periods",
	CalibrationOf:        "%s of the first %s periods (the CUSUM leaves out those cut short by the window or withheld)",
	AlertsTitle:          "Alarms",
	NoAlerts:             "No alarm: no sector drifted significantly.",
	ChartsTitle:          "Homophily per sector",
	NoCharts:             "No sector chart: no sector is shown (see Alarms above).",
	ChartsIntro:          "Line: homophily index per period; band: 95% interval (an upright bar for a period with one between two without); the line and the band are broken at a period without an index or an interval; red ring: a period with an alarm; grey area marked “calibration”: the calibration periods; dashed line: the calibration mean of a sector the CUSUM watches; hollow point: a period cut short by the window (a first or last week of a few days, say), which the CUSUM leaves out (neither calibrated on nor watched) and whose value swings more. Each chart has its own scale, at least 0.3 of homophily high, so that a small wobble does not look as large as a real change; read the numbers on its axis.",
	ChartsIntroNoBand:    "Line: homophily index per period, broken at a period without an index (no interval band: no period has one); red ring: a period with an alarm; grey area marked “calibration”: the calibration periods; dashed line: the calibration mean of a sector the CUSUM watches; hollow point: a period cut short by the window (a first or last week of a few days, say), which the CUSUM leaves out (neither calibrated on nor watched) and whose value swings more. Each chart has its own scale, at least 0.3 of homophily high, so that a small wobble does not look as large as a real change; read the numbers on its axis.",
	ChartTitle:           "Homophily index of sector %s per period",
	ChartAxis:            "period start",
	LegendCalibration:    "calibration periods: their mean and standard deviation are the CUSUM's reference; a change within them cannot raise an alarm",
	CalibrationShort:     "calibration",
	LegendMean:           "calibration mean",
	LegendPartial:        "period cut short by the window (left out by the CUSUM: neither calibrated on nor watched)",
	WindowLabel:          "Window",
	GeneratedBy:          "Made by sekat",
	Types:                map[string]string{"sector": "Sector", "kind": "Unit kind", "community": "Community", "unit": "Unit"},
	Verdicts: map[string]string{"opened": "opened", "closed": "closed", "inward": "became more inward", "formed": "formed",
		"dissolved": "dissolved", "no significant change": "no significant change",
		"significant but small": "significant but small (below the minimum change)", "": "not judged"},
	Measures: map[string]string{"density": "Density", "ei_index": "E-I index", "modularity_sector": "Sector modularity",
		"assortativity_sector": "Sector assortativity"},
	Events: map[string]string{"continued": "continued", "grew": "grew", "shrank": "shrank", "split": "split",
		"merged": "merged", "born": "born", "dissolved": "dissolved"},
	Alarms: map[string]string{"closing": "alarm: closing", "inward": "alarm: more inward", "opening": "alarm: opening"},
	Values: map[string]string{"unit": "unit", "person": "person", "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"},
}
