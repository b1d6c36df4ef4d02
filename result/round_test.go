package result

import (
	"math"
	"reflect"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/centrality"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// noisy is the float64 just above 0.3 (0.30000000000000004, what 0.1+0.2
// gives at run time): graph.Round makes it 0.3.
var noisy = math.Nextafter(0.3, 1)

// setFloats sets every float64 reachable in v (fields, arrays, slices,
// pointers) to noisy and returns how many it set.
func setFloats(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Float64:
		v.SetFloat(noisy)
		return 1
	case reflect.Struct:
		n := 0
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() {
				n += setFloats(f)
			}
		}
		return n
	case reflect.Array, reflect.Slice:
		n := 0
		for i := 0; i < v.Len(); i++ {
			n += setFloats(v.Index(i))
		}
		return n
	case reflect.Pointer:
		if !v.IsNil() {
			return setFloats(v.Elem())
		}
	}
	return 0
}

// unrounded lists the paths of the float64s in v still noisy.
func unrounded(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Float64:
		if v.Float() == noisy {
			*out = append(*out, path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				unrounded(v.Field(i), path+"."+v.Type().Field(i).Name, out)
			}
		}
	case reflect.Array, reflect.Slice:
		if v.Len() > 0 {
			unrounded(v.Index(0), path+"[0]", out)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			unrounded(v.Elem(), path, out)
		}
	}
}

// TestAsWrittenRoundsEveryNumber: AsWritten lists the numbers it rounds
// by hand; a float field added to a node, a group, the whole network, a
// layer, a friction row, the betweenness note or a tie and not added there
// would reach the report and maps unrounded while the output files carry
// it rounded, and report OUTDIR would then differ from analyze's report.
// Every float64 of those structs is set to 0.30000000000000004 and must
// come out 0.3.
func TestAsWrittenRoundsEveryNumber(t *testing.T) {
	for _, f := range []struct {
		name string
		fn   func(*metrics.Result) *metrics.Result
	}{{"AsWritten", AsWritten}, {"AsWrittenEdgesInPlace", AsWrittenEdgesInPlace}} {
		t.Run(f.name, func(t *testing.T) { asWrittenRoundsEveryNumber(t, f.fn) })
	}
}

func asWrittenRoundsEveryNumber(t *testing.T, written func(*metrics.Result) *metrics.Result) {
	mr := &metrics.Result{
		Net:         &graph.Network{Edges: make([]graph.Edge, 1)},
		Nodes:       make([]metrics.Node, 1),
		Groups:      make([]metrics.Group, 1),
		Layers:      map[string]metrics.Whole{"correspondence": {}},
		Friction:    make([]metrics.Friction, 1),
		Betweenness: &centrality.BetweennessResult{},
	}
	var _ silo.GroupStats = mr.Groups[0].GroupStats
	w := mr.Layers["correspondence"]
	set := setFloats(reflect.ValueOf(&mr.Net.Edges).Elem()) + setFloats(reflect.ValueOf(&mr.Nodes).Elem()) +
		setFloats(reflect.ValueOf(&mr.Groups).Elem()) + setFloats(reflect.ValueOf(&mr.Whole).Elem()) +
		setFloats(reflect.ValueOf(&w).Elem()) + setFloats(reflect.ValueOf(&mr.Friction).Elem()) +
		setFloats(reflect.ValueOf(mr.Betweenness).Elem())
	mr.Layers["correspondence"] = w
	if set < 40 {
		t.Fatalf("set %d numbers: the structs lost their float fields?", set)
	}
	c := written(mr)
	if mr.Nodes[0].Strength != 0.30000000000000004 || mr.Groups[0].EIIndex != 0.30000000000000004 {
		t.Errorf("mr's own numbers were rounded: strength %v, E-I %v", mr.Nodes[0].Strength, mr.Groups[0].EIIndex)
	}
	var left []string
	unrounded(reflect.ValueOf(c.Net.Edges), "Net.Edges", &left)
	unrounded(reflect.ValueOf(c.Nodes), "Nodes", &left)
	unrounded(reflect.ValueOf(c.Groups), "Groups", &left)
	unrounded(reflect.ValueOf(c.Whole), "Whole", &left)
	unrounded(reflect.ValueOf(c.Layers["correspondence"]), "Layers[correspondence]", &left)
	unrounded(reflect.ValueOf(c.Friction), "Friction", &left)
	unrounded(reflect.ValueOf(c.Betweenness), "Betweenness", &left)
	// Not computed from the study or not shown: the sampling's epsilon
	// and delta are what the user asked for (summary.json writes them as
	// given); the E-I null's moments are used by the test, never written.
	kept := map[string]bool{"Betweenness.Epsilon": true, "Betweenness.Delta": true,
		"Groups[0].GroupStats.Null.MeanEI": true, "Groups[0].GroupStats.Null.MeanEISE": true,
		"Groups[0].GroupStats.Null.RatioEI": true, "Groups[0].GroupStats.Null.RatioEISE": true}
	for _, p := range left {
		if !kept[p] {
			t.Errorf("%s is not rounded by AsWritten", p)
		}
	}
}
