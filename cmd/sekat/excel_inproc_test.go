package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/ingest"
)

// TestWarningText: every kind of warning has a sentence in both
// languages that names its file or table and fills every verb.
func TestWarningText(t *testing.T) {
	var ws []ingest.Warning
	for _, r := range []string{ingest.NotReadFormat, ingest.NotReadOldExcel, ingest.NotReadLock, ingest.NotReadName, ingest.NotReadListed, ingest.NotReadSame, ingest.NotReadText} {
		ws = append(ws, ingest.Warning{Code: ingest.WarnNotRead, File: "f.x", Table: "meetings", Reason: r, Other: "g.x"})
	}
	ws = append(ws,
		ingest.Warning{Code: ingest.WarnMissingTable, Table: "meetings"},
		ingest.Warning{Code: ingest.WarnEmptyTable, Table: "meetings", File: "f.x", Count: 1},
		ingest.Warning{Code: ingest.WarnEncoding, File: "f.x", Reason: "windows-1252"},
		ingest.Warning{Code: ingest.WarnExcelSerial, File: "f.x", Column: "at", Count: 3, Value: "45717"},
		ingest.Warning{Code: ingest.WarnMonthFirst, File: "f.x", Column: "at", Count: 3, Value: "03/25/2025"},
		ingest.Warning{Code: ingest.WarnMonthFirst, Table: "meetings", File: "f.x", Column: "at", Count: 3, Value: "03/25/2025", DayFirst: 5, Other: "03/04/2025"},
		ingest.Warning{Code: ingest.WarnMonthFirst, Table: "meetings", File: "f.x", Column: "at", Count: 3, Value: "03/25/2025", DayFirst: 5, Other: "03/04/2025", DayFirstOnly: 7, DayFirstOnlyValue: "13/04/2025"},
		ingest.Warning{Code: ingest.WarnWindowEmpty, Table: "meetings", Count: 3, From: 1735689600, To: 1735776000},
		ingest.Warning{Code: ingest.WarnSharedRows, Table: "correspondence", File: "f.x", Other: "g.x", Reason: ingest.SharedExact, Count: 1500, Value: "2.5", From: 1735689600, To: 1735776000},
		ingest.Warning{Code: ingest.WarnSharedRows, Table: "correspondence", File: "f.x", Other: "g.x", Reason: ingest.SharedEstimate, Count: 1500, Value: "2.5", From: 1735689600, To: 1735776000},
		ingest.Warning{Code: ingest.WarnRepeatedRows, Table: "data_sharing", File: "f.x", Reason: ingest.SharedExact, Count: 1500, Value: "2.5", From: 1735689600, To: 1735776000},
		ingest.Warning{Code: ingest.WarnRepeatedRows, Table: "data_sharing", File: "f.x", Reason: ingest.SharedEstimate, Count: 1500, Value: "2.5", From: 1735689600, To: 1735776000},
		ingest.Warning{Code: ingest.WarnStatusUnread, Table: "meetings", File: "f.x", Column: "Kehadiran"},
		ingest.Warning{Code: ingest.WarnStatusUnread, Table: "correspondence", File: "f.x", Column: "status"},
		ingest.Warning{Code: ingest.WarnWeightUnread, Table: "correspondence", File: "f.x", Column: "weight"},
		ingest.Warning{Code: ingest.WarnWeightUnread, Table: "meetings", File: "f.x", Column: "weight"},
		ingest.Warning{Code: ingest.WarnWeightUnread, Table: "data_sharing", File: "f.x", Column: "weight"},
		ingest.Warning{Code: ingest.WarnRenamedAbsent, Table: "units", File: "f.x", Column: "club", Value: "sector", Other: "id, club_networkx", Reason: "study.yaml", Line: 2},
		ingest.Warning{Code: ingest.WarnNoPeople, Table: "correspondence", File: "f.x", Line: 2, Column: "sender", Value: "198001012005010003", Reason: ingest.NoPeopleNIP},
		ingest.Warning{Code: ingest.WarnNoPeople, Table: "correspondence", File: "f.x", Line: 2, Column: "sender", Value: "p1"},
		ingest.Warning{Code: ingest.WarnParentCycle, Table: "units", File: "f.x", Value: "A → B → A", Count: 2},
		ingest.Warning{Code: ingest.WarnParentRejected, Table: "units", File: "f.x", Value: "C", Other: "B", Line: 3, Count: 1},
	)
	for _, lang := range []string{"id", "en"} {
		seen := map[string]bool{}
		for _, w := range ws {
			s := warningText(w, lang)
			if strings.Contains(s, "%!") || !(strings.Contains(s, "f.x") || strings.Contains(s, "meetings")) || seen[s] {
				t.Errorf("%s %s/%s: %q", lang, w.Code, w.Reason, s)
			}
			seen[s] = true
		}
	}
}

// TestWarningOneDate: repeated and shared rows that all have one time
// are said to be dated that time, not "from it to it"; rows of two times
// keep the range. In both languages and in ingest's own English.
func TestWarningOneDate(t *testing.T) {
	const at = 1764903600 // 2025-12-05 10:00 WIB
	loc := time.FixedZone("WIB", 7*3600)
	for _, w := range []ingest.Warning{
		{Code: ingest.WarnRepeatedRows, Table: "correspondence", File: "f.x", Reason: ingest.SharedExact, Count: 3, Value: "2.5"},
		{Code: ingest.WarnRepeatedRows, Table: "correspondence", File: "f.x", Reason: ingest.SharedEstimate, Count: 3, Value: "2.5"},
		{Code: ingest.WarnSharedRows, Table: "correspondence", File: "f.x", Other: "g.x", Reason: ingest.SharedExact, Count: 3, Value: "2.5"},
		{Code: ingest.WarnSharedRows, Table: "correspondence", File: "f.x", Other: "g.x", Reason: ingest.SharedEstimate, Count: 3, Value: "2.5"},
	} {
		w.Loc = loc
		w.From, w.To = at, at
		for _, s := range []string{warningText(w, "id"), warningText(w, "en"), w.String()} {
			if !strings.Contains(s, "2025-12-05 10:00") || strings.Count(s, "2025-12-05") != 1 {
				t.Errorf("%s/%s, one time: %q", w.Code, w.Reason, s)
			}
		}
		w.To = at + 3600
		for lang, want := range map[string]string{"id": "2025-12-05 10:00 sampai 2025-12-05 11:00", "en": "2025-12-05 10:00 to 2025-12-05 11:00"} {
			if s := warningText(w, lang); !strings.Contains(s, want) {
				t.Errorf("%s/%s, two times, %s: %q lacks %q", w.Code, w.Reason, lang, s, want)
			}
		}
	}
}
