package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/ingest"
)

// TestSpellsTogetherNamesBothLines: the warning of two spells that start
// together names the rows of both spells, the earlier first with its
// unit, on the terminal (validate, --reveal), and in the files of a run
// and on stderr without --reveal, where the person is left out and the
// lines are all the user has to find the rows. Before, it named the
// later row's line only ("people.csv line 9: ... in B and in A").
func TestSpellsTogetherNamesBothLines(t *testing.T) {
	w := ingest.Warning{Code: ingest.WarnSpellsTogether, Table: "people", File: "people.csv", Line: 9, Value: "P1", Column: "B", Other: "A",
		OtherFile: "people.csv", OtherLine: 8, Count: 1}
	want := map[string]string{"en": "people.csv (lines 8 and 9): ", "id": "people.csv baris 8 dan 9: "}
	units := map[string]string{"en": "in A and in B", "id": "di A dan di B"}
	for lang := range want {
		texts := map[string]string{
			"validate": warningText(w, lang),
			"files":    fileWarningText(w, studyOptions{Lang: lang}),
			"stderr":   stderrWarningText(w, studyOptions{Lang: lang}),
			"revealed": fileWarningText(w, studyOptions{Lang: lang, privacyOptions: privacyOptions{Reveal: true}}),
		}
		for where, got := range texts {
			if !strings.HasPrefix(got, want[lang]) || !strings.Contains(got, units[lang]) || strings.Contains(got, "%!") {
				t.Errorf("%s, %s: want it to begin %q and name the units %q:\n%s", lang, where, want[lang], units[lang], got)
			}
		}
	}
	if got := w.String(); !strings.HasPrefix(got, "people.csv lines 8 and 9: P1 has spells in A and in B") {
		t.Errorf("String() = %s", got)
	}
}

// TestMeetingRowsDifferNamesBothLines: the warning of a meeting whose rows
// write another title or organizer names the row that differs and the
// meeting's first row (with its file when that is another), in both
// languages, with the organizers and without them (the files of a run and
// stderr without --reveal). Before, it named the row that differs alone
// ("meetings.csv line 16: ... than its first row"), which the user could
// not find without the organizer ids left out.
func TestMeetingRowsDifferNamesBothLines(t *testing.T) {
	at := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC).Unix()
	base := ingest.Warning{Code: ingest.WarnMeetingMixed, Table: "meetings", File: "meetings.csv", Line: 16, Column: "meeting_id", Value: "M1", From: at,
		OtherFile: "meetings.csv", OtherLine: 14, Count: 1, Loc: time.UTC}
	title, org, orgAny, apart := base, base, base, base
	title.Cell, title.Reason, title.Other = "title", "Rapat A", "Rapat B"
	org.Cell, org.Reason, org.Other = "organizer", "P1", "P2"
	orgAny.Cell, orgAny.Other = "organizer", "P2"
	apart.Cell, apart.Other, apart.OtherFile = "title", "Rapat B", "meetings_2024.csv"
	for _, c := range []struct {
		w    ingest.Warning
		want map[string]string
	}{
		{title, map[string]string{"en": "meetings.csv line 16: meeting_id \"M1\" on 2025-03-04 09:00 has rows with another title or organizer than its first row, line 14 (", "id": "meetings.csv baris 16: meeting_id \"M1\" pada 2025-03-04 09:00 memuat baris dengan judul atau penyelenggara yang berbeda dari baris pertamanya, baris 14 ("}},
		{org, map[string]string{"en": "than its first row, line 14 (", "id": "dari baris pertamanya, baris 14 ("}},
		{orgAny, map[string]string{"en": "than its first row, line 14 (", "id": "dari baris pertamanya, baris 14 ("}},
		{apart, map[string]string{"en": "than its first row, meetings_2024.csv line 14 (", "id": "dari baris pertamanya, meetings_2024.csv baris 14 ("}},
	} {
		for lang, want := range c.want {
			texts := map[string]string{
				"validate": warningText(c.w, lang),
				"files":    fileWarningText(c.w, studyOptions{Lang: lang}),
				"stderr":   stderrWarningText(c.w, studyOptions{Lang: lang}),
			}
			for where, got := range texts {
				if !strings.Contains(got, want) || strings.Contains(got, "%!") {
					t.Errorf("%s %s, %s: want %q in:\n%s", c.w.Cell, lang, where, want, got)
				}
			}
		}
		if got := c.w.String(); !strings.Contains(got, "line 16") || !strings.Contains(got, "line 14 (") {
			t.Errorf("String() = %s", got)
		}
	}
}
