package viz

import (
	"bytes"
	"fmt"
	"github.com/sekat-ona/sekat/metrics"
	"html"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/recommend"
)

// TestBriefing: the report opens with the briefing (before the detail
// summary), whose headline is i18n's sentence; every silo has its
// recommendation, and every rule a recommendation names is stated on the
// method page; a report without events says the forums need the study.
func TestBriefing(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	units := r.Net.Nodes
	forums := []coord.Forum{{Organizer: 8, Title: "Rakor Bulanan", Meetings: 4, Judged: 4, Units: []int32{0, 3, 8}, Pairs: 12, FollowedUp: 0, Verdict: coord.Ceremonial}}
	datasets := []coord.DatasetFriction{{Dataset: "Data penduduk per desa", ProviderSector: "alpha", ConsumerSector: "beta", Requests: 40, Denied: 31, Refuser: 1, RefuserDenied: 31, Refusers: 1, TopRefusers: []int32{1}}}
	carriers := coord.Carriers(r.Net, coord.Options{})
	recs := recommend.Make(recommend.Input{Result: r, Units: units, Forums: forums, Datasets: datasets, Carriers: carriers})
	b := Briefing{HasEvents: true, Units: units, Forums: forums, Datasets: datasets, Carriers: carriers, Recs: recs}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Study: "Uji", Window: "2025", Brief: b,
				CommandLine: "sekat analyze studi --out hasil", Commit: "abc123", TimeZone: "Asia/Jakarta"}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			brief, detail := strings.Index(page, `id="briefing"`), strings.Index(page, `id="ringkasan"`)
			if brief < 0 || detail < brief {
				t.Fatalf("briefing at %d, detail summary at %d: want the briefing first", brief, detail)
			}
			first := page[brief:detail]
			want := []string{i18n.BriefHeadline(lang, r, forums), i18n.DatasetLine(lang, datasets[0], func(int32) string { return "Unit A2" }),
				i18n.SiloExplain(lang, r.Options.Thresholds(), false), i18n.T(lang, "brief.forum.ceremonial")}
			nSilo := 0
			for _, gi := range r.Silos {
				if g := r.Groups[gi]; g.Verdict == silo.Silo {
					nSilo++
					want = append(want, i18n.T(lang, "rec.R2", g.Name, "", "")[:10]) // the rule's opening words
				}
			}
			if nSilo == 0 {
				t.Fatal("the fixture has no silo; the test needs one")
			}
			for _, w := range want {
				if !strings.Contains(first, w) {
					t.Errorf("briefing lacks %q", w)
				}
			}
			method := page[strings.Index(page, `id="metode"`):]
			for _, rec := range recs {
				if !strings.Contains(first, `<span class="rule">`+string(rec.Rule)+`</span>`) {
					t.Errorf("recommendation of rule %s not shown", rec.Rule)
				}
				if !strings.Contains(method, "<dt>"+string(rec.Rule)+"</dt><dd>"+i18n.RuleText(lang, rec.Rule, coord.Options{})) {
					t.Errorf("rule %s not stated on the method page", rec.Rule)
				}
			}
			for _, w := range []string{"sekat analyze studi --out hasil", "abc123", "Asia/Jakarta"} {
				if !strings.Contains(method, w) {
					t.Errorf("method page lacks %q", w)
				}
			}
			if strings.Contains(page, "overflow-wrap") {
				t.Errorf("the report still breaks words (overflow-wrap)")
			}
		})
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, Brief: Briefing{Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.UnescapeString(buf.String()), i18n.T("id", "brief.noEvents")) {
		t.Errorf("a briefing without events does not say the forums need the study")
	}
}

func TestDateRange(t *testing.T) {
	jkt := mustZone(t, "Asia/Jakarta")
	for _, c := range []struct {
		from, to string
		lang     string
		want     string
	}{
		{"2025-07-01T00:00:00", "2026-01-01T00:00:00", "id", "1 Juli – 31 Desember 2025"},
		{"2025-07-01T00:00:00", "2026-01-01T00:00:00", "en", "1 July – 31 December 2025"},
		// a bound during a day carries its time
		{"2024-12-02T00:00:00", "2025-01-01T12:00:00", "id", "2 Desember 2024 – 1 Januari 2025 pukul 12.00"},
		// a window of one day is that day: analyze --from 2025-03-04 --to
		// 2025-03-05 said "4 Maret – 4 Maret 2025"
		{"2025-03-04T00:00:00", "2025-03-05T00:00:00", "id", "4 Maret 2025"},
		// a window of an hour is that hour of that day: "4 March 2025"
		// alone read as the whole day
		{"2025-03-04T09:00:00", "2025-03-04T10:00:00", "en", "4 March 2025, 09:00–10:00"},
		{"2025-03-03T08:00:00", "2025-03-03T08:40:00", "id", "3 Maret 2025, pukul 08.00–08.40"},
		{"2025-03-03T08:00:00", "2025-03-04T00:00:00", "id", "3 Maret 2025, pukul 08.00–24.00"},
		{"2025-03-03T08:30:00", "2025-03-05T00:00:00", "en", "3 March 2025, 08:30 – 4 March 2025"},
		{"2025-03-04T00:00:00", "2025-03-06T00:00:00", "id", "4–5 Maret 2025"},
		{"2025-03-04T00:00:00", "2025-04-06T00:00:00", "en", "4 March – 5 April 2025"},
		{"2025-12-30T00:00:00", "2026-01-02T00:00:00", "id", "30 Desember 2025 – 1 Januari 2026"},
	} {
		f, _ := timeIn(c.from, jkt)
		to, _ := timeIn(c.to, jkt)
		if got := i18n.DateRange(c.lang, f, to); got != c.want {
			t.Errorf("%s..%s (%s): got %q, want %q", c.from, c.to, c.lang, got, c.want)
		}
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skip("no zone data:", err)
	}
	return loc
}

func timeIn(s string, loc *time.Location) (time.Time, error) {
	return time.ParseInLocation("2006-01-02T15:04:05", s, loc)
}

// TestBriefingNoRequests: a study with no decided cross-sector data
// request at all does not read as one where none was refused (the
// command review found "no request was refused" on a study without a
// data_sharing table); one whose requests were all granted does.
func TestBriefingNoRequests(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	granted := []coord.DatasetFriction{{Dataset: "Data X", ProviderSector: "alpha", ConsumerSector: "beta", Requests: 4, Refuser: -1}}
	for _, c := range []struct {
		name     string
		datasets []coord.DatasetFriction
		want     string
	}{{"no requests", nil, "brief.noRequests"}, {"all granted", granted, "brief.noDatasets"}} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes, Datasets: c.datasets}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: "id", Brief: b}); err != nil {
				t.Fatal(err)
			}
			if page := html.UnescapeString(buf.String()); !strings.Contains(page, i18n.T("id", c.want)) {
				t.Errorf("the briefing lacks %q", i18n.T("id", c.want))
			}
		})
	}
}

// TestBriefingCeremonialCap: the briefing writes out R5 for the first
// briefCeremonial ceremonial forums and counts the others in one R5 line,
// before R6 and R7; the forum table under Tables still lists them all. A
// provinsi study (sekat generate --preset provinsi --seed 8402 --scale
// 0.1) has 43 ceremonial forums, and their 43 R5 items ran the two-page
// briefing onto four printed pages.
func TestBriefingCeremonialCap(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	const n = 7
	var forums []coord.Forum
	for i := 0; i < n; i++ {
		forums = append(forums, coord.Forum{Organizer: 8, Title: "Rapat Seremonial " + strconv.Itoa(i+1), Meetings: 4, Judged: 4,
			Units: []int32{0, 3, 8}, Pairs: 12, FollowedUp: 0, Verdict: coord.Ceremonial})
	}
	datasets := []coord.DatasetFriction{{Dataset: "Data penduduk per desa", ProviderSector: "beta", ConsumerSector: "alpha", Requests: 40, Denied: 31, Refuser: 3, RefuserDenied: 31, Refusers: 1, TopRefusers: []int32{3}}}
	recs := recommend.Make(recommend.Input{Result: r, Units: r.Net.Nodes, Forums: forums, Datasets: datasets})
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes, Forums: forums, Datasets: datasets, Recs: recs}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			brief := page[strings.Index(page, `id="briefing"`):strings.Index(page, `id="ringkasan"`)]
			recList := brief[strings.Index(brief, `<ol class="recs">`):]
			items := strings.Split(recList, "<li>")[1:]
			var rules []string
			for _, it := range items {
				rules = append(rules, it[len(`<span class="rule">`):strings.Index(it, "</span>")])
			}
			r5 := strings.Count(strings.Join(rules, " "), "R5")
			if r5 != briefCeremonial+1 {
				t.Errorf("the briefing has %d R5 items (%v), want %d forums and one line for the rest", r5, rules, briefCeremonial)
			}
			more := i18n.T(lang, "brief.ceremonialMore", i18n.Int(lang, n-briefCeremonial), i18n.Int(lang, n))
			if i := strings.Index(recList, more); i < 0 {
				t.Errorf("the briefing lacks %q", more)
			} else if j := strings.Index(recList, `<span class="rule">R6</span>`); j >= 0 && j < i {
				t.Errorf("the count of the other ceremonial forums comes after R6")
			}
			for i := 0; i < n; i++ {
				name := "Rapat Seremonial " + strconv.Itoa(i+1) + "”"
				if got, want := strings.Contains(recList, name), i < briefCeremonial; got != want {
					t.Errorf("%s in the briefing's recommendations: %v, want %v", name, got, want)
				}
				if !strings.Contains(page[strings.Index(page, `id="ringkasan"`):], "Rapat Seremonial "+strconv.Itoa(i+1)) {
					t.Errorf("the forum table under Tables lacks forum %d", i+1)
				}
			}
		})
	}
}

// TestBriefingSiloExplainThresholds: the briefing's plain-words account of
// a silo states the thresholds in force. With study.yaml's thresholds
// {silo_alpha: 0.01, silo_homophily: 0.3} on sekat generate --seed 8401
// --scale 0.2 --pilot, sector pemerintahan is a silo keeping 42% of its tie
// weight inside, while the briefing said a silo's units "deal with each
// other far more than with other sectors" and "below 0.05, chance is an
// unlikely explanation".
func TestBriefingSiloExplainThresholds(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	alpha, h := 0.01, 0.3
	r.Options.SiloAlpha, r.Options.SiloHomophily = &alpha, &h
	for _, c := range []struct {
		lang      string
		want, not []string
	}{
		{"en", []string{"at most 70% of the tie weight random mixing would send", "homophily at least 0.30", "at or below 0.01,"},
			[]string{"than with other sectors", "0.05"}},
		{"id", []string{"paling banyak 70% dari yang akan dikirim", "homofili paling sedikit 0,30", "pada atau di bawah 0,01,"},
			[]string{"daripada dengan sektor lain", "0,05"}},
	} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: c.lang, Brief: Briefing{HasEvents: true, Units: r.Net.Nodes}}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(buf.String())
		i := strings.Index(page, `<p class="explain">`+i18n.SiloExplain(c.lang, r.Options.Thresholds(), false)[:20])
		if i < 0 {
			t.Fatalf("%s: the briefing lacks its account of a silo", c.lang)
		}
		explain := page[i : i+strings.Index(page[i:], "</p>")]
		for _, w := range c.want {
			if !strings.Contains(explain, w) {
				t.Errorf("%s: the account of a silo lacks %q: %s", c.lang, w, explain)
			}
		}
		for _, w := range c.not {
			if strings.Contains(explain, w) {
				t.Errorf("%s: the account of a silo says %q: %s", c.lang, w, explain)
			}
		}
	}
}

// TestBriefingFollowUpBelowThreshold: a forum's follow-up rate under the
// ceremonial threshold never prints as the threshold. The provinsi study
// (sekat generate --preset provinsi --seed 8402 --scale 0.1) had 17 of 177
// pairs (9.6%) printed "10%" beside "ceremonial" and the rule "fewer than
// 10%".
func TestBriefingFollowUpBelowThreshold(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	forums := []coord.Forum{{Organizer: 8, Title: "Rakor Kemiskinan", Meetings: 7, Judged: 7, Units: []int32{0, 3, 8}, Pairs: 177, FollowedUp: 17,
		Rate: 17.0 / 177, Verdict: coord.Ceremonial}}
	recs := recommend.Make(recommend.Input{Result: r, Units: r.Net.Nodes, Forums: forums})
	for _, c := range []struct{ lang, want, not string }{{"en", "9.6%", ">10%<"}, {"id", "9,6%", ">10%<"}} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: c.lang, Brief: Briefing{HasEvents: true, Units: r.Net.Nodes, Forums: forums, Recs: recs}}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(buf.String())
		brief := page[strings.Index(page, `id="briefing"`):strings.Index(page, `id="ringkasan"`)]
		if strings.Contains(brief, c.not) || strings.Count(brief, c.want) < 2 {
			t.Errorf("%s: the briefing's forum table and R5 should give %s, not 10%%", c.lang, c.want)
		}
	}
}

// TestBriefingUnclearForum: a forum whose follow-up interval holds the
// ceremonial threshold (3 meetings of two units, none followed up: 0 of 3,
// 0 to 71%) is shown as not clear yet, with its numbers and interval, in
// both languages, and gets no R5: it was called ceremonial, and R5 told
// the Sekda to merge or stop it on three instances. The planted forum of
// sekat generate --seed 642 --forums (0 of 66, 0 to 5%) keeps its R5.
func TestBriefingUnclearForum(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	forums := []coord.Forum{
		{Organizer: 8, Title: "Rapat Kecil", Meetings: 3, Judged: 3, Units: []int32{0, 3}, Pairs: 3, FollowedUp: 0},
		{Organizer: 3, Title: "Forum Komunikasi Lintas Sektor", Meetings: 12, Judged: 11, Units: []int32{0, 3, 5, 8}, Pairs: 66, FollowedUp: 0},
	}
	for i := range forums {
		coord.Judge(&forums[i], coord.Options{})
	}
	if forums[0].Verdict != coord.Unclear || forums[1].Verdict != coord.Ceremonial {
		t.Fatalf("verdicts %q and %q, want unclear and ceremonial", forums[0].Verdict, forums[1].Verdict)
	}
	recs := recommend.Make(recommend.Input{Result: r, Units: r.Net.Nodes, Forums: forums})
	for _, rec := range recs {
		if rec.Rule == recommend.ForumFollowUp && rec.Forum != 1 {
			t.Errorf("R5 for forum %d (%q), want it for the ceremonial forum 1 only", rec.Forum, forums[rec.Forum].Verdict)
		}
	}
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"<td>belum dapat dipastikan</td>", ">0 dari 3 (0%)<", ">0–71%<", ">0 dari 66 (0%)<", ">0–5%<", "<th class=\"n\">Selang 95%</th>", "(0%; selang 95% 0–5%)"}},
		{"en", []string{"<td>not clear yet</td>", ">0 of 3 (0%)<", ">0–71%<", ">0 of 66 (0%)<", ">0–5%<", "<th class=\"n\">Interval (95%)</th>", "(0%; 95% interval 0–5%)"}},
	} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: c.lang, Brief: Briefing{HasEvents: true, Units: r.Net.Nodes, Forums: forums, Recs: recs}}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(buf.String())
		brief := page[strings.Index(page, `id="briefing"`):strings.Index(page, `id="ringkasan"`)]
		for _, w := range c.want {
			if !strings.Contains(brief, w) {
				t.Errorf("%s: the briefing lacks %q", c.lang, w)
			}
		}
		if n := strings.Count(page, `class="is-unclear"`); n != 2 {
			t.Errorf("%s: %d rows marked unclear, want 2 (the briefing's table and the full one)", c.lang, n)
		}
	}
}

// TestBriefingForumsLeftOut: the briefing's forum table shows six forums
// and said only "Showing 6 of 36 forums", while the headline counted the
// judged forums, ceremonial and not clear yet: a reader could not find
// the forums not clear yet that the headline named. The line under the
// table says, by verdict, which forums it leaves out.
func TestBriefingForumsLeftOut(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	var forums []coord.Forum
	add := func(n int, v coord.Verdict, meetings int) {
		for i := 0; i < n; i++ {
			forums = append(forums, coord.Forum{Organizer: 8, Title: fmt.Sprintf("%s %d", v, len(forums)), Meetings: meetings, Judged: meetings,
				Units: []int32{0, 3, 8}, Pairs: 12, FollowedUp: 6, Verdict: v})
		}
	}
	add(1, coord.Ceremonial, 12)
	add(6, coord.Active, 10)
	add(2, coord.Unclear, 4)
	add(3, coord.NotJudged, 2)
	for lang, want := range map[string]string{
		"en": "Showing 6 of 12 forums; not listed here: 1 active forum, 2 forums whose follow-up is not clear yet and 3 forums not judged (fewer than 3 judged meetings). All are listed under Tables",
		"id": "Ditampilkan 6 dari 12 forum; tidak tercantum di sini: 1 forum aktif, 2 forum yang tindak lanjutnya belum dapat dipastikan serta 3 forum yang belum dinilai (kurang dari 3 rapat yang dinilai). Semuanya tercantum",
	} {
		v := &view{}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Forums: forums}, lang)
		if !strings.HasPrefix(v.Brief.ForumsMore, want) {
			t.Errorf("%s:\n got %q\nwant %q...", lang, v.Brief.ForumsMore, want)
		}
	}
}

// TestBriefingPersonNullModel: at person level the E-I test shuffles the
// sector (and unit) labels over the people, each group keeping its number
// of staff (metrics.Analyze gives silo.GroupsContext the person network),
// but the briefing explained the adjusted p as "if units were mixed across
// sectors at random", a test that was not run. At unit level it still
// says so, which is what ran there.
func TestBriefingPersonNullModel(t *testing.T) {
	for _, c := range []struct {
		level      string
		r          *metrics.Result
		want, lose map[string]string
	}{
		{"person", analyze(t, handPeople()),
			map[string]string{"en": "if staff were assigned to sectors (for a unit: to units) at random, each group keeping its number of staff", "id": "bila pegawai ditempatkan ke sektor (untuk unit: ke unit) secara acak"},
			map[string]string{"en": "if units were mixed across sectors at random", "id": "bila unit dicampur antarsektor secara acak"}},
		{"unit", analyze(t, handUnits(nil, nil)),
			map[string]string{"en": "if units were mixed across sectors at random", "id": "bila unit dicampur antarsektor secara acak"},
			map[string]string{"en": "staff", "id": "pegawai"}},
	} {
		for _, lang := range []string{"en", "id"} {
			v := &view{}
			brief(v, c.r, &Briefing{}, lang)
			if got := v.Brief.ExplainSilo; !strings.Contains(got, c.want[lang]) || strings.Contains(got, c.lose[lang]) {
				t.Errorf("%s level, %s: %q\nwant %q, not %q", c.level, lang, got, c.want[lang], c.lose[lang])
			}
		}
	}
}

// TestBriefingWithheldNotNone: at person level the briefing leaves out the
// refused datasets and forums that name a withheld sector or unit, and
// the report the data-sharing friction of a withheld sector. With all
// withheld (analyze --level person --min-group 200 on the kabupaten
// preset) the page said that no cross-sector request was decided, that
// there was no meeting series and that there were no data requests
// between sectors, where there were hundreds: it now says that none can
// be shown and why.
func TestBriefingWithheldNotNone(t *testing.T) {
	for _, withhold := range []bool{false, true} {
		// requests and meetings there were, inside unit U1 (P1 and P2):
		// withheld, they may hide refusals and forums
		n := handPeople()
		n.Edges[0].Layers[graph.DataDenied] = 1
		n.Edges[0].Layers[graph.Meetings] = 1
		r := analyze(t, n)
		if withhold {
			if _, err := people.Protect(r, 5); err != nil {
				t.Fatal(err)
			}
		}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			keys := []string{"brief.noRequests", "brief.noForums", "viz.noFriction"}
			if withhold {
				keys = []string{"brief.noRequestsWithheld", "brief.noForumsWithheld", "viz.noFrictionWithheld"}
			}
			for _, k := range keys {
				if want := i18n.T(lang, k); !strings.Contains(page, want) {
					t.Errorf("%s, withheld %v: the report lacks %s: %q", lang, withhold, k, want)
				}
			}
		}
	}
}

// TestReportNMIOneSectorShown: with every sector withheld the sectors as
// shown are one, *, and NMI against the communities is 0 by definition;
// the Summary printed "0,00", which reads as sectors and communities
// wholly unrelated. It prints "–" as for a study without sectors.
func TestReportNMIOneSectorShown(t *testing.T) {
	n := handPeople()
	for i := range n.Nodes { // two sectors of units U1, U2 and U3
		n.Nodes[i].Sector = map[string]string{"U1": "sA", "U2": "sA", "U3": "sB"}[n.Nodes[i].Unit]
	}
	r := analyze(t, n)
	if !r.SectorsUsable {
		t.Fatal("sector sA holds two units, but the sectors are not usable")
	}
	if _, err := people.Protect(r, 6); err != nil {
		t.Fatal(err)
	}
	if got := len(r.Sectors); got != 1 {
		t.Fatalf("%d sectors shown, want 1 (*)", got)
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, Lang: "en", NoLayerMaps: true}); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(buf.String())
	want := "<dt>" + i18n.T("en", "viz.fig.nmi") + "</dt><dd>–</dd>"
	if !strings.Contains(page, want) {
		i := strings.Index(page, i18n.T("en", "viz.fig.nmi"))
		t.Errorf("the Summary lacks %q; it has %q", want, page[i:min(len(page), i+80)])
	}
}

// TestBriefingRerunWithoutSilos: R7 said "to see whether the steps above
// opened the silos" on a study with no silo, where it was the only
// recommendation (a study whose sectors each hold one unit). Without a
// silo it asks whether any sector has become more closed.
//
// With one silo (the demo's ekonomi) it read "opened the silos": it now
// says "the silo", and "the silos" of more (TestBriefingRerunWithoutSilos
// holds all three).
func TestBriefingRerunWithoutSilos(t *testing.T) {
	for _, silos := range []int{0, 1, 2} {
		r := analyze(t, handUnits(nil, nil))
		for i := range r.Groups {
			r.Groups[i].Verdict = silo.None
		}
		r.Silos = nil
		for i := range r.Groups {
			if len(r.Silos) < silos && r.Groups[i].Type == metrics.GroupSector {
				r.Groups[i].Verdict = silo.Silo
				r.Silos = append(r.Silos, i)
			}
		}
		if len(r.Silos) != silos {
			t.Fatalf("%d silos made, want %d", len(r.Silos), silos)
		}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes, Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			keys := []string{"rec.R7.noSilos", "rec.R7.oneSilo", "rec.R7"}
			want := i18n.T(lang, keys[silos])
			if !strings.Contains(page, want) {
				t.Errorf("%s, %d silos: R7 should read %q", lang, silos, want)
			}
			for _, k := range keys {
				if not := i18n.T(lang, k); not != want && strings.Contains(page, not) {
					t.Errorf("%s, %d silos: R7 reads %q", lang, silos, not)
				}
			}
		}
	}
}

// TestBriefingWithheldNote: under a list of refused datasets or forums that
// is shown at person level with groups withheld, a line says that those of
// withheld groups are left out. With --min-group 25 on the kabupaten
// preset the briefing listed four refusals of one each under a headline of
// 104 refused requests, and counted 4 forums of 80 ("0 of 4 ... are
// ceremonial"), the ceremonial forum's organiser being withheld.
func TestBriefingWithheldNote(t *testing.T) {
	for _, withhold := range []bool{false, true} {
		r := analyze(t, handPeople())
		if withhold {
			if _, err := people.Protect(r, 5); err != nil {
				t.Fatal(err)
			}
		}
		datasets := []coord.DatasetFriction{{Dataset: "Data X", ProviderSector: "sU1", ConsumerSector: "sU2", Requests: 4, Denied: 2, Refuser: 0, RefuserDenied: 2, Refusers: 1, TopRefusers: []int32{0}}}
		forums := []coord.Forum{{Organizer: 0, Title: "Rapat", Meetings: 4, Judged: 4, Units: []int32{0, 2}, Pairs: 4, FollowedUp: 2, Verdict: coord.Active}}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes, Datasets: datasets, Forums: forums}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			for _, k := range []string{"brief.datasetsWithheld", "brief.forumsWithheld"} {
				if got := strings.Contains(page, i18n.T(lang, k)); got != withhold {
					t.Errorf("%s, withheld %v: the briefing has %s %v", lang, withhold, k, got)
				}
			}
		}
	}
}

// TestReportBrokersOneSectorShown: with every sector withheld (one sector
// * shown), the broker table called every person "broker with ties in
// few sectors" beside a participation of 0,00 and a G-F count of
// coordinators only, all true of the one sector * by definition and of
// no real sector (a QA run of session 31, analyze --level person
// --min-group 200). Participation is "–", the G-F sum names no role, and
// the role says that one sector is shown.
func TestReportBrokersOneSectorShown(t *testing.T) {
	n := handPeople()
	for i := range n.Nodes {
		n.Nodes[i].Sector = map[string]string{"U1": "sA", "U2": "sA", "U3": "sB"}[n.Nodes[i].Unit]
	}
	r := analyze(t, n)
	if _, err := people.Protect(r, 6); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, Lang: "en", NoLayerMaps: true}); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(buf.String())
	if !strings.Contains(page, i18n.T("en", "viz.oneSectorBroker")) {
		t.Error("no broker is said to be one of one sector shown")
	}
	for _, bad := range []string{i18n.T("en", "viz.inSectorBroker"), i18n.T("en", "viz.nearChanceBroker"), i18n.T("en", "viz.informalBroker") + "<", strings.Split(i18n.T("en", "viz.gfCell"), "%s")[1]} {
		if strings.Contains(page, bad) {
			t.Errorf("the page says %q with one sector shown", bad)
		}
	}
}

// TestBriefingHeatmapNoteOnce: when the briefing shows the mixing heatmap
// (no sector holds two units, so there is no sector map), its note is
// printed once. The heatmap carries the note inside its drawing, and the
// briefing printed it a second time as the figure's caption.
func TestBriefingHeatmapNoteOnce(t *testing.T) {
	n := handUnits(nil, nil)
	for i := range n.Nodes {
		n.Nodes[i].Sector = n.Nodes[i].ID // every unit its own sector
	}
	r := analyze(t, n)
	if r.SectorsUsable {
		t.Fatal("sectors usable: the test needs a study without a sector map")
	}
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		briefing := page[strings.Index(page, `<section id="briefing"`):strings.Index(page, `<section id="ringkasan">`)]
		// the note's first words, which the drawing does not wrap apart
		words := strings.Join(strings.Fields(i18n.T(lang, "viz.heatNote"))[:2], " ")
		if got := strings.Count(briefing, html.EscapeString(words)); got != 1 {
			t.Errorf("%s: the briefing prints the heatmap's note %q %d times, want once", lang, words, got)
		}
	}
}

// TestBriefingHeatmapOnlyReadable: without a sector map (no sector holds
// two units) the briefing shows the mixing heatmap only when its cells
// print readably in the briefing's box: the hand fixture's ten units do,
// a study of 40 units, each its own sector, does not (its 40 by 40 cells
// had printed their numbers at about 2 pt over half of page 1), and the
// heatmap stays in the detail.
func TestBriefingHeatmapOnlyReadable(t *testing.T) {
	for _, c := range []struct {
		name  string
		n     *graph.Network
		shown bool
	}{{"10 units", handUnits(nil, nil), true}, {"40 units", clustered(40, 7), false}} {
		for i := range c.n.Nodes {
			c.n.Nodes[i].Sector = c.n.Nodes[i].ID // every unit its own sector
		}
		r := analyze(t, c.n)
		if r.SectorsUsable {
			t.Fatalf("%s: sectors usable: the test needs a study without a sector map", c.name)
		}
		pt := heatmapPrintedPt(MixingHeatmapSVG(r, "id"))
		if (pt >= printLegiblePt) != c.shown {
			t.Fatalf("%s: the heatmap's cells print at %.1f pt in the briefing: the case does not test what it says", c.name, pt)
		}
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: "id"}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		briefing := page[strings.Index(page, `<section id="briefing"`):strings.Index(page, `<section id="ringkasan">`)]
		if got := strings.Contains(briefing, `class="heatmap"`); got != c.shown {
			t.Errorf("%s (cells at %.1f pt): heatmap in the briefing %v, want %v", c.name, pt, got, c.shown)
		}
		if !strings.Contains(page[strings.Index(page, `<section id="campuran">`):], `class="heatmap"`) {
			t.Errorf("%s: the detail has no heatmap", c.name)
		}
	}
}

// TestBriefingLongUnitNamesByLabel: on the briefing's second page a unit
// whose name is longer than briefLongName is written by its label (its
// id here) and named in full once, in the key under the recommendations,
// in the order the units are first read; a unit with a short name is
// written in full, and the forum table under Tables keeps the full names.
// Before, a province's names of 70 to 90 characters were written in full
// wherever they came (the organiser of every forum in the table, on two
// lines each), and the printed briefing ran onto a third page.
func TestBriefingLongUnitNamesByLabel(t *testing.T) {
	const (
		coordName = "Sekretariat Daerah Provinsi Nusa Tenggara Barat dan Urusan Pemerintahan Terkait"
		a2Name    = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
	)
	r := analyze(t, handUnits(map[string]string{"K": coordName, "A2": a2Name}, nil))
	units := r.Net.Nodes
	forums := []coord.Forum{
		{Organizer: 8, Title: "Rakor Bulanan", Meetings: 4, Judged: 4, Units: []int32{0, 3, 8}, Pairs: 12, FollowedUp: 0, Verdict: coord.Ceremonial},
		{Organizer: 3, Title: "Rapat Beta", Meetings: 4, Judged: 4, Units: []int32{3, 4, 8}, Pairs: 12, FollowedUp: 9, Verdict: coord.Active},
	}
	datasets := []coord.DatasetFriction{{Dataset: "Data penduduk per desa", ProviderSector: "alpha", ConsumerSector: "beta", Requests: 40, Denied: 31, Refuser: 1, RefuserDenied: 31, Refusers: 1, TopRefusers: []int32{1}}}
	recs := recommend.Make(recommend.Input{Result: r, Units: units, Forums: forums, Datasets: datasets})
	b := Briefing{HasEvents: true, Units: units, Forums: forums, Datasets: datasets, Recs: recs}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			brief := page[strings.Index(page, `id="briefing"`):strings.Index(page, `id="ringkasan"`)]
			second := brief[strings.LastIndex(brief, `<div class="brief-page">`):]
			key := ""
			if i := strings.Index(second, `<p class="name-key">`); i >= 0 {
				key = second[i:]
				key = key[:strings.Index(key, "</p>")]
				second = strings.Replace(second, key, "", 1)
			}
			// the key: each long name once, A2 (the dataset's refuser,
			// read first) before K (the forums' organiser)
			want := i18n.T(lang, "brief.nameKeyItem", "A2", a2Name) + "; " + i18n.T(lang, "brief.nameKeyItem", "K", coordName)
			if !strings.Contains(key, want) {
				t.Errorf("the key under the recommendations is %q, want it to hold %q", key, want)
			}
			for _, name := range []string{coordName, a2Name} {
				if strings.Contains(second, name) {
					t.Errorf("the briefing's second page writes %q in full beside its key", name)
				}
			}
			for _, w := range []string{i18n.ForumName(lang, "K", "Rakor Bulanan"), i18n.ForumName(lang, "Unit B1", "Rapat Beta"),
				i18n.DatasetLine(lang, datasets[0], func(int32) string { return "A2" })} {
				if !strings.Contains(second, w) {
					t.Errorf("the briefing's second page lacks %q", w)
				}
			}
			if !strings.Contains(page[strings.Index(page, `id="ringkasan"`):], i18n.ForumName(lang, coordName, "Rakor Bulanan")) {
				t.Errorf("the forum table under Tables does not name the organiser in full")
			}
		})
	}
}

// TestBriefingRestNamesInFull: the recommendations a busy briefing leaves
// to the summary are printed there, not under the briefing's key of
// labels; resolved by label they put into that key a unit the briefing
// never names ("BPKAD: Badan Pengelolaan Keuangan dan Aset Daerah" under
// the briefing of generate --preset kabupaten --seed 11, report --level
// person, whose only BPKAD was in an R1 left to the summary) and wrote
// "BPKAD" in the summary with no key beside it. They name units in full.
func TestBriefingRestNamesInFull(t *testing.T) {
	const a2Name = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
	r := analyze(t, handUnits(map[string]string{"A2": a2Name}, nil))
	recs := []recommend.Rec{
		{Rule: recommend.DataAgreement, Group: "alpha", Partner: "beta", Unit: "A1", Dataset: "D1", Forum: -1, Count: 12, Total: 20, UnitCount: 12},
		{Rule: recommend.DataAgreement, Group: "alpha", Partner: "gamma", Unit: "A2", Dataset: "D2", Forum: -1, Count: 11, Total: 20, UnitCount: 11},
		{Rule: recommend.Rerun, Forum: -1},
	}
	for _, lang := range []string{"id", "en"} {
		v := &view{}
		// five groups with a verdict: a busy briefing
		for _, name := range []string{"s1", "s2", "s3", "s4", "s5"} {
			v.Silos = append(v.Silos, siloView{Name: name})
		}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Recs: recs}, lang)
		bv := v.Brief
		if !bv.busy() || len(bv.RecsRest) != 1 {
			t.Fatalf("%s: busy %v, %d recommendations left to the summary, want busy and 1", lang, bv.busy(), len(bv.RecsRest))
		}
		if rest := bv.RecsRest[0].Text; !strings.Contains(rest, a2Name) || strings.Contains(rest, "\x00") {
			t.Errorf("%s: the summary's recommendation does not name A2 in full:\n%q", lang, rest)
		}
		for _, k := range bv.NameKey {
			if strings.Contains(k, a2Name) {
				t.Errorf("%s: the briefing's key names A2, which the briefing does not: %q", lang, bv.NameKey)
			}
		}
	}
}

// TestBriefingRecsMoreRules: the line under a busy briefing's
// recommendations names the rule, or the rules, of those left to the
// summary: "4 more recommendations by rule R1 and R6" was printed under
// the briefing of generate --preset provinsi --seed 77 --scale 0.3
// --forums, report --level person --lang en.
func TestBriefingRecsMoreRules(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	r6 := recommend.Rec{Rule: recommend.DataAgreement, Group: "alpha", Partner: "beta", Unit: "A1", Dataset: "D", Forum: -1, Count: 12, Total: 20, UnitCount: 12}
	r4 := recommend.Rec{Rule: recommend.PairFacilitator, Group: "alpha", Partner: "beta", Unit: "A1", Share: 0.9, Weight: 20, Forum: -1}
	for _, c := range []struct {
		recs []recommend.Rec
		want string
	}{
		{[]recommend.Rec{r6, r6, r6}, "2 more recommendations by rule R6, of the kind above, are listed"},
		{[]recommend.Rec{r4, r4, r6, r6}, "2 more recommendations by rules R4 and R6, of the kind above, are listed"},
		{[]recommend.Rec{r4, r6, r6}, "1 more recommendation by rule R6, of the kind above, is listed"},
	} {
		v := &view{}
		for _, name := range []string{"s1", "s2", "s3", "s4", "s5"} {
			v.Silos = append(v.Silos, siloView{Name: name})
		}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Recs: c.recs}, "en")
		if !strings.HasPrefix(v.Brief.RecsMore, c.want) {
			t.Errorf("got %q\nwant %q...", v.Brief.RecsMore, c.want)
		}
	}
}

// TestBriefRecGroupsOneItemPerSectorRule: the R2 of every silo make one
// briefing item, and so do the R3 of every sector on the watch list,
// naming each sector once; at person level the kabupaten's seven R3,
// word for word the same but for the sector, and three R2 ran the
// briefing onto a third page. The other rules keep an item each.
func TestBriefRecGroupsOneItemPerSectorRule(t *testing.T) {
	recs := []recommend.Rec{
		{Rule: recommend.SiloRefusesData, Group: "ekonomi", Forum: 0},
		{Rule: recommend.SiloJointWork, Group: "ekonomi", Partner: "pendidikan", Forum: 0},
		{Rule: recommend.SiloJointWork, Group: "keuangan", Partner: "pendidikan", Forum: 1},
		{Rule: recommend.SiloJointWork, Group: "pemerintahan", Partner: "pendidikan", Forum: 1},
		{Rule: recommend.WatchReport, Group: "ketertiban", Forum: 1},
		{Rule: recommend.WatchReport, Group: "kesehatan", Forum: 1},
		{Rule: recommend.WatchReport, Group: "sosial", Forum: -1},
		{Rule: recommend.DataAgreement, Group: "ekonomi", Forum: -1},
		{Rule: recommend.DataAgreement, Group: "ekonomi", Forum: -1},
		{Rule: recommend.Rerun, Forum: -1},
	}
	grps := briefRecGroups(recs)
	var sizes []int
	for _, g := range grps {
		sizes = append(sizes, len(g))
	}
	if fmt.Sprint(sizes) != "[1 3 3 1 1 1]" {
		t.Fatalf("items of %v: sizes %v, want [1 3 3 1 1 1]", recs, sizes)
	}
	b := &Briefing{Forums: []coord.Forum{{Organizer: -1, Title: "Rapat A"}, {Organizer: -1, Title: "Rapat B"}}}
	for _, lang := range []string{"id", "en"} {
		names := &briefNames{b: b}
		r2 := i18n.RecommendationGroup(lang, recommend.SiloJointWork, recClauses(b, grps[1], names, lang))
		for _, s := range []string{"ekonomi", "keuangan", "pemerintahan", "Rapat A", "Rapat B"} {
			if strings.Count(r2, s) != 1 {
				t.Errorf("%s: the R2 item names %q %d times, want once: %s", lang, s, strings.Count(r2, s), r2)
			}
		}
		if strings.Count(r2, "pendidikan") != 2 { // once per forum
			t.Errorf("%s: the R2 item names the partner %d times, want once per forum: %s", lang, strings.Count(r2, "pendidikan"), r2)
		}
		r3 := i18n.RecommendationGroup(lang, recommend.WatchReport, recClauses(b, grps[2], names, lang))
		for _, s := range []string{"ketertiban", "kesehatan", "sosial", "Rapat B", i18n.T(lang, "brief.forum.sekda")} {
			if strings.Count(r3, s) != 1 {
				t.Errorf("%s: the R3 item names %q %d times, want once: %s", lang, s, strings.Count(r3, s), r3)
			}
		}
	}
}

// TestBriefRecGroupsMirroredSilosOneMeeting: two silos each the other's
// strongest partner were named twice in the R2 item, "sector faksi_hi
// with sector faksi_officer; sector faksi_officer with sector faksi_hi"
// (Zachary's karate club, its factions as sectors): one meeting, said
// once. A mirror in another forum is another meeting, and kept.
func TestBriefRecGroupsMirroredSilosOneMeeting(t *testing.T) {
	b := &Briefing{Forums: []coord.Forum{{Organizer: -1, Title: "Rapat A"}, {Organizer: -1, Title: "Rapat B"}}}
	for _, c := range []struct {
		recs  []recommend.Rec
		pairs int // "with sector" clauses
	}{
		{[]recommend.Rec{
			{Rule: recommend.SiloJointWork, Group: "faksi_hi", Partner: "faksi_officer", Forum: 0},
			{Rule: recommend.SiloJointWork, Group: "faksi_officer", Partner: "faksi_hi", Forum: 0},
		}, 1},
		{[]recommend.Rec{
			{Rule: recommend.SiloJointWork, Group: "faksi_hi", Partner: "faksi_officer", Forum: 0},
			{Rule: recommend.SiloJointWork, Group: "keuangan", Partner: "faksi_officer", Forum: 0},
			{Rule: recommend.SiloJointWork, Group: "faksi_officer", Partner: "faksi_hi", Forum: 0},
		}, 1},
		{[]recommend.Rec{
			{Rule: recommend.SiloJointWork, Group: "faksi_hi", Partner: "faksi_officer", Forum: 0},
			{Rule: recommend.SiloJointWork, Group: "faksi_officer", Partner: "faksi_hi", Forum: 1},
		}, 2},
	} {
		for _, lang := range []string{"id", "en"} {
			r2 := i18n.RecommendationGroup(lang, recommend.SiloJointWork, recClauses(b, c.recs, &briefNames{b: b}, lang))
			with := map[string]string{"id": "dengan sektor", "en": "with sector"}[lang]
			if n := strings.Count(r2, with); n != c.pairs {
				t.Errorf("%s, %d recommendations: %d clauses, want %d: %s", lang, len(c.recs), n, c.pairs, r2)
			}
			if !strings.Contains(r2, "faksi_hi") || !strings.Contains(r2, "faksi_officer") {
				t.Errorf("%s: a silo left unnamed: %s", lang, r2)
			}
		}
	}
}

// TestBriefingDatasetsSayHowManyMore: the list of refused datasets stopped
// at its first five without a word, and a busy briefing's five ran the
// person-level briefing of the kabupaten (--seed 11) two lines onto a
// third page. A busy briefing lists three, a briefing that is not busy
// five, and either says how many of how many, and where they all are.
func TestBriefingDatasetsSayHowManyMore(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	var ds []coord.DatasetFriction
	for i := 0; i < 7; i++ {
		ds = append(ds, coord.DatasetFriction{Dataset: fmt.Sprintf("D%d", i), ProviderSector: "alpha", ConsumerSector: "beta",
			Requests: 20, Denied: int64(10 - i), Refuser: -1})
	}
	ds = append(ds, coord.DatasetFriction{Dataset: "granted", ProviderSector: "alpha", ConsumerSector: "beta", Requests: 20, Refuser: -1})
	for _, c := range []struct {
		groups int
		shown  int
		more   string
	}{{2, 5, "Shown: 5 of the 7 refused datasets"}, {5, 3, "Shown: 3 of the 7 refused datasets"}} {
		v := &view{}
		for i := 0; i < c.groups; i++ {
			v.Silos = append(v.Silos, siloView{Name: fmt.Sprintf("s%d", i)})
		}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Datasets: ds, Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}, "en")
		bv := v.Brief
		if len(bv.Datasets) != c.shown || !strings.HasPrefix(bv.DatasetsMore, c.more) {
			t.Errorf("%d groups (busy %v): %d datasets listed, more %q; want %d and %q...", c.groups, bv.busy(), len(bv.Datasets), bv.DatasetsMore, c.shown, c.more)
		}
		for i, d := range bv.Datasets {
			if want := fmt.Sprintf("D%d", i); !strings.Contains(d, want) {
				t.Errorf("%d groups: item %d is %q, want %s (the most refused first)", c.groups, i, d, want)
			}
		}
	}
	v := &view{}
	brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Datasets: ds[3:], Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}, "id")
	if len(v.Brief.Datasets) != 4 || v.Brief.DatasetsMore != "" {
		t.Errorf("4 refused datasets: %d listed, more %q; want all 4 and nothing more", len(v.Brief.Datasets), v.Brief.DatasetsMore)
	}
}

// TestBriefingVerdictTableHeadsCapitalised: the busy briefing's table of
// verdicts headed its columns "Kelompok | putusan | bobot ikatan di
// dalam ..." (qaA), beside the forum table's "Rapat | Unit peserta |
// Tindak lanjut": each heading now begins with a capital, but the p of
// Indonesian "p terkoreksi", a statistic's symbol.
func TestBriefingVerdictTableHeadsCapitalised(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, lang := range []string{"id", "en"} {
		v := &view{}
		for _, name := range []string{"s1", "s2", "s3", "s4", "s5"} {
			v.Silos = append(v.Silos, siloView{Name: name})
		}
		brief(v, r, &Briefing{HasEvents: true, Units: r.Net.Nodes, Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}, lang)
		heads := v.Brief.VerdictHead
		if len(heads) < 7 {
			t.Fatalf("%s: %d headings, want the busy table's 7: %q", lang, len(heads), heads)
		}
		for _, h := range heads {
			if first := []rune(h)[0]; !unicode.IsUpper(first) && !strings.HasPrefix(h, "p ") {
				t.Errorf("%s: heading %q begins in lower case", lang, h)
			}
		}
	}
}

// TestBriefingWithheldNothingToHide: a study without data requests or
// meetings has none to withhold. Lazega's lawyers (advice as letters, no
// data_sharing or meetings table; units office x practice, sectors the
// practices) at person level withhold the offices of Providence (1 and 3
// lawyers) and, to keep them hidden, Hartford's: the briefing said that
// refused requests and meeting series of withheld units are left out,
// and the friction section beside it that there were no data requests
// between sectors. With no request and no meeting in the network the
// briefing says there are none, as it does with nothing withheld.
func TestBriefingWithheldNothingToHide(t *testing.T) {
	r := analyze(t, handPeople()) // letters only
	if _, err := people.Protect(r, 5); err != nil {
		t.Fatal(err)
	}
	if !i18n.GroupsWithheld(r, metrics.GroupUnit) || !i18n.GroupsWithheld(r, metrics.GroupSector) {
		t.Fatal("no unit or sector withheld at --min-group 5")
	}
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		b := Briefing{HasEvents: true, Units: r.Net.Nodes}
		if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(buf.String())
		for _, k := range []string{"brief.noRequests", "brief.noForums", "viz.noFriction"} {
			if want := i18n.T(lang, k); !strings.Contains(page, want) {
				t.Errorf("%s: the report lacks %s: %q", lang, k, want)
			}
		}
		for _, k := range []string{"brief.noRequestsWithheld", "brief.noForumsWithheld", "viz.noFrictionWithheld"} {
			if lose := i18n.T(lang, k); strings.Contains(page, lose) {
				t.Errorf("%s: the report says %s: %q", lang, k, lose)
			}
		}
	}
}

// TestBriefingRerunWithoutSectors: with no sector of two units (Zachary's
// karate club as letters between its 34 members, units.csv without a
// sector column) R7 asked to compare a later run "to see whether any
// sector has become more closed", which no run of such data can show,
// as the page says two lines above ("Sector silos cannot be judged from
// these data"). It asks for the sectors instead.
func TestBriefingRerunWithoutSectors(t *testing.T) {
	for _, usable := range []bool{true, false} {
		r := analyze(t, handUnits(nil, nil))
		if !usable {
			n := handUnits(nil, nil)
			for i := range n.Nodes {
				n.Nodes[i].Sector = n.Nodes[i].ID // every unit its own sector
			}
			r = analyze(t, n)
		}
		if r.SectorsUsable != usable {
			t.Fatalf("sectors usable %v, want %v", r.SectorsUsable, usable)
		}
		for i := range r.Groups {
			r.Groups[i].Verdict = silo.None
		}
		r.Silos = nil
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			b := Briefing{HasEvents: true, Units: r.Net.Nodes, Recs: []recommend.Rec{{Rule: recommend.Rerun, Forum: -1}}}
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			want, lose := i18n.T(lang, "rec.R7.noSilos"), i18n.T(lang, "rec.R7.noSectors")
			if !usable {
				want, lose = lose, want
			}
			if !strings.Contains(page, want) || strings.Contains(page, lose) {
				t.Errorf("%s, sectors usable %v: R7 should read %q, not %q", lang, usable, want, lose)
			}
			// the method page states R7 as the briefing applies it: it
			// said only "run again and compare" (hS, session 53)
			rule, other := i18n.RuleText(lang, recommend.Rerun, coord.Options{}), i18n.T(lang, "rule.R7.noSectors")
			if !usable {
				rule, other = other, rule
			}
			if !strings.Contains(page, "<dd>"+rule+"</dd>") || strings.Contains(page, "<dd>"+other+"</dd>") {
				t.Errorf("%s, sectors usable %v: the method page's rule R7 should read %q, not %q", lang, usable, rule, other)
			}
		}
	}
}

// TestBriefingExplainsCountedLayers: the briefing's explanations say what
// the tie weight counts; with study.yaml's layer_weights giving meetings
// and data sharing 0 (sekat generate --seed 1120 --scale 0.03,
// layer_weights {correspondence: 1, meetings: 0, data_sharing: 0}) they
// said "tie weight counts the letters, joint meetings and data
// exchanged" and "how many letters, joint meetings and data passed",
// over a network of letters alone. They name the layers that count.
func TestBriefingExplainsCountedLayers(t *testing.T) {
	for _, c := range []struct {
		w    graph.LayerWeights
		want map[string]string // in both explanations, "" for the default words
	}{
		{graph.LayerWeights{}, nil},
		{graph.LayerWeights{Correspondence: 1, Meetings: 2, DataSharing: 1, Set: true}, nil},
		{graph.LayerWeights{Correspondence: 1, Set: true}, map[string]string{"en": "letters", "id": "surat"}},
		{graph.LayerWeights{Correspondence: 1, DataSharing: 0.5, Set: true}, map[string]string{"en": "letters and data", "id": "surat serta data"}},
	} {
		for _, person := range []bool{false, true} {
			n := handUnits(nil, nil)
			if person {
				n = handPeople()
			}
			n.Weights = c.w
			r := analyze(t, n)
			for _, lang := range []string{"id", "en"} {
				v := &view{}
				brief(v, r, &Briefing{}, lang)
				silo, mp := v.Brief.ExplainSilo, v.Brief.ExplainMap
				full := map[string]string{"en": "letters, joint meetings and data", "id": "surat, rapat bersama dan data"}[lang]
				if c.want == nil {
					if !strings.Contains(silo, full) || !strings.Contains(mp, full) {
						t.Errorf("%+v, person %v, %s: the explanations lack %q:\n%s\n%s", c.w, person, lang, full, silo, mp)
					}
					continue
				}
				say := map[string]string{"en": "counts " + c.want["en"] + " exchanged", "id": "jumlah " + c.want["id"] + " yang dipertukarkan"}[lang]
				sayMap := map[string]string{"en": "how many " + c.want["en"] + " passed", "id": "banyaknya " + c.want["id"] + " yang dipertukarkan"}[lang]
				if !strings.Contains(silo, say) || strings.Contains(silo, full) {
					t.Errorf("%+v, person %v, %s: the silo explanation should say %q:\n%s", c.w, person, lang, say, silo)
				}
				if !strings.Contains(mp, sayMap) || strings.Contains(mp, full) {
					t.Errorf("%+v, person %v, %s: the map explanation should say %q:\n%s", c.w, person, lang, sayMap, mp)
				}
			}
		}
	}
}
