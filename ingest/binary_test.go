package ingest

import (
	"testing"
	"unicode/utf16"
)

// TestLooksBinary: bytes that are no text are told apart from text in
// UTF-8, Windows-1252 and UTF-16 without its BOM (a NUL in every other
// byte), which are tables of another encoding, not binary data.
func TestLooksBinary(t *testing.T) {
	header := "meeting_id,start,attendee\r\nM1,2025-02-10 09:00,p1\r\n"
	var u16 []byte
	for _, r := range utf16.Encode([]rune(header)) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*131 + i*i*7 + 13)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want bool
	}{
		{"utf-8", []byte(header + "M2,2025-02-10 09:00,Bapak Ħasan\n"), false},
		{"windows-1252", []byte("unit_id,name\nDINSOS,Dinas Sosial \xe9\xe8\n"), false},
		{"utf-16 without BOM", u16, false},
		{"random bytes", junk, true},
		{"a NUL in text", []byte("unit_id,name\nA\x00B,x\n"), true},
	} {
		if got := looksBinary(tc.b); got != tc.want {
			t.Errorf("%s: looksBinary %v, want %v", tc.name, got, tc.want)
		}
	}
}
