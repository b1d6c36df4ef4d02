package ingest

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestConfigErrors: every problem of study.yaml comes back as a
// *ConfigError that says where (line, path, key) and what is allowed, wraps
// its sentinel and ErrStudy, and never names a Go type.
func TestConfigErrors(t *testing.T) {
	top := []string{"name", "timezone", "files", "columns", "layer_weights", "window", "thresholds", "encoding", "date_order", "sheet", "privacy", "facilitators", "crosswalk"}
	tables := []string{"units", "people", "correspondence", "meetings", "data_sharing"}
	for _, c := range []struct {
		name, yaml string
		want       ConfigError // File is study.yaml
		text       string      // Error(), when given
	}{
		{"unknown key", "name: X\nkolom:\n  a: b\n",
			ConfigError{Line: 2, Key: "kolom", Allowed: top, Err: ErrUnknownKey},
			`ingest: study.yaml line 2: unknown key "kolom" at the top level; the keys allowed there are name, timezone, files, columns, layer_weights, window, thresholds, encoding, date_order, sheet, privacy, facilitators, crosswalk`},
		{"unknown table of encoding", "encoding: {surat: utf-8}\n",
			ConfigError{Line: 1, Path: "encoding", Key: "surat", Allowed: tables, Err: ErrUnknownKey}, ""},
		{"list for a per-table setting", "date_order: [mdy]\n",
			ConfigError{Line: 1, Key: "date_order", Want: KindText, Got: KindList, Err: ErrValueType}, ""},
		{"per-table value not text", "sheet: {units: [a]}\n",
			ConfigError{Line: 1, Path: "sheet", Key: "units", Want: KindText, Got: KindList, Err: ErrValueType}, ""},
		{"not a number", "thresholds:\n  max_reject_rate: abc\n",
			ConfigError{Line: 2, Path: "thresholds", Key: "max_reject_rate", Want: KindNumber, Got: KindText, Value: "abc", Err: ErrValueType},
			`ingest: study.yaml line 2: thresholds.max_reject_rate holds "abc"; write a number`},
		{"not a whole number", "thresholds:\n  circular_units: 2.5\n",
			ConfigError{Line: 2, Path: "thresholds", Key: "circular_units", Want: KindInteger, Got: KindText, Value: "2.5", Err: ErrValueType},
			`ingest: study.yaml line 2: thresholds.circular_units holds "2.5"; write a whole number`},
		{"a whole number in quotes", "thresholds: {max_meeting_size: \"3\"}\n",
			ConfigError{Line: 1, Path: "thresholds", Key: "max_meeting_size", Want: KindInteger, Got: KindText, Value: "3", Err: ErrValueType}, ""},
		{"privacy size not a whole number", "privacy:\n  min_group: 5.0\n",
			ConfigError{Line: 2, Path: "privacy", Key: "min_group", Want: KindInteger, Got: KindText, Value: "5.0", Err: ErrValueType}, ""},
		{"decimal comma", "thresholds:\n  silo_alpha: 0,05\n",
			ConfigError{Line: 2, Path: "thresholds", Key: "silo_alpha", Want: KindNumber, Got: KindText, Value: "0,05", Err: ErrValueType}, ""},
		// in a flow mapping YAML splits 0,05 at the comma: silo_alpha: 0
		// and a key "05"; it was told as an unknown key "05"
		{"decimal comma in braces", "thresholds: {silo_alpha: 0,05}\n",
			ConfigError{Line: 1, Path: "thresholds", Key: "silo_alpha", Want: KindNumber, Got: KindText, Value: "0,05", Err: ErrValueType}, ""},
		{"decimal comma and a space in braces", "layer_weights: {meetings: 0, 5, correspondence: 1}\n",
			ConfigError{Line: 1, Path: "layer_weights", Key: "meetings", Want: KindNumber, Got: KindText, Value: "0,5", Err: ErrValueType},
			`ingest: study.yaml line 1: layer_weights.meetings holds "0,5"; write a number`},
		{"thousands separators in braces", "thresholds: {max_meeting_size: 1,000,000}\n",
			ConfigError{Line: 1, Path: "thresholds", Key: "max_meeting_size", Want: KindInteger, Got: KindText, Value: "1,000,000", Err: ErrValueType}, ""},
		{"digits after a comma, not a number's", "window: {from: 2025, 01: x}\n",
			ConfigError{Line: 1, Path: "window", Key: "01", Allowed: []string{"from", "to"}, Err: ErrUnknownKey}, ""},
		{"threshold of an earlier sekat", "thresholds:\n  silo_ei: 0\n",
			ConfigError{Line: 2, Path: "thresholds", Key: "silo_ei", Allowed: []string{"max_reject_rate", "silo_alpha", "silo_homophily", "max_meeting_size", "circular_units"},
				Replaced: "silo_homophily", Err: ErrUnknownKey},
			`ingest: study.yaml line 2: unknown key "silo_ei" under thresholds; the keys allowed there are max_reject_rate, silo_alpha, silo_homophily, max_meeting_size, circular_units (silo_ei was replaced by silo_homophily: see docs/metrics.md, Silo verdict)`},
		{"p threshold of an earlier sekat", "thresholds: {silo_p: 0.05}\n",
			ConfigError{Line: 1, Path: "thresholds", Key: "silo_p", Allowed: []string{"max_reject_rate", "silo_alpha", "silo_homophily", "max_meeting_size", "circular_units"},
				Replaced: "silo_alpha", Err: ErrUnknownKey}, ""},
		{"a second document", "name: a\n---\nname: b\nbogus: 1\n",
			ConfigError{Line: 3, Err: ErrYAMLDocs},
			`ingest: study.yaml line 3: a second YAML document begins here, after a line ---, and sekat reads one: move its keys into the first and remove the line ---`},
		{"a second document not valid", "name: a\n---\nname: [b\n",
			ConfigError{Line: 3, Detail: "did not find expected ',' or ']'", Err: ErrYAMLSyntax}, ""},
		// yaml.v3 counts its parser's lines from 0: it said line 2 here.
		{"unclosed bracket on a later line", "name: X\nwindow:\n  from: [2025-01-01\nthresholds: {}\n",
			ConfigError{Line: 3, Detail: "did not find expected ',' or ']'", Err: ErrYAMLSyntax}, ""},
		{"unknown key in a struct", "window:\n  form: 2025-01-01\n",
			ConfigError{Line: 2, Path: "window", Key: "form", Allowed: []string{"from", "to"}, Err: ErrUnknownKey},
			`ingest: study.yaml line 2: unknown key "form" under window; the keys allowed there are from, to`},
		{"unknown table", "columns:\n  surat: {a: b}\n",
			ConfigError{Line: 2, Path: "columns", Key: "surat", Allowed: tables, Err: ErrUnknownKey}, ""},
		{"unknown table of files", "files: {rapat: [a.csv]}\n",
			ConfigError{Line: 1, Path: "files", Key: "rapat", Allowed: tables, Err: ErrUnknownKey}, ""},
		{"unknown column", "columns:\n  meetings:\n    start: mulai\n    Tanggal: start\n",
			ConfigError{Line: 4, Path: "columns.meetings", Key: "Tanggal", Allowed: []string{"meeting_id", "start", "attendee", "organizer", "title"}, Err: ErrUnknownKey}, ""},
		{"unknown layer", "layer_weights: {rapat: 1}\n",
			ConfigError{Line: 1, Path: "layer_weights", Key: "rapat", Allowed: []string{"correspondence", "meetings", "data_sharing"}, Err: ErrUnknownKey}, ""},
		{"weight not a number", "layer_weights:\n  meetings: dua\n",
			ConfigError{Line: 2, Path: "layer_weights", Key: "meetings", Want: KindNumber, Got: KindText, Value: "dua", Err: ErrValueType}, ""},
		{"text for a list", "files:\n  units: units.csv\n",
			ConfigError{Line: 2, Path: "files", Key: "units", Want: KindList, Got: KindText, Value: "units.csv", Err: ErrValueType}, ""},
		{"list element not text", "files:\n  units: [[a.csv]]\n",
			ConfigError{Line: 2, Path: "files", Key: "units", Want: KindText, Got: KindList, Err: ErrValueType}, ""},
		{"text for a mapping", "window: 2025\n",
			ConfigError{Line: 1, Key: "window", Want: KindMapping, Got: KindText, Value: "2025", Err: ErrValueType}, ""},
		{"list for text", "name: [a, b]\n",
			ConfigError{Line: 1, Key: "name", Want: KindText, Got: KindList, Err: ErrValueType},
			`ingest: study.yaml line 1: name holds a list; write text`},
		{"a list, not a mapping", "- a\n- b\n",
			ConfigError{Line: 1, Want: KindMapping, Got: KindList, Err: ErrValueType},
			`ingest: study.yaml line 1: the file holds a list; write key: value pairs`},
		{"twice", "name: a\nname: b\n",
			ConfigError{Line: 2, Key: "name", Err: ErrDuplicateKey},
			`ingest: study.yaml line 2: key "name" written twice at the top level; remove one`},
		{"column twice, as read", "columns:\n  correspondence: {sender: a, ' Sender': b}\n",
			ConfigError{Line: 2, Path: "columns.correspondence", Key: " Sender", Err: ErrDuplicateKey}, ""},
		{"two columns renamed to one", "columns:\n  correspondence:\n    sender: pengirim\n    recipients: ' Pengirim'\n",
			ConfigError{Line: 4, Path: "columns.correspondence", Key: "recipients", Other: "sender", Value: "pengirim", Err: ErrSameColumn},
			`ingest: study.yaml line 4: columns.correspondence: recipients and sender both read the file's column "pengirim"; map each to a column of its own`},
		{"renamed to another column's name", "columns:\n  meetings: {start: meeting_id}\n",
			ConfigError{Line: 2, Path: "columns.meetings", Key: "start", Other: "meeting_id", Value: "meeting_id", Err: ErrSameColumn}, ""},
		{"through an alias", "window: &w {from: 2025-01-01}\nthresholds: *w\n",
			ConfigError{Line: 1, Path: "thresholds", Key: "from", Allowed: []string{"max_reject_rate", "silo_alpha", "silo_homophily", "max_meeting_size", "circular_units"}, Err: ErrUnknownKey}, ""},
		{"syntax", "name: [X\n",
			ConfigError{Line: 1, Detail: "did not find expected ',' or ']'", Err: ErrYAMLSyntax},
			`ingest: study.yaml line 1: not valid yaml: did not find expected ',' or ']'; check the colons, quotes, brackets and indentation`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
			_, err := OpenStudy(dir)
			var got *ConfigError
			if !errors.As(err, &got) {
				t.Fatalf("err = %v, want a *ConfigError", err)
			}
			want := c.want
			want.File = "study.yaml"
			if got.File != want.File || got.Line != want.Line || got.Path != want.Path || got.Key != want.Key ||
				!slices.Equal(got.Allowed, want.Allowed) || got.Want != want.Want || got.Got != want.Got ||
				got.Value != want.Value || got.Detail != want.Detail || got.Other != want.Other || got.Err != want.Err {
				t.Errorf("got  %+v\nwant %+v", *got, want)
			}
			if !errors.Is(err, ErrStudy) || !errors.Is(err, want.Err) {
				t.Errorf("%v does not wrap ErrStudy and %v", err, want.Err)
			}
			if c.text != "" && err.Error() != c.text {
				t.Errorf("Error() = %q\nwant      %q", err.Error(), c.text)
			}
			if s := err.Error(); strings.Contains(s, "ingest.Config") || strings.Contains(s, "!!") || strings.Contains(s, "float64") {
				t.Errorf("Error() names yaml.v3's types: %q", s)
			}
		})
	}
}

// TestConfigAccepted: what sekat reads passes the check and decodes as
// before: empty values, quoted numbers yaml.v3 reads, column names with
// spaces and capitals, aliases.
func TestConfigAccepted(t *testing.T) {
	for _, y := range []string{
		"",
		"# only a comment\n",
		"name:\nwindow:\nthresholds: {}\n",
		"columns:\n  correspondence: {' Sent_At ': tanggal, SENDER: dari}\n",
		"layer_weights: &w {meetings: 2}\nname: x\n",
		"thresholds: {max_reject_rate: 1, silo_alpha: .05, silo_homophily: 0.4}\n",
		"files:\n  correspondence: [correspondence.csv]\n",
		"columns:\n  correspondence: {sender: recipients, recipients: penerima}\n", // a swap: each has its own
		"name: 2025\n", // a number is text where text is asked for
		"encoding: windows-1252\ndate_order: mdy\nsheet: Data\n",
		"encoding: {people: UTF-16, units: cp1252}\ndate_order: {correspondence: MDY, meetings: dmy}\nsheet: {units: OPD}\n",
	} {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		writeFile(t, filepath.Join(dir, "study.yaml"), y)
		if _, err := OpenStudy(dir); err != nil {
			t.Errorf("%q: %v", y, err)
		}
	}
}

// TestTableSettings: encoding, date_order and sheet, written once or per
// table, reach each table; a value sekat cannot use is an ErrSetting that
// names the key and what is allowed.
func TestTableSettings(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "study.yaml"), "encoding: windows-1252\ndate_order: {meetings: mdy}\nsheet: {people: Pegawai}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	for tb := Table(0); tb < NumTables; tb++ {
		if s.enc[tb] != EncodingWindows1252 || s.monthFirst[tb] != (tb == Meetings) || (s.sheet[tb] == "Pegawai") != (tb == People) {
			t.Errorf("%s: encoding %s, month first %v, sheet %q", tb, s.enc[tb], s.monthFirst[tb], s.sheet[tb])
		}
	}
	for _, c := range []struct{ yaml, key string }{
		{"encoding: latin2\n", "encoding"},
		{"encoding: {people: ebcdic}\n", "encoding"},
		{"date_order: ymd\n", "date_order"},
	} {
		writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
		_, err := OpenStudy(dir)
		if !errors.Is(err, ErrSetting) || !strings.Contains(err.Error(), c.key) {
			t.Errorf("%q: %v, want an ErrSetting naming %s", c.yaml, err, c.key)
		}
	}
}

// FuzzConfig: no study.yaml panics decodeConfig, and every one it refuses
// comes back as a *ConfigError: the check before decoding agrees with
// yaml.v3, so yaml.v3's own words never reach the user.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{"name: x\n", "columns:\n  units:\n    unit_id: Kode\n   name: Nama\n", "thresholds: {silo_alpha: 0,05}\n", "thresholds: {silo_ei: 0}\n", "columns: {correspondence: {sender: from}}\n",
		"window: &w {from: 2025-01-01}\nthresholds: *w\n", "name: [X\n", "files: {units: [a, [b]]}\n", "<<: {name: x}\n",
		"layer_weights: {meetings: 1e999, data_sharing: .inf}\n", "name: !!binary aGVsbG8=\n", "? [a]\n: b\n",
		"encoding: {people: utf-16}\ndate_order: mdy\n", "sheet: &s {units: a}\ndate_order: *s\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Config
		err := decodeConfig(b, "study.yaml", &c)
		var ce *ConfigError
		if err != nil && !errors.As(err, &ce) {
			t.Errorf("%q: %v is not a *ConfigError", b, err)
		}
	})
}
