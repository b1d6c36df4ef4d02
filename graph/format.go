package graph

import (
	"math"
	"strconv"
)

// Digits is the number of significant digits sekat writes a float with:
// 15, the most that every float64 keeps (a decimal of 15 significant
// digits reads back to a float64 that prints as the same 15 digits), and
// what a spreadsheet shows of a double and R's write.csv writes. The last
// one or two digits of a float64's shortest form are, for a sum, rounding
// noise: Newman's meeting weights 1/(k-1) add up to 1059.5000000000002
// where the sum is 1059.5. At 15 digits they read 1059.5.
const Digits = 15

// formatFloat writes a float the way every sekat output does (AppendFloat).
func formatFloat(x float64) string { return string(AppendFloat(nil, x)) }

// AppendFloat appends x in sekat's output format: rounded to Digits
// significant digits, trailing zeros dropped, in plain decimal notation
// whatever the magnitude (1000000, never 1e+06; 0.0000123, never
// 1.23e-05), a whole number without a decimal point, -0 as 0. What it
// writes reads back to Round(x), and Round(x) is written the same, so a
// file read and written again keeps its bytes. NaN and infinities are
// written as strconv writes them; sekat's writers leave them out before.
func AppendFloat(b []byte, x float64) []byte {
	if x == 0 {
		return append(b, '0')
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	}
	// d.dddddddddddddde±XX: the Digits significant digits, correctly
	// rounded, and the decimal exponent.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], x, 'e', Digits-1, 64)
	if e[0] == '-' {
		b = append(b, '-')
		e = e[1:]
	}
	at := 0
	for at < len(e) && e[at] != 'e' {
		at++
	}
	exp, _ := strconv.Atoi(string(e[at+1:]))
	digits := make([]byte, 0, Digits)
	digits = append(digits, e[0])
	digits = append(digits, e[2:at]...)
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	if exp < 0 {
		b = append(b, '0', '.')
		for range -exp - 1 {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	if exp+1 >= len(digits) {
		b = append(b, digits...)
		for range exp + 1 - len(digits) {
			b = append(b, '0')
		}
		return b
	}
	b = append(b, digits[:exp+1]...)
	b = append(b, '.')
	return append(b, digits[exp+1:]...)
}

// Round is x as sekat's outputs hold it: the float64 nearest to x rounded
// to Digits significant digits, what AppendFloat's text reads back to.
// The Parquet twins hold it, so that they and the CSV files carry the
// same numbers. -0 is 0; NaN and infinities are returned as they are.
func Round(x float64) float64 {
	if x == 0 {
		return 0
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	var buf [32]byte
	y, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], x, 'e', Digits-1, 64)), 64)
	if err != nil {
		return x
	}
	return y
}
