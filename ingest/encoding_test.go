package ingest

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// encTestUTF16 encodes s as UTF-16 with byte order mark (bom) or without.
func encTestUTF16(t testing.TB, s string, big, bom bool) []byte {
	t.Helper()
	order, policy := unicode.LittleEndian, unicode.IgnoreBOM
	if big {
		order = unicode.BigEndian
	}
	if bom {
		policy = unicode.UseBOM
	}
	b, err := unicode.UTF16(order, policy).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encTest1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// encTestRead reads all of in through a decoder for e, the source handing
// out one byte at a time when slow.
func encTestRead(t testing.TB, in []byte, e Encoding, slow bool) (string, *textDecoder) {
	t.Helper()
	var r io.Reader = bytes.NewReader(in)
	if slow {
		r = iotest.OneByteReader(r)
	}
	d := newTextDecoder(r, e)
	var out []byte
	buf := make([]byte, 7)
	if !slow {
		buf = make([]byte, 1<<16)
	}
	for {
		n, err := d.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return string(out), d
}

func TestTextDecoder(t *testing.T) {
	const text = "person_id,name\r\nP1,Désiré Müller\nP2,Aïda – “Ñ” €5\n"
	long := strings.Repeat("P0,Budi\n", 200_000) // 1.6 MB of ASCII before the first accent
	for _, c := range []struct {
		name     string
		in       []byte
		e        Encoding
		want     string
		found    Encoding
		detected bool
	}{
		{"utf-8", []byte(text), EncodingAuto, text, EncodingUTF8, false},
		{"utf-8 with bom", append(append([]byte(nil), srcBOM...), text...), EncodingAuto, "\ufeff" + text, EncodingUTF8, false},
		{"ascii", []byte("a,b\n1,2\n"), EncodingAuto, "a,b\n1,2\n", EncodingUTF8, false},
		{"empty", nil, EncodingAuto, "", EncodingUTF8, false},
		{"windows-1252", encTest1252(t, text), EncodingAuto, text, EncodingWindows1252, true},
		{"windows-1252 late", encTest1252(t, long+text), EncodingAuto, long + text, EncodingWindows1252, true},
		{"windows-1252 named", encTest1252(t, text), EncodingWindows1252, text, EncodingWindows1252, false},
		// a UTF-8 byte order mark before Windows-1252 text is not "ï»¿"
		{"windows-1252 named with utf-8 bom", append(append([]byte(nil), srcBOM...), encTest1252(t, text)...), EncodingWindows1252, text, EncodingWindows1252, false},
		{"windows-1252 named, bom only", append([]byte(nil), srcBOM...), EncodingWindows1252, "", EncodingWindows1252, false},
		{"windows-1252 named, short", []byte("a"), EncodingWindows1252, "a", EncodingWindows1252, false},
		{"utf-16le bom", encTestUTF16(t, text, false, true), EncodingAuto, text, EncodingUTF16, false},
		{"utf-16be bom", encTestUTF16(t, text, true, true), EncodingAuto, text, EncodingUTF16, false},
		{"utf-16le no bom", encTestUTF16(t, text, false, false), EncodingAuto, text, EncodingUTF16, false},
		{"utf-16be no bom", encTestUTF16(t, text, true, false), EncodingAuto, text, EncodingUTF16, false},
		{"utf-16 named", encTestUTF16(t, text, false, false), EncodingUTF16, text, EncodingUTF16, false},
		{"utf-16 named with bom", encTestUTF16(t, text, true, true), EncodingUTF16, text, EncodingUTF16, false},
		// named, without a mark: the order its first characters show, as
		// detection and the pairs SQL (engine's utf16Order) tell it; a
		// big-endian file was read little-endian, its header as 瀀攀爀...
		{"utf-16be named, no bom", encTestUTF16(t, text, true, false), EncodingUTF16, text, EncodingUTF16, false},
		{"utf-16 named, one character", encTestUTF16(t, "a", false, false), EncodingUTF16, "a", EncodingUTF16, false},
		{"utf-16 named, empty", nil, EncodingUTF16, "", EncodingUTF16, false},
		// 0x81 is no character in Windows-1252: the bytes stay as they are
		// and the reader rejects the rows as invalid UTF-8.
		{"neither", []byte("a\n\x81\xe9\n"), EncodingAuto, "a\n\x81\xe9\n", EncodingUTF8, false},
		// UTF-8 named: passed through even when it is Windows-1252.
		{"utf-8 named", encTest1252(t, text), EncodingUTF8, string(encTest1252(t, text)), EncodingUTF8, false},
	} {
		for _, slow := range []bool{false, true} {
			if slow && len(c.in) > 1<<20 {
				continue
			}
			got, d := encTestRead(t, c.in, c.e, slow)
			if got != c.want {
				t.Errorf("%s (slow %v): got %q, want %q", c.name, slow, trimTo(got, 80), trimTo(c.want, 80))
			}
			if d.Encoding() != c.found || d.detected != c.detected {
				t.Errorf("%s (slow %v): found %s detected %v, want %s %v", c.name, slow, d.Encoding(), d.detected, c.found, c.detected)
			}
		}
	}
}

func trimTo(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// TestTextDecoderCSV: a people.csv saved by Excel as CSV on Windows
// (Windows-1252, ';') and as Unicode Text (UTF-16LE with BOM, TAB) reads
// the same rows as its UTF-8 original.
func TestTextDecoderCSV(t *testing.T) {
	const utf = "person_id;unit_id;name\r\nP1;DINKES;Désiré Müller\r\nP2;BAPPEDA;Siti Rahmà\r\n"
	want := encTestCSV(t, "p.csv", []byte(utf))
	for name, in := range map[string][]byte{
		"cp1252": encTest1252(t, utf),
		"utf-16": encTestUTF16(t, strings.ReplaceAll(utf, ";", "\t"), false, true),
	} {
		if got := encTestCSV(t, "p.csv", in); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
}

// encTestCSV reads a CSV file's rows through OpenReader as text.
func encTestCSV(t *testing.T, name string, in []byte) string {
	t.Helper()
	s, err := OpenReader(name, bytes.NewReader(in), "csv", false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := fuzzReadRows(s)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(strings.Join(s.Columns(), "|") + "\n")
	for _, r := range rows {
		b.WriteString(strings.ReplaceAll(r.vals, "\x00", "|") + "\n")
	}
	return b.String()
}

func TestFirstNonASCII(t *testing.T) {
	for i := 0; i < 40; i++ {
		b := bytes.Repeat([]byte{'a'}, 40)
		b[i] = 0xC3
		if got := firstNonASCII(b); got != i {
			t.Errorf("non-ASCII at %d: got %d", i, got)
		}
	}
	if got := firstNonASCII([]byte("plain ascii text, long enough")); got != -1 {
		t.Errorf("ASCII: got %d", got)
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]Encoding{"UTF-8": EncodingUTF8, "utf16": EncodingUTF16, " Windows-1252 ": EncodingWindows1252, "cp1252": EncodingWindows1252} {
		if got, ok := ParseEncoding(in); !ok || got != want {
			t.Errorf("%q: got %s %v", in, got, ok)
		}
	}
	if _, ok := ParseEncoding("latin2"); ok {
		t.Error("latin2 accepted")
	}
}

// FuzzTextDecoder: whatever the bytes and the encoding, reading through
// the decoder in one go and a byte at a time gives the same text; a
// decoding encoding gives valid UTF-8; detection leaves valid UTF-8 as it
// is, and decodes short text that is not UTF-8 but is Windows-1252 as
// Windows-1252.
func FuzzTextDecoder(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, ".csv", ".tsv", ".ndjson") {
		f.Add(b, uint8(0))
	}
	f.Add(encTest1252(f, "a,b\nÉ,ü\n"), uint8(0))
	f.Add(encTestUTF16(f, "a,b\nÉ,ü\n", false, true), uint8(0))
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8}, uint8(2))
	f.Add(append(append([]byte(nil), srcBOM...), encTest1252(f, "a;b\nÉ;“ü”\n")...), uint8(EncodingWindows1252))
	f.Fuzz(func(t *testing.T, in []byte, e uint8) {
		enc := Encoding(e % 4)
		fast, d := encTestRead(t, in, enc, false)
		slow, _ := encTestRead(t, in, enc, true)
		if fast != slow {
			t.Fatalf("%s: read in one go %q, a byte at a time %q", enc, fast, slow)
		}
		if d.Encoding() != EncodingUTF8 && !utf8.ValidString(fast) {
			t.Fatalf("decoded as %s, not valid UTF-8: %q", d.Encoding(), fast)
		}
		if enc != EncodingAuto {
			return
		}
		bom16 := len(in) >= 2 && (in[0] == 0xFF && in[1] == 0xFE || in[0] == 0xFE && in[1] == 0xFF)
		if utf8.Valid(in) && !bom16 && d.Encoding() == EncodingUTF8 && fast != string(in) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", in, fast)
		}
		if d.Encoding() == EncodingUTF8 && !utf8.Valid(in) && windows1252(in) && len(in) <= encLookahead && !bom16 && !bytes.HasPrefix(in, srcBOM) && len(in) >= 4 {
			if in[1] == 0 && in[3] == 0 || in[0] == 0 && in[2] == 0 {
				return // taken for UTF-16 without its mark
			}
			t.Fatalf("not UTF-8, Windows-1252, read as UTF-8: %q", in)
		}
	})
}

// BenchmarkTextDecoder_8MiB reads 8 MiB of ASCII CSV through a detecting
// decoder, the case detection watches longest (every byte is looked at),
// in 1 MiB reads as the CSV reader makes them.
func BenchmarkTextDecoder_8MiB(b *testing.B) {
	in := bytes.Repeat([]byte("2025-01-02 07:30:00,197507091999071312,199103082014071563\n"), 8<<20/58)
	buf := make([]byte, 1<<20)
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		d := newTextDecoder(bytes.NewReader(in), EncodingAuto)
		for {
			if _, err := d.Read(buf); err == io.EOF {
				break
			}
		}
	}
}

// TestMixedUTF8: a file read as Windows-1252 (detected, or named in
// study.yaml) that also holds UTF-8 characters (rows pasted from a UTF-8
// export) reports how many and the first, however the reads cut them;
// a Windows-1252 file without any, and a UTF-8 file, report none. Before,
// such characters were read as two wrong ones ("é" as "Ã©") without a
// word.
func TestMixedUTF8(t *testing.T) {
	mixed := "unit_id,name\nA,Dinas Kebudayaan \xe9tnik\nB,Caf\xc3\xa9 \xe2\x82\xac\nC,Kantor \xe9\n"
	for _, c := range []struct {
		in    string
		enc   Encoding
		n     int64
		first string
	}{
		{mixed, EncodingAuto, 2, "é"},
		{mixed, EncodingWindows1252, 2, "é"},
		{"unit_id,name\nA,Dinas \xe9tnik \xc0 la\n", EncodingAuto, 0, ""},
		{"unit_id,name\nA,Caf\xc3\xa9\n", EncodingAuto, 0, ""},
	} {
		for _, chunk := range []int{1, 2, 3, 4096} {
			d := newTextDecoder(iotest.OneByteReader(strings.NewReader(c.in)), c.enc)
			if chunk > 1 {
				d = newTextDecoder(&chunkReader{strings.NewReader(c.in), chunk}, c.enc)
			}
			if _, err := io.ReadAll(d); err != nil {
				t.Fatal(err)
			}
			if n, first := d.MixedUTF8(); n != c.n || first != c.first {
				t.Errorf("%q (%v, reads of %d): %d UTF-8 characters, first %q; want %d, %q", c.in, c.enc, chunk, n, first, c.n, c.first)
			}
		}
	}
	if got := charmapText("é"); got != "Ã©" {
		t.Errorf("charmapText: %q", got)
	}
}

// chunkReader reads at most n bytes at a time.
type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(b []byte) (int, error) { return c.r.Read(b[:min(len(b), c.n)]) }

// TestWindows1252NamedWithBOM: a people.csv of Windows-1252 bytes behind
// a UTF-8 byte order mark (rows saved by Excel appended to a "CSV UTF-8"
// export), read with encoding: windows-1252 as the warning for such a
// file advises, finds its first column and decodes its names. The mark
// was decoded as "ï»¿" glued to person_id, and the run stopped on a
// missing column.
func TestWindows1252NamedWithBOM(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "study.yaml"), "encoding: {people: windows-1252}\n")
	people := "person_id;unit_id;name;valid_from\r\np1;A;Ma’ruf – Désiré;\r\np2;A;Dua;\r\np3;B;Tiga;2024-01-01\r\np4;C;Empat;\r\np5;C;Lima;\r\n"
	writeFile(t, filepath.Join(dir, "people.csv"), string(append(append([]byte(nil), srcBOM...), encTest1252(t, people)...)))
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rejected []string
	res, err := Load(s, Options{OnReject: func(e *RowError) { rejected = append(rejected, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Code == WarnMixedEncoding {
			t.Errorf("the byte order mark was counted as a UTF-8 character: %v", w)
		}
	}
	if len(rejected) > 0 {
		t.Errorf("rejected: %q", rejected)
	}
	_, p, ok := res.Directory.Lookup([]byte("p1"))
	if !ok || p < 0 {
		t.Fatal("p1 is not a person")
	}
	if got := res.Directory.People[p].Name; got != "Ma’ruf – Désiré" {
		t.Errorf("got name %q, want %q", got, "Ma’ruf – Désiré")
	}
}
