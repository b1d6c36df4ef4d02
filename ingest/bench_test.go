package ingest

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/graph"
)

// benchStudy writes (once per process and size, under the system temp
// folder) a study of 40 units and 3,000 people with rows letters, in CSV
// or Parquet, for the ingest benchmarks. Letters have 1-3 recipients and
// sometimes a cc, like the kabupaten preset.
func benchStudy(b *testing.B, rows int, format string) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("sekat-bench-%s-%d", format, rows))
	if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var u, p []byte
	u = append(u, "unit_id,name,sector\n"...)
	for i := 0; i < 40; i++ {
		u = fmt.Appendf(u, "U%02d,Unit %d,s%d\n", i, i, i%9)
	}
	p = append(p, "person_id,unit_id\n"...)
	for i := 0; i < 3000; i++ {
		p = fmt.Appendf(p, "P%05d,U%02d\n", i, i%40)
	}
	os.WriteFile(filepath.Join(dir, "units.csv"), u, 0o644)
	os.WriteFile(filepath.Join(dir, "people.csv"), p, 0o644)
	r := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC).Unix()
	person := func() string { return "P" + fmt.Sprintf("%05d", r.IntN(3000)) }
	recips := func() string {
		s := person()
		for k := r.IntN(3); k > 0; k-- {
			s += ";" + person()
		}
		return s
	}
	switch format {
	case "csv":
		f, err := os.Create(filepath.Join(dir, "correspondence.csv"))
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		w.WriteString("sent_at,sender,recipients,cc,message_id\n")
		for i := 0; i < rows; i++ {
			ts := time.Unix(t0+int64(i)*3, 0).UTC().Format("2006-01-02 15:04:05")
			cc := ""
			if r.IntN(4) == 0 {
				cc = person()
			}
			fmt.Fprintf(w, "%s,%s,%s,%s,M%d\n", ts, person(), recips(), cc, i)
		}
		w.Flush()
		f.Close()
	case "parquet", "parquet-snappy", "parquet-zstd":
		type letter struct {
			SentAt     time.Time `parquet:"sent_at,timestamp(millisecond)"`
			Sender     string    `parquet:"sender,dict"`
			Recipients string    `parquet:"recipients"`
			CC         string    `parquet:"cc,dict"`
			MessageID  string    `parquet:"message_id"`
		}
		f, err := os.Create(filepath.Join(dir, "correspondence.parquet"))
		if err != nil {
			b.Fatal(err)
		}
		opts := []parquet.WriterOption{parquet.MaxRowsPerRowGroup(1 << 20)}
		switch format {
		case "parquet-snappy":
			opts = append(opts, parquet.Compression(&parquet.Snappy))
		case "parquet-zstd":
			opts = append(opts, parquet.Compression(&parquet.Zstd))
		}
		w := parquet.NewGenericWriter[letter](f, opts...)
		buf := make([]letter, 0, 4096)
		for i := 0; i < rows; i++ {
			cc := ""
			if r.IntN(4) == 0 {
				cc = person()
			}
			buf = append(buf, letter{time.Unix(t0+int64(i)*3, 0).UTC(), person(), recips(), cc, "M" + strconv.Itoa(i)})
			if len(buf) == cap(buf) || i == rows-1 {
				if _, err := w.Write(buf); err != nil {
					b.Fatal(err)
				}
				buf = buf[:0]
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	os.WriteFile(filepath.Join(dir, "done"), nil, 0o644)
	return dir
}

func benchIngest(b *testing.B, rows int, format string) {
	dir := benchStudy(b, rows, format)
	s, err := OpenStudy(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	var res *Result
	for i := 0; i < b.N; i++ {
		res, err = Load(s, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if res.Builder.Totals().Messages != int64(rows) {
			b.Fatalf("%d messages, want %d", res.Builder.Totals().Messages, rows)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "row/s")
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	b.StopTimer()
	b.Log(pairDigest(res))
}

// pairDigest sums up the unit network's correspondence pairs the way
// testdata/reference/ingest_duckdb.cjs sums up DuckDB's, so that the two
// can be shown equal: the number of pairs, the sum of their counts,
// and the sha256 of the lines "from,to,count" sorted by from then to
// (bytewise), joined by "\n".
func pairDigest(res *Result) string {
	net := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	var lines []string
	var sum int64
	for _, e := range net.Edges {
		n := int64(e.Layers[graph.Correspondence])
		if n == 0 {
			continue
		}
		sum += n
		lines = append(lines, net.Nodes[e.From].ID+","+net.Nodes[e.To].ID+","+strconv.FormatInt(n, 10))
	}
	sort.Strings(lines)
	h := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	return fmt.Sprintf("pairs=%d sum=%d sha256=%x", len(lines), sum, h)
}

// BenchmarkIngestCSV_10M reads 10M letters from CSV into the unit network
// (the figure in README.md's performance section).
func BenchmarkIngestCSV_10M(b *testing.B)     { benchIngest(b, 10_000_000, "csv") }
func BenchmarkIngestParquet_10M(b *testing.B) { benchIngest(b, 10_000_000, "parquet") }

// The same letters compressed page by page, as engines write Parquet by
// default (Spark and DuckDB with Snappy; sekat generate's nasional preset
// with Zstd).
func BenchmarkIngestParquetSnappy_10M(b *testing.B) { benchIngest(b, 10_000_000, "parquet-snappy") }
func BenchmarkIngestParquetZstd_10M(b *testing.B)   { benchIngest(b, 10_000_000, "parquet-zstd") }
func BenchmarkIngestCSV_1M(b *testing.B)            { benchIngest(b, 1_000_000, "csv") }
func BenchmarkIngestParquet_1M(b *testing.B)        { benchIngest(b, 1_000_000, "parquet") }
