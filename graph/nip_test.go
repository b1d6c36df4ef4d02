package graph

import "testing"

// TestCanonicalIDDropsOnlyANIPsSpaces: a NIP (18 digits), a NIK (16) or
// an old NIP (9) written with spaces loses them, however they group its
// digits, ASCII or no-break; every other id is kept as it is: other
// counts of digits, dots and dashes, letters, an id that is already
// canonical.
func TestCanonicalIDDropsOnlyANIPsSpaces(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"19830101 200501 1 001", "198301012005011001"},
		{"19830101  2005011001", "198301012005011001"},
		{"198301012005011001", "198301012005011001"},
		{"1983 0101 2005 0110 01", "198301012005011001"},
		{"19830101\u00a0200501\u00a01\u00a0001", "198301012005011001"}, // no-break spaces, as a web page writes
		{"19830101\u00a0 200501 1 001", "198301012005011001"},
		{"19830101\u2007200501 1 001", "19830101\u2007200501 1 001"}, // a figure space is not read as one
		{"19830101\xc2200501 1 001", "19830101\xc2200501 1 001"},
		{"19830101 200501 1 0011", "19830101 200501 1 0011"}, // 19 digits
		{"1983 0101", "1983 0101"},
		{"3201 0101 0185 0001", "3201010101850001"}, // a NIK, as a KTP is often copied
		{"320101 010185 0001", "3201010101850001"},
		{"3201\u00a00101\u00a00185\u00a00001", "3201010101850001"},
		{"3201010101850001", "3201010101850001"},
		{"32.01.01.010185.0001", "32.01.01.010185.0001"},
		{"3201 0101 0185 001", "3201 0101 0185 001"},     // 15 digits
		{"3201 0101 0185 00011", "3201 0101 0185 00011"}, // 17 digits
		{"010 234 567", "010234567"},                     // an old NIP
		{"010\u00a0234\u00a0567", "010234567"},
		{"010234567", "010234567"},
		{"010 234 5678", "010 234 5678"}, // 10 digits
		{"010.234.567", "010.234.567"},
		{"NIP 010 234 567", "NIP 010 234 567"},
		{"19830101.200501.1.001", "19830101.200501.1.001"},
		{"19830101-200501-1-001", "19830101-200501-1-001"},
		{"P 0001", "P 0001"},
		{"", ""},
	} {
		if got := CanonicalID(tc.id); got != tc.want {
			t.Errorf("CanonicalID(%q) = %q; want %q", tc.id, got, tc.want)
		}
	}
}

// TestDirectoryNIPSpellingsOnePerson: spells whose person ids are one NIP
// with and without spaces are one person's, found by either spelling (and
// by a third) through Lookup and Place, with the unit of the spell in
// force. Before, the people table's two spellings were two people.
func TestDirectoryNIPSpellingsOnePerson(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}, {ID: "19830101 200501 1 009"}}
	day := int64(86400)
	spells := []Spell{
		{Person: "19830101 200501 1 001", Unit: "U1", To: 10 * day},
		{Person: "198301012005011001", Unit: "U2", From: 10 * day},
		{Person: "199001012015012002", Unit: "U1"},
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.People) != 2 {
		t.Fatalf("%d people; want 2: %+v", len(d.People), d.People)
	}
	for _, id := range []string{"19830101 200501 1 001", "198301012005011001", "198301 01200501 1001"} {
		_, p, ok := d.Lookup([]byte(id))
		if !ok || p < 0 || d.People[p].ID != "198301012005011001" {
			t.Fatalf("Lookup(%q) = %d, %v; want the person 198301012005011001", id, p, ok)
		}
		if n := d.Spells(p); n != 2 {
			t.Errorf("Lookup(%q): %d spells; want 2", id, n)
		}
		for _, at := range []struct {
			t    int64
			unit string
		}{{5 * day, "U1"}, {15 * day, "U2"}} {
			u, pp, ok := d.Place([]byte(id), at.t)
			if !ok || pp != p || d.Units[u].ID != at.unit {
				t.Errorf("Place(%q, day %d) = %s, %d, %v; want %s", id, at.t/day, d.Units[u].ID, pp, ok, at.unit)
			}
		}
	}
	// a unit is found as written, not in a NIP's spelling
	if u, p, ok := d.Lookup([]byte("19830101 200501 1 009")); !ok || p != -1 || d.Units[u].ID != "19830101 200501 1 009" {
		t.Errorf("the unit with a spaced id: %d, %d, %v", u, p, ok)
	}
	if _, _, ok := d.Lookup([]byte("198301012005011009")); ok {
		t.Errorf("a unit's id found without its spaces")
	}
}

// TestDirectoryNIKAndOldNIPSpellingsOnePerson: a NIK and an old NIP
// written with spaces in one spell and without in another are one
// person each, found by either spelling; before, each was two people.
func TestDirectoryNIKAndOldNIPSpellingsOnePerson(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}}
	day := int64(86400)
	spells := []Spell{
		{Person: "3201 0101 0185 0001", Unit: "U1", To: 10 * day},
		{Person: "3201010101850001", Unit: "U2", From: 10 * day},
		{Person: "010234567", Unit: "U1", To: 10 * day},
		{Person: "010\u00a0234\u00a0567", Unit: "U2", From: 10 * day},
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.People) != 2 {
		t.Fatalf("%d people; want 2: %+v", len(d.People), d.People)
	}
	for _, c := range []struct {
		want string
		ids  []string
	}{
		{"3201010101850001", []string{"3201 0101 0185 0001", "3201010101850001", "320101 010185 0001"}},
		{"010234567", []string{"010 234 567", "010234567", "010\u00a0234\u00a0567"}},
	} {
		for _, id := range c.ids {
			_, p, ok := d.Lookup([]byte(id))
			if !ok || p < 0 || d.People[p].ID != c.want {
				t.Fatalf("Lookup(%q) = %d, %v; want the person %s", id, p, ok, c.want)
			}
			if u, pp, ok := d.Place([]byte(id), 15*day); !ok || pp != p || d.Units[u].ID != "U2" {
				t.Errorf("Place(%q, day 15) = %d, %d, %v; want U2", id, u, pp, ok)
			}
		}
	}
}

// TestIsDigitID: the canonical ids whose spaces CanonicalID drops, and
// their kind.
func TestIsDigitID(t *testing.T) {
	for _, c := range []struct {
		id   string
		want bool
		kind string
	}{
		{"198301012005011001", true, "NIP"}, {"3201010101850001", true, "NIK"}, {"010234567", true, "NIP"},
		{"01023456", false, ""}, {"0102345678", false, ""}, {"32010101018500011", false, ""},
		{"3201 0101 0185 0001", false, ""}, {"01023456a", false, ""},
	} {
		if got := IsDigitID(c.id); got != c.want {
			t.Errorf("IsDigitID(%q) = %v; want %v", c.id, got, c.want)
		}
		if c.want && IDKind(c.id) != c.kind {
			t.Errorf("IDKind(%q) = %s; want %s", c.id, IDKind(c.id), c.kind)
		}
	}
}
