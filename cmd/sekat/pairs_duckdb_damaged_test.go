//go:build duckdb

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsDuckDBDamagedParquet: a people.parquet with a damaged page,
// which sekat pairs does not read past its footer and DuckDB stops on,
// is said as sekat analyze says it (exit 1, the file named, copy or
// export it again), DuckDB's words after. It was "the embedded DuckDB
// failed at statement 8 of 35" with DuckDB's English ("Failed to read
// file ...: ZSTD Decompression failure") as the only reason.
func TestPairsDuckDBDamagedParquet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if code, _, e := sekat(t, "generate", "--format", "parquet", "--out", dir); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	f, err := os.OpenFile(filepath.Join(dir, "people.parquet"), os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// 16 bytes of 0xFF inside the first page (it begins at byte 4)
	if _, err := f.WriteAt([]byte(strings.Repeat("\xff", 16)), 100); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for lang, want := range map[string][]string{
		"id": {"berkas people.parquet rusak atau terpotong", "salin atau ekspor ulang berkas itu dari sumbernya", "pesan asli DuckDB (bahasa Inggris): Invalid Input Error: Failed to read file"},
		"en": {"people.parquet is damaged or cut off", "copy or export the file again from its source", "DuckDB's own words: Invalid Input Error: Failed to read file"},
	} {
		code, _, stderr := sekat(t, "pairs", dir, "--run", "--out", filepath.Join(t.TempDir(), "p"), "--lang", lang)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (as analyze on the raw tables)", lang, code)
		}
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr does not say %q:\n%s", lang, w, stderr)
			}
		}
		if strings.Contains(stderr, "statement") || strings.Contains(stderr, "pernyataan") {
			t.Errorf("%s: the refusal is said as DuckDB failing at a statement:\n%s", lang, stderr)
		}
		// analyze on the raw tables: the same exit, the same sentence in
		// Indonesian (in English it gives its reader's own words:
		// "people.parquet: corrupt parquet file: ...; write or copy the
		// file again")
		rawWant := map[string]string{"id": want[0], "en": "people.parquet: corrupt parquet file"}[lang]
		code, _, raw := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "a"), "--lang", lang)
		if code != 1 || !strings.Contains(raw, rawWant) {
			t.Errorf("%s: analyze on the raw tables: exit %d, want 1 saying %q:\n%s", lang, code, rawWant, raw)
		}
	}
}
