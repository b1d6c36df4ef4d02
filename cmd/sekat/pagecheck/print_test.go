package pagecheck

import (
	"bytes"
	"cmp"
	"context"
	"html"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestPrintKabupaten prints the report of a generated kabupaten study (the
// default preset, with the planted forums) to PDF with headless Chromium
// and counts its A4 pages with pdfinfo: the briefing takes the first two
// pages alone (the detail summary starts on page 3) and the whole report
// at most 13. It is skipped where Chromium or poppler-utils are missing
// (CI has none); docs/briefing.md records the counts measured.
func TestPrintKabupaten(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Forums: true}); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"sekat", "analyze", study, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr.String())
	}
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	pages, size := pdfPages(t, pdf)
	if !strings.Contains(size, "(A4)") {
		t.Errorf("page size %q, want A4", size)
	}
	detail := detailPage(t, pdf, pages)
	t.Logf("kabupaten report: %d A4 pages, the detail starts on page %d", pages, detail)
	if detail != 3 {
		t.Errorf("the detail summary starts on page %d, want 3 (the briefing on two pages alone)", detail)
	}
	// 10 since the network map and the layer maps each get a landscape
	// page (their labels were about 3 pt on a portrait one), and the
	// legends under the tables, which the method page points to, print;
	// 13 since each layer map gets a page of its own (two to a row they
	// printed at 2.4 pt)
	if pages > 13 {
		t.Errorf("the report prints on %d pages, want at most 13", pages)
	}
}

// detailPage is the page of pdf where the detail summary begins (its
// heading "Ringkasan" on a line of its own), 0 when none of its pages
// prints it.
func detailPage(t *testing.T, pdf string, pages int) int {
	t.Helper()
	for p := 1; p <= pages; p++ {
		txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(txt), "\n") {
			if strings.TrimSpace(line) == msg("id", "viz.tocHeadline") {
				return p
			}
		}
	}
	return 0
}

// TestPrintFacilitatorsPairs prints facilitators.html of the study where
// the sector-pair matrix went to the page after its heading and
// introduction (sekat generate --seed 8401 --scale 0.2 --pilot, then
// sekat facilitators --lang en: "Sector pairs" alone at the foot of page
// 3, the matrix on page 4) and checks that the heading and the matrix's
// title are on one page.
func TestPrintFacilitatorsPairs(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "fasilitator")
	if _, err := synth.Generate(study, synth.Options{Seed: 8401, Scale: 0.2, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 5)
	analyzeOK(t, "facilitators", study, "--purpose", "uji cetak", "--key-file", keyFile, "--lang", "en", "--out", out, "-q")
	pdf := filepath.Join(dir, "facilitators.pdf")
	printPDF(t, chromium, filepath.Join(out, "facilitators.html"), pdf)
	heading, title := 0, 0
	for p := 1; p <= 20 && (heading == 0 || title == 0); p++ {
		txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			break // past the last page
		}
		for _, line := range strings.Split(string(txt), "\n") {
			switch strings.TrimSpace(line) {
			case msg("en", "viz.fac.tocPairs"):
				heading = p
			case msg("en", "viz.fac.matrixTitle"):
				title = p
			}
		}
	}
	if heading == 0 || title == 0 || heading != title {
		t.Errorf("the heading %q is on page %d, the matrix %q on page %d: want both on one page",
			msg("en", "viz.fac.tocPairs"), heading, msg("en", "viz.fac.matrixTitle"), title)
	}
}

// TestPrintCompare prints compare.html of a generated kabupaten study
// (halves) and checks that the counts of ties that changed print on the
// page of the change map they describe, and the page count. Before, the
// counts and the map's legend fell below the map onto a landscape page of
// their own, nearly empty (sekat generate --seed 8701, then sekat compare
// with the halves: 6 pages, page 4 holding four figures).
func TestPrintCompare(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "banding")
	if _, err := synth.Generate(study, synth.Options{Seed: 8701}); err != nil {
		t.Fatal(err)
	}
	analyzeOK(t, "compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
		"--resamples", "200", "--permutations", "200", "--out", out, "-q")
	pdf := filepath.Join(dir, "compare.pdf")
	printPDF(t, chromium, filepath.Join(out, "compare.html"), pdf)
	pages, _ := pdfPages(t, pdf)
	mapPage, tiesPage := 0, 0
	for p := 1; p <= pages; p++ {
		txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(txt), "\n") {
			switch strings.TrimSpace(line) {
			case "Perubahan ikatan": // the change map's caption
				mapPage = p
			case "Ikatan antarunit yang berubah": // the counts' heading
				tiesPage = p
			}
		}
	}
	t.Logf("compare.html: %d A4 pages, change map on page %d, tie counts on page %d", pages, mapPage, tiesPage)
	if mapPage == 0 || tiesPage != mapPage {
		t.Errorf("the tie counts print on page %d, the change map on page %d; want both on one page", tiesPage, mapPage)
	}
	if pages > 5 {
		t.Errorf("compare.html prints on %d pages, want at most 5", pages)
	}
}

// TestPrintFacilitatorsReasonWithRow prints facilitators.html of a
// kabupaten study nobody tuned the page for (sekat generate --seed 4242)
// and checks that every informal facilitator's row prints on the page of
// its reason, the line under it that says why the person is listed.
// Before, row 9 ended page 1 and its reason began page 2, under the
// repeated column headings, where it read as the reason of row 10.
func TestPrintFacilitatorsReasonWithRow(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "fasilitator")
	if _, err := synth.Generate(study, synth.Options{Seed: 4242}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 7)
	analyzeOK(t, "facilitators", study, "--purpose", "uji cetak", "--key-file", keyFile,
		"--bootstrap", "100", "--shuffles", "20", "--out", out, "-q")
	pdf := filepath.Join(dir, "facilitators.pdf")
	printPDF(t, chromium, filepath.Join(out, "facilitators.html"), pdf)
	pages, _ := pdfPages(t, pdf)
	text := pdfPageTexts(t, pdf, pages)
	for p := range text { // its whitespace made single spaces
		text[p] = strings.Join(strings.Fields(text[p]), " ")
	}
	pageOf := func(s string) int {
		for p := 1; p <= pages; p++ {
			if strings.Contains(text[p], s) {
				return p
			}
		}
		return 0
	}
	checked := 0
	for _, row := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
		if row["list"] != "informal" {
			continue
		}
		rank, pseudonym := row["rank"], row["pseudonym"]
		rowPage, reasonPage := pageOf(pseudonym), pageOf("(peringkat "+rank+" di antara pegawai nonkoordinator")
		if rowPage == 0 || reasonPage == 0 {
			t.Fatalf("rank %s: %s on page %d, its reason on page %d: want both printed", rank, pseudonym, rowPage, reasonPage)
		}
		if rowPage != reasonPage {
			t.Errorf("rank %s: the row of %s prints on page %d, its reason on page %d: want one page", rank, pseudonym, rowPage, reasonPage)
		}
		checked++
	}
	t.Logf("facilitators.html: %d A4 pages, %d informal rows checked", pages, checked)
}

// TestPrintPersonReportMembers prints the person-level report of a
// kabupaten study (sekat generate --seed 4242, sekat analyze --level
// person) and checks that the silos' and watched groups' members, staff
// pseudonyms, stay off paper, with a line saying where they are. Before,
// 30 pseudonyms for each of 46 groups filled pages 3 to 7 of its 13: codes
// a reader of the print cannot use.
func TestPrintPersonReportMembers(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 4242}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 9)
	analyzeOK(t, "analyze", study, "--level", "person", "--purpose", "uji cetak", "--key-file", keyFile, "--out", out, "-q")
	page := readFile(t, filepath.Join(out, "report.html"))
	more := strings.TrimPrefix(strings.SplitN(msg("id", "report.membersMore"), "%s", 2)[1], " ")
	if !strings.Contains(page, more) {
		t.Fatalf("report.html lists no group of more than 30 members (%q): the test needs one", more)
	}
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	pages, _ := pdfPages(t, pdf)
	txt, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(txt)), " ")
	t.Logf("person-level report: %d A4 pages", pages)
	// the people table's 60 printed rows each name a pseudonym on one
	// line: broken at its hyphens, every row took two lines
	whole := regexp.MustCompile(`\bP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b`).FindAllString(text, -1)
	if len(whole) < 60 {
		t.Errorf("the print shows %d whole pseudonyms, want the 60 rows of the people table at least", len(whole))
	}
	if scale := printScale(t, chromium, filepath.Join(out, "report.html"), pdf); scale < 0.99 {
		t.Errorf("the person-level report prints at %.0f%% of its size: something is wider than the page", 100*scale)
	}
	if strings.Contains(text, more) {
		t.Errorf("the print lists the groups' members (%q)", more)
	}
	if note := msg("id", "viz.membersPrintCut"); !strings.Contains(text, note) {
		t.Errorf("the print does not say where the members are: %q", note)
	}
	// The shorter summary left the mixing matrix's heading at the foot of
	// page 3 and the matrix on page 4 (on the full-size study).
	heading, matrix := 0, 0
	for p, txt := range pdfPageTexts(t, pdf, pages) {
		for _, line := range strings.Split(txt, "\n") {
			switch strings.TrimSpace(line) {
			case msg("id", "viz.tocHeat"):
				heading = cmp.Or(heading, p)
			case msg("id", "viz.heatTitle"):
				matrix = cmp.Or(matrix, p)
			}
		}
	}
	if heading == 0 || heading != matrix {
		t.Errorf("the heading %q prints on page %d, the matrix on page %d: want one page", msg("id", "viz.tocHeat"), heading, matrix)
	}
}

// TestPrintPersonReportVerdictsOnOnePage prints the person-level report
// of a kabupaten study with forums (sekat generate --forums, sekat report
// --level person) and checks that the detail summary's silos and watch
// list print on the page of its heading. Without their members (staff
// pseudonyms, left off paper) each group is one short line, and one line
// a group the 4 silos and 39 units and sectors on the watch list ran
// over a page and a half, the second page half empty, the report 14
// pages; in three columns they take a third of a page.
func TestPrintPersonReportVerdictsOnOnePage(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Forums: true}); err != nil {
		t.Fatal(err)
	}
	analyzeOK(t, "report", study, "--level", "person", "--purpose", "uji cetak", "--out", out, "-q")
	page := readFile(t, filepath.Join(out, "report.html"))
	list := page[strings.Index(page, `<div class="members-list pseudonyms">`):]
	list = list[:strings.Index(list, "<dl")]
	groups := regexp.MustCompile(`<div class="(?:silo|watch)"><span class="name">([^<]*)</span> \(([^)]*)\)`).FindAllStringSubmatch(list, -1)
	if len(groups) < 30 {
		t.Fatalf("the summary lists %d groups, want a study with more than 30 (the list that ran over a page)", len(groups))
	}
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	pages, _ := pdfPages(t, pdf)
	t.Logf("person-level report with forums: %d A4 pages", pages)
	texts := pdfPageTexts(t, pdf, pages)
	heading := 0
	for p := 3; p <= pages && heading == 0; p++ { // the briefing takes pages 1 and 2 at least
		for _, line := range strings.Split(texts[p], "\n") {
			if strings.TrimSpace(line) == msg("id", "viz.tocHeadline") {
				heading = p
			}
		}
	}
	if heading == 0 {
		t.Fatalf("no page prints the summary's heading %q", msg("id", "viz.tocHeadline"))
	}
	last := groups[len(groups)-1]
	on := strings.Join(strings.Fields(texts[heading]), " ")
	if want := html.UnescapeString(last[1]) + " (" + html.UnescapeString(last[2]) + ")"; !strings.Contains(on, want) {
		t.Errorf("the summary's heading prints on page %d, its last listed group %q is not on it: want the list on the heading's page", heading, want)
	}
}

// TestPrintPersonBriefingTwoPages holds the briefing of the kabupaten
// with forums at person level to two printed pages, as at unit level:
// its ten sectors with a verdict, in boxes of three lines each, and
// seventeen recommendations (seven R3 word for word the same but for the
// sector) ran it onto a third page. Nothing is cut: the recommendations
// the briefing leaves out are printed in the summary.
func TestPrintPersonBriefingTwoPages(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Forums: true}); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"sekat", "report", study, "--level", "person", "--purpose", "uji", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr.String())
	}
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	pages, _ := pdfPages(t, pdf)
	detail := detailPage(t, pdf, pages)
	if detail != 3 {
		t.Errorf("the detail summary starts on page %d, want 3 (the person-level briefing on two pages)", detail)
	}
	all, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// the briefing keeps each rule's first item here and points to the
	// rest, which must print
	if !strings.Contains(string(all), msg("id", "viz.recsRestTitle")) {
		t.Errorf("the report does not print %q, where the briefing's other recommendations are", msg("id", "viz.recsRestTitle"))
	}
}
