// Package planted generates the seeded planted-partition graphs that the
// community package benchmarks and checks against igraph. The same
// generator is run by testdata/reference/community.py (through
// internal/plantedgen) so Go and Python see the very same graph without a
// large file in the repository.
package planted
