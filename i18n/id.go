package i18n

// id is the catalogue in Bahasa Indonesia, in the formal register of
// government letters and EYD spelling. Keys are grouped by where the text
// is shown; en.go has the same keys in the same order.
var id = map[string]string{
	// cmd: messages
	"seeHelp":                 "Lihat `sekat --help` atau `sekat PERINTAH --help`.",
	"noCommand":               "perintah %q tidak dikenal; lihat `sekat --help`",
	"needStudy":               "%s membutuhkan satu STUDI: folder tabel atau study.yaml",
	"badLevel":                "--level harus unit atau person, bukan %q",
	"badEnvLang":              "SEKAT_LANG=%q diabaikan; gunakan id atau en",
	"studyIsFile":             "STUDI harus folder tabel atau berkas study.yaml; %s adalah berkas tabel: berikan foldernya, misalnya %s",
	"outExtFormat":            "--out %s menyebut format lain daripada --format %s; berikan --format %s, atau nama berkas dengan akhiran yang sesuai",
	"outExists":               "%s sudah ada; sekat tidak menimpa berkas tanpa --force: berikan nama lain, atau --force untuk menggantinya",
	"badLang":                 "--lang harus id atau en, bukan %q",
	"badTime":                 "%s %q bukan tanggal; tulis YYYY-MM-DD",
	"badWindow":               "--to (%s) harus sesudah --from (%s)",
	"badWindowMixed":          "akhir jendela waktu (%s) harus sesudah awalnya (%s); satu batas berasal dari --from/--to dan yang lain dari kunci window di study.yaml; perbaiki salah satunya",
	"badResolution":           "--resolution %v: harus lebih dari 0",
	"badLeidenIterations":     "--leiden-iterations %d: tidak boleh negatif (0 berarti sampai stabil)",
	"badPermutations":         "--permutations %d: harus 0 (sekat memilih jumlah yang cukup untuk banyaknya kelompok) atau lebih",
	"badSizeBy":               "--size-by %q tidak dikenal; pilih salah satu dari %s",
	"badEngine":               "--engine %q tidak dikenal; pilih fdp atau dot",
	"badLayer":                "--layer %q tidak dikenal; pilih correspondence, meetings, data_sharing atau data_denied",
	"layerAndEgo":             "--layer, --ego dan --sectors tidak dapat dipakai bersamaan; pilih salah satu",
	"badRejectRate":           "--max-reject-rate %v: harus antara 0 dan 1",
	"noArgs":                  "%s tidak menerima argumen; pakai --out FOLDER",
	"badFormat":               "--format %q tidak dikenal; pilih salah satu dari %s",
	"badChoice":               "%s %q tidak dikenal; pilih salah satu dari %s",
	"pairsRunDialect":         "--run menjalankan teks DuckDB dengan DuckDB tertanam; --dialect %q tidak dapat dijalankan di sini: hilangkan --run untuk menulis SQL-nya",
	"pairsRunOut":             "--run memerlukan --out FOLDER, folder baru atau kosong untuk tabel pasangan",
	"pairsNoEngine":           "sekat ini tidak memuat DuckDB tertanam: bangun dengan go build -tags duckdb ./cmd/sekat (cgo, gcc dan g++), atau hilangkan --run dan jalankan SQL-nya di DuckDB, Spark atau Trino",
	"rejectedEngine":          "%d baris ditolak oleh mesin data (%s); tabel pasangan hanya menghitungnya: jalankan `sekat validate %s` pada tabel mentah untuk melihat baris itu beserta cara memperbaikinya",
	"rejected":                "%d baris ditolak (%s); rinciannya ada di %s",
	"wrote":                   "hasil ditulis ke %s",
	"validOK":                 "%s: %d berkas, %d baris, semuanya dapat dipakai",
	"validBad":                "%s: %d berkas, %d baris, %d ditolak",
	"validWhere":              "%s baris %d",
	"validColumn":             "kolom %s",
	"validInvalid":            "%d baris ditolak; perbaiki lalu jalankan lagi",
	"errRejectRate":           "terlalu banyak baris ditolak di satu tabel (lebih dari --max-reject-rate); perbaiki baris yang tercantum di rejects.csv, atau naikkan --max-reject-rate",
	"changefile.cw.empty":     "berkas kosong; beri baris judul old_unit,new_unit,from,share",
	"changefile.cw.csv":       "tidak dapat dibaca sebagai CSV: %v",
	"changefile.cw.noColumn":  "tidak ada kolom %s; baris judul harus memuat old_unit, new_unit, from dan (bila perlu) share",
	"changefile.cw.from":      "from %q bukan tanggal; tulis YYYY-MM-DD",
	"changefile.cw.shareText": "share %q bukan angka; tulis 1 untuk penggantian nama atau penggabungan",
	"changefile.cw.units":     "old_unit dan new_unit harus diisi keduanya",
	"changefile.cw.self":      "unit %q dipetakan ke dirinya sendiri; hapus baris ini",
	"changefile.cw.share":     "share %v untuk %q -> %q tidak lebih dari 0 dan paling banyak 1; tulis 1 untuk penggantian nama atau penggabungan, dan bagian-bagiannya untuk pemecahan",
	"changefile.cw.twoDates":  "unit %q diganti pada dua tanggal; satu unit hanya dapat berakhir sekali (tulis perubahan berikutnya sebagai baris unit penggantinya)",
	"changefile.cw.sum":       "jumlah share unit %q adalah %v, bukan 1; share pemecahan satu unit harus berjumlah 1",
	"changefile.cw.cycle":     "unit %q menjadi penggantinya sendiri melalui rangkaian baris; hapus lingkaran itu",
	"changefile.rf.empty":     "berkas kosong; isi kunci date, treated dan (bila perlu) control",
	"changefile.rf.yaml":      "%v; berkas ini hanya memuat date:, treated: dan control:",
	"changefile.rf.date":      "date %q bukan tanggal; tulis YYYY-MM-DD",
	"changefile.rf.noTreated": "tidak ada kelompok perlakuan; cantumkan sektor atau id unit yang menerima reformasi di bawah kunci treated",
	"changefile.rf.mixed":     "%q: cantumkan sektor saja atau id unit saja, jangan keduanya",
	"changefile.rf.unknown":   "%q bukan sektor yang memiliki unit internal dan bukan unit internal studi; periksa ejaannya",
	"changefile.rf.twice":     "%q tercantum dua kali; setiap kelompok dicantumkan sekali, sebagai perlakuan atau pembanding",
	"changefile.rf.noControl": "tidak ada kelompok pembanding; cantumkan sektor atau id unit pembanding di bawah kunci control",
	"changefile.at":           "%s baris %d",
	"errRejectRateValidate":   "terlalu banyak baris ditolak di satu tabel (lebih dari --max-reject-rate); jalankan `sekat validate %s` untuk melihat baris yang ditolak beserta cara memperbaikinya, atau naikkan --max-reject-rate",
	"errColumn":               "kolom wajib tidak ada di berkas; tambahkan kolomnya atau petakan namanya di study.yaml (columns:)",
	"errColumnAt":             "%s: kolom wajib %q tidak ada%s; kolom yang ditemukan: %s; tambahkan kolomnya atau petakan namanya di study.yaml (columns:)",
	"errColumnLine":           " di baris judul (dibaca dari baris %d)",
	"errColumnRow":            " di baris judul (dibaca dari baris %d lembar kerja, baris pertama yang berisi)",
	"errColumnTitle":          "; jika judul kolom tidak berada di baris %d (ada judul di atas tabel), hapus baris-baris di atasnya",
	"errColumnEmptyFile":      "; berkas ini kosong (0 bita): ekspor ulang tabelnya, atau hapus berkas itu",
	"errColumnOtherSheets":    "; ini lembar %q dari %s: jika tabelnya berada di lembar lain, sebutkan lembar itu di study.yaml (sheet:)",
	"errColumnEmptySheet":     "; lembar %q tidak berisi nilai apa pun; lembar-lembar buku kerja ini: %s; sebutkan lembar yang memuat tabelnya di study.yaml (sheet:)",
	"errColumnNone":           "tidak ada",
	"errColumnHolds.gzip":     "; berkas ini berisi data gzip, bukan teks: beri nama %s",
	"errColumnHolds.xlsx":     "; berkas ini adalah buku kerja .xlsx, bukan teks: beri nama %s",
	"errColumnHolds.parquet":  "; berkas ini adalah berkas Parquet, bukan teks: beri nama %s",
	"errColumnHolds.xls":      "; berkas ini adalah buku kerja .xls (atau buku kerja berkata sandi), bukan teks: simpan di Excel sebagai .xlsx tanpa kata sandi, atau sebagai CSV",
	"errDamaged":              "berkas %s rusak atau terpotong: isinya berhenti sebelum akhirnya, atau datanya (gzip, Parquet, lembar kerja) tidak utuh, sehingga baris sesudahnya tidak dapat dibaca; salin atau ekspor ulang berkas itu dari sumbernya",
	"errNotTable":             "berkas %s tampaknya bukan tabel dalam format yang ditunjukkan akhiran namanya (satu baris lebih dari 16 MiB, lebih dari 4.096 kolom, atau isi berformat lain); periksa isi berkas dan pemisah kolomnya, pastikan akhiran namanya (.csv, .gz, .xlsx) sesuai dengan isinya, lalu ekspor ulang",
	"errForeignFiles":         "folder keluaran %s sudah berisi %s, yang tidak ditulis oleh sekat; sekat tidak menimpa atau menghapus berkas yang bukan tulisannya, dan tidak ada yang diubah: berikan --out sebuah folder baru atau kosong",
	"errOutDir":               "folder keluaran %s tidak dapat dibuat atau ditulisi; pilih folder lain dengan --out, atau pastikan jalur itu bukan berkas dan Anda berhak menulis di sana",
	"errCommit":               "hasil tidak dapat diletakkan di folder %s, dan folder itu dibiarkan seperti sebelum perintah dijalankan; periksa ruang disk dan izin tulis, dan pastikan tidak ada folder bernama sama dengan berkas keluaran",
	"anInputFile":             "masukan",
	"errDuplicateColumn":      "%s: kolom %q tercantum dua kali di baris judul (kolom ke-%d dan ke-%d); sekat hanya akan membaca salah satunya: hapus atau ganti nama yang lain",
	"errStudy":                "studi tidak dapat dibaca; periksa folder, nama berkas dan study.yaml",
	"errPairs":                "tabel pasangan (--pairs) tidak cocok dengan studi atau dengan perintah ini; rincian di bawah menyebut berkasnya dan cara memperbaikinya",
	"errStrict":               "--strict: berhenti pada baris pertama yang ditolak",
	"detail":                  "rincian",
	"validMore":               "  ... dan %d baris lain; jalankan `sekat analyze` untuk rejects.csv lengkap",
	"summaryLine":             "%d unit, %d orang, %d ikatan berarah; jendela waktu dari %s sampai sebelum %s",
	"generate.forumsTooFew":   "forum tidak dapat ditanam: --forums memerlukan 7 sektor yang tidak pernah menjadi silo dan satu unit koordinator, dan studi ini (dengan uji cobanya, bila ada) memiliki lebih sedikit; hilangkan --forums atau --pilot",
	"generated":               "studi sintetis %q (seed %d) ditulis ke %s",
	"demoStudy":               "studi contoh ditulis ke %s",
	"demoDone":                "demo selesai; buka %s",
	"out.isStudy":             "%s %s adalah folder studi, dan sekat tidak menulis ke dalam folder studi",
	"out.insideStudy":         "%s %s berada di dalam folder studi %s, dan sekat tidak menulis ke dalam folder studi",
	"out.containsStudy":       "%s %s memuat folder studi %s, sehingga keluaran di sana dapat menimpa atau menghapus berkas studi",
	"out.isInput":             "%s %s adalah berkas masukan studi, dan sekat tidak menimpa berkas masukan",
	"out.containsInput":       "%s %s memuat berkas masukan studi %s, sehingga keluaran di sana dapat menimpanya",
	"out.isTable":             "%s %s akan menimpa %s, tabel hasil yang sedang dibaca",
	"out.notEmpty":            "%s %s tidak kosong",
	"out.forceStudy":          "%s %s berisi tabel atau study.yaml yang tidak ditulis perintah ini (%s), dan --force hanya menimpa berkas yang ditulis sekat sehingga dua studi akan tercampur",
	"out.forceRealStudy":      "%s %s adalah studi yang tidak dibuat oleh sekat generate (tidak ada truth.json), dan --force tidak pernah menimpa data studi",
	"out.fix":                 "pilih folder lain untuk %s, terpisah dari data masukan",
	"out.fixExample":          "pilih folder lain untuk %s, terpisah dari data masukan, misalnya %s",
	"out.fixFile":             "pilih berkas lain untuk %s, terpisah dari data masukan",
	"out.fixFileExample":      "pilih berkas lain untuk %s, terpisah dari data masukan, misalnya %s",
	"out.fixNew":              "pilih folder baru atau kosong untuk %s",
	"out.fixName":             "pilih nama berkas lain untuk %s",
	"out.fixEmpty":            "pilih folder baru atau kosong untuk %s, atau tambahkan --force untuk menimpa berkas yang ditulis perintah ini (berkas lain tidak dihapus)",
	"out.fixEmptyFolder":      "pilih folder baru atau kosong untuk %s, atau kosongkan folder ini lebih dulu (perintah ini menulis foldernya secara utuh)",
	"out.sibling":             "%s-hasil",
	"personNeedsOut":          "ekspor tingkat pegawai ditulis ke berkas beserta catatan auditnya (BERKAS.audit.json: apa yang dipseudonimkan dan kelompok mana yang ditahan); berikan --out BERKAS, misalnya --out jejaring-pegawai.graphml",
	"xlsxNeedsOut":            "buku kerja Excel tidak ditulis ke terminal; berikan --out BERKAS.xlsx",
	"exported":                "jejaring (%s) ditulis ke %s",
	"inputsHeader":            "Masukan:",
	"inputLine":               "  %-15s %-30s %10d baris, %d ditolak",

	"reportWrote":    "laporan ditulis ke %s",
	"mapWrote":       "peta ditulis ke %s",
	"map.egoUnknown": "pegawai %q tidak ada dalam jejaring jendela waktu ini: periksa person_id di tabel pegawai (people), atau apakah pegawai itu mempunyai ikatan dalam jendela ini",
	"map.emptyLayer": "lapisan %s tidak memiliki satu ikatan pun dalam jendela waktu ini (tabelnya tidak ada, kosong, atau di luar jendela), sehingga peta hanya memuat simpul",
	"windowDates":    "%s sampai sebelum %s",

	// cmd: warnings about the study and its files (ingest.Warning), and
	// the errors of inputs a spreadsheet damaged
	"warning":              "peringatan: %s",
	"warn.notRead.format":  "%s tidak dibaca: sekat membaca tabel dari berkas .csv, .tsv, .ndjson, .jsonl, .parquet (masing-masing boleh .gz) dan .xlsx",
	"warn.notRead.json":    "%s tidak dibaca: berkas .json; bila isinya satu objek JSON per baris (JSON Lines, seperti yang ditulis DuckDB dan Spark), ganti namanya menjadi .ndjson atau .jsonl",
	"warn.notRead.xls":     "%s tidak dibaca: buku kerja .xls (Excel 97-2003); simpan sebagai .xlsx atau CSV",
	"warn.notRead.lock":    "%s tidak dibaca: berkas kunci buku kerja yang sedang terbuka di Excel; tutup buku kerja itu",
	"warn.notRead.name":    "%s tidak dibaca: namanya tidak cocok dengan tabel mana pun (units, people, correspondence*, meetings*, data_sharing*); ganti namanya atau cantumkan di study.yaml pada files:",
	"warn.notRead.listed":  "%s tidak dibaca: study.yaml mencantumkan berkas tabel %s pada files:",
	"warn.notRead.folder":  "%s tidak dibaca: itu sebuah folder yang tidak berisi berkas tabel (.csv, .tsv, .ndjson, .parquet, .xlsx, juga yang di-gzip); letakkan tabelnya di sana sebagai berkas, atau berkas-berkas bagian dari mesin data di dalam folder itu",
	"warn.notRead.same":    "%s tidak dibaca: berkas yang sama dengan %s, yang sudah dibaca",
	"warn.missingTable":    "tidak ada tabel %s (%s*.csv atau format lain): jejaring tidak memiliki lapisan %s",
	"warn.encoding":        "%s bukan UTF-8: dibaca sebagai %s; simpan sebagai UTF-8, atau sebutkan pengodeannya di study.yaml (encoding:)",
	"warn.serial":          "%s kolom %s: %d nilai berupa angka seri Excel (%s) dan dibaca sebagai tanggal yang dihitung dari 30-12-1899; periksa tanggalnya, atau format kolom itu sebagai tanggal di Excel lalu ekspor ulang",
	"warn.monthFirst":      "%s kolom %s: %d tanggal (%s) mustahil bila hari ditulis lebih dahulu tetapi sah bila bulan lebih dahulu, dan ditolak; jika berkas menulis bulan lebih dahulu, tulis date_order: mdy di study.yaml",
	"warn.spellsTogether":  "%s baris %d: pegawai %s memiliki masa tugas di %s dan di %s yang dimulai bersamaan (jumlah pegawai seperti ini: %d); sekat menempatkannya di unit masa tugas yang lebih dahulu berakhir selama masa itu berlangsung, dan bila keduanya berakhir bersamaan di unit baris yang lebih akhir: bila ini pindah tugas, isi valid_from masa tugas yang baru",
	"warn.meetingMixedAny": "%s baris %d: %s %q pada %s memuat baris dengan judul atau penyelenggara yang berbeda dari baris pertamanya (%q) (jumlah rapat seperti ini: %d); sekat menghitungnya sebagai satu rapat: bila itu rapat yang berbeda, beri masing-masing id sendiri",
	"warn.meetingMixed":    "%s baris %d: %s %q pada %s memuat baris dengan judul atau penyelenggara lain (%q, bukan %q) (jumlah rapat seperti ini: %d); sekat menghitungnya sebagai satu rapat: bila itu rapat yang berbeda, beri masing-masing id sendiri",
	"warn.meetingReused":   "%s baris %d: %s %q dipakai untuk rapat pada dua hari yang berbeda (mulai %s dan %s) (jumlah id yang dipakai pada lebih dari satu hari: %d); sekat menghitung setiap hari sebagai rapat tersendiri: jika itu satu rapat, samakan waktu mulainya di setiap baris, jika bukan, beri setiap rapat id sendiri",
	"warn.fileCopy":        "%s isinya sama persis dengan %s; keduanya dibaca sehingga barisnya terhitung dua kali: jika salah satunya salinan, hapus salinan itu (atau sebutkan berkas yang dibaca di study.yaml, files:)",
	"warn.isolatedEarly":   "%d baris tabel %s bertanggal %s s.d. %s, lebih dari setahun sebelum semua baris lainnya (yang mulai %s): kemungkinan tanggal salah ketik, yang memperpanjang jendela waktu; perbaiki tanggalnya, atau tetapkan jendela dengan --from/--to (window: di study.yaml)",
	"warn.isolatedLate":    "%d baris tabel %s bertanggal %s s.d. %s, lebih dari setahun sesudah semua baris lainnya (yang berakhir %s): kemungkinan tanggal salah ketik, yang memperpanjang jendela waktu; perbaiki tanggalnya, atau tetapkan jendela dengan --from/--to (window: di study.yaml)",
	"windowTooLong":        "jendela waktu %s s.d. %s lebih panjang dari %d tahun, batas compare, trend dan evaluate (yang membaginya menjadi pekan): kemungkinan ada tanggal salah ketik (sekat validate menunjukkannya); perbaiki tanggalnya, atau tetapkan jendela dengan --from/--to",
	"warn.windowEmpty":     "tidak ada peristiwa %s dalam jendela waktu: %d barisnya berlangsung dari %s sampai %s",
	"errExcelID":           "%s baris %d kolom %s: %q adalah id yang diubah Excel menjadi angka berformat ilmiah; Excel hanya menyimpan 15 angka, sehingga id yang berbeda menjadi sama dan angka yang hilang tidak dapat dipulihkan dari berkas ini. Di Excel, format kolom itu sebagai Teks sebelum id dimasukkan (Data > From Text/CSV, jenis kolom Teks, atau buka ekspor e-office dengan cara itu), lalu ekspor ulang",
	"errExcelIDZeros":      "%s baris %d kolom %s: %q adalah yang pertama dari %d di antara %d id 16–19 angka yang berakhiran 000: lembar kerja menyimpan kolom itu sebagai angka dengan 15 angka bermakna lalu menuliskannya dengan nol, sehingga pegawai yang berbeda kini ber-id sama (tiga angka terakhir NIP adalah nomor urut mulai 001). Angka yang hilang tidak dapat dipulihkan dari berkas ini: di Excel, format kolom itu sebagai Teks sebelum id dimasukkan (Data > From Text/CSV, tipe kolom Teks), lalu ekspor ulang",
	"errNoUnitRows":        "%s: tabel unit tidak berisi satu baris pun, hanya judul kolom; sekat memerlukan daftar unit (OPD beserta bagiannya) untuk menempatkan pegawai dan peristiwa: isilah tabel itu",
	"errNoUsableUnits":     "%s: tidak satu pun dari %d baris tabel unit dapat dipakai (semuanya ditolak); perbaiki baris-baris itu (sekat validate menunjukkan sebabnya)",
	"errExcelIDParquet":    "%s baris %d kolom %s: %q adalah id yang disimpan sebagai bilangan pecahan (DOUBLE), yang hanya menyimpan 15 sampai 17 angka, sehingga id yang berbeda dapat menjadi sama. Angka yang hilang tidak dapat dipulihkan dari berkas ini: tulis kolom id sebagai teks (STRING) atau bilangan bulat (INT64) dalam ekspornya, lalu ekspor ulang",
	"errExcelIDDecimal":    "%s baris %d kolom %s: %q adalah id yang ditulis sebagai bilangan desimal (.0); lembar kerja atau skrip mengubah kolom itu menjadi angka, yang hanya menyimpan 15 angka. Di Excel, format kolom itu sebagai Teks (atau baca sebagai teks), lalu ekspor ulang",
	"errNoEvents":          "tidak ada peristiwa dalam jendela waktu %s sampai %s: %d baris log berlangsung dari %s sampai %s; pilih --from dan --to (atau window: di study.yaml) di dalam rentang itu",
	"errNoEventsAtAll":     "tidak ada peristiwa yang dapat dipakai dalam log: setiap baris correspondence, meetings dan data_sharing kosong atau ditolak; lihat rejects.csv atau jalankan sekat validate",

	// cmd: the reason column of rejects.csv, by the ingest sentinel
	"reason.fieldCount":            "jumlah kolom baris ini tidak sama dengan header; periksa pemisah dan tanda kutip",
	"reason.invalidUTF8":           "teks bukan UTF-8 yang sah; simpan ulang berkas sebagai UTF-8",
	"reason.openQuote":             "tanda kutip pembuka tanpa penutup (kemungkinan tanda kutip nyasar di baris ini); hanya baris ini yang ditolak, pembacaan berlanjut di baris berikutnya; di dalam teks berkutip tulis tanda kutip sebagai \"\"",
	"reason.malformed":             "baris rusak (tanda kutip atau JSON tidak lengkap); perbaiki baris ini",
	"reason.badTime":               "waktu tidak sah; gunakan YYYY-MM-DD[ HH:MM[:SS]], RFC 3339, DD/MM/YYYY[ HH:MM], tanggal dengan nama bulan (1 Maret 2025) atau angka seri Excel (45717)",
	"reason.monthFirst":            "bukan tanggal bila hari ditulis lebih dahulu (sekat membaca 03/04/2025 sebagai 3 April), tetapi sah bila bulan lebih dahulu; jika berkas menulis bulan lebih dahulu, tulis date_order: mdy di study.yaml",
	"reason.missingValue":          "nilai wajib kosong; isi kolom ini",
	"reason.leadingZeros":          "id tidak dikenal, tetapi tabel memuat id yang sama dengan angka nol di depan: lembar kerja membuang nol itu; format kolomnya sebagai Teks lalu ekspor ulang",
	"reason.unitLeadingZeros":      "unit tidak ada di tabel units, tetapi tabel itu memuat kode yang sama dengan angka nol di depan: lembar kerja membuang nol itu; format kolomnya sebagai Teks lalu ekspor ulang",
	"reason.partialLeadingZeros":   "id penerima ini tidak dikenal, tetapi tabel memuat id yang sama dengan angka nol di depan (lembar kerja membuang nol itu); surat tetap dipakai dengan penerima lainnya",
	"reason.rejectedPerson":        "id tidak dikenal karena barisnya di tabel people ditolak (lihat alasan baris itu); perbaiki baris itu",
	"reason.partialRejectedPerson": "id dilewati karena barisnya di tabel people ditolak (lihat alasan baris itu); surat tetap dipakai dengan penerima lainnya",
	"reason.unknownID":             "id tidak dikenal: tidak ada di tabel people maupun units; tambahkan atau perbaiki id",
	"reason.unknownUnit":           "unit tidak ada di tabel units; tambahkan unit itu ke sana atau perbaiki id-nya",
	"reason.noSpell":               "pegawai ini tidak tercatat di unit mana pun pada tanggal itu; periksa valid_from/valid_to di tabel people",
	"reason.emptyRecipients":       "surat tanpa penerima: recipients dan cc kosong",
	"reason.badValue":              "nilai tidak sah untuk kolom ini",
	"reason.badKind":               "jenis unit tidak dikenal; tulis internal, coordinator atau external (huruf besar atau kecil sama saja), atau kosongkan untuk internal",
	"reason.badStatus":             "status tidak dikenal; tulis granted (disetujui, diberikan), denied (ditolak) atau pending (menunggu, diproses), huruf besar atau kecil sama saja, atau kosongkan untuk granted",
	"reason.spellOrder":            "valid_to tidak sesudah valid_from; masa tugas harus berakhir sesudah dimulai (tanggal akhir tanpa jam mencakup seluruh hari itu): perbaiki valid_from atau valid_to",
	"reason.duplicate":             "id ganda; id harus unik dan hanya menamai satu hal",

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
	"yaml.sameColumn": "%s: di bawah %s, %s dan %s sama-sama membaca kolom %q dari berkas; petakan masing-masing ke kolomnya sendiri",
	"yaml.badType":    "%s: %s berisi %s, seharusnya %s",
	"yaml.encoding":   "%s: bukan teks UTF-8 (ada byte yang bukan UTF-8, seperti pada berkas yang disimpan sebagai ANSI atau Windows-1252); simpan study.yaml sebagai UTF-8",
	"yaml.syntax":     "%s: bukan YAML yang sah (%s); periksa titik dua, tanda kutip, kurung dan indentasi",
	"yaml.top":        "di tingkat teratas",
	"yaml.under":      "di bawah %s",
	"yaml.text":       "teks",
	"yaml.number":     "bilangan dengan titik desimal, mis. 0.5",
	"yaml.integer":    "bilangan bulat tanpa tanda kutip, mis. 4",
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
nota dinas, disposisi), rapat dan berbagi pakai data — lalu membangun jejaring antarunit
kerja dan antarpegawai, dan menulis ikatan, metrik serta laporannya.

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
	"flag.forceFile":         "ganti BERKAS (dan catatan audit di sampingnya) bila sudah ada",
	"flag.force":             "tulis ke folder yang tidak kosong: timpa berkas yang ditulis sekat sebelumnya dan biarkan berkas lain; berkas pengguna dengan nama yang sama tidak ditimpa",
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
	"generate.preset":    "`PRESET` yang dibuat, salah satu dari %s",
	"generate.seed":      "seed `N` (seed sama, berkas sama)",
	"generate.scale":     "kalikan jumlah pegawai dan jumlah catatan (surat, rapat, berbagi data) dengan `X`",
	"generate.format":    "`FORMAT` tabel: csv, csv-semicolon (Excel Indonesia: pemisah ; dengan BOM dan CRLF), tsv, ndjson, parquet, parquet-strings (bawaan: csv; parquet untuk nasional)",
	"generate.gzip":      "kompres setiap tabel dengan gzip",
	"generate.no-change": "tanam sekat paruh pertama untuk sepanjang tahun: kedua paruh berasal dari proses yang sama (kasus nol bagi compare dan trend)",
	"generate.pilot":     "tanam juga uji coba mulai 2025-10-01: satu sektor yang tertutup sampai tanggal itu membuka diri, sektor pembandingnya tetap tertutup",
	"generate.reorg":     "tanam juga penggantian nama satu unit dan penggabungan dua unit pada tanggal perubahan, dan tulis unit_crosswalk.csv",
	"generate.forums":    "tanam dua rangkaian rapat: forum seremonial (unit peserta tidak pernah saling menyurati atau meminta data sesudahnya) dan forum aktif (setiap rapat ditindaklanjuti); mengubah catatan studi, jadi tidak aktif secara bawaan",

	// validate
	"validate.usage": "periksa masukan studi: apa yang salah, di mana, dan cara memperbaikinya",
	"validate.args":  "STUDI",
	"validate.desc": `Membaca setiap tabel STUDI seperti analyze dan mencantumkan setiap baris yang tidak dapat
dipakai beserta berkas, baris, kolom dan cara memperbaikinya. Kode keluar 0 bila semua baris
dapat dipakai, 1 bila ada baris atau berkas yang bermasalah.

Contoh:
   sekat validate studi
   sekat validate studi --show 50 --lang en`,
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
	"analyze.pairs":  "baca tabel pasangan di `FOLDER` (hasil sekat pairs) sebagai pengganti tabel log studi",

	// export
	"export.usage": "tulis jejaring untuk Gephi, Graphviz atau lembar kerja",
	"export.args":  "STUDI",
	"export.desc": `Format: csv (tabel ikatan, seperti edges.csv), nodes (tabel simpul untuk impor
lembar kerja Gephi: Id, Label, lalu setiap kolom units.csv atau people.csv), graphml (yEd,
Cytoscape, igraph), gexf (Gephi), dot (Graphviz), xlsx (satu buku kerja Excel: simpul, kelompok,
silo, ikatan). Ikatan berarah; masing-masing membawa bobot gabungan dan nilai setiap lapisan (0
bila lapisan itu tidak ada), dan setiap busur disimpan, termasuk yang hanya berisi penolakan.
graphml, gexf, dot, nodes dan xlsx membawa setiap ukuran simpul dari units.csv atau people.csv
(studi dianalisis, dengan --seed), sehingga Gephi dapat mengelompokkan menurut sektor, komunitas
atau silo tanpa menghitung ulang.
Untuk Excel gunakan xlsx (--excel): kode tetap teks, angka tetap angka sesuai setelan wilayah.
CSV untuk program lain; dengan --bom, impor Excel (Data > From Text/CSV) membacanya sebagai UTF-8.

Contoh:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out pegawai.graphml
   sekat export studi --excel --out sekat.xlsx
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`,
	"export.format": "`FORMAT`: csv, nodes, graphml, gexf, dot atau xlsx",
	"export.excel":  "tulis buku kerja Excel (sama dengan --format xlsx; perlu --out)",
	"export.bom":    "awali keluaran CSV (csv, nodes) dengan penanda urutan bita UTF-8, untuk impor Excel",
	"export.out":    "`BERKAS` keluaran (bawaan: keluaran standar); pada --level person juga BERKAS.audit.json di sampingnya; formatnya mengikuti akhiran nama berkas",

	// pairs
	"pairs.usage": "tulis SQL yang mengubah tabel peristiwa menjadi tabel pasangan untuk mesin data (DuckDB, Spark SQL, Trino)",
	"pairs.args":  "STUDI",
	"pairs.desc": `Menulis, untuk STUDI, SQL yang menjumlahkan tabel correspondence, meetings dan data_sharing
menjadi tabel pasangan (pairs, meeting_sizes, nodes, totals, inputs, meta) dengan aturan
sekat analyze: pegawai dipetakan ke unit masa tugasnya pada waktu peristiwa, surat edaran,
bobot Newman per ukuran rapat, max_meeting_size, permintaan data yang diberikan dan ditolak,
serta jendela waktu. sekat analyze STUDI --pairs FOLDER kemudian membaca tabel itu sebagai
pengganti log dan menghasilkan edges.csv, units.csv dan groups.csv yang sama. Lihat
docs/engines.md.

Dengan --run (sekat yang dibangun dengan -tags duckdb) DuckDB tertanam menjalankan teks itu
dan menulis tabelnya ke --out.

Contoh:
   sekat pairs studi --dialect spark --dest s3a://lake/sekat/pairs --every month --out pairs.sql
   sekat pairs studi --run --out pasangan
   sekat analyze studi --pairs pasangan --out hasil
   sekat pairs studi --run --every day --out pasangan-harian
   sekat trend studi --every month --pairs pasangan-harian`,
	"pairs.dialect":      "`DIALEK` SQL: duckdb, spark atau trino",
	"pairs.every":        "partisi tabel pasangan per `PERIODE`: none, week, month atau day (day melayani compare, trend dan facilitators)",
	"pairs.out":          "`BERKAS` tujuan SQL (bawaan: keluaran standar); dengan --run, FOLDER tabel pasangan",
	"pairs.dest":         "`FOLDER` tempat SQL menulis tabel pasangan, sebagaimana dilihat mesin data",
	"pairs.table-format": "`FORMAT` tabel pasangan: parquet atau csv",
	"pairs.run":          "jalankan teks DuckDB dengan DuckDB tertanam (build dengan -tags duckdb)",

	// map
	"map.usage": "gambar jejaring sebagai peta Graphviz (SVG, PNG atau DOT)",
	"map.args":  "STUDI|HASIL",
	"map.desc": `Menganalisis STUDI (atau membaca kembali HASIL, folder keluaran ` + "`sekat analyze`" + `) lalu
menggambar peta unit kerja: unit dikelompokkan dalam kotak per sektor (sekat bergaris merah
tebal), diwarnai menurut komunitas, berukuran menurut betweenness (--size-by), ikatan pada
skala log, ikatan lintas sektor berwarna biru, jembatan berwarna merah. --layer menggambar satu
lapisan; --ego PEGAWAI menggambar seorang pegawai beserta lingkungan dua langkahnya (tingkat
pegawai); --sectors menggambar ikhtisar sektor (satu elips per sektor, ikatan antarsektor menurut
bobot, silo ditandai). Label berada pada simpulnya (short_name atau kode; nama lengkap ada pada
tooltip). Jejaring besar hanya menyimpan ikatan terkuat setiap simpul (--max-ties) dan paling
banyak --max-nodes simpul; di atas batas itu peta tingkat pegawai menampilkan unit para pegawai.
Peta menyebutkan apa yang tidak digambar dan berapa bagian bobot ke luar tiap sektor yang tergambar.

Contoh:
   sekat map studi                       # menulis map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego 197902212001071145 --out ego.svg   (person_id dalam studi demo)
   sekat map studi --sectors --out sektor.svg`,
	"map.format":    "`FORMAT`: svg, png atau dot",
	"map.engine":    "`MESIN` tata letak: dot (hasil identik byte demi byte) atau fdp (force-directed)",
	"map.layer":     "gambar satu `LAPISAN` saja: correspondence (persuratan), meetings (rapat), data_sharing (berbagi pakai data), data_denied (permintaan data yang ditolak)",
	"map.sectors":   "gambar ikhtisar sektor: satu lingkaran per sektor, ikatan antarsektor menurut bobot, silo ditandai (tidak bersama --layer atau --ego)",
	"map.ego":       "gambar lingkungan dua langkah dari `PEGAWAI` ini, sebuah person_id (berarti --level person)",
	"map.size-by":   "`METRIK` penentu ukuran simpul: %s",
	"map.max-ties":  "pertahankan `N` ikatan terkuat setiap simpul (-1: semua; 0: nilai bawaan)",
	"map.max-nodes": "gambar paling banyak `N` simpul (%d dengan --ego; -1: semua)",
	"map.seed":      "seed `N` untuk setiap pilihan acak",
	"map.out":       "`BERKAS` keluaran (bawaan: map.FORMAT); pada --level person (dan dengan --ego) juga BERKAS.audit.json di sampingnya; formatnya mengikuti akhiran nama berkas",

	// report
	"report.usage": "tulis laporan HTML mandiri (report.html) beserta peta dan heatmap",
	"report.args":  "STUDI|HASIL",
	"report.desc": `Menganalisis STUDI seperti ` + "`sekat analyze`" + ` lalu menulis ke --out: report.html (satu berkas:
tanpa akses jaringan, dapat dicetak di kertas A4), map.svg dan map.dot. ` + "`sekat analyze`" + ` juga
menulis berkas yang sama di akhir prosesnya. Bila diberi HASIL, folder keluaran ` + "`sekat analyze`" + `,
hasilnya dibaca kembali (jendela waktu, seed dan opsi analisis lain mengikuti proses tersebut),
misalnya untuk menggambar ulang dengan --size-by atau --lang yang lain.

Contoh:
   sekat report studi --out laporan
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat analyze studi --out hasil && sekat report hasil --size-by pagerank --out hasil`,
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
	"viz.legendSize":                   "Warna: komunitas terdeteksi · Ukuran: %s · Kotak: sektor (kotak merah tebal = SILO; kotak jingga putus-putus = PANTAU, dalam daftar pantau)",
	"viz.legendEdges":                  "Garis abu-abu: ikatan dalam sektor · biru: lintas sektor · tebal garis: bobot (skala log)\nMerah tebal: jembatan (tanpanya jejaring terputus)",
	"viz.legendShapes":                 "Lingkaran: unit · persegi: koordinator formal · belah ketupat: eksternal · garis tepi ganda: titik artikulasi",
	"viz.drawnTies":                    "Digambar %d dari %d ikatan",
	"viz.topK":                         "\n(%d ikatan terkuat tiap unit dan semua jembatan; ikatan yang lebih lemah tidak digambar)",
	"viz.hiddenNodes":                  "\n%d unit dengan %s terkecil tidak digambar",
	"viz.layer.correspondence":         "Lapisan surat-menyurat",
	"viz.layer.meetings":               "Lapisan rapat bersama",
	"viz.layer.dataSharing":            "Lapisan berbagi data (dikabulkan)",
	"viz.layer.dataDenied":             "Lapisan permintaan data ditolak",
	"viz.egoMapID":                     "Jejaring ego %s, unit %s",
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
	"viz.noBrokers":                    "Tidak ada perantara: tidak ada unit yang berada di jalur terpendek antara dua unit lain (betweenness semua unit 0), sehingga tabel perantara tidak ditampilkan.",
	"viz.brokersIntro":                 "Unit yang paling sering berada di jalur terpendek antarunit lain (betweenness). Koordinator formal (mis. Setda, Bappeda) memang bertugas menjembatani; unit biasa yang menjembatani sektor (partisipasi sektor di atas 0,62) adalah jembatan informal, sedangkan unit yang sebagian besar ikatannya berada di dalam sektornya sendiri adalah perantara di dalam sektor — jembatan informal adalah aset yang rapuh bila bergantung pada segelintir orang.",
	"viz.formalBroker":                 "koordinator formal",
	"viz.inSectorBroker":               "perantara di dalam sektor",
	"viz.informalBroker":               "jembatan informal",
	"viz.frictionIntro":                "Permintaan data antarsektor yang sudah diputuskan (dikabulkan atau ditolak), diurutkan menurut jumlah penolakan.",
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
	"viz.def.betweenness.text":         "porsi jalur terpendek (jarak = 1/bobot) antarunit lain yang melewati unit ini, dinormalkan seperti NetworkX.",
	"viz.def.community.term":           "Komunitas",
	"viz.def.community.text":           "Leiden (modularitas, resolusi γ); diberi nomor dari yang terbesar.",
	"viz.def.gouldFernandez.term":      "Peran Gould-Fernandez",
	"viz.def.gouldFernandez.text":      "koordinator, perantara keliling, wakil, penjaga gerbang, penghubung: jenis perantaraan menurut sektor pada graf berarah (penjelasan di bawah tabel perantara utama).",
	"viz.def.roles.term":               "Peran R1–R7 (Guimerà-Amaral)",
	"viz.def.roles.text":               "kedudukan simpul menurut sebaran ikatannya antarkomunitas (penjelasan di bawah tabel unit). Kode ini berbeda dari kode aturan rekomendasi R1–R7.",
	"viz.gf.coordinator":               "koordinator",
	"viz.gf.itinerant":                 "perantara keliling",
	"viz.gf.representative":            "wakil",
	"viz.gf.gatekeeper":                "penjaga gerbang",
	"viz.gf.liaison":                   "penghubung",
	"viz.gfCell":                       "%s (terbanyak sebagai %s: %s)",
	"viz.gfNote":                       "Perantaraan G-F (Gould & Fernandez) menghitung berapa kali simpul B berada di tengah alur berarah A → B → C tanpa ikatan langsung A → C, dibedakan menurut sektor ketiganya: koordinator (A, B dan C satu sektor), perantara keliling (A dan C satu sektor, B dari sektor lain), wakil (B meneruskan alur dari sektornya sendiri ke sektor lain), penjaga gerbang (B menerima alur dari sektor lain untuk sektornya sendiri), penghubung (A, B dan C dari tiga sektor berbeda). Kolom ini menjumlahkan kelima peran; dalam kurung peran yang terbanyak beserta jumlahnya sendiri.",
	"viz.role.R1":                      "sangat pinggiran",
	"viz.role.R2":                      "pinggiran",
	"viz.role.R3":                      "penghubung",
	"viz.role.R4":                      "penghubung menyeluruh",
	"viz.role.R5":                      "pusat lokal",
	"viz.role.R6":                      "pusat penghubung",
	"viz.role.R7":                      "pusat menyeluruh",
	"viz.rolesNote":                    "Peran (Guimerà & Amaral) menurut sebaran ikatan simpul antarkomunitas dan kedudukannya di komunitasnya sendiri. Bukan pusat: R1 sangat pinggiran (hampir semua ikatan di dalam komunitasnya), R2 pinggiran (sebagian besar ikatan di dalam komunitasnya), R3 penghubung (banyak ikatan ke komunitas lain), R4 penghubung menyeluruh (ikatan tersebar ke banyak komunitas). Pusat komunitas (ikatan di dalam komunitas jauh di atas rata-rata, z ≥ 2,5): R5 pusat lokal (ikatan terutama di komunitasnya), R6 pusat penghubung (juga banyak ikatan ke komunitas lain), R7 pusat menyeluruh (ikatan tersebar ke banyak komunitas).",
	"viz.def.articulation.term":        "Titik artikulasi / jembatan",
	"viz.def.articulation.text":        "unit / ikatan yang bila dihapus memutus jejaring.",
	"viz.colUnit":                      "Unit",
	"viz.colName":                      "Nama",
	"viz.colSector":                    "Sektor",
	"viz.colKind":                      "Jenis",
	"viz.colRole":                      "Peran",
	"viz.colBetweenness":               "Betweenness",
	"viz.colParticipation":             "Partisipasi sektor",
	"viz.colBrokerage":                 "Perantaraan G-F (jumlah 5 peran)",
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
	"viz.colRate":                      "Tingkat penolakan",
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
	"viz.seedLabel":                    "Benih acak",
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
	"viz.layerSkipped.absent":          "%s tidak digambar: studi ini tidak memuat tabel %s.",
	"viz.layerSkipped.empty":           "%s tidak digambar: tidak ada ikatan pada lapisan ini dalam jendela waktu.",
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
	"viz.fig.denied":                   "Permintaan data antarunit yang ditolak (termasuk di dalam sektor)",
	"viz.frictionTotal":                "%s dari %s permintaan data antarsektor yang sudah diputuskan ditolak (%s%%).",
	"viz.colStrength":                  "Kekuatan",
	"viz.param.level":                  "Tingkat analisis",
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
	"silo.summary.family":             "Koreksi Holm dihitung atas %d uji (satu per %s yang memiliki nilai p), termasuk %d yang tidak dinilai.",
	"silo.summary.watch":              "Daftar pantau: %d dari %d %s yang dinilai, lebih tertutup daripada pencampuran acak (bermakna setelah koreksi Holm) tetapi dengan homofili di bawah %s.",
	"silo.summary.watchOnly":          "Tidak ada %s yang menjadi silo. Daftar pantau: %d dari %d %s yang dinilai, lebih tertutup daripada pencampuran acak (bermakna setelah koreksi Holm) tetapi dengan homofili di bawah %s.",
	"silo.summary.notSignificant":     "Tidak ada %s yang terbukti menjadi silo atau perlu dipantau: bila suatu %s menyimpan lebih banyak bobot ikatan di dalam daripada pencampuran acak, selisihnya masih dalam batas kebetulan (p terkoreksi di atas %s).",
	"silo.summary.tooFewPermutations": "Tidak ada %s yang dapat dibuktikan menjadi silo: dengan %d permutasi, nilai p terkoreksi terkecil yang dapat dihasilkan uji ini adalah %s, di atas %s; jalankan dengan permutasi lebih banyak (lihat peringatan).",
	"silo.summary.allOpen":            "Tidak ada %s yang menjadi silo: setiap %s yang dinilai menjalin ikatan ke luar setidaknya sebanyak pencampuran acak.",
	"silo.summary.noneJudged":         "Tidak ada %s yang dapat dinilai.",
	"silo.summary.noSectors":          "Silo sektor tidak dinilai: tidak ada sektor yang memuat dua unit atau lebih (tabel unit tidak punya kolom sector, atau setiap sektor hanya berisi satu unit).",
	"silo.summary.personLevel":        "Pada tingkat pegawai, ikatan antarpegawai di dalam satu unit ikut terhitung sebagai ikatan di dalam sektor, sehingga sektor yang unit-unitnya kecil atau sibuk dengan urusan internal tampak lebih tertutup; bacalah putusan ini bersama putusan tingkat unit (sekat analyze tanpa --level person).",
	"silo.summary.unjudged":           "Tidak dinilai: %d %s (satu anggota, tanpa ikatan, atau hanya unit koordinator dan eksternal).",
	"silo.level.none":                 "Organisasi ini tidak tersekat menurut sektor.",
	"silo.level.watchOnly":            "Tidak ada sektor yang mencapai ambang silo, tetapi %d dari %d sektor yang dinilai lebih tertutup daripada pencampuran acak secara bermakna dan masuk daftar pantau.",
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
	"pairs.cutBlock":       "tabel pasangan di %s dipartisi per periode (--every %s), dan salah satu blok mingguan untuk pengambilan sampel ulang dimulai atau berakhir pada %s, di dalam periode %s (%s s.d. %s): jumlah satu periode tidak dapat dibagi ke dua blok. Buat tabel dengan `sekat pairs --every day`, yang periodenya tidak terpotong oleh blok mana pun%s",
	"pairs.cutWeekHint":    "; atau, untuk compare, berikan --before dan --after (serta --from, --to) pada hari Senin",
	"pairs.cutNone":        "tabel pasangan di %s tidak dipartisi per periode (dibuat dengan --every none): %s hanya satu jumlah, sedangkan perintah ini membagi jendela waktunya menjadi blok mingguan (batas blok pertama di dalamnya: %s). Buat tabel dengan `sekat pairs --every day`",
	"pairs.cutWindow":      "jendela waktu yang diminta berakhir atau dimulai pada %s, di dalam periode %s pada tabel pasangan di %s (--every %s). Mulai dan akhiri jendela pada batas periode (%s), atau buat tabel dengan `sekat pairs --every day`",
	"pairs.cutDay":         "tabel pasangan di %s dipartisi per hari (--every day), dan salah satu blok mingguan untuk pengambilan sampel ulang dimulai atau berakhir pada %s, di dalam hari %s: jumlah satu hari tidak dapat dibagi ke dua blok. Tuliskan tanggal-tanggal perintah ini (--before, --after, --from, --to, tanggal reformasi) tanpa jam, sehingga setiap blok dimulai pukul 00.00",
	"pairs.cutWindowDay":   "jendela waktu yang diminta berakhir atau dimulai pada %s, di dalam hari %s pada tabel pasangan di %s (--every day). Tuliskan --from dan --to tanpa jam, sehingga jendela dimulai dan berakhir pukul 00.00",
	"pairs.spanBoth":       "%s s.d. %s",
	"pairs.spanFrom":       "sejak %s",
	"pairs.spanTo":         "sampai %s",
	"pairs.spanOpen":       "seluruh jendela waktunya",
	"pairs.cutSlice":       "facilitators mengukur kestabilan per minggu yang dipotong pada tanggal 1 setiap bulan; batas irisan %s jatuh di dalam periode %s pada tabel pasangan di %s (--every %s). Buat tabel dengan `sekat pairs --level person --every day`",
	"pairs.startWeek":      "hari Senin",
	"pairs.startMonth":     "tanggal 1",
	"pairs.startDay":       "pukul 00.00",
	"pairs.personUnits":    "compare --level person --pairs: perbandingan pada tingkat pegawai juga membandingkan unit kerja melalui jejaring unit, yang tidak dimuat tabel pasangan tingkat pegawai; berikan tabel tingkat unit dari log yang sama dengan --unit-pairs (sekat pairs --every day tanpa --level person), bandingkan pada --level unit, atau baca tabel log",
	"pairs.count":          "%s diberikan %d kali untuk %d studi; berikan sekali per studi, sesuai urutan studi, atau tidak sama sekali",
	"pairs.unitPairsLevel": "--unit-pairs hanya untuk compare --level person --pairs: pada tingkat unit, tabel --pairs sudah memuat jejaring unit",
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
	"progStatements":   "DuckDB: %s (pernyataan SQL %d dari %d)",
	"phaseread":        "membaca deklarasi berkas masukan",
	"phasedirectory":   "menyusun daftar unit dan masa jabatan pegawai",
	"phaseletters":     "memadankan surat dengan unit pada tanggalnya",
	"phasemeetings":    "menghitung rapat dan pesertanya",
	"phaseshares":      "menghitung permintaan data",
	"phasewrite":       "menulis tabel pasangan",
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
	"viz.person.noBrokers":        "Tidak ada perantara: tidak ada pegawai yang berada di jalur terpendek antara dua pegawai lain (betweenness semua pegawai 0), sehingga tabel perantara tidak ditampilkan.",
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
	// compare, trend (N-change)
	"change.opened":              "%s %s membuka diri: homofili turun dari %s menjadi %s (selang 95%% perubahan %s s.d. %s; %s)",
	"change.closed":              "%s %s makin tertutup: homofili naik dari %s menjadi %s (selang 95%% perubahan %s s.d. %s; %s)",
	"change.formed":              "%s %s menjadi silo baru: homofili naik dari %s menjadi %s (selang 95%% perubahan %s s.d. %s; %s)",
	"change.dissolved":           "%s %s tidak lagi memiliki ikatan pada periode sesudah (unitnya ditutup atau digabung)",
	"change.small":               "%s %s bergeser sedikit: homofili dari %s menjadi %s (selang 95%% perubahan %s s.d. %s; %s). Perubahan itu bermakna secara statistik tetapi kurang dari perubahan minimum %s, sehingga tidak dinilai sebagai membuka atau menutup diri; selisih sekecil ini antara dua periode dapat berasal dari pola musiman, seperti siklus anggaran atau hari libur.",
	"change.noChangeSmall":       "Tidak ada sektor yang berubah sebesar perubahan minimum: %d sektor berubah secara bermakna, tetapi homofilinya bergeser kurang dari %s (lihat changes_groups.csv).",
	"change.noChange":            "Tidak ada sektor yang berubah secara bermakna antara kedua periode.",
	"change.noneTested":          "Tidak ada sektor yang dapat diuji antara kedua periode (lihat kolom tested), sehingga perubahannya tidak dinilai.",
	"change.noneReachableSplits": "Tidak ada sektor yang dapat dinyatakan berubah secara bermakna: blok waktu kedua periode, %d dan %d, hanya dapat dibagi di antara keduanya dengan %s cara, sehingga nilai p terkoreksi Holm terkecil yang mungkin, %s, di atas %s berapa pun permutasinya. Ini bukan bukti bahwa sektor tidak berubah; bandingkan periode yang lebih panjang.",
	"change.noneReachable":       "Tidak ada sektor yang dapat dinyatakan berubah secara bermakna dengan %d permutasi: nilai p terkoreksi Holm terkecil yang mungkin, %s, di atas %s. Ini bukan bukti bahwa sektor tidak berubah; berikan --permutations %d atau lebih.",
	"change.wrote":               "perbandingan ditulis ke %s",
	"change.periods":             "sebelum: %s s.d. %s (%d blok, %d simpul); sesudah: %s s.d. %s (%d blok, %d simpul)",
	"change.qap":                 "korelasi QAP kedua matriks bobot antarunit: r = %s (p %s)",
	"change.unmatched":           "unit %s hanya ada %s; tanpa unit_crosswalk.csv unit ini tidak dipadankan (beri --crosswalk bila unit itu diganti nama, digabung, atau dipecah)",
	"change.onlyBefore":          "pada periode sebelum",
	"change.onlyAfter":           "pada periode sesudah",
	"change.onlyFirstHalf":       "pada paruh pertama jendela waktu",
	"change.onlySecondHalf":      "pada paruh kedua jendela waktu",
	"change.intervalBiased":      "%s: selang 95%% untuk %s tidak diberikan (sel kosong): hampir semua nilai hasil pengambilan ulang berada di satu sisi estimasi (pengambilan ulang mengulang pekan, sehingga ukuran yang menghitung pasangan berbeda, seperti kepadatan, menurun), sehingga tidak ada selang dari nilai-nilai itu yang memuat estimasi secara jujur; estimasi dan nilai p-nya tetap berlaku",
	"change.intervalFewBlocks":   "%s: selang 95%% untuk %s tidak diberikan (sel kosong): salah satu periode memuat kurang dari %d blok waktu (minggu); bandingkan periode yang lebih panjang",
	"change.holmFloorSplits":     "%s: blok waktu kedua periode, %d dan %d, hanya dapat dibagi di antara keduanya dengan %s cara; dengan %d %s yang diuji, nilai p terkoreksi Holm terkecil yang mungkin adalah %s, di atas %s: tidak satu pun dapat dinyatakan signifikan, apa pun datanya dan berapa pun permutasinya; bandingkan periode yang lebih panjang",
	"change.holmFloor":           "%s: dengan %d permutasi dan %d %s yang diuji, nilai p terkoreksi Holm terkecil yang mungkin adalah %s (banyaknya uji dibagi banyaknya permutasi + 1, paling besar 1), di atas %s: tidak satu pun dapat dinyatakan signifikan, apa pun datanya; berikan --permutations %d atau lebih untuk itu",
	"change.nounTies":            "ikatan",
	"change.nounSectors":         "sektor",
	"change.nounUnits":           "unit kerja",
	"change.nounUnitShares":      "unit kerja (porsi lintas sektor)",
	"change.side.before":         "sebelum",
	"change.side.after":          "sesudah",
	"change.side.change":         "perubahan",
	"change.intervalMore":        "dan %d lainnya",
	"change.stale":               "unit %s masih disebut dalam data setelah tanggal penggantiannya pada unit_crosswalk.csv; ikatannya dihitung untuk unit penggantinya",
	"change.badPeriod":           "%s %q tidak dapat dibaca; tulis DARI..SAMPAI, mis. 2025-01-01..2025-07-01",
	"change.overlap":             "--before %s dan --after %s tumpang tindih: %s s.d. %s termasuk dalam keduanya, padahal ikatan satu hari hanya boleh dihitung pada satu periode; akhiri --before pada atau sebelum hari --after dimulai (atau mulai --after pada atau sesudah hari --before berakhir)",
	"change.emptyPeriod":         "%s %s tidak memuat satu pun ikatan studi: tidak ada surat, rapat atau permintaan data pada periode itu yang menghubungkan dua unit kerja (atau dua pegawai); data studi berada antara %s dan %s: pilih periode di dalam rentang itu",
	"change.studiesOverlap":      "data kedua studi beririsan waktunya (studi pertama %s s.d. %s, studi kedua %s s.d. %s): hari-hari yang sama terhitung pada kedua periode, sehingga perbandingan ini bukan sebelum dan sesudah; bandingkan dua studi dari waktu yang berbeda, atau satu studi dengan --before dan --after",
	"change.periodBeyondData":    "%s %s melampaui rentang data studi (%s s.d. %s) lebih dari sepekan: pekan-pekan tanpa data ikut dihitung sebagai blok, dan unit dapat tampak hilang atau baru hanya karena datanya tidak ada; baca kesimpulannya dengan hati-hati, atau pilih periode di dalam rentang data",
	"change.windowOneStudy":      "%s %s: dengan satu STUDI, periode --before dan --after itulah jendela waktunya; hapus %s dan masukkan tanggalnya ke dalam periode (atau bandingkan dua STUDI, yang jendelanya diatur --from dan --to)",
	"change.needPeriods":         "berikan --before dan --after untuk membandingkan dua periode satu studi, atau dua STUDI tanpa keduanya",
	"change.needStudies":         "%s memerlukan satu atau dua STUDI",
	"change.badBlockWeeks":       "--block-weeks %d: berikan 1 sampai 13 pekan",
	"change.badResamples":        "%s %d tidak berlaku; berikan bilangan bulat 100 atau lebih",
	"change.badEvery":            "--every %q tidak dikenal; pilih week, month atau quarter",
	"trend.alertClosing":         "%s %s makin tertutup sejak periode %s (jumlah kumulatif CUSUM mulai naik sejak %s, perkiraan kasar awal pergeseran): homofili %s pada periode kalibrasi, %s pada periode alarm",
	"trend.alarmNature":          "Alarm CUSUM (nilai acuan paling sedikit %s simpangan baku dan separuh perubahan minimum homofili; batas keputusan paling sedikit %s simpangan baku dan seluruh perubahan minimum) menandai pergeseran homofili untuk diperiksa; alarm bukan uji yang dikoreksi untuk banyaknya sektor dan periode, sehingga pada data tanpa perubahan pun alarm dapat muncul. Ujilah pergeseran yang ditandai dengan sekat compare pada periode sebelum dan sesudahnya.",
	"trend.alertOpening":         "%s %s makin terbuka sejak periode %s (jumlah kumulatif CUSUM mulai naik sejak %s, perkiraan kasar awal pergeseran): homofili %s pada periode kalibrasi, %s pada periode alarm",
	"trend.noAlert":              "Tidak ada alarm: pada %d periode sesudah %d periode kalibrasi, tidak ada sektor yang bergeser dari rata-rata kalibrasinya; perubahan di dalam periode kalibrasi tidak diuji.",
	"trend.noAlertCalMoved":      "Tidak ada alarm pada %d periode sesudah %d periode kalibrasi; ini tidak berarti tidak ada perubahan: pada %d sektor yang dipantau, homofili di dalam periode kalibrasi sendiri sudah berselisih sebesar perubahan minimum atau lebih (lihat di bawah), dan perubahan di sana tidak dapat menimbulkan alarm.",
	"trend.calMoved":             "Homofili sektor %s berkisar dari %s sampai %s di dalam periode kalibrasi, selisih yang mencapai perubahan minimum %s: perubahan sebesar itu, bila ada, terjadi sebelum pemantauan dimulai dan tidak dapat menimbulkan alarm, karena CUSUM mengukur periode sesudahnya terhadap rata-rata kalibrasi. Lihat trend.csv, atau bandingkan periode dengan sekat compare.",
	"trend.noAlertWatched":       "Tidak ada alarm pada %d dari %d sektor yang dipantau CUSUM; untuk sektor lainnya CUSUM tidak berjalan (lihat di bawah), sehingga tidak ada kesimpulan tentang sektor tersebut.",
	"trend.noneWatched":          "Tidak ada sektor yang dapat dipantau: CUSUM tidak berjalan untuk satu pun dari %d sektor (lihat di bawah), sehingga alarm tidak mungkin muncul.",
	"trend.notRunFew":            "Sektor %s: CUSUM tidak berjalan: hanya %d dari %d periode kalibrasi yang memiliki indeks homofili (pada periode lainnya sektor ini tidak memiliki ikatan, atau tidak ada sektor lain dengan unit internal sebagai pembanding), padahal diperlukan paling sedikit %d; gunakan --every yang lebih panjang atau jendela waktu yang lebih panjang.",
	"trend.notRunFlat":           "Sektor %s: CUSUM tidak berjalan: indeks homofili sama pada setiap periode kalibrasi, sehingga tidak ada sebaran untuk mengukur pergeseran.",
	"trend.noInterval":           "%d dari %d periode memuat kurang dari %d blok waktu (minggu) sehingga tidak memiliki selang 95%%: bootstrap atas minggu sesedikit itu hanya mengambil ulang minggu yang sama; gunakan --every yang lebih panjang untuk memperoleh selang.",
	"trend.skipped":              "%d dari %d periode kalibrasi tidak memiliki ikatan dan tidak diikutkan dalam kalibrasi sektor %s.",
	"trend.thinPeriods":          "%d periode memuat kurang dari %d pegawai (misalnya pekan libur) dan tidak ditampilkan: setiap angkanya akan menggambarkan terlalu sedikit orang.",
	"trend.partial":              "%d periode terpotong oleh jendela waktu (lebih pendek dari %d%% periode terpanjang, misalnya pekan terakhir yang hanya beberapa hari) tidak dipakai untuk kalibrasi dan tidak diawasi CUSUM: dengan lebih sedikit peristiwa, homofilinya lebih berayun. Nilainya tetap ada di trend.csv.",
	"trend.gaps":                 "%d periode sesudah kalibrasi tidak memiliki ikatan dan dilewati oleh CUSUM (jumlahnya dibawa tanpa perubahan) untuk sektor %s.",
	"trend.wrote":                "tren ditulis ke %s",
	"trend.tooFew":               "hanya %d periode di jendela waktu; tren memerlukan paling sedikit 4 (3 untuk kalibrasi); perpanjang jendela atau perpendek --every",
	"compare.usage":              "bandingkan dua periode: apakah sekat terbuka, tertutup, terbentuk atau hilang",
	"compare.args":               "STUDI [STUDI2]",
	"compare.desc": `Membandingkan dua periode: satu STUDI dengan --before DARI..SAMPAI --after DARI..SAMPAI,
atau dua STUDI (mis. ekspor dua tahun; yang pertama sebelum). Untuk setiap sektor (dan unit
kerja pada --level person): homofili, indeks E-I dan porsi bobot internal sebelum dan sesudah,
perubahan dengan selang kepercayaan 95 persen (bootstrap blok mingguan, BCa) serta nilai p uji
permutasi minggu yang dikoreksi Holm, dan putusan: opened (membuka diri), closed (makin
tertutup), formed (silo baru), dissolved (hilang), berubah bermakna namun di bawah perubahan
minimum, atau no significant change. Minggu,
bukan surat, yang diacak: satu minggu sibuk tidak dapat memalsukan perubahan
(lihat docs/change.md).

Menulis ke --out: changes_groups.csv, changes_units.csv, changes_network.csv,
communities_matched.csv, ties_changed.csv, compare.json (dan salinan .parquet dengan
--format csv,parquet). Unit yang berganti nama, bergabung atau dipecah dipadankan lewat
--crosswalk unit_crosswalk.csv (old_unit,new_unit,from,share). Pada --level person, kelompok
yang beranggotakan kurang dari --min-group (5) pegawai tidak ditampilkan, pegawai yang pindah
dihitung per pasangan unit kerja, dan audit.json ditulis (lihat docs/security.md).

Contoh:
   sekat compare studi --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01
   sekat compare studi-2024 studi-2025 --crosswalk unit_crosswalk.csv --out banding
   sekat compare studi --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --level person --lang en
   sekat compare studi --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --pairs pasangan
     (tabel pasangan dari sekat pairs --every day, atau --every week bila tanggalnya hari Senin; docs/engines.md)
   sekat compare studi --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --level person \
     --pairs pasangan-pegawai --unit-pairs pasangan   (keduanya dibuat --every day dari log yang sama)`,
	"compare.before":     "periode sebelum, `DARI..SAMPAI` (SAMPAI tidak termasuk)",
	"compare.after":      "periode sesudah, `DARI..SAMPAI` (SAMPAI tidak termasuk)",
	"compare.out":        "`FOLDER` keluaran",
	"compare.resamples":  "jumlah `B` bootstrap blok untuk selang kepercayaan",
	"compare.blockWeeks": "jumlah `N` pekan berurutan yang diambil ulang dan dipermutasi bersama sebagai satu blok; naikkan bila pekan-pekan yang berdekatan saling bergantung",
	"compare.perms":      "jumlah `N` permutasi blok untuk nilai p",
	"compare.unitPairs":  "dengan --level person dan --pairs: tabel pasangan tingkat unit di `FOLDER`, dibuat dari log yang sama (sekat pairs --every day), yang memberi jejaring unit yang juga dibandingkan pada tingkat pegawai; untuk dua studi berikan dua kali, sesuai urutannya",
	"change.pairs":       "baca tabel pasangan di `FOLDER` (hasil sekat pairs, dipartisi sehingga tidak ada blok mingguan yang memotong periode: --every day) sebagai pengganti tabel log studi; untuk dua studi berikan dua kali, sesuai urutannya",
	"change.pairsOne":    "baca tabel pasangan di `FOLDER` (hasil sekat pairs, dipartisi sehingga tidak ada blok mingguan yang memotong periode: --every day) sebagai pengganti tabel log studi",
	"compare.crosswalk":  "`BERKAS` unit_crosswalk.csv: unit lama, unit baru, tanggal berlaku, porsi",
	"trend.usage":        "ukuran sekat per periode dengan alarm CUSUM per sektor",
	"trend.args":         "STUDI",
	"trend.desc": `Menghitung homofili, indeks E-I dan porsi bobot internal setiap sektor (dan unit kerja
pada --level person) per minggu, bulan atau kuartal, dengan selang kepercayaan 95 persen dari
bootstrap blok mingguan di dalam periode, serta putusan silo tiap periode. Alarm CUSUM dua
arah per sektor dikalibrasi pada periode-periode pertama (seperempatnya, paling sedikit 3):
alarm berbunyi bila homofili bergeser melampaui 4 simpangan baku kumulatif.

Menulis ke --out: trend.csv dan trend_alerts.csv (dan salinan .parquet dengan
--format csv,parquet). Pada --level person, kelompok yang beranggotakan kurang dari
--min-group (5) pegawai pada periode mana pun tidak ditampilkan, dan audit.json ditulis
(lihat docs/security.md).

Contoh:
   sekat trend studi --every month
   sekat trend studi --every quarter --level person --out tren
   sekat trend studi --every month --pairs pasangan   (tabel dari sekat pairs --every day)`,
	"trend.every":    "panjang `PERIODE`: week, month atau quarter",
	"evaluate.usage": "nilai dampak reformasi dengan selisih-dalam-selisih (difference-in-differences)",
	"evaluate.desc": `Membaca --reform reform.yaml (tanggal berlaku, sektor atau unit yang diperlakukan, dan
bila ada pembandingnya; tanpa pembanding: semua sektor atau unit internal lain) yang
ditetapkan sebelum data dilihat, lalu menghitung selisih-dalam-selisih homofili, indeks E-I
dan porsi bobot lintas sektor kelompok yang diperlakukan terhadap pembanding: periode
sebelum tanggal reformasi lawan periode sesudahnya. Selang 95 persen dari pengambilan ulang
minggu dan unit; nilai p randomisasi atas kelompok mana yang diperlakukan; tanggal plasebo
di dalam periode sebelum reformasi; dan efek per periode agar tren sejajar dapat dinilai.
Ditolak bila periode sebelum reformasi kurang dari 3. Hanya pada tingkat unit.

Menulis did.csv ke --out.

Contoh:
   sekat evaluate studi --reform reform.yaml
   sekat evaluate studi --reform reform.yaml --every quarter --out evaluasi`,
	"evaluate.reform":           "`BERKAS` reform.yaml: date, treated, control",
	"evaluate.needReform":       "berikan --reform reform.yaml (date:, treated:, control:)",
	"evaluate.unitOnly":         "evaluate hanya bekerja pada tingkat unit; hapus --level person",
	"evaluate.fewPre":           "tanggal reformasi %s hanya menyisakan %d periode sebelumnya; diperlukan paling sedikit %d agar tren sebelum reformasi dapat dinilai; perpanjang jendela ke belakang atau perpendek --every",
	"evaluate.dateMoved":        "tanggal reformasi %s bukan awal suatu periode (--every %s); evaluasi memisahkan periode pada %s, awal periode yang memuat tanggal itu, sehingga seluruh periode tersebut dihitung sesudah reformasi (did.csv memuat tanggal ini); tulis awal suatu periode sebagai date: di reform.yaml agar pemisahan tepat pada tanggal itu",
	"evaluate.effect":           "Efek reformasi %s pada homofili kelompok yang diperlakukan (selisih-dalam-selisih): %s (selang 95%% %s s.d. %s; p randomisasi = %s dari %d penugasan)",
	"evaluate.riNull":           "Nilai p randomisasi membandingkan efek ini dengan efek sejumlah kelompok lain yang sama banyaknya, dipilih secara acak seolah-olah diberi perlakuan; nilai itu tepat hanya bila kelompok yang diberi perlakuan memang dipilih secara acak. Kelompok yang berupa silo berubah lebih banyak dari periode ke periode daripada kelompok lain, sehingga bagi mereka nilai p ini cenderung terlalu kecil; selang 95%, yang juga mengambil ulang pekan dan unit, serta tanggal plasebo lebih dapat dipegang.",
	"evaluate.riDisagree":       "Nilai p randomisasi tidak lebih dari %s, tetapi selang 95%% memuat 0: data ini tidak menunjukkan efek reformasi.",
	"evaluate.pFloor":           "Dengan %d penugasan, nilai p randomisasi tidak dapat lebih kecil dari %s, di atas %s: uji ini tidak dapat menyatakan efek apa pun bermakna, berapa pun besarnya; nyatakan lebih banyak kelompok kontrol (control:) di reform.yaml, dan baca selangnya sebagai ukuran ketidakpastian.",
	"evaluate.placeboUndefined": "%d dari %d tanggal plasebo tidak menghasilkan selang (estimasinya atau terlalu banyak hasil pengambilan ulangnya tidak terdefinisi) dan dihitung terpisah: tanggal itu tidak mendukung maupun membantah tren paralel",
	"evaluate.placebo":          "%d dari %d tanggal plasebo memberi selang yang memuat 0",
	"evaluate.noPlacebo":        "Tidak ada tanggal plasebo yang muat sebelum tanggal reformasi, sehingga tren paralel tidak diperiksa; perpanjang jendela waktu ke belakang atau gunakan periode yang lebih pendek.",
	"evaluate.wrote":            "evaluasi ditulis ke %s",
	"viz.map.legendLabels":      "Pada setiap simpul: nama singkat (units.short_name) atau kodenya; nama lengkap ada pada tooltip peta SVG dan pada tabel unit",
	"viz.map.watchWord":         "PANTAU",
	"viz.map.outsideDrawn":      "%s bobot ke luar tergambar",
	"viz.map.noOutside":         "tanpa ikatan ke luar sektor",
	"viz.overview.title":        "Sektor dan ikatan antarsektor",
	"viz.overview.legend":       "Elips: sektor (dengan jumlah unitnya) · tebal garis: bobot ikatan antara dua sektor\nTepi merah tebal: SILO · tepi oranye putus-putus: PANTAU · garis merah: ikatan sebuah silo",
	"viz.overview.unit":         "%d unit",
	"viz.overview.units":        "%d unit",
	"viz.overview.weights":      "bobot di dalam: %s · ke sektor lain: %s",
	"viz.overview.drawn":        "Digambar %d dari %d ikatan antarsektor, memuat %s bobot antarsektor (2 ikatan terkuat tiap sektor, sekurang-kurangnya 3 untuk sektor silo atau yang dipantau)",
	"viz.unitsOfPeople.map":     "Unit dalam jejaring pegawai",
	"viz.unitsOfPeople.note":    "%d pegawai terlalu banyak untuk digambar satu per satu: setiap simpul adalah unit, ukurannya menurut jumlah pegawai, dan ikatannya adalah jumlah bobot ikatan antarpegawainya",
	"viz.unitsOfPeople.legend":  "Kotak: sektor (kotak merah tebal = SILO, oranye putus-putus = PANTAU) · tepi merah: unit yang dinilai silo di antara unit · biru: ikatan antarsektor",
	"viz.unitsOfPeople.people":  "%d pegawai",
	"viz.unitsOfPeople.hidden":  "\n%d unit dengan pegawai paling sedikit tidak digambar",
	"viz.person.legendLabels":   "Pada setiap simpul: kode pegawai; unitnya ada pada tooltip peta SVG",
	"viz.person.overviewUnit":   "%d pegawai",
	"viz.person.overviewUnits":  "%d pegawai",
	"viz.overview.hidden":       "%d sektor yang lebih kecil tidak digambar (paling banyak %d digambar, yang unitnya terbanyak)",

	// the briefing (viz report, first two pages) and its sentences (brief.go)
	"brief.title":                "Ringkasan untuk pimpinan",
	"brief.headline.silos":       "Dari %s sektor yang dinilai, %s bekerja sebagai silo (%s)",
	"brief.headline.silo":        "Dari %s sektor yang dinilai, %s bekerja sebagai silo (%s)",
	"brief.headline.watch1":      " dan %s masuk daftar pantau",
	"brief.headline.noSilo":      "Dari %s sektor yang dinilai, tidak ada yang bekerja sebagai silo",
	"brief.headline.unknown":     "Silo sektor tidak dapat dinilai dari data ini",
	"brief.headline.watch":       " dan %s masuk daftar pantau",
	"brief.headline.denied":      "; %s dari %s permintaan data antarsektor (%s%%) ditolak",
	"brief.headline.forums":      "; %s dari %s forum koordinasi yang dinilai bersifat seremonial",
	"brief.explain.silo":         "Silo adalah sektor yang unit-unitnya jauh lebih banyak berhubungan satu sama lain daripada dengan sektor lain, lebih dari yang dapat dijelaskan oleh kebetulan. Daftar pantau memuat sektor yang sudah lebih tertutup daripada kebetulan, tetapi belum setertutup silo. Dalam alasan di bawah: bobot ikatan adalah jumlah surat, rapat bersama dan data yang dipertukarkan; pencampuran acak adalah keadaan bila unit memilih mitra tanpa memandang sektor; homofili mengukur ketertutupan (0 = seperti pencampuran acak, 1 = sepenuhnya tertutup); p terkoreksi adalah peluang munculnya ketertutupan setidaknya sebesar itu bila unit dicampur antarsektor secara acak, dikoreksi karena banyak sektor diuji sekaligus (Holm); di bawah 0,05, kebetulan sulit menjelaskan ketertutupan itu.",
	"brief.explain.map":          "Cara membaca peta: setiap simpul adalah satu sektor; tebal garis menunjukkan banyaknya surat, rapat bersama dan data yang dipertukarkan antara dua sektor; sektor bertepi merah tebal adalah silo, bertepi oranye putus-putus masuk daftar pantau.",
	"brief.explain.friction":     "Hambatan berbagi data: permintaan data dari unit sektor lain yang ditolak. Hanya permintaan yang sudah diputuskan (dikabulkan atau ditolak) yang dihitung.",
	"brief.explain.forum":        "Forum koordinasi adalah rangkaian rapat dengan penyelenggara dan judul yang sama. Suatu rapat ditindaklanjuti oleh dua unit peserta bila keduanya saling berkirim surat atau permintaan data dalam %d hari sesudah rapat. Forum disebut seremonial bila dari paling sedikit %d rapat yang dinilai, kurang dari %s%% pasangan unit pesertanya menindaklanjuti; selebihnya aktif.",
	"brief.explain.carriers":     "Hubungan antara dua sektor bertumpu pada satu unit bila unit itu memegang paling sedikit %s%% bobot ikatan antara kedua sektor; hubungan itu terancam putus bila unit itu sibuk atau pejabatnya dimutasi.",
	"brief.explain.recs":         "Setiap rekomendasi diturunkan dari temuan di atas menurut aturan tetap; kode aturannya (R1–R7) dijelaskan di halaman Metode.",
	"brief.silosTitle":           "Silo dan daftar pantau",
	"brief.noSilos":              "Tidak ada sektor yang menjadi silo atau masuk daftar pantau.",
	"brief.frictionTitle":        "Hambatan berbagi data menurut dataset",
	"brief.noDatasets":           "Tidak ada permintaan data antarsektor yang ditolak dalam jendela waktu ini.",
	"brief.noRequests":           "Tidak ada permintaan data antarsektor yang sudah diputuskan dalam jendela waktu ini (tabel data_sharing tidak ada, kosong, atau semua permintaannya masih diproses), sehingga penolakan tidak dapat dinilai.",
	"brief.noEvents":             "Bagian ini memerlukan catatan peristiwa studi; jalankan sekat report pada folder studi, bukan pada folder hasil.",
	"brief.dataset":              "%s: %s dari %s permintaan dari sektor %s ditolak",
	"brief.dataset.all":          ", seluruhnya oleh %s",
	"brief.dataset.units":        " oleh %s unit",
	"brief.dataset.most":         "; terbanyak oleh %s (%s)",
	"brief.dataset.mostTied":     "; terbanyak oleh %s (masing-masing %s)",
	"list.and":                   " serta ",
	"brief.datasetUnnamed":       "Dataset tanpa nama",
	"brief.forumsTitle":          "Forum koordinasi",
	"brief.noForums":             "Tidak ada rangkaian rapat lintas unit (dua rapat atau lebih dengan penyelenggara dan judul yang sama).",
	"brief.forumsMore":           "Ditampilkan %s dari %s forum; semuanya tercantum di bagian Tabel.",
	"brief.colForum":             "Forum (penyelenggara — judul)",
	"brief.colMeetings":          "Rapat",
	"brief.colUnits":             "Unit peserta",
	"brief.colFollowUp":          "Tindak lanjut",
	"brief.colVerdict":           "Penilaian",
	"brief.forum.ceremonial":     "seremonial",
	"brief.forum.active":         "aktif",
	"brief.forum.notJudged":      "belum dinilai",
	"brief.forum.sekda":          "rapat koordinasi yang dipimpin Sekretaris Daerah",
	"brief.forum.name":           "%s — %s",
	"brief.forum.noOrganizer":    "tanpa penyelenggara",
	"brief.carriersTitle":        "Hubungan antarsektor yang bertumpu pada satu unit",
	"brief.carrier":              "Sektor %s–%s: %s memegang %s%% bobot ikatan",
	"brief.recsTitle":            "Rekomendasi",
	"rec.R1":                     "Masukkan %s ke agenda %s dan minta %s, sebagai penyedia data, hadir dan menjelaskan syarat berbagi pakainya: %s dari %s permintaan dari sektor %s ditolak, dan sektor %s adalah silo.",
	"rec.R2":                     "Selenggarakan rapat kerja bersama antara sektor %s (silo) dan sektor %s, mitranya yang paling kuat di luar sektornya sendiri, dalam %s, dan tetapkan satu penghubung dari setiap sektor.",
	"rec.R2.noPartner":           "Selenggarakan rapat kerja bersama antara sektor %s (silo) dan sektor lain dalam %s, dan tetapkan satu penghubung dari sektor itu.",
	"rec.R3":                     "Minta sektor %s (daftar pantau) melaporkan kerja lintas sektornya dalam %s; analisis berikutnya menunjukkan apakah sektor ini makin tertutup.",
	"rec.R4":                     "Tunjuk fasilitator kedua dari unit lain di sektor %s untuk hubungan dengan sektor %s: saat ini %s sendirian memegang %s%% bobot ikatan antara kedua sektor itu.",
	"rec.R5":                     "Tetapkan tindak lanjut antarunit yang jelas penanggung jawabnya pada akhir setiap rapat %s dan periksa pada rapat berikutnya: hanya %s dari %s pasangan unit peserta (%s%%) saling berkirim surat atau data dalam %d hari sesudah rapat. Bila forum ini tetap seremonial pada analisis berikutnya, gabungkan dengan forum yang aktif atau hentikan.",
	"rec.R6":                     "Susun perjanjian berbagi pakai %s antara sektor %s (penyedia, terutama %s) dan sektor %s: %s dari %s permintaan ditolak.",
	"rec.R7":                     "Ulangi analisis ini enam bulan lagi dengan ambang yang sama, lalu bandingkan kedua hasil dengan sekat compare untuk melihat apakah langkah di atas membuka sekat.",
	"rule.R1":                    "Silo yang menolak data: untuk setiap sektor silo yang unitnya menolak permintaan dari sektor lain, pasangan dataset dan sektor peminta dengan penolakan terbanyak masuk agenda forum aktif yang paling sering dihadiri unit penolak (forum koordinator didahulukan), dan unit penyedia yang paling banyak menolak permintaan sektor itu atas dataset itu disebut; permintaan sektor lain atas dataset yang sama tidak dihitung dalam pilihan ini.",
	"rule.R2":                    "Silo: setiap sektor silo mendapat rapat kerja bersama dengan sektor yang paling kuat ikatannya dengannya di luar sektor sendiri (koordinator dan unit eksternal tidak dihitung), dalam forum pilihan R1.",
	"rule.R3":                    "Daftar pantau: setiap sektor dalam daftar pantau diminta melaporkan kerja lintas sektornya dalam forum pilihan R1.",
	"rule.R4":                    "Pemikul tunggal: setiap pasangan sektor yang paling sedikit %s%% bobot ikatannya dipegang satu unit (dari sektor dengan dua unit atau lebih; hanya ikatan antarunit internal) mendapat fasilitator kedua dari unit lain di sektor pemikul.",
	"rule.R5":                    "Forum seremonial: setiap forum seremonial diminta menetapkan tindak lanjut antarunit pada akhir rapat dan memeriksanya; bila tetap seremonial, digabung atau dihentikan.",
	"rule.R6":                    "Dataset yang ditolak: paling banyak %d dataset dengan paling sedikit %d permintaan antarsektor yang paling sedikit %s%%-nya ditolak, dan belum disebut oleh R1, mendapat perjanjian berbagi pakai data.",
	"rule.R7":                    "Selalu: ulangi analisis enam bulan kemudian dan bandingkan dengan sekat compare.",
	"viz.param.commandLine":      "Baris perintah (tanpa --out)",
	"viz.param.commit":           "Commit",
	"viz.param.commitUnknown":    "tidak tercatat (biner dibangun tanpa informasi VCS, mis. dengan -buildvcs=false)",
	"viz.param.timeZone":         "Zona waktu",
	"viz.param.window":           "%s (awal inklusif %s, akhir eksklusif %s)",
	"viz.param.forumRule":        "Aturan forum",
	"viz.param.forumRuleValue":   "tindak lanjut dalam %d hari; dinilai bila paling sedikit %d rapat; seremonial bila tindak lanjut di bawah %s%%; rapat yang masa tindak lanjutnya melewati akhir jendela tidak dinilai",
	"viz.param.carrierRule":      "Aturan pemikul tunggal",
	"viz.param.carrierRuleValue": "satu unit memegang paling sedikit %s%% bobot ikatan suatu pasangan sektor",
	"viz.rulesTitle":             "Aturan rekomendasi",
	"viz.mapRulesTitle":          "Aturan penggambaran peta",
	"viz.mapRule.overview":       "Peta sektor: satu simpul per sektor, tebal garis menurut bobot ikatan lintas sektor, silo bertanda merah.",
	"viz.mapRule.unit":           "Peta jejaring unit: ikatan terkuat tiap unit dan semua jembatan digambar; kotak adalah sektor; keterangan di bawah peta menyebut berapa ikatan yang digambar.",
	"viz.mapRule.person":         "Peta jejaring pegawai: ikatan terkuat tiap pegawai dan semua jembatan digambar; di atas batas ukuran, pegawai digabung menjadi unitnya; keterangan di bawah peta menyebut apa yang tidak digambar.",
	"viz.printCut":               "Cetakan hanya memuat %d baris pertama dari %s; tabel lengkapnya ada di layar dan di %s.",
	"viz.mapRule.heat":           "Matriks pencampuran: persen bobot ikatan sektor baris yang menuju sektor kolom; semua ikatan dihitung.",
	"viz.mapRule.layers":         "Peta per lapisan: aturan yang sama dengan peta unit, hanya dengan ikatan satu lapisan.",
	"viz.forumsTableTitle":       "Forum koordinasi (semua)",
	"date.months":                "Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember",
	"brief.watchWord":            "daftar pantau",
	"viz.definitionsTitle":       "Definisi",
	"brief.forum.ref":            "forum “%s” yang diselenggarakan %s",
	"viz.level.unit":             "unit kerja",
	"viz.level.person":           "pegawai",
	"date.range":                 "%s – %s",

	// people: privacy and sekat facilitators (issue "HR facilitators")
	"people.notice":                  "Daftar ini adalah bahan pertimbangan untuk ditinjau manusia, bukan keputusan otomatis.",
	"people.reason.informal":         "Menjangkau %d dari %d sektor lain dengan bobot ikatan lintas sektor %s (peringkat %d di antara pegawai nonkoordinator)",
	"people.reason.informalInterval": "Menjangkau %d dari %d sektor lain dengan bobot ikatan lintas sektor %s (peringkat %d di antara pegawai nonkoordinator, selang 95%% peringkat %d–%d)",
	"people.reason.months":           "; masuk %d%% teratas pada %d dari %d bulan",
	"people.reason.pairsLost":        "; satu-satunya pembawa ikatan bagi %d pasangan sektor, yang akan terputus tanpa dirinya",
	"people.reason.overload":         "; tumpuan unit: %s%% bobot ikatan antarunit unitnya melalui dirinya (ukuran ketergantungan unit, bukan penilaian beban kerja)",
	"people.reason.spells":           "; bekerja di %d unit selama jendela waktu dan setiap masa kerja dikreditkan kepada unitnya",
	"people.reason.formalUnit":       "Koordinator formal (pegawai unit koordinator), dicantumkan terpisah dan tidak dicalonkan sebagai fasilitator informal; bobot ikatan lintas sektor %s",
	"people.reason.formalPosition":   "Koordinator formal (jabatan koordinasi), dicantumkan terpisah dan tidak dicalonkan sebagai fasilitator informal; bobot ikatan lintas sektor %s",
	"people.reason.formalWord":       "Koordinator formal (jabatan memuat %q), dicantumkan terpisah dan tidak dicalonkan sebagai fasilitator informal; bobot ikatan lintas sektor %s",

	// cmd: person-level privacy (issue "HR facilitators")
	"flag.key-file":   "`BERKAS` berisi kunci pseudonim (64 digit heksadesimal, hanya dapat dibaca pemiliknya); tanpa opsi ini dipakai SEKAT_KEY, lalu kunci di folder konfigurasi pengguna, yang dibuat bila belum ada",
	"flag.reveal":     "tampilkan NIP, nama dan jabatan pegawai pada keluaran tingkat pegawai; tanpa opsi ini pegawai hanya tampil dengan pseudonim berkunci",
	"flag.purpose":    "`TUJUAN` pengolahan data pegawai ini, dicatat di audit.json (wajib untuk facilitators)",
	"flag.min-group":  "`N`: ukuran kelompok terkecil yang boleh ditampilkan; hanya dapat dinaikkan dari %d",
	"badMinGroupYAML": "study.yaml privacy.min_group: %d: ukuran kelompok terkecil paling sedikit %d dan hanya dapat dinaikkan; ubah nilainya di study.yaml",
	"badMinGroup":     "--min-group %d: ukuran kelompok terkecil paling sedikit %d dan hanya dapat dinaikkan",
	"keyInsideOut":    "kunci pseudonim %s berada di dalam folder keluaran %s; simpan kunci di luar folder yang akan dibagikan",
	"badKey":          "kunci pseudonim tidak dapat dipakai: %v",
	"badKeyEnv":       "%s tidak berisi kunci yang sah: %v",
	"keyCreateFailed": "kunci pseudonim baru tidak dapat dibuat di %s; beri kunci dengan --key-file atau SEKAT_KEY",
	"keyCreated":      "kunci pseudonim baru dibuat di %s (hanya dapat dibaca Anda); pakai kunci yang sama agar pseudonim tetap sama dari waktu ke waktu, dan jangan sertakan kunci ini bersama keluaran",
	"revealWarning":   "--reveal: NIP, nama dan jabatan pegawai ditampilkan pada keluaran; bagikan hanya kepada yang berwenang",
	"tooFewPeople":    "keluaran tingkat pegawai membutuhkan paling sedikit %d pegawai dengan ikatan; perlebar jendela waktu atau pakai tingkat unit",
	"revealedFolder":  "%s berisi NIP dan nama pegawai (ditulis dengan --reveal); baca dengan --reveal, atau jalankan analyze lagi tanpa --reveal",

	// cmd: sekat facilitators (issue "HR facilitators")
	"facilitators.usage": "temukan pegawai yang sudah menjembatani sektor, untuk bahan pertimbangan BKPSDM (pseudonim secara bawaan)",
	"facilitators.args":  "STUDI",
	"facilitators.desc": `Menghitung untuk setiap pegawai bobot ikatan lintas sektor (setiap peristiwa dikreditkan
kepada unit pegawai pada saat itu), jangkauan sektor, peran perantara Gould–Fernandez dengan nilai
harapan dan z seperti R sna::brokerage serta z dari pengacakan label sektor, constraint, effective size,
hierarchy, partisipasi dan betweenness; kestabilan per bulan dan selang peringkat dari pengambilan
ulang pekan; risiko orang kunci per pasangan sektor; serta himpunan k fasilitator yang paling banyak
menjangkau pasangan sektor, paling banyak c orang per OPD. Pegawai unit koordinator dan pemegang
jabatan koordinasi dicantumkan terpisah sebagai koordinator formal.

Menulis ke --out: facilitators.csv, facilitator_spells.csv, facilitator_set.csv,
sector_pair_bridges.csv, facilitators.html dan audit.json. Pegawai tampil dengan pseudonim berkunci;
NIP, nama dan jabatan hanya dengan --reveal. Kelompok kurang dari --min-group orang tidak ditampilkan.
--purpose wajib diisi. Daftar ini adalah bahan pertimbangan untuk ditinjau manusia, bukan keputusan
otomatis.

Contoh:
   sekat facilitators studi --purpose "penunjukan fasilitator lintas sektor 2026"
   sekat facilitators studi --purpose "kajian BKPSDM" --from 2025-07-01 --set-size 8 --per-opd 1
   sekat facilitators studi --purpose "verifikasi calon" --reveal --key-file /aman/kunci-sekat
   sekat facilitators studi --purpose "kajian BKPSDM" --pairs pasangan   (tabel dari sekat pairs --level person --every day)`,
	"facilitators.reach-weight": "bobot ikatan `W` paling sedikit ke sebuah sektor agar sektor itu terhitung terjangkau",
	"facilitators.set-size":     "jumlah `K` anggota himpunan fasilitator",
	"facilitators.per-opd":      "paling banyak `C` anggota himpunan dari satu OPD",
	"facilitators.cover":        "yang dijangkau himpunan: `CAKUPAN` sector-pairs (pasangan sektor) atau units (unit dalam dua langkah)",
	"facilitators.bootstrap":    "`B` pengambilan ulang pekan untuk selang peringkat",
	"facilitators.shuffles":     "`N` pengacakan label sektor untuk z perantara",
	"facilitators.listed":       "jumlah `N` fasilitator informal (dan koordinator formal) yang dicantumkan",
	"facilitators.position":     "saring daftar dengan kata `JABATAN` (dipisah koma); penyaring tidak mengubah skor atau peringkat",
	"facilitators.min-tenure":   "saring daftar: paling sedikit `BULAN` bekerja di unitnya pada akhir jendela waktu",
	"facilitators.pairs":        "baca tabel pasangan di `FOLDER` (hasil sekat pairs --level person --every day) sebagai pengganti tabel log studi",
	"needPurpose":               "facilitators membutuhkan --purpose: tuliskan tujuan pengolahan data pegawai ini (dicatat di audit.json), mis. --purpose \"penunjukan fasilitator lintas sektor 2026\"",
	"badCover":                  "--cover %q tidak dikenal; pilih sector-pairs atau units",
	"rangeOneOrMore":            "1 atau lebih",
	"facilitatorsLine":          "%d calon fasilitator informal, %d koordinator formal, himpunan %d orang; %d bulan, %d potongan waktu (pekan, dipotong juga pada setiap awal bulan)",
	"facilitatorsWrote":         "daftar fasilitator ditulis ke %s",
	"stepslices":                "membangun jejaring tiap pekan",
	"stepbrokerage":             "menghitung peran perantara dan lubang struktural",
	"stepbetweenness":           "menghitung betweenness",
	"stepstability":             "menghitung kestabilan per bulan dan selang peringkat",
	"steppairs":                 "menghitung pasangan sektor dan memilih himpunan fasilitator",
	"stepshuffles":              "mengacak label sektor",

	// viz: facilitators.html (issue "HR facilitators")
	"viz.fac.title":                "Calon fasilitator lintas sektor",
	"viz.fac.tocInformal":          "Fasilitator informal",
	"viz.fac.tocSet":               "Himpunan fasilitator",
	"viz.fac.tocPairs":             "Pasangan sektor",
	"viz.fac.tocFormal":            "Koordinator formal",
	"viz.fac.tocSpells":            "Pegawai yang pindah unit",
	"viz.fac.intro":                "Pegawai yang sudah menghubungkan sektor-sektor dalam kegiatan sehari-hari (surat, rapat dan berbagi data), di luar tugas koordinasi formal, serta pasangan sektor yang hanya bertumpu pada satu orang.",
	"viz.fac.informalIntro":        "Diperingkat menurut bobot ikatan lintas sektor; setiap peristiwa dikreditkan kepada unit pegawai pada saat itu. Kolom lain adalah bukti pendukung untuk ditinjau, bukan bobot skor.",
	"viz.fac.setShort":             "Diminta %d orang; batas %[3]d orang per OPD dan orang yang memenuhi syarat hanya memungkinkan %[2]d.",
	"viz.fac.setZeroGain":          "%d orang di antaranya tidak menambah cakupan (kenaikan 0): tidak ada lagi calon, dalam batas per OPD, yang menjangkau %s yang belum cukup dijangkau, sehingga mereka dipilih menurut bobot ikatan lintas sektornya saja.",
	"viz.fac.setIntro":             "%d orang dipilih bertahap agar sebanyak mungkin %s dijangkau oleh paling sedikit dua anggota, paling banyak %d orang dari satu OPD (redundansi %d). Kenaikan menunjukkan tambahan dari setiap pilihan.",
	"viz.fac.cover.pairs":          "pasangan sektor",
	"viz.fac.cover.units":          "unit dalam dua langkah",
	"viz.fac.pairsIntro":           "Jumlah pegawai yang membawa ikatan setiap pasangan sektor. Merah: tidak ada; kuning: satu orang (satu kepindahan memutus kedua sektor); hijau: dua orang atau lebih.",
	"viz.fac.formalIntro":          "Pegawai unit koordinator (mis. Setda, Bappeda) dan pemegang jabatan koordinasi menjembatani karena tugasnya; mereka dicantumkan terpisah dan tidak dicalonkan sebagai fasilitator informal.",
	"viz.fac.spellsIntro":          "Pegawai yang bekerja di lebih dari satu unit selama jendela waktu: setiap masa kerja dikreditkan kepada unitnya pada saat itu.",
	"viz.fac.noneListed":           "Tidak ada.",
	"viz.fac.col.rank":             "Peringkat",
	"viz.fac.col.person":           "Pegawai",
	"viz.fac.col.weight":           "Bobot ikatan lintas sektor",
	"viz.fac.col.reach":            "Sektor terjangkau",
	"viz.fac.col.months":           "Bulan di 10 persen teratas",
	"viz.fac.col.interval":         "Selang peringkat 95 persen",
	"viz.fac.col.pairsLost":        "Pasangan sektor hilang tanpa dirinya",
	"viz.fac.col.overload":         "Tumpuan unit",
	"viz.fac.col.reason":           "Alasan",
	"viz.fac.col.order":            "Urutan",
	"viz.fac.col.gain":             "Kenaikan",
	"viz.fac.col.covered":          "Terjangkau",
	"viz.fac.col.redundant":        "Terjangkau dua kali",
	"viz.fac.col.spell":            "Masa kerja",
	"viz.fac.col.weeks":            "Pekan",
	"viz.fac.formalBy.unit":        "unit koordinator",
	"viz.fac.formalBy.position":    "jabatan koordinasi",
	"viz.fac.col.formalBy":         "Dasar formal",
	"viz.fac.col.inSet":            "Dalam himpunan",
	"viz.fac.purpose":              "Tujuan pengolahan",
	"viz.fac.pseudonymous":         "Pegawai ditampilkan dengan pseudonim berkunci (ID kunci %s). NIP, nama dan jabatan tidak ditampilkan; kelompok kurang dari batas ukuran tidak ditampilkan.",
	"viz.fac.revealed":             "Dibuat dengan --reveal: NIP, nama dan jabatan pegawai ditampilkan. Bagikan hanya kepada pejabat yang berwenang.",
	"viz.fac.mustNotTitle":         "Yang tidak dimuat laporan ini dan tidak boleh dimintakan",
	"viz.fac.mustNot.content":      "isi atau perihal surat dan notulen rapat;",
	"viz.fac.mustNot.counterparts": "siapa lawan hubungan seorang pegawai (tidak ada daftar ikatan antarpegawai);",
	"viz.fac.mustNot.hours":        "kegiatan per jam atau per hari seorang pegawai;",
	"viz.fac.mustNot.denials":      "penolakan permintaan data oleh seorang pegawai;",
	"viz.fac.mustNot.sensitive":    "data pribadi yang bersifat spesifik (UU 27/2022 Pasal 4) atau penilaian kinerja;",
	"viz.fac.mustNot.automated":    "keputusan otomatis: pegawai berhak menolak profil otomatis (UU 27/2022), jadi setiap nama ditinjau manusia sebelum dipakai.",
	"viz.fac.defs":                 "Definisi",
	"viz.fac.def.weight":           "jumlah bobot ikatan (surat, bagian rapat, berbagi data) pegawai dengan pegawai dan unit sektor lain; setiap peristiwa dikreditkan kepada sektor kedua pihak pada saat peristiwa (pekan).",
	"viz.fac.def.reach":            "banyaknya sektor lain dengan bobot ikatan paling sedikit batas jangkauan.",
	"viz.fac.def.formal.term":      "Koordinator formal",
	"viz.fac.def.formal":           "pegawai unit berjenis coordinator, atau yang jabatannya memuat salah satu kata jabatan koordinasi (study.yaml: facilitators.formal_positions).",
	"viz.fac.def.months":           "banyaknya bulan pegawai masuk 10 persen teratas pegawai nonkoordinator menurut bobot ikatan lintas sektor bulan itu.",
	"viz.fac.def.interval":         "persentil 2,5 dan 97,5 peringkat pada B pengambilan ulang pekan (bootstrap).",
	"viz.fac.def.pairs":            "pasangan sektor yang ikatannya hanya dibawa pegawai ini: tanpa dirinya kedua sektor terputus.",
	"viz.fac.def.overload":         "kekuatan ikatan di 5 persen teratas dan lebih dari 30 persen bobot ikatan antarunit unitnya melalui dirinya: unit bergantung padanya untuk hubungan ke unit lain. Ini ukuran ketergantungan dari surat, rapat dan permintaan data, bukan penilaian beban kerja orang itu.",
	"viz.fac.def.roles.term":       "Peran perantara",
	"viz.fac.def.roles":            "Gould–Fernandez (koordinator, perantara keliling, wakil, penjaga gerbang, penghubung) dengan nilai harapan, simpangan baku dan z seperti R sna::brokerage, serta z terhadap pengacakan label sektor; ada di facilitators.csv.",
	"viz.fac.def.spells.term":      "Masa kerja",
	"viz.fac.def.spells":           "jendela waktu dipotong per pekan (dan per awal bulan); pada setiap potongan pegawai berada di unit masa kerjanya yang berlaku, sehingga pegawai yang pindah mendapat kredit untuk kedua unit.",
	"viz.fac.def.set.term":         "Himpunan fasilitator",
	"viz.fac.def.set":              "dipilih satu per satu: setiap kali orang dengan kenaikan cakupan terbesar (seri: bobot terbesar), dengan batas per OPD.",
	"viz.fac.def.privacy.term":     "Privasi",
	"viz.fac.def.privacy":          "pseudonim HMAC-SHA256 dengan kunci di luar folder keluaran; kelompok di bawah batas ukuran disembunyikan beserta kelompok pelengkapnya; audit.json mencatat tujuan, jendela waktu, pengguna, opsi dan yang disembunyikan.",
	"viz.fac.fig.informal":         "Calon fasilitator informal",
	"viz.fac.fig.formal":           "Koordinator formal",
	"viz.fac.fig.pairs":            "Pasangan sektor menurut jumlah pembawa",
	"viz.fac.fig.pairsValue":       "%d tanpa pembawa · %d satu orang · %d dua orang atau lebih",
	"viz.fac.fig.time":             "Waktu",
	"viz.fac.fig.timeValue":        "%d bulan, %d potongan waktu (pekan, dipotong juga pada setiap awal bulan)",
	"viz.fac.matrixTitle":          "Jumlah pembawa ikatan per pasangan sektor",
	"viz.fac.matrixNote":           "Merah: tidak ada pembawa · kuning: satu orang · hijau: dua orang atau lebih.",
	"viz.fac.matrixHover":          "Arahkan penunjuk ke sel untuk bobot ikatannya.",
	"viz.fac.matrixCell":           "%s — %s: %d pembawa, bobot ikatan %s",
	"viz.fac.withheld":             "Disembunyikan karena kelompok kurang dari batas ukuran (beserta kelompok pelengkapnya): %d sektor, %d unit (ditampilkan sebagai *), %d pasangan sektor; batas %d orang.",
	"viz.fac.param.reach":          "Batas jangkauan (bobot)",
	"viz.fac.param.top":            "Batas teratas per bulan",
	"viz.fac.param.bootstrap":      "Pengambilan ulang pekan (B)",
	"viz.fac.param.shuffles":       "Pengacakan label sektor",
	"viz.fac.param.set":            "Himpunan",
	"viz.fac.param.overload":       "Tumpuan unit",
	"viz.fac.param.overloadValue":  "kekuatan di %s%% teratas dan lebih dari %s%% ikatan antarunit unitnya",
	"viz.fac.param.minGroup":       "Ukuran kelompok terkecil",
	"viz.fac.param.formalWords":    "Kata jabatan koordinasi",
	"generate.move-facilitator":    "satu fasilitator tertanam pindah ke unit sektor lain di tengah tahun (untuk menguji kredit per masa kerja); tanpa opsi ini keluaran tidak berubah",
}
