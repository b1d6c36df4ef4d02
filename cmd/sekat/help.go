package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// helpText holds every string of `--help`, in Bahasa Indonesia and English,
// grouped by command: "<command>.usage", "<command>.args",
// "<command>.desc" and "<command>.<flag>"; "flag.<flag>" is a flag that
// means the same in every command that has it, "cli.*" is urfave/cli's own
// text. A word in backquotes is the flag's placeholder in the help
// (`--out FOLDER`).
var helpText = map[string][2]string{
	// sekat
	"sekat.usage": {"analisis jejaring organisasi: temukan sekat antar-OPD",
		"organisational network analysis: find the silos between government units"},
	"sekat.desc": {`sekat membaca sebuah studi — unit kerja/OPD, pegawai, serta catatan persuratan (surat,
nota dinas, disposisi), rapat dan berbagi pakai data — lalu membangun jejaring antar-unit
kerja dan antar-pegawai, dan menulis ikatan, metrik serta laporannya.

Pesan, laporan dan bantuan ini berbahasa Indonesia; --lang en untuk bahasa Inggris. Bantuan
(--help) mengikuti --lang di mana pun letaknya pada baris perintah; tanpa --lang, pesan,
laporan dan bantuan mengikuti variabel lingkungan SEKAT_LANG (id atau en).

Contoh:
   sekat demo                                   # jalankan semuanya pada studi contoh bawaan
   sekat generate --preset kabupaten --out studi # studi sintetis dengan sekat yang ditanam
   sekat validate studi                         # periksa masukan, tunjukkan yang harus diperbaiki
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil
   sekat export studi --format gexf --out jejaring.gexf   # buka di Gephi`,
		`sekat reads a study — units, people, and the logs of letters (surat, nota dinas,
disposisi), meetings (rapat) and data sharing — builds the network of units and people,
and writes the ties, metrics and a report.

Messages, reports and this help are in Bahasa Indonesia; --lang en gives English. Help
(--help) follows --lang wherever it is on the command line; without --lang, messages,
reports and help follow the environment variable SEKAT_LANG (id or en).

Examples:
   sekat demo                                   # run everything on the embedded sample study
   sekat generate --preset kabupaten --out studi # a synthetic study with planted silos
   sekat validate studi                         # check the inputs, say what to fix
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil
   sekat export studi --format gexf --out jejaring.gexf   # open in Gephi`},

	// flags shared by several commands
	"flag.lang": {"`BAHASA` pesan, laporan dan bantuan: id (Bahasa Indonesia) atau en (Inggris)",
		"`LANGUAGE` of messages, reports and help: id (Bahasa Indonesia) or en (English)"},
	"flag.from": {"awal jendela waktu, inklusif: `TANGGAL` (YYYY-MM-DD) atau tanggal dan jam",
		"start of the window, inclusive: a `DATE` (YYYY-MM-DD) or a date and time"},
	"flag.to": {"akhir jendela waktu, eksklusif (tidak termasuk): `TANGGAL` (YYYY-MM-DD) atau tanggal dan jam",
		"end of the window, exclusive: a `DATE` (YYYY-MM-DD) or a date and time"},
	"flag.level": {"`TINGKAT` simpul jejaring: unit (unit kerja/OPD) atau person (pegawai)",
		"`LEVEL` of the nodes: unit (government units) or person (people)"},
	"flag.strict": {"berhenti pada baris bermasalah pertama alih-alih menolaknya",
		"stop at the first bad row instead of rejecting it"},
	"flag.max-reject-rate": {"gagal bila bagian baris yang ditolak dalam satu tabel melebihi `PROPORSI` ini (0 sampai 1; thresholds.max_reject_rate di study.yaml menggantikan nilai bawaan)",
		"fail when more than this `SHARE` of a table's rows is rejected (0 to 1; thresholds.max_reject_rate in study.yaml replaces the default)"},
	"flag.out-dir": {"`FOLDER` keluaran", "output `DIR`"},
	"flag.quiet": {"tanpa baris kemajuan di terminal (peringatan dan ringkasan tetap dicetak)",
		"no progress line on the terminal (warnings and the summary still print)"},
	"flag.seed": {"seed `N` untuk setiap pilihan acak (seed sama, keluaran sama)",
		"seed `N` of every random choice (same seed, same outputs)"},
	"flag.resolution": {"resolusi Leiden `G`: makin besar, makin banyak komunitas yang makin kecil",
		"Leiden resolution `G`: larger gives more, smaller communities"},
	"flag.leiden-iterations": {"batas jumlah iterasi Leiden `N`; 0 berarti diulang sampai satu iterasi tidak mengubah apa pun (paling teliti); 1 atau 2 lebih cepat pada jejaring yang sangat besar",
		"cap of `N` Leiden iterations; 0 means iterate until an iteration changes nothing (the most thorough); 1 or 2 are faster on very large networks"},
	"flag.permutations": {"jumlah permutasi `N` untuk uji signifikansi E-I",
		"`N` permutations of the E-I significance test"},

	// demo
	"demo.usage": {"analisis studi contoh bawaan (tanpa berkas masukan)",
		"analyse the embedded sample study (needs no files)"},
	"demo.desc": {`Menulis studi contoh bawaan — kabupaten sintetis dengan sekitar 40 OPD dan 3.000 pegawai
selama satu tahun, dengan sekat yang sengaja ditanam — ke FOLDER/studi, menganalisisnya ke
FOLDER (--out), lalu memberi tahu letak keluarannya.

Contoh:
   sekat demo
   sekat demo --out /tmp/demo --lang en`,
		`Writes the embedded sample study — a synthetic kabupaten with about 40 OPDs and
3,000 staff over one year, with planted silos — into DIR/studi, analyses it into DIR (--out),
and says where the outputs are.

Examples:
   sekat demo
   sekat demo --out /tmp/demo --lang en`},

	// generate
	"generate.usage": {"tulis studi sintetis dengan sekat dan fasilitator yang sengaja ditanam",
		"write a synthetic study with planted silos and facilitators"},
	"generate.desc": {`Preset: kabupaten (sekitar 40 OPD, 3.000 pegawai, catatan satu tahun; bawaan),
provinsi (sekitar 400 unit kerja, untuk uji kinerja), nasional (lebih dari 10 juta surat, Parquet,
ditulis bertahap), hostile (kabupaten dengan nama unit kerja penuh tanda kutip, markup dan rumus,
untuk menguji escaping). truth.json di samping tabel menyebutkan apa yang ditanam: sekat setiap
semester, perubahan di pertengahan tahun, para fasilitator, dan pegawai yang pindah.

Contoh:
   sekat generate --out studi
   sekat generate --preset kabupaten --seed 7 --format parquet --out studi-parquet
   sekat generate --preset nasional --scale 0.1 --out nasional`,
		`Presets: kabupaten (about 40 OPDs, 3,000 staff, a year of logs; the default),
provinsi (about 400 units, for benchmarks), nasional (10M+ letters, Parquet, streamed),
hostile (kabupaten with unit names full of quotes, markup and formulas, to test escaping).
truth.json beside the tables says what was planted: the silos of each half year, the
mid-year change, the facilitators, the staff who moved.

Examples:
   sekat generate --out studi
   sekat generate --preset kabupaten --seed 7 --format parquet --out studi-parquet
   sekat generate --preset nasional --scale 0.1 --out nasional`},
	"generate.preset": {"`PRESET` yang dibuat, salah satu dari %s", "`PRESET` to generate, one of %s"},
	"generate.seed":   {"seed `N` (seed sama, berkas sama)", "seed `N` (same seed, same files)"},
	"generate.scale":  {"kalikan jumlah pegawai dan jumlah catatan (surat, rapat, berbagi data) dengan `X`", "multiply staff and event counts by `X`"},
	"generate.format": {"`FORMAT` tabel: csv, csv-semicolon (Excel Indonesia: pemisah ; dengan BOM dan CRLF), tsv, ndjson, parquet, parquet-strings (bawaan: csv; parquet untuk nasional)",
		"table `FORMAT`: csv, csv-semicolon (Excel Indonesia: ; with BOM and CRLF), tsv, ndjson, parquet, parquet-strings (default: csv; parquet for nasional)"},
	"generate.gzip": {"kompres setiap tabel dengan gzip", "gzip every table"},

	// validate
	"validate.usage": {"periksa masukan studi: apa yang salah, di mana, dan cara memperbaikinya",
		"check a study's inputs and say what is wrong, where, and how to fix it"},
	"validate.args": {"STUDI", "STUDY"},
	"validate.desc": {`Membaca setiap tabel STUDI seperti analyze dan mencantumkan setiap baris yang tidak dapat
dipakai beserta berkas, baris, kolom dan cara memperbaikinya. Kode keluar 0 bila semua baris
dapat dipakai, 1 bila ada baris atau berkas yang bermasalah.

Contoh:
   sekat validate studi
   sekat validate studi/study.yaml --lang en`,
		`Reads every table of STUDY as analyze would and lists each row that cannot be
used with its file, line, column and the fix. Exit code 0 when every row is usable,
1 when a row or a file has a problem.

Examples:
   sekat validate studi
   sekat validate studi/study.yaml --lang en`},
	"validate.show": {"tampilkan `N` baris pertama yang ditolak", "print the first `N` rejected rows"},

	// analyze
	"analyze.usage": {"bangun jejaring sebuah studi lalu tulis ikatan dan ringkasannya",
		"build the network of a study and write its ties and summary"},
	"analyze.args": {"STUDI", "STUDY"},
	"analyze.desc": {`STUDI adalah folder tabel (units, people, correspondence*, meetings*, data_sharing*;
CSV, TSV, NDJSON atau Parquet, boleh .gz) atau sebuah study.yaml.

Menulis ke --out: units.csv (people.csv dengan --level person: satu baris per simpul berisi
ukuran sentralitas, komunitas, brokerage dan sekatnya), groups.csv (sektor, unit kerja,
komunitas), silos.csv (peringkat sekat, dengan alasannya dalam kalimat), edges.csv (satu baris
per pasangan berarah), summary.json (angka seluruh jejaring, jendela waktu, masukan beserta
sha256 dan jumlah baris yang dibaca/ditolak) serta rejects.csv bila ada baris yang ditolak.

Contoh:
   sekat analyze studi
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil-semester1
   sekat analyze studi --level person --lang en`,
		`STUDY is a folder of tables (units, people, correspondence*, meetings*, data_sharing*;
CSV, TSV, NDJSON or Parquet, optionally .gz) or a study.yaml.

Writes into --out: units.csv (people.csv with --level person: one row per node with its
centrality, community, brokerage and silo measures), groups.csv (sectors, units, communities),
silos.csv (the silos ranked, with the reason in words), edges.csv (one row per directed pair),
summary.json (whole-network figures, window, inputs with sha256 and rows read/rejected) and
rejects.csv when a row was rejected.

Examples:
   sekat analyze studi
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil-semester1
   sekat analyze studi --level person --lang en`},
	"analyze.format": {"`FORMAT` keluaran: csv, atau csv,parquet untuk menambahkan salinan .parquet setiap tabel",
		"output `FORMAT`: csv, or csv,parquet to add a .parquet twin of each table"},
	"analyze.exact": {"betweenness eksak juga pada graf besar (tanpa opsi ini: dihitung dari sampel bila lebih dari 20.000 simpul, dengan batas galat yang dicantumkan)",
		"exact betweenness even on large graphs (without it: sampled above 20,000 nodes, with a stated error bound)"},

	// export
	"export.usage": {"tulis jejaring untuk Gephi, Graphviz atau lembar kerja",
		"write the network for Gephi, Graphviz or a spreadsheet"},
	"export.args": {"STUDI", "STUDY"},
	"export.desc": {`Format: csv (tabel ikatan, seperti edges.csv), graphml (yEd, Cytoscape, igraph),
gexf (Gephi), dot (Graphviz). Ikatan berarah; setiap ikatan membawa bobot gabungan dan
nilai setiap lapisan.

Contoh:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out orang.graphml
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`,
		`Formats: csv (the edges table, as edges.csv), graphml (yEd, Cytoscape, igraph),
gexf (Gephi), dot (Graphviz). Edges are directed; each carries the combined weight and
the value of every layer.

Examples:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out orang.graphml
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`},
	"export.format": {"`FORMAT`: csv, graphml, gexf atau dot", "`FORMAT`: csv, graphml, gexf or dot"},
	"export.out":    {"`BERKAS` keluaran (bawaan: keluaran standar)", "output `FILE` (default: standard output)"},

	// map
	"map.usage": {"gambar jejaring sebagai peta Graphviz (SVG, PNG atau DOT)",
		"draw the network as a Graphviz map (SVG, PNG or DOT)"},
	"map.args": {"STUDI|HASIL", "STUDY|OUTDIR"},
	"map.desc": {`Menganalisis STUDI (atau membaca kembali HASIL, folder keluaran ` + "`sekat analyze`" + `) lalu
menggambar peta unit kerja: unit dikelompokkan dalam kotak per sektor (sekat bergaris merah
tebal), diwarnai menurut komunitas, berukuran menurut betweenness (--size-by), ikatan pada
skala log, ikatan lintas sektor berwarna biru, jembatan berwarna merah. --layer menggambar satu
lapisan; --ego PEGAWAI menggambar seorang pegawai beserta lingkungan dua langkahnya (tingkat
person). Jejaring besar hanya menyimpan ikatan terkuat setiap simpul (--max-ties) dan paling
banyak --max-nodes simpul; peta menyebutkan apa yang tidak digambar.

Contoh:
   sekat map studi                       # menulis map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego P-0042 --out ego.svg`,
		`Analyses STUDY (or reads back OUTDIR, a folder written by ` + "`sekat analyze`" + `) and draws
the unit map: units boxed by sector (silos in thick red), coloured by community, sized by
betweenness (--size-by), ties on a log scale, cross-sector ties in blue, bridges in red.
--layer draws one layer; --ego PERSON draws a person and their two-step neighbourhood
(person level). Large networks keep each node's strongest ties (--max-ties) and at most
--max-nodes nodes; the map says what was left out.

Examples:
   sekat map studi                       # writes map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego P-0042 --out ego.svg`},
	"map.format": {"`FORMAT`: svg, png atau dot", "`FORMAT`: svg, png or dot"},
	"map.engine": {"`MESIN` tata letak: dot (hasil identik byte demi byte) atau fdp (force-directed)",
		"layout `ENGINE`: dot (byte-stable) or fdp (force-directed)"},
	"map.layer": {"gambar satu `LAPISAN` saja: correspondence (persuratan), meetings (rapat), data_sharing (berbagi pakai data), data_denied (permintaan data yang ditolak)",
		"draw one `LAYER`: correspondence, meetings, data_sharing, data_denied"},
	"map.ego": {"gambar lingkungan dua langkah dari `PEGAWAI` ini, sebuah person_id (berarti --level person)",
		"draw the two-step neighbourhood of this `PERSON`, a person_id (implies --level person)"},
	"map.size-by": {"`METRIK` penentu ukuran simpul: %s", "`METRIC` that sizes the nodes: %s"},
	"map.max-ties": {"pertahankan `N` ikatan terkuat setiap simpul (-1: semua; 0: nilai bawaan)",
		"keep the `N` strongest ties of each node (-1: all; 0: the default)"},
	"map.max-nodes": {"gambar paling banyak `N` simpul (%d dengan --ego; -1: semua)",
		"draw at most `N` nodes (%d with --ego; -1: all)"},
	"map.seed": {"seed `N` untuk setiap pilihan acak", "seed `N` of every random choice"},
	"map.out":  {"`BERKAS` keluaran (bawaan: map.FORMAT)", "output `FILE` (default: map.FORMAT)"},

	// report
	"report.usage": {"tulis laporan HTML mandiri (report.html) beserta peta dan heatmap",
		"write the self-contained HTML report (report.html) with the map and the heatmap"},
	"report.args": {"STUDI|HASIL", "STUDY|OUTDIR"},
	"report.desc": {`Menganalisis STUDI seperti ` + "`sekat analyze`" + ` lalu menulis ke --out: report.html (satu berkas:
tanpa akses jaringan, dapat dicetak di kertas A4), map.svg dan map.dot. ` + "`sekat analyze`" + ` juga
menulis berkas yang sama di akhir prosesnya. Bila diberi HASIL, folder keluaran ` + "`sekat analyze`" + `,
hasilnya dibaca kembali (jendela waktu, seed dan opsi analisis lain mengikuti proses tersebut),
misalnya untuk menggambar ulang dengan --size-by atau --lang yang lain.

Contoh:
   sekat report studi --out hasil
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat report hasil --size-by pagerank --out hasil`,
		`Analyses STUDY as ` + "`sekat analyze`" + ` does and writes into --out report.html (one file:
no network access needed, prints on A4), map.svg and map.dot. ` + "`sekat analyze`" + ` writes the same
files at the end of its run. Given OUTDIR, an output folder of ` + "`sekat analyze`" + `, it reads the
results back instead (window, seed and other analysis flags are then those of that run), e.g.
to redraw with another --size-by or --lang.

Examples:
   sekat report studi --out hasil
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat report hasil --size-by pagerank --out hasil`},
	"report.size-by": {"`METRIK` penentu ukuran simpul pada peta: %s", "`METRIC` that sizes the map's nodes: %s"},

	// urfave/cli's own
	"cli.help":        {"tampilkan bantuan", "show help"},
	"cli.version":     {"tampilkan versi", "print the version"},
	"cli.helpCommand": {"tampilkan daftar perintah atau bantuan untuk satu perintah", "Shows a list of commands or help for one command"},
	"cli.helpArgs":    {"[perintah]", "[command]"},
}

// helpFor returns the help-text lookup of lang: key and, if the text is a
// format, its arguments.
func helpFor(lang string) func(key string, a ...any) string {
	return func(key string, a ...any) string { return pick(helpText, lang, key, a) }
}

// langArg returns the value of the last --lang (also -lang, --lang=,
// -lang=) in args that is id or en, looking anywhere before "--" since
// flagsFirst lets flags come after the arguments.
func langArg(args []string) (string, bool) {
	lang, found := "", false
	for i := 1; i < len(args) && args[i] != "--"; i++ {
		a, v := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-"), ""
		switch {
		case !strings.HasPrefix(args[i], "-"):
			continue
		case a == "lang" && i+1 < len(args):
			i++
			v = args[i]
		case strings.HasPrefix(a, "lang="):
			v = strings.TrimPrefix(a, "lang=")
		}
		if v == "id" || v == "en" {
			lang, found = v, true
		}
	}
	return lang, found
}

// langOf is the language of the messages printed before the flags are
// parsed: --lang, else id.
func langOf(args []string) string {
	if l, ok := langArg(args); ok {
		return l
	}
	return "id"
}

// helpLang is the language of --help, decided before the app is built:
// --lang anywhere on the command line, else the environment variable
// SEKAT_LANG (id or en), else id.
func helpLang(args []string, getenv func(string) string) string {
	if l, ok := langArg(args); ok {
		return l
	}
	if l := getenv("SEKAT_LANG"); l == "id" || l == "en" {
		return l
	}
	return "id"
}

// urfave/cli's help templates and flag stringer in English, as the package
// defines them.
var (
	cliAppHelpEN        = cli.AppHelpTemplate
	cliCommandHelpEN    = cli.CommandHelpTemplate
	cliSubcommandHelpEN = cli.SubcommandHelpTemplate
	cliFlagStringerEN   = cli.FlagStringer
)

// urfave/cli's help templates in Bahasa Indonesia: the English ones with
// the headings and the usage line translated (sekat has no authors,
// copyright or subcommands, so those sections are left out).
const (
	cliUsageID = `{{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} [opsi perintah]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} [argumen...]{{end}}{{end}}{{end}}`

	cliAppHelpID = `NAMA:
   {{template "helpNameTemplate" .}}

PENGGUNAAN:
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}} {{if .VisibleFlags}}[opsi global]{{end}}{{if .Commands}} perintah [opsi perintah]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} [argumen...]{{end}}{{end}}{{end}}{{if .Version}}{{if not .HideVersion}}

VERSI:
   {{.Version}}{{end}}{{end}}{{if .Description}}

DESKRIPSI:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

PERINTAH:{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlagCategories}}

OPSI GLOBAL:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

OPSI GLOBAL:{{template "visibleFlagTemplate" .}}{{end}}
`

	// cliCommandHeadID is what a command's help and a subcommand's help
	// share: name, usage, category and description.
	cliCommandHeadID = `NAMA:
   {{template "helpNameTemplate" .}}

PENGGUNAAN:
   ` + cliUsageID + `{{if .Category}}

KATEGORI:
   {{.Category}}{{end}}{{if .Description}}

DESKRIPSI:
   {{template "descriptionTemplate" .}}{{end}}`

	cliOptionsID = `{{if .VisibleFlagCategories}}

OPSI:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

OPSI:{{template "visibleFlagTemplate" .}}{{end}}
`

	cliCommandHelpID = cliCommandHeadID + cliOptionsID

	cliSubcommandHelpID = cliCommandHeadID + `{{if .VisibleCommands}}

PERINTAH:{{template "visibleCommandCategoryTemplate" .}}{{end}}` + cliOptionsID
)

// localizeCLI sets urfave/cli's own help text — templates, the --help and
// --version flags, "(default: ...)" — to lang. urfave/cli keeps these in
// package variables, so the app built last decides; sekat builds one app
// per run.
func localizeCLI(lang string) {
	h := helpFor(lang)
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: h("cli.help"), DisableDefaultText: true}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: h("cli.version"), DisableDefaultText: true}
	if lang == "en" {
		cli.AppHelpTemplate, cli.CommandHelpTemplate, cli.SubcommandHelpTemplate = cliAppHelpEN, cliCommandHelpEN, cliSubcommandHelpEN
		cli.FlagStringer = cliFlagStringerEN
		return
	}
	cli.AppHelpTemplate, cli.CommandHelpTemplate, cli.SubcommandHelpTemplate = cliAppHelpID, cliCommandHelpID, cliSubcommandHelpID
	cli.FlagStringer = func(f cli.Flag) string {
		s := cliFlagStringerEN(f)
		if i := strings.LastIndex(s, " (default: "); i >= 0 {
			s = s[:i] + " (bawaan: " + s[i+len(" (default: "):]
		}
		return s
	}
}

// localizeHelpCommand sets the usage of the `help` command that urfave/cli
// adds to app (after app.Setup).
func localizeHelpCommand(app *cli.App, lang string) {
	if c := app.Command("help"); c != nil {
		h := helpFor(lang)
		c.Usage, c.ArgsUsage = h("cli.helpCommand"), h("cli.helpArgs")
	}
}
