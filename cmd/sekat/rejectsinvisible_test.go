package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRejectsShowInvisible: rejects.csv writes a character that does not
// show (U+200B ZERO WIDTH SPACE, a control character, a non-breaking
// space) in a value as validate does, as a Go escape (\u200b, \x01),
// never raw, with and without --reveal, in both languages; the rest of
// the value stays as written. Before (review of session 47), "U1" and
// "2025-01-0​6" stood in the file with the character raw, which a
// spreadsheet does not show, while validate printed "U1\u200b".
func TestRejectsShowInvisible(t *testing.T) {
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	writeStudyFile(t, study, "units.csv", []byte(units+"F,Dinas F,s3,int\u200bernal\n"))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,p3,B\u200b,,m91\n"+
		"2025-03-0\u200b3 09:01,p3,p1,,m92\n"+
		"2025-03-03 09:02,p3,C\x01,,m93\n"+
		"2025-03-03 09:03,p3,D\u00a0x,,m94\n"))
	want := []struct {
		where, value string
		personal     bool
	}{
		{"units.csv,7,kind", `int\u200bernal`, false},
		{"correspondence.csv,8,recipients", `B\u200b`, true},
		{"correspondence.csv,9,sent_at", `2025-03-0\u200b3 09:01`, false},
		{"correspondence.csv,10,recipients", `C\x01`, true},
		{"correspondence.csv,11,recipients", `D\u00a0x`, true},
	}
	for _, reveal := range []bool{false, true} {
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "out")
			args := []string{"analyze", study, "--out", out, "--max-reject-rate", "1", "--lang", lang, "-q"}
			if reveal {
				args = append(args, "--reveal", "--purpose", "data cleaning")
			}
			analyzeOK(t, args...)
			got := map[string]map[string]string{}
			for _, r := range readCSV(t, filepath.Join(out, "rejects.csv")) {
				got[r["file"]+","+r["line"]+","+r["column"]] = r
				for _, c := range []string{"value", "reason"} {
					if strings.ContainsAny(r[c], "\u200b\x01\u00a0") {
						t.Errorf("reveal %v, %s: %s %s holds an invisible character raw: %q", reveal, lang, r["line"], c, r[c])
					}
				}
			}
			for _, w := range want {
				r, ok := got[w.where]
				if !ok {
					t.Errorf("reveal %v, %s: no row %s in rejects.csv", reveal, lang, w.where)
					continue
				}
				value := w.value
				if w.personal && !reveal {
					value = ""
				}
				if r["value"] != value {
					t.Errorf("reveal %v, %s: %s: value %q, want %q", reveal, lang, w.where, r["value"], value)
				}
			}
		}
	}
}
