package i18n

import (
	"strconv"
	"strings"
	"testing"
)

// TestNumberRoundsHalfUp: a number is rounded as a reader rounds, a half
// away from zero, from the digits the output files write. strconv
// rounds half to even on the binary value: a cross-sector weight of 34.5
// (three meetings of three people beside 33 letters), 34.5 in
// facilitators.csv, read 34 on the page and in its reason.
func TestNumberRoundsHalfUp(t *testing.T) {
	for _, tc := range []struct {
		x      float64
		d      int
		id, en string
	}{
		{34.5, 0, "35", "35"},
		{35.5, 0, "36", "36"},
		{0.5, 0, "1", "1"},
		{-34.5, 0, "-35", "-35"},
		{18.25, 1, "18,3", "18.3"},
		{0.125, 2, "0,13", "0.13"},
		{2.675, 2, "2,68", "2.68"}, // 2.67499999999999982 in binary, 2.675 as written
		{34.4999999999999, 0, "34", "34"},
		{34.49999999999999, 0, "35", "35"},        // 34.5 as written
		{1059.5000000000002, 0, "1.060", "1,060"}, // 1059.5 as written
		{999.95, 1, "1.000,0", "1,000.0"},
		{0.004, 2, "0,00", "0.00"},
		{-0.005, 2, "-0,01", "-0.01"},
		{0.0004, 0, "0", "0"},
		{99.5, 0, "100", "100"},
		{1234567.5, 0, "1.234.568", "1,234,568"},
		{0, 2, "0,00", "0.00"},
		{1e20, 0, "100000000000000000000", "100000000000000000000"},
		{123456789012345678, 0, "123.456.789.012.346.000", "123,456,789,012,346,000"}, // 15 digits, as written
	} {
		if got := Number("id", tc.x, tc.d); got != tc.id {
			t.Errorf("Number(id, %v, %d) = %q, want %q (strconv: %s)", tc.x, tc.d, got, tc.id, strconv.FormatFloat(tc.x, 'f', tc.d, 64))
		}
		if got := Number("en", tc.x, tc.d); got != tc.en {
			t.Errorf("Number(en, %v, %d) = %q, want %q", tc.x, tc.d, got, tc.en)
		}
	}
}

// TestFacilitatorReasonRoundsHalfUp: the reason of facilitators.csv and
// the page rounds as Number does: a weight of 34.5 read 34 and a unit
// share of 12.5% read 12%.
func TestFacilitatorReasonRoundsHalfUp(t *testing.T) {
	f := FacilitatorFacts{Reach: 1, OtherSectors: 3, ReachWeight: 5, Weight: 34.5, Rank: 1, Overloaded: true, UnitShare: 0.125}
	for lang, want := range map[string][]string{"id": {"Bobot ikatan lintas sektor 35;", "13%"}, "en": {"Cross-sector tie weight 35;", "13%"}} {
		got := FacilitatorReason(lang, f)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", lang, got, w)
			}
		}
	}
}

// TestSignificantRoundsHalfUp: the tie weights of a map's tooltips
// (Significant) round as Number does, and keep n digits when the half
// carries: 9.995 (9.99499999999999922 in binary) with three digits read
// 10,00, its digits counted on strconv's rounding and written by Number's.
func TestSignificantRoundsHalfUp(t *testing.T) {
	for _, tc := range []struct {
		x      float64
		n      int
		id, en string
	}{
		{12.25, 3, "12,3", "12.3"},
		{0.3125, 3, "0,313", "0.313"},
		{9.995, 3, "10", "10"},
		{12345.5, 4, "12.346", "12,346"},
	} {
		if got := Significant("id", tc.x, tc.n); got != tc.id {
			t.Errorf("Significant(id, %v, %d) = %q, want %q", tc.x, tc.n, got, tc.id)
		}
		if got := Significant("en", tc.x, tc.n); got != tc.en {
			t.Errorf("Significant(en, %v, %d) = %q, want %q", tc.x, tc.n, got, tc.en)
		}
	}
}

// TestFacilitatorReasonShareReadsAbove: the unit share of an overloaded
// person reads above the rule's 30%: a share of 0.3004 read "30%" beside
// the definition "more than 30% of the unit's cross-unit ties"; it reads
// 30,04%, and a share of 0.36 still 36%.
func TestFacilitatorReasonShareReadsAbove(t *testing.T) {
	for _, tc := range []struct {
		share  float64
		id, en string
	}{
		{0.3004, "30,04%", "30.04%"},
		{0.3051, "31%", "31%"},
		{0.304, "30,4%", "30.4%"},
		{0.36, "36%", "36%"},
	} {
		f := FacilitatorFacts{Reach: 1, OtherSectors: 3, ReachWeight: 5, Weight: 40, Rank: 1, Overloaded: true, UnitShare: tc.share, OverloadShare: 0.3}
		for lang, want := range map[string]string{"id": tc.id, "en": tc.en} {
			if got := FacilitatorReason(lang, f); !strings.Contains(got, " "+want+" ") {
				t.Errorf("%s, share %v: %q lacks %q", lang, tc.share, got, want)
			}
		}
	}
}
