package graph

import "strconv"

// formatFloat writes a float the way every sekat output does: the shortest
// decimal that reads back to the same float64, never an exponent for
// ordinary magnitudes, so outputs are byte-stable and exact.
func formatFloat(x float64) string { return string(AppendFloat(nil, x)) }

// AppendFloat appends x in sekat's output format (see formatFloat).
func AppendFloat(b []byte, x float64) []byte {
	if x == float64(int64(x)) && x < 1e15 && x > -1e15 {
		return strconv.AppendInt(b, int64(x), 10)
	}
	return strconv.AppendFloat(b, x, 'f', -1, 64)
}
