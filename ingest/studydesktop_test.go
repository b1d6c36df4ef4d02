package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTableFolderDesktopFiles: in a table's folder, the files a desktop
// leaves beside those it opens or copies hold no rows and are skipped:
// Excel's lock file beside a part it has open (~$part-0.csv, which has
// a table's ending and was read, stopping the run as "not a text table"),
// the Zone.Identifier of a download copied into WSL, desktop.ini and
// Thumbs.db (named in "not read" warnings before).
func TestTableFolderDesktopFiles(t *testing.T) {
	dir := handCopy(t)
	c := filepath.Join(dir, "correspondence.csv")
	body, err := os.ReadFile(c)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load(mustOpen(t, dir), Options{})
	if err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "correspondence")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(c); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(folder, "part-0.csv"), string(body))
	// an Excel lock file: the user's name in a fixed-size record with NULs
	writeFile(t, filepath.Join(folder, "~$part-0.csv"), "\x0aPegawai BKPSDM\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	writeFile(t, filepath.Join(folder, "part-0.csv:Zone.Identifier"), "[ZoneTransfer]\r\nZoneId=3\r\n")
	writeFile(t, filepath.Join(folder, "desktop.ini"), "[.ShellClassInfo]\r\n")
	writeFile(t, filepath.Join(folder, "Thumbs.db"), "\xd0\xcf\x11\xe0")
	s := mustOpen(t, dir)
	if got := s.Files[Correspondence]; len(got) != 1 || filepath.Base(got[0]) != "part-0.csv" {
		t.Errorf("correspondence files %v, want part-0.csv alone", got)
	}
	for _, w := range s.Warnings {
		if w.Code == WarnNotRead {
			t.Errorf("warning on a desktop file: %+v", w)
		}
	}
	res, err := Load(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Builder.Totals(), plain.Builder.Totals(); got != want {
		t.Errorf("totals %+v, want those of the flat file %+v", got, want)
	}
}

func mustOpen(t *testing.T, dir string) *Study {
	t.Helper()
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
