package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
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

// bruteCounts are the letters the brute force set aside or kept in part.
type bruteCounts struct {
	circulars int64 // letters to more than circularUnits other units
	partial   int64 // letters kept with some recipient ids unknown
	rejected  int64 // letters whose sender, or every recipient, is unknown
	circular  map[string]bool
}

// bruteLayers recomputes the unit-level layers of a CSV study straight
// from the contract, with string-keyed maps and encoding/csv, sharing no
// code with the builder. Keys are "u>v"; meetings are halved per direction
// as in edges.csv. An id that names neither a unit nor a person with a
// spell at the time is unknown: a letter keeps its known recipients, and
// is dropped when its sender or all its recipients are unknown. A letter
// whose known recipients span more than circularUnits units other than
// the sender's is a circular and adds nothing (its message_id is in
// bruteCounts.circular).
func bruteLayers(t *testing.T, dir string, loc *time.Location, circularUnits int) (map[string]*[4]float64, bruteCounts) {
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
		return best // "" when unknown
	}
	L := map[string]*[4]float64{}
	add := func(u, v string, l int, w float64) {
		k := u + ">" + v
		if L[k] == nil {
			L[k] = &[4]float64{}
		}
		L[k][l] += w
	}
	bc := bruteCounts{circular: map[string]bool{}}
	for _, r := range read("correspondence.csv") {
		at := parse(r["sent_at"])
		s := unitOf(r["sender"], at)
		if s == "" {
			bc.rejected++
			continue
		}
		seen := map[string]bool{}
		var others []string
		known, unknown := 0, 0
		for _, id := range strings.Split(r["recipients"]+";"+r["cc"], ";") {
			if id = strings.TrimSpace(id); id == "" {
				continue
			}
			u := unitOf(id, at)
			if u == "" {
				unknown++
				continue
			}
			known++
			if u != s && !seen[u] {
				seen[u] = true
				others = append(others, u)
			}
		}
		switch {
		case known == 0:
			bc.rejected++
			continue
		case unknown > 0:
			bc.partial++
		}
		if len(others) > circularUnits {
			bc.circulars++
			bc.circular[r["message_id"]] = true
			continue
		}
		for _, u := range others {
			add(s, u, 0, 1)
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
		if u == "" {
			t.Fatalf("brute: attendee %s has no unit", r["attendee"])
		}
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
		if p == "" || c == "" {
			t.Fatalf("brute: %s or %s has no unit", r["provider"], r["consumer"])
		}
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
	return L, bc
}

// TestLayersBruteForce checks the loader and builder against the brute
// force on generated studies of several seeds, with unknown ids added to
// the letters: to every 7th letter an unknown cc (the letter keeps its
// other recipients), and every 101st letter's recipients and cc replaced
// by unknown ids (rejected whole). The letters the brute force sets aside
// as circulars must be those the generator wrote as surat edaran, at the
// default limit (graph.DefaultCircularUnits); at limit 1 letters to two
// other units are circulars too.
func TestLayersBruteForce(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		for _, limit := range []int{0, 1} {
			t.Run(fmt.Sprintf("seed%d/circular_units=%d", seed, limit), func(t *testing.T) {
				dir := t.TempDir()
				if _, err := synth.Generate(dir, synth.Options{Seed: seed, Scale: 0.05}); err != nil {
					t.Fatal(err)
				}
				kinds := addUnknownRecipients(t, filepath.Join(dir, "correspondence.csv"))
				if limit > 0 {
					if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte(fmt.Sprintf("thresholds: {circular_units: %d}\n", limit)), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				var partials []*RowError
				res := loadDir(t, dir, Options{OnReject: func(e *RowError) {
					if errors.Is(e, ErrPartial) {
						partials = append(partials, e)
					}
				}})
				n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
				want, bc := bruteLayers(t, dir, res.Study.Loc, res.Builder.CircularLimit())
				if got := res.Rejected(); got != bc.rejected {
					t.Errorf("%d rows rejected, brute force %d", got, bc.rejected)
				}
				if got := res.Partial(); got != bc.partial || bc.partial == 0 {
					t.Errorf("%d letters partial, brute force %d (want some)", got, bc.partial)
				}
				if len(partials) < int(bc.partial) {
					t.Errorf("%d unknown ids reported for %d partial letters", len(partials), bc.partial)
				}
				tot := res.Builder.Totals()
				if tot.Circulars != bc.circulars || bc.circulars == 0 {
					t.Errorf("%d circulars, brute force %d (want some)", tot.Circulars, bc.circulars)
				}
				edaran, caught := 0, 0
				for id, k := range kinds {
					if k == "surat_edaran" {
						edaran++
						if bc.circular[id] {
							caught++
						}
					} else if bc.circular[id] && limit == 0 {
						t.Errorf("letter %s of kind %s set aside as a circular", id, k)
					}
				}
				// The generator addresses a circular to 5-20 units or their
				// heads; a unit and its head count once, so a few reach
				// only 4 units (6 of 714 at seed 1, scale 1).
				t.Logf("%d letters rejected, %d partial, %d circulars (%d of %d surat edaran)", bc.rejected, bc.partial, bc.circulars, caught, edaran)
				if limit == 0 && float64(caught) < 0.97*float64(edaran) {
					t.Errorf("%d of %d surat edaran recognised as circulars", caught, edaran)
				}
				if limit == 1 && (caught != edaran || bc.circulars <= int64(edaran) || res.Builder.CircularLimit() != 1) {
					t.Errorf("limit 1 (limit in force %d): %d of %d surat edaran recognised, %d circulars in all; want all, and letters to 2 other units too",
						res.Builder.CircularLimit(), caught, edaran, bc.circulars)
				}
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
}

// addUnknownRecipients rewrites a generated correspondence.csv: every 7th
// letter gets an unknown id in cc (after its own), every 101st has only
// unknown recipients. It returns each letter's kind by message_id.
func addUnknownRecipients(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	kinds := map[string]string{}
	for i, r := range recs[1:] {
		kinds[r[col["message_id"]]] = r[col["kind"]]
		switch {
		case i%101 == 100:
			r[col["recipients"]], r[col["cc"]] = "X-UNKNOWN-1; X-UNKNOWN-2", "X-UNKNOWN-3"
		case i%7 == 6:
			r[col["cc"]] = strings.TrimPrefix(r[col["cc"]]+";X-UNKNOWN-"+fmt.Sprint(i), ";")
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return kinds
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
