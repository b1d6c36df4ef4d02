// Package progress carries reports of long work from the library packages
// to whoever shows them, and shows them on a terminal.
//
// A library function takes a Reporter in its options; the zero Reporter
// reports nothing and costs nothing, so libraries report unconditionally.
// Work counted in units (rows, sources, permutations) goes through a
// Counter, which may be shared by several goroutines. Reports are Events:
// which stage, what it works on, how many units are done out of how many.
// What the events mean in words is the caller's business (the command line
// turns them into Bahasa Indonesia or English).
//
// Terminal draws the latest event on one line of a terminal, redrawn in
// place at most ten times a second; text written through it erases the line
// first, so warnings are never mixed with the progress line.
package progress
