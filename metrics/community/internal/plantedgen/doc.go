// Command plantedgen writes a planted-partition graph of package planted as
// an edge list, one "u v w" line per undirected edge with u < v, preceded by
// a "# n edges total_weight" line. testdata/reference/community.py runs it
// with `go run` so that igraph sees exactly the graph the Go benchmarks use.
//
//	go run ./metrics/community/internal/plantedgen -n 100000 -block 100 -edges 1000000 -mixing 0.3 -seed 1 -out /tmp/planted.txt
package main
