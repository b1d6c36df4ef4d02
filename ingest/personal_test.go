package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRowErrorPersonal: every rejected row carries its table and the
// contract's name of its column, also when study.yaml renames the column
// and the header writes it in other letter case, and when the reader (not
// the loader) found the fault (invalid UTF-8); Personal says which values
// may name a person: whole rows, people cells and the log tables' id
// columns, not times, statuses or unit cells.
func TestRowErrorPersonal(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "study.yaml"), "columns: {correspondence: {sender: pengirim}, meetings: {title: judul}}\n")
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name,sector,kind\nA,Dinas A,s1,internal\nB,Dinas B,s1,\nC,Badan C,s2,internal\nD,Setda D,s3,coordinator\nE,DPRD E,s2,external\nF,Dinas F,s3,bogus\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id,name,position,valid_from,valid_to\np1,A,Satu,Kepala,,\np2,A,Dua,Staf,,\np3,B,Tiga,Staf,2024-01-01,\np4,C,Empat,Staf,,\np5,C,Lima,Staf,,2025-03-31\np5,D,Lima,Analis,2025-04-01,\np6,NOPE,Enam,Staf,,\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,PENGIRIM,recipients,cc\n"+
		"2025-01-10 09:00,p1,p3;p4,p2\n"+
		"2025-02-30 09:00,p1,p3,\n"+ // line 3: sent_at
		"2025-02-03 09:00,X9,p3,\n"+ // line 4: sender
		"2025-02-04 09:00,p1,p3;X8,X7\n"+ // line 5: recipients and cc, kept
		"2025-02-05 09:00,p1,p3,p2,extra\n"+ // line 6: the whole row
		"2025-02-06 09:00,p\x811,p3,\n") // line 7: sender, found by the reader
	writeFile(t, filepath.Join(dir, "meetings.csv"), "meeting_id,start,attendee,organizer,JUDUL\n"+
		"M1,2025-02-10 09:00,p1,p1,Rapat satu\n"+
		"M1,2025-02-10 09:00,p2,p1,Rapat satu\n"+
		"M2,kemarin,p1,p1,Rapat dua\n"+ // line 4: start
		"M1,2025-02-10 09:00,X6,p1,Rapat satu\n"+ // line 5: attendee
		"M3,2025-02-11\x8109:00,p1,p1,Rapat tiga\n") // line 6: start, found by the reader
	writeFile(t, filepath.Join(dir, "data_sharing.csv"), "at,provider,consumer,dataset,status\n"+
		"2025-03-01,C,A,penduduk,granted\n"+
		"2025-03-02,C,A,penduduk,mungkin\n"+ // line 3: status
		"2025-03-03,X5,A,penduduk,granted\n"+ // line 4: provider
		"2025-03-04,C,X4,penduduk,granted\n") // line 5: consumer
	got := personalRejects(t, dir)
	want := []string{
		"units.csv:7 units/kind false",
		"people.csv:8 people/unit_id true",
		"correspondence.csv:3 correspondence/sent_at false",
		"correspondence.csv:4 correspondence/sender true",
		"correspondence.csv:5 correspondence/recipients true",
		"correspondence.csv:5 correspondence/cc true",
		"correspondence.csv:6 correspondence/ true",
		"correspondence.csv:7 correspondence/sender true",
		"meetings.csv:4 meetings/start false",
		"meetings.csv:5 meetings/attendee true",
		"meetings.csv:6 meetings/start false",
		"data_sharing.csv:3 data_sharing/status false",
		"data_sharing.csv:4 data_sharing/provider true",
		"data_sharing.csv:5 data_sharing/consumer true",
	}
	sameRejected(t, got, want)
}

// TestRowErrorPersonalFields: Personal for each kind of field, whatever
// made the RowError (a RowError whose column Load did not place counts as
// the whole row: it may name a person).
func TestRowErrorPersonalFields(t *testing.T) {
	for _, c := range []struct {
		table Table
		field string
		want  bool
	}{
		{Units, "unit_id", false}, {Units, "parent_id", false}, {Units, "", true},
		{People, "person_id", true}, {People, "unit_id", true}, {People, "valid_from", true}, {People, "name", true},
		{Correspondence, "sent_at", false}, {Correspondence, "sender", true}, {Correspondence, "recipients", true}, {Correspondence, "cc", true},
		{Meetings, "meeting_id", false}, {Meetings, "start", false}, {Meetings, "title", false}, {Meetings, "attendee", true}, {Meetings, "organizer", true},
		{DataSharing, "at", false}, {DataSharing, "status", false}, {DataSharing, "dataset", false}, {DataSharing, "provider", true}, {DataSharing, "consumer", true},
		{Correspondence, "", true},
	} {
		t.Run(c.table.String()+"/"+c.field, func(t *testing.T) {
			e := &RowError{Table: c.table, Field: c.field}
			if got := e.Personal(); got != c.want {
				t.Errorf("Personal() = %v, want %v", got, c.want)
			}
		})
	}
}

// TestRowErrorPersonalNDJSONLine: an NDJSON line whose key holds an object
// or an array of objects, or is written twice, is rejected naming that
// key's column, but its Value is the whole line, with the sender's and
// the attendees' ids: Personal says so whatever the column (it said false
// for sent_at, title or meeting_id, and rejects.csv showed the NIPs).
func TestRowErrorPersonalNDJSONLine(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	if err := os.Remove(filepath.Join(dir, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "meetings.csv")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "correspondence.ndjson"), ""+
		`{"sent_at":"2025-01-10 09:00","sender":"p1","recipients":"p3"}`+"\n"+
		`{"sent_at":{"d":"2025-01-11"},"sender":"p1","recipients":"p3"}`+"\n"+ // line 2: sent_at, an object
		`{"sent_at":"2025-01-12 09:00","sent_at":"2025-01-12","sender":"p1","recipients":"p3"}`+"\n"+ // line 3: sent_at twice
		`{"sent_at":"kemarin","sender":"p1","recipients":"p3"}`+"\n") // line 4: sent_at, its cell only
	writeFile(t, filepath.Join(dir, "meetings.ndjson"), ""+
		`{"meeting_id":"M1","start":"2025-02-10 09:00","attendee":"p1","title":"Rapat"}`+"\n"+
		`{"meeting_id":"M1","start":"2025-02-10 09:00","attendee":"p2","title":{"t":"Rapat"}}`+"\n"+ // line 2: title, an object
		`{"meeting_id":[{"a":1}],"start":"2025-02-10 09:00","attendee":"p3","title":"Rapat"}`+"\n") // line 3: meeting_id, an array of objects
	got := personalRejects(t, dir)
	want := []string{
		"correspondence.ndjson:2 correspondence/sent_at true",
		"correspondence.ndjson:3 correspondence/sent_at true",
		"correspondence.ndjson:4 correspondence/sent_at false",
		"meetings.ndjson:2 meetings/title true",
		"meetings.ndjson:3 meetings/meeting_id true",
	}
	sameRejected(t, got, want)
}

// personalRejects loads the study in dir, every row allowed to be
// rejected, and lists each rejected row as "file:line table/field
// personal".
func personalRejects(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	loadDir(t, dir, Options{MaxRejectRate: 1, OnReject: func(e *RowError) {
		got = append(got, fmt.Sprintf("%s:%d %s/%s %v", e.File, e.Line, e.Table, e.Field, e.Personal()))
	}})
	return got
}

// sameRejected fails t unless the rejected rows got are want, in order.
func sameRejected(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rejected rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
