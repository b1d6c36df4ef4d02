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

	// Interrupts and crashes (main.go).
	"interrupted": {"dihentikan (Ctrl-C atau SIGTERM); berkas sementara sudah dihapus, hasil sebelumnya di folder keluaran tidak diubah",
		"interrupted (Ctrl-C or SIGTERM); temporary files removed, earlier outputs in the output folder left as they were"},
	"interruptedTwice": {"dihentikan seketika atas sinyal kedua; berkas sementara sudah dihapus",
		"stopped at once on the second signal; temporary files removed"},
	"crash": {"kesalahan internal (panic). Ini cacat pada sekat, bukan kesalahan pada data Anda.",
		"internal error (panic). This is a bug in sekat, not a fault in your data."},
	"crashSend": {"Mohon kirimkan laporan di bawah ini kepada pengelola sekat, beserta perintah yang dijalankan dan, bila\nmemungkinkan, study.yaml serta baris judul tabel masukan (bukan isi datanya):",
		"Please send the report below to sekat's maintainers, with the command you ran and, if you can, study.yaml\nand the header lines of the input tables (not the data):"},
	"crashOutputs": {"Berkas sementara sudah dihapus; hasil sebelumnya di folder keluaran tidak diubah.",
		"Temporary files were removed; earlier outputs in the output folder were left as they were."},

	// Progress lines on a terminal (progress.go).
	"progRows":         {"membaca %s: %s baris", "reading %s: %s rows"},
	"progLeiden":       {"komunitas (Leiden): iterasi ke-%d", "communities (Leiden): iteration %d"},
	"progLeidenCap":    {"komunitas (Leiden): iterasi ke-%d dari paling banyak %d", "communities (Leiden): iteration %d of at most %d"},
	"progBetweenness":  {"betweenness: %s dari %s sumber (%d%%)", "betweenness: %s of %s sources (%d%%)"},
	"progSampled":      {"betweenness (sampel): %s dari %s pasangan (%d%%)", "betweenness (sampled): %s of %s pairs (%d%%)"},
	"progHarmonic":     {"harmonic closeness: %s dari %s sumber (%d%%)", "harmonic closeness: %s of %s sources (%d%%)"},
	"progPermutations": {"uji permutasi E-I (%s): %s dari %s (%d%%)", "E-I permutation test (%s): %s of %s (%d%%)"},
	"progStability":    {"stabilitas komunitas: run Leiden %d dari %d", "community stability: Leiden run %d of %d"},
	"groupsector":      {"sektor", "sectors"},
	"groupunit":        {"unit", "units"},
	"groupcommunity":   {"komunitas", "communities"},
	"stepnetwork":      {"menyusun jejaring dari catatan yang terbaca", "building the network from the rows read"},
	"stepcentrality":   {"PageRank, eigenvector dan ukuran perantara (constraint, effective size)", "PageRank, eigenvector and the brokerage measures (constraint, effective size)"},
	"steproles":        {"partisipasi, peran dan indeks E-I tiap simpul", "participation, roles and each node's E-I index"},
	"stepwhole":        {"ukuran seluruh jejaring dan tiap lapisan", "whole-network and per-layer figures"},
	"stepmap":          {"menggambar peta (Graphviz)", "drawing the map (Graphviz)"},
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
