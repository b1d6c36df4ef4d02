package i18n

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/recommend"
)

// TestBriefHeadline: the sentence states the counts it is made from, in
// each language's number style, with the right grammatical number.
func TestBriefHeadline(t *testing.T) {
	gs := sectors(10, 2)
	gs[2].Verdict, gs[2].Homophily, gs[2].PAdjusted = silo.Watch, 0.2, 0.01
	r := &metrics.Result{Groups: gs, Silos: []int{0, 1, 2}, SectorsUsable: true,
		Friction: []metrics.Friction{{Provider: "0", Consumer: "1", Requests: 11259, Denied: 4729}, {Provider: "1", Consumer: "1", Requests: 50, Denied: 50}}}
	forums := []coord.Forum{{Verdict: coord.Ceremonial}, {Verdict: coord.Active}, {Verdict: coord.NotJudged}}
	for _, c := range []struct{ lang, want string }{
		{"id", "Dari 10 sektor yang dinilai, 2 bekerja sebagai silo (0, 1) dan 1 masuk daftar pantau; 4.729 dari 11.259 permintaan data antarsektor (42%) ditolak; 1 dari 2 forum koordinasi yang dinilai bersifat seremonial."},
		{"en", "Of 10 sectors judged, 2 work as silos (0, 1) and 1 is on the watch list; 4,729 of 11,259 cross-sector data requests (42%) were refused; 1 of 2 judged coordination forums is ceremonial."},
	} {
		if got := BriefHeadline(c.lang, r, forums); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.lang, got, c.want)
		}
	}
	one := &metrics.Result{Groups: sectors(4, 1), Silos: []int{0}, SectorsUsable: true}
	if got, want := BriefHeadline("en", one, nil), "Of 4 sectors judged, 1 works as a silo (0)."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := BriefHeadline("id", &metrics.Result{}, nil), T("id", "brief.headline.unknown")+"."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// No silo found by a test too short to reach alpha (10 tests, 100
	// permutations: 10/101 > 0.05): the briefing said "none works as a
	// silo" under a Summary that said it cannot be told (review of
	// session 23, analyze --permutations 20).
	for perms, want := range map[int]string{
		100: "Of 10 sectors tested, none could be shown to work as a silo: the test ran too few permutations to tell.",
		199: "Of 10 sectors judged, none works as a silo.",
	} {
		r := &metrics.Result{Groups: sectors(10, 0), SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupSector: perms}}
		if got := BriefHeadline("en", r, nil); got != want {
			t.Errorf("%d permutations: got %q, want %q", perms, got, want)
		}
	}
}

// TestDatasetLine: the refusal sentence blames one unit only when it
// refused every request; otherwise it says how many units refused and
// names every unit that refused the most, with their count.
func TestDatasetLine(t *testing.T) {
	name := func(u int32) string { return []string{"DISKOPUKM", "DINKES", "BAPPEDA"}[u] }
	cases := []struct {
		name, lang string
		d          coord.DatasetFriction
		want       string
	}{
		{"one refuser", "id", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 5, Refuser: 0, RefuserDenied: 5, Refusers: 1, TopRefusers: []int32{0}},
			"Data UMKM: 5 dari 12 permintaan dari sektor ekonomi ditolak, seluruhnya oleh DISKOPUKM"},
		{"tied", "id", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 10, Refuser: 0, RefuserDenied: 3, Refusers: 4, TopRefusers: []int32{0, 1, 2}},
			"Data UMKM: 10 dari 12 permintaan dari sektor ekonomi ditolak oleh 4 unit; terbanyak oleh DISKOPUKM, DINKES serta BAPPEDA (masing-masing 3)"},
		{"all tied", "id", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 9, Refuser: 0, RefuserDenied: 3, Refusers: 3, TopRefusers: []int32{0, 1, 2}},
			"Data UMKM: 9 dari 12 permintaan dari sektor ekonomi ditolak oleh 3 unit, masing-masing menolak 3: DISKOPUKM, DINKES serta BAPPEDA"},
		{"one most", "id", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 8, Refuser: 1, RefuserDenied: 6, Refusers: 2, TopRefusers: []int32{1}},
			"Data UMKM: 8 dari 12 permintaan dari sektor ekonomi ditolak oleh 2 unit; terbanyak oleh DINKES (6)"},
		{"tied en", "en", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 7, Refuser: 0, RefuserDenied: 3, Refusers: 3, TopRefusers: []int32{0, 1}},
			"Data UMKM: 7 of 12 requests from sector ekonomi refused by 3 units; the most by DISKOPUKM and DINKES (3 each)"},
		// g2's "refused by 12 units; the most by [all 12] (1 each)"
		{"all tied en, one each", "en", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 3, Refuser: 0, RefuserDenied: 1, Refusers: 3, TopRefusers: []int32{0, 1, 2}},
			"Data UMKM: 3 of 12 requests from sector ekonomi refused by 3 units, each refusing 1: DISKOPUKM, DINKES and BAPPEDA"},
		// a single refusal is not "all" (1 of 3 requests of a kabupaten at
		// scale 0.03 read "refused, all by BPKAD")
		{"one refusal en", "en", coord.DatasetFriction{Dataset: "Data Pajak Daerah", ConsumerSector: "koordinasi", Requests: 3, Denied: 1, Refuser: 2, RefuserDenied: 1, Refusers: 1, TopRefusers: []int32{2}},
			"Data Pajak Daerah: 1 of 3 requests from sector koordinasi refused by BAPPEDA"},
		{"one refusal id", "id", coord.DatasetFriction{Dataset: "Data Pajak Daerah", ConsumerSector: "koordinasi", Requests: 1, Denied: 1, Refuser: 2, RefuserDenied: 1, Refusers: 1, TopRefusers: []int32{2}},
			"Data Pajak Daerah: 1 dari 1 permintaan dari sektor koordinasi ditolak oleh BAPPEDA"},
		{"briefing.json of an older run", "id", coord.DatasetFriction{Dataset: "Data UMKM", ConsumerSector: "ekonomi", Requests: 12, Denied: 8, Refuser: 1, RefuserDenied: 6},
			"Data UMKM: 8 dari 12 permintaan dari sektor ekonomi ditolak; terbanyak oleh DINKES (6)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := DatasetLine(c.lang, c.d, name); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestRecommendationTiedRefusers: R1 and R6 name every unit tied for the
// most refusals, not only the first.
func TestRecommendationTiedRefusers(t *testing.T) {
	name := func(id string) string {
		return map[string]string{"u1": "Dinas Koperasi", "u2": "Dinas Tenaga Kerja"}[id]
	}
	rec := recommend.Rec{Rule: recommend.DataAgreement, Group: "ekonomi", Partner: "ketertiban", Unit: "u1", Also: []string{"u2"}, Dataset: "Data UMKM", Count: 6, Total: 6}
	got := Recommendation("id", rec, name, "", coord.Options{})
	if want := "terutama Dinas Koperasi serta Dinas Tenaga Kerja)"; !strings.Contains(got, want) {
		t.Errorf("got %q, want it to contain %q", got, want)
	}
}

// TestBriefHeadlineCountsNotGrades: the briefing's first sentence counts
// silos; only the summary's headline (SiloLevel) grades the organisation.
// docs/outputs.md said both grade it: each of its sentences on grading
// that names the briefing must say that it does not.
func TestBriefHeadlineCountsNotGrades(t *testing.T) {
	r := &metrics.Result{Groups: sectors(10, 2), Silos: []int{0, 1}, SectorsUsable: true}
	for _, lang := range []string{"id", "en"} {
		grade := strings.TrimSuffix(SiloLevel(lang, r), ".")
		if strings.Contains(BriefHeadline(lang, r, nil), grade) {
			t.Errorf("%s: the briefing's sentence grades: %q", lang, grade)
		}
	}
	b, err := os.ReadFile(filepath.Join("..", "docs", "outputs.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i := strings.Index(doc, "### The verdict on the whole organisation")
	if i < 0 {
		t.Fatal("docs/outputs.md has no section on the verdict on the whole organisation")
	}
	sec := doc[i:]
	if j := strings.Index(sec[4:], "\n#"); j >= 0 {
		sec = sec[:j+4]
	}
	for _, s := range strings.Split(strings.Join(strings.Fields(sec), " "), ". ") {
		if strings.Contains(s, "grade") && strings.Contains(s, "briefing") && !strings.Contains(s, "does not grade") {
			t.Errorf("docs/outputs.md says the briefing grades the organisation: %q", s)
		}
	}
}

// TestForumVerdictNumbers: a forum's verdict is stated with its numbers:
// how many instances of how many were followed up, and the 95% interval
// the verdict rests on, with its ends kept apart from 0, 100% and the
// threshold (0 of 35 reach 10.003%: "10%" would put an unclear forum's
// end on the ceremonial threshold). Interval ends from
// testdata/reference/clopper_pearson.py (scipy 1.10.1).
func TestForumVerdictNumbers(t *testing.T) {
	for _, c := range []struct {
		x, n           int64
		id, en, verdID string
		verd           coord.Verdict
	}{
		{0, 66, "0 dari 66 (0%); 0–5%", "0 of 66 (0%); 0–5%", "seremonial", coord.Ceremonial},
		{0, 3, "0 dari 3 (0%); 0–71%", "0 of 3 (0%); 0–71%", "belum dapat dipastikan", coord.Unclear},
		{0, 35, "0 dari 35 (0%); 0–10,003%", "0 of 35 (0%); 0–10.003%", "belum dapat dipastikan", coord.Unclear},
		{1, 10, "1 dari 10 (10%); 0,3–44,5%", "1 of 10 (10%); 0.3–44.5%", "belum dapat dipastikan", coord.Unclear},
		{66, 66, "66 dari 66 (100%); 95–100%", "66 of 66 (100%); 95–100%", "aktif", coord.Active},
	} {
		f := coord.Forum{Judged: 3, Pairs: c.n, FollowedUp: c.x}
		coord.Judge(&f, coord.Options{})
		if f.Verdict != c.verd {
			t.Errorf("%d of %d: verdict %q, want %q", c.x, c.n, f.Verdict, c.verd)
		}
		for _, l := range []struct{ lang, want string }{{"id", c.id}, {"en", c.en}} {
			got := ForumFollowUp(l.lang, c.x, c.n, 0.10) + "; " + FollowUpInterval(l.lang, f.Low, f.High, 0.10)
			if got != l.want {
				t.Errorf("%s %d of %d: got %q, want %q", l.lang, c.x, c.n, got, l.want)
			}
		}
		if got := ForumVerdict("id", f.Verdict); got != c.verdID {
			t.Errorf("%d of %d: verdict word %q, want %q", c.x, c.n, got, c.verdID)
		}
	}
	if got, want := ForumVerdict("en", coord.Unclear), "not clear yet"; got != want {
		t.Errorf("unclear in English: got %q, want %q", got, want)
	}
	forums := []coord.Forum{{Verdict: coord.Ceremonial}, {Verdict: coord.Unclear}, {Verdict: coord.Active}, {Verdict: coord.NotJudged}}
	r := &metrics.Result{}
	for _, c := range []struct{ lang, want string }{
		{"id", T("id", "brief.headline.unknown") + "; 1 dari 3 forum koordinasi yang dinilai bersifat seremonial dan 1 belum dapat dipastikan."},
		{"en", T("en", "brief.headline.unknown") + "; 1 of 3 judged coordination forums is ceremonial and 1 is not clear yet."},
	} {
		if got := BriefHeadline(c.lang, r, forums); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.lang, got, c.want)
		}
	}
	rec := recommend.Rec{Rule: recommend.ForumFollowUp, Forum: 0, Count: 0, Total: 66}
	for lang, want := range map[string]string{"id": "(0%; selang 95% 0–5%)", "en": "(0%; 95% interval 0–5%)"} {
		if got := Recommendation(lang, rec, func(id string) string { return id }, "F", coord.Options{}); !strings.Contains(got, want) {
			t.Errorf("%s R5: %q lacks %q", lang, got, want)
		}
	}
}

// TestNoSilosUntold: under a headline that says the test ran too few
// permutations to tell, the briefing's line on silos said "No sector is a
// silo or on the watch list" (analyze --permutations 19 on the generated
// kabupaten, seed 11). It must say that sekat cannot tell, with the
// permutations and the smallest adjusted p they allow; with enough
// permutations "no silo" stands.
func TestNoSilosUntold(t *testing.T) {
	for _, c := range []struct {
		perms    int
		lang     string
		want     string
		untold   bool
		headline string
	}{
		{19, "en", "sekat cannot tell whether any sector is a silo: with 19 permutations the smallest adjusted p-value the test can give is 0.5, above 0.05; run the analysis with more permutations (see the warning).", true,
			"Of 10 sectors tested, none could be shown to work as a silo: the test ran too few permutations to tell."},
		{19, "id", "sekat tidak dapat menilai apakah ada sektor yang menjadi silo: dengan 19 permutasi, nilai p terkoreksi terkecil yang dapat dihasilkan uji ini adalah 0,5, di atas 0,05; jalankan analisis dengan permutasi lebih banyak (lihat peringatan).", true, ""},
		{1999, "en", "No sector is a silo or on the watch list.", false, "Of 10 sectors judged, none works as a silo."},
	} {
		r := &metrics.Result{Groups: sectors(10, 0), SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupSector: c.perms}}
		if got := NoSilos(c.lang, r); got != c.want {
			t.Errorf("%s, %d permutations:\n got %q\nwant %q", c.lang, c.perms, got, c.want)
		}
		if got := SilosUntold(r); got != c.untold {
			t.Errorf("%d permutations: SilosUntold %v, want %v", c.perms, got, c.untold)
		}
		if c.headline != "" {
			if got := BriefHeadline(c.lang, r, nil); got != c.headline {
				t.Errorf("%d permutations: headline %q, want %q", c.perms, got, c.headline)
			}
		}
	}
}

// TestPermutationCountsGrouped: the Summary's sentence and the warning on
// too few permutations wrote the count ungrouped ("dengan 1000 permutasi")
// where every other count of the report is grouped (1.000; 1,000); the
// --permutations value the warning suggests stays as it is typed.
func TestPermutationCountsGrouped(t *testing.T) {
	// 100 sectors with a p-value, 1,000 permutations: floor 100/1001 > 0.05
	r := &metrics.Result{Groups: sectors(100, 0), SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupSector: 1000}}
	for lang, want := range map[string]string{"id": "dengan 1.000 permutasi", "en": "with 1,000 permutations"} {
		if got := GroupSummary(lang, r, metrics.GroupSector); !strings.Contains(got, want) {
			t.Errorf("%s summary: %q lacks %q", lang, got, want)
		}
	}
	for lang, want := range map[string][]string{"id": {"menjalankan 1.000 permutasi", "--permutations 40000 "}, "en": {"ran 1,000 permutations", "--permutations 40000 "}} {
		for _, withheld := range []bool{false, true} {
			got := PermutationsWarning(lang, metrics.GroupSector, 100, 1000, 0.05, withheld)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s warning (withheld %v): %q lacks %q", lang, withheld, got, w)
				}
			}
		}
	}
}

// TestR5PerMeetingPairs: R5 said "only 0 of 66 pairs of attending units
// exchanged a letter or data" of a forum of 4 units, which have 6 pairs:
// the 66 are each pair counted at each of 11 judged meetings. The sentence
// gives the meetings and says how the pairs are counted, so that the
// reader can check 11 × 6 = 66.
func TestR5PerMeetingPairs(t *testing.T) {
	rec := recommend.Rec{Rule: recommend.ForumFollowUp, Forum: 0, Count: 0, Total: 66, Meetings: 11}
	for lang, want := range map[string]string{
		"en": "at the 11 judged meetings, counting each pair of attending units once per meeting, only 0 of 66 pairs (0%; 95% interval 0–5%) exchanged a letter or data within 30 days after their meeting.",
		"id": "pada 11 rapat yang dinilai, dengan setiap pasangan unit peserta dihitung sekali per rapat, hanya 0 dari 66 pasangan (0%; selang 95% 0–5%) saling berkirim surat atau data dalam 30 hari sesudah rapatnya.",
	} {
		if got := Recommendation(lang, rec, func(id string) string { return id }, "F", coord.Options{}); !strings.Contains(got, want) {
			t.Errorf("%s R5:\n got %q\nwant it to contain %q", lang, got, want)
		}
	}
	r := &metrics.Result{SectorsUsable: true}
	recs := recommend.Make(recommend.Input{Result: r, Forums: []coord.Forum{{Organizer: -1, Meetings: 12, Judged: 11, Pairs: 66, Verdict: coord.Ceremonial}}})
	if recs[0].Rule != recommend.ForumFollowUp || recs[0].Meetings != 11 {
		t.Errorf("R5 of a forum of 11 judged meetings: %+v", recs[0])
	}
}

// TestR1StatesWhatTheNumbersShow: R1 asked "Dinas Pemadam Kebakaran dan
// Penyelamatan and Satuan Polisi Pamong Praja, as the data provider, to
// attend and explain its terms of sharing: 2 of 2 requests from sector
// kesehatan were refused" (kabupaten seed 11): two providers in the
// singular, and counts that are the silo's units' together, for that
// dataset, read as the named units' own. The sentence says whose refusals
// the counts are, for which dataset, and how many the named units made;
// and of a single refusal, that it is one, not a pattern: "refused 1 of 1
// request ... explain its terms of sharing" read as the unit's habit.
func TestR1StatesWhatTheNumbersShow(t *testing.T) {
	name := func(id string) string { return id }
	for _, c := range []struct {
		name, lang string
		rec        recommend.Rec
		want       string
	}{
		{"tied", "en", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "ketertiban", Partner: "kesehatan", Unit: "DAMKAR", Also: []string{"SATPOLPP"}, Dataset: "Data Kejadian Kebakaran", Count: 2, Total: 2, UnitCount: 1},
			"Put Data Kejadian Kebakaran on the agenda of F and ask DAMKAR and SATPOLPP, as the data providers that refused it most, to attend and explain their terms of sharing: units of sector ketertiban, a silo, refused 2 of 2 requests for this dataset from sector kesehatan, 1 by each of those units."},
		{"one of several", "en", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "pemerintahan", Partner: "kewilayahan", Unit: "DISKOMINFO", Dataset: "Data SPBE", Count: 3, Total: 4, UnitCount: 2},
			"Put Data SPBE on the agenda of F and ask DISKOMINFO, as the data provider, to attend and explain its terms of sharing: units of sector pemerintahan, a silo, refused 3 of 4 requests for this dataset from sector kewilayahan, 2 of them by that unit."},
		{"one request", "en", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "S", Partner: "O", Unit: "U", Dataset: "D", Count: 1, Total: 1, UnitCount: 1},
			"Put D on the agenda of F and ask U, as the data provider, to attend and explain why it refused. This rests on a single refusal, not yet a pattern: units of sector S, a silo, refused 1 of 1 request for this dataset from sector O, by that unit."},
		// one refusal among more requests (a silo's only refusal in a
		// fortnight of generate --seed 2718 --scale 0.03 was 1 of 1)
		{"one refusal of three", "en", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "S", Partner: "O", Unit: "U", Dataset: "D", Count: 1, Total: 3, UnitCount: 1},
			"Put D on the agenda of F and ask U, as the data provider, to attend and explain why it refused. This rests on a single refusal, not yet a pattern: units of sector S, a silo, refused 1 of 3 requests for this dataset from sector O, by that unit."},
		{"one request id", "id", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "S", Partner: "O", Unit: "U", Dataset: "D", Count: 1, Total: 1, UnitCount: 1},
			"Masukkan D ke agenda F dan minta U, sebagai penyedia data, hadir dan menjelaskan alasan penolakannya. Rekomendasi ini bertumpu pada satu penolakan saja, belum menunjukkan pola: unit-unit sektor S, sebuah silo, menolak 1 dari 1 permintaan atas dataset ini dari sektor O, oleh unit itu."},
		{"tied id", "id", recommend.Rec{Rule: recommend.SiloRefusesData, Group: "ketertiban", Partner: "kesehatan", Unit: "DAMKAR", Also: []string{"SATPOLPP"}, Dataset: "Data Kejadian Kebakaran", Count: 2, Total: 2, UnitCount: 1},
			"Masukkan Data Kejadian Kebakaran ke agenda F dan minta DAMKAR serta SATPOLPP, sebagai penyedia data yang paling banyak menolaknya, hadir dan menjelaskan syarat berbagi pakai masing-masing: unit-unit sektor ketertiban, sebuah silo, menolak 2 dari 2 permintaan atas dataset ini dari sektor kesehatan, masing-masing 1 oleh unit-unit itu."},
	} {
		if got := Recommendation(c.lang, c.rec, name, "F", coord.Options{}); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestR4ShowsWeights: R4 gave only the carrier's share ("holds 90% of the
// tie weight between the two sectors") while the rule now judges only pairs
// of a tie weight of at least 10 (coord.DefaultCarrierMinWeight): the
// reader could not see whether a pair was near that minimum. R4 and the
// briefing's carrier line give the weights behind the share, and R4 the
// minimum.
func TestR4ShowsWeights(t *testing.T) {
	rec := recommend.Rec{Rule: recommend.PairFacilitator, Group: "O", Partner: "S", Unit: "o1", Share: 0.9, Weight: 48, Forum: -1}
	for lang, want := range map[string]string{
		"en": "today o1 alone holds 90% of the tie weight between the two sectors (43.2 of 48.0; a sector pair is judged from a tie weight of 10, about as many letters).",
		"id": "saat ini o1 sendirian memegang 90% bobot ikatan antara kedua sektor itu (43,2 dari 48,0; pasangan sektor dinilai mulai bobot ikatan 10, kira-kira sebanyak itu surat).",
	} {
		if got := Recommendation(lang, rec, func(id string) string { return id }, "", coord.Options{}); !strings.HasSuffix(got, want) {
			t.Errorf("%s R4:\n got %q\nwant it to end %q", lang, got, want)
		}
	}
	for _, c := range []struct {
		share, weight float64
		held, of      string
	}{{0.9, 48, "43,2", "48,0"}, {0.85, 1200, "1.020", "1.200"}, {0.9, 0, "–", "–"}} {
		if held, of := CarrierWeights("id", c.share, c.weight); held != c.held || of != c.of {
			t.Errorf("CarrierWeights(%v, %v) = %q, %q, want %q, %q", c.share, c.weight, held, of, c.held, c.of)
		}
	}
	recs := recommend.Make(recommend.Input{Result: &metrics.Result{}, Carriers: []coord.Carrier{{SectorA: "O", SectorB: "S", Weight: 48, Unit: "o1", Sector: "O", Share: 0.9}}})
	if recs[0].Rule != recommend.PairFacilitator || recs[0].Weight != 48 {
		t.Errorf("R4 of a pair of weight 48: %+v", recs[0])
	}
}

// TestUnitsTooFewToJudge: analyze --level person --min-group 22 on the
// generated kabupaten (seed 11, scale 0.1) withheld 38 of the 39 units for
// privacy; with the one unit left tested and no verdict, the Summary said
// "No unit is a silo: every unit judged keeps at least as much of its tie
// weight outside as random mixing would", a verdict on the units from one.
// With too few groups tested (fewer than 2, or fewer than half of those
// shown) and none with a verdict, it says that too few remain to judge.
func TestUnitsTooFewToJudge(t *testing.T) {
	one := func(name string, size int, typ metrics.GroupType) metrics.Group {
		g := metrics.Group{Type: typ, Name: name, Formal: true, GroupStats: silo.GroupStats{Size: size, Homophily: -0.1, PAdjusted: 1, EIPValue: 0.5}}
		if size < 2 {
			g.Homophily, g.PAdjusted, g.EIPValue = math.NaN(), math.NaN(), math.NaN()
		}
		return g
	}
	groups := []metrics.Group{one("U1", 20, metrics.GroupUnit), one("U2", 1, metrics.GroupUnit), one("U3", 1, metrics.GroupUnit)}
	person := graph.NewNetwork(graph.PersonLevel, []graph.Node{{ID: "p1", Unit: "U1", Sector: "s", Kind: graph.KindPerson}}, nil, nil, graph.Window{}, graph.LayerWeights{})
	hidden := graph.NewNetwork(graph.PersonLevel, []graph.Node{{ID: "p1", Unit: "U1", Sector: "s", Kind: graph.KindPerson},
		{ID: "p2", Unit: "*", Sector: "s", Kind: graph.KindPerson, UnitKind: graph.KindHidden}}, nil, nil, graph.Window{}, graph.LayerWeights{})
	for _, c := range []struct {
		name string
		net  *graph.Network
		lang string
		want string
	}{
		{"en", person, "en", "Too few units remain to judge: only 1 of 3 was tested (the others have one member or no ties, or hold only coordinator and external units), too few to say whether any unit is a silo."},
		{"withheld", hidden, "en", "Too few units remain to judge: only 1 of the 3 shown was tested (the others have one member or no ties, or hold only coordinator and external units), and more are withheld for privacy; too few to say whether any unit is a silo."},
		{"id", person, "id", "Terlalu sedikit unit yang tersisa untuk dinilai: hanya 1 dari 3 yang diuji"},
	} {
		r := &metrics.Result{Net: c.net, Groups: groups, SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupUnit: 9999}}
		if got := GroupSummary(c.lang, r, metrics.GroupUnit); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q...", c.name, got, c.want)
		}
	}
}

// TestForumMeetingsJudged: the forum table's meetings cell. The review of
// the pages (session 26) read a forum of 3 meetings "not judged" beside one
// of 3 meetings "active": the first had a meeting in the window's last
// month, which cannot be judged yet, and the cell did not say so.
func TestForumMeetingsJudged(t *testing.T) {
	for _, c := range []struct {
		lang             string
		meetings, judged int
		want             string
	}{
		{"id", 3, 3, "3"},
		{"id", 3, 2, "3 (2 dinilai)"},
		{"en", 1200, 1100, "1,200 (1,100 judged)"},
		{"id", 1200, 1100, "1.200 (1.100 dinilai)"},
	} {
		if got := ForumMeetings(c.lang, c.meetings, c.judged); got != c.want {
			t.Errorf("ForumMeetings(%s, %d, %d) = %q, want %q", c.lang, c.meetings, c.judged, got, c.want)
		}
	}
}

// TestPermutationsWarningNoExponent: with a strict alpha (0.0001), the
// warning wrote its alpha/10 as "1e-05"; numbers in sentences are written
// out in either language.
func TestPermutationsWarningNoExponent(t *testing.T) {
	for _, c := range []struct {
		lang, want string
	}{{"en", "0.00001"}, {"id", "0,00001"}} {
		got := PermutationsWarning(c.lang, metrics.GroupSector, 10, 1000, 0.0001, false)
		if got == "" || strings.Contains(got, "e-0") || !strings.Contains(got, c.want) {
			t.Errorf("%s: %q, want alpha/10 written %s", c.lang, got, c.want)
		}
	}
	for _, c := range []struct {
		x    float64
		want string
	}{{0.000625, "0.000625"}, {0.0123456, "0.0123"}, {5e-05, "0.00005"}, {1.2345e-06, "0.00000123"}, {0.5, "0.5"}} {
		if got := sig3("en", c.x); got != c.want {
			t.Errorf("sig3(%g) = %q, want %q", c.x, got, c.want)
		}
	}
}

// TestSignificantNoExponent: a map's tooltips wrote their figures with
// strconv's 'g' (4 digits): a betweenness of 0.00001 read "1e-05", a
// strength of 12,345.6 "1.235e+04", and every decimal with a point in
// Indonesian. Significant keeps the digits, written as the report writes
// numbers.
func TestSignificantNoExponent(t *testing.T) {
	for _, c := range []struct {
		lang string
		x    float64
		want string
	}{
		{"id", 0.00001, "0,00001"},
		{"en", 0.00001, "0.00001"},
		{"id", 0.000012346, "0,00001235"},
		{"id", 12345.6, "12.346"},
		{"en", 12345.6, "12,346"},
		{"id", 0.1234567, "0,1235"},
		{"id", 3, "3"},
		{"id", 2.5, "2,5"},
		{"id", -0.5, "-0,5"},
		{"en", 0.099996, "0.1"},
		{"en", 999.96, "1,000"},
		{"id", 0, "0"},
		{"id", math.NaN(), "–"},
	} {
		if got := Significant(c.lang, c.x, 4); got != c.want {
			t.Errorf("Significant(%s, %v, 4) = %q, want %q", c.lang, c.x, got, c.want)
		}
	}
}

// TestBriefHeadlineOfOne: of one forum judged or one cross-sector data
// request, the English verb agrees with the one: the person-level report
// of a quarter (kabupaten, seed 5, scale 0.2) read "0 of 1 judged
// coordination forum are ceremonial". Of more, it agrees with the count.
func TestBriefHeadlineOfOne(t *testing.T) {
	for _, c := range []struct {
		name             string
		requests, denied int64
		forums           []coord.Forum
		want             string
	}{
		{"one forum, not ceremonial", 0, 0, []coord.Forum{{Verdict: coord.Active}}, "; 0 of 1 judged coordination forum is ceremonial."},
		{"one forum, ceremonial", 0, 0, []coord.Forum{{Verdict: coord.Ceremonial}}, "; 1 of 1 judged coordination forum is ceremonial."},
		{"two forums, none ceremonial", 0, 0, []coord.Forum{{Verdict: coord.Active}, {Verdict: coord.Active}}, "; 0 of 2 judged coordination forums are ceremonial."},
		{"one request, granted", 1, 0, nil, "; 0 of 1 cross-sector data request (0%) was refused."},
		{"one request, refused", 1, 1, nil, "; 1 of 1 cross-sector data request (100%) was refused."},
		{"two requests, none refused", 2, 0, nil, "; 0 of 2 cross-sector data requests (0%) were refused."},
	} {
		r := &metrics.Result{Groups: sectors(4, 0), SectorsUsable: true}
		if c.requests > 0 {
			r.Friction = []metrics.Friction{{Provider: "0", Consumer: "1", Requests: c.requests, Denied: c.denied}}
		}
		if got := BriefHeadline("en", r, c.forums); !strings.HasSuffix(got, c.want) {
			t.Errorf("%s: %q, want it to end %q", c.name, got, c.want)
		}
	}
	// withheld sectors: the same, with what is not counted
	r := &metrics.Result{Groups: sectors(4, 0), SectorsUsable: true, Friction: []metrics.Friction{{Provider: "0", Consumer: "1", Requests: 1}},
		Net: &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{{ID: "x", UnitKind: graph.KindHidden, Sector: graph.KindHidden.String()}}}}
	if got, want := BriefHeadline("en", r, nil), "; 0 of 1 cross-sector data request (0%) was refused, not counting those from or to a sector withheld for privacy."; !strings.HasSuffix(got, want) {
		t.Errorf("withheld: %q, want it to end %q", got, want)
	}
}

// TestBriefHeadlineSectorsWithheld: at person level with 9 of 12 sectors
// withheld for privacy (report --level person --min-group 60, kabupaten
// seed 5 at scale 0.2), the briefing opened "Of 3 sectors judged, none
// was shown to work as a silo and 3 are on the watch list", which read as
// every sector, the organisation's two silos being among those withheld.
// It now says that the withheld sectors are not counted.
func TestBriefHeadlineSectorsWithheld(t *testing.T) {
	gs := sectors(3, 0)
	for i := range gs {
		gs[i].Verdict, gs[i].Homophily, gs[i].PAdjusted = silo.Watch, 0.4, 0.002
	}
	r := &metrics.Result{Groups: gs, SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupSector: 4800},
		Net: &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{{ID: "x", UnitKind: graph.KindHidden, Sector: graph.KindHidden.String()}}}}
	for _, c := range []struct{ lang, want string }{
		{"en", "Of 3 sectors judged, none was shown to work as a silo and 3 are on the watch list, not counting the sectors withheld for privacy."},
		{"id", "Dari 3 sektor yang dinilai, tidak ada yang terbukti bekerja sebagai silo dan 3 masuk daftar pantau, tanpa menghitung sektor yang disembunyikan demi privasi."},
	} {
		if got := BriefHeadline(c.lang, r, nil); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.lang, got, c.want)
		}
	}
	r.Net = nil // none withheld: no such clause
	if got, want := BriefHeadline("en", r, nil), "Of 3 sectors judged, none was shown to work as a silo and 3 are on the watch list."; got != want {
		t.Errorf("none withheld:\n got %q\nwant %q", got, want)
	}
}

// TestRecommendationGroupSectorsPlural: a grouped R3 or R2 item says
// "sectors a and b" in English for two sectors or more, "sector c" for
// one; it said "sector ketertiban, kewilayahan and sosial".
func TestRecommendationGroupSectorsPlural(t *testing.T) {
	for _, rule := range []recommend.Rule{recommend.WatchReport, recommend.SiloJointWork} {
		got := RecommendationGroup("en", rule, []RecClause{{Groups: []string{"a", "b"}, Partner: "p", Forum: "F"}, {Groups: []string{"c"}, Partner: "p", Forum: "G"}})
		if !strings.Contains(got, "sectors a and b") || !strings.Contains(got, "sector c") || strings.Contains(got, "sectors c") {
			t.Errorf("%s: %q, want \"sectors a and b\" and \"sector c\"", rule, got)
		}
	}
}
