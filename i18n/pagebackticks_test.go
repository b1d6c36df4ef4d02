package i18n

import (
	"strings"
	"testing"
)

// TestPageTextsNoBackticks: the texts of the report's pages (viz.*,
// brief.*) name a command as the other sentences there do ("sekat analyze
// --level person"), without Markdown's backticks, which the page printed
// as they are: "(`sekat analyze` also records them in summary.json ...)"
// under the warnings of the method page, seen on the report of a
// generated kabupaten study (seed 1168) in headless Chromium.
func TestPageTextsNoBackticks(t *testing.T) {
	for lang, cat := range map[string]map[string]string{"id": id, "en": en} {
		for k, s := range cat {
			if (strings.HasPrefix(k, "viz.") || strings.HasPrefix(k, "brief.")) && strings.Contains(s, "`") {
				t.Errorf("%s %s writes a backtick on the page: %q", lang, k, s)
			}
		}
	}
}
