//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "os"

// terminalWidth reports no terminal: on these systems sekat shows no
// progress line.
func terminalWidth(*os.File) (int, bool) { return 0, false }
