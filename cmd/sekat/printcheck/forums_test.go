package printcheck

import (
	"github.com/sekat-ona/sekat/ingest/synth"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

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
