package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParquetFooterBytesGrouped: a Parquet file whose footer claims more
// bytes than the file holds (2,885,681,152 in a file of 12) is named with
// the byte counts grouped by thousands as each language writes them: in
// English the message is the detail itself ("2,885,681,152"); in Bahasa
// Indonesia the worded message keeps the English technical detail under
// it, with the counts grouped the Indonesian way ("2.885.681.152"), since
// "2,885,681,152" reads there as a decimal fraction. Both printed
// "2885681152".
func TestParquetFooterBytesGrouped(t *testing.T) {
	study := handCopy(t, nil, nil)
	if err := os.Remove(filepath.Join(study, "units.csv")); err != nil {
		t.Fatal(err)
	}
	writeStudyFile(t, study, "units.parquet", []byte("PAR1\x00\x00\x00\xacPAR1"))
	for lang, want := range map[string]string{
		"en": "footer of 2,885,681,152 bytes in a file of 12 bytes",
		"id": "footer of 2.885.681.152 bytes in a file of 12 bytes",
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, "units.parquet") || !strings.Contains(stderr, want) || strings.Contains(stderr, "2885681152") {
			t.Errorf("%s: exit %d, want the file and %q on stderr:\n%s", lang, code, want, stderr)
		}
	}
}
