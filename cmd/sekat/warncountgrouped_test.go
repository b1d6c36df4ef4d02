package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/ingest"
)

// TestWarningCountsGrouped: a warning's count of rows, meetings or people
// is written as the other counts are, grouped in thousands (12,345 in
// English, 12.345 in Bahasa Indonesia), on the terminal and in the files
// of a run, where the warnings that name a person are worded without
// them. These wrote "12345" in both languages ("(such meetings: 12345)",
// "12345 baris tabel correspondence").
func TestWarningCountsGrouped(t *testing.T) {
	at := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC).Unix()
	for _, w := range []ingest.Warning{
		{Code: ingest.WarnSpellsTogether, Table: "people", File: "people.csv", Line: 7, Value: "P1", Column: "U1", Other: "U2"},
		{Code: ingest.WarnMeetingMixed, Table: "meetings", File: "meetings.csv", Line: 9, Column: "meeting_id", Value: "M1", From: at, Cell: "title", Reason: "Rapat A", Other: "Rapat B"},
		{Code: ingest.WarnMeetingMixed, Table: "meetings", File: "meetings.csv", Line: 9, Column: "meeting_id", Value: "M1", From: at, Cell: "organizer", Other: "P2"},
		{Code: ingest.WarnIsolatedDates, Table: "correspondence", Reason: "early", From: at, To: at + 86400, Value: "2026-01-01"},
		{Code: ingest.WarnIsolatedDates, Table: "correspondence", Reason: "late", From: at, To: at + 86400, Value: "2024-01-01"},
		{Code: ingest.WarnPeopleRepeated, Table: "people", File: "people.csv", Line: 3071, OtherLine: 10},
		{Code: ingest.WarnMeetingIDReused, Table: "meetings", File: "meetings.csv", Line: 9, Column: "meeting_id", Value: "M1", From: at, To: at + 86400},
	} {
		w.Count = 12345
		w.Loc = time.UTC
		for lang, want := range map[string]string{"en": "12,345", "id": "12.345"} {
			texts := map[string]string{"terminal": warningText(w, lang), "files": fileWarningText(w, studyOptions{Lang: lang})}
			for where, got := range texts {
				if !strings.Contains(got, want) || strings.Contains(got, "12345") || strings.Contains(got, "%!") {
					t.Errorf("%s, %s, %s: want the count written %s in:\n%s", w.Code, lang, where, want, got)
				}
			}
		}
	}
}
