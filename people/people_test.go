package people

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	_ "github.com/sekat-ona/sekat/internal/golden" // go test ./... -update
)

// key7 is the key of 32 bytes 0x07.
func key7(t *testing.T) Key {
	t.Helper()
	k, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, KeyBytes)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestPseudonymAgainstPython checks Pseudonym and ID against Python 3's
// hmac and hashlib (python3 -c: hmac.new(bytes([7])*32, id.encode(),
// hashlib.sha256), first 10 bytes in Crockford base 32; the ID as
// sha256(b"sekat key id\x00" + key)[:16]).
func TestPseudonymAgainstPython(t *testing.T) {
	k := key7(t)
	for id, want := range map[string]string{
		"198509042008102208": "P-G7KG-8YT2-FEE5-KK9N",
		"P-0042":             "P-DNMA-3KKF-XCAQ-WFWW",
	} {
		if got := k.Pseudonym(id); got != want {
			t.Errorf("Pseudonym(%q) = %s, want %s", id, got, want)
		}
	}
	if got, want := k.ID(), "091bed8ab614664b"; got != want {
		t.Errorf("ID() = %s, want %s", got, want)
	}
	other, err := ParseKey(bytes.Repeat([]byte("08"), KeyBytes))
	if err != nil {
		t.Fatal(err)
	}
	if other.Pseudonym("P-0042") == k.Pseudonym("P-0042") || other.ID() == k.ID() {
		t.Error("two keys give one pseudonym or one ID")
	}
	back, err := ParseKey(k.Text())
	if err != nil || back.Pseudonym("x") != k.Pseudonym("x") {
		t.Errorf("ParseKey(Text()) = %v, %v: not the same key", back, err)
	}
}

// TestPseudonymOneForEveryNIPSpelling: a NIP has one pseudonym, the
// Python reference's of its digits (TestPseudonymAgainstPython), whether
// an export wrote it with spaces or without: HR following a pseudonym from
// a year whose people table spaced the NIPs to one that did not lost it.
// So has a NIK or an old NIP. Ids that are not NIPs keep their own.
func TestPseudonymOneForEveryNIPSpelling(t *testing.T) {
	k := key7(t)
	for _, id := range []string{"198509042008102208", "19850904 200810 2 208", "19850904 2008102208"} {
		if got, want := k.Pseudonym(id), "P-G7KG-8YT2-FEE5-KK9N"; got != want {
			t.Errorf("Pseudonym(%q) = %s, want %s", id, got, want)
		}
	}
	// a NIK (16 digits) and an old NIP (9) likewise
	for _, ids := range [][]string{
		{"3201010101850001", "3201 0101 0185 0001", "320101 010185 0001", "3201\u00a00101\u00a00185\u00a00001"},
		{"010234567", "010 234 567", "010\u00a0234\u00a0567"},
	} {
		for _, id := range ids[1:] {
			if got, want := k.Pseudonym(id), k.Pseudonym(ids[0]); got != want {
				t.Errorf("Pseudonym(%q) = %s; Pseudonym(%q) = %s: want one", id, got, ids[0], want)
			}
		}
	}
	if k.Pseudonym("P 0042") == k.Pseudonym("P0042") {
		t.Error(`"P 0042" and "P0042", not NIPs, share a pseudonym`)
	}
}

// TestKeyFile: CreateKeyFile writes a file only its owner may read, which
// LoadKeyFile reads back; it never overwrites one; LoadKeyFile refuses a
// file others can read and one that is not a key.
func TestKeyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cfg", "sekat", "key")
	k, err := CreateKeyFile(path, bytes.NewReader(bytes.Repeat([]byte{7}, KeyBytes)))
	if err != nil {
		t.Fatal(err)
	}
	back, err := LoadKeyFile(path)
	if err != nil || back.ID() != k.ID() {
		t.Fatalf("LoadKeyFile = %v, %v; want key %s", back.ID(), err, k.ID())
	}
	if _, err := CreateKeyFile(path, bytes.NewReader(bytes.Repeat([]byte{8}, KeyBytes))); err == nil {
		t.Error("CreateKeyFile overwrote a key")
	}
	if runtime.GOOS != "windows" {
		if err := os.Chmod(path, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadKeyFile(path); err == nil {
			t.Error("LoadKeyFile read a key others can read")
		}
	}
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeyFile(bad); err == nil {
		t.Error("LoadKeyFile read a file that holds no key")
	}
}

// FuzzParseKey: the key file (and SEKAT_KEY) is an input: ParseKey never
// panics, and a key it accepts writes itself back as it reads.
func FuzzParseKey(f *testing.F) {
	f.Add([]byte("0707070707070707070707070707070707070707070707070707070707070707\n"))
	f.Add([]byte("  zz "))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := ParseKey(b)
		if err != nil {
			return
		}
		if !k.Valid() {
			t.Fatal("accepted key is not valid")
		}
		k2, err := ParseKey(k.Text())
		if err != nil || k2.ID() != k.ID() {
			t.Fatalf("key does not read back: %v", err)
		}
	})
}

// TestMinGroupOnlyUp: the threshold is 5 by default and may be raised,
// never lowered.
func TestMinGroupOnlyUp(t *testing.T) {
	for _, c := range []struct {
		in, want int
		ok       bool
	}{{0, 5, true}, {5, 5, true}, {12, 12, true}, {4, 0, false}, {1, 0, false}, {-3, 0, false}} {
		got, err := MinGroup(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("MinGroup(%d) = %d, %v; want %d (ok %v)", c.in, got, err, c.want, c.ok)
		}
	}
}

// TestComplementDefeatsSubtraction draws 2,000 random tables of cell sizes
// and checks what Complement hides: every cell below k, and with them
// enough cells that the total less the shown cells (the one figure a
// reader can subtract their way to) is 0 or at least k. It also checks a
// table by hand: sizes 3, 6, 20 with k 5 hide 3 and 6 (3 alone could be
// recovered as the total 29 less 6 and 20).
func TestComplementDefeatsSubtraction(t *testing.T) {
	got := Complement([]int{3, 6, 20}, 5)
	if want := []bool{true, true, false}; !equalBools(got, want) {
		t.Errorf("Complement(3, 6, 20; 5) = %v, want %v", got, want)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		k := 5 + r.IntN(6)
		sizes := make([]int, 1+r.IntN(8))
		for i := range sizes {
			sizes[i] = r.IntN(25)
		}
		hide := Complement(sizes, k)
		rest := 0
		for i, h := range hide {
			if sizes[i] < k && !h {
				t.Fatalf("sizes %v k %d: cell %d of %d shown", sizes, k, i, sizes[i])
			}
			if h {
				rest += sizes[i]
			}
		}
		if rest != 0 && rest < k && !allTrue(hide) {
			t.Fatalf("sizes %v k %d hide %v: the total less the shown cells is %d", sizes, k, hide, rest)
		}
	}
}

func equalBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func allTrue(b []bool) bool {
	for _, x := range b {
		if !x {
			return false
		}
	}
	return true
}

// TestPseudonymizeNamesNobody: a pseudonymous copy of a person network has
// no person id, name or position left, keeps the unit nodes' ids, and
// orders the people by unit, then by pseudonym (not by id, which would let
// a holder of the people table match rows).
func TestPseudonymizeNamesNobody(t *testing.T) {
	nodes := []graph.Node{
		{ID: "198001012005011001", Name: "Ani", Position: "Analis", Kind: graph.KindPerson, Unit: "U1", Sector: "s"},
		{ID: "198101012005011002", Name: "Budi", Position: "Camat", Kind: graph.KindPerson, Unit: "U2", Sector: "s"},
		{ID: "198201012005011003", Name: "Citra", Position: "Staf", Kind: graph.KindPerson, Unit: "U2", Sector: "s"},
		{ID: "U9", Name: "Kantor", Kind: graph.KindUnit, Unit: "U9", Sector: "s"},
	}
	edges := []graph.Edge{{From: 0, To: 1, Weight: 1}, {From: 2, To: 3, Weight: 2}}
	n := graph.NewNetwork(graph.PersonLevel, nodes, edges, make([]graph.Counts, len(nodes)), graph.Window{}, graph.LayerWeights{})
	k := key7(t)
	p, err := Pseudonymize(n, k, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, nd := range p.Nodes {
		if nd.Kind == graph.KindUnit {
			if nd.ID != "U9" || i != len(p.Nodes)-1 {
				t.Errorf("unit node %d is %q, want U9 last", i, nd.ID)
			}
			continue
		}
		if nd.Name != "" || nd.Position != "" || len(nd.ID) != len("P-XXXX-XXXX-XXXX-XXXX") || nd.ID[:2] != "P-" {
			t.Errorf("node %d still names someone: %+v", i, nd)
		}
		if prev := p.Nodes[max(i-1, 0)]; i > 0 && (prev.Unit > nd.Unit || prev.Unit == nd.Unit && prev.ID >= nd.ID) {
			t.Errorf("people not in order of unit, then pseudonym: %s %s before %s %s", prev.Unit, prev.ID, nd.Unit, nd.ID)
		}
	}
	var w float64
	for _, e := range p.Edges {
		if p.Nodes[e.To].ID == "U9" {
			w = e.Weight
			if p.Nodes[e.From].ID != k.Pseudonym("198201012005011003") {
				t.Errorf("the tie to U9 comes from %s, want Citra's pseudonym", p.Nodes[e.From].ID)
			}
		}
	}
	if w != 2 {
		t.Errorf("the tie to U9 weighs %g, want 2", w)
	}
}

// TestPseudonymizeHidesWithheldGroups: the people of the units and
// sectors the minimum group size withholds come first, in one run in
// pseudonym order, and their offices first among the unit nodes in keyed
// order. Before, people were ordered by their real unit, so the rows of
// people.csv, edges.csv and silos.csv fell into runs of ascending
// pseudonyms, one per withheld unit, which told each unit's size and
// members; and the offices' stand-ins *1, *2, ... followed the order of
// the unit names audit.json lists (a review matched every run and every
// stand-in to its unit).
func TestPseudonymizeHidesWithheldGroups(t *testing.T) {
	var nodes []graph.Node
	add := func(unit, sector string, people int) {
		for i := 0; i < people; i++ {
			nodes = append(nodes, graph.Node{ID: fmt.Sprintf("%s-%02d", unit, i), Kind: graph.KindPerson, Unit: unit, Sector: sector})
		}
	}
	// A1 (1 person) and B1 (3) are too small; B2 (2) is withheld beside
	// B1 so that sector b's total does not give B1 away
	add("A1", "a", 1)
	add("A2", "a", 6)
	add("B1", "b", 3)
	add("B2", "b", 2)
	add("B3", "b", 7)
	add("C1", "c", 6)
	for _, u := range []string{"A1", "A2", "B1", "B2", "B3", "C1"} {
		nodes = append(nodes, graph.Node{ID: u, Kind: graph.KindUnit, Unit: u, Sector: strings.ToLower(u[:1])})
	}
	n := graph.NewNetwork(graph.PersonLevel, nodes, nil, make([]graph.Counts, len(nodes)), graph.Window{}, graph.LayerWeights{})
	plan, err := PlanFor(n, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Units["A1"] || !plan.Units["B1"] {
		t.Fatalf("plan %+v: want A1 and B1 withheld", plan.Units)
	}
	hidden := func(nd graph.Node) bool { return plan.Units[nd.Unit] || plan.Sectors[nd.Sector] }
	for _, seed := range []byte{7, 8, 9} {
		k, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{seed}, KeyBytes)))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Pseudonymize(n, k, 5)
		if err != nil {
			t.Fatal(err)
		}
		var run []string
		var offices []string
		for i, nd := range p.Nodes {
			if nd.Kind == graph.KindUnit {
				if hidden(nd) {
					offices = append(offices, nd.ID)
				}
				continue
			}
			if hidden(nd) {
				if len(run) != i {
					t.Fatalf("seed %d: a withheld person at row %d after others", seed, i)
				}
				run = append(run, nd.ID)
			}
		}
		if !sort.StringsAreSorted(run) {
			t.Errorf("seed %d: the withheld people are not in one run of pseudonym order: %v", seed, run)
		}
		want := slices.Clone(offices)
		sort.Slice(want, func(a, b int) bool { return k.Pseudonym("office\x00"+want[a]) < k.Pseudonym("office\x00"+want[b]) })
		if !slices.Equal(offices, want) {
			t.Errorf("seed %d: the withheld offices come in the order %v, want the keyed order %v", seed, offices, want)
		}
		var first []string
		for _, nd := range p.Nodes {
			if nd.Kind == graph.KindUnit {
				first = append(first, nd.ID)
			}
		}
		if !slices.Equal(first[:len(offices)], offices) {
			t.Errorf("seed %d: unit nodes %v, want the withheld offices first", seed, first)
		}
	}
}

// TestParseKeyBOM: a key file saved by Notepad on Windows (a UTF-8 byte
// order mark, CRLF) holds the key; it was refused as 67 characters that
// are not a key.
func TestParseKeyBOM(t *testing.T) {
	k, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, KeyBytes)))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(k.Text()))
	for _, in := range []string{"\ufeff" + text + "\r\n", " \ufeff" + text, "\ufeff " + text + "\n"} {
		back, err := ParseKey([]byte(in))
		if err != nil || back.ID() != k.ID() {
			t.Errorf("%q: %v, %v; want the key", in, back, err)
		}
	}
	if _, err := ParseKey([]byte("\ufeff\ufeff" + text)); err == nil {
		t.Error("two marks read as a key")
	}
}

// TestHiddenIsKindHidden: the label of a withheld unit or sector is the
// way graph.KindHidden is written, which i18n reads in a result to tell
// that sectors were withheld (and so that Holm's family holds tests not
// shown).
func TestHiddenIsKindHidden(t *testing.T) {
	if got, want := Hidden, graph.KindHidden.String(); got != want {
		t.Errorf("Hidden = %q, graph.KindHidden is written %q", got, want)
	}
}
