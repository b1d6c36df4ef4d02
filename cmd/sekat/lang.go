package main

import "fmt"

// messages holds every sentence sekat prints for a user, in Bahasa
// Indonesia and English.
var messages = map[string][2]string{
	"seeHelp":             {"Lihat `sekat --help` atau `sekat PERINTAH --help`.", "See `sekat --help` or `sekat COMMAND --help`."},
	"noCommand":           {"perintah %q tidak dikenal; lihat `sekat --help`", "no command %q; see `sekat --help`"},
	"needStudy":           {"%s membutuhkan satu STUDI: folder tabel atau study.yaml", "%s needs one STUDY: a folder of tables or a study.yaml"},
	"badLevel":            {"--level harus unit atau person, bukan %q", "--level must be unit or person, not %q"},
	"badLang":             {"--lang harus id atau en, bukan %q", "--lang must be id or en, not %q"},
	"badTime":             {"%s %q bukan tanggal; tulis YYYY-MM-DD", "%s %q is not a date; write YYYY-MM-DD"},
	"badWindow":           {"--to (%s) harus sesudah --from (%s)", "--to (%s) must be after --from (%s)"},
	"badResolution":       {"--resolution %v: harus lebih dari 0", "--resolution %v: must be more than 0"},
	"badLeidenIterations": {"--leiden-iterations %d: tidak boleh negatif (0 berarti sampai stabil)", "--leiden-iterations %d: must not be negative (0 means until stable)"},
	"badPermutations":     {"--permutations %d: paling sedikit 1", "--permutations %d: must be at least 1"},
	"badSizeBy":           {"--size-by %q tidak dikenal; pilih salah satu dari %s", "unknown --size-by %q; choose one of %s"},
	"badEngine":           {"--engine %q tidak dikenal; pilih fdp atau dot", "unknown --engine %q; choose fdp or dot"},
	"badLayer":            {"--layer %q tidak dikenal; pilih correspondence, meetings, data_sharing atau data_denied", "unknown --layer %q; choose correspondence, meetings, data_sharing or data_denied"},
	"layerAndEgo":         {"--layer dan --ego tidak dapat dipakai bersamaan", "--layer and --ego cannot be used together"},
	"badRejectRate":       {"--max-reject-rate %v: harus antara 0 dan 1", "--max-reject-rate %v: must be between 0 and 1"},
	"noArgs":              {"%s tidak menerima argumen; pakai --out FOLDER", "%s takes no arguments; use --out DIR"},
	"badFormat":           {"--format %q tidak dikenal; pilih salah satu dari %s", "unknown --format %q; choose one of %s"},
	"rejected":            {"%d baris ditolak (%s); rinciannya ada di %s", "%d rows rejected (%s); they are listed in %s"},
	"noRejects":           {"tidak ada baris yang ditolak", "no rows rejected"},
	"wrote":               {"hasil ditulis ke %s", "outputs written to %s"},
	"validOK":             {"%s: %d berkas, %d baris, semuanya dapat dipakai", "%s: %d files, %d rows, all usable"},
	"validBad":            {"%s: %d berkas, %d baris, %d ditolak", "%s: %d files, %d rows, %d rejected"},
	"validWhere":          {"%s baris %d", "%s line %d"},
	"validColumn":         {"kolom %s", "column %s"},
	"validInvalid":        {"%d baris ditolak; perbaiki lalu jalankan lagi", "%d rows rejected; fix them and run again"},
	"errRejectRate": {"terlalu banyak baris ditolak di satu tabel (lebih dari --max-reject-rate); perbaiki baris yang tercantum di rejects.csv, atau naikkan --max-reject-rate",
		"too many rows of one table were rejected (more than --max-reject-rate); fix the rows listed in rejects.csv, or raise --max-reject-rate"},
	"errColumn": {"kolom wajib tidak ada di berkas; tambahkan kolomnya atau petakan namanya di study.yaml (columns:)",
		"a required column is missing from a file; add it or map its name in study.yaml (columns:)"},
	"errStudy": {"studi tidak dapat dibaca; periksa folder, nama berkas dan study.yaml",
		"the study cannot be read; check the folder, the file names and study.yaml"},
	"errStrict":    {"--strict: berhenti pada baris pertama yang ditolak", "--strict: stopped at the first rejected row"},
	"detail":       {"rincian", "detail"},
	"validMore":    {"  ... dan %d baris lain; jalankan `sekat analyze` untuk rejects.csv lengkap", "  ... and %d more; run `sekat analyze` for the full rejects.csv"},
	"summaryLine":  {"%d unit, %d orang, %d ikatan berarah; jendela %s s.d. %s", "%d units, %d people, %d directed ties; window %s to %s"},
	"generated":    {"studi sintetis %q (seed %d) ditulis ke %s", "synthetic study %q (seed %d) written to %s"},
	"demoStudy":    {"studi contoh ditulis ke %s", "sample study written to %s"},
	"demoDone":     {"demo selesai; buka %s", "demo done; open %s"},
	"exported":     {"jejaring (%s) ditulis ke %s", "network (%s) written to %s"},
	"inputsHeader": {"Masukan:", "Inputs:"},
	"inputLine":    {"  %-15s %-30s %10d baris, %d ditolak", "  %-15s %-30s %10d rows, %d rejected"},

	// Untrusted inputs (issue "Reliability", points 3-5): kept together so
	// that they can be carried into the text catalogue as one block.
	"flag.follow-symlinks": {"baca juga berkas di luar folder studi: tautan simbolik yang menunjuk ke luar folder dan jalur study.yaml yang keluar dari folder (tanpa opsi ini: ditolak)",
		"also read files outside the study folder: symbolic links that point out of it and study.yaml paths that leave it (without it they are refused)"},
	"flag.max-spool": {"batas `UKURAN` Parquet bergzip setelah diekstrak ke berkas sementara (mis. 4GiB, 500MiB)",
		"the most a gzipped Parquet file may unpack to in its temporary file, as a `SIZE` (e.g. 4GiB, 500MiB)"},
	"badMaxSpool": {"--max-spool %q: tulis ukuran positif seperti 4GiB, 500MiB atau 1048576 (bita)",
		"--max-spool %q: write a positive size such as 4GiB, 500MiB or 1048576 (bytes)"},
	"badSetting": {"nilai di study.yaml tidak sah", "a value in study.yaml is out of range"},
	"errOutside": {"berkas tabel berada di luar folder studi (melalui tautan simbolik atau jalur study.yaml) sehingga tidak dibaca; salin berkasnya ke folder studi, atau pakai --follow-symlinks bila tujuannya tepercaya",
		"a table file lies outside the study folder (through a symbolic link or a study.yaml path) and was not read; copy it into the study folder, or pass --follow-symlinks if you trust where it points"},
	"errNotRegular": {"berkas tabel bukan berkas biasa (pipa bernama, perangkat, atau folder) sehingga tidak dibaca; salin datanya ke berkas biasa",
		"a table file is not a regular file (a named pipe, a device or a folder) and was not read; copy the data into a file"},
	"errSpool": {"Parquet bergzip ini terlalu besar setelah diekstrak; naikkan --max-spool bila berkasnya asli, atau simpan sebagai .parquet biasa",
		"this gzipped Parquet file unpacks to more than the limit; raise --max-spool if the file is genuine, or store it as plain .parquet"},
	"rejectsMore": {"dan %d baris lain dari berkas ini juga ditolak; rejects.csv hanya mencantumkan %d baris pertama per berkas (jalankan sekat validate untuk ringkasannya)",
		"and %d more rows of this file were rejected; rejects.csv lists only the first %d rows of each file (sekat validate summarises them)"},
	"badFlagNumber":       {"%s %v: harus %s", "%s %v: must be %s"},
	"rangeFinitePositive": {"bilangan terhingga lebih dari 0", "a finite number greater than 0"},
	"rangeMinusOneOrMore": {"-1 atau lebih", "-1 or more"},
	"rangeZeroOrMore":     {"0 atau lebih", "0 or more"},
}

// msg returns message key in lang ("id" or "en") formatted with a.
func msg(lang, key string, a ...any) string { return pick(messages, lang, key, a) }

// pick returns the text of key in table for lang ("en" or else id),
// formatted with a when there are arguments, or key itself when the table
// has no such text.
func pick(table map[string][2]string, lang, key string, a []any) string {
	m, ok := table[key]
	if !ok {
		return key
	}
	s := m[0]
	if lang == "en" {
		s = m[1]
	}
	if len(a) == 0 {
		return s
	}
	return fmt.Sprintf(s, a...)
}
