package i18n

// id is the catalogue in Bahasa Indonesia, in the formal register of
// government letters and EYD spelling. Keys are grouped by where the text
// is shown; en.go has the same keys in the same order.
var id = map[string]string{
	// cmd: messages
	"seeHelp":             "Lihat `sekat --help` atau `sekat PERINTAH --help`.",
	"noCommand":           "perintah %q tidak dikenal; lihat `sekat --help`",
	"needStudy":           "%s membutuhkan satu STUDI: folder tabel atau study.yaml",
	"badLevel":            "--level harus unit atau person, bukan %q",
	"badLang":             "--lang harus id atau en, bukan %q",
	"badTime":             "%s %q bukan tanggal; tulis YYYY-MM-DD",
	"badWindow":           "--to (%s) harus sesudah --from (%s)",
	"badResolution":       "--resolution %v: harus lebih dari 0",
	"badLeidenIterations": "--leiden-iterations %d: tidak boleh negatif (0 berarti sampai stabil)",
	"badPermutations":     "--permutations %d: harus 0 (sekat memilih jumlah yang cukup untuk banyaknya kelompok) atau lebih",
	"badSizeBy":           "--size-by %q tidak dikenal; pilih salah satu dari %s",
	"badEngine":           "--engine %q tidak dikenal; pilih fdp atau dot",
	"badLayer":            "--layer %q tidak dikenal; pilih correspondence, meetings, data_sharing atau data_denied",
	"layerAndEgo":         "--layer dan --ego tidak dapat dipakai bersamaan",
	"badRejectRate":       "--max-reject-rate %v: harus antara 0 dan 1",
	"noArgs":              "%s tidak menerima argumen; pakai --out FOLDER",
	"badFormat":           "--format %q tidak dikenal; pilih salah satu dari %s",
	"rejected":            "%d baris ditolak (%s); rinciannya ada di %s",
	"wrote":               "hasil ditulis ke %s",
	"validOK":             "%s: %d berkas, %d baris, semuanya dapat dipakai",
	"validBad":            "%s: %d berkas, %d baris, %d ditolak",
	"validWhere":          "%s baris %d",
	"validColumn":         "kolom %s",
	"validInvalid":        "%d baris ditolak; perbaiki lalu jalankan lagi",
	"errRejectRate":       "terlalu banyak baris ditolak di satu tabel (lebih dari --max-reject-rate); perbaiki baris yang tercantum di rejects.csv, atau naikkan --max-reject-rate",
	"errColumn":           "kolom wajib tidak ada di berkas; tambahkan kolomnya atau petakan namanya di study.yaml (columns:)",
	"errStudy":            "studi tidak dapat dibaca; periksa folder, nama berkas dan study.yaml",
	"errStrict":           "--strict: berhenti pada baris pertama yang ditolak",
	"detail":              "rincian",
	"validMore":           "  ... dan %d baris lain; jalankan `sekat analyze` untuk rejects.csv lengkap",
	"summaryLine":         "%d unit, %d orang, %d ikatan berarah; jendela %s s.d. %s",
	"generated":           "studi sintetis %q (seed %d) ditulis ke %s",
	"demoStudy":           "studi contoh ditulis ke %s",
	"demoDone":            "demo selesai; buka %s",
	"out.isStudy":         "%s %s adalah folder studi, dan sekat tidak menulis ke dalam folder studi",
	"out.insideStudy":     "%s %s berada di dalam folder studi %s, dan sekat tidak menulis ke dalam folder studi",
	"out.containsStudy":   "%s %s memuat folder studi %s, sehingga keluaran di sana dapat menimpa atau menghapus berkas studi",
	"out.isInput":         "%s %s adalah berkas masukan studi, dan sekat tidak menimpa berkas masukan",
	"out.containsInput":   "%s %s memuat berkas masukan studi %s, sehingga keluaran di sana dapat menimpanya",
	"out.isTable":         "%s %s akan menimpa %s, tabel hasil yang sedang dibaca",
	"out.notEmpty":        "%s %s tidak kosong",
	"out.forceStudy":      "%s %s berisi tabel atau study.yaml yang tidak ditulis perintah ini (%s), dan --force hanya menimpa berkas yang ditulis sekat sehingga dua studi akan tercampur",
	"out.forceRealStudy":  "%s %s adalah studi yang tidak dibuat oleh sekat generate (tidak ada truth.json), dan --force tidak pernah menimpa data studi",
	"out.fix":             "pilih folder lain untuk %s, terpisah dari data masukan",
	"out.fixExample":      "pilih folder lain untuk %s, terpisah dari data masukan, misalnya %s",
	"out.fixFile":         "pilih berkas lain untuk %s, terpisah dari data masukan",
	"out.fixFileExample":  "pilih berkas lain untuk %s, terpisah dari data masukan, misalnya %s",
	"out.fixNew":          "pilih folder baru atau kosong untuk %s",
	"out.fixName":         "pilih nama berkas lain untuk %s",
	"out.fixEmpty":        "pilih folder baru atau kosong untuk %s, atau tambahkan --force untuk menimpa berkas yang ditulis perintah ini (berkas lain tidak dihapus)",
	"out.sibling":         "%s-hasil",
	"exported":            "jejaring (%s) ditulis ke %s",
	"inputsHeader":        "Masukan:",
	"inputLine":           "  %-15s %-30s %10d baris, %d ditolak",

	"reportWrote": "laporan ditulis ke %s",
	"mapWrote":    "peta ditulis ke %s",
	"windowDates": "%s s.d. %s",

	// cmd: warnings about the study and its files (ingest.Warning), and
	// the errors of inputs a spreadsheet damaged
	"warning":             "peringatan: %s",
	"warn.notRead.format": "%s tidak dibaca: sekat membaca tabel dari berkas .csv, .tsv, .ndjson, .jsonl, .parquet (masing-masing boleh .gz) dan .xlsx",
	"warn.notRead.xls":    "%s tidak dibaca: buku kerja .xls (Excel 97-2003); simpan sebagai .xlsx atau CSV",
	"warn.notRead.lock":   "%s tidak dibaca: berkas kunci buku kerja yang sedang terbuka di Excel; tutup buku kerja itu",
	"warn.notRead.name":   "%s tidak dibaca: namanya tidak cocok dengan tabel mana pun (units, people, correspondence*, meetings*, data_sharing*); ganti namanya atau cantumkan di study.yaml pada files:",
	"warn.notRead.listed": "%s tidak dibaca: study.yaml mencantumkan berkas tabel %s pada files:",
	"warn.notRead.same":   "%s tidak dibaca: berkas yang sama dengan %s, yang sudah dibaca",
	"warn.missingTable":   "tidak ada tabel %s (%s*.csv atau format lain): jejaring tidak memiliki lapisan %s",
	"warn.encoding":       "%s bukan UTF-8: dibaca sebagai %s; simpan sebagai UTF-8, atau sebutkan pengodeannya di study.yaml (encoding:)",
	"warn.serial":         "%s kolom %s: %d nilai berupa angka seri Excel (%s) dan dibaca sebagai tanggal yang dihitung dari 30-12-1899; periksa tanggalnya, atau format kolom itu sebagai tanggal di Excel lalu ekspor ulang",
	"warn.monthFirst":     "%s kolom %s: %d tanggal (%s) mustahil bila hari ditulis lebih dahulu tetapi sah bila bulan lebih dahulu, dan ditolak; jika berkas menulis bulan lebih dahulu, tulis date_order: mdy di study.yaml",
	"warn.windowEmpty":    "tidak ada peristiwa %s dalam jendela waktu: %d barisnya berlangsung dari %s sampai %s",
	"errExcelID":          "%s baris %d kolom %s: %q adalah id yang diubah Excel menjadi angka berformat ilmiah; Excel hanya menyimpan 15 angka, sehingga id yang berbeda menjadi sama dan angka yang hilang tidak dapat dipulihkan dari berkas ini. Di Excel, format kolom itu sebagai Teks sebelum id dimasukkan (Data > From Text/CSV, jenis kolom Teks, atau buka ekspor e-office dengan cara itu), lalu ekspor ulang",
	"errExcelIDDecimal":   "%s baris %d kolom %s: %q adalah id yang ditulis sebagai bilangan desimal (.0); lembar kerja atau skrip mengubah kolom itu menjadi angka, yang hanya menyimpan 15 angka. Di Excel, format kolom itu sebagai Teks (atau baca sebagai teks), lalu ekspor ulang",
	"errNoEvents":         "tidak ada peristiwa dalam jendela waktu %s sampai %s: %d baris log berlangsung dari %s sampai %s; pilih --from dan --to (atau window: di study.yaml) di dalam rentang itu",
	"errNoEventsAtAll":    "tidak ada peristiwa yang dapat dipakai dalam log: setiap baris correspondence, meetings dan data_sharing kosong atau ditolak; lihat rejects.csv atau jalankan sekat validate",

	// cmd: the reason column of rejects.csv, by the ingest sentinel
	"reason.fieldCount":      "jumlah kolom baris ini tidak sama dengan header; periksa pemisah dan tanda kutip",
	"reason.invalidUTF8":     "teks bukan UTF-8 yang sah; simpan ulang berkas sebagai UTF-8",
	"reason.openQuote":       "tanda kutip pembuka tanpa penutup (kemungkinan tanda kutip nyasar di baris ini); hanya baris ini yang ditolak, pembacaan berlanjut di baris berikutnya; di dalam teks berkutip tulis tanda kutip sebagai \"\"",
	"reason.malformed":       "baris rusak (tanda kutip atau JSON tidak lengkap); perbaiki baris ini",
	"reason.badTime":         "waktu tidak sah; gunakan YYYY-MM-DD[ HH:MM[:SS]], RFC 3339, DD/MM/YYYY[ HH:MM], tanggal dengan nama bulan (1 Maret 2025) atau angka seri Excel (45717)",
	"reason.monthFirst":      "bukan tanggal bila hari ditulis lebih dahulu (sekat membaca 03/04/2025 sebagai 3 April), tetapi sah bila bulan lebih dahulu; jika berkas menulis bulan lebih dahulu, tulis date_order: mdy di study.yaml",
	"reason.missingValue":    "nilai wajib kosong; isi kolom ini",
	"reason.unknownID":       "id tidak dikenal: tidak ada di tabel people maupun units; tambahkan atau perbaiki id",
	"reason.noSpell":         "pegawai ini tidak tercatat di unit mana pun pada tanggal itu; periksa valid_from/valid_to di tabel people",
	"reason.emptyRecipients": "surat tanpa penerima: recipients dan cc kosong",
	"reason.badValue":        "nilai tidak sah untuk kolom ini",
	"reason.duplicate":       "id ganda; id harus unik dan hanya menamai satu hal",

	// cmd: urfave/cli's usage errors in sekat's words
	"usage.unknownFlag": "opsi %s tidak dikenal pada %s; opsi yang tersedia: %s",
	"usage.didYouMean":  "opsi %s tidak dikenal pada %s (maksudnya %s?); opsi yang tersedia: %s",
	"usage.badValue":    "%s %q: nilainya harus %s",
	"usage.needsValue":  "%s membutuhkan nilai: tulis %s %s",
	"usage.badSyntax":   "%q bukan penulisan opsi yang sah; tulis --nama atau --nama=nilai",
	"usage.int":         "bilangan bulat, mis. 3",
	"usage.uint":        "bilangan bulat 0 atau lebih, mis. 42",
	"usage.float":       "bilangan dengan titik desimal, mis. 0.5",
	"usage.bool":        "true atau false",
	"usage.valid":       "nilai yang sah (lihat --help)",
	"usage.value":       "NILAI",

	// cmd: study.yaml errors in sekat's words
	"yaml.at":         "%s baris %d",
	"yaml.unknownKey": "%s: kunci %q tidak dikenal %s; kunci yang dapat dipakai: %s",
	"yaml.duplicate":  "%s: kunci %q ditulis dua kali %s; hapus salah satunya",
	"yaml.badType":    "%s: %s berisi %s, seharusnya %s",
	"yaml.syntax":     "%s: bukan YAML yang sah (%s); periksa titik dua, tanda kutip, kurung dan indentasi",
	"yaml.top":        "di tingkat teratas",
	"yaml.under":      "di bawah %s",
	"yaml.text":       "teks",
	"yaml.number":     "bilangan dengan titik desimal, mis. 0.5",
	"yaml.list":       "daftar, mis. [a.csv, b.csv]",
	"yaml.mapping":    "pasangan kunci: nilai",
	"yaml.gotText":    "teks %q",
	"yaml.gotList":    "daftar",
	"yaml.gotMapping": "pasangan kunci: nilai",
	"yaml.wholeFile":  "berkas ini",

	// cmd: --help

	// sekat
	"sekat.usage": "analisis jejaring organisasi: temukan sekat antar-OPD",
	"sekat.desc": `sekat membaca sebuah studi — unit kerja/OPD, pegawai, serta catatan persuratan (surat,
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

	// flags shared by several commands
	"flag.lang":              "`BAHASA` pesan, laporan dan bantuan: id (Bahasa Indonesia) atau en (Inggris)",
	"flag.from":              "awal jendela waktu, inklusif: `TANGGAL` (YYYY-MM-DD) atau tanggal dan jam",
	"flag.to":                "akhir jendela waktu, eksklusif (tidak termasuk): `TANGGAL` (YYYY-MM-DD) atau tanggal dan jam",
	"flag.level":             "`TINGKAT` simpul jejaring: unit (unit kerja/OPD) atau person (pegawai)",
	"flag.strict":            "berhenti pada baris bermasalah pertama alih-alih menolaknya",
	"flag.max-reject-rate":   "gagal bila bagian baris yang ditolak dalam satu tabel melebihi `PROPORSI` ini (0 sampai 1; thresholds.max_reject_rate di study.yaml menggantikan nilai bawaan)",
	"flag.out-dir":           "`FOLDER` keluaran",
	"flag.force":             "tulis ke folder yang tidak kosong: timpa berkas yang ditulis perintah ini dan biarkan berkas lain",
	"flag.seed":              "seed `N` untuk setiap pilihan acak (seed sama, keluaran sama)",
	"flag.resolution":        "resolusi Leiden `G`: makin besar, makin banyak komunitas yang makin kecil",
	"flag.leiden-iterations": "batas jumlah iterasi Leiden `N`; 0 berarti diulang sampai satu iterasi tidak mengubah apa pun (paling teliti); 1 atau 2 lebih cepat pada jejaring yang sangat besar",
	"flag.permutations":      "jumlah permutasi `N` untuk uji signifikansi E-I; 0 (bawaan) menjalankan max(1000, 20 × kelompok / silo_alpha) untuk setiap jenis kelompok, sehingga putusan tetap dapat dicapai setelah koreksi Holm",

	// demo
	"demo.usage": "analisis studi contoh bawaan (tanpa berkas masukan)",
	"demo.desc": `Menulis studi contoh bawaan — kabupaten sintetis dengan sekitar 40 OPD dan 3.000 pegawai
selama satu tahun, dengan sekat yang sengaja ditanam — ke FOLDER/studi, menganalisisnya ke
FOLDER/hasil, lalu memberi tahu letak laporannya. FOLDER (--out) harus baru atau kosong;
--force menimpa demo sebelumnya di sana.

Contoh:
   sekat demo
   sekat demo --out /tmp/demo --lang en`,

	// generate
	"generate.usage": "tulis studi sintetis dengan sekat dan fasilitator yang sengaja ditanam",
	"generate.desc": `Preset: kabupaten (sekitar 40 OPD, 3.000 pegawai, catatan satu tahun; bawaan),
provinsi (sekitar 400 unit kerja, untuk uji kinerja), nasional (lebih dari 10 juta surat, Parquet,
ditulis bertahap), hostile (kabupaten dengan nama unit kerja penuh tanda kutip, markup dan rumus,
untuk menguji escaping). truth.json di samping tabel menyebutkan apa yang ditanam: sekat setiap
semester, perubahan di pertengahan tahun, para fasilitator, dan pegawai yang pindah.

Contoh:
   sekat generate --out studi
   sekat generate --preset kabupaten --seed 7 --format parquet --out studi-parquet
   sekat generate --preset nasional --scale 0.1 --out nasional`,
	"generate.preset": "`PRESET` yang dibuat, salah satu dari %s",
	"generate.seed":   "seed `N` (seed sama, berkas sama)",
	"generate.scale":  "kalikan jumlah pegawai dan jumlah catatan (surat, rapat, berbagi data) dengan `X`",
	"generate.format": "`FORMAT` tabel: csv, csv-semicolon (Excel Indonesia: pemisah ; dengan BOM dan CRLF), tsv, ndjson, parquet, parquet-strings (bawaan: csv; parquet untuk nasional)",
	"generate.gzip":   "kompres setiap tabel dengan gzip",

	// validate
	"validate.usage": "periksa masukan studi: apa yang salah, di mana, dan cara memperbaikinya",
	"validate.args":  "STUDI",
	"validate.desc": `Membaca setiap tabel STUDI seperti analyze dan mencantumkan setiap baris yang tidak dapat
dipakai beserta berkas, baris, kolom dan cara memperbaikinya. Kode keluar 0 bila semua baris
dapat dipakai, 1 bila ada baris atau berkas yang bermasalah.

Contoh:
   sekat validate studi
   sekat validate studi/study.yaml --lang en`,
	"validate.show": "tampilkan `N` baris pertama yang ditolak",

	// analyze
	"analyze.usage": "bangun jejaring sebuah studi lalu tulis ikatan dan ringkasannya",
	"analyze.args":  "STUDI",
	"analyze.desc": `STUDI adalah folder tabel (units, people, correspondence*, meetings*, data_sharing*;
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
	"analyze.format": "`FORMAT` keluaran: csv, atau csv,parquet untuk menambahkan salinan .parquet setiap tabel",
	"analyze.exact":  "betweenness eksak juga pada graf besar (tanpa opsi ini: dihitung dari sampel bila lebih dari 20.000 simpul, dengan batas galat yang dicantumkan)",

	// export
	"export.usage": "tulis jejaring untuk Gephi, Graphviz atau lembar kerja",
	"export.args":  "STUDI",
	"export.desc": `Format: csv (tabel ikatan, seperti edges.csv), graphml (yEd, Cytoscape, igraph),
gexf (Gephi), dot (Graphviz). Ikatan berarah; setiap ikatan membawa bobot gabungan dan
nilai setiap lapisan.

Contoh:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out orang.graphml
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`,
	"export.format": "`FORMAT`: csv, graphml, gexf atau dot",
	"export.out":    "`BERKAS` keluaran (bawaan: keluaran standar)",

	// map
	"map.usage": "gambar jejaring sebagai peta Graphviz (SVG, PNG atau DOT)",
	"map.args":  "STUDI|HASIL",
	"map.desc": `Menganalisis STUDI (atau membaca kembali HASIL, folder keluaran ` + "`sekat analyze`" + `) lalu
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
	"map.format":    "`FORMAT`: svg, png atau dot",
	"map.engine":    "`MESIN` tata letak: dot (hasil identik byte demi byte) atau fdp (force-directed)",
	"map.layer":     "gambar satu `LAPISAN` saja: correspondence (persuratan), meetings (rapat), data_sharing (berbagi pakai data), data_denied (permintaan data yang ditolak)",
	"map.ego":       "gambar lingkungan dua langkah dari `PEGAWAI` ini, sebuah person_id (berarti --level person)",
	"map.size-by":   "`METRIK` penentu ukuran simpul: %s",
	"map.max-ties":  "pertahankan `N` ikatan terkuat setiap simpul (-1: semua; 0: nilai bawaan)",
	"map.max-nodes": "gambar paling banyak `N` simpul (%d dengan --ego; -1: semua)",
	"map.seed":      "seed `N` untuk setiap pilihan acak",
	"map.out":       "`BERKAS` keluaran (bawaan: map.FORMAT)",

	// report
	"report.usage": "tulis laporan HTML mandiri (report.html) beserta peta dan heatmap",
	"report.args":  "STUDI|HASIL",
	"report.desc": `Menganalisis STUDI seperti ` + "`sekat analyze`" + ` lalu menulis ke --out: report.html (satu berkas:
tanpa akses jaringan, dapat dicetak di kertas A4), map.svg dan map.dot. ` + "`sekat analyze`" + ` juga
menulis berkas yang sama di akhir prosesnya. Bila diberi HASIL, folder keluaran ` + "`sekat analyze`" + `,
hasilnya dibaca kembali (jendela waktu, seed dan opsi analisis lain mengikuti proses tersebut),
misalnya untuk menggambar ulang dengan --size-by atau --lang yang lain.

Contoh:
   sekat report studi --out hasil
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat report hasil --size-by pagerank --out hasil`,
	"report.size-by": "`METRIK` penentu ukuran simpul pada peta: %s",

	// urfave/cli's own
	"cli.help":        "tampilkan bantuan",
	"cli.version":     "tampilkan versi",
	"cli.helpCommand": "tampilkan daftar perintah atau bantuan untuk satu perintah",
	"cli.helpArgs":    "[perintah]",

	// urfave/cli's help templates: headings and the usage line
	"cli.head.name":        "NAMA",
	"cli.head.usage":       "PENGGUNAAN",
	"cli.head.version":     "VERSI",
	"cli.head.description": "DESKRIPSI",
	"cli.head.category":    "KATEGORI",
	"cli.head.commands":    "PERINTAH",
	"cli.head.globalFlags": "OPSI GLOBAL",
	"cli.head.flags":       "OPSI",
	"cli.globalFlags":      "[opsi global]",
	"cli.command":          "perintah",
	"cli.commandFlags":     "[opsi perintah]",
	"cli.arguments":        "[argumen...]",
	"cli.default":          "bawaan",
	"cli.versionLine":      "%s versi %s",

	// viz: maps, heatmap and report
	"viz.sector":                       "sektor",
	"viz.community":                    "komunitas",
	"viz.window":                       "Jendela waktu",
	"viz.unitMap":                      "Peta jejaring unit",
	"viz.legendSize":                   "Warna: komunitas terdeteksi · Ukuran: %s · Kotak: sektor (kotak merah tebal = SILO)",
	"viz.legendEdges":                  "Garis abu-abu: ikatan dalam sektor · biru: lintas sektor · tebal garis: bobot (skala log)\nMerah tebal: jembatan (tanpanya jejaring terputus)",
	"viz.legendShapes":                 "Lingkaran: unit · persegi: koordinator formal · belah ketupat: eksternal · garis tepi ganda: titik artikulasi",
	"viz.drawnTies":                    "Digambar %d dari %d ikatan",
	"viz.topK":                         "\n(%d ikatan terkuat tiap unit dan semua jembatan; ikatan yang lebih lemah tidak digambar)",
	"viz.hiddenNodes":                  "\n%d unit dengan %s terkecil tidak digambar",
	"viz.layer.correspondence":         "Lapisan surat-menyurat",
	"viz.layer.meetings":               "Lapisan rapat bersama",
	"viz.layer.dataSharing":            "Lapisan berbagi data (dikabulkan)",
	"viz.layer.dataDenied":             "Lapisan permintaan data ditolak",
	"viz.egoMap":                       "Jejaring ego %s (%s), unit %s",
	"viz.egoLegend":                    "Kotak dan warna: unit · lingkaran ganda: orang yang dipetakan · biru: ikatan lintas unit",
	"viz.egoHidden":                    "; %d orang dengan ikatan terlemah tidak digambar",
	"viz.heatTitle":                    "Matriks pencampuran sektor",
	"viz.heatRow":                      "Dari sektor",
	"viz.heatCol":                      "ke sektor",
	"viz.heatNote":                     "Angka: persen bobot ikatan sektor baris yang menuju sektor kolom. Diagonal tebal = sektor bekerja sendiri (silo).",
	"num.thousands":                    ".",
	"viz.metric.betweenness":           "betweenness (perantara jalur)",
	"viz.metric.strength":              "kekuatan ikatan",
	"viz.metric.degree":                "jumlah mitra",
	"viz.metric.harmonic":              "kedekatan harmonik",
	"viz.metric.pagerank":              "PageRank",
	"viz.metric.eigenvector":           "eigenvector",
	"viz.metric.effective_size":        "ukuran efektif (Burt)",
	"viz.metric.participation_sector":  "partisipasi lintas sektor",
	"viz.metric.coordinator_brokerage": "peran perantara (Gould-Fernandez)",
	"viz.reportTitle":                  "Laporan analisis jejaring organisasi",
	"viz.tocHeadline":                  "Ringkasan",
	"viz.tocMap":                       "Peta jejaring",
	"viz.tocHeat":                      "Matriks pencampuran",
	"viz.tocBrokers":                   "Perantara utama",
	"viz.tocFriction":                  "Hambatan berbagi data",
	"viz.tocTables":                    "Tabel",
	"viz.tocMethod":                    "Metode",
	"viz.brokersIntro":                 "Unit yang paling sering berada di jalur terpendek antar-unit lain (betweenness). Koordinator formal (mis. Setda, Bappeda) memang bertugas menjembatani; unit biasa yang menjembatani sektor adalah jembatan informal — aset yang rapuh bila bergantung pada segelintir orang.",
	"viz.formalBroker":                 "koordinator formal",
	"viz.informalBroker":               "jembatan informal",
	"viz.frictionIntro":                "Permintaan data antarsektor yang diputus (dikabulkan atau ditolak), diurutkan menurut jumlah penolakan.",
	"viz.noFriction":                   "Tidak ada permintaan data antarsektor dalam jendela ini.",
	"viz.methodIntro":                  "Halaman ini memuat semua yang diperlukan untuk mengulang analisis.",
	"viz.def.tie.term":                 "Ikatan",
	"viz.def.tie.text":                 "bobot(u→v) = a_c·surat(u→v) + a_m·rapat({u,v})/2 + a_d·berbagi_data(u→v); ikatan tak berarah w{u,v} = bobot(u→v) + bobot(v→u). Penolakan data tidak menambah bobot.",
	"viz.def.meetings.term":            "Rapat",
	"viz.def.meetings.text":            "tiap rapat memberi setiap pasangan unit yang hadir 1/(|A|−1) (pembobotan kolaborasi Newman).",
	"viz.def.ei.term":                  "Indeks E-I",
	"viz.def.ei.text":                  "(E−I)/(E+I): E = bobot ikatan ke luar kelompok, I = di dalam. −1 = sepenuhnya ke dalam, +1 = sepenuhnya ke luar (Krackhardt & Stern).",
	"viz.def.eiExpected.term":          "E-I harapan",
	"viz.def.eiExpected.text":          "((n−n_g)−(n_g−1)/2)/((n−n_g)+(n_g−1)/2): E-I dari bobot yang diharapkan kelompok bila ikatan tidak memandang kelompok (label diacak, ukuran tetap), setiap ikatan dihitung sekali.",
	"viz.def.silo.term":                "Silo",
	"viz.def.silo.text":                "homofili H = (p − q)/(1 − q), dengan p porsi bobot ikatan kelompok yang tetap di dalam dan q porsi yang diberikan pencampuran acak; setara dengan 1 − (porsi ke luar)/(porsi ke luar secara acak): 0 = seperti acak, 1 = tertutup. Sektor (atau, pada tingkat orang, unit) adalah silo bila lebih tertutup daripada pencampuran acak dengan nilai p terkoreksi Holm paling besar silo_alpha (uji permutasi satu sisi: label diacak, ukuran tetap; dikoreksi di antara kelompok sejenis) dan H paling sedikit silo_homophily; bermakna dengan H lebih kecil: daftar pantau. Kelompok satu anggota, komunitas, dan kelompok yang hanya berisi unit koordinator atau eksternal tidak dinilai.",
	"viz.def.betweenness.term":         "Betweenness",
	"viz.def.betweenness.text":         "porsi jalur terpendek (jarak = 1/bobot) antar-unit lain yang melewati unit ini, dinormalkan seperti NetworkX.",
	"viz.def.community.term":           "Komunitas",
	"viz.def.community.text":           "Leiden (modularitas, resolusi γ); diberi nomor dari yang terbesar.",
	"viz.def.gouldFernandez.term":      "Peran Gould-Fernandez",
	"viz.def.gouldFernandez.text":      "koordinator, itinerant, representative, gatekeeper, liaison: jenis perantaraan menurut sektor pada graf berarah.",
	"viz.def.articulation.term":        "Titik artikulasi / jembatan",
	"viz.def.articulation.text":        "unit / ikatan yang bila dihapus memutus jejaring.",
	"viz.colUnit":                      "Unit",
	"viz.colName":                      "Nama",
	"viz.colSector":                    "Sektor",
	"viz.colKind":                      "Jenis",
	"viz.colRole":                      "Peran",
	"viz.colBetweenness":               "Betweenness",
	"viz.colParticipation":             "Partisipasi sektor",
	"viz.colBrokerage":                 "Perantaraan G-F",
	"viz.colCommunity":                 "Komunitas",
	"viz.colEI":                        "E-I",
	"viz.colExpected":                  "E-I harapan",
	"viz.colP":                         "p",
	"viz.colPAdj":                      "p terkoreksi (Holm)",
	"viz.colHomophily":                 "Homofili",
	"viz.colVerdict":                   "Putusan",
	"viz.verdict.silo":                 "SILO",
	"viz.verdict.watch":                "pantau",
	"viz.watchTitle":                   "Daftar pantau",
	"viz.param.siloRule":               "Aturan silo",
	"viz.param.siloRuleValue":          "p terkoreksi ≤ %s dan homofili ≥ %s (bermakna dengan homofili lebih rendah: daftar pantau)",
	"viz.colSize":                      "Ukuran",
	"viz.colProvider":                  "Sektor pemberi",
	"viz.colConsum":                    "Sektor peminta",
	"viz.colRequests":                  "Permintaan",
	"viz.colDenied":                    "Ditolak",
	"viz.colRate":                      "Tingkat tolak",
	"viz.colFile":                      "Berkas",
	"viz.colTable":                     "Tabel",
	"viz.colRows":                      "Baris dibaca",
	"viz.colRejected":                  "Ditolak",
	"viz.colOutside":                   "Di luar jendela",
	"viz.colSHA":                       "SHA-256",
	"viz.colGroup":                     "Kelompok",
	"viz.colArticulation":              "Artikulasi",
	"viz.yes":                          "ya",
	"viz.no":                           "tidak",
	"viz.seedLabel":                    "Seed",
	"viz.versionLabel":                 "Versi sekat",
	"viz.windowLabel":                  "Jendela waktu",
	"viz.inputsLabel":                  "Masukan",
	"viz.leidenIterations":             "Iterasi Leiden",
	"viz.untilStable":                  "sampai stabil",
	"viz.iterationCap":                 "batas %d",
	"viz.generatedBy":                  "Dibuat oleh sekat %s.",
	"viz.sortHint":                     "Klik judul kolom untuk mengurutkan.",
	"viz.kind.internal":                "internal",
	"viz.kind.coordinator":             "koordinator",
	"viz.kind.external":                "eksternal",
	"viz.kind.person":                  "orang",
	"viz.kind.unit":                    "unit",
	"viz.layersTitle":                  "Peta per lapisan",
	"viz.groupsTitle":                  "Kelompok (sektor dan komunitas)",
	"viz.unitsTitle":                   "Unit",
	"viz.rejectsNote":                  "Baris yang ditolak tercantum di rejects.csv (berkas, baris, kolom, nilai, alasan).",
	"viz.paramsLabel":                  "Parameter",
	"viz.fig.units":                    "Unit",
	"viz.fig.ties":                     "Ikatan",
	"viz.fig.inside":                   "Bobot ikatan di dalam sektor",
	"viz.fig.communities":              "Komunitas terdeteksi",
	"viz.fig.communitiesValue":         "%s (modularitas %s)",
	"viz.fig.nmi":                      "Kesesuaian sektor–komunitas (NMI)",
	"viz.fig.denied":                   "Permintaan data ditolak",
	"viz.frictionTotal":                "Antarsektor, %s dari %s permintaan data yang diputus ditolak (%s%%).",
	"viz.colStrength":                  "Kekuatan",
	"viz.param.level":                  "Tingkat",
	"viz.param.permutations":           "Permutasi E-I",
	"viz.betweennessExact":             "eksak (Brandes)",
	"viz.betweennessSampled":           "dari sampel: %d sampel, ε = %s, δ = %s",

	// the silo sentence (silos.csv, summary.json and the report)
	"silo.denied":      "; %d dari %d permintaan data dari %s lain ditolak",
	"silo.reason":      "%s%% bobot ikatan %s %s tetap di dalam, padahal pencampuran acak hanya memberi %s%%: homofili %s, sama dengan atau di atas ambang silo %s (%s)",
	"silo.watchReason": "%s%% bobot ikatan %s %s tetap di dalam, padahal pencampuran acak hanya memberi %s%%: homofili %s, di bawah ambang silo %s, tetapi lebih tertutup daripada acak (%s); masuk daftar pantau",
	"silo.pAdjIs":      "p terkoreksi = %s",
	"silo.pAdjBelow":   "p terkoreksi < %s",
	"silo.community":   "komunitas",
	"silo.communities": "komunitas",
	// the report's sentences on the verdicts, made by i18n from the numbers
	"silo.summary.silos":              "Silo: %d dari %d %s yang dinilai. Masing-masing mengirim ke luar paling banyak %s%% dari bobot ikatan yang akan dikirim bila pencampuran acak (homofili paling sedikit %s), dan selisihnya bermakna secara statistik setelah koreksi Holm (p terkoreksi paling besar %s).",
	"silo.summary.watch":              "Daftar pantau: %d dari %d %s yang dinilai, lebih tertutup daripada pencampuran acak (bermakna setelah koreksi Holm) tetapi dengan homofili di bawah %s.",
	"silo.summary.watchOnly":          "Tidak ada %s yang menjadi silo. Daftar pantau: %d dari %d %s yang dinilai, lebih tertutup daripada pencampuran acak (bermakna setelah koreksi Holm) tetapi dengan homofili di bawah %s.",
	"silo.summary.notSignificant":     "Tidak ada %s yang terbukti menjadi silo atau perlu dipantau: bila suatu %s menyimpan lebih banyak bobot ikatan di dalam daripada pencampuran acak, selisihnya masih dalam batas kebetulan (p terkoreksi di atas %s).",
	"silo.summary.tooFewPermutations": "Tidak ada %s yang dapat dibuktikan menjadi silo: dengan %d permutasi, nilai p terkoreksi terkecil yang dapat dihasilkan uji ini adalah %s, di atas %s; jalankan dengan permutasi lebih banyak (lihat peringatan).",
	"silo.summary.allOpen":            "Tidak ada %s yang menjadi silo: setiap %s yang dinilai menjalin ikatan ke luar setidaknya sebanyak pencampuran acak.",
	"silo.summary.noneJudged":         "Tidak ada %s yang dapat dinilai.",
	"silo.summary.noSectors":          "Silo sektor tidak dinilai: tidak ada sektor yang memuat dua unit atau lebih (tabel unit tidak punya kolom sector, atau setiap sektor hanya berisi satu unit).",
	"silo.summary.unjudged":           "Tidak dinilai: %d %s (satu anggota, tanpa ikatan, atau hanya unit koordinator dan eksternal).",
	"silo.level.none":                 "Organisasi ini tidak tersekat menurut sektor.",
	"silo.level.low":                  "Organisasi ini sedikit tersekat menurut sektor.",
	"silo.level.moderate":             "Organisasi ini cukup tersekat menurut sektor.",
	"silo.level.high":                 "Organisasi ini sangat tersekat menurut sektor.",
	"silo.level.unknown":              "Dari data ini tidak dapat dinilai apakah organisasi ini tersekat menurut sektor.",
	"silo.level.tooFewPermutations":   "Apakah organisasi ini tersekat menurut sektor tidak dapat dinilai dari uji dengan permutasi sesedikit ini.",
	"silo.inside":                     "%s%% (pencampuran acak: %s%%)",
	"silo.inside.none":                "tidak bermakna: tidak ada sektor yang memuat dua unit",
	"silo.warnNoSectors":              "tidak ada sektor yang memuat dua unit atau lebih (tabel unit tidak punya kolom sector sehingga setiap unit menjadi sektornya sendiri, atau setiap sektor hanya berisi satu unit): silo sektor tidak dinilai, dan modularitas, E-I, asortativitas, NMI serta ARI menurut sektor dikosongkan karena tidak bermakna",
	"silo.warnPermutations":           "uji E-I untuk %s menjalankan %d permutasi, sehingga nilai p terkoreksi terkecil yang dapat dihasilkan adalah %s, tidak di bawah %s (alpha/10): suatu kelompok dapat luput dari putusan karena permutasinya kurang; --permutations %d memberi resolusi penuh (dan lebih lama)",
	"yaml.replaced":                   " (%s telah diganti dengan %s: aturan silo kini memakai indeks homofili dan nilai p terkoreksi Holm; lihat docs/metrics.md)",
	"silo.sector":                     "sektor",
	"silo.unit":                       "unit",
	"silo.sectors":                    "sektor",
	"silo.units":                      "unit",

	// numbers
	"num.decimal": ",",

	// cmd: untrusted inputs (issue "Reliability")
	"flag.follow-symlinks": "baca juga berkas di luar folder studi: tautan simbolik yang menunjuk ke luar folder dan jalur study.yaml yang keluar dari folder (tanpa opsi ini: ditolak)",
	"flag.max-spool":       "batas `UKURAN` Parquet bergzip setelah diekstrak ke berkas sementara (mis. 4GiB, 500MiB)",
	"badMaxSpool":          "--max-spool %q: tulis ukuran positif seperti 4GiB, 500MiB atau 1048576 (bita)",
	"badSetting":           "nilai di study.yaml tidak sah",
	"errOutside":           "berkas tabel berada di luar folder studi (melalui tautan simbolik atau jalur study.yaml) sehingga tidak dibaca; salin berkasnya ke folder studi, atau pakai --follow-symlinks bila tujuannya tepercaya",
	"errNotRegular":        "berkas tabel bukan berkas biasa (pipa bernama, perangkat, atau folder) sehingga tidak dibaca; salin datanya ke berkas biasa",
	"errSpool":             "Parquet bergzip ini terlalu besar setelah diekstrak; naikkan --max-spool bila berkasnya asli, atau simpan sebagai .parquet biasa",
	"rejectsMore":          "dan %d baris lain dari berkas ini juga ditolak; rejects.csv hanya mencantumkan %d baris pertama per berkas (jalankan sekat validate untuk ringkasannya)",
	"badFlagNumber":        "%s %v: harus %s",
	"rangeFinitePositive":  "bilangan terhingga lebih dari 0",
	"rangeMinusOneOrMore":  "-1 atau lebih",
	"rangeZeroOrMore":      "0 atau lebih",

	// cmd: interrupts, crashes and progress (issue "Foundations")
	"interrupted":      "dihentikan (Ctrl-C atau SIGTERM); berkas sementara sudah dihapus, hasil sebelumnya di folder keluaran tidak diubah",
	"interruptedTwice": "dihentikan seketika atas sinyal kedua; berkas sementara sudah dihapus",
	"crash":            "kesalahan internal (panic). Ini cacat pada sekat, bukan kesalahan pada data Anda.",
	"crashSend":        "Mohon kirimkan laporan di bawah ini kepada pengelola sekat, beserta perintah yang dijalankan dan, bila\nmemungkinkan, study.yaml serta baris judul tabel masukan (bukan isi datanya):",
	"crashOutputs":     "Berkas sementara sudah dihapus; hasil sebelumnya di folder keluaran tidak diubah.",
	"progRows":         "membaca %s: %s baris",
	"progLeiden":       "komunitas (Leiden): iterasi ke-%d",
	"progLeidenCap":    "komunitas (Leiden): iterasi ke-%d dari paling banyak %d",
	"progBetweenness":  "betweenness: %s dari %s sumber (%d%%)",
	"progSampled":      "betweenness (sampel): %s dari %s pasangan (%d%%)",
	"progHarmonic":     "harmonic closeness: %s dari %s sumber (%d%%)",
	"progPermutations": "uji permutasi E-I (%s): %s dari %s (%d%%)",
	"progStability":    "stabilitas komunitas: run Leiden %d dari %d",
	"groupsector":      "sektor",
	"groupunit":        "unit",
	"groupcommunity":   "komunitas",
	"stepnetwork":      "menyusun jejaring dari catatan yang terbaca",
	"stepcentrality":   "PageRank, eigenvector dan ukuran perantara (constraint, effective size)",
	"steproles":        "partisipasi, peran dan indeks E-I tiap simpul",
	"stepwhole":        "ukuran seluruh jejaring dan tiap lapisan",
	"stepmap":          "menggambar peta (Graphviz)",
	"flag.quiet":       "tanpa baris kemajuan di terminal (peringatan dan ringkasan tetap dicetak)",

	// cmd: people without ties, partial rows, circulars (issue "Right answers")
	"flag.keep-inactive":      "tingkat person: masukkan juga pegawai tanpa ikatan pada jendela waktu sebagai simpul; tanpa opsi ini mereka tidak dimasukkan dan hanya dihitung di summary.json (tidak berpengaruh pada tingkat unit)",
	"partialRows":             "%d surat tetap dipakai tanpa sebagian penerimanya karena id penerima tidak dikenal; setiap id itu tercantum di %s",
	"circularsLine":           "%d surat edaran (surat ke lebih dari %d unit lain) tidak dihitung sebagai ikatan; jumlahnya per pengirim ada di kolom circulars_sent",
	"inactiveLeftOut":         "%d pegawai tanpa ikatan pada jendela waktu tidak dimasukkan ke jejaring (--keep-inactive untuk memasukkannya)",
	"inactiveKept":            "%d pegawai tanpa ikatan pada jendela waktu tetap dimasukkan sebagai simpul terpencil (--keep-inactive)",
	"reason.partialUnknownID": "id penerima tidak dikenal (tidak ada di tabel people maupun units); surat tetap dipakai dengan penerima lainnya; tambahkan atau perbaiki id",
	"reason.partialNoSpell":   "penerima ini tidak tercatat di unit mana pun pada tanggal surat; surat tetap dipakai dengan penerima lainnya; periksa valid_from/valid_to di tabel people",
	"validPartial":            "  %d surat tetap dapat dipakai tanpa %d id penerima yang tidak dikenal",
	"validInvalidPartial":     "%d id penerima tidak dikenal; perbaiki lalu jalankan lagi",

	// viz: the person level's words for nodes, and what the network sets aside (issue "Right answers")
	"viz.person.map":              "Peta jejaring pegawai",
	"viz.person.legendShapes":     "Lingkaran: pegawai · segitiga: unit yang disurati langsung (bukan pegawai) · garis tepi ganda: titik artikulasi",
	"viz.person.topK":             "\n(%d ikatan terkuat tiap pegawai dan semua jembatan; ikatan yang lebih lemah tidak digambar)",
	"viz.person.hiddenNodes":      "\n%d pegawai atau unit dengan %s terkecil tidak digambar",
	"viz.person.brokersIntro":     "Pegawai yang paling sering berada di jalur terpendek antarpegawai lain (betweenness). Pegawai unit koordinator formal (mis. Setda, Bappeda) memang bertugas menjembatani; pegawai unit biasa yang menjembatani sektor adalah jembatan informal — aset yang rapuh bila tidak ada yang dapat menggantikannya. Unit yang disurati langsung tidak diperingkat di sini.",
	"viz.person.colPerson":        "Pegawai",
	"viz.person.tableTitle":       "Pegawai",
	"viz.person.fig":              "Pegawai",
	"viz.person.groupsTitle":      "Kelompok (sektor, unit dan komunitas)",
	"viz.person.def.meetings":     "tiap rapat memberi setiap pasangan pegawai yang hadir 1/(|A|−1) (pembobotan kolaborasi Newman).",
	"viz.person.def.betweenness":  "porsi jalur terpendek (jarak = 1/bobot) antarpegawai lain yang melewati pegawai ini, dinormalkan seperti NetworkX.",
	"viz.person.def.articulation": "pegawai / ikatan yang bila dihapus memutus jejaring.",
	"viz.note.circulars":          "%s surat edaran (surat kepada lebih dari %d unit lain) tidak dihitung sebagai ikatan; jumlahnya per pengirim tercatat di kolom circulars_sent.",
	"viz.note.inactive":           "%s pegawai tanpa ikatan pada jendela waktu ini tidak dimasukkan ke jejaring.",
	"viz.note.inactiveKept":       "%s pegawai tanpa ikatan pada jendela waktu ini tetap dimasukkan sebagai simpul terpencil (--keep-inactive).",
	"viz.note.unitNodes":          "%s unit yang disurati langsung ikut dalam jejaring sebagai simpul agar ikatannya tidak hilang, tetapi tidak dihitung sebagai pegawai dan tidak diperingkat; di people.csv jenisnya unit.",
}
