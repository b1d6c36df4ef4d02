package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStudyYAML(t *testing.T) {
	for _, c := range []struct {
		name, yaml, want string // want: "" = ok, else a substring of the error
	}{
		{"empty", "", ""},
		{"full", "name: Contoh\ntimezone: Asia/Makassar\nlayer_weights: {meetings: 2}\nwindow: {from: 2025-01-01, to: 2025-07-01}\nthresholds: {max_reject_rate: 0.5}\n", ""},
		{"rename", "columns:\n  correspondence: {sender: pengirim}\n", "pengirim"},
		{"unknown key", "nama: x\n", "nama"},
		{"unknown table", "files: {surat: [a.csv]}\n", "surat"},
		{"unknown column", "columns: {meetings: {tanggal: start}}\n", "tanggal"},
		{"bad zone", "timezone: Mars/Olympus\n", "Mars/Olympus"},
		{"negative weight", "layer_weights: {meetings: -1}\n", "meetings"},
		{"unknown layer", "layer_weights: {rapat: 1}\n", "rapat"},
		{"bad window", "window: {from: kemarin}\n", "kemarin"},
		{"bad rate", "thresholds: {max_reject_rate: 2}\n", "max_reject_rate"},
		{"missing file", "files: {meetings: [nope.csv]}\n", "nope.csv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
			s, err := OpenStudy(dir)
			if err == nil && c.want != "" {
				// Renames show up when the table is read.
				_, err = Load(s, Options{})
			}
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("err = %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("err = %v, want one naming %q", err, c.want)
			}
		})
	}
}

// TestStudyIndonesianZones: timezone WIB, WITA or WIT (any case) reads as
// Asia/Jakarta, Asia/Makassar or Asia/Jayapura; before, "not a known IANA
// zone". Other abbreviations stay unknown.
func TestStudyIndonesianZones(t *testing.T) {
	for zone, want := range map[string]string{"WIB": "Asia/Jakarta", "wita": "Asia/Makassar", " WIT ": "Asia/Jayapura", "Asia/Makassar": "Asia/Makassar"} {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		writeFile(t, filepath.Join(dir, "study.yaml"), "timezone: \""+zone+"\"\n")
		s, err := OpenStudy(dir)
		if err != nil || s.Loc.String() != want {
			t.Errorf("timezone %q: %v, %v; want %s", zone, s, err, want)
		}
	}
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "study.yaml"), "timezone: WIBB\n")
	if _, err := OpenStudy(dir); err == nil || !strings.Contains(err.Error(), "WIBB") {
		t.Errorf("timezone WIBB: %v, want an error naming it", err)
	}
}

func TestStudyDiscovery(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenStudy(dir); !errors.Is(err, ErrStudy) || !strings.Contains(err.Error(), "units") {
		t.Errorf("empty folder: %v", err)
	}
	copyStudy(t, "../testdata/studies/hand", dir)
	os.Rename(filepath.Join(dir, "correspondence.csv"), filepath.Join(dir, "correspondence_2025_01.csv"))
	writeFile(t, filepath.Join(dir, "correspondence_2025_02.csv"), "sent_at,sender,recipients\n2025-02-03,p1,p4\n")
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a table")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(s.Files[Correspondence]); got != 2 {
		t.Errorf("%d correspondence files, want 2", got)
	}
	res, err := Load(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Builder.Totals().Messages; got != 7 {
		t.Errorf("%d letters from two files, want 7", got)
	}
}

// FuzzStudyYAML: no study.yaml may panic OpenStudy or Load.
func FuzzStudyYAML(f *testing.F) {
	f.Add("name: x\n")
	f.Add("columns: {correspondence: {sender: from}}\nlayer_weights: {meetings: 0}\n")
	f.Add("files: {units: ['*']}\n")
	f.Add("window: {from: 2025-01-01, to: 2024-01-01}\n")
	f.Add("thresholds:\n  max_reject_rate:0.05\nname: Kabupaten Contoh: Tahun 2025\n")
	f.Add("name: x\ntimezone:WIB\nwindow: {from:2025-01-01}\n")
	f.Fuzz(func(t *testing.T, y string) {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		writeFile(t, filepath.Join(dir, "study.yaml"), y)
		if s, err := OpenStudy(dir); err == nil {
			Load(s, Options{MaxRejectRate: 1})
		}
	})
}

// FuzzLoadCorrespondence: no correspondence table (plain, or gzipped when
// its length is odd) may panic the loader; every row is either used or
// rejected, and a kept letter's unknown ids are reported as partial, not
// as rejected rows; and the early stop on rejected rows, checked after every row
// here, fails exactly the runs that fail at the end: never one that
// would pass.
func FuzzLoadCorrespondence(f *testing.F) {
	b, _ := os.ReadFile("../testdata/studies/bad/correspondence.csv")
	f.Add(b)
	f.Add([]byte("sent_at,sender,recipients\n2025-01-01,p1,;;;\n"))
	f.Add([]byte("SENT_AT;Sender;Recipients;cc\n01/02/2025 10:00;B;C;p5\n"))
	f.Add([]byte("sent_at,sender,recipients\nx,p1,p3\n2025-01-01,p1,p3\n2025-01-01,p1,p3\n2025-01-01,p1,p3\n"))
	f.Add([]byte("sent_at,sender,recipients\n2025-01-01,Satu (p1),B - Dinas B;p3\n2025-01-01,p1 / p3 / x,( )\n"))
	f.Add([]byte("sent_at,sender,recipients\n5-Jan-25,p1,p3\n\"Selasa, 7 Januari 25 10.00 WIB\",p1,p3\n06/01/25,p1,p3\n"))
	f.Add([]byte("sent_at,sender,recipients\n20250110090000,p1,p3\n10/01/2025 09.00 - 12.00 WIB,p1,p3\n\"10 Januari 2025 pukul 09.00 s.d. selesai\",p1,p3\n10/01/2025 - 12/01/2025,p1,p3\n"))
	// the header again, and a signature block under the letters (skiprows.go)
	f.Add([]byte("sent_at,sender,recipients\nSENT_AT,Sender,Recipients\n\"Jum'at, 10 Januari 2025 jam 09.00\",p1,p3\nsent_at,sender,recipients\n2025-01-02,p2,\n,,\nJumlah,2,\n,Mengetahui,\n,\"Drs. Budi, M.Si\",\n,NIP. 19700101 199503 1 001,\n"))
	defer func(n int64) { earlyCheckRows = n }(earlyCheckRows)
	earlyCheckRows = 1
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		os.Remove(filepath.Join(dir, "correspondence.csv"))
		if len(data)%2 == 1 {
			writeFile(t, filepath.Join(dir, "correspondence.csv.gz"), string(openTestGzip(data)))
		} else {
			writeFile(t, filepath.Join(dir, "correspondence.csv"), string(data))
		}
		s, err := OpenStudy(dir)
		if err != nil {
			return
		}
		var rejected, partialIDs int64
		res, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
			if errors.Is(re, ErrPartial) {
				partialIDs++ // an unknown id of a letter that was kept
			} else {
				rejected++
			}
		}})
		if err != nil {
			return
		}
		var rows, inRejected, inPartial int64
		for _, in := range res.Inputs {
			if in.Table == Correspondence {
				rows += in.Rows
				inRejected += in.Rejected
				inPartial += in.Partial
			}
		}
		if got := res.Builder.Totals().Messages + rejected; got != rows {
			t.Errorf("%d rows read, %d letters + %d rejected", rows, res.Builder.Totals().Messages, rejected)
		}
		if rejected != inRejected || (partialIDs > 0) != (inPartial > 0) || inPartial > partialIDs {
			t.Errorf("%d rejected and %d partial rows counted; %d rejected rows and %d left-out ids reported", inRejected, inPartial, rejected, partialIDs)
		}
		const rate = 0.2
		_, err = Load(s, Options{MaxRejectRate: rate})
		fails := float64(inRejected) > rate*float64(rows)
		if fails != errors.Is(err, ErrRejectRate) {
			t.Errorf("%d of %d rows rejected at rate %v: err = %v", inRejected, rows, rate, err)
		}
	})
}

// TestDayMonthSwappable: the numeric dates whose day and month can be read
// either way, which a study read month first refuses in its window.
func TestDayMonthSwappable(t *testing.T) {
	for s, want := range map[string]bool{
		"02/01/2025": true, "2/1/2025": true, "02-01-2025 08:00": true, "02.01.25": true, " 12/11/2025": true,
		"01/01/2025": false, "13/01/2025": false, "01/13/2025": false, "2025-02-01": false, "2025/02/01": false,
		"1 Februari 2025": false, "45717": false, "": false, "00/01/2025": false,
	} {
		if got := DayMonthSwappable([]byte(s)); got != want {
			t.Errorf("DayMonthSwappable(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStudyYAMLCrosswalk: crosswalk: names the study's unit crosswalk,
// relative to the folder of study.yaml. The file it names is not said to
// be left unread (it is read, by the commands that use it); one that does
// not exist stops the run at its line; one outside the study folder is
// refused unless FollowSymlinks, as a table there is. Without the key the
// study has no crosswalk, also with a unit_crosswalk.csv in its folder.
func TestStudyYAMLCrosswalk(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "unit_crosswalk.csv"), "old_unit,new_unit,from,share\n")
	s, err := OpenStudy(dir)
	if err != nil || s.Crosswalk != "" {
		t.Fatalf("without crosswalk: the study has crosswalk %q (%v)", s.Crosswalk, err)
	}
	writeFile(t, filepath.Join(dir, "opd_2025.csv"), "old_unit,new_unit,from,share\nA,B,2025-07-01,1\n")
	writeFile(t, filepath.Join(dir, "study.yaml"), "name: x\ncrosswalk: opd_2025.csv\n")
	s, err = OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Crosswalk != filepath.Join(dir, "opd_2025.csv") {
		t.Errorf("crosswalk %q, want opd_2025.csv of the study", s.Crosswalk)
	}
	for _, w := range s.Warnings {
		if w.File == "opd_2025.csv" {
			t.Errorf("the declared crosswalk is warned of: %+v", w)
		}
	}
	writeFile(t, filepath.Join(dir, "study.yaml"), "name: x\ncrosswalk: tidak_ada.csv\n")
	if _, err := OpenStudy(dir); err == nil || !strings.Contains(err.Error(), "study.yaml line 2: crosswalk: tidak_ada.csv: no such file") {
		t.Errorf("a crosswalk that does not exist: %v", err)
	}
	outside := filepath.Join(t.TempDir(), "cw.csv")
	writeFile(t, outside, "old_unit,new_unit,from,share\n")
	writeFile(t, filepath.Join(dir, "study.yaml"), "crosswalk: "+outside+"\n")
	if _, err := OpenStudy(dir); !errors.Is(err, ErrOutside) {
		t.Errorf("a crosswalk outside the study folder: %v, want ErrOutside", err)
	}
	if s, err := OpenStudyWith(dir, StudyOptions{FollowSymlinks: true}); err != nil || s.Crosswalk != outside {
		t.Errorf("with FollowSymlinks: %v, crosswalk %q", err, s.Crosswalk)
	}
}
