package ingest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/internal/progress"
)

// TestFooterRowsAsLoad: FooterRows finds, from the file alone, the block
// at the end that Load names in its footer_rows warning (the same rows,
// lines and word), and none where Load finds none: a signature block
// under an attendance list, totals rows in a column sekat does not read,
// a block of more rows than a block may have (the last footerMaxRows
// count when one of them holds the word, none when only the first does),
// a row of data after the block, a repeated header and blank lines among
// its rows, a row short of the header's fields after it, TSV, and Parquet
// files of many row groups read from their end.
func TestFooterRowsAsLoad(t *testing.T) {
	hand, err := os.ReadFile("../testdata/studies/hand/meetings.csv")
	if err != nil {
		t.Fatal(err)
	}
	meetings := string(hand)
	signature := ",,,,\nJumlah,,3 orang,,\n,,\"Bandung, 10 Februari 2025\",,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,,,\n,,\"Drs. Budi Santoso, M.Si\",,\n,,NIP. 19700101 199503 1 001,,\n"
	many := func(n int, word string, at int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			if i == at {
				fmt.Fprintf(&b, ",,%s,,\n", word)
			} else {
				fmt.Fprintf(&b, ",,baris %d,,\n", i)
			}
		}
		return b.String()
	}
	numbered := "No,sent_at,sender,recipients\n1,2025-01-10 09:00,p1,p3\n2,2025-01-11 09:00,p3,p1\n3,2025-01-12 09:00,p2,p3\n"
	shares := "No\tat\tprovider\tconsumer\tdataset\tstatus\n1\t2025-03-01\tC\tA\tpenduduk\tgranted\n2\t2025-03-02\tp4\tp1\tpenduduk\tdenied\n"
	type pqMeeting struct {
		MeetingID string `parquet:"meeting_id,optional"`
		Start     string `parquet:"start,optional"`
		Attendee  string `parquet:"attendee,optional"`
	}
	pq := func(extra ...pqMeeting) string {
		var rows []pqMeeting
		for i := 0; i < 60; i++ {
			rows = append(rows, pqMeeting{fmt.Sprintf("M%d", i%7), "2025-02-10 09:00", []string{"p1", "p2", "p3"}[i%3]})
		}
		return string(pqWrite(t, append(rows, extra...), parquet.MaxRowsPerRowGroup(5)))
	}
	sig := []pqMeeting{{"", "", "Mengetahui,"}, {"", "", "Kepala Dinas"}, {"", "", "NIP. 19700101 199503 1 001"}}
	// a numbered export converted to NDJSON or Parquet: the totals row's
	// word in "No", a column sekat does not read
	type pqNumbered struct {
		No      string `parquet:"No,optional"`
		SentAt  string `parquet:"sent_at,optional"`
		Sender  string `parquet:"sender,optional"`
		Recip   string `parquet:"recipients,optional"`
		Perihal string `parquet:"Perihal,optional"`
	}
	numberedPQ := func(extra ...pqNumbered) string {
		var rows []pqNumbered
		for i := 0; i < 30; i++ {
			rows = append(rows, pqNumbered{strconv.Itoa(i + 1), "2025-01-10 09:00", "p1", "p3", "Nota"})
		}
		return string(pqWrite(t, append(rows, extra...), parquet.MaxRowsPerRowGroup(4)))
	}
	numberedJSON := `{"No":"1","sent_at":"2025-01-10 09:00","sender":"p1","recipients":"p3"}` + "\n" + `{"No":"2","sent_at":"2025-01-11 09:00","sender":"p3","recipients":"p1"}` + "\n"
	for _, c := range []struct {
		name, file, body string
		table            Table
	}{
		{"signature block", "meetings.csv", meetings + signature, Meetings},
		{"none", "meetings.csv", meetings, Meetings},
		{"a row after it", "meetings.csv", meetings + signature + "M9,2025-02-12 09:00,p1,p1,Rapat\n", Meetings},
		{"13 rows, word last", "meetings.csv", meetings + many(13, "Mengetahui", 12), Meetings},
		{"13 rows, word first", "meetings.csv", meetings + many(13, "Mengetahui", 0), Meetings},
		{"12 rows, word first", "meetings.csv", meetings + many(12, "Mengetahui", 0), Meetings},
		{"no word", "meetings.csv", meetings + many(3, "Bandung", 1), Meetings},
		{"header among them", "meetings.csv", meetings + ",,Mengetahui,,\nmeeting_id,start,,,\n,,Kepala,,\n", Meetings},
		{"a short row after it", "meetings.csv", meetings + ",,Mengetahui,,\nM9\n", Meetings},
		{"totals in the No column", "correspondence.csv", numbered + "Total,,,\n", Correspondence},
		{"a file of a folder table", "correspondence/part-1.csv", numbered + "Total,,,\n", Correspondence},
		{"totals, TSV", "data_sharing.tsv", shares + "Jumlah\t\t\t\t\t\n\t\t\t\t\t\n", DataSharing},
		{"Parquet, block across row groups", "meetings.parquet", pq(sig...), Meetings},
		{"Parquet, none", "meetings.parquet", pq(), Meetings},
		{"Parquet, block after a row of data", "meetings.parquet", pq(append(sig, pqMeeting{"M1", "2025-02-10 09:00", "p1"})...), Meetings},
		{"Parquet, a long block", "meetings.parquet", pq(append(make([]pqMeeting, 20), sig...)...), Meetings},
		{"NDJSON, totals in the No key", "correspondence.ndjson", numberedJSON + `{"No":"Jumlah","sent_at":null,"Perihal":"2 surat"}` + "\n", Correspondence},
		{"NDJSON, totals and a row after", "correspondence.ndjson", numberedJSON + `{"No":"Jumlah"}` + "\n" + `{"No":"3","sent_at":"2025-01-12 09:00"}` + "\n", Correspondence},
		{"Parquet, totals in the No column", "correspondence.parquet", numberedPQ(pqNumbered{No: "Jumlah", Perihal: "30 surat"}), Correspondence},
		{"Parquet, totals under a signature", "correspondence.parquet", numberedPQ(pqNumbered{No: "Total"}, pqNumbered{Sender: "Mengetahui,"}, pqNumbered{Sender: "Kepala Dinas"}), Correspondence},
		{"Parquet, three values beside the word", "correspondence.parquet", numberedPQ(pqNumbered{No: "Jumlah", Sender: "p1", Perihal: "30 surat"}), Correspondence},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _, _, warns := loadHandStudy(t, c.table, c.file, c.body)
			want, wantOK := warningOf(warns, WarnFooterRows)
			path := s.Files[c.table][0]
			got, err := s.FooterRows(c.table, path, progress.Reporter{})
			if err != nil {
				t.Fatal(err)
			}
			if (got != nil) != wantOK {
				t.Fatalf("FooterRows %+v, Load's warning %+v (found %v)", got, want, wantOK)
			}
			if got != nil && (got.Count != want.Count || got.Line != want.Line || got.LastLine != want.LastLine || got.Value != want.Value || got.File != want.File || got.Table != want.Table) {
				t.Errorf("FooterRows %+v,\nLoad's warning %+v", *got, want)
			}
		})
	}
}

// TestFooterRowsProgress: FooterRows reports the rows it reads.
func TestFooterRowsProgress(t *testing.T) {
	s, _, _, _ := loadHandStudy(t, Meetings, "meetings.csv", "meeting_id,start,attendee,organizer,title\n"+attendRows+attendRows+",,Mengetahui,,\n")
	var done int64
	rep := progress.New(func(e progress.Event) {
		if e.Stage == progress.Rows && e.Name == "meetings.csv" {
			done = e.Done
		}
	})
	if _, err := s.FooterRows(Meetings, s.Files[Meetings][0], rep); err != nil {
		t.Fatal(err)
	}
	if done != 7 {
		t.Errorf("%d rows reported, want 7", done)
	}
}

// FuzzFooterRows: meetings made from the input (cells drawn from ids,
// times, words of a signature block and blanks, so that rows of at most
// two values come often), written as CSV or as Parquet of row groups of 1
// to 8 rows, and, when the input says so, with one byte of the file
// changed: FooterRows never panics, and where Load reads the file it
// names the block Load names, or none where Load names none.
func FuzzFooterRows(f *testing.F) {
	f.Add([]byte("\x00\x03\x01\x00\x10\x11\x12\x13\x14\x15\x16\x17\x20\x21\x22\x23\x24\x25\x26\x27\x30\x31\x32\x33"))
	f.Add([]byte("\x01\x05\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12"))
	f.Add([]byte("\x03\x02\x01\x40\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b"))
	type meeting struct {
		No        string `parquet:"No,optional"` // not read: a totals row's word may sit here
		MeetingID string `parquet:"meeting_id,optional"`
		Start     string `parquet:"start,optional"`
		Attendee  string `parquet:"attendee,optional"`
		Title     string `parquet:"title,optional"`
	}
	cells := []string{"", "", "", "M1", "M2", "2025-02-10 09:00", "2025-02-11", "p1", "p2", "p3", "x9",
		"Jumlah", "Mengetahui,", "Kepala Dinas", "NIP. 19700101 199503 1 001", "Bandung, 10 Februari 2025", "start", "Totalitas"}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 4 {
			return
		}
		asCSV, group, flip, at := data[0]&1 == 1, 1+int(data[1]%8), data[2]&1 == 1, int(data[3])<<4
		var rows []meeting
		for i := 4; i+3 < len(data) && len(rows) < 200; i += 4 {
			d := data[i : i+4]
			rows = append(rows, meeting{cells[int(d[0]^d[3])%len(cells)], cells[int(d[0])%len(cells)], cells[int(d[1])%len(cells)], cells[int(d[2])%len(cells)], cells[int(d[3])%len(cells)]})
		}
		if len(rows) == 0 {
			return
		}
		name, body := "meetings.parquet", ""
		if asCSV {
			var b strings.Builder
			b.WriteString("No,meeting_id,start,attendee,title\n")
			for _, r := range rows {
				fmt.Fprintf(&b, "%q,%q,%q,%q,%q\n", r.No, r.MeetingID, r.Start, r.Attendee, r.Title)
			}
			name, body = "meetings.csv", b.String()
		} else {
			file := pqWrite(t, rows, parquet.MaxRowsPerRowGroup(int64(group)), parquet.PageBufferSize(128))
			body = string(file)
		}
		if flip {
			b := []byte(body)
			b[at%len(b)] ^= 0x55
			body = string(b)
		}
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		os.Remove(dir + "/meetings.csv")
		writeFile(t, dir+"/"+name, body)
		s, err := OpenStudy(dir)
		if err != nil {
			return
		}
		var warns []Warning
		_, loadErr := Load(s, Options{MaxRejectRate: 1, OnWarning: func(w Warning) { warns = append(warns, w) }})
		got, err := s.FooterRows(Meetings, s.Files[Meetings][0], progress.Reporter{})
		if loadErr != nil || err != nil {
			return // a file Load cannot read: FooterRows only must not panic
		}
		want, ok := warningOf(warns, WarnFooterRows)
		if (got != nil) != ok || got != nil && (got.Count != want.Count || got.Line != want.Line || got.LastLine != want.LastLine || got.Value != want.Value) {
			t.Fatalf("FooterRows %+v, Load's warning %+v (found %v)", got, want, ok)
		}
	})
}
