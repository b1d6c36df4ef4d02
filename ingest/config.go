package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/internal/yamlpos"

	"gopkg.in/yaml.v3"
)

// Sentinels of a study.yaml that cannot be read; a *ConfigError wraps one
// of them and ErrStudy.
var (
	ErrYAMLSyntax   = errors.New("not valid yaml")
	ErrYAMLEncoding = errors.New("not UTF-8")
	ErrYAMLDocs     = errors.New("more than one YAML document")
	ErrUnknownKey   = errors.New("unknown key")
	ErrDuplicateKey = errors.New("key written twice")
	ErrValueType    = errors.New("wrong kind of value")
	// ErrSameColumn: columns: renames two columns of a table to one
	// column of the file (or one to the name another keeps).
	ErrSameColumn = errors.New("two columns read from one")
)

// PerTable is a study.yaml setting written once for every table (text:
// encoding: windows-1252) or per table (key: value pairs:
// encoding: {people: windows-1252}). Tables not named take the default.
type PerTable struct {
	All    string            // the text form, "" when not given
	Tables map[string]string // the per-table form, by table name
}

// For returns the setting for table t: its own value, else the text form,
// else "".
func (p PerTable) For(t Table) string {
	if v, ok := p.Tables[t.String()]; ok {
		return v
	}
	return p.All
}

// UnmarshalYAML reads text or key: value pairs (checkNode has checked the
// shape and the keys).
func (p *PerTable) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&p.All)
	}
	return n.Decode(&p.Tables)
}

// perTableType is checked apart from other structs: text, or a mapping of
// table names to text.
var perTableType = reflect.TypeOf(PerTable{})

// ValueKind is the kind of value a place in study.yaml holds or takes.
type ValueKind uint8

// The kinds of value in study.yaml.
const (
	KindText    ValueKind = iota + 1 // a scalar: text (any scalar reads as text)
	KindNumber                       // a number, written with a decimal point
	KindList                         // a sequence: [a.csv, b.csv]
	KindMapping                      // key: value pairs
	KindInteger                      // a whole number, written without quotes
)

func (k ValueKind) String() string {
	switch k {
	case KindText:
		return "text"
	case KindNumber:
		return "a number"
	case KindList:
		return "a list"
	case KindMapping:
		return "key: value pairs"
	case KindInteger:
		return "a whole number"
	}
	return "nothing"
}

// ConfigError is a study.yaml problem tied to its place in the file: the
// line, the key and what is allowed there. The command line words it for
// the user from these fields; Error is the English of house rule 8.
type ConfigError struct {
	File string // base name of the file: study.yaml
	Line int    // 1-based line; 0 when the parser gave none
	// Path is the dotted path of the mapping that holds Key ("" for the
	// top level: "thresholds", "columns.correspondence"); Key is the key
	// as written, "" for the file as a whole.
	Path, Key string
	Allowed   []string // ErrUnknownKey: the keys allowed under Path
	// Replaced is, for a key an earlier sekat read (ErrUnknownKey), the
	// key that replaced it.
	Replaced  string
	Want, Got ValueKind // ErrValueType: what Key must hold, and what it holds
	Value     string    // ErrValueType: the text found, when Got is KindText; ErrSameColumn: the file's column
	Other     string    // ErrSameColumn: the other column read from Value
	Detail    string    // ErrYAMLSyntax: the YAML parser's own words
	Tab       bool      // ErrYAMLSyntax: the line is indented with a tab
	// NoSpace is, for ErrYAMLSyntax, ErrUnknownKey and ErrValueType, the
	// key and value the line meant when it writes a key with no space
	// after its colon (max_reject_rate:0.05, which YAML reads as one text
	// rather than a key and its value), written with the space:
	// "max_reject_rate: 0.05"; "" otherwise.
	NoSpace string
	// Quote is, for ErrYAMLSyntax, the line written with its value in
	// quotes when the value holds a colon and a space (name: Kabupaten
	// Contoh: Tahun 2025, which YAML reads as a key inside a value):
	// `name: "Kabupaten Contoh: Tahun 2025"`; "" otherwise.
	Quote string
	Err   error // ErrYAMLSyntax, ErrUnknownKey, ErrDuplicateKey, ErrValueType or ErrSameColumn
}

// Name is the dotted path of the key (thresholds.silo_alpha), or "" for the
// whole file.
func (e *ConfigError) Name() string {
	if e.Path == "" {
		return e.Key
	}
	return e.Path + "." + e.Key
}

func (e *ConfigError) Error() string {
	switch {
	case e.NoSpace != "":
		return e.error() + "; YAML needs a space after the colon: write " + e.NoSpace
	case e.Quote != "":
		return e.error() + "; a value that holds a colon and a space must be in quotes: write " + e.Quote
	}
	return e.error()
}

func (e *ConfigError) error() string {
	at := e.File
	if e.Line > 0 {
		at += " line " + strconv.Itoa(e.Line)
	}
	place := "at the top level"
	if e.Path != "" {
		place = "under " + e.Path
	}
	switch e.Err {
	case ErrUnknownKey:
		s := fmt.Sprintf("ingest: %s: unknown key %q %s; the keys allowed there are %s", at, e.Key, place, strings.Join(e.Allowed, ", "))
		if e.Replaced != "" {
			s += fmt.Sprintf(" (%s was replaced by %s: see docs/metrics.md, Silo verdict)", e.Key, e.Replaced)
		}
		return s
	case ErrDuplicateKey:
		return fmt.Sprintf("ingest: %s: key %q written twice %s; remove one", at, e.Key, place)
	case ErrYAMLDocs:
		return fmt.Sprintf("ingest: %s: a second YAML document begins here, after a line ---, and sekat reads one: move its keys into the first and remove the line ---", at)
	case ErrYAMLEncoding:
		return fmt.Sprintf("ingest: %s: not UTF-8 text (a byte that is not UTF-8, as a file saved as ANSI or Windows-1252 has); save study.yaml as UTF-8", at)
	case ErrSameColumn:
		return fmt.Sprintf("ingest: %s: %s: %s and %s both read the file's column %q; map each to a column of its own", at, e.Path, e.Key, e.Other, e.Value)
	case ErrValueType:
		name, got := e.Name(), e.Got.String()
		if name == "" {
			name = "the file"
		}
		if e.Got == KindText {
			got = strconv.Quote(e.Value)
		}
		return fmt.Sprintf("ingest: %s: %s holds %s; write %s", at, name, got, e.Want)
	}
	if e.Tab {
		return fmt.Sprintf("ingest: %s: not valid yaml: %s; the line is indented with a tab, which YAML does not allow: indent it with spaces", at, e.Detail)
	}
	return fmt.Sprintf("ingest: %s: not valid yaml: %s; check the colons, quotes, brackets and indentation", at, e.Detail)
}

// Unwrap gives the sentinel and ErrStudy.
func (e *ConfigError) Unwrap() []error { return []error{e.Err, ErrStudy} }

// decodeConfig reads study.yaml (named file, for errors) into c. It checks
// the YAML against Config before decoding, so that a problem comes back
// as a *ConfigError with its line, key and what is allowed, rather than as
// yaml.v3's "field kolom not found in type ingest.Config".
func decodeConfig(b []byte, file string, c *Config) error {
	if !utf8.Valid(b) {
		bad := 0
		for len(b[bad:]) > 0 {
			r, n := utf8.DecodeRune(b[bad:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			bad += n
		}
		return &ConfigError{File: file, Line: 1 + bytes.Count(b[:bad], []byte("\n")), Err: ErrYAMLEncoding}
	}
	var root yaml.Node
	syntax := func(err error) error {
		e := &ConfigError{File: file, Err: ErrYAMLSyntax, Detail: strings.TrimPrefix(err.Error(), "yaml: ")}
		if line, problem, _, ok := yamlpos.Syntax(err, b); ok {
			e.Line, e.Detail = line, problem
		}
		// a tab in a line's indentation, which YAML refuses ("found
		// character that cannot start any token"), where an editor shows
		// spaces
		if lines := bytes.Split(b, []byte("\n")); e.Line >= 1 && e.Line <= len(lines) {
			l := lines[e.Line-1]
			e.Tab = bytes.IndexByte(l[:len(l)-len(bytes.TrimLeft(l, " \t"))], '\t') >= 0
		}
		e.NoSpace = colonNoSpace(b, e.Line)
		if e.NoSpace == "" {
			e.Quote = colonInValue(b, e.Line)
		}
		return e
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) { // an empty file
			return nil
		}
		return syntax(err)
	}
	// A second document (after a line ---) would be left unread, its
	// keys and mistakes with it.
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		if len(next.Content) > 0 {
			return &ConfigError{File: file, Line: next.Content[0].Line, Err: ErrYAMLDocs}
		}
	} else if !errors.Is(err, io.EOF) {
		return syntax(err)
	}
	n := &root
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil
		}
		n = n.Content[0]
	}
	if err := checkNode(n, reflect.TypeOf(c).Elem(), file, "", ""); err != nil {
		if e := (*ConfigError)(nil); errors.As(err, &e) && (e.Err == ErrUnknownKey || e.Err == ErrValueType) {
			e.NoSpace = colonNoSpace(b, e.Line)
		}
		return err
	}
	if err := n.Decode(c); err != nil {
		return studyErr("%s: %v; see the study.yaml example in README.md", file, err)
	}
	return nil
}

// yamlNoSpace is a key followed by its colon and, with no space between,
// a value (timezone:WIB, {to:2026-01-01}): YAML reads such a key and
// value as one text. A colon before '/' or '\' (a URL, C:\data) is not
// one.
var yamlNoSpace = regexp.MustCompile(`(?:^|[\s{,\[])([A-Za-z_][A-Za-z0-9_]*):([^\s:/\\,{}\[\]][^,{}\[\]#]*)`)

// colonNoSpace returns "key: value" for the first key of line (1-based)
// of b written with no space after its colon, "" when it has none.
func colonNoSpace(b []byte, line int) string {
	lines := bytes.Split(b, []byte("\n"))
	if line < 1 || line > len(lines) {
		return ""
	}
	m := yamlNoSpace.FindSubmatch(lines[line-1])
	if m == nil {
		return ""
	}
	return string(m[1]) + ": " + strings.TrimSpace(string(m[2]))
}

// yamlColonValue is a key and a plain value that holds a colon and a
// space (name: Kabupaten Contoh: Tahun 2025), which YAML refuses.
var yamlColonValue = regexp.MustCompile(`^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):\s+([^\s"'{\[|>&*!#][^#]*?:\s.*?)\s*$`)

// colonInValue returns line (1-based) of b with its value quoted, when it
// is a key and a plain value holding a colon and a space; "" otherwise.
func colonInValue(b []byte, line int) string {
	lines := bytes.Split(b, []byte("\n"))
	if line < 1 || line > len(lines) {
		return ""
	}
	m := yamlColonValue.FindSubmatch(bytes.TrimRight(lines[line-1], "\r"))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(string(m[1])+string(m[2])) + ": " + strconv.Quote(string(m[3]))
}

// checkNode checks that n, the value of key under parent, can be decoded
// into a t, as yaml.v3 would decode it, with the keys of mappings limited
// to what sekat reads (configKeys). The walk follows t, so its depth is
// that of Config whatever aliases the file holds.
// plainDecimal reports whether s is a whole number written in plain
// decimal digits (a sign allowed; no leading zero, underscore, 0x or 0o).
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "+"), "-")
	if s == "" || len(s) > 1 && s[0] == '0' {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func checkNode(n *yaml.Node, t reflect.Type, file, parent, key string) error {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // an empty value is the default
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	path := key
	if parent != "" {
		path = parent + "." + key
	}
	typeErr := func(want ValueKind) error {
		e := &ConfigError{File: file, Line: n.Line, Path: parent, Key: key, Want: want, Err: ErrValueType}
		switch n.Kind {
		case yaml.SequenceNode:
			e.Got = KindList
		case yaml.MappingNode:
			e.Got = KindMapping
		default:
			e.Got, e.Value = KindText, n.Value
		}
		return e
	}
	if t == perTableType {
		if n.Kind == yaml.ScalarNode {
			t = reflect.TypeOf("")
		} else {
			t = reflect.TypeOf(map[string]string(nil))
		}
		if n.Kind == yaml.SequenceNode {
			return typeErr(KindText)
		}
	}
	switch t.Kind() {
	case reflect.String:
		var s string // (a scalar can still fail: !!binary that is not base64)
		if n.Kind != yaml.ScalarNode || n.Decode(&s) != nil {
			return typeErr(KindText)
		}
	case reflect.Float64:
		var f float64
		if n.Kind != yaml.ScalarNode || n.Decode(&f) != nil {
			return typeErr(KindNumber)
		}
	case reflect.Int:
		// yaml.v3 reads 2.5 into an int as 2; only an unquoted whole
		// number (tag !!int) is taken
		// and only in plain decimals: yaml.v3 reads 010 as 8 (octal),
		// 0x10 as 16 and 1_0 as 10, which would set, say, the privacy
		// floor lower than the user wrote
		var i int
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || !plainDecimal(n.Value) || n.Decode(&i) != nil {
			return typeErr(KindInteger)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return typeErr(KindList)
		}
		for _, x := range n.Content {
			if err := checkNode(x, t.Elem(), file, parent, key); err != nil {
				return err
			}
		}
	case reflect.Struct, reflect.Map:
		if n.Kind != yaml.MappingNode {
			return typeErr(KindMapping)
		}
		allowed, canon := configKeys(path, t)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			for k.Kind == yaml.AliasNode && k.Alias != nil {
				k = k.Alias
			}
			name, ok := canon(k.Value)
			if k.Kind != yaml.ScalarNode || !ok {
				if e := commaSplit(n, i, t, file, path, canon); e != nil {
					return e
				}
				return &ConfigError{File: file, Line: k.Line, Path: path, Key: k.Value, Allowed: allowed,
					Replaced: replacedKeys[path+"."+k.Value], Err: ErrUnknownKey}
			}
			if seen[name] {
				return &ConfigError{File: file, Line: k.Line, Path: path, Key: k.Value, Err: ErrDuplicateKey}
			}
			seen[name] = true
			var et reflect.Type
			if t.Kind() == reflect.Struct {
				et = fieldType(t, name)
			} else {
				et = t.Elem()
			}
			if err := checkNode(v, et, file, path, k.Value); err != nil {
				return err
			}
		}
		if tb, ok := ParseTable(strings.TrimPrefix(path, "columns.")); ok && strings.HasPrefix(path, "columns.") {
			return checkColumnTargets(n, tb, file, path)
		}
	}
	return nil
}

// commaSplit is the error for the key at n.Content[i] of the flow
// mapping n (of type t, at path) when it is the digits after a comma that
// split one number: in {silo_alpha: 0,05} YAML reads silo_alpha: 0 and a
// key "05" without a value, and in {max_meeting_size: 1,000} a key "000".
// It says, as for the block style's silo_alpha: 0,05, that the key before
// holds the text "0,05" where a number is wanted (the message says to
// write a decimal point); nil when the key is not such digits.
func commaSplit(n *yaml.Node, i int, t reflect.Type, file, path string, canon func(string) (string, bool)) error {
	if i < 2 || n.Style&yaml.FlowStyle == 0 {
		return nil
	}
	pk, pv := n.Content[i-2], n.Content[i-1]
	if pk.Kind != yaml.ScalarNode || pv.Kind != yaml.ScalarNode || pv.Style != 0 || pv.ShortTag() != "!!int" {
		return nil
	}
	text := pv.Value
	for j := i; j+1 < len(n.Content); j += 2 { // 1,000,000: every group
		k, v := n.Content[j], n.Content[j+1]
		if k.Kind != yaml.ScalarNode || k.Style != 0 || k.Line != pv.Line || !allDigits(k.Value) ||
			v.Kind != yaml.ScalarNode || v.ShortTag() != "!!null" || v.Value != "" {
			break
		}
		text += "," + k.Value
	}
	name, ok := canon(pk.Value)
	if !ok || text == pv.Value {
		return nil
	}
	var et reflect.Type
	if t.Kind() == reflect.Struct {
		et = fieldType(t, name)
	} else {
		et = t.Elem()
	}
	if et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	want := KindNumber
	switch et.Kind() {
	case reflect.Float64:
	case reflect.Int:
		want = KindInteger
	default:
		return nil
	}
	return &ConfigError{File: file, Line: pk.Line, Path: path, Key: pk.Value, Want: want, Got: KindText, Value: text, Err: ErrValueType}
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// checkColumnTargets checks that the renames of table tb (the mapping n,
// at path columns.tb) leave each column of the table its own column of
// the file, as Study.column resolves them: two renamed to one name, or one
// renamed to the name of a column that keeps its own, would read one
// column of the file twice.
func checkColumnTargets(n *yaml.Node, tb Table, file, path string) error {
	type rename struct {
		to, key string
		line    int
	}
	renames := map[string]rename{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		for v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			continue
		}
		renames[strings.ToLower(strings.TrimSpace(k.Value))] = rename{strings.ToLower(strings.TrimSpace(v.Value)), k.Value, k.Line}
	}
	owner := map[string]string{}
	for _, c := range append(append([]string(nil), tb.Required()...), tb.Optional()...) {
		eff := c
		if r, ok := renames[c]; ok {
			eff = r.to
		}
		o, taken := owner[eff]
		if !taken {
			owner[eff] = c
			continue
		}
		blame, other := renames[c], o // the later of two renames, else the one renamed
		if r, ok := renames[o]; ok && (!isRenamed(renames, c) || r.line > blame.line) {
			blame, other = r, c
		}
		return &ConfigError{File: file, Line: blame.line, Path: path, Key: blame.key, Other: other, Value: eff, Err: ErrSameColumn}
	}
	return nil
}

func isRenamed[V any](m map[string]V, c string) bool {
	_, ok := m[c]
	return ok
}

// configLine returns the line of the key at path (window, to) in the
// YAML b, or 0 when it is not there.
func configLine(b []byte, path ...string) int {
	var root yaml.Node
	if yaml.Unmarshal(b, &root) != nil {
		return 0
	}
	n := &root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, key := range path {
		for n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
		}
		if n.Kind != yaml.MappingNode {
			return 0
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				line, next = n.Content[i].Line, n.Content[i+1]
			}
		}
		if next == nil {
			return 0
		}
		n = next
	}
	return line
}

// replacedKeys maps the dotted path of a key that an earlier sekat read
// to the key that replaced it, so that an old study.yaml is told what to
// write instead. The E-I thresholds of the silo rule gave way to the
// homophily index and the Holm-adjusted p-value.
var replacedKeys = map[string]string{
	"thresholds.silo_ei": "silo_homophily",
	"thresholds.silo_p":  "silo_alpha",
}

// fieldType is the type of the field of struct t whose yaml name is name.
func fieldType(t reflect.Type, name string) reflect.Type {
	for i := 0; i < t.NumField(); i++ {
		if yamlName(t.Field(i)) == name {
			return t.Field(i).Type
		}
	}
	return nil
}

func yamlName(f reflect.StructField) string {
	n, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return n
}

// configKeys returns the keys a mapping of study.yaml may hold at path (a
// struct's yaml names, the tables, a table's columns, the layers) and how
// a key as written is matched: exactly, but a column name as Study.column
// reads it, trimmed and in lower case. Any key is allowed where sekat does
// not restrict them.
func configKeys(path string, t reflect.Type) (allowed []string, canon func(string) (string, bool)) {
	switch {
	case t.Kind() == reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			allowed = append(allowed, yamlName(t.Field(i)))
		}
	case path == "files" || path == "columns" || path == "encoding" || path == "date_order" || path == "sheet":
		for tb := Table(0); tb < NumTables; tb++ {
			allowed = append(allowed, tb.String())
		}
	case path == "layer_weights":
		allowed = []string{"correspondence", "meetings", "data_sharing"}
	case strings.HasPrefix(path, "columns."):
		tb, ok := ParseTable(strings.TrimPrefix(path, "columns."))
		if !ok {
			break
		}
		allowed = append(append([]string(nil), tb.Required()...), tb.Optional()...)
		return allowed, func(k string) (string, bool) {
			k = strings.ToLower(strings.TrimSpace(k))
			return k, knownColumn(tb, k)
		}
	}
	if allowed == nil {
		return nil, func(k string) (string, bool) { return k, true }
	}
	return allowed, func(k string) (string, bool) {
		for _, a := range allowed {
			if a == k {
				return k, true
			}
		}
		return k, false
	}
}
