package ingest

import (
	"errors"
	"testing"
)

// A dash alone ("-", "–", "—"), as exports and forms write for an empty
// cell, is named as one, with the fix: in a time column (a person's
// valid_from, an event's time) ErrDashTime, in an id column ErrDashID (a
// cc of "-" leaves the letter used with its other recipients). Before,
// it was "not a time; use ..." and "unknown id: not in the people or
// units table". A dash alone names no one, so rejects.csv may show it.
// Values that hold a dash among other characters are not taken for one.
// So is MySQL's zero date, 0000-00-00 (ErrZeroDate), which was "no such
// date (month out of range): correct the value in the source".
func TestDashForEmptyNamed(t *testing.T) {
	for _, c := range []struct {
		name  string
		table Table
		file  string
		body  string
		is    error
		field string
	}{
		{"valid_from", People, "people.csv", "person_id,unit_id,name,position,valid_from,valid_to\np1,A,Satu,Kepala,-,\np2,A,Dua,Staf,,\np3,B,Tiga,Staf,,\np4,C,Empat,Staf,,\np5,C,Lima,Staf,,2025-03-31\np5,D,Lima,Staf,2025-04-01,\n", ErrDashTime, "valid_from"},
		{"meeting start", Meetings, "meetings.csv", "meeting_id,start,attendee,organizer,title\nM1,2025-02-10 09:00,p1,p1,Rapat\nM1,2025-02-10 09:00,p2,p1,Rapat\nM2,\u2013,p3,p1,Rapat\n", ErrDashTime, "start"},
		{"cc", Correspondence, "correspondence.csv", "message_id,sent_at,sender,recipients,cc\nm1,2025-01-10 09:00,p1,p3,-\nm2,2025-01-11 09:00,p3,p1,\n", ErrDashID, "cc"},
		{"sender", Correspondence, "correspondence.csv", "message_id,sent_at,sender,recipients,cc\nm1,2025-01-10 09:00,\u2014\u2014,p3,\nm2,2025-01-11 09:00,p3,p1,\n", ErrDashID, "sender"},
		{"MySQL zero date", People, "people.csv", "person_id,unit_id,name,position,valid_from,valid_to\np1,A,Satu,Kepala,,0000-00-00 00:00:00\np2,A,Dua,Staf,,\np3,B,Tiga,Staf,,\np4,C,Empat,Staf,,\np5,C,Lima,Staf,,2025-03-31\np5,D,Lima,Staf,2025-04-01,\n", ErrZeroDate, "valid_to"},
		{"MySQL zero date alone", Meetings, "meetings.csv", "meeting_id,start,attendee,organizer,title\nM1,2025-02-10 09:00,p1,p1,Rapat\nM1,2025-02-10 09:00,p2,p1,Rapat\nM2,0000-00-00,p3,p1,Rapat\n", ErrZeroDate, "start"},
		{"a dash among other text", Correspondence, "correspondence.csv", "message_id,sent_at,sender,recipients,cc\nm1,2025-01-10 09:00,p1,p3,p-9\nm2,2025-01-11 09:00,p3,p1,\n", nil, "cc"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, rej, _ := loadHandWith(t, c.table, c.file, c.body)
			if len(rej) != 1 || rej[0].Field != c.field {
				t.Fatalf("rejected %v, want one row, column %s", rej, c.field)
			}
			re := rej[0]
			if c.is == nil {
				if errors.Is(re, ErrDashID) || errors.Is(re, ErrDashTime) || !re.Personal() {
					t.Errorf("%v: named a dash, or not personal", re)
				}
				return
			}
			if !errors.Is(re, c.is) || !errors.Is(re, ErrBadTime) && !errors.Is(re, ErrUnknownID) || re.Personal() {
				t.Errorf("%v: want %v, not personal (personal %v)", re, c.is, re.Personal())
			}
		})
	}
}
