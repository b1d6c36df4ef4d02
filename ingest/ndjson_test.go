package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

var ndjTests = []struct {
	name string
	in   string
	bind []string // nil: all columns of the first object
	cols string
	want string
}{
	{name: "flat", in: `{"sent_at":"2025-01-02","sender":"P1","n":3}` + "\n" + `{"sent_at":"2025-01-03","sender":"P2","n":-1.5e3}` + "\n",
		cols: "sent_at|sender|n", want: "1:2025-01-02|P1|3\n2:2025-01-03|P2|-1.5e3"},
	{name: "keys in any order and case", in: `{"a":"1","b":"2"}` + "\n" + `{"B":"3","A":"4"}`,
		cols: "a|b", want: "1:1|2\n2:4|3"},
	{name: "missing and extra keys", in: `{"a":"1"}` + "\n" + `{"b":"2","zzz":{"deep":[1,{"x":null}]}}` + "\n",
		bind: []string{"a", "b", "never"}, cols: "a|b|zzz", want: "1:1|∅|∅\n2:∅|2|∅"},
	{name: "literals", in: `{"t":true,"f":false,"n":null,"e":"","z":0}`, cols: "t|f|n|e|z", want: "1:true|false|∅|∅|0"},
	{name: "array of strings joined", in: `{"recipients":["U1","P-2", "", null ,"U3"],"cc":[],"k":[1,2]}`,
		cols: "recipients|cc|k", want: "1:U1;P-2;U3|∅|1;2"},
	{name: "escapes", in: `{"s":"q\"b\\s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 \ud800x"}`,
		cols: "s", want: "1:q\"b\\s/ \b\f\n\r\t é 😀 \ufffdx"},
	{name: "escaped key", in: `{"sen\u0064er":"P1"}`, bind: []string{"sender"}, cols: "sender", want: "1:P1"},
	{name: "duplicate key rejects the row", in: `{"a":"1","a":"2"}`, cols: "a", want: `1:ERR(malformed row: key written twice,"a")`},
	{name: "blank lines and CRLF", in: "\n" + `{"a":"1"}` + "\r\n  \r\n\t\n" + `{"a":"2"}` + "\r\n", cols: "a", want: "2:1\n5:2"},
	{name: "BOM", in: "\ufeff" + `{"a":"1"}`, cols: "a", want: "1:1"},
	{name: "white space around", in: ` { "a" : "1" , "b" : [ "x" , "y" ] } `, cols: "a|b", want: "1:1|x;y"},
	{name: "empty object", in: "{}\n" + `{"a":"1"}`, bind: []string{"a"}, cols: "a", want: "1:∅\n2:1"},
	// Columns come from the first lines, not only the first: a broken
	// first line is a row error of its own, and a serializer that leaves
	// out nulls writes a key only where it has a value (review C of
	// session 14: "missing column" for keys on every line but the first).
	{name: "broken first line", in: `{"a":"1",}` + "\n" + `{"a":"2","b":"3"}`, bind: []string{"a", "b"}, cols: "a|b", want: "1:ERR(malformed row,\"\")\n2:2|3"},
	{name: "key left out on the first line", in: `{"a":"1"}` + "\n" + `{"a":"2","b":"3"}`, bind: []string{"a", "b"}, cols: "a|b", want: "1:1|∅\n2:2|3"},
	{name: "nested object in bound key", in: `{"a":{"b":1}}` + "\n" + `{"a":"2"}`, cols: "a", want: "1:ERR(malformed row: nested value,\"a\")\n2:2"},
	{name: "nested array in bound key", in: `{"a":[["x"]]}`, cols: "a", want: "1:ERR(malformed row: nested value,\"a\")"},
	{name: "not an object", in: `{"a":"1"}` + "\n[1,2]\n" + `"x"` + "\n" + `{"a":"3"}`, cols: "a", want: "1:1\n2:ERR(malformed row,\"\")\n3:ERR(malformed row,\"\")\n4:3"},
	{name: "truncated object", in: `{"a":"1"}` + "\n" + `{"a":"2"` + "\n" + `{"a":"3"}`, cols: "a", want: "1:1\n2:ERR(malformed row,\"\")\n3:3"},
	{name: "text after object", in: `{"a":"1"} x`, bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "bad literal", in: `{"a":tru}`, bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "bad number", in: `{"a":01}`, bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "bad escape", in: `{"a":"\x"}`, bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "raw control character", in: "{\"a\":\"x\ty\"}", bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "invalid UTF-8 in bound value", in: "{\"a\":\"x\xffy\",\"b\":\"1\"}\n{\"a\":\"ok\",\"b\":\"\xff\"}", bind: []string{"a"}, cols: "a|b", want: "1:ERR(invalid UTF-8,\"a\")\n2:ok"},
	{name: "deep nesting in unbound key", in: `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `,"a":"1"}`, bind: []string{"a"}, cols: "", want: "1:ERR(malformed row,\"\")"},
	{name: "no final newline", in: `{"a":"1"}` + "\n" + `{"a":"2"}`, cols: "a", want: "1:1\n2:2"},
	{name: "empty input", in: "", bind: []string{"a"}, cols: "", want: ""},
}

func TestNDJSON(t *testing.T) {
	for _, bufSize := range []int{srcBufSize, 1, 3, 7} {
		for _, tt := range ndjTests {
			t.Run(fmt.Sprintf("%s/buf=%d", tt.name, bufSize), func(t *testing.T) {
				s, err := newNDJSON("t.ndjson", strings.NewReader(tt.in), bufSize)
				if err != nil {
					t.Fatal(err)
				}
				if got := strings.Join(s.Columns(), "|"); got != tt.cols {
					t.Errorf("Columns() = %q, want %q", got, tt.cols)
				}
				if got := srcRowsString(srcReadAll(t, s, tt.bind)); got != tt.want {
					t.Errorf("rows:\n%s\nwant:\n%s", got, tt.want)
				}
			})
		}
	}
}

func TestNDJSONRowErrorText(t *testing.T) {
	s, err := OpenReader("m.jsonl", strings.NewReader(`{"a":{"b":1}}`+"\n"+`{"a":1,}`), "ndjson", false)
	if err != nil {
		t.Fatal(err)
	}
	row := make([]Value, 1)
	for _, want := range []string{
		`ingest: m.jsonl line 1 column a: the value of "a" is an object; sekat reads flat objects: flatten it or write it as a string`,
		`ingest: m.jsonl line 2: not a JSON object: expected a key at byte 8; write one flat JSON object per line`,
	} {
		_, err := s.Next(row)
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want %q", err, want)
		}
	}
}

// ndjTestValue renders a decoded encoding/json value the way the reader
// renders a bound key's value, for the oracle comparison.
func ndjTestValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "∅"
	case string:
		if x == "" {
			return "∅"
		}
		return x
	case bool:
		return fmt.Sprint(x)
	case json.Number:
		return string(x)
	case []any:
		var parts []string
		for _, e := range x {
			if s := ndjTestValue(e); s != "∅" {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			return "∅"
		}
		return strings.Join(parts, ";")
	}
	return "NESTED"
}

// TestNDJSONAgreesWithEncodingJSON decodes random lines with both readers.
func TestNDJSONAgreesWithEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vals := []string{`"x"`, `""`, `"a\"b"`, `"\u00e9\n"`, `"\ud83d\ude00"`, `12`, `-0.5e-3`, `true`, `false`, `null`, `["p","q"]`, `[]`, `[1,null,"z"]`, `{"n":1}`, `"tab\tin"`, `01`, `"\x"`, `[`, `"é"`}
	keys := []string{"a", "B", "c"}
	agree := 0
	for iter := 0; iter < 5000; iter++ {
		var sb strings.Builder
		sb.WriteString("{")
		n := rng.IntN(4)
		anyNested := false // a bound key holds an object somewhere in the line
		twice := false     // a (bound) key is written twice: a row error, where encoding/json takes the last
		seen := map[string]bool{}
		for k := 0; k < n; k++ {
			if k > 0 {
				sb.WriteString(",")
			}
			v := vals[rng.IntN(len(vals))]
			anyNested = anyNested || strings.HasPrefix(v, "{")
			key := keys[rng.IntN(len(keys))]
			twice = twice || seen[key]
			seen[key] = true
			fmt.Fprintf(&sb, "%q:%s", key, v)
		}
		sb.WriteString("}")
		line := sb.String()
		s, err := newNDJSON("r.ndjson", strings.NewReader(line), 64)
		if err != nil {
			t.Fatal(err)
		}
		got := srcReadAll(t, s, []string{"a", "b", "c"})
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var obj map[string]any
		stdErr := dec.Decode(&obj)
		if stdErr != nil {
			if len(got) != 1 || got[0].err == nil {
				t.Fatalf("%s: encoding/json: %v; got %v", line, stdErr, got)
			}
			continue
		}
		want := make([]string, 3)
		nested := anyNested
		for i, key := range keys { // distinct even case-insensitively
			want[i] = "∅"
			if v, ok := obj[key]; ok {
				want[i] = ndjTestValue(v)
			}
			if want[i] == "NESTED" {
				nested = true
			}
		}
		if nested || twice {
			if len(got) != 1 || got[0].err == nil {
				t.Fatalf("%s: nested value or key written twice accepted: %v", line, got)
			}
			continue
		}
		if len(got) != 1 || got[0].err != nil || got[0].vals != strings.Join(want, "|") {
			t.Fatalf("%s: got %v, want %q", line, got, strings.Join(want, "|"))
		}
		agree++
	}
	if agree < 1000 {
		t.Errorf("only %d valid lines compared", agree)
	}
	t.Logf("%d random valid lines agree with encoding/json", agree)
}

func ndjTestCorrespondence(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 11))
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"sent_at":"2025-%02d-%02dT%02d:%02d:00+07:00","sender":"P-%04d","recipients":["P-%04d","U-%03d"],"cc":null,"message_id":"MSG-%08d","kind":"surat_masuk","subject":"Undangan rapat \"koordinasi\""}`+"\n",
			1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(5000), rng.IntN(5000), rng.IntN(300), i)
	}
	return b.Bytes()
}

func TestNDJSONZeroAllocsPerRow(t *testing.T) {
	s, err := OpenReader("c.ndjson", bytes.NewReader(ndjTestCorrespondence(20000)), "ndjson", false)
	if err != nil {
		t.Fatal(err)
	}
	checkZeroAllocRows(t, s)
}

func BenchmarkNDJSONRead_1M(b *testing.B) {
	benchReadAll(b, ndjTestCorrespondence(1_000_000), "c.ndjson", "ndjson")
}

// TestNDJSONArray: a file holding one JSON array, not one object per
// line, is refused saying so, not read as a file without columns.
func TestNDJSONArray(t *testing.T) {
	for _, in := range []string{`[{"a":"1"},{"a":"2"}]`, "\n  [\n{\"a\":\"1\"}\n]\n"} {
		_, err := newNDJSON("t.json", strings.NewReader(in), srcBufSize)
		if err == nil || !strings.Contains(err.Error(), "one JSON array") || !errors.Is(err, ErrNotTable) {
			t.Errorf("%q: %v", in, err)
		}
	}
}
