package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
)

// TestTrendHelpClaims: sekat trend --help claimed a 95% interval for
// every period, which a weekly period (one block) never has, and that
// false alarms "stay rare" without the bound or what it assumes. It now
// says weekly periods have no interval, and gives the run's bound
// (change.RunFalseAlarms) with its null model.
func TestTrendHelpClaims(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"weekly periods have none", "were there no change and the periods independent and normal",
			"at most " + i18n.Decimal("en", "0.05") + " false alarms", "not cut short by the window"}},
		{"id", []string{"periode mingguan tidak memilikinya", "seandainya tidak ada perubahan serta periode saling bebas dan berdistribusi normal",
			"tidak lebih dari " + i18n.Decimal("id", "0.05"), "tidak terpotong oleh jendela waktu"}},
	} {
		code, stdout, stderr := sekat(t, "trend", "--help", "--lang", tc.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", tc.lang, code, stderr)
		}
		help := squash(stdout)
		for _, w := range tc.want {
			if !strings.Contains(help, w) {
				t.Errorf("%s: trend --help does not say %q:\n%s", tc.lang, w, help)
			}
		}
	}
	if change.RunFalseAlarms != 0.05 {
		t.Errorf("change.RunFalseAlarms is %v: the help gives 0.05", change.RunFalseAlarms)
	}
}
