//go:build duckdb

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/internal/clitest"
	"golang.org/x/text/encoding/unicode"
)

// TestPairsDuckDBSameTables: pair tables made by the embedded DuckDB (sekat
// pairs --run) and read back by analyze --pairs give byte-identical
// edges.csv, units.csv (people.csv at person level), groups.csv and
// silos.csv to analyze on the raw tables: on the embedded sample study
// (CSV, gzipped), and on generated studies written as Parquet, as
// semicolon CSV and as TSV; at unit and person level; with a window; with
// the tables partitioned by month and read for a window of whole months;
// with the pair tables written as CSV. Runs in CI (.ci/run builds with
// -tags duckdb).
func TestPairsDuckDBSameTables(t *testing.T) {
	gen := map[string]string{}
	generated := func(format string, scale string) string {
		key := format + "/" + scale
		if d, ok := gen[key]; ok {
			return d
		}
		d := filepath.Join(t.TempDir(), "studi")
		if code, _, e := sekat(t, "generate", "--seed", "7", "--scale", scale, "--format", format, "--out", d); code != 0 {
			t.Fatalf("generate --format %s: exit %d: %s", format, code, e)
		}
		gen[key] = d
		return d
	}
	cases := []struct {
		name  string
		study func() string
		pairs []string // flags of sekat pairs besides --run --out
		flags []string // flags of both analyze runs
	}{
		{"sample", func() string { return "sample" }, nil, nil},
		{"sample-padded", func() string { return paddedStudy(t) }, nil, nil},
		{"sample-reused-meeting-ids", func() string { return reusedMeetingIDs(t) }, nil, nil},
		{"sample-arrival-times", func() string { return arrivalTimes(t) }, nil, nil},
		{"sample-spells-together", func() string { return spellsTogether(t) }, nil, nil},
		{"sample-nip-spelt", func() string { return nipSpelt(t) }, nil, nil},
		{"sample-nip-spelt-person", func() string { return nipSpelt(t) }, []string{"--level", "person"}, []string{"--level", "person"}},
		{"sample-time-forms", func() string { return timeFormsStudy(t, false) }, nil, nil},
		{"sample-time-forms-mdy", func() string { return timeFormsStudy(t, true) }, nil, nil},
		{"sample-bad-zones", func() string { return badZonesStudy(t) }, nil, nil},
		{"sample-binary-parquet", func() string { return binaryParquetStudy(t) }, nil, nil},
		{"sample-typed-times-out-of-range", func() string { return typedTimesStudy(t) }, nil, nil},
		{"sample-null-marker", func() string { return clitest.NullMarkerStudy(t) }, nil, nil},
		{"sample-cr-lines", func() string { return clitest.CRLinesStudy(t) }, nil, nil},
		{"sample-utf16", func() string { return clitest.UTF16Study(t) }, nil, nil},
		{"parquet", func() string { return generated("parquet", "1") }, nil, nil},
		{"parquet-strings-window", func() string { return generated("parquet-strings", "1") },
			[]string{"--from", "2025-03-10", "--to", "2025-08-20 12:00"}, []string{"--from", "2025-03-10", "--to", "2025-08-20 12:00"}},
		{"csv-semicolon-month", func() string { return generated("csv-semicolon", "1") },
			[]string{"--every", "month"}, []string{"--from", "2025-02-01", "--to", "2025-05-01"}},
		{"tsv-week-csv-tables", func() string { return generated("tsv", "0.5") },
			[]string{"--every", "week", "--table-format", "csv"}, []string{"--from", "2025-01-06", "--to", "2025-03-03"}},
		{"person", func() string { return generated("parquet", "0.3") },
			[]string{"--level", "person"}, []string{"--level", "person"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			study := c.study()
			dir := t.TempDir()
			pairs := filepath.Join(dir, "pasangan")
			args := append([]string{"pairs", study, "--run", "--out", pairs}, c.pairs...)
			if code, _, e := sekat(t, args...); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, e)
			}
			raw, viaPairs := filepath.Join(dir, "mentah"), filepath.Join(dir, "lewat-pasangan")
			for _, a := range [][]string{
				append([]string{"analyze", study, "--out", raw, "-q"}, c.flags...),
				append([]string{"analyze", study, "--pairs", pairs, "--out", viaPairs, "-q"}, c.flags...),
			} {
				if code, _, e := sekat(t, a...); code != 0 {
					t.Fatalf("%v: exit %d: %s", a, code, e)
				}
			}
			if _, err := os.Stat(filepath.Join(raw, "rejects.csv")); err == nil && (strings.HasPrefix(c.name, "sample-time-forms") || c.name == "sample-null-marker" || c.name == "sample-cr-lines" || c.name == "sample-utf16") {
				t.Errorf("the raw tables had rejected rows: %s", readFile(t, filepath.Join(raw, "rejects.csv"))[:200])
			}
			nodes := "units.csv"
			if len(c.flags) > 0 && c.flags[len(c.flags)-1] == "person" {
				nodes = "people.csv"
			}
			for _, f := range []string{"edges.csv", nodes, "groups.csv", "silos.csv"} {
				want := sameFile(t, raw, viaPairs, f, "analyze and analyze --pairs")
				if f == "edges.csv" && bytes.Count(want, []byte("\n")) < 50 {
					t.Errorf("edges.csv has %d lines: the case tests too little", bytes.Count(want, []byte("\n")))
				}
			}
		})
	}
}

// TestPairsDuckDBChange: compare, trend, evaluate and facilitators on pair
// tables made by the embedded DuckDB (given a copy of the study without
// its log tables) give byte-identical main CSV outputs to the same
// commands on the raw tables (a generated study, seed 7, Parquet): compare
// on day tables and on week tables with --before/--after on Mondays, and
// at person level on person-level day tables with the unit-level ones;
// trend by month on day tables at unit and person level; evaluate by month
// on day tables; facilitators on person-level day tables. Tables whose periods the weekly blocks or the
// facilitators' slices cut are refused, saying to make day tables.
func TestPairsDuckDBChange(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if code, _, e := sekat(t, "generate", "--seed", "7", "--scale", "0.5", "--format", "parquet", "--out", study); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	t.Setenv(keyEnv, strings.Repeat("5e", 32)) // one pseudonym key for both facilitators runs
	tables := map[string]string{}
	for _, p := range [][]string{{"day"}, {"week"}, {"month"}, {"day", "--level", "person"}, {"week", "--level", "person"}, {"day", "--to", "2025-12-01"}} {
		name := strings.Join(p, "")
		tables[name] = filepath.Join(t.TempDir(), "pasangan-"+name)
		args := append([]string{"pairs", study, "--run", "--out", tables[name], "--every"}, p...)
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, e)
		}
	}
	// The --pairs runs get a copy of the study without its log tables, so
	// that a command that ignored --pairs would fail rather than read the
	// logs and pass.
	bare := filepath.Join(t.TempDir(), "studi")
	if err := os.MkdirAll(bare, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"units.parquet", "people.parquet"} {
		if err := os.WriteFile(filepath.Join(bare, f), readFileBytes(t, filepath.Join(study, f)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	halves := []string{"--before", "2025-01-06..2025-04-07", "--after", "2025-04-07..2025-07-07", "--resamples", "100", "--permutations", "100", "-q"}
	months := []string{"--from", "2025-01-01", "--to", "2025-07-01", "--every", "month", "--resamples", "100", "--permutations", "100", "-q"}
	// The planted change of the study (truth.json): sector kewilayahan
	// opens on 2025-07-01, sosial stays a silo all year.
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-07-01\ntreated: [kewilayahan]\ncontrol: [sosial]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	evaluate := []string{"evaluate", study, "--reform", reform, "--resamples", "100", "--permutations", "100", "-q"}
	compareFiles := []string{"changes_groups.csv", "changes_units.csv", "changes_network.csv", "communities_matched.csv", "ties_changed.csv"}
	trendFiles := []string{"trend.csv", "trend_alerts.csv"}
	cases := []struct {
		name   string
		args   []string // the command, study and flags, without --pairs and --out
		tables string
		files  []string
		unit   string // the tables of --unit-pairs, if any
	}{
		{"compare-day", append([]string{"compare", study}, halves...), "day", compareFiles, ""},
		{"compare-person-day", append([]string{"compare", study, "--level", "person"}, halves...), "day--levelperson", compareFiles, "day"},
		{"compare-week", append([]string{"compare", study}, halves...), "week", compareFiles, ""},
		{"trend-day", append([]string{"trend", study}, months...), "day", trendFiles, ""},
		{"trend-person-day", append([]string{"trend", study, "--level", "person"}, months...), "day--levelperson", trendFiles, ""},
		{"evaluate-day", evaluate, "day", []string{"did.csv"}, ""},
		{"facilitators-person-day", []string{"facilitators", study, "--purpose", "uji", "--from", "2025-01-01", "--to", "2025-04-01", "--bootstrap", "20", "--shuffles", "10", "-q"},
			"day--levelperson", []string{"facilitators.csv", "facilitator_spells.csv", "facilitator_set.csv", "sector_pair_bridges.csv"}, ""},
		// no window: it begins at the first event and ends after the last,
		// inside a day
		{"facilitators-person-day-open", []string{"facilitators", study, "--purpose", "uji", "--bootstrap", "20", "--shuffles", "10", "-q"},
			"day--levelperson", []string{"facilitators.csv", "facilitator_spells.csv", "facilitator_set.csv", "sector_pair_bridges.csv"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raw, viaPairs := filepath.Join(t.TempDir(), "mentah"), filepath.Join(t.TempDir(), "lewat-pasangan")
			for _, a := range [][]string{
				append(append([]string{}, c.args...), "--out", raw),
				append(withStudy(c.args, study, bare), "--pairs", tables[c.tables], "--out", viaPairs),
			} {
				if c.unit != "" && a[len(a)-1] == viaPairs {
					a = append(a, "--unit-pairs", tables[c.unit])
				}
				if code, _, e := sekat(t, a...); code != 0 {
					t.Fatalf("%v: exit %d: %s", a, code, e)
				}
			}
			for _, f := range c.files {
				sameFile(t, raw, viaPairs, f, "the raw tables and --pairs")
			}
			if main := filepath.Join(raw, c.files[0]); bytes.Count(readFileBytes(t, main), []byte("\n")) < 10 {
				t.Errorf("%s has fewer than 10 lines: the case tests too little", main)
			}
		})
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", study, "--pairs", tables["month"], "--lang", "en", "--before", "2025-01-01..2025-04-01", "--after", "2025-04-01..2025-07-01"}, "inside their period 2025-01"},
		{append([]string{"compare", study, "--pairs", tables["month"], "--lang", "en"}, halves...), "begins or ends at 2025-01-06, inside the period 2025-01"},
		{append([]string{"trend", study, "--pairs", tables["week"], "--lang", "en", "--from", "2025-01-06", "--to", "2025-06-30"}, months[4:]...), "sekat pairs --every day"},
		{append(append([]string{}, evaluate...), "--pairs", tables["week"], "--lang", "en"), "sekat pairs --every day"},
		{[]string{"facilitators", study, "--purpose", "uji", "--pairs", tables["week--levelperson"], "--from", "2025-01-06", "--to", "2025-03-31", "-q"}, "batas irisan 2025-02-01"},
		// unit tables of another window: the same rows read, others outside it
		{append([]string{"compare", study, "--level", "person", "--pairs", tables["day--levelperson"], "--unit-pairs", tables["day--to2025-12-01"], "--lang", "en"}, halves...),
			"were not made from the same log rows and window"},
	} {
		if code, _, e := sekat(t, append(c.args, "--out", filepath.Join(t.TempDir(), "o"))...); code != exitUsage || !strings.Contains(e, c.want) {
			t.Errorf("%v: exit %d, %q; want 2 saying %q", c.args, code, e, c.want)
		}
	}
}

// paddedStudy writes the sample study as plain CSV with its ids, list
// items, statuses and times padded with the white space sekat trims:
// ASCII and Unicode spaces (bytes.TrimSpace) for ids and times. sekat reads the same network from it as from the sample; the
// pair SQL must trim alike (DuckDB's text skips trim for values that
// begin and end with printable ASCII).
func paddedStudy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-spasi")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	idPad := []string{"", " ", "\t", "\u00a0", "\u3000", "\u2009", "\u202f", " \u00a0"}
	timePad := []string{"", " ", "\t", "  ", "\u00a0", "\u2003"}
	cols := map[string]map[string]string{ // table: column: "id", "list" or "time"
		"units":          {"unit_id": "id"},
		"people":         {"person_id": "id", "unit_id": "id", "valid_from": "time", "valid_to": "time"},
		"correspondence": {"sent_at": "time", "sender": "id", "recipients": "list", "cc": "list"},
		"meetings":       {"meeting_id": "id", "start": "time", "attendee": "id"},
		"data_sharing":   {"at": "time", "provider": "id", "consumer": "id", "status": "id"},
	}
	n := 0
	pad := func(v string, pads []string) string {
		if v == "" {
			return v
		}
		n++
		return pads[n%len(pads)] + v + pads[(n/len(pads))%len(pads)]
	}
	for _, table := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		kinds := cols[table]
		rows, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", table+".csv.gz"))))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows[1:] {
			for i, name := range rows[0] {
				switch kinds[name] {
				case "id":
					row[i] = pad(row[i], idPad)
				case "time":
					row[i] = pad(row[i], timePad)
				case "list":
					items := strings.Split(row[i], ";")
					for k := range items {
						items[k] = pad(items[k], idPad)
					}
					row[i] = strings.Join(items, ";")
				}
			}
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(rows)
		writeStudyFile(t, dir, table+".csv", b.Bytes())
	}
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	return dir
}

// binaryParquetStudy writes the embedded sample study with its letters in
// Parquet whose text columns are plain BYTE_ARRAY, without the STRING
// annotation, as Impala and older Hive write strings: DuckDB reads them
// as BLOB unless told (binary_as_string), and its SQL stopped on them
// (review r3 of session 15).
func binaryParquetStudy(t *testing.T) string {
	t.Helper()
	dir, rows, col := sampleWithoutLetters(t, "studi-biner")
	type letter struct {
		SentAt     []byte `parquet:"sent_at,optional"`
		Sender     []byte `parquet:"sender,optional"`
		Recipients []byte `parquet:"recipients,optional"`
		CC         []byte `parquet:"cc,optional"`
	}
	at, from, to, cc := col("sent_at"), col("sender"), col("recipients"), col("cc")
	cell := func(v string) []byte {
		if v == "" {
			return nil
		}
		return []byte(v)
	}
	var letters []letter
	for _, r := range rows[1:] {
		letters = append(letters, letter{cell(r[at]), cell(r[from]), cell(r[to]), cell(r[cc])})
	}
	if err := parquet.WriteFile(filepath.Join(dir, "correspondence.parquet"), letters); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sampleWithoutLetters writes the embedded sample study, but its letters,
// as plain CSV into a new folder name, and returns the folder, the
// letters' rows (the header first) and the index of a column of them.
func sampleWithoutLetters(t *testing.T, name string) (dir string, rows [][]string, col func(string) int) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"units", "people", "meetings", "data_sharing"} {
		writeStudyFile(t, dir, table+".csv", []byte(gunzip(t, readFileBytes(t, filepath.Join("sample", table+".csv.gz")))))
	}
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	rows, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "correspondence.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col = func(name string) int {
		i := slices.Index(rows[0], name)
		if i < 0 {
			t.Fatalf("the sample's letters have no column %s", name)
		}
		return i
	}
	return dir, rows, col
}

// typedTimesStudy writes the embedded sample study with its letters as
// Parquet whose sent_at is a typed timestamp (UTC), every 401st letter's
// set to the year 0 and every 409th to the year 10000, which sekat rejects
// (ingest.TimeOf reads the years 1 to 9999) and the SQL counted (QA of
// session 30: a letter of 0000-12-31 made one more tie).
func typedTimesStudy(t *testing.T) string {
	t.Helper()
	dir, rows, col := sampleWithoutLetters(t, "studi-waktu-bertipe")
	type letter struct {
		SentAt     time.Time `parquet:"sent_at,timestamp(microsecond)"`
		Sender     string    `parquet:"sender"`
		Recipients string    `parquet:"recipients"`
		CC         string    `parquet:"cc"`
	}
	at, from, to, cc := col("sent_at"), col("sender"), col("recipients"), col("cc")
	var letters []letter
	for i, r := range rows[1:] {
		when, err := time.ParseInLocation("2006-01-02 15:04:05", r[at], time.UTC)
		if err != nil {
			t.Fatalf("letter %d: %v", i+2, err)
		}
		switch {
		case i%401 == 5:
			when = time.Date(0, 12, 31, 10, 0, 0, 0, time.UTC)
		case i%409 == 7:
			when = time.Date(10000, 1, 2, 10, 0, 0, 0, time.UTC)
		}
		letters = append(letters, letter{when.UTC(), r[from], r[to], r[cc]})
	}
	if err := parquet.WriteFile(filepath.Join(dir, "correspondence.parquet"), letters); err != nil {
		t.Fatal(err)
	}
	return dir
}

// reusedMeetingIDs writes the embedded sample study with its meetings'
// ids replaced by 40 ids reused across the year, R0 to R39 in order of
// first appearance: most ids name meetings on several days, which both
// Load and the SQL take for different meetings.
func reusedMeetingIDs(t *testing.T) string {
	t.Helper()
	return meetingsVariant(t, "studi-id-rapat", func(rows [][]string) {
		col := slices.Index(rows[0], "meeting_id")
		ids := map[string]string{}
		for _, row := range rows[1:] {
			if _, ok := ids[row[col]]; !ok {
				ids[row[col]] = "R" + strconv.Itoa(len(ids)%40)
			}
			row[col] = ids[row[col]]
		}
		if len(ids) < 100 {
			t.Fatalf("the sample has %d meetings: too few to reuse ids", len(ids))
		}
	})
}

// arrivalTimes writes the embedded sample study with each attendee row's
// start moved on by its place in the meeting, in minutes (an attendance
// list that records arrivals): every meeting stays on its day, so both
// Load and the SQL keep it one meeting, at the time of its first row.
func arrivalTimes(t *testing.T) string {
	t.Helper()
	return meetingsVariant(t, "studi-waktu-hadir", func(rows [][]string) {
		id, start := slices.Index(rows[0], "meeting_id"), slices.Index(rows[0], "start")
		nth := map[string]int{}
		for _, row := range rows[1:] {
			at, err := time.Parse("2006-01-02 15:04:05", row[start])
			if err != nil {
				t.Fatal(err)
			}
			row[start] = at.Add(time.Duration(nth[row[id]]) * time.Minute).Format("2006-01-02 15:04:05")
			nth[row[id]]++
		}
	})
}

// meetingsVariant writes the embedded sample study into a folder name with
// its meetings table's rows (header first) changed by change.
func meetingsVariant(t *testing.T, name string, change func(rows [][]string)) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"units", "people", "correspondence", "data_sharing"} {
		writeStudyFile(t, dir, table+".csv.gz", readFileBytes(t, filepath.Join("sample", table+".csv.gz")))
	}
	rows, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "meetings.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	change(rows)
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	writeStudyFile(t, dir, "meetings.csv", b.Bytes())
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	return dir
}

// spellsTogether writes the embedded sample study with four of its
// people given a second spell, in BAPPEDA, that starts with their first:
// two with both spells open (the later row gives the unit), two whose
// first spell now ends on 2025-06-30 (it gives the unit until then).
// Load and the SQL order such spells alike.
// nipSpelt is the sample study with the NIPs of every third person of the
// people table, and of every fifth sender and recipient of the letters,
// written with spaces, some no-break (graph.CanonicalID), and for four people a second
// spell (in BAPPEDA from July) written in the other spelling. One person
// in eleven is listed by a NIK (16 digits) instead, and another by an old
// NIP (9 digits), in the people table, the letters and the meetings, and
// spaced as the NIPs are (4-4-4-4 and 3-3-3).
func nipSpelt(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-nip")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeStudyFile(t, dir, "units.csv.gz", readFileBytes(t, filepath.Join("sample", "units.csv.gz")))
	k := 0
	spaced := func(id string) string {
		sp := " "
		if len(id) == 18 || len(id) == 16 || len(id) == 9 {
			if k++; k%4 == 0 {
				sp = "\u00a0" // a no-break space, as a web page writes it
			}
		}
		switch len(id) {
		case 18:
			return id[:8] + sp + id[8:14] + " " + id[14:15] + " " + id[15:]
		case 16: // a NIK as a KTP is copied
			return id[:4] + sp + id[4:8] + " " + id[8:12] + " " + id[12:]
		case 9: // an old NIP
			return id[:3] + sp + id[3:6] + " " + id[6:]
		}
		return id
	}
	write := func(name string, rows [][]string) {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(rows)
		writeStudyFile(t, dir, name, b.Bytes())
	}
	people, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "people.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// other ids: a NIK for one person in eleven, an old NIP for another,
	// none the same as another's
	other, taken := map[string]string{}, map[string]bool{}
	for _, r := range people[1:] {
		taken[r[0]] = true
	}
	for i, r := range people[1:] {
		id := r[0]
		if len(id) != 18 || other[id] != "" {
			continue
		}
		var o string
		switch i % 11 {
		case 4:
			o = "32" + id[4:]
		case 7:
			o = id[9:]
		default:
			continue
		}
		if !taken[o] {
			other[id], taken[o] = o, true
		}
	}
	rename := func(id string) string {
		if o, ok := other[id]; ok {
			return o
		}
		return id
	}
	vf, vt := slices.Index(people[0], "valid_from"), slices.Index(people[0], "valid_to")
	n := len(people)
	for i := 1; i < n; i++ {
		r := people[i]
		r[0] = rename(r[0])
		if i%3 == 0 {
			r[0] = spaced(r[0])
		}
		if i%97 == 1 && r[vf] == "" && r[vt] == "" {
			extra := append([]string(nil), r...)
			extra[0], extra[1], extra[vf] = strings.ReplaceAll(r[0], " ", ""), "BAPPEDA", "2025-07-01"
			if extra[0] == r[0] {
				extra[0] = spaced(r[0])
			}
			r[vt] = "2025-06-30"
			people = append(people, extra)
		}
	}
	write("people.csv", people)
	letters, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "correspondence.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	snd, rec := slices.Index(letters[0], "sender"), slices.Index(letters[0], "recipients")
	for i, r := range letters[1:] {
		r[snd] = rename(r[snd])
		ids := strings.Split(r[rec], ";")
		for k := range ids {
			ids[k] = rename(ids[k])
		}
		r[rec] = strings.Join(ids, ";")
		if i%5 == 0 {
			r[snd] = spaced(r[snd])
		}
		if i%5 == 2 {
			for k := range ids {
				ids[k] = spaced(ids[k])
			}
			r[rec] = strings.Join(ids, ";")
		}
	}
	write("correspondence.csv", letters)
	meetings, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "meetings.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	att, org := slices.Index(meetings[0], "attendee"), slices.Index(meetings[0], "organizer")
	for i, r := range meetings[1:] {
		r[org] = rename(r[org])
		if r[att] = rename(r[att]); i%4 == 1 {
			r[att] = spaced(r[att])
		}
	}
	write("meetings.csv", meetings)
	shares, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", "data_sharing.csv.gz"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range shares[1:] {
		for _, c := range []int{slices.Index(shares[0], "provider"), slices.Index(shares[0], "consumer")} {
			r[c] = rename(r[c])
		}
	}
	write("data_sharing.csv", shares)
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	return dir
}

func spellsTogether(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-masa-tugas")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"units", "correspondence", "meetings", "data_sharing"} {
		writeStudyFile(t, dir, table+".csv.gz", readFileBytes(t, filepath.Join("sample", table+".csv.gz")))
	}
	people := gunzip(t, readFileBytes(t, filepath.Join("sample", "people.csv.gz")))
	rows, err := csv.NewReader(strings.NewReader(people)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	vt := slices.Index(rows[0], "valid_to")
	for i, r := range rows[1:5] {
		extra := append([]string(nil), r...)
		extra[1] = "BAPPEDA"
		if i >= 2 && vt >= 0 && r[vt] == "" {
			r[vt] = "2025-06-30" // a transfer without the new spell's start
		}
		rows = append(rows, extra)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	writeStudyFile(t, dir, "people.csv", b.Bytes())
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	return dir
}

// withStudy is a copy of args with the argument study replaced by bare.
func withStudy(args []string, study, bare string) []string {
	out := append([]string{}, args...)
	for i, a := range out {
		if a == study {
			out[i] = bare
		}
	}
	return out
}

// sameFile reports an error when file f differs between folders a and b
// (what names the two runs) and returns its bytes in a.
func sameFile(t *testing.T, a, b, f, what string) []byte {
	t.Helper()
	want, err := os.ReadFile(filepath.Join(a, f))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(b, f))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs between %s:\n%s", f, what, firstDiff(got, want))
	}
	return want
}

// timeFormsStudy writes the embedded sample study with its times written
// in turn in the forms of docs/inputs.md#times (the same instants): dotted
// clocks, year first with '/' and '-' (1-digit month and day), day first
// with '/', '-' and '.', month names in both languages (full, abbreviated,
// with a dot, Mrt), WIB, Excel serials
// in the log tables; with mdy, numeric dates month first and date_order:
// mdy in study.yaml. Review B of session 14 found the pair SQL read only
// ISO and day-first '/' dates, and no date_order.
func timeFormsStudy(t *testing.T, mdy bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-bentuk-waktu")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	id := []string{"", "Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"}
	en := []string{"", "Jan.", "feb", "MAR", "Apr.", "May", "Jun.", "Jul", "Agt", "Sept.", "Okt", "Nov.", "DEC"}
	n := 0
	form := func(v string, serial bool) string {
		v = strings.TrimSpace(v)
		if v == "" {
			return v
		}
		tm, err := time.Parse("2006-01-02 15:04:05", v)
		dateOnly := false
		if err != nil {
			if tm, err = time.Parse("2006-01-02", v); err != nil {
				t.Fatalf("sample time %q", v)
			}
			dateOnly = true
		}
		n++
		d, m, y := tm.Day(), int(tm.Month()), tm.Year()
		num := func(sep string) string {
			if mdy {
				return fmt.Sprintf("%02d%s%02d%s%d", m, sep, d, sep, y)
			}
			return fmt.Sprintf("%02d%s%02d%s%d", d, sep, m, sep, y)
		}
		var date string
		switch n % 8 {
		case 0:
			if !dateOnly && n%16 == 0 { // the study's zone by name, as GMT+7, or as Java writes it
				utc := tm.Add(-7 * time.Hour).Format("2006-01-02T15:04:05")
				return []string{v + " WIB", strings.Replace(v, ":", ".", 2) + "wib", strings.Replace(v, " ", "T", 1) + "+07:00[Asia/Jakarta]",
					v + " GMT+7", v + " utc+07:00", utc + "Z[UTC]", strings.Replace(v, "-", "/", 2) + "+0700[Asia/Jakarta]"}[n/16%7]
			}
			if !dateOnly && n%16 == 8 { // as the Unix date command writes it, the month first and the year last
				return []string{tm.Format("Mon Jan _2 15:04:05 WIB 2006"), tm.Format("Jan 2 15:04:05 2006"), tm.Format("mon JAN _2 3:04:05 PM +0700 2006")}[n/16%3]
			}
			return v
		case 1: // year first with '/', '-' (2025-3-4) or nothing (20250304)
			sep := []string{"/", "-", ""}[n/8%3]
			date = fmt.Sprintf("%d%s%d%s%d", y, sep, m, sep, d)
			if sep == "" {
				date = fmt.Sprintf("%d%02d%02d", y, m, d)
			}
		case 2:
			date = num("/")
		case 3:
			date = num("-")
		case 4:
			date = num(".")
		case 5:
			date = fmt.Sprintf("%d %s %d", d, id[m], y)
		case 6:
			name := en[m]
			if m == 3 && n/8%2 == 1 {
				name = "Mrt" // as Indonesian letters abbreviate Maret
			}
			date = fmt.Sprintf("%02d-%s-%d", d, name, y)
		case 7:
			if serial {
				days := tm.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
				if dateOnly {
					return strconv.Itoa(int(days))
				}
				return strings.Replace(strconv.FormatFloat(days, 'f', 10, 64), ".", []string{".", ","}[n%2], 1)
			}
			date = fmt.Sprintf("%d  %s  %d", d, id[m], y)
		}
		dayFirst := n%8 >= 2      // 1 is year first
		if dayFirst && n%5 == 1 { // opened by the day of the week, as Indonesian letters and Excel write it
			wd := []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}[tm.Weekday()]
			if wd == "Jumat" { // as letters spell it too, the apostrophe typed or a word processor's
				wd = []string{"Jumat", "Jum'at", "Jum’at"}[n/3%3]
			}
			date = []string{wd + ", ", strings.ToUpper(wd) + " ", tm.Format("Mon") + ", ", tm.Format("Monday") + " "}[n/5%4] + date
		}
		if dateOnly {
			return date
		}
		sep, clock := "  ", fmt.Sprintf("%d:%s", tm.Hour(), tm.Format("04:05"))
		if n%3 == 0 {
			sep, clock = " ", tm.Format("15.04.05")
		}
		if n%13 == 6 { // a 12-hour clock, as Excel writes it in an English setting
			clock = []string{tm.Format("3:04:05 PM"), tm.Format("03:04:05pm"), tm.Format("3.04.05 pm")}[n/13%3]
		}
		if dayFirst && n%7 >= 3 { // 3 Februari 2025, pukul 09.00 WIB; 10 Januari 2025 jam 09.00
			sep = []string{", ", " pukul ", ", Pukul  ", ","}[n%7-3]
			if n%17 == 4 {
				sep = []string{" jam ", ", Pkl. ", " pkl "}[n/17%3]
			}
		}
		if dayFirst && n%11 == 5 {
			clock += []string{" WIB", "+07:00", " GMT+7", "wib"}[n/11%4]
		}
		return date + sep + clock
	}
	times := map[string][]string{"people": {"valid_from", "valid_to"}, "correspondence": {"sent_at"}, "meetings": {"start"}, "data_sharing": {"at"}}
	for _, table := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		rows, err := csv.NewReader(strings.NewReader(gunzip(t, readFileBytes(t, filepath.Join("sample", table+".csv.gz"))))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range times[table] {
			col := slices.Index(rows[0], c)
			for _, row := range rows[1:] {
				row[col] = form(row[col], table != "people")
			}
		}
		if table == "units" { // the kinds in Bahasa Indonesia too (graph.UnitKindWords)
			col := slices.Index(rows[0], "kind")
			words := map[string][]string{"coordinator": {"Koordinator", "COORDINATOR"}, "external": {"eksternal"}, "internal": {"internal", "", "INTERNAL"}}
			for i, row := range rows[1:] {
				w := words[row[col]]
				row[col] = w[i%len(w)]
			}
		}
		if table == "data_sharing" { // every word engine.StatusWords reads, in any case
			col := slices.Index(rows[0], "status")
			words := map[string][]string{"granted": {"granted", "Approved", " disetujui ", "DIBERIKAN", ""},
				"denied": {"denied", "Rejected", "declined", "REFUSED", "Ditolak"}, "pending": {"pending", "waiting", "Diproses", "MENUNGGU"}}
			for i, row := range rows[1:] {
				w := words[row[col]]
				row[col] = w[i%len(w)]
			}
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(rows)
		writeStudyFile(t, dir, table+".csv", b.Bytes())
	}
	yaml := readFileBytes(t, filepath.Join("sample", "study.yaml"))
	if mdy {
		yaml = append(yaml, "date_order: mdy\n"...)
	}
	writeStudyFile(t, dir, "study.yaml", yaml)
	return dir
}

// badZonesStudy is the sample study with one letter in 150 sent at a time
// whose zone sekat refuses (a region name without an offset or after WIB
// or GMT+7, an empty or spaced name, GMT+24, a three-digit GMT hour) and
// every 149th at one it reads (bracketed region after an offset or Z,
// GMT and UTC offsets): the engine must reject and read the same letters.
func badZonesStudy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-zona")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bad := []string{"%sT%s[Asia/Jakarta]", "%s %s WIB[Asia/Jakarta]", "%s %s GMT+7[Asia/Jakarta]", "%sT%s+07:00[]", "%sT%s+07:00[Asia Jakarta]",
		"%s %s GMT+24", "%s %s GMT+007", "%sT%s+07:00[Asia/Jakarta", "%sT%s+07:00[A][B]", "%s[x] %s+07:00"}
	good := []string{"%sT%s+07:00[Asia/Jakarta]", "%s %s GMT+7", "%s %s gmt+07", "%s %s UTC+07:00", "%s %s +0700[Etc/GMT-7]"}
	for _, table := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		text := gunzip(t, readFileBytes(t, filepath.Join("sample", table+".csv.gz")))
		if table == "correspondence" {
			rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			col := slices.Index(rows[0], "sent_at")
			for i, row := range rows[1:] {
				date, clock, ok := strings.Cut(strings.TrimSpace(row[col]), " ")
				switch {
				case !ok:
				case i%150 == 7:
					row[col] = fmt.Sprintf(bad[i/150%len(bad)], date, clock)
				case i%149 == 3:
					row[col] = fmt.Sprintf(good[i/149%len(good)], date, clock)
				}
			}
			var b bytes.Buffer
			w := csv.NewWriter(&b)
			w.WriteAll(rows)
			text = b.String()
		}
		writeStudyFile(t, dir, table+".csv", []byte(text))
	}
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	return dir
}

// TestPairsDuckDBOtherReading: tables sekat pairs --run made are refused by
// analyze --pairs once study.yaml reads the logs another way (date_order:
// mdy added), and for another study with the same unit ids; before, the
// reviewer's dd/mm study failed on its logs (60% rejected) and analyzed
// without a word from the tables of the old reading.
func TestPairsDuckDBOtherReading(t *testing.T) {
	tmp := t.TempDir()
	gen := func(name, seed string) string {
		d := filepath.Join(tmp, name)
		if code, _, e := sekat(t, "generate", "--seed", seed, "--scale", "0.05", "--out", d); code != 0 {
			t.Fatalf("generate: exit %d: %s", code, e)
		}
		return d
	}
	a, b := gen("a", "7"), gen("b", "8")
	pairs := filepath.Join(tmp, "pairs")
	if code, _, e := sekat(t, "pairs", a, "--run", "--out", pairs); code != 0 {
		t.Fatalf("pairs: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", a, "--pairs", pairs, "--out", filepath.Join(tmp, "o1")); code != 0 {
		t.Fatalf("analyze --pairs on its own study: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", b, "--pairs", pairs, "--out", filepath.Join(tmp, "o2"), "--lang", "en"); code != exitUsage || !strings.Contains(e, "other units or people tables") {
		t.Errorf("another study: exit %d, %q", code, e)
	}
	y := filepath.Join(a, "study.yaml")
	old, _ := os.ReadFile(y)
	if err := os.WriteFile(y, append(old, "\ndate_order: mdy\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, e := sekat(t, "analyze", a, "--pairs", pairs, "--out", filepath.Join(tmp, "o3"), "--lang", "en"); code != exitUsage || !strings.Contains(e, "other reading settings of study.yaml") {
		t.Errorf("date_order changed: exit %d, %q", code, e)
	}
}

// TestPairsDuckDBRunForce: pairs --run --force into a folder that is not
// empty is refused, as without --force, and the refusal says that --force
// replaces only the SQL file (written without --run), so a user who gave
// --force to replace earlier tables learns why it did not; the folder is
// left as it was.
func TestPairsDuckDBRunForce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pasangan")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "pairs.sql")
	if err := os.WriteFile(old, []byte("-- earlier\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"id": {"--force hanya mengganti berkas SQL", "tanpa --run", "folder baru"},
		"en": {"--force replaces only the SQL file", "without --run", "new folder"},
	} {
		code, _, e := sekat(t, "pairs", "sample", "--run", "--force", "--out", dir, "--lang", lang)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2: %s", lang, code, e)
		}
		for _, w := range want {
			if !strings.Contains(e, w) {
				t.Errorf("%s: the refusal does not say %q: %s", lang, w, e)
			}
		}
	}
	if b, _ := os.ReadFile(old); string(b) != "-- earlier\n" {
		t.Errorf("the folder's pairs.sql changed: %q", b)
	}
}

// TestPairsDuckDBKeptText: the pairs.sql that --run keeps says on its
// first line what it is: the text run, with the final folder as its
// destination where the run wrote a temporary folder beside it (before,
// it named only the final folder, and docs/engines.md called it "the
// text it ran"). Past that line it is the text sekat pairs writes with
// --dest the final folder.
func TestPairsDuckDBKeptText(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pasangan")
	if code, _, e := sekat(t, "pairs", "sample", "--run", "--out", out); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	kept := readFile(t, filepath.Join(out, "pairs.sql"))
	first, rest, _ := strings.Cut(kept, "\n")
	if !strings.HasPrefix(first, "-- Kept by sekat pairs --run: the text it ran, except that the run wrote into a temporary folder") || !strings.Contains(first, out) {
		t.Errorf("pairs.sql does not say what it is: %q", first)
	}
	code, text, e := sekat(t, "pairs", "sample", "--dest", out)
	if code != 0 {
		t.Fatalf("pairs --dest: exit %d: %s", code, e)
	}
	if rest != text {
		t.Errorf("past its first line pairs.sql is not the text of sekat pairs --dest %s", out)
	}
	if strings.Contains(kept, ".sekat-pairs-") {
		t.Errorf("pairs.sql names the temporary folder")
	}
}

// TestPairsDuckDBDocSizes: the sizes docs/engines.md quotes come out again
// as it says they were measured. The logs are generated, so their bytes
// must be those quoted, and so must the pair tables' (the same on every
// run since they are sorted and written with one thread; before, they
// varied with the order of DuckDB's threads, and the doc quoted a range).
// Before that, the doc quoted 78,165 bytes and 492 KB of logs that no run
// gave.
func TestPairsDuckDBDocSizes(t *testing.T) {
	doc := readFile(t, "../../docs/engines.md")
	num := func(s string) int64 {
		n, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	bytesIn := func(dir string, keep func(string) bool) int64 {
		var n int64
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !keep(d.Name()) {
				return err
			}
			fi, err := d.Info()
			n += fi.Size()
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	parquetFiles := func(n string) bool { return strings.HasSuffix(n, ".parquet") }
	tmp := t.TempDir()
	for _, c := range []struct{ scale, quote string }{
		{"1", `the logs 951 KB \(([\d,]+) bytes of Parquet\)`},
		{"0.5", "--scale 0.5 --format\\s+parquet`, ([\\d,]+) bytes of Parquet logs"},
	} {
		m := regexp.MustCompile(strings.ReplaceAll(c.quote, " ", `\s+`)).FindStringSubmatch(doc)
		if m == nil {
			t.Fatalf("docs/engines.md quotes no size of the logs at --scale %s (%s)", c.scale, c.quote)
		}
		d := filepath.Join(tmp, "studi-"+c.scale)
		if code, _, e := sekat(t, "generate", "--seed", "7", "--scale", c.scale, "--format", "parquet", "--out", d); code != 0 {
			t.Fatalf("generate: exit %d: %s", code, e)
		}
		if got := bytesIn(d, parquetFiles); got != num(m[1]) {
			t.Errorf("--scale %s: the logs take %d bytes, docs/engines.md says %s", c.scale, got, m[1])
		}
	}
	m := regexp.MustCompile(`they\s+take\s+([\d,]+)\s+bytes\s+on\s+every\s+run`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/engines.md quotes no size of the six pair tables")
	}
	out := filepath.Join(tmp, "pasangan")
	if code, _, e := sekat(t, "pairs", filepath.Join(tmp, "studi-1"), "--run", "--out", out); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	got := bytesIn(out, func(n string) bool { return n != "pairs.sql" })
	if got != num(m[1]) {
		t.Errorf("the six pair tables took %d bytes, docs/engines.md says %s", got, m[1])
	}
}

// TestPairsDuckDBLetterRowRemoved: a row of pairs that holds letters only,
// deleted by hand from tables sekat pairs --run wrote as CSV, is refused
// by analyze --pairs, in both languages; before (format version 2), no
// total counted letter ties, and analyze went on with exit 0 and another
// edges.csv.
func TestPairsDuckDBLetterRowRemoved(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "p")
	if code, _, e := sekat(t, "pairs", "sample", "--run", "--table-format", "csv", "--out", out); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	p := filepath.Join(out, "pairs.csv")
	lines := strings.SplitAfter(readFile(t, p), "\n")
	gone := -1
	for i, l := range lines[1:] {
		f := strings.Split(strings.TrimSpace(l), ",")
		if len(f) == 8 && f[2] != "0" && f[4] == "0" && f[5] == "0" {
			gone = i + 1
			break
		}
	}
	if gone < 0 {
		t.Fatal("pairs.csv has no row of letters only")
	}
	if err := os.WriteFile(p, []byte(strings.Join(slices.Delete(lines, gone, gone+1), "")), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{
		"en": "the rows of pairs (correspondence) in the periods read add up to",
		"id": "letter_ties",
	} {
		code, _, e := sekat(t, "analyze", "sample", "--pairs", out, "--out", filepath.Join(dir, "o-"+lang), "--lang", lang)
		if code != exitUsage || !strings.Contains(e, want) {
			t.Errorf("%s: exit %d, %q; want exit 2 saying %q", lang, code, e, want)
		}
	}
}

// TestPairsDuckDBSameBytes: sekat pairs --run writes the same bytes on
// every run, as CSV and as Parquet partitioned by day. Before, DuckDB's
// threads handed the writes the rows in another order on each run, a
// partitioned write made a file per thread that had rows of a day, and
// pairs.meetings, a sum of DOUBLEs in the threads' order, changed in its
// last bits (0.9159090909090909 against 0.9159090909090908 for one pair
// of the study below).
func TestPairsDuckDBSameBytes(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	if code, _, e := sekat(t, "generate", "--seed", "641", "--scale", "0.5", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	files := func(root string) map[string][]byte {
		m := map[string][]byte{}
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Name() == "pairs.sql" {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			m[rel] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	for _, args := range [][]string{{"--table-format", "csv"}, {"--every", "day"}} {
		var first map[string][]byte
		for run := 0; run < 3; run++ {
			out := filepath.Join(dir, fmt.Sprintf("p%s-%d", args[1], run))
			if code, _, e := sekat(t, append(append([]string{"pairs", "--run", "-q", "--out", out}, args...), st)...); code != 0 {
				t.Fatalf("pairs --run %v: exit %d: %s", args, code, e)
			}
			got := files(out)
			if first == nil {
				first = got
				continue
			}
			if len(got) != len(first) {
				t.Errorf("pairs --run %v: run %d wrote %d files, run 1 %d", args, run+1, len(got), len(first))
			}
			for name, b := range got {
				if !bytes.Equal(b, first[name]) {
					t.Errorf("pairs --run %v: run %d wrote %s with other bytes than run 1", args, run+1, name)
				}
			}
		}
	}
}

// TestPairsDuckDBSepLine: a study whose correspondence.csv opens with
// Excel's "sep=;" line (and a byte order mark before it, as Excel writes)
// gives, through sekat pairs --run and analyze --pairs, the edges.csv,
// units.csv and groups.csv of analyze on the raw tables. Before, sekat
// pairs refused the file as a missing column while analyze read it.
func TestPairsDuckDBSepLine(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	if code, _, e := sekat(t, "generate", "--seed", "646", "--scale", "0.2", "--format", "csv-semicolon", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	p := filepath.Join(st, "correspondence.csv")
	b := []byte(readFile(t, p))
	bom := []byte("\xef\xbb\xbf")
	b = append(append(append([]byte(nil), bom...), "sep=;\r\n"...), bytes.TrimPrefix(b, bom)...)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pairs, raw, viaPairs := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "viapairs")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", viaPairs, st); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, e)
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv"} {
		sameFile(t, raw, viaPairs, f, "sep line")
	}
}

// TestPairsDuckDBBlankLinesAboveHeader: blank lines above the header (the
// first line blank, or one between Excel's sep line and the header; lines
// of white space only; a spreadsheet's empty rows of delimiters or quoted
// empty cells) are passed over by sekat pairs --run as by analyze: no row
// rejected, and the same edges.csv. Before, DuckDB took the blank line for
// the header and rejected the real header as a row (rows_read one more,
// rows_rejected 1); and both refused a line of spaces, or of delimiters
// only, as a header missing every required column.
func TestPairsDuckDBBlankLinesAboveHeader(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.1", "--out", base); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	letters := readFile(t, filepath.Join(base, "correspondence.csv"))
	for name, above := range map[string]string{"blank-first": "\n", "sep-blank": "sep=,\n\n",
		"spaces": "   \n\t\n", "delimiters": ",,,,,,\n;;;\n\"\",\"\"\n", "sep-spaces": "sep=,\n  \n,,,,,,\n",
		// a blank record over two lines (a quoted line break), which
		// DuckDB's skip counts as one: skipping its lines skipped the
		// header, and DuckDB took the first letter for it
		"quoted-break": "\"\n\",,,,,,\n", "sep-quoted-break": "sep=,\n\n\" \r\n \"\n  \n"} {
		st := filepath.Join(dir, name)
		if err := os.CopyFS(st, os.DirFS(base)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(st, "correspondence.csv"), []byte(above+letters), 0o644); err != nil {
			t.Fatal(err)
		}
		pairs, raw, viaPairs := filepath.Join(dir, name+"-p"), filepath.Join(dir, name+"-raw"), filepath.Join(dir, name+"-viapairs")
		if code, _, e := sekat(t, "pairs", "--run", "-q", "--table-format", "csv", "--out", pairs, st); code != 0 {
			t.Fatalf("%s: pairs --run: exit %d: %s", name, code, e)
		}
		for _, line := range strings.Split(readFile(t, filepath.Join(pairs, "inputs.csv")), "\n") {
			if f := strings.Split(line, ","); f[0] == "correspondence" && (len(f) < 3 || f[2] != "0") {
				t.Errorf("%s: the engine rejected rows: %s", name, line)
			} else if f[0] == "correspondence" && f[1] != strconv.Itoa(strings.Count(letters, "\n")-1) {
				t.Errorf("%s: the engine read %s letters, want %d", name, f[1], strings.Count(letters, "\n")-1)
			}
		}
		if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
			t.Fatalf("%s: analyze: exit %d: %s", name, code, e)
		}
		if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", viaPairs, st); code != 0 {
			t.Fatalf("%s: analyze --pairs: exit %d: %s", name, code, e)
		}
		sameFile(t, raw, viaPairs, "edges.csv", name)
		sameFile(t, raw, viaPairs, "units.csv", name)
	}
	// A blank record above the header with broken quoting (" ""), which
	// sekat reads on from the next line and DuckDB otherwise: DuckDB
	// skipped the header and took the first letter for it, so the text is
	// refused.
	bq := filepath.Join(dir, "broken-quote")
	if err := os.CopyFS(bq, os.DirFS(base)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bq, "correspondence.csv"), []byte("\"\n\" \"\"\n"+letters), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--lang", "en", "--out", filepath.Join(dir, "broken-quote-p"), bq); code != 2 || !strings.Contains(e, "correspondence.csv: the lines above its header (line 3) hold broken quoting") {
		t.Errorf("broken quoting above the header: exit %d: %s", code, e)
	}
	// A blank line that ends unlike the header (CRLF above LF lines):
	// DuckDB read no row of the file, and said nothing; it is refused,
	// naming the file and the header's line.
	st := filepath.Join(dir, "mixed-ends")
	if err := os.CopyFS(st, os.DirFS(base)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(st, "correspondence.csv"), []byte(",,,,,,\r\n"+letters), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, e := sekat(t, "pairs", "--run", "-q", "--out", filepath.Join(dir, "mixed-ends-p"), st)
	if code != 2 || !strings.Contains(e, "correspondence.csv: sebuah baris kosong di atas baris judulnya (baris 2)") {
		t.Errorf("mixed line ends above the header: exit %d: %s", code, e)
	}
}

// pairsAsAnalyze runs sekat pairs --run and analyze on the study st, and
// analyze --pairs on the tables, in folders of dir named after what, and
// checks that the inputs table and summary.json count read letters read
// (and rejected rows rejected, when any) and that edges.csv is the same.
func pairsAsAnalyze(t *testing.T, dir, what, st string, read, rejected int) {
	t.Helper()
	name := strings.ReplaceAll(what, " ", "-")
	pairs, raw, via := filepath.Join(dir, name+"-p"), filepath.Join(dir, name+"-raw"), filepath.Join(dir, name+"-via")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("%s: pairs --run: exit %d: %s", what, code, e)
	}
	if want := fmt.Sprintf("correspondence,%d,%d,", read, rejected); !strings.Contains(readFile(t, filepath.Join(pairs, "inputs.csv")), want) {
		t.Errorf("%s: inputs.csv: %s, want %s...", what, readFile(t, filepath.Join(pairs, "inputs.csv")), want)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("%s: analyze: exit %d: %s", what, code, e)
	}
	s := readFile(t, filepath.Join(raw, "summary.json"))
	if !strings.Contains(s, fmt.Sprintf(`"rows_read": %d,`, read)) || rejected > 0 && !strings.Contains(s, fmt.Sprintf(`"rows_rejected": %d,`, rejected)) {
		t.Errorf("%s: summary.json does not count %d letters read, %d rejected", what, read, rejected)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", via, st); code != 0 {
		t.Fatalf("%s: analyze --pairs: exit %d: %s", what, code, e)
	}
	sameFile(t, raw, via, "edges.csv", what)
}

// TestPairsDuckDBBlankRows: rows that hold nothing between the data rows (a
// spreadsheet's empty row ,,,,,, and "","",..., a line of spaces, "","" short
// of the header's fields, an empty line), and the header written again, are
// passed over by analyze and by sekat pairs --run alike: the inputs table counts the rows read and
// rejected that summary.json counts, and edges.csv is the same. Before,
// analyze rejected the quoted and white space rows, DuckDB rejected the
// delimiter rows, and DuckDB stopped on the line of spaces with its own raw
// text. A row short of the header's fields is rejected by analyze and
// counted so by the engine (before, DuckDB stopped on it); a row with text
// past the header's fields, which DuckDB cannot read, stops sekat pairs
// with a message naming the file and the line in sekat's words (and a
// quote not closed too); so does a file whose lines
// end in LF and CRLF both, naming the first line that ends unlike line 1.
func TestPairsDuckDBBlankRows(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.1", "--out", base); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	lines := strings.SplitAfter(readFile(t, filepath.Join(base, "correspondence.csv")), "\n")
	write := func(name string, rows []string) string {
		st := filepath.Join(dir, name)
		if err := os.CopyFS(st, os.DirFS(base)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(st, "correspondence.csv"), []byte(strings.Join(rows, "")), 0o644); err != nil {
			t.Fatal(err)
		}
		return st
	}
	blank := []string{",,,,,,\n", "\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n", "    \n", "\"\",\"\"\n", "\n", " \t , ,\\N,,,,\n"}
	var rows []string
	for i, l := range lines {
		rows = append(rows, l)
		if i > 0 && i <= len(blank) {
			rows = append(rows, blank[i-1])
		}
	}
	pairsAsAnalyze(t, dir, "blank rows", write("blank-rows", rows), len(lines)-2, 0) // the header and the final "" aside
	// the header written again, as exports joined with their headers
	// leave it (in another case too): neither read nor rejected by either
	headers := append(append([]string{}, lines[:9]...), append([]string{lines[0], strings.ToUpper(lines[0])}, lines[9:]...)...)
	pairsAsAnalyze(t, dir, "header rows", write("header-rows", headers), len(lines)-2, 0)

	// a row short of the header's fields: rejected by analyze, and set
	// aside by DuckDB, counted as read and rejected alike
	short := write("short-row", append(append([]string{}, lines[:5]...), append([]string{"SRT-X,2025-01-02 09:00:00,P1\n"}, lines[5:]...)...))
	pairsAsAnalyze(t, dir, "a short row", short, len(lines)-1, 1)
	// a row with text past the header's fields, or with a quote not
	// closed: DuckDB stops, and sekat says so in its own words, naming the
	// file, the line and the fix, with DuckDB's English (TOO MANY
	// COLUMNS ..., UNQUOTED VALUE ...) after the sentence, not inside it
	// as it was ("pembaca CSV DuckDB menolak baris ini (TOO MANY COLUMNS:
	// Expected Number of Columns: 7 Found: 8), ...")
	for _, c := range []struct {
		name, row, duck string
		want            []any
	}{
		{"wide-row", "SRT-X,2025-01-02 09:00:00,P1,P2,,surat,,lebih\n", "TOO MANY COLUMNS: Expected Number of Columns: 7 Found: 8",
			[]any{"sql.csvWide", "correspondence.csv", int64(6), 8, 7}},
		{"quote-row", "SRT-X,2025-01-02 09:00:00,P1,P2,,\"surat\"x,\n", "UNQUOTED VALUE: Value with unterminated quote found.",
			[]any{"sql.csvQuote", "correspondence.csv", int64(6)}},
	} {
		st := write(c.name, append(append([]string{}, lines[:5]...), append([]string{c.row}, lines[5:]...)...))
		for _, lang := range []string{"id", "en"} {
			code, _, e := sekat(t, "pairs", "--run", "-q", "--out", filepath.Join(dir, c.name+"-"+lang), "--lang", lang, st)
			want := "sekat: " + msg(lang, c.want[0].(string), c.want[1:]...) + "\n  " + msg(lang, "sql.duckdbSaid") + ": " + c.duck + "\n"
			if code != 2 || e != want {
				t.Errorf("%s, %s: exit %d:\n%s\nwant exit 2 and\n%s", c.name, lang, code, e, want)
			}
		}
	}
	crlf := append([]string{}, lines...)
	for i := range 3 {
		crlf[i] = strings.TrimSuffix(crlf[i], "\n") + "\r\n"
	}
	mixed := write("mixed-ends", crlf)
	code, _, e := sekat(t, "pairs", "--run", "-q", "--out", filepath.Join(dir, "mixed-p"), mixed)
	if code != 2 || !strings.Contains(e, "correspondence.csv: baris-barisnya berakhir dengan dua cara (baris 1 dengan CRLF, baris 4 dengan LF)") {
		t.Errorf("mixed line ends: exit %d: %s", code, e)
	}
}

// TestPairsDuckDBBlankRowsTSV: in a TSV letters file, lines of quoted
// empty cells or \N short of the header's fields ("" TAB "") are blank to
// analyze and to the DuckDB text alike. Before, the DuckDB text's pattern
// of a blank line had the delimiter as the two characters \t, not a TAB:
// sekat pairs counted each such line as a letter read and rejected, which
// analyze passes over.
func TestPairsDuckDBBlankRowsTSV(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.05", "--out", base); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	st := filepath.Join(dir, "tsv")
	if err := os.CopyFS(st, os.DirFS(base)); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(readFile(t, filepath.Join(base, "correspondence.csv")), "\n")
	blank := []string{"\"\"\t\"\"\n", "\\N\t\\N\n", "\"\\N\"\t\"  \"\t\n"}
	var b strings.Builder
	for i, l := range lines {
		if strings.Contains(l, "\"") || strings.Contains(l, "\t") {
			t.Fatalf("line %d of the generated letters holds a quote or a TAB: %q", i+1, l)
		}
		b.WriteString(strings.ReplaceAll(l, ",", "\t"))
		if i > 0 && i <= len(blank) {
			b.WriteString(blank[i-1])
		}
	}
	if err := os.Remove(filepath.Join(st, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(st, "correspondence.tsv"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	pairsAsAnalyze(t, dir, "blank TSV rows", st, len(lines)-2, 0) // the header and the final "" aside
}

// TestPairsDuckDBLongLine: a letter whose line is 3 MB long (a cell sekat
// does not read, holding a pasted document) is read by analyze, which
// takes records of up to 16 MiB, and by sekat pairs --run alike. Before,
// DuckDB's read_csv stopped at its default max_line_size of 2 MB.
func TestPairsDuckDBLongLine(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.1", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	p := filepath.Join(st, "correspondence.csv")
	lines := strings.SplitAfter(readFile(t, p), "\n")
	f := strings.Split(lines[5], ",")
	f[5] = strings.Repeat("x", 3<<20) // kind
	lines[5] = strings.Join(f, ",")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	pairs, raw, viaPairs := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "viapairs")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", viaPairs, st); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, e)
	}
	sameFile(t, raw, viaPairs, "edges.csv", "a long line")
}

// TestPairsDuckDBPendingOnlyDay: a pending data request on a day without
// any other event (here 1 January, before the generated year's first
// letter) gives that day's period a row of totals and, since a pending
// request names no node, no row of nodes; analyze --pairs reads those day
// tables and gives the raw tables' edges.csv and units.csv, and compare
// and trend read them too. Before, analyze --pairs refused the tables that
// sekat pairs --run --every day had just written ("the totals table counts
// 1 events in period 2025-01-01, and the nodes table has no row in it"),
// found by a differential check on a small made-up study whose only
// event of 2025-06-28 was a pending request.
func TestPairsDuckDBPendingOnlyDay(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.1", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	p := filepath.Join(st, "data_sharing.csv")
	text := readFile(t, p)
	f := strings.Split(strings.SplitN(text, "\n", 3)[1], ",") // at,provider,consumer,dataset,status,records
	text += "2025-01-01 10:00:00," + f[1] + "," + f[2] + ",Data Uji,menunggu,0\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	pairs, raw, viaPairs := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "viapairs")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--every", "day", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	// the case: the day has totals (one pending request) and no nodes
	if tot := readFile(t, filepath.Join(pairs, "totals", "period=2025-01-01", "data_0.csv")); !strings.Contains(tot, "\n0,0,0,0,0,0,0,0,1,0,0") {
		t.Fatalf("totals of 2025-01-01: %q, want one pending request only", tot)
	}
	if _, err := os.Stat(filepath.Join(pairs, "nodes", "period=2025-01-01")); !os.IsNotExist(err) {
		t.Fatalf("nodes has a period 2025-01-01 (%v): the case tests nothing", err)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", viaPairs, st); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, e)
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
		sameFile(t, raw, viaPairs, f, "analyze and analyze --pairs")
	}
	for _, c := range [][]string{
		{"compare", "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--resamples", "100", "--permutations", "100"},
		{"trend", "--every", "month", "--resamples", "100", "--permutations", "100"},
	} {
		if code, _, e := sekat(t, append(append([]string{}, c...), "-q", "--pairs", pairs, "--out", filepath.Join(dir, c[0]), st)...); code != 0 {
			t.Errorf("%s --pairs: exit %d: %s", c[0], code, e)
		}
	}
}

// TestPairsDuckDBMeetingRowsOutside: tables by month read for a window of
// some of their months give summary.json the rows outside the window that
// analyze gives on the raw tables, for each log table, meetings included:
// totals' meeting_rows counts the attendee rows of each period's meetings.
// Before, the meetings' rows outside were 0 there (a generated provinsi
// study read from April to October: analyze said 12,510, analyze --pairs
// 0), since the tables counted meetings, not their rows.
func TestPairsDuckDBMeetingRowsOutside(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	if code, _, e := sekat(t, "generate", "--seed", "662", "--scale", "0.1", "--out", st); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	pairs := filepath.Join(dir, "p")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--every", "month", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	outside := func(args ...string) map[string]int64 {
		out := filepath.Join(dir, fmt.Sprint(len(args)))
		args = append([]string{"analyze", st, "-q", "--from", "2025-04-01", "--to", "2025-10-01", "--out", out}, args...)
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, e)
		}
		var s struct {
			Inputs []struct {
				Table   string `json:"table"`
				Outside int64  `json:"rows_outside_window"`
			} `json:"inputs"`
		}
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
			t.Fatal(err)
		}
		m := map[string]int64{}
		for _, in := range s.Inputs {
			m[in.Table] += in.Outside
		}
		return m
	}
	raw, via := outside(), outside("--pairs", pairs)
	if raw["meetings"] == 0 || raw["correspondence"] == 0 {
		t.Fatalf("the raw tables have no rows outside the window (%v): the case tests nothing", raw)
	}
	for _, tb := range []string{"correspondence", "meetings", "data_sharing"} {
		if raw[tb] != via[tb] {
			t.Errorf("%s: %d rows outside the window from analyze --pairs, %d from analyze", tb, via[tb], raw[tb])
		}
	}
}

// TestPairsDuckDBRunWorded: the failures of --run outside the SQL are said in
// the user's language: a temporary folder DuckDB cannot make (TMPDIR
// missing) names it and the fix, and an output folder that cannot be
// written is said as for every output folder. Before, "engine: ..." and
// "mkdir ro/.sekat-pairs-1418285004: permission denied", in English,
// naming a folder the user never asked for.
func TestPairsDuckDBRunWorded(t *testing.T) {
	study := "../../testdata/studies/hand"
	missing := filepath.Join(t.TempDir(), "tidak-ada")
	t.Setenv("TMPDIR", missing)
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "pairs", study, "--run", "--out", filepath.Join(t.TempDir(), "p"), "--lang", lang)
		if want := msg(lang, "sql.tempDir", missing, ""); code != exitFailed || !strings.Contains(stderr, want[:strings.Index(want, "(")]) || strings.Contains(stderr, "engine:") {
			t.Errorf("%s: TMPDIR missing: exit %d, stderr:\n%s\nwant exit 1 and %q", lang, code, stderr, want)
		}
	}
	t.Setenv("TMPDIR", t.TempDir())
	ro := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(ro, "p")
	code, stderr := sekatUnprivileged(t, "pairs", study, "--run", "--out", out)
	if want := msg("id", "errOutDirDenied", out, ro); code != exitFailed || !strings.Contains(stderr, want) {
		t.Errorf("an output folder that cannot be written: exit %d, stderr:\n%s\nwant exit 1 and %q", code, stderr, want)
	}
}

// TestPairsDuckDBFooterRows: a signature block and a totals row under an
// attendance list, which analyze names (footer_rows) and counts neither
// read nor rejected. The engine read them and rejected them, so inputs
// counted 17 rows and 6 rejected, and analyze --pairs stopped on the
// reject rate (exit 1, "6 of the 17 rows of table meetings (35.3%) were
// rejected by the engine ..."). sekat pairs finds the block in the file
// and takes it out of the counts, and says so as analyze does: analyze
// --pairs then reads the tables, with analyze's counts and edges.
func TestPairsDuckDBFooterRows(t *testing.T) {
	dir := t.TempDir()
	st := handCopy(t, map[string]string{"meetings.csv": ",,,,\nJumlah,,3 orang,,\n,,\"Bandung, 10 Februari 2025\",,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,,,\n,,\"Drs. Budi Santoso, M.Si\",,\n,,NIP. 19700101 199503 1 001,,\n"}, nil)
	pairs, raw, via := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "via")
	code, _, e := sekat(t, "pairs", "--run", "-q", "--lang", "en", "--table-format", "csv", "--out", pairs, st)
	if code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	if want := msg("en", "warn.footerRows", "meetings.csv", 14, 20, "Jumlah"); !strings.Contains(e, want) {
		t.Errorf("pairs --run said:\n%s\nwant the warning %q", e, want)
	}
	if in := readFile(t, filepath.Join(pairs, "inputs.csv")); !strings.Contains(in, "meetings,11,0,") {
		t.Errorf("inputs.csv: %s, want meetings,11,0,...", in)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", via, st); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, e)
	}
	sameFile(t, raw, via, "edges.csv", "footer rows")
	inputs := func(dir string) string {
		var s struct {
			Inputs []struct {
				Table    string `json:"table"`
				Rows     int64  `json:"rows_read"`
				Rejected int64  `json:"rows_rejected"`
			} `json:"inputs"`
		}
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(dir, "summary.json"))), &s); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(s.Inputs)
	}
	if a, b := inputs(raw), inputs(via); a != b {
		t.Errorf("summary.json inputs: analyze %s, analyze --pairs %s", a, b)
	}
}

// TestPairsDuckDBWindows1252Found: a units table and a meetings file
// saved in Windows-1252, with no encoding: in study.yaml (the meetings'
// first non-ASCII byte 1.2 MB in), which analyze reads as Windows-1252:
// pairs --run stopped with DuckDB's "INVALID ENCODING ... not utf-8
// encoded" on the meetings (and refused the units, asking for UTF-8).
// DuckDB now reads them as Latin-1, which reads their bytes as
// Windows-1252 does, and analyze --pairs gives analyze's edges, units
// (with the name "Badan Café C") and counts.
func TestPairsDuckDBWindows1252Found(t *testing.T) {
	st := windows1252Study(t)
	dir := t.TempDir()
	pairs, raw, via := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "via")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--lang", "en", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, st); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	if code, _, e := sekat(t, "analyze", "-q", "--pairs", pairs, "--out", via, st); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, e)
	}
	sameFile(t, raw, via, "edges.csv", "Windows-1252")
	if u := sameFile(t, raw, via, "units.csv", "Windows-1252"); !strings.Contains(string(u), "Badan Café C") {
		t.Errorf("units.csv lacks the unit's name read as Windows-1252:\n%s", u)
	}
	if in := readFile(t, filepath.Join(pairs, "inputs.csv")); !strings.Contains(in, "meetings,") || strings.Contains(in, "meetings,0,") {
		t.Errorf("inputs.csv: %s", in)
	}
}

// TestPairsDuckDBInvalidUTF8Worded: a line of bytes that are neither
// UTF-8 nor Windows-1252 (the bad study's meetings.csv line 4, byte
// 0x81), which analyze rejects as invalid UTF-8, stops pairs --run (exit
// 2) with the file and the line in sekat's words; it ended in DuckDB's
// English "INVALID ENCODING: Invalid unicode ... not utf-8 encoded"
// inside the Indonesian sentence.
func TestPairsDuckDBInvalidUTF8Worded(t *testing.T) {
	code, _, e := sekat(t, "pairs", "--run", "-q", "--out", filepath.Join(t.TempDir(), "p"), filepath.Join("..", "..", "testdata", "studies", "bad"))
	if want := msg("id", "sql.csvEncoding", "meetings.csv", 4); code != exitUsage || !strings.Contains(e, want) || strings.Contains(e, "INVALID ENCODING") {
		t.Errorf("exit %d: %s; want exit 2 and %q", code, e, want)
	}
}

// TestPairsDuckDBFailedRunLeavesNothing: a run that DuckDB stops (a row
// with text past the header's fields) leaves none of the folders it made
// for --out behind; the folders on the way to a new --out were left
// empty before.
func TestPairsDuckDBFailedRunLeavesNothing(t *testing.T) {
	st := handCopy(t, map[string]string{"correspondence.csv": "2025-01-10 09:00,p1,p2,,m9,lebih,x\n"}, nil)
	dir := t.TempDir()
	code, _, e := sekat(t, "pairs", "--run", "-q", "--out", filepath.Join(dir, "baru", "lagi", "pasangan"), st)
	if code != exitUsage || !strings.Contains(e, "TOO MANY COLUMNS") { // a line DuckDB refuses: bad input (its words as the detail)
		t.Fatalf("exit %d: %s; want DuckDB to stop on the wide row", code, e)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}

// TestPairsDuckDBUnitIDSpelt: a unit whose id is 9 digits (as a numeric
// code may be), named in the logs with spaces ("010 203 040") as a NIP may
// be, is that unit to analyze (graph.Directory.Lookup finds an id as
// written, else in its canonical spelling, a unit's as a person's), and so
// to the SQL of sekat pairs: analyze --pairs gives the same edges.csv,
// units.csv (people.csv) and groups.csv and the same counts. Before, the
// SQL looked the canonical spelling up among people only: the letters from
// and to the unit so written were rejected, the attendee left out of the
// meeting and the data request rejected (the hand study so changed: 8
// letters read by analyze, 6 through the pair tables).
func TestPairsDuckDBUnitIDSpelt(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	copyDir(t, "../../testdata/studies/hand", st)
	edit := func(name, old, repl, add string) {
		p := filepath.Join(st, name)
		text := readFile(t, p)
		if old != "" && !strings.Contains(text, old) {
			t.Fatalf("%s holds no %q", name, old)
		}
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(text, old, repl)+add), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("units.csv", "\nB,Dinas B,", "\n010203040,Dinas B,", "")
	edit("people.csv", "\np3,B,", "\np3,010203040,", "")
	edit("correspondence.csv", "2025-05-05,B,C;p4,,m6", "2025-05-05,010203040,C;p4,,m6",
		"2025-05-06,p1,010 203 040,,m7\n2025-05-07,010\u00a0203 040,p4,,m8\n")
	edit("meetings.csv", "", "", "M9,2025-06-03 09:00,p1,,x\nM9,2025-06-03 09:00,010 203 040,,x\nM9,2025-06-03 09:00,010203040,,x\n")
	edit("data_sharing.csv", ",B,", ",010203040,", "2025-07-02,010 203 040,C,aset,granted,\n")
	for _, level := range []string{"unit", "person"} {
		t.Run(level, func(t *testing.T) {
			d := filepath.Join(dir, level)
			pairs, raw, viaPairs := filepath.Join(d, "p"), filepath.Join(d, "raw"), filepath.Join(d, "viapairs")
			if code, _, e := sekat(t, "pairs", "--run", "-q", "--level", level, "--out", pairs, st); code != 0 {
				t.Fatalf("pairs --run: exit %d: %s", code, e)
			}
			for _, a := range [][]string{{"--out", raw}, {"--pairs", pairs, "--out", viaPairs}} {
				args := append([]string{"analyze", "-q", "--level", level, "--purpose", "uji", st}, a...)
				if code, _, e := sekat(t, args...); code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, e)
				}
			}
			nodes := "units.csv"
			if level == "person" {
				nodes = "people.csv"
			}
			for _, f := range []string{"edges.csv", nodes, "groups.csv"} {
				sameFile(t, raw, viaPairs, f, "analyze and analyze --pairs")
			}
			counts := func(out string) (c map[string]any, rejected map[string]any) {
				var s struct {
					Counts map[string]any `json:"counts"`
					Inputs []struct {
						Table    string `json:"table"`
						Rejected int    `json:"rows_rejected"`
					} `json:"inputs"`
				}
				if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
					t.Fatal(err)
				}
				rejected = map[string]any{}
				for _, in := range s.Inputs {
					rejected[in.Table] = in.Rejected
				}
				return s.Counts, rejected
			}
			wc, wr := counts(raw)
			gc, gr := counts(viaPairs)
			if fmt.Sprint(gc) != fmt.Sprint(wc) || fmt.Sprint(gr) != fmt.Sprint(wr) {
				t.Errorf("summary.json through the pair tables: counts %v, rejected %v; want %v, %v", gc, gr, wc, wr)
			}
			if wc["messages"] != float64(8) {
				t.Errorf("analyze read %v letters, want the hand study's 6 and the 2 of 010 203 040: the case tests too little", wc["messages"])
			}
		})
	}
}

// TestPairsDuckDBUTF16BigEndian: a study whose tables are saved as
// big-endian UTF-16, with the byte order mark (as Java's "UTF-16" writes
// them) or without, which analyze reads, is refused by sekat pairs --run
// as bad input (exit 2, as the table of exit codes has it; it exited 1),
// naming the first such file and the encoding, and no pair tables are
// written. Before, DuckDB (whose utf-16 is little-endian) read no row of
// those files and said nothing: analyze --pairs gave a network without
// their events.
func TestPairsDuckDBUTF16BigEndian(t *testing.T) {
	for _, c := range []struct {
		name string
		bom  unicode.BOMPolicy
	}{{"bom", unicode.UseBOM}, {"no-bom", unicode.IgnoreBOM}} {
		t.Run(c.name, func(t *testing.T) {
			st := clitest.SampleStudyAs(t, "sample", "studi-utf16be", func(_, text string) []byte {
				b, err := unicode.UTF16(unicode.BigEndian, c.bom).NewEncoder().Bytes([]byte(text))
				if err != nil {
					t.Fatal(err)
				}
				return b
			})
			dir := t.TempDir()
			if code, _, e := sekat(t, "analyze", "-q", "--out", filepath.Join(dir, "raw"), st); code != 0 {
				t.Fatalf("analyze on the raw tables: exit %d: %s", code, e)
			}
			pairs := filepath.Join(dir, "p")
			code, _, e := sekat(t, "pairs", "--run", "-q", "--lang", "en", "--out", pairs, st)
			if code != 2 || !strings.Contains(e, "units.csv") || !strings.Contains(e, "UTF-16 big-endian") {
				t.Errorf("pairs --run on UTF-16 big-endian tables: exit %d, %q; want a refusal of bad input (exit 2) naming units.csv and UTF-16 big-endian", code, e)
			}
			if _, err := os.Stat(pairs); !os.IsNotExist(err) {
				t.Errorf("pairs --run left %s behind (%v)", pairs, err)
			}
		})
	}
}

// TestPairsDuckDBRejectRateNamesTables: on a study where units,
// correspondence and meetings each have more rows rejected than
// --max-reject-rate allows, analyze --pairs stops naming the same tables,
// in the same order, as analyze on the raw tables, in both languages.
// Before, it named units only (and, with the units whole, the first log
// table only).
func TestPairsDuckDBRejectRateNamesTables(t *testing.T) {
	for _, c := range []struct {
		name string
		add  map[string]string
		want []string
	}{
		{"units and logs", map[string]string{
			"units.csv":          ",Tanpa id,s1,\n",
			"correspondence.csv": "2025-04-01 09:00,p9,p1,,m9\n2025-04-02 09:00,p1,zz,,m10\n",
			"meetings.csv":       "M9,2025-02-10 09:00,p99,p1,Rapat x\n",
		}, []string{"units", "correspondence", "meetings"}},
		{"two logs", map[string]string{
			"correspondence.csv": "2025-04-01 09:00,p9,p1,,m9\n2025-04-02 09:00,p1,zz,,m10\n",
			"data_sharing.csv":   "2025-03-05,C,ZZ,penduduk,granted,1\n",
		}, []string{"correspondence", "data_sharing"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := handCopy(t, c.add, nil)
			dir := t.TempDir()
			pairs := filepath.Join(dir, "p")
			if code, _, e := sekat(t, "pairs", "--run", "-q", "--out", pairs, st); code != 0 {
				t.Fatalf("pairs --run: exit %d: %s", code, e)
			}
			named := regexp.MustCompile(`\btab(?:le|el) (units|people|correspondence|meetings|data_sharing)\b`)
			for _, lang := range []string{"en", "id"} {
				var got [2][]string
				for i, args := range [][]string{{"analyze", st}, {"analyze", st, "--pairs", pairs}} {
					code, _, e := sekat(t, append(args, "--out", filepath.Join(dir, fmt.Sprintf("o-%s-%d", lang, i)), "--lang", lang)...)
					if code != 1 || !strings.Contains(e, "--max-reject-rate") {
						t.Fatalf("%s %v: exit %d, %q; want the reject-rate stop", lang, args, code, e)
					}
					for _, m := range named.FindAllStringSubmatch(strings.SplitN(e, "\n", 2)[0], -1) {
						got[i] = append(got[i], m[1])
					}
				}
				if !slices.Equal(got[0], c.want) {
					t.Fatalf("%s: analyze names %v; the case wants %v", lang, got[0], c.want)
				}
				if !slices.Equal(got[1], got[0]) {
					t.Errorf("%s: analyze --pairs names %v, analyze on the raw tables %v", lang, got[1], got[0])
				}
			}
		})
	}
}

// TestPairsDuckDBHeaderAfterBOM: the header written again where two
// exports were joined, with the byte order mark the second export began
// with (EF BB BF before its first name), is passed over by analyze and by
// sekat pairs --run alike, in every table, as the header again without
// the mark is: no row read or rejected for it, the same edges.csv. Before,
// both counted it as a rejected row where the time cell (or unit_id) came
// first in the file. So is it where the exports were UTF-16 (the mark
// FF FE before the header, decoded to the same character), and where they
// quote every cell ("sent_at" behind the mark), which both counted as a
// rejected row until 2026-12-05.
func TestPairsDuckDBHeaderAfterBOM(t *testing.T) {
	le := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	utf8 := func(s string) string { return "\uFEFF" + s }
	for _, c := range []struct {
		name   string
		enc    func(string) string
		quoted bool
	}{{"UTF-8", utf8, false}, {"UTF-8 quoted", utf8, true}, {"UTF-16LE", le, false}, {"UTF-16LE quoted", le, true}} {
		t.Run(c.name, func(t *testing.T) { pairsHeaderAfterBOM(t, c.enc, c.quoted) })
	}
}

// pairsHeaderAfterBOM is TestPairsDuckDBHeaderAfterBOM for the hand study
// with each table written as two exports joined, each encoded by enc
// (which writes its byte order mark), every cell quoted when quoted.
func pairsHeaderAfterBOM(t *testing.T, enc func(string) string, quoted bool) {
	dir := t.TempDir()
	st := filepath.Join(dir, "studi")
	copyDir(t, "../../testdata/studies/hand", st)
	for _, name := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		p := filepath.Join(st, name+".csv")
		text := readFile(t, p)
		if quoted {
			text = clitest.QuoteAll(t, text)
		}
		header, _, _ := strings.Cut(text, "\n")
		if err := os.WriteFile(p, []byte(enc(text)+enc(header+"\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pairs, raw, via := filepath.Join(dir, "p"), filepath.Join(dir, "raw"), filepath.Join(dir, "via")
	if code, _, e := sekat(t, "pairs", "--run", "-q", "--table-format", "csv", "--out", pairs, st); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, e)
	}
	for _, a := range [][]string{{"--out", raw}, {"--pairs", pairs, "--out", via}} {
		// --max-reject-rate 1: a header counted as a rejected row is
		// then seen in the counts below, not as a stop
		args := append([]string{"analyze", "-q", "--max-reject-rate", "1", st}, a...)
		if code, _, e := sekat(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, e)
		}
	}
	sameFile(t, raw, via, "edges.csv", "analyze and analyze --pairs")
	inputs := func(out string) map[string][2]int {
		var s struct {
			Inputs []struct {
				Table    string `json:"table"`
				Read     int    `json:"rows_read"`
				Rejected int    `json:"rows_rejected"`
			} `json:"inputs"`
		}
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
			t.Fatal(err)
		}
		m := map[string][2]int{}
		for _, in := range s.Inputs {
			c := m[in.Table]
			m[in.Table] = [2]int{c[0] + in.Read, c[1] + in.Rejected}
		}
		return m
	}
	want := map[string][2]int{"units": {5, 0}, "people": {6, 0}, "correspondence": {6, 0}, "meetings": {11, 0}, "data_sharing": {5, 0}}
	for what, out := range map[string]string{"analyze": raw, "analyze --pairs": via} {
		if got := inputs(out); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: rows read and rejected %v, want the hand study's %v", what, got, want)
		}
	}
}

// TestPairsDuckDBNamesReader: sekat pairs --run says that it wrote pair
// tables and names the analyze command that reads them, with their level
// and the window they were made for, which runs as named. It said "hasil
// ditulis ke pasangan" and nothing else: tables made for a window are
// refused by analyze without that window.
func TestPairsDuckDBNamesReader(t *testing.T) {
	study := "../../testdata/studies/hand"
	for _, c := range []struct {
		lang  string
		flags []string
	}{
		{"en", []string{"--from", "2025-02-01", "--to", "2025-06-01"}},
		{"id", []string{"--level", "person"}},
	} {
		pairs := filepath.Join(t.TempDir(), "pasangan")
		code, out, e := sekat(t, append([]string{"pairs", study, "--run", "-q", "--out", pairs, "--lang", c.lang}, c.flags...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.flags, code, e)
		}
		if want := msg(c.lang, "pairs.wroteTables", pairs) + "\n"; out != want {
			t.Errorf("%v: stdout %q, want %q", c.flags, out, want)
		}
		_, cmd, ok := strings.Cut(e, "`")
		cmd, _, ok2 := strings.Cut(cmd, "`")
		if !ok || !ok2 || !strings.Contains(e, msg(c.lang, "pairs.next", cmd)) {
			t.Fatalf("%v: stderr %q names no command to read the tables", c.flags, e)
		}
		args := strings.Fields(cmd)
		if args[0] != "sekat" || !slices.Equal(args[1:5], []string{"analyze", study, "--pairs", pairs}) || !slices.Equal(args[5:], c.flags) {
			t.Errorf("%v: the command %q does not read the tables with their level and window", c.flags, cmd)
		}
		if code, _, e := sekat(t, append(args[1:], "--out", filepath.Join(t.TempDir(), "o"), "-q", "--purpose", "uji")...); code != 0 {
			t.Errorf("%v: %s: exit %d: %s", c.flags, cmd, code, e)
		}
	}
}
