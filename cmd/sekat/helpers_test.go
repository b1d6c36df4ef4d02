package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// readCSV reads a CSV output of sekat as maps from column to value.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	return clitest.ReadCSV(t, path)
}

// squash folds runs of white space to one space, as a reader sees text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
