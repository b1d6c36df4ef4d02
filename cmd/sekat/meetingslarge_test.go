package main

import (
	"html"
	"path/filepath"
	"strings"
	"testing"
)

// TestMeetingsLargeSaid: meetings of more than max_meeting_size distinct
// attendees make no tie, and summary.json counted them, but neither the
// terminal nor the report said so, as they say of circulars: a study
// whose sectors meet in large forums read as closed without a word. On
// the hand study with max_meeting_size 3, meeting M1 (p1, p2, p3, p4:
// four attendees) is set aside and M2 (p1, p5, E: three) is not; analyze
// says so on stderr, and the report says so on its summary page, drawn
// by analyze and again from the output folder, in both languages.
func TestMeetingsLargeSaid(t *testing.T) {
	dir := handStudy(t)
	writeStudyFile(t, dir, "study.yaml", []byte("name: uji\nthresholds: {max_meeting_size: 3}\n"))
	for lang, want := range map[string][2]string{
		"id": {"1 rapat dengan lebih dari 3 peserta berbeda (max_meeting_size) tidak dihitung sebagai ikatan",
			"1 rapat dengan lebih dari 3 peserta berbeda disisihkan dan tidak dihitung sebagai ikatan"},
		"en": {"1 meeting of more than 3 distinct attendees (max_meeting_size) makes no tie",
			"1 meeting of more than 3 distinct attendees was set aside and makes no tie"},
	} {
		out := filepath.Join(t.TempDir(), "hasil")
		_, stderr := analyzeOK(t, "analyze", dir, "--out", out, "--lang", lang, "-q")
		if !strings.Contains(stderr, want[0]) {
			t.Errorf("%s: stderr lacks %q:\n%s", lang, want[0], stderr)
		}
		if js := readFile(t, filepath.Join(out, "summary.json")); !strings.Contains(js, `"meetings_large": 1`) {
			t.Errorf("%s: summary.json does not count 1 meeting set aside", lang)
		}
		again := filepath.Join(t.TempDir(), "laporan")
		analyzeOK(t, "report", out, "--out", again, "--lang", lang, "-q")
		for _, page := range []string{filepath.Join(out, "report.html"), filepath.Join(again, "report.html")} {
			if text := html.UnescapeString(readFile(t, page)); !strings.Contains(text, want[1]) {
				t.Errorf("%s: %s lacks %q", lang, page, want[1])
			}
		}
	}
	// without the threshold nothing is set aside, and nothing said
	writeStudyFile(t, dir, "study.yaml", []byte("name: uji\n"))
	out := filepath.Join(t.TempDir(), "hasil")
	_, stderr := analyzeOK(t, "analyze", dir, "--out", out, "--lang", "en", "-q")
	if strings.Contains(stderr, "distinct attendees") || strings.Contains(readFile(t, filepath.Join(out, "report.html")), "distinct attendees") {
		t.Errorf("meetings set aside said of a study without any:\n%s", stderr)
	}
}
