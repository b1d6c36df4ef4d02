package ingest

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/graph"
)

// TestShardedLettersAsOrdinary loads Parquet letters of many row groups,
// with rejected rows, left-out ids, unknown people, spells, circulars,
// times as text (Excel serials among them) and rows outside the window,
// the ordinary way and in 2, 3 and 7 parts: the network, counts, totals,
// inputs, span, warnings and rejected rows (in order, with their lines)
// must be the same. So must the outcome where the parts give up: a part
// holding more rows than allowed, the early stop on rejected rows, and a
// damaged id (the first in the file's order stops the load).
func TestShardedLettersAsOrdinary(t *testing.T) {
	type letter struct {
		SentAt     string `parquet:"sent_at,dict"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients"`
		CC         string `parquet:"cc,dict"`
	}
	ids := []string{"P1", "P2", " P3 ", "P4", "U1", "X9", "", "P1;P2", "P2; X9", "U2", "P4;U1", "P1;U2;U3;U4;U5;U6", "P1 ;  P3", "P7"}
	times := []string{"2025-02-%02d 10:00:00", "%02d/02/2025", "4569%d", "2025-02-%02dT08:00:00Z", "30/02/2025 %d"}
	rng := rand.New(rand.NewPCG(51, 52))
	var rows []letter
	for i := 0; i < 6000; i++ {
		tm := times[0]
		if rng.IntN(10) == 0 {
			tm = times[rng.IntN(len(times))]
		}
		rows = append(rows, letter{fmt.Sprintf(tm, 1+rng.IntN(9)), ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]})
	}
	rows[5990].SentAt = "2025-01-15 10:00:00" // the earliest letter, in the last part
	units := "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\nU4,Empat\nU5,Lima\nU6,Enam\n"
	people := "person_id,unit_id,valid_from,valid_to\nP1,U1,,\nP2,U2,,\nP3,U3,,\nP4,U3,2025-02-03,2025-02-06\nP4,U2,2025-02-07,\nP7,U4,,2025-02-05\n"
	write := func(rows []letter) string {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), units)
		writeFile(t, filepath.Join(dir, "people.csv"), people)
		writeFile(t, filepath.Join(dir, "correspondence.parquet"), string(pqWrite(t, rows, parquet.MaxRowsPerRowGroup(97), parquet.PageBufferSize(512))))
		return dir
	}
	// events: the coordination event log's limit on contacts (0: none),
	// or no log when negative.
	load := func(dir string, rate float64, events int) string {
		win := graph.Window{From: 1738454400, To: 1738972800} // 2025-02-02 .. 2025-02-08 UTC
		opt := Options{MaxRejectRate: rate, Window: win}
		if events >= 0 {
			opt.Events = &graph.EventLog{Limit: events}
		}
		return loadDigest(t, dir, opt)
	}
	damaged := append([]letter(nil), rows...)
	damaged[5001].Recipients = "P1; 1.97902E+17"
	damaged[2500].CC = " 1,97902E+17"
	good, bad := write(rows), write(damaged)

	defer func(on bool, held int, workers func(int) int) {
		shardLetters, shardHeld, shardWorkers = on, held, workers
	}(shardLetters, shardHeld, shardWorkers)
	type run struct {
		dir    string
		rate   float64
		held   int
		events int
	}
	for _, r := range []run{{good, 1, 1 << 16, -1}, {good, 1, 1 << 16, 0}, {good, 1, 1 << 16, 700}, {good, 1, 3, 0}, {good, 0.01, 1 << 16, 0}, {bad, 1, 1 << 16, 0}} {
		shardLetters = false
		want := load(r.dir, r.rate, r.events)
		if r.events > 0 && !strings.Contains(want, "overflow true") {
			t.Fatalf("a log of %d contacts did not overflow:\n%s", r.events, want[max(0, len(want)-300):])
		}
		if r.dir == good && r.rate == 1 && (!strings.Contains(want, "used with its other recipients") || !strings.Contains(want, "has no unit on") ||
			!strings.Contains(want, "not a time") || !strings.Contains(want, "Excel") || !strings.Contains(want, "Circulars:") || strings.Contains(want, "error:")) {
			t.Fatalf("the study lacks a case the test is for:\n%s", want)
		}
		for _, k := range []int{2, 3, 7} {
			shardLetters, shardHeld, shardWorkers = true, r.held, func(int) int { return k }
			before := shardsDone.Load()
			got := load(r.dir, r.rate, r.events)
			if got != want {
				t.Errorf("%d parts, rate %v, held %d, damaged %v: differs from the ordinary read:\n%s", k, r.rate, r.held, r.dir == bad, firstLineDiff(want, got))
			}
			if ran := shardsDone.Load() > before; ran != (r.dir == good && r.rate == 1 && r.held > 3) {
				t.Errorf("%d parts, rate %v, held %d, damaged %v: sharded read done = %v", k, r.rate, r.held, r.dir == bad, ran)
			}
		}
	}
}

// TestShardedTypedTimesAsOrdinary: the same for letters as engines write
// them: TIMESTAMP times (some null, three a mistyped year apart from the
// rest), sender and recipients plain text, cc by dictionary, people known
// by NIP (numbers, so every id goes through the spreadsheet check, a
// damaged one among them), read without a window, with the event log.
func TestShardedTypedTimesAsOrdinary(t *testing.T) {
	type letter struct {
		SentAt     *time.Time `parquet:"sent_at,optional,timestamp(millisecond)"`
		Sender     string     `parquet:"sender"`
		Recipients string     `parquet:"recipients"`
		CC         string     `parquet:"cc,dict"`
	}
	nips := []string{"198501012010011001", "199002022015022002", "197703032000031003", "198812122012121004"}
	ids := append(append([]string(nil), nips...), "U1", "", nips[0]+";"+nips[1], nips[2]+"; "+nips[3], "199999999999999999", "1.98501E+17")
	rng := rand.New(rand.NewPCG(71, 72))
	var rows []letter
	for i := 0; i < 5000; i++ {
		var at *time.Time
		if rng.IntN(50) != 0 {
			x := time.Date(2025, 2, 1+rng.IntN(9), 8+rng.IntN(9), 0, 0, 0, time.UTC)
			at = &x
		}
		sender := nips[rng.IntN(len(nips))]
		if rng.IntN(20) == 0 {
			sender = ids[rng.IntN(len(ids)-1)]
		}
		rec := ids[rng.IntN(len(ids)-1)] // the damaged id only where set below
		rows = append(rows, letter{at, sender, rec, ids[rng.IntN(len(ids)-1)]})
	}
	for _, i := range []int{700, 2900, 4100} {
		x := time.Date(2205, 2, 3, 9, 0, 0, 0, time.UTC)
		rows[i].SentAt = &x
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id,valid_from,valid_to\n"+
		nips[0]+",U1,,\n"+nips[1]+",U2,,\n"+nips[2]+",U3,,2025-02-05\n"+nips[3]+",U1,,2025-02-04\n"+nips[3]+",U2,2025-02-04,\n")
	writeFile(t, filepath.Join(dir, "correspondence.parquet"), string(pqWrite(t, rows, parquet.MaxRowsPerRowGroup(301), parquet.PageBufferSize(1024))))
	defer func(on bool, workers func(int) int) { shardLetters, shardWorkers = on, workers }(shardLetters, shardWorkers)
	for _, damaged := range []bool{false, true} {
		if damaged {
			rows[3333].Recipients = nips[0] + ";1.98501E+17"
			writeFile(t, filepath.Join(dir, "correspondence.parquet"), string(pqWrite(t, rows, parquet.MaxRowsPerRowGroup(301), parquet.PageBufferSize(1024))))
		}
		opt := Options{MaxRejectRate: 1, Events: &graph.EventLog{}}
		shardLetters = false
		want := loadDigest(t, dir, opt)
		if !damaged && (!strings.Contains(want, "2205") || !strings.Contains(want, "has no unit on") || !strings.Contains(want, "empty sent_at") || strings.Contains(want, "error:")) {
			t.Fatalf("the study lacks a case the test is for:\n%s", want)
		}
		if damaged && !strings.Contains(want, "error:") {
			t.Fatalf("the damaged id did not stop the load:\n%s", want[max(0, len(want)-300):])
		}
		for _, k := range []int{2, 3} {
			shardLetters, shardWorkers = true, func(int) int { return k }
			if got := loadDigest(t, dir, opt); got != want {
				t.Errorf("%d parts, damaged %v: differs from the ordinary read:\n%s", k, damaged, firstLineDiff(want, got))
			}
		}
	}
}

// firstLineDiff shows the first line where a and b differ.
func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, x, y)
		}
	}
	return "(no line differs)"
}

// TestShardedCSVAsOrdinary: the same for CSV letters cut into parts at
// lines, with quoted fields over several lines, blank lines, CRLF, bad
// quoting, rows of the wrong width and UTF-8 text (read in parts, and
// their lines made the file's); a file whose first text that is not
// ASCII is Windows-1252, and one cut inside a quoted field, give up
// and read the ordinary way, with the same result.
func TestShardedCSVAsOrdinary(t *testing.T) {
	ids := []string{"P1", "P2", " P3 ", "P4", "U1", "X9", "", "P1;P2", "P2; X9", "U2", "P4;U1", "P1;U2;U3;U4;U5;U6", "P7"}
	subjects := []string{"Undangan rapat", "\"Rapat, koordinasi\"", "\"Nota\ndinas\"", "Laporan - triwulan", "\"a \"\"kutip\"\"\"", ""}
	rng := rand.New(rand.NewPCG(61, 62))
	var lines []string
	for i := 0; i < 36000; i++ {
		tm := fmt.Sprintf("2025-02-%02d 10:00:00", 1+rng.IntN(9))
		if rng.IntN(15) == 0 {
			tm = fmt.Sprintf("4569%d", rng.IntN(10)) // an Excel serial
		}
		// An id is quoted or not: a quoted one is built in the reader's
		// scratch, the others stay in its read buffer.
		id := func() string {
			x := ids[rng.IntN(len(ids))]
			if rng.IntN(2) == 0 && !strings.Contains(x, " ") {
				return x
			}
			return strconv.Quote(x)
		}
		line := fmt.Sprintf("%s,%s,%s,%s,%s", tm, id(), id(), id(), subjects[rng.IntN(len(subjects))])
		switch rng.IntN(60) {
		case 0:
			line += "\r" // CRLF
		case 1:
			line = "" // a blank line
		case 2:
			line = "2025-02-03 10:00:00,\"P1,P2\n" // a stray quote
		case 3:
			line += ",extra" // one field too many
		}
		lines = append(lines, line)
	}
	lines[35990] = "2025-01-15 10:00:00,P1,P2,,early" // the earliest letter, in the last part
	units := "unit_id,name\nU1,Satu\nU2,Dua\nU3,Tiga\nU4,Empat\nU5,Lima\nU6,Enam\n"
	people := "person_id,unit_id,valid_from,valid_to\nP1,U1,,\nP2,U2,,\nP3,U3,,\nP4,U3,2025-02-03,2025-02-06\nP4,U2,2025-02-07,\nP7,U4,,2025-02-05\n"
	pre := "" // above the header
	write := func(body string) string {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "units.csv"), units)
		writeFile(t, filepath.Join(dir, "people.csv"), people)
		eol := "\n"
		if !strings.Contains(body, "\n") {
			eol = "\r" // lines ended by a lone CR
		}
		writeFile(t, filepath.Join(dir, "correspondence.csv"), pre+"sent_at,sender,recipients,cc,subject"+eol+body)
		return dir
	}
	good := strings.Join(lines, "\n") + "\n"
	// Text that is not ASCII from the start (the encoding is chosen in
	// the first read), or only from three quarters on (past the first
	// read, srcBufSize: the parts must choose as the ordinary read would),
	// in UTF-8 or in Windows-1252 (an e acute, 0xE9, where UTF-8 needs two
	// bytes).
	if len(good) < 3*srcBufSize/2 {
		t.Fatalf("the file is %d bytes, too small to test the choice of encoding past the first read", len(good))
	}
	utf8 := strings.ReplaceAll(good, "Laporan - triwulan", "Laporan – triwulan")
	late := func(e string) string {
		at := strings.Index(good[len(good)*3/4:], "Undangan rapat") + len(good)*3/4
		return good[:at] + "Undangan r" + e + "pat" + good[at+len("Undangan rapat"):]
	}
	utf8Late, w1252 := late("\u00e9"), late("\xe9")
	// A quoted field of many lines across the middle of the file.
	mid := strings.Index(good[len(good)/2:], "\n") + len(good)/2 + 1
	long := good[:mid] + "2025-02-04 10:00:00,P1,P2,,\"" + strings.Repeat("baris panjang\n", 600) + "\"\n" + good[mid:]
	load := func(dir string) string {
		return loadDigest(t, dir, Options{MaxRejectRate: 1, Events: &graph.EventLog{}})
	}
	defer func(on bool, workers func(int) int, minBytes int64, check bool, buf int) {
		shardLetters, shardWorkers, shardMinBytes, csvCutCheck, csvPartBuf = on, workers, minBytes, check, buf
	}(shardLetters, shardWorkers, shardMinBytes, csvCutCheck, csvPartBuf)
	shardMinBytes = 16 << 10
	for _, c := range []struct {
		name, body string
		parts      func(k int) int // a read in k parts is kept: 1, not: 0, either: -1
	}{
		{"ascii", good, func(int) int { return 1 }},
		{"utf-8", utf8, func(int) int { return 1 }},
		{"utf-8 late", utf8Late, func(int) int { return 1 }},
		{"windows-1252 late", w1252, func(int) int { return 0 }},
		{"a long quoted field at the middle", long, func(int) int { return 1 }},
		// Excel's line declaring the delimiter above the header: the
		// parts begin after it, their lines counting it
		{"sep line", good, func(int) int { return 1 }},
		// Lines ended by a lone CR are not cut into parts (the cuts look
		// for LFs): read whole, as the ordinary read.
		{"CR line ends", strings.ReplaceAll(good, "\n", "\r"), func(int) int { return 0 }},
		// The header again where exports were joined: its lines noted by
		// the parts, as the ordinary read notes them.
		{"header rows", strings.Replace(strings.Replace(good, "\n", "\nsent_at,sender,recipients,cc,subject\n", 1), "\n2025-02-05", "\nSENT_AT,Sender,Recipients,CC,subject\n2025-02-05", 3), func(int) int { return 1 }},
		// A signature block at the end: only a read in the file's order
		// can tell it, so the parts give up.
		{"signature block", good + "Jumlah,,,,\n,\"Bandung, 10 Februari 2025\",,,\n,Mengetahui,,,\n,,,,\n,\"Drs. Budi\",,,\n", func(int) int { return 0 }},
		// A totals row whose word is in a column not read (subject):
		// the parts give up as well.
		{"totals word in a column not read", good + ",,,,Jumlah\n", func(int) int { return 0 }},
		// Cut blindly, 2 parts cut the long field; more may cut others.
		{"cut blindly in a quoted field", long, func(k int) int { return map[bool]int{true: 0, false: -1}[k == 2] }},
	} {
		csvCutCheck = !strings.HasPrefix(c.name, "cut blindly")
		pre = map[bool]string{true: "sep=,\r\n"}[c.name == "sep line"]
		dir := write(c.body)
		shardLetters = false
		want := load(dir)
		for _, s := range []string{"used with its other recipients", "has no unit on", "bad quoting", "expected 5 fields", "Excel", "error:"} {
			if strings.Contains(want, s) != (s != "error:") {
				t.Fatalf("%s: the study lacks a case the test is for (%q):\n%s", c.name, s, want)
			}
		}
		if mark := map[string]string{"header rows": "is repeated below it (4 in all", "signature block": "a signature block", "totals word in a column not read": "a totals row"}[c.name]; mark != "" && !strings.Contains(want, mark) {
			t.Fatalf("%s: the ordinary read does not say %q:\n%s", c.name, mark, want[max(0, len(want)-600):])
		}
		for _, k := range []int{2, 3, 7} {
			shardLetters, shardWorkers = true, func(int) int { return k }
			// The parts' read buffer as in use, or so small that a part
			// reads more input many times within a batch of rows.
			csvPartBuf = map[bool]int{true: srcBufSize, false: 4 << 10}[k != 3]
			before := shardsDone.Load()
			if got := load(dir); got != want {
				t.Errorf("%s, %d parts (read buffer %d): differs from the ordinary read:\n%s", c.name, k, csvPartBuf, firstLineDiff(want, got))
			}
			if ran, want := shardsDone.Load() > before, c.parts(k); want >= 0 && ran != (want == 1) {
				t.Errorf("%s, %d parts: read in parts = %v, want %v", c.name, k, ran, want == 1)
			}
		}
	}
	// An event log with room for fewer contacts than the letters make:
	// the parts keep the same first ones, and overflow as the ordinary
	// read does.
	dir := write(good)
	small := func() string {
		return loadDigest(t, dir, Options{MaxRejectRate: 1, Events: &graph.EventLog{Limit: 5000}})
	}
	csvCutCheck, shardLetters = true, false
	want := small()
	if !strings.Contains(want, "events 5000 contacts, overflow true") {
		t.Fatalf("the log of 5,000 contacts did not fill:\n%s", want[max(0, len(want)-300):])
	}
	for _, k := range []int{2, 3, 7} {
		shardLetters, shardWorkers = true, func(int) int { return k }
		if got := small(); got != want {
			t.Errorf("a log of 5,000 contacts, %d parts: differs from the ordinary read:\n%s", k, firstLineDiff(want, got))
		}
	}
	// A table that fails the reject rate: the ordinary read stops early,
	// and so does a read that began in parts, at the same row.
	csvCutCheck, shardLetters = true, false
	want = loadDigest(t, dir, Options{MaxRejectRate: 0.01})
	if !strings.Contains(want, "stopped reading") {
		t.Fatalf("at rate 0.01 the ordinary read did not stop early:\n%s", want[max(0, len(want)-300):])
	}
	shardLetters, shardWorkers = true, func(int) int { return 3 }
	if got := loadDigest(t, dir, Options{MaxRejectRate: 0.01}); got != want {
		t.Errorf("rate 0.01, 3 parts: differs from the ordinary read:\n%s", firstLineDiff(want, got))
	}
}

// loadDigest loads the study in dir with opt and sums up all that a read
// gives: the rejected rows in order with their lines, the unit network,
// counts, totals, span, inputs and warnings, or the error; and, when opt
// has an event log, the contacts recorded in a fresh log of the same
// limit (in order) and whether it overflowed.
func loadDigest(t testing.TB, dir string, opt Options) string {
	if opt.Events != nil {
		opt.Events = &graph.EventLog{Limit: opt.Events.Limit}
	}
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	opt.OnReject = func(re *RowError) {
		fmt.Fprintf(&b, "reject %s %d %s %q %s: %v\n", re.File, re.Line, re.Column, re.Value, re.Reason, re.Err)
	}
	res, err := Load(s, opt)
	if err != nil {
		return b.String() + "error: " + err.Error()
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	b.WriteString(strings.Join(edgeLines(n), "\n"))
	fmt.Fprintf(&b, "\ncounts %v\ntotals %+v\nspan %+v\n", n.Counts, res.Builder.Totals(), res.Span)
	for _, in := range res.Inputs {
		fmt.Fprintf(&b, "input %+v\n", in)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	if ev := opt.Events; ev != nil {
		h := sha256.New()
		for _, c := range ev.Contacts {
			fmt.Fprintf(h, "%d %d %d %d\n", c.A, c.B, c.At, c.Kind)
		}
		fmt.Fprintf(&b, "events %d contacts, overflow %v, sha256 %x\n", len(ev.Contacts), ev.Overflow, h.Sum(nil))
	}
	return b.String()
}

// FuzzShardedCSV: any letters file, read in 2 to 5 parts cut at lines
// (blindly or after a look at the records), gives what the ordinary read
// gives: the same network, counts, rejected rows and lines, warnings and
// errors.
func FuzzShardedCSV(f *testing.F) {
	b, _ := os.ReadFile("../testdata/studies/bad/correspondence.csv")
	f.Add(b, uint8(2))
	f.Add([]byte("sent_at,sender,recipients\n2025-01-01,p1,\"p3\n\"\n2025-01-02,p2,p3\n\n2025-01-03,p1,p4\n"), uint8(3))
	f.Add([]byte("sent_at;sender;recipients\r\n2025-01-01;p1;p3\r\n\"x\r\n2025-01-01;p1;p3\r\n2025-01-01;p1;\"p\xe93\"\r\n"), uint8(7))
	f.Add([]byte("sep=;\r\nsent_at;sender;recipients\r\n2025-01-01;p1;p3\r\n\r\n2025-01-02;p2;p9\r\n2025-01-03;p1;p4\r\n"), uint8(2))
	// repeated headers, which the parts pass on; a signature block at the
	// end, at which they give up (skiprows.go)
	f.Add([]byte("sent_at,sender,recipients\n2025-01-01,p1,p3\nsent_at,sender,recipients\n2025-01-02,p2,p3\n2025-01-03,,\nSent_At,Sender,Recipients\n2025-01-04,p1,p4\nJumlah,3,\n,Mengetahui,\n,Drs. Budi,\n"), uint8(3))
	defer func(on bool, workers func(int) int, minBytes int64, check bool, buf int) {
		shardLetters, shardWorkers, shardMinBytes, csvCutCheck, csvPartBuf = on, workers, minBytes, check, buf
	}(shardLetters, shardWorkers, shardMinBytes, csvCutCheck, csvPartBuf)
	shardMinBytes = 1
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		want, got := ordinaryAndParts(t, "correspondence.csv", data, func() {
			csvCutCheck = k&8 == 0
			shardWorkers = func(int) int { return 2 + int(k%4) }
			csvPartBuf = map[bool]int{true: srcBufSize, false: 16}[k&16 == 0]
		})
		if got != want {
			t.Fatalf("read in parts differs from the ordinary read:\n%s", firstLineDiff(want, got))
		}
	})
}

// FuzzShardedParquet: letters made from the input (ids, times with bad
// ones among them, row groups of 1 to 8 rows), written as Parquet and,
// when the input says so, with one byte of the file changed, read in 2 to
// 5 parts give what the ordinary read gives.
func FuzzShardedParquet(f *testing.F) {
	f.Add([]byte("\x03\x01\x00\x00abcdefghijklmnopqrstuvwxyz0123456789"))
	f.Add([]byte("\x00\x02\x01\x40\x10\x20\x30\x40\x50\x60\x70\x80\x90\xa0\xb0\xc0\xd0\xe0\xf0"))
	type letter struct {
		SentAt     string `parquet:"sent_at,dict"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients"`
		CC         string `parquet:"cc,dict"`
	}
	ids := []string{"p1", "p2", "p3", "p4", "p5", "A", "B", "x9", "", "p1;p3", " p2 ; x9", "p4;A;B;C"}
	times := []string{"2025-01-0%d 09:00", "0%d/01/2025", "4565%d", "2025-13-0%d", "x%d"}
	defer func(on bool, workers func(int) int) { shardLetters, shardWorkers = on, workers }(shardLetters, shardWorkers)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 4 {
			return
		}
		group, k, flip, at := 1+int(data[0]%8), 2+int(data[1]%4), data[2]&1 == 1, int(data[3])<<4
		var rows []letter
		for i := 4; i+3 < len(data) && len(rows) < 200; i += 4 {
			d := data[i : i+4]
			tm := times[0]
			if d[3]%8 == 0 {
				tm = times[int(d[3]/8)%len(times)]
			}
			rows = append(rows, letter{fmt.Sprintf(tm, 1+d[3]%9), ids[int(d[0])%len(ids)], ids[int(d[1])%len(ids)], ids[int(d[2])%len(ids)]})
		}
		if len(rows) == 0 {
			return
		}
		file := pqWrite(t, rows, parquet.MaxRowsPerRowGroup(int64(group)), parquet.PageBufferSize(128))
		if flip {
			file[at%len(file)] ^= 0x55
		}
		want, got := ordinaryAndParts(t, "correspondence.parquet", file, func() { shardWorkers = func(int) int { return k } })
		if got != want {
			t.Fatalf("read in %d parts differs from the ordinary read:\n%s", k, firstLineDiff(want, got))
		}
	})
}

// ordinaryAndParts loads the hand study with its letters replaced by
// data, in a file called name, the ordinary way (want) and in parts as
// set by parts (got), every row allowed to be rejected.
func ordinaryAndParts(t testing.TB, name string, data []byte, parts func()) (want, got string) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	writeFile(t, filepath.Join(dir, name), string(data))
	shardLetters = false
	want = loadDigest(t, dir, Options{MaxRejectRate: 1})
	shardLetters = true
	parts()
	return want, loadDigest(t, dir, Options{MaxRejectRate: 1})
}

// TestShardedDayOrderAsOrdinary: the dates of the month_first_dates
// warning are counted alike by the ordinary read and by a read in parts,
// where most rows are taken by plainLetter: the dates read day first that
// month first are other dates (02/10/2025) and those valid day first only
// (13/02/2025), each with its first value.
func TestShardedDayOrderAsOrdinary(t *testing.T) {
	type letter struct {
		SentAt     string `parquet:"sent_at,dict"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients"`
	}
	type plain Warning // printed field by field, not by its String
	for _, c := range []struct {
		name      string
		day       func(i int) int // the day of February of row i
		swap, dfo int64           // the counts of the warning
		swapV     string          // the first of each
		dfoV      string
	}{
		{"swappable only", func(i int) int { return 3 + i%9 }, 2000, 0, "03/02/2025 09:00", ""},
		{"day first only", func(i int) int { return 13 + i%16 }, 0, 2000, "", "13/02/2025 09:00"},
		// 76 rounds of days 28 down to 3 (16 day first only, then 10
		// swappable), and 24 more: 16 day first only, 8 swappable
		{"both", func(i int) int { return 28 - i%26 }, 76*10 + 8, 76*16 + 16, "12/02/2025 09:00", "28/02/2025 09:00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var rows []letter
			for i := range 2000 {
				rows = append(rows, letter{fmt.Sprintf("%02d/02/2025 09:00", c.day(i)), "U1", "U2"})
			}
			// the rejected dates: one in the middle, one at the end
			rows = append(rows, letter{"02/13/2025 09:00", "U2", "U1"})
			rows = append(rows[:1000:1000], append([]letter{{"02/14/2025 09:00", "U2", "U1"}}, rows[1000:]...)...)
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name\nU1,Satu\nU2,Dua\n")
			writeFile(t, filepath.Join(dir, "correspondence.parquet"), string(pqWrite(t, rows, parquet.MaxRowsPerRowGroup(97), parquet.PageBufferSize(512))))
			defer func(on bool, held int, workers func(int) int) {
				shardLetters, shardHeld, shardWorkers = on, held, workers
			}(shardLetters, shardHeld, shardWorkers)
			warning := func() Warning {
				s, err := OpenStudy(dir)
				if err != nil {
					t.Fatal(err)
				}
				res, err := Load(s, Options{MaxRejectRate: 1})
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range res.Warnings {
					if w.Code == WarnMonthFirst {
						return w
					}
				}
				t.Fatalf("no month-first warning: %s", warnCodes(res.Warnings))
				return Warning{}
			}
			shardLetters = false
			want := warning()
			if want.Count != 2 || want.Value != "02/14/2025 09:00" || want.DayFirst != c.swap || want.Other != c.swapV || want.DayFirstOnly != c.dfo || want.DayFirstOnlyValue != c.dfoV {
				t.Fatalf("ordinary read: got %+v\nwant 2 dates from 02/14/2025 09:00, %d swappable from %q and %d day first only from %q", plain(want), c.swap, c.swapV, c.dfo, c.dfoV)
			}
			for _, k := range []int{2, 3, 7} {
				shardLetters, shardHeld, shardWorkers = true, 1<<16, func(int) int { return k }
				before := shardsDone.Load()
				got := warning()
				if shardsDone.Load() == before {
					t.Fatalf("%d parts: the file was not read in parts", k)
				}
				if g, w := fmt.Sprintf("%+v", plain(got)), fmt.Sprintf("%+v", plain(want)); g != w {
					t.Errorf("%d parts: got %s\nwant %s", k, g, w)
				}
			}
		})
	}
}
