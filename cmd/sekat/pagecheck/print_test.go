package pagecheck

import (
	"bytes"
	"cmp"
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
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

// printPDF prints page html to pdf with chromium, on A4 (its default).
func printPDF(t *testing.T, chromium, html, pdf string) {
	t.Helper()
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+html)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v: %s", err, b)
	}
}

// pdfPages returns the number of pages of pdf and its page size as
// pdfinfo says them.
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

func pdfPages(t *testing.T, pdf string) (pages int, size string) {
	t.Helper()
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(info), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "Pages:" {
			pages, _ = strconv.Atoi(f[1])
		}
		if strings.HasPrefix(line, "Page size:") {
			size = line
		}
	}
	return pages, size
}

// pdfPageTexts is the text of each page of pdf (pdftotext), from page 1
// at index 1.
func pdfPageTexts(t *testing.T, pdf string, pages int) []string {
	t.Helper()
	text := make([]string, pages+1)
	for p := 1; p <= pages; p++ {
		txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text[p] = string(txt)
	}
	return text
}

// printTools is the Chromium to print with; the test is skipped with
// -short, or without Chromium, pdfinfo or pdftotext.
func printTools(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("prints with Chromium; skipped with -short")
	}
	var chromium string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	_, errInfo := exec.LookPath("pdfinfo")
	_, errText := exec.LookPath("pdftotext")
	if chromium == "" || errInfo != nil || errText != nil {
		t.Skip("needs chromium, pdfinfo and pdftotext")
	}
	return chromium
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

// TestPrintTableLastRowsKeptTogether prints the report of a study whose
// group table ran a row past a page (sekat generate --seed 5 --scale 0.2
// --forums, then sekat analyze: page 9 of 11 held the repeated headings
// and "komunitas 5" alone) and checks that the table's last row prints on
// the page of the row before it, as does the last printed row of every
// other table of the report.
func TestPrintTableLastRowsKeptTogether(t *testing.T) {
	_, page, pdf := printedForumsReport(t, false, "analyze")
	pages, _ := pdfPages(t, pdf)
	text := make([]string, pages+1)
	for p := 1; p <= pages; p++ {
		txt, err := exec.Command("pdftotext", "-layout", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text[p] = " " + strings.Join(strings.Fields(string(txt)), " ") + " "
	}
	// a row is found by the text of its first cells, which print on one
	// line: a group's kind, name and size; a unit's id
	rowKey := func(row string, n int) string {
		var cells []string
		for _, m := range regexp.MustCompile(`<td[^>]*>([^<]*)</td>`).FindAllStringSubmatch(row, n) {
			cells = append(cells, strings.Join(strings.Fields(m[1]), " "))
		}
		return " " + strings.Join(cells, " ") + " "
	}
	// the last page that shows key: a unit's id shows in the text before
	// its table too (the brokers, the briefing), not after it
	pageOf := func(key string) int {
		for p := pages; p >= 1; p-- {
			if strings.Contains(text[p], key) {
				return p
			}
		}
		return 0
	}
	checked := 0
	for _, tab := range []struct {
		id string
		n  int
	}{{"units", 1}, {"groups", 3}} {
		id, n := tab.id, tab.n
		start := strings.Index(page, `id="`+id+`"`)
		if start < 0 {
			continue
		}
		body := page[start:]
		body = body[strings.Index(body, "<tbody>"):strings.Index(body, "</tbody>")]
		rows := regexp.MustCompile(`(?s)<tr[ >].*?</tr>`).FindAllString(body, -1)
		if len(rows) < 2 {
			continue
		}
		if id == "units" && len(rows) > 60 {
			rows = rows[:60] // the print shows the first 60
		}
		last, before := rowKey(rows[len(rows)-1], n), rowKey(rows[len(rows)-2], n)
		lp, bp := pageOf(last), pageOf(before)
		if lp == 0 || bp == 0 {
			t.Errorf("table %s: its last row %q prints on page %d, the row before %q on page %d: want both found", id, last, lp, before, bp)
			continue
		}
		if lp != bp {
			t.Errorf("table %s: its last row %q prints on page %d, the row before it on page %d: want one page", id, last, lp, bp)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no table checked")
	}
	t.Logf("report: %d A4 pages, %d tables checked", pages, checked)
}

// TestPrintGroupTableTailNotAlone prints the report of a study whose
// group table runs a few rows past a page (sekat generate --seed 5
// --scale 0.2 --forums, then sekat analyze) and checks that the page
// where the table ends is filled at least half-way down. Before, the
// method began a page of its own, so that page held the repeated headings
// and the table's last three rows alone (page 12 of 14), filled to a
// tenth of its height.
func TestPrintGroupTableTailNotAlone(t *testing.T) {
	_, page, pdf := printedForumsReport(t, false, "analyze")
	words, height := pdfWords(t, pdf)
	// the group table's last row, by the text of its first three cells
	// (its kind, name and size), which print on one line
	body := page[strings.Index(page, `id="groups"`):]
	body = body[strings.Index(body, "<tbody>"):strings.Index(body, "</tbody>")]
	rows := regexp.MustCompile(`(?s)<tr[ >].*?</tr>`).FindAllString(body, -1)
	var cells []string
	for _, m := range regexp.MustCompile(`<td[^>]*>([^<]*)</td>`).FindAllStringSubmatch(rows[len(rows)-1], 3) {
		cells = append(cells, strings.Fields(m[1])...)
	}
	key := " " + strings.Join(cells, " ") + " "
	last := 0 // the last page that prints the row
	for p := len(words); p >= 1 && last == 0; p-- {
		txt, err := exec.Command("pdftotext", "-layout", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(" "+strings.Join(strings.Fields(string(txt)), " ")+" ", key) {
			last = p
		}
	}
	if last == 0 {
		t.Fatalf("the group table's last row %q does not print", cells)
	}
	bottom := 0.0
	for _, w := range words[last-1] {
		bottom = max(bottom, w.YMax)
	}
	t.Logf("the group table ends on page %d of %d, filled to %.0f%% of its height", last, len(words), 100*bottom/height)
	if bottom < height/2 {
		t.Errorf("page %d, where the group table ends (%q), is filled to %.0f%% of its height, want at least half", last, cells, 100*bottom/height)
	}
}

// printedForumsReport writes the report of sekat generate --seed 5
// --scale 0.2 --forums (its sector names lengthened as lengthenSectors
// does when long) with sekat cmd[0] STUDY cmd[1:]... --out OUT -q, and
// prints it to A4: the study's folder, the page's HTML and the PDF's path.
// Several tests read the same print, which is made once for the package
// (in shared, which TestMain removes); they only read it.
func printedForumsReport(t *testing.T, long bool, cmd ...string) (study, page, pdf string) {
	t.Helper()
	chromium := printTools(t)
	key := strconv.FormatBool(long) + "\x00" + strings.Join(cmd, "\x00")
	printedMu.Lock()
	defer printedMu.Unlock()
	if p, ok := printed[key]; ok {
		return p[0], readFile(t, p[1]), p[2]
	}
	dir, err := os.MkdirTemp(shared, "forums-")
	if err != nil {
		t.Fatal(err)
	}
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 5, Scale: 0.2, Forums: true}); err != nil {
		t.Fatal(err)
	}
	if long {
		lengthenSectors(t, study)
	}
	analyzeOK(t, append(append([]string{cmd[0], study}, cmd[1:]...), "--out", out, "-q")...)
	pdf = filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	printed[key] = [3]string{study, filepath.Join(out, "report.html"), pdf}
	return study, readFile(t, filepath.Join(out, "report.html")), pdf
}

var (
	printedMu sync.Mutex
	printed   = map[string][3]string{} // study, report.html, report.pdf
)

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
