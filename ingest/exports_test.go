package ingest

import (
	"errors"
	"path/filepath"
	"testing"
)

// renamedStudy writes a study whose columns are renamed by study.yaml to
// the names an Indonesian export gives them, in their letter case.
func renamedStudy(t *testing.T, yaml string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "Kode Unit,Nama Unit\nA,Dinas A\nB,Dinas B\nC,Dinas C\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "NIP,Unit Kerja,Nama\np1,A,Satu\np2,B,Dua\np3,X,Tiga\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "Tanggal Kirim,Pengirim,Penerima\n2025-01-10 09:00,p1,p2\n2025-01-11 09:00,p2,p1\nkemarin,p1,p2\n")
	writeFile(t, filepath.Join(dir, "study.yaml"), yaml)
	return dir
}

// A column renamed by study.yaml is named in messages as the file's
// header writes it, not in the lower case it is compared in.
func TestRenamedColumnNamedAsHeaderWrites(t *testing.T) {
	dir := renamedStudy(t, "columns:\n  units: {unit_id: kode unit, name: Nama Unit}\n  people: {person_id: NIP, unit_id: unit kerja, name: Nama, position: Jabatan}\n  correspondence: {sent_at: Tanggal Kirim, sender: Pengirim, recipients: Penerima}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	var warned []string
	_, err = Load(s, Options{MaxRejectRate: 1,
		OnReject:  func(re *RowError) { cols = append(cols, re.Column) },
		OnWarning: func(w Warning) { warned = append(warned, w.Column) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) != 2 || cols[0] != "Unit Kerja" || cols[1] != "Tanggal Kirim" {
		t.Errorf("rejected rows name the columns %q, want [Unit Kerja Tanggal Kirim]", cols)
	}
	found := false
	for _, c := range warned {
		found = found || c == "Jabatan"
	}
	if !found {
		t.Errorf("the absent renamed column is warned of as %q, want Jabatan", warned)
	}
}

// A required column renamed by study.yaml to a name the file lacks is
// named as study.yaml writes it.
func TestRenamedMissingColumnNamedAsStudyWrites(t *testing.T) {
	dir := renamedStudy(t, "columns:\n  units: {unit_id: Kode Unit}\n  people: {person_id: NIP, unit_id: Unit Organisasi}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(s, Options{MaxRejectRate: 1})
	var ce *ColumnError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *ColumnError", err)
	}
	if ce.Column != "Unit Organisasi" || ce.Renamed != "unit_id" {
		t.Errorf("missing column %q (renamed %q), want \"Unit Organisasi\" for unit_id", ce.Column, ce.Renamed)
	}
}
