package graph

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"
)

// TestIDTableAgainstMap: the id table answers as a Go map does, for short
// keys held in their slots, long keys in the arena, keys that share a
// prefix, the empty key and keys that are not there.
func TestIDTableAgainstMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			want := map[string]int32{}
			var keys []string
			for len(keys) < n {
				var k string
				switch r.IntN(4) {
				case 0:
					k = fmt.Sprintf("P%05d", r.IntN(100000))
				case 1:
					k = fmt.Sprintf("%018d", r.Int64N(1e18)) // a NIP
				case 2:
					k = strings.Repeat("x", idInline) + fmt.Sprint(r.IntN(1000)) // longer than a slot holds
				default:
					k = strings.Repeat("y", r.IntN(idInline+1))
				}
				if _, ok := want[k]; !ok {
					keys = append(keys, k)
				}
				want[k] = int32(len(keys))
			}
			tb := newIDTable(len(keys))
			for _, k := range keys {
				if !tb.put(k, 0, 0) {
					t.Fatalf("put(%q) found it before it was added", k)
				}
			}
			for _, k := range keys {
				if tb.put(k, want[k], -want[k]) {
					t.Fatalf("put(%q) again said new", k)
				}
			}
			for _, k := range keys {
				if got, ok := tb.get([]byte(k)); !ok || got != want[k] {
					t.Fatalf("get(%q) = %d, %v; want %d, true", k, got, ok, want[k])
				}
				if s := tb.slot([]byte(k)); k != "" && (s == nil || s.aux != -want[k]) {
					t.Fatalf("slot(%q) = %+v; want aux %d", k, s, -want[k])
				}
			}
			for i := 0; i < 2000; i++ {
				k := fmt.Sprintf("Q%d", i)
				if i%2 == 0 {
					k = strings.Repeat("x", idInline) + fmt.Sprint(1000+i)
				}
				if i == 0 {
					k = ""
				}
				_, inMap := want[k]
				if _, ok := tb.get([]byte(k)); ok != inMap {
					t.Fatalf("get(%q) found = %v, map says %v", k, ok, inMap)
				}
			}
		})
	}
}

// TestIDSlotSize: a slot is 32 bytes, so that none straddles two cache
// lines; a field added to it must take the room of another.
func TestIDSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(idSlot{}); n != 32 {
		t.Fatalf("idSlot is %d bytes, want 32", n)
	}
}

// TestPlaceAsLookupAndUnitAt: Place gives what Lookup then UnitAt give,
// for units, unknown ids, people with one open spell, one closed or
// half-open spell, and several spells, at times around their bounds.
func TestPlaceAsLookupAndUnitAt(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}, {ID: "U3"}}
	day := int64(86400)
	spells := []Spell{
		{Person: "open", Unit: "U2"},
		{Person: "from", Unit: "U3", From: 10 * day},
		{Person: "to", Unit: "U1", To: 20 * day},
		{Person: "both", Unit: "U2", From: 10 * day, To: 20 * day},
		{Person: "moves", Unit: "U1", To: 15 * day},
		{Person: "moves", Unit: "U3", From: 15 * day},
		{Person: "twice", Unit: "U1"},
		{Person: "twice", Unit: "U2", From: 12 * day},
		{Person: strings.Repeat("long", 10), Unit: "U3"},
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"U1", "U3", "nobody", "", "open", "from", "to", "both", "moves", "twice", strings.Repeat("long", 10), strings.Repeat("long", 9)}
	for _, id := range ids {
		for _, at := range []int64{0, 5 * day, 10*day - 1, 10 * day, 12 * day, 15*day - 1, 15 * day, 20*day - 1, 20 * day, 400 * day} {
			u, p, ok := d.Lookup([]byte(id))
			if ok && p >= 0 {
				u, ok = d.UnitAt(p, at)
			}
			gu, gp, gok := d.Place([]byte(id), at)
			if gok != ok || ok && (gu != u || gp != p) {
				t.Errorf("Place(%q, day %d) = %d, %d, %v; Lookup and UnitAt give %d, %d, %v", id, at/day, gu, gp, gok, u, p, ok)
			}
		}
	}
}

// benchDirectory makes a directory of 40 units and people people with
// 18-digit ids (like NIPs), and the ids to look up in a random order.
func benchDirectory(b *testing.B, people int) (*Directory, [][]byte) {
	b.Helper()
	units := make([]Node, 40)
	for i := range units {
		units[i] = Node{ID: fmt.Sprintf("U%02d", i)}
	}
	spells := make([]Spell, people)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range spells {
		spells[i] = Spell{Person: fmt.Sprintf("19%08d%08d", r.IntN(1e8), i), Unit: units[i%40].ID}
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		b.Fatal(err)
	}
	ids := make([][]byte, 1<<20)
	for i := range ids {
		ids[i] = []byte(spells[r.IntN(people)].Person)
	}
	return d, ids
}

func benchLookup(b *testing.B, people int) {
	d, ids := benchDirectory(b, people)
	b.ReportAllocs()
	b.ResetTimer()
	var found int
	for i := 0; i < b.N; i++ {
		if _, p, ok := d.Lookup(ids[i&(len(ids)-1)]); ok && p >= 0 {
			found++
		}
	}
	if found != b.N {
		b.Fatalf("found %d of %d", found, b.N)
	}
}

// BenchmarkDirectoryLookup_3k and _1M look up people's ids in random
// order: the kabupaten's size, where the table fits in the caches, and the
// nasional preset's, where each lookup is a cache miss.
func BenchmarkDirectoryLookup_3k(b *testing.B) { benchLookup(b, 3000) }
func BenchmarkDirectoryLookup_1M(b *testing.B) { benchLookup(b, 1_000_000) }

// BenchmarkIDLookup compares, in one process on the same keys, the id
// table against the Go map of strings it replaced: 1M 18-digit ids looked
// up in random order. Run with -count 6 and compare with
// benchstat -col /impl.
func BenchmarkIDLookup(b *testing.B) {
	const n = 1_000_000
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]string, n)
	m := make(map[string]int32, n)
	tb := newIDTable(n)
	for i := range keys {
		keys[i] = fmt.Sprintf("19%08d%08d", r.IntN(1e8), i)
		m[keys[i]] = int32(i)
		tb.put(keys[i], int32(i), -1)
	}
	ids := make([][]byte, 1<<20)
	for i := range ids {
		ids[i] = []byte(keys[r.IntN(n)])
	}
	b.Run("impl=map", func(b *testing.B) {
		var sum int64
		for i := 0; i < b.N; i++ {
			sum += int64(m[string(ids[i&(len(ids)-1)])])
		}
		if sum < 0 {
			b.Fatal("negative sum")
		}
	})
	b.Run("impl=table", func(b *testing.B) {
		var sum int64
		for i := 0; i < b.N; i++ {
			v, _ := tb.get(ids[i&(len(ids)-1)])
			sum += int64(v)
		}
		if sum < 0 {
			b.Fatal("negative sum")
		}
	})
}

// TestIDHashEveryByte: the inline hash reads every byte of keys of each
// length it serves (and maphash those beyond): changing any one byte of a
// key changes its hash. A word read wrongly (a byte left out where the
// overlapping words meet) fails here.
func TestIDHashEveryByte(t *testing.T) {
	tb := newIDTable(1)
	for n := 1; n <= idHashInline+8; n++ {
		key := []byte(strings.Repeat("7", n))
		h := tb.hash(key)
		for i := range key {
			for _, c := range []byte{'8', 0, 0xff} {
				k := append([]byte(nil), key...)
				k[i] = c
				if tb.hash(k) == h {
					t.Fatalf("length %d: byte %d set to %#x leaves the hash as it was", n, i, c)
				}
			}
		}
	}
}

// TestIDEqualEveryByte: a slot's key equals only itself, at every length
// the slot holds and beyond: a key that differs from it in any one byte,
// or is one byte shorter or longer, is not equal (equal compares short
// keys as overlapping words; a word that left a byte out passes here
// only when that byte is never compared).
func TestIDEqualEveryByte(t *testing.T) {
	for n := 1; n <= idInline+6; n++ {
		tb := newIDTable(1)
		key := []byte(strings.Repeat("7", n))
		tb.put(string(key), 1, -1)
		s := tb.slot(key)
		if s == nil || !tb.equal(s, key) {
			t.Fatalf("length %d: the key is not found equal to itself", n)
		}
		for i := range key {
			for _, c := range []byte{'8', 0, 0xff} {
				k := append([]byte(nil), key...)
				k[i] = c
				if tb.equal(s, k) {
					t.Fatalf("length %d: byte %d set to %#x is still equal", n, i, c)
				}
			}
		}
		if tb.equal(s, key[:n-1]) || tb.equal(s, append(append([]byte(nil), key...), '7')) {
			t.Fatalf("length %d: a key a byte shorter or longer is equal", n)
		}
	}
}

// TestIDHashSpread: ids as organisations write them (sequential codes,
// sequential NIPs, ids of one to three bytes) spread over a table as
// random keys would: no key sits more than 40 slots past where its
// search starts (linear probing at a quarter full has runs of a few
// slots; a hash that clumped sequential ids would have runs of hundreds).
func TestIDHashSpread(t *testing.T) {
	forms := map[string]func(i int) string{
		"code": func(i int) string { return fmt.Sprintf("P%05d", i) },
		"nip":  func(i int) string { return fmt.Sprintf("1985%02d%02d2010%02d1%03d", i%12+1, i%28+1, i%12+1, i%1000) },
		"num":  func(i int) string { return fmt.Sprint(i) },
		"long": func(i int) string { return fmt.Sprintf("unit-%030d", i) },
	}
	for name, form := range forms {
		tb := newIDTable(20000)
		seen := map[string]bool{}
		for i := 0; i < 20000; i++ {
			if k := form(i); !seen[k] {
				seen[k] = true
				tb.put(k, int32(i), 0)
			}
		}
		worst := 0
		for k := range seen {
			s := tb.slot([]byte(k))
			i := tb.start(tb.hash([]byte(k)))
			d := (int(uintptr(unsafe.Pointer(s))-uintptr(unsafe.Pointer(&tb.slots[0])))/int(unsafe.Sizeof(idSlot{})) - i + len(tb.slots)) % len(tb.slots)
			worst = max(worst, d)
		}
		if worst > 40 {
			t.Errorf("%s: %d keys, a key sits %d slots past its start", name, len(seen), worst)
		}
	}
}

// TestUnitInAtTheWindowsLastMoment: a person's unit for a window is the
// unit in force at the last moment of the window one of their spells
// covers. Someone whose acting post (Plt) in another unit ended before the
// window did was shown in that unit (the spell with the latest start):
// listed by sekat facilitators under DISHUB while back in DPUPR since
// September.
func TestUnitInAtTheWindowsLastMoment(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}, {ID: "U3"}}
	day := int64(86400)
	spells := []Spell{
		{Person: "plt", Unit: "U1"},
		{Person: "plt", Unit: "U2", From: 10 * day, To: 20 * day},
		{Person: "moves", Unit: "U1", To: 15 * day},
		{Person: "moves", Unit: "U3", From: 15 * day},
		{Person: "unended", Unit: "U1"},
		{Person: "unended", Unit: "U2", From: 12 * day},
		{Person: "left", Unit: "U3", To: 5 * day},
		{Person: "left", Unit: "U2", From: 3 * day, To: 8 * day},
		{Person: "together", Unit: "U1", To: 15 * day},
		{Person: "together", Unit: "U2"},
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		person   string
		from, to int64
		want     string
		ok       bool
	}{
		{"plt", 0, 30 * day, "U1", true},
		{"plt", 0, 0, "U1", true},
		{"plt", 0, 15 * day, "U2", true},
		{"plt", 12 * day, 18 * day, "U2", true},
		{"plt", 0, 5 * day, "U1", true},
		{"moves", 0, 30 * day, "U3", true},
		{"moves", 0, 12 * day, "U1", true},
		{"unended", 0, 30 * day, "U2", true},
		{"unended", 0, 11 * day, "U1", true},
		{"left", 0, 30 * day, "U2", true},
		{"left", 0, 4 * day, "U2", true},
		{"left", 10 * day, 30 * day, "U2", false},
		{"together", 0, 30 * day, "U2", true},
		{"together", 0, 10 * day, "U1", true},
	} {
		_, p, ok := d.Lookup([]byte(tc.person))
		if !ok || p < 0 {
			t.Fatalf("no person %s", tc.person)
		}
		u, got := d.UnitIn(p, Window{From: tc.from, To: tc.to})
		if d.Units[u].ID != tc.want || got != tc.ok {
			t.Errorf("%s in [day %d, day %d): %s, %v; want %s, %v", tc.person, tc.from/day, tc.to/day, d.Units[u].ID, got, tc.want, tc.ok)
		}
	}
}

// TestPersonNodeShowsTheSpellInForce: a person-level node's position and
// name are those of the spell in force at the window's last covered
// moment, the spell that gives its unit (UnitIn). Someone whose acting
// post (Plt Kepala Bagian, in U2) ended before the window did was listed
// with that post, a formal coordinator of sekat facilitators for the
// whole window, while back in U1 as staff; someone still acting at the
// window's end shows the post.
func TestPersonNodeShowsTheSpellInForce(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}}
	day := int64(86400)
	spells := []Spell{
		{Person: "plt", Unit: "U1", Name: "Budi", Position: "Staf"},
		{Person: "plt", Unit: "U2", Name: "Budi, S.H.", Position: "Plt Kepala Bagian Umum", From: 10 * day, To: 20 * day},
		{Person: "one", Unit: "U2", Name: "Sari", Position: "Analis"},
	}
	d, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		from, to int64
		want     string
	}{
		{0, 30 * day, "one U2 Sari Analis|plt U1 Budi Staf"},
		{0, 15 * day, "one U2 Sari Analis|plt U2 Budi, S.H. Plt Kepala Bagian Umum"},
		{12 * day, 0, "one U2 Sari Analis|plt U1 Budi Staf"},
		{25 * day, 30 * day, "one U2 Sari Analis|plt U1 Budi Staf"},
	} {
		b := NewBuilder(d, true)
		b.KeepInactive = true
		n := b.Network(PersonLevel, Window{From: tc.from, To: tc.to}, LayerWeights{})
		var got []string
		for _, nd := range n.Nodes {
			if nd.Kind == KindPerson {
				got = append(got, nd.ID+" "+nd.Unit+" "+nd.Name+" "+nd.Position)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("window [day %d, day %d): %s; want %s", tc.from/day, tc.to/day, g, tc.want)
		}
	}
}

// TestAnyPositionInEverySpellOfTheWindow: a position held in any spell
// that overlaps the window counts, though the spell in force at the
// window's end (and the spell with the latest start) holds none: p1's
// acting post in U2 until day 30, back in U1 without a position. A
// position only in spells outside the window does not count. Before,
// only each person's latest spell was read.
func TestAnyPositionInEverySpellOfTheWindow(t *testing.T) {
	day := int64(86400)
	units := []Node{{ID: "U1"}, {ID: "U2"}}
	d, err := NewDirectory(units, []Spell{
		{Person: "p1", Unit: "U1", To: 10 * day},
		{Person: "p1", Unit: "U2", Position: "Plt. Kepala Dinas", From: 10 * day, To: 30 * day},
		{Person: "p1", Unit: "U1", Position: " ", From: 30 * day},
		{Person: "p2", Unit: "U1"},
		{Person: "p3", Unit: "U2", Position: "Kepala Bidang", To: 5 * day},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		w    Window
		want bool
	}{
		{Window{}, true},
		{Window{From: 1 * day, To: 60 * day}, true},
		{Window{From: 29 * day, To: 60 * day}, true},
		{Window{From: 20 * day}, true},
		{Window{From: 30 * day, To: 60 * day}, false}, // after the Plt, and after p3's spell
		{Window{From: 5 * day, To: 10 * day}, false},  // p3's spell ended, the Plt not begun
		{Window{To: 5 * day}, true},                   // p3's spell
	} {
		if got := d.AnyPositionIn(c.w); got != c.want {
			t.Errorf("AnyPositionIn(days %d-%d) = %v; want %v", c.w.From/day, c.w.To/day, got, c.want)
		}
	}
}

// TestSetActingTakesTheDefinitivePost: with SetActing, a person who holds
// a definitive post in U1 and an acting one (Plt) in U2, both in force at
// the window's end, is in U1 with U1's position for the window; an acting
// post gives the unit only when no other spell is in force then (the
// post split around it ended; two acting posts: the later). Without the
// rule, and for an event's time (UnitAt) with it, the later spell is
// taken as before. sekat facilitators placed a Kepala Bidang of U1 since
// long ago in U2, where --min-tenure 12 counted three months.
func TestSetActingTakesTheDefinitivePost(t *testing.T) {
	units := []Node{{ID: "U1"}, {ID: "U2"}, {ID: "U3"}}
	day := int64(86400)
	d, err := NewDirectory(units, []Spell{
		{Person: "kabid", Unit: "U1", Position: "Kepala Bidang"},
		{Person: "kabid", Unit: "U2", Position: "Plt. Kepala Dinas", From: 10 * day},
		{Person: "split", Unit: "U1", Position: "Kepala Seksi", To: 10 * day},
		{Person: "split", Unit: "U2", Position: "Plt. Kepala Bidang", From: 10 * day, To: 20 * day},
		{Person: "split", Unit: "U1", Position: "Kepala Seksi", From: 20 * day},
		{Person: "acting2", Unit: "U1", Position: "Staf", To: 5 * day},
		{Person: "acting2", Unit: "U2", Position: "Plt. Sekretaris", From: 10 * day},
		{Person: "acting2", Unit: "U3", Position: "Plt. Kepala Dinas", From: 12 * day},
		{Person: "moved", Unit: "U1", Position: "Staf"},
		{Person: "moved", Unit: "U3", Position: "Analis", From: 12 * day},
	})
	if err != nil {
		t.Fatal(err)
	}
	acting := func(pos string) bool { return strings.HasPrefix(pos, "Plt") }
	for _, tc := range []struct {
		person        string
		from, to      int64
		before, after string // the unit without and with the rule
	}{
		{"kabid", 0, 30 * day, "U2", "U1"},
		{"kabid", 0, 0, "U2", "U1"},
		{"kabid", 0, 5 * day, "U1", "U1"},
		{"split", 0, 15 * day, "U2", "U2"}, // the post alone in force
		{"split", 0, 30 * day, "U1", "U1"},
		{"acting2", 0, 30 * day, "U3", "U3"},
		{"moved", 0, 30 * day, "U3", "U3"}, // two definitive posts: the later
	} {
		_, p, _ := d.Lookup([]byte(tc.person))
		for _, c := range []struct {
			rule func(string) bool
			want string
		}{{nil, tc.before}, {acting, tc.after}} {
			d.SetActing(c.rule)
			if u, _ := d.UnitIn(p, Window{From: tc.from, To: tc.to}); d.Units[u].ID != c.want {
				t.Errorf("%s in [day %d, day %d), rule %v: %s; want %s", tc.person, tc.from/day, tc.to/day, c.rule != nil, d.Units[u].ID, c.want)
			}
		}
	}
	// an event's time keeps its placement; the node shows the post it is in
	d.SetActing(acting)
	_, p, _ := d.Lookup([]byte("kabid"))
	if u, _ := d.UnitAt(p, 15*day); d.Units[u].ID != "U2" {
		t.Errorf("kabid at day 15: %s; want U2, the unit of the latest spell in force", d.Units[u].ID)
	}
	b := NewBuilder(d, true)
	b.KeepInactive = true
	for _, nd := range b.Network(PersonLevel, Window{To: 30 * day}, LayerWeights{}).Nodes {
		if nd.ID == "kabid" && nd.Unit+" "+nd.Position != "U1 Kepala Bidang" {
			t.Errorf("kabid's node: %s %s; want U1 Kepala Bidang", nd.Unit, nd.Position)
		}
	}
}
