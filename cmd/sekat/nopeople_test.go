package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPersonLevelWithoutPeopleTable: a study of units and data requests
// only (no people.csv) asked for at person level said "widen the window",
// in both the message and its detail; no window holds a person there. The
// message now says to add people.csv, and nothing tells to widen the
// window, in either language and for analyze, export and facilitators.
func TestPersonLevelWithoutPeopleTable(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	if err := os.Mkdir(study, 0o755); err != nil {
		t.Fatal(err)
	}
	units := "unit_id,name,sector\nA,Dinas A,x\nB,Dinas B,x\nC,Dinas C,y\nD,Dinas D,y\n"
	var data strings.Builder
	data.WriteString("at,provider,consumer,status\n")
	ids := []string{"A", "B", "C", "D"}
	for i := range 40 {
		fmt.Fprintf(&data, "2025-%02d-%02d 10:00,%s,%s,granted\n", 1+i%6, 1+i%28, ids[i%4], ids[(i+1+i/4)%4])
	}
	writeStudyFile(t, study, "units.csv", []byte(units))
	writeStudyFile(t, study, "data_sharing.csv", []byte(data.String()))
	for _, lang := range []string{"id", "en"} {
		for _, args := range [][]string{
			{"analyze", study, "--level", "person", "--out", filepath.Join(dir, "a-"+lang)},
			{"export", study, "--level", "person", "--format", "csv", "--out", filepath.Join(dir, "e-"+lang+".csv")},
			{"facilitators", study, "--purpose", "uji", "--out", filepath.Join(dir, "f-"+lang)},
		} {
			var stderr bytes.Buffer
			code := run(context.Background(), append(append([]string{"sekat"}, args...), "--lang", lang, "-q"), io.Discard, &stderr)
			if code != 1 {
				t.Errorf("%s %v: exit %d, want 1; stderr:\n%s", lang, args[0], code, stderr.String())
			}
			got := stderr.String()
			want := map[string]string{"id": "tambahkan people.csv", "en": "add people.csv"}[lang]
			if !strings.Contains(got, want) {
				t.Errorf("%s %s: stderr does not say %q:\n%s", lang, args[0], want, got)
			}
			for _, bad := range []string{"widen the window", "perlebar jendela"} {
				if strings.Contains(got, bad) {
					t.Errorf("%s %s: stderr says %q, which no window can help:\n%s", lang, args[0], bad, got)
				}
			}
		}
	}
}
