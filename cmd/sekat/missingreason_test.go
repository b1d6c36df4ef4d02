package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestMissingIDReasonSaysWhat: an empty unit_id of the people table, or
// an empty id of the units or people table, is told in both languages
// with what the cell should hold, as ingest's English says it. Before,
// Indonesian gave the generic "nilai wajib kosong; isi kolom ini" (qaC,
// 2026-12-06), which did not say that a person's unit_id names the unit
// the person works in.
func TestMissingIDReasonSaysWhat(t *testing.T) {
	for _, c := range []struct {
		table  ingest.Table
		field  string
		id, en string
	}{
		{ingest.People, "unit_id", "unit kerja tempat pegawai ini bertugas", "unit the person works in"},
		{ingest.Units, "unit_id", "setiap unit kerja memerlukan id", "every unit needs an id"},
		{ingest.People, "person_id", "setiap pegawai memerlukan id", "every person needs an id"},
	} {
		e := &ingest.RowError{File: "x.csv", Line: 3, Column: c.field, Err: ingest.ErrMissingValue, Table: c.table, Field: c.field}
		for lang, want := range map[string]string{"id": c.id, "en": c.en} {
			got := catalogueReason(e, lang)
			if !strings.Contains(got, want) || !strings.Contains(got, c.field) {
				t.Errorf("%s %s %s: %q, want the field and %q", c.table, c.field, lang, got, want)
			}
		}
	}
}
