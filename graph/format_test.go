package graph

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestAppendFloat: units.csv of `sekat generate --preset hostile --format
// csv-semicolon --gzip --seed 11 --pilot --reorg` analysed said BAPENDA's
// out_strength was 1059.5000000000002 and edges.csv had weights such as
// 23.000000000000007: Newman's meeting weights 1/(k-1) added up in floating
// point. Written with 15 significant digits they are 1059.5 and 23; whole
// numbers stay whole, no magnitude gets an exponent.
func TestAppendFloat(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want string
	}{
		{1059.5000000000002, "1059.5"}, // BAPENDA's out_strength, hostile seed 11
		{23.000000000000007, "23"},     // an edge weight of the same study
		{3770.000000000003, "3770"},    // summary.json's meetings total there
		{0.1 + 0.2, "0.3"},
		{0.4714646464646465, "0.471464646464646"},
		{-0.033363781763289885, "-0.0333637817632899"},
		{0.00022722108611679165, "0.000227221086116792"},
		{1.5e-7, "0.00000015"},
		{1000000, "1000000"},
		{123456789012, "123456789012"},
		{1e15, "1000000000000000"},
		{1e20, "100000000000000000000"},
		{-2.5, "-2.5"},
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{1, "1"},
		{-7, "-7"},
		{0.5, "0.5"},
		{99.99999999999999, "100"},
		{123.456, "123.456"},
	} {
		if got := string(AppendFloat(nil, c.x)); got != c.want {
			t.Errorf("AppendFloat(%v) = %s, want %s", c.x, got, c.want)
		}
	}
}

// TestAppendFloatReadsBack: what AppendFloat writes reads back to
// Round(x), and writing that again gives the same text (a file read and
// written again keeps its bytes); the text has at most 15 significant
// digits and no exponent; Round agrees with 'g' at 15 digits.
func TestAppendFloatReadsBack(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	xs := []float64{math.MaxFloat32, math.SmallestNonzeroFloat32, 1e-300, 1e300, 1.0000000000000002, 0.9999999999999999}
	for range 20000 {
		xs = append(xs, r.Float64(), r.NormFloat64()*1e6, float64(r.IntN(1<<20))/float64(1+r.IntN(97)), math.Ldexp(r.Float64(), r.IntN(200)-100))
	}
	for _, x := range xs {
		s := string(AppendFloat(nil, x))
		if strings.ContainsAny(s, "eE") {
			t.Fatalf("AppendFloat(%v) = %s has an exponent", x, s)
		}
		y, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("AppendFloat(%v) = %s: %v", x, s, err)
		}
		if y != Round(x) {
			t.Fatalf("AppendFloat(%v) = %s reads back %v, Round gives %v", x, s, y, Round(x))
		}
		if again := string(AppendFloat(nil, y)); again != s {
			t.Fatalf("AppendFloat(%v) = %s, written again %s", x, s, again)
		}
		if n := significant(s); n > Digits {
			t.Fatalf("AppendFloat(%v) = %s has %d significant digits", x, s, n)
		}
		if g, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', Digits, 64), 64); g != Round(x) {
			t.Fatalf("Round(%v) = %v, 'g' at %d digits %v", x, Round(x), Digits, g)
		}
		if math.Abs(Round(x)-x) > 5.3e-15*math.Abs(x) { // half a unit of the 15th digit and of the last bit
			t.Fatalf("Round(%v) = %v is farther than 15 digits allow", x, Round(x))
		}
	}
}

// significant counts the significant digits of a decimal without
// exponent, trailing zeros of a whole number not counted.
func significant(s string) int {
	s = strings.TrimLeft(strings.TrimPrefix(s, "-"), "0.")
	if !strings.Contains(s, ".") {
		s = strings.TrimRight(s, "0")
	}
	return len(strings.ReplaceAll(s, ".", ""))
}
