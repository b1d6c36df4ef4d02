package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLineSlips: a table file given as STUDY is refused without
// quoting it (it was read as study.yaml and quoted whole: every NIP of
// people.csv); a flag ending the line without its value is named (it
// took the STUDY as its value, and the STUDY was said to be missing);
// --lang is read in any case and refused, before or after the command,
// when it is neither id nor en.
func TestCommandLineSlips(t *testing.T) {
	study := filepath.Join("..", "..", "testdata", "studies", "hand")
	table := filepath.Join(study, "people.csv")
	for _, args := range [][]string{{"validate", table}, {"analyze", table, "--out", t.TempDir()}, {"compare", table, "--out", t.TempDir()}} {
		code, _, stderr := sekat(t, args...)
		if code != 2 || !strings.Contains(stderr, "adalah berkas tabel") || len(stderr) > 400 {
			t.Errorf("%v: exit %d, %d bytes: %.300q; want exit 2 saying to give the folder", args, code, len(stderr), stderr)
		}
	}
	code, _, stderr := sekat(t, "analyze", study, "--out")
	if code != 2 || !strings.Contains(stderr, "--out membutuhkan nilai: tulis --out FOLDER") {
		t.Errorf("a trailing --out: exit %d, %q", code, stderr)
	}
	if code, stdout, _ := sekat(t, "--lang", "EN", "validate", study); code != 0 || !strings.Contains(stdout, "Inputs:") {
		t.Errorf("--lang EN: exit %d, %.200q; want English", code, stdout)
	}
	for _, args := range [][]string{{"--lang", "xx", "validate", study}, {"validate", study, "--lang=fr"}} {
		if code, _, stderr := sekat(t, args...); code != 2 || !strings.Contains(stderr, "--lang harus id atau en") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}

// TestEvaluateNoBlockWeeks: evaluate listed --block-weeks (shared with
// compare and trend) and ignored it, did.csv byte-identical; it is now
// not its flag.
func TestEvaluateNoBlockWeeks(t *testing.T) {
	code, _, stderr := sekat(t, "evaluate", filepath.Join("..", "..", "testdata", "studies", "hand"), "--reform", "r.csv", "--block-weeks", "2", "--lang", "en")
	if code != 2 || !strings.Contains(stderr, "--block-weeks") {
		t.Errorf("evaluate --block-weeks: exit %d, %q; want the unknown flag refused", code, stderr)
	}
	if _, stdout, _ := sekat(t, "evaluate", "--help", "--lang", "en"); strings.Contains(stdout, "--block-weeks") || strings.Contains(stdout, "with two studies") {
		t.Errorf("evaluate --help still lists --block-weeks or two studies' --pairs:\n%s", stdout)
	}
}
