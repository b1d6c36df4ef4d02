package ingest

import "testing"

// TestIDWrittenOtherwise: an unknown id that is a known one written as a
// decimal, with other leading zeros in a digit run, or in full-width
// characters, is found with its form; an id that fits none, or fits two
// known ids, is not.
func TestIDWrittenOtherwise(t *testing.T) {
	ids := map[string]bool{"1": true, "007": true, "1000": true, "M01": true, "MO1": true, "B-2-03": true, "X1": true, "X01": true, "42": true}
	known := func(b []byte) bool { return ids[string(b)] }
	for _, c := range []struct {
		id, want string
		form     idForm
	}{
		{"1.0", "1", idFormDecimal},
		{"1.00", "1", idFormDecimal},
		{"1,0", "1", idFormDecimal},
		{"7.0", "007", idFormDecimal}, // a decimal that lost the zeros too
		{"1e3", "1000", idFormDecimal},
		{"1.0e+03", "1000", idFormDecimal},
		{"42.0", "42", idFormDecimal},
		{"M1", "M01", idFormZeros},
		{"M001", "M01", idFormZeros},
		{"0007", "007", idFormZeros},
		{"B-02-3", "B-2-03", idFormZeros},
		{"ＭＯ１", "MO1", idFormWidth},
		{"Ｍ1", "M01", idFormWidth},
		{"１.０", "1", idFormWidth},
		{"1.5", "", idFormNone},
		{"1.", "", idFormNone},
		{".0", "", idFormNone},
		{"X001", "", idFormNone}, // X1 and X01 both fit
		{"M2", "", idFormNone},
		{"zz", "", idFormNone},
		{"1.2e-3", "", idFormNone},
	} {
		t.Run(c.id, func(t *testing.T) {
			got, form := idWrittenOtherwise([]byte(c.id), known)
			if got != c.want || form != c.form {
				t.Errorf("idWrittenOtherwise(%q) = %q, %d; want %q, %d", c.id, got, form, c.want, c.form)
			}
		})
	}
}
