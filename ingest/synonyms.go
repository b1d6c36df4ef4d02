package ingest

import (
	"slices"
	"strings"
)

// columnSynonyms are header names that exports in Indonesian government
// (e-office, SIMPEG, attendance and data-portal systems) and in English
// give the contract's columns, normalised by synonymKey. They are never
// read as those columns: a file that lacks a required column gets them
// suggested as a columns: mapping for study.yaml (ColumnError.Suggest),
// which the user checks and writes.
var columnSynonyms = [NumTables]map[string][]string{
	Units: {
		"unit_id": {"kode_unit", "id_unit", "kode_opd", "id_opd", "kode_satker", "kode", "unit"},
		"name":    {"nama", "nama_unit", "nama_opd", "unit_kerja", "nama_satker"},
		"sector":  {"sektor", "bidang", "urusan", "rumpun"},
		"kind":    {"jenis", "jenis_unit"},
	},
	People: {
		"person_id":  {"nip_baru", "nip_pegawai", "nip", "id_pegawai", "employee_id"},
		"unit_id":    {"kode_unit", "id_unit", "kode_opd", "id_opd", "unit", "opd", "unit_kerja", "satker"},
		"name":       {"nama", "nama_pegawai", "nama_lengkap"},
		"position":   {"jabatan", "nama_jabatan"},
		"valid_from": {"tmt", "tmt_jabatan", "tanggal_mulai", "tgl_mulai", "mulai", "berlaku_dari"},
		"valid_to":   {"tanggal_selesai", "tgl_selesai", "selesai", "sampai", "berlaku_sampai"},
	},
	Correspondence: {
		"sent_at":    {"tanggal_kirim", "waktu_kirim", "tgl_kirim", "tanggal_surat", "tgl_surat", "tanggal", "waktu", "tgl", "date", "sent", "timestamp"},
		"sender":     {"pengirim", "nip_pengirim", "id_pengirim", "dari", "from"},
		"recipients": {"penerima", "nip_penerima", "id_penerima", "kepada", "tujuan", "yth", "to"},
		"cc":         {"tembusan", "nip_tembusan"},
	},
	Meetings: {
		"meeting_id": {"id_rapat", "kode_rapat", "nomor_rapat", "no_rapat", "id_kegiatan", "kode_kegiatan"},
		"start":      {"waktu_mulai", "tanggal_rapat", "tgl_rapat", "jam_mulai", "mulai", "waktu", "tanggal"},
		"attendee":   {"peserta", "nip_peserta", "id_peserta", "hadir", "nip"},
		"organizer":  {"penyelenggara", "pengundang", "nip_penyelenggara", "pimpinan_rapat"},
		"title":      {"judul", "agenda", "perihal", "nama_rapat", "nama_kegiatan"},
	},
	DataSharing: {
		"at":       {"tanggal_permintaan", "tgl_permintaan", "waktu_permintaan", "tanggal", "waktu"},
		"provider": {"penyedia", "pemberi", "pemilik_data", "produsen_data", "opd_penyedia", "walidata"},
		"consumer": {"peminta", "pengguna", "pemohon", "opd_peminta", "opd_pengguna"},
		"dataset":  {"data", "nama_data", "nama_dataset", "jenis_data"},
		"status":   {"keputusan", "hasil", "status_permintaan"},
	},
}

// synonymKey normalises a header for columnSynonyms: lower case, spaces,
// '-' and '.' as '_', trimmed.
func synonymKey(h string) string {
	h = colKey(h)
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' {
			return '_'
		}
		return r
	}, h)
}

// suggestColumns pairs each contract column of t missing from found
// (absent holds them, by contract name) with a header of found that is
// one of its synonyms and no column the file already gives. Columns come
// in the contract's order (required, then optional), synonyms in their
// order (the specific before the general: tanggal_kirim before
// tanggal); each header is given to one column at most.
func suggestColumns(t Table, found []string, absent map[string]bool) [][2]string {
	used := map[string]bool{}
	var out [][2]string
cols:
	for _, col := range append(append([]string(nil), tables[t].required...), tables[t].optional...) {
		if !absent[col] {
			continue
		}
		for _, syn := range columnSynonyms[t][col] {
			for _, h := range found {
				if !used[h] && synonymKey(h) == syn {
					used[h] = true
					out = append(out, [2]string{col, h})
					continue cols
				}
			}
		}
	}
	return out
}

// statusColumns are headers (normalised by synonymKey) that mark whether
// a row of the table happened, which the contract has no column for:
// a meeting's attendance (hadir, izin, tidak hadir) and a letter's state
// (konsep, terkirim, dibatalkan). A file with one gets WarnStatusUnread.
var statusColumns = [NumTables][]string{
	Meetings:       {"kehadiran", "status_kehadiran", "status_hadir", "hadir", "presensi", "status_presensi", "absensi", "attendance", "attended", "present", "status"},
	Correspondence: {"status", "status_surat", "status_kirim", "state"},
}

// weightColumns are headers (normalised by synonymKey) that say a row
// stands for several events, as an edge list's weight column does
// (Gephi's "Weight", UCINET's and Pajek's values), or marks with 0 a pair
// that is no tie (a matrix written as rows): sekat counts every row
// of a log table as one event and reads no such column. A log file with
// one gets WarnWeightUnread.
var weightColumns = []string{"weight", "weights", "bobot", "count", "jumlah", "frequency", "frekuensi", "freq", "strength", "kekuatan", "value", "nilai", "n",
	// a list of every pair with 0 or 1, as R and UCINET write a matrix
	// as rows (Krackhardt's ego;alter;edge)
	"edge", "tie", "link", "ikatan"}

// weightColumn returns the first header of found that is one of
// weightColumns, if any, for a log table t; not one that study.yaml
// renames to a column sekat reads (names, lower case).
func weightColumn(t Table, found, names []string) (string, bool) {
	if t == Units || t == People {
		return "", false
	}
	for _, h := range found {
		if slices.Contains(weightColumns, synonymKey(h)) && !slices.Contains(names, colKey(h)) {
			return h, true
		}
	}
	return "", false
}

// statusColumn returns the first header of found that is one of t's
// statusColumns, if any.
func statusColumn(t Table, found []string) (string, bool) {
	for _, h := range found {
		if slices.Contains(statusColumns[t], synonymKey(h)) {
			return h, true
		}
	}
	return "", false
}
