package main

import "testing"

// TestHTMLNamedCSVWorded: a web report saved as a .csv (an HTML page, or
// the bare HTML table some systems export) is named as an HTML page with
// its file and line and the fix, in both languages. Before, the run said
// only that the columns were missing, listing "<!DOCTYPE html>" as found.
// An HTML page named .xlsx is named alike.
func TestHTMLNamedCSVWorded(t *testing.T) {
	runFatal(t, fatalCase{
		name:  "web page",
		files: map[string][]byte{"correspondence.csv": []byte("<!DOCTYPE html>\n<html><head><title>Laporan Surat</title></head>\n<body><table><tr><th>message_id</th><th>sent_at</th></tr></table></body></html>\n")},
		id:    []string{"correspondence.csv baris 1 adalah awal sebuah halaman HTML", "ekspor ulang tabelnya sebagai CSV dari sistem asalnya", "simpan sebagai CSV UTF-8"},
		en:    []string{"correspondence.csv line 1 starts an HTML page", "export the table again as CSV from the system it came from", "save it as CSV UTF-8"},
	})
	runFatal(t, fatalCase{
		name:  "HTML table after blank lines",
		files: map[string][]byte{"units.csv": []byte("\r\n\r\n<table><tr><td>unit_id</td><td>name</td></tr></table>\r\n")},
		id:    []string{"units.csv baris 3 adalah awal sebuah halaman HTML"},
		en:    []string{"units.csv line 3 starts an HTML page"},
	})
	// a web application's "export to Excel": an HTML table named .xlsx,
	// which was "not an .xlsx workbook (zip: not a valid zip file)"
	runFatal(t, fatalCase{
		name:  "HTML named .xlsx",
		files: map[string][]byte{"meetings.csv": nil, "meetings.xlsx": []byte("<html><body><table><tr><td>meeting_id</td><td>start</td></tr></table></body></html>")},
		id:    []string{"meetings.xlsx adalah halaman HTML (laporan web yang disimpan dengan nama buku kerja), bukan buku kerja: buka di Excel lalu simpan sebagai .xlsx"},
		en:    []string{"meetings.xlsx: line 1 starts an HTML page (a web report saved under a workbook's name), not a workbook: open it in Excel and save it as .xlsx"},
	})
}
