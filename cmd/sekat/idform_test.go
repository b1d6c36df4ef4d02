package main

import (
	"path/filepath"
	"testing"
)

// TestIDWrittenOtherwise: an id that a known one written otherwise (a
// whole number written as a decimal, as pandas writes an id column it read
// as numbers, "1.0" for 1; other leading zeros in its number, "M1" for
// M01; full-width characters, "ＭＯ１" for MO1) is rejected naming the id
// the tables have and how to fix it, in any table and id column, in both
// languages; a recipient so written leaves the letter to its other
// recipients. Before (review of session 47), each was "unknown id: not in
// the people or units table" only.
func TestIDWrittenOtherwise(t *testing.T) {
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	writeStudyFile(t, study, "units.csv", []byte(units+"1,Dinas Satu,s1,\nM01,Dinas M,s2,\nMO1,Dinas O,s2,\n"))
	people := readFile(t, filepath.Join(study, "people.csv"))
	writeStudyFile(t, study, "people.csv", []byte(people+"42,A,Empat Dua,Staf,,\np43,1.0,Empat Tiga,Staf,,\n"))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,1.0,p1,,m91\n"+
		"2025-03-03 09:01,p3,p1;M1,,m92\n"+
		"2025-03-03 09:02,ＭＯ１,p1,,m93\n"+
		"2025-03-03 09:03,42.0,p1,,m94\n"))
	ds := readFile(t, filepath.Join(study, "data_sharing.csv"))
	writeStudyFile(t, study, "data_sharing.csv", []byte(ds+"2025-03-05,C,M001,penduduk,granted,\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unit "1.0" is not in the units table, which has "1", the same whole number written as a decimal`,
			`unknown id "1.0": the tables have "1", the same whole number written as a decimal: a program that read the id column as numbers (pandas does when the column has an empty cell) wrote it so; write the ids as text (in pandas, read with dtype=str)`,
			`unknown id "M1": the tables have "M01", the same id with other leading zeros in its number; sekat matches ids exactly: write it as the tables do; the letter is used with its other recipients`,
			`unknown id "ＭＯ１": the tables have "MO1", the same id in other characters (full-width letters or digits`,
			`unknown id "42.0": the tables have "42", the same whole number written as a decimal`,
			`unknown id "M001": the tables have "M01", the same id with other leading zeros`},
		"id": {`unit tidak ada di tabel units, yang memuat bilangan bulat yang sama, "1": program yang membaca kolom itu sebagai angka`,
			`id tidak dikenal, tetapi tabel units memuat bilangan bulat yang sama, "1": program yang membaca kolom id sebagai angka (pandas melakukannya bila kolom itu memiliki sel kosong) menuliskannya sebagai desimal (1.0 untuk 1); tuliskan id sebagai teks (di pandas, baca dengan dtype=str)`,
			`id penerima ini tidak dikenal, tetapi tabel units memuat id yang sama dengan angka nol di depan nomornya yang berbeda, "M01"; surat tetap dipakai dengan penerima lainnya`,
			`id tidak dikenal, tetapi tabel units memuat id yang sama dalam karakter biasa, "MO1"`,
			// a person's id is not named where the value may be left out
			`id tidak dikenal, tetapi tabel memuat bilangan bulat yang sama: program yang membaca kolom id sebagai angka`,
			`id tidak dikenal, tetapi tabel units memuat id yang sama dengan angka nol di depan nomornya yang berbeda, "M01"; sekat mencocokkan id persis`},
	})
}
