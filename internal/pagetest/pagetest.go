// Package pagetest holds what the page-checking test packages
// (cmd/sekat/pagecheck, cmd/sekat/faccheck) share to look at sekat's pages
// as their readers do: headless Chromium with a watch on what a page does,
// printing to A4 PDF, and reading the PDF back with poppler (pdfinfo,
// pdftotext). It is used by tests only.
package pagetest

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// FindBrowser returns the first of Debian's chromium, chromium-browser or
// google-chrome on PATH.
func FindBrowser() string {
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// PrintTools is the Chromium to print with; the test is skipped with
// -short, or without Chromium, pdfinfo or pdftotext.
func PrintTools(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("prints with Chromium; skipped with -short")
	}
	chromium := FindBrowser()
	_, errInfo := exec.LookPath("pdfinfo")
	_, errText := exec.LookPath("pdftotext")
	if chromium == "" || errInfo != nil || errText != nil {
		t.Skip("needs chromium, pdfinfo and pdftotext")
	}
	return chromium
}

// PrintPDF prints page html to pdf with chromium, on A4 (its default).
func PrintPDF(t *testing.T, chromium, html, pdf string) {
	t.Helper()
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+html)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v: %s", err, b)
	}
}

// PDFPages returns the number of pages of pdf and its page size as
// pdfinfo says them.
func PDFPages(t *testing.T, pdf string) (pages int, size string) {
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

// PDFPageTexts is the text of each page of pdf (pdftotext), from page 1
// at index 1.
func PDFPageTexts(t *testing.T, pdf string, pages int) []string {
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

// PDFWord is one word of a PDF page as pdftotext -bbox gives it.
type PDFWord struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

var (
	bboxPage = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
	h1       = regexp.MustCompile(`<h1>([^<]*)</h1>`)
)

// PDFWords returns the words of each page of pdf (from page 1 at index
// 0) and the pages' height in points, from pdftotext -bbox.
func PDFWords(t *testing.T, pdf string) (pages [][]PDFWord, height float64) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if m := bboxPage.FindStringSubmatch(line); m != nil {
			height, _ = strconv.ParseFloat(m[2], 64)
			pages = append(pages, nil)
			continue
		}
		if m := bboxWord.FindStringSubmatch(line); m != nil && len(pages) > 0 {
			var f [4]float64
			for i := range f {
				f[i], _ = strconv.ParseFloat(m[i+1], 64)
			}
			pages[len(pages)-1] = append(pages[len(pages)-1], PDFWord{m[5], f[0], f[1], f[2], f[3]})
		}
	}
	return pages, height
}

// PDFPageSizes returns the width and height in points of each page of
// pdf (from page 1 at index 0), from pdftotext -bbox.
func PDFPageSizes(t *testing.T, pdf string) [][2]float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var sizes [][2]float64
	for _, m := range bboxPage.FindAllStringSubmatch(string(out), -1) {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		sizes = append(sizes, [2]float64{w, h})
	}
	return sizes
}

// PrintScale prints a page made of the head of page html and its title
// (the h1) alone, and returns the width of the title's first word in pdf,
// html as printed, over that in the title's page: 1 when Chromium prints
// the report at the size its style asks for. Chromium shrinks the whole
// document when something in it is wider than the page. (The caller's
// print is used, not a second one: a report's print costs seconds.)
func PrintScale(t *testing.T, chromium, html, pdf string) float64 {
	t.Helper()
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	body := strings.Index(page, "<body>")
	m := h1.FindStringSubmatch(page)
	if body < 0 || m == nil {
		t.Fatal("the report has no <body> or no h1 title")
	}
	dir := t.TempDir()
	ref := filepath.Join(dir, "title.html")
	if err := os.WriteFile(ref, []byte(page[:body]+"<body><header><h1>"+m[1]+"</h1></header></body></html>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := func(src, pdf string) PDFWord {
		pages, _ := PDFWords(t, pdf)
		if len(pages) == 0 || len(pages[0]) == 0 {
			t.Fatalf("%s prints no word", src)
		}
		return pages[0][0]
	}
	refPDF := filepath.Join(dir, "title.pdf")
	PrintPDF(t, chromium, ref, refPDF)
	got, want := first(html, pdf), first(ref, refPDF)
	if got.Text != want.Text {
		t.Fatalf("the report's first printed word is %q, the title's %q", got.Text, want.Text)
	}
	return (got.XMax - got.XMin) / (want.XMax - want.XMin)
}

// profileDir is a fresh Chromium profile folder. It is not a t.TempDir:
// Chromium's helper processes may still write into it for a moment after
// the browser is closed, which made t.TempDir's cleanup fail the test; it
// is removed on a best-effort basis instead.
func profileDir(t *testing.T) string {
	d, err := os.MkdirTemp("", "sekat-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 20; i++ {
			if os.RemoveAll(d) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return d
}

// PageWatch collects what a page did in the browser: console errors and
// warnings, exceptions, error log entries and dialogs (problems), and the
// URL of every request.
type PageWatch struct {
	mu                 sync.Mutex
	problems, requests []string
}

// Seen returns what was collected so far.
func (w *PageWatch) Seen() (problems, requests []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.problems), slices.Clone(w.requests)
}

// Check fails t for every problem the page had and every request other
// than fileURL (self names the page in the message).
func (w *PageWatch) Check(t *testing.T, fileURL, self string) {
	t.Helper()
	problems, requests := w.Seen()
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}
	for _, u := range requests {
		if u != fileURL {
			t.Errorf("request other than %s: %s", self, u)
		}
	}
}

// OpenBrowser starts headless Chromium (browser) with a profile of its
// own and no network services, and a watch on what its pages do. No
// deadline of its own: a browser that hangs is stopped by go test's
// -timeout (chromedp gives Chromium a parent-death signal, so it goes with
// the test binary), and a slow one on a loaded machine is not a failure.
func OpenBrowser(t *testing.T, browser string) (context.Context, *PageWatch, func()) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profileDir(t)), chromedp.WindowSize(1200, 900),
		// chromedp gives Chromium 20 s to start by default; a loaded
		// machine may need more, and go test -timeout bounds a hang.
		chromedp.WSURLReadTimeout(10*time.Minute))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	w := &PageWatch{}
	chromedp.ListenTarget(ctx, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError || e.Type == runtime.APITypeWarning {
				w.problems = append(w.problems, "console "+string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			w.problems = append(w.problems, "exception: "+e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.LevelError {
				w.problems = append(w.problems, "log: "+e.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			w.requests = append(w.requests, e.Request.URL)
		case *page.EventJavascriptDialogOpening:
			w.problems = append(w.problems, "dialog: "+e.Message)
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		}
	})
	return ctx, w, func() { cancelCtx(); cancelAlloc() }
}

// OpenFileBrowser is OpenBrowser, with the file URL of path to navigate
// to and check the page's requests against.
func OpenFileBrowser(t *testing.T, browser, path string) (context.Context, *PageWatch, func(), string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, watch, cancel := OpenBrowser(t, browser)
	return ctx, watch, cancel, (&url.URL{Scheme: "file", Path: abs}).String()
}

// SaveScreenshot writes png as file into $SEKAT_ARTIFACTS (the temporary
// folder when unset) and logs where.
func SaveScreenshot(t *testing.T, file string, png []byte) {
	t.Helper()
	dir := os.Getenv("SEKAT_ARTIFACTS")
	if dir == "" {
		dir = os.TempDir()
	}
	shot := filepath.Join(dir, file)
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
	} else {
		t.Logf("screenshot: %s", shot)
	}
}
