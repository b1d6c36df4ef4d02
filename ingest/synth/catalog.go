package synth

// The catalogue of a kabupaten: its OPDs, their sectors and relative sizes,
// and the vocabulary (names, positions, meeting titles, data sets) the
// generator draws from. Everything here is invented for synthetic data;
// the unit names follow the usual Indonesian nomenclature (Permendagri
// nomenclature of perangkat daerah) but describe no real kabupaten.

// Sector names. koordinasi and eksternal hold the coordinator and external
// units; the ten others are the internal sectors that can be planted as
// silos.
const (
	sectorCoord    = "koordinasi"
	sectorExternal = "eksternal"
)

// Unit kinds, as the contract's units table spells them.
const (
	kindInternal    = "internal"
	kindCoordinator = "coordinator"
	kindExternal    = "external"
)

// opd is one unit type of the catalogue.
type opd struct {
	id     string
	name   string
	sector string
	kind   string
	size   float64 // relative head count
	head   string  // position of the head of the unit
	second string  // position of the second in command
}

// catalogue lists the 39 units of the kabupaten preset, grouped by sector.
var catalogue = []opd{
	{"SETDA", "Sekretariat Daerah", sectorCoord, kindCoordinator, 200, "Sekretaris Daerah", "Asisten Pemerintahan dan Kesejahteraan Rakyat"},
	{"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", sectorCoord, kindCoordinator, 70, "Kepala Badan", "Sekretaris"},
	{"DPRD", "Dewan Perwakilan Rakyat Daerah", sectorExternal, kindExternal, 45, "Ketua DPRD", "Wakil Ketua DPRD"},

	{"DINKES", "Dinas Kesehatan", "kesehatan", kindInternal, 180, "Kepala Dinas", "Sekretaris"},
	{"RSUD", "Rumah Sakit Umum Daerah", "kesehatan", kindInternal, 220, "Direktur", "Kepala Bagian Tata Usaha"},
	{"DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "kesehatan", kindInternal, 50, "Kepala Dinas", "Sekretaris"},

	{"DISDIK", "Dinas Pendidikan", "pendidikan", kindInternal, 220, "Kepala Dinas", "Sekretaris"},
	{"DISPORA", "Dinas Pemuda dan Olahraga", "pendidikan", kindInternal, 45, "Kepala Dinas", "Sekretaris"},
	{"DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "pendidikan", kindInternal, 40, "Kepala Dinas", "Sekretaris"},
	{"DISBUDPAR", "Dinas Kebudayaan dan Pariwisata", "pendidikan", kindInternal, 50, "Kepala Dinas", "Sekretaris"},

	{"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "infrastruktur", kindInternal, 160, "Kepala Dinas", "Sekretaris"},
	{"DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "infrastruktur", kindInternal, 70, "Kepala Dinas", "Sekretaris"},
	{"DISHUB", "Dinas Perhubungan", "infrastruktur", kindInternal, 80, "Kepala Dinas", "Sekretaris"},

	{"DLH", "Dinas Lingkungan Hidup", "lingkungan", kindInternal, 110, "Kepala Dinas", "Sekretaris"},
	{"DISTAN", "Dinas Pertanian", "lingkungan", kindInternal, 120, "Kepala Dinas", "Sekretaris"},
	{"DISKAN", "Dinas Perikanan", "lingkungan", kindInternal, 50, "Kepala Dinas", "Sekretaris"},

	{"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "keuangan", kindInternal, 90, "Kepala Badan", "Sekretaris"},
	{"BAPENDA", "Badan Pendapatan Daerah", "keuangan", kindInternal, 80, "Kepala Badan", "Sekretaris"},
	{"INSPEKTORAT", "Inspektorat Daerah", "keuangan", kindInternal, 60, "Inspektur", "Sekretaris"},

	{"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "ekonomi", kindInternal, 55, "Kepala Dinas", "Sekretaris"},
	{"DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", "ekonomi", kindInternal, 45, "Kepala Dinas", "Sekretaris"},
	{"DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "ekonomi", kindInternal, 55, "Kepala Dinas", "Sekretaris"},
	{"DISNAKER", "Dinas Tenaga Kerja", "ekonomi", kindInternal, 45, "Kepala Dinas", "Sekretaris"},
	{"DKP", "Dinas Ketahanan Pangan", "ekonomi", kindInternal, 45, "Kepala Dinas", "Sekretaris"},

	{"DINSOS", "Dinas Sosial", "sosial", kindInternal, 65, "Kepala Dinas", "Sekretaris"},
	{"DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "sosial", kindInternal, 40, "Kepala Dinas", "Sekretaris"},
	{"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "sosial", kindInternal, 45, "Kepala Dinas", "Sekretaris"},

	{"DISKOMINFO", "Dinas Komunikasi dan Informatika", "pemerintahan", kindInternal, 60, "Kepala Dinas", "Sekretaris"},
	{"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "pemerintahan", kindInternal, 65, "Kepala Badan", "Sekretaris"},
	{"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "pemerintahan", kindInternal, 35, "Kepala Badan", "Sekretaris"},
	{"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "pemerintahan", kindInternal, 70, "Kepala Dinas", "Sekretaris"},

	{"SATPOLPP", "Satuan Polisi Pamong Praja", "ketertiban", kindInternal, 110, "Kepala Satuan", "Sekretaris"},
	{"BPBD", "Badan Penanggulangan Bencana Daerah", "ketertiban", kindInternal, 55, "Kepala Pelaksana", "Sekretaris"},
	{"DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan", "ketertiban", kindInternal, 80, "Kepala Dinas", "Sekretaris"},

	{"KEC_SUKAMAJU", "Kecamatan Sukamaju", "kewilayahan", kindInternal, 35, "Camat", "Sekretaris Camat"},
	{"KEC_MEKARSARI", "Kecamatan Mekarsari", "kewilayahan", kindInternal, 35, "Camat", "Sekretaris Camat"},
	{"KEC_SINDANGJAYA", "Kecamatan Sindangjaya", "kewilayahan", kindInternal, 35, "Camat", "Sekretaris Camat"},
	{"KEC_CIBEUREUM", "Kecamatan Cibeureum", "kewilayahan", kindInternal, 35, "Camat", "Sekretaris Camat"},
	{"KEC_TANJUNGSARI", "Kecamatan Tanjungsari", "kewilayahan", kindInternal, 35, "Camat", "Sekretaris Camat"},
}

// internalSectors lists the ten internal sectors in a fixed order; sector
// indexes of a study follow this order, then koordinasi, then eksternal.
var internalSectors = []string{
	"kesehatan", "pendidikan", "infrastruktur", "lingkungan", "keuangan",
	"ekonomi", "sosial", "pemerintahan", "ketertiban", "kewilayahan",
}

// dprdContact is the internal sector DPRD writes to besides the coordinators.
const dprdContact = "pemerintahan"

// Positions below the head and the second in command.
var (
	kabidPositions = []string{
		"Kepala Bidang Perencanaan dan Evaluasi", "Kepala Bidang Pelayanan",
		"Kepala Bidang Pembinaan", "Kepala Bidang Pengendalian",
		"Kepala Bidang Pengembangan", "Kepala Bidang Data dan Informasi",
	}
	kecamatanKasi = []string{
		"Kepala Seksi Pemerintahan", "Kepala Seksi Pelayanan Umum",
		"Kepala Seksi Ketenteraman dan Ketertiban", "Kepala Seksi Pemberdayaan Masyarakat",
	}
	setdaKabag = []string{
		"Kepala Bagian Hukum", "Kepala Bagian Organisasi", "Kepala Bagian Umum",
		"Kepala Bagian Perekonomian", "Kepala Bagian Pengadaan Barang dan Jasa",
		"Kepala Bagian Protokol dan Komunikasi Pimpinan",
	}
	staffPositions = []string{
		"Analis Kebijakan Ahli Muda", "Perencana Ahli Pertama", "Pranata Komputer Ahli Pertama",
		"Analis Keuangan Pusat dan Daerah", "Pengadministrasi Umum", "Pengelola Data",
		"Arsiparis Terampil", "Bendahara Pengeluaran", "Pengolah Data dan Informasi",
		"Penyusun Laporan Keuangan", "Pengadministrasi Perkantoran",
		"Analis Sumber Daya Manusia Aparatur", "Pengelola Barang Milik Daerah",
		"Penata Kelola Sistem dan Teknologi Informasi",
	}
	healthPositions = []string{
		"Dokter Ahli Muda", "Perawat Ahli Pertama", "Bidan Terampil",
		"Apoteker Ahli Pertama", "Nutrisionis Ahli Pertama", "Epidemiolog Kesehatan",
	}
	dprdPositions = []string{"Anggota DPRD", "Anggota DPRD", "Anggota DPRD", "Staf Sekretariat DPRD"}
)

// facilitatorPositions are the positions of the planted facilitators:
// ordinary functional posts, so nothing but their ties sets them apart.
var facilitatorPositions = []string{
	"Analis Kebijakan Ahli Muda", "Perencana Ahli Muda", "Pranata Komputer Ahli Muda",
	"Analis Data Ahli Muda", "Penyuluh Ahli Muda", "Statistisi Ahli Muda",
}

// Name parts. Combined as first [+ middle] + last, sometimes with a degree.
var (
	firstNames = []string{
		"Agus", "Budi", "Dewi", "Siti", "Eko", "Rina", "Andi", "Sri", "Bambang", "Wahyu",
		"Nur", "Dian", "Hendra", "Yuni", "Joko", "Ratna", "Fajar", "Lestari", "Rudi", "Indah",
		"Taufik", "Ayu", "Iwan", "Maya", "Dedi", "Putri", "Arif", "Novi", "Hadi", "Wulan",
		"Asep", "Euis", "Ujang", "Neng", "Cecep", "Yayan", "Teguh", "Sari", "Rizky", "Fitri",
		"Muhammad", "Ahmad", "Nurul", "Ikhsan", "Anisa", "Yusuf", "Kartika", "Gilang", "Intan", "Bayu",
	}
	middleNames = []string{
		"Kurnia", "Adi", "Tri", "Dwi", "Eka", "Nur", "Putra", "Rahma", "Dwi", "Setya",
	}
	lastNames = []string{
		"Santoso", "Rahmawati", "Wijaya", "Hidayat", "Saputra", "Lestari", "Nugroho", "Kusuma",
		"Pratama", "Suryani", "Gunawan", "Permana", "Hermawan", "Rahayu", "Setiawan", "Purnamasari",
		"Firmansyah", "Handayani", "Sutrisno", "Maulana", "Susanti", "Ramadhan", "Kurniawan", "Wulandari",
		"Hakim", "Fauziah", "Syahputra", "Anggraini", "Nasution", "Siregar", "Sitompul", "Simanjuntak",
		"Rusdiana", "Mulyadi", "Sumarni", "Supriatna", "Hasanah", "Iskandar", "Sudrajat", "Pertiwi",
	}
	degrees = []string{
		"S.E.", "S.Sos.", "S.Kom.", "S.H.", "S.T.", "S.Pd.", "S.IP.", "M.Si.", "M.M.", "S.Kep.", "A.Md.", "M.A.P.",
	}
)

// Meeting titles by organiser context.
var (
	internalTitles = []string{
		"Rapat Internal Bidang", "Rapat Evaluasi Kinerja Triwulan", "Rapat Staf Mingguan",
		"Rapat Penyusunan Renja", "Rapat Persiapan Pelaporan SAKIP", "Rapat Pembahasan Anggaran Bidang",
		"Rapat Evaluasi Capaian Program",
	}
	crossTitles = []string{
		"Rapat Koordinasi Teknis", "Rapat Pembahasan Kerja Sama Antar-OPD", "Rapat Sinkronisasi Program",
		"Rapat Pembahasan Data Bersama", "Rapat Persiapan Kegiatan Bersama", "Rapat Evaluasi Pelayanan Publik",
	}
	coordTitles = []string{
		"Rapat Koordinasi Stunting", "Rapat Pembahasan RKPD", "Rapat Pembahasan APBD Perubahan",
		"Rapat Koordinasi Penanggulangan Kemiskinan", "Musrenbang Kabupaten", "Rapat Evaluasi SPBE",
		"Rapat Koordinasi Pengendalian Inflasi Daerah", "Rapat Persiapan HUT RI",
		"Rapat Pimpinan (Rapim)", "Rapat Evaluasi Reformasi Birokrasi",
	}
	facilitatorTitles = []string{
		"Rapat Tim Percepatan Penurunan Stunting", "Forum Satu Data Daerah", "Rapat Kelompok Kerja SPBE",
		"Rapat Tim Terpadu Penanggulangan Kemiskinan", "Rapat Gugus Tugas Kabupaten Layak Anak",
		"Rapat Kelompok Kerja Inovasi Daerah",
	}
)

// datasets holds the data sets each sector provides.
var datasets = map[string][]string{
	"kesehatan":     {"Data Balita Stunting", "Cakupan Imunisasi Dasar", "Data Kunjungan Pasien", "Data Keluarga Berisiko Stunting"},
	"pendidikan":    {"Dapodik Sekolah", "Data Anak Tidak Sekolah", "Data Penerima Beasiswa", "Data Koleksi Perpustakaan"},
	"infrastruktur": {"Data Jalan dan Jembatan", "Data Rumah Tidak Layak Huni", "Data Trayek Angkutan", "Data Tata Ruang"},
	"lingkungan":    {"Data Timbulan Sampah", "Data Lahan Pertanian", "Data Produksi Perikanan", "Data Kualitas Air"},
	"keuangan":      {"Data Realisasi APBD", "Data Pajak Daerah", "Data Aset Daerah", "Laporan Hasil Pemeriksaan"},
	"ekonomi":       {"Data UMKM", "Data Perizinan Berusaha", "Data Harga Pangan", "Data Pencari Kerja"},
	"sosial":        {"DTKS", "Data Penerima Bantuan Sosial", "Data Kekerasan Perempuan dan Anak", "Data Profil Desa"},
	"pemerintahan":  {"Data Kependudukan", "Data Kepegawaian ASN", "Data Aplikasi dan Layanan SPBE", "Data Ormas"},
	"ketertiban":    {"Data Kejadian Bencana", "Data Pelanggaran Perda", "Data Kejadian Kebakaran", "Data Rawan Bencana"},
	"kewilayahan":   {"Data Monografi Kecamatan", "Data Pelayanan Kecamatan", "Data Musrenbang Kecamatan"},
	sectorCoord:     {"Data RKPD", "Data Indikator Kinerja Daerah", "Data Produk Hukum Daerah"},
	sectorExternal:  {"Data Pokok Pikiran DPRD"},
}

// Letter kinds (the optional kind column of correspondence).
const (
	letterNotaDinas = "nota_dinas" // a memo inside one unit
	letterSurat     = "surat"      // a letter to another unit
	letterEdaran    = "surat_edaran"
	letterBalasan   = "balasan" // a reply
)

// hostileTexts are the spreadsheet-hostile strings the hostile preset puts
// into unit and person names. No CR is used: CSV readers (encoding/csv and
// sekat's) normalise CRLF inside quoted fields to LF, so a CR could not
// round-trip; LF does.
var hostileTexts = []string{
	`Dinas "Kesehatan"`,
	`C:\Users\dinas\berkas`,
	`{"unit": {dinas}}`,
	"Dinas\nbaris kedua",
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`=HYPERLINK("http://x","y")`,
	`+1`,
	`-2`,
	`@SUM(A1)`,
	"Dinas 🏛️ Kesehatan 😀",
	`Bidang A; Seksi B, Subbagian C`,
	"\tdiawali tab",
	`'kutip tunggal`,
}
