package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/sekat-ona/sekat/metrics/community/internal/planted"
)

func main() {
	n := flag.Int("n", 100000, "nodes")
	block := flag.Int("block", 100, "nodes per planted block")
	edges := flag.Int("edges", 1000000, "edges drawn (repeats are summed)")
	mixing := flag.Float64("mixing", 0.3, "share of edges drawn outside the block")
	seed := flag.Uint64("seed", 1, "PCG seed")
	out := flag.String("out", "", "output file (default stdout)")
	flag.Parse()
	if err := run(*n, *block, *edges, *mixing, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "plantedgen:", err)
		os.Exit(1)
	}
}

func run(n, block, edges int, mixing float64, seed uint64, out string) error {
	g := planted.Generate(n, block, edges, mixing, seed)
	f := os.Stdout
	if out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			return err
		}
		defer f.Close()
	}
	w := bufio.NewWriterSize(f, 1<<20)
	total := 0.0
	for _, x := range g.W {
		total += x
	}
	fmt.Fprintf(w, "# %d %d %s\n", g.N, g.Edges()/2, strconv.FormatFloat(total/2, 'g', -1, 64))
	buf := make([]byte, 0, 64)
	for u := 0; u < g.N; u++ {
		adj, ws := g.Neighbors(u)
		for i, v := range adj {
			if int(v) <= u {
				continue
			}
			buf = strconv.AppendInt(buf[:0], int64(u), 10)
			buf = append(buf, ' ')
			buf = strconv.AppendInt(buf, int64(v), 10)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, ws[i], 'g', -1, 64)
			buf = append(buf, '\n')
			w.Write(buf)
		}
	}
	return w.Flush()
}
