package faccheck

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
)

// facUnitsStudy writes a province (sekat generate --preset provinsi
// --seed 5 --scale 0.05) into dir/name. With long, its units of no parent
// (the OPDs) get a short name of one long word, their name without spaces
// in capitals, cut to 24 letters ("BADANPERENCANAANPEMBANGU"): the
// facilitators page names them by it, a word with no "_", "." or "/" to
// break at. The sub-units (KEC_CIBEUREUM_R005, DPUPR_R007) keep their
// ids.
func facUnitsStudy(t *testing.T, dir, name string, long bool) string {
	t.Helper()
	study := filepath.Join(dir, name)
	if code, _, stderr := sekat(t, "generate", "--preset", "provinsi", "--seed", "5", "--scale", "0.05", "--out", study); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if !long {
		return study
	}
	path := filepath.Join(study, "units.csv")
	rows := readCSVRows(t, path)
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	rows[0] = append(rows[0], "short_name")
	for i := 1; i < len(rows); i++ {
		short := ""
		if rows[i][col["parent_id"]] == "" {
			short = strings.ToUpper(strings.ReplaceAll(rows[i][col["name"]], " ", ""))
			if utf8.RuneCountInString(short) > 24 {
				short = string([]rune(short)[:24])
			}
		}
		rows[i] = append(rows[i], short)
	}
	writeCSVRows(t, path, rows)
	return study
}

// TestFacilitatorsUnitIDsReadable: in a province's facilitators.html a
// unit id stood on two or three lines on screen (1366 wide: KEC_ |
// CIBEUREUM_ | R005, DISDUKCAPIL_ | R001), the unit column as narrow as
// the longest part of an id; and a unit named by one word of more than
// about 15 letters, with no "_", "." or "/" to break at, made the column
// that wide in print. On screen every id of up to 20 characters (the
// longest of the preset) now stands on one line, and printed to A4 the
// page keeps the size of its style with the long words in it, with and
// without --reveal, in both languages.
func TestFacilitatorsUnitIDsReadable(t *testing.T) {
	chromium := printTools(t)
	_, keyFile := testKey(t, 9)
	dir := t.TempDir()
	studies := map[bool]string{false: facUnitsStudy(t, dir, "ids", false), true: facUnitsStudy(t, dir, "long", true)}
	for _, c := range []struct {
		long   bool
		lang   string
		reveal bool
	}{{false, "id", true}, {false, "en", false}, {true, "id", true}, {true, "en", false}} {
		name := c.lang + "/pseudonymous"
		if c.reveal {
			name = c.lang + "/reveal"
		}
		study := studies[c.long]
		name = map[bool]string{false: "ids/", true: "long/"}[c.long] + name
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(name, "/", "-"))
			args := []string{"facilitators", study, "--purpose", "uji tampilan", "--key-file", keyFile, "--lang", c.lang,
				"--bootstrap", "50", "--shuffles", "10", "--out", out, "-q"}
			if c.reveal {
				args = append(args, "--reveal")
			}
			analyzeOK(t, args...)
			page := filepath.Join(out, "facilitators.html")
			long := 0
			for _, row := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				if row["list"] == "informal" && row["unit"] != "*" && !strings.ContainsAny(row["unit"], "_./") {
					long++ // an OPD, named by its long short name
				}
			}
			if c.long && long == 0 {
				t.Fatal("no informal row of an OPD: the page has no long word to print")
			}
			// on screen: the line boxes of each id of the informal list
			ctx, watch, cancel, fileURL := openFileBrowser(t, chromium, page)
			defer cancel()
			type cell struct {
				Text  string
				Lines int
			}
			var cells []cell
			var png []byte
			err := chromedp.Run(ctx, chromedp.EmulateViewport(1366, 900), chromedp.Navigate(fileURL), chromedp.WaitReady("body"),
				chromedp.Evaluate(`Array.from(document.querySelectorAll('#informal table tr.row')).map(tr => {
					const td = tr.cells[2], r = document.createRange(); r.selectNodeContents(td);
					return {Text: td.textContent, Lines: new Set(Array.from(r.getClientRects()).map(b => Math.round(b.bottom))).size}; })`, &cells),
				chromedp.FullScreenshot(&png, 90))
			if err != nil {
				t.Fatalf("chromium: %v", err)
			}
			watch.Check(t, fileURL, "facilitators.html")
			saveScreenshot(t, "facilitators-units-"+strings.ReplaceAll(name, "/", "-")+".jpg", png)
			ids := 0
			for _, c := range cells {
				if !strings.Contains(c.Text, "_") || utf8.RuneCountInString(c.Text) > 20 {
					continue
				}
				ids++
				if c.Lines != 1 {
					t.Errorf("on screen, unit %s stands on %d lines, want 1", c.Text, c.Lines)
				}
			}
			if ids == 0 {
				t.Fatal("no unit id with a _ in the informal list: the screen check checks nothing")
			}
			// in print
			pdf := filepath.Join(out, "facilitators.pdf")
			printPDF(t, chromium, page, pdf)
			scale := printScale(t, chromium, page, pdf)
			t.Logf("%d ids on screen, %d informal rows of a unit named without \"_\", \".\" or \"/\"; printed at %.3f of its size", ids, long, scale)
			if scale < 0.99 {
				t.Errorf("facilitators.html prints at %.0f%% of its size: something is wider than the page", 100*scale)
			}
		})
	}
}
