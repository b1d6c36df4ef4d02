package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// bruteLayers recomputes the unit-level layers of a CSV study straight
// from the contract, with string-keyed maps and encoding/csv, sharing no
// code with the builder. Keys are "u>v"; meetings are halved per direction
// as in edges.csv.
func bruteLayers(t *testing.T, dir string, loc *time.Location) map[string]*[4]float64 {
	t.Helper()
	read := func(name string) []map[string]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var out []map[string]string
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, h := range recs[0] {
				m[strings.TrimPrefix(h, "\ufeff")] = r[i]
			}
			out = append(out, m)
		}
		return out
	}
	parse := func(s string) time.Time {
		for _, f := range []string{"2006-01-02 15:04:05", "2006-01-02"} {
			if tm, err := time.ParseInLocation(f, s, loc); err == nil {
				return tm
			}
		}
		t.Fatalf("brute: time %q", s)
		return time.Time{}
	}
	isUnit := map[string]bool{}
	for _, u := range read("units.csv") {
		isUnit[u["unit_id"]] = true
	}
	type spell struct {
		unit     string
		from, to time.Time // zero = open; to is the inclusive end date
	}
	spells := map[string][]spell{}
	for _, p := range read("people.csv") {
		s := spell{unit: p["unit_id"]}
		if p["valid_from"] != "" {
			s.from = parse(p["valid_from"])
		}
		if p["valid_to"] != "" {
			s.to = parse(p["valid_to"]).AddDate(0, 0, 1)
		}
		spells[p["person_id"]] = append(spells[p["person_id"]], s)
	}
	unitOf := func(id string, at time.Time) string {
		if isUnit[id] {
			return id
		}
		best := ""
		var bestFrom time.Time
		for _, s := range spells[id] {
			if (s.from.IsZero() || !at.Before(s.from)) && (s.to.IsZero() || at.Before(s.to)) {
				if best == "" || s.from.After(bestFrom) {
					best, bestFrom = s.unit, s.from
				}
			}
		}
		if best == "" {
			t.Fatalf("brute: %s has no unit at %v", id, at)
		}
		return best
	}
	L := map[string]*[4]float64{}
	add := func(u, v string, l int, w float64) {
		k := u + ">" + v
		if L[k] == nil {
			L[k] = &[4]float64{}
		}
		L[k][l] += w
	}
	for _, r := range read("correspondence.csv") {
		at := parse(r["sent_at"])
		s := unitOf(r["sender"], at)
		seen := map[string]bool{}
		for _, id := range strings.Split(r["recipients"]+";"+r["cc"], ";") {
			if id = strings.TrimSpace(id); id == "" {
				continue
			}
			if u := unitOf(id, at); u != s && !seen[u] {
				seen[u] = true
				add(s, u, 0, 1)
			}
		}
	}
	type mt struct {
		units map[string]bool
		order []string
	}
	meets := map[string]*mt{}
	var ids []string
	for _, r := range read("meetings.csv") {
		m := meets[r["meeting_id"]]
		if m == nil {
			m = &mt{units: map[string]bool{}}
			meets[r["meeting_id"]] = m
			ids = append(ids, r["meeting_id"])
		}
		u := unitOf(r["attendee"], parse(r["start"]))
		if !m.units[u] {
			m.units[u] = true
			m.order = append(m.order, u)
		}
	}
	for _, id := range ids {
		us := meets[id].order
		if len(us) < 2 {
			continue
		}
		w := 1 / float64(len(us)-1)
		for i := range us {
			for j := range us {
				if i != j {
					add(us[i], us[j], 1, w/2)
				}
			}
		}
	}
	for _, r := range read("data_sharing.csv") {
		at := parse(r["at"])
		p, c := unitOf(r["provider"], at), unitOf(r["consumer"], at)
		if p == c {
			continue
		}
		switch r["status"] {
		case "", "granted":
			add(p, c, 2, 1)
		case "denied":
			add(p, c, 3, 1)
		}
	}
	return L
}

// TestLayersBruteForce checks the loader and builder against the brute
// force on generated studies of several seeds.
func TestLayersBruteForce(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			dir := t.TempDir()
			if _, err := synth.Generate(dir, synth.Options{Seed: seed, Scale: 0.05}); err != nil {
				t.Fatal(err)
			}
			res := loadDir(t, dir, Options{})
			if res.Rejected() != 0 {
				t.Fatalf("%d rows rejected in a generated study", res.Rejected())
			}
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			want := bruteLayers(t, dir, res.Study.Loc)
			got := map[string][4]float64{}
			for _, e := range n.Edges {
				got[n.Nodes[e.From].ID+">"+n.Nodes[e.To].ID] = e.Layers
				if w := e.Layers[0] + e.Layers[1] + e.Layers[2]; math.Abs(e.Weight-w) > 1e-9 {
					t.Errorf("weight %v != sum of layers %v", e.Weight, w)
				}
			}
			keys := make([]string, 0, len(want))
			for k := range want {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if len(got) != len(want) {
				t.Errorf("%d pairs, brute force has %d", len(got), len(want))
			}
			for _, k := range keys {
				g, w := got[k], *want[k]
				for l := 0; l < 4; l++ {
					if math.Abs(g[l]-w[l]) > 1e-9 {
						t.Errorf("%s %s = %v, brute force %v", k, graph.Layer(l), g[l], w[l])
					}
				}
			}
		})
	}
}

// TestFormatsGiveIdenticalEdges writes one generated study as ,-CSV,
// ;-CSV with BOM and CRLF, TSV, NDJSON, gzipped CSV and Parquet (times as
// TIMESTAMP/DATE and as strings) and checks the edges are identical.
func TestFormatsGiveIdenticalEdges(t *testing.T) {
	formats := map[string]synth.Format{
		"csv":             {Kind: "csv"},
		"csv-semicolon":   {Kind: "csv", Delimiter: ';', BOM: true, CRLF: true},
		"tsv":             {Kind: "tsv"},
		"ndjson":          {Kind: "ndjson"},
		"csv-gz":          {Kind: "csv", Gzip: true},
		"parquet":         {Kind: "parquet"},
		"parquet-strings": {Kind: "parquet", TimesAsStrings: true},
	}
	names := make([]string, 0, len(formats))
	for k := range formats {
		names = append(names, k)
	}
	sort.Strings(names)
	var ref []byte
	for _, name := range names {
		dir := t.TempDir()
		if _, err := synth.Generate(dir, synth.Options{Seed: 7, Scale: 0.05, Format: formats[name]}); err != nil {
			t.Fatal(err)
		}
		res := loadDir(t, dir, Options{People: true})
		var b bytes.Buffer
		for _, lvl := range []graph.Level{graph.UnitLevel, graph.PersonLevel} {
			n := res.Builder.Network(lvl, res.Window, graph.LayerWeights{})
			b.WriteString(strings.Join(edgeLines(n), "\n"))
		}
		if res.Rejected() != 0 {
			t.Errorf("%s: %d rows rejected", name, res.Rejected())
		}
		if ref == nil {
			ref = b.Bytes()
			continue
		}
		if !bytes.Equal(b.Bytes(), ref) {
			t.Errorf("%s gives other edges than %s", name, names[0])
		}
	}
}
