package ingest

import "testing"

// TestShowName: names of printable characters are shown as they are;
// others quoted with Go's escapes, and a shown name shows as itself.
func TestShowName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"correspondence.csv", "correspondence.csv"},
		{"surat masuk 2025.csv", "surat masuk 2025.csv"},
		{"data_sharing/bulan=2025-01/Ringkasan Dinas Pendidikan.csv", "data_sharing/bulan=2025-01/Ringkasan Dinas Pendidikan.csv"},
		{"surat\n2025.csv", `"surat\n2025.csv"`},
		{"surat\t.csv", `"surat\t.csv"`},
		{"a\x1b[31mb.csv", `"a\x1b[31mb.csv"`},
		{"cod\u202ecsv.exe", `"cod\u202ecsv.exe"`},
		{"bad\xffname", `"bad\xffname"`},
	} {
		got := ShowName(c.in)
		if got != c.want {
			t.Errorf("ShowName(%q) = %s, want %s", c.in, got, c.want)
		}
		if again := ShowName(got); again != got {
			t.Errorf("ShowName(%s) = %s, want it unchanged", got, again)
		}
	}
}
