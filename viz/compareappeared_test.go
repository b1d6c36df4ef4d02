package viz

import (
	"bytes"
	"html"
	"strings"
	"testing"
)

// TestCompareAppearedShown: compare.html shows, under the verdicts, the
// sentence naming the groups whose ties begin in the after period
// (CompareData.Appeared, made by the command line), which it left out.
func TestCompareAppearedShown(t *testing.T) {
	const said = "For sector sosial, no change is tested: the ties begin in the after period."
	var b bytes.Buffer
	if err := WriteCompare(&b, CompareData{Result: smallComparison(), Lang: "en", Appeared: said}); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(b.String())
	verdicts := page[strings.Index(page, `<section id="kesimpulan">`):strings.Index(page, `<section id="kelompok">`)]
	if !strings.Contains(verdicts, said) {
		t.Errorf("the verdicts section does not show %q:\n%s", said, verdicts)
	}
}
